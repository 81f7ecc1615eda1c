"""A chronology's entries: a paragraph or list item opening on a date alone ("14 March. The
company warns …") is told at that date, in the present tense of a timeline, always in the past."""

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction.dates import find_dates
from timeline.extraction.documents import Document, Post
from timeline.extraction.sentences import split_text
from timeline.extraction.templates import future_form


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "14 March. The company warns. Shares fall.",
            ["14 March. The company warns.", "Shares fall."],
        ),
        ("2006. Blackstone floats the firm.", ["2006. Blackstone floats the firm."]),
        ("Last week. Four Seasons says so.", ["Last week. Four Seasons says so."]),
        ("The firm collapsed. Staff left.", ["The firm collapsed.", "Staff left."]),
        ("Marchers walked. They left.", ["Marchers walked.", "They left."]),
    ],
)
def test_a_date_opening_a_paragraph_alone_stays_with_its_entry(text, sentences):
    assert [s.text for s in split_text(text)] == sentences


def test_an_entrys_date_is_on_or_before_the_document_and_may_be_a_bare_year_or_month():
    reference = dt.date(2011, 7, 12)
    (june_8,) = find_dates("8 June. It says it will cut up to 3,000 jobs.", reference)
    assert str(june_8.value) == "2011-06-08"  # "will cut": yet the entry is past
    (year,) = find_dates("2006. Blackstone floats Southern Cross.", reference)
    assert str(year.value) == "2006"
    (june,) = find_dates("June. The firm starts paying less.", reference)
    assert str(june.value) == "2011-06"
    assert (
        find_dates("The firm starts paying less in June 2006 money.", None)[0].text == "June 2006"
    )


def test_an_entrys_present_tense_reports_the_happening_at_its_date(recogniser):
    post = Post("Southern Cross: the landlords walk away", dt.date(2011, 7, 12), 1)
    post.sentences = split_text(
        "How we got here.\n\n- 8 June. Southern Cross says it will cut up to 3,000 jobs.\n"
        "- Last week. Four Seasons, which owns 45 homes, says it will cut 300 jobs.",
        2,
    )
    document = Document(Path("doc.md"), "doc.md", [post], [])
    found = [(c.type, str(c.date), c.title) for c in recogniser.candidates(document)]
    assert ("job_cuts", "2011-06-08", "Southern Cross to cut jobs") in found
    assert ("job_cuts", "2011-07", "Four Seasons to cut 300 jobs") in found
    generic = Post("Southern Cross", dt.date(2011, 7, 12), 1)
    generic.sentences = split_text("Southern Cross says it will cut up to 3,000 jobs.", 2)
    undated = Document(Path("d.md"), "d.md", [generic], [])
    assert not [c for c in recogniser.candidates(undated) if c.evidence != "undated"]


def _entries(recogniser, text: str, posted: dt.date) -> list[tuple[str, str, str]]:
    post = Post("A chronology", posted, 1)
    post.sentences = split_text(text, 2)
    document = Document(Path("doc.txt"), "doc.txt", [post], [])
    found = recogniser.candidates(document)
    return [(c.type, str(c.date), c.evidence) for c in found if c.evidence != "undated"]


def test_an_entrys_later_sentences_told_in_the_past_take_its_date(recogniser):
    text = (
        "July 2001. The partnership was completed. The Airline Group took 46 per cent of NATS"
        " for nearly 800 million pounds.\n\n"
        "2003. The rescue was completed. BAA, the airports operator, joined as a new shareholder."
    )
    found = _entries(recogniser, text, dt.date(2024, 12, 1))
    assert ("ownership_changed", "2001-07", "relative") in found
    assert ("ownership_changed", "2003", "relative") in found


@pytest.mark.parametrize(
    "text",
    [
        # the next paragraph is no part of the entry
        "July 2001. The partnership was completed.\n\nThe Airline Group took 46 per cent of NATS.",
        # a heading ends it
        "July 2001. The partnership was completed. Later years\nThe Airline Group took 46 per"
        " cent of NATS.",
        # what the entry's act provides, told in the present, is no happening of its own
        "October 2004. The Act received Royal Assent. It provides for the Tote to be abolished,"
        " its business passed to a successor company owned by the Crown.",
        # a past perfect tells the background
        "July 2001. The partnership was completed. The Airline Group had taken 46 per cent of"
        " NATS.",
    ],
)
def test_an_entrys_date_is_not_carried_past_its_entry_or_to_what_it_describes(recogniser, text):
    found = _entries(recogniser, text, dt.date(2024, 12, 1))
    assert not [f for f in found if f[2] == "relative"]


@pytest.mark.parametrize(
    ("title", "future"),
    [
        ("Jobs cut", "Jobs to be cut"),
        ("Services return", "Services to return"),
        ("Staff lose their jobs", "Staff to lose their jobs"),  # "jobs" after "their": no verb
    ],
)
def test_a_participle_spelt_as_the_present_is_read_as_the_passive(title, future):
    assert future_form(title) == future


def test_a_line_ending_on_of_carries_on_even_when_the_next_opens_on_a_date():
    text = (
        "20 March 2002. After the fall in traffic that followed the attacks of\n"
        "September 2001, the minister confirmed a loan."
    )
    assert len(split_text(text)) == 1


def test_an_entrys_opening_phrase_dated_outside_its_label_is_background(recogniser):
    text = (
        "20 March 2002. After the fall in traffic that followed the attacks of September 2001,"
        " the Transport Secretary confirmed a loan facility of 60 million pounds for NATS."
    )
    found = _entries(recogniser, text, dt.date(2024, 12, 1))
    assert ("funding_changed", "2002-03-20", "absolute") in found
    assert not [f for f in found if f[1].startswith("2001")]
    within = "August 2018. On 20 August, the inspectorate issued an urgent notification."
    assert [f[1] for f in _entries(recogniser, within, dt.date(2019, 4, 1))] == ["2018-08-20"]
