"""timeline: documents → typed, dated, sourced events → events.yaml → dashboard and exports."""

from timeline.dates import DateMention, find_dates
from timeline.documents import Document, Post, Sentence, find_documents, read_document
from timeline.entities import Entities, EntityFinder, EntityMention
from timeline.errors import TimelineError
from timeline.export import ExportOptions, export_batch, export_events
from timeline.figure import build_figure, figure_filename
from timeline.filters import EventFilter, filter_events
from timeline.model import Event, EventsFile, Source, sort_events
from timeline.partial_date import PartialDate
from timeline.store import ReconcileReport, add_event, load_events, validate_file, write_extraction
from timeline.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "DateMention",
    "Document",
    "Entities",
    "EntityFinder",
    "EntityMention",
    "Event",
    "EventFilter",
    "EventsFile",
    "ExportOptions",
    "PartialDate",
    "Post",
    "ReconcileReport",
    "Sentence",
    "Source",
    "TimelineError",
    "Vocabulary",
    "add_event",
    "build_figure",
    "export_batch",
    "export_events",
    "figure_filename",
    "filter_events",
    "find_dates",
    "find_documents",
    "load_events",
    "load_vocabulary",
    "read_document",
    "sort_events",
    "validate_file",
    "write_extraction",
]
