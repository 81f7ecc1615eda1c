"""Extraction quality on every gold set: recall, key recall and share of events that match gold.

Development figures (tuned on): the five seeds and the dev halves of the two corpora. The test
halves of the corpora are held back; pass --test only to report them, never to tune. The fresh
sets (benchmarks/corpus/fresh, fresh2, fresh3, fresh4) were written after those had been measured;
--fresh reports them alone.

    .venv/bin/python benchmarks/quality.py [--triggers] [--test | --fresh] [--missed NAME]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from timeline.extraction.evaluate import (
    document_scope,
    evaluate,
    load_gold,
    matches,
    read_source_texts,
)
from timeline.extraction.lemmas import lemma_of
from timeline.extraction.pipeline import ExtractOptions, extract
from timeline.model import Event

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"


@dataclass(frozen=True)
class GoldSet:
    name: str
    base: Path  # the directory the gold's doc names are relative to
    documents: tuple[str, ...]
    gold: tuple[Path, ...]


DEVELOPMENT = (
    GoldSet(
        "seeds",
        ROOT,
        ("documents",),
        (
            ROOT / "benchmarks/gold/seeds-000-004.yaml",
            ROOT / "benchmarks/gold/seeds-001-002-003.yaml",
        ),
    ),
    GoldSet("probation-dev", CORPUS / "probation", ("dev",), (CORPUS / "probation/gold-dev.yaml",)),
    GoldSet(
        "outsourcing-dev", CORPUS / "outsourcing", ("dev",), (CORPUS / "outsourcing/gold-dev.yaml",)
    ),
    GoldSet(
        "probation2-dev", CORPUS / "probation2", ("dev",), (CORPUS / "probation2/gold-dev.yaml",)
    ),
    GoldSet(
        "probation3-dev", CORPUS / "probation3", ("dev",), (CORPUS / "probation3/gold-dev.yaml",)
    ),
    GoldSet(
        "probation4-dev", CORPUS / "probation4", ("dev",), (CORPUS / "probation4/gold-dev.yaml",)
    ),
    GoldSet(
        "outsourcing2-dev",
        CORPUS / "outsourcing2",
        ("dev",),
        (CORPUS / "outsourcing2/gold-dev.yaml",),
    ),
    GoldSet(
        "outsourcing3-dev",
        CORPUS / "outsourcing3",
        ("dev",),
        (CORPUS / "outsourcing3/gold-dev.yaml",),
    ),
    GoldSet(
        "outsourcing4-dev",
        CORPUS / "outsourcing4",
        ("dev",),
        (CORPUS / "outsourcing4/gold-dev.yaml",),
    ),
    GoldSet(
        "probation5-dev", CORPUS / "probation5", ("dev",), (CORPUS / "probation5/gold-dev.yaml",)
    ),
    GoldSet(
        "outsourcing5-dev",
        CORPUS / "outsourcing5",
        ("dev",),
        (CORPUS / "outsourcing5/gold-dev.yaml",),
    ),
    GoldSet(
        "probation6-dev", CORPUS / "probation6", ("dev",), (CORPUS / "probation6/gold-dev.yaml",)
    ),
    GoldSet(
        "outsourcing6-dev",
        CORPUS / "outsourcing6",
        ("dev",),
        (CORPUS / "outsourcing6/gold-dev.yaml",),
    ),
    GoldSet("dev7", CORPUS / "dev7", ("dev",), (CORPUS / "dev7/gold-dev.yaml",)),
    GoldSet("dev8", CORPUS / "dev8", ("dev",), (CORPUS / "dev8/gold-dev.yaml",)),
    GoldSet("dev9", CORPUS / "dev9", ("dev",), (CORPUS / "dev9/gold-dev.yaml",)),
    GoldSet("dev10", CORPUS / "dev10", ("dev",), (CORPUS / "dev10/gold-dev.yaml",)),
    GoldSet("dev11", CORPUS / "dev11", ("dev",), (CORPUS / "dev11/gold-dev.yaml",)),
    GoldSet("dev12", CORPUS / "dev12", ("dev",), (CORPUS / "dev12/gold-dev.yaml",)),
    GoldSet("dev13", CORPUS / "dev13", ("dev",), (CORPUS / "dev13/gold-dev.yaml",)),
    GoldSet("dev14", CORPUS / "dev14", ("dev",), (CORPUS / "dev14/gold-dev.yaml",)),
    GoldSet("dev15", CORPUS / "dev15", ("dev",), (CORPUS / "dev15/gold-dev.yaml",)),
    GoldSet("dev16", CORPUS / "dev16", ("dev",), (CORPUS / "dev16/gold-dev.yaml",)),
    GoldSet("dev17", CORPUS / "dev17", ("dev",), (CORPUS / "dev17/gold-dev.yaml",)),
    GoldSet("dev18", CORPUS / "dev18", ("dev",), (CORPUS / "dev18/gold-dev.yaml",)),
    GoldSet("dev19", CORPUS / "dev19", ("dev",), (CORPUS / "dev19/gold-dev.yaml",)),
    GoldSet("dev20", CORPUS / "dev20", ("dev",), (CORPUS / "dev20/gold-dev.yaml",)),
    GoldSet("dev21", CORPUS / "dev21", ("dev",), (CORPUS / "dev21/gold-dev.yaml",)),
    GoldSet("dev22", CORPUS / "dev22", ("dev",), (CORPUS / "dev22/gold-dev.yaml",)),
    GoldSet("dev23", CORPUS / "dev23", ("dev",), (CORPUS / "dev23/gold-dev.yaml",)),
    GoldSet("dev24", CORPUS / "dev24", ("dev",), (CORPUS / "dev24/gold-dev.yaml",)),
    GoldSet("dev25", CORPUS / "dev25", ("dev",), (CORPUS / "dev25/gold-dev.yaml",)),
    GoldSet("dev26", CORPUS / "dev26", ("dev",), (CORPUS / "dev26/gold-dev.yaml",)),
    GoldSet("dev27", CORPUS / "dev27", ("dev",), (CORPUS / "dev27/gold-dev.yaml",)),
    GoldSet("dev28", CORPUS / "dev28", ("dev",), (CORPUS / "dev28/gold-dev.yaml",)),
    GoldSet("dev29", CORPUS / "dev29", ("dev",), (CORPUS / "dev29/gold-dev.yaml",)),
    GoldSet("dev30", CORPUS / "dev30", ("dev",), (CORPUS / "dev30/gold-dev.yaml",)),
    GoldSet("dev31", CORPUS / "dev31", ("dev",), (CORPUS / "dev31/gold-dev.yaml",)),
    GoldSet("dev32", CORPUS / "dev32", ("dev",), (CORPUS / "dev32/gold-dev.yaml",)),
    GoldSet("dev33", CORPUS / "dev33", ("dev",), (CORPUS / "dev33/gold-dev.yaml",)),
    GoldSet("dev34", CORPUS / "dev34", ("dev",), (CORPUS / "dev34/gold-dev.yaml",)),
    GoldSet("dev35", CORPUS / "dev35", ("dev",), (CORPUS / "dev35/gold-dev.yaml",)),
    GoldSet("dev36", CORPUS / "dev36", ("dev",), (CORPUS / "dev36/gold-dev.yaml",)),
    GoldSet("dev37", CORPUS / "dev37", ("dev",), (CORPUS / "dev37/gold-dev.yaml",)),
    GoldSet("dev38", CORPUS / "dev38", ("dev",), (CORPUS / "dev38/gold-dev.yaml",)),
    GoldSet("dev39", CORPUS / "dev39", ("dev",), (CORPUS / "dev39/gold-dev.yaml",)),
    GoldSet("dev40", CORPUS / "dev40", ("dev",), (CORPUS / "dev40/gold-dev.yaml",)),
    GoldSet("dev41", CORPUS / "dev41", ("dev",), (CORPUS / "dev41/gold-dev.yaml",)),
    GoldSet("dev42", CORPUS / "dev42", ("dev",), (CORPUS / "dev42/gold-dev.yaml",)),
    GoldSet("dev43", CORPUS / "dev43", ("dev",), (CORPUS / "dev43/gold-dev.yaml",)),
    GoldSet("dev44", CORPUS / "dev44", ("dev",), (CORPUS / "dev44/gold-dev.yaml",)),
    GoldSet("dev45", CORPUS / "dev45", ("dev",), (CORPUS / "dev45/gold-dev.yaml",)),
    GoldSet("dev46", CORPUS / "dev46", ("dev",), (CORPUS / "dev46/gold-dev.yaml",)),
    GoldSet("dev47", CORPUS / "dev47", ("dev",), (CORPUS / "dev47/gold-dev.yaml",)),
    GoldSet("dev48", CORPUS / "dev48", ("dev",), (CORPUS / "dev48/gold-dev.yaml",)),
    GoldSet("dev49", CORPUS / "dev49", ("dev",), (CORPUS / "dev49/gold-dev.yaml",)),
    GoldSet("dev50", CORPUS / "dev50", ("dev",), (CORPUS / "dev50/gold-dev.yaml",)),
    GoldSet("dev51", CORPUS / "dev51", ("dev",), (CORPUS / "dev51/gold-dev.yaml",)),
    GoldSet("dev52", CORPUS / "dev52", ("dev",), (CORPUS / "dev52/gold-dev.yaml",)),
    GoldSet("dev53", CORPUS / "dev53", ("dev",), (CORPUS / "dev53/gold-dev.yaml",)),
    GoldSet("dev54", CORPUS / "dev54", ("dev",), (CORPUS / "dev54/gold-dev.yaml",)),
    GoldSet("dev55", CORPUS / "dev55", ("dev",), (CORPUS / "dev55/gold-dev.yaml",)),
    GoldSet("dev56", CORPUS / "dev56", ("dev",), (CORPUS / "dev56/gold-dev.yaml",)),
    GoldSet("dev57", CORPUS / "dev57", ("dev",), (CORPUS / "dev57/gold-dev.yaml",)),
    GoldSet("dev58", CORPUS / "dev58", ("dev",), (CORPUS / "dev58/gold-dev.yaml",)),
    GoldSet("dev59", CORPUS / "dev59", ("dev",), (CORPUS / "dev59/gold-dev.yaml",)),
    GoldSet("dev60", CORPUS / "dev60", ("dev",), (CORPUS / "dev60/gold-dev.yaml",)),
    GoldSet("dev61", CORPUS / "dev61", ("dev",), (CORPUS / "dev61/gold-dev.yaml",)),
    GoldSet("dev62", CORPUS / "dev62", ("dev",), (CORPUS / "dev62/gold-dev.yaml",)),
    GoldSet("dev63", CORPUS / "dev63", ("dev",), (CORPUS / "dev63/gold-dev.yaml",)),
    GoldSet("dev64", CORPUS / "dev64", ("dev",), (CORPUS / "dev64/gold-dev.yaml",)),
    GoldSet("dev65", CORPUS / "dev65", ("dev",), (CORPUS / "dev65/gold-dev.yaml",)),
    GoldSet("dev66", CORPUS / "dev66", ("dev",), (CORPUS / "dev66/gold-dev.yaml",)),
    GoldSet("dev67", CORPUS / "dev67", ("dev",), (CORPUS / "dev67/gold-dev.yaml",)),
    GoldSet("dev68", CORPUS / "dev68", ("dev",), (CORPUS / "dev68/gold-dev.yaml",)),
    GoldSet("dev69", CORPUS / "dev69", ("dev",), (CORPUS / "dev69/gold-dev.yaml",)),
    GoldSet("dev70", CORPUS / "dev70", ("dev",), (CORPUS / "dev70/gold-dev.yaml",)),
    GoldSet("dev71", CORPUS / "dev71", ("dev",), (CORPUS / "dev71/gold-dev.yaml",)),
    GoldSet("dev72", CORPUS / "dev72", ("dev",), (CORPUS / "dev72/gold-dev.yaml",)),
    GoldSet("dev73", CORPUS / "dev73", ("dev",), (CORPUS / "dev73/gold-dev.yaml",)),
    GoldSet("dev74", CORPUS / "dev74", ("dev",), (CORPUS / "dev74/gold-dev.yaml",)),
    GoldSet("dev75", CORPUS / "dev75", ("dev",), (CORPUS / "dev75/gold-dev.yaml",)),
    GoldSet("dev76", CORPUS / "dev76", ("dev",), (CORPUS / "dev76/gold-dev.yaml",)),
    GoldSet("dev77", CORPUS / "dev77", ("dev",), (CORPUS / "dev77/gold-dev.yaml",)),
    GoldSet("dev78", CORPUS / "dev78", ("dev",), (CORPUS / "dev78/gold-dev.yaml",)),
    GoldSet("dev79", CORPUS / "dev79", ("dev",), (CORPUS / "dev79/gold-dev.yaml",)),
    GoldSet("dev80", CORPUS / "dev80", ("dev",), (CORPUS / "dev80/gold-dev.yaml",)),
    GoldSet("dev81", CORPUS / "dev81", ("dev",), (CORPUS / "dev81/gold-dev.yaml",)),
    GoldSet("dev82", CORPUS / "dev82", ("dev",), (CORPUS / "dev82/gold-dev.yaml",)),
    GoldSet("dev83", CORPUS / "dev83", ("dev",), (CORPUS / "dev83/gold-dev.yaml",)),
    GoldSet("dev84", CORPUS / "dev84", ("dev",), (CORPUS / "dev84/gold-dev.yaml",)),
    GoldSet("dev85", CORPUS / "dev85", ("dev",), (CORPUS / "dev85/gold-dev.yaml",)),
    GoldSet("dev86", CORPUS / "dev86", ("dev",), (CORPUS / "dev86/gold-dev.yaml",)),
    GoldSet("dev87", CORPUS / "dev87", ("dev",), (CORPUS / "dev87/gold-dev.yaml",)),
    GoldSet("dev88", CORPUS / "dev88", ("dev",), (CORPUS / "dev88/gold-dev.yaml",)),
    GoldSet("dev89", CORPUS / "dev89", ("dev",), (CORPUS / "dev89/gold-dev.yaml",)),
    GoldSet("dev90", CORPUS / "dev90", ("dev",), (CORPUS / "dev90/gold-dev.yaml",)),
    GoldSet("dev91", CORPUS / "dev91", ("dev",), (CORPUS / "dev91/gold-dev.yaml",)),
    GoldSet("dev92", CORPUS / "dev92", ("dev",), (CORPUS / "dev92/gold-dev.yaml",)),
    GoldSet("dev93", CORPUS / "dev93", ("dev",), (CORPUS / "dev93/gold-dev.yaml",)),
    GoldSet("dev94", CORPUS / "dev94", ("dev",), (CORPUS / "dev94/gold-dev.yaml",)),
    GoldSet("dev95", CORPUS / "dev95", ("dev",), (CORPUS / "dev95/gold-dev.yaml",)),
    GoldSet("dev96", CORPUS / "dev96", ("dev",), (CORPUS / "dev96/gold-dev.yaml",)),
    GoldSet("dev97", CORPUS / "dev97", ("dev",), (CORPUS / "dev97/gold-dev.yaml",)),
    GoldSet("dev98", CORPUS / "dev98", ("dev",), (CORPUS / "dev98/gold-dev.yaml",)),
    GoldSet("dev99", CORPUS / "dev99", ("dev",), (CORPUS / "dev99/gold-dev.yaml",)),
    GoldSet("dev100", CORPUS / "dev100", ("dev",), (CORPUS / "dev100/gold-dev.yaml",)),
    GoldSet("dev101", CORPUS / "dev101", ("dev",), (CORPUS / "dev101/gold-dev.yaml",)),
    GoldSet("dev102", CORPUS / "dev102", ("dev",), (CORPUS / "dev102/gold-dev.yaml",)),
    GoldSet("dev103", CORPUS / "dev103", ("dev",), (CORPUS / "dev103/gold-dev.yaml",)),
    GoldSet("dev104", CORPUS / "dev104", ("dev",), (CORPUS / "dev104/gold-dev.yaml",)),
    GoldSet("dev105", CORPUS / "dev105", ("dev",), (CORPUS / "dev105/gold-dev.yaml",)),
    GoldSet("dev106", CORPUS / "dev106", ("dev",), (CORPUS / "dev106/gold-dev.yaml",)),
    GoldSet("dev107", CORPUS / "dev107", ("dev",), (CORPUS / "dev107/gold-dev.yaml",)),
    GoldSet("dev108", CORPUS / "dev108", ("dev",), (CORPUS / "dev108/gold-dev.yaml",)),
)
HELD_BACK = (
    GoldSet(
        "probation-test", CORPUS / "probation", ("test",), (CORPUS / "probation/gold-test.yaml",)
    ),
    GoldSet(
        "outsourcing-test",
        CORPUS / "outsourcing",
        ("test",),
        (CORPUS / "outsourcing/gold-test.yaml",),
    ),
)


# Written after the first held-back halves had been measured (fresh2, fresh3, fresh4 in later
# rounds, by helpers whose documents no one tuning has read): read once, at the end of a round.
FRESH = (
    GoldSet("fresh-test", CORPUS / "fresh", ("test",), (CORPUS / "fresh/gold-test.yaml",)),
    GoldSet("fresh2-test", CORPUS / "fresh2", ("test",), (CORPUS / "fresh2/gold-test.yaml",)),
    GoldSet("fresh3-test", CORPUS / "fresh3", ("test",), (CORPUS / "fresh3/gold-test.yaml",)),
    GoldSet("fresh4-test", CORPUS / "fresh4", ("test",), (CORPUS / "fresh4/gold-test.yaml",)),
    GoldSet("fresh5-test", CORPUS / "fresh5", ("test",), (CORPUS / "fresh5/gold-test.yaml",)),
    GoldSet("fresh6-test", CORPUS / "fresh6", ("test",), (CORPUS / "fresh6/gold-test.yaml",)),
    GoldSet("fresh7-test", CORPUS / "fresh7", ("test",), (CORPUS / "fresh7/gold-test.yaml",)),
    GoldSet("fresh8-test", CORPUS / "fresh8", ("test",), (CORPUS / "fresh8/gold-test.yaml",)),
    GoldSet("fresh9-test", CORPUS / "fresh9", ("test",), (CORPUS / "fresh9/gold-test.yaml",)),
)


@contextmanager
def _inside(directory: Path):
    before = Path.cwd()
    os.chdir(directory)
    try:
        yield
    finally:
        os.chdir(before)


def measure(
    gold_set: GoldSet, events_of: Callable[[list[Path]], list[Event]], missed: bool = False
) -> str:
    """Give one line of figures for the events events_of finds in gold_set's documents (and the
    missed gold events when asked)."""
    with _inside(gold_set.base):
        events = events_of([Path(d) for d in gold_set.documents])
        gold = [g for path in gold_set.gold for g in load_gold(path)]
        result = evaluate(gold, events, read_source_texts(events, [Path.cwd()]))
        texts = read_source_texts(events, [Path.cwd()])
        tags = _tagged(gold, events, texts)
        worded = _title_words(gold, events, texts)
    keys = [g for g in gold if g.key]
    found_keys = [g for g in keys if g.id in result.matched_gold]
    line = (
        f"{gold_set.name:17} key {len(found_keys):3}/{len(keys):<3} ({result.key_recall:.2f})  "
        f"all {len(result.matched_gold):3}/{len(gold):<3} ({result.recall:.2f})  "
        f"events matching {result.matching_events:3}/{result.in_scope:<3} ({result.precision:.2f})"
        f"  CRCs carried {tags[0]}/{tags[1]}, none extra {tags[2]}/{tags[1]},"
        f" owners carried {tags[3]}/{tags[4]}, none extra {tags[5]}/{tags[4]}"
        f"  title words {worded:.2f}"
    )
    if missed:
        line += "".join(
            f"\n  {'*' if g.key else ' '} missed {g.id} {g.date} {g.type}: {g.evidence[:90]}"
            for g in result.unmatched
        )
    return line


def _tagged(gold: list, events: list[Event], texts: dict[str, str]) -> tuple[int, ...]:
    """Give, of the found gold events that name CRCs, how many of the events matching them
    carry all those CRCs, how many there are, and how many carry no CRC the gold does not; then
    the same three for owners."""
    scope = document_scope(gold, texts)
    pairs = [
        (g, next(e for e in events if matches(g, e, scope)))
        for g in gold
        if (g.crcs or g.owners) and any(matches(g, e, scope) for e in events)
    ]
    named = [(g, e) for g, e in pairs if g.crcs]
    carried = sum(1 for g, e in named if set(g.crcs) <= set(e.crcs))
    exact = sum(1 for g, e in named if set(e.crcs) <= set(g.crcs))
    owned = [(g, e) for g, e in pairs if g.owners]
    owners = sum(1 for g, e in owned if set(g.owners) <= set(e.owners))
    only = sum(1 for g, e in owned if set(e.owners) <= set(g.owners))
    return carried, len(named), exact, owners, len(owned), only


def _title_words(gold: list, events: list[Event], texts: dict[str, str]) -> float:
    """Give the mean share of a found gold event's title words (lemmas, not function words)
    that the title of the event matching it says: "Napo launches campaign" says 2 of the 5 in
    "Napo launches campaign to reunite probation"."""
    scope = document_scope(gold, texts)
    shares = []
    for g in gold:
        event = next((e for e in events if matches(g, e, scope)), None)
        wanted = _content_words(g.title)
        if event is not None and wanted:
            shares.append(len(wanted & _content_words(event.title)) / len(wanted))
    return sum(shares) / len(shares) if shares else 0.0


def _content_words(title: str) -> set[str]:
    words = re.findall(r"[a-z0-9£%]+", title.lower())
    return {lemma_of(word)[0] for word in words if word not in _FUNCTION_WORDS}


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "by",
        "at",
        "with",
        "and",
        "or",
        "as",
        "its",
        "their",
        "his",
        "her",
        "it",
        "is",
        "are",
        "be",
        "was",
        "were",
        "from",
        "into",
        "over",
        "after",
        "new",
    ]
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--triggers", action="store_true", help="round one's trigger extractor, to compare"
    )
    parser.add_argument("--test", action="store_true", help="also report the held-back halves")
    parser.add_argument(
        "--fresh", action="store_true", help="report only the later held-back sets, once"
    )
    parser.add_argument("--missed", default="", help="list missed gold events of this set")
    args = parser.parse_args()
    options = ExtractOptions(frames=not args.triggers)

    def extracted(paths: list[Path]) -> list[Event]:
        return list(extract(paths, options).events)

    sets = FRESH if args.fresh else DEVELOPMENT + (HELD_BACK if args.test else ())
    for gold_set in sets:
        print(measure(gold_set, extracted, args.missed == gold_set.name), flush=True)


if __name__ == "__main__":
    sys.exit(main())
