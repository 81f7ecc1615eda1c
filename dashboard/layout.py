"""The dashboard's components: filters on the left, the timeline, then the table and details."""

from __future__ import annotations

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import ids
from dashboard.state import LANE_CHOICES, lane_labels
from dashboard.table import columns
from timeline import Nouns, Vocabulary

FILE_POLL_MS = 2000
IMAGE_FORMATS = ("png", "svg")
# A print-friendly image, sharp at 2x for PNG: 1600 px wide, and as tall as the timeline is
# on screen (None), so its stacked levels keep their spacing and no label lands on another.
IMAGE_WIDTH, IMAGE_HEIGHT, IMAGE_SCALE = 1600, None, 2


def graph_config(filename: str, image_format: str = "png") -> dict:
    """Give the plotly config: the modebar's download button saves filename at print size."""
    return {
        "displaylogo": False,
        "responsive": True,
        "scrollZoom": False,
        "toImageButtonOptions": {
            "format": image_format if image_format in IMAGE_FORMATS else "png",
            "filename": filename,
            "width": IMAGE_WIDTH,
            "height": IMAGE_HEIGHT,
            "scale": IMAGE_SCALE,
        },
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }


def _labelled(label: str, control, control_id: str, help_text: str | None = None) -> html.Div:
    children = [dbc.Label(label, html_for=control_id, className="fw-semibold mb-1"), control]
    if help_text:
        children.append(dbc.FormText(help_text))
    return html.Div(children, className="mb-3")


def _multi_select(control_id: str, options: list[dict], placeholder: str) -> dcc.Dropdown:
    return dcc.Dropdown(
        id=control_id,
        options=options,
        multi=True,
        placeholder=placeholder,
        value=[],
        searchable=True,
        clearable=True,
    )


def filter_panel(vocabulary: Vocabulary) -> dbc.Card:
    """Give the card of filter controls, each with a label and usable by keyboard."""
    names = vocabulary.names
    type_options = [
        {"label": names.type_label(name), "value": name} for name in names.names("type")
    ]
    nouns = names.nouns
    labels = lane_labels(nouns)
    return dbc.Card(
        dbc.CardBody(
            [
                html.Div(
                    [
                        html.H2("Filters", className="h5 mb-0"),
                        html.Button(
                            "Close",
                            id=ids.FILTERS_CLOSE,
                            className="btn btn-outline-secondary btn-sm filters-toggle",
                            **{"aria-controls": ids.FILTERS_DRAWER},
                        ),
                    ],
                    className="d-flex justify-content-between align-items-center mb-3",
                ),
                _labelled(
                    nouns.unit,
                    _multi_select(ids.CRC_FILTER, vocabulary.crc_names, f"All {nouns.units}"),
                    ids.CRC_FILTER,
                ),
                _labelled(
                    nouns.capitalised(nouns.owner),
                    _multi_select(ids.OWNER_FILTER, vocabulary.owner_names, f"All {nouns.owners}"),
                    ids.OWNER_FILTER,
                    f"Also finds events about the {nouns.units} an {nouns.owner} held at the time."
                    if nouns.owner[:1] in "aeiou"
                    else f"Also finds events about the {nouns.units} a {nouns.owner} held at the "
                    "time.",
                ),
                _labelled(
                    "Event type",
                    _multi_select(ids.TYPE_FILTER, type_options, "All types"),
                    ids.TYPE_FILTER,
                ),
                dbc.Row(
                    [
                        dbc.Col(_labelled("From", _date_input(ids.DATE_FROM), ids.DATE_FROM)),
                        dbc.Col(_labelled("To", _date_input(ids.DATE_TO), ids.DATE_TO)),
                    ],
                    className="g-2",
                ),
                _labelled(
                    "Search titles and quotes",
                    dbc.Input(
                        id=ids.SEARCH,
                        type="search",
                        placeholder="e.g. inspection",
                        debounce=0.4,
                        value="",
                    ),
                    ids.SEARCH,
                ),
                html.Div(
                    dbc.Switch(
                        id=ids.INCLUDE_NATIONAL, label="Include national events", value=True
                    ),
                    className="mb-3",
                ),
                _labelled(
                    "Confidence at least",
                    dcc.Slider(
                        id=ids.CONFIDENCE,
                        min=0,
                        max=1,
                        step=0.05,
                        value=0,
                        marks={0: "0", 0.25: "0.25", 0.5: "0.5", 0.75: "0.75", 1: "1"},
                        tooltip={"placement": "bottom"},
                    ),
                    ids.CONFIDENCE,
                    "Events written by hand have no confidence and always show.",
                ),
                html.Div(
                    dbc.Switch(id=ids.EMPTY_ROWS, label="Show rows without events", value=False),
                    className="mb-3",
                ),
                html.Fieldset(
                    [
                        html.Legend("Lanes", className="fs-6 fw-semibold mb-1"),
                        dbc.RadioItems(
                            id=ids.LANES,
                            options=[
                                {"label": labels[lane], "value": lane} for lane in LANE_CHOICES
                            ],
                            value="crc",
                            inline=True,
                        ),
                    ],
                    className="mb-3",
                ),
                dbc.Button(
                    "Clear filters",
                    id=ids.CLEAR_FILTERS,
                    color="secondary",
                    outline=True,
                    className="w-100",
                ),
            ]
        ),
        className="mb-3",
    )


def _date_input(control_id: str) -> dbc.Input:
    # Text, not a date picker: a filter may be a year or a month, like the events' own dates.
    return dbc.Input(
        id=control_id,
        type="text",
        placeholder="YYYY[-MM[-DD]]",
        debounce=True,
        value="",
        pattern=r"\d{4}(-\d{2}(-\d{2})?)?",
        inputMode="numeric",
    )


