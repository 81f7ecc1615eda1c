"""Dates written out in a document's own lines (a byline, a cover, a sign-off), where month
names may stand in capitals ("7 JUNE 2018")."""

from __future__ import annotations

import re

from timeline.extraction.dates import DateMention, find_dates

__all__ = ["month_case", "written_dates"]


def written_dates(text: str) -> list[DateMention]:
    """Give the dates written out in text, capitals read as names ("7 JUNE 2018")."""
    return [m for m in find_dates(month_case(text), None) if m.value and not m.relative]


def month_case(text: str) -> str:
    """Give text with month names in capitals written as names ("7 JUNE 2018" → "7 June 2018")."""
    return _ALL_CAPS.sub(
        lambda m: (
            m.group().capitalize() if m.group().lower()[:3] in _MONTH_ABBREVIATIONS else m.group()
        ),
        text,
    )


_ALL_CAPS = re.compile(r"\b[A-Z]{3,9}\b")
_MONTH_ABBREVIATIONS = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)
