"""Check the probation3 corpus: gold evidence is verbatim, docs exist, manifest matches files.

Also checks, for HTML documents, that each evidence string occurs in the page's visible text (tags,
scripts and styles removed, entities decoded, whitespace collapsed); that ids carry the prefix s and
are numbered from s001; that each item's post_date is the manifest's reference_date for its doc;
that no event is dated after its document; and that keys, types, precisions and dates are well
formed.

Run from anywhere:  python3 benchmarks/corpus/probation3/check_gold.py
"""

import datetime as dt
import re
import sys
from html.parser import HTMLParser
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
KINDS = {"news", "press_release", "report", "statement", "union_circular", "blog", "other"}
SPLITS = ("dev",)
PREFIX = "s"


class _Text(HTMLParser):
    """Visible text of an HTML page: no tags, scripts or styles; entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    p.close()
    return norm(" ".join(p.parts))


def main() -> int:
    errors = []
    ids = set()
    texts = {}
    counts = {}
    manifest = yaml.safe_load((HERE / "documents.yaml").read_text(encoding="utf-8"))
    refdate = {d["file"]: d["reference_date"] for d in manifest}
    n = 0
    for split in SPLITS:
        items = yaml.safe_load((HERE / f"gold-{split}.yaml").read_text(encoding="utf-8"))
        for it in items:
            where = f"gold-{split}.yaml {it.get('id')}"
            if list(it) != KEYS:
                errors.append(f"{where}: keys {list(it)}")
            if it["id"] in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(it["id"])
            n += 1
            if it["id"] != f"{PREFIX}{n:03d}":
                errors.append(f"{where}: id out of sequence (expected {PREFIX}{n:03d})")
            if not isinstance(it["key"], bool):
                errors.append(f"{where}: key is not true/false")
            if it["doc"] in refdate and it["post_date"] != refdate[it["doc"]]:
                stated = refdate[it["doc"]]
                errors.append(f"{where}: post_date {it['post_date']} != manifest date {stated}")
            if not it["how_dated"] or not it["title"]:
                errors.append(f"{where}: empty title or how_dated")
            for f in ("crcs", "owners"):
                if not isinstance(it[f], list):
                    errors.append(f"{where}: {f} is not a list")
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
            if it["doc"].endswith(".html") and norm(it["evidence"]) not in html_text(text):
                errors.append(
                    f"{where}: evidence not in the page's visible text: {it['evidence'][:70]!r}"
                )
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
            elif (
                isinstance(d, dt.date)
                and it["post_date"] is not None
                and d > it["post_date"]
                and not (
                    it["precision"] != "day" and it["post_date"].replace(day=1) == d.replace(day=1)
                )
            ):
                errors.append(f"{where}: event dated after its document")
            counts.setdefault(split, [0, 0])
            counts[split][0] += 1
            counts[split][1] += bool(it["key"])

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
        if doc.get("format") != Path(f).suffix.lstrip("."):
            errors.append(
                f"documents.yaml {f}: format {doc.get('format')} does not match the file name"
            )
        if doc["date_rule"] == "none" and doc["date_text"] is not None:
            errors.append(f"documents.yaml {f}: date_rule none but a date_text")
        text = path.read_text(encoding="utf-8")
        if doc["date_text"] is not None and doc["date_text"] not in text:
            errors.append(f"documents.yaml {f}: date_text not found verbatim")
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
