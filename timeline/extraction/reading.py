"""Any document file as numbered lines and metadata: text, Markdown, HTML or PDF, by its bytes.

The file's contents decide, not its name: a PDF named .html is read as a PDF, an HTML page
named .txt as HTML. Page chrome is dropped, and a document not in English is refused.
Control characters and noncharacters become spaces, so no event carries one into events.yaml
(which refuses them) and offsets within a line stay the same.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path

from timeline.characters import FORBIDDEN, blanked
from timeline.errors import DocumentError
from timeline.extraction.document_meta import DocumentMeta, Reading
from timeline.extraction.html_text import read_html
from timeline.extraction.page_chrome import drop_chrome
from timeline.extraction.pdf_text import is_pdf, read_pdf
from timeline.extraction.plain_text import decode_text, looks_like_html, read_bytes, text_lines

HTML_SUFFIXES = (".html", ".htm")
# The commonest English words: they make up a third or more of any English prose, and only a
# few per cent of French, German or Spanish (where "a", "on", "in" or "die" are words too).
_ENGLISH_WORDS = (
    "the of and to a in is that for it was on with as by at be this have from or are has had"
    " not but an were which will its their been they he she we would said after who more than"
    " also into over his her our there about when can could up new all one"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_LANGUAGE_SAMPLE_WORDS = 2_000
_LANGUAGE_MIN_WORDS = 50
_MIN_ENGLISH_SHARE = 0.10
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPT = re.compile(rb"<script\b", re.IGNORECASE)


def read_lines(path: Path, name: str, warnings: list[str]) -> Reading:
    """Give the document at path as lines with its title and metadata; DocumentError if unfit."""
    data = read_bytes(path, name)
    suffix = path.suffix.lower()
    if is_pdf(data):
        if suffix != ".pdf":
            warnings.append(f"{name}: a PDF file named {suffix or 'without a suffix'}; read as PDF")
        reading = read_pdf(data, name, warnings)
    elif suffix == ".pdf":
        raise DocumentError(f"{name}: not a PDF (no %PDF- header); skipped")
    else:
        text = decode_text(data, name, warnings)
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            reading = read_html(text)
            if all(line.blank for line in reading.lines) and _SCRIPT.search(data):
                raise DocumentError(
                    f"{name}: no text outside scripts (a page drawn by JavaScript?); skipped"
                )
        else:
            reading = Reading(text_lines(text, markdown=suffix == ".md"))
    reading.lines = drop_chrome(reading.lines)
    _check_english(reading, name)
    return _blanked(reading)


def _blanked(reading: Reading) -> Reading:
    """Give reading with every forbidden character in its lines, title and metadata a space."""
    reading.lines = [
        replace(line, text=blanked(line.text)) if FORBIDDEN.search(line.text) else line
        for line in reading.lines
    ]
    reading.title = blanked(reading.title) if reading.title else reading.title
    reading.meta = _blanked_meta(reading.meta)
    return reading


def _blanked_meta(meta: DocumentMeta) -> DocumentMeta:
    texts = {item.name: getattr(meta, item.name) for item in fields(meta)}
    return replace(
        meta, **{key: blanked(value) for key, value in texts.items() if isinstance(value, str)}
    )


def english_share(reading: Reading) -> tuple[float, int]:
    """Give the share of common English words among the first words, and how many were read."""
    words: list[str] = []
    for line in reading.lines:
        words += _WORD.findall(line.text.lower())
        if len(words) >= _LANGUAGE_SAMPLE_WORDS:
            break
    words = words[:_LANGUAGE_SAMPLE_WORDS]
    english = sum(word in _ENGLISH for word in words)
    return english / max(len(words), 1), len(words)


def _check_english(reading: Reading, name: str) -> None:
    share, words = english_share(reading)
    if words >= _LANGUAGE_MIN_WORDS and share < _MIN_ENGLISH_SHARE:
        raise DocumentError(
            f"{name}: not in English ({share:.0%} common English words in the first "
            f"{words:,} words); skipped"
        )
