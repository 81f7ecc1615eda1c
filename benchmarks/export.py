"""How fast `timeline export` draws images: first and warm PNG, and the 21-image per-CRC batch.

Run on demand: `.venv/bin/python benchmarks/export.py [EVENTS_FILE] [--baseline N]`.
Targets: warm PNG < 1 s, per-CRC batch < 15 s. The baseline, measured in the same run, is one
fresh kaleido call (a new browser) per image, which the kept browser is meant to beat.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import kaleido
import plotly.graph_objects as go

from timeline.model import Event
from timeline.store.events_file import load_events
from timeline.view.export import ExportOptions, export_batch, export_figure, render
from timeline.view.export_static import ImageRenderer
from timeline.view.figure import build_figure
from timeline.view.filters import EventFilter
from timeline.vocabulary import Vocabulary, load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
MIN_EVENTS = 200
WARM_RUNS = 5


def synthetic_events(vocabulary: Vocabulary, count: int, seed: int = 7) -> list[Event]:
    """Give count plausible events over the register's CRCs, 2014–2021, mixed precisions."""
    rng = random.Random(seed)
    events = []
    for number in range(count):
        year, month, day = rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice(
            [f"{year}-{month:02d}-{day:02d}"] * 6 + [f"{year}-{month:02d}", str(year)]
        )
        national = rng.random() < 0.05
        events.append(
            Event(
                id=f"bench-{number}",
                date=date,
                type=rng.choice(vocabulary.type_names),
                title=f"Benchmark event {number} about probation",
                crcs=[] if national else rng.sample(vocabulary.crc_names, rng.randint(1, 2)),
                national=national,
                origin="manual",
            )
        )
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="?", type=Path, default=ROOT / "events.yaml")
    parser.add_argument("--baseline", type=int, default=3, help="fresh-browser images to time")
    parser.add_argument(
        "--figure-events", type=int, default=10_000, help="events for the build_figure timing"
    )
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    vocabulary = load_vocabulary()
    events = load_events(args.events).events if args.events.exists() else []
    source = str(args.events)
    if len(events) < MIN_EVENTS:
        events = events + synthetic_events(vocabulary, MIN_EVENTS - len(events))
        source += f" + synthetic events up to {MIN_EVENTS}"
    print(f"events: {len(events)} ({source})")
    options = ExportOptions()

    started = time.perf_counter()
    with ImageRenderer() as renderer:
        opened = time.perf_counter()
        render(events, vocabulary, "png", options=options, renderer=renderer)
        first = time.perf_counter()
        warm = []
        for _ in range(WARM_RUNS):
            tick = time.perf_counter()
            render(events, vocabulary, "png", options=options, renderer=renderer)
            warm.append(time.perf_counter() - tick)
        with tempfile.TemporaryDirectory() as directory:
            tick = time.perf_counter()
            results = export_batch(
                events, vocabulary, Path(directory), "crc", options=options, renderer=renderer
            )
            batch_kept = time.perf_counter() - tick
    with tempfile.TemporaryDirectory() as directory:
        tick = time.perf_counter()
        export_batch(events, vocabulary, Path(directory), "crc", options=options)
        batch_cold = time.perf_counter() - tick

    # Baseline: what a naive exporter does, one kaleido.calc_fig_sync (a new browser) per image.
    fig = export_figure(events, vocabulary, "png", EventFilter(), options)
    size = {"format": "png", "width": options.width, "height": int(fig.layout.height)}
    fresh = []
    for _ in range(args.baseline):
        tick = time.perf_counter()
        kaleido.calc_fig_sync(fig, opts=size, kopts={"mathjax": False})
        fresh.append(time.perf_counter() - tick)

    # The dashboard's figure for many events, against the same figure built with plotly's
    # per-element validation (what go.Scatter(...) objects would cost).
    many = synthetic_events(vocabulary, args.figure_events, seed=11)
    built, validated = [], []
    for _ in range(WARM_RUNS):
        tick = time.perf_counter()
        fig_many = build_figure(many, vocabulary)
        built.append(time.perf_counter() - tick)
        tick = time.perf_counter()
        go.Figure(fig_many.to_dict())
        validated.append(time.perf_counter() - tick + built[-1])

    warm_median = statistics.median(warm)
    fresh_median = statistics.median(fresh)
    print(f"browser start:            {opened - started:6.2f} s")
    print(f"first PNG (after start):  {first - opened:6.2f} s")
    print(f"first PNG incl. start:    {first - started:6.2f} s")
    print(f"warm PNG, median of {WARM_RUNS}:   {warm_median:6.2f} s   (target < 1 s)")
    print(
        f"per-CRC batch, {len(results)} PNGs:  {batch_kept:6.2f} s kept browser, "
        f"{batch_cold:.2f} s incl. its own start   (target < 15 s)"
    )
    print(f"baseline, fresh browser per image, median of {len(fresh)}: {fresh_median:6.2f} s")
    print(f"ratio fresh / warm per image: {fresh_median / warm_median:5.1f}x")
    print(
        f"build_figure, {len(many)} events, median of {WARM_RUNS}: "
        f"{statistics.median(built) * 1000:6.0f} ms; with plotly validation "
        f"{statistics.median(validated) * 1000:.0f} ms "
        f"({statistics.median(validated) / statistics.median(built):.1f}x)"
    )
    print(
        f"ratio baseline batch (21 x fresh) / kept-browser batch: "
        f"{len(results) * fresh_median / batch_cold:5.1f}x"
    )


if __name__ == "__main__":
    main()
