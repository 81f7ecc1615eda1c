"""`timeline extract` and `timeline evaluate`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from timeline.cli.app import main
from timeline.cli.options import events_file, story_option
from timeline.extraction.cluster import LOCAL
from timeline.extraction.evaluate import evaluate, load_gold, read_source_texts
from timeline.extraction.pipeline import DocumentResult, Extraction, ExtractOptions, extract
from timeline.store.events_file import load_events, write_extraction
from timeline.store.swap import check_writable
from timeline.story import Story
from timeline.vocabulary import load_vocabulary


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


@main.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="events file to create or merge into (default: the story's events.yaml)",
)
@click.option("--include-comments", is_flag=True, help="also read reader comments under posts")
@click.option(
    "--frames/--triggers",
    default=True,
    show_default=True,
    help="the frame extractor (roles, headlines, several events a sentence), or round one's "
    "trigger extractor for comparison",
)
@click.option(
    "--date",
    "default_date",
    callback=_parse_date,
    help="reference date (YYYY-MM-DD) for documents that give none",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="processes reading documents in parallel (default 1; with --dask local, 2)",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786), or on one "
    "of --workers processes started here ('local'); needs the dask extra",
)
@click.option(
    "--vocabulary",
    "vocabulary_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="folder with the vocabulary (units.yaml or crcs.yaml, taxonomy.yaml) when it is not "
    "the story's",
)
@story_option
def extract_command(
    paths: tuple[Path, ...],
    output: Path | None,
    include_comments: bool,
    frames: bool,
    default_date: dt.date | None,
    workers: int | None,
    dask: str | None,
    vocabulary_dir: Path | None,
    story: Story,
) -> None:
    """Extract typed, dated events from documents (default: the story's documents/) into its
    events.yaml.

    An existing events file is merged into, never overwritten: events you edited, added or
    rejected are kept as they are, and so are the events of documents not read this run.
    """
    vocabulary_dir = vocabulary_dir or story.vocabulary_dir
    options = ExtractOptions(vocabulary_dir, include_comments, default_date, frames)
    console = Console(stderr=True)
    if dask not in (None, LOCAL) and workers is not None:
        raise click.UsageError("--workers sets the size of --dask local; a cluster has its own")
    workers = workers or (2 if dask == LOCAL else 1)
    output = events_file(story, output)
    check_writable(output)  # a missing folder says so now, not after the whole extraction
    extraction = _run(list(paths) or [story.documents], options, workers, dask, console)
    # The existing file is read as every command reads it: against the vocabulary too.
    vocabulary = (
        story.vocabulary
        if vocabulary_dir == story.vocabulary_dir
        else load_vocabulary(vocabulary_dir)
    )
    report = write_extraction(
        output, extraction.events, vocabulary, read_documents=extraction.read_documents
    )
    _summarise(extraction, console)
    click.echo(f"{output}: {report.summary()}")


def _run(
    paths: list[Path], options: ExtractOptions, workers: int, dask: str | None, console: Console
) -> Extraction:
    with Progress(
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("", total=None)

        def advance(result: DocumentResult) -> None:
            progress.update(task, advance=1, description=result.path.name)

        return extract(paths, options, workers=workers, dask=dask, on_document=advance)


DATED_LISTED = 50  # documents whose reference date the summary lists one by one


def _summarise(extraction: Extraction, console: Console) -> None:
    for warning in extraction.warnings:
        console.print(f"warning: {warning}", highlight=False, markup=False, soft_wrap=True)
    by_type = ", ".join(f"{kind} {count}" for kind, count in extraction.counts_by_type().items())
    click.echo(
        f"{extraction.documents} documents, {extraction.posts} posts, "
        f"{extraction.candidates} reports → {len(extraction.events)} events"
        + (f" ({extraction.failed} documents could not be read)" if extraction.failed else "")
    )
    if by_type:
        click.echo(f"by type: {by_type}")
    _summarise_dates(extraction)
    click.echo(f"{len(extraction.warnings)} warnings")


def _summarise_dates(extraction: Extraction) -> None:
    """Say which rule dated each document; past DATED_LISTED documents, how many each rule did."""
    rules = ", ".join(f"{rule} {count}" for rule, count in extraction.counts_by_rule().items())
    click.echo(f"reference dates by rule: {rules}")
    if len(extraction.references) > DATED_LISTED:
        return
    for name, found in sorted(extraction.references.items()):
        said = f"{found.when} by {found.rule} ({found.text[:60]})" if found else "no date"
        click.echo(f"  {name}: {said}")


@main.command("evaluate")
@click.argument("gold_path", metavar="GOLD.yaml", type=click.Path(path_type=Path))
@click.option(
    "--events",
    "events_path",
    type=click.Path(path_type=Path),
    help="events file to measure (default: the story's events.yaml)",
)
@click.option("--show-missed", is_flag=True, help="list the gold events no event matches")
@story_option
def evaluate_command(
    gold_path: Path, events_path: Path | None, show_missed: bool, story: Story
) -> None:
    """Measure an events file against hand-made gold events: recall, key recall, precision."""
    events_path = events_file(story, events_path)
    gold = load_gold(gold_path)
    events = load_events(events_path, story.vocabulary).events
    texts = read_source_texts(events, [Path.cwd(), events_path.resolve().parent])
    result = evaluate(gold, events, texts)
    keys = sum(g.key for g in gold)
    click.echo(
        f"key recall:     {result.key_recall:.2f} ({round(result.key_recall * keys)}/{keys})"
    )
    click.echo(f"overall recall: {result.recall:.2f} ({len(result.matched_gold)}/{len(gold)})")
    click.echo(
        f"extracted events matching a gold event: {result.matching_events}/{result.in_scope}"
        f" ({result.precision:.2f}) in the gold's documents"
    )
    if show_missed:
        for missed in result.unmatched:
            click.echo(f"missed {missed.id} {missed.date} {missed.type}: {missed.title}")
