"""timeline: documents → typed, dated, sourced events → events.yaml → dashboard and exports."""

from timeline.errors import TimelineError
from timeline.figure import build_figure, figure_filename
from timeline.filters import EventFilter, filter_events
from timeline.model import Event, EventsFile, Source, sort_events
from timeline.partial_date import PartialDate
from timeline.store import ReconcileReport, add_event, load_events, validate_file, write_extraction
from timeline.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "Event",
    "EventFilter",
    "EventsFile",
    "PartialDate",
    "ReconcileReport",
    "Source",
    "TimelineError",
    "Vocabulary",
    "add_event",
    "build_figure",
    "figure_filename",
    "filter_events",
    "load_events",
    "load_vocabulary",
    "sort_events",
    "validate_file",
    "write_extraction",
]
