"""Reading speed of generated documents against a baseline measured in the same run.

read_document on a 100-page PDF and on 2 MB HTML pages (a saved news page, mostly scripts and
menus, and a worst case of 2 MB of paragraphs), each against the same bytes read naively: the
PDF's raw text with pypdf (no lines, no sentences), the HTML with Path.read_text and str.split.
Target: every document read in under a second. Times are the best of three runs, as the
machine may be shared. From a git worktree, PYTHONPATH=. makes it measure the worktree's code.

    PYTHONPATH=. .venv/bin/python benchmarks/reading.py [--pages 100] [--megabytes 2]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from timeline.extraction.documents import read_document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from factories import pdf_bytes  # noqa: E402

SENTENCE = (
    "On {n} February 2015 Sodexo took over the Community Rehabilitation Company for "
    "Northumbria, the Ministry of Justice said in a statement."
)


def _pdf(pages: int) -> bytes:
    line = "On {n} February 2015 Sodexo took over the CRC for Northumbria, the ministry said."
    lines = [line.format(n=n % 28 + 1) for n in range(45)]
    return pdf_bytes(["\n".join(lines)] * pages, title="Benchmark", created="20190215120000Z")


def _head() -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Probation news</title>\n'
        '<meta property="og:site_name" content="Herald">\n'
        '<meta name="author" content="Jane Smith">\n'
        '<meta property="article:published_time" content="2019-02-15">\n'
        '<link rel="canonical" href="https://herald.example/news/probation">\n'
    )


def _saved_news_page(size: int) -> str:
    """Give a news page as a browser saves it: scripts, styles, menus and 120 paragraphs."""
    article = "".join(f"<p>{SENTENCE.format(n=n % 28 + 1)}</p>\n" for n in range(120))
    menu = "".join(f'<li><a href="/s{n}">Section {n}</a></li>\n' for n in range(200))
    related = "".join(f'<li><a href="/r{n}">Related story {n}</a></li>\n' for n in range(100))
    body = (
        f"<body>\n<nav><ul>\n{menu}</ul></nav>\n<article>\n<h1>Probation news</h1>\n{article}"
        f"</article>\n<aside><h2>Related articles</h2><ul>\n{related}</ul></aside>\n"
    )
    style = "<style>\n" + ".c{color:red}\n" * 20_000 + "</style>\n</head>\n"
    page = _head() + style + body
    data = '{"k": "value", "n": 12345}, '
    script = "<script>var data = [" + data * ((size - len(page)) // len(data)) + "];</script>\n"
    return page + script + "</body>\n</html>\n"


def _paragraphs_page(size: int) -> str:
    """Give a page of nothing but paragraphs and headings: the worst case for reading."""
    parts = [_head(), "</head>\n<body>\n<article>\n<h1>Probation news</h1>\n"]
    length, n = 0, 0
    while length < size:
        part = f"<h2>Section {n}</h2>\n" if n % 10 == 0 else ""
        part += f'<p>Paragraph {n}: {SENTENCE.format(n=n % 28 + 1)} <a href="/x">More</a>.</p>\n'
        parts.append(part)
        length += len(part)
        n += 1
    return "".join(parts) + "</article>\n</body>\n</html>\n"


def _time(function, *args, runs: int = 3) -> tuple[float, object]:
    """Give the best time of runs calls of function(*args), and its result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def _pdf_baseline(path: Path) -> object:
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


def _html_baseline(path: Path) -> object:
    return path.read_text(encoding="utf-8").split()


def _report(label: str, path: Path, baseline) -> float:
    read_document(path)  # warm: imports, the chrome data, regex caches
    seconds, document = _time(read_document, path)
    base, _ = _time(baseline, path)
    sentences = sum(len(post.sentences) for post in document.posts)
    verdict = "ok" if seconds < 1 else "SLOWER THAN 1 s"
    print(
        f"{label:34} {path.stat().st_size / 2**20:5.2f} MiB  {seconds:6.3f} s  "
        f"{sentences:6,} sentences  baseline {base:6.3f} s  ratio {seconds / base:7.1f}x  {verdict}"
    )
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages of the PDF")
    parser.add_argument("--megabytes", type=float, default=2, help="size of the HTML pages")
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        pdf = directory / "report.pdf"
        pdf.write_bytes(_pdf(args.pages))
        news = directory / "news.html"
        news.write_text(_saved_news_page(size), encoding="utf-8")
        paragraphs = directory / "paragraphs.html"
        paragraphs.write_text(_paragraphs_page(size), encoding="utf-8")
        print("document                            size       read   sentences     naive read")
        slowest = max(
            _report(f"PDF, {args.pages} pages (baseline pypdf)", pdf, _pdf_baseline),
            _report("HTML, saved news page (read+split)", news, _html_baseline),
            _report("HTML, all paragraphs (read+split)", paragraphs, _html_baseline),
        )
    print(f"slowest: {slowest:.3f} s (target < 1 s)")
    return 0 if slowest < 1 else 1


if __name__ == "__main__":
    sys.exit(main())
