"""Paragraphs are split into sentences that keep the line they start on."""

from __future__ import annotations

import time

import pytest

from timeline.extraction.sentences import (
    MAX_SENTENCE_CHARS,
    Line,
    asks,
    split_sentences,
    split_text,
)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One thing. Another thing.", ["One thing.", "Another thing."]),
        ("Is it? Yes! It is.", ["Is it?", "Yes!", "It is."]),
        ('He said "Go." Then he left.', ['He said "Go."', "Then he left."]),
        ("It ended. “Quoted” start.", ["It ended.", "“Quoted” start."]),
        ("Mr Smith met Mr. Jones and Dr. Who.", ["Mr Smith met Mr. Jones and Dr. Who."]),
        ("Mrs. Brown lives on St. Mary's Road.", ["Mrs. Brown lives on St. Mary's Road."]),
        ("See No. Ten for details.", ["See No. Ten for details."]),
        (
            "Charities e.g. Nacro and i.e. Others etc. Some more.",
            ["Charities e.g. Nacro and i.e. Others etc. Some more."],
        ),
        ("Sodexo lost £1.5m. It cut 3.5% of jobs.", ["Sodexo lost £1.5m.", "It cut 3.5% of jobs."]),
        ("Version 2.0 shipped in 2019. The end.", ["Version 2.0 shipped in 2019.", "The end."]),
        ("Signed by J. K. Rowling today.", ["Signed by J. K. Rowling today."]),
        ("Made in the U.K. Today it is.", ["Made in the U.K. Today it is."]),
        ("lower case after a dot. stays together", ["lower case after a dot. stays together"]),
        ("Wait... What happened?", ["Wait...", "What happened?"]),
        ("Lib Dems......let's go.", ["Lib Dems......let's go."]),
        ("   Spaced    out\ttext.   ", ["Spaced out text."]),
        ("--oo00oo--\n\n***", ["--oo00oo--"]),
    ],
)
def test_sentences_split_at_sentence_ends_not_abbreviations_or_numbers(text, sentences):
    assert [s.text for s in split_text(text)] == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heading\n\nBody text.", [("Heading", 1), ("Body text.", 3)]),
        ("Heading\nBody text.", [("Heading", 1), ("Body text.", 2)]),
        ("• first item\n• second item", [("first item", 1), ("second item", 2)]),
        ("1. first item\n2. second item", [("first item", 1), ("second item", 2)]),
        ("Ends here.\nNext starts.", [("Ends here.", 1), ("Next starts.", 2)]),
        ("Dear Ian,\nAs you know.", [("Dear Ian,", 1), ("As you know.", 2)]),
        (
            "I can confirm that the department holds information that you asked for and I am\n"
            "pleased to provide this. Next one.",
            [
                (
                    "I can confirm that the department holds information that you asked for and"
                    " I am pleased to provide this.",
                    1,
                ),
                ("Next one.", 2),
            ],
        ),
        (
            "No directive was issued by the Ministry of Justice to staff at West Yorkshire\n"
            "Trust in relation to the series.",
            [
                (
                    "No directive was issued by the Ministry of Justice to staff at West Yorkshire"
                    " Trust in relation to the series.",
                    1,
                )
            ],
        ),
        ("short line\ncontinued in lower case.", [("short line continued in lower case.", 1)]),
    ],
)
def test_sentences_lines_join_only_where_hard_wrapped(text, expected):
    assert [(s.text, s.line) for s in split_text(text)] == expected


_PARAGRAPH = (
    "The part-privatisation of the probation service moved a step closer on Friday when the"
    " justice secretary formally awarded contracts for the 21 companies to their new owners."
)


def test_sentences_a_page_saved_a_paragraph_to_a_line_keeps_its_headline_lines_apart():
    text = (
        "Grayling hands probation contracts to private firms despite legal challenge\n"
        "Justice secretary signs off £450m-a-year sell-off as union prepares for hearing\n"
        f"{_PARAGRAPH}\n{_PARAGRAPH}\n"
        "Subject:  Cuts again - corporate services redundancies and\n"
        "          Black Country office closures"
    )
    texts = [s.text for s in split_text(text)]
    assert texts[:2] == [
        "Grayling hands probation contracts to private firms despite legal challenge",
        "Justice secretary signs off £450m-a-year sell-off as union prepares for hearing",
    ]
    assert texts[-1].endswith("redundancies and Black Country office closures")


def test_sentences_keep_the_line_they_start_on_from_a_first_line():
    sentences = split_text(
        "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu\n"
        "nu xi. Omicron pi.\n\nRho.",
        first_line=10,
    )
    assert [s.line for s in sentences] == [10, 11, 13]


def test_sentences_anchors_map_offsets_inside_one_block_to_source_lines():
    block = Line(5, "First here.\nSecond there.", anchors=((0, 5), (12, 6)))
    assert [(s.text, s.line) for s in split_sentences([block])] == [
        ("First here.", 5),
        ("Second there.", 6),
    ]


@pytest.mark.parametrize(
    "text",
    ["word " * 3_000, "x" * 5_000, "a, " * 2_000 + "end."],
)
def test_sentences_long_run_is_cut_at_the_cap_without_losing_words(text):
    sentences = split_text(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "." * 5_000_000,
        " " * 5_000_000 + "x",
        ". " * 2_500_000,
        ". " + '"' * 5_000_000,
        "Mr. " * 250_000,
        "? A" * 300_000,
    ],
)
def test_sentences_pathological_megabytes_take_linear_time(text):
    started = time.perf_counter()
    split_text(text)
    assert time.perf_counter() - started < 15


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("Will the ministry publish the report?", True),
        ("Who is listening?", True),
        # a title that asks, named as a title, leaves the sentence a statement
        ("The inspectorates published a report under the title Hostels: Control or Help?", False),
        ('Last year the charity published a report called "Who Cares?"', False),
        ("The ministry published its report yesterday.", False),
    ],
)
def test_a_sentence_asks_unless_its_question_mark_ends_a_title(text, asking):
    assert asks(text) is asking
