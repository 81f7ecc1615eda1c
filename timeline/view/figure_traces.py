"""The traces of the timeline figure: one event type in one style (day marker or span) each.

Split from timeline/view/figure.py, which lays out the rows, axes and ownership bands.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from timeline.model import Event
from timeline.partial_date import PartialDate
from timeline.view.filters import OwnershipIndex, event_span
from timeline.view.palette import type_colour, type_symbol
from timeline.vocabulary import Vocabulary

LABEL_CHARS = 42
# WebGL draws many points faster than SVG; below this SVG is as quick and exports more reliably.
WEBGL_POINTS_MIN = 3000


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


@lru_cache(maxsize=16384)
def _hover_title(title: str) -> str:
    """Give a title escaped and wrapped for a hover box (cached: views redraw the same ones)."""
    lines = textwrap.wrap(title, 70) if len(title) > 70 else [title]
    return "<br>".join(html.escape(line) for line in lines)


def hover_text(
    event: Event, vocabulary: Vocabulary, owners: Sequence[str], kind: str | None = None
) -> str:
    """Give the hover text of an event, its document text escaped so it is never HTML.

    kind is the escaped type label, when the caller already has it.
    """
    title = _hover_title(event.title)
    first, last = event_span(event)
    when = _label(first) if last is first else f"{_label(first)} – {_label(last)}"
    if kind is None:
        kind = html.escape(vocabulary.names.type_label(event.type))
    lines = [f"<b>{title}</b>", f"{when} · {kind}"]
    nouns = vocabulary.names.nouns
    if event.national:
        lines.append(html.escape(vocabulary.names.national))
    if event.crcs:
        lines.append(f"{html.escape(nouns.units)}: " + html.escape(", ".join(event.crcs)))
    if owners:
        owned_by = html.escape(nouns.capitalised(nouns.owners))
        lines.append(f"{owned_by}: " + html.escape(", ".join(owners)))
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


def _type_rank(vocabulary: Vocabulary, type_name: str) -> int:
    names = vocabulary.type_names
    return names.index(type_name) if type_name in names else len(names)


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


def collect_traces(
    placed: Sequence[tuple[Event, Sequence[str]]],
    row: dict[str, int],
    vocabulary: Vocabulary,
    ownership: OwnershipIndex,
    *,
    show_labels: bool,
    selected_id: str | None,
) -> tuple[dict[str, _Trace], dict[str, _Trace], _Trace]:
    """Give the points of each type, as day markers and as spans, and the selected event's."""
    day_traces: dict[str, _Trace] = {}
    span_traces: dict[str, _Trace] = {}
    selected = _Trace()
    kinds: dict[str, str] = {}
    for event, names in placed:
        first, last = event_span(event)
        is_span = last is not first or first.precision != "day"
        trace = (span_traces if is_span else day_traces).setdefault(event.type, _Trace())
        if event.type not in kinds:
            kinds[event.type] = html.escape(vocabulary.names.type_label(event.type))
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

    return day_traces, span_traces, selected


def trace_dicts(
    day_traces: dict[str, _Trace],
    span_traces: dict[str, _Trace],
    selected: _Trace,
    vocabulary: Vocabulary,
    webgl: bool | None,
) -> list[dict]:
    """Give the plotly traces: per type a span bar, hollow span markers and day markers."""
    points = sum(len(t.x) for t in (*day_traces.values(), *span_traces.values()))
    kind = "scattergl" if (points >= WEBGL_POINTS_MIN if webgl is None else webgl) else "scatter"
    data = []
    for type_name in sorted(
        set(day_traces) | set(span_traces), key=lambda name: (_type_rank(vocabulary, name), name)
    ):
        colour = type_colour(vocabulary, type_name)
        symbol = type_symbol(vocabulary, type_name)
        name = html.escape(vocabulary.names.type_label(type_name))
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

    return data
