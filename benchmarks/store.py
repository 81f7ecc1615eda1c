"""events.yaml speed on a generated file: validate, load, and writes into a large file.

Targets (issue 10, 11): re-extraction into a 10,000-event file at most 2x the cost of extraction
into a new file; load and validate 50,000 events under 3 s and 100,000 under 5 s.
Baselines, measured in the same run: PyYAML's C safe loader alone (`yaml.load`), the floor any
safe YAML reading pays, and for the large files the Rust parser validation reads with alone;
the write of the same events into a new file; and the rewrite of the
whole file through ruamel.yaml that every write did before only changed events were rewritten.

    .venv/bin/python benchmarks/store.py [--events 10000] [--large 50000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import yaml
import yaml_rs

from timeline.model import Event, Source
from timeline.store import events_file
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


def rerun_of(events: list[Event]) -> list[Event]:
    """Give the events a re-extraction finds: every tenth with a new title, the rest the same."""
    changed = {event.id for event in events[::10]}
    return [
        event.model_copy(update={"title": event.title + "!"}) if event.id in changed else event
        for event in events
    ]


def restamped(events: list[Event]) -> list[Event]:
    return [event.model_copy(update={"digest": event.content_digest()}) for event in events]


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def larger_file(text: str, events: int, count: int) -> str:
    """Give text with its events copied (ids made unique) until it holds count events."""
    head, body = text.split("events:\n", 1)
    copies = [body.replace("-event-", f"-copy{copy}-event-") for copy in range(count // events)]
    return head + "events:\n" + "".join(copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--large", type=int, nargs="*", default=[50_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    vocabulary = load_vocabulary()
    events = generated_events(options.events, vocabulary)
    seeds = restamped(
        [e.model_copy(update={"id": "seed-" + e.id}) for e in generated_events(75, vocabulary)]
    )
    rerun = restamped(rerun_of(events))
    with tempfile.TemporaryDirectory() as directory:
        path, small = Path(directory) / "events.yaml", Path(directory) / "seeds.yaml"
        first_write, _ = timed(lambda: write_extraction(path, events))
        original = path.read_bytes()
        size = len(original)
        text = original.decode("utf-8")

        baseline = best_of(options.repeat, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        load = best_of(options.repeat, lambda: load_events(path))
        validate = best_of(options.repeat, lambda: validate_file(path, vocabulary))
        command = best_of(
            options.repeat,
            lambda: subprocess.run(
                [str(TIMELINE), "validate", str(path)], check=True, capture_output=True
            ),
        )
        rewrite, report = timed(lambda: write_extraction(path, rerun))
        spliced = path.read_bytes()
        seeds_new, _ = timed(lambda: write_extraction(small, seeds))
        seeds_into, _ = timed(lambda: write_extraction(path, seeds, read_documents=set()))

        path.write_bytes(original)
        with (
            mock.patch.object(events_file, "cut_events", lambda text, count: None),
            mock.patch.object(events_file, "fresh_blocks", lambda head: None),
        ):
            whole, _ = timed(lambda: write_extraction(path, rerun))
            assert path.read_bytes() == spliced, "blocks and the whole round trip differ"
            whole_seeds, _ = timed(lambda: write_extraction(path, seeds, read_documents=set()))
            path.unlink()
            whole_first, _ = timed(lambda: write_extraction(path, events))
            assert path.read_bytes() == original, "new files differ"

        large = {}
        for count in options.large:
            path.write_text(larger_file(text, options.events, count), encoding="utf-8")
            large[count] = (
                best_of(1, lambda: yaml_rs.loads(path.read_text("utf-8"), parse_datetime=False)),
                best_of(1, lambda: load_events(path)),
                best_of(1, lambda: validate_file(path, vocabulary)),
                best_of(
                    1, lambda: subprocess.run([str(TIMELINE), "validate", str(path)], check=True)
                ),
                path.stat().st_size,
            )

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
    print(
        f"write_extraction, new file:         {first_write:6.2f} s  "
        f"(whole file through ruamel, before: {whole_first:.2f} s, "
        f"{whole_first / first_write:.0f}x)"
    )
    print(f"re-extraction ({report.summary()})")
    print(
        f"  changed events only:              {rewrite:6.2f} s  "
        f"({rewrite / first_write:.2f}x the new file; target <= 2x)"
    )
    print(
        f"  whole file through ruamel (before): {whole:6.2f} s  "
        f"({whole / first_write:.2f}x the new file; {whole / rewrite:.0f}x changed events only)"
    )
    print(f"75 new events into a new file:      {seeds_new:6.2f} s")
    print(
        f"  into the {options.events}-event file:        {seeds_into:6.2f} s  "
        f"({seeds_into / seeds_new:.2f}x; whole file through ruamel: {whole_seeds:.2f} s, "
        f"{whole_seeds / seeds_new:.0f}x)"
    )
    for count, (floor, load_large, validate_large, process, bytes_large) in large.items():
        target = "3 s" if count <= 50_000 else "5 s"
        print(
            f"{count} events ({bytes_large / 1e6:.0f} MB): yaml_rs.loads alone {floor:.2f} s, "
            f"load_events {load_large:.2f} s ({load_large / floor:.1f}x), validate_file "
            f"{validate_large:.2f} s ({validate_large / floor:.1f}x), `timeline validate` "
            f"{process:.2f} s  target < {target}"
        )


if __name__ == "__main__":
    main()
