"""Date expressions in a sentence, normalised against the post's date at their stated precision.

A fast scan for trigger words (month and weekday names, "yesterday", "week", a 19xx/20xx
number, ...) rejects the many sentences without a date; one combined pattern is then tried only
at the word starts just before each trigger, so any input is scanned in linear time. Which parts
the pattern matched (day? month? year?) decide the precision; dateparser, called with the
settings in DATEPARSER_OPTIONS and the reference date as its relative base, reads the written
parts and relative words. Rules dateparser gets wrong or does not know ("last December",
"Monday last week", which year "3rd November" falls in) are computed here: a year-less date
falls where its clause's tense points (tense.py, date_years.py), and parts of a year (seasons,
quarters, halves, "the end of the year", "the day before") are read in date_spans.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

import dateparser

from timeline.extraction.date_cues import FUTURE_CUES, accepts, is_label, word_before
from timeline.extraction.date_patterns import (
    _MENTION,
    _WEEKDAY_NAMES,
    _candidates,
    christmas_month,
    count_value,
    holiday_day,
)
from timeline.extraction.date_spans import (
    first_listed_day,
    resolve_day_before,
    resolve_quarter,
    resolve_season,
    resolve_seasons_ago,
    resolve_year_end,
)
from timeline.extraction.date_years import by_tense, year_shift
from timeline.extraction.tense import Tense, clause_tense, opens_clause, tense_after
from timeline.partial_date import PartialDate

# The only dateparser settings used anywhere; RELATIVE_BASE is added per call from the reference
# date so results never depend on the clock.
DATEPARSER_OPTIONS: Final[dict[str, Any]] = {
    "languages": ["en"],
    "settings": {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["relative-time", "absolute-time"],
    },
}
# Expressions without a reference are only parsed when complete, but a fixed base still keeps a
# slip from ever reading the clock.
_NO_REFERENCE_BASE: Final = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence, with its value at the precision written."""

    text: str
    start: int
    end: int
    value: PartialDate | None
    relative: bool


# --- parsing with dateparser ---------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _parse(expression: str, reference: dt.date | None) -> dt.date | None:
    """Give the date dateparser reads in expression, relative to reference; None if none."""
    base = dt.datetime.combine(reference, dt.time()) if reference else _NO_REFERENCE_BASE
    settings = {**DATEPARSER_OPTIONS["settings"], "RELATIVE_BASE": base}
    parsed = dateparser.parse(
        expression, languages=DATEPARSER_OPTIONS["languages"], settings=settings
    )
    return parsed.date() if parsed else None


def _month_number(month_word: str) -> int:
    """Give the number of a written month name ("Sept" -> 9)."""
    parsed = _parse(f"{month_word} 2000", None)
    assert parsed is not None, month_word  # the pattern only lets real month names through
    return parsed.month


def _written_day(day: str, month: str, year: int) -> PartialDate | None:
    """Give the day dateparser reads in "day month year"; None when there is no such day."""
    parsed = _parse(f"{int(day)} {month} {year}", None)
    # dateparser may swap day and month to make a date; the written order is the truth here.
    if parsed is None or parsed.day != int(day) or (month.isdigit() and parsed.month != int(month)):
        return None
    return PartialDate.from_date(parsed)


def _year_day(year: int, *, month: int, day: int) -> PartialDate | None:
    return _calendar_day(year, month, day)


