"""export.py, export_data.py, export_static.py and `timeline export`."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import struct
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner
from slugify import slugify

from timeline.cli import main
from timeline.errors import ExportError
from timeline.model import Event, Source
from timeline.store.events_file import load_events
from timeline.view.export import (
    ExportOptions,
    export_events,
    export_figure,
    export_format,
    export_view,
    render,
    write_atomically,
)
from timeline.view.export_data import (
    events_from_csv,
    events_from_json,
    events_to_csv,
    events_to_ics,
    events_to_json,
    events_to_timelinejs,
)
from timeline.view.export_static import ImageRenderer, find_browser
from timeline.view.filters import EventFilter, filter_events
from timeline.view.timeline_view import filtered_view
from timeline.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "views"
EVENTS_FILE = FIXTURES / "events.yaml"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

needs_chromium = pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists() and not os.environ.get("CI"),
    reason="needs /usr/bin/chromium (apt-get install -y chromium); always runs in CI",
)
browser = [pytest.mark.browser, needs_chromium]


@pytest.fixture(scope="module")
def fixture_events() -> list[Event]:
    return load_events(EVENTS_FILE).events


@pytest.fixture(scope="module")
def renderer():
    with ImageRenderer() as kept:
        yield kept


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", data[16:24])


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def rich_event(**fields) -> Event:
    values = {
        "id": "x-1",
        "date": "2019-02",
        "type": "report_published",
        "title": 'Report: "caseloads", <b>high</b> & rising',
        "crcs": ["Wales", "Dorset, Devon and Cornwall"],
        "owners": ["Working Links"],
        "sources": [
            Source(document="d/a.txt", post_date="2019-02-20", line=3, quote="said, “too high”"),
            Source(document="d/b.txt"),
        ],
        "origin": "manual",
        "locked": True,
        "rating": "Requires improvement",
    }
    return Event(**(values | fields))


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "requested", "expected"),
    [
        ("out.png", None, "png"),
        ("out.SVG", None, "svg"),
        ("a/b.pdf", None, "pdf"),
        ("page.html", None, "html"),
        ("t.csv", None, "csv"),
        ("t.json", None, "json"),
        ("t.ics", None, "ics"),
        ("t.json", "timelinejs", "timelinejs"),
        ("anything.txt", "csv", "csv"),
    ],
)
def test_export_format_from_extension_or_request(output, requested, expected):
    assert export_format(Path(output), requested) == expected


@pytest.mark.parametrize(
    ("output", "requested", "message"),
    [
        ("out.gif", None, 'unknown extension ".gif"'),
        ("out", None, 'unknown extension ""'),
        ("out.png", "bmp", 'unknown format "bmp"'),
    ],
)
def test_export_format_unknown_is_one_line_error(output, requested, message):
    with pytest.raises(ExportError, match=message) as raised:
        export_format(Path(output), requested)
    assert "\n" not in str(raised.value)


# --- data formats ----------------------------------------------------------------------------


def test_csv_round_trips_to_the_same_events(fixture_events, views_vocabulary):
    events = [*fixture_events, rich_event(), rich_event(id="x-2", date="2018", end="2019-03")]
    text = events_to_csv(events, views_vocabulary)
    assert events_from_csv(text) == events
    assert text.splitlines()[0].startswith("id,date,end,precision,type")


def test_json_round_trips_to_the_same_events(fixture_events):
    events = [*fixture_events, rich_event()]
    assert events_from_json(events_to_json(events)) == events


def test_ics_has_one_all_day_vevent_per_event_and_no_invented_day(views_vocabulary):
    events = [
        rich_event(id="month", date="2019-02"),
        rich_event(id="year", date="2020", title="A year"),
        rich_event(id="day", date="2018-07-27", title="A day"),
        rich_event(id="ranged", date="2016-06-01", end="2016-09", title="A range"),
    ]
    calendar = icalendar.Calendar.from_ical(events_to_ics(events, views_vocabulary))
    vevents = {str(v["uid"]): v for v in calendar.walk("VEVENT")}
    assert set(vevents) == {f"{e.id}@timeline" for e in events}
    spans = {
        uid.removesuffix("@timeline"): (v.decoded("dtstart"), v.decoded("dtend"))
        for uid, v in vevents.items()
    }
    assert spans == {
        "month": (dt.date(2019, 2, 1), dt.date(2019, 3, 1)),
        "year": (dt.date(2020, 1, 1), dt.date(2021, 1, 1)),
        "day": (dt.date(2018, 7, 27), dt.date(2018, 7, 28)),
        "ranged": (dt.date(2016, 6, 1), dt.date(2016, 10, 1)),
    }
    assert all(type(start) is dt.date for start, _ in spans.values()), "all-day, no time"
    assert str(vevents["month@timeline"]["summary"]).endswith("(Feb 2019)")
    assert str(vevents["year@timeline"]["summary"]) == "A year (2020)"
    assert str(vevents["day@timeline"]["summary"]) == "A day"
    assert "Source: d/a.txt (2019-02-20)" in str(vevents["month@timeline"]["description"])


def test_ics_and_csv_keep_a_sources_web_address(views_vocabulary):
    event = rich_event(id="linked", date="2019-02")
    linked = event.sources[0].model_copy(update={"url": "https://news.example/a"})
    event = event.model_copy(update={"sources": [linked]})
    calendar = icalendar.Calendar.from_ical(events_to_ics([event], views_vocabulary))
    (vevent,) = calendar.walk("VEVENT")
    assert "<https://news.example/a>" in str(vevent["description"])
    assert events_from_csv(events_to_csv([event], views_vocabulary))[0].sources[0].url == (
        "https://news.example/a"
    )


def test_ics_of_the_fixture_file_parses(fixture_events, views_vocabulary):
    calendar = icalendar.Calendar.from_ical(events_to_ics(fixture_events, views_vocabulary))
    assert len(calendar.walk("VEVENT")) == len(fixture_events)


def test_timelinejs_has_required_fields_at_known_precision(views_vocabulary):
    events = [
        rich_event(id="month", date="2019-02"),
        rich_event(id="day", date="2018-07-27", national=True, crcs=[]),
        rich_event(id="ranged", date="2016-06-01", end="2016-09", crcs=[], owners=[]),
    ]
    document = json.loads(events_to_timelinejs(events, views_vocabulary, title="<T>"))
    assert document["title"]["text"]["headline"] == "&lt;T&gt;"
    by_id = {entry["unique_id"]: entry for entry in document["events"]}
    assert {k: v for k, v in by_id["month"]["start_date"].items() if k != "display_date"} == {
        "year": "2019",
        "month": "2",
    }
    assert by_id["day"]["start_date"]["day"] == "27"
    assert by_id["ranged"]["end_date"]["month"] == "9"
    assert "day" not in by_id["ranged"]["end_date"]
    assert [by_id[i]["group"] for i in ("month", "day", "ranged")] == [
        "Wales",
        "All CRCs (national)",
        "Other",
    ]
    headline = by_id["month"]["text"]["headline"]
    assert "<b>" not in headline and "&lt;b&gt;high&lt;/b&gt;" in headline


def test_timelinejs_places_a_quarter_at_its_first_month_and_names_it(views_vocabulary):
    document = json.loads(
        events_to_timelinejs([rich_event(id="q3", date="2019-Q3")], views_vocabulary)
    )
    (entry,) = document["events"]
    assert entry["start_date"] == {"year": "2019", "month": "7", "display_date": "Q3 2019"}


def test_timelinejs_group_follows_lanes(views_vocabulary):
    document = json.loads(events_to_timelinejs([rich_event()], views_vocabulary, lanes="type"))
    assert document["events"][0]["group"] == "Report published"


def test_html_is_standalone_and_interactive(fixture_events, views_vocabulary):
    page = render(fixture_events, views_vocabulary, "html").decode()
    assert '<script src="http' not in page and "<script src='http" not in page
    assert len(page) > 1_000_000, "plotly.js itself is inline, so the page works offline"
    assert "Working Links enters administration" in page
    # No range slider: it would squash the stacked rows; plotly's own zoom and pan remain.
    assert '"rangeslider":{"visible":false}' in page.replace(" ", "")


def test_static_export_figure_covers_the_events_dates(fixture_events, views_vocabulary):
    fig = export_figure(fixture_events, views_vocabulary, "png", EventFilter(), ExportOptions())
    start, end = (dt.date.fromisoformat(x) for x in fig.layout.xaxis.range)
    assert start <= min(e.when.start() for e in fixture_events)
    assert end >= max(e.when.end() for e in fixture_events)
    assert fig.layout.xaxis.rangeslider.visible is False
    assert {trace.type for trace in fig.data} == {"scatter"}


def test_export_figure_of_one_crc_has_only_its_row(fixture_events, views_vocabulary):
    flt = EventFilter(crcs=("Wales",))
    shown = filter_events(fixture_events, flt, views_vocabulary)
    fig = export_figure(shown, views_vocabulary, "svg", flt, ExportOptions())
    assert list(fig.layout.yaxis.ticktext) == ["All CRCs (national)", "Wales"]
    assert fig.layout.title.text == "Events by CRC: Wales"


def test_export_view_is_the_filters_view_titled_by_the_filter(fixture_events, views_vocabulary):
    flt = EventFilter(owners=("Seetec",))
    options = ExportOptions(lanes="owner")
    shown = filter_events(fixture_events, flt, views_vocabulary)
    view = export_view(shown, views_vocabulary, flt, options)
    assert view == filtered_view(
        shown, views_vocabulary, flt, "owner", title="Events by owner: Seetec"
    )
    fig = export_figure(shown, views_vocabulary, "png", flt, options)
    assert list(fig.layout.yaxis.ticktext) == [row.label for row in view.rows]
    assert sum(len(t.customdata) for t in fig.data if t.customdata is not None) == len(view.markers)


def test_static_image_without_renderer_is_refused(fixture_events, views_vocabulary):
    with pytest.raises(ExportError, match="needs a started ImageRenderer"):
        render(fixture_events, views_vocabulary, "svg")


# --- writing safely --------------------------------------------------------------------------


def test_write_atomically_replaces_whole_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_atomically_failure_leaves_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old")

    def refuse(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="out.csv: cannot write: No space left on device"):
        write_atomically(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda base: base / "missing" / "out.csv", "does not exist"),
        (lambda base: base, "is a directory"),
    ],
)
def test_write_atomically_bad_path_is_one_line_error(tmp_path, make, message):
    with pytest.raises(ExportError, match=message):
        write_atomically(make(tmp_path), b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_write_atomically_read_only_directory_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(ExportError, match="not writable"):
        write_atomically(locked / "out.csv", b"x")


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_export_unwritable_directory_is_refused_before_drawing(fixture_events, views_vocabulary):
    # /proc takes no new files, even for root; the check comes before any browser starts.
    with pytest.raises(ExportError, match="/proc/out.png: cannot write"):
        export_events(fixture_events, views_vocabulary, Path("/proc/out.png"))


def test_export_events_filters_before_writing(tmp_path, fixture_events, views_vocabulary):
    output = tmp_path / "wales.json"
    result = export_events(
        fixture_events, views_vocabulary, output, flt=EventFilter(crcs=("Wales",))
    )
    written = events_from_json(output.read_text())
    assert [e.id for e in written] == [
        "2016-05-wales-inspection",
        "2018-07-27-early-termination",
        "2019-02-15-working-links-administration",
    ]
    assert result.events == 3 and result.format == "json"


# --- the command -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.csv", "out.json", "out.ics", "out.html"])
def test_cli_export_writes_data_formats(tmp_path, name):
    output = tmp_path / name
    result = invoke("export", str(output), str(EVENTS_FILE))
    assert result.exit_code == 0, result.output
    assert output.stat().st_size > 0
    assert f"wrote {output}" in result.output


def test_cli_export_timelinejs_format(tmp_path):
    output = tmp_path / "tl.json"
    result = invoke("export", str(output), str(EVENTS_FILE), "--format", "timelinejs")
    assert result.exit_code == 0, result.output
    assert len(json.loads(output.read_text())["events"]) == 5


def test_cli_export_no_match_warns_and_still_writes(tmp_path):
    output = tmp_path / "none.csv"
    result = invoke("export", str(output), str(EVENTS_FILE), "--search", "no such words")
    assert result.exit_code == 0, result.output
    assert "Warning: no events match these filters" in result.output
    assert output.read_text().count("\n") == 1, "only the header"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["out.gif"], 'unknown extension ".gif"'),
        (["missing/out.csv"], "does not exist"),
        (["out.csv", "--crc", "Walse"], 'did you mean "Wales"?'),
        (["out.csv", "--from", "2019-13"], "--from:"),
    ],
)
def test_cli_export_bad_input_is_one_line_and_writes_nothing(tmp_path, args, message):
    os.chdir(tmp_path)
    result = invoke("export", args[0], str(EVENTS_FILE), *args[1:])
    assert result.exit_code == 1
    assert message in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert list(tmp_path.rglob("*")) == []


def test_cli_export_invalid_events_file_reports_validation_error(tmp_path):
    broken = tmp_path / "events.yaml"
    broken.write_text('version: 1\nevents:\n  - id: a\n    date: "2019-02-30"\n    type: x\n')
    output = tmp_path / "out.csv"
    result = invoke("export", str(output), str(broken))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {broken}:")
    assert not output.exists()


def test_cli_export_missing_chromium_fails_fast_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    started = time.perf_counter()
    result = invoke("export", str(tmp_path / "out.png"), str(EVENTS_FILE))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert "apt-get install -y chromium" in result.output
    assert result.output.count("\n") == 1
    assert not (tmp_path / "out.png").exists()


def test_find_browser_without_any_chromium_says_how_to_install(monkeypatch):
    from choreographer.browsers.chromium import Chromium

    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setattr(Chromium, "find_browser", classmethod(lambda cls, **kwargs: None))
    with pytest.raises(ExportError, match="needs Chromium, which was not found: install"):
        find_browser()


def test_cli_export_refuses_output_and_batch_together(tmp_path):
    result = invoke("export", "--per-crc", str(tmp_path), "a.png", str(EVENTS_FILE))
    assert result.exit_code == 2
    assert "at most FILE" in result.output


def test_cli_export_per_crc_data_files(tmp_path):
    result = invoke("export", "--per-crc", str(tmp_path), "--format", "csv", str(EVENTS_FILE))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == len(load_vocabulary().crc_names) == 21
    assert "wales.csv" in names and "dorset-devon-and-cornwall.csv" in names
    wales = events_from_csv((tmp_path / "wales.csv").read_text())
    assert {e.id for e in wales} == {
        "2016-05-wales-inspection",
        "2018-07-27-early-termination",
        "2019-02-15-working-links-administration",
    }


def test_cli_export_per_owner_is_ownership_aware(tmp_path):
    result = invoke("export", "--per-owner", str(tmp_path), "--format", "json", str(EVENTS_FILE))
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.iterdir())) == len(load_vocabulary().owner_names)
    seetec = events_from_json((tmp_path / "seetec.json").read_text())
    # Seetec took over Wales and DDC on 15 Feb 2019: the 2020 DDC audit is its, 2016 Wales not.
    assert {e.id for e in seetec} == {
        "2018-07-27-early-termination",
        "2019-02-15-working-links-administration",
        "2020-ddc-audit",
    }


# --- static images (Chromium) ----------------------------------------------------------------


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize(("width", "scale"), [(800, 1.0), (600, 2.0)])
def test_png_has_signature_and_requested_size(
    renderer, fixture_events, views_vocabulary, width, scale
):
    options = ExportOptions(width=width, height=400, scale=scale)
    data = render(fixture_events, views_vocabulary, "png", options=options, renderer=renderer)
    assert png_size(data) == (int(width * scale), int(400 * scale))


@pytest.mark.browser
@needs_chromium
def test_svg_shows_the_filtered_titles_only(renderer, fixture_events, views_vocabulary):
    flt = EventFilter(crcs=("Northumbria",), include_national=False)
    shown = filter_events(fixture_events, flt, views_vocabulary)
    svg = render(shown, views_vocabulary, "svg", flt=flt, renderer=renderer).decode()
    assert svg.lstrip().startswith("<svg")
    assert "Sodexo takes over Northumbria CRC" in svg
    for hidden in ("Inspection report on Wales CRC", "All CRC contracts to end early"):
        assert hidden not in svg


@pytest.mark.browser
@needs_chromium
def test_pdf_is_a_valid_pdf(renderer, fixture_events, views_vocabulary):
    data = render(fixture_events, views_vocabulary, "pdf", renderer=renderer)
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


@pytest.mark.browser
@needs_chromium
def test_kept_renderer_image_does_not_depend_on_earlier_ones(
    renderer, fixture_events, views_vocabulary
):
    options = ExportOptions(width=600, height=300)
    wales = EventFilter(crcs=("Wales",))
    first = render(fixture_events, views_vocabulary, "png", options=options, renderer=renderer)
    other = render(
        filter_events(fixture_events, wales, views_vocabulary),
        views_vocabulary,
        "png",
        flt=wales,
        options=options,
        renderer=renderer,
    )
    again = render(fixture_events, views_vocabulary, "png", options=options, renderer=renderer)
    assert other != first
    assert again == first


@pytest.mark.browser
@needs_chromium
def test_no_match_image_says_so(renderer, views_vocabulary):
    svg = render([], views_vocabulary, "svg", renderer=renderer).decode()
    assert "No events match these filters" in svg


@pytest.mark.browser
@needs_chromium
def test_cli_export_png_scale(tmp_path):
    output = tmp_path / "out.png"
    result = invoke(
        "export",
        str(output),
        str(EVENTS_FILE),
        "--width",
        "500",
        "--height",
        "300",
        "--scale",
        "2",
    )
    assert result.exit_code == 0, result.output
    assert png_size(output.read_bytes()) == (1000, 600)
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


@pytest.mark.browser
@needs_chromium
def test_cli_export_per_crc_png_batch(tmp_path):
    result = invoke(
        "export",
        "--per-crc",
        str(tmp_path),
        "--format",
        "png",
        "--width",
        "400",
        "--height",
        "250",
        str(EVENTS_FILE),
    )
    assert result.exit_code == 0, result.output
    crcs = load_vocabulary().crc_names
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{slugify(c)}.png" for c in crcs)
    assert all(png_size(p.read_bytes()) == (400, 250) for p in tmp_path.iterdir())
    assert "wrote 21 png files" in result.output


@pytest.mark.browser
@needs_chromium
def test_renderer_works_where_an_event_loop_already_runs(fixture_events, views_vocabulary):
    # A notebook, or a test session that drove a browser with Playwright, has a loop running.
    async def export_from_async_code() -> bytes:
        with ImageRenderer() as own:
            return render(
                fixture_events,
                views_vocabulary,
                "png",
                options=ExportOptions(width=400, height=300),
                renderer=own,
            )

    # In a thread of its own, so this test's loop is the only one there.
    with ThreadPoolExecutor(max_workers=1) as thread:
        image = thread.submit(asyncio.run, export_from_async_code()).result()
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
