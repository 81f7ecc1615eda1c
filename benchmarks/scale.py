"""Extraction at scale: 1×, 10×, 100× (and with --thousand 1,000×) the seeds, one run.

Each copy of the seeds has its own dates: every year in it moved by an offset, and from the
168th copy on every month of a dated phrase ("16 February 2019", "February 2019") turned on too,
so copies report distinct happenings instead of merging into the seeds' own. Each measurement is
`timeline extract CORPUS -o events.yaml` run in a fresh process (vocabulary loading and the
write included): seconds per document, the reduce's share of the time (loading each block of
candidates back and merging it), peak memory (the command's process and its largest worker),
CPU seconds (all its processes) and the load average as it ended: the machine is shared, and a
speed-up means little while other work holds the cores. On the 100× corpus it also times
`--workers 2` and `--dask local --workers 2`, checks they write the same file, and gives their
speed-up over one process. From the slopes it projects a million documents on this machine and
on a 32-core cluster.

Targets (issue 11): 1,000× at most 1.1× ten times the 100× run; the reduce under 10 % of the
time; peak memory at 1,000× at most twice that at 10×; --workers 2 and --dask local (two
workers) each at least 1.6× one process on 100×.

    PYTHONPATH=. .venv/bin/python benchmarks/scale.py [--thousand] [--no-parallel] [--scales 1,10]
    PYTHONPATH=. .venv/bin/python benchmarks/scale.py --merge-alone   # the reduce, to 1,000×

--merge-alone copies the seeds' candidates instead of documents (dates moved the same way), so
the reduce's slope up to 1,000× takes minutes, not the hour the map would.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "SCALE-RESULT "
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_MONTH = "|".join(_MONTHS)
_YEAR = r"(?:19|20)\d\d"
# A month in a dated phrase: after a day ("16 February", "1st of June"), or before a day or a
# year ("February 16", "February 2019"). "May" alone may be a name or a verb.
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?P<suffix>st|nd|rd|th)?(?P<gap>\s+(?:of\s+)?)(?P<month>{_MONTH})\b"
)
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})(?P<gap>,?\s+)(?P<day>\d{{1,2}}|{_YEAR})(?!\d)")
# An ISO date, or a year with perhaps a two-digit second year ("2018-19").
_YEARS = re.compile(
    rf"(?<!\d)(?P<year>{_YEAR})(?:-(?P<month>\d\d)-(?P<day>\d\d)|(?P<dash>[-–/])(?P<short>\d\d))?(?!\d)"
)
# The seeds name years 1987 to 2020 and the extractor reads 1900 to 2099: offsets -87 to +79.
_OFFSETS = sorted(range(-87, 80), key=lambda offset: (abs(offset), offset < 0))


def copy_shift(copy: int) -> tuple[int, int]:
    """Give the years and months copy number copy moves its dates by ((0, 0) for the first)."""
    return _OFFSETS[copy % len(_OFFSETS)], copy // len(_OFFSETS)


def shifted(text: str, years: int, months: int) -> str:
    """Give text with its dates moved: years by years, the months of dated phrases by months (a
    day past the 28th then becomes the 28th, so that it stays in its month)."""

    def day(written: str, suffix: str | None = None) -> str:
        if not months or int(written) <= 28:
            return written + (suffix or "")
        return "28" + ("th" if suffix else "")

    def month(name: str) -> str:
        return _MONTHS[(_MONTHS.index(name) + months) % 12]

    def day_month(match: re.Match) -> str:
        return f"{day(match['day'], match['suffix'])}{match['gap']}{month(match['month'])}"

    def month_day(match: re.Match) -> str:
        later = match["day"] if len(match["day"]) == 4 else day(match["day"])
        return f"{month(match['month'])}{match['gap']}{later}"

    def year(match: re.Match) -> str:
        moved = int(match["year"]) + years
        if match["month"] is not None:
            month_number = (int(match["month"]) - 1 + months) % 12 + 1
            return f"{moved}-{month_number:02d}-{day(match['day'])}"
        if match["short"] is not None:
            return f"{moved}{match['dash']}{(int(match['short']) + years) % 100:02d}"
        return str(moved)

    if months:
        text = _MONTH_DAY.sub(month_day, _DAY_MONTH.sub(day_month, text))
    return _YEARS.sub(year, text)


def build_corpus(seeds: Path, folder: Path, copies: int) -> int:
    """Write copies of the seed documents into folder, each with its own dates; give how many."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for copy in range(copies):
        years, months = copy_shift(copy)
        for seed in sorted(seeds.iterdir()):
            text = shifted(seed.read_text(encoding="utf-8"), years, months)
            (folder / f"copy{copy:04d}-{shifted(seed.name, years, months)}").write_text(
                text, encoding="utf-8"
            )
            written += 1
    return written


