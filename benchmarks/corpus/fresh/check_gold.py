"""Check the fresh held-back corpus: gold evidence is verbatim, docs exist, manifest matches files.

Run from anywhere:  python3 benchmarks/corpus/fresh/check_gold.py
This corpus has a test split only (test/, gold-test.yaml), ids f001...
"""

import datetime as dt
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TYPES = {
    "contract_awarded",
    "contract_terminated",
    "ownership_changed",
    "company_collapsed",
    "report_published",
    "policy_announced",
    "service_restructured",
    "legal_action",
    "industrial_action",
    "job_cuts",
    "appointment",
    "funding_changed",
    "pay_deal",
    "parliamentary",
    "campaign_launched",
}
KEYS = [
    "id",
    "doc",
    "post_date",
    "date",
    "precision",
    "type",
    "title",
    "crcs",
    "owners",
    "key",
    "evidence",
    "how_dated",
]
DATE_RULES = {"front_matter", "html_meta", "byline", "self_statement", "url", "none"}
SPLITS = ("test",)
ID_PREFIX = "f"
KINDS = {"news", "press_release", "report", "statement", "union_circular", "blog", "other"}


def main() -> int:
    errors = []
    ids = set()
    texts = {}
    counts = {}
    all_items = []
    for split in SPLITS:
        items = yaml.safe_load((HERE / f"gold-{split}.yaml").read_text(encoding="utf-8"))
        all_items.extend(items)
        for it in items:
            where = f"gold-{split}.yaml {it.get('id')}"
            if list(it) != KEYS:
                errors.append(f"{where}: keys {list(it)}")
            if not (
                isinstance(it["id"], str)
                and it["id"].startswith(ID_PREFIX)
                and it["id"][1:].isdigit()
            ):
                errors.append(f"{where}: id must be {ID_PREFIX} followed by digits")
            if not isinstance(it["key"], bool):
                errors.append(f"{where}: key is not true/false")
            if not isinstance(it["crcs"], list) or not isinstance(it["owners"], list):
                errors.append(f"{where}: crcs/owners must be lists")
            if it["id"] in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(it["id"])
            if not it["doc"].startswith(split + "/"):
                errors.append(f"{where}: doc not in {split}/")
            path = HERE / it["doc"]
            if not path.is_file():
                errors.append(f"{where}: missing doc {it['doc']}")
                continue
            text = texts.setdefault(it["doc"], path.read_text(encoding="utf-8"))
            if it["evidence"] not in text:
                errors.append(f"{where}: evidence not found verbatim: {it['evidence'][:70]!r}")
            elif text.count(it["evidence"]) > 1:
                print(f"note: {where}: evidence occurs {text.count(it['evidence'])} times")
            if it["type"] not in TYPES:
                errors.append(f"{where}: bad type {it['type']}")
            if len(it["title"]) > 80:
                errors.append(f"{where}: title longer than 80 characters")
            d = it["date"]
            if not isinstance(d, dt.date):
                errors.append(f"{where}: date is not ISO")
            elif it["precision"] == "month" and d.day != 1:
                errors.append(f"{where}: month precision but day != 01")
            elif it["precision"] == "year" and (d.month, d.day) != (1, 1):
                errors.append(f"{where}: year precision but not January 1")
            elif it["precision"] not in ("day", "month", "year"):
                errors.append(f"{where}: bad precision")
            if it["post_date"] is not None and not isinstance(it["post_date"], dt.date):
                errors.append(f"{where}: post_date is not ISO or null")
            counts.setdefault(split, [0, 0])
            counts[split][0] += 1
            counts[split][1] += bool(it["key"])

    manifest = yaml.safe_load((HERE / "documents.yaml").read_text(encoding="utf-8"))
    listed = set()
    for doc in manifest:
        f = doc["file"]
        listed.add(f)
        path = HERE / f
        if not path.is_file():
            errors.append(f"documents.yaml: missing file {f}")
            continue
        if doc["date_rule"] not in DATE_RULES:
            errors.append(f"documents.yaml {f}: bad date_rule")
        if doc["kind"] not in KINDS:
            errors.append(f"documents.yaml {f}: bad kind")
        text = path.read_text(encoding="utf-8")
        if doc["date_text"] is not None and doc["date_text"] not in text:
            errors.append(f"documents.yaml {f}: date_text not found verbatim")
        ref = doc["reference_date"]
        if ref is not None and not isinstance(ref, dt.date):
            errors.append(f"documents.yaml {f}: reference_date is not ISO or null")
        if doc["precision"] not in ("day", "month", "year", None):
            errors.append(f"documents.yaml {f}: bad precision")
        for it in all_items:
            if it["doc"] == f and it["post_date"] != ref:
                errors.append(
                    f"gold {it['id']}: post_date {it['post_date']} != reference_date {ref} of {f}"
                )
    on_disk = {str(p.relative_to(HERE)) for s in SPLITS for p in (HERE / s).iterdir()}
    for f in sorted(on_disk - listed):
        errors.append(f"documents.yaml: file not listed: {f}")
    for f in sorted(listed - on_disk):
        errors.append(f"documents.yaml: listed file not on disk: {f}")
    docs_with_gold = set(texts)
    for f in sorted(on_disk - docs_with_gold):
        errors.append(f"no gold events for {f}")

    for e in errors:
        print("ERROR:", e)
    for split, (n, k) in sorted(counts.items()):
        print(f"{split}: {n} gold events, {k} key")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
