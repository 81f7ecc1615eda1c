"""A large, valid events file made up from the vocabulary, for the dashboard benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import yaml

from timeline.vocabulary import Vocabulary

_WORD_LIST = (
    "probation inspectors report caseloads staff union contract owner company court prison "
    "ministry audit rehabilitation supervision offenders funding payment delivery failure "
    "announcement review services community partnership justice secretary committee"
)
_WORDS = _WORD_LIST.split()


def _date(rng: random.Random) -> str:
    day = dt.date(2013, 1, 1) + dt.timedelta(days=rng.randrange(0, 9 * 365))
    precision = rng.random()
    if precision < 0.05:
        return f"{day.year}"
    if precision < 0.20:
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize()


def synthetic_events(count: int, vocabulary: Vocabulary, seed: int = 7) -> dict:
    """Give the data of an events file with count events spread over the vocabulary."""
    rng = random.Random(seed)
    events = []
    for number in range(count):
        date = _date(rng)
        national = rng.random() < 0.05
        crcs = [] if national else rng.sample(vocabulary.crc_names, k=rng.choice((1, 1, 1, 2, 3)))
        owners = rng.sample(vocabulary.owner_names, k=1) if rng.random() < 0.3 else []
        sources = [
            {
                "document": f"documents/{date[:4]}-synthetic-{number % 97:02d}.txt",
                "post_date": date if len(date) == 10 else None,
                "post_title": _sentence(rng, 4),
                "line": rng.randrange(1, 2000),
                "quote": _sentence(rng, rng.randrange(12, 30)) + ".",
            }
            for _ in range(rng.choice((1, 1, 2, 3, 5)))
        ]
        events.append(
            {
                "id": f"{date}-synthetic-{number:05d}",
                "date": date,
                "type": rng.choice(vocabulary.type_names),
                "title": _sentence(rng, rng.randrange(5, 12)),
                "crcs": crcs,
                "owners": owners,
                "national": national,
                "sources": sources,
                "origin": "manual",
            }
        )
    events.sort(key=lambda event: (event["date"], event["id"]))
    return {"version": 1, "events": events}


def write_synthetic_events(path: Path, count: int, vocabulary: Vocabulary, seed: int = 7) -> Path:
    """Write a synthetic events file of count events to path and give path."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(
        synthetic_events(count, vocabulary, seed),
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    path.write_text(text, encoding="utf-8")
    return path
