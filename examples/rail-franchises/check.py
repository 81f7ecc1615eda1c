"""Check the rail example: units.yaml validates, and every gold event quotes its document verbatim.

Run from the repository root:  .venv/bin/python examples/rail-franchises/check.py
It copies the shipped taxonomy.yaml and units.yaml (as crcs.yaml) into a temporary folder, loads
them with timeline.vocabulary.load_vocabulary, then checks gold.yaml: the evidence occurs in the
document, the title is at most 80 characters, the names are canonical, the type is known.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import yaml

from timeline.vocabulary import load_vocabulary

HERE = Path(__file__).resolve().parent
SHIPPED_TAXONOMY = HERE.parents[1] / "timeline" / "data" / "taxonomy.yaml"
PROPOSED_TYPES = {"contract_extended", "competition_changed", "service_disrupted"}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(SHIPPED_TAXONOMY, Path(folder) / "taxonomy.yaml")
        shutil.copy(HERE / "units.yaml", Path(folder) / "crcs.yaml")
        vocabulary = load_vocabulary(Path(folder))
    units, owners = set(vocabulary.crc_names), set(vocabulary.owner_names)
    types = set(vocabulary.type_names) | PROPOSED_TYPES
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    problems = []
    for event in gold:
        where = f"{event['id']} ({event['doc']})"
        text = (HERE / event["doc"]).read_text(encoding="utf-8")
        if event["evidence"] not in text:
            problems.append(f"{where}: evidence not verbatim: {event['evidence']!r}")
        if len(event["title"]) > 80:
            problems.append(f"{where}: title has {len(event['title'])} characters")
        if event["type"] not in types:
            problems.append(f"{where}: unknown type {event['type']!r}")
        problems += [f"{where}: unknown franchise {c!r}" for c in event["crcs"] if c not in units]
        problems += [f"{where}: unknown owner {o!r}" for o in event["owners"] if o not in owners]
    documents = sorted(p.name for p in (HERE / "documents").iterdir())
    without_gold = [d for d in documents if not any(e["doc"] == f"documents/{d}" for e in gold)]
    problems += [f"documents/{d}: no gold events" for d in without_gold]
    for problem in problems:
        print(problem)
    print(
        f"{len(units)} franchises, {len(owners)} owners; {len(documents)} documents, "
        f"{len(gold)} gold events ({sum(e['key'] for e in gold)} key); "
        f"{len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
