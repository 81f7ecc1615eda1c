"""Events as data for other tools: CSV, JSON, iCalendar and Knight Lab TimelineJS JSON."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections.abc import Sequence

import icalendar

from timeline.model import Event, EventsFile, Source
from timeline.view.filters import OwnershipIndex, event_span
from timeline.view.timeline_view import Lanes, event_lanes
from timeline.vocabulary import Vocabulary

CSV_COLUMNS = (
    "id",
    "date",
    "end",
    "precision",
    "type",
    "type_label",
    "title",
    "crcs",
    "owners",
    "national",
    "rating",
    "origin",
    "locked",
    "digest",
    "sources",
)
# CRC names hold commas ("Dorset, Devon and Cornwall"), so lists in a CSV cell use semicolons.
LIST_SEPARATOR = "; "
PRODID = "-//timeline//timeline export//EN"


def events_to_csv(events: Sequence[Event], vocabulary: Vocabulary) -> str:
    """Give the events as CSV, one row each; sources as JSON in the last column."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(
            {
                "id": event.id,
                "date": event.date,
                "end": event.end or "",
                "precision": event.when.precision,
                "type": event.type,
                "type_label": vocabulary.names.type_label(event.type),
                "title": event.title,
                "crcs": LIST_SEPARATOR.join(event.crcs),
                "owners": LIST_SEPARATOR.join(event.owners),
                "national": str(event.national).lower(),
                "rating": event.rating or "",
                "origin": event.origin,
                "locked": str(event.locked).lower(),
                "digest": event.digest or "",
                "sources": json.dumps(
                    [source.model_dump(mode="json", exclude_none=True) for source in event.sources],
                    ensure_ascii=False,
                ),
            }
        )
    return out.getvalue()


def events_from_csv(text: str) -> list[Event]:
    """Give the events of a CSV written by events_to_csv."""

    def listed(cell: str) -> list[str]:
        return [part.strip() for part in cell.split(LIST_SEPARATOR.strip()) if part.strip()]

    events = []
    for row in csv.DictReader(io.StringIO(text)):
        events.append(
            Event(
                id=row["id"],
                date=row["date"],
                end=row["end"] or None,
                type=row["type"],
                title=row["title"],
                crcs=listed(row["crcs"]),
                owners=listed(row["owners"]),
                national=row["national"] == "true",
                rating=row["rating"] or None,
                origin=row["origin"],
                locked=row["locked"] == "true",
                digest=row["digest"] or None,
                sources=[Source.model_validate(item) for item in json.loads(row["sources"])],
            )
        )
    return events


def events_to_json(events: Sequence[Event]) -> str:
    """Give the events as JSON in events.yaml's own shape ({"version", "events"})."""
    document = EventsFile(events=list(events))
    return document.model_dump_json(indent=2, exclude_none=True) + "\n"


def events_from_json(text: str) -> list[Event]:
    """Give the events of JSON written by events_to_json."""
    return EventsFile.model_validate_json(text).events


def _description(event: Event, vocabulary: Vocabulary, owners: Sequence[str]) -> list[str]:
    lines = [vocabulary.names.type_label(event.type)]
    nouns = vocabulary.names.nouns
    if event.national:
        lines.append(vocabulary.names.national)
    if event.crcs:
        lines.append(f"{nouns.units}: " + ", ".join(event.crcs))
    if owners:
        lines.append(f"{nouns.capitalised(nouns.owners)}: " + ", ".join(owners))
    for source in event.sources:
        told = source.document + (f" ({source.post_date})" if source.post_date else "")
        told += f" <{source.url}>" if source.url else ""
        lines.append(f"Source: {told}" + (f": “{source.quote}”" if source.quote else ""))
    return lines


def events_to_ics(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    *,
    name: str = "Timeline",
    stamp: dt.datetime | None = None,
) -> bytes:
    """Give the events as an iCalendar file of all-day events, one VEVENT each.

    A month- or year-precision event spans its whole month or year and says so in its summary:
    no day is invented. stamp is the DTSTAMP (now, unless given for a reproducible file).
    """
    stamp = stamp or dt.datetime.now(dt.UTC)
    ownership = OwnershipIndex(vocabulary)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for event in events:
        first, last = event_span(event)
        summary = event.title
        if first.precision != "day" or last is not first:
            when = first.label() if last is first else f"{first.label()} – {last.label()}"
            summary += f" ({when})"
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@timeline")
        entry.add("dtstamp", stamp)
        entry.add("summary", summary)
        entry.add("dtstart", first.start())
        # DTEND of an all-day event is the day after its last day.
        entry.add("dtend", last.end() + dt.timedelta(days=1))
        entry.add("categories", [vocabulary.names.type_label(event.type)])
        entry.add(
            "description",
            "\n".join(_description(event, vocabulary, ownership.owners_involved(event))),
        )
        calendar.add_component(entry)
    return calendar.to_ical()


def _timelinejs_date(when) -> dict[str, str]:  # noqa: ANN001 - a PartialDate
    date = {"year": str(when.year)}
    if when.month is not None or when.span is not None:
        # A quarter, half or season sits at its first month; display_date names the span.
        date["month"] = str(when.start().month)
    if when.day is not None:
        date["day"] = str(when.day)
    date["display_date"] = when.label()
    return date


def events_to_timelinejs(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    *,
    lanes: Lanes = "crc",
    title: str = "Timeline",
) -> str:
    """Give the events as Knight Lab TimelineJS JSON, dates only to their known precision.

    TimelineJS shows text as HTML, so document text is escaped. An event's group is its first
    lane (the dashboard's row); its other CRCs are listed in its text.
    """
    ownership = OwnershipIndex(vocabulary)
    entries = []
    for event in events:
        first, last = event_span(event)
        lane = event_lanes(event, lanes, ownership)[0]
        owners = ownership.owners_involved(event)
        entry = {
            "unique_id": event.id,
            "start_date": _timelinejs_date(first),
            "text": {
                "headline": html.escape(event.title),
                "text": "<br>".join(
                    html.escape(line) for line in _description(event, vocabulary, owners)
                ),
            },
            "group": vocabulary.names.type_label(lane) if lanes == "type" else lane,
        }
        if last is not first:
            entry["end_date"] = _timelinejs_date(last)
        entries.append(entry)
    document = {"title": {"text": {"headline": html.escape(title)}}, "events": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
