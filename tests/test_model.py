import datetime as dt

import pytest
from pydantic import ValidationError

from timeline.model import Event, Mark, Source, sort_events


def _event(**fields):
    base = {"id": "e1", "date": "2019-02-15", "type": "company_collapsed", "title": "Collapse"}
    return Event(**(base | fields))


def test_model_accepts_a_date_written_unquoted_by_hand():
    assert _event(date=dt.date(2019, 2, 15)).date == "2019-02-15"
    assert _event(date=2019).date == "2019"


@pytest.mark.parametrize("date", ["2019-02-30", "Feb 2019", "2019-13", "2019-Q5", "2019-fall"])
def test_model_rejects_invalid_dates(date):
    with pytest.raises(ValidationError):
        _event(date=date)


@pytest.mark.parametrize(
    ("date", "end"), [("2019-Q3", None), ("2019-H1", "2019-Q2"), ("2018-winter", "2019-02")]
)
def test_model_accepts_quarter_half_and_season_dates(date, end):
    event = _event(date=date, end=end)
    assert str(event.when) == date


def test_model_rejects_an_end_before_a_quarter_starts():
    with pytest.raises(ValidationError, match="before"):
        _event(date="2019-Q3", end="2019-06")


def test_model_rejects_unknown_fields():
    with pytest.raises(ValidationError, match="titel"):
        Event(id="e1", date="2019", type="x", titel="typo")


def test_model_rejects_an_end_before_the_start():
    with pytest.raises(ValidationError, match="before"):
        _event(end="2019-01")


def test_model_edit_is_detected_by_digest():
    event = _event()
    stamped = event.model_copy(update={"digest": event.content_digest()})
    assert not stamped.is_edited()
    edited = stamped.model_copy(update={"title": "Collapse, corrected"})
    assert edited.is_edited()
    moved_source = stamped.model_copy(update={"sources": [Source(document="d.txt", line=3)]})
    assert moved_source.is_edited()


def test_model_manual_events_are_never_edited_extractions():
    assert not _event(origin="manual").is_edited()


def test_model_sort_events_orders_by_date_then_id():
    events = [
        _event(id="b", date="2019-02"),
        _event(id="a", date="2019-02"),
        _event(id="c", date="2018"),
    ]
    assert [e.id for e in sort_events(events)] == ["c", "a", "b"]


def test_model_sort_events_puts_a_quarter_at_the_start_of_its_span():
    events = [
        _event(id="july", date="2019-07"),
        _event(id="june", date="2019-06-30"),
        _event(id="q3", date="2019-Q3"),
    ]
    assert [e.id for e in sort_events(events)] == ["june", "q3", "july"]


def test_model_source_url_must_be_a_web_address():
    from pydantic import ValidationError

    from timeline.model import Source

    assert Source(document="a.html", url="https://example.org/a").url == "https://example.org/a"
    with pytest.raises(ValidationError):
        Source(document="a.html", url="file:///etc/passwd")


QUOTE = "Working Links has gone into administration, the firm said on 15 February 2019."


def test_model_source_marks_read_as_start_end_kind():
    source = Source(document="d.txt", quote=QUOTE, marks=[[0, 13, "actor"], [61, 77, "date"]])
    assert source.marks == [Mark(0, 13, "actor"), Mark(61, 77, "date")]
    assert [QUOTE[mark.start : mark.end] for mark in source.marks] == [
        "Working Links",
        "15 February 2019",
    ]
    assert source.model_dump(mode="json")["marks"] == [[0, 13, "actor"], [61, 77, "date"]]


@pytest.mark.parametrize(
    ("mark", "message"),
    [
        ([70, 90, "date"], "ends beyond the quote, which has 78 characters"),
        ([13, 13, "actor"], "is empty"),
        ([20, 10, "actor"], "is empty"),
        ([-1, 4, "actor"], "greater than or equal to 0"),
        ([0, 4, "verb"], "Input should be"),
    ],
)
def test_model_rejects_a_mark_outside_its_quote_or_of_no_known_kind(mark, message):
    with pytest.raises(ValidationError, match=message):
        Source(document="d.txt", quote=QUOTE, marks=[mark])


def test_model_marks_count_in_the_digest_only_when_there_are_some():
    plain = _event(sources=[Source(document="d.txt", quote=QUOTE)])
    unmarked = _event(sources=[Source(document="d.txt", quote=QUOTE, marks=[])])
    marked = _event(sources=[Source(document="d.txt", quote=QUOTE, marks=[(0, 13, "actor")])])
    assert plain.content_digest() == unmarked.content_digest() != marked.content_digest()


def test_model_digests_of_a_file_written_by_an_earlier_version_still_hold():
    """Fields added later (roles, confidence, a source's url) must not make every event of an
    older file look edited by hand: re-extraction would then keep them all as they were."""
    from pathlib import Path

    from timeline.store.events_file import load_events

    older = Path(__file__).parent / "fixtures" / "events-written-by-0.1.yaml"
    events = load_events(older).events
    assert events and not [event.id for event in events if event.is_edited()]
