"""figure.py: the pure timeline figure the dashboard shows and `timeline export` draws."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import plotly.graph_objects as go
import pytest
from factories import make_event

from timeline.model import Source
from timeline.partial_date import PartialDate
from timeline.view.figure import (
    LABELLED_EVENTS_MAX,
    NATIONAL_LANE,
    NO_EVENTS_NOTE,
    OTHER_LANE,
    build_figure,
    figure_data,
    view_figure,
    view_figure_data,
)
from timeline.view.figure_names import figure_filename
from timeline.view.filters import EventFilter
from timeline.view.palette import type_colour
from timeline.view.timeline_view import filtered_view, timeline_view

FIXTURES = Path(__file__).parent / "fixtures" / "views"


def lanes_of(fig: go.Figure) -> list[str]:
    """Give the rows' names as drawn, a name wrapped on two lines read as one."""
    return [text.replace("<br>", " ") for text in fig.layout.yaxis.ticktext]


def points_of(fig: go.Figure, event_id: str) -> list[tuple[str, str]]:
    """Give (x, lane name) of every hoverable point of the event (a row's levels around its
    name's tick: the nearest tick names a point's row)."""
    lanes = lanes_of(fig)
    ticks = list(fig.layout.yaxis.tickvals)
    found = []
    for trace in fig.data:
        if trace.customdata is None or trace.name == "Selected":
            continue
        for x, y, ident in zip(trace.x, trace.y, trace.customdata, strict=True):
            if ident == event_id:
                nearest = min(range(len(ticks)), key=lambda index: abs(ticks[index] - y))
                found.append((x, lanes[nearest]))
    return found


def band_owners(fig: go.Figure, lane: str) -> list[str]:
    """Give the owners named on a row's bands, left to right, once each."""
    centre = fig.layout.yaxis.tickvals[lanes_of(fig).index(lane)]
    bands = [s for s in fig.layout.shapes if s.type == "rect" and s.y0 < centre < s.y1]
    (names,) = [trace for trace in fig.data if trace.name == "Owners"] or [None]
    named = []
    for band in bands:
        for x, y, text in zip(names.x, names.y, names.text, strict=True):
            if band.y0 < y < band.y1 and band.x0 <= x < band.x1 and text not in named:
                named.append(text)
    return named


def to_date(x: str) -> dt.date:
    return dt.datetime.fromisoformat(x).date()


def test_build_figure_event_with_several_crcs_is_in_each_lane(views_vocabulary):
    event = make_event("both", "2016-03-01", crcs=["Wales", "Northumbria"])
    fig = build_figure([event], views_vocabulary)
    assert sorted(lane for _, lane in points_of(fig, "both")) == ["Northumbria", "Wales"]


def test_build_figure_only_lanes_keeps_the_filtered_rows(views_vocabulary):
    events = [
        make_event("both", "2016-03-01", crcs=["Wales", "Northumbria"]),
        make_event("all", "2017-03-01", national=True),
    ]
    fig = build_figure(events, views_vocabulary, only_lanes=["Wales"])
    assert lanes_of(fig) == [NATIONAL_LANE, "Wales"]
    assert [lane for _, lane in points_of(fig, "both")] == ["Wales"]


@pytest.mark.parametrize(
    ("fields", "lane"),
    [
        ({"national": True}, NATIONAL_LANE),
        ({}, OTHER_LANE),
        ({"crcs": ["Wales"]}, "Wales"),
    ],
)
def test_build_figure_puts_national_and_unattached_events_in_their_lanes(
    views_vocabulary, fields, lane
):
    fig = build_figure([make_event("one", "2017-01-01", **fields)], views_vocabulary)
    assert [name for _, name in points_of(fig, "one")] == [lane]


def test_build_figure_orders_lanes_national_register_other(views_vocabulary):
    events = [
        make_event("a", "2016", title="x"),
        make_event("b", "2016-01-02", crcs=["Northumbria"]),
        make_event("c", "2016-01-03", crcs=["Wales"]),
        make_event("d", "2016-01-04", national=True),
    ]
    fig = build_figure(events, views_vocabulary)
    assert lanes_of(fig) == [NATIONAL_LANE, "Wales", "Northumbria", OTHER_LANE]


