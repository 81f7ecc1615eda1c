"""The pieces of a timeline view: rows, markers, bands, owners' names, key lines, legend."""

from __future__ import annotations

from typing import NamedTuple


class Row(NamedTuple):
    """One row of the timeline: the CRC, owner or type it holds, and the label it shows.

    top and height are in levels on the y axis: the row runs from top to top + height.
    """

    name: str
    label: str  # the name, or a type's label in type rows; plain text
    top: float = 0.0
    height: float = 1.0
    strip: float = 0.0  # the owners' strip on top of a CRC row

    @property
    def centre(self) -> float:
        """Give where the row's name sits on the y axis."""
        return self.top + self.height / 2


class Marker(NamedTuple):
    """One event in one row: where its marker sits and what it says.

    Positions are ISO dates as a date axis takes them: a day event sits on its day, a span's
    marker in the middle of its span (an ISO date and time).
    """

    event_id: str
    row: int  # index into TimelineView.rows
    x: str
    span: tuple[str, str] | None  # (first day, day after the last) of a span; None for a day
    type: str
    colour: str
    hover: str  # HTML: the event's document text escaped
    label: str  # the headline as it fits beside the marker ("" unlabelled); plain text
    y: float = 0.0  # on the y axis: the middle of the marker's level in its row
    side: str = "right"  # the side of the marker (or of a span's bar) its label is on
    number: int = 0  # its line in the printed key, on a page, when it has no label
    overlaps: bool = False  # the row was full: it shares a place with another marker

    @property
    def label_x(self) -> str:
        """Give where the label is anchored: the marker, or the end of a span's bar."""
        if self.span is None:
            return self.x
        return self.span[1] if self.side == "right" else self.span[0]


class Band(NamedTuple):
    """Who owned the CRC of a row from start to end (ISO days, within the axis range)."""

    row: int
    owner: str
    start: str
    end: str
    colour: str


class BandLabel(NamedTuple):
    """One naming of an owner on its band: at x (an ISO day), y in the row's strip."""

    x: str
    y: float
    owner: str


class KeyLine(NamedTuple):
    """One line of a page's numbered key: an unlabelled event's number, date and headline."""

    number: int
    event_id: str
    date: str
    headline: str


class LegendEntry(NamedTuple):
    """How one event type is drawn: its label, colour and marker shape."""

    type: str
    label: str
    colour: str
    symbol: str
