"""A chronology's entry that goes on past its first sentence: "July 2001. The partnership was
completed. The Airline Group took 46 per cent of NATS …" tells both at July 2001."""

from __future__ import annotations

import re

from timeline.extraction.dates import DateMention
from timeline.extraction.report_timing import chronology_entry
from timeline.partial_date import PartialDate


class EntryTimes:
    """The date a chronology's entry opens on, carried to the sentences after its first that
    name no time of their own ("July 2001. The partnership was completed. The Airline Group
    took 46 per cent of NATS …"), as told in context: the entry runs to the end of its line,
    the next time named or a heading ("Notes and sources")."""

    def __init__(self) -> None:
        self._entry: tuple[int, PartialDate] | None = None  # its line and its date

    def carried(self, line: int, text: str, named: list[DateMention]) -> list[DateMention]:
        """Give the dates a sentence at line names, else its entry's date, as a mention of no
        words at its start; and note the entry a labelled sentence opens."""
        if named:
            first = named[0].value
            labelled = first is not None and (chronology_entry(text, named) or _alone(text, named))
            self._entry = (line, first) if labelled else None  # type: ignore[assignment]
            return named
        if self._entry is None or self._entry[0] != line or not _ENDED.search(text):
            self._entry = None
            return named
        return [DateMention("", 0, 0, self._entry[1], True)]


_ENDED = re.compile(r"[.!?][\"”’)]*\s*\Z")


def _alone(text: str, named: list[DateMention]) -> bool:
    """Give whether a sentence is its date alone ("Autumn 2021."), an entry's label."""
    return (
        len(named) == 1
        and text[named[0].end :].strip() == "."
        and not text[: named[0].start].strip()
    )
