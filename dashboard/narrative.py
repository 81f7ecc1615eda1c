"""The Narrative tab (and the phone's vertical timeline): the selection by year and month.

Built from narrative_groups, the pieces `timeline export OUT.md` writes, as components: text
is children, never HTML. Each headline is a button that selects its event, like a click on
the timeline; CRC and owner names are chips, never comma-joined (names hold commas).
"""

from __future__ import annotations

from collections.abc import Sequence

import dash_bootstrap_components as dbc
from dash import html

from timeline import Event, NarrativeItem, Vocabulary, narrative_groups

# More items than this and the page would be slow to draw: the rest are left to the filters.
NARRATIVE_ITEMS_MAX = 400
NARRATIVE_PICK = "narrative-pick"


def chips(names: Sequence[str], colour: str = "light") -> list:
    """Give one chip per name: names hold commas, so they are never joined into one string."""
    return [
        dbc.Badge(name, color=colour, text_color="dark", className="chip border") for name in names
    ]


def _item(item: NarrativeItem, vocabulary: Vocabulary) -> html.Article:
    nouns = vocabulary.nouns
    parts: list = [
        html.Button(
            item.headline,
            id={"type": NARRATIVE_PICK, "event": item.event_id},
            className="narrative-open",
            title="Show this event's details",
        ),
        html.Div(f"{item.date} · {item.type}", className="small text-muted"),
    ]
    if item.crcs:
        parts.append(
            html.Div([html.Span(f"{nouns.units}: ", className="small"), *chips(item.crcs)])
        )
    if item.owners:
        owners = nouns.capitalised(nouns.owners)
        parts.append(
            html.Div([html.Span(f"{owners}: ", className="small"), *chips(item.owners, "info")])
        )
    if item.quote:
        parts.append(html.Blockquote(item.quote, className="source-quote border-start ps-2 my-1"))
    if item.source:
        told = (
            html.A(item.source, href=item.url, target="_blank", rel="noopener")
            if item.url
            else item.source
        )
        parts.append(html.Div(["Source: ", told], className="small text-muted text-break"))
    return html.Article(parts, className="narrative-item")


def narrative_children(events: Sequence[Event], vocabulary: Vocabulary) -> list:
    """Give the narrative of events as components, a message when there is nothing to show."""
    if not events:
        return [html.P("No events match these filters.", className="text-muted")]
    shown = list(events)[:NARRATIVE_ITEMS_MAX]
    children: list = []
    if len(events) > len(shown):
        children.append(
            html.P(
                f"The first {len(shown)} of {len(events)} events: narrow the filters to read on.",
                className="text-muted small",
            )
        )
    for year in narrative_groups(shown, vocabulary):
        children.append(html.H3(str(year.year)))
        for month in year.months:
            if month.month:
                children.append(html.H4(f"{month.month} {year.year}"))
            children += [_item(item, vocabulary) for item in month.items]
    return children
