"""Dates known to a stated precision: a year, a half, a quarter, a season, a month or a day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Final, Literal

Precision = Literal["year", "half", "quarter", "season", "month", "day"]
# Coarsest first: merge prefers the later ones and lets a coarser date contain a finer one.
PRECISIONS: tuple[Precision, ...] = ("year", "half", "quarter", "season", "month", "day")

# The spans within a year that are not calendar months: (precision, first month, months long).
# Seasons are meteorological; winter starts in December and belongs to the year it starts in.
SPANS: Final[dict[str, tuple[Precision, int, int]]] = {
    "H1": ("half", 1, 6),
    "H2": ("half", 7, 6),
    "Q1": ("quarter", 1, 3),
    "Q2": ("quarter", 4, 3),
    "Q3": ("quarter", 7, 3),
    "Q4": ("quarter", 10, 3),
    "spring": ("season", 3, 3),
    "summer": ("season", 6, 3),
    "autumn": ("season", 9, 3),
    "winter": ("season", 12, 3),
}
# Within one start month a longer span sorts first: a half, then a quarter or season, then the
# month, then its days.
_SORT_RANK: Final[dict[str, int]] = {"half": 0, "quarter": 1, "season": 1, "month": 2, "day": 3}

# ASCII digits only: \d would take Arabic-Indic or fullwidth digits, which int() reads too.
_ISO_PARTIAL = re.compile(
    r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?|-(Q[1-4]|H[12]|spring|summer|autumn|winter))?$"
)
_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or YYYY-<season>"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, a part of a year (span), the month or the day.

    span is "Q1".."Q4", "H1", "H2" or a season ("spring", ..., "winter"); it excludes month and
    day. Ordering sorts by where the date's span starts, longer spans first, so "2019" <
    "2019-H2" < "2019-Q3" < "2019-07" < "2019-07-15": a less precise date sorts at the start of
    its span.
    """

    year: int
    month: int | None = None
    day: int | None = None
    span: str | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.span is not None and (self.span not in SPANS or self.month is not None):
            raise ValueError(f"span {self.span!r} is not a quarter, half or season of a year")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            dt.date(self.year, self.month or 1, self.day)  # raises ValueError on 2019-02-30

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Give the PartialDate written as "2019", "2019-02-15", "2019-Q3"...; ValueError if not."""
        match = _ISO_PARTIAL.match(str(text).strip())
        if not match:
            digits = "" if str(text).isascii() else " (write the digits 0-9)"
            raise ValueError(f'"{text}" is not a date of the form {_FORMS}{digits}')
        year, month, day = (int(part) if part else None for part in match.groups()[:3])
        try:
            return cls(year, month, day, match.group(4))
        except ValueError:
            raise ValueError(f'"{text}" is not a valid date') from None

    @classmethod
    def from_date(cls, value: dt.date, precision: Precision = "day") -> PartialDate:
        """Give the span of precision that value lies in (a January day lies in last winter)."""
        if precision == "year":
            return cls(value.year)
        if precision == "month":
            return cls(value.year, value.month)
        if precision == "day":
            return cls(value.year, value.month, value.day)
        for span, (kind, first, length) in SPANS.items():
            months_in = (value.month - first) % 12
            if kind == precision and months_in < length:
                # Only winter wraps: its January and February belong to the year before.
                return cls(value.year - (value.month < first), span=span)
        raise ValueError(f"unknown precision {precision!r}")

    @property
    def precision(self) -> Precision:
        """Give how much of the date is known."""
        if self.span is not None:
            return SPANS[self.span][0]
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def start(self) -> dt.date:
        """Give the first day of the span the date stands for."""
        if self.span is not None:
            return dt.date(self.year, SPANS[self.span][1], 1)
        return dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> dt.date:
        """Give the last day of the span the date stands for."""
        if self.span is not None:
            _, first, length = SPANS[self.span]
            last_year, last_month = divmod(first - 1 + length - 1, 12)
            year, month = self.year + last_year, last_month + 1
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        if self.day is not None:
            return self.start()
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def contains(self, other: PartialDate) -> bool:
        """Give whether other lies within this date's span (a day within its month, ...)."""
        return self.start() <= other.start() and other.end() <= self.end()

    def label(self) -> str:
        """Give the date as a person reads it, to its precision: "15 Feb 2019", "Q3 2019"."""
        if self.span == "winter":
            return f"winter {self.year}–{(self.year + 1) % 100:02d}"
        if self.span is not None:
            return f"{self.span} {self.year}"
        if self.day is not None:
            return f"{self.day} {calendar.month_abbr[self.month]} {self.year}"
        if self.month is not None:
            return f"{calendar.month_abbr[self.month]} {self.year}"
        return str(self.year)

    def sort_key(self) -> tuple[int, int, int, int]:
        """Give a key that sorts dates chronologically, less precise first within a span."""
        if self.precision == "year":
            return (self.year, 0, 0, 0)
        return (self.year, self.start().month, _SORT_RANK[self.precision], self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __str__(self) -> str:
        if self.span is not None:
            return f"{self.year:04d}-{self.span}"
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"
