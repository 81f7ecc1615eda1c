"""Any document is read by its contents: HTML main text and metadata, PDF pages, page chrome."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from factories import assert_one_line_error, pdf_bytes, pdf_of_objects
from pydantic import ValidationError
from pypdf import PdfReader, PdfWriter

from timeline.errors import DocumentError
from timeline.extraction import html_text, pdf_text
from timeline.extraction.documents import DocumentMeta, document_name, read_document
from timeline.extraction.page_chrome import PageChrome, drop_chrome
from timeline.extraction.pipeline import ExtractOptions, extract
from timeline.extraction.sentences import Line, normalised

D = dt.date
ARTICLE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Working Links enters administration | The Herald</title>
  <meta property="og:title" content="Working Links enters administration">
  <meta property="og:site_name" content="The Herald">
  <meta name="author" content="Jane Smith">
  <meta name="description" content="Working Links, the owner of three community companies">
  <meta property="article:published_time" content="2019-02-15T09:30:00Z">
  <link rel="canonical" href="https://herald.example/news/working-links">
  <script>window.ads = ["Scripts are not text."];</script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
  <div class="share"><a href="#">Share this article</a> <a href="#">Copy link</a></div>
  <div class="advert">Hide Ad</div>
  <article>
    <h1>Working Links enters administration</h1>
    <p>Working Links, the owner of three community rehabilitation companies, has gone into
      administration, the Ministry of Justice said on Friday. Its contracts pass to Seetec.</p>
    <p>The company ran probation services in Wales and in Dorset, Devon and Cornwall, and
      in Bristol, Gloucestershire, Somerset and Wiltshire since February 2015.</p>
    <p>Inspectors had rated its work in Gloucestershire as inadequate in an unusually critical
      report published earlier in the year, and staff had warned of the strain for months.</p>
  </article>
  <aside><h2>Related articles</h2><ul><li><a href="/a">Probation reforms cost more</a></li></ul>
  </aside>
  <footer><p>We use cookies to give you the best experience. Accept all cookies</p></footer>
</body>
</html>
"""
FRENCH = (
    "Le ministère de la Justice a confié la gestion de trois sociétés de probation à Seetec. "
    "Les contrats passent au nouveau propriétaire dès lundi prochain, selon un communiqué. "
) * 10


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _sentences(document):
    return [(s.text, s.line) for post in document.posts for s in post.sentences]


# ---------------------------------------------------------------------------------------------
# HTML main text and metadata


def test_reading_html_main_text_leaves_out_menus_share_buttons_adverts_and_notices(tmp_path):
    document = read_document(_write(tmp_path / "article.html", ARTICLE))
    texts = [text for text, _ in _sentences(document)]
    assert texts[0].startswith("Working Links, the owner of three community")
    assert "Its contracts pass to Seetec." in texts
    for chrome in ["Home", "Share this article", "Copy link", "Hide Ad", "Scripts are not"]:
        assert not any(chrome in text for text in texts), chrome
    assert not any("cookies" in text or "Probation reforms cost" in text for text in texts)


def test_reading_html_sentences_point_at_the_source_line_they_start_on(tmp_path):
    path = _write(tmp_path / "article.html", ARTICLE)
    source = path.read_text().split("\n")
    sentences = _sentences(read_document(path))
    assert ("Its contracts pass to Seetec.", 20) in sentences
    for text, line in sentences:
        assert " ".join(text.split()[:2]) in normalised(source[line - 1]), (text, line)


def test_reading_html_metadata_fills_document_meta_and_title(tmp_path):
    document = read_document(_write(tmp_path / "article.html", ARTICLE))
    assert document.meta == DocumentMeta(
        title="Working Links enters administration",
        date=D(2019, 2, 15),
        author="Jane Smith",
        url="https://herald.example/news/working-links",
        site="The Herald",
    )
    assert document.posts[0].title == "Working Links enters administration"


def test_reading_huge_html_page_takes_the_quick_walk_and_keeps_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(html_text, "MAX_EXTRACTED_ELEMENTS", 5)
    path = _write(tmp_path / "article.html", ARTICLE)
    sentences = _sentences(read_document(path))
    assert ("Its contracts pass to Seetec.", 20) in sentences
    assert not any("Scripts are not" in text or text == "Home" for text, _ in sentences)


