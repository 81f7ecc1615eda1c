"""Tests for timeline.extraction.dates: date expressions normalised against the post date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction import dates
from timeline.extraction.dates import DateMention, find_dates
from timeline.partial_date import PartialDate

D = dt.date

# (sentence, reference, [(text, "YYYY[-MM[-DD]]"), ...]); sentences mostly from documents/.
CASES = [
    # the weekend: its Sunday, the last one over unless the clause looks ahead (15 Jan 2018: Mon)
    (
        "Over the weekend the firm asked for help.",
        D(2018, 1, 15),
        [("Over the weekend", "2018-01-14")],
    ),
    ("Last weekend the depot closed.", D(2018, 1, 14), [("Last weekend", "2018-01-07")]),
    ("Talks will resume at the weekend.", D(2018, 1, 15), [("at the weekend", "2018-01-21")]),
    ("Ministers meet next weekend.", D(2018, 1, 14), [("next weekend", "2018-01-21")]),
    ("The weekend papers said so.", D(2018, 1, 15), []),
    # elapsed time: the start of something that has gone on that long
    ("a dispute that has run for 3 years and", D(2019, 2, 15), [("has run for 3 years", "2016")]),
    ("We have been three years in dispute", D(2019, 2, 15), [("have been three years", "2016")]),
    ("the scheme has lasted for two years", D(2019, 2, 15), [("has lasted for two years", "2017")]),
    ("He has been 3 years old for a while", D(2019, 2, 15), []),
    # absolute dates
    ("It was announced on 29 October 2014.", None, [("29 October 2014", "2014-10-29")]),
    ("Friday 31 October 2014", None, [("Friday 31 October 2014", "2014-10-31")]),
    ("Tuesday, 20 November 2018", None, [("Tuesday, 20 November 2018", "2018-11-20")]),
    ("Munich / London, February 5, 2019 – AURELIUS", None, [("February 5, 2019", "2019-02-05")]),
    ("1. Probation Officer21 December 2015 at 10:55", None, [("21 December 2015", "2015-12-21")]),
    ("Filed as 2019-02-15 in the register.", None, [("2019-02-15", "2019-02-15")]),
    ("the CRCs were sold in February 2015", D(2019, 2, 16), [("February 2015", "2015-02")]),
    ("the DDC inspection in November 2018 were", None, [("November 2018", "2018-11")]),
    ("contract termination by October 2020.", None, [("October 2020", "2020-10")]),
    ("ensure by the beginning of May 2003 that", None, [("the beginning of May 2003", "2003-05")]),
    ("And in 2017, HM Inspectorate said", None, [("2017", "2017")]),
    ("numbers cut by one-third since 2016.", None, [("2016", "2016")]),
    ("a terrible mistake with their 2014 Act that", None, [("2014", "2014")]),
    ("the targets must be met by 2020", None, [("2020", "2020")]),
    ("the Freedom of Information Act 2000 (FOIA)", None, [("2000", "2000")]),
    ("I worked from 1989 to 2000 there", None, [("1989", "1989"), ("2000", "2000")]),
    ("the 2009 and 2011 Violence Against Women", None, [("2009", "2009"), ("2011", "2011")]),
    ("member 175 in the year 2000.", None, [("2000", "2000")]),
    ("since early 2018 with the announcement", None, [("early 2018", "2018")]),
    ("a review in late 2018", None, [("late 2018", "2018")]),
    ("from mid-2018 onwards", None, [("mid-2018", "2018")]),
    ("Mascot (Great Britain), at the end of 2018.", None, [("the end of 2018", "2018")]),
    ("during the summer of 2015", None, [("the summer of 2015", "2015-summer")]),
    ("in HMI Probation's 2018-19 inspection schedule", None, [("2018-19", "2018")]),
    # numeric UK dates: day first
    (
        "a question by Jeremy Wright on 27/9/13 in response",
        D(2013, 10, 1),
        [("27/9/13", "2013-09-27")],
    ),
    ("branch meeting Cornwall 7/2/19.", D(2019, 2, 16), [("7/2/19", "2019-02-07")]),
    ("sent on 3/11/2014 to all branches", None, [("3/11/2014", "2014-11-03")]),
    # day and month without a year: the nearest year to the reference
    ("processes prior to the 1st June?", D(2014, 10, 29), [("1st June", "2014-06-01")]),
    ("set up on 1st June this year.", D(2014, 10, 29), [("1st June this year", "2014-06-01")]),
    ("agreed on 1st June last year", D(2014, 10, 29), [("1st June last year", "2013-06-01")]),
    (
        "by 5pm Monday 3rd November where",
        D(2014, 10, 31),
        [("5pm Monday 3rd November", "2014-11-03")],
    ),
    ("a letter by Monday 3rd November", D(2015, 6, 1), [("Monday 3rd November", "2014-11-03")]),
    (
        "Ian Poree of the MoJ on 19th September to",
        D(2013, 10, 1),
        [("19th September", "2013-09-19")],
    ),
    ("October 28th was definitely", D(2014, 10, 31), [("October 28th", "2014-10-28")]),
    ("will continue until 31 May, when", D(2019, 2, 16), [("31 May", "2019-05-31")]),
    ("to all staff on the 1st Of February", D(2019, 2, 16), [("1st Of February", "2019-02-01")]),
    ("born on 29 February", D(2015, 3, 1), [("29 February", "2016-02-29")]),
    ("on 21 December", D(2015, 1, 5), [("21 December", "2014-12-21")]),
    ("due on 31 June", D(2014, 10, 31), []),
    ("due on 31 June 2014", None, []),
    # a month without a year: the nearest such month
    ("it was as recent as December when", D(2019, 2, 15), [("December", "2018-12")]),
    ("the audit will take place in February but", D(2015, 12, 21), [("February", "2016-02")]),
    ("due to be released in December?", D(2014, 10, 31), [("December", "2014-12")]),
    ("chosen to run last December.", D(2015, 12, 21), [("last December", "2014-12")]),
    ("chosen to run last December.", D(2019, 2, 15), [("last December", "2018-12")]),
    # "last May" a month after it is the year before's: this year's would be "last month"
    ("Last May the government announced", D(2020, 6, 12), [("Last May", "2019-05")]),
    ("the dispute began last February", D(2019, 11, 1), [("last February", "2019-02")]),
    ("the contract ends next March", D(2019, 2, 15), [("next March", "2019-03")]),
    ("by the end of February.", D(2019, 2, 16), [("the end of February", "2019-02")]),
    ("expired in June this year", D(2018, 11, 20), [("June this year", "2018-06")]),
    ("in December last year", D(2019, 2, 16), [("December last year", "2018-12")]),
    ("in June and July", D(2018, 11, 20), [("June", "2018-06"), ("July", "2018-07")]),
    ("put on hold until Feb.", D(2015, 12, 21), [("Feb", "2016-02")]),
    # relative days
    ("Napo said yesterday that", D(2014, 10, 31), [("yesterday", "2014-10-30")]),
    ("This morning, Hughes said:", D(2014, 10, 31), [("This morning", "2014-10-31")]),
    ("a circular sent out today and", D(2014, 10, 31), [("today", "2014-10-31")]),
    ("burning at Petty France last night", D(2014, 10, 31), [("last night", "2014-10-30")]),
    ("the vote is tonight", D(2014, 10, 31), [("tonight", "2014-10-31")]),
    ("an email tomorrow morning.", D(2018, 11, 20), [("tomorrow morning", "2018-11-21")]),
    ("three lies yesterday morning on", D(2014, 10, 31), [("yesterday morning", "2014-10-30")]),
    ("At yesterday’s meeting of the", D(2018, 11, 20), [("yesterday", "2018-11-19")]),
    # weekdays: the most recent before or on the reference unless said otherwise
    ("news graveyard, on Friday afternoon.", D(2019, 2, 16), [("Friday afternoon", "2019-02-15")]),
    ("an area meeting on Monday which", D(2019, 2, 16), [("Monday", "2019-02-11")]),
    ("in a mail out on Friday we explained", D(2014, 10, 31), [("Friday", "2014-10-31")]),
    ("On Wednesday, ministers named", D(2014, 10, 31), [("Wednesday", "2014-10-29")]),
    ("legal action on Monday last week but", D(2014, 10, 31), [("Monday last week", "2014-10-20")]),
    ("had until 16:00 last Friday to reply", D(2014, 10, 31), [("last Friday", "2014-10-24")]),
    ("announced last Thursday that", D(2019, 5, 24), [("last Thursday", "2019-05-16")]),
    ("announced last Monday that", D(2019, 5, 28), [("last Monday", "2019-05-20")]),
    ("announced last Sunday that", D(2019, 5, 27), [("last Sunday", "2019-05-26")]),
    ("see you next Friday", D(2014, 10, 31), [("next Friday", "2014-11-07")]),
    ("please reply by Friday", D(2014, 10, 29), [("Friday", "2014-10-31")]),
    # relative weeks, months and years: no invented day
    ("During my rest last week Napo", D(2013, 10, 1), [("last week", "2013-09")]),
    ("Last week the three Probation", D(2018, 11, 20), [("Last week", "2018-11")]),
    ("HMI Probation will next week start", D(2019, 2, 26), [("next week", "2019-03")]),
    ("expecting it since last month.", D(2014, 10, 31), [("last month", "2014-09")]),
    (
        "submitted to the MoJ earlier this month.",
        D(2015, 12, 21),
        [("earlier this month", "2015-12")],
    ),
    ("split in two earlier this year in", D(2014, 10, 31), [("earlier this year", "2014")]),
    ("a session at AGM this year", D(2018, 11, 20), [("this year", "2018")]),
    ("take over probation early next year.", D(2014, 10, 31), [("early next year", "2015")]),
    ("the contracts end next year", D(2019, 2, 16), [("next year", "2020")]),
    ("offences committed last year by", D(2013, 10, 1), [("last year", "2012")]),
    ("Just over four years ago, the then", D(2018, 11, 20), [("four years ago", "2014")]),
    ("losing money over a year ago", D(2018, 11, 20), [("a year ago", "2017")]),
    ("it started three weeks ago", D(2014, 10, 31), [("three weeks ago", "2014-10")]),
    # "it is … since": as long ago; "since" alone keeps its other readings
    ("It is six months since the firm", D(2015, 7, 10), [("It is six months since", "2015-01")]),
    ("It has been two years since", D(2015, 7, 10), [("It has been two years since", "2013")]),
    ("Six months since the collapse, staff", D(2015, 7, 10), []),
    # a day the calendar names, with its year or in the year the tense picks
    (
        "came into force on New Year's Day 1908",
        D(2007, 8, 21),
        [("New Year's Day 1908", "1908-01-01")],
    ),
    ("were released on Christmas Eve", D(2007, 8, 21), [("Christmas Eve", "2006-12-24")]),
    ("will strike on Boxing Day", D(2007, 8, 21), [("Boxing Day", "2007-12-26")]),
    ("the Christmas party", D(2007, 8, 21), []),
    (
        "announced an inquiry on Armistice Day last year",
        D(2010, 3, 8),
        [("Armistice Day", "2009-11-11"), ("last year", "2009")],
    ),
    (
        "staff walked out on St George's Day 2015",
        D(2016, 1, 4),
        [("St George's Day 2015", "2015-04-23")],
    ),
    # the days around Christmas: December, never an invented day
    (
        "the report came out just before Christmas",
        D(2010, 3, 8),
        [("just before Christmas", "2009-12")],
    ),
    ("the office closed over Christmas 2009", D(2010, 3, 8), [("over Christmas 2009", "2009-12")]),
    ("those affected leaving two weeks before Christmas", D(2018, 11, 20), []),
    # a count in words past twelve, or a hundred: an anniversary at its precision
    (
        "A hundred years ago today the Act",
        D(2007, 8, 21),
        [("A hundred years ago today", "1907-08-21")],
    ),
    ("Fifty years ago this month the", D(2007, 8, 21), [("Fifty years ago this month", "1957-08")]),
    ("Sixteen years ago the NAO found", D(2022, 3, 1), [("Sixteen years ago", "2006")]),
    ("Twenty-one years ago the service", D(2022, 3, 1), [("Twenty-one years ago", "2001")]),
    (
        "Parliament next week, 9th October.",
        D(2013, 10, 1),
        [("next week", "2013-10"), ("9th October", "2013-10-09")],
    ),
    # not dates: false hits of search_dates on these documents, and numbers
    ("75% of the £342m went to 11 of the 21 CRCs and 2,000 staff", D(2019, 2, 16), []),
    ("we know that they may now march on", D(2014, 10, 31), []),
    ("May I ask you something?", D(2014, 10, 31), []),
    ("Theresa May said so, and a speech by May followed", D(2018, 11, 20), []),
    ("It took a second; one was first.", D(2014, 10, 31), []),
    ("He sat in the sun until 5pm.", D(2014, 10, 31), []),
    ("on the BBC Radio 4 'Today' programme", D(2014, 10, 31), []),
    ("following his appearance on the Today programme.", D(2014, 10, 31), []),
    ("costs have risen over the last year", D(2014, 10, 31), []),
    ("Monday is a bad day for it", D(2014, 10, 31), []),
    ("there were 2014 offenders and 1999 staff", D(2014, 10, 31), []),
    ("in the 1990s it was different", D(2014, 10, 31), []),
    ("see BR 132/2014 for details", D(2014, 10, 31), []),
    ("a few weeks ago, some years ago", D(2014, 10, 31), []),
    # news-wire forms (more in tests/golden/dates-newswire.yaml): not dates in these sentences
    ("they led at the end of the first half of the match", D(2019, 3, 1), []),
    ("the Arab Spring began in Tunisia", D(2019, 3, 1), []),
    ("The Spring Statement was short", D(2019, 3, 1), []),
    ("a quarter of staff and half the managers", D(2019, 3, 1), []),
    ("he met her the day before the vote", D(2019, 3, 1), []),
    ("there were 2000 staff and the 1922 Committee met", D(2019, 3, 1), []),
    ("the Sunday Times and Super Tuesday", D(2019, 3, 1), []),
    ("in March 2 people were hurt", D(2019, 3, 1), []),
    ("Q3 was weak and H1 was strong", D(2019, 3, 1), []),
    # a deadline set in the past may still lie ahead; "could" leaves the time open
    ("It gave Sodexo until February to up its game", D(2015, 12, 21), [("February", "2016-02")]),
    (
        "the collapse could be buried on Friday afternoon",
        D(2019, 2, 16),
        [("Friday afternoon", "2019-02-15")],
    ),
    ("Unite made a promise to workers in January that", D(2015, 6, 15), [("January", "2015-01")]),
    ("has agreed to stay in the post until 31 May", D(2019, 2, 16), [("31 May", "2019-05-31")]),
    ("the 2023 ticket-office plan", D(2024, 1, 10), [("2023", "2023")]),
    (
        "results for the third quarter of last year",
        D(2019, 3, 1),
        [("the third quarter of last year", "2018-Q3")],
    ),
    ("first-half profit fell", D(2019, 9, 1), [("first-half", "2019-H1")]),
    ("H1 2019 sales", D(2019, 9, 1), [("H1 2019", "2019-H1")]),
    ("by the end of this year", D(2019, 9, 1), [("the end of this year", "2019-12")]),
    (
        "the strike ended on 3 May and began the previous day",
        D(2019, 9, 1),
        [("3 May", "2019-05-03"), ("the previous day", "2019-05-02")],
    ),
    ("he went home the following day", D(2019, 9, 1), [("the following day", "2019-09-02")]),
    (
        "next summer, this winter",
        D(2019, 1, 10),
        [("next summer", "2019-summer"), ("this winter", "2018-winter")],
    ),
    ("LONDON, Oct 19 (Reuters) - Germany", D(2019, 10, 20), [("Oct 19", "2019-10-19")]),
    # Listed days: the happening began on the first ("walked out on 14 and 15 May").
    ("walked out on 14 and 15 May", D(2014, 7, 1), [("14 and 15 May", "2014-05-14")]),
    ("strikes on 3, 4 and 5 June 2014", D(2014, 7, 1), [("3, 4 and 5 June 2014", "2014-06-03")]),
    ("the hearing on 29-30 November", D(2022, 12, 9), [("29-30 November", "2022-11-29")]),
    ("some 250 and 15 May", D(2014, 7, 1), [("15 May", "2014-05-15")]),
    ("in 2014 and 15 May", D(2015, 7, 1), [("2014", "2014"), ("15 May", "2015-05-15")]),
    # A month's or a weekday's own happening: "August's inspection", "Wednesday's Budget".
    ("August's joint inspection found", D(2021, 9, 10), [("August", "2021-08")]),
    ("Amid Wednesday's Budget", D(2020, 3, 13), [("Wednesday", "2020-03-11")]),
    ("May's government fell", D(2019, 9, 1), []),
]


@pytest.mark.parametrize(("sentence", "reference", "expected"), CASES)
def test_dates_find_dates_normalises_against_reference(sentence, reference, expected):
    found = find_dates(sentence, reference)
    assert [(mention.text, str(mention.value)) for mention in found] == expected


@pytest.mark.parametrize(("sentence", "reference", "expected"), CASES)
def test_dates_offsets_point_at_the_text(sentence, reference, expected):
    for mention in find_dates(sentence, reference):
        assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        ("It was 29 October 2014.", False),
        ("sold in February 2015", False),
        ("since 2016", False),
        ("on 27/9/13", False),
        ("yesterday", True),
        ("1st June", True),
        ("last week", True),
        ("on Monday", True),
        ("last December", True),
        ("next year", True),
    ],
)
def test_dates_relative_flag_says_whether_reference_is_needed(sentence, relative):
    [mention] = find_dates(sentence, D(2014, 10, 31))
    assert mention.relative is relative


@pytest.mark.parametrize(
    "sentence",
    [
        "yesterday",
        "1st June",
        "Monday 3rd November",
        "last week",
        "on Friday afternoon",
        "last December",
        "as recent as December",
        "earlier this year",
        "two years ago",
    ],
)
def test_dates_relative_expression_without_reference_has_no_value(sentence):
    [mention] = find_dates(sentence, None)
    assert mention.value is None
    assert mention.relative is True


def test_dates_absolute_expression_without_reference_keeps_its_value():
    [mention] = find_dates("It was 29 October 2014.", None)
    assert mention == DateMention("29 October 2014", 7, 22, PartialDate(2014, 10, 29), False)


def test_dates_reference_may_be_a_datetime():
    [mention] = find_dates("yesterday", dt.datetime(2014, 10, 31, 23, 59))
    assert mention.value == PartialDate(2014, 10, 30)


def test_dates_several_mentions_come_in_sentence_order():
    sentence = "On 1st June this year, and again yesterday, and in February 2015."
    found = find_dates(sentence, D(2014, 10, 31))
    assert [m.text for m in found] == ["1st June this year", "yesterday", "February 2015"]
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_dates_megabyte_sentence_without_a_date_gives_nothing():
    filler = "the quick brown fox saw 2,000 staff and 75% of £342m on a long march "
    sentence = filler * (1_000_000 // len(filler))
    assert find_dates(sentence, D(2014, 10, 31)) == []


def test_dates_megabyte_sentence_finds_a_date_at_its_end():
    sentence = "x " * 500_000 + "on 29 October 2014"
    [mention] = find_dates(sentence, None)
    assert mention.value == PartialDate(2014, 10, 29)
    assert mention.start == 1_000_003


def test_dates_parse_results_are_cached(monkeypatch):
    sentence = "Yesterday, on 1st June this year and in February 2015, said the minister."
    first = find_dates(sentence, D(2014, 10, 31))

    def no_parse(*args, **kwargs):
        raise AssertionError("dateparser was called again for an expression already parsed")

    monkeypatch.setattr(dates.dateparser, "parse", no_parse)
    assert find_dates(sentence, D(2014, 10, 31)) == first


_TOKENS = [
    "on",
    "in",
    "since",
    "by",
    "last",
    "next",
    "this",
    "the",
    "of",
    "and",
    "to",
    "early",
    "end",
    "mid-",
    "1st",
    "3rd",
    "19th",
    "29",
    "31",
    "5pm",
    "2014",
    "2018-19",
    "27/9/13",
    "75%",
    "£342m",
    "2,000",
    "May",
    "June",
    "February",
    "Sept",
    "Dec",
    "Monday",
    "Friday",
    "yesterday",
    "today",
    "tonight",
    "week",
    "month",
    "year",
    "years",
    "ago",
    "two",
    "a",
    "morning",
    "night",
    "'Today'",
    "programme",
    ",",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_TOKENS), max_size=12),
    reference=st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))),
)
def test_dates_any_word_salad_gives_ordered_mentions_that_match_the_text(words, reference):
    sentence = " ".join(words)
    found = find_dates(sentence, reference)
    for mention in found:
        assert sentence[mention.start : mention.end] == mention.text
        assert mention.value is not None or (reference is None and mention.relative)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_dates_a_listed_day_is_never_the_end_of_a_span_before_it():
    found = find_dates("Figures for 2018-19 and 27/9/13 differ.", None)
    assert [m.text for m in found] == ["2018-19", "27/9/13"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two summers ago Serco announced it would change the locks.", "2018-summer"),
        ("Three winters ago the service was cut.", "2017-winter"),
    ],
)
def test_dates_a_count_of_seasons_ago_is_that_season_back_from_the_last_one_over(
    sentence, expected
):
    (found,) = find_dates(sentence, dt.date(2020, 7, 1))
    assert str(found.value) == expected
