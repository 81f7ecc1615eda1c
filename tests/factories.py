"""Small builders shared by test modules: events for the views, reports for the merge, PDF
files for reading."""

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from dash import Dash
from werkzeug.serving import make_server

from timeline.errors import DocumentError
from timeline.extraction.documents import (
    Document,
    Post,
    Sentence,
    document_name,
    read_document,
)
from timeline.extraction.events import Candidate
from timeline.model import Event, Source
from timeline.partial_date import PartialDate


def make_event(event_id: str, date: str, **fields) -> Event:
    """Give an event with a type and title unless the test names them."""
    fields.setdefault("type", "report_published")
    fields.setdefault("title", event_id.replace("-", " "))
    return Event(id=event_id, date=date, **fields)


def pdf_bytes(
    pages: list[str], *, title: str | None = None, created: str | None = None, text: bool = True
) -> bytes:
    """Give a PDF whose pages show the given text (lines split at \\n) in Helvetica.

    created is a PDF date body ("20190215120000Z"); text=False draws no text (a scanned page).
    Hand-built so a test can also break it: objects, then the cross-reference table.
    """

    def escaped(value: str) -> str:
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, page in enumerate(pages):
        shown = " ".join(f"({escaped(line)}) Tj T*" for line in page.split("\n"))
        content = f"BT /F1 11 Tf 14 TL 72 770 Td {shown} ET" if text else "0 0 m 9 9 l S"
        data = content.encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data))
    info = [f"/Title ({escaped(title)})"] if title else []
    info += [f"/CreationDate (D:{created})"] if created else []
    return pdf_of_objects([*objects, ("<< " + " ".join(info) + " >>").encode()])


def pdf_of_objects(objects: list[bytes]) -> bytes:
    """Give a PDF of the numbered objects: the first is the catalog, the last the info dict."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref,
    )
    return bytes(out)


def assert_one_line_error(path: Path, message: str) -> None:
    """Assert that reading path fails with one line that names the file and says message."""
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    text = str(raised.value)
    assert "\n" not in text
    assert text.startswith(f"{document_name(path)}: ")
    assert message in text


def extracted(event_id: str, title: str = "Found by the extractor", **fields) -> Event:
    """Give an event as the extractor writes it: digest stamped, so unedited."""
    fields.setdefault("date", "2019-02-15")
    fields.setdefault("type", "company_collapsed")
    fields.setdefault("sources", [Source(document=f"documents/{event_id}.txt", line=2)])
    event = Event(id=event_id, title=title, **fields)
    return event.model_copy(update={"digest": event.content_digest()})


@contextmanager
def served(app: Dash) -> Iterator[str]:
    """Serve app from a thread on a free port; give its address until the block ends."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per poll is noise
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}/"
    finally:
        server.shutdown()
        thread.join(timeout=5)


# A row's name as the browser draws it: a name wrapped on two lines is read as one.
ROW_NAMES_JS = (
    "texts => texts.map(text => {"
    " const lines = Array.from(text.querySelectorAll('tspan.line'));"
    " return lines.length ? lines.map(line => line.textContent).join(' ') : text.textContent; })"
)


def sentence_candidates(recogniser, text: str, posted: dt.date) -> list:
    """Give the candidate events the frame extractor finds in one sentence of a post of that
    day, which names no one in its title."""
    post = Post(title="A post", post_date=posted, line=1, sentences=[], comments=[])
    return recogniser.sentence_candidates(Sentence(text, 3), post, "doc.txt", no_subject(), False)


def merge_candidate(
    date,
    evidence="post",
    type_="company_collapsed",
    owners=("Working Links",),
    crcs=(),
    national=False,
    document="a.txt",
    line=1,
    title="Working Links collapses",
):
    """Give one report of a happening, as the merge is given them: by default a Working Links
    collapse told in a post of that date."""
    return Candidate(
        type=type_,
        date=PartialDate.parse(date),
        evidence=evidence,
        title=title,
        crcs=tuple(crcs),
        owners=tuple(owners),
        national=national,
        rating=None,
        source=Source(
            document=document,
            post_date=date if len(date) == 10 else None,
            line=line,
            quote=f"{title} ({document}:{line})",
        ),
    )


# The frame extractor's tests: one sentence told in a post of 15 February 2019.
FRAME_POST = Post(title="A post", post_date=dt.date(2019, 2, 15), line=1, sentences=[], comments=[])
WORKING_LINKS_CRCS = {
    "Bristol, Gloucestershire, Somerset and Wiltshire",
    "Dorset, Devon and Cornwall",
    "Wales",
}


def frame_recogniser(vocabulary):
    """Give a frame extractor of its own (for a test that changes or compiles one)."""
    from timeline.extraction.frame_events import FrameRecogniser

    return FrameRecogniser(vocabulary)


def no_subject():
    """Give a post subject naming no one."""
    from timeline.extraction.frame_events import Subject

    return Subject()


def post_of(title, *texts):
    """Give the frame tests' post with this title and these sentences, one a line."""
    sentences = [Sentence(text, line) for line, text in enumerate(texts, start=1)]
    return replace(FRAME_POST, title=title, sentences=sentences)


def document_of(post):
    """Give a document of one post, as the frame tests read it."""
    return Document(Path("doc.txt"), "doc.txt", [post], [])


def frame_found(recogniser, text, subject=None):
    """Give the frame extractor's candidates for one sentence of the frame tests' post."""
    subject = subject if subject is not None else no_subject()
    return recogniser.sentence_candidates(
        Sentence(text, 3), FRAME_POST, "doc.txt", subject, lead=False
    )
