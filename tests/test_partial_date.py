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
