"""A participle set off between commas is an aside, not the sentence's verb, when a verb resumes
the sentence after it; a noun after a possessive is no verb."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import sentence_candidates

from timeline.extraction.frame_text import aside_tokens
from timeline.extraction.lemmas import tokenise
from timeline.extraction.main_verbs import is_main_verb


def _aside_words(text: str) -> str:
    tokens = tokenise(text)
    return " ".join(
        token.text for index, token in enumerate(tokens) if index in aside_tokens(tokens)
    )


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("The review, launched in October, reported in May.", ", launched in October ,"),
        ("Its inspection, carried out weeks later, was published.", ", carried out weeks later ,"),
        # a verb told in the past after a comma is the sentence's own when nothing resumes it
        ("The trust took over in 2015, moved in March and closed.", ""),
        # right after an aside closes, the verb that closed it is the sentence's
        (
            "Serco, which runs the centre, said on Monday that it would go.",
            ", which runs the centre ,",
        ),
    ],
)
def test_a_participle_aside_is_one_only_when_a_verb_resumes_the_sentence(text, aside):
    assert _aside_words(text) == aside


def test_a_participle_inside_an_aside_is_not_the_clause_verb():
    tokens = tokenise("Its first inspection, carried out weeks later, was published in May")
    verbs = [token.text for index, token in enumerate(tokens) if is_main_verb(tokens, index)]
    assert verbs == ["published"]


def _found(recogniser, text: str, posted: str) -> list[tuple[str, str]]:
    found = sentence_candidates(recogniser, text, dt.date.fromisoformat(posted))
    return [(c.type, str(c.date)) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report came out in January; November was when its inspections came
        (
            "The Care Quality Commission's report, published at the end of January, followed "
            "unannounced inspections of the unit in November and December.",
            [("report_published", "2014-01")],
        ),
        # a time after the owned noun dates the report itself
        (
            "Members will recall the Public Accounts Committee's report of March 2013.",
            [("report_published", "2013-03")],
        ),
        (
            "The Public Accounts Committee's report last month was blunter still.",
            [("report_published", "2014-01")],
        ),
    ],
)
def test_a_noun_a_possessive_owns_is_no_verb_unless_a_time_follows(recogniser, text, expected):
    assert _found(recogniser, text, "2014-02-10") == expected
