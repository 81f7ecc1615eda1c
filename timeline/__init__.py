"""timeline: documents → typed, dated, sourced events → events.yaml → dashboard and exports.

The public API is `__all__`. Names load on first use (PEP 562), so importing the package loads
no stage: a command pays for the sub-packages it uses (extraction/, store/, view/).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "DateMention": "timeline.extraction.dates",
    "find_dates": "timeline.extraction.dates",
    "Document": "timeline.extraction.documents",
    "Post": "timeline.extraction.documents",
    "Sentence": "timeline.extraction.documents",
    "find_documents": "timeline.extraction.documents",
    "read_document": "timeline.extraction.documents",
    "Entities": "timeline.extraction.entities",
    "EntityFinder": "timeline.extraction.entities",
    "EntityMention": "timeline.extraction.entities",
    "TimelineError": "timeline.errors",
    "StoreError": "timeline.errors",
    "ExportOptions": "timeline.view.export",
    "export_batch": "timeline.view.export",
    "export_events": "timeline.view.export",
    "build_figure": "timeline.view.figure",
    "figure_data": "timeline.view.figure",
    "figure_filename": "timeline.view.figure_names",
    "figure_title": "timeline.view.figure_names",
    "NarrativeItem": "timeline.view.narrative",
    "narrative_groups": "timeline.view.narrative",
    "view_figure": "timeline.view.figure",
    "view_figure_data": "timeline.view.figure",
    "EventFilter": "timeline.view.filters",
    "filter_events": "timeline.view.filters",
    "OwnershipIndex": "timeline.view.filters",
    "Marker": "timeline.view.timeline_view",
    "TimelineView": "timeline.view.timeline_view",
    "filtered_view": "timeline.view.timeline_view",
    "lanes_in_focus": "timeline.view.timeline_view",
    "shows_every_crc": "timeline.view.timeline_view",
    "steady_range": "timeline.view.timeline_view",
    "hover_texts": "timeline.view.timeline_view",
    "x_range": "timeline.view.timeline_view",
    "timeline_view": "timeline.view.timeline_view",
    "MarkKind": "timeline.model",
    "Event": "timeline.model",
    "EventsFile": "timeline.model",
    "Mark": "timeline.model",
    "Source": "timeline.model",
    "sort_events": "timeline.model",
    "PartialDate": "timeline.partial_date",
    "ExtractOptions": "timeline.extraction.pipeline",
    "extract": "timeline.extraction.pipeline",
    "ReconcileReport": "timeline.store.events_file",
    "add_event": "timeline.store.events_file",
    "load_events": "timeline.store.events_file",
    "validate_file": "timeline.store.events_file",
    "write_extraction": "timeline.store.events_file",
    "Vocabulary": "timeline.vocabulary",
    "load_vocabulary": "timeline.vocabulary",
    "Nouns": "timeline.nouns",
    "Names": "timeline.names",
    "UnknownName": "timeline.names",
    "Story": "timeline.story",
    "open_story": "timeline.story",
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
    from timeline.errors import StoreError, TimelineError
    from timeline.extraction.dates import DateMention, find_dates
    from timeline.extraction.documents import (
        Document,
        Post,
        Sentence,
        find_documents,
        read_document,
    )
    from timeline.extraction.entities import Entities, EntityFinder, EntityMention
    from timeline.extraction.pipeline import ExtractOptions, extract
    from timeline.model import Event, EventsFile, Mark, MarkKind, Source, sort_events
    from timeline.names import Names, UnknownName
    from timeline.nouns import Nouns
    from timeline.partial_date import PartialDate
    from timeline.store.events_file import (
        ReconcileReport,
        add_event,
        load_events,
        validate_file,
        write_extraction,
    )
    from timeline.story import Story, open_story
    from timeline.view.export import ExportOptions, export_batch, export_events
    from timeline.view.figure import build_figure, figure_data, view_figure, view_figure_data
    from timeline.view.figure_names import figure_filename, figure_title
    from timeline.view.filters import EventFilter, OwnershipIndex, filter_events
    from timeline.view.narrative import NarrativeItem, narrative_groups
    from timeline.view.timeline_view import (
        Marker,
        TimelineView,
        filtered_view,
        hover_texts,
        lanes_in_focus,
        shows_every_crc,
        steady_range,
        timeline_view,
        x_range,
    )
    from timeline.vocabulary import Vocabulary, load_vocabulary
