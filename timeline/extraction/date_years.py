"""Which year a date written without one falls in: the clause's tense decides, else nearness.

A past-tense clause takes the latest such date on or before the reference ("told investors in
August", in a March story: last August); a future-tense one the next on or after it ("will report
in August": this August). Without a tense the reading nearest the reference wins, and a written
weekday ("Monday 3rd November") picks the year in which it matches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from timeline.extraction.tense import Tense
from timeline.partial_date import PartialDate

Make = Callable[[int], PartialDate | None]


def _readings(reference: dt.date, make: Make) -> list[PartialDate]:
    """Give the readings from two years before the reference's year to one after it."""
    years = range(reference.year - 2, reference.year + 2)
    return [reading for year in years if (reading := make(year))]


def _distance(date: PartialDate, reference: dt.date) -> int:
    """Give how many days lie between reference and the span date stands for."""
    if reference < date.start():
        return (date.start() - reference).days
    if reference > date.end():
        return (reference - date.end()).days
    return 0


def nearest(reference: dt.date, make: Make, weekday: int | None = None) -> PartialDate | None:
    """Give the reading in the year before, of or after reference that lies nearest to it.

    A written weekday picks the year in which it matches; ties go to the earlier year.
    """
    readings = [r for r in _readings(reference, make) if abs(r.year - reference.year) <= 1]
    if weekday is not None:
        readings = [r for r in readings if r.start().weekday() == weekday] or readings
    return min(readings, key=lambda reading: _distance(reading, reference), default=None)


def by_tense(
    reference: dt.date, make: Make, tense: Tense | None, weekday: int | None = None
) -> PartialDate | None:
    """Give the latest reading begun by reference (past), the first not over by it (future).

    Without a tense, or with a written weekday, the nearest reading.
    """
    if tense is None or weekday is not None:
        return nearest(reference, make, weekday)
    readings = _readings(reference, make)
    if tense == "past":
        begun = [r for r in readings if r.start() <= reference]
        chosen = max(begun, key=PartialDate.start, default=None)
    else:
        not_over = [r for r in readings if r.end() >= reference]
        chosen = min(not_over, key=PartialDate.start, default=None)
    return chosen or nearest(reference, make)


def last_ended(reference: dt.date, make: Make) -> PartialDate | None:
    """Give the most recent reading over before reference ("last summer")."""
    ended = [r for r in _readings(reference, make) if r.end() < reference]
    return max(ended, key=PartialDate.start, default=None)


def next_begun(reference: dt.date, make: Make) -> PartialDate | None:
    """Give the first reading that begins after reference ("next summer")."""
    ahead = [r for r in _readings(reference, make) if r.start() > reference]
    return min(ahead, key=PartialDate.start, default=None)


def current(reference: dt.date, make: Make) -> PartialDate | None:
    """Give the reading reference lies in, else the nearest ("this winter")."""
    holding = [
        r for r in _readings(reference, make) if r.contains(PartialDate.from_date(reference))
    ]
    return holding[0] if holding else nearest(reference, make)


def year_shift(word: str | None) -> int | None:
    """Give the year offset of "this/last/next year" (None when none is written)."""
    return None if word is None else {"this": 0, "last": -1, "next": 1}[word.lower()]
