"""The timeline view: the rows, markers, ownership bands and axis a drawing of events shows.

Computed once from (events, vocabulary, view options), the view is what the figure draws, what
`timeline export` draws, and what the dashboard keeps to put a selection ring on a marker: none
of them works out a row or a position again, nor reads one back out of a figure.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from timeline.model import Event
from timeline.partial_date import PartialDate
from timeline.view.filters import EventFilter, OwnershipIndex, event_span
from timeline.view.hover import hover_text, short_label
from timeline.view.palette import owner_colour, type_colour, type_symbol
from timeline.vocabulary import Vocabulary

Lanes = Literal["crc", "owner", "type"]
# More events than this and titles beside the markers would overlap into noise.
LABELLED_EVENTS_MAX = 40


class Row(NamedTuple):
    """One row of the timeline: the CRC, owner or type it holds, and the label it shows."""

    name: str
    label: str  # the name, or a type's label in type rows; plain text


class Marker(NamedTuple):
    """One event in one row: where its marker sits and what it says.

    Positions are ISO dates as a date axis takes them: a day event sits on its day, a span's
    marker in the middle of its span (an ISO date and time).
    """

    event_id: str
    row: int  # index into TimelineView.rows
    x: str
    span: tuple[str, str] | None  # (first day, day after the last) of a span; None for a day
    type: str
    colour: str
    hover: str  # HTML: the event's document text escaped
    label: str  # the title shortened to sit beside the marker ("" unlabelled); plain text


class Band(NamedTuple):
    """Who owned the CRC of a row from start to end (ISO days, within the axis range)."""

    row: int
    owner: str
    start: str
    end: str
    colour: str


class LegendEntry(NamedTuple):
    """How one event type is drawn: its label, colour and marker shape."""

    type: str
    label: str
    colour: str
    symbol: str


@dataclass(frozen=True)
class TimelineView:
    """Everything a drawing of the timeline shows, top row first, markers in event order."""

    lanes: Lanes
    rows: tuple[Row, ...]
    markers: tuple[Marker, ...]
    bands: tuple[Band, ...]
    legend: tuple[LegendEntry, ...]  # the types present, in taxonomy order
    x_range: tuple[str, str] | None  # ISO days; None when no event is shown
    title: str | None
    labelled: bool  # whether markers carry labels

    def markers_of(self, event_id: str | None) -> tuple[Marker, ...]:
        """Give the markers of one event, one per row it is drawn in (none for None)."""
        return self._by_event.get(event_id or "", ())

    @cached_property
    def _by_event(self) -> dict[str, tuple[Marker, ...]]:
        found: dict[str, list[Marker]] = {}
        for marker in self.markers:
            found.setdefault(marker.event_id, []).append(marker)
        return {event_id: tuple(markers) for event_id, markers in found.items()}


def timeline_view(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    *,
    lanes: Lanes = "crc",
    only_lanes: Collection[str] = (),
    every_crc: bool = False,
    title: str | None = None,
    labels: bool | None = None,
) -> TimelineView:
    """Give the view of events: one row per CRC, owner or type, named in the story's nouns.

    Day-precision events are day markers; month- and year-precision events (and events with an
    end) are spans, so no day is invented. Behind each CRC row lie its ownership periods.
    Markers carry the event's title when labels is true (by default when there are few events).
    only_lanes keeps just those rows (and the national one): pass the filter's CRCs, so a Wales
    view has no row for another CRC an event also names. every_crc gives every CRC of the
    register a row, events or none, so the whole ownership history shows.
    """
    if not events:
        return TimelineView(lanes, (), (), (), (), None, title, False)
    ownership = OwnershipIndex(vocabulary)
    placed = [(event, event_lanes(event, lanes, ownership)) for event in events]
    if only_lanes:
        kept = {*only_lanes, vocabulary.nouns.national}
        placed = [(event, [n for n in names if n in kept] or names) for event, names in placed]
    present = {lane for _, names in placed for lane in names}
    if lanes == "crc" and every_crc:
        present |= set(vocabulary.crc_names)
    order = _lane_order(present, lanes, vocabulary)
    labelled = len(events) <= LABELLED_EVENTS_MAX if labels is None else labels
    first, last = x_range(events)
    return TimelineView(
        lanes=lanes,
        rows=tuple(
            Row(lane, vocabulary.names.type_label(lane) if lanes == "type" else lane)
            for lane in order
        ),
        markers=_markers(placed, order, vocabulary, ownership, labelled),
        bands=_ownership_bands(order, lanes, vocabulary, first, last),
        legend=_legend({event.type for event in events}, vocabulary),
        x_range=(first.isoformat(), last.isoformat()),
        title=title,
        labelled=labelled,
    )


def filtered_view(
    shown: Sequence[Event],
    vocabulary: Vocabulary,
    flt: EventFilter,
    lanes: Lanes = "crc",
    *,
    title: str | None = None,
) -> TimelineView:
    """Give the view of the events flt kept (shown), with the rows flt is about.

    The dashboard and `timeline export` both take their view from here, so an exported image
    has the rows and markers the dashboard shows for the same filters.
    """
    return timeline_view(
        shown,
        vocabulary,
        lanes=lanes,
        only_lanes=lanes_in_focus(flt, lanes),
        every_crc=shows_every_crc(flt),
        title=title,
    )


def lanes_in_focus(flt: EventFilter, lanes: Lanes) -> tuple[str, ...]:
    """Give the rows a filter is about: its CRCs in CRC rows, its owners in owner rows."""
    return {"crc": flt.crcs, "owner": flt.owners}.get(lanes, ())


def shows_every_crc(flt: EventFilter) -> bool:
    """Give whether a view gives every CRC a row: when no CRC or owner narrows it."""
    return not flt.crcs and not flt.owners


def event_lanes(event: Event, lanes: Lanes, ownership: OwnershipIndex) -> list[str]:
    """Give the rows an event is drawn in: each of its CRCs (or owners), or its type."""
    if lanes == "type":
        return [event.type]
    nouns = ownership.vocabulary.nouns
    if event.national:
        return [nouns.national]
    names = event.crcs if lanes == "crc" else ownership.owners_involved(event)
    return list(dict.fromkeys(names)) or [nouns.no_unit]


def _lane_order(present: set[str], lanes: Lanes, vocabulary: Vocabulary) -> list[str]:
    """Give the rows top to bottom: national, then register or taxonomy order, then Other."""
    known = {
        "crc": vocabulary.crc_names,
        "owner": vocabulary.owner_names,
        "type": vocabulary.type_names,
    }[lanes]
    national, other = vocabulary.nouns.national, vocabulary.nouns.no_unit
    ordered = [national] if national in present else []
    ordered += [name for name in known if name in present]
    ordered += sorted(present - set(ordered) - {other})
    return ordered + ([other] if other in present else [])


def x_range(events: Sequence[Event]) -> tuple[dt.date, dt.date]:
    """Give the x-axis span that shows every event's whole date span, with a margin."""
    firsts, lasts = zip(*(event_span(event) for event in events), strict=True)
    first = min(day.start() for day in firsts)
    last = max(day.end() for day in lasts) + dt.timedelta(days=1)
    margin = max(dt.timedelta(days=20), (last - first) * 0.03)
    return first - margin, last + margin


