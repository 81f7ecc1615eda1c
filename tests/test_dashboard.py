"""The dashboard's logic without a browser: URL state, callbacks' pure functions, live file."""

from __future__ import annotations

import ast
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import make_event

import dashboard
import dashboard.views
from dashboard import create_app, ids
from dashboard.callbacks import (
    clicked_event,
    file_status,
    image_config,
    next_view,
    selected_row_event,
)
from dashboard.details import details_panel, highlight, quote_segments
from dashboard.live import LiveEvents
from dashboard.narrative import narrative_children
from dashboard.state import ViewState, control_values, from_controls, parse_query, to_filter
from dashboard.table import table_rows
from dashboard.views import SELECTION_RING, ViewCache, count_text, draw_view
from timeline.cli import main
from timeline.cli.serve import address, is_loopback
from timeline.errors import StoreError
from timeline.model import Source
from timeline.store.events_file import load_events
from timeline.view.export import ExportOptions, export_figure, export_view
from timeline.view.filters import filter_events
from timeline.view.timeline_view import steady_range
from timeline.vocabulary import Vocabulary

DATA = Path(__file__).resolve().parent / "dashboard_data"
BGSW = "Bristol, Gloucestershire, Somerset and Wiltshire"
DDC = "Dorset, Devon and Cornwall"


@pytest.fixture(scope="module")
def events(dashboard_vocabulary: Vocabulary) -> tuple:
    return tuple(load_events(DATA / "events.yaml", dashboard_vocabulary).visible())


