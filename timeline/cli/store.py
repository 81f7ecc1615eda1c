"""`timeline validate`, `schema`, `list` and `add`: small helpers around events.yaml."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from timeline.cli.app import main
from timeline.cli.options import events_file, filter_from_options, filter_options, story_option
from timeline.errors import TimelineError
from timeline.model import Event, Source
from timeline.names import Kind, Names
from timeline.store.events_file import SCHEMA_FILE, add_event, load_events, validate_file
from timeline.store.schema import events_schema
from timeline.store.swap import swap_file
from timeline.story import Story
from timeline.view.filters import filter_events
from timeline.vocabulary import Vocabulary

_events_argument = click.argument(
    "events_path",
    metavar="[FILE]",
    required=False,
    type=click.Path(dir_okay=False, path_type=Path),
)


@main.command()
@_events_argument
@story_option
def validate(events_path: Path | None, story: Story) -> None:
    """Check events.yaml and report every problem as file:line:column: path: message."""
    events_path = events_file(story, events_path)
    problems = validate_file(events_path, story.vocabulary)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        raise TimelineError(f"{events_path}: {len(problems)} {noun}")
    click.echo(f"{events_path}: valid")


@main.command()
@click.option(
    "-o",
    "--output",
    default=SCHEMA_FILE,
    show_default=True,
    metavar="PATH",
    help="Where to write the schema; '-' writes it to standard output.",
)
@story_option
def schema(output: str, story: Story) -> None:
    """Write the JSON Schema of events.yaml, which editors use to complete and check it."""
    text = json.dumps(events_schema(story.vocabulary), indent=2, ensure_ascii=False) + "\n"
    if output == "-":
        click.echo(text, nl=False)
        return
    swap_file(Path(output), lambda _current: text.encode("utf-8"), backups=0)
    click.echo(f"wrote {output}")


@main.command(name="list")
@_events_argument
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print the events as JSON, not a table.")
@story_option
def list_events(events_path: Path | None, as_json: bool, story: Story, **filters: object) -> None:
    """Print the events (rejected ones hidden) as a table or JSON, filtered like the dashboard."""
    vocabulary = story.vocabulary
    events_path = events_file(story, events_path)
    wanted = filter_from_options(vocabulary, **filters)
    events = filter_events(load_events(events_path, vocabulary).events, wanted, vocabulary)
    if as_json:
        rows = [event.model_dump(mode="json", exclude_none=True) for event in events]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(events)} events", title_justify="left")
    for column in ("date", "type", "title", "CRCs", "owners", "id"):
        table.add_column(column, overflow="fold")
    for event in events:
        crcs = "all (national)" if event.national else ", ".join(event.crcs)
        table.add_row(
            event.when.label(), event.type, event.title, crcs, ", ".join(event.owners), event.id
        )
    console = Console()
    if not console.is_terminal:  # piped: one line per event, for grep and less
        console = Console(width=400)
    console.print(table)


@main.command()
@_events_argument
@click.option(
    "--date",
    required=True,
    metavar="DATE",
    help="YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q3, YYYY-H1 or YYYY-summer.",
)
@click.option("--end", metavar="DATE", help="When the event spans a period: its end.")
@click.option("--type", "event_type", required=True, metavar="TYPE", help="An event type.")
@click.option("--title", required=True, help="One line saying what happened.")
@click.option("--crc", "crcs", multiple=True, metavar="NAME", help="A CRC (repeatable).")
@click.option("--owner", "owners", multiple=True, metavar="NAME", help="An owner (repeatable).")
@click.option("--national", is_flag=True, help="The event concerns every CRC.")
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="DOCUMENT[:LINE]",
    help="Where it is told: a document path or URL, optionally :LINE (repeatable).",
)
@click.option("--id", "event_id", metavar="ID", help="The event's id (default: date-title).")
@story_option
def add(
    events_path: Path | None,
    date: str,
    end: str | None,
    event_type: str,
    title: str,
    crcs: tuple[str, ...],
    owners: tuple[str, ...],
    national: bool,
    sources: tuple[str, ...],
    event_id: str | None,
    story: Story,
) -> None:
    """Add an event by hand (origin: manual), checked like the rest of the file."""
    vocabulary = story.vocabulary
    events_path = events_file(story, events_path)
    try:
        event = Event(
            id=event_id or _unused_id(events_path, date, title, vocabulary),
            date=date,
            end=end,
            type=_canonical(vocabulary.names, "type", event_type),
            title=title,
            crcs=[_canonical(vocabulary.names, "unit", name) for name in crcs],
            owners=[_canonical(vocabulary.names, "owner", name) for name in owners],
            national=national,
            sources=[_source(text) for text in sources],
            origin="manual",
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        raise TimelineError(f"--{field}: {message}") from None
    added = add_event(events_path, event, vocabulary)
    click.echo(f"added {added.id} to {events_path}")


def _unused_id(events_path: Path, date: str, title: str, vocabulary: Vocabulary) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50].rstrip("-") or "event"
    base = f"{date.strip()}-{slug}"
    taken = (
        {e.id for e in load_events(events_path, vocabulary).events}
        if events_path.exists()
        else set()
    )
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _canonical(names: Names, kind: Kind, written: str) -> str:
    """Give the canonical name for written; an unknown name passes on, for add_event to refuse."""
    return names.find(kind, written) or written.strip()


def _source(text: str) -> Source:
    document, _, line = text.rpartition(":")
    if document and line.isascii() and line.isdigit():
        return Source(document=document, line=int(line))
    return Source(document=text)
