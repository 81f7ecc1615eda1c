"""`timeline export`: the dashboard's figure as images, and the events as data, written safely.

Images draw the view filtered_view gives, the one the dashboard draws, so an exported image is
what the dashboard shows for the same filters. Every file is written to a temporary file in the
same directory and renamed, so a failed export leaves nothing half-written behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import plotly.graph_objects as go
import plotly.io as pio
from slugify import slugify

from timeline.errors import ExportError
from timeline.model import Event
from timeline.view.export_data import (
    events_to_csv,
    events_to_ics,
    events_to_json,
    events_to_timelinejs,
)
from timeline.view.export_page import (
    Page,
    page_figure,
    page_px,
    print_scale,
    summary_line,
    with_dpi,
)
from timeline.view.export_static import BATCH_TABS, IMAGE_FORMATS, ImageJob, ImageRenderer
from timeline.view.figure import Theme, view_figure
from timeline.view.figure_names import figure_title
from timeline.view.filters import EventFilter, filter_events
from timeline.view.narrative import narrative_html, narrative_markdown
from timeline.view.timeline_view import Lanes, TimelineView, filtered_view, steady_range
from timeline.vocabulary import Vocabulary

FORMATS = ("png", "svg", "pdf", "html", "md", "csv", "json", "ics", "timelinejs")
FORMAT_BY_EXTENSION = {
    ".png": "png",
    ".svg": "svg",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".csv": "csv",
    ".json": "json",
    ".ics": "ics",
}
EXTENSION_BY_FORMAT = {"timelinejs": "json"} | {f: f for f in FORMATS if f != "timelinejs"}
DEFAULT_WIDTH = 1400
Grouping = Literal["crc", "owner"]
View = Literal["timeline", "narrative"]


@dataclass(frozen=True)
class ExportOptions:
    """How the figure looks: rows, title (None: one saying what the filter shows), size, theme."""

    lanes: Lanes = "crc"
    title: str | None = None
    width: int = DEFAULT_WIDTH
    height: int | None = None  # None: the figure's own height, which grows with its rows
    scale: float = 1.0
    theme: Theme = "light"
    page: Page | None = None  # a printable landscape page (PDF, PNG at 300 dpi)
    view: View = "timeline"  # HTML: the interactive timeline or the narrative page
    # The x axis's range; export_events and export_batch give the dashboard's (steady_range),
    # so an image has the dashboard's axis, the same for every CRC of a batch.
    span: tuple[dt.date, dt.date] | None = None


@dataclass(frozen=True)
class ExportResult:
    """One written file and how many events it shows."""

    path: Path
    format: str
    events: int


def export_format(output: Path, requested: str | None = None) -> str:
    """Give the export format: the one requested, else the one OUTPUT's extension names."""
    if requested is not None:
        if requested not in FORMATS:
            raise ExportError(f'unknown format "{requested}"; use one of {", ".join(FORMATS)}')
        return requested
    found = FORMAT_BY_EXTENSION.get(output.suffix.lower())
    if found is None:
        known = ", ".join(sorted(set(FORMAT_BY_EXTENSION)))
        raise ExportError(f'{output}: unknown extension "{output.suffix}"; use {known} or --format')
    return found


def needs_browser(export_as: str) -> bool:
    """Give whether the format is a static image, drawn in Chromium."""
    return export_as in IMAGE_FORMATS


def check_writable(path: Path) -> None:
    """Raise ExportError now, before any work, if path's directory cannot take a new file."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"{path}: is a directory; give a file name")
    if not directory.is_dir():
        raise ExportError(f"{path}: cannot write: directory {directory} does not exist")
    # Permission bits do not tell (root, read-only mounts, /proc): try to make a file there.
    try:
        with tempfile.TemporaryFile(dir=directory, prefix=f".{path.name}.", suffix=".probe"):
            pass
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from None


def write_atomically(path: Path, content: bytes) -> None:
    """Write content to path whole or not at all: a temporary file beside it, then a rename."""
    check_writable(path)
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from None
    finally:
        # Whatever stopped the write (a full disk, Ctrl-C), no half-written file stays behind.
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def export_view(
    events: Sequence[Event], vocabulary: Vocabulary, flt: EventFilter, options: ExportOptions
) -> TimelineView:
    """Give the view an export draws: the dashboard's for flt, titled by options or by flt."""
    title = options.title
    if title is None:
        title = figure_title(flt, options.lanes, vocabulary.nouns)
    return filtered_view(events, vocabulary, flt, options.lanes, title=title, span=options.span)


