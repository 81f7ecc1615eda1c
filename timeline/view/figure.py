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

from timeline.model import Event
from timeline.nouns import Nouns
from timeline.view.figure_traces import band_label_trace, label_traces, marker_traces, owner_traces
from timeline.view.palette import THEMES
from timeline.view.text_width import fit_text, text_px
from timeline.view.timeline_view import LABELLED_EVENTS_MAX as LABELLED_EVENTS_MAX
from timeline.view.timeline_view import Band, Lanes, TimelineView, timeline_view
from timeline.vocabulary import Vocabulary

Theme = Literal["light", "print"]

# The shipped story's row names; a story's own come from its nouns (Vocabulary.nouns).
NATIONAL_LANE = Nouns().national
OTHER_LANE = Nouns().no_unit
NO_EVENTS_NOTE = "No events match these filters"
# Pixels per level of a row on screen; a page fits its levels to its height instead.
LEVEL_PX = 22
ROW_LABEL_FONT_PX = 12
ROW_LABEL_MAX_PX = 220
TITLE_FONT_PX = 17
# The dates on the axis above the plot: a day and, below it, its month and year.
TICKS_PX = 40


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
    rangeslider: bool = False,
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
    rangeslider: bool = False,
    webgl: bool | None = None,
    height: int | None = None,
    extra_bottom: int = 0,
) -> dict:
    """Give the drawing of a view as plotly JSON data: its rows, markers and bands.

    height: the figure's height (a page's), else what its levels need; extra_bottom: pixels
    kept free between the plot and the legends (a page's key).

    Day markers are filled; a span is a bar with a hollow marker. Each point's customdata is
    its event id; selected_id's markers get a ring. webgl None picks WebGL for many points.
    The dashboard sends this data as it is; a Figure would copy it twice.
    """
    layout = _base_layout(theme, view.title, view.plot_px)
    if view.x_range is None:
        return {"data": [], "layout": layout | _EMPTY_LAYOUT}
    layout |= _axes(view, rangeslider, height, extra_bottom)
    notes = _notes(view)
    if notes:
        layout["annotations"] = notes
    data = [
        *band_label_trace(view),
        *marker_traces(view, selected_id, webgl),
        *label_traces(view),
        *owner_traces(view),
    ]
    return {"data": data, "layout": layout}


def _notes(view: TimelineView) -> list[dict]:
    """Give the figure's notes: rows asked for that have no events, markers that overlap."""
    lines = [f"{name} has no events of its own here" for name in view.without_events]
    if view.overlapping:
        lines.append(
            f"{view.overlapping} markers share a place in a full row: filter to see each one"
        )
    return [
        {
            "text": html.escape(line),
            "showarrow": False,
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yanchor": "bottom",
            "yshift": TICKS_PX + 15 * index,
            "font": {"size": 11, "color": "#8a4b00"},
        }
        for index, line in enumerate(reversed(lines))
    ]


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


def title_lines(title: str, width_px: float, font_px: float = TITLE_FONT_PX) -> list[str]:
    """Give a title wrapped to at most two lines of width_px, the second shortened with "…"."""
    words = title.split()
    first: list[str] = []
    while words and text_px(" ".join([*first, words[0]]), font_px) <= width_px:
        first.append(words.pop(0))
    if not first:  # one word wider than the line
        return [fit_text(title.strip(), font_px, width_px) or "…"]
    lines = [" ".join(first)]
    if words:
        lines.append(fit_text(" ".join(words), font_px, width_px) or "…")
    return lines


def _base_layout(theme: Theme, title: str | None, plot_px: float) -> dict:
    """Give the layout every figure starts from: theme, fonts, margins, legend, title."""
    style = THEMES[theme]
    lines = title_lines(title, plot_px + 150) if title else []
    layout: dict = {
        "template": _template(style["template"]),
        "font": style["font"],
        "hovermode": "closest",
        "hoverdistance": 12,
        "margin": {"l": 10, "r": 20, "t": 50 + 22 * len(lines), "b": 40},
        # Below the plot, across: it never covers the plot nor takes its width.
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 0,
            "yanchor": "bottom",
            "yref": "container",
            "font": {"size": 11},
            "title": {"text": "● day  ○ span "},
        },
    }
    if lines:
        layout["title"] = {
            "text": "<br>".join(html.escape(line) for line in lines),
            "x": 0.01,
            "xanchor": "left",
            # At the very top: the notes and a page's summary line go between it and the dates.
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 14},
            "font": {"size": TITLE_FONT_PX},
        }
    return layout


