"""The events table: its columns and one row of plain text per event (shown as text, not HTML)."""

from __future__ import annotations

from collections.abc import Iterable

from timeline import Event, Nouns, OwnershipIndex, Vocabulary

_COLUMNS: list[dict] = [
    # ISO dates sort chronologically as text ("2019" < "2019-02" < "2019-02-15"); people read
    # the label at the event's precision.
    {
        "field": "date",
        "headerName": "Date",
        "valueFormatter": {"function": "params.data.date_label"},
        "sort": "asc",
        "width": 115,
    },
    # Titles wrap and the row grows: a title is never cut to the column's width.
    {
        "field": "title",
        "headerName": "Title",
        "flex": 3,
        "minWidth": 160,
        "tooltipField": "title",
        "wrapText": True,
        "autoHeight": True,
        "cellStyle": {"lineHeight": "1.35", "wordBreak": "break-word"},
    },
    {"field": "type", "headerName": "Type", "flex": 1, "minWidth": 90, "tooltipField": "type"},
    {"field": "crcs", "headerName": "{units}", "flex": 2, "minWidth": 100, "tooltipField": "crcs"},
    {
        "field": "owners",
        "headerName": "{owners}",
        "flex": 1,
        "minWidth": 90,
        "tooltipField": "owners",
    },
    {"field": "sources", "headerName": "Sources", "type": "numericColumn", "width": 95},
]


def columns(nouns: Nouns) -> list[dict]:
    """Give the table's columns, the units and owners named in the story's own words."""
    names = {"{units}": nouns.units, "{owners}": nouns.capitalised(nouns.owners)}
    return [
        {**column, "headerName": names.get(column["headerName"], column["headerName"])}
        for column in _COLUMNS
    ]


def table_row(event: Event, vocabulary: Vocabulary, ownership: OwnershipIndex) -> dict:
    """Give the table row of event: its id, sortable date, and the columns as text."""
    names = vocabulary.names
    date_label = event.when.label() + (f" – {event.until.label()}" if event.until else "")
    return {
        "id": event.id,
        "date": event.date,
        "date_label": date_label,
        "title": event.title,
        "type": names.type_label(event.type),
        "crcs": names.national if event.national else "; ".join(event.crcs),
        "owners": "; ".join(ownership.owners_involved(event)),
        "sources": len(event.sources),
    }


def table_rows(events: Iterable[Event], vocabulary: Vocabulary) -> dict[str, dict]:
    """Give every event's table row by event id, in the events' order."""
    ownership = OwnershipIndex(vocabulary)
    return {event.id: table_row(event, vocabulary, ownership) for event in events}
