from collections import Counter

from factories import extracted

from timeline.extraction import event_spill
from timeline.extraction.event_spill import SpilledEvents, spilled
from timeline.model import sort_events


def _blocks():
    return [
        sort_events([extracted(f"{kind}-{n}", type=kind, date=f"20{10 + n}") for n in range(5)])
        for kind in ("company_collapsed", "contract_awarded", "report_published")
    ]


def test_event_spill_gives_back_every_block_in_file_order_again_and_again(monkeypatch):
    monkeypatch.setattr(event_spill, "CHUNK", 2)  # blocks over several pickles
    blocks = _blocks()
    events = spilled(blocks)
    everything = sort_events([event for block in blocks for event in block])
    assert list(events) == everything
    assert list(events) == everything
    assert len(events) == 15


def test_event_spill_counts_by_type_rank_as_counting_in_file_order():
    blocks = _blocks()
    blocks[1] = blocks[1][:3]
    blocks[2] = blocks[2][:3]
    events = spilled(reversed(blocks))
    in_file_order = Counter(event.type for event in events)
    assert events.counts_by_type() == dict(in_file_order.most_common())
    assert list(events.counts_by_type()) == [
        "company_collapsed",
        "contract_awarded",
        "report_published",
    ]


def test_event_spill_with_no_block_is_empty():
    events = SpilledEvents()
    assert list(events) == [] and len(events) == 0 and events.counts_by_type() == {}
