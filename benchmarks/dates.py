"""Date finding speed on the sentences of documents/: timeline.extraction.dates.find_dates against a
baseline measured in the same run, dateparser's search_dates over the same sentences with the
same settings. Target: find_dates at least 10x search_dates' throughput, cold cache included.
Also times a 10 MB single-line input, which must stay linear.

    .venv/bin/python benchmarks/dates.py [--baseline-share 4]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from pathlib import Path

from dateparser.search import search_dates

from timeline.extraction import dates

ROOT = Path(__file__).resolve().parent.parent


def corpus_sentences() -> list[tuple[str, dt.date]]:
    """Give the sentences of documents/ with the date in each file name as their reference."""
    sentences = []
    for path in sorted((ROOT / "documents").glob("*.txt")):
        reference = dt.date.fromisoformat(path.name[:10])
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences += [(s, reference) for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]
    return sentences


def per_sentence(action, sentences: list[tuple[str, dt.date]]) -> float:
    """Give the mean seconds action takes per sentence."""
    started = time.perf_counter()
    for sentence, reference in sentences:
        action(sentence, reference)
    return (time.perf_counter() - started) / len(sentences)


def search_dates_baseline(sentence: str, reference: dt.date) -> object:
    base = dt.datetime.combine(reference, dt.time())
    settings = {**dates.DATEPARSER_OPTIONS["settings"], "RELATIVE_BASE": base}
    return search_dates(
        sentence, languages=dates.DATEPARSER_OPTIONS["languages"], settings=settings
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-share", type=int, default=4, help="time every Nth sentence")
    options = parser.parse_args()
    sentences = corpus_sentences()
    baseline = per_sentence(search_dates_baseline, sentences[:: options.baseline_share])
    dates._parse.cache_clear()
    cold = per_sentence(dates.find_dates, sentences)
    warm = per_sentence(dates.find_dates, sentences)
    print(f"{len(sentences)} sentences from documents/")
    print(f"search_dates        {baseline * 1e3:8.3f} ms/sentence (baseline)")
    print(f"find_dates, cold    {cold * 1e3:8.3f} ms/sentence  {baseline / cold:6.0f}x")
    print(f"find_dates, warm    {warm * 1e3:8.3f} ms/sentence  {baseline / warm:6.0f}x")
    for name, text in [
        ("10 MB prose, no date", "the quick brown fox saw 2,000 staff and 75% of £342m " * 190_000),
        ("10 MB spaces", " " * 10_000_000),
    ]:
        started = time.perf_counter()
        found = dates.find_dates(text, dt.date(2014, 10, 31))
        print(f"{name:20} {time.perf_counter() - started:6.2f} s, {len(found)} dates")


if __name__ == "__main__":
    main()
