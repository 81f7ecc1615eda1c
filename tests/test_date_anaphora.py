"""Times that point back to one named before: "the same day", "that month", "the following year"."""

import datetime as dt

import pytest

from timeline.extraction.date_anaphora import also_then, with_back_references
from timeline.extraction.dates import find_dates
from timeline.partial_date import PartialDate

POSTED = dt.date(2021, 3, 10)


def _dates(sentence, earlier=None):
    found = with_back_references(sentence, find_dates(sentence, POSTED), earlier)
    return [(m.text, str(m.value)) for m in found]


@pytest.mark.parametrize(
    ("sentence", "earlier", "dates"),
    [
        (
            "Its finance director quit on the same day.",
            "2019-06-04",
            [("the same day", "2019-06-04")],
        ),
        ("Its finance director quit on the same day.", "2019-06", [("the same day", "2019-06")]),
        ("That month, the council stepped in.", "2019-06-04", [("That month", "2019-06")]),
        ("Later that year the plant closed.", "2019-06-04", [("that year", "2019")]),
        ("At the same time the board quit.", "2019-06-04", [("the same time", "2019-06-04")]),
        ("At the same time the board quit.", "2019-06", [("the same time", "2019-06")]),
        (
            "The sale fell through the following month.",
            "2019-12-04",
            [("the following month", "2020-01")],
        ),
        ("The sale fell through the following month.", "2019", []),
        (  # the week after 30 June 2016 lies in July
            "Aurelius completed its takeover the following week.",
            "2016-06-30",
            [("the following week", "2016-07")],
        ),
        # the week after 26 June may straddle June and July: no month is said
        ("Aurelius completed its takeover the following week.", "2016-06-26", []),
        ("Aurelius completed its takeover a week later.", "2016-06", []),
        ("The depot reopened a year later.", "2016-05", [("a year later", "2017")]),
        (  # the year before the one named, in its sentence
            "Sodexo took over in February 2015, a year after the service was split in two the"
            " previous year.",
            None,
            [("February 2015", "2015-02"), ("the previous year", "2014")],
        ),
        (
            "The board had resigned the preceding month.",
            "2019-01-04",
            [("the preceding month", "2018-12")],
        ),
        (
            "Its chief executive had left a year earlier.",
            "2019-06-04",
            [("a year earlier", "2018")],
        ),
        ("The plant had closed a month before.", "2019-06", [("a month before", "2019-05")]),
        # "a month before the collapse" is a month before something else, not the time named
        ("The plant closed a month before the collapse.", "2019-06", []),
        (
            "The deal was signed the previous week.",
            "2016-07-20",
            [("the previous week", "2016-07")],
        ),
        ("The deal was signed the previous month.", "2016", []),
        (
            "The same Sunday saw the Act come into force.",
            "2015-02-01",
            [("The same Sunday", "2015-02-01")],
        ),
        ("Capita bought the small firm that December.", "2011-08", [("that December", "2011-12")]),
        ("It won the contract that spring.", "2012-07", [("that spring", "2012-spring")]),
        ("Talks resumed the same autumn.", "2016", [("the same autumn", "2016-autumn")]),
        (
            "G4S took over in October that year.",
            "2011",
            [("October that year", "2011-10")],
        ),
        (  # a phrase after one that referred back counts from that one
            "CSG went live on 1 September that year and Re a month later.",
            "2013",
            [("1 September that year", "2013-09-01"), ("a month later", "2013-10")],
        ),
        # "that May" may be the minister: only "in May of that year" names the month
        ("He said that May had misled the House.", "2018-03", []),
        ("Its finance director quit on the same day.", None, []),
        (
            "By the end of the day the ministry had moved all three to Seetec.",
            "2019-02-15",
            [("By the end of the day", "2019-02-15")],
        ),
        # counted months and years, at the precision the time named gives
        ("Two months later it bought a rival.", "2004-09", [("Two months later", "2004-11")]),
        ("Three years earlier it had floated.", "2009-03", [("Three years earlier", "2006")]),
        ("Three months later it failed.", "2016", []),  # which month is not said
        # a comparison, not a time
        ("The centre opened six years later than planned.", "2002-01", []),
    ],
)
def test_date_anaphora_a_phrase_takes_the_time_named_before(sentence, earlier, dates):
    assert _dates(sentence, PartialDate.parse(earlier) if earlier else None) == dates


@pytest.mark.parametrize(
    ("sentence", "earlier", "dates"),
    [
        (
            "Within hours the ministry had moved all three to Seetec.",
            "2019-02-15",
            [("Within hours", "2019-02-15")],
        ),
        ("Hours later its chairman resigned.", "2019-02", [("Hours later", "2019-02")]),
        ("Two days later the firm collapsed.", "2019-02-15", [("Two days later", "2019-02-17")]),
        ("The next day the board resigned.", "2019-02-28", [("The next day", "2019-03-01")]),
        (
            "The firm had been warned the day before.",
            "2019-02-10",
            [("the day before", "2019-02-09")],
        ),
        # the day before something else, not the time named
        ("The firm had been warned the day before the vote.", "2019-02-10", []),
        (  # 4 to 18 September
            "Within a fortnight the company issued a profit warning.",
            "2017-09-04",
            [("Within a fortnight", "2017-09")],
        ),
        # 20 September to 4 October: which month is not said
        ("Within a fortnight the company issued a profit warning.", "2017-09-20", []),
        ("A few days later it went bust.", "2019-02-10", [("A few days later", "2019-02")]),
        ("A few days later it went bust.", "2019-02", []),
        ("Three weeks later it was sold.", "2019-02-01", [("Three weeks later", "2019-02")]),
        ("Weeks later it was sold.", "2019-02-01", []),
        (
            "Peers debated it four days after that.",
            "2024-07-25",
            [("four days after that", "2024-07-29")],
        ),
    ],
)
def test_date_anaphora_an_offset_is_the_day_or_month_it_must_fall_in(sentence, earlier, dates):
    assert _dates(sentence, PartialDate.parse(earlier)) == dates


