"""The records of events.yaml: an event, its sources, and the file that holds them."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from typing import Annotated, Literal, NamedTuple

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    ValidationInfo,
    field_validator,
)

from timeline.partial_date import PartialDate

FORMAT_VERSION = 1
# Fields a person may edit; the digest of an extracted event covers exactly these, so any edit
# to any of them is noticed.
CONTENT_FIELDS = (
    "id",
    "date",
    "end",
    "type",
    "title",
    "crcs",
    "owners",
    "national",
    "rating",
    "roles",
    "confidence",
    "sources",
    "origin",
)

_LATER_FIELDS = ("roles", "confidence")
_LATER_SOURCE_FIELDS = ("url", "marks")
# What a marked stretch of a quote did in the event: the words that say what happened, the date
# it was dated by, who played which role, the rating or sum the title gives.
MarkKind = Literal["trigger", "date", "actor", "target", "successor", "rating", "amount"]


def _check_partial_date(value: object) -> str:
    """Give value as a PartialDate string ("2019-Q3"), accepting a YAML date written unquoted."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q3")
    return _checked_date_text(value)


@functools.lru_cache(maxsize=65_536)
def _checked_date_text(value: str) -> str:
    # A file of 50,000 events holds a few thousand distinct dates: parse each once.
    PartialDate.parse(value)
    return value.strip()


class Mark(NamedTuple):
    """A stretch of a source's quote that made the event, written `[start, end, kind]`: the
    characters from start up to end (Python slice offsets) and what they did."""

    start: Annotated[StrictInt, Field(ge=0)]
    end: Annotated[StrictInt, Field(ge=0)]
    kind: MarkKind


class Source(BaseModel):
    """Where an event is told: a document, the post within it, the line and the words."""

    model_config = ConfigDict(extra="forbid")

    document: str
    post_date: str | None = None
    post_title: str | None = None
    line: StrictInt | None = Field(default=None, ge=1)
    quote: str = ""
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")  # the document's address
    marks: list[Mark] = Field(
        default_factory=list,
        description="the words of the quote that made the event: [start, end, kind] offsets",
    )

    @field_validator("post_date", mode="before")
    @classmethod
    def _post_date_is_partial_date(cls, value: object) -> object:
        return None if value is None else _check_partial_date(value)

    @field_validator("marks")
    @classmethod
    def _marks_within_quote(cls, marks: list[Mark], info: ValidationInfo) -> list[Mark]:
        quote = info.data.get("quote")
        if quote is None:  # the quote is wrong itself; that is the error to report
            return marks
        for mark in marks:
            written = f"[{mark.start}, {mark.end}, {mark.kind}]"
            if mark.start >= mark.end:
                raise ValueError(f"mark {written} is empty: its start must be before its end")
            if mark.end > len(quote):
                raise ValueError(
                    f"mark {written} ends beyond the quote, which has {len(quote)} characters"
                )
        return marks


class Event(BaseModel):
    """One real happening, dated to the precision the sources give."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    date: str
    end: str | None = None
    type: str
    title: str = Field(min_length=1)
    crcs: list[str] = Field(default_factory=list)
    owners: list[str] = Field(default_factory=list)
    # Strict: only true and false, never YAML 1.1's yes/no/on/off nor "1" (pydantic's lax mode).
    national: StrictBool = False
    rating: str | None = None
    roles: dict[str, list[str]] = Field(
        default_factory=dict,
        description="who did what: actor, target, successor, each canonical names",
    )
    confidence: StrictFloat | None = Field(
        default=None,
        ge=0,
        le=1,
        description="how sure the extractor is: date evidence, roles filled, independent sources",
    )
    sources: list[Source] = Field(default_factory=list)
    origin: Literal["extracted", "manual"] = "extracted"
    locked: StrictBool = False
    rejected: StrictBool = False
    digest: str | None = Field(
        default=None,
        description="Written by the extractor; a changed event no longer matches it and is kept.",
    )

    @field_validator("date", "end", mode="before")
    @classmethod
    def _dates_are_partial_dates(cls, value: object) -> object:
        return None if value is None else _check_partial_date(value)

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end: str | None, info: ValidationInfo) -> str | None:
        # A field check, not a model check, so the error points at the `end` line.
        start = info.data.get("date")
        if (
            end is not None
            and start is not None
            and (PartialDate.parse(end).end() < PartialDate.parse(start).start())
        ):
            raise ValueError(f'end "{end}" is before the start "{start}"')
        return end

    @property
    def when(self) -> PartialDate:
        """Give the event's date with its precision."""
        return PartialDate.parse(self.date)

    @property
    def until(self) -> PartialDate | None:
        """Give the event's end date, when it spans a period."""
        return PartialDate.parse(self.end) if self.end else None

    def content_digest(self) -> str:
        """Give a short hash of the fields a person may edit, to tell an edited event."""
        content = self.model_dump(include=set(CONTENT_FIELDS), mode="json")
        # Fields added after files were written count only when set, so old digests still hold.
        for name in _LATER_FIELDS:
            if content.get(name) in (None, {}):
                content.pop(name, None)
        for source in content.get("sources", []):
            for name in _LATER_SOURCE_FIELDS:
                if source.get(name) in (None, []):
                    source.pop(name, None)
        encoded = json.dumps(content, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()[:12]

    def is_edited(self) -> bool:
        """Give whether a person changed this extracted event since the extractor wrote it."""
        return self.origin == "extracted" and self.digest != self.content_digest()


class EventsFile(BaseModel):
    """The whole of events.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int = FORMAT_VERSION
    events: list[Event] = Field(default_factory=list)

    def visible(self) -> list[Event]:
        """Give the events views show: all but the rejected ones."""
        return [event for event in self.events if not event.rejected]


def file_order(event: Event) -> tuple:
    """Give the key events are written to events.yaml by: date, then id."""
    return (event.when.sort_key(), event.id)


def sort_events(events: list[Event]) -> list[Event]:
    """Give events in file order: by date, then id."""
    return sorted(events, key=file_order)
