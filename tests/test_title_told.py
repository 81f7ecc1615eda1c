"""What a telling verb told, as a headline of its own: "X announced that Y would be paused"
→ "Y to be paused", cut at the next thing told, never a pronoun's, never what the trigger
did not tell; and cuts that keep a phrasal verb and a suspended hyphen whole."""

from __future__ import annotations

import pytest

from timeline.extraction.headline_cuts import splits_phrase
from timeline.extraction.title_told import told_headline
from timeline.extraction.titles import clause_headline


def _span(sentence: str, word: str, width: int | None = None) -> tuple[int, int]:
    start = sentence.index(word)
    return start, start + (width or len(word))


def _told(sentence: str, word: str = "announced") -> str | None:
    return told_headline(sentence, _span(sentence, word))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On 19 August the ministry announced that the early release scheme would be paused"
            " at the end of August.",
            "Early release scheme to be paused",
        ),
        (
            "Ministers announced in May 2007 that the two repair businesses would be brought"
            " together.",
            "Two repair businesses to be brought together",
        ),
        (
            "In June the company announced that around 1,200 jobs would go, that its"
            " housebuilding arm would be sold, and that it would pull out of cleaning.",
            "Around 1,200 jobs to go",
        ),
        (
            "The Chancellor announced in the Budget of March 2005 that the number of"
            " inspectorates would be cut from eleven to four.",
            "Number of inspectorates to be cut from eleven to four",
        ),
    ],
)
def test_what_was_told_to_come_is_the_headline(sentence, expected):
    assert _told(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee has announced that it will come back to the backlog.",  # whose "it"?
        "Serco first announced last July that it would start changing the locks.",
        "The minister announced that the first staff to see it will be working there by May.",
        "The minister said the scheme had worked well.",  # no "that", nothing to come
    ],
)
def test_nothing_told_to_come_makes_no_headline(sentence):
    assert _told(sentence.replace(" said ", " announced ")) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The firm announced that it would appeal against the ruling.", "Firm to appeal"),
        (
            "The authority announced in March 2017 that it would end the Cavendish Fluor"
            " contract nine years early.",
            "Authority to end the Cavendish Fluor contract nine years early",
        ),
        (
            "Network Rail announced that they would not reopen the line.",
            "Network Rail not to reopen the line",
        ),
    ],
)
def test_it_told_to_come_is_the_teller_that_opens_the_sentence(sentence, expected):
    assert _told(sentence).startswith(expected)


def test_a_trigger_after_what_was_told_is_not_what_was_told():
    sentence = (
        "On 28 September the minister announced that the public operator would take over"
        " instead, after an investigation into profit-sharing found that more was owed."
    )
    assert _told(sentence, "investigation") is None


def test_a_telling_clause_too_long_for_a_headline_gives_what_it_told():
    sentence = (
        "On 1 March 2012 he announced that 20 bids, covering 41 of the 46 authorities in"
        " England, would share £74 million."
    )
    made = clause_headline(sentence, _span(sentence, "announced", len("announced that")))
    assert made == "20 bids, covering 41 of the 46 authorities in England, to share £74 million"


def test_a_cut_keeps_a_phrasal_verb_and_a_suspended_hyphen_whole():
    text = "Service to take over the management of low- and medium-risk offenders"
    assert splits_phrase(text, text.index(" over"))
    assert splits_phrase(text, text.index(" and"))
    assert not splits_phrase(text, text.index(" of"))
    ballot = "Union to announce the result of its ballot for strike action over pay"
    assert not splits_phrase(ballot, ballot.index(" over"))  # "action" is a noun here


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "On Monday the minister told the House of Commons that the early release scheme"
            " is to be wound up.",
            "told",
            "Minister tells MPs early release scheme to be wound up",
        ),
        (
            "In July 2017 ministers told Parliament that the contracts would be changed so that"
            " payments matched costs.",
            "told",
            "Ministers tell MPs contracts to be changed",
        ),
    ],
)
def test_a_telling_to_parliament_says_what_it_told(sentence, trigger, expected):
    from timeline.extraction.title_told import told_to_parliament

    title = expected.split(" MPs ")[0] + " MPs"
    assert told_to_parliament(title, sentence, _span(sentence, trigger)) == expected


def test_a_telling_to_parliament_cut_before_its_verb_says_nothing_more():
    from timeline.extraction.title_told import told_to_parliament

    sentence = (
        "The minister told Parliament that all offender management, unpaid work and"
        " programmes would return to the service."
    )
    assert told_to_parliament("Minister tells MPs", sentence, _span(sentence, "told")) is None


def test_a_telling_to_peers_leaves_out_a_conjunct_whose_verb_and_time_are_gone():
    from timeline.extraction.title_told import told_to_parliament

    sentence = (
        "The justice minister Lord Faulks told peers in February that more than 270 training"
        " places had been offered in the autumn and a similar number in January."
    )
    told = told_to_parliament("Faulks tells peers", sentence, _span(sentence, "told"))
    assert told == "Faulks tells peers more than 270 training places offered"


def test_what_was_told_of_a_name_holding_capitals_like_a_pronoun_is_told():
    from timeline.extraction.title_told import told_headline

    sentence = (
        "The government has today given notice that the Post Office Horizon IT Inquiry, chaired"
        " by Sir Wyn Williams, will be converted into a statutory inquiry."
    )
    told = told_headline(sentence, _span(sentence, "given notice"))
    assert told == "Post Office Horizon IT Inquiry to be converted into a statutory inquiry"


def test_what_was_told_not_to_come_is_headed_not_to():
    from timeline.extraction.title_told import told_headline

    sentence = "Crossrail said on Friday that the central section will not open in December."
    told = told_headline(sentence, _span(sentence, "said"))
    assert told == "Central section not to open"
