"""Whether a telling told a decision or a fact: "told MPs that the scheme would be wound up" (a
policy announced) against "told MPs that 30,000 applications were late" (a statement)."""

from __future__ import annotations

import re

from timeline.extraction.frames import FrameMatch

# What is decided or to come, in the told clause: a modal of the future, "is to be", or a
# decision already taken ("had ended the competition", "had decided to …").
_DECIDED = re.compile(
    r"\b(?:would|will|shall|is to|are to|was to|were to|had (?:decided|agreed|ended|scrapped"
    r"|abandoned|cancelled|dropped)|has (?:decided|agreed)|intends? to|planned to)\b",
    re.IGNORECASE,
)


def filed_type(match: FrameMatch, text: str, to_come: bool) -> str:
    """Give the type a frame's happening is filed as: announced before it is done, a telling
    of a decision, or the frame's own."""
    frame = match.frame
    if to_come and frame.announced_as:
        return frame.announced_as
    told = text[match.tokens[match.last - 1].end :]
    start = match.tokens[match.first].start
    if _TOLD_BEFORE.search(text, 0, start) and _NOTHING_AFTER.match(told):
        told = text[:start]  # "… will no longer be freed automatically, the government told MPs"
    if frame.decided_as and _DECIDED.search(told.split(";")[0]):
        return frame.decided_as
    return match.type


# What was told stands before the telling, set off by a comma; after it, at most its time.
_TOLD_BEFORE = re.compile(r",\s+(?:\S+\s+){0,3}\Z")
_NOTHING_AFTER = re.compile(
    r"\s*(?:(?:yesterday|today|on|last|this|in|at)(?:\s+[^\s,;.]+){0,3})?\s*(?:[,;.]|\Z)"
)
