"""What a telling verb told, as a headline of its own when the telling makes none: "the Ministry
of Justice announced that the release scheme would be paused at the end of August" → "Release
scheme to be paused"; "Ministers announced in May 2007 that ABRO and DARA would be brought
together" → "ABRO and DARA to be brought together"."""

from __future__ import annotations

import re

from timeline.extraction.headlines import headline
from timeline.extraction.title_times import without_dates, without_relative_time

__all__ = ["told_headline"]

# A telling verb, where or when it told, and its "that": "announced in the Budget of March 2005
# that", "told MPs on Thursday that".
_TOLD_THAT = re.compile(
    r"\b(?:announced|said|confirmed|revealed|decided|agreed|told\s+(?:MPs|peers|Parliament"
    r"|the\s+Commons|the\s+House))\b[^.;:\"“”]{0,60}?\bthat\s+",
    re.IGNORECASE,
)
# What was to come, in the reported clause: "would be paused", "will share", "would have".
_TO_COME = re.compile(r"(?P<subject>\S.{2,}?)\s+(?:would|will)\s+(?:(?P<be>be)\s+)?(?=[a-z])")
# A subject no headline opens on: an infinitive or a clause of its own ("the first
# practitioners to see it will …"), or a pronoun.
_NOT_A_SUBJECT = re.compile(r"\b(?:to|that|which|who|it|they|he|she|we)\b", re.IGNORECASE)
# Where what was told ends: at a comma or the next thing told ("… would go, that its arm
# would be sold, and that …").
_NEXT_TOLD = re.compile(r",\s|;\s|\s(?:and\s+)?that\s")
_REACH = 20  # characters from the trigger to its telling verb's "that"


def told_headline(sentence: str, trigger_span: tuple[int, int]) -> str | None:
    """Give the headline of what a telling verb at the trigger said was to come, in the
    headline's future ("… to be paused", "… to share £74 million"); None when the sentence
    tells nothing to come there, its subject is a pronoun ("that it would …"), or the trigger
    stands after what was told."""
    tellings = [t for t in _TOLD_THAT.finditer(sentence) if t.start() <= trigger_span[1] + _REACH]
    if not tellings:
        return None
    told = tellings[-1]  # the telling verb, or the one whose clause holds the trigger
    to_come = _TO_COME.match(sentence, told.end())
    if to_come is None or _NOT_A_SUBJECT.search(to_come.group("subject")):
        return None
    verb = "to be " if to_come.group("be") else "to "
    rest = _NEXT_TOLD.split(sentence[to_come.end() :], maxsplit=1)[0]
    if trigger_span[0] >= to_come.end() + len(rest):
        return None  # "… would take over instead, after an investigation found": not told
    if to_come.group("be") and rest.split(" ", 1)[0].endswith("ing"):
        return None  # "will be working": what it will be doing, no plan a headline states
    reported = f"{to_come.group('subject')} {verb}{rest}"
    made = headline(without_relative_time(reported))
    if not made or " to " not in made:
        return None  # cut before what was to come: it says nothing
    if to_come.group("be") and " to be " not in made:
        made = made.replace(" to ", " to be ", 1)  # headline tense reads "to be paused" "to paused"
    return without_dates(made)
