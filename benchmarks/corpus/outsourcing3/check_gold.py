"""Check the outsourcing3 corpus: gold evidence is verbatim, docs exist, manifest matches files.

Run from anywhere:  python3 benchmarks/corpus/outsourcing3/check_gold.py
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
PREFIX = "t"
SPLITS = ("dev",)  # this folder has a development split only
KINDS = {"news", "press_release", "report", "statement", "union_circular", "blog", "other"}


def main() -> int:
    errors = []
    ids = set()
    gold_post = {}
    texts = {}
    counts = {}
    for split in SPLITS:
        items = yaml.safe_load((HERE / f"gold-{split}.yaml").read_text(encoding="utf-8"))
        for it in items:
            where = f"gold-{split}.yaml {it.get('id')}"
            if list(it) != KEYS:
                errors.append(f"{where}: keys {list(it)}")
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
            if not str(it["id"]).startswith(PREFIX) or not str(it["id"])[len(PREFIX) :].isdigit():
                errors.append(f"{where}: id does not have the prefix {PREFIX!r} and a number")
            if not isinstance(it["key"], bool):
                errors.append(f"{where}: key is not true/false")
            for field in ("crcs", "owners"):
                if not isinstance(it[field], list):
                    errors.append(f"{where}: {field} is not a list")
            if not it["evidence"].strip() or not it["how_dated"].strip():
                errors.append(f"{where}: empty evidence or how_dated")
            gold_post[it["doc"]] = gold_post.get(it["doc"], set()) | {it["post_date"]}
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
        if (doc["date_rule"] == "none") != (doc["reference_date"] is None):
            errors.append(f"documents.yaml {f}: date_rule none must go with a null reference_date")
        if (
            doc["reference_date"] is not None
            and doc["precision"] == "month"
            and doc["reference_date"].day != 1
        ):
            errors.append(f"documents.yaml {f}: month precision but day != 01")
        if not f.endswith("." + doc["format"]):
            errors.append(
                f"documents.yaml {f}: format {doc['format']} does not match the file name"
            )
        posts = gold_post.get(f, set())
        if posts and posts != {doc["reference_date"]}:
            errors.append(f"documents.yaml {f}: gold post_date {posts} differs from reference_date")
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
