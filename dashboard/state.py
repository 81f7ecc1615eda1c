"""The dashboard's view (filters, lanes, selected event) and its URL query string, both ways.

The query string is what people share, so reading it never fails: a value that names no CRC,
owner or type, or a date that is not a date, is dropped with a notice saying so. Names are
read as everywhere else (timeline/names.py): "?crc=DDC", "?crc=dorset+devon+%26+cornwall".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal
from urllib.parse import parse_qsl, urlencode

from timeline import EventFilter, Nouns, PartialDate, Vocabulary

Lanes = Literal["crc", "owner", "type"]
LANE_CHOICES: tuple[Lanes, ...] = ("crc", "owner", "type")


def lane_labels(nouns: Nouns) -> dict[Lanes, str]:
    """Give each lane choice's label in the story's own words ("CRC", "Owner", "Event type")."""
    return {"crc": nouns.unit, "owner": nouns.capitalised(nouns.owner), "type": "Event type"}


# Query keys: short, readable in a shared link. Lists repeat their key (CRC names hold commas).
_CRC, _OWNER, _TYPE = "crc", "owner", "type"
_FROM, _TO, _SEARCH, _NATIONAL, _LANES, _EVENT = "from", "to", "q", "national", "lanes", "event"
_CONFIDENCE, _ROWS, _TAB = "confidence", "rows", "tab"
_KNOWN_KEYS = {
    _CRC,
    _OWNER,
    _TYPE,
    _FROM,
    _TO,
    _SEARCH,
    _NATIONAL,
    _LANES,
    _EVENT,
    _CONFIDENCE,
    _ROWS,
    _TAB,
}
TABS = ("timeline", "narrative")
_TRUE, _FALSE = {"1", "yes", "true", "on"}, {"0", "no", "false", "off"}


@dataclass(frozen=True)
class ViewState:
    """What the dashboard shows: the filters, the lane choice and the selected event."""

    crcs: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    search: str = ""
    include_national: bool = True
    lanes: Lanes = "crc"
    event: str | None = None
    min_confidence: float = 0.0
    empty_rows: bool = False  # show rows without events
    tab: str = "timeline"
    notices: tuple[str, ...] = field(default=(), compare=False)

    def to_query(self) -> str:
        """Give the query string ("?crc=…&lanes=owner") restoring this view; "" for the default."""
        pairs: list[tuple[str, str]] = []
        pairs += [(_CRC, name) for name in self.crcs]
        pairs += [(_OWNER, name) for name in self.owners]
        pairs += [(_TYPE, name) for name in self.types]
        if self.date_from:
            pairs.append((_FROM, self.date_from))
        if self.date_to:
            pairs.append((_TO, self.date_to))
        if self.search:
            pairs.append((_SEARCH, self.search))
        if not self.include_national:
            pairs.append((_NATIONAL, "0"))
        if self.lanes != "crc":
            pairs.append((_LANES, self.lanes))
        if self.min_confidence:
            pairs.append((_CONFIDENCE, f"{self.min_confidence:g}"))
        if self.empty_rows:
            pairs.append((_ROWS, "all"))
        if self.tab != "timeline":
            pairs.append((_TAB, self.tab))
        if self.event:
            pairs.append((_EVENT, self.event))
        return "?" + urlencode(pairs) if pairs else ""

    def to_dict(self) -> dict:
        """Give the view as JSON-ready data, for a dcc.Store."""
        return {
            "crcs": list(self.crcs),
            "owners": list(self.owners),
            "types": list(self.types),
            "date_from": self.date_from,
            "date_to": self.date_to,
            "search": self.search,
            "include_national": self.include_national,
            "lanes": self.lanes,
            "event": self.event,
            "min_confidence": self.min_confidence,
            "empty_rows": self.empty_rows,
            "tab": self.tab,
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> ViewState:
        """Give the view stored by to_dict (the default view for None)."""
        if not data:
            return cls()
        return cls(
            crcs=tuple(data.get("crcs") or ()),
            owners=tuple(data.get("owners") or ()),
            types=tuple(data.get("types") or ()),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            search=data.get("search") or "",
            include_national=bool(data.get("include_national", True)),
            lanes=data.get("lanes") or "crc",
            event=data.get("event"),
            min_confidence=float(data.get("min_confidence") or 0.0),
            empty_rows=bool(data.get("empty_rows")),
            tab=data.get("tab") if data.get("tab") in TABS else "timeline",
        )

    def cleared(self) -> ViewState:
        """Give this view with every filter cleared, keeping the lane, rows and tab choices."""
        return ViewState(lanes=self.lanes, empty_rows=self.empty_rows, tab=self.tab)

    def with_event(self, event_id: str | None) -> ViewState:
        """Give this view with event_id selected (None: nothing selected)."""
        return replace(self, event=event_id or None, notices=())


def _pick(
    vocabulary: Vocabulary,
    kind: Literal["unit", "owner", "type"],
    values: list[str],
    notices: list[str],
) -> tuple[str, ...]:
    """Give the canonical names the values stand for, once each; the others become notices."""
    names = vocabulary.names
    chosen: list[str] = []
    for value in values:
        name = names.find(kind, value)
        if name is None:
            notices.append(f"Ignored {names.unknown(kind, value)} in the address.")
        elif name not in chosen:
            chosen.append(name)
    return tuple(chosen)


def check_date(text: str | None, what: str, notices: list[str]) -> str | None:
    """Give text as a partial date ("2019", "2019-02", "2019-02-15"), or None with a notice."""
    if text is None or not str(text).strip():
        return None
    try:
        return str(PartialDate.parse(str(text)))
    except ValueError:
        notices.append(f"Ignored {what} {str(text)!r}: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Q3.")
        return None


def _check_dates(
    date_from: str | None, date_to: str | None, notices: list[str]
) -> tuple[str | None, str | None]:
    if not (date_from and date_to):
        return date_from, date_to
    ends_first = PartialDate.parse(date_to).end() < PartialDate.parse(date_from).start()
    if ends_first:
        notices.append(f"Ignored the dates {date_from} to {date_to}: the end precedes the start.")
        return None, None
    return date_from, date_to


def parse_query(search: str | None, vocabulary: Vocabulary) -> ViewState:
    """Give the view a query string describes; bad values are dropped and listed in notices."""
    notices: list[str] = []
    values: dict[str, list[str]] = {}
    for key, value in parse_qsl((search or "").lstrip("?"), keep_blank_values=True):
        if key not in _KNOWN_KEYS:
            notices.append(f"Ignored unknown setting {key!r} in the address.")
            continue
        values.setdefault(key, []).append(value)

    def last(key: str) -> str | None:
        return values[key][-1] if values.get(key) else None

    date_from = check_date(last(_FROM), "the start date", notices)
    date_to = check_date(last(_TO), "the end date", notices)
    date_from, date_to = _check_dates(date_from, date_to, notices)

    include_national = True
    national = last(_NATIONAL)
    if national is not None:
        if national.strip().lower() in _FALSE:
            include_national = False
        elif national.strip().lower() not in _TRUE:
            notices.append(f"Ignored national={national!r} in the address: use 1 or 0.")

    lanes: Lanes = "crc"
    lane_value = last(_LANES)
    if lane_value is not None:
        if lane_value in LANE_CHOICES:
            lanes = lane_value  # type: ignore[assignment]
        else:
            notices.append(f"Ignored lanes={lane_value!r} in the address: use crc, owner or type.")

    confidence = _check_confidence(last(_CONFIDENCE), notices)
    tab = last(_TAB) or "timeline"
    if tab not in TABS:
        notices.append(f"Ignored tab={tab!r} in the address: use timeline or narrative.")
        tab = "timeline"
    return ViewState(
        min_confidence=confidence,
        empty_rows=(last(_ROWS) or "").strip().lower() == "all",
        tab=tab,
        crcs=_pick(vocabulary, "unit", values.get(_CRC, []), notices),
        owners=_pick(vocabulary, "owner", values.get(_OWNER, []), notices),
        types=_pick(vocabulary, "type", values.get(_TYPE, []), notices),
        date_from=date_from,
        date_to=date_to,
        search=(last(_SEARCH) or "").strip(),
        include_national=include_national,
        lanes=lanes,
        event=last(_EVENT) or None,
        notices=tuple(notices),
    )


def _check_confidence(text: str | None, notices: list[str]) -> float:
    """Give text as a confidence from 0 to 1, or 0 with a notice."""
    if text is None or not text.strip():
        return 0.0
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        notices.append(f"Ignored confidence={text!r} in the address: use a number from 0 to 1.")
        return 0.0
    return value


def from_controls(
    crcs: list[str] | None,
    owners: list[str] | None,
    types: list[str] | None,
    date_from: str | None,
    date_to: str | None,
    search: str | None,
    include_national: bool | None,
    lanes: str | None,
    min_confidence: float | None = 0.0,
    empty_rows: bool | None = False,
    tab: str | None = "timeline",
    event: str | None = None,
) -> ViewState:
    """Give the view the controls show; a date that is not a date is dropped with a notice."""
    notices: list[str] = []
    start = check_date(date_from, "the start date", notices)
    end = check_date(date_to, "the end date", notices)
    start, end = _check_dates(start, end, notices)
    return ViewState(
        crcs=tuple(crcs or ()),
        owners=tuple(owners or ()),
        types=tuple(types or ()),
        date_from=start,
        date_to=end,
        search=(search or "").strip(),
        include_national=True if include_national is None else bool(include_national),
        lanes=lanes if lanes in LANE_CHOICES else "crc",  # type: ignore[arg-type]
        min_confidence=float(min_confidence or 0.0),
        empty_rows=bool(empty_rows),
        tab=tab if tab in TABS else "timeline",
        event=event,
        notices=tuple(notices),
    )


def control_values(state: ViewState) -> tuple:
    """Give the values the filter controls take for state, in from_controls' order."""
    return (
        list(state.crcs),
        list(state.owners),
        list(state.types),
        state.date_from or "",
        state.date_to or "",
        state.search,
        state.include_national,
        state.lanes,
        state.min_confidence,
        state.empty_rows,
        state.tab,
    )


def to_filter(state: ViewState) -> EventFilter:
    """Give the library filter for the view's filters (lanes and selection are not filters)."""
    return EventFilter(
        crcs=state.crcs,
        owners=state.owners,
        types=state.types,
        date_from=PartialDate.parse(state.date_from) if state.date_from else None,
        date_to=PartialDate.parse(state.date_to) if state.date_to else None,
        search=state.search,
        include_national=state.include_national,
        min_confidence=state.min_confidence,
    )
