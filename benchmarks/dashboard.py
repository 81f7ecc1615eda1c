"""Dashboard speed on a generated 10,000-event file: callbacks, figure size, cold start.

Every number comes with its ratio to a baseline measured in the same run: drawing the whole,
unfiltered timeline (filter + figure + table rows). Callbacks are timed through Dash's own
endpoint (/_dash-update-component, JSON in and out), as the browser calls them:

- draw: a filter the app has not drawn yet (every request a new filter combination);
- kept: a filter drawn before (the app keeps recent views);
- select: picking an event (moves the ring; no figure or table is sent);
- cold start: `timeline serve` started in a new process until the page and its first view
  are served.

Targets: filter callback p95 < 150 ms, cold start < 3 s.

    .venv/bin/python benchmarks/dashboard.py [--events 10000] [--file PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

# This script is named like the package it measures: keep its own folder off the import path.
HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]

from dashboard import create_app  # noqa: E402
from dashboard.state import ViewState  # noqa: E402
from dashboard.table import table_rows  # noqa: E402
from dashboard.views import draw_view  # noqa: E402
from timeline.store.events_file import load_events  # noqa: E402
from timeline.vocabulary import load_vocabulary  # noqa: E402

# With the package imported, the helper modules beside this script can be found.
sys.path.append(str(HERE))
from callback_requests import filter_scenarios, percentile, show_events_request  # noqa: E402
from synthetic_events import write_synthetic_events  # noqa: E402

ROOT = HERE.parent
TARGET_CALLBACK_P95_MS = 150
TARGET_COLD_START_S = 3.0


def time_requests(client, bodies: list[dict]) -> tuple[list[float], list[int]]:
    """Give each request's time (ms) and response size (bytes)."""
    times, sizes = [], []
    for body in bodies:
        start = time.perf_counter()
        response = client.post("/_dash-update-component", json=body)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 204), response.status_code
        sizes.append(len(response.data))
    return times, sizes


def cold_start(events_path: Path) -> tuple[float, float, float]:
    """Give seconds from a new `timeline serve` process to: address printed, page, first view."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "timeline"), "serve", str(events_path), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        line = process.stdout.readline()
        printed = time.perf_counter() - start
        url = line.split(" at ", 1)[1].split()[0]
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
        page = time.perf_counter() - start
        body = json.dumps(show_events_request(ViewState(), 1)).encode()
        request = urllib.request.Request(
            url + "_dash-update-component",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
        first_view = time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=10)
    return printed, page, first_view


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--file", type=Path, help="use this events file instead of generating")
    parser.add_argument("--baseline-runs", type=int, default=5)
    args = parser.parse_args()

    vocabulary = load_vocabulary()
    with tempfile.TemporaryDirectory() as scratch:
        events_path = args.file
        if events_path is None:
            events_path = Path(scratch) / "events.yaml"
            write_synthetic_events(events_path, args.events, vocabulary)
        size_mb = events_path.stat().st_size / 1e6

        start = time.perf_counter()
        events = tuple(load_events(events_path, vocabulary).visible())
        load_s = time.perf_counter() - start
        print(f"events file: {len(events)} events, {size_mb:.1f} MB; load_events {load_s:.2f} s")

        # Baseline: the whole unfiltered timeline drawn by the library, no HTTP, no JSON.
        rows = table_rows(events, vocabulary)
        baseline = []
        for _ in range(args.baseline_runs):
            start = time.perf_counter()
            draw_view(events, ViewState(), vocabulary, rows)
            baseline.append((time.perf_counter() - start) * 1000)
        base = statistics.median(baseline)
        print(f"baseline  unfiltered draw (filter+figure+rows)  p50 {base:7.1f} ms")

        start = time.perf_counter()
        app = create_app(events_path, vocabulary)
        client = app.server.test_client()
        client.get("/")
        print(f"create_app (load + layout)                   {time.perf_counter() - start:7.2f} s")

        full_ms, full_sizes = time_requests(client, [show_events_request(ViewState(), 1)] * 3)
        views = filter_scenarios(vocabulary)
        draw_ms, draw_sizes = time_requests(client, [show_events_request(v, 1) for v in views])
        kept_ms, _ = time_requests(client, [show_events_request(v, 1) for v in views[-16:]])
        picks = [event.id for event in events[:: max(1, len(events) // 40)]]
        select_ms, select_sizes = time_requests(
            client, [show_events_request(ViewState(), 1, selected=p) for p in picks]
        )

        def report(name: str, times: list[float]) -> None:
            p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
            print(
                f"{name:<44} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
                f"(p50 {p50 / base:5.2f}x baseline, n={len(times)})"
            )

        report("callback: unfiltered view (first, then kept)", full_ms)
        report("callback: filter, drawn afresh", draw_ms)
        report("callback: filter, kept view", kept_ms)
        report("callback: select an event (ring only)", select_ms)
        print(
            f"response size: unfiltered {full_sizes[0] / 1e6:.2f} MB; filtered median "
            f"{statistics.median(draw_sizes) / 1e6:.2f} MB, max {max(draw_sizes) / 1e6:.2f} MB; "
            f"select {statistics.median(select_sizes) / 1e3:.1f} kB"
        )
        p95 = percentile(draw_ms, 0.95)
        verdict = "meets" if p95 < TARGET_CALLBACK_P95_MS else "misses"
        print(f"filter callback p95 {p95:.0f} ms {verdict} the {TARGET_CALLBACK_P95_MS} ms target")

        shipped = ROOT / "events.yaml"
        if shipped.exists():
            printed, page, first_view = cold_start(shipped)
            print(
                f"cold start, shipped events.yaml: address printed {printed:.2f} s, page "
                f"{page:.2f} s, first view {first_view:.2f} s"
            )
        printed, page, first_view = cold_start(events_path)
        verdict = "meets" if first_view < TARGET_COLD_START_S else "misses"
        print(
            f"cold start, {len(events)} events: address printed {printed:.2f} s, page "
            f"{page:.2f} s, first view {first_view:.2f} s "
            f"({verdict} the {TARGET_COLD_START_S:.0f} s target; "
            f"{first_view * 1000 / base:.1f}x baseline)"
        )


if __name__ == "__main__":
    main()