def test_build_figure_gives_every_crc_a_lane_with_its_owners_even_without_events(views_vocabulary):
    events = [make_event("a", "2016-01-02", crcs=["Wales"])]
    fig = build_figure(events, views_vocabulary, every_crc=True)
    assert lanes_of(fig) == list(views_vocabulary.crc_names)
    assert band_owners(fig, "Northumbria") == ["Sodexo"]


def test_build_figure_owner_lanes_follow_ownership_on_the_date(views_vocabulary):
    events = [
        make_event("before", "2018-05-01", crcs=["Wales"]),
        make_event("after", "2020-05-01", crcs=["Wales"]),
    ]
    fig = build_figure(events, views_vocabulary, lanes="owner")
    assert [lane for _, lane in points_of(fig, "before")] == ["Working Links"]
    assert [lane for _, lane in points_of(fig, "after")] == ["Seetec"]


def test_build_figure_type_lanes_use_type_labels(views_vocabulary):
    events = [make_event("a", "2016-01-01", type="company_collapsed")]
    fig = build_figure(events, views_vocabulary, lanes="type")
    assert lanes_of(fig) == ["Company collapsed"]


@pytest.mark.parametrize(
    ("date", "end", "first", "after_last"),
    [
        ("2019-02", None, dt.date(2019, 2, 1), dt.date(2019, 3, 1)),
        ("2019", None, dt.date(2019, 1, 1), dt.date(2020, 1, 1)),
        ("2016-06-01", "2016-09", dt.date(2016, 6, 1), dt.date(2016, 10, 1)),
        ("2019-Q3", None, dt.date(2019, 7, 1), dt.date(2019, 10, 1)),
        ("2018-winter", None, dt.date(2018, 12, 1), dt.date(2019, 3, 1)),
    ],
)
def test_build_figure_draws_imprecise_dates_as_bars_over_their_span(
    views_vocabulary, date, end, first, after_last
):
    fig = build_figure([make_event("span", date, end=end, crcs=["Wales"])], views_vocabulary)
    bars = [trace for trace in fig.data if trace.mode == "lines"]
    assert len(bars) == 1
    assert [to_date(x) for x in bars[0].x if x] == [first, after_last]
    (marker,) = [trace for trace in fig.data if trace.customdata]
    assert marker.marker.color == "#ffffff", "a span's marker is hollow"
    assert first < to_date(marker.x[0]) < after_last


def test_build_figure_never_puts_a_month_event_on_a_filled_day_marker(views_vocabulary):
    events = [
        make_event("day", "2019-02-15", crcs=["Wales"]),
        make_event("month", "2019-02", crcs=["Wales"]),
    ]
    fig = build_figure(events, views_vocabulary)
    filled = [t for t in fig.data if t.customdata and t.marker.color != "#ffffff"]
    assert [list(t.customdata) for t in filled] == [["day"]]
    assert list(filled[0].x) == ["2019-02-15"]


def test_build_figure_x_range_covers_every_event(views_vocabulary):
    events = [
        make_event("early", "2014-06-01", national=True),
        make_event("late-year", "2021", crcs=["Wales"]),
    ]
    fig = build_figure(events, views_vocabulary)
    start, end = (to_date(x) for x in fig.layout.xaxis.range)
    assert fig.layout.xaxis.type == "date"
    assert start < dt.date(2014, 6, 1)
    assert end > dt.date(2021, 12, 31)
    assert start.year > 1970


