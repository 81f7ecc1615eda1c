"""Tests for timeline.extraction.tense: whether a date's clause looks back or ahead."""

from __future__ import annotations

import pytest

from timeline.extraction.tense import clause_tense, looks_back, opens_clause, tense_after


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # past-tense verbs and auxiliaries
        ("The group told investors in August", "August", "past"),
        ("The prison was placed in special measures on 14 December", "14 December", "past"),
        ("Staff were told on Monday", "Monday", "past"),
        ("The chief executive had resigned the day before", "the day before", "past"),
        ("revenue was lower than expected in the third quarter", "the third", "past"),
        # a name or a rating in quotes shows no tense: the verb before it does
        ("Inspectors rated the CRC 'Requires Improvement' in March", "March", "past"),
        ("Southern Rail Delays Campaign met ministers in May", "May", "past"),
        # future auxiliaries, intent and schedule
        ("The company will report its results in August", "August", "future"),
        ("Bids must be submitted by 4th March", "4th March", "future"),
        ("The timetable is due to take effect in May", "May", "future"),
        (
            "The council plans to put the contract out to tender in the autumn",
            "the autumn",
            "future",
        ),
        ("Ministers promised a decision before the end of the year", "the end", "future"),
        ("She has agreed to stay in the post until 31 May", "31 May", "future"),
        ("Sentencing, originally set for Feb. 28", "Feb. 28", "future"),
        ("Sentencing was moved to April 7", "April 7", "future"),
        ("The agreement expires Feb. 28", "Feb. 28", "future"),
        # what a decision follows, or comes after, came before it
        (
            "The decision follows the judgment of the Court of Appeal on 23 April",
            "23 April",
            "past",
        ),
        ("The strike comes after a ballot in March", "March", "past"),
        ("he said strikes would begin on 2 December", "2 December", "future"),
        # nothing decides: no verb before the date, a noun that looks like a verb, a modal of
        # possibility, a participle alone, a verb after the date
        ("On Sunday, inmates barricaded themselves", "Sunday", None),
        ("The consultation on the closures closes on 30 September", "30 September", None),
        ("the collapse could be shunted off to Friday afternoon", "Friday", None),
        ("born on 29 February", "29 February", None),
        ("in a mail out on Friday we explained", "Friday", None),
        ("Unite made a promise to workers in January", "January", "past"),
        ("The three partners went to the High Court in May", "May", "past"),
        # only the date's own clause counts
        ("Inspectors visited in January and will publish by 30 April", "30 April", "future"),
        ("Staff were told on Monday that the depot would close by the end", "the end", "future"),
        ("The union will strike, which it decided in March", "March", "past"),
        # an "and" joining two nouns opens no clause: the verb before them decides
        ("MPs heard the chair and three other judges on 8 April", "8 April", "past"),
        ("The board met the unions and the ministry in May", "May", "past"),
        ("The firm collapsed and staff will be paid by 30 April", "30 April", "future"),
        # a verb of intending looks ahead only before an infinitive
        ("The board agreed to continue talks in February", "February", "future"),
        ("the £300m the government committed to new prison places in February", "February", "past"),
    ],
)
def test_tense_of_the_clause_before_the_date(sentence, date, expected):
    assert clause_tense(sentence, sentence.index(date)) == expected


def test_tense_reads_a_bounded_window_of_a_long_sentence():
    sentence = "They will meet. " + "word " * 10_000 + "on Friday"
    assert clause_tense(sentence, sentence.index("Friday")) is None


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # a date that opens its clause is the day of the deciding, however far ahead what was
        # decided lies
        ("On 11 December the Post Office agreed to pay £57.75m", "11 December", "past"),
        ("In March the council decided to end the contract", "March", "past"),
        # an intention still held looks ahead
        ("In March the council plans to end the contract", "March", "future"),
        # "and" joining two subjects opens no clause: the verb after both tells
        ("On 24 March the service and the companies moved to telephone work", "24 March", "past"),
        ("In May Serco and Capita will bid", "May", "future"),
        ("In May, and again in June, it will bid", "May", None),
    ],
)
def test_tense_after_a_date_that_opens_its_clause(sentence, date, expected):
    start = sentence.index(date)
    assert tense_after(sentence, start + len(date)) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("In July the committee published its report.", "July", True),
        ("Then in September Chris Grayling took over.", "September", True),
        ("Within days of taking office in July, she acted.", "July", True),
        ("Within days of taking office in July she acted.", "July", False),
        ("The committee published its report in July.", "July", False),
    ],
)
def test_tense_a_date_opens_its_clause_after_a_linking_word_or_ends_an_opening_phrase(
    sentence, date, expected
):
    start = sentence.index(date)
    assert opens_clause(sentence, start, start + len(date)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She set up the review in October, naming Mr Gauke, who ran the department.", True),
        ("She will set up the review in October.", False),
        ("She plans to set up the review in October.", False),
        ("The review is set up in October.", False),
    ],
)
def test_tense_a_sentence_looks_back_with_a_verb_only_past_and_nothing_ahead(sentence, expected):
    assert looks_back(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "nearer", "expected"),
    [
        # a verb that may be past will do for a time nearer behind than ahead …
        ("In August the regulator proposed a penalty.", True, True),
        ("In August the company put its offices up for sale.", True, True),
        ("In August the company put its offices up for sale.", False, False),
        ("In August the regulator proposed a penalty.", False, False),  # "proposed" schedules
        # … but a modal or an intention still looks ahead, and a present tense is no past
        ("In August the company will cut 200 jobs.", True, False),
        ("In August the company plans to cut 200 jobs.", True, False),
        ("In August the company cuts its prices.", True, False),
    ],
)
def test_tense_a_time_nearer_behind_looks_back_with_a_verb_that_may_be_past(
    sentence, nearer, expected
):
    assert looks_back(sentence, nearer) is expected


@pytest.mark.parametrize(
    ("sentence", "told", "expected"),
    [
        # what a later clause foresees is no look ahead of the date's own …
        (
            "She set up the review in October, naming Mr Gauke, who ran the department, and"
            " asking him to make sure the jails would never run out of room.",
            "She set up the review in October",
            True,
        ),
        # … but a modal before the date's clause still looks ahead
        (
            "It lost the Scottish contract in January, and it must return the flats it leases"
            " when its contract ends in September.",
            "It lost the Scottish contract in January, and it must return the flats it leases"
            " when its contract ends in September",
            False,
        ),
    ],
)
def test_tense_only_what_is_told_up_to_the_dates_clause_may_look_ahead(sentence, told, expected):
    assert looks_back(sentence, told=told) is expected
    assert looks_back(sentence) is False


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The ministry set out its vision in November.", "past"),
        ("It put the contract out to tender in May.", "past"),
        ("Ministers set out their plans in November.", None),  # "set" may be present
        ("The ministry will set out its vision in November.", "future"),
    ],
)
def test_a_singular_subjects_verb_whose_past_is_its_base_looks_back(sentence, tense):
    assert clause_tense(sentence, sentence.index(" in ") + 4) == tense
