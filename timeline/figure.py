"""The timeline figure: a pure function of (events, vocabulary, view options) → go.Figure.

The dashboard and `timeline export` both draw with build_figure, so an exported image is what
the dashboard shows for the same filters.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import textwrap
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import plotly.graph_objects as go
import plotly.io as pio
from slugify import slugify

from timeline.filters import EventFilter, OwnershipIndex, event_span
from timeline.model import Event
from timeline.palette import (
    THEMES,
    owner_colour,
    type_colour,
    type_symbol,
)
from timeline.partial_date import PartialDate
from timeline.vocabulary import Vocabulary

Lanes = Literal["crc", "owner", "type"]
Theme = Literal["light", "print"]

LANE_NAMES = {"crc": "CRC", "owner": "owner", "type": "event type"}
NATIONAL_LANE = "All CRCs (national)"
OTHER_LANE = "Other"
NO_EVENTS_NOTE = "No events match these filters"
# More events than this and titles beside the markers would overlap into noise.
LABELLED_EVENTS_MAX = 40
LABEL_CHARS = 42
# WebGL draws many points faster than SVG; below this SVG is as quick and exports more reliably.
WEBGL_POINTS_MIN = 3000
LANE_PX = 34


@dataclass
class _Trace:
    """The points of one trace: one event type drawn in one style (day marker or span)."""

    x: list[str] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    hover: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    label_positions: list[str] = field(default_factory=list)
    bar_x: list[str | None] = field(default_factory=list)
    bar_y: list[int | None] = field(default_factory=list)


@functools.lru_cache(maxsize=4)
def _template(name: str) -> dict:
    """Give a plotly template as plain data, built once: a Template object is deep-copied on
    every figure, which cost more than drawing a thousand events."""
    return pio.templates[name].to_plotly_json()


def type_label(vocabulary: Vocabulary, type_name: str) -> str:
    """Give the label people read for an event type (its name if the taxonomy lacks it)."""
    try:
        return vocabulary.event_type(type_name).label
    except KeyError:
        return type_name


def event_lanes(event: Event, lanes: Lanes, ownership: OwnershipIndex) -> list[str]:
    """Give the rows an event is drawn in: each of its CRCs (or owners), or its type."""
    if lanes == "type":
        return [event.type]
    if event.national:
        return [NATIONAL_LANE]
    names = event.crcs if lanes == "crc" else ownership.owners_involved(event)
    return list(dict.fromkeys(names)) or [OTHER_LANE]


def _lane_order(present: set[str], lanes: Lanes, vocabulary: Vocabulary) -> list[str]:
    """Give the rows top to bottom: national, then register or taxonomy order, then Other."""
    known = {
        "crc": vocabulary.crc_names,
        "owner": vocabulary.owner_names,
        "type": vocabulary.type_names,
    }[lanes]
    ordered = [NATIONAL_LANE] if NATIONAL_LANE in present else []
    ordered += [name for name in known if name in present]
    ordered += sorted(present - set(ordered) - {OTHER_LANE})
    return ordered + ([OTHER_LANE] if OTHER_LANE in present else [])


def hover_text(
    event: Event, vocabulary: Vocabulary, owners: Sequence[str], kind: str | None = None
) -> str:
    """Give the hover text of an event, its document text escaped so it is never HTML.

    kind is the escaped type label, when the caller already has it.
    """
    lines = textwrap.wrap(event.title, 70) if len(event.title) > 70 else [event.title]
    title = "<br>".join(html.escape(line) for line in lines)
    first, last = event_span(event)
    when = _label(first) if last is first else f"{_label(first)} – {_label(last)}"
    if kind is None:
        kind = html.escape(type_label(vocabulary, event.type))
    lines = [f"<b>{title}</b>", f"{when} · {kind}"]
    if event.national:
        lines.append("All CRCs (national)")
    if event.crcs:
        lines.append("CRCs: " + html.escape(", ".join(event.crcs)))
    if owners:
        lines.append("Owners: " + html.escape(", ".join(owners)))
    count = len(event.sources)
    lines.append(f"{count} source" + ("" if count == 1 else "s"))
    return "<br>".join(lines)


# Month names come from strftime, slow enough to matter over 10,000 hover texts.
_label = lru_cache(maxsize=8192)(PartialDate.label)


def _short_label(title: str) -> str:
    return html.escape(textwrap.shorten(title, LABEL_CHARS, placeholder="…"))


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _midpoint(first: dt.date, after_last: dt.date) -> str:
    middle = dt.datetime.combine(first, dt.time()) + (after_last - first) / 2
    return middle.isoformat(timespec="seconds")


def x_range(events: Sequence[Event]) -> tuple[dt.date, dt.date]:
    """Give the x-axis span that shows every event's whole date span, with a margin."""
    firsts, lasts = zip(*(event_span(event) for event in events), strict=True)
    first = min(day.start() for day in firsts)
    last = max(day.end() for day in lasts) + dt.timedelta(days=1)
    margin = max(dt.timedelta(days=20), (last - first) * 0.03)
    return first - margin, last + margin


