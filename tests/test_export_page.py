"""export_page.py and narrative.py through `timeline export`: printable pages and the narrative.

Pages are drawn in Chromium (kaleido): those tests are marked browser.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner
from factories import make_event

from timeline.cli import main
from timeline.model import Source
from timeline.view.export import ExportOptions, export_events
from timeline.view.export_page import page_px, with_dpi
from timeline.view.filters import EventFilter
from timeline.view.narrative import narrative_groups, narrative_html, narrative_markdown

A4_POINTS = (841.89, 595.28)
LETTER_POINTS = (792.0, 612.0)


def _png_size_and_dpi(png: bytes) -> tuple[int, int, float]:
    width, height = struct.unpack(">II", png[16:24])
    at = png.index(b"pHYs")
    per_metre, _, unit = struct.unpack(">IIB", png[at + 4 : at + 13])
    assert unit == 1
    return width, height, per_metre * 0.0254


@pytest.mark.browser
@pytest.mark.parametrize(("page", "points"), [("a4", A4_POINTS), ("letter", LETTER_POINTS)])
def test_export_page_pdf_is_the_landscape_page(views_vocabulary, tmp_path: Path, page, points):
    events = [make_event(f"e{i}", f"2019-02-{10 + i}", crcs=["Wales"]) for i in range(5)]
    out = tmp_path / "page.pdf"
    export_events(events, views_vocabulary, out, options=ExportOptions(page=page))
    (sheet,) = pypdf.PdfReader(out).pages
    assert float(sheet.mediabox.width) == pytest.approx(points[0], abs=1)
    assert float(sheet.mediabox.height) == pytest.approx(points[1], abs=1)


@pytest.mark.browser
@pytest.mark.parametrize(
    "events",
    [
        [],
        [make_event(f"d{i}", "2019-02-15", crcs=["Wales"]) for i in range(200)],
        [make_event("t", "2019-02-15", title="x" * 500, crcs=["Wales"])],
        [make_event("e", "2019-02-15", title="🦉", crcs=["Wales"])],
    ],
    ids=["no-events", "200-one-day", "500-char-title", "emoji-title"],
)
def test_export_page_png_is_300_dpi_a4_for_any_input(views_vocabulary, tmp_path: Path, events):
    out = tmp_path / "page.png"
    export_events(events, views_vocabulary, out, options=ExportOptions(page="a4", title="x" * 500))
    width, height, dpi = _png_size_and_dpi(out.read_bytes())
    assert dpi == pytest.approx(300, abs=0.5)
    assert (width, height) == (
        round(page_px("a4")[0] * 300 / 96),
        round(page_px("a4")[1] * 300 / 96),
    )


def test_with_dpi_replaces_an_earlier_resolution():
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + bytes(13) + bytes(4)
    twice = with_dpi(with_dpi(png, 72), 300)
    assert twice.count(b"pHYs") == 1
    assert _png_size_and_dpi(twice + bytes(8))[2] == pytest.approx(300, abs=0.5)


def test_narrative_groups_by_year_then_month_in_date_order(views_vocabulary):
    events = [
        make_event("b", "2019-02-15", crcs=["Dorset, Devon and Cornwall", "Wales"]),
        make_event("a", "2019"),
        make_event("c", "2018-11-02"),
    ]
    groups = narrative_groups(events, views_vocabulary)
    assert [(g.year, [m.month for m in g.months]) for g in groups] == [
        (2018, ["November"]),
        (2019, ["", "February"]),
    ]
    (item,) = groups[1].months[1].items
    assert item.crcs == ("Dorset, Devon and Cornwall", "Wales")
    assert item.date == "15 Feb 2019"


def test_narrative_links_the_original_address_and_escapes_text(views_vocabulary):
    source = Source(document="a.txt", quote="<b>quoted</b>", url="https://example.org/post")
    events = [make_event("x", "2019-02-15", title="<script>", sources=[source])]
    page = narrative_html(events, views_vocabulary, "T", "1 event")
    assert '<a href="https://example.org/post"' in page
    assert "<script>" not in page and "&lt;b&gt;quoted" in page
    markdown = narrative_markdown(events, views_vocabulary, "T", "1 event")
    assert "(https://example.org/post)" in markdown
    assert "## 2019" in markdown and "### February 2019" in markdown


def test_narrative_of_nothing_says_so(views_vocabulary, tmp_path: Path):
    out = tmp_path / "n.md"
    export_events([], views_vocabulary, out, flt=EventFilter(search="nothing"))
    assert "No events match these filters." in out.read_text()


@pytest.mark.browser
def test_export_cli_pdf_is_an_a4_page_unless_letter(tmp_path: Path):
    shipped = Path(__file__).resolve().parent.parent / "events.yaml"
    for extra, points in (([], A4_POINTS), (["--page", "letter"], LETTER_POINTS)):
        out = tmp_path / "out.pdf"
        result = CliRunner().invoke(main, ["export", str(out), str(shipped), *extra])
        assert result.exit_code == 0, result.output
        (sheet,) = pypdf.PdfReader(out).pages
        assert float(sheet.mediabox.width) == pytest.approx(points[0], abs=1)
        assert float(sheet.mediabox.height) == pytest.approx(points[1], abs=1)