# ---------------------------------------------------------------------------------------------
# Page chrome


@pytest.mark.parametrize(
    "line",
    [
        "Hide Ad",
        "Share This Post",
        "  Share this article ",
        "Share on Facebook",
        "Share This Post: [Twitter] [Facebook] [LinkedIn] [Email]",
        "Twitter   Facebook   LinkedIn   Email",
        "Image copyright Getty Images",
        "Image caption Riot police outside the prison on Friday evening",
        "Getty Images",
        "We use cookies to give you the best experience on our website.",
        "We and our partners use cookies and similar technologies. You can change your choices.",
        "Related: Probation reform timeline | What is the dynamic framework? | Justice Committee",
        "Accept all cookies",
        "Skip to content",
        "Advertisement",
        "Sign up to our newsletter",
        "Follow us on Twitter",
        "Read more: Carillion collapse, what happens now",
        "Copy link",
        "Published 3 hours ago",
        "• Related Topics",
        "Share this: Twitter Facebook Email Print",
        "This article is more than 9 years old",
        "Go to market news section",
        "[Next: Public Accounts Committee - Financial sustainability of the NHS]",
        "Previous post: Union ballots members over pay",
        "Public Accounts Committee | News article",
        "Home | Justice | News",
        "UK Parliament > Committees > Commons Select > Public Accounts Committee > News",
        "Home › News › Justice",
        "RNS Number : 7315D",
        "3. Collapse and sale, 2020 ........................................... 2",
        "Summary . . . . . . . . 4",
        "Regulatory News Service | Contract award",
        "Type: Written ministerial statement, House of Commons",
        "Made by: the Home Secretary (Priti Patel)",
        "Tags: probation, prisons, Napo",
        "DEBATE SUMMARY  |  Westminster Hall  |  Motion to consider a select committee report",
        "*Recent posts:* Why hours go missing | A Christmas on the allotments | Better pay",
        "Latest articles: Unpaid work returns to the public sector",
        "Archive: 2022 | 2021 | 2020",
    ],
)
def test_reading_chrome_line_is_not_a_sentence(line):
    [kept] = drop_chrome([Line(7, line)])
    assert kept == Line(7, "")


@pytest.mark.parametrize(
    "line",
    [
        "Shares in Carillion were suspended on Monday morning.",
        "Share prices fell.",
        "Sodexo's share of the contract was worth £1.5m.",
        "Staff were asked to share their concerns with the inspectorate.",
        "Read more about the reforms in the annual report published in July.",
        "Published in 2019, the report found serious failings.",
        "Next year the contracts come to an end.",
        "Shares fell 5% | Serco said the news was good.",
        "Profits > £5m and losses > £2m are reported > monthly by the firm in its accounts.",
        "Update: the company went into administration on Friday afternoon.",
        "More from the report: inspectors found staff overloaded.",
        "Recent posts by the union have warned of staff shortages.",
        "Archive records show the hostel opened in 1972.",
    ],
)
def test_reading_sentence_that_mentions_chrome_words_is_kept(line):
    assert drop_chrome([Line(3, line)]) == [Line(3, line)]


def test_reading_link_list_under_a_related_heading_is_chrome_to_the_blank_line():
    lines = [Line(n, text) for n, text in enumerate(["Related articles", "A", "B", "", "C"], 1)]
    assert [line.text for line in drop_chrome(lines)] == ["", "", "", "", "C"]


def test_reading_link_list_a_blank_line_below_its_heading_is_chrome_too():
    texts = ["**Related stories**", "", "- Firm shares slide after warning", "- B", "", "C"]
    lines = [Line(n, text) for n, text in enumerate(texts, 1)]
    assert [line.text for line in drop_chrome(lines)] == ["", "", "", "", "", "C"]


@pytest.mark.parametrize(
    "heading",
    ["MORE FROM NEWSDESK WIRE", "Other announcements from this issuer", "Read next", "Related"],
)
def test_reading_link_list_under_a_heading_written_as_news_sites_write_it_is_chrome(heading):
    texts = [heading, "- Serco wins prison contract extension", "- B", "", "C"]
    lines = [Line(n, text) for n, text in enumerate(texts, 1)]
    assert [line.text for line in drop_chrome(lines)] == ["", "", "", "", "C"]


