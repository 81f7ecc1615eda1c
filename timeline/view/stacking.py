"""Where markers and labels go within a row so that nothing overlaps, as vis-timeline stacks.

First the markers: left to right, each goes on the first level (sub-row) of its row where its
marker and its span's bar collide with nothing, a new level when none is free, so every marker
has a place of its own. Then the labels: each marker's headline (else a shorter form) goes
right of it, else left, where it crosses no marker and no label on its level; one that fits
nowhere is left out, never overprinted. On a page, an unlabelled marker shows its key number
instead, and room for that number is kept beside every marker. Positions are pixels along
the plot, for the whole axis range: zooming in only spreads things apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from timeline.view.text_width import fit_text, text_px

MARKER_PX = 11
LABEL_FONT_PX = 10
# plotly puts a "middle right" text a few pixels off its point; room for that and a gap.
LABEL_PAD_PX = 7
GAP_PX = 4
SHORT_LABEL_PX = 130
# Beyond this a row stops growing: the rest overlap, and the view counts them.
LEVELS_MAX = 40


class Item(NamedTuple):
    """One marker to place: its row, centre and span's bar in pixels, and its headline."""

    row: int
    x: float
    bar: tuple[float, float] | None
    label: str


class Placement(NamedTuple):
    """Where an item went: its level, the label it shows ("" none) and on which side."""

    level: int
    label: str
    side: str  # "right" or "left" of the marker (or of the bar's end)
    numbered: bool  # shows its key number instead of a label
    overlaps: bool  # no free level was left: it shares a place


class _Level:
    """What one level holds: footprints (start, end) that do not overlap, by start."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.last_end = float("-inf")

    def fits_after(self, start: float) -> bool:
        """Give whether a footprint starting at start fits after everything (markers' pass)."""
        return self.last_end + GAP_PX <= start

    def fits(self, start: float, end: float) -> bool:
        """Give whether start to end crosses nothing held here (labels' pass)."""
        index = bisect.bisect_left(self.ends, start - GAP_PX)
        return index == len(self.starts) or self.starts[index] >= end + GAP_PX

    def take(self, start: float, end: float) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
        self.last_end = max(self.last_end, end)

    def release(self, start: float) -> None:
        index = bisect.bisect_left(self.starts, start)
        del self.starts[index], self.ends[index]


def _extent(item: Item) -> tuple[float, float]:
    radius = MARKER_PX / 2
    left = min(item.x - radius, item.bar[0] if item.bar else item.x)
    right = max(item.x + radius, item.bar[1] if item.bar else item.x)
    return left, right


def stack(
    items: Sequence[Item],
    rows: int,
    plot_px: float,
    *,
    labels: bool = True,
    numbers: int = 0,
) -> tuple[list[Placement], list[int]]:
    """Give each item's placement and each row's number of levels.

    labels: whether headlines are tried. numbers: on a page, the count of items, so that an
    unlabelled item keeps room for its key number (as wide as the largest); 0 on screen.
    """
    number_px = LABEL_PAD_PX + text_px("8" * len(str(numbers)), LABEL_FONT_PX) if numbers else 0
    order = sorted(range(len(items)), key=lambda index: (items[index].x, index))
    level_of = [0] * len(items)
    overlaps = [False] * len(items)
    extents = [(0.0, 0.0)] * len(items)
    # The markers' pass needs only where each level's last footprint ends: plain floats.
    ends: list[list[float]] = [[] for _ in range(rows)]
    for index in order:
        left, right = _extent(items[index])
        right += number_px
        extents[index] = (left, right)
        row_ends = ends[items[index].row]
        reach = left - GAP_PX
        free = next((n for n in range(len(row_ends)) if row_ends[n] <= reach), len(row_ends))
        if free == len(row_ends):
            if free < LEVELS_MAX:
                row_ends.append(right)
            else:
                free, overlaps[index] = free - 1, True
        row_ends[free] = max(right, row_ends[free]) if overlaps[index] else right
        level_of[index] = free
    levels: list[list[_Level]] = [[_Level() for _ in row] for row in ends]
    if labels:
        for index in order:
            levels[items[index].row][level_of[index]].take(*extents[index])
    placements = []
    chosen = {}
    if labels:
        for index in order:
            level = levels[items[index].row][level_of[index]]
            chosen[index] = _label(items[index], level, plot_px, number_px)
    for index in range(len(items)):
        text, side = chosen.get(index, ("", "right"))
        placements.append(
            Placement(level_of[index], text, side, bool(numbers) and not text, overlaps[index])
        )
    return placements, [max(1, len(row)) for row in levels]


def _label(item: Item, level: _Level, plot_px: float, number_px: float) -> tuple[str, str]:
    """Give the label an item shows and its side, taking its room on the level ("" none).

    The item's own footprint (with its number's room) is set aside while looking, so its
    label may take the place its number would have had.
    """
    if not item.label:
        return "", "right"
    left, right = _extent(item)
    level.release(left)
    for text in dict.fromkeys([item.label, fit_text(item.label, LABEL_FONT_PX, SHORT_LABEL_PX)]):
        if not text:
            continue
        width = LABEL_PAD_PX + text_px(text, LABEL_FONT_PX)
        if right + width <= plot_px and level.fits(left, right + width):
            level.take(left, right + width)
            return text, "right"
        if left - width >= 0 and level.fits(left - width, right + number_px):
            level.take(left - width, right + number_px)
            return text, "left"
    level.take(left, right + number_px)
    return "", "right"
