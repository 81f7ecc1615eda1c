"""The dashboard's callbacks: thin wiring from component ids to pure functions.

The pure functions (next_view here, draw_view in views.py, file_status, image_config) hold the
logic and are tested without a browser; the callbacks only translate to and from Dash.
"""

from __future__ import annotations

from dataclasses import dataclass

from dash import ALL, ClientsideFunction, Dash, Input, Output, Patch, State, ctx, html, no_update
from dash.exceptions import PreventUpdate

from dashboard import ids
from dashboard.details import details_panel
from dashboard.layout import graph_config
from dashboard.live import LiveEvents, Snapshot
from dashboard.narrative import NARRATIVE_PICK, narrative_children
from dashboard.state import ViewState, control_values, from_controls, parse_query, to_filter
from dashboard.views import ViewCache, plot_px_for
from timeline import Event, Vocabulary, figure_filename, filter_events

# Narrower than this (CSS pixels) the timeline is the narrative's vertical list.
PHONE_PX = 768

CONTROL_IDS = (
    ids.CRC_FILTER,
    ids.OWNER_FILTER,
    ids.TYPE_FILTER,
    ids.DATE_FROM,
    ids.DATE_TO,
    ids.SEARCH,
    ids.INCLUDE_NATIONAL,
    ids.LANES,
    ids.CONFIDENCE,
    ids.EMPTY_ROWS,
    ids.TABS,
)
# The property each control keeps its value in.
CONTROL_PROPERTY = {ids.TABS: "active_tab"}


@dataclass(frozen=True)
class ViewChange:
    """What one user action does to the view: the new view and what must be redrawn."""

    state: ViewState
    url: str | None = None  # the new query string; None leaves the address alone
    controls: tuple | None = None  # new control values; None leaves the controls alone
    notices: tuple[str, ...] = ()


def next_view(
    trigger: str | None,
    url_search: str | None,
    controls: tuple,
    picked_event: str | None,
    current: ViewState,
    vocabulary: Vocabulary,
) -> ViewChange:
    """Give the view after one action: the page loading, an address, a control, a click.

    trigger is the id of the component that changed (None on page load); controls are the
    filter controls' values in CONTROL_IDS order; picked_event the event clicked (timeline or
    table).
    """
    if trigger in (None, ids.URL):
        state = parse_query(url_search, vocabulary)
        # Rewrite an address that had bad values, so a link shared from here is clean.
        url = state.to_query() if state.notices else None
        return ViewChange(state, url=url, controls=control_values(state), notices=state.notices)
    if trigger == ids.CLEAR_FILTERS:
        state = current.cleared().with_event(current.event)
        return ViewChange(state, url=state.to_query(), controls=control_values(state))
    if trigger in (ids.TIMELINE, ids.TABLE):
        state = current.with_event(picked_event)
        return ViewChange(state, url=state.to_query())
    state = from_controls(*controls, event=current.event)
    return ViewChange(state, url=state.to_query(), notices=state.notices)


def picked_event(trigger: object, key_pick: dict | None, narrative_clicks: list) -> str | None:
    """Give the event a key press or a narrative headline picked (None: nothing picked)."""
    if trigger == ids.KEY_PICK:
        return (key_pick or {}).get("event") or None
    if isinstance(trigger, dict) and trigger.get("type") == NARRATIVE_PICK:
        # A headline drawn anew fires with no clicks: only a real click picks.
        return trigger.get("event") if any(narrative_clicks or []) else None
    return None


def clicked_event(click_data: dict | None) -> str | None:
    """Give the event id of a click on the timeline (each point carries it as customdata)."""
    for point in (click_data or {}).get("points", []):
        custom = point.get("customdata")
        if isinstance(custom, list):
            custom = custom[0] if custom else None
        if isinstance(custom, str) and custom:
            return custom
    return None


def selected_row_event(rows: list | dict | None) -> str | None:
    """Give the event id of the table's selected row (None when no row is selected)."""
    if isinstance(rows, dict):
        picked = rows.get("ids") or []
        return picked[0] if picked else None
    for row in rows or []:
        if isinstance(row, dict) and row.get("id"):
            return row["id"]
    return None


def image_config(state: ViewState, image_format: str) -> dict:
    """Give the graph config whose download button saves this view under a name that says so."""
    extension = image_format if image_format in ("png", "svg") else "png"
    filename = figure_filename(to_filter(state), state.lanes, extension)
    return graph_config(filename.rsplit(".", 1)[0], extension)