def merge_alone(copies: list[int]) -> dict[int, tuple[int, float, int]]:
    """Give, for each number of copies, the seeds' candidates copied that many times with their
    dates moved as build_corpus moves them, and the seconds the reduce takes on them: (reports,
    seconds, events). The merge was quadratic; this shows its slope without the map's cost."""
    from dataclasses import replace

    from timeline.extraction.blocks import SpilledBlocks
    from timeline.extraction.pipeline import ExtractOptions, extract_document
    from timeline.partial_date import PartialDate

    def moved(date: PartialDate, years: int, months: int) -> PartialDate:
        if date.month is None:
            return replace(date, year=date.year + years)
        month = (date.month - 1 + months) % 12 + 1
        day = None if date.day is None else min(date.day, 28) if months else date.day
        return PartialDate(date.year + years, month, day)

    seeds = sorted((ROOT / "documents").iterdir())
    results = [extract_document(seed, ExtractOptions()) for seed in seeds]
    timed = {}
    for count in copies:
        with SpilledBlocks() as spilled:
            for copy in range(count):
                years, months = copy_shift(copy)
                for result in results:
                    spilled.add(
                        [replace(c, date=moved(c.date, years, months)) for c in result.candidates]
                    )
            started = time.perf_counter()
            events = spilled.merged()
            timed[count] = (spilled.count, time.perf_counter() - started, len(events))
    return timed


def measure_here(corpus: Path, mode: str) -> dict:
    """Run one `timeline extract` in this process and give its figures (the --measure step)."""
    import timeline
    from timeline.cli import main
    from timeline.extraction import blocks

    if Path(timeline.__file__).resolve().parent.parent != ROOT:
        raise SystemExit(f"measuring {timeline.__file__}, not this checkout's timeline")

    reduce_seconds = 0.0
    merged = blocks.SpilledBlocks.merged

    def timed_merge(self):
        nonlocal reduce_seconds
        started = time.perf_counter()
        try:
            return merged(self)
        finally:
            reduce_seconds += time.perf_counter() - started

    blocks.SpilledBlocks.merged = timed_merge
    output = corpus.parent / f"events-{mode}.yaml"
    output.unlink(missing_ok=True)
    arguments = ["extract", str(corpus), "-o", str(output)]
    arguments += {"one": [], "workers": ["--workers", "2"], "dask": ["--dask", "local"]}[mode]
    started = time.perf_counter()
    main(arguments, standalone_mode=False)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # ended and waited for: all of them
    return {
        "seconds": seconds,
        "cpu_seconds": sum(u.ru_utime + u.ru_stime for u in (own, workers)),
        "load": os.getloadavg()[0],
        "reduce_seconds": reduce_seconds if mode != "dask" else None,
        "peak_mib": own.ru_maxrss / 1024,
        "worker_peak_mib": workers.ru_maxrss / 1024,
        "output": str(output),
    }