def _touch_later(path: Path, text: str) -> None:
    """Write text and move the mtime on, so a change shows even on a coarse clock."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


# URL state


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(crcs=(BGSW, "London")),
        ViewState(owners=("Seetec",), lanes="owner"),
        ViewState(types=("report_published", "job_cuts"), lanes="type"),
        ViewState(date_from="2015", date_to="2019-02-15"),
        ViewState(search="jobs & cuts = 100%?", include_national=False),
        ViewState(crcs=(DDC,), event="2019-02-15-working-links-administration"),
    ],
)
def test_dashboard_query_string_round_trips_the_view(
    dashboard_vocabulary: Vocabulary, state: ViewState
) -> None:
    restored = parse_query(state.to_query(), dashboard_vocabulary)
    assert restored == state
    assert restored.notices == ()


def test_dashboard_default_view_has_an_empty_query_string() -> None:
    assert ViewState().to_query() == ""


@pytest.mark.parametrize(
    ("query", "expected", "notice_words"),
    [
        ("?crc=Atlantis&crc=London", ViewState(crcs=("London",)), "Atlantis"),
        ("?owner=Nobody", ViewState(), "Nobody"),
        ("?type=earthquake", ViewState(), "earthquake"),
        ("?from=someday", ViewState(), "someday"),
        ("?from=2019-02-30", ViewState(), "2019-02-30"),
        ("?from=2020&to=2019", ViewState(), "precedes"),
        ("?lanes=sideways", ViewState(), "sideways"),
        ("?national=maybe", ViewState(), "maybe"),
        ("?colour=red", ViewState(), "colour"),
    ],
)
def test_dashboard_bad_query_values_are_dropped_with_a_notice(
    dashboard_vocabulary: Vocabulary, query: str, expected: ViewState, notice_words: str
) -> None:
    state = parse_query(query, dashboard_vocabulary)
    assert state == expected
    assert any(notice_words in notice for notice in state.notices)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?crc=bgsw", ViewState(crcs=(BGSW,))),
        ("?crc=LONDON&crc=london", ViewState(crcs=("London",))),
        ("?owner=purple+futures", ViewState(owners=("Interserve",))),
        ("?type=Report+published", ViewState(types=("report_published",))),
        ("?national=0&lanes=owner", ViewState(include_national=False, lanes="owner")),
        ("?q=+audit+", ViewState(search="audit")),
    ],
)
def test_dashboard_query_accepts_aliases_labels_and_any_case(
    dashboard_vocabulary: Vocabulary, query: str, expected: ViewState
) -> None:
    state = parse_query(query, dashboard_vocabulary)
    assert state == expected
    assert state.notices == ()


def test_dashboard_controls_with_a_bad_date_keep_the_rest_and_say_why() -> None:
    state = from_controls(["London"], [], [], "June", "2019", "audit", True, "crc")
    assert state == ViewState(crcs=("London",), date_to="2019", search="audit")
    assert "June" in state.notices[0]


def test_dashboard_control_values_restore_the_same_view() -> None:
    state = ViewState(crcs=("Wales",), owners=("Seetec",), date_from="2019", lanes="type")
    assert from_controls(*control_values(state)) == state


# Callbacks' pure functions


def test_dashboard_page_load_takes_the_view_from_the_address(
    dashboard_vocabulary: Vocabulary,
) -> None:
    change = next_view(None, "?crc=Wales&lanes=owner", (), None, ViewState(), dashboard_vocabulary)
    assert change.state == ViewState(crcs=("Wales",), lanes="owner")
    assert change.controls == control_values(change.state)
    assert change.url is None  # a clean address is left as it is


def test_dashboard_page_load_rewrites_an_address_with_bad_values(
    dashboard_vocabulary: Vocabulary,
) -> None:
    change = next_view(
        ids.URL, "?crc=Wales&crc=Atlantis", (), None, ViewState(), dashboard_vocabulary
    )
    assert change.url == "?crc=Wales"
    assert change.notices and "Atlantis" in change.notices[0]


def test_dashboard_control_change_writes_the_address_and_keeps_the_selection(
    dashboard_vocabulary: Vocabulary,
) -> None:
    current = ViewState(event="2016-merseyside-job-cuts")
    controls = (["London"], [], [], "", "", "", True, "crc")
    change = next_view(ids.CRC_FILTER, "", controls, None, current, dashboard_vocabulary)
    assert change.state == ViewState(crcs=("London",), event="2016-merseyside-job-cuts")
    assert change.url == "?crc=London&event=2016-merseyside-job-cuts"
    assert change.controls is None


def test_dashboard_clear_filters_keeps_lanes_and_selection(
    dashboard_vocabulary: Vocabulary,
) -> None:
    current = ViewState(crcs=("Wales",), search="x", lanes="type", event="e1")
    change = next_view(ids.CLEAR_FILTERS, "?…", (), None, current, dashboard_vocabulary)
    assert change.state == ViewState(lanes="type", event="e1")
    assert change.controls == control_values(ViewState(lanes="type"))


@pytest.mark.parametrize("trigger", [ids.TIMELINE, ids.TABLE])
def test_dashboard_picking_an_event_selects_it_in_the_address(
    dashboard_vocabulary: Vocabulary, trigger: str
) -> None:
    change = next_view(trigger, "", (), "e2", ViewState(crcs=("Wales",)), dashboard_vocabulary)
    assert change.state == ViewState(crcs=("Wales",), event="e2")
    assert change.url == "?crc=Wales&event=e2"


@pytest.mark.parametrize(
    ("click_data", "expected"),
    [
        ({"points": [{"customdata": "e1", "x": "2019-01-01"}]}, "e1"),
        ({"points": [{"customdata": ["e2"]}]}, "e2"),
        ({"points": [{"x": "2019-01-01"}]}, None),
        (None, None),
    ],
)
def test_dashboard_clicked_event_comes_from_customdata(click_data, expected) -> None:
    assert clicked_event(click_data) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [([{"id": "e1", "title": "x"}], "e1"), ({"ids": ["e3"]}, "e3"), ([], None), (None, None)],
)
def test_dashboard_selected_row_gives_its_event(rows, expected) -> None:
    assert selected_row_event(rows) == expected


def test_dashboard_view_filters_figure_table_and_count_together(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    drawn = draw_view(
        events,
        ViewState(crcs=("London",)),
        dashboard_vocabulary,
        table_rows(events, dashboard_vocabulary),
    )
    titles = {row["title"] for row in drawn.rows}
    assert titles == {
        "Audit of London CRC published",
        "Probation split into the National Probation Service and 21 CRCs",
        "CRCs sold to their new owners",
        "CRC contracts to end early",
    }
    assert drawn.count == f"4 of {len(events)} events"
    assert {marker.event_id for marker in drawn.view.markers} == {row["id"] for row in drawn.rows}


def test_dashboard_crc_view_shows_only_that_crcs_row(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    drawn = draw_view(
        events,
        ViewState(crcs=("Wales",)),
        dashboard_vocabulary,
        table_rows(events, dashboard_vocabulary),
    )
    # The Working Links collapse names three CRCs; only Wales's row is drawn.
    assert list(drawn.figure["layout"]["yaxis"]["ticktext"]) == ["All CRCs (national)", "Wales"]


def test_dashboard_owner_view_is_ownership_aware(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    state = ViewState(owners=("Seetec",), include_national=False)
    drawn = draw_view(events, state, dashboard_vocabulary, table_rows(events, dashboard_vocabulary))
    titles = {row["title"] for row in drawn.rows}
    assert "BGSW CRC inspected under its new owner" in titles
    assert "Inspectors criticise Dorset, Devon and Cornwall CRC" not in titles


def test_dashboard_selection_rings_every_marker_of_the_event(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    drawn = draw_view(
        events, ViewState(), dashboard_vocabulary, table_rows(events, dashboard_vocabulary)
    )
    event_id = "2019-02-15-working-links-administration"  # drawn in three CRC lanes
    rings = [
        s
        for s in drawn.figure_with(event_id)["layout"]["shapes"]
        if s.get("name") == SELECTION_RING
    ]
    assert sorted((ring["xanchor"], ring["yanchor"]) for ring in rings) == sorted(
        (marker.x, marker.y) for marker in drawn.view.markers_of(event_id)
    )
    assert len(rings) == 3
    unselected = drawn.figure_with(None)["layout"]["shapes"]
    assert not [s for s in unselected if s.get("name") == SELECTION_RING]
    assert drawn.figure["layout"]["shapes"] == unselected  # the kept figure is never changed


def test_dashboard_selection_ring_sits_on_the_views_marker_as_drawn(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    state = ViewState(lanes="type")
    drawn = draw_view(events, state, dashboard_vocabulary, table_rows(events, dashboard_vocabulary))
    event_id = "2019-02-15-working-links-administration"
    (marker,) = drawn.view.markers_of(event_id)  # in one row: its type's
    assert (drawn.view.rows[marker.row].name, marker.x) == ("company_collapsed", "2019-02-15")
    (ring,) = [s for s in drawn.shapes_with(event_id) if s.get("name") == SELECTION_RING]
    assert (ring["xanchor"], ring["yanchor"]) == (marker.x, marker.y)
    drawn_at = [
        (x, y)
        for trace in drawn.figure["data"]
        if trace.get("customdata") and trace.get("hoverinfo") != "skip"
        for ident, x, y in zip(trace["customdata"], trace["x"], trace["y"], strict=True)
        if ident == event_id
    ]
    assert drawn_at == [(marker.x, marker.y)]


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(crcs=("Wales",)),
        ViewState(owners=("Seetec",), lanes="owner"),
        ViewState(types=("company_collapsed",), lanes="type", include_national=False),
        ViewState(crcs=("London",), date_from="2016"),
    ],
)
def test_dashboard_and_export_draw_the_same_view(
    dashboard_vocabulary: Vocabulary, events: tuple, state: ViewState
) -> None:
    drawn = draw_view(events, state, dashboard_vocabulary, table_rows(events, dashboard_vocabulary))
    flt = to_filter(state)
    shown = filter_events(events, flt, dashboard_vocabulary)
    # export_events gives its view the dashboard's steady x range, as here.
    options = ExportOptions(lanes=state.lanes, span=steady_range(events, shown, flt))
    exported = export_view(shown, dashboard_vocabulary, flt, options)
    assert exported.rows == drawn.view.rows
    assert exported.markers == drawn.view.markers
    assert exported.bands == drawn.view.bands
    figure = export_figure(shown, dashboard_vocabulary, "png", flt, options)
    assert list(figure.layout.yaxis.ticktext) == drawn.figure["layout"]["yaxis"]["ticktext"]


def test_dashboard_view_cache_draws_a_view_once_per_file_version(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    cache = ViewCache(dashboard_vocabulary)
    first = cache.view(1, events, ViewState(crcs=("Wales",), event="a"))
    assert cache.view(1, events, ViewState(crcs=("Wales",), event="b")) is first
    newer = cache.view(2, events, ViewState(crcs=("Wales",)))
    assert newer is not first
    assert cache.view(2, events, ViewState(crcs=("Wales",))) is newer


def test_dashboard_view_cache_draws_a_view_once_for_requests_at_the_same_time(
    dashboard_vocabulary: Vocabulary, events: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn_views: list[ViewState] = []

    def slow_draw(*args):
        drawn_views.append(args[1])
        time.sleep(0.2)
        return draw_view(*args)

    monkeypatch.setattr(dashboard.views, "draw_view", slow_draw)
    cache = ViewCache(dashboard_vocabulary)
    with ThreadPoolExecutor(max_workers=4) as pool:
        views = list(pool.map(lambda _: cache.view(1, events, ViewState()), range(4)))
    assert drawn_views == [ViewState()]
    assert all(view is views[0] for view in views)


def test_dashboard_view_cache_keeps_views_within_its_event_budget(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    wales, london = ViewState(crcs=("Wales",)), ViewState(crcs=("London",))
    cache = ViewCache(dashboard_vocabulary, kept_events=len(events))
    wales_view, london_view = cache.view(1, events, wales), cache.view(1, events, london)
    assert cache.view(1, events, wales) is wales_view  # both fit: kept
    assert cache.view(1, events, london) is london_view
    cache.view(1, events, ViewState())  # all the events: the others must make room
    assert cache.view(1, events, wales) is not wales_view
    assert cache.view(1, events, london) is not london_view


@pytest.mark.parametrize(
    ("shown", "total", "text"), [(37, 112, "37 of 112 events"), (0, 1, "0 of 1 event")]
)
def test_dashboard_count_text(shown: int, total: int, text: str) -> None:
    assert count_text(shown, total) == text


@pytest.mark.parametrize("image_format", ["png", "svg"])
def test_dashboard_image_download_names_the_view_at_print_size(image_format: str) -> None:
    config = image_config(ViewState(crcs=("Wales",), lanes="owner"), image_format)
    options = config["toImageButtonOptions"]
    assert options["format"] == image_format
    assert "wales" in options["filename"] and "owner" in options["filename"]
    assert not options["filename"].endswith(f".{image_format}")  # plotly adds the extension
    assert options["width"] >= 1200
    # As tall as the timeline on screen (None): its stacked levels keep their spacing.
    assert options["height"] is None


def test_dashboard_table_rows_are_text_with_national_and_ownership(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    rows = table_rows(events, dashboard_vocabulary)
    assert rows["2014-06-01-probation-split"]["crcs"] == "All CRCs (national)"
    assert rows["2019-06-bgsw-inspection"]["owners"] == "Seetec"
    assert rows["2019-06-bgsw-inspection"]["date_label"] == "Jun 2019"
    assert rows["2019-02-15-working-links-administration"]["sources"] == 3
    assert "2020-01-01-rejected-event" not in rows


# Live file


def test_dashboard_live_file_reloads_a_valid_edit(
    dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    live = LiveEvents(dashboard_events_path, lambda path: load_events(path, dashboard_vocabulary))
    first = live.snapshot()
    text = dashboard_events_path.read_text(encoding="utf-8")
    _touch_later(
        dashboard_events_path, text.replace("Audit of London CRC published", "London audit")
    )
    second = live.snapshot()
    assert second.version == first.version + 1
    assert "London audit" in {event.title for event in second.events}
    assert live.snapshot() is second  # unchanged file: no reload


def test_dashboard_live_file_keeps_last_good_events_when_an_edit_breaks_it(
    dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    live = LiveEvents(dashboard_events_path, lambda path: load_events(path, dashboard_vocabulary))
    good = live.snapshot()
    text = dashboard_events_path.read_text(encoding="utf-8")
    _touch_later(dashboard_events_path, text.replace('date: "2015-12-10"', 'date: "2015-13-45"'))
    broken = live.snapshot()
    assert broken.events == good.events
    assert broken.version == good.version
    assert broken.errors and broken.errors[0].startswith(f"{dashboard_events_path}:")
    version, banner, is_open = file_status(broken, good.version)
    assert version is None and is_open
    assert str(dashboard_events_path) in str(banner)


def test_dashboard_live_file_reports_a_deleted_file(
    dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    live = LiveEvents(dashboard_events_path, lambda path: load_events(path, dashboard_vocabulary))
    dashboard_events_path.unlink()
    snapshot = live.snapshot()
    assert snapshot.events and "cannot read" in snapshot.errors[0]


def test_dashboard_file_status_gives_a_new_version_only_when_data_changed(
    dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    snapshot = LiveEvents(
        dashboard_events_path, lambda path: load_events(path, dashboard_vocabulary)
    ).snapshot()
    assert file_status(snapshot, snapshot.version) == (None, [], False)
    assert file_status(snapshot, None)[0] == snapshot.version


# Details


def test_dashboard_highlight_cuts_text_at_marks() -> None:
    text = "Working Links went into administration on 15th February."
    spans = [(0, 13, "search"), (24, 38, "trigger"), (42, 55, "date")]
    assert highlight(text, spans) == [
        ("Working Links", "search"),
        (" went into ", None),
        ("administration", "trigger"),
        (" on ", None),
        ("15th February", "date"),
        (".", None),
    ]


def test_dashboard_highlight_gives_overlaps_to_the_search() -> None:
    assert highlight("the early termination", [(4, 9, "search"), (4, 21, "trigger")]) == [
        ("the ", None),
        ("early", "search"),
        (" termination", None),
    ]


@pytest.mark.parametrize(
    ("event_id", "source_index", "search", "marked"),
    [
        (
            "2019-02-15-working-links-administration",
            1,
            "",
            [
                ("Working Links", "actor"),
                ("went into administration", "trigger"),
                ("15th February", "date"),
            ],
        ),
        (
            "2015-12-10-london-audit",
            0,
            "london",
            # The search wins where it overlaps a mark: "London CRC" loses its target mark.
            [("London", "search"), ("published", "trigger"), ("yesterday", "date")],
        ),
        (
            "2016-merseyside-job-cuts",
            0,
            "",
            [("Purple Futures", "actor"), ("jobs will go", "trigger"), ("2016", "date")],
        ),
    ],
)
def test_dashboard_quotes_mark_the_search_and_the_stored_marks(
    events: tuple, event_id: str, source_index: int, search: str, marked: list
) -> None:
    event = next(event for event in events if event.id == event_id)
    segments = quote_segments(event.sources[source_index], search)
    assert [(piece, kind) for piece, kind in segments if kind] == marked
    assert "".join(piece for piece, _ in segments) == event.sources[source_index].quote


def test_dashboard_quotes_mark_exactly_the_stored_spans() -> None:
    quote = "Staff were transferred to Seetec on 1 June, the union said on 2 June."
    source = Source(
        document="d.txt",
        quote=quote,
        marks=[(11, 25, "trigger"), (26, 32, "successor"), (36, 42, "date")],
    )
    assert [(piece, kind) for piece, kind in quote_segments(source, "") if kind] == [
        ("transferred to", "trigger"),
        ("Seetec", "successor"),
        ("1 June", "date"),
    ]


def test_dashboard_quotes_without_marks_show_only_the_search(events: tuple) -> None:
    event = next(e for e in events if e.id == "2019-02-15-working-links-administration")
    unmarked = event.sources[2]  # "Seetec will take over the three CRCs.", no marks stored
    assert unmarked.marks == []
    assert [kind for _, kind in quote_segments(unmarked, "")] == [None]
    assert [(p, k) for p, k in quote_segments(unmarked, "seetec") if k] == [("Seetec", "search")]


def test_dashboard_quotes_leave_other_dates_unmarked(events: tuple) -> None:
    event = next(event for event in events if event.id == "2018-07-27-early-termination")
    segments = quote_segments(event.sources[0], "")
    assert ("2020", "date") not in segments  # the contracts end in 2020: not this event's date
    assert ("today", "date") in segments


def test_dashboard_details_show_html_as_text(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    event = next(event for event in events if event.id == "2019-08-01-html-title")
    panel = details_panel(event, dashboard_vocabulary, search="alert")
    assert panel[0].children == "<img src=x onerror=alert(1)>"
    rendered = str(panel)
    assert "dangerously" not in rendered
    assert "Mark(children='alert'" in rendered


def test_dashboard_details_list_every_source(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    event = next(e for e in events if e.id == "2019-02-15-working-links-administration")
    rendered = str(details_panel(event, dashboard_vocabulary))
    for post_title in ("HMI Sticks Knife in TR", "Aftermath", "Seetec Steps In"):
        assert post_title in rendered
    assert "Sources (3)" in rendered and "line 21" in rendered


def test_dashboard_details_link_a_source_to_its_web_address(
    dashboard_vocabulary: Vocabulary, events: tuple
) -> None:
    event = next(e for e in events if e.id == "2019-02-15-working-links-administration")
    linked = event.sources[0].model_copy(update={"url": "https://news.example/working-links"})
    event = event.model_copy(update={"sources": [linked, *event.sources[1:]]})
    rendered = str(details_panel(event, dashboard_vocabulary))
    assert rendered.count("href='https://news.example/working-links'") == 1


# The app and the command


def test_dashboard_layout_has_every_component_id_once(dashboard_vocabulary: Vocabulary) -> None:
    app = create_app(DATA / "events.yaml", dashboard_vocabulary)
    layout = str(app.layout())
    declared = [value for name, value in vars(ids).items() if name.isupper()]
    for component_id in declared:
        assert layout.count(f"id='{component_id}'") == 1, component_id


def test_dashboard_filter_options_come_from_the_vocabulary(
    dashboard_vocabulary: Vocabulary,
) -> None:
    layout = str(create_app(DATA / "events.yaml", dashboard_vocabulary).layout())
    for name in [*dashboard_vocabulary.crc_names, *dashboard_vocabulary.owner_names]:
        assert repr(name) in layout


def test_dashboard_refuses_an_invalid_file_with_its_line(
    tmp_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    path = tmp_path / "events.yaml"
    path.write_text("version: 1\nevents:\n  - id: x\n    date: soon\n", encoding="utf-8")
    with pytest.raises(StoreError, match=rf"{path}:\d+"):
        create_app(path, dashboard_vocabulary)


def _imported_packages(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_dashboard_reads_no_yaml_itself() -> None:
    for module in Path(dashboard.__file__).parent.glob("*.py"):
        imported = _imported_packages(module.read_text(encoding="utf-8"))
        assert not imported & {"yaml", "ruamel"}, module.name


def _imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return names


def test_dashboard_imports_nothing_from_extraction() -> None:
    modules = sorted(Path(dashboard.__file__).parent.glob("*.py"))
    assert modules
    for module in modules:
        imported = _imported_modules(module.read_text(encoding="utf-8"))
        extraction = {name for name in imported if name.startswith("timeline.extraction")}
        assert not extraction, f"{module.name} imports {sorted(extraction)}"


@pytest.mark.parametrize(
    ("host", "port", "url"),
    [("127.0.0.1", 8050, "http://127.0.0.1:8050/"), ("::1", 9000, "http://[::1]:9000/")],
)
def test_dashboard_serve_address(host: str, port: int, url: str) -> None:
    assert address(host, port) == url


def test_dashboard_serve_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "nowhere.yaml")])
    assert result.exit_code == 1
    assert "Error:" in result.output and "nowhere.yaml" in result.output
    assert "Traceback" not in result.output


def test_dashboard_serve_defaults_to_loopback_without_debug() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "--debug" in result.output


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "example.org"])
def test_dashboard_serve_debug_on_a_network_address_is_refused_in_one_line(host: str) -> None:
    result = CliRunner().invoke(
        main, ["serve", str(DATA / "events.yaml"), "--debug", "--host", host]
    )
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        f"Error: --debug serves only on this machine (127.0.0.1, ::1 or localhost), not {host}"
    ]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.1", False),
        ("myhost", False),
    ],
)
def test_dashboard_serve_knows_a_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.fixture(scope="module")
def client(dashboard_vocabulary: Vocabulary):
    return create_app(DATA / "events.yaml", dashboard_vocabulary).server.test_client()


@pytest.mark.parametrize("path", ["/", "/_dash-layout", "/assets/dashboard.css"])
def test_dashboard_sends_security_headers(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy
    assert "'unsafe-eval'" not in policy and "script-src 'self' 'sha256-" in policy


@pytest.mark.parametrize(
    "path",
    [
        "/_dash-component-suites/dash/nope.js",
        "/_dash-component-suites/no_such_package/x.js",
        "/_dash-component-suites/dash/deps/react@18.v9_9_9m1.js",
        "/_dash-component-suites/dash/..%2F..%2Fsecrets.js",
    ],
)
def test_dashboard_bad_component_suite_path_is_a_plain_404(client, path: str, caplog) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert b"Traceback" not in response.data and b"registered" not in response.data
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


@pytest.mark.parametrize(
    ("state", "empty_file"),
    [(ViewState(search="no event says this"), False), (ViewState(), True)],
    ids=["filter-selects-nothing", "file-without-events"],
)
def test_dashboard_nothing_to_show_says_so_in_every_view(
    dashboard_vocabulary: Vocabulary, events: tuple, state: ViewState, empty_file: bool
) -> None:
    shown = () if empty_file else events
    drawn = draw_view(shown, state, dashboard_vocabulary, table_rows(shown, dashboard_vocabulary))
    assert drawn.rows == []
    notes = [note["text"] for note in drawn.figure["layout"]["annotations"]]
    assert notes == ["No events match these filters"]
    (message,) = narrative_children([], dashboard_vocabulary)
    assert message.children == "No events match these filters."


def test_dashboard_narrative_shows_names_as_chips_and_links_the_source(
    dashboard_vocabulary: Vocabulary,
) -> None:
    source = Source(document="post.html", quote="Seetec takes over", url="https://example.org/a")
    event = make_event(
        "x", "2019-02-15", crcs=["Dorset, Devon and Cornwall", "Wales"], sources=[source]
    )
    page = str(narrative_children([event], dashboard_vocabulary))
    assert "children='Dorset, Devon and Cornwall'" in page and "children='Wales'" in page
    assert "Dorset, Devon and Cornwall, Wales" not in page
    assert "href='https://example.org/a'" in page
    details = str(details_panel(event, dashboard_vocabulary))
    assert "Dorset, Devon and Cornwall, Wales" not in details
