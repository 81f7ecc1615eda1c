"""Entity finding throughput: one long line and many sentences, against baselines in the same run.

Baselines: a bare word scan (re.findall(r"\\w+")), the floor any scanner pays, and a naive
finder (one case-insensitive regex alternation of every name, longest first, no context rules),
the obvious first implementation. Linearity: the time per MB at 1 MB and at 10 MB should match.

    .venv/bin/python benchmarks/entities.py [--megabytes 10]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from timeline.extraction.entities import EntityFinder
from timeline.partial_date import PartialDate
from timeline.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent


def _seconds(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=10)
    options = parser.parse_args()

    vocabulary = load_vocabulary()
    started = time.perf_counter()
    finder = EntityFinder(vocabulary)
    print(f"compile: {1000 * (time.perf_counter() - started):.0f} ms")

    spellings = [
        text
        for entity in vocabulary.register.crcs + vocabulary.register.owners
        for text, _ in entity.spellings()
    ]
    naive = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(spellings, key=len, reverse=True))) + r")\b",
        re.IGNORECASE,
    )
    words = re.compile(r"\w+")
    corpus = " ".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("documents/*.txt")))
    corpus = corpus.replace("\n", " ")
    when = PartialDate.parse("2018")

    for megabytes in sorted({1, options.megabytes}):
        size = megabytes * 1_000_000
        line = (corpus * (size // len(corpus) + 1))[:size]
        ours = _seconds(finder.find, line, when)
        floor = _seconds(words.findall, line)
        plain = _seconds(naive.findall, line)
        print(
            f"{megabytes:>3} MB line: finder {ours:.2f} s ({ours / megabytes:.2f} s/MB), "
            f"word scan {floor:.2f} s (×{ours / floor:.1f}), naive alternation {plain:.2f} s "
            f"(×{ours / plain:.2f})"
        )

    sentences = [s for s in re.split(r"(?<=[.!?])\s+", corpus) if s] * 20
    ours = _seconds(lambda: [finder.find(s, when) for s in sentences])
    plain = _seconds(lambda: [naive.findall(s) for s in sentences])
    print(
        f"{len(sentences)} sentences: finder {len(sentences) / ours:,.0f}/s, "
        f"naive alternation {len(sentences) / plain:,.0f}/s (×{ours / plain:.2f} the time)"
    )


if __name__ == "__main__":
    main()
