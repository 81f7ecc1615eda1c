"""timeline: documents → typed, dated, sourced events → events.yaml → dashboard and exports."""

from timeline.errors import TimelineError
from timeline.model import Event, EventsFile, Source, sort_events
from timeline.partial_date import PartialDate
from timeline.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "Event",
    "EventsFile",
    "PartialDate",
    "Source",
    "TimelineError",
    "Vocabulary",
    "load_vocabulary",
    "sort_events",
]
