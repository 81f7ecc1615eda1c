"""The timeline view: the rows, markers, ownership bands and axis a drawing of events shows.

Computed once from (events, vocabulary, view options), the view is what the figure draws, what
`timeline export` draws, and what the dashboard keeps to put a selection ring on a marker: none
of them works out a row or a position again, nor reads one back out of a figure.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from timeline.model import Event
from timeline.partial_date import PartialDate
from timeline.view.filters import EventFilter, OwnershipIndex, event_span
from timeline.view.hover import hover_text
from timeline.view.palette import owner_colour, type_colour, type_symbol
from timeline.view.view_geometry import BAND_FONT_PX as BAND_FONT_PX
from timeline.view.view_geometry import (
    Scale,
    band_labels,
    key_lines,
    stacked,
    stacked_rows,
)
from timeline.view.view_parts import Band, BandLabel, KeyLine, LegendEntry, Marker, Row

__all__ = [
    "LABELLED_EVENTS_MAX",
    "PLOT_PX",
    "Band",
    "BandLabel",
    "KeyLine",
    "Lanes",
    "LegendEntry",
    "Marker",
    "Row",
    "TimelineView",
    "event_lanes",
    "hover_texts",
    "filtered_view",
    "lanes_in_focus",
    "shows_every_crc",
    "steady_range",
    "timeline_view",
    "x_range",
]
from timeline.vocabulary import Vocabulary

Lanes = Literal["crc", "owner", "type"]
# Beyond this many markers labels are not tried: hovers and the table say the rest, faster.
LABELLED_EVENTS_MAX = 1000
# The plot's width the layout is made for when none is given: a desk-size dashboard's.
PLOT_PX = 1000


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
    labelled: bool  # whether labels were tried (some may not have fitted)
    band_labels: tuple[BandLabel, ...] = ()
    owners: tuple[tuple[str, str], ...] = ()  # (owner, colour) of the bands, for a legend
    key: tuple[KeyLine, ...] = ()  # on a page: the numbered events' headlines
    levels: float = 0.0  # the y axis's extent, in levels
    plot_px: float = PLOT_PX  # the plot width the layout was made for
    without_events: tuple[str, ...] = ()  # rows asked for that have no events of their own

    @property
    def overlapping(self) -> int:
        """Give how many markers share a place because their row was full."""
        return sum(marker.overlaps for marker in self.markers)

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
    plot_px: float = PLOT_PX,
    numbered: bool = False,
    span: tuple[dt.date, dt.date] | None = None,
    hovers: Mapping[str, str] | None = None,
) -> TimelineView:
    """Give the view of events: one row per CRC, owner or type, named in the story's nouns.

    hovers: the events' hover texts by id, when the caller keeps them (hover_texts gives them).

    span is the x axis's range (by default x_range(events)): the dashboard keeps one range
    across filter changes, so a zoom survives them.

    Day-precision events are day markers; month- and year-precision events (and events with an
    end) are spans, so no day is invented. Behind each CRC row lie its ownership periods.
    Within a row, markers that would collide are stacked on levels (stacking.py), and a
    marker's headline is shown where it fits (labels None: unless there are very many
    markers; False: never). plot_px is the plot's width in pixels the layout is made for.
    numbered (a printed page): a marker without a label shows a number, and key lists them.
    only_lanes keeps just those rows (and the national one): pass the filter's CRCs, so a Wales
    view has no row for another CRC an event also names. every_crc gives every CRC of the
    register a row, events or none, so the whole ownership history shows.
    """
    if not events:
        return TimelineView(lanes, (), (), (), (), None, title, False, plot_px=plot_px)
    ownership = OwnershipIndex(vocabulary)
    placed = [(event, event_lanes(event, lanes, ownership)) for event in events]
    if only_lanes:
        kept = {*only_lanes, vocabulary.nouns.national}
        placed = [(event, [n for n in names if n in kept] or names) for event, names in placed]
    present = {lane for _, names in placed for lane in names}
    # The rows a filter is about show even when empty, and the drawing says they are.
    without_events = tuple(lane for lane in only_lanes if lane not in present)
    present |= set(only_lanes)
    if lanes == "crc" and every_crc:
        present |= set(vocabulary.crc_names)
    order = _lane_order(present, lanes, vocabulary)
    first, last = x_range(events) if span is None else span
    markers = _markers(placed, order, vocabulary, ownership, hovers or {})
    labelled = len(markers) <= LABELLED_EVENTS_MAX if labels is None else labels
    scale = Scale(first, last, plot_px)
    bands = _ownership_bands(order, lanes, vocabulary, first, last)
    banded = {band.row for band in bands}
    markers, levels = stacked(markers, len(order), scale, labelled, numbered)
    rows, extent = stacked_rows(order, lanes, vocabulary, levels, banded)
    markers = tuple(
        marker._replace(y=rows[marker.row].top + rows[marker.row].strip + marker.y + 0.5)
        for marker in markers
    )
    return TimelineView(
        lanes=lanes,
        rows=rows,
        markers=markers,
        bands=bands,
        legend=_legend({event.type for event in events}, vocabulary),
        x_range=(first.isoformat(), last.isoformat()),
        title=title,
        labelled=labelled,
        band_labels=band_labels(bands, rows, scale),
        owners=tuple(dict.fromkeys((band.owner, band.colour) for band in bands)),
        key=key_lines(markers, events) if numbered else (),
        levels=extent,
        plot_px=plot_px,
        without_events=without_events,
    )


def filtered_view(
    shown: Sequence[Event],
    vocabulary: Vocabulary,
    flt: EventFilter,
    lanes: Lanes = "crc",
    *,
    title: str | None = None,
    empty_rows: bool = False,
    plot_px: float = PLOT_PX,
    numbered: bool = False,
    span: tuple[dt.date, dt.date] | None = None,
    hovers: Mapping[str, str] | None = None,
) -> TimelineView:
    """Give the view of the events flt kept (shown), with the rows flt is about.

    The dashboard and `timeline export` both take their view from here, so an exported image
    has the rows and markers the dashboard shows for the same filters. Rows without events
    are left out unless empty_rows (then, with no CRC or owner chosen, every CRC has a row);
    the rows flt chooses always show. plot_px and numbered: as timeline_view's.
    """
    return timeline_view(
        shown,
        vocabulary,
        lanes=lanes,
        only_lanes=lanes_in_focus(flt, lanes),
        every_crc=empty_rows and shows_every_crc(flt),
        title=title,
        plot_px=plot_px,
        numbered=numbered,
        span=span,
        hovers=hovers,
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


def steady_range(
    events: Sequence[Event],
    shown: Sequence[Event],
    flt: EventFilter,
    whole: tuple[dt.date, dt.date] | None = None,
) -> tuple[dt.date, dt.date] | None:
    """Give the x range a view keeps while its filters change: all the events' range (whole,
    when the caller keeps it), within the filter's dates when it has any (a wider range when
    shown events reach beyond)."""
    if not shown:
        return None
    first, last = whole or x_range(events)
    if flt.date_from or flt.date_to:
        shown_first, shown_last = x_range(shown)
        if flt.date_from:
            first = max(first, min(flt.date_from.start(), shown_first))
        if flt.date_to:
            last = min(last, max(flt.date_to.end(), shown_last))
    return first, last


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


def hover_texts(events: Sequence[Event], vocabulary: Vocabulary) -> dict[str, str]:
    """Give every event's hover text by id, to keep across the views of one file version."""
    ownership = OwnershipIndex(vocabulary)
    return {
        event.id: hover_text(event, vocabulary, ownership.owners_involved(event))
        for event in events
    }


def _markers(
    placed: Sequence[tuple[Event, Sequence[str]]],
    order: Sequence[str],
    vocabulary: Vocabulary,
    ownership: OwnershipIndex,
    hovers: Mapping[str, str],
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
        hover = hovers.get(event.id) or hover_text(
            event, vocabulary, ownership.owners_involved(event), kind
        )
        # The title as it is; the stacking shortens it only when it tries labels.
        label = event.title
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
