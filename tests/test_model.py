import datetime as dt

import pytest
from pydantic import ValidationError

from timeline.model import Event, Source, sort_events


def _event(**fields):
    base = {"id": "e1", "date": "2019-02-15", "type": "company_collapsed", "title": "Collapse"}
    return Event(**(base | fields))


def test_model_accepts_a_date_written_unquoted_by_hand():
    assert _event(date=dt.date(2019, 2, 15)).date == "2019-02-15"
    assert _event(date=2019).date == "2019"


@pytest.mark.parametrize("date", ["2019-02-30", "Feb 2019", "2019-13"])
def test_model_rejects_invalid_dates(date):
    with pytest.raises(ValidationError):
        _event(date=date)


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
