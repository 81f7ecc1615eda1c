"""Which events a view shows: by CRC, owner (ownership-aware), type, date span and words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from timeline.model import Event
from timeline.partial_date import PartialDate
from timeline.vocabulary import Vocabulary


@dataclass(frozen=True)
class EventFilter:
    """What a view asks for; an empty field asks for everything."""

    crcs: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    search: str = ""
    include_national: bool = True
    min_confidence: float = 0.0  # events without a confidence (written by hand) always pass

    def is_empty(self) -> bool:
        """Give whether the filter lets every (non-rejected) event through."""
        return self == EventFilter()


@lru_cache(maxsize=65536)
def _owners_of(vocabulary: Vocabulary, crc: str, when: PartialDate) -> tuple[str, ...]:
    # Kept across calls: the dashboard redraws the same events on every filter change, and a
    # vocabulary is never changed once loaded.
    return tuple(vocabulary.owners_of(crc, when))


class OwnershipIndex:
    """Who owned a CRC on an event's date, remembered because many events share a date."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        self.vocabulary = vocabulary
        self._known_crcs = frozenset(vocabulary.crc_names)

    def owners_of(self, crc: str, when: PartialDate) -> tuple[str, ...]:
        """Give who owned crc at any time within when (nothing for a CRC the register lacks)."""
        return _owners_of(self._vocabulary, crc, when) if crc in self._known_crcs else ()

    def owners_involved(self, event: Event) -> list[str]:
        """Give the owners an event names, then those holding its CRCs on its date, no repeats."""
        return list(
            _involved(
                self._vocabulary, self._known_crcs, event.date, (*event.crcs,), (*event.owners,)
            )
        )


@lru_cache(maxsize=65536)
def _involved(
    vocabulary: Vocabulary,
    known_crcs: frozenset[str],
    date: str,
    crcs: tuple[str, ...],
    owners: tuple[str, ...],
) -> tuple[str, ...]:
    # A view asks this of each event three times (filter, row, hover), and a redraw again.
    involved = dict.fromkeys(owners)
    when = _partial_date(date)
    for crc in crcs:
        if crc in known_crcs:
            involved.update(dict.fromkeys(_owners_of(vocabulary, crc, when)))
    return tuple(involved)


@lru_cache(maxsize=8192)
def _partial_date(text: str) -> PartialDate:
    # Views parse the same few thousand date strings over and over: 10,000 events, one figure.
    return PartialDate.parse(text)


def event_span(event: Event) -> tuple[PartialDate, PartialDate]:
    """Give the first and last partial dates an event covers (its date, or date to end)."""
    first = _partial_date(event.date)
    return first, _partial_date(event.end) if event.end else first


def _matches_search(event: Event, needle: str) -> bool:
    if needle in event.title.casefold():
        return True
    return any(needle in source.quote.casefold() for source in event.sources)


def filter_events(events: Iterable[Event], flt: EventFilter, vocabulary: Vocabulary) -> list[Event]:
    """Give the events flt asks for, in their given order, never a rejected one.

    An owner matches the events that name it and the events about a CRC it held on the event's
    date. A national event concerns every CRC, so it matches every CRC and owner filter unless
    include_national is off, which leaves national events out altogether. Dates match by
    overlap: an event dated "2019" is within --from 2019-06.
    """
    crcs = set(flt.crcs)
    owners = set(flt.owners)
    types = set(flt.types)
    needle = flt.search.strip().casefold()
    starts = flt.date_from.start() if flt.date_from else None
    ends = flt.date_to.end() if flt.date_to else None
    ownership = OwnershipIndex(vocabulary)

    chosen = []
    for event in events:
        if event.rejected:
            continue
        if event.national and not flt.include_national:
            continue
        if types and event.type not in types:
            continue
        first, last = event_span(event)
        if starts is not None and last.end() < starts:
            continue
        if ends is not None and first.start() > ends:
            continue
        if crcs and not (event.national or crcs.intersection(event.crcs)):
            continue
        if (
            owners
            and not event.national
            and not owners.intersection(ownership.owners_involved(event))
        ):
            continue
        if needle and not _matches_search(event, needle):
            continue
        if (
            flt.min_confidence
            and event.confidence is not None
            and event.confidence < flt.min_confidence
        ):
            continue
        chosen.append(event)
    return chosen
