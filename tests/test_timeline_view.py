"""timeline_view.py: the rows, markers, bands and axis one drawing of the timeline shows."""

from __future__ import annotations

import pytest
from factories import make_event

from timeline.nouns import Nouns
from timeline.view.filters import EventFilter
from timeline.view.palette import owner_colour, type_colour
from timeline.view.timeline_view import (
    LABELLED_EVENTS_MAX,
    Band,
    Marker,
    filtered_view,
    timeline_view,
)
from timeline.vocabulary import Vocabulary

DDC = "Dorset, Devon and Cornwall"
RAIL_NOUNS = Nouns(
    unit="franchise",
    units="franchises",
    owner="operator",
    owners="operators",
    national="All franchises (national)",
    no_unit="No franchise",
)


@pytest.fixture()
def small_events():
    """A national day event, a month-precision event naming no CRC, a day event in two CRCs."""
    return [
        make_event("ended", "2018-07-27", type="contract_terminated", national=True),
        make_event("audit", "2019-02", title="An audit of nobody in particular"),
        make_event("collapse", "2019-02-15", type="company_collapsed", crcs=["Wales", DDC]),
    ]


def _with_nouns(vocabulary: Vocabulary, nouns: Nouns) -> Vocabulary:
    return Vocabulary(vocabulary.taxonomy, vocabulary.register.model_copy(update={"nouns": nouns}))


def test_timeline_view_rows_run_national_register_order_then_other(views_vocabulary, small_events):
    view = timeline_view(small_events, views_vocabulary)
    assert [(row.name, row.label) for row in view.rows] == [
        ("All CRCs (national)", "All CRCs (national)"),
        ("Wales", "Wales"),
        (DDC, DDC),
        ("Other", "Other"),
    ]


def test_timeline_view_rows_use_the_storys_own_nouns(views_vocabulary, small_events):
    view = timeline_view(small_events, _with_nouns(views_vocabulary, RAIL_NOUNS))
    assert [row.name for row in view.rows] == [
        "All franchises (national)",
        "Wales",
        DDC,
        "No franchise",
    ]


def test_timeline_view_markers_say_where_each_event_sits_in_each_row(
    views_vocabulary, small_events
):
    view = timeline_view(small_events, views_vocabulary, labels=False)
    positions = [(m.event_id, view.rows[m.row].name, m.x, m.span) for m in view.markers]
    assert positions == [
        ("ended", "All CRCs (national)", "2018-07-27", None),
        # A month is a span over its days, its marker in the middle: no day is invented.
        ("audit", "Other", "2019-02-15T00:00:00", ("2019-02-01", "2019-03-01")),
        ("collapse", "Wales", "2019-02-15", None),
        ("collapse", DDC, "2019-02-15", None),
    ]
    collapse = view.markers[2]
    assert collapse.type == "company_collapsed"
    assert collapse.colour == type_colour(views_vocabulary, "company_collapsed")
    assert "Company collapsed" in collapse.hover
    assert "CRCs: Wales, Dorset, Devon and Cornwall" in collapse.hover
    assert collapse.label == ""


def test_timeline_view_hover_names_the_national_row_in_the_storys_nouns(
    views_vocabulary, small_events
):
    view = timeline_view(small_events, _with_nouns(views_vocabulary, RAIL_NOUNS))
    (ended,) = view.markers_of("ended")
    assert "All franchises (national)" in ended.hover


def test_timeline_view_markers_of_gives_an_events_marker_in_every_row(
    views_vocabulary, small_events
):
    view = timeline_view(small_events, views_vocabulary)
    assert [view.rows[m.row].name for m in view.markers_of("collapse")] == ["Wales", DDC]
    assert view.markers_of(None) == ()
    assert view.markers_of("no-such-event") == ()


def test_timeline_view_bands_are_owners_within_the_axis_range(views_vocabulary, small_events):
    view = timeline_view(small_events, views_vocabulary, every_crc=True)
    assert view.x_range == ("2018-07-07", "2019-03-21")
    by_row = {}
    for band in view.bands:
        by_row.setdefault(view.rows[band.row].name, []).append(band)
    wales = [row.name for row in view.rows].index("Wales")
    assert by_row["Wales"] == [
        Band(
            wales,
            "Working Links",
            "2018-07-07",
            "2019-02-15",
            owner_colour(views_vocabulary, "Working Links"),
        ),
        Band(wales, "Seetec", "2019-02-15", "2019-03-21", owner_colour(views_vocabulary, "Seetec")),
    ]
    # A preferred bidder does not hold the CRC; rows without a CRC have no bands.
    assert [band.owner for band in by_row["Northumbria"]] == ["Sodexo"]
    assert set(by_row) == {"Wales", DDC, "Northumbria"}


def test_timeline_view_has_bands_only_in_crc_rows(views_vocabulary, small_events):
    assert timeline_view(small_events, views_vocabulary, lanes="owner").bands == ()


def test_timeline_view_type_rows_show_type_labels(views_vocabulary, small_events):
    view = timeline_view(small_events, views_vocabulary, lanes="type")
    assert [(row.name, row.label) for row in view.rows] == [
        ("company_collapsed", "Company collapsed"),
        ("report_published", "Report published"),
        ("contract_terminated", "Contract terminated"),
    ]
    assert [entry.type for entry in view.legend] == [row.name for row in view.rows]