def measure(corpus: Path, mode: str) -> dict:
    """Give the figures of one `timeline extract` of corpus run in a fresh process."""
    # The run's folder is the corpus's: a relative PYTHONPATH (the `PYTHONPATH=.` above) would
    # point there, and the timeline installed in the environment would be measured instead.
    run = subprocess.run(
        [sys.executable, __file__, "--measure", str(corpus), mode],
        capture_output=True,
        text=True,
        cwd=corpus.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith(MARK)]
    if run.returncode or not lines:
        raise SystemExit(f"{mode} on {corpus} failed:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    figures = json.loads(lines[-1][len(MARK) :])
    summary = next(line for line in run.stdout.splitlines() if " reports → " in line)
    figures["summary"] = summary
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thousand", action="store_true", help="also 1,000× (slow: an hour)")
    parser.add_argument(
        "--merge-alone", action="store_true", help="only the reduce, on copied candidates"
    )
    parser.add_argument("--no-parallel", action="store_true", help="skip --workers 2 and --dask")
    parser.add_argument(
        "--scales", default="1,10,100", help="copies of the seeds to measure (default 1,10,100)"
    )
    parser.add_argument("--measure", nargs=2, metavar=("CORPUS", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(MARK + json.dumps(measure_here(Path(args.measure[0]), args.measure[1])))
        return 0
    if args.merge_alone:
        timed = merge_alone([10, 100, 330, 1000])
        for count, (reports, seconds, events) in timed.items():
            print(f"reduce alone, {count}×: {reports} reports → {events} events, {seconds:.1f} s")
        print(f"1,000× costs {timed[1000][1] / (10 * timed[100][1]):.2f}× ten times 100×")
        return 0
    scales = [int(scale) for scale in args.scales.split(",")] + ([1000] if args.thousand else [])
    seeds = ROOT / "documents"
    runs: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="timeline-scale-") as tmp:
        for scale in scales:
            corpus = Path(tmp) / f"x{scale}" / "documents"
            documents = build_corpus(seeds, corpus, scale)
            runs[scale] = {"documents": documents, **measure(corpus, "one")}
            _report(scale, runs[scale])
        if not args.no_parallel and 100 in runs:
            corpus = Path(tmp) / "x100" / "documents"
            _report_parallel(runs[100], {m: measure(corpus, m) for m in ("workers", "dask")})
    _report_targets(runs)
    return 0


def _report(scale: int, run: dict) -> None:
    per_document = run["seconds"] / run["documents"]
    print(
        f"{scale:>5}×: {run['documents']:>5} documents in {run['seconds']:7.1f} s "
        f"({per_document * 1000:.0f} ms a document), reduce {run['reduce_seconds']:.2f} s "
        f"({run['reduce_seconds'] / run['seconds']:.1%}), peak {run['peak_mib']:.0f} MiB, "
        f"{run['cpu_seconds']:.0f} CPU s, load {run['load']:.1f}; {run['summary']}",
        flush=True,
    )


def _report_parallel(one: dict, parallel: dict[str, dict]) -> None:
    same = {
        mode: Path(run["output"]).read_bytes() == Path(one["output"]).read_bytes()
        for mode, run in parallel.items()
    }
    for mode, run in parallel.items():
        label = {"workers": "--workers 2", "dask": "--dask local (2 workers)"}[mode]
        speedup = one["seconds"] / run["seconds"]
        print(
            f"  100× {label}: {run['seconds']:.1f} s, speed-up {speedup:.2f}×"
            f" (target ≥ 1.6×), peak {run['peak_mib']:.0f} MiB here, "
            f"{run['worker_peak_mib']:.0f} MiB largest worker, {run['cpu_seconds']:.0f} CPU s, "
            f"load {run['load']:.1f}; "
            f"{'same file' if same[mode] else 'A DIFFERENT FILE'} as one process",
            flush=True,
        )
    one["speedups"] = {mode: one["seconds"] / run["seconds"] for mode, run in parallel.items()}


def _report_targets(runs: dict[int, dict]) -> None:
    largest = max(runs)
    previous = largest // 10
    if previous not in runs or 10 not in runs:
        print(f"(the targets compare {largest}× with {previous}× and 10×: measure those too)")
        return
    growth = runs[largest]["seconds"] / (10 * runs[previous]["seconds"])
    print(f"{largest}× costs {growth:.2f}× ten times the {previous}× run (target ≤ 1.1×)")
    share = max(run["reduce_seconds"] / run["seconds"] for run in runs.values())
    print(f"reduce share at most {share:.1%} (target < 10%)")
    memory = runs[largest]["peak_mib"] / runs[10]["peak_mib"]
    print(f"peak memory at {largest}× is {memory:.2f}× that at 10× (target at 1,000×: ≤ 2×)")
    # The slope between the two largest corpora: what one more document costs, fixed costs out.
    slope = (runs[largest]["seconds"] - runs[previous]["seconds"]) / (
        runs[largest]["documents"] - runs[previous]["documents"]
    )
    million = 1_000_000 * slope
    speedup = runs.get(100, {}).get("speedups", {}).get("dask", 1.0)
    print(
        f"a million documents at {slope * 1000:.0f} ms each: {million / 3600:.0f} h in one "
        f"process here; {million / 3600 / speedup:.0f} h with --dask local on both cores"
    )
    # A cluster: the map spreads over the cores with the efficiency measured here; the reduce
    # is one task per event type, so its time is the largest type's share on one core.
    efficiency = speedup / 2
    reduce_share = runs[largest]["reduce_seconds"] / runs[largest]["seconds"]
    cluster = million * ((1 - reduce_share) / (32 * efficiency) + reduce_share * 0.25)
    print(
        f"on 32 cores (map at the {efficiency:.0%} per-core efficiency measured here, the "
        f"reduce one task per type, the largest about a quarter of it): about "
        f"{cluster / 3600:.1f} h"
    )


if __name__ == "__main__":
    sys.exit(main())
