"""events.yaml speed on a generated file: validate, load for display, re-extraction write.

Targets (10,000 events): `timeline validate` under 3 s, load for display under 1.5 s.
Baseline, measured in the same run: PyYAML's C safe loader alone (`yaml.load`), the floor any
safe YAML reading pays; the ratios say what validation and the models cost on top of it.

    .venv/bin/python benchmarks/store.py [--events 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from timeline.model import Event, Source
from timeline.store.events_file import load_events, validate_file, write_extraction
from timeline.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
TIMELINE = Path(sys.executable).with_name("timeline")


def generated_events(count: int, vocabulary) -> list[Event]:
    """Give count plausible extracted events spread over 2014-2021, with sources and quotes."""
    types, crcs, owners = vocabulary.type_names, vocabulary.crc_names, vocabulary.owner_names
    events = []
    for number in range(count):
        year, month, day = 2014 + number % 8, 1 + number % 12, 1 + number % 28
        date = [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"][number % 3]
        event = Event(
            id=f"{date}-event-{number:05d}",
            date=date,
            type=types[number % len(types)],
            title=f"Event {number}: an inspection finds the CRC's caseloads too high",
            crcs=[crcs[number % len(crcs)], crcs[(number * 7) % len(crcs)]][: 1 + number % 2],
            owners=[owners[number % len(owners)]],
            sources=[
                Source(
                    document=f"documents/{year}-post-{number % 400}.txt",
                    post_date=f"{year}-{month:02d}-{day:02d}",
                    post_title="HMI sticks knife in TR",
                    line=1 + number % 300,
                    quote="…whose parent company has announced it is going into administration.",
                )
            ],
        )
        events.append(event.model_copy(update={"digest": event.content_digest()}))
    return events


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """Give the fastest of repeat runs of action, in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    vocabulary = load_vocabulary()
    events = generated_events(options.events, vocabulary)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "events.yaml"
        started = time.perf_counter()
        write_extraction(path, events)
        first_write = time.perf_counter() - started
        size = path.stat().st_size
        text = path.read_text(encoding="utf-8")

        baseline = best_of(options.repeat, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        load = best_of(options.repeat, lambda: load_events(path))
        validate = best_of(options.repeat, lambda: validate_file(path, vocabulary))
        command = best_of(
            options.repeat,
            lambda: subprocess.run(
                [str(TIMELINE), "validate", str(path)], check=True, capture_output=True
            ),
        )
        changed = [e.model_copy(update={"title": e.title + "!"}) for e in events[::10]]
        changed_ids = {e.id for e in changed}
        rerun = [e for e in events if e.id not in changed_ids] + [
            e.model_copy(update={"digest": e.content_digest()}) for e in changed
        ]
        started = time.perf_counter()
        report = write_extraction(path, rerun)
        rewrite = time.perf_counter() - started

    print(f"{options.events} events, {size / 1e6:.1f} MB")
    print(f"baseline yaml.load (CSafeLoader):   {baseline:6.2f} s")
    print(
        f"load_events (display):              {load:6.2f} s  ({load / baseline:.2f}x baseline)"
        f"  target < 1.5 s"
    )
    print(
        f"validate_file (with vocabulary):    {validate:6.2f} s  "
        f"({validate / baseline:.2f}x baseline)"
    )
    print(f"`timeline validate` (process):      {command:6.2f} s  target < 3 s")
    print(f"write_extraction, new file:         {first_write:6.2f} s")
    print(f"write_extraction, re-extraction:    {rewrite:6.2f} s  ({report.summary()})")


if __name__ == "__main__":
    main()
