"""Load test on loopback: 20 clients posting filter callbacks for 30 s; errors and memory.

`timeline serve` runs in its own process on a generated events file. Two phases, each with 20
clients for 30 s posting the filter callback (/_dash-update-component):

- shared views: the ~70 views people ask for (each CRC, owner, type, year …) over and over, so
  after the first round the app answers from the views it keeps;
- fresh views: every request a date window never asked before, so every answer is drawn.

The baseline, measured in the same run, is one client alone on the shared views. Memory is the
server's resident size, sampled every second; flat means the last sample of a phase is within
5% of the sample a third of the way into it (after the warm-up: kept views filled, every
client with a request in flight).

    .venv/bin/python benchmarks/load.py [--clients 20] [--seconds 30] [--events 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
# benchmarks/dashboard.py must not stand in for the dashboard package: import the package first,
# then let the helper modules beside this script be found.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
from dashboard.state import ViewState  # noqa: E402

sys.path.append(str(HERE))
from callback_requests import filter_scenarios, percentile, show_events_request  # noqa: E402
from synthetic_events import write_synthetic_events  # noqa: E402

from timeline.vocabulary import load_vocabulary  # noqa: E402


def resident_mib(pid: int) -> float:
    """Give a process's resident memory in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(events_path: Path) -> tuple[subprocess.Popen, str]:
    """Give a `timeline serve` process on events_path and its address."""
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "timeline"), "serve", str(events_path), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = process.stdout.readline()
    if " at " not in line:
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return process, line.split(" at ", 1)[1].split()[0]


class Clients:
    """Clients posting filter callbacks until a deadline; their latencies and errors."""

    def __init__(self, url: str, bodies: Iterator[dict]) -> None:
        self.endpoint = url + "_dash-update-component"
        self._bodies = bodies
        self._lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.bytes = 0

    def _next(self) -> dict:
        with self._lock:
            return next(self._bodies)

    def _client(self, deadline: float) -> None:
        with requests.Session() as session:
            while time.perf_counter() < deadline:
                body = self._next()
                start = time.perf_counter()
                try:
                    response = session.post(self.endpoint, json=body, timeout=60)
                    ok = response.status_code == 200 and b'"response"' in response.content
                    size = len(response.content)
                    problem = None if ok else f"HTTP {response.status_code}"
                except requests.RequestException as error:
                    problem, size = type(error).__name__, 0
                elapsed = (time.perf_counter() - start) * 1000
                with self._lock:
                    if problem:
                        self.errors.append(problem)
                    else:
                        self.latencies.append(elapsed)
                        self.bytes += size

    def run(self, clients: int, seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        threads = [threading.Thread(target=self._client, args=(deadline,)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def fresh_views() -> Iterator[dict]:
    """Give filter requests for date windows never asked before: every one must be drawn."""
    first = dt.date(2013, 1, 1)
    for number in itertools.count():
        starts = first + dt.timedelta(days=number % 3000)
        ends = starts + dt.timedelta(days=365 + number // 3000)
        view = ViewState(date_from=starts.isoformat(), date_to=ends.isoformat())
        yield show_events_request(view, 1)


class MemorySampler:
    """The resident memory of a process, sampled every second in a thread."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample)

    def _sample(self) -> None:
        self.samples.append(resident_mib(self.pid))
        while not self._stop.wait(1.0):
            self.samples.append(resident_mib(self.pid))

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(resident_mib(self.pid))


def report(
    name: str, clients: int, seconds: float, load: Clients, base_p50: float, memory: list[float]
) -> None:
    total = len(load.latencies) + len(load.errors)
    p50, p95, p99 = (percentile(load.latencies, share) for share in (0.5, 0.95, 0.99))
    problems = f" ({', '.join(sorted(set(load.errors)))})" if load.errors else ""
    print(
        f"{name}, {clients} clients {seconds:.0f} s: {total} requests "
        f"({total / seconds:.1f}/s, {load.bytes / 1e6 / seconds:.1f} MB/s), "
        f"errors {len(load.errors)}{problems}"
    )
    print(
        f"  latency p50 {p50:.0f} ms ({p50 / base_p50:.1f}x one client), p95 {p95:.0f} ms, "
        f"p99 {p99:.0f} ms"
    )
    after_warmup = memory[len(memory) // 3]
    growth = (memory[-1] - after_warmup) / after_warmup * 100
    verdict = "flat" if abs(growth) < 5 else "NOT flat"
    print(
        f"  server memory: start {memory[0]:.0f} MiB, after warm-up {after_warmup:.0f} MiB, "
        f"max {max(memory):.0f} MiB, end {memory[-1]:.0f} MiB ({growth:+.1f}%: {verdict}); "
        f"every 5 s: " + " ".join(f"{mib:.0f}" for mib in memory[::5])
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--baseline-seconds", type=float, default=8)
    args = parser.parse_args()

    vocabulary = load_vocabulary()
    shared = [show_events_request(view, 1) for view in filter_scenarios(vocabulary)]
    with tempfile.TemporaryDirectory() as scratch:
        events_path = write_synthetic_events(Path(scratch) / "events.yaml", args.events, vocabulary)
        process, url = start_server(events_path)
        try:
            Clients(url, itertools.cycle(shared)).run(1, 3)  # imports and first draws, untimed
            baseline = Clients(url, itertools.cycle(shared))
            baseline.run(1, args.baseline_seconds)
            phases = []
            for name, bodies in (
                ("shared views", itertools.cycle(shared)),
                ("fresh views", fresh_views()),
            ):
                load = Clients(url, bodies)
                with MemorySampler(process.pid) as memory:
                    load.run(args.clients, args.seconds)
                phases.append((name, load, memory.samples))
        finally:
            process.terminate()
            process.wait(timeout=10)

    base_p50 = percentile(baseline.latencies, 0.5)
    print(f"server: timeline serve on {args.events} generated events (loopback)")
    print(
        f"baseline, 1 client {args.baseline_seconds:.0f} s, shared views: "
        f"{len(baseline.latencies)} requests, p50 {base_p50:.1f} ms, errors {len(baseline.errors)}"
    )
    for name, load, memory in phases:
        report(name, args.clients, args.seconds, load, base_p50, memory)
    if baseline.errors or any(load.errors for _, load, _ in phases):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
