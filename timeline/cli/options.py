"""The filter options every view command shares, and their check against the vocabulary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from timeline.errors import TimelineError
from timeline.names import Kind, Names
from timeline.partial_date import PartialDate
from timeline.story import Story, open_story
from timeline.view.filters import EventFilter
from timeline.vocabulary import Vocabulary

F = TypeVar("F", bound=Callable[..., Any])

LANES = ("crc", "owner", "type")
# The keyword arguments filter_options adds to a command.
FILTER_KEYS = (
    "crcs",
    "owners",
    "types",
    "date_from",
    "date_to",
    "search",
    "include_national",
    "min_confidence",
)


def story_option(command: F) -> F:
    """Give command a --story DIR option, passed on as story: the Story it names."""
    return click.option(
        "--story",
        "story",
        type=click.Path(file_okay=False, path_type=Path),
        callback=lambda _ctx, _param, value: open_story(value),
        expose_value=True,
        help="story folder (units.yaml, taxonomy.yaml, documents/, events.yaml); default: "
        "this folder if it holds one, else the shipped probation story",
    )(command)


def events_file(story: Story, given: Path | None) -> Path:
    """Give the events file a command works on: the one given, else the story's."""
    return given if given is not None else story.events


def filter_options(command: F) -> F:
    """Give command with --crc, --owner, --type, --from, --to, --search and --no-national."""
    options = [
        click.option(
            "--crc",
            "crcs",
            multiple=True,
            metavar="NAME",
            help="Only events about this CRC (repeatable); national events included.",
        ),
        click.option(
            "--owner",
            "owners",
            multiple=True,
            metavar="NAME",
            help="Only events naming this owner or about a CRC it held then (repeatable).",
        ),
        click.option(
            "--type",
            "types",
            multiple=True,
            metavar="TYPE",
            help="Only events of this type (repeatable), by name or label.",
        ),
        click.option(
            "--from",
            "date_from",
            metavar="DATE",
            help="Only events on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q3, ...).",
        ),
        click.option(
            "--to",
            "date_to",
            metavar="DATE",
            help="Only events on or before DATE (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q3, ...).",
        ),
        click.option(
            "--search",
            default="",
            metavar="WORDS",
            help="Only events whose title or a source quote contains WORDS (any case).",
        ),
        click.option(
            "--national/--no-national",
            "include_national",
            default=True,
            show_default=True,
            help="Show (or leave out) events that concern all CRCs.",
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            default=0.0,
            metavar="0-1",
            help="Only events whose confidence is at least this (events without one stay).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def lanes_option(command: F) -> F:
    """Give command with --lanes crc|owner|type (the figure's rows)."""
    return click.option(
        "--lanes",
        type=click.Choice(LANES),
        default="crc",
        show_default=True,
        help="One timeline row per CRC, per owner or per event type.",
    )(command)


def _parse_date(option: str, text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise TimelineError(f"{option}: {error}") from None


def _canonical(names: Names, kind: Kind, written: Iterable[str]) -> tuple[str, ...]:
    """Give the canonical names, once each, of the names given for one filter option."""
    return tuple(dict.fromkeys(names.canonical(kind, text) for text in written))


def filter_from_options(vocabulary: Vocabulary, **options: Any) -> EventFilter:
    """Give the EventFilter the filter_options ask for, names made canonical.

    Keys other than those filter_options adds are ignored, so a command may pass all its
    keyword arguments. Names are read by timeline/names.py; one the vocabulary does not know
    (CRC, owner, event type) or a malformed date raises TimelineError with a one-line message.
    """
    date_from = _parse_date("--from", options.get("date_from"))
    date_to = _parse_date("--to", options.get("date_to"))
    if date_from and date_to and date_to.end() < date_from.start():
        raise TimelineError(f"--to {date_to} is before --from {date_from}")
    names = vocabulary.names
    return EventFilter(
        crcs=_canonical(names, "unit", options.get("crcs", ())),
        owners=_canonical(names, "owner", options.get("owners", ())),
        types=_canonical(names, "type", options.get("types", ())),
        date_from=date_from,
        date_to=date_to,
        search=(options.get("search") or "").strip(),
        include_national=options.get("include_national", True),
        min_confidence=options.get("min_confidence") or 0.0,
    )
