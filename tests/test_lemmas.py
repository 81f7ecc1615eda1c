"""Words as frames read them (lemmas.py): lemmas and verb forms, adjectives, and the cache every
sentence of every document goes through."""

from __future__ import annotations

import pytest

from timeline.extraction.lemmas import is_adjective, lemma_of, tokenise


def test_lemma_of_gives_the_verb_lemma_and_its_forms():
    assert lemma_of("entered") == ("enter", frozenset({"VBD", "VBN"}))
    assert lemma_of("went")[0] == "go" and "VBN" not in lemma_of("went")[1]


def test_a_verb_done_again_that_the_lexicon_lacks_is_read_as_its_verb():
    assert lemma_of("relaunched") == ("relaunch", frozenset({"VBD", "VBN"}))
    assert lemma_of("retendered")[1] == frozenset({"VBD", "VBN"})
    assert lemma_of("rebuttal") == ("rebuttal", frozenset())  # no verb "buttal"


def test_lemma_of_is_cached_for_the_words_every_sentence_repeats():
    lemma_of.cache_clear()
    lemma_of("entered")
    lemma_of("entered")
    assert lemma_of.cache_info().hits == 1


def test_an_adjective_is_only_an_adjective():
    assert is_adjective("aware") and is_adjective("insolvent")
    assert not is_adjective("justice") and not is_adjective("report")


def test_a_figure_leaves_the_comma_or_full_stop_after_it():
    words = [t.text for t in tokenise("It cost £3,000, and in 2020, it fell 3.5%. It paid £22m.")]
    assert words == [
        "It",
        "cost",
        "£3,000",
        ",",
        "and",
        "in",
        "2020",
        ",",
        "it",
        "fell",
        "3.5%",
        ".",
        "It",
        "paid",
        "£22m",
        ".",
    ]


def test_being_after_into_is_a_noun_not_an_auxiliary():
    lemmas = [token.lemma for token in tokenise("The service came into being on Sunday.")]
    assert lemmas[:5] == ["the", "service", "come", "into", "be"]
    assert tokenise("It was being sold.")[-2].auxiliaries == ("be", "be")


@pytest.mark.parametrize(
    ("sentence", "verb", "auxiliary"),
    [
        ("The list doesn't go into administration.", "go", "do"),
        ("The company didn’t go into administration.", "go", "do"),
        ("The trust won't renew the contract.", "renew", "will"),
        ("The firm hadn't paid its staff.", "paid", "have"),
    ],
)
def test_a_contracted_not_negates_its_verb(sentence, verb, auxiliary):
    (token,) = [t for t in tokenise(sentence) if t.text == verb]
    assert token.negated
    assert auxiliary in token.auxiliaries
