"""Who a pronoun or a telling verb means: "he" or "she" for the person the sentence before
opens on, never a body; what a telling verb tells, in headline tense; a verb after "to help"
is what someone was asked to do."""

import datetime as dt

import pytest
from factories import document_of, sentence_candidates

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.headline_tense import present_tense


def _events(recogniser, text):
    found = sentence_candidates(recogniser, text, dt.date(2019, 11, 1))
    return [(c.type, c.roles.get("actor"), c.title) for c in found]


def _acted(recogniser, *texts):
    post = Post("News", dt.date(2019, 4, 2), 1)
    post.sentences = [Sentence(text, line) for line, text in enumerate(texts, start=2)]
    found = recogniser.candidates(document_of(post))
    return [(c.type, c.roles.get("actor"), c.title) for c in found if c.type == "appointment"]


SPURR = "Michael Spurr had run the prisons and probation agency for nine years."
TOLD = "In September the Ministry of Justice announced that he had been asked to stand down."


def test_he_means_the_person_the_sentence_before_opened_on(recogniser):
    assert _acted(recogniser, SPURR, TOLD) == [
        ("appointment", ("Michael Spurr",), "Michael Spurr to stand down")
    ]


@pytest.mark.parametrize(
    "before",
    [
        "The agency had been run from London for nine years.",  # opens on no one
        "The Prison Service had run the agency for nine years.",  # a body is no "he"
    ],
)
def test_he_means_no_body_and_no_one_the_sentence_before_does_not_open_on(recogniser, before):
    assert _acted(recogniser, before, TOLD) == [("appointment", None, "Chief to stand down")]


def test_he_means_the_one_person_who_says_it_of_themselves(recogniser):
    said = "Her predecessor, Tony Newman, announced on 12 October that he would stand down."
    assert _acted(recogniser, said) == [
        ("appointment", ("Tony Newman",), "Tony Newman to stand down")
    ]
    # "he" in a relative clause is no one the sentence says: "the bidders he named"
    text = "Tony Newman praised the staff he would stand down from in March."
    assert [actor for _, actor, _ in _acted(recogniser, text)] in ([], [None])


def test_a_telling_verbs_that_clause_after_its_date_keeps_it_the_verb():
    assert present_tense("Committee reported on 11 July 2014 that the fees rose") == (
        "Committee reports on 11 July 2014 that the fees rose"
    )
    assert present_tense("Plans announced on Monday that would cut jobs") == (
        "Plans announced on Monday that would cut jobs"  # a relative "that": a participle
    )


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (
            "Circle announced it had entered into talks",
            "Circle announces it has entered into talks",
        ),
        ("Unions said they had agreed a deal", "Unions say they have agreed a deal"),
        ("Circle announced it had talks", "Circle announces it had talks"),  # had: no perfect
        (
            "Ministers announced the contracts would end",
            "Ministers announce the contracts will end",
        ),
        ("Circle said it would be wrong to stay", "Circle says it would be wrong to stay"),
        (
            "MoJ said both firms had decided to pull out",
            "MoJ says both firms have decided to pull out",
        ),
        (
            "Serco said the company had agreed to repay",
            "Serco says the company has agreed to repay",
        ),
    ],
)
def test_what_a_telling_verb_tells_is_told_as_of_now(told, said):
    assert present_tense(told) == said


def test_a_verb_after_to_help_is_what_was_asked_not_a_finding(recogniser):
    text = (
        "Cameron appointed Jane Roe as family champion in December 2010, asking her to help "
        "find ways of getting adults into work."
    )
    assert [kind for kind, _, _ in _events(recogniser, text)] == ["appointment"]


def test_it_after_a_sentence_opening_on_a_bodys_common_noun_is_that_body(recogniser):
    before = "The committee agreed in January to hold an inquiry into the closure."
    text = "On 23 March it heard evidence from the company's chairman."
    assert recogniser.subjects.pronouns.it_means(text, before, None, None) == "Committee"
    assert (
        recogniser.subjects.pronouns.it_means(text, "Serco won the contract.", None, None) is None
    )
    later = "Months later the company said it would appeal."  # "it" past the first words
    assert recogniser.subjects.pronouns.it_means(later, before, None, None) is None
    department = "The department did, however, learn something."
    announced = "Last month it announced new contracts with four established operators."
    assert recogniser.subjects.pronouns.it_means(announced, department, None, None) == "Department"


def _reports(recogniser, *texts):
    post = Post("News", dt.date(2021, 6, 1), 1)
    post.sentences = [Sentence(text, line) for line, text in enumerate(texts, start=2)]
    found = recogniser.candidates(document_of(post))
    return [(c.roles.get("actor"), c.title) for c in found if c.type == "report_published"]


def test_an_opening_its_or_his_before_a_report_is_whose_report_it_is(recogniser):
    inspected = "For the first time, HM Inspectorate of Probation has inspected the service."
    its = "Its report, published on 29 April, rates those arrangements poor."
    assert _reports(recogniser, inspected, its) == [
        (("HM Inspectorate of Probation",), "HM Inspectorate of Probation publishes report")
    ]
    asked = "Ministers asked Jonathan Hall, the independent reviewer, to examine MAPPA."
    his = "His report, published in September, did not call for wholesale change."
    assert _reports(recogniser, asked, his) == [
        (("Jonathan Hall",), "Jonathan Hall publishes report")
    ]
    assert recogniser.subjects.pronouns.person_means(his, "The agency was run from London.") is None


def test_an_opening_possessive_before_anything_else_is_no_one_who_acts(recogniser):
    before = "Interserve called in the administrators on Friday."
    banks = "Its banks took over the business through a pre-pack deal the same day."
    assert recogniser.subjects.pronouns.it_means(banks, before, None, None) is None
    successor = "Her predecessor, Tony Newman, announced on 12 October that he would stand down."
    assert recogniser.subjects.pronouns.person_means(
        successor, "Hamida Ali was elected leader."
    ) == ("Tony Newman")


def test_their_report_after_and_is_not_the_name_before(recogniser):
    text = (
        "The last time inspectors came, we were part of the South West South Central division, "
        "and their report, published in November 2018, was the first in the new series."
    )
    assert [actor for actor, _ in _reports(recogniser, text)] == [None]


def test_a_name_a_relative_clause_holds_is_not_the_subject_of_the_verb_after_it(recogniser):
    text = "The chief executive of the body that managed Grenfell Tower has stepped aside."
    actors = [actor for _, actor, _ in _events(recogniser, text)]
    assert ("Grenfell Tower",) not in actors
