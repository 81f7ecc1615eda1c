import pytest
from factories import extracted

from timeline.errors import StoreError
from timeline.model import sort_events
from timeline.store import events_file
from timeline.store.events_file import write_extraction


class Streamed:
    """Events that are no sequence: read as they come, again each time, like an extraction's."""

    def __init__(self, events):
        self.events = events

    def __iter__(self):
        return iter(self.events)


def _events(count: int):
    return sort_events(
        [
            extracted(f"e{n}", f"Event {n}: a 'quoted' title", date=f"20{10 + n % 9}")
            for n in range(count)
        ]
    )


def test_new_file_written_as_the_events_come_is_the_file_of_the_list(tmp_path, monkeypatch):
    monkeypatch.setattr("timeline.store.new_file.CHUNK", 3)
    events = _events(10)
    listed = write_extraction(tmp_path / "listed.yaml", list(reversed(events)))
    streamed = write_extraction(tmp_path / "streamed.yaml", Streamed(events))
    assert (tmp_path / "streamed.yaml").read_bytes() == (tmp_path / "listed.yaml").read_bytes()
    assert sorted(streamed.added) == sorted(listed.added) and streamed.summary() == listed.summary()


def test_new_file_of_no_event_is_the_file_of_an_empty_list(tmp_path):
    write_extraction(tmp_path / "listed.yaml", [])
    write_extraction(tmp_path / "streamed.yaml", Streamed([]))
    assert (tmp_path / "streamed.yaml").read_bytes() == (tmp_path / "listed.yaml").read_bytes()


def test_new_file_into_an_existing_file_merges_as_the_list_does(tmp_path):
    events = _events(6)
    for name in ("listed.yaml", "streamed.yaml"):
        write_extraction(tmp_path / name, events[:4])
    refreshed = [events[0].model_copy(update={"title": "A new title"}), *events[3:]]
    write_extraction(tmp_path / "listed.yaml", refreshed)
    write_extraction(tmp_path / "streamed.yaml", Streamed(refreshed))
    assert (tmp_path / "streamed.yaml").read_bytes() == (tmp_path / "listed.yaml").read_bytes()


@pytest.mark.parametrize(
    ("order", "message"),
    [
        (lambda events: [events[1], events[0]], "out of file order"),
        (lambda events: [events[0], events[0]], "gave the id 'e0' twice"),
    ],
)
def test_new_file_refuses_events_out_of_order_or_twice_and_writes_nothing(tmp_path, order, message):
    with pytest.raises(StoreError, match=message):
        write_extraction(tmp_path / "events.yaml", Streamed(order(_events(2))))
    assert not any(path.name.endswith((".yaml", ".tmp")) for path in tmp_path.iterdir())


def test_new_file_over_the_size_limit_is_one_line_and_nothing_written(tmp_path, monkeypatch):
    monkeypatch.setattr(events_file, "SIZE_LIMIT_BYTES", 2000)
    with pytest.raises(StoreError) as caught:
        write_extraction(tmp_path / "events.yaml", Streamed(_events(20)))
    assert "\n" not in str(caught.value) and "nothing was written" in str(caught.value)
    assert not any(path.name.endswith((".yaml", ".tmp")) for path in tmp_path.iterdir())
