"""Dates that are parts of a year: seasons, quarters, halves, the end of the year, the day before.

Split from dates.py, which finds the candidates: these resolvers turn a candidate's parts into
a PartialDate at quarter, half, season, month or day precision, never inventing a finer one.
Each gives (value, relative), or None to reject the candidate.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Final

from timeline.extraction.date_years import by_tense, current, last_ended, next_begun, year_shift
from timeline.extraction.tense import Tense
from timeline.partial_date import PartialDate

_Group = Callable[[str], str | None]
_Result = tuple[PartialDate | None, bool] | None

_ORDINALS: Final = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
_SEASON_CHOICE: Final = {"last": last_ended, "next": next_begun, "this": current}


def resolve_season(group: _Group, reference: dt.date | None, tense: Tense | None) -> _Result:
    """Give the season: "the summer of 2015", "last winter" (the latest one over), "the spring"."""
    season = group("season_name").lower()
    if group("year"):
        return PartialDate(int(group("year")), span=season), False
    if reference is None:
        return None, True
    make = functools.partial(_year_span, span=season)
    choose = _SEASON_CHOICE.get((group("rel") or "").lower())
    value = choose(reference, make) if choose else by_tense(reference, make, tense)
    return (value, True) if value else None


def resolve_seasons_ago(season: str, count: int, reference: dt.date | None) -> _Result:
    """Give the season count back: "two summers ago" is the summer before the last one over."""
    if reference is None:
        return None, True
    last = last_ended(reference, functools.partial(_year_span, span=season.lower()))
    return (PartialDate(last.year - count + 1, span=season.lower()), True) if last else None


def resolve_quarter(group: _Group, reference: dt.date | None, tense: Tense | None) -> _Result:
    """Give the quarter or half: "Q3 2019", "the first half of 2018", "the fourth quarter"."""
    if group("code"):
        span = group("code").upper()
    else:
        number = _ORDINALS.index(group("ordinal").lower()) % 4 + 1
        span = f"{'Q' if group('part').lower() == 'quarter' else 'H'}{number}"
    if span in ("H3", "H4"):
        return None
    if group("year"):
        return PartialDate(int(group("year")), span=span), False
    if reference is None:
        return None, True
    shift = year_shift(group("yearrel"))
    if shift is not None:
        return PartialDate(reference.year + shift, span=span), True
    return by_tense(reference, functools.partial(_year_span, span=span), tense), True


def resolve_year_end(group: _Group, reference: dt.date | None, tense: Tense | None) -> _Result:
    """Give December of the year "the end of the year" means, at month precision."""
    if reference is None:
        return None, True
    shift = year_shift(group("yearrel"))
    if shift is not None:
        return PartialDate(reference.year + shift, 12), True
    return by_tense(reference, lambda year: PartialDate(year, 12), tense), True


def _year_span(year: int, *, span: str) -> PartialDate:
    return PartialDate(year, span=span)


def resolve_day_before(group: _Group, anchor: dt.date | None) -> _Result:
    """Give the day before (or after) anchor: a day named earlier in the sentence, or the post's."""
    if anchor is None:
        return None, True
    word = (group("rel") or group("rel2") or "").lower()
    step = -1 if word in ("before", "previous") else 1
    return PartialDate.from_date(anchor + dt.timedelta(days=step)), True


# Days listed before the one a date names: "on 14 and 15 May", "3, 4 and 5 June", "14-15 May".
_LISTED_DAYS = re.compile(
    r"(?<![-–/.])\b(?P<first>[0-3]?\d)(?:st|nd|rd|th)?"  # not "2018-19 and 27/9/13"
    r"(?:,\s*[0-3]?\d(?:st|nd|rd|th)?)*(?:,?\s+and\s+|\s*[-–]\s*|\s+to\s+)\Z"
)


def first_listed_day(sentence: str, start: int, value: PartialDate) -> tuple[int, PartialDate]:
    """Give where a date that lists its days begins, and its first day: a walkout "on 14 and 15
    May" began on 14 May. A date with no list before it is left as it is."""
    listed = _LISTED_DAYS.search(sentence, max(0, start - 24), start)
    if value.day is None or listed is None or not sentence[start : start + 1].isdigit():
        return start, value
    first = int(listed.group("first"))
    if not 1 <= first < value.day:
        return start, value
    return listed.start(), dataclasses.replace(value, day=first)
