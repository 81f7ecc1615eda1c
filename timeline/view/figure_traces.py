"""The traces of the timeline figure: one event type in one style (day marker or span) each.

Split from timeline/view/figure.py, which lays out the rows, axes and ownership bands; both draw
a TimelineView (timeline/view/timeline_view.py), which says where every marker is.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from timeline.view.timeline_view import TimelineView

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


def _collect(view: TimelineView) -> tuple[dict[str, _Trace], dict[str, _Trace]]:
    """Give the view's markers of each type, as day markers and as spans, in event order."""
    day_traces: dict[str, _Trace] = {}
    span_traces: dict[str, _Trace] = {}
    for event_id, row, x, span, type_name, _colour, hover, label in view.markers:
        traces = span_traces if span else day_traces
        trace = traces.get(type_name)
        if trace is None:
            trace = traces[type_name] = _Trace()
        trace.x.append(x)
        trace.y.append(row)
        trace.ids.append(event_id)
        trace.hover.append(hover)
        if view.labelled:
            trace.labels.append(html.escape(label))
            # Alternate above and below so neighbouring titles in a row do not collide.
            trace.label_positions.append("top center" if len(trace.x) % 2 else "bottom center")
        if span:
            trace.bar_x += [span[0], span[1], None]
            trace.bar_y += [row, row, None]
    return day_traces, span_traces


def marker_traces(
    view: TimelineView, selected_id: str | None = None, webgl: bool | None = None
) -> list[dict]:
    """Give the plotly traces of a view: per type a span bar, hollow span markers, day markers.

    Each point's customdata is its event id. The markers of selected_id get a ring trace;
    webgl None picks WebGL for many points.
    """
    day_traces, span_traces = _collect(view)
    points = len(view.markers)
    kind = "scattergl" if (points >= WEBGL_POINTS_MIN if webgl is None else webgl) else "scatter"
    data = []
    for entry in view.legend:
        type_name, colour, symbol = entry.type, entry.colour, entry.symbol
        name = html.escape(entry.label)
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
    selected = view.markers_of(selected_id) if selected_id else ()
    if selected:
        data.append(
            {
                "type": kind,
                "x": [marker.x for marker in selected],
                "y": [marker.row for marker in selected],
                "customdata": [marker.event_id for marker in selected],
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
