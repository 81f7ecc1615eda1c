"""The narrative: the events as a vertical, chronological story grouped by year and month.

The form journalists publish (TimelineJS's): each item its headline, date at its precision,
type, CRCs, owners, key quote and source link. The dashboard's Narrative tab draws
narrative_groups; `timeline export` writes them as Markdown or a standalone HTML page.
"""

from __future__ import annotations

import calendar
import html
from collections.abc import Sequence
from typing import NamedTuple

from timeline.model import Event, Source
from timeline.view.filters import OwnershipIndex, event_span
from timeline.vocabulary import Vocabulary

NO_EVENTS_NOTE = "No events match these filters."


class NarrativeItem(NamedTuple):
    """One event as the narrative tells it; plain text throughout."""

    event_id: str
    headline: str
    date: str  # at its precision: "15 Feb 2019", "Feb 2019", "2019", "2019-Q3"
    type: str
    crcs: tuple[str, ...]  # the national row's name for a national event
    owners: tuple[str, ...]
    quote: str
    source: str  # the document (and its post), as people read it
    url: str | None  # the original address, when the source has one


class MonthGroup(NamedTuple):
    """The items of one month of a year ("" for those known only to the year)."""

    month: str
    items: tuple[NarrativeItem, ...]


class YearGroup(NamedTuple):
    """The months of one year, in order."""

    year: int
    months: tuple[MonthGroup, ...]


def _key_source(event: Event) -> Source | None:
    """Give the source the narrative quotes: the first with an address and a quote, else any."""
    ranked = sorted(event.sources, key=lambda source: (not source.url, not source.quote))
    return ranked[0] if ranked else None


def narrative_item(
    event: Event, vocabulary: Vocabulary, ownership: OwnershipIndex
) -> NarrativeItem:
    """Give one event as the narrative tells it."""
    first, last = event_span(event)
    when = first.label() if last is first else f"{first.label()} – {last.label()}"
    source = _key_source(event)
    told = ""
    if source is not None:
        told = source.document
        if source.post_title:
            told += f", “{source.post_title}”"
    crcs = (vocabulary.names.national,) if event.national else tuple(event.crcs)
    return NarrativeItem(
        event.id,
        event.title,
        when,
        vocabulary.names.type_label(event.type),
        crcs,
        tuple(ownership.owners_involved(event)),
        source.quote if source else "",
        told,
        source.url if source else None,
    )


def narrative_groups(events: Sequence[Event], vocabulary: Vocabulary) -> tuple[YearGroup, ...]:
    """Give the events by year, then month, in date order (a year-only event first)."""
    ownership = OwnershipIndex(vocabulary)
    ordered = sorted(events, key=lambda event: (event_span(event)[0].sort_key(), event.id))
    years: dict[int, dict[str, list[NarrativeItem]]] = {}
    for event in ordered:
        first = event_span(event)[0]
        month = calendar.month_name[first.month] if first.month else ""
        item = narrative_item(event, vocabulary, ownership)
        years.setdefault(first.year, {}).setdefault(month, []).append(item)
    return tuple(
        YearGroup(year, tuple(MonthGroup(month, tuple(items)) for month, items in months.items()))
        for year, months in years.items()
    )


def _md(text: str) -> str:
    """Give text with Markdown's own characters escaped, so it shows as written."""
    return "".join("\\" + char if char in "\\`*_{}[]<>()#+-!|" else char for char in text)


def narrative_markdown(
    events: Sequence[Event], vocabulary: Vocabulary, title: str, summary: str
) -> str:
    """Give the narrative as Markdown to paste into a CMS: headings by year and month."""
    nouns = vocabulary.nouns
    lines = [f"# {_md(title)}", "", f"_{_md(summary)}_", ""]
    groups = narrative_groups(events, vocabulary)
    if not groups:
        return "\n".join([*lines, NO_EVENTS_NOTE, ""])
    for year in groups:
        lines += [f"## {year.year}", ""]
        for month in year.months:
            if month.month:
                lines += [f"### {month.month} {year.year}", ""]
            for item in month.items:
                lines.append(f"- **{_md(item.headline)}**  ")
                lines.append(f"  {_md(item.date)} · {_md(item.type)}  ")
                if item.crcs:
                    lines.append(f"  {_md(nouns.units)}: {_md('; '.join(item.crcs))}  ")
                if item.owners:
                    owners = nouns.capitalised(nouns.owners)
                    lines.append(f"  {_md(owners)}: {_md('; '.join(item.owners))}  ")
                if item.quote:
                    lines.append(f"  > {_md(item.quote)}  ")
                if item.source:
                    source = f"[{_md(item.source)}]({item.url})" if item.url else _md(item.source)
                    lines.append(f"  Source: {source}")
                lines.append("")
    return "\n".join(lines)


_PAGE_STYLE = """
body { font-family: Arial, Helvetica, sans-serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; color: #222; }
h1 { font-size: 1.6rem; overflow-wrap: anywhere; } h2 { border-bottom: 1px solid #ccc; }
h3 { color: #555; font-size: 1rem; }
.item { border-left: 3px solid #999; padding-left: .75rem; margin: 0 0 1rem;
        overflow-wrap: anywhere; }
.meta { color: #555; font-size: .9rem; } .chip { display: inline-block; background: #eef;
        border-radius: .8rem; padding: 0 .5rem; margin: 0 .2rem .2rem 0; font-size: .85rem; }
blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #ddd; color: #333; }
"""


def narrative_html(
    events: Sequence[Event], vocabulary: Vocabulary, title: str, summary: str
) -> str:
    """Give the narrative as a standalone HTML page (no scripts), document text escaped."""
    esc = html.escape
    nouns = vocabulary.nouns
    body = [f"<h1>{esc(title)}</h1>", f'<p class="meta">{esc(summary)}</p>']
    groups = narrative_groups(events, vocabulary)
    if not groups:
        body.append(f"<p>{esc(NO_EVENTS_NOTE)}</p>")
    for year in groups:
        body.append(f"<h2>{year.year}</h2>")
        for month in year.months:
            if month.month:
                body.append(f"<h3>{esc(month.month)} {year.year}</h3>")
            for item in month.items:
                chips = "".join(f'<span class="chip">{esc(name)}</span>' for name in item.crcs)
                owners = "".join(f'<span class="chip">{esc(name)}</span>' for name in item.owners)
                parts = [
                    f'<article class="item" id="{esc(item.event_id)}">',
                    f"<strong>{esc(item.headline)}</strong>",
                    f'<div class="meta">{esc(item.date)} · {esc(item.type)}</div>',
                ]
                if chips:
                    parts.append(f'<div class="meta">{esc(nouns.units)}: {chips}</div>')
                if owners:
                    owned = esc(nouns.capitalised(nouns.owners))
                    parts.append(f'<div class="meta">{owned}: {owners}</div>')
                if item.quote:
                    parts.append(f"<blockquote>{esc(item.quote)}</blockquote>")
                if item.source:
                    told = esc(item.source)
                    if item.url:
                        told = f'<a href="{esc(item.url)}" rel="noopener">{told}</a>'
                    parts.append(f'<div class="meta">Source: {told}</div>')
                body.append("".join(parts) + "</article>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_PAGE_STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
