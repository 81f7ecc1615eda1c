"""What a marker says: an event's hover text and its short label.

Document text is escaped here, once, so a drawing never shows it as HTML.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from functools import lru_cache

from timeline.model import Event
from timeline.partial_date import PartialDate
from timeline.view.filters import event_span
from timeline.vocabulary import Vocabulary

LABEL_CHARS = 42


@lru_cache(maxsize=16384)
def _hover_title(title: str) -> str:
    """Give a title escaped and wrapped for a hover box (cached: views redraw the same ones)."""
    lines = textwrap.wrap(title, 70) if len(title) > 70 else [title]
    return "<br>".join(html.escape(line) for line in lines)


def hover_text(
    event: Event, vocabulary: Vocabulary, owners: Sequence[str], kind: str | None = None
) -> str:
    """Give the hover text of an event, its document text escaped so it is never HTML.

    kind is the escaped type label, when the caller already has it.
    """
    title = _hover_title(event.title)
    first, last = event_span(event)
    when = _label(first) if last is first else f"{_label(first)} – {_label(last)}"
    if kind is None:
        kind = html.escape(vocabulary.names.type_label(event.type))
    lines = [f"<b>{title}</b>", f"{when} · {kind}"]
    nouns = vocabulary.nouns
    if event.national:
        lines.append(html.escape(vocabulary.names.national))
    if event.crcs:
        lines.append(f"{html.escape(nouns.units)}: " + html.escape(", ".join(event.crcs)))
    if owners:
        owned_by = html.escape(nouns.capitalised(nouns.owners))
        lines.append(f"{owned_by}: " + html.escape(", ".join(owners)))
    count = len(event.sources)
    lines.append(f"{count} source" + ("" if count == 1 else "s"))
    return "<br>".join(lines)


# Month names come from strftime, slow enough to matter over 10,000 hover texts.
_label = lru_cache(maxsize=8192)(PartialDate.label)


@lru_cache(maxsize=16384)
def short_label(title: str) -> str:
    """Give the title shortened to fit beside a marker (plain text, not escaped)."""
    return textwrap.shorten(title, LABEL_CHARS, placeholder="…")
