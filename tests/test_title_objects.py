"""A stock headline's noun said as fully as its sentence says it (title_objects.py)."""

from __future__ import annotations

import pytest

from timeline.extraction.title_objects import object_headline
from timeline.vocabulary import load_vocabulary

REPORTS = ["report|review|investigation|audit|findings"]


@pytest.mark.parametrize(
    ("title", "objects", "sentence", "expected"),
    [
        (
            "Napo launches campaign",
            ["campaign"],
            "Napo’s campaign to reunite the Probation Service starts now.",
            "Napo launches campaign to reunite the Probation Service",
        ),
        (
            "HM Inspectorate of Probation publishes report",
            REPORTS,
            "In 2017, HM Inspectorate of Probation said in their annual report that it was one.",
            "HM Inspectorate of Probation publishes annual report",
        ),
        (  # a review stands for the report; "own" and "earlier this year" say nothing
            "NAO publishes report",
            REPORTS,
            "The National Audit Office published its own progress review earlier this year.",
            "NAO publishes progress review",
        ),
        (  # a title of two parts, parted by a colon, is one name
            "Strategy launched",
            ["strategy"],
            "In May 2013 we launched Transforming Rehabilitation: A Strategy for Reform.",
            "Transforming Rehabilitation: A Strategy for Reform launched",
        ),
        (  # one capitalised word before the colon is a label, not a title's first part
            "Report published",
            REPORTS,
            "Update: The report on the Wales CRC was published today.",
            "Report on the Wales CRC published",
        ),
        (  # a name's list of places is one name; the time is left out
            "Report published",
            REPORTS,
            "An inspection report on the Dorset, Devon and Cornwall CRC published this week.",
            "Inspection report on the Dorset, Devon and Cornwall CRC published",
        ),
        (  # a document's title between dashes; the words the title has are not said twice
            "MoJ publishes consultation paper",
            ["consultation", "paper"],
            "The Ministry of Justice’s Consultation Paper – Strengthening Probation, Building "
            "Confidence – launched by the Justice Secretary in July 2018, is revisionist.",
            "MoJ publishes consultation paper ‘Strengthening Probation, Building Confidence’",
        ),
        (
            "Committee launches inquiry",
            ["debate", "inquiry"],
            "The committee launched a wider inquiry into the probation reforms at the same time.",
            "Committee launches wider inquiry into the probation reforms",
        ),
        (  # a title in quotes before the noun names it, whoever's it is
            "Chris Grayling implements programme",
            ["programme"],
            "In 2014 Chris Grayling implemented the Governments ‘Transforming Rehabilitation’ "
            "programme.",
            "Chris Grayling implements ‘Transforming Rehabilitation’ programme",
        ),
        (
            "NAO publishes report",
            REPORTS,
            'On 16 May 2019 the NAO published its "Transforming Rehabilitation: progress review" '
            "report.",
            "NAO publishes ‘Transforming Rehabilitation: progress review’ report",
        ),
        (  # a name's "and", and Markdown's emphasis, inside the noun phrase
            "MoJ publishes report",
            REPORTS,
            "In March 2022 the MoJ published its *Root and Branch Review of the Parole System*.",
            "MoJ publishes Root and Branch Review of the Parole System",
        ),
        (  # the sentence's count and number: four contracts, not one
            "Carillion wins contract",
            ["contract"],
            "Carillion won four regional contracts to look after army housing.",
            "Carillion wins four regional contracts",
        ),
    ],
)
def test_a_stock_noun_takes_the_sentences_words(title, objects, sentence, expected):
    assert object_headline(title, objects, sentence) == expected


