"""A state held "since" a date began then: a CRC run or owned by someone since February 2015
changed hands then (tests/golden/phrasings.yaml); a state no one named holds is no event, and the
clause of such a state makes no headline."""

import datetime as dt

import pytest
from factories import document_of, sentence_candidates

POSTED = dt.date(2019, 11, 1)


def _types(recogniser, text):
    return [c.type for c in sentence_candidates(recogniser, text, POSTED)]


@pytest.mark.parametrize(
    "text",
    [
        "The firm has been running into trouble since 2014.",
        "Staff have run the service on goodwill alone since the summer.",
    ],
)
def test_a_state_with_no_one_named_to_hold_it_is_no_event(recogniser, text):
    assert "ownership_changed" not in _types(recogniser, text)


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
    from timeline.extraction.documents import Post, Sentence

    texts = [
        "On Friday afternoon we learned that Working Links had gone into administration.",
        "Seetec has run Kent, Surrey and Sussex CRC since 2015.",
        "The same day, the chief inspector of probation published her report on Dorset, Devon"
        " and Cornwall CRC.",
    ]
    sentences = [Sentence(text, line) for line, text in enumerate(texts, start=1)]
    post = Post("A post", dt.date(2019, 2, 18), 1, sentences, [])
    document = document_of(post)
    reports = [c for c in recogniser.candidates(document) if c.type == "report_published"]
    assert [str(c.date) for c in reports] == ["2019-02-15"]