def export_figure(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    export_as: str,
    flt: EventFilter,
    options: ExportOptions,
) -> go.Figure:
    """Give the figure an export draws: the dashboard's view, a range slider only in HTML."""
    interactive = export_as == "html"
    return view_figure(
        export_view(events, vocabulary, flt, options),
        theme=options.theme,
        # A range slider would squash the stacked rows; zooming needs none.
        rangeslider=False,
        # Vector formats need SVG traces; WebGL would be pasted in as a bitmap.
        webgl=None if interactive else False,
    )


def render(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    export_as: str,
    *,
    flt: EventFilter = EventFilter(),  # noqa: B008 - frozen, so safe as a default
    options: ExportOptions = ExportOptions(),  # noqa: B008
    renderer: ImageRenderer | None = None,
    total: int | None = None,
) -> bytes:
    """Give the bytes of the file events (already filtered by flt) make in export_as.

    Static images need renderer, a started ImageRenderer (the dashboard keeps one). total is
    how many events there were before filtering, for the line saying what is shown.
    """
    name = options.title or figure_title(flt, options.lanes, vocabulary.nouns)
    total = len(events) if total is None else total
    if export_as == "md" or (export_as == "html" and options.view == "narrative"):
        summary = summary_line(events, flt, vocabulary.nouns, total)
        write = narrative_markdown if export_as == "md" else narrative_html
        return write(events, vocabulary, name, summary).encode()
    if export_as == "csv":
        return events_to_csv(events, vocabulary).encode()
    if export_as == "json":
        return events_to_json(events).encode()
    if export_as == "ics":
        return events_to_ics(events, vocabulary, name=name)
    if export_as == "timelinejs":
        return events_to_timelinejs(events, vocabulary, lanes=options.lanes, title=name).encode()
    if options.page is not None and export_as in IMAGE_FORMATS:
        return _render_page(events, vocabulary, export_as, flt, options, name, total, renderer)
    fig = export_figure(events, vocabulary, export_as, flt, options)
    if export_as == "html":
        page = pio.to_html(fig, include_plotlyjs=True, full_html=True, config={"responsive": True})
        return page.encode()
    if renderer is None:
        raise ExportError(f"{export_as.upper()} export needs a started ImageRenderer")
    job = image_job(fig, export_as, options)
    return renderer.render(
        job.fig, job.image_format, width=job.width, height=job.height, scale=job.scale
    )


def _render_page(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    export_as: str,
    flt: EventFilter,
    options: ExportOptions,
    name: str,
    total: int,
    renderer: ImageRenderer | None,
) -> bytes:
    """Give a printable page: PDF at the page's size, PNG at 300 dpi, SVG at CSS pixels."""
    if renderer is None:
        raise ExportError(f"{export_as.upper()} export needs a started ImageRenderer")
    assert options.page is not None
    data = page_figure(
        events,
        vocabulary,
        flt,
        lanes=options.lanes,
        title=name,
        total=total,
        page=options.page,
        span=options.span,
    )
    width, height = page_px(options.page)
    scale = print_scale() if export_as == "png" else 1.0
    fig = go.Figure(data, _validate=False)
    image = renderer.render(fig, export_as, width=width, height=height, scale=scale)
    return with_dpi(image) if export_as == "png" else image


def image_job(fig: go.Figure, export_as: str, options: ExportOptions) -> ImageJob:
    """Give the drawing of fig at the options' size (height: the figure's own by default)."""
    height = options.height or int(fig.layout.height or 600)
    return ImageJob(fig, export_as, options.width, height, options.scale)


