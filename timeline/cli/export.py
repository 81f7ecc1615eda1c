"""`timeline export`: images and data files of the timeline, filtered like the dashboard."""

from __future__ import annotations

import time
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from timeline.cli.app import main
from timeline.cli.options import (
    events_file,
    filter_from_options,
    filter_options,
    lanes_option,
    story_option,
)
from timeline.store.events_file import load_events
from timeline.story import Story
from timeline.view.export import (
    EXTENSION_BY_FORMAT,
    FORMATS,
    ExportOptions,
    ExportResult,
    batch_names,
    export_batch,
    export_events,
    export_format,
    needs_browser,
)
from timeline.view.export_static import find_browser


def _paths(paths: tuple[Path, ...], batch: bool, story: Story) -> tuple[Path | None, Path]:
    """Give (OUTPUT, FILE) from the positional arguments; FILE defaults to the story's."""
    if batch:
        if len(paths) > 1:
            raise click.UsageError("with --per-crc or --per-owner, give at most FILE")
        return None, events_file(story, paths[0] if paths else None)
    if not paths:
        raise click.UsageError("give OUTPUT (e.g. timeline.png), or --per-crc DIR")
    if len(paths) > 2:
        raise click.UsageError("give OUTPUT and at most one FILE")
    return paths[0], events_file(story, paths[1] if len(paths) == 2 else None)


@main.command("export")
@click.argument("paths", nargs=-1, metavar="OUTPUT [FILE]", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "export_as",
    type=click.Choice(FORMATS),
    help="Format, when OUTPUT's extension does not say (timelinejs: Knight Lab TimelineJS JSON).",
)
@click.option(
    "--per-crc",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write one file per CRC into DIR (with --format; png by default).",
)
@click.option(
    "--per-owner",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write one file per owner into DIR (with --format; png by default).",
)
@filter_options
@lanes_option
@click.option("--title", help="Figure title (default: says what the filters show).")
@click.option(
    "--width",
    type=click.IntRange(200, 10_000),
    default=1400,
    show_default=True,
    help="Image width in CSS pixels.",
)
@click.option(
    "--height",
    type=click.IntRange(200, 10_000),
    help="Image height in CSS pixels (default: grows with the number of rows).",
)
@click.option(
    "--scale",
    type=click.FloatRange(0.1, 10),
    default=1.0,
    show_default=True,
    help="Pixel multiplier: --scale 2 gives a PNG twice as wide and high.",
)
@click.option(
    "--page",
    type=click.Choice(["a4", "letter"]),
    help="A printable landscape page: PDF at that size, PNG at 300 dpi, with a title, a line "
    "saying what is shown, the legend and a numbered key of events without a label "
    "(a PDF is an A4 page unless --page letter).",
)
@click.option(
    "--view",
    "view",
    type=click.Choice(["timeline", "narrative"]),
    default="timeline",
    show_default=True,
    help="HTML: the interactive timeline, or the narrative (by year and month) as a page.",
)
@click.option(
    "--theme",
    type=click.Choice(["light", "print"]),
    default="light",
    show_default=True,
    help="Colours and fonts: screen (light) or print.",
)
@story_option
def export_command(
    paths: tuple[Path, ...],
    export_as: str | None,
    per_crc: Path | None,
    per_owner: Path | None,
    lanes: str,
    title: str | None,
    width: int,
    height: int | None,
    scale: float,
    theme: str,
    page: str | None,
    view: str,
    story: Story,
    **filters: object,
) -> None:
    """Write the timeline as PNG, SVG, PDF, HTML, Markdown, CSV, JSON, ICS or TimelineJS,
    without a browser window: `timeline export OUTPUT [FILE]`, or `--per-crc DIR [FILE]`.

    The image is the dashboard's figure for the same filters; OUT.md and `--view narrative`
    HTML are the narrative, grouped by year and month.
    """
    if per_crc and per_owner:
        raise click.UsageError("give --per-crc or --per-owner, not both")
    batch_dir = per_crc or per_owner
    output, events_path = _paths(paths, batch_dir is not None, story)
    chosen = (export_as or "png") if batch_dir else export_format(output, export_as)
    if needs_browser(chosen):
        find_browser()  # fail in a moment, before reading anything, when Chromium is missing
    vocabulary = story.vocabulary
    flt = filter_from_options(vocabulary, **filters)
    if chosen == "pdf" and page is None:
        page = "a4"  # a PDF is for printing: a real page size, never the figure's own
    options = ExportOptions(
        lanes=lanes,
        title=title,
        width=width,
        height=height,
        scale=scale,
        theme=theme,
        page=page,
        view=view,
    )
    events = load_events(events_path, vocabulary).events
    err = Console(stderr=True)
    started = time.perf_counter()

    if batch_dir is None:
        result = export_events(
            events, vocabulary, output, export_as=chosen, flt=flt, options=options
        )
        if result.events == 0:
            _warn_empty(err, result)
        click.echo(f"wrote {result.path} ({result.format}, {_count(result.events)})")
        return

    by = "crc" if per_crc else "owner"
    names = batch_names(vocabulary, by, flt)
    empty: list[ExportResult] = []
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task(
            f"{EXTENSION_BY_FORMAT[chosen].upper()} per {by}", total=len(names)
        )

        def written(result: ExportResult) -> None:
            if result.events == 0:
                empty.append(result)
            progress.advance(task)

        results = export_batch(
            events,
            vocabulary,
            batch_dir,
            by,
            export_as=chosen,
            flt=flt,
            options=options,
            on_written=written,
        )
    for result in empty:
        _warn_empty(err, result)
    elapsed = time.perf_counter() - started
    shown = sum(result.events for result in results)
    click.echo(
        f"wrote {len(results)} {chosen} files to {batch_dir} in {elapsed:.1f} s "
        f"({shown} event placements; {len(empty)} with no events)"
    )


def _count(events: int) -> str:
    return f"{events} event" + ("" if events == 1 else "s")


def _warn_empty(err: Console, result: ExportResult) -> None:
    says = "says so" if needs_browser(result.format) or result.format == "html" else "is empty"
    err.print(
        f"Warning: no events match these filters; {result.path} {says}",
        highlight=False,
        markup=False,
    )
