"""The detail panel of one event: title, date, type, entities, and every source with its quote.

All text goes into components as children, never as HTML, so a title like `<img onerror=…>`
shows as the characters it is.
"""

from __future__ import annotations

import calendar
import re
from typing import Literal

import dash_bootstrap_components as dbc
from dash import html

from timeline.filters import OwnershipIndex
from timeline.model import Event, Source
from timeline.partial_date import PartialDate
from timeline.vocabulary import Vocabulary

Mark = Literal["search", "date", "trigger"]
# Earlier kinds win where marks overlap: what the user searched for matters most.
_MARK_ORDER: tuple[Mark, ...] = ("search", "date", "trigger")
_ORDINAL = r"(?:st|nd|rd|th)?"
_RELATIVE_DATE = (
    r"\b(?:yesterday|today|tomorrow|(?:last|this|next) (?:week|month|year)|"
    r"(?:last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: last week| next week)?)\b"
)


def date_patterns(when: PartialDate) -> list[str]:
    """Give regexes for the ways a text may write when (or a date relative to its post)."""
    patterns = [_RELATIVE_DATE, rf"\b{when}\b", rf"\b{when.year}\b"]
    if when.month is not None:
        month = f"(?:{calendar.month_name[when.month]}|{calendar.month_abbr[when.month]})"
        patterns.append(rf"\b{month}\.?(?: {when.year})?\b")
        if when.day is not None:
            patterns.append(rf"\b{when.day}{_ORDINAL}(?: of)? {month}\b(?:,? {when.year}\b)?")
            patterns.append(rf"\b{month} {when.day}{_ORDINAL}\b(?:,? {when.year}\b)?")
    return patterns


def highlight(text: str, marks: dict[Mark, list[str]]) -> list[tuple[str, Mark | None]]:
    """Give text cut into (piece, mark) segments; mark says why a piece matters (None: no mark).

    marks maps each kind to regexes, matched case-insensitively; overlapping matches go to the
    earlier kind in search, date, trigger order, then to the longer match.
    """
    spans: list[tuple[int, int, Mark]] = []
    for kind in _MARK_ORDER:
        for pattern in marks.get(kind, []):
            for match in re.finditer(pattern, text, flags=re.IGNORECASE):
                if match.end() > match.start():
                    spans.append((match.start(), match.end(), kind))
    spans.sort(key=lambda span: (_MARK_ORDER.index(span[2]), span[0], span[0] - span[1]))
    taken: list[tuple[int, int, Mark]] = []
    for start, end, kind in spans:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in taken):
            taken.append((start, end, kind))
    taken.sort()
    segments: list[tuple[str, Mark | None]] = []
    position = 0
    for start, end, kind in taken:
        if start > position:
            segments.append((text[position:start], None))
        segments.append((text[start:end], kind))
        position = end
    if position < len(text):
        segments.append((text[position:], None))
    return segments


def quote_marks(event: Event, vocabulary: Vocabulary, search: str) -> dict[Mark, list[str]]:
    """Give the regexes worth marking in event's quotes: the search, the date, the triggers."""
    marks: dict[Mark, list[str]] = {"date": date_patterns(event.when)}
    if search.strip():
        marks["search"] = [re.escape(search.strip())]
    try:
        triggers = vocabulary.event_type(event.type).triggers
    except KeyError:
        triggers = []
    marks["trigger"] = [rf"\b{re.escape(trigger)}\b" for trigger in triggers]
    return marks


def _marked(segments: list[tuple[str, Mark | None]]) -> list:
    return [
        piece if kind is None else html.Mark(piece, className=f"mark-{kind}", title=kind)
        for piece, kind in segments
    ]


def _type_label(event: Event, vocabulary: Vocabulary) -> str:
    try:
        return vocabulary.event_type(event.type).label
    except KeyError:
        return event.type


def date_text(event: Event) -> str:
    """Give the event's date as people read it, with its precision when less than a day."""
    text = event.when.label()
    if event.until is not None:
        text += f" to {event.until.label()}"
    if event.when.precision != "day":
        text += f" ({event.when.precision} precision)"
    return text


def _source_item(source: Source, marks: dict[Mark, list[str]]) -> html.Li:
    post = []
    if source.post_date:
        post.append(PartialDate.parse(source.post_date).label())
    if source.post_title:
        post.append(f"“{source.post_title}”")
    where = source.document + (f", line {source.line}" if source.line else "")
    return html.Li(
        [
            html.Div(" · ".join(post) or "Undated post", className="fw-semibold"),
            html.Div(where, className="small text-muted font-monospace text-break"),
            html.Blockquote(
                _marked(highlight(source.quote, marks)) if source.quote else "(no quote)",
                className="source-quote border-start border-3 ps-2 my-1",
            ),
        ],
        className="mb-2",
    )


def _facts(event: Event, vocabulary: Vocabulary) -> html.Dl:
    rows = [
        ("Date", date_text(event)),
        ("Type", _type_label(event, vocabulary)),
        ("CRCs", "All CRCs (national)" if event.national else ", ".join(event.crcs) or "None"),
        # Named owners first, then whoever held the event's CRCs on its date.
        ("Owners", ", ".join(OwnershipIndex(vocabulary).owners_involved(event)) or "None"),
    ]
    if event.rating:
        rows.append(("Rating", event.rating))
    origin = event.origin + (", locked" if event.locked else "")
    rows.append(("Origin", origin + (", edited by hand" if event.is_edited() else "")))
    items: list = []
    for term, value in rows:
        items += [html.Dt(term, className="col-sm-3"), html.Dd(value, className="col-sm-9")]
    return html.Dl(items, className="row mb-2")


def details_panel(event: Event | None, vocabulary: Vocabulary, search: str = "") -> list:
    """Give the panel's children for event (a prompt to pick one when there is none)."""
    if event is None:
        return [
            html.P(
                "Click an event on the timeline or a row in the table to see its sources.",
                className="text-muted mb-0",
            )
        ]
    marks = quote_marks(event, vocabulary, search)
    return [
        html.H3(event.title, className="h5 text-break", id="details-title"),
        _facts(event, vocabulary),
        html.H4(f"Sources ({len(event.sources)})", className="h6"),
        html.Ol([_source_item(source, marks) for source in event.sources], className="ps-3")
        if event.sources
        else html.P("No sources recorded.", className="text-muted"),
        dbc.Badge(event.id, color="light", text_color="secondary", className="font-monospace"),
    ]
