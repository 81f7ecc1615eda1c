"""Whom a sentence's opening "It" or "Its", or its "he" or "she", means: whom the sentence
before opened on or named ("Working Links did not last that long. It went into
administration")."""

from __future__ import annotations

import re

from timeline.extraction.entities import EntityFinder
from timeline.extraction.proper_names import find_names
from timeline.partial_date import PartialDate

__all__ = ["IT_OPENING", "PERSON_PRONOUN", "PronounReader"]

# "It went into administration": the opening "It" of a sentence, not "It's" nor "It is said".
IT_OPENING = re.compile(r"It\s(?!is\b|was\s+(?:not\s+)?(?:clear|unclear|said|reported|thought)\b)")
# A sentence opening on a body by its common noun, and an "it" among a sentence's first words.
_BODY_OPENING = re.compile(
    r"The\s+(committee|council|board|panel|inquiry|tribunal|court|cabinet|commission|department"
    r"|ministry)\s+[a-z]"
)
_EARLY_IT = re.compile(r"(?:\S+\s+){0,4}?it\s+[a-z]")
# "It replaced …", not "It was the same day …" nor "Its second report": an "It" that acts.
_IT_ACTS = re.compile(
    r"It\s+(?!(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:the|a|an|not|no|one|also|still"
    r"|clear|likely|time|now|only|thought|said|reported|understood|hoped|expected)\b)[a-z]+"
)
# What may stand before the name a sentence opens on: "The", or nothing, after a fronted phrase
# ("For the first time, HM Inspectorate of Probation has inspected …").
_BEFORE_OPENER = re.compile(r"(?:[A-Z][\w ]{0,40},\s+)?(?:[Tt]he\s+)?")
PERSON_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# What a person says of themselves: "announced at a council meeting that he would stand down".
_TOLD_OF_SELF = re.compile(
    r"\b(?:that|said|says|announced|confirmed|added|admitted|revealed|insisted|stated|explained"
    r"|warned|argued|claimed)\s+\Z"
)


class PronounReader:
    """Reads whom pronouns mean with one vocabulary's names."""

    def __init__(
        self, entities: EntityFinder, possessive: re.Pattern[str] | None, public: set[str]
    ) -> None:
        self.entities = entities
        self._possessive = possessive  # "Its report", "His review": an owner of a thing made
        self._public = public  # public bodies' nouns: no word of a person's name

    def it_means(
        self, text: str, before: str | None, carried: str | None, posted: PartialDate | None
    ) -> str | None:
        """Give whom text's opening "It" means: whom the sentence before's own "It" meant
        (carried), else the owner or body that sentence opens on ("Working Links did not last
        that long. It went into administration"); an "it" in text's first words after a sentence
        opening on a body's common noun is that body ("The committee agreed to hold an inquiry.
        On 23 March it heard evidence": the Committee, not the firm the post is about). None
        when text opens on no "It"; the sentence before is read for its names only then ("The
        department did learn something. Last month it announced …": the department)."""
        opening = before is not None and (IT_OPENING.match(text) or self.owner(text, "Its"))
        body = before is not None and not carried and _BODY_OPENING.match(before)
        if body and (opening or _EARLY_IT.match(text)):
            return body.group(1).capitalize()
        if not opening:
            return None
        return carried or self._opening_name(before, posted, _IT_ACTS.match(text) is not None)

    def person_means(self, text: str, before: str | None) -> str | None:
        """Give whom text's "he" or "she" means: the one person named before it, who says it
        ("Tony Newman announced that he would stand down"), else, when it names none, the person
        the sentence before opens on ("Michael Spurr had run the agency for nine years. In
        September the ministry announced that he had been asked to stand down"); None when text
        says neither, or names another person before it."""
        pronoun = self.owner(text, "His", "Her") or PERSON_PRONOUN.search(text)
        if pronoun is None:
            return None
        named = [n for n in find_names(text[: pronoun.start()]) if self.a_person(n.text)]
        if named:
            told = _TOLD_OF_SELF.search(text[: pronoun.start()])
            return named[0].name if told and len({n.name for n in named}) == 1 else None
        if before is None:
            return None
        opening = next(iter(find_names(before)), None)
        if opening is not None and _BEFORE_OPENER.fullmatch(before[: opening.start]):
            return opening.name if self.a_person(opening.text) else None
        if pronoun.group() not in ("His", "Her"):  # "Ministers commissioned X. His report, …"
            return None
        people = {n.name for n in find_names(before) if self.a_person(n.text)}
        return people.pop() if len(people) == 1 else None

    def owner(self, text: str, *words: str) -> re.Match[str] | None:
        """Give the opening possessive of text, one of words, when what it owns is a thing some
        event makes ("Its report, published on 29 April", "His review"): whose it is acted."""
        hit = self._possessive.match(text) if self._possessive else None
        return hit if hit and hit.group() in words else None

    def a_person(self, name: str) -> bool:
        """Give whether a capitalised name is a person's: two or three words, none a public
        body's noun ("Michael Spurr", not "Prison Service")."""
        words = name.split()
        return 2 <= len(words) <= 3 and not any(w.lower() in self._public for w in words)

    def _opening_name(self, text: str, posted: PartialDate | None, acts: bool) -> str | None:
        """Give the owner or body a sentence opens on, else, for an "It" that acts, a name no
        vocabulary lists ("The National Probation Service itself is … It replaced …"); None for
        a CRC or an abbreviation, no "it" that acts in news, or for any other opening."""
        mentions = self.entities.find(text, posted).mentions
        first = min(mentions, key=lambda mention: mention.start, default=None)
        if first is None:
            name = next(iter(find_names(text)), None) if acts else None
            opens = name is not None and _BEFORE_OPENER.fullmatch(text[: name.start])
            named = opens and not name.text.isupper() and not self.a_person(name.text)
            return name.name if named else None
        if first.kind not in ("owner", "body"):
            return None
        return first.name if _BEFORE_OPENER.fullmatch(text[: first.start]) else None
