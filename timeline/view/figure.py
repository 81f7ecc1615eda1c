"""The timeline figure: a pure function of (events, vocabulary, view options) → go.Figure.

The dashboard and `timeline export` both draw with build_figure, so an exported image is what
the dashboard shows for the same filters.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Collection, Sequence
from typing import Any, Literal

import plotly.graph_objects as go
import plotly.io as pio
from slugify import slugify

from timeline.model import Event
from timeline.nouns import Nouns
from timeline.partial_date import PartialDate
from timeline.view.figure_traces import collect_traces, trace_dicts
from timeline.view.filters import EventFilter, OwnershipIndex, event_span
from timeline.view.palette import (
    THEMES,
    owner_colour,
)
from timeline.vocabulary import Vocabulary

Lanes = Literal["crc", "owner", "type"]
Theme = Literal["light", "print"]

# The shipped story's row names; a story's own come from its nouns (Vocabulary.nouns).
NATIONAL_LANE = Nouns().national
OTHER_LANE = Nouns().no_unit
NO_EVENTS_NOTE = "No events match these filters"
# More events than this and titles beside the markers would overlap into noise.
LABELLED_EVENTS_MAX = 40
LANE_PX = 34


@functools.lru_cache(maxsize=4)
def _template(name: str) -> dict:
    """Give a plotly template as plain data, built once: a Template object is deep-copied on
    every figure, which cost more than drawing a thousand events."""
    return pio.templates[name].to_plotly_json()


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


def build_figure(events: Sequence[Event], vocabulary: Vocabulary, **view: Any) -> go.Figure:
    """Give the timeline of events as a plotly Figure (figure_data gives the options)."""
    # The traces are plain dicts built from checked values; plotly's per-element validation of
    # 10,000-point lists would cost more than building them.
    return go.Figure(figure_data(events, vocabulary, **view), _validate=False)


def figure_data(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    *,
    lanes: Lanes = "crc",
    title: str | None = None,
    theme: Theme = "light",
    selected_id: str | None = None,
    rangeslider: bool = True,
    labels: bool | None = None,
    webgl: bool | None = None,
    only_lanes: Collection[str] = (),
    every_crc: bool = False,
) -> dict:
    """Give the timeline of events as plotly JSON data: one row per CRC, owner or type.

    Day-precision events are filled markers; month- and year-precision events (and events with
    an end) are bars over their whole span with a hollow marker, so no day is invented. Behind
    each CRC row lie its ownership periods. Event titles are shown beside the markers when
    labels is true (by default when there are few events). webgl None picks WebGL for many
    points. Each point's customdata is its event id. only_lanes keeps just those rows (and
    the national one): pass the filter's CRCs, so a Wales view has no row for another CRC an
    event also names. every_crc gives every CRC of the register a row, events or none, so the
    whole ownership history shows: pass it when no CRC or owner is filtered. The dashboard
    sends this data as it is; a Figure would copy it twice.
    """
    layout = _base_layout(theme, title)
    if not events:
        return {"data": [], "layout": layout | _EMPTY_LAYOUT}
    ownership = OwnershipIndex(vocabulary)
    placed = [(event, event_lanes(event, lanes, ownership)) for event in events]
    if only_lanes:
        kept = {*only_lanes, vocabulary.nouns.national}
        placed = [(event, [n for n in names if n in kept] or names) for event, names in placed]
    present = {lane for _, names in placed for lane in names}
    if lanes == "crc" and every_crc:
        present |= set(vocabulary.crc_names)
    order = _lane_order(present, lanes, vocabulary)
    row = {lane: index for index, lane in enumerate(order)}
    show_labels = len(events) <= LABELLED_EVENTS_MAX if labels is None else labels
    day_traces, span_traces, selected = collect_traces(
        placed, row, vocabulary, ownership, show_labels=show_labels, selected_id=selected_id
    )
    first, last = x_range(events)
    layout |= _axes(order, lanes, vocabulary, first, last, rangeslider)
    return {
        "data": trace_dicts(day_traces, span_traces, selected, vocabulary, webgl),
        "layout": layout,
    }


_EMPTY_LAYOUT = {
    "annotations": [
        {
            "text": NO_EVENTS_NOTE,
            "showarrow": False,
            "xref": "paper",
            "yref": "paper",
            "x": 0.5,
            "y": 0.5,
            "font": {"size": 18},
        }
    ],
    "xaxis": {"visible": False},
    "yaxis": {"visible": False},
    "height": 400,
}


def _base_layout(theme: Theme, title: str | None) -> dict:
    """Give the layout every figure starts from: theme, fonts, margins, legend, title."""
    style = THEMES[theme]
    layout: dict = {
        "template": _template(style["template"]),
        "font": style["font"],
        "hovermode": "closest",
        "margin": {"l": 10, "r": 10, "t": 70 if title else 30, "b": 40},
        "legend": {"title": {"text": "Event type<br>● day  ○ month / year span"}},
    }
    if title:
        layout["title"] = {"text": html.escape(title), "x": 0.01}
    return layout


def _axes(
    order: Sequence[str],
    lanes: Lanes,
    vocabulary: Vocabulary,
    first: dt.date,
    last: dt.date,
    rangeslider: bool,
) -> dict:
    """Give the layout of a figure with rows: date axis, row labels, ownership bands, height."""
    return {
        "xaxis": {
            "type": "date",
            "range": [first.isoformat(), last.isoformat()],
            "rangeslider": {"visible": rangeslider},
            "showgrid": True,
        },
        "yaxis": {
            "tickmode": "array",
            "tickvals": list(range(len(order))),
            "ticktext": [html.escape(_lane_label(lane, lanes, vocabulary)) for lane in order],
            "range": [len(order) - 0.5, -0.5],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
        },
        "shapes": _ownership_bands(order, lanes, vocabulary, first, last),
        "height": max(420, 160 + LANE_PX * len(order) + (90 if rangeslider else 0)),
    }


def _lane_label(lane: str, lanes: Lanes, vocabulary: Vocabulary) -> str:
    return vocabulary.names.type_label(lane) if lanes == "type" else lane


def _ownership_bands(
    order: Sequence[str], lanes: Lanes, vocabulary: Vocabulary, first: dt.date, last: dt.date
) -> list[dict]:
    """Give the faint, labelled rectangles of who owned each CRC row when."""
    if lanes != "crc":
        return []
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
                {
                    "type": "rect",
                    "layer": "below",
                    "xref": "x",
                    "yref": "y",
                    "x0": starts.isoformat(),
                    "x1": ends.isoformat(),
                    "y0": y - 0.45,
                    "y1": y + 0.45,
                    "fillcolor": owner_colour(vocabulary, period.owner),
                    "opacity": 0.35,
                    "line": {"width": 0},
                    "label": {
                        "text": html.escape(period.owner),
                        "textposition": "top left",
                        "font": {"size": 9, "color": "#555555"},
                    },
                }
            )
    return bands


def figure_filename(flt: EventFilter, lanes: Lanes = "crc", extension: str = "png") -> str:
    """Give a file name that says what a figure shows, e.g. timeline-by-crc-wales-2019.png."""
    parts = ["timeline", f"by-{lanes}"]
    parts += list(flt.crcs) + list(flt.owners) + list(flt.types)
    if flt.date_from or flt.date_to:
        parts.append(f"{flt.date_from or ''}-to-{flt.date_to or ''}")
    if flt.search:
        parts.append(flt.search)
    if not flt.include_national:
        parts.append("no-national")
    stem = slugify(" ".join(parts), max_length=120, word_boundary=True) or "timeline"
    return f"{stem}.{extension.lstrip('.')}"


def figure_title(flt: EventFilter, lanes: Lanes = "crc", nouns: Nouns | None = None) -> str:
    """Give a title that says what a figure shows, e.g. "Events by CRC: Wales, from 2019"."""
    nouns = nouns or Nouns()
    title = f"Events by {({'crc': nouns.unit, 'owner': nouns.owner}).get(lanes, 'event type')}"
    chosen = [*flt.crcs, *flt.owners, *flt.types]
    if chosen:
        title += ": " + ", ".join(chosen)
    if flt.date_from and flt.date_to:
        title += f", {flt.date_from.label()} to {flt.date_to.label()}"
    elif flt.date_from:
        title += f", from {flt.date_from.label()}"
    elif flt.date_to:
        title += f", until {flt.date_to.label()}"
    if flt.search:
        title += f", matching “{flt.search}”"
    if not flt.include_national:
        title += ", national events left out"
    return title
