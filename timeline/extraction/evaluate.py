"""Measure extracted events against hand-made gold events: recall, key recall, precision."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from rapidfuzz import fuzz

from timeline.errors import TimelineError
from timeline.extraction.pdf_text import is_pdf, read_pdf
from timeline.model import Event
from timeline.partial_date import PartialDate

EVIDENCE_SIMILARITY = 90  # rapidfuzz partial_ratio of the gold evidence within a source quote


class GoldEvent(BaseModel):
    """One hand-made gold event (the format of the shared gold files)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    doc: str
    post_date: dt.date | None  # None: the document gives no date of its own
    date: dt.date
    precision: Literal["day", "month", "year"]
    type: str
    title: str
    crcs: list[str] = []
    owners: list[str] = []
    key: bool = False
    evidence: str
    how_dated: str = ""

    @property
    def when(self) -> PartialDate:
        """Give the gold date at its stated precision."""
        return PartialDate.from_date(self.date, self.precision)


@dataclass
class Evaluation:
    """How extracted events compare with the gold events."""

    gold: list[GoldEvent]
    matched_gold: list[str]
    in_scope: int
    matching_events: int
    unmatched: list[GoldEvent] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.matched_gold) / len(self.gold) if self.gold else 0.0

    @property
    def key_recall(self) -> float:
        keys = [g for g in self.gold if g.key]
        found = [g for g in keys if g.id in self.matched_gold]
        return len(found) / len(keys) if keys else 0.0

    @property
    def precision(self) -> float:
        return self.matching_events / self.in_scope if self.in_scope else 0.0


def load_gold(path: Path) -> list[GoldEvent]:
    """Give the gold events in path; TimelineError naming the file when it is malformed."""
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TimelineError(f"{path}: cannot read: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        raise TimelineError(f"{path}: not valid YAML: {error}".splitlines()[0]) from None
    if not isinstance(items, list):
        raise TimelineError(f"{path}: expected a list of gold events")
    gold = []
    for index, item in enumerate(items):
        try:
            gold.append(GoldEvent.model_validate(item))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise TimelineError(f"{path}: item {index + 1}: {where}: {first['msg']}") from None
    return gold


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip().lower()


def _same_time(gold: PartialDate, extracted: PartialDate) -> bool:
    return gold.contains(extracted) or extracted.contains(gold)


def document_scope(gold: Sequence[GoldEvent], texts: dict[str, str]) -> dict[str, str]:
    """Give, for each gold document name, the document whose text holds most of its evidence."""
    plain_texts = {name: _plain(text) for name, text in texts.items()}
    scope = {}
    for doc in {g.doc for g in gold}:
        evidence = [_plain(g.evidence) for g in gold if g.doc == doc]
        hits = {name: sum(e in text for e in evidence) for name, text in plain_texts.items()}
        best = max(hits, key=hits.get, default=None)
        if best is not None and hits[best]:
            scope[doc] = best
    return scope


def matches(gold: GoldEvent, event: Event, scope: dict[str, str]) -> bool:
    """Give whether event reports the gold event: same type, same time, tied by text or entity."""
    if event.type != gold.type or not _same_time(gold.when, event.when):
        return False
    evidence = _plain(gold.evidence)
    if any(
        fuzz.partial_ratio(evidence, _plain(s.quote)) >= EVIDENCE_SIMILARITY for s in event.sources
    ):
        return True
    if set(gold.crcs + gold.owners) & set(event.crcs + event.owners):
        return True
    document = scope.get(gold.doc)
    posted = gold.post_date.isoformat() if gold.post_date else None
    return any(s.document == document and _same_post(s.post_date, posted) for s in event.sources)


def _same_post(source: str | None, gold: str | None) -> bool:
    """Give whether a source's post date is the gold's, at the source's precision: a report
    dated by its cover's "May 2022" is the post the gold dates 2022-05-01."""
    if source is None or gold is None:
        return source == gold
    return gold == source or (len(source) < len(gold) and gold.startswith(source + "-"))


def evaluate(
    gold: Sequence[GoldEvent], events: Sequence[Event], texts: dict[str, str]
) -> Evaluation:
    """Give recall over the gold events and how many in-scope extracted events match one."""
    scope = document_scope(gold, texts)
    in_scope_docs = set(scope.values())
    visible = [event for event in events if not event.rejected]
    scoped = [e for e in visible if any(s.document in in_scope_docs for s in e.sources)]
    matched = [g for g in gold if any(matches(g, event, scope) for event in visible)]
    matching = [e for e in scoped if any(matches(g, e, scope) for g in gold)]
    matched_ids = [g.id for g in matched]
    return Evaluation(
        gold=list(gold),
        matched_gold=matched_ids,
        in_scope=len(scoped),
        matching_events=len(matching),
        unmatched=[g for g in gold if g.id not in matched_ids],
    )


def read_source_texts(events: Sequence[Event], bases: Sequence[Path]) -> dict[str, str]:
    """Give the text of every document the events cite, keyed by the name they cite it by.

    A relative name is looked up under each of bases in turn (the working directory, the
    events file's directory); a document found under none is left out.
    """
    texts = {}
    for name in {s.document for event in events for s in event.sources}:
        for base in bases:
            path = base / name
            if path.is_file():
                texts[name] = _text_of(path, name)
                break
    return texts


def _text_of(path: Path, name: str) -> str:
    """Give a document's text: a PDF's text layer, lines joined by spaces (as its gold quotes
    it), else the file as it is."""
    data = path.read_bytes()
    if is_pdf(data):
        try:
            return " ".join(line.text for line in read_pdf(data, name, []).lines)
        except TimelineError:
            pass  # unreadable: its raw text, as before
    return data.decode("utf-8", errors="replace")