def test_build_figure_escapes_document_text_in_hover_and_labels(views_vocabulary):
    hostile = "<img src=x onerror=alert(1)>"
    event = make_event("xss", "2019-01-01", title=hostile, crcs=["Wales"], owners=["<b>Evil"])
    fig = build_figure([event], views_vocabulary, labels=True, title="<script>x</script>")
    (trace,) = [t for t in fig.data if t.customdata]
    assert "<img" not in trace.hovertext[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in trace.hovertext[0]
    assert "&lt;b&gt;Evil" in trace.hovertext[0]
    (labels,) = [t for t in fig.data if t.name == "Labels"]
    assert "<img" not in labels.text[0]
    assert "<script>" not in fig.layout.title.text


def test_build_figure_escapes_unknown_type_and_lane_names(views_vocabulary):
    event = make_event("odd", "2019-01-01", type="<i>odd", crcs=["<b>Atlantis"])
    fig = build_figure([event], views_vocabulary)
    assert [trace.name for trace in fig.data if trace.customdata] == ["&lt;i&gt;odd"]
    assert lanes_of(fig) == ["&lt;b&gt;Atlantis"]


def test_build_figure_hover_gives_date_at_its_precision_and_details(views_vocabulary):
    event = make_event(
        "detail",
        "2019-02",
        type="company_collapsed",
        title="Working Links collapses",
        crcs=["Wales"],
        sources=[Source(document="a.txt"), Source(document="b.txt")],
    )
    (trace,) = [t for t in build_figure([event], views_vocabulary).data if t.customdata]
    hover = trace.hovertext[0]
    for part in (
        "Working Links collapses",
        "Feb 2019",
        "Company collapsed",
        "CRCs: Wales",
        "Owners: Working Links, Seetec",
        "2 sources",
    ):
        assert part in hover


def test_build_figure_colours_markers_by_type_with_one_legend_entry_each(views_vocabulary):
    events = [
        make_event("a", "2016-01-01", type="company_collapsed", crcs=["Wales"]),
        make_event("b", "2016-02", type="company_collapsed", crcs=["Wales"]),
        make_event("c", "2016-03-01", type="report_published", crcs=["Wales"]),
    ]
    fig = build_figure(events, views_vocabulary)
    legend = [trace.name for trace in fig.data if trace.showlegend is not False]
    assert legend == ["Company collapsed", "Report published", "Working Links"]
    owners = [trace.name for trace in fig.data if trace.legend == "legend2"]
    assert owners == ["Working Links"]
    collapsed = [t for t in fig.data if t.legendgroup == "company_collapsed" and t.customdata]
    assert {
        t.marker.line.color if t.marker.color == "#ffffff" else t.marker.color for t in collapsed
    } == {type_colour(views_vocabulary, "company_collapsed")}
    assert type_colour(views_vocabulary, "company_collapsed") != type_colour(
        views_vocabulary, "report_published"
    )


def test_build_figure_draws_ownership_bands_behind_crc_lanes(views_vocabulary):
    events = [make_event("a", "2016-01-01", crcs=["Wales"]), make_event("b", "2020", national=True)]
    fig = build_figure(events, views_vocabulary)
    wales = fig.layout.yaxis.tickvals[lanes_of(fig).index("Wales")]
    bands = [shape for shape in fig.layout.shapes if shape.type == "rect" and shape.y0 < wales]
    bands = [band for band in bands if wales < band.y1]
    assert band_owners(fig, "Wales") == ["Working Links", "Seetec"]
    assert bands[0].x1 == bands[1].x0 == "2019-02-15"
    assert all(band.layer == "below" for band in bands)
    national = fig.layout.yaxis.tickvals[lanes_of(fig).index(NATIONAL_LANE)]
    assert not [s for s in fig.layout.shapes if s.type == "rect" and s.y0 < national < s.y1]


def test_build_figure_bands_show_owners_not_preferred_bidders(views_vocabulary):
    events = [
        make_event("a", "2014-06-01", crcs=["Northumbria"]),
        make_event("b", "2016-06-01", crcs=["Northumbria"]),
    ]
    fig = build_figure(events, views_vocabulary)
    northumbria = fig.layout.yaxis.tickvals[lanes_of(fig).index("Northumbria")]
    (band,) = [s for s in fig.layout.shapes if s.type == "rect" and s.y0 < northumbria < s.y1]
    assert (band_owners(fig, "Northumbria"), band.x0) == (["Sodexo"], "2015-02-01")


def test_build_figure_has_no_bands_outside_crc_lanes(views_vocabulary):
    fig = build_figure([make_event("a", "2016", crcs=["Wales"])], views_vocabulary, lanes="owner")
    assert not [shape for shape in fig.layout.shapes if shape.type == "rect"]


def test_build_figure_empty_says_no_events_match(views_vocabulary):
    fig = build_figure([], views_vocabulary)
    assert not fig.data
    assert [a.text for a in fig.layout.annotations] == [NO_EVENTS_NOTE]


def test_build_figure_marks_the_selected_event(views_vocabulary):
    events = [
        make_event("a", "2016-01-01", crcs=["Wales", "Northumbria"]),
        make_event("b", "2017-01-01", crcs=["Wales"]),
    ]
    fig = build_figure(events, views_vocabulary, selected_id="a")
    (selected,) = [t for t in fig.data if t.name == "Selected"]
    assert list(selected.customdata) == ["a", "a"]
    assert not [t for t in build_figure(events, views_vocabulary).data if t.name == "Selected"]


def test_build_figure_options_theme_rangeslider_and_labels(views_vocabulary):
    events = [make_event("a", "2016-01-01", crcs=["Wales"], title="Short title")]
    light = build_figure(events, views_vocabulary, rangeslider=True)
    printed = build_figure(events, views_vocabulary, theme="print")
    assert light.layout.xaxis.rangeslider.visible is True
    assert printed.layout.xaxis.rangeslider.visible is False
    assert (
        light.layout.template.layout.xaxis.showgrid != printed.layout.template.layout.xaxis.showgrid
    )
    (labels,) = [t for t in light.data if t.name == "Labels"]
    assert list(labels.text) == ["Short title"]
    unlabelled = build_figure(events, views_vocabulary, labels=False).data
    assert not [t for t in unlabelled if t.name == "Labels"]


def test_build_figure_labels_no_markers_when_very_many(views_vocabulary):
    many = [
        make_event(f"e{i}", "2016-01-01", crcs=["Wales"]) for i in range(LABELLED_EVENTS_MAX + 1)
    ]
    assert not [t for t in build_figure(many, views_vocabulary).data if t.name == "Labels"]


def test_build_figure_is_valid_plotly_and_pure(views_vocabulary):
    events = [
        make_event("a", "2016-01-01", crcs=["Wales"]),
        make_event("b", "2019", national=True),
        make_event("c", "2018-04", crcs=["Elsewhere"]),
    ]
    before = [event.model_copy(deep=True) for event in events]
    first = build_figure(events, views_vocabulary, title="T", selected_id="a")
    second = build_figure(events, views_vocabulary, title="T", selected_id="a")
    # Re-validating the figure raises if any property is not plotly's.
    go.Figure(first.to_plotly_json())
    assert first.to_plotly_json() == second.to_plotly_json()
    assert events == before


def test_build_figure_uses_webgl_for_many_points_and_stays_fast(views_vocabulary):
    crcs = views_vocabulary.crc_names
    events = [
        make_event(
            f"e{i}",
            str(
                PartialDate(2015 + i % 6, 1 + i % 12, 1 + i % 28)
                if i % 5
                else PartialDate(2015 + i % 6, 1 + i % 12)
            ),
            type=views_vocabulary.type_names[i % 4],
            crcs=[crcs[i % 3]],
        )
        for i in range(10_000)
    ]
    started = time.perf_counter()
    fig = build_figure(events, views_vocabulary)
    elapsed = time.perf_counter() - started
    assert {trace.type for trace in fig.data if trace.customdata} == {"scattergl"}
    assert sum(len(t.customdata) for t in fig.data if t.customdata is not None) == 10_000
    # Generous for a shared CI machine; benchmarks/ measures the real number.
    assert elapsed < 5


@pytest.mark.parametrize(
    ("flt", "lanes", "name"),
    [
        (EventFilter(), "crc", "timeline-by-crc.png"),
        (
            EventFilter(crcs=("Dorset, Devon and Cornwall",)),
            "crc",
            "timeline-by-crc-dorset-devon-and-cornwall.png",
        ),
        (
            EventFilter(owners=("Working Links",), date_from=PartialDate(2019)),
            "owner",
            "timeline-by-owner-working-links-2019-to.png",
        ),
        (
            EventFilter(search="Bust!", include_national=False),
            "type",
            "timeline-by-type-bust-no-national.png",
        ),
    ],
)
def test_figure_filename_says_what_the_figure_shows(flt, lanes, name):
    assert figure_filename(flt, lanes) == name


def test_figure_filename_takes_the_extension():
    assert figure_filename(EventFilter(), "crc", ".svg") == "timeline-by-crc.svg"


def test_figure_data_is_the_figure_as_plain_data(views_vocabulary):
    events = [make_event("a", "2019-02", crcs=["Wales"]), make_event("b", "2019-02-15")]
    data = figure_data(events, views_vocabulary, every_crc=True)
    figure = build_figure(events, views_vocabulary, every_crc=True).to_plotly_json()
    assert data["data"] == figure["data"]
    assert data["layout"]["yaxis"] == figure["layout"]["yaxis"]


def test_view_figure_draws_each_marker_where_the_view_puts_it(views_vocabulary):
    events = [
        make_event("day", "2019-02-15", crcs=["Wales", "Northumbria"]),
        make_event("month", "2019-02", national=True),
        make_event("other", "2018", title="No CRC named"),
    ]
    view = timeline_view(events, views_vocabulary)
    fig = view_figure(view, selected_id="day")
    drawn = sorted(
        (ident, x, y)
        for trace in fig.data
        if trace.customdata is not None and trace.name != "Selected"
        for ident, x, y in zip(trace.customdata, trace.x, trace.y, strict=True)
    )
    assert drawn == sorted((m.event_id, m.x, m.y) for m in view.markers)
    assert lanes_of(fig) == [row.label for row in view.rows]
    (ring,) = [trace for trace in fig.data if trace.name == "Selected"]
    assert list(zip(ring.x, ring.y, strict=True)) == [(m.x, m.y) for m in view.markers_of("day")]


def test_figure_data_is_the_drawing_of_the_timeline_view(views_vocabulary):
    events = [make_event("a", "2019-02", crcs=["Wales"]), make_event("b", "2019-02-15")]
    options = {"lanes": "crc", "every_crc": True, "title": "T"}
    assert figure_data(events, views_vocabulary, **options) == view_figure_data(
        timeline_view(events, views_vocabulary, **options)
    )


BAD_INPUTS = {
    "500-char-title": [make_event("long", "2019-02-15", title="word " * 100, crcs=["Wales"])],
    "one-emoji-title": [make_event("emoji", "2019-02-15", title="🦉", crcs=["Wales"])],
    "30-crcs": [make_event("many", "2019-02-15", crcs=[f"Region {n}" for n in range(30)])],
    "200-on-one-day": [make_event(f"d{n}", "2019-02-15", crcs=["Wales"]) for n in range(200)],
    "no-events": [],
}


@pytest.mark.parametrize("events", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_build_figure_draws_bad_input_sensibly(views_vocabulary, events):
    fig = build_figure(events, views_vocabulary, title="🦉 " + "t" * 500)
    go.Figure(fig.to_plotly_json())  # valid plotly
    assert len(fig.layout.title.text) < 400, "a long title is wrapped and shortened"
    markers = [t for t in fig.data if t.customdata]
    assert sum(len(t.customdata) for t in markers) == sum(
        max(1, len(event.crcs)) for event in events
    )
    if not events:
        assert [a.text for a in fig.layout.annotations] == [NO_EVENTS_NOTE]
    else:
        assert fig.layout.height < 20_000
        labels = [t for t in fig.data if t.name == "Labels"]
        assert all(len(text) < 120 for t in labels for text in t.text)


def test_build_figure_says_when_a_full_row_overlaps(views_vocabulary):
    events = BAD_INPUTS["200-on-one-day"]
    fig = build_figure(events, views_vocabulary)
    assert any("share a place" in a.text for a in fig.layout.annotations)


def test_view_figure_says_when_a_chosen_crc_has_no_events_of_its_own(views_vocabulary):
    national = [make_event("n", "2019-01-01", national=True)]
    view = filtered_view(national, views_vocabulary, EventFilter(crcs=("Essex",)))
    fig = view_figure(view)
    assert "Essex" in lanes_of(fig)
    assert [a.text for a in fig.layout.annotations] == ["Essex has no events of its own here"]