def test_timeline_view_legend_lists_types_present_in_taxonomy_order(views_vocabulary):
    events = [
        make_event("b", "2016-01-01", type="unknown_type"),
        make_event("a", "2016-01-01", type="report_published"),
        make_event("c", "2016-01-01", type="contract_awarded"),
    ]
    legend = timeline_view(events, views_vocabulary).legend
    assert [(entry.type, entry.label) for entry in legend] == [
        ("contract_awarded", "Contract awarded"),
        ("report_published", "Report published"),
        ("unknown_type", "unknown_type"),
    ]


@pytest.mark.parametrize(
    ("count", "labels", "labelled"),
    [
        (LABELLED_EVENTS_MAX, None, True),
        (LABELLED_EVENTS_MAX + 1, None, False),
        (LABELLED_EVENTS_MAX + 1, True, True),
        (1, False, False),
    ],
)
def test_timeline_view_tries_labels_unless_very_many_or_asked_not(
    views_vocabulary, count, labels, labelled
):
    title = "Probation inspectors find caseloads far too high across the whole of Wales"
    events = [make_event(f"e{i}", f"{2000 + i % 20}-01-01", title=title) for i in range(count)]
    view = timeline_view(events, views_vocabulary, labels=labels)
    assert view.labelled is labelled
    shortened = "Probation inspectors find caseloads far…"
    assert {marker.label for marker in view.markers} <= {shortened, "Probation…", ""}
    if not labelled:
        assert not any(marker.label for marker in view.markers)


def test_timeline_view_stacks_a_dense_day_one_marker_per_level(views_vocabulary):
    events = [make_event(f"e{i}", "2016-01-01", crcs=["Wales"]) for i in range(10)]
    view = timeline_view(events, views_vocabulary, plot_px=800)
    (row,) = [row for row in view.rows if row.name == "Wales"]
    assert sorted(marker.y for marker in view.markers) == [
        row.top + row.strip + level + 0.5 for level in range(10)
    ]
    assert all(marker.label for marker in view.markers)
    assert view.overlapping == 0


def test_timeline_view_leaves_out_a_label_that_cannot_fit(views_vocabulary):
    long_title = "An inspection report " * 8
    events = [
        make_event("a", "2016-01-01", title=long_title, crcs=["Wales"]),
        make_event("b", "2016-01-05", title=long_title, crcs=["Wales"]),
    ]
    view = timeline_view(events, views_vocabulary, plot_px=300)
    labels = {marker.event_id: marker.label for marker in view.markers}
    assert all(len(label) < len(long_title) for label in labels.values())
    assert view.overlapping == 0


def test_timeline_view_numbers_unlabelled_markers_on_a_page(views_vocabulary):
    events = [make_event(f"e{i}", "2016-01-01", crcs=["Wales"]) for i in range(60)]
    view = timeline_view(events, views_vocabulary, plot_px=120, numbered=True)
    numbered = [marker for marker in view.markers if marker.number]
    assert numbered and all(not marker.label for marker in numbered)
    assert [line.number for line in view.key] == list(range(1, len(view.key) + 1))
    assert {line.event_id for line in view.key} == {marker.event_id for marker in numbered}


def test_timeline_view_keeps_document_text_plain_but_escapes_hover(views_vocabulary):
    event = make_event("xss", "2019-01-01", title="<b>bold</b>", crcs=["<i>Atlantis"])
    view = timeline_view([event], views_vocabulary, labels=True)
    (marker,) = view.markers
    assert marker.label == "<b>bold</b>"
    assert [(row.name, row.label) for row in view.rows] == [("<i>Atlantis", "<i>Atlantis")]
    assert "&lt;b&gt;bold&lt;/b&gt;" in marker.hover
    assert "<i>" not in marker.hover


def test_timeline_view_of_no_events_is_empty(views_vocabulary):
    view = timeline_view([], views_vocabulary, every_crc=True, title="Nothing")
    assert (view.rows, view.markers, view.bands, view.x_range) == ((), (), (), None)
    assert view.title == "Nothing"


def test_filtered_view_keeps_the_rows_the_filter_is_about(views_vocabulary, small_events):
    wales = filtered_view(small_events, views_vocabulary, EventFilter(crcs=("Wales",)))
    assert [row.name for row in wales.rows] == ["All CRCs (national)", "Wales", "Other"]
    everything = filtered_view(small_events, views_vocabulary, EventFilter(), empty_rows=True)
    assert [row.name for row in everything.rows] == [
        "All CRCs (national)",
        *views_vocabulary.crc_names,
        "Other",
    ]


def test_filtered_view_hides_rows_without_events_unless_asked(views_vocabulary, small_events):
    view = filtered_view(small_events, views_vocabulary, EventFilter())
    assert [row.name for row in view.rows] == ["All CRCs (national)", "Wales", DDC, "Other"]


def test_filtered_view_keeps_a_chosen_row_without_events_and_says_so(views_vocabulary):
    national = [make_event("n", "2019-01-01", national=True)]
    view = filtered_view(national, views_vocabulary, EventFilter(crcs=("Essex",)))
    assert [row.name for row in view.rows] == ["All CRCs (national)", "Essex"]
    assert view.without_events == ("Essex",)


def test_timeline_view_is_a_pure_function_of_its_arguments(views_vocabulary, small_events):
    before = [event.model_copy(deep=True) for event in small_events]
    first = timeline_view(small_events, views_vocabulary, title="T")
    assert timeline_view(small_events, views_vocabulary, title="T") == first
    assert small_events == before
    assert all(isinstance(marker, Marker) for marker in first.markers)
