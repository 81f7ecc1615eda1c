"""When a happening stands against other times: a frame that tells the time of another
("three years after the collapse", "who was chief executive when the company collapsed"), and
one a sentence tells as earlier than its news ("has previously expressed concerns", "the months
before the company changed hands"). English grammar, not story vocabulary."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline.extraction.date_patterns import count_value
from timeline.extraction.frames import FrameMatch
from timeline.extraction.lemmas import DETERMINERS, Token
from timeline.partial_date import PartialDate

__all__ = ["counted_from", "time_anchor", "told_earlier"]

_TEMPORAL = frozenset({"after", "before", "since", "following", "until", "prior", "ahead"})
_SUBORDINATE = frozenset({"when", "after", "before", "since", "until", "once"})
_ANCHOR_REACH = 8  # tokens back from a frame's words to the "when" of its clause


def time_anchor(match: FrameMatch) -> Token | None:
    """Give the word that makes a happening tell the time of another ("three years after the
    collapse", "who was chief executive when the company collapsed"), or None. Only a date
    written after that word can be the happening's own."""
    index = match.first - 1
    while index >= 0 and match.tokens[index].lemma in DETERMINERS:
        index -= 1
    if index >= 0 and match.tokens[index].lemma in _TEMPORAL:
        return match.tokens[index]
    for position in range(match.first - 1, max(-1, match.first - _ANCHOR_REACH - 1), -1):
        token = match.tokens[position]
        if token.text.endswith((",", ";", ":")):
            return None
        if token.lemma in _SUBORDINATE:  # ", when it warned": the time before tells it
            if position and match.tokens[position - 1].text.endswith(","):
                return None
            return None if _at_once(match.tokens, position) else token
    return None


def _at_once(tokens: Sequence[Token], when: int) -> bool:
    """Give whether a "when" clause happens with the happening its sentence tells before it,
    so that both share a date: "apologised on Tuesday when he appeared before the committee";
    not "who was chief executive when the company collapsed", a state the collapse dates."""
    if tokens[when].lemma != "when":
        return False
    verb = next((t for t in reversed(tokens[:when]) if t.forms & {"VBD"} or t.auxiliaries), None)
    return verb is not None and verb.lemma not in ("be", "have") and "be" not in verb.auxiliaries


def told_earlier(match: FrameMatch, text: str) -> bool:
    """Give whether an adverb in text before the frame's verb says it happened before the
    news ("has previously expressed concerns …, where inspectors found"), the frame marks a
    time ("the months before the company changed hands") or tells a habit kept up for decades:
    another happening, which no report of today may date. (The verb's token holds its
    auxiliaries and adverbs.)"""
    verb = match.verb
    if verb is None:
        return False
    start = match.tokens[match.first].start
    marked = _LANDMARK.search(text[:start]) or _LANDMARK_WITHIN.search(text, start, verb.start)
    earlier = _EARLIER_WORD.search(text, 0, verb.end) is not None or bool(marked)
    return earlier or _lasting(match, text)  # "has bought its own supercomputers for decades"


_EARLIER_WORD = re.compile(r"\b(?:previously|earlier|repeatedly|formerly)\b", re.I)
# "most of it from the months before the company changed hands": a time it marks, not news.
_LANDMARK = re.compile(
    r"\b(?:days|weeks|months|years|period|run-up)\s+(?:before|after|since|leading\s+up\s+to)"
    r"\s+(?:\S+\s+){0,3}$",
    re.I,
)


def _lasting(match: FrameMatch, text: str) -> bool:
    """Give whether the frame's verb tells a habit kept up for a long time ("The Met Office has
    bought its own supercomputers for decades"): a way of doing, no one happening."""
    verb = match.verb
    return verb is not None and _LASTING.match(text, verb.end) is not None


_LASTING = re.compile(
    r"[^,;]{0,60}?\bfor\s+(?:many\s+|several\s+)?(?:decades|generations|centuries)\b"
)

# "on probation, weeks after the service was reunified": a time the frame's words pass over.
_LANDMARK_WITHIN = re.compile(r"\b(?:days|weeks|months|years)\s+(?:before|after|since)\s", re.I)


def counted_from(text: str, after: int, date_start: int, value: PartialDate) -> PartialDate:
    """Give the time a happening told as some days, weeks, months or years after (or before) a
    dated one has: "The report comes three days after the police said on Friday" is the
    Monday. The count stands between the happening's words (ending at after) and the date;
    a count finer than the date's precision leaves it as it is."""
    counts = list(_COUNTED.finditer(text, after, date_start))
    if not counts:
        return value
    count = counts[-1]
    number = count_value(count.group("count"))
    number = -number if count.group("side").lower() == "before" else number
    unit = count.group("unit").lower()
    start = value.start()
    if unit in ("day", "week"):
        if value.precision != "day":
            return value  # "three days after last month": no day to count from
        return PartialDate.from_date(
            start + dt.timedelta(days=number * (7 if unit == "week" else 1))
        )
    if unit == "month":
        if value.precision not in ("day", "month"):
            return value
        months = start.month - 1 + number
        return PartialDate.from_date(
            dt.date(start.year + months // 12, months % 12 + 1, 1), "month"
        )
    if value.precision not in ("day", "month", "year"):
        return value
    try:
        moved = start.replace(year=start.year + number)
    except ValueError:  # 29 February
        moved = start.replace(year=start.year + number, day=28)
    return PartialDate.from_date(moved, value.precision)


# "three days after", "a week before", "4 months after": a count date_patterns reads.
_COUNTED = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<unit>day|week|month|year)s?\s+(?P<side>after|before)\b",
    re.IGNORECASE,
)