def row_labels(view: TimelineView) -> tuple[list[str], int]:
    """Give the rows' names as they fit the left margin (on two lines, the second shortened
    if need be; HTML-escaped), and that margin in pixels."""
    labels, widest = [], 0.0
    for row in view.rows:
        lines = title_lines(row.label, ROW_LABEL_MAX_PX, ROW_LABEL_FONT_PX)
        widest = max([widest, *(text_px(line, ROW_LABEL_FONT_PX) for line in lines)])
        labels.append("<br>".join(html.escape(line) for line in lines))
    return labels, int(widest) + 16


def figure_height(view: TimelineView, rangeslider: bool) -> int:
    """Give the height a figure needs on screen: its title and legend, then its levels."""
    return int(
        _top_margin(view)
        + _bottom_margin(view)
        + LEVEL_PX * view.levels
        + (90 if rangeslider else 0)
    )


def legend_lines(view: TimelineView, entries: Sequence[str], title: str) -> int:
    """Give how many lines a legend of entries takes across the figure (0 with none)."""
    if not entries:
        return 0
    lines, used = 1, text_px(title, 11) + 10
    for label in entries:
        width = 46 + text_px(label, 11)
        if used + width > view.plot_px and used > 0:
            lines, used = lines + 1, 0
        used += width
    return lines


TYPES_TITLE, OWNERS_TITLE = "● day  ○ span ", "Owners "


def _legend_heights(view: TimelineView) -> tuple[int, int]:
    """Give the pixel heights of the types' legend and the owners' legend below the plot."""
    types = legend_lines(view, [entry.label for entry in view.legend], TYPES_TITLE)
    owners = legend_lines(view, [owner for owner, _ in view.owners], OWNERS_TITLE)
    return 22 * types, 22 * owners


def _bottom_margin(view: TimelineView) -> int:
    return 20 + sum(_legend_heights(view))


def _legends(view: TimelineView, height: int) -> dict:
    """Give the two legends across the bottom: owners' colours at the foot, types above."""
    types, owners = _legend_heights(view)
    legend = {
        "orientation": "h",
        "x": 0,
        "xanchor": "left",
        "yref": "container",
        "yanchor": "bottom",
        "font": {"size": 11},
        "tracegroupgap": 0,
    }
    return {
        "legend": legend | {"y": (owners + 4) / height, "title": {"text": TYPES_TITLE}},
        "legend2": legend | {"y": 0, "title": {"text": OWNERS_TITLE}},
    }


def _axes(
    view: TimelineView, rangeslider: bool, height: int | None = None, extra_bottom: int = 0
) -> dict:
    """Give the layout of a figure with rows: date axis, row labels, ownership bands, height.

    The margins are set, not worked out by plotly, so the plot is as wide as the layout of
    the view (plot_px) expects wherever the figure is as wide as plot_px plus the margins.
    """
    labels, left = row_labels(view)
    height = height or figure_height(view, rangeslider)
    return _legends(view, height) | {
        "xaxis": {
            "type": "date",
            "range": list(view.x_range or ()),
            "rangeslider": {"visible": rangeslider},
            "showgrid": True,
            "automargin": False,
            # On top: a tall timeline shows its dates before any scrolling.
            "side": "top",
        },
        "yaxis": {
            "tickmode": "array",
            "tickvals": [row.centre for row in view.rows],
            "ticktext": labels,
            "tickfont": {"size": ROW_LABEL_FONT_PX},
            "range": [view.levels + 0.2, -0.2],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
            "automargin": False,
        },
        "margin": {
            "l": left,
            "r": 20,
            "t": _top_margin(view),
            "b": _bottom_margin(view) + extra_bottom,
        },
        "shapes": [_band_shape(band, view) for band in view.bands] + _row_rules(view),
        "height": height,
    }


def _top_margin(view: TimelineView) -> int:
    lines = len(title_lines(view.title, view.plot_px + 150)) if view.title else 0
    notes = len(view.without_events) + bool(view.overlapping)
    return 40 + 22 * lines + 15 * notes + TICKS_PX


def _row_rules(view: TimelineView) -> list[dict]:
    """Give a faint line between rows, so a row's levels read as one row."""
    return [
        {
            "type": "line",
            "layer": "below",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": row.top + row.height + 0.2,
            "y1": row.top + row.height + 0.2,
            "line": {"width": 1, "color": "#dddddd"},
        }
        for row in view.rows[:-1]
    ]


def _band_shape(band: Band, view: TimelineView) -> dict:
    """Give the faint rectangle of who owned a CRC row when (its owner named by a trace)."""
    row = view.rows[band.row]
    return {
        "type": "rect",
        "layer": "below",
        "xref": "x",
        "yref": "y",
        "x0": band.start,
        "x1": band.end,
        "y0": row.top + 0.05,
        "y1": row.top + row.height - 0.05,
        "fillcolor": band.colour,
        "opacity": 0.35,
        "line": {"width": 0},
    }
