"""Load test on loopback: 20 clients posting filter callbacks for 30 s; errors and memory.

`timeline serve` runs in its own process on a generated events file; each client posts the
filter callback (/_dash-update-component) with the next of ~70 distinct filters, so most
requests draw a view afresh. The baseline, measured in the same run, is one client alone.
Memory is the server's resident size, sampled every second: flat means the last sample is
within a few per cent of the one taken after the warm-up.

    .venv/bin/python benchmarks/load.py [--clients 20] [--seconds 30] [--events 2000]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
# benchmarks/dashboard.py must not stand in for the dashboard package: import the package first,
# then let the helper modules beside this script be found.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
import dashboard.state  # noqa: E402,F401

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

    def __init__(self, url: str, bodies: list[dict]) -> None:
        self.endpoint = url + "_dash-update-component"
        self._bodies = itertools.cycle(bodies)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--baseline-seconds", type=float, default=8)
    args = parser.parse_args()

    vocabulary = load_vocabulary()
    bodies = [show_events_request(view, 1) for view in filter_scenarios(vocabulary)]
    with tempfile.TemporaryDirectory() as scratch:
        events_path = write_synthetic_events(Path(scratch) / "events.yaml", args.events, vocabulary)
        process, url = start_server(events_path)
        try:
            warm = Clients(url, bodies)
            warm.run(1, 3)
            baseline = Clients(url, bodies)
            baseline.run(1, args.baseline_seconds)
            base_p50 = percentile(baseline.latencies, 0.5)

            samples: list[float] = [resident_mib(process.pid)]
            stop = threading.Event()

            def sample() -> None:
                while not stop.wait(1.0):
                    samples.append(resident_mib(process.pid))

            sampler = threading.Thread(target=sample)
            sampler.start()
            load = Clients(url, bodies)
            load.run(args.clients, args.seconds)
            stop.set()
            sampler.join()
            samples.append(resident_mib(process.pid))
        finally:
            process.terminate()
            process.wait(timeout=10)

    total = len(load.latencies) + len(load.errors)
    p50, p95, p99 = (percentile(load.latencies, share) for share in (0.5, 0.95, 0.99))
    print(f"server: timeline serve on {args.events} generated events (loopback)")
    print(
        f"baseline, 1 client {args.baseline_seconds:.0f} s: {len(baseline.latencies)} requests, "
        f"p50 {base_p50:.1f} ms, errors {len(baseline.errors)}"
    )
    print(
        f"load, {args.clients} clients {args.seconds:.0f} s: {total} requests "
        f"({total / args.seconds:.1f}/s, {load.bytes / 1e6 / args.seconds:.1f} MB/s), "
        f"errors {len(load.errors)}"
        + (f" ({', '.join(sorted(set(load.errors)))})" if load.errors else "")
    )
    print(
        f"latency under load: p50 {p50:.0f} ms ({p50 / base_p50:.1f}x one client), "
        f"p95 {p95:.0f} ms, p99 {p99:.0f} ms"
    )
    after_warmup = samples[min(3, len(samples) - 1)]
    growth = (samples[-1] - after_warmup) / after_warmup * 100
    verdict = "flat" if abs(growth) < 5 else "NOT flat"
    print(
        f"server memory: start {samples[0]:.0f} MiB, after warm-up {after_warmup:.0f} MiB, "
        f"max {max(samples):.0f} MiB, end {samples[-1]:.0f} MiB ({growth:+.1f}% since warm-up: "
        f"{verdict}); median {statistics.median(samples):.0f} MiB over {len(samples)} samples"
    )
    if load.errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
