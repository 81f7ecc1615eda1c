"""PDF files as lines of text, each numbered by its page, and their title and creation date."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

from pypdf import PdfReader, apply_configuration
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PyPdfError

from timeline.errors import DocumentError
from timeline.extraction.document_meta import DocumentMeta, Reading
from timeline.extraction.sentences import Line, normalised

PDF_MAGIC = b"%PDF-"
# A report runs to a few hundred pages; more is a PDF bomb or not something to read whole.
MAX_PDF_PAGES = 2_000
# A page tree bigger than this (pages and the nodes above them) is a bomb: refused, not capped.
MAX_PAGE_TREE_ENTRIES = 50_000
# The text of a page when printed from a browser or word processor fills well under this.
_MAX_PAGE_CHARS = 200_000

# pypdf logs every repaired cross-reference table; the warnings the run reports are ours.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def is_pdf(data: bytes) -> bool:
    """Tell whether data is a PDF file, whatever its name says (%PDF- in its first kilobyte)."""
    return PDF_MAGIC in data[:1024]


def read_pdf(data: bytes, name: str, warnings: list[str]) -> Reading:
    """Give the PDF's text lines, each numbered by its page, with its info title and date.

    An encrypted, scanned (no text layer), broken or bomb-like PDF is a DocumentError naming
    the file; one with more than MAX_PDF_PAGES pages is read up to that page, with a warning.
    """
    try:
        with apply_configuration(page_tree_maximum_entries=MAX_PAGE_TREE_ENTRIES):
            return _read(data, name, warnings)
    except DocumentError:
        raise
    except FileNotDecryptedError:
        raise DocumentError(f"{name}: encrypted PDF (needs a password); skipped") from None
    except RecursionError:
        raise DocumentError(f"{name}: PDF nested too deeply to read; skipped") from None
    except LimitReachedError as error:
        raise DocumentError(
            f"{name}: PDF past a safety limit, a PDF bomb? ({_first_line(error)}); skipped"
        ) from None
    except PyPdfError as error:
        raise DocumentError(f"{name}: broken PDF ({_first_line(error)}); skipped") from None
    except Exception as error:  # pypdf meets malformed files with any exception type
        raise DocumentError(
            f"{name}: broken PDF ({type(error).__name__}: {_first_line(error)}); skipped"
        ) from None


def _read(data: bytes, name: str, warnings: list[str]) -> Reading:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise DocumentError(f"{name}: encrypted PDF (needs a password); skipped")
    pages = reader.pages
    count = len(pages)
    if count > MAX_PDF_PAGES:
        warnings.append(
            f"{name}: PDF of {count:,} pages; only the first {MAX_PDF_PAGES:,} are read"
        )
    paged: list[list[Line]] = []
    for number in range(1, min(count, MAX_PDF_PAGES) + 1):
        text = (pages[number - 1].extract_text() or "")[:_MAX_PAGE_CHARS]
        paged.append([Line(number, line) for line in text.replace("\r", "\n").split("\n")])
    kept = _without_running_lines(paged)
    lines = [line for number, page in enumerate(kept, 1) for line in [*page, Line(number, "")]]
    if all(line.blank for line in lines):
        raise DocumentError(
            f"{name}: PDF with no text layer (scanned pages need OCR first); skipped"
        )
    meta = _metadata(reader)
    return Reading(lines, meta.title, meta)


def _without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Give pages without their running heads and feet: a first or last line that two or more
    pages share, numbers aside ("OSRF Briefing Paper 7 | … a chronology", "Page 2 of 5"),
    which would otherwise join the paragraph it breaks; a sentence is never one. The first page
    keeps its own: a cover's lines may tell the document's date."""
    edges: dict[str, int] = {}
    for page in pages:
        for text in {_unnumbered(line.text) for line in _edge_lines(page)}:
            edges[text] = edges.get(text, 0) + 1
    running = {text for text, seen in edges.items() if seen > 1 and not text.endswith(".")}
    return [pages[0], *(_blanked(page, running) for page in pages[1:])] if pages else []


def _blanked(page: list[Line], running: set[str]) -> list[Line]:
    """Give page with its edge lines that run over other pages blank: a page ends a paragraph."""
    edges = [id(line) for line in _edge_lines(page) if _unnumbered(line.text) in running]
    return [Line(line.number, "") if id(line) in edges else line for line in page]


def _edge_lines(page: list[Line]) -> list[Line]:
    """Give a page's first and last lines that hold text."""
    texts = [line for line in page if not line.blank]
    return [*texts[:1], *texts[-1:]] if texts else []


def _unnumbered(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip())


def _metadata(reader: PdfReader) -> DocumentMeta:
    info = reader.metadata
    if info is None:
        return DocumentMeta()
    try:
        created = info.creation_date
    except (ValueError, TypeError):  # a malformed D:YYYYMMDD… string
        created = None
    title = normalised(str(info.title)) if info.title else None
    author = normalised(str(info.author)) if info.author else None
    return DocumentMeta(
        title=title or None,
        created=created.date() if isinstance(created, dt.datetime) else None,
        author=author or None,
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:120] if text else "unreadable"
