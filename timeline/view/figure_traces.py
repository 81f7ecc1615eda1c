"""The traces of the timeline figure: one event type in one style (day marker or span) each.

Split from timeline/view/figure.py, which lays out the rows, axes and ownership bands; both draw
a TimelineView (timeline/view/timeline_view.py), which says where every marker is.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from timeline.view.stacking import LABEL_FONT_PX, MARKER_PX
from timeline.view.timeline_view import BAND_FONT_PX, TimelineView

# WebGL draws many points faster than SVG; below this SVG is as quick and exports more reliably.
WEBGL_POINTS_MIN = 3000


@dataclass
class _Trace:
    """The points of one trace: one event type drawn in one style (day marker or span)."""

    x: list[str] = field(default_factory=list)
    y: list[float] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    hover: list[str] = field(default_factory=list)
    bar_x: list[str | None] = field(default_factory=list)
    bar_y: list[float | None] = field(default_factory=list)


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
    return markers


def _collect(view: TimelineView) -> tuple[dict[str, _Trace], dict[str, _Trace]]:
    """Give the view's markers of each type, as day markers and as spans, in event order."""
    day_traces: dict[str, _Trace] = {}
    span_traces: dict[str, _Trace] = {}
    for marker in view.markers:
        traces = span_traces if marker.span else day_traces
        trace = traces.get(marker.type)
        if trace is None:
            trace = traces[marker.type] = _Trace()
        trace.x.append(marker.x)
        trace.y.append(marker.y)
        trace.ids.append(marker.event_id)
        trace.hover.append(marker.hover)
        if marker.span:
            trace.bar_x += [marker.span[0], marker.span[1], None]
            trace.bar_y += [marker.y, marker.y, None]
    return day_traces, span_traces


def label_traces(view: TimelineView) -> list[dict]:
    """Give the text traces of the markers' labels (headlines, or key numbers on a page).

    Each label sits where the view's stacking found room: beside its marker (or its span's
    bar), right or left, on the marker's level. Labels take no hover or click: the marker does.
    """
    x, y, text, positions = [], [], [], []
    for marker in view.markers:
        shown = marker.label or (str(marker.number) if marker.number else "")
        if not shown:
            continue
        x.append(marker.label_x)
        y.append(marker.y)
        text.append(html.escape(shown))
        positions.append(f"middle {marker.side}")
    if not text:
        return []
    return [
        {
            "type": "scatter",
            "x": x,
            "y": y,
            "text": text,
            "textposition": positions,
            # Invisible markers as big as the real ones: plotly sets text off by their radius.
            "mode": "markers+text",
            "marker": {"size": MARKER_PX, "opacity": 0},
            "textfont": {"size": LABEL_FONT_PX, "color": "#222222"},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": "Labels",
            "cliponaxis": False,
        }
    ]


def band_label_trace(view: TimelineView) -> list[dict]:
    """Give the owners' names along their bands, in the strip on top of each CRC row."""
    if not view.band_labels:
        return []
    return [
        {
            "type": "scatter",
            "x": [label.x for label in view.band_labels],
            "y": [label.y for label in view.band_labels],
            "text": [html.escape(label.owner) for label in view.band_labels],
            "textposition": "middle right",
            "mode": "text",
            "textfont": {"size": BAND_FONT_PX, "color": "#444444"},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": "Owners",
        }
    ]


def owner_traces(view: TimelineView) -> list[dict]:
    """Give one legend entry per owner colour of the bands (no points of their own)."""
    return [
        {
            "type": "scatter",
            "x": [None],
            "y": [None],
            "mode": "markers",
            "name": html.escape(owner),
            "legend": "legend2",
            "marker": {"symbol": "square", "size": 12, "color": colour, "opacity": 0.6},
            "hoverinfo": "skip",
            "showlegend": True,
        }
        for owner, colour in view.owners
    ]


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
                "y": [marker.y for marker in selected],
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
