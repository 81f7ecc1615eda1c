"""filters.py: which events a view shows, and the CLI options that ask for them."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from factories import make_event

from timeline.cli.options import filter_from_options, filter_options, lanes_option
from timeline.errors import TimelineError
from timeline.model import Source
from timeline.partial_date import PartialDate
from timeline.view.filters import EventFilter, filter_events

FIXTURES = Path(__file__).parent / "fixtures" / "views"


EVENTS = [
    make_event("wales-report-2016", "2016-05-10", crcs=["Wales"]),
    make_event("ddc-report-2019-month", "2019-03", crcs=["Dorset, Devon and Cornwall"]),
    make_event("northumbria-award", "2015-02-01", type="contract_awarded", crcs=["Northumbria"]),
    make_event(
        "wl-collapse",
        "2019-02-15",
        type="company_collapsed",
        owners=["Working Links"],
        title="Working Links enters administration",
        sources=[Source(document="d.txt", quote="whose parent company is going bust")],
    ),
    make_event("all-terminated", "2018-07-27", type="contract_terminated", national=True),
    make_event("rejected-wales", "2017-01-01", crcs=["Wales"], rejected=True),
    make_event("unattached", "2020", title="A year-precision event about nothing in particular"),
]


def ids(events) -> list[str]:
    return [event.id for event in events]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (
            EventFilter(),
            [
                "wales-report-2016",
                "ddc-report-2019-month",
                "northumbria-award",
                "wl-collapse",
                "all-terminated",
                "unattached",
            ],
        ),
        (EventFilter(crcs=("Wales",)), ["wales-report-2016", "all-terminated"]),
        (EventFilter(crcs=("Wales",), include_national=False), ["wales-report-2016"]),
        # Working Links held Wales in 2016 and is named by the collapse; DDC passed to Seetec.
        (
            EventFilter(owners=("Working Links",)),
            ["wales-report-2016", "wl-collapse", "all-terminated"],
        ),
        (EventFilter(owners=("Seetec",)), ["ddc-report-2019-month", "all-terminated"]),
        (EventFilter(owners=("Sodexo",), include_national=False), ["northumbria-award"]),
        (EventFilter(types=("company_collapsed",)), ["wl-collapse"]),
        (
            EventFilter(date_from=PartialDate(2019), date_to=PartialDate(2019, 12)),
            ["ddc-report-2019-month", "wl-collapse"],
        ),
        # A year-precision event overlaps any month of its year.
        (EventFilter(date_from=PartialDate(2020, 6), date_to=PartialDate(2020, 6)), ["unattached"]),
        (EventFilter(date_to=PartialDate(2015)), ["northumbria-award"]),
        (EventFilter(search="ADMINISTRATION"), ["wl-collapse"]),
        (EventFilter(search="going bust"), ["wl-collapse"]),
        (EventFilter(crcs=("Wales",), types=("contract_terminated",)), ["all-terminated"]),
    ],
)
def test_filter_events_keeps_what_the_filter_asks_for(views_vocabulary, flt, expected):
    assert ids(filter_events(EVENTS, flt, views_vocabulary)) == expected


def test_filter_events_never_returns_rejected_events(views_vocabulary):
    chosen = filter_events(EVENTS, EventFilter(crcs=("Wales",)), views_vocabulary)
    assert "rejected-wales" not in ids(chosen)


def test_filter_events_owner_on_handover_day_matches_both_owners(views_vocabulary):
    # The month of the handover is within both ownership periods.
    event = make_event("wales-feb-2019", "2019-02", crcs=["Wales"])
    for owner in ("Working Links", "Seetec"):
        assert ids(filter_events([event], EventFilter(owners=(owner,)), views_vocabulary)) == [
            "wales-feb-2019"
        ]


def test_filter_events_event_with_end_matches_by_overlap(views_vocabulary):
    event = make_event("long-running", "2015-06", end="2018-03", crcs=["Wales"])
    flt = EventFilter(date_from=PartialDate(2017), date_to=PartialDate(2017))
    assert ids(filter_events([event], flt, views_vocabulary)) == ["long-running"]


def test_filter_events_crc_missing_from_register_has_no_owner(views_vocabulary):
    event = make_event("elsewhere", "2016", crcs=["Atlantis"])
    assert filter_events([event], EventFilter(owners=("Seetec",)), views_vocabulary) == []
    assert ids(filter_events([event], EventFilter(crcs=("Atlantis",)), views_vocabulary)) == [
        "elsewhere"
    ]


def test_event_filter_is_empty_only_without_conditions():
    assert EventFilter().is_empty()
    assert not EventFilter(search="x").is_empty()


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"crcs": ("wales",)}, EventFilter(crcs=("Wales",))),
        (
            {"crcs": ("DDC", "Dorset, Devon and Cornwall")},
            EventFilter(crcs=("Dorset, Devon and Cornwall",)),
        ),
        ({"owners": ("WL",)}, EventFilter(owners=("Working Links",))),
        ({"types": ("Company collapsed",)}, EventFilter(types=("company_collapsed",))),
        (
            {"date_from": "2019-02", "date_to": "2020"},
            EventFilter(date_from=PartialDate(2019, 2), date_to=PartialDate(2020)),
        ),
        (
            {"search": "  bust ", "include_national": False, "lanes": "owner"},
            EventFilter(search="bust", include_national=False),
        ),
    ],
)
def test_filter_from_options_gives_canonical_names(views_vocabulary, options, expected):
    assert filter_from_options(views_vocabulary, **options) == expected


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"crcs": ("Walse",)}, 'unknown CRC "Walse" (did you mean "Wales"?)'),
        ({"owners": ("Seetek",)}, 'unknown owner "Seetek" (did you mean "Seetec"?)'),
        ({"types": ("collapse",)}, 'did you mean "company_collapsed"?'),
        ({"crcs": ("zzzz",)}, "known: Dorset, Devon and Cornwall; Northumbria; Wales"),
        ({"date_from": "2019-13"}, '--from: "2019-13" is not a valid date'),
        ({"date_to": "last year"}, "--to:"),
        ({"date_from": "2020", "date_to": "2019-05"}, "--to 2019-05 is before --from 2020"),
    ],
)
def test_filter_from_options_rejects_bad_input_in_one_line(views_vocabulary, options, message):
    with pytest.raises(TimelineError) as raised:
        filter_from_options(views_vocabulary, **options)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("DDC", "Dorset, Devon and Cornwall"),
        ("Wales CRC", "Wales"),
        ("kss", "Kent, Surrey and Sussex"),
    ],
)
def test_filter_from_options_knows_the_shipped_abbreviations(vocabulary, given, expected):
    assert filter_from_options(vocabulary, crcs=(given,)).crcs == (expected,)


def test_filter_options_decorator_passes_every_option(views_vocabulary):
    seen = {}

    @click.command()
    @filter_options
    @lanes_option
    def command(**kwargs):
        seen.update(kwargs)
        seen["filter"] = filter_from_options(views_vocabulary, **kwargs)

    args = [
        "--crc",
        "Wales",
        "--crc",
        "DDC",
        "--owner",
        "Seetec",
        "--type",
        "report_published",
        "--from",
        "2016",
        "--to",
        "2019-06",
        "--search",
        "audit",
        "--no-national",
        "--lanes",
        "owner",
    ]
    result = CliRunner().invoke(command, args)
    assert result.exit_code == 0, result.output
    assert seen["lanes"] == "owner"
    assert seen["filter"] == EventFilter(
        crcs=("Wales", "Dorset, Devon and Cornwall"),
        owners=("Seetec",),
        types=("report_published",),
        date_from=PartialDate(2016),
        date_to=PartialDate(2019, 6),
        search="audit",
        include_national=False,
    )


def test_filter_options_default_to_no_filter(views_vocabulary):
    seen = {}

    @click.command()
    @filter_options
    def command(**kwargs):
        seen["filter"] = filter_from_options(views_vocabulary, **kwargs)

    assert CliRunner().invoke(command, []).exit_code == 0
    assert seen["filter"].is_empty()