def _timeline_card() -> dbc.Card:
    return dbc.Card(
        dbc.CardBody(
            [
                dbc.Tabs(
                    id=ids.TABS,
                    active_tab="timeline",
                    children=[
                        dbc.Tab(label="Timeline", tab_id="timeline"),
                        dbc.Tab(label="Narrative", tab_id="narrative"),
                    ],
                    className="mb-2",
                ),
                html.Div(
                    [
                        html.Div(
                            id=ids.COUNT,
                            className="fw-semibold",
                            role="status",
                            **{"aria-live": "polite"},
                        ),
                        html.Div(
                            [
                                dbc.Label(
                                    "Download format",
                                    html_for=ids.IMAGE_FORMAT,
                                    className="me-2 mb-0 small",
                                ),
                                dbc.RadioItems(
                                    id=ids.IMAGE_FORMAT,
                                    options=[
                                        {"label": fmt.upper(), "value": fmt}
                                        for fmt in IMAGE_FORMATS
                                    ],
                                    value="png",
                                    inline=True,
                                    className="small",
                                ),
                            ],
                            className="d-flex align-items-center",
                            title="The camera button in the figure's toolbar saves this format",
                        ),
                    ],
                    className="d-flex justify-content-between flex-wrap mb-2",
                ),
                html.Div(
                    # Focusable: arrow keys step through the events, Enter opens the details.
                    dcc.Loading(
                        dcc.Graph(
                            id=ids.TIMELINE,
                            config=graph_config("timeline"),
                            style={"minHeight": "420px"},
                        ),
                        type="circle",
                        delay_show=300,
                    ),
                    id=ids.GRAPH_WRAP,
                    className="graph-wrap",
                    tabIndex=0,
                    role="application",
                    **{
                        "aria-label": "Timeline: arrow keys step through the events in date "
                        "order, Enter opens the details"
                    },
                ),
                html.Div(
                    html.Div(id=ids.NARRATIVE, className="narrative"),
                    id=ids.NARRATIVE_WRAP,
                    className="narrative-wrap phone-only",
                ),
            ]
        ),
        className="mb-3",
    )


def _table_card(nouns: Nouns) -> dbc.Card:
    return dbc.Card(
        dbc.CardBody(
            [
                html.H2("Events", className="h5"),
                dag.AgGrid(
                    id=ids.TABLE,
                    columnDefs=columns(nouns),
                    rowData=[],
                    getRowId="params.data.id",
                    defaultColDef={
                        "sortable": True,
                        "resizable": True,
                        "filter": False,
                        "wrapText": False,
                    },
                    dashGridOptions={
                        "rowSelection": {
                            "mode": "singleRow",
                            "checkboxes": False,
                            "enableClickSelection": True,
                        },
                        "animateRows": False,
                        "ensureDomOrder": True,
                        "localeText": {"noRowsToShow": "No events match these filters"},
                    },
                    className="ag-theme-quartz",
                    style={"height": "420px"},
                ),
            ]
        ),
        className="mb-3",
    )


def _details_card() -> dbc.Card:
    return dbc.Card(
        dbc.CardBody(
            [
                html.H2("Details", className="h5"),
                html.Div(
                    id=ids.DETAILS,
                    role="region",
                    tabIndex=-1,
                    **{"aria-live": "polite", "aria-label": "Event details"},
                ),
            ]
        ),
        className="mb-3 details-card",
    )


def page(vocabulary: Vocabulary, file_label: str, data_version: int | None = None) -> dbc.Container:
    """Give the whole page: stores, banners, filters, timeline, table and detail panel.

    data_version is the version of the events the page starts with, so the first poll of the
    file redraws nothing unless the file changed since.
    """
    return dbc.Container(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Interval(id=ids.FILE_POLL, interval=FILE_POLL_MS),
            dcc.Store(id=ids.VIEW_STATE),
            dcc.Store(id=ids.SELECTED_EVENT),
            dcc.Store(id=ids.DATA_VERSION, data=data_version),
            dcc.Store(id=ids.PLOT_WIDTH),
            dcc.Store(id=ids.EVENT_ORDER),
            dcc.Store(id=ids.KEY_PICK),
            dcc.Store(id=ids.KEYS_READY),
            dcc.Store(id=ids.FIGURE),
            dcc.Store(id=ids.ZOOM),
            html.Header(
                [
                    html.H1("Timeline", className="h3 mb-0"),
                    html.Span(file_label, className="text-muted font-monospace small text-break"),
                    html.Button(
                        "Filters",
                        id=ids.FILTERS_TOGGLE,
                        className="btn btn-outline-primary btn-sm filters-toggle ms-auto",
                        **{"aria-controls": ids.FILTERS_DRAWER, "aria-expanded": "false"},
                    ),
                ],
                className="d-flex align-items-baseline flex-wrap gap-3 py-3",
            ),
            dbc.Alert(id=ids.FILE_BANNER, color="danger", is_open=False, className="mb-3"),
            dbc.Alert(
                id=ids.NOTICES,
                color="warning",
                is_open=False,
                dismissable=True,
                className="mb-3",
            ),
            dbc.Row(
                [
                    # A column on a desk; on a phone a drawer the Filters button opens.
                    dbc.Col(
                        filter_panel(vocabulary),
                        id=ids.FILTERS_DRAWER,
                        className="filters-drawer",
                        lg=3,
                    ),
                    dbc.Col(
                        [
                            dbc.Row(
                                [
                                    dbc.Col(_timeline_card(), xl=8),
                                    # Beside the timeline, kept in view while it scrolls.
                                    dbc.Col(_details_card(), xl=4, className="details-column"),
                                ]
                            ),
                            _table_card(vocabulary.nouns),
                        ],
                        lg=9,
                    ),
                ]
            ),
        ],
        fluid=True,
    )
