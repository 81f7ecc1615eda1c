"""Names as headlines write them: a name followed by its abbreviation shortened to it, and a
bare "Firm" opening a headline replaced by the owner its event concerns, a description named
in an aside said by the name ("A Haringey resident, Gordon Peters, applied" → "Gordon Peters
applied"), and "they" or "it" said by the noun a "when" clause has acting."""

from __future__ import annotations

import re

from timeline.extraction.lemmas import can_be_noun, lemma_of

__all__ = ["abbreviated", "by_name", "owner_named", "subject_named"]


def abbreviated(text: str) -> str:
    """Give text with a name followed by its abbreviation in brackets shortened to the
    abbreviation, as headlines write it: "Chief Executive of HM Prison and Probation Service
    (HMPPS)" → "Chief Executive of HMPPS"."""

    def shortened(match: re.Match[str]) -> str:
        words, abbreviation = match.group(1).split(), match.group(2)
        for start in range(len(words)):  # the longest run of the name the letters begin
            run = words[start:]
            capitals = [word for word in run if word[:1].isupper()]
            if run[0][:1] == abbreviation[:1] and len(capitals) <= len(abbreviation):
                return " ".join([*words[:start], abbreviation])
        return match.group()

    return _NAMED_THEN_ABBREVIATED.sub(shortened, text)


# A name's run of capitalised words with the small words a name holds ("HM Inspectorate of
# Prisons", "Department for Education"): one word, then each further word of it.
NAME_WORD = r"[A-Z][\w'’&-]*"
NAME_GOES_ON = rf"\s+(?:of|for|and|{NAME_WORD})"

_NAMED_THEN_ABBREVIATED = re.compile(
    r"((?:[A-Z][\w'’&-]*|and|of|for|the)(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the))*)"
    r"\s+\(([A-Z][A-Za-z]{1,7})\)"
)


def owner_named(title: str, owners: list[str]) -> str:
    """Give a headline that opens on a bare "Firm" or "Company" ("Firm fails Ministry of Justice
    audit", a quoted article's headline) with the one owner its event concerns in its place."""
    return _BARE_FIRM.sub(owners[0], title, count=1) if len(owners) == 1 else title


_BARE_FIRM = re.compile(r"^(?:Firm|Company|Contractor|Operator)(?=\s+[a-z])")


def by_name(text: str) -> str:
    """Give a clause opening on a description and its name in commas by the name alone: "A
    Haringey resident, Gordon Peters, applied …" → "Gordon Peters applied …", "The coroner,
    Nadia Persaud, went on to …" → "Nadia Persaud went on to …"; a name then its description
    ("Interserve, the outsourcing group, …") stays. A name's comma left before its verb goes
    ("Robert Jenrick, confirms" → "Robert Jenrick confirms"), an aside's does not ("Probation
    Reset, announced to Parliament, means")."""
    text = _DESCRIBED_THEN_NAMED.sub(r"\g<name> ", text, count=1)
    comma = _NAME_COMMA_VERB.match(text)  # "Robert Jenrick, confirms …": its aside cut before
    aside = comma and "," in " ".join(text[comma.end() :].split()[:6])  # ", announced to …,"
    if comma and not aside and lemma_of(comma.group("verb").lower())[1] & {"VBD", "VBZ"}:
        text = text[: comma.end("name")] + text[comma.end("name") + 1 :]
    return text


# A description of up to five words ending on a common noun or a post ("Local Government
# Secretary"), then a name of two to four words.
_DESCRIBED_THEN_NAMED = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}(?-i:[a-z][\w'’-]*|Secretary|Minister|Chancellor|Inspector|Officer"
    r"|Executive|Director|Chair|Chairman|Leader|Commissioner|Mayor|Governor),\s+"
    r"(?P<name>(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){1,3}),\s+(?=(?-i:[a-z]))"
)


def subject_named(sentence: str, clause: str) -> str:
    """Give a clause opening on "they" or "it" with the noun the sentence's opening "when" or
    "after" clause has acting: "When inspectors returned last year, they found …" →
    "inspectors found …", "When the committee took evidence, it found …" → "committee found"."""
    pronoun = _OPENING_PRONOUN.match(clause)
    acting = _ACTING_OPENING.match(sentence)
    if pronoun is None or acting is None or not lemma_of(acting["verb"].lower())[1] & {"VBD"}:
        return clause
    noun = acting["noun"]
    agrees = noun.endswith("s") == (pronoun.group(1).lower() == "they")  # "inspectors": they
    if not agrees or not can_be_noun(noun.lower()) or noun.lower() in _PEOPLE_UNNAMED:
        return clause
    return noun.capitalize() + clause[pronoun.end(1) :]


_OPENING_PRONOUN = re.compile(r"^(they|it)\b", re.I)
_ACTING_OPENING = re.compile(
    r"^(?:when|after|once|as soon as)\s+(?:the\s+)?(?P<noun>(?-i:[a-z]+))\s+(?P<verb>[a-z]+)\b",
    re.I,
)
_PEOPLE_UNNAMED = frozenset({"people", "others", "some", "many", "most", "both", "all"})
_NAME_COMMA_VERB = re.compile(
    r"^(?P<name>(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){1,3}),\s+(?P<verb>(?-i:[a-z]+))\b"
)


def without_post_before_name(text: str) -> str:
    """Give a headline opening on a post and then a person's name without the post ("Prime
    Minister Gordon Brown gives the go-ahead …" → "Gordon Brown gives …"): the name says who."""
    return _POST_BEFORE_NAME.sub("", text, count=1)


_POST_BEFORE_NAME = re.compile(
    r"^(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}(?:Secretary|Minister|Chancellor|Inspector|Commissioner"
    r"|Mayor|Governor|Leader)\s+(?=(?-i:[A-Z][a-z][\w'’-]*)\s+(?-i:[A-Z][a-z][\w'’-]*)\s+(?-i:[a-z]))"
)