def _calendar_day(year: int, month: int, day: int) -> PartialDate | None:
    """Give the day as a PartialDate, or None when that year has no such day (29 February)."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


# --- resolvers: kind parts -> (value, relative); None rejects the candidate ----------------------

_Result = tuple[PartialDate | None, bool] | None
_Group = Callable[[str], str | None]


def _weekday_index(group: _Group) -> int | None:
    name = group("weekday")
    return None if name is None else _WEEKDAY_NAMES.index(name.lower())


def _full_year(two_digits: str, reference: dt.date | None) -> int:
    """Give the four-digit year a two-digit one stands for: the century nearest reference."""
    if reference is None:
        return (2000 if int(two_digits) < 70 else 1900) + int(two_digits)
    return min(
        (c + int(two_digits) for c in (1900, 2000, 2100)), key=lambda y: abs(y - reference.year)
    )


def _resolve_numeric(group: _Group, reference: dt.date | None) -> _Result:
    year = group("year")
    year_number = int(year) if len(year) == 4 else _full_year(year, reference)
    value = _written_day(group("day"), group("month"), year_number)
    return None if value is None else (value, False)


def _resolve_day_month(group: _Group, reference: dt.date | None, tense: Tense | None) -> _Result:
    if group("year"):
        value = _written_day(group("day"), group("month"), int(group("year")))
        return None if value is None else (value, False)
    # Read in a leap year, so "29 February" is a day; the year is chosen below.
    known = _written_day(group("day"), group("month"), 2000)
    if known is None:
        return None
    if reference is None:
        return None, True
    month, day = known.month, known.day
    shift = year_shift(group("yearrel"))
    if shift is not None:
        value = _calendar_day(reference.year + shift, month, day)
    else:
        make = functools.partial(_year_day, month=month, day=day)
        value = by_tense(reference, make, tense, _weekday_index(group))
    return (value, True) if value else None


def _resolve_fiscal_year(group: _Group, reference: dt.date | None) -> _Result:
    year = int(group("year"))
    # "2018-19" is a financial year only when the second part follows the first.
    return (PartialDate(year), False) if int(group("year2")) == (year + 1) % 100 else None


def _resolve_month_year(group: _Group, reference: dt.date | None) -> _Result:
    month = _month_number(group("month"))
    if group("year"):
        return PartialDate(int(group("year")), month), False
    if reference is None:
        return None, True
    return PartialDate(reference.year + year_shift(group("yearrel")), month), True


def _resolve_month(group: _Group, reference: dt.date | None, tense: Tense | None) -> _Result:
    month = _month_number(group("month"))
    if reference is None:
        return None, True
    rel = (group("rel") or "").lower()
    if rel == "last":  # the most recent such month before last month: "last May" in June 2020
        year = reference.year if month < reference.month - 1 else reference.year - 1  # is 2019
    elif rel == "next":
        year = reference.year if month > reference.month else reference.year + 1
    elif rel == "this":
        year = reference.year
    else:
        return by_tense(reference, lambda y: PartialDate(y, month), tense), True
    return PartialDate(year, month), True


def _resolve_year(group: _Group, reference: dt.date | None) -> _Result:
    return PartialDate(int(group("year"))), False


def _resolve_weekday_week(group: _Group, reference: dt.date | None) -> _Result:
    if reference is None:
        return None, True
    week_start = reference - dt.timedelta(days=reference.weekday())
    shift = {"last": -7, "this": 0, "next": 7}[group("rel").lower()]
    day = week_start + dt.timedelta(days=shift + _weekday_index(group))
    return PartialDate.from_date(day), True


def _weekday_date(reference: dt.date, weekday: int, rule: str) -> dt.date:
    """Give the weekday's date by rule: past (on or before), future (on or after), next, this
    (in the reference's week), last (in the week before: the day before is "yesterday")."""
    back, ahead = (reference.weekday() - weekday) % 7, (weekday - reference.weekday()) % 7
    offsets = {"past": -back, "future": ahead, "next": ahead or 7}
    week_start = reference - dt.timedelta(days=reference.weekday())
    if rule in ("this", "last"):
        return week_start + dt.timedelta(days=weekday - (7 if rule == "last" else 0))
    return reference + dt.timedelta(days=offsets[rule])


def _resolve_weekday(group: _Group, reference: dt.date | None, rule: str) -> _Result:
    if reference is None:
        return None, True
    return PartialDate.from_date(_weekday_date(reference, _weekday_index(group), rule)), True


def _resolve_weekend(group: _Group, reference: dt.date | None, tense: Tense | None) -> _Result:
    """Give the Sunday of the weekend meant: the last one over ("over the weekend" in a Monday
    story, "last weekend"), or the next one to come (a future clause, "next weekend"); "this
    weekend" is the coming one, or the one under way."""
    if reference is None:
        return None, True
    rel = (group("rel") or "").lower()
    days_since_sunday = (reference.weekday() + 1) % 7  # Sunday 0, Monday 1 … Saturday 6
    if rel == "next" or tense == "future" or (rel == "this" and days_since_sunday):
        sunday = reference + dt.timedelta(days=7 - days_since_sunday)
    else:
        sunday = reference - dt.timedelta(days=days_since_sunday or (7 if rel == "last" else 0))
    return PartialDate.from_date(sunday), True


def _bare_weekday_rule(sentence: str, start: int) -> str:
    """Give the _weekday_date rule for a weekday written alone.

    A past-tense clause means the most recent such day, the reference day included: wire copy
    writes "said on Friday", not "today", in a story dated Friday. A future-tense one means a day
    after the reference's own (the same weekday is next week's unless the sentence says
    "today"); "by Friday" looks ahead from the reference day; otherwise the most recent such day.
    """
    tense = _verb_tense(sentence, start)
    if tense is None:
        return "future" if word_before(sentence, start) in FUTURE_CUES else "past"
    if tense == "past" or _TODAY.search(sentence):
        return tense
    return "next"


def _resolve_relative_text(text: str, reference: dt.date | None, precision: str) -> _Result:
    """Give dateparser's reading of a relative expression ("last night", "2 years ago")."""
    if reference is None:
        return None, True
    parsed = _parse(" ".join(text.lower().split()), reference)
    return None if parsed is None else (PartialDate.from_date(parsed, precision), True)


_UNIT_PRECISION: Final = {"day": "day", "week": "month", "month": "month", "year": "year"}
_TODAY: Final = re.compile(r"\b(?i:today)\b")
# Kinds written without a year, whose year the clause's tense picks.
_TENSED_KINDS: Final = frozenset(
    ["day_month", "month_day", "bare_month", "month_modified", "season", "quarter", "year_end"]
    + ["weekend", "holiday", "festive"]
)
# A preposition that decides when the clause's verbs do not: "until Feb.", "since March".
_CUE_TENSE: Final[dict[str, Tense]] = {"by": "future", "until": "future", "till": "future"}
_CUE_TENSE |= {"since": "past"}


def _verb_tense(sentence: str, start: int) -> Tense | None:
    """Give the tense of the clause before start; None for a deadline set in the past.

    "It gave Sodexo until February" sets, in the past, a date that may still lie ahead.
    """
    tense = clause_tense(sentence, start)
    if tense == "past" and word_before(sentence, start) in FUTURE_CUES:
        return None
    return tense


def _tense(sentence: str, start: int) -> Tense | None:
    """Give the tense of the clause before start, or of the preposition just before it."""
    cue = word_before(sentence, start)
    if cue in ("the", "its", "their"):  # "since the July warning"
        head = sentence[:start].rstrip()
        cue = word_before(sentence, head.rfind(" ") + 1)
    return _verb_tense(sentence, start) or _CUE_TENSE.get(cue)


def _resolve(
    kind: str, group: _Group, sentence: str, start: int, reference: dt.date | None
) -> _Result:
    """Give the value of a candidate of kind, or None when it is not a real date."""
    text = group(kind)
    tense = _tense(sentence, start) if kind in _TENSED_KINDS and reference else None
    if kind in _TENSED_KINDS and is_label(sentence, start, start + len(text)):
        tense = "past"  # a chronology tells what happened, in the present: "8 June. It says …"
    tensed = tense is None and kind in _TENSED_KINDS and reference
    if tensed and opens_clause(sentence, start, start + len(text)):
        tense = tense_after(sentence, start + len(text))  # "In July the committee published"
    if kind in ("iso", "numeric"):
        return _resolve_numeric(group, reference)
    if kind in ("day_month", "month_day", "hyphenated", "holiday"):
        return _resolve_day_month(
            holiday_day(group) if kind == "holiday" else group, reference, tense
        )
    if kind == "fiscal_year":
        return _resolve_fiscal_year(group, reference)
    if kind == "month_year":
        return _resolve_month_year(group, reference)
    if kind in ("bare_month", "month_modified"):
        return _resolve_month(group, reference, tense)
    if kind == "festive":  # "just before Christmas": December, of the year written or told
        month = christmas_month(group)
        year_written = _resolve_month_year(month, reference) if group("year") else None
        return year_written or _resolve_month(month, reference, tense)
    if kind == "season":
        return resolve_season(group, reference, tense)
    if kind == "seasons_ago":
        return resolve_seasons_ago(group("season_name"), count_value(group("count")), reference)
    if kind in ("quarter", "quarter_code"):
        return resolve_quarter(group, reference, tense)
    if kind == "year_end":
        return resolve_year_end(group, reference, tense)
    if kind in ("bare_year", "year_qualified"):
        return _resolve_year(group, reference)
    if kind == "weekend":
        return _resolve_weekend(group, reference, tense)
    if kind == "weekday_week":
        return _resolve_weekday_week(group, reference)
    if kind == "weekday_relative":
        return _resolve_weekday(group, reference, group("rel").lower())
    if kind == "bare_weekday":
        return _resolve_weekday(group, reference, _bare_weekday_rule(sentence, start))
    if kind == "day_word":
        return _resolve_relative_text(text, reference, "day")
    unit = group("unit").lower()
    if kind == "period":
        return _resolve_relative_text(f"{group('rel')} {unit}", reference, _UNIT_PRECISION[unit])
    count = group("count").lower()
    if kind == "elapsed" and group("count").isdigit() and int(count) > 30:
        return None
    count = str(count_value(count))
    if unit == "fortnight":  # "a fortnight ago": two weeks
        count, unit = str(2 * int(count)), "week"
    anchor = (group("anchor") or "").lower()
    if anchor:
        return _anniversary(int(count), unit, anchor, reference)
    return _resolve_relative_text(f"{count} {unit}s ago", reference, _UNIT_PRECISION[unit])


def _anniversary(count: int, unit: str, anchor: str, reference: dt.date | None) -> _Result:
    """Give the day ("two years ago today", "a week ago yesterday") or month ("ten years ago
    this week") that lies count units before the anchor day."""
    if reference is None:
        return None, True
    day = reference - dt.timedelta(days=1) if anchor == "yesterday" else reference
    if unit in ("day", "week"):
        day -= dt.timedelta(days=count * (7 if unit == "week" else 1))
    else:
        months = day.year * 12 + day.month - 1 - count * (12 if unit == "year" else 1)
        year, month = divmod(months, 12)
        day = dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    precision = "month" if anchor.startswith("this") else "day"
    return PartialDate.from_date(day, precision), True


def _last_day(mentions: list[DateMention], reference: dt.date | None) -> dt.date | None:
    """Give the last day named so far in the sentence, else the reference."""
    days = [m.value.start() for m in mentions if m.value and m.value.precision == "day"]
    return days[-1] if days else reference


def find_dates(sentence: str, reference: dt.date | None) -> list[DateMention]:
    """Give the date expressions in sentence, in order, normalised against reference."""
    if isinstance(reference, dt.datetime):  # a post time: only its day matters
        reference = reference.date()
    mentions: list[DateMention] = []
    for match in _candidates(sentence):
        kind = match.lastgroup

        def group(name: str, kind: str = kind, match: re.Match[str] = match) -> str | None:
            key = name if name == kind else f"{kind}__{name}"
            return match.group(key) if key in _MENTION.groupindex else None

        start, end = match.span()
        if not accepts(kind, group, sentence, start, end):
            continue
        if kind == "day_before":
            result = resolve_day_before(group, _last_day(mentions, reference))
        else:
            result = _resolve(kind, group, sentence, start, reference)
        if result is not None:
            value, relative = result
            start, value = first_listed_day(sentence, start, value) if value else (start, value)
            mentions.append(DateMention(sentence[start:end], start, end, value, relative))
    return mentions
