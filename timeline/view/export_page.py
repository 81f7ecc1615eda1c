"""A printable page of the timeline: A4 or Letter, landscape, as a PDF or a 300 dpi PNG.

The page holds a title, a line saying what is shown, the timeline laid out for the page's
width, the legend, and a label or a number for every event: markers whose headline cannot
fit carry a number, and a numbered list of their headlines follows on the page.
"""

from __future__ import annotations

import datetime as dt
import html
import struct
import zlib
from collections.abc import Sequence
from typing import Literal

from timeline.model import Event
from timeline.nouns import Nouns
from timeline.view.figure import ROW_LABEL_MAX_PX, TICKS_PX, view_figure_data
from timeline.view.filters import EventFilter
from timeline.view.text_width import fit_text
from timeline.view.timeline_view import (
    Lanes,
    TimelineView,
    filtered_view,
    lanes_in_focus,
    timeline_view,
)
from timeline.view.view_geometry import BAND_STRIP
from timeline.vocabulary import Vocabulary

Page = Literal["a4", "letter"]
PAGES: dict[str, tuple[float, float]] = {"a4": (297.0, 210.0), "letter": (279.4, 215.9)}  # mm
CSS_DPI = 96
PRINT_DPI = 300
KEY_FONT_PX = 8
KEY_LINE_PX = 11
KEY_COLUMNS = 3
# The key may take up to this share of the page before its last line says "… and N more".
KEY_SHARE = 0.4
# Below this many pixels a level is too thin for a label: markers are numbered instead.
LABEL_LEVEL_PX = 14
MIN_LEVEL_PX = 4


def page_px(page: Page) -> tuple[int, int]:
    """Give a landscape page's width and height in CSS pixels (96 to the inch)."""
    width_mm, height_mm = PAGES[page]
    return round(width_mm / 25.4 * CSS_DPI), round(height_mm / 25.4 * CSS_DPI)


def print_scale() -> float:
    """Give the scale that draws CSS pixels at 300 dots to the inch."""
    return PRINT_DPI / CSS_DPI


def summary_line(shown: Sequence[Event], flt: EventFilter, nouns: Nouns, total: int) -> str:
    """Give the line saying what is shown: filters, date range, events and sources."""
    sources = {source.url or source.document for event in shown for source in event.sources}
    parts = [
        f"{len(shown)} of {total} event{'s' if total != 1 else ''}",
        f"{len(sources)} source{'s' if len(sources) != 1 else ''}",
    ]
    if shown:
        firsts = sorted(shown, key=lambda event: event.when.sort_key())
        parts.append(f"{firsts[0].when.label()} to {firsts[-1].when.label()}")
    chosen = []
    if flt.crcs:
        chosen.append(f"{nouns.units}: " + "; ".join(flt.crcs))
    if flt.owners:
        chosen.append(f"{nouns.capitalised(nouns.owners)}: " + "; ".join(flt.owners))
    if flt.types:
        chosen.append("types: " + "; ".join(flt.types))
    if flt.date_from or flt.date_to:
        chosen.append(f"dates {flt.date_from or '…'} to {flt.date_to or '…'}")
    if flt.search:
        chosen.append(f"matching “{flt.search}”")
    if not flt.include_national:
        chosen.append("national events left out")
    if flt.min_confidence:
        chosen.append(f"confidence at least {flt.min_confidence:g}")
    parts.append("filters: " + (", ".join(chosen) if chosen else "none"))
    return " · ".join(parts)


def _key_annotations(view: TimelineView, width: int, top: float, lines: int) -> list[dict]:
    """Give the numbered key in columns from top (in the plot's paper units) down, at most
    lines a column."""
    column_px = view.plot_px / KEY_COLUMNS
    entries = list(view.key)
    shown_max = lines * KEY_COLUMNS
    texts = []
    for line in entries[: shown_max - 1 if len(entries) > shown_max else shown_max]:
        text = f"{line.number}. {line.date}: {line.headline}"
        texts.append(fit_text(text, KEY_FONT_PX, column_px - 12) or str(line.number))
    if len(entries) > shown_max:
        texts.append(f"… and {len(entries) - len(texts)} more: see the narrative export")
    annotations = []
    for column in range(KEY_COLUMNS):
        chunk = texts[column * lines : (column + 1) * lines]
        if not chunk:
            break
        annotations.append(
            {
                "text": "<br>".join(html.escape(text) for text in chunk),
                "showarrow": False,
                "x": column / KEY_COLUMNS,
                "xanchor": "left",
                "xref": "paper",
                "y": top,
                "yref": "paper",
                "yanchor": "top",
                "align": "left",
                "font": {"size": KEY_FONT_PX},
            }
        )
    return annotations


