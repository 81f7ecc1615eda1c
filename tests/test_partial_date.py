import datetime as dt

import pytest

from timeline.partial_date import PartialDate


@pytest.mark.parametrize(
    ("text", "precision", "start", "end", "label"),
    [
        ("2019", "year", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "2019"),
        ("2019-02", "month", dt.date(2019, 2, 1), dt.date(2019, 2, 28), "Feb 2019"),
        ("2020-02", "month", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "Feb 2020"),
        ("2019-02-15", "day", dt.date(2019, 2, 15), dt.date(2019, 2, 15), "15 Feb 2019"),
    ],
)
def test_partial_date_parse_keeps_precision_and_span(text, precision, start, end, label):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert (date.start(), date.end()) == (start, end)
    assert date.label() == label
    assert str(date) == text


@pytest.mark.parametrize(
    "text", ["2019-02-30", "2019-13", "19-02-01", "2019/02/01", "February 2019", "", "2019-2"]
)
def test_partial_date_parse_rejects_invalid_dates(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_date_sorts_less_precise_first_within_its_span():
    dates = [PartialDate.parse(t) for t in ["2019-02-15", "2019", "2018-12-31", "2019-02"]]
    assert [str(d) for d in sorted(dates)] == ["2018-12-31", "2019", "2019-02", "2019-02-15"]


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2019", "2019-02-15", True),
        ("2019-02", "2019-02-15", True),
        ("2019-02", "2019-03-01", False),
        ("2019-02-15", "2019-02", False),
    ],
)
def test_partial_date_contains_checks_spans(outer, inner, expected):
    assert PartialDate.parse(outer).contains(PartialDate.parse(inner)) is expected


def test_partial_date_from_date_cuts_to_precision():
    assert str(PartialDate.from_date(dt.date(2014, 6, 1), "month")) == "2014-06"
    assert str(PartialDate.from_date(dt.date(2014, 6, 1), "year")) == "2014"


@pytest.mark.parametrize(
    ("text", "precision", "start", "end", "label"),
    [
        ("2019-Q1", "quarter", dt.date(2019, 1, 1), dt.date(2019, 3, 31), "Q1 2019"),
        ("2019-Q3", "quarter", dt.date(2019, 7, 1), dt.date(2019, 9, 30), "Q3 2019"),
        ("2019-H1", "half", dt.date(2019, 1, 1), dt.date(2019, 6, 30), "H1 2019"),
        ("2019-H2", "half", dt.date(2019, 7, 1), dt.date(2019, 12, 31), "H2 2019"),
        ("2018-spring", "season", dt.date(2018, 3, 1), dt.date(2018, 5, 31), "spring 2018"),
        ("2018-summer", "season", dt.date(2018, 6, 1), dt.date(2018, 8, 31), "summer 2018"),
        ("2018-autumn", "season", dt.date(2018, 9, 1), dt.date(2018, 11, 30), "autumn 2018"),
        ("2019-winter", "season", dt.date(2019, 12, 1), dt.date(2020, 2, 29), "winter 2019–20"),
    ],
)
def test_partial_date_parse_keeps_quarter_half_and_season_spans(text, precision, start, end, label):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert (date.start(), date.end()) == (start, end)
    assert date.label() == label
    assert str(date) == text
    assert PartialDate.parse(str(date)) == date


@pytest.mark.parametrize(
    "text", ["2019-Q5", "2019-Q0", "2019-H3", "2019-fall", "2019-q3", "Q3 2019"]
)
def test_partial_date_parse_rejects_unknown_spans(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_date_span_excludes_month():
    with pytest.raises(ValueError):
        PartialDate(2019, 7, span="Q3")


def test_partial_date_sorts_spans_at_their_start_longer_first():
    texts = ["2019-07", "2019-Q3", "2019-06-30", "2019-H2", "2019-07-01", "2019", "2019-summer"]
    ordered = sorted(PartialDate.parse(t) for t in texts)
    assert [str(d) for d in ordered] == [
        "2019",
        "2019-summer",
        "2019-06-30",
        "2019-H2",
        "2019-Q3",
        "2019-07",
        "2019-07-01",
    ]


def test_partial_date_winter_sorts_in_the_year_it_starts():
    dates = [PartialDate.parse(t) for t in ["2019-01", "2018-winter", "2018-11"]]
    assert [str(d) for d in sorted(dates)] == ["2018-11", "2018-winter", "2019-01"]


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2019", "2019-Q3", True),
        ("2019-H2", "2019-Q3", True),
        ("2019-Q3", "2019-08-15", True),
        ("2019-Q3", "2019-07", True),
        ("2019-Q3", "2019-summer", False),
        ("2018-winter", "2019-02", True),
        ("2018", "2018-winter", False),
    ],
)
def test_partial_date_contains_checks_quarter_and_season_spans(outer, inner, expected):
    assert PartialDate.parse(outer).contains(PartialDate.parse(inner)) is expected


@pytest.mark.parametrize(
    ("day", "precision", "expected"),
    [
        (dt.date(2019, 8, 15), "quarter", "2019-Q3"),
        (dt.date(2019, 8, 15), "half", "2019-H2"),
        (dt.date(2019, 8, 15), "season", "2019-summer"),
        (dt.date(2019, 1, 15), "season", "2018-winter"),
        (dt.date(2019, 12, 15), "season", "2019-winter"),
    ],
)
def test_partial_date_from_date_finds_the_span_a_day_lies_in(day, precision, expected):
    assert str(PartialDate.from_date(day, precision)) == expected
