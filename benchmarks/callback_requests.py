"""The dashboard's filter callback as the browser posts it, for the benchmarks and load test."""

from __future__ import annotations

from dashboard.state import ViewState
from timeline.vocabulary import Vocabulary

SHOW_EVENTS = (
    "..timeline-figure.data...events-table.rowData...event-count.children...event-order.data.."
)
# What a desk-size page reports of its width (assets/keys.js): the layout is made for it.
DESK_SIZES = {"window": 1600, "graph": 750}


def percentile(values: list[float], share: float) -> float:
    """Give the value below which share of values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def show_events_request(state: ViewState, version: int, selected: str | None = None) -> dict:
    """Give the JSON body the browser posts when the view or the selection changes."""
    changed = "selected-event.data" if selected else "view-state.data"
    return {
        "output": SHOW_EVENTS,
        "outputs": [
            {"id": "timeline-figure", "property": "data"},
            {"id": "events-table", "property": "rowData"},
            {"id": "event-count", "property": "children"},
            {"id": "event-order", "property": "data"},
        ],
        "inputs": [
            {"id": "view-state", "property": "data", "value": state.with_event(None).to_dict()},
            {"id": "data-version", "property": "data", "value": version},
            {"id": "selected-event", "property": "data", "value": selected},
            {"id": "plot-width", "property": "data", "value": DESK_SIZES},
        ],
        "changedPropIds": [changed],
        "state": [],
    }


def filter_scenarios(vocabulary: Vocabulary) -> list[ViewState]:
    """Give distinct views people ask for: each CRC, owner, type, year, word, and mixes."""
    views = [ViewState(crcs=(name,)) for name in vocabulary.crc_names]
    views += [ViewState(owners=(name,), lanes="owner") for name in vocabulary.owner_names]
    views += [ViewState(types=(name,), lanes="type") for name in vocabulary.type_names]
    views += [ViewState(date_from=str(year), date_to=str(year)) for year in range(2013, 2022)]
    views += [
        ViewState(search=words)
        for words in ("audit failure", "union court", "ministry funding", "staff review")
    ]
    views += [
        ViewState(crcs=(crc,), owners=(owner,), include_national=False)
        for crc, owner in zip(vocabulary.crc_names, vocabulary.owner_names, strict=False)
    ]
    return views
