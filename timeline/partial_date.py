"""Dates known to a stated precision: a year, a month or a day, never an invented day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]
PRECISIONS: tuple[Precision, ...] = ("year", "month", "day")

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Ordering sorts by (year, month, day) with unknown parts first, so "2019" < "2019-02" <
    "2019-02-15": the less precise date sorts at the start of its span.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            dt.date(self.year, self.month or 1, self.day)  # raises ValueError on 2019-02-30

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Give the PartialDate written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; ValueError if not."""
        match = _ISO_PARTIAL.match(str(text).strip())
        if not match:
            raise ValueError(f'"{text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD')
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            return cls(year, month, day)
        except ValueError:
            raise ValueError(f'"{text}" is not a valid date') from None

    @classmethod
    def from_date(cls, value: dt.date, precision: Precision = "day") -> PartialDate:
        """Give value cut to precision."""
        if precision == "year":
            return cls(value.year)
        if precision == "month":
            return cls(value.year, value.month)
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        """Give how much of the date is known."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def start(self) -> dt.date:
        """Give the first day of the span the date stands for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> dt.date:
        """Give the last day of the span the date stands for."""
        if self.day is not None:
            return self.start()
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def contains(self, other: PartialDate) -> bool:
        """Give whether other lies within this date's span (a day within its month, ...)."""
        return self.start() <= other.start() and other.end() <= self.end()

    def label(self) -> str:
        """Give the date as a person reads it, to its precision: "15 Feb 2019", "Feb 2019"."""
        if self.day is not None:
            return f"{self.day} {calendar.month_abbr[self.month]} {self.year}"
        if self.month is not None:
            return f"{calendar.month_abbr[self.month]} {self.year}"
        return str(self.year)

    def sort_key(self) -> tuple[int, int, int]:
        """Give a key that sorts dates chronologically, less precise first within a span."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"