def file_status(snapshot: Snapshot, shown_version: int | None) -> tuple[int | None, list, bool]:
    """Give (new data version or None if unchanged, banner children, banner open)."""
    version = None if snapshot.version == shown_version else snapshot.version
    if not snapshot.errors:
        return version, [], False
    banner = [
        html.Strong(
            "The events file has errors; showing the last good version until they are fixed:"
        ),
        html.Ul([html.Li(line) for line in snapshot.errors], className="font-monospace mb-0"),
    ]
    return version, banner, True


def register_callbacks(
    app: Dash, live: LiveEvents, vocabulary: Vocabulary, views: ViewCache
) -> None:
    """Wire the page's components to the pure functions, for the events live watches."""

    control_inputs = [Input(c, CONTROL_PROPERTY.get(c, "value")) for c in CONTROL_IDS]

    @app.callback(
        output={
            "url": Output(ids.URL, "search"),
            "controls": [Output(c, CONTROL_PROPERTY.get(c, "value")) for c in CONTROL_IDS],
            "notices": Output(ids.NOTICES, "children"),
            "notices_open": Output(ids.NOTICES, "is_open"),
            "filters": Output(ids.VIEW_STATE, "data"),
            "event": Output(ids.SELECTED_EVENT, "data"),
            "grid_selection": Output(ids.TABLE, "selectedRows"),
        },
        inputs={
            "url_search": Input(ids.URL, "search"),
            "controls": control_inputs,
            "clear": Input(ids.CLEAR_FILTERS, "n_clicks"),
            "click_data": Input(ids.TIMELINE, "clickData"),
            "selected_rows": Input(ids.TABLE, "selectedRows"),
            "key_pick": Input(ids.KEY_PICK, "data"),
            "narrative_clicks": Input({"type": NARRATIVE_PICK, "event": ALL}, "n_clicks"),
        },
        state={
            "view_data": State(ids.VIEW_STATE, "data"),
            "event_id": State(ids.SELECTED_EVENT, "data"),
        },
    )
    def sync_view(
        url_search,
        controls,
        clear,
        click_data,
        selected_rows,
        key_pick,
        narrative_clicks,
        view_data,
        event_id,
    ):
        trigger = ctx.triggered_id
        picked = None
        if trigger == ids.KEY_PICK or isinstance(trigger, dict):
            picked = picked_event(trigger, key_pick, narrative_clicks)
            if picked is None or picked == event_id:
                raise PreventUpdate
            trigger = ids.TIMELINE  # a pick like a click on the timeline
        elif trigger == ids.TIMELINE:
            picked = clicked_event(click_data)
            if picked is None:
                raise PreventUpdate
        elif trigger == ids.TABLE:
            picked = selected_row_event(selected_rows)
            if picked == event_id:
                raise PreventUpdate
        current = ViewState.from_dict(view_data).with_event(event_id)
        change = next_view(trigger, url_search, tuple(controls), picked, current, vocabulary)
        filters = change.state.with_event(None).to_dict()
        event_changed = change.state.event != event_id or view_data is None
        return {
            "url": no_update
            if change.url is None or change.url == (url_search or "")
            else change.url,
            "controls": list(change.controls)
            if change.controls is not None
            else [no_update] * len(CONTROL_IDS),
            "notices": [html.Div(notice) for notice in change.notices],
            "notices_open": bool(change.notices),
            "filters": filters if filters != view_data else no_update,
            "event": change.state.event if event_changed else no_update,
            "grid_selection": _grid_selection(change.state.event)
            if event_changed and trigger != ids.TABLE
            else no_update,
        }

    # The server's figure goes to a store; the page draws it at the zoom the user chose, kept
    # across filter changes until the lanes change or the zoom is reset (assets/keys.js).
    @app.callback(
        Output(ids.FIGURE, "data"),
        Output(ids.TABLE, "rowData"),
        Output(ids.COUNT, "children"),
        Output(ids.EVENT_ORDER, "data"),
        Input(ids.VIEW_STATE, "data"),
        Input(ids.DATA_VERSION, "data"),
        Input(ids.SELECTED_EVENT, "data"),
        Input(ids.PLOT_WIDTH, "data"),
    )
    def show_events(view_data, _version, event_id, sizes):
        if view_data is None:
            raise PreventUpdate
        snapshot = live.snapshot()
        state = ViewState.from_dict(view_data)
        drawn = views.view(snapshot.version, snapshot.events, state, _plot_px(sizes))
        if ctx.triggered_id == ids.SELECTED_EVENT:
            # Only the selection moved: move the ring, send no figure or table again.
            ring = Patch()
            ring["layout"]["shapes"] = drawn.shapes_with(event_id)
            return ring, no_update, no_update, no_update
        order = [row["id"] for row in sorted(drawn.rows, key=lambda row: (row["date"], row["id"]))]
        return drawn.figure_with(event_id), drawn.rows, drawn.count, order

    @app.callback(
        Output(ids.NARRATIVE, "children"),
        Output(ids.NARRATIVE_WRAP, "className"),
        Output(ids.GRAPH_WRAP, "className"),
        Input(ids.VIEW_STATE, "data"),
        Input(ids.DATA_VERSION, "data"),
        Input(ids.PLOT_WIDTH, "data"),
    )
    def show_narrative(view_data, _version, sizes):
        state = ViewState.from_dict(view_data)
        narrative = state.tab == "narrative"
        wrap = "narrative-wrap" if narrative else "narrative-wrap phone-only"
        graph = "graph-wrap d-none" if narrative else "graph-wrap"
        if not narrative and ((sizes or {}).get("window") or PHONE_PX) >= PHONE_PX:
            return [], wrap, graph  # a desk's timeline tab: no list to build
        chosen = filter_events(live.snapshot().events, to_filter(state), vocabulary)
        return narrative_children(_by_date(chosen), vocabulary), wrap, graph

    app.clientside_callback(
        ClientsideFunction("timeline", "withZoom"),
        Output(ids.TIMELINE, "figure"),
        Input(ids.FIGURE, "data"),
        State(ids.ZOOM, "data"),
    )
    app.clientside_callback(
        ClientsideFunction("timeline", "zoomFrom"),
        Output(ids.ZOOM, "data"),
        Input(ids.TIMELINE, "relayoutData"),
        State(ids.ZOOM, "data"),
        State(ids.FIGURE, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("timeline", "remember"),
        Output(ids.KEYS_READY, "data"),
        Input(ids.EVENT_ORDER, "data"),
        Input(ids.SELECTED_EVENT, "data"),
    )
    app.clientside_callback(
        ClientsideFunction("timeline", "graphWidth"),
        Output(ids.PLOT_WIDTH, "data"),
        Input(ids.FILE_POLL, "n_intervals"),
    )
    app.clientside_callback(
        ClientsideFunction("timeline", "toggleDrawer"),
        Output(ids.FILTERS_DRAWER, "className"),
        Input(ids.FILTERS_TOGGLE, "n_clicks"),
        Input(ids.FILTERS_CLOSE, "n_clicks"),
        State(ids.FILTERS_DRAWER, "className"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.DETAILS, "children"),
        Input(ids.SELECTED_EVENT, "data"),
        Input(ids.DATA_VERSION, "data"),
        Input(ids.VIEW_STATE, "data"),
    )
    def show_details(event_id, _version, view_data):
        state = ViewState.from_dict(view_data)
        event = _find(live.snapshot().events, event_id)
        if event_id and event is None:
            return [
                html.P(
                    f"There is no event {event_id!r} in the file (was it removed?).",
                    className="text-muted mb-0",
                )
            ]
        return details_panel(event, vocabulary, state.search)

    @app.callback(
        Output(ids.TIMELINE, "config"),
        Input(ids.VIEW_STATE, "data"),
        Input(ids.IMAGE_FORMAT, "value"),
    )
    def set_image_config(view_data, image_format):
        return image_config(ViewState.from_dict(view_data), image_format)

    @app.callback(
        Output(ids.DATA_VERSION, "data"),
        Output(ids.FILE_BANNER, "children"),
        Output(ids.FILE_BANNER, "is_open"),
        Input(ids.FILE_POLL, "n_intervals"),
        State(ids.DATA_VERSION, "data"),
        State(ids.FILE_BANNER, "is_open"),
    )
    def watch_file(_ticks, shown_version, banner_open):
        version, banner, is_open = file_status(live.snapshot(), shown_version)
        if version is None and not is_open and not banner_open:
            raise PreventUpdate  # nothing changed: send nothing, redraw nothing
        return (version if version is not None else no_update), banner, is_open


def _plot_px(sizes: dict | None) -> int:
    """Give the plot width to lay out for, from the timeline's width on the page (0: unknown)."""
    graph = (sizes or {}).get("graph")
    return plot_px_for(int(graph)) if graph else 0


def _by_date(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda event: (event.when.sort_key(), event.id))


def _grid_selection(event_id: str | None) -> dict | list:
    return {"ids": [event_id]} if event_id else []


def _find(events: tuple[Event, ...], event_id: str | None) -> Event | None:
    if not event_id:
        return None
    return next((event for event in events if event.id == event_id), None)
