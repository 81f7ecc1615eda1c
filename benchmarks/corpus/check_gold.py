"""Check a benchmark corpus: gold evidence is verbatim, docs exist, the manifest matches files.

Every corpus under benchmarks/corpus/ has the same layout (documents.yaml, gold-<split>.yaml,
<split>/ documents) and its own check_gold.py, which calls run() here with its splits and id
prefix. Checked: the gold items' keys, ids (unique; with a prefix, numbered from 001 in order),
types, titles of 80 characters at most, dates at their precision, evidence found verbatim in its
document (and, in an HTML page, in its visible text); the manifest's files, kinds, date rules,
formats and date texts; every document listed and given gold. strict adds: each item's
post_date is its document's reference_date and no event is dated after its document.

    python3 benchmarks/corpus/<corpus>/check_gold.py
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

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


class _VisibleText(HTMLParser):
    """The visible text of an HTML page: no tags, scripts, styles or head; entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style", "head")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _visible(raw: str) -> str:
    parser = _VisibleText()
    parser.feed(raw)
    parser.close()
    return _spaced(" ".join(parser.parts))


def _item_problems(item: dict, split: str, here: Path, texts: dict[str, str]) -> list[str]:
    """Give what is wrong with one gold item (and read its document into texts)."""
    problems = []
    if list(item) != KEYS:
        problems.append(f"keys {list(item)}")
    if not isinstance(item["key"], bool):
        problems.append("key is not true/false")
    if not all(isinstance(item[field], list) for field in ("crcs", "owners")):
        problems.append("crcs or owners is not a list")
    if not item["doc"].startswith(split + "/"):
        problems.append(f"doc not in {split}/")
    if item["type"] not in TYPES:
        problems.append(f"bad type {item['type']}")
    if not item["title"] or len(item["title"]) > 80:
        problems.append("title empty or longer than 80 characters")
    problems += _date_problems(item)
    path = here / item["doc"]
    if not path.is_file():
        return [*problems, f"missing doc {item['doc']}"]
    text = texts.setdefault(item["doc"], _document_text(path))
    if item["evidence"] not in text:
        problems.append(f"evidence not found verbatim: {item['evidence'][:70]!r}")
    elif item["doc"].endswith(".html") and _spaced(item["evidence"]) not in _visible(text):
        problems.append(f"evidence not in the page's visible text: {item['evidence'][:70]!r}")
    return problems


def _document_text(path: Path) -> str:
    """Give a document's text; a PDF's text layer with its lines joined as a reader joins them
    (a space between lines, a word hyphenated at a line's end made whole)."""
    if path.suffix.lower() != ".pdf":
        return path.read_text(encoding="utf-8")
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    text = "\n".join(pages)
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def _date_problems(item: dict) -> list[str]:
    date, precision = item["date"], item["precision"]
    if not isinstance(date, dt.date):
        return ["date is not ISO"]
    if precision not in ("day", "month", "year"):
        return ["bad precision"]
    first = {"day": date, "month": date.replace(day=1), "year": date.replace(month=1, day=1)}
    if date != first[precision]:
        return [f"{precision} precision but not the first day of the {precision}"]
    if item["post_date"] is not None and not isinstance(item["post_date"], dt.date):
        return ["post_date is not ISO or null"]
    return []


def _strict_problems(item: dict, reference: dict, coarse: set[str]) -> list[str]:
    """Give the checks of a corpus written with its manifest: dates agree with it (a document
    dated only to a month may report any day of that month)."""
    problems = []
    stated = reference.get(item["doc"], item["post_date"])
    if item["post_date"] != stated:
        problems.append(f"post_date {item['post_date']} != manifest date {stated}")
    posted, date = item["post_date"], item["date"]
    if isinstance(posted, dt.date) and isinstance(date, dt.date) and date > posted:
        month_wide = item["precision"] != "day" or item["doc"] in coarse
        if not (month_wide and posted.replace(day=1) == date.replace(day=1)):
            problems.append("event dated after its document")
    return problems


def _manifest_problems(manifest: list[dict], here: Path, splits: tuple[str, ...]) -> list[str]:
    problems = []
    for doc in manifest:
        name, path = doc["file"], here / doc["file"]
        if not path.is_file():
            problems.append(f"documents.yaml: missing file {name}")
            continue
        if doc["date_rule"] not in DATE_RULES or doc["kind"] not in KINDS:
            problems.append(f"documents.yaml {name}: bad date_rule or kind")
        if "format" in doc and doc["format"] != path.suffix.lstrip("."):
            problems.append(f"documents.yaml {name}: format does not match the file name")
        text = _document_text(path)
        if doc["date_text"] is not None and doc["date_text"] not in text:
            problems.append(f"documents.yaml {name}: date_text not found verbatim")
    listed = {doc["file"] for doc in manifest}
    on_disk = {str(p.relative_to(here)) for split in splits for p in (here / split).iterdir()}
    problems += [f"documents.yaml: file not listed: {name}" for name in sorted(on_disk - listed)]
    problems += [f"documents.yaml: not on disk: {name}" for name in sorted(listed - on_disk)]
    return problems


def run(
    here: Path, splits: tuple[str, ...], prefix: str | None = None, strict: bool = False
) -> int:
    """Check the corpus in here; print what is wrong and the counts; give the exit status."""
    manifest = yaml.safe_load((here / "documents.yaml").read_text(encoding="utf-8"))
    reference = {doc["file"]: doc["reference_date"] for doc in manifest}
    coarse = {doc["file"] for doc in manifest if doc.get("precision") not in (None, "day")}
    errors, texts, seen = _manifest_problems(manifest, here, splits), {}, set()
    for split in splits:
        items = yaml.safe_load((here / f"gold-{split}.yaml").read_text(encoding="utf-8"))
        for item in items:
            problems = _item_problems(item, split, here, texts)
            problems += _strict_problems(item, reference, coarse) if strict else []
            if item["id"] in seen:
                problems.append("duplicate id")
            if prefix and item["id"] != f"{prefix}{len(seen) + 1:03d}":
                problems.append(f"id out of sequence (expected {prefix}{len(seen) + 1:03d})")
            seen.add(item["id"])
            errors += [f"gold-{split}.yaml {item['id']}: {problem}" for problem in problems]
        keys = sum(1 for item in items if item["key"] is True)
        print(f"{split}: {len(items)} gold events, {keys} key")
    documents = {str(p.relative_to(here)) for split in splits for p in (here / split).iterdir()}
    errors += [f"no gold events for {name}" for name in sorted(documents - set(texts))]
    for error in errors:
        print("ERROR:", error)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0
