"""The timeline figure: a pure function of a TimelineView (or of events and view options).

The dashboard and `timeline export` both draw a view with view_figure_data, so an exported image
is what the dashboard shows for the same filters; timeline/view/timeline_view.py computes where
everything sits.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Collection, Sequence
from typing import Any, Literal

import plotly.graph_objects as go
import plotly.io as pio
from slugify import slugify

from timeline.model import Event
from timeline.nouns import Nouns
from timeline.view.figure_traces import marker_traces
from timeline.view.filters import EventFilter
from timeline.view.palette import THEMES
from timeline.view.timeline_view import LABELLED_EVENTS_MAX as LABELLED_EVENTS_MAX
from timeline.view.timeline_view import Band, Lanes, TimelineView, timeline_view
from timeline.vocabulary import Vocabulary

Theme = Literal["light", "print"]

# The shipped story's row names; a story's own come from its nouns (Vocabulary.nouns).
NATIONAL_LANE = Nouns().national
OTHER_LANE = Nouns().no_unit
NO_EVENTS_NOTE = "No events match these filters"
LANE_PX = 34


@functools.lru_cache(maxsize=4)
def _template(name: str) -> dict:
    """Give a plotly template as plain data, built once: a Template object is deep-copied on
    every figure, which cost more than drawing a thousand events."""
    return pio.templates[name].to_plotly_json()


def build_figure(events: Sequence[Event], vocabulary: Vocabulary, **view: Any) -> go.Figure:
    """Give the timeline of events as a plotly Figure (figure_data gives the options)."""
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

    The drawing of timeline_view(events, vocabulary, lanes=..., only_lanes=..., every_crc=...,
    title=..., labels=...) by view_figure_data(view, theme=..., selected_id=..., rangeslider=...,
    webgl=...): those functions say what each option does.
    """
    view = timeline_view(
        events,
        vocabulary,
        lanes=lanes,
        only_lanes=only_lanes,
        every_crc=every_crc,
        title=title,
        labels=labels,
    )
    return view_figure_data(
        view,
        theme=theme,
        selected_id=selected_id,
        rangeslider=rangeslider,
        webgl=webgl,
    )


def view_figure(view: TimelineView, **style: Any) -> go.Figure:
    """Give the drawing of a view as a plotly Figure (view_figure_data gives the options)."""
    # The traces are plain dicts built from checked values; plotly's per-element validation of
    # 10,000-point lists would cost more than building them.
    return go.Figure(view_figure_data(view, **style), _validate=False)


def view_figure_data(
    view: TimelineView,
    *,
    theme: Theme = "light",
    selected_id: str | None = None,
    rangeslider: bool = True,
    webgl: bool | None = None,
) -> dict:
    """Give the drawing of a view as plotly JSON data: its rows, markers and bands.

    Day markers are filled; a span is a bar with a hollow marker. Each point's customdata is
    its event id; selected_id's markers get a ring. webgl None picks WebGL for many points.
    The dashboard sends this data as it is; a Figure would copy it twice.
    """
    layout = _base_layout(theme, view.title)
    if view.x_range is None:
        return {"data": [], "layout": layout | _EMPTY_LAYOUT}
    layout |= _axes(view, rangeslider)
    return {"data": marker_traces(view, selected_id, webgl), "layout": layout}


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


def _axes(view: TimelineView, rangeslider: bool) -> dict:
    """Give the layout of a figure with rows: date axis, row labels, ownership bands, height."""
    rows = len(view.rows)
    return {
        "xaxis": {
            "type": "date",
            "range": list(view.x_range or ()),
            "rangeslider": {"visible": rangeslider},
            "showgrid": True,
        },
        "yaxis": {
            "tickmode": "array",
            "tickvals": list(range(rows)),
            "ticktext": [html.escape(row.label) for row in view.rows],
            "range": [rows - 0.5, -0.5],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
        },
        "shapes": [_band_shape(band) for band in view.bands],
        "height": max(420, 160 + LANE_PX * rows + (90 if rangeslider else 0)),
    }


def _band_shape(band: Band) -> dict:
    """Give the faint, labelled rectangle of who owned a CRC row when."""
    return {
        "type": "rect",
        "layer": "below",
        "xref": "x",
        "yref": "y",
        "x0": band.start,
        "x1": band.end,
        "y0": band.row - 0.45,
        "y1": band.row + 0.45,
        "fillcolor": band.colour,
        "opacity": 0.35,
        "line": {"width": 0},
        "label": {
            "text": html.escape(band.owner),
            "textposition": "top left",
            "font": {"size": 9, "color": "#555555"},
        },
    }


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
