"""What the filters select, drawn once and kept: view, figure, table rows and count per view.

Drawing 10,000 events takes long enough to feel, so a drawn view is kept under the file's version
and the view's filters, least recently used out first, up to a budget of events drawn (memory
grows with the points kept, not with the number of views); picking an event then only moves a
ring, put where the kept TimelineView says the event's markers are, instead of drawing again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from dashboard.live import settle_memory
from dashboard.state import ViewState, to_filter
from dashboard.table import table_rows
from timeline import (
    Event,
    Marker,
    TimelineView,
    Vocabulary,
    figure_title,
    filter_events,
    filtered_view,
    hover_texts,
    steady_range,
    view_figure_data,
    x_range,
)

SELECTION_RING = "selected-event"
RING_PX = 13
# About 30 MB of figures and rows: three whole 10,000-event timelines, or many filtered views.
KEPT_EVENTS = 30_000
PLOT_PX = 1000
MIN_PLOT_PX = 300
ROW_NAMES_PX = 280


@dataclass(frozen=True)
class DrawnView:
    """One view drawn: what it shows, the figure (as plotly JSON data), table rows and count."""

    view: TimelineView
    figure: dict
    rows: list[dict]
    count: str

    def figure_with(self, selected_id: str | None) -> dict:
        """Give the figure with a ring around selected_id's markers (none for None)."""
        layout = dict(self.figure["layout"])
        layout["shapes"] = self.shapes_with(selected_id)
        return {"data": self.figure["data"], "layout": layout}

    def shapes_with(self, selected_id: str | None) -> list[dict]:
        """Give the figure's shapes plus the selection ring around selected_id's markers."""
        shapes = list(self.figure["layout"].get("shapes", []))
        return shapes + [selection_ring(marker) for marker in self.view.markers_of(selected_id)]


def selection_ring(marker: Marker) -> dict:
    """Give a ring of fixed pixel size around a marker, kept when zooming."""
    return {
        "type": "circle",
        "name": SELECTION_RING,
        "xref": "x",
        "yref": "y",
        "xsizemode": "pixel",
        "ysizemode": "pixel",
        "xanchor": marker.x,
        "yanchor": marker.y,
        "x0": -RING_PX,
        "x1": RING_PX,
        "y0": -RING_PX,
        "y1": RING_PX,
        "line": {"color": "#000000", "width": 3},
        "layer": "above",
    }


def count_text(shown: int, total: int) -> str:
    """Give the count line: "37 of 112 events"."""
    return f"{shown} of {total} event" + ("" if total == 1 else "s")


def plot_px_for(graph_px: int | None) -> int:
    """Give the plot width to lay a view out for, from the graph's width on the page.

    The widest row names take the rest; laying out for a narrower plot than drawn only
    leaves more room between labels.
    """
    if not graph_px:
        return PLOT_PX
    return max(MIN_PLOT_PX, int(graph_px) - ROW_NAMES_PX)


def draw_view(
    events: tuple[Event, ...],
    state: ViewState,
    vocabulary: Vocabulary,
    rows_by_id: dict[str, dict],
    plot_px: int = 0,
    whole: tuple | None = None,
    hovers: dict[str, str] | None = None,
) -> DrawnView:
    """Give the figure, rows and count of the events the view's filters select, laid out for
    a plot plot_px wide (0: a desk-size dashboard's)."""
    flt = to_filter(state)
    chosen = filter_events(events, flt, vocabulary)
    # The view `timeline export` draws: a CRC's view shows that CRC's row, not the rows of the
    # other CRCs its events also name.
    view = filtered_view(
        chosen,
        vocabulary,
        flt,
        state.lanes,
        empty_rows=state.empty_rows,
        plot_px=plot_px or PLOT_PX,
        # One x range while the filters change: plotly keeps a zoom only if the range it
        # was drawn with stays the same.
        span=steady_range(events, chosen, flt, whole),
        # Titled, so the toolbar's download says what it shows, as an export does.
        title=figure_title(flt, state.lanes, vocabulary.nouns),
        hovers=hovers,
    )
    figure = view_figure_data(view)
    # Zoom and pan survive filter changes and reloads; a new lane choice starts afresh.
    figure["layout"]["uirevision"] = state.lanes
    rows = [rows_by_id[event.id] for event in chosen if event.id in rows_by_id]
    return DrawnView(view, figure, rows, count_text(len(chosen), len(events)))


class ViewCache:
    """Drawn views of one vocabulary, by file version and filters, least recently used out."""

    def __init__(self, vocabulary: Vocabulary, kept_events: int = KEPT_EVENTS) -> None:
        self._vocabulary = vocabulary
        self._budget = kept_events
        self._views: OrderedDict[tuple, DrawnView] = OrderedDict()
        self._rows: tuple[int, dict[str, dict]] | None = None
        self._whole: tuple[int, tuple | None] | None = None
        self._hovers: tuple[int, dict[str, str]] | None = None
        self._drawing: dict[tuple, threading.Event] = {}
        self._lock = threading.Lock()

    def rows(self, version: int, events: tuple[Event, ...]) -> dict[str, dict]:
        """Give every event's table row, built once per file version."""
        kept = self._rows
        if kept is None or kept[0] != version:
            kept = (version, table_rows(events, self._vocabulary))
            self._rows = kept
        return kept[1]

    def hovers(self, version: int, events: tuple[Event, ...]) -> dict[str, str]:
        """Give every event's hover text, built once per file version."""
        kept = self._hovers
        if kept is None or kept[0] != version:
            kept = (version, hover_texts(events, self._vocabulary))
            self._hovers = kept
            settle_memory()  # the rows and hovers live as long as the version
        return kept[1]

    def whole_range(self, version: int, events: tuple[Event, ...]) -> tuple | None:
        """Give the x range of every event, worked out once per file version."""
        kept = self._whole
        if kept is None or kept[0] != version:
            kept = (version, x_range(events) if events else None)
            self._whole = kept
        return kept[1]

    def view(
        self, version: int, events: tuple[Event, ...], state: ViewState, plot_px: int = 0
    ) -> DrawnView:
        """Give the drawn view of state's filters over the events of this file version.

        Requests for a view being drawn wait for that drawing instead of drawing it again: the
        default view drawn at start, or many people opening one shared link at once.
        """
        key = (version, state.with_event(None), plot_px)
        while True:
            with self._lock:
                drawn = self._views.get(key)
                if drawn is not None:
                    self._views.move_to_end(key)
                    return drawn
                drawing = self._drawing.get(key)
                if drawing is None:
                    drawing = self._drawing[key] = threading.Event()
                    break
            drawing.wait()
        try:
            drawn = draw_view(
                events,
                state,
                self._vocabulary,
                self.rows(version, events),
                plot_px,
                self.whole_range(version, events),
                self.hovers(version, events),
            )
            self._keep(key, drawn)
        finally:
            with self._lock:
                del self._drawing[key]
            drawing.set()
        return drawn

    def _keep(self, key: tuple, drawn: DrawnView) -> None:
        version = key[0]
        with self._lock:
            self._views[key] = drawn
            self._views.move_to_end(key)
            # Old versions of the file are never asked for again once a newer one is drawn.
            for old in [k for k in self._views if k[0] != version]:
                del self._views[old]
            kept = sum(len(view.rows) for view in self._views.values())
            while kept > self._budget and len(self._views) > 1:
                _, dropped = self._views.popitem(last=False)
                kept -= len(dropped.rows)
