import datetime as dt

import pytest

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.events import QUOTE_LIMIT, EventRecogniser, sentence_source
from timeline.model import Mark

POST_DATE = dt.date(2019, 2, 15)


@pytest.fixture(scope="module")
def recogniser(vocabulary):
    return EventRecogniser(vocabulary)


def _candidate(recogniser, text, post_date=POST_DATE):
    post = Post(title="A post", post_date=post_date, line=1, sentences=[], comments=[])
    return recogniser.candidate(Sentence(text, 7), post, "documents/x.txt")


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [
        (
            "Working Links has announced it is going into administration.",
            "company_collapsed",
            "2019-02-15",
        ),
        ("Yesterday the MoJ named the 21 preferred bidders.", "contract_awarded", "2019-02-14"),
        (
            "The RAR was introduced in 2014 under the Offender Rehabilitation Act.",
            "policy_announced",
            "2014",
        ),
        ("Napo registered a dispute with the MoJ last December.", "industrial_action", "2018-12"),
        (
            "Dr Jo Farrar has been appointed as the next Chief Executive.",
            "appointment",
            "2019-02-15",
        ),
        ("Sodexo announced 200 redundancies in February 2016.", "job_cuts", "2016-02"),
        ("Members voted for strike action on 3 March 2019.", "industrial_action", "2019-03-03"),
        (
            "The MoJ has appointed Seetec to manage probation in Wales.",
            "ownership_changed",
            "2019-02-15",
        ),
        (
            "Interserve went into pre-pack administration on 15 March 2019.",
            "company_collapsed",
            "2019-03-15",
        ),
        ("The unions accepted the pay offer last week.", "pay_deal", "2019-02"),
    ],
)
def test_events_sentences_are_typed_and_dated(recogniser, text, type_, date):
    candidate = _candidate(recogniser, text)
    assert candidate is not None
    assert (candidate.type, str(candidate.date)) == (type_, date)


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Dorset was lovely.",  # no trigger
        "Will the CRCs go into administration?",  # a question
        "If Working Links went into administration, Seetec could take over.",  # a supposition
        "There are rumours that redundancies may be announced today.",  # a rumour
        "The report was long.",  # a weak trigger with no date
    ],
)
def test_events_sentences_that_report_no_event_give_none(recogniser, text):
    assert _candidate(recogniser, text) is None


def test_events_a_specific_type_beats_a_generic_announcement(recogniser):
    text = "Since early 2018 there was the announcement of contract termination by October 2020."
    candidate = _candidate(recogniser, text)
    assert candidate.type == "contract_terminated"


def test_events_deadlines_are_not_the_event_date(recogniser):
    candidate = _candidate(
        recogniser,
        "Since early 2018 there was the announcement of contract termination by October 2020.",
    )
    assert str(candidate.date) == "2018"


def test_events_financial_year_labels_are_not_dates(recogniser):
    candidate = _candidate(
        recogniser,
        "It is the first CRC in the 2018-19 inspection schedule to be rated as 'Inadequate'.",
    )
    assert str(candidate.date) == "2019-02-15"
    assert candidate.rating == "Inadequate"


def test_events_nearly_equal_mentions_give_the_more_precise_date(recogniser):
    candidate = _candidate(
        recogniser,
        "Don't forget the lobby of parliament next week, 9th October.",
        post_date=dt.date(2013, 10, 1),
    )
    assert str(candidate.date) == "2013-10-09"


def test_events_a_date_in_a_clause_joined_on_after_the_trigger_is_not_its_own(recogniser):
    candidate = _candidate(
        recogniser,
        "The ministry terminated the contracts in 2017, and Seetec started on 1 June 2018.",
    )
    assert str(candidate.date) == "2017"


def test_events_without_a_post_date_only_written_dates_count(recogniser):
    assert (
        _candidate(recogniser, "Seetec has announced a restructure today.", post_date=None) is None
    )
    dated = _candidate(recogniser, "Seetec announced a restructure on 3 June 2019.", post_date=None)
    assert str(dated.date) == "2019-06-03"


def test_events_entities_are_resolved_on_the_event_date(recogniser):
    candidate = _candidate(recogniser, "The three Working Links CRCs entered administration today.")
    assert set(candidate.crcs) == {
        "Bristol, Gloucestershire, Somerset and Wiltshire",
        "Dorset, Devon and Cornwall",
        "Wales",
    }


def test_events_programme_wide_reports_are_national(recogniser):
    candidate = _candidate(
        recogniser, "Ministers took the decision to terminate all 21 CRC contracts early."
    )
    assert candidate.national
    named = _candidate(
        recogniser, "Ministers decided to terminate the KSS CRC contract early today."
    )
    assert not named.national


def test_events_source_keeps_document_post_line_and_quote(recogniser):
    text = "Working Links has announced it is going into administration."
    source = _candidate(recogniser, text).source
    assert (source.document, source.post_date, source.post_title, source.line, source.quote) == (
        "documents/x.txt",
        "2019-02-15",
        "A post",
        7,
        text,
    )


def _marked(source) -> list[tuple[str, str]]:
    return [(mark.kind, source.quote[mark.start : mark.end]) for mark in source.marks]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "Working Links went into administration on 15 March 2019.",
            [("trigger", "went into administration"), ("date", "15 March 2019")],
        ),
        (  # a trigger phrase ending on a name covers the whole name
            "Staff were transferred to Seetec yesterday.",
            [("trigger", "transferred to Seetec"), ("date", "yesterday")],
        ),
        (  # dated by the post: no words to mark for the date
            "Working Links has announced it is going into administration.",
            [("trigger", "going into administration")],
        ),
    ],
)
def test_events_source_marks_the_trigger_phrase_and_the_date(recogniser, text, marked):
    assert _marked(_candidate(recogniser, text).source) == marked


def test_events_source_marks_the_rating_of_a_rated_report(recogniser):
    text = "The inspection report, published on 3 March 2019, rated the CRC 'Inadequate'."
    assert ("rating", "Inadequate") in _marked(_candidate(recogniser, text).source)


def test_events_long_quote_is_cut_and_loses_the_marks_beyond_the_cut():
    text = "Working Links went into administration " + "and more " * 50 + "on 15 March 2019."
    post = Post(title="A post", post_date=POST_DATE, line=1, sentences=[], comments=[])
    date_at = text.index("15 March")
    marks = [Mark(14, 38, "trigger"), Mark(date_at, date_at + 13, "date")]
    source = sentence_source(Sentence(text, 7), post, "documents/x.txt", marks)
    assert len(source.quote) <= QUOTE_LIMIT and source.quote.endswith("…")
    assert source.marks == [Mark(14, 38, "trigger")]
