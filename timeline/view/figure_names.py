"""What a timeline figure shows, said in its file name and its title."""

from __future__ import annotations

from slugify import slugify

from timeline.nouns import Nouns
from timeline.view.filters import EventFilter
from timeline.view.timeline_view import Lanes


def figure_filename(flt: EventFilter, lanes: Lanes = "crc", extension: str = "png") -> str:
    """Give a file name that says what a figure shows, e.g. timeline-by-crc-wales-2019.png."""
    parts = ["timeline", f"by-{lanes}"]
    parts += list(flt.crcs) + list(flt.owners) + list(flt.types)
    if flt.date_from or flt.date_to:
        parts.append(f"{flt.date_from or ''}-to-{flt.date_to or ''}")
    if flt.search:
        parts.append(flt.search)
    if not flt.include_national:
        parts.append("no-national")
    stem = slugify(" ".join(parts), max_length=120, word_boundary=True) or "timeline"
    return f"{stem}.{extension.lstrip('.')}"


def figure_title(flt: EventFilter, lanes: Lanes = "crc", nouns: Nouns | None = None) -> str:
    """Give a title that says what a figure shows, e.g. "Events by CRC: Wales, from 2019"."""
    nouns = nouns or Nouns()
    title = f"Events by {({'crc': nouns.unit, 'owner': nouns.owner}).get(lanes, 'event type')}"
    chosen = [*flt.crcs, *flt.owners, *flt.types]
    if chosen:
        title += ": " + ", ".join(chosen)
    if flt.date_from and flt.date_to:
        title += f", {flt.date_from.label()} to {flt.date_to.label()}"
    elif flt.date_from:
        title += f", from {flt.date_from.label()}"
    elif flt.date_to:
        title += f", until {flt.date_to.label()}"
    if flt.search:
        title += f", matching “{flt.search}”"
    if not flt.include_national:
        title += ", national events left out"
    return title