def export_events(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    output: Path,
    *,
    export_as: str | None = None,
    flt: EventFilter = EventFilter(),  # noqa: B008
    options: ExportOptions = ExportOptions(),  # noqa: B008
    renderer: ImageRenderer | None = None,
) -> ExportResult:
    """Give the file written at output: the events flt keeps, drawn or listed in one format.

    The format is export_as or output's extension. A static image starts (and stops) its own
    browser unless given a started renderer.
    """
    chosen = export_format(output, export_as)
    check_writable(output)
    shown = filter_events(events, flt, vocabulary)
    options = replace(options, span=options.span or steady_range(events, shown, flt))
    own = needs_browser(chosen) and renderer is None
    with ImageRenderer() if own else contextlib.nullcontext(renderer) as using:
        content = render(
            shown, vocabulary, chosen, flt=flt, options=options, renderer=using, total=len(events)
        )
    write_atomically(output, content)
    return ExportResult(output, chosen, len(shown))


def batch_names(vocabulary: Vocabulary, by: Grouping, flt: EventFilter) -> list[str]:
    """Give the CRCs (or owners) a batch draws: those flt names, else all in the register."""
    chosen = flt.crcs if by == "crc" else flt.owners
    return list(chosen) or (vocabulary.crc_names if by == "crc" else vocabulary.owner_names)


def export_batch(
    events: Sequence[Event],
    vocabulary: Vocabulary,
    directory: Path,
    by: Grouping,
    *,
    export_as: str = "png",
    flt: EventFilter = EventFilter(),  # noqa: B008
    options: ExportOptions = ExportOptions(),  # noqa: B008
    on_written: Callable[[ExportResult], None] | None = None,
    renderer: ImageRenderer | None = None,
) -> list[ExportResult]:
    """Give the files written in directory, one per CRC (or owner), named from it.

    One browser draws the whole batch. Each file shows the events flt keeps that concern that
    CRC (or owner): national ones included unless flt leaves them out.
    """
    if export_as not in FORMATS:
        raise ExportError(f'unknown format "{export_as}"; use one of {", ".join(FORMATS)}')
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{directory}: cannot create: {error.strerror or error}") from None
    extension = EXTENSION_BY_FORMAT[export_as]
    names = batch_names(vocabulary, by, flt)
    plans = []
    for name in names:
        one = replace(flt, crcs=(name,)) if by == "crc" else replace(flt, owners=(name,))
        title = (
            f"{name}: {options.title}"
            if options.title
            else figure_title(one, options.lanes, vocabulary.nouns)
        )
        path = directory / f"{slugify(name) or 'unnamed'}.{extension}"
        check_writable(path)
        plans.append((path, one, replace(options, title=title)))

    results: list[ExportResult | None] = [None] * len(plans)

    def done(index: int, content: bytes, shown: int) -> None:
        path = plans[index][0]
        write_atomically(path, content)
        results[index] = ExportResult(path, export_as, shown)
        if on_written is not None:
            on_written(results[index])

    if needs_browser(export_as) and options.page is not None:
        # Pages are drawn one by one in one browser: each is laid out for its own key.
        with contextlib.ExitStack() as stack:
            drawing = renderer or stack.enter_context(ImageRenderer())
            for index, (_, one, own_options) in enumerate(plans):
                shown = filter_events(events, one, vocabulary)
                own_options = replace(own_options, span=steady_range(events, shown, one))
                page = render(
                    shown,
                    vocabulary,
                    export_as,
                    flt=one,
                    options=own_options,
                    renderer=drawing,
                    total=len(events),
                )
                done(index, page, len(shown))
        return [result for result in results if result is not None]
    counts = []
    jobs = []
    for index, (_, one, own_options) in enumerate(plans):
        shown = filter_events(events, one, vocabulary)
        own_options = replace(own_options, span=steady_range(events, shown, one))
        counts.append(len(shown))
        if needs_browser(export_as):
            fig = export_figure(shown, vocabulary, export_as, one, own_options)
            jobs.append(image_job(fig, export_as, own_options))
        else:
            done(
                index,
                render(shown, vocabulary, export_as, flt=one, options=own_options),
                len(shown),
            )
    if jobs:
        if renderer is None:
            with ImageRenderer(tabs=BATCH_TABS) as own_renderer:
                own_renderer.render_many(jobs, lambda i, image: done(i, image, counts[i]))
        else:
            renderer.render_many(jobs, lambda i, image: done(i, image, counts[i]))
    return [result for result in results if result is not None]