def build_figure(
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
) -> go.Figure:
    """Give the timeline of events: one row per CRC, owner or type; markers coloured by type.

    Day-precision events are filled markers; month- and year-precision events (and events with
    an end) are bars over their whole span with a hollow marker, so no day is invented. Behind
    each CRC row lie its ownership periods. Event titles are shown beside the markers when
    labels is true (by default when there are few events). webgl None picks WebGL for many
    points. Each point's customdata is its event id. only_lanes keeps just those rows (and
    the national one): pass the filter's CRCs, so a Wales view has no row for another CRC an
    event also names. every_crc gives every CRC of the register a row, events or none, so the
    whole ownership history shows: pass it when no CRC or owner is filtered.
    """
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
    if not events:
        layout["annotations"] = [
            {
                "text": NO_EVENTS_NOTE,
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "font": {"size": 18},
            }
        ]
        layout["xaxis"] = {"visible": False}
        layout["yaxis"] = {"visible": False}
        layout["height"] = 400
        return go.Figure(layout=layout, _validate=False)

    ownership = OwnershipIndex(vocabulary)
    placed = [(event, event_lanes(event, lanes, ownership)) for event in events]
    if only_lanes:
        kept = {*only_lanes, NATIONAL_LANE}
        placed = [(event, [n for n in names if n in kept] or names) for event, names in placed]
    present = {lane for _, names in placed for lane in names}
    if lanes == "crc" and every_crc:
        present |= set(vocabulary.crc_names)
    order = _lane_order(present, lanes, vocabulary)
    row = {lane: index for index, lane in enumerate(order)}
    show_labels = len(events) <= LABELLED_EVENTS_MAX if labels is None else labels

    day_traces: dict[str, _Trace] = {}
    span_traces: dict[str, _Trace] = {}
    selected = _Trace()
    kinds: dict[str, str] = {}
    for event, names in placed:
        first, last = event_span(event)
        is_span = last is not first or first.precision != "day"
        trace = (span_traces if is_span else day_traces).setdefault(event.type, _Trace())
        if event.type not in kinds:
            kinds[event.type] = html.escape(type_label(vocabulary, event.type))
        hover = hover_text(event, vocabulary, ownership.owners_involved(event), kinds[event.type])
        label = _short_label(event.title) if show_labels else ""
        if is_span:
            starts, after = first.start(), last.end() + dt.timedelta(days=1)
            x = _midpoint(starts, after)
        else:
            x = str(first)  # a day-precision date's ISO form
        for lane in names:
            y = row[lane]
            trace.x.append(x)
            trace.y.append(y)
            trace.ids.append(event.id)
            trace.hover.append(hover)
            if show_labels:
                trace.labels.append(label)
                # Alternate above and below so neighbouring titles in a row do not collide.
                trace.label_positions.append("top center" if len(trace.x) % 2 else "bottom center")
            if is_span:
                trace.bar_x += [_iso(starts), _iso(after), None]
                trace.bar_y += [y, y, None]
            if event.id == selected_id:
                selected.x.append(x)
                selected.y.append(y)
                selected.ids.append(event.id)

    points = sum(len(t.x) for t in (*day_traces.values(), *span_traces.values()))
    kind = "scattergl" if (points >= WEBGL_POINTS_MIN if webgl is None else webgl) else "scatter"
    data = []
    for type_name in sorted(
        set(day_traces) | set(span_traces), key=lambda name: (_type_rank(vocabulary, name), name)
    ):
        colour = type_colour(vocabulary, type_name)
        symbol = type_symbol(vocabulary, type_name)
        name = html.escape(type_label(vocabulary, type_name))
        if type_name in span_traces:
            spans = span_traces[type_name]
            data.append(
                {
                    "type": kind,
                    "x": spans.bar_x,
                    "y": spans.bar_y,
                    "mode": "lines",
                    "name": name,
                    "legendgroup": type_name,
                    "showlegend": False,
                    "hoverinfo": "skip",
                    "line": {"color": colour, "width": 7},
                    "opacity": 0.55,
                }
            )
            data.append(
                _markers(
                    kind, spans, name, type_name, colour, symbol=symbol, hollow=True, legend=True
                )
            )
        if type_name in day_traces:
            legend = type_name not in span_traces
            data.append(
                _markers(
                    kind,
                    day_traces[type_name],
                    name,
                    type_name,
                    colour,
                    symbol=symbol,
                    hollow=False,
                    legend=legend,
                )
            )
    if selected.x:
        data.append(
            {
                "type": kind,
                "x": selected.x,
                "y": selected.y,
                "customdata": selected.ids,
                "mode": "markers",
                "name": "Selected",
                "showlegend": False,
                "hoverinfo": "skip",
                "marker": {
                    "symbol": "circle-open",
                    "size": 22,
                    "color": "#000000",
                    "line": {"width": 3, "color": "#000000"},
                },
            }
        )

    first, last = x_range(events)
    layout["xaxis"] = {
        "type": "date",
        "range": [_iso(first), _iso(last)],
        "rangeslider": {"visible": rangeslider},
        "showgrid": True,
    }
    layout["yaxis"] = {
        "tickmode": "array",
        "tickvals": list(range(len(order))),
        "ticktext": [html.escape(_lane_label(lane, lanes, vocabulary)) for lane in order],
        "range": [len(order) - 0.5, -0.5],
        "fixedrange": True,
        "showgrid": False,
        "zeroline": False,
    }
    layout["shapes"] = _ownership_bands(order, lanes, vocabulary, first, last)
    layout["height"] = max(420, 160 + LANE_PX * len(order) + (90 if rangeslider else 0))
    # The traces are plain dicts built above from checked values; plotly's per-element
    # validation of 10,000-point lists would cost more than the whole rest of this function.
    return go.Figure(data=data, layout=layout, _validate=False)


