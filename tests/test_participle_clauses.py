"""A participle after a preposition of time ("after winning the contract"): its doer is the
sentence's subject, and it is a clause of its own, whose frame silences no other."""

import pytest
from factories import frame_found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Mitie began running the centre in May 2018 after winning the contract that spring.",
            "Mitie wins contract",
        ),
        (
            "Capita was named in 2016 before signing the contract with the council.",
            "Capita signs contract",
        ),
    ],
)
def test_a_participle_after_a_preposition_of_time_takes_the_sentences_subject(
    recogniser, text, title
):
    titles = [candidate.title for candidate in frame_found(recogniser, text)]
    assert title in titles


def test_a_participle_after_a_preposition_is_its_own_clause(recogniser):
    text = (
        "Shabana Mahmood set out the plan on 12 July 2024, a week after becoming Lord Chancellor."
    )
    found = {(c.type, str(c.date)) for c in frame_found(recogniser, text)}
    assert ("policy_announced", "2024-07-12") in found


def test_a_span_of_time_set_apart_by_a_comma_leaves_the_headline(recogniser):
    text = "Ofsted rated the trust inadequate in May 2024, a year after being taken over."
    titles = [c.title for c in frame_found(recogniser, text) if c.type == "report_published"]
    assert titles == ["Ofsted rates the trust inadequate"]