@pytest.mark.parametrize(
    ("title", "objects", "sentence"),
    [
        # a name's word is no noun of its own: "National Audit Office"
        ("NAO publishes report", REPORTS, "In March the National Audit Office reported that."),
        # a verb, not the noun: "Staff strike"
        ("Staff strike", ["strike"], "Staff began their first national strike on Monday."),
        # a different noun is no stand-in unless the taxonomy says so
        ("Contract ends", ["contract"], "The new deal started, bringing to an end the franchise."),
        # a word in scare quotes is no title
        ("NAO publishes report", REPORTS, "The NAO published its 'so-called' report in May."),
        # the title already says which one
        ("Report on Essex CRC published", REPORTS, "Its annual report on the CRC came out."),
        # a phrase a clause cuts short: "the way | we manage offenders"
        ("Strategy sets out plans", ["plan"], "It set out plans to transform the way we manage."),
        # a time is no complement; a describing word relative to the writer's day is dropped
        ("Report published", REPORTS, "The previous report on 6 March was damning."),
        ("Report published", REPORTS, "A report published in 2016 said so."),
    ],
)
def test_a_stock_noun_stays_when_the_sentence_says_no_more(title, objects, sentence):
    assert object_headline(title, objects, sentence) == title


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # the sentence names the contracts, and only them: the headline too
        (
            "MoJ to end contract",
            "The MoJ said it would end the CRC contracts.",
            "MoJ to end contracts",
        ),
        # ... or only one
        ("DCLG ends contracts", "DCLG ended the contract last December.", "DCLG ends contract"),
        # both say nothing of the number; nor does a word no determiner opens
        (
            "Kier wins contract",
            "Kier won the contract, one of the contracts let.",
            "Kier wins contract",
        ),
        ("NAO publishes report", "Parliament reads reports.", "NAO publishes report"),
        # a subject keeps its verb's number
        ("Contracts expire", "The contract expired in May.", "Contracts expire"),
    ],
)
def test_a_stock_noun_takes_the_number_the_sentence_gives_it(title, sentence, expected):
    assert object_headline(title, ["contract", "report|review"], sentence) == expected


def test_a_fuller_noun_phrase_never_passes_the_headline_limit():
    sentence = (
        "The Public Accounts Committee published a report on the extraordinarily protracted "
        "and repeatedly delayed procurement of the electronic monitoring programme."
    )
    title = "Public Accounts Committee publishes report"
    assert len(object_headline(title, REPORTS, sentence)) <= 80


def test_the_shipped_types_list_the_nouns_their_headlines_stand_for():
    types = {t.name: t for t in load_vocabulary().taxonomy.event_types}
    reports = "report|review|investigation|audit|findings|inspection|evaluation"
    assert reports in types["report_published"].objects
    assert "campaign" in types["campaign_launched"].objects


def test_a_stock_noun_takes_no_words_of_the_writers_own_and_its_verb_agrees():
    said = "The contract for our region was awarded in May."
    assert object_headline("Contract awarded", ["contract"], said) == "Contract awarded"
    ended = "Ten years on, the original contract has come to an end."
    assert object_headline("Contracts end", ["contract"], ended) == "Original contract ends"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The trust renewed the contract last October for a further five years.",
            "Contract renewed",
        ),
        ("The council renewed the contract for another three years.", "Contract renewed"),
        (
            "The council renewed the contract for cleaning its offices.",
            "Contract for cleaning its offices renewed",
        ),
    ],
)
def test_how_long_a_contract_runs_says_not_which_contract(sentence, expected):
    assert object_headline("Contract renewed", ["contract"], sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        (
            "Martin McGuinness resigned as deputy First Minister this afternoon.",
            "deputy First Minister",
        ),
        ("Arlene Foster was appointed First Minister in 2016.", "First Minister"),
        ("She became the first chief executive of the trust.", "chief executive"),
    ],
)
def test_a_post_keeps_its_deputy_and_a_first_that_is_part_of_its_name(sentence, post):
    from timeline.extraction.title_objects import post_named

    assert post_named(sentence, 0) == post


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("She became leader of the Labour-run council in May.", "leader of the Labour-run council"),
        ("He was named chair of the Tory-led authority.", "chair of the Tory-led authority"),
        ("She became leader of the Labour Group.", "leader of the Labour Group"),
    ],
)
def test_a_post_keeps_the_noun_a_capitalised_compound_describes(sentence, post):
    from timeline.extraction.title_objects import post_named

    assert post_named(sentence, 0) == post
