"""The detail panel of one event: title, date, type, entities, and every source with its quote.

All text goes into components as children, never as HTML, so a title like `<img onerror=…>`
shows as the characters it is. Quotes mark the words that matter: the search, and the words
extraction stored as the source's marks (the trigger, the date, the names in each role). A
source without marks (written by hand, or by an older version) shows only the search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import dash_bootstrap_components as dbc
from dash import html

from dashboard.narrative import chips
from timeline import Event, MarkKind, OwnershipIndex, PartialDate, Source, Vocabulary

HighlightKind = Literal["search"] | MarkKind
Span = tuple[int, int, HighlightKind]
# Earlier kinds win where marks overlap: what the user searched for matters most, then the
# date and the words that say what happened.
_MARK_ORDER: tuple[HighlightKind, ...] = (
    "search",
    "date",
    "trigger",
    "actor",
    "target",
    "successor",
    "rating",
    "amount",
)


def highlight(text: str, spans: Iterable[Span]) -> list[tuple[str, HighlightKind | None]]:
    """Give text cut into (piece, mark) segments; mark says why a piece matters (None: no mark).

    Where spans overlap, the earlier kind in _MARK_ORDER wins (the search first), then the longer.
    """
    ranked = sorted(spans, key=lambda span: (_MARK_ORDER.index(span[2]), span[0] - span[1]))
    taken: list[Span] = []
    for start, end, kind in ranked:
        if end > start and all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    segments: list[tuple[str, HighlightKind | None]] = []
    position = 0
    for start, end, kind in sorted(taken):
        if start > position:
            segments.append((text[position:start], None))
        segments.append((text[start:end], kind))
        position = end
    if position < len(text):
        segments.append((text[position:], None))
    return segments


def search_spans(text: str, search: str) -> list[Span]:
    """Give where the search words occur in text, in any case."""
    needle = search.strip()
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return [(match.start(), match.end(), "search") for match in pattern.finditer(text)]


def quote_segments(source: Source, search: str) -> list[tuple[str, HighlightKind | None]]:
    """Give the source's quote cut into segments marking the search and the stored marks."""
    text = source.quote
    stored: list[Span] = [(mark.start, mark.end, mark.kind) for mark in source.marks]
    return highlight(text, search_spans(text, search) + stored)


def _marked(segments: list[tuple[str, HighlightKind | None]]) -> list:
    return [
        piece if kind is None else html.Mark(piece, className=f"mark-{kind}", title=kind)
        for piece, kind in segments
    ]


def date_text(event: Event) -> str:
    """Give the event's date as people read it, with its precision when less than a day."""
    text = event.when.label()
    if event.until is not None:
        text += f" to {event.until.label()}"
    if event.when.precision != "day":
        text += f" ({event.when.precision} precision)"
    return text


def _source_item(source: Source, search: str) -> html.Li:
    post = []
    if source.post_date:
        post.append(PartialDate.parse(source.post_date).label())
    if source.post_title:
        post.append(f"“{source.post_title}”")
    where = source.document + (f", line {source.line}" if source.line else "")
    located = (
        [where]
        if not source.url
        else [
            html.A(where, href=source.url, target="_blank", rel="noopener", className="source-link")
        ]
    )
    return html.Li(
        [
            html.Div(" · ".join(post) or "Undated post", className="fw-semibold"),
            html.Div(located, className="small text-muted font-monospace text-break"),
            html.Blockquote(
                _marked(quote_segments(source, search)) if source.quote else "(no quote)",
                className="source-quote border-start border-3 ps-2 my-1",
            ),
        ],
        className="mb-2",
    )


def _facts(event: Event, vocabulary: Vocabulary) -> html.Dl:
    names = vocabulary.names
    nouns = names.nouns
    owners = OwnershipIndex(vocabulary).owners_involved(event)
    # Names hold commas ("Dorset, Devon and Cornwall"): one chip each, never joined.
    rows: list[tuple[str, object]] = [
        ("Date", date_text(event)),
        ("Type", names.type_label(event.type)),
        (nouns.units, chips([names.national] if event.national else event.crcs) or "None"),
        # Named owners first, then whoever held the event's CRCs on its date.
        (nouns.capitalised(nouns.owners), chips(owners, "info") or "None"),
    ]
    if event.confidence is not None:
        rows.append(("Confidence", f"{event.confidence:.2f}"))
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
    return [
        html.H3(event.title, className="h5 text-break", id="details-title"),
        _facts(event, vocabulary),
        html.H4(f"Sources ({len(event.sources)})", className="h6"),
        html.Ol(
            [_source_item(source, search) for source in event.sources],
            className="ps-3",
        )
        if event.sources
        else html.P("No sources recorded.", className="text-muted"),
        dbc.Badge(event.id, color="light", text_color="secondary", className="font-monospace"),
    ]
