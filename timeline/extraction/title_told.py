"""What a telling verb told, as a headline of its own when the telling makes none: "the Ministry
of Justice announced that the release scheme would be paused at the end of August" → "Release
scheme to be paused"; "Ministers announced in May 2007 that ABRO and DARA would be brought
together" → "ABRO and DARA to be brought together"."""

from __future__ import annotations

import re

from timeline.extraction.headline_cuts import left_open
from timeline.extraction.headline_names import NAME_GOES_ON, NAME_WORD
from timeline.extraction.headlines import HEADLINE_LIMIT, TOLD_PEOPLE, headline
from timeline.extraction.lemmas import known_word, lemma_of, tokenise
from timeline.extraction.title_times import DATE, without_dates, without_relative_time

__all__ = ["said_plainly", "told_headline", "told_to_parliament", "what_was_found"]

# A telling verb, where or when it told, and its "that": "announced in the Budget of March 2005
# that", "told MPs on Thursday that", "told a technology conference in London that".
_TOLD_THAT = re.compile(
    r"\b(?:announced|said|confirmed|revealed|decided|agreed|(?:given|gave)\s+notice"
    r"|told\s+(?:MPs|peers|Parliament"
    r"|the\s+Commons|the\s+House|(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}"
    r"(?:conference|audience|summit)|(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}"
    rf"(?:{TOLD_PEOPLE})))\b[^.;:\"“”]{{0,60}}?\bthat\s+",
    re.IGNORECASE,
)
# What was to come, in the reported clause: "would be paused", "will share", "would have".
_TO_COME = re.compile(r"(?P<subject>\S.+?)\s+(?:would|will)\s+(?:(?P<be>be)\s+)?(?=[a-z])")
# A subject no headline opens on: an infinitive or a clause of its own ("the first
# practitioners to see it will …"), or a pronoun.
_NOT_A_SUBJECT = re.compile(
    r"\b(?:to|that|which|who|it|they|he|she|we)\b|^(?:To|That|Which|Who|It|They|He|She|We)\b"
)  # not the capitals of a name ("the Post Office Horizon IT Inquiry")
# Where what was told ends: at a comma or the next thing told ("… would go, that its arm
# would be sold, and that …").
_NEXT_TOLD = re.compile(r",\s|;\s|\s(?:and|so)\s+that\s")
_REACH = 20  # characters from the trigger to its telling verb's "that"
# An aside about the subject: "the Inquiry, chaired by Sir Wyn Williams, will be converted".
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ed\s+by\s+[^,]+,?\s*$")


def told_headline(sentence: str, trigger_span: tuple[int, int]) -> str | None:
    """Give the headline of what a telling verb at the trigger said was to come, in the
    headline's future ("… to be paused", "… to share £74 million"); None when the sentence
    tells nothing to come there, its subject is a pronoun ("that it would …"), or the trigger
    stands after what was told."""
    told = _telling(sentence, trigger_span)
    to_come = _TO_COME.match(sentence, told.end()) if told else None
    subject = to_come and _teller_for_pronoun(sentence, told, to_come.group("subject"))
    if subject is None or _NOT_A_SUBJECT.search(subject):
        return None
    verb = "to be " if to_come.group("be") else "to "
    rest = _NEXT_TOLD.split(sentence[to_come.end() :], maxsplit=1)[0]
    if rest.startswith("not "):  # "will not open in December": "… not to open"
        verb, rest = f"not {verb}", rest[len("not ") :]
    if trigger_span[0] >= to_come.end() + len(rest):
        return None  # "… would take over instead, after an investigation found": not told
    if to_come.group("be") and rest.split(" ", 1)[0].endswith("ing"):
        return None  # "will be working": what it will be doing, no plan a headline states
    subject = _PARTICIPLE_ASIDE.sub("", subject)  # ", chaired by Sir Wyn …,"
    made = _headline_of(f"{subject} {verb}{rest}")
    return made if made and " to " in made else None  # not cut before what was to come


def _teller_for_pronoun(sentence: str, told: re.Match[str], subject: str) -> str | None:
    """Give who will do what was told: its subject, or for "it" or "they" the teller when a
    short name or noun opens the sentence ("The council said in March that it would end …")."""
    if subject.lower() not in ("it", "they"):
        return subject
    teller = sentence[: told.start()].strip()
    return teller if _TELLER.fullmatch(teller) else None


# Who told, opening the sentence: "The council", "The British government", "The NDA",
# "Ministers", "Network Rail" (not "The committee has", "Serco first").
_TELLER = re.compile(
    r"The\s+(?:[A-Z][\w'’-]*\s+)?[a-z][\w-]*"
    rf"|(?:The\s+)?{NAME_WORD}(?:{NAME_GOES_ON}){{0,5}}"
)


