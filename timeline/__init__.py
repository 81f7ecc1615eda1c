"""timeline: documents → typed, dated, sourced events → events.yaml → dashboard and exports.

The public API is `__all__`. Names load on first use (PEP 562), so a command pays only for the
stages it runs: `timeline serve` never imports the extractor, `timeline extract` never plotly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "DateMention": "timeline.dates",
    "find_dates": "timeline.dates",
    "Document": "timeline.documents",
    "Post": "timeline.documents",
    "Sentence": "timeline.documents",
    "find_documents": "timeline.documents",
    "read_document": "timeline.documents",
    "Entities": "timeline.entities",
    "EntityFinder": "timeline.entities",
    "EntityMention": "timeline.entities",
    "TimelineError": "timeline.errors",
    "ExportOptions": "timeline.export",
    "export_batch": "timeline.export",
    "export_events": "timeline.export",
    "build_figure": "timeline.figure",
    "figure_data": "timeline.figure",
    "figure_filename": "timeline.figure",
    "EventFilter": "timeline.filters",
    "filter_events": "timeline.filters",
    "Event": "timeline.model",
    "EventsFile": "timeline.model",
    "Source": "timeline.model",
    "sort_events": "timeline.model",
    "PartialDate": "timeline.partial_date",
    "ExtractOptions": "timeline.pipeline",
    "extract": "timeline.pipeline",
    "ReconcileReport": "timeline.store",
    "add_event": "timeline.store",
    "load_events": "timeline.store",
    "validate_file": "timeline.store",
    "write_extraction": "timeline.store",
    "Vocabulary": "timeline.vocabulary",
    "load_vocabulary": "timeline.vocabulary",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


if TYPE_CHECKING:
    from timeline.dates import DateMention, find_dates
    from timeline.documents import Document, Post, Sentence, find_documents, read_document
    from timeline.entities import Entities, EntityFinder, EntityMention
    from timeline.errors import TimelineError
    from timeline.export import ExportOptions, export_batch, export_events
    from timeline.figure import build_figure, figure_data, figure_filename
    from timeline.filters import EventFilter, filter_events
    from timeline.model import Event, EventsFile, Source, sort_events
    from timeline.partial_date import PartialDate
    from timeline.pipeline import ExtractOptions, extract
    from timeline.store import (
        ReconcileReport,
        add_event,
        load_events,
        validate_file,
        write_extraction,
    )
    from timeline.vocabulary import Vocabulary, load_vocabulary
