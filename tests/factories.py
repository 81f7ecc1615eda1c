"""Small builders shared by the test modules of the views (filters, figure, export)."""

from timeline.model import Event


def make_event(event_id: str, date: str, **fields) -> Event:
    """Give an event with a type and title unless the test names them."""
    fields.setdefault("type", "report_published")
    fields.setdefault("title", event_id.replace("-", " "))
    return Event(id=event_id, date=date, **fields)
