"""Stable ids for events: the date, what the event names and its type, a counter only on a
clash ("2019-02-18-working-links-company-collapsed")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.model import Event

__all__ = ["id_subject", "with_unique_ids"]

_SLUG_STOPWORDS = {"the", "a", "an", "of", "to", "and", "in", "on", "for", "its", "their", "is"}


def with_unique_ids(events: list[tuple[Event, str]]) -> list[Event]:
    """Give events with stable ids: date, subject and type; a counter only on a clash."""
    taken: dict[str, int] = {}
    named = []
    for event, subject in sorted(events, key=lambda pair: _found_order(pair[0])):
        base = f"{event.date}-{_slug(subject)}-{event.type.replace('_', '-')}"
        taken[base] = taken.get(base, 0) + 1
        event_id = base if taken[base] == 1 else f"{base}-{taken[base]}"
        named.append(_finished(event.model_copy(update={"id": event_id})))
    return named


def _found_order(event: Event) -> tuple:
    return (event.date, event.type, event.sources[0].document, event.sources[0].line or 0)


def _finished(event: Event) -> Event:
    return event.model_copy(update={"digest": event.content_digest()})


def id_subject(event: Event, owners: Sequence[str]) -> str:
    """Give what names the event in its id: the first owner it names (not one that only held
    its CRCs), else its first CRC, "national", or the first words of its title."""
    if owners:
        return owners[0]
    if event.crcs:
        return event.crcs[0]
    if event.national:
        return "national"
    words = [
        w for w in re.findall(r"[A-Za-z0-9]+", event.title) if w.lower() not in _SLUG_STOPWORDS
    ]
    return " ".join(words[:3]) or "event"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].rstrip("-")