def test_reading_chrome_data_file_rejects_a_bad_pattern():
    with pytest.raises(ValidationError, match="not a regular expression"):
        PageChrome.model_validate({"max_chars": 100, "phrases": ["Share"], "patterns": ["(x"]})


def test_reading_chrome_is_dropped_from_text_saved_from_the_web(tmp_path):
    path = _write(
        tmp_path / "2019-05-16-saved.txt",
        "Headline here\n\nShare this with Facebook\nImage copyright Getty Images\n\n"
        "The supervision of offenders is to return to the public sector.\n\nRelated Topics\n"
        "Prisons\nProbation\n",
    )
    assert _sentences(read_document(path)) == [
        ("The supervision of offenders is to return to the public sector.", 6)
    ]


# ---------------------------------------------------------------------------------------------
# PDF


def test_reading_pdf_sentences_carry_their_page_number_and_info_metadata(tmp_path):
    pages = [
        "Working Links went into administration on 15 February 2019.\nIt ran three CRCs.",
        "Seetec took over the contracts the same day.",
    ]
    data = pdf_bytes(pages, title="Probation update", created="20190301120000Z")
    document = read_document(_write(tmp_path / "update.pdf", data))
    assert _sentences(document) == [
        ("Working Links went into administration on 15 February 2019.", 1),
        ("It ran three CRCs.", 1),
        ("Seetec took over the contracts the same day.", 2),
    ]
    assert document.meta == DocumentMeta(title="Probation update", created=D(2019, 3, 1))
    assert document.posts[0].title == "Probation update"
    assert (document.reference.value, document.reference.rule) == (D(2019, 3, 1), "metadata")


@pytest.mark.parametrize("suffix", [".html", ".txt", ".md"])
def test_reading_pdf_with_a_lying_suffix_is_read_as_pdf_with_a_warning(tmp_path, suffix):
    path = _write(tmp_path / f"report{suffix}", pdf_bytes(["The report was published."]))
    document = read_document(path)
    assert _sentences(document) == [("The report was published.", 1)]
    assert f"{document.name}: a PDF file named {suffix}; read as PDF" in document.warnings


def test_reading_pdf_past_the_page_cap_is_read_to_the_cap_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_text, "MAX_PDF_PAGES", 2)
    path = _write(tmp_path / "long.pdf", pdf_bytes([f"Page {n} text." for n in range(1, 5)]))
    document = read_document(path)
    assert {line for _, line in _sentences(document)} == {1, 2}
    assert f"{document.name}: PDF of 4 pages; only the first 2 are read" in document.warnings


def _encrypted() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(["Secret text."]))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _page_tree_bomb(levels: int = 10, fan: int = 10) -> bytes:
    """Give a PDF whose page tree reuses one node fan times per level: fan**levels pages."""
    objects = [
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length 35 >>\nstream\nBT /F1 11 Tf 72 770 Td (Boom.) Tj ET\nendstream",
        b"<< /Type /Page /Parent 5 0 R /Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R >>",
    ]
    child = 4
    for level in range(levels):
        kids = " ".join([f"{child} 0 R"] * fan)
        objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {fan ** (level + 1)} >>".encode())
        child = len(objects)
    objects[0] = f"<< /Type /Catalog /Pages {child} 0 R >>".encode()
    return pdf_of_objects([*objects, b"<< >>"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_encrypted(), "encrypted PDF (needs a password); skipped"),
        (pdf_bytes(["Drawn, not written."], text=False), "PDF with no text layer"),
        (pdf_bytes(["Cut short."])[:200], "broken PDF"),
        (b"%PDF-1.4\n" + b"[" * 50_000, "broken PDF"),
        (_page_tree_bomb(), "PDF past a safety limit, a PDF bomb?"),
        (b"Plain text in a file named .pdf.", "not a PDF (no %PDF- header); skipped"),
    ],
    ids=["encrypted", "scanned", "truncated", "nested", "page-tree-bomb", "not-a-pdf"],
)
def test_reading_unreadable_pdf_is_one_line_error_naming_the_file(tmp_path, data, message):
    assert_one_line_error(_write(tmp_path / "bad.pdf", data), message)


