"""Where a view's pieces sit: markers stacked on levels, rows one under another, owners'
names along their bands, and a page's numbered key. Split from timeline_view.py, which
gathers the pieces; stacking.py does the stacking itself, in pixels.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Literal

from timeline.model import Event
from timeline.view.filters import event_span
from timeline.view.hover import short_label
from timeline.view.stacking import Item, stack
from timeline.view.text_width import text_px
from timeline.view.view_parts import Band, BandLabel, KeyLine, Marker, Row
from timeline.vocabulary import Vocabulary

Lanes = Literal["crc", "owner", "type"]

# The y axis counts levels (sub-rows); a CRC row has a strip on top for its owners' names,
# and rows are set apart by a gap.
BAND_STRIP = 0.8
ROW_GAP = 0.4
BAND_FONT_PX = 9
# A band's owner is named again every so often along it, so a zoomed view still shows it.
BAND_LABEL_EVERY_PX = 240


class Scale:
    """Days on the x axis to pixels along the plot, and back."""

    def __init__(self, first: dt.date, last: dt.date, plot_px: float) -> None:
        self.first = dt.datetime.combine(first, dt.time())
        self.seconds = max(1.0, (last - first).total_seconds())
        self.plot_px = plot_px

    def px(self, iso: str) -> float:
        moment = dt.datetime.fromisoformat(iso)
        return (moment - self.first).total_seconds() / self.seconds * self.plot_px

    def day(self, px: float) -> str:
        moment = self.first + dt.timedelta(seconds=px / self.plot_px * self.seconds)
        return moment.date().isoformat()


def stacked(
    markers: Sequence[Marker], rows: int, scale: Scale, labelled: bool, numbered: bool
) -> tuple[tuple[Marker, ...], list[int]]:
    """Give the markers on their levels (y: the level, for now) and each row's level count."""
    px = functools.lru_cache(maxsize=None)(scale.px)
    items = [
        Item(
            marker.row,
            px(marker.x),
            (px(marker.span[0]), px(marker.span[1])) if marker.span else None,
            short_label(marker.label) if labelled else "",
        )
        for marker in markers
    ]
    placements, levels = stack(
        items, rows, scale.plot_px, labels=labelled, numbers=len(markers) if numbered else 0
    )
    numbers: dict[str, int] = {}
    if numbered:
        placed = list(zip(markers, placements, strict=True))
        # A marker sharing a place in a full row gets no number: it would print over another.
        unlabelled = {m.event_id for m, p in placed if p.numbered and not p.overlaps}
        labelled_ids = {m.event_id for m, p in placed if p.label}
        # Numbers read in date order, then top to bottom within a row, as the page shows them.
        by_date = sorted(
            (pair for pair in placed if pair[0].event_id in unlabelled - labelled_ids),
            key=lambda pair: (
                (pair[0].span[0] if pair[0].span else pair[0].x[:10], pair[0].row)
                + (pair[1].level, pair[0].event_id)
            ),
        )
        for marker, _ in by_date:
            numbers.setdefault(marker.event_id, len(numbers) + 1)
    stacked = tuple(
        marker._replace(
            y=float(placement.level),
            label=placement.label,
            side=placement.side,
            number=numbers.get(marker.event_id, 0)
            if placement.numbered and not placement.overlaps
            else 0,
            overlaps=placement.overlaps,
        )
        for marker, placement in zip(markers, placements, strict=True)
    )
    return stacked, levels


def stacked_rows(
    order: Sequence[str], lanes: Lanes, vocabulary: Vocabulary, levels: list[int], banded: set
) -> tuple[tuple[Row, ...], float]:
    """Give the rows stacked top to bottom, each as tall as its levels, and the total extent."""
    rows = []
    top = 0.0
    for index, lane in enumerate(order):
        label = vocabulary.names.type_label(lane) if lanes == "type" else lane
        strip = BAND_STRIP if index in banded else 0.0
        height = strip + levels[index]
        rows.append(Row(lane, label, top, height, strip))
        top += height + ROW_GAP
    return tuple(rows), max(top - ROW_GAP, 1.0)


def band_labels(bands: Sequence[Band], rows: Sequence[Row], scale: Scale) -> tuple[BandLabel, ...]:
    """Give the owners' names along their bands: at the start and every so often, never
    past a band's end, so at any zoom a band's owner is named nearby."""
    found = []
    for band in bands:
        start, end = scale.px(band.start), scale.px(band.end)
        width = text_px(band.owner, BAND_FONT_PX) + 6
        every = max(BAND_LABEL_EVERY_PX, width + 40)
        row = rows[band.row]
        at = start + 3
        while at + width <= end - 3:
            found.append(BandLabel(scale.day(at), row.top + row.strip / 2, band.owner))
            at += every
    return tuple(found)


def key_lines(markers: Sequence[Marker], events: Sequence[Event]) -> tuple[KeyLine, ...]:
    """Give the numbered events' lines of a page's key, by number."""
    by_id = {event.id: event for event in events}
    numbered = sorted({(m.number, m.event_id) for m in markers if m.number})
    lines = []
    for number, event_id in numbered:
        event = by_id[event_id]
        first, last = event_span(event)
        when = first.label() if last is first else f"{first.label()} – {last.label()}"
        lines.append(KeyLine(number, event_id, when, event.title))
    return tuple(lines)
