"""Extraction throughput against a naive baseline measured in the same run.

The baseline is dateparser's search_dates run over the same sentences: the slow, false-hit-prone
way to find dates that the extractor replaces. The report gives sentences per second for both,
their ratio (target ≥ 1×: at least as fast per sentence as search_dates; round one's
trigger extractor reached 13.8×), the speed-up of --workers 2 on a larger corpus built from
the seeds, and peak memory.

    .venv/bin/python benchmarks/extract.py [--copies 40] [--baseline-sentences N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

from dateparser.search import search_dates

from timeline.extraction.documents import find_documents, read_document
from timeline.extraction.pipeline import ExtractOptions, extract

ROOT = Path(__file__).resolve().parent.parent


def _sentences(paths: list[Path]) -> list[str]:
    files, _ = find_documents(paths)
    return [s.text for f in files for post in read_document(f).posts for s in post.sentences]


def _time(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def _baseline_rate(sentences: list[str], limit: int) -> float:
    sample = sentences[:limit] if limit else sentences
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        seconds, _ = _time(lambda: [search_dates(s, languages=["en"]) for s in sample])
    return len(sample) / seconds


def _build_corpus(seeds: Path, directory: Path, copies: int) -> None:
    for copy in range(copies):
        for seed in sorted(seeds.glob("*.txt")):
            shutil.copy(seed, directory / f"{seed.stem}-copy{copy:03d}.txt")


def _peak_memory_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, default=40, help="copies of the seeds in the large corpus"
    )
    parser.add_argument(
        "--baseline-sentences",
        type=int,
        default=0,
        help="time the (slow) baseline on only this many sentences (default: all of them)",
    )
    args = parser.parse_args()
    seeds = ROOT / "documents"
    options = ExtractOptions()

    extract([seeds], options)  # warm: vocabulary compiled, caches primed as in a real run
    sentences = _sentences([seeds])
    seconds, extraction = _time(extract, [seeds], options)
    rate = len(sentences) / seconds
    baseline = _baseline_rate(sentences, args.baseline_sentences)
    print(
        f"seed corpus: {extraction.documents} documents, {len(sentences)} sentences, "
        f"{len(extraction.events)} events in {seconds:.3f} s"
    )
    print(f"  extractor: {rate:,.0f} sentences/s (read, dates, entities, events, merge)")
    print(f"  baseline search_dates: {baseline:,.0f} sentences/s (dates only)")
    print(f"  ratio: {rate / baseline:.1f}x (target >= 1x)")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        _build_corpus(seeds, corpus, args.copies)
        large_sentences = len(sentences) * args.copies
        one, _ = _time(extract, [corpus], options, workers=1)
        two, _ = _time(extract, [corpus], options, workers=2)
    print(f"large corpus: {args.copies * 5} documents, {large_sentences} sentences")
    print(
        f"  1 worker:  {one:.2f} s ({large_sentences / one:,.0f} sentences/s, "
        f"{large_sentences / one / baseline:.1f}x baseline)"
    )
    print(
        f"  2 workers: {two:.2f} s ({large_sentences / two:,.0f} sentences/s); "
        f"speed-up {one / two:.2f}x"
    )
    print(f"peak memory: {_peak_memory_mib():.0f} MiB (largest of this process and its workers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
