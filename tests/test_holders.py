"""Who held an event's CRCs on its day, and news of an owner's other arms, which is not theirs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from factories import merge_candidate as _candidate
from factories import sentence_candidates

from timeline.extraction.concerns import ConcernFinder
from timeline.extraction.merge import merge_candidates
from timeline.partial_date import PartialDate
from timeline.vocabulary import load_vocabulary

DDC = "Dorset, Devon and Cornwall"


@pytest.fixture(scope="module")
def concerns() -> ConcernFinder:
    return ConcernFinder(load_vocabulary(None))


def _holders(concerns, crcs, when, owners=()):
    return concerns.holders("report_published", crcs, owners, PartialDate.parse(when))


@pytest.mark.parametrize(
    ("crc", "when", "held_by"),
    [
        ("Warwickshire and West Mercia", "2018-11-09", ("EOS",)),
        ("Essex", "2015-02-01", ("Sodexo",)),  # the day the shares were sold
        ("Essex", "2015", ("Sodexo",)),  # nobody held it on 1 January: later that year
        (DDC, "2019-02", ("Working Links",)),  # Seetec took it over on the 15th
        (DDC, "2019-02-15", ("Working Links",)),  # a report on the handover day: whose it was
        (DDC, "2019-02-16", ("Seetec",)),
    ],
)
def test_holders_are_who_held_the_crc_as_the_events_span_began(concerns, crc, when, held_by):
    assert _holders(concerns, [crc], when) == held_by


def test_holders_are_none_before_any_sale_for_every_crc_undated_or_when_an_owner_is_named(
    concerns,
):
    assert _holders(concerns, ["Essex"], "2014") == ()  # a preferred bidder holds nothing
    assert _holders(concerns, concerns.vocabulary.crc_names, "2018-11-09") == ()
    assert (
        concerns.holders("report_published", ["Essex"], (), PartialDate.from_date(dt.date.min))
        == ()
    )
    assert _holders(concerns, ["Essex"], "2018", owners=("Seetec",)) == ()


def test_a_debate_or_a_policy_about_an_areas_probation_shows_no_holder(concerns):
    assert concerns.holders("parliamentary", ["Wales"], (), PartialDate.parse("2018-10")) == ()
    assert concerns.holders("policy_announced", ["Wales"], (), PartialDate.parse("2018-10")) == ()


def test_frame_event_on_a_crc_shows_its_holder(recogniser):
    (report,) = sentence_candidates(
        recogniser,
        "HM Inspectorate of Probation published its report on Warwickshire and West Mercia CRC"
        " on 9 November 2018.",
        dt.date(2018, 11, 20),
    )
    assert (report.crcs, report.owners, report.holders) == (
        ("Warwickshire and West Mercia",),
        (),
        ("EOS",),
    )


def test_merged_event_carries_its_holders_after_named_owners_and_keeps_its_id():
    report = _candidate(
        "2018-11-09", type_="report_published", owners=(), crcs=("Warwickshire and West Mercia",)
    )
    (before,) = merge_candidates([report])
    (event,) = merge_candidates([replace(report, holders=("EOS",))])
    assert event.owners == ["EOS"] and before.owners == []
    assert event.id == before.id == "2018-11-09-warwickshire-and-west-mercia-report-published"
    assert event.digest != before.digest  # a holder is content: an edit to it is seen


def test_merge_never_keeps_reports_apart_for_their_holders():
    first = _candidate("2019-02-15", owners=(), crcs=(DDC,))
    second = replace(_candidate("2019-02-16", owners=(), crcs=(DDC,), line=2), holders=("Seetec",))
    (event,) = merge_candidates([replace(first, holders=("Working Links",)), second])
    assert event.owners == ["Working Links", "Seetec"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The employability staff of Working Links have been told they are to end their roles.",
            "Working Links staff told their jobs will go",
        ),
        (
            "Aurelius sold its homecare business on 3 December 2018.",
            "Aurelius sells its homecare business",
        ),
    ],
)
def test_news_of_an_owners_other_arm_carries_none_of_its_crcs(recogniser, text, title):
    (found,) = sentence_candidates(recogniser, text, dt.date(2019, 2, 15))
    assert (found.title, found.crcs, found.holders) == (title, (), ())


def test_news_of_an_owners_other_arm_keeps_a_crc_it_names(recogniser):
    text = (
        "The employability staff of Working Links and staff of Wales CRC have been told they"
        " are to end their roles."
    )
    (found,) = sentence_candidates(recogniser, text, dt.date(2019, 2, 15))
    assert found.crcs == ("Wales",)


def test_a_takeover_carries_whom_the_crcs_passed_from_as_well_as_the_buyer(recogniser):
    (takeover,) = sentence_candidates(
        recogniser,
        "On 15 February 2019 the MoJ appointed Seetec to take over the three CRCs run by"
        " Working Links.",
        dt.date(2019, 2, 16),
    )
    assert takeover.type == "ownership_changed"
    assert set(takeover.owners) == {"Seetec", "Working Links"}
    (share_sale,) = sentence_candidates(
        recogniser, "Sodexo took over Essex CRC on 1 February 2015.", dt.date(2015, 2, 2)
    )
    assert share_sale.owners == ("Sodexo",)  # a preferred bidder before it: nobody owned it