# ---------------------------------------------------------------------------------------------
# Bad input: warned about, and the run goes on


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "app.html",
            "<!DOCTYPE html><html><head><script>render()</script></head>"
            "<body><div id='root'></div><script src='app.js'></script></body></html>",
            "no text outside scripts (a page drawn by JavaScript?); skipped",
        ),
        (
            "page.html",
            f"<!DOCTYPE html><html lang='fr'><body><p>{FRENCH}</p></body></html>",
            "not in English",
        ),
        ("note.txt", FRENCH, "not in English"),
    ],
)
def test_reading_page_without_english_text_is_one_line_error(tmp_path, name, data, message):
    path = _write(tmp_path / name, data)
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert str(raised.value).startswith(f"{document_name(path)}: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_reading_bad_documents_are_warnings_and_the_run_goes_on(tmp_path):
    good = _write(
        tmp_path / "2019-02-15-news.txt",
        "Headline\n\nSeetec took over the Wales CRC on 15 February 2019.\n",
    )
    _write(tmp_path / "scan.pdf", pdf_bytes(["x"], text=False))
    _write(tmp_path / "french.txt", FRENCH)
    extraction = extract([tmp_path])
    assert (extraction.documents, extraction.failed) == (1, 2)
    assert any("scan.pdf: PDF with no text layer" in w for w in extraction.warnings)
    assert any("french.txt: not in English" in w for w in extraction.warnings)
    assert good.exists()


# ---------------------------------------------------------------------------------------------
# Front matter


def test_reading_front_matter_url_title_and_source_fill_meta(tmp_path):
    path = _write(
        tmp_path / "release.md",
        "---\ndate: 2019-02-15\ntitle: Seetec takes over\nsource: Ministry of Justice\n"
        "url: https://gov.example/seetec\n---\nSeetec took over three CRCs today.\n",
    )
    assert read_document(path).meta == DocumentMeta(
        title="Seetec takes over",
        date=D(2019, 2, 15),
        url="https://gov.example/seetec",
        site="Ministry of Justice",
    )


def test_reading_front_matter_blog_names_the_site_its_posts_never_act_as(tmp_path):
    """A blog is the site, not what its post is about: "the organisation" is not the blog."""
    path = _write(
        tmp_path / "post.md",
        "---\ndate: 2014-09-17\ntitle: Now what?\nblog: The Counterfoil\n---\n"
        "Regular readers of The Counterfoil know the queues. There was a complete failure of"
        " management at the top of the organisation.\n",
    )
    assert read_document(path).meta.site == "The Counterfoil"
    assert [e.type for e in extract([path], ExtractOptions()).events] == []


def test_reading_blanks_control_characters_and_noncharacters_out_of_documents(tmp_path):
    # events.yaml refuses them, so no quote or title may carry one out of a document.
    path = tmp_path / "2019-02-16-post.txt"
    line = "Working Links went \x07into \x85administration\ufffe on 15 February 2019."
    path.write_text(f"---\ntitle: A\x1bpost\n---\n{line}\n", encoding="utf-8")
    document = read_document(path)
    sentence = document.posts[0].sentences[0]
    assert sentence.text == "Working Links went into administration on 15 February 2019."
    assert document.posts[0].title == "A post"


def test_markdown_emphasis_and_link_marks_are_not_read_as_words():
    from timeline.extraction.plain_text import text_lines

    text = (
        "**National Audit Office (January).** The NAO's investigation was published.\n"
        "* a list item with *italic* words, and 2 * 3 = 6\n"
        "See [the report](https://www.nao.org.uk/report) and __this__."
    )
    assert [line.text for line in text_lines(text, markdown=True)] == [
        "National Audit Office (January). The NAO's investigation was published.",
        "* a list item with italic words, and 2 * 3 = 6",
        "See the report and this.",
    ]
    assert text_lines(text)[0].text.startswith("**National")  # plain text keeps its stars