def test_date_anaphora_a_date_earlier_in_the_sentence_comes_before_the_earlier_sentence():
    sentence = "The depot shut in 2014, and in October of that year the firm sold its yard."
    assert _dates(sentence, PartialDate.parse("2011-02")) == [
        ("2014", "2014"),
        ("October of that year", "2014-10"),
    ]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "The collapse comes seven months after ministers announced the plan.",
            [("comes seven months after", "2020-08")],
        ),
        ("The move comes two years after the sale.", [("comes two years after", "2019")]),
        # 28 February to 6 March: which month is not said
        ("The report comes a week after the strike.", []),
        (
            "The ruling comes five days after the settlement.",
            [("comes five days after", "2021-03-05")],
        ),
        # "came" counts from a time it may not name
        ("The announcement came a day after the sale.", []),
    ],
)
def test_date_anaphora_news_that_comes_so_long_after_counts_back_from_today(sentence, dates):
    found = with_back_references(
        sentence, find_dates(sentence, POSTED), None, PartialDate.parse("2021-03-10")
    )
    assert [(m.text, str(m.value)) for m in found] == dates


def test_how_long_a_thing_lasted_points_back_to_no_time():
    sentence = "Staff also struck for two days earlier this month, on 6 and 7 April."
    assert ("two days earlier", "2021-02-26") not in _dates(sentence, PartialDate(2021, 2, 28))
    assert ("days earlier", "2021-02-26") not in _dates(sentence, PartialDate(2021, 2, 28))
    assert _dates("Two days earlier, staff struck.", PartialDate(2021, 2, 28)) == [
        ("Two days earlier", "2021-02-26")
    ]


def test_what_a_name_also_did_is_dated_by_the_sentence_before():
    before = PartialDate(2015, 2, 1)
    [then] = also_then("Working Links also acquired the CRCs for Wales.", before)
    assert then.value == before and then.text == "also acquired"


@pytest.mark.parametrize(
    "sentence",
    [
        "The authority had also agreed to pay the losing bidders.",
        "The group also named Jonathan Cole as its chief executive.",
        "It also appointed an independent task force.",
    ],
)
def test_what_a_body_called_by_its_noun_or_a_pronoun_also_did_is_dated_so(sentence):
    before = PartialDate(2017, 3, 27)
    [then] = also_then(sentence, before)
    assert then.value == before


@pytest.mark.parametrize(
    "sentence",
    [
        "The collapse also hit its welfare-to-work business.",  # a thing's, at a time of its own
        "Napo has also agreed to accept the offer.",  # a present perfect: told now
        "The Chief Inspector also said the public was not safe.",  # what was said, not done
        "Seetec also runs the CRC for Kent.",  # a state, no past tense
    ],
)
def test_also_dates_no_saying_no_state_and_no_thing(sentence):
    assert also_then(sentence, PartialDate(2015, 2, 1)) == []
    assert also_then("Working Links also acquired the CRCs.", None) == []


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "The first firm failed in June 2016, and the second stopped trading in September.",
            [("June 2016", "2016-06"), ("September", "2016-09")],
        ),
        (  # an earlier month: which year's, the sentence does not say
            "The first firm failed in June 2016, and the second stopped trading in March.",
            [("June 2016", "2016-06"), ("March", "2021-03")],
        ),
        (
            "The contract began in April 2015 and ended on 3 November.",
            [("April 2015", "2015-04"), ("3 November", "2015-11-03")],
        ),
    ],
)
def test_a_year_less_month_after_a_named_year_is_later_that_year(sentence, dates):
    assert _dates(sentence) == dates


def test_a_year_less_day_after_a_time_counted_from_an_earlier_one_is_in_its_year():
    sentence = "Three weeks later, on 22 October, the board agreed to lend it £9.5m."
    assert _dates(sentence, PartialDate.parse("2019-10-01")) == [
        ("Three weeks later", "2019-10"),  # weeks from a day: its month
        ("22 October", "2019-10-22"),
    ]


@pytest.mark.parametrize(
    ("sentence", "earlier", "named"),
    [
        ("The companies were sold the following February.", "2014-06-01", "2015-02"),
        ("The service began the following April.", "2014-02", "2014-04"),
        ("The service began the following April.", "2014", "2015-04"),
        ("The plan had been drafted the previous November.", "2016-03", "2015-11"),
        ("The plan had been drafted the previous November.", "2016-12", "2016-11"),
    ],
)
def test_a_month_the_following_or_the_previous_is_the_first_so_named_from_the_time_before(
    sentence, earlier, named
):
    found = _dates(sentence, PartialDate.parse(earlier))
    assert [value for text, value in found if text.startswith("the ")] == [named]