def _type_rank(vocabulary: Vocabulary, type_name: str) -> int:
    names = vocabulary.type_names
    return names.index(type_name) if type_name in names else len(names)


def _lane_label(lane: str, lanes: Lanes, vocabulary: Vocabulary) -> str:
    return type_label(vocabulary, lane) if lanes == "type" else lane


def _markers(
    kind: str,
    trace: _Trace,
    name: str,
    type_name: str,
    colour: str,
    *,
    symbol: str,
    hollow: bool,
    legend: bool,
) -> dict:
    """Give the marker trace of one type: filled for exact days, hollow on a span's bar."""
    marker = {
        "size": 11,
        "color": "#ffffff" if hollow else colour,
        "line": {"width": 2.5 if hollow else 1, "color": colour if hollow else "#333333"},
        "symbol": symbol,
    }
    markers = {
        "type": kind,
        "x": trace.x,
        "y": trace.y,
        "customdata": trace.ids,
        "hovertext": trace.hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
        "mode": "markers",
        "name": name,
        "legendgroup": type_name,
        "showlegend": legend,
        "marker": marker,
    }
    if any(trace.labels):
        markers.update(
            mode="markers+text",
            cliponaxis=False,
            text=trace.labels,
            textposition=trace.label_positions,
            textfont={"size": 10},
        )
    return markers


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
                    "x0": _iso(starts),
                    "x1": _iso(ends),
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


def figure_title(flt: EventFilter, lanes: Lanes = "crc") -> str:
    """Give a title that says what a figure shows, e.g. "Events by CRC: Wales, from 2019"."""
    title = f"Events by {LANE_NAMES[lanes]}"
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