def _midpoint(first: dt.date, after_last: dt.date) -> str:
    middle = dt.datetime.combine(first, dt.time()) + (after_last - first) / 2
    return middle.isoformat(timespec="seconds")


def _markers(
    placed: Sequence[tuple[Event, Sequence[str]]],
    order: Sequence[str],
    vocabulary: Vocabulary,
    ownership: OwnershipIndex,
    labelled: bool,
) -> tuple[Marker, ...]:
    """Give each event's marker in each of its rows, in event order."""
    row = {lane: index for index, lane in enumerate(order)}
    kinds: dict[str, tuple[str, str]] = {}  # type → (escaped label for hovers, colour)
    markers = []
    for event, names in placed:
        first, last = event_span(event)
        if event.type not in kinds:
            kind = html.escape(vocabulary.names.type_label(event.type))
            kinds[event.type] = (kind, type_colour(vocabulary, event.type))
        kind, colour = kinds[event.type]
        hover = hover_text(event, vocabulary, ownership.owners_involved(event), kind)
        label = short_label(event.title) if labelled else ""
        if last is not first or first.precision != "day":
            starts, after = first.start(), last.end() + dt.timedelta(days=1)
            x, span = _midpoint(starts, after), (starts.isoformat(), after.isoformat())
        else:
            x, span = str(first), None  # a day-precision date's ISO form
        markers += [
            Marker(event.id, row[lane], x, span, event.type, colour, hover, label) for lane in names
        ]
    return tuple(markers)


def _legend(types: set[str], vocabulary: Vocabulary) -> tuple[LegendEntry, ...]:
    """Give how each type present is drawn, in taxonomy order (unknown types last, by name)."""
    names = vocabulary.type_names

    def rank(name: str) -> tuple[int, str]:
        return (names.index(name) if name in names else len(names), name)

    return tuple(
        LegendEntry(
            name,
            vocabulary.names.type_label(name),
            type_colour(vocabulary, name),
            type_symbol(vocabulary, name),
        )
        for name in sorted(types, key=rank)
    )


def _ownership_bands(
    order: Sequence[str], lanes: Lanes, vocabulary: Vocabulary, first: dt.date, last: dt.date
) -> tuple[Band, ...]:
    """Give who owned each CRC row when, within the axis range first to last."""
    if lanes != "crc":
        return ()
    bands = []
    known = set(vocabulary.crc_names)
    for y, lane in enumerate(order):
        if lane not in known:
            continue
        for period in vocabulary.crc(lane).ownership:
            # Only ownership proper: parents and preferred bidders do not hold the CRC.
            if getattr(period, "role", "owner") != "owner":
                continue
            starts = max(PartialDate.parse(period.start).start(), first)
            ends = min(PartialDate.parse(period.end).start() if period.end else last, last)
            if ends <= starts:
                continue
            bands.append(
                Band(
                    y,
                    period.owner,
                    starts.isoformat(),
                    ends.isoformat(),
                    owner_colour(vocabulary, period.owner),
                )
            )
    return tuple(bands)
