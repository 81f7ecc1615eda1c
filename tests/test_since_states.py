"""A state held "since" a date began then: a CRC run or owned by someone since February 2015
changed hands then; the clause of such a state makes no headline."""

import datetime as dt

import pytest
from factories import sentence_candidates

POSTED = dt.date(2019, 11, 1)


def _found(recogniser, text):
    return [(c.type, str(c.date), c.title) for c in sentence_candidates(recogniser, text, POSTED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MTCnovo has run London CRC since February 2015.",
            ("ownership_changed", "2015-02", "MTCnovo takes over London CRC"),
        ),
        (
            "Durham Tees Valley CRC has been owned by ARCC since February 2015.",
            ("ownership_changed", "2015-02", "ARCC takes ownership of Durham Tees Valley CRC"),
        ),
    ],
)
def test_a_state_held_since_a_date_began_on_it(recogniser, text, expected):
    assert _found(recogniser, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The firm has been running into trouble since 2014.",
        "Staff have run the service on goodwill alone since the summer.",
    ],
)
def test_a_state_with_no_one_named_to_hold_it_is_no_event(recogniser, text):
    assert [f for f in _found(recogniser, text) if f[0] == "ownership_changed"] == []


def test_a_clause_telling_a_state_since_a_date_is_no_headline():
    from timeline.extraction.titles import clause_headline

    text = "Serco has run out-of-hours care in Cornwall since 2006."
    start = text.index("has run")
    assert clause_headline(text, (start, start + len("has run"))) is None


def test_a_preferred_bidder_that_comes_to_own_its_crcs_gains_them_on_that_day(recogniser):
    # MTCnovo was preferred bidder for London and Thames Valley from October 2014: the CRCs
    # it gained in February 2015 are still the news of its taking ownership.
    (found,) = sentence_candidates(
        recogniser, "The CRC has been owned by MTCnovo since February 2015.", POSTED
    )
    assert (found.type, found.owners) == ("ownership_changed", ("MTCnovo",))
    assert set(found.crcs) == {"London", "Thames Valley"}


def test_a_crc_its_owner_has_run_since_a_date_is_that_owners_even_after_to(recogniser):
    text = (
        "The ministry had moved all three to Seetec, which has run Kent, Surrey and Sussex CRC"
        " since 2015."
    )
    found = sentence_candidates(recogniser, text, POSTED)
    assert [(c.type, str(c.date), c.title) for c in found] == [
        ("ownership_changed", "2015", "Seetec takes over Kent, Surrey and Sussex CRC")
    ]


def test_the_same_day_points_back_past_the_start_of_a_state(recogniser):
    from pathlib import Path

    from timeline.extraction.documents import Document, Post, Sentence

    texts = [
        "On Friday afternoon we learned that Working Links had gone into administration.",
        "Seetec has run Kent, Surrey and Sussex CRC since 2015.",
        "The same day, the chief inspector of probation published her report on Dorset, Devon"
        " and Cornwall CRC.",
    ]
    sentences = [Sentence(text, line) for line, text in enumerate(texts, start=1)]
    post = Post("A post", dt.date(2019, 2, 18), 1, sentences, [])
    document = Document(Path("doc.txt"), "doc.txt", [post], [])
    reports = [c for c in recogniser.candidates(document) if c.type == "report_published"]
    assert [str(c.date) for c in reports] == ["2019-02-15"]
