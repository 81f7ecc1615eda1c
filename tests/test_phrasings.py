"""Phrasings of news the frames read: a verb whose "not" is what it reports ("would not renew
the contract": it ends), work ended, taken back, let and paid for, accounts filed, and a date
named just before "when"."""

import datetime as dt

import pytest
from factories import sentence_candidates

POSTED = dt.date(2016, 9, 14)


def _found(recogniser, text):
    return [(c.type, str(c.date), c.title) for c in sentence_candidates(recogniser, text, POSTED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HMRC said in September that it would not renew the contract.",
            ("contract_terminated", "2016-09", "HMRC to end contract"),
        ),
        (
            "The department announced on 13 September that the contract would not be renewed.",
            ("contract_terminated", "2016-09-13", "Contract not to be renewed"),
        ),
        (
            "The contract was renewed in 2014.",
            ("contract_awarded", "2014", "Contract renewed"),
        ),
    ],
)
def test_not_renewing_a_contract_ends_it_and_renewing_it_awards_it(recogniser, text, expected):
    assert _found(recogniser, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In September HMRC took back around 181,000 open cases from Concentrix.",
            ("service_restructured", "2016-09", "HMRC takes work back from Concentrix"),
        ),
        (
            "The contract began in April 2015.",
            ("service_restructured", "2015-04", "Contract begins"),
        ),
        (
            "Around 150 temporary workers at the Belfast office were let go last month.",
            ("job_cuts", "2016-08", "Staff let go"),
        ),
        (
            "Private companies running probation services are to be paid an extra £170 million,"
            " the Justice Secretary announced on Friday.",
            ("funding_changed", "2016-09-09", "Extra £170m to be paid"),
        ),
    ],
)
def test_work_taken_back_begun_cut_or_paid_for_is_reported(recogniser, text, expected):
    assert _found(recogniser, text) == [expected]


def test_a_negated_frame_never_matches_its_verb_unnegated(recogniser):
    assert [
        f for f in _found(recogniser, "HMRC renewed the contract.") if f[0] != "contract_awarded"
    ] == []


def test_a_taxonomy_frame_may_be_marked_negated():
    from timeline.taxonomy import Frame

    assert Frame(pattern="{actor} renew ** contract*", negated=True).negated
    assert not Frame(pattern="{actor} renew ** contract*").negated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It went further in November and ended it early.",
            ("contract_terminated", "2015-11", "Contract ended early"),  # the last November
        ),
        (
            "It was terminated in December 2015 after only eight months.",
            ("contract_terminated", "2015-12", "Contract terminated"),
        ),
        (
            "Around 250 Concentrix employees moved across to HMRC earlier this month.",
            ("service_restructured", "2016-09", "Staff transfer to HMRC"),
        ),
        (
            "The 2014 Transforming Rehabilitation reforms split probation between the NPS and 21"
            " CRCs.",
            ("service_restructured", "2014", "Probation service split into NPS and 21 CRCs"),
        ),
        (
            "The first inspection under the new rating system was published back in November 2018.",
            (
                "report_published",
                "2018-11",
                "First inspection under the new rating system published",
            ),
        ),
    ],
)
def test_a_contract_called_it_staff_moved_across_and_a_long_named_report_are_reported(
    recogniser, text, expected
):
    assert _found(recogniser, text) == [expected]


def test_the_strike_that_ended_early_ends_no_contract(recogniser):
    assert _found(recogniser, "The strike ended early.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was as recent as December when Working Links put in its accounts, to be ratified"
            " by Aurelius.",
            ("report_published", "2015-12", "Working Links files its accounts"),
        ),
        (
            "Carillion filed its accounts late in 2015.",
            ("report_published", "2015", "Carillion files its accounts"),
        ),
    ],
)
def test_accounts_filed_are_reported_and_dated_by_the_time_before_when(recogniser, text, expected):
    assert _found(recogniser, text)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2017 Birmingham City Council decided to exit the joint venture several years"
            " early.",
            ("contract_terminated", "2017", "Birmingham City Council to leave joint venture"),
        ),
        (
            "In 2010 Birmingham City Council agreed to extend the arrangement to March 2021.",
            ("contract_awarded", "2010", "Birmingham City Council to extend contract"),
        ),
        (
            "In 2010, 152 council revenues staff were transferred to Service Birmingham.",
            ("service_restructured", "2010", "Staff transfer to Service Birmingham"),
        ),
        (
            "HM Inspectorate of Probation suspended its programme of inspections in March 2020.",
            (
                "service_restructured",
                "2020-03",
                "HM Inspectorate of Probation suspends inspections",
            ),
        ),
        (
            "The 35 probation trusts were wound up last June.",
            ("service_restructured", "2016-06", "35 probation trusts wound up"),
        ),
        (
            "On 7 December 2022 the Competition and Markets Authority closed its investigation.",
            (
                "legal_action",
                "2022-12-07",
                "Competition and Markets Authority closes investigation",
            ),
        ),
    ],
)
def test_a_partnership_left_an_arrangement_extended_and_work_stopped_are_reported(
    recogniser, text, expected
):
    found = _found(recogniser, text)
    assert found[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Justice Secretary announced on Friday that the contracts with the 21 community"
            " rehabilitation companies (CRCs) will end in 2020 instead of 2022.",
            ("contract_terminated", "2016-09-09", "Contracts to end early"),
        ),
        (
            "Offender management in Wales was brought back under the National Probation Service"
            " in December 2015.",
            ("service_restructured", "2015-12", "Offender management returns to the NPS"),
        ),
    ],
)
def test_a_bracketed_abbreviation_is_read_past_and_work_brought_back_is_restructuring(
    recogniser, text, expected
):
    assert _found(recogniser, text)[:1] == [expected]


def test_a_contract_let_is_awarded_but_no_new_franchise_let_is_not(recogniser):
    let = _found(
        recogniser, "Less work came than forecast when the contract was first let in 2014."
    )
    assert let[:1] == [("contract_awarded", "2014", "Contracts awarded")]
    none_let = _found(
        recogniser, "The minister confirmed in March that no new franchise would be let."
    )
    assert [f for f in none_let if f[0] == "contract_awarded"] == []
