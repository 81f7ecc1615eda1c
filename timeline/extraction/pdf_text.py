"""PDF files as lines of text, each numbered by its page, and their title and creation date."""

from __future__ import annotations

import datetime as dt
import io
import logging

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
    lines: list[Line] = []
    for number in range(1, min(count, MAX_PDF_PAGES) + 1):
        text = (pages[number - 1].extract_text() or "")[:_MAX_PAGE_CHARS]
        lines += [Line(number, line) for line in text.replace("\r", "\n").split("\n")]
        lines.append(Line(number, ""))  # a page ends a paragraph
    if all(line.blank for line in lines):
        raise DocumentError(
            f"{name}: PDF with no text layer (scanned pages need OCR first); skipped"
        )
    meta = _metadata(reader)
    return Reading(lines, meta.title, meta)


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