def _telling(sentence: str, trigger_span: tuple[int, int]) -> re.Match[str] | None:
    """Give the telling verb and its "that" at the trigger, or the last before it whose clause
    holds the trigger; None when there is none."""
    tellings = [t for t in _TOLD_THAT.finditer(sentence) if t.start() <= trigger_span[1] + _REACH]
    return tellings[-1] if tellings else None


def _headline_of(told: str) -> str | None:
    """Give what was told as a headline, without its times; None when the headline would be
    cut inside a clause ("… how the bodies that commission")."""
    made = headline(without_relative_time(told))
    made = made and without_dates(made)
    return None if not made or left_open(made) else made


# A headline that says only that someone told Parliament: "Lord Chancellor tells MPs".
_TELLS_PARLIAMENT = re.compile(
    r"\b(?:tells?|informs?)"
    r" (?:MPs|Parliament|the Commons|the House(?: of Commons)?|peers|the Lords)$"
)


def told_to_parliament(title: str, sentence: str, trigger_span: tuple[int, int]) -> str | None:
    """Give a headline that someone told Parliament ("Robert Buckland tells MPs") with what
    they told it, to come or done ("… tells MPs unpaid work to be run by the NPS"); None when
    the title tells no telling, the sentence tells nothing a headline can say, or the two
    together run past the limit."""
    if not _TELLS_PARLIAMENT.search(title):
        return None
    told = told_headline(sentence, trigger_span) or _told_done(sentence, trigger_span)
    if not told:
        return None
    words = told.split()
    named = len(words) > 1 and words[1][:1].isupper()
    named = named or len(words) > 2 and words[1] == "of" and words[2][:1].isupper()
    if known_word(words[0].lower()) and not words[0].isupper() and not named:
        told = told[:1].lower() + told[1:]  # "… tells MPs number of inspectorates to be cut"
    joined = f"{title} {told}"
    return joined if len(joined) <= HEADLINE_LIMIT else None


def _told_done(sentence: str, trigger_span: tuple[int, int]) -> str | None:
    """Give the headline of what a telling verb at the trigger said was so ("told MPs that the
    competition had been abandoned" → "Competition abandoned"); None for a pronoun's."""
    told = _telling(sentence, trigger_span)
    if told is None:
        return None
    rest = _NEXT_TOLD.split(sentence[told.end() :], maxsplit=1)[0]
    if _NOT_A_SUBJECT.match(rest.split(" ", 1)[0]) or len(rest.split()) < 3:
        return None
    made = _headline_of(rest)
    if not made or not any(t.forms and t.text.islower() for t in tokenise(made)[1:]):
        return None  # "all offender management": cut before its verb
    return made


def said_plainly(made: str) -> str:
    """Give a headline's saying verb without its "that", and what it told to come in the
    headline's future: "agrees that City Hall would act" → "agrees City Hall will act"."""
    return _WOULD_TOLD.sub(r"\1 will ", _SAYING_THAT.sub(r"\1 ", made))


_SAYING_THAT = re.compile(
    rf"\b((?:say|warn|conclude|find|report|announce|confirm|admit|argue|claim|insist|agree"
    rf"|decide)s?)\s+(?:(?:in|on)\s+{DATE}\s+)?that\s+",
    re.I,
)
# What a headline's saying verb told, in the past's future: "agrees City Hall would act" is
# "agrees City Hall will act".
_WOULD_TOLD = re.compile(
    r"\b((?:say|warn|announce|confirm|agree|decide|insist)s?\s+(?:(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}|the(?:\s+[a-z][\w'’-]*){1,3}))\s+would\s+"
)


def what_was_found(clause: str, position: int) -> str | None:
    """Give what a finding or recalling verb before position told was done ("The Committee
    finds that the Ministry introduced the reforms …", "Members will remember that a draft was
    sent out"), or None: none, or it only says what something was."""
    ends = [m.end() for m in _FOUND_THAT.finditer(clause, 0, position)]
    return clause[ends[-1] :] if ends and not _only_was(clause[ends[-1] :]) else None


_FOUND_THAT = re.compile(
    r"\b(?:finds|found|concludes|concluded|shows|showed|remember|recall)\s+that\s+", re.I
)  # "Members will remember that a draft was sent out": what was found or recalled, done
_BEING = re.compile(r"\b(?:is|are|was|were)\s+(?:not\s+)?(\w+)")


def _only_was(told: str) -> bool:
    """Give whether what was found only says what something was ("X was not value for money"),
    not what was done to it ("a draft was sent out for consultation")."""
    return any("VBN" not in lemma_of(m.group(1).lower())[1] for m in _BEING.finditer(told))
