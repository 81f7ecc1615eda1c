"""A clause without the asides between its subject and its verb, before any cut for length:
"The first new hostel for 30 years, Eden House in Bristol, a 26-bed premises for women,
opened in …" is "The first new hostel for 30 years opened in …"; and the time a thing was made
public, set off between its name and its verb ("The inspectorate's report, published last
November, found …")."""

from __future__ import annotations

import re

from timeline.extraction.lemmas import Token, tokenise

__all__ = ["DATED_PARTICIPLE", "DATED_PARTICIPLE_END", "without_subject_asides"]


def without_subject_asides(text: str, asides: re.Pattern[str] | None = None) -> str:
    """Give a clause without the asides between its subject and its verb ("The first new hostel
    for 30 years, Eden House in Bristol, a 26-bed premises for women, opened in …" is "The first
    new hostel for 30 years opened in …"): a cut for length must not take the verb. Only a
    subject with no verb of its own, asides that name or describe it ("a 26-bed premises",
    "Eden House"), or others asides matches, and no list of names ("Napo, UNISON and GMB, the
    three unions, accept …")."""
    parts = text.split(", ")
    if len(parts) < 3 or any(_told_verb(token) for token in tokenise(parts[0])):
        return text
    for verb_at in range(2, len(parts)):
        if not all((asides or _SUBJECT_ASIDE).match(aside) for aside in parts[1:verb_at]):
            return text
        opening = tokenise(parts[verb_at][:40])[:1]
        if opening and parts[verb_at][:1].islower() and _told_verb(opening[0]):
            return ", ".join([f"{parts[0]} {parts[verb_at]}", *parts[verb_at + 1 :]])
    return text


def _told_verb(token: Token) -> bool:
    """Give whether a word is a verb told in the past or present ("opened", "opens", "has")."""
    return bool(token.auxiliaries) or bool(token.forms & {"VBD", "VBZ"}) and token.text.islower()


# An aside naming or describing what comes before it: "Eden House in Bristol", "a 26-bed
# premises for women", "the outsourcing group"; not a list's last names ("UNISON and GMB").
_APPOSITIVE = re.compile(r"(?:(?:an?|the|its|their|his|her)\s|[A-Z])(?!.*\s(?:and|or)\s)")
# Or a participle's phrase: "carried out only weeks later", "based in Leeds"; one saying when
# a thing was made public has a cut of its own (DATED_PARTICIPLE).
_MADE_PUBLIC = "(?:published|released|issued|unveiled|launched)"
_SUBJECT_ASIDE = re.compile(
    rf"{_APPOSITIVE.pattern}|(?!{_MADE_PUBLIC}\s)[a-z]+ed\s(?:on|in|by|out|at|for|from)\b"
)
# When a thing was made public, between its name and its verb: "The inspectorate's report,
# published last November, found …".
DATED_PARTICIPLE = re.compile(rf"{_MADE_PUBLIC}\s+(?:last|this|earlier|in|on)\s[^,]*\Z")
# The one comma before such a participle and its time when a cut leaves them at a headline's
# end ("Report, published last November").
DATED_PARTICIPLE_END = re.compile(rf"\A([^,]*),(?=\s+{DATED_PARTICIPLE.pattern})")