def page_figure(
    shown: Sequence[Event],
    vocabulary: Vocabulary,
    flt: EventFilter,
    *,
    lanes: Lanes,
    title: str,
    total: int,
    page: Page = "a4",
    theme: str = "print",
    span: tuple[dt.date, dt.date] | None = None,
) -> dict:
    """Give the plotly data of a page: the view laid out for the page, its key below it."""
    width, height = page_px(page)
    summary = summary_line(shown, flt, vocabulary.nouns, total)
    plot_px = width - 300
    view = filtered_view(
        shown, vocabulary, flt, lanes, title=title, plot_px=plot_px, numbered=True, span=span
    )
    figure, key_lines, key_px = _drawn(view, theme, height)
    margin = figure["layout"]["margin"]
    level_px = (height - margin["t"] - margin["b"]) / max(view.levels, 1)
    if view.markers and level_px < LABEL_LEVEL_PX:
        # Too thin for a label on the page: every marker carries its number instead.
        view = _numbered_only(shown, vocabulary, flt, lanes, title, plot_px, span)
        figure, key_lines, key_px = _drawn(view, theme, height)
        margin = figure["layout"]["margin"]
        level_px = (height - margin["t"] - margin["b"]) / max(view.levels, 1)
    if level_px < LABEL_LEVEL_PX:
        for trace in figure["data"]:
            if isinstance(trace.get("marker"), dict) and trace["marker"].get("opacity") != 0:
                trace["marker"]["size"] = max(MIN_LEVEL_PX, int(level_px) - 1)
            if trace.get("name") == "Labels":
                trace["textfont"]["size"] = max(5, int(level_px) - 1)
            if trace.get("name") == "Owners":  # in the strip on top of a CRC row
                trace["textfont"]["size"] = max(4, int(BAND_STRIP * level_px))
        _fit_row_names(figure["layout"], view, level_px)
    layout = figure["layout"]
    layout["width"], layout["height"] = width, height
    plot_h = height - margin["t"] - margin["b"]
    notes = len(view.without_events) + bool(view.overlapping)
    annotations = list(layout.get("annotations", []))
    annotations.append(
        {
            "text": html.escape(fit_text(summary, 11, width - 40)),
            "showarrow": False,
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "xanchor": "left",
            # Above the dates on the axis and the figure's notes.
            "y": 1 + (TICKS_PX + 15 * notes) / plot_h,
            "yanchor": "bottom",
            "font": {"size": 11, "color": "#333333"},
        }
    )
    if key_lines:
        annotations += _key_annotations(view, width, -8 / plot_h, key_lines)
    layout["annotations"] = annotations
    return figure


def _fit_row_names(layout: dict, view: TimelineView, level_px: float) -> None:
    """Give thin rows one line each, in a font that fits the thinnest, so names never meet."""
    thinnest = min(row.height for row in view.rows) * level_px
    size = max(6, min(12, int(thinnest * 0.9)))
    layout["yaxis"]["tickfont"] = {"size": size}
    layout["yaxis"]["ticktext"] = [
        html.escape(fit_text(row.label, size, ROW_LABEL_MAX_PX)) for row in view.rows
    ]


def _drawn(view: TimelineView, theme: str, height: int) -> tuple[dict, int, int]:
    """Give the page's figure data with room for its key, the key's lines and height."""
    most = int(KEY_SHARE * height / KEY_LINE_PX)
    key_lines = min(-(-len(view.key) // KEY_COLUMNS), most) if view.key else 0
    key_px = KEY_LINE_PX * key_lines + (16 if key_lines else 0)
    figure = view_figure_data(
        view,
        theme=theme,  # type: ignore[arg-type]
        webgl=False,
        height=height,
        extra_bottom=key_px,
    )
    figure["layout"]["margin"]["t"] += 18  # the line saying what is shown
    return figure, key_lines, key_px


def _numbered_only(
    shown: Sequence[Event],
    vocabulary: Vocabulary,
    flt: EventFilter,
    lanes: Lanes,
    title: str,
    plot_px: float,
    span: tuple[dt.date, dt.date] | None,
) -> TimelineView:
    """Give the page's view with no labels tried: every marker carries its number."""
    return timeline_view(
        shown,
        vocabulary,
        lanes=lanes,
        only_lanes=lanes_in_focus(flt, lanes),
        title=title,
        labels=False,
        plot_px=plot_px,
        numbered=True,
        span=span,
    )


def with_dpi(png: bytes, dpi: int = PRINT_DPI) -> bytes:
    """Give a PNG that says it is dpi dots to the inch (a pHYs chunk after its header)."""
    per_metre = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", per_metre, per_metre, 1)
    chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header_end = 8 + 4 + 4 + 13 + 4  # signature, IHDR length, type, data, CRC
    without = _drop_chunk(png, b"pHYs")
    return without[:header_end] + chunk + without[header_end:]


def _drop_chunk(png: bytes, kind: bytes) -> bytes:
    out, position = bytearray(png[:8]), 8
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        end = position + 12 + length
        if png[position + 4 : position + 8] != kind:
            out += png[position:end]
        position = end
    return bytes(out)
