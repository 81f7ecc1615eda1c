"""Documents are read into posts with their dates, titles, sentences and comments."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from factories import assert_one_line_error

from timeline.extraction.documents import (
    Document,
    Post,
    find_documents,
    read_document,
)
from timeline.extraction.sentences import MAX_SENTENCE_CHARS, normalised

FIXTURES = Path(__file__).parent / "documents"
D = dt.date


def seed(project_root: Path, name: str) -> Document:
    return read_document(project_root / "documents" / name)


def all_sentences(post: Post):
    return post.sentences + post.comments


# ---------------------------------------------------------------------------------------------
# Archive pages


@pytest.mark.parametrize(
    ("name", "posts"),
    [
        ("2013-10-01-on-probation-archive.txt", 1),
        ("2014-10-31-on-probation-archive.txt", 4),  # the letter's "29 October 2014" is no post
        ("2015-12-21-on-probation-archive.txt", 1),
        ("2018-11-20-on-probation-archive.txt", 10),
        ("2019-02-16-on-probation-archive.txt", 10),
    ],
)
def test_documents_seed_archive_splits_into_one_post_per_date_header(project_root, name, posts):
    document = seed(project_root, name)
    assert len(document.posts) == posts
    assert document.warnings == []
    assert document.name == f"documents/{name}" or document.name.endswith(f"/documents/{name}")


@pytest.mark.parametrize(
    ("name", "index", "post_date", "title", "line"),
    [
        ("2013-10-01-on-probation-archive.txt", 0, D(2013, 10, 1), "Omnishambles Update 20", 1),
        ("2014-10-31-on-probation-archive.txt", 0, D(2014, 10, 31), "Latest From Napo 46", 1),
        ("2014-10-31-on-probation-archive.txt", 1, D(2014, 10, 30), "Latest From Napo 45", 91),
        ("2014-10-31-on-probation-archive.txt", 2, D(2014, 10, 29), "The Verdict", 178),
        ("2014-10-31-on-probation-archive.txt", 3, D(2014, 10, 28), "Latest From Napo 43", 353),
        ("2015-12-21-on-probation-archive.txt", 0, D(2015, 12, 21), "Re-nationalisation?", 1),
        ("2018-11-20-on-probation-archive.txt", 0, D(2018, 11, 20), "Latest From Napo 182", 1),
        ("2018-11-20-on-probation-archive.txt", 5, D(2018, 11, 3), "No Negativity Here!", 265),
        ("2018-11-20-on-probation-archive.txt", 9, D(2018, 10, 30), "Guest Blog 72", 485),
        ("2019-02-16-on-probation-archive.txt", 0, D(2019, 2, 16), "HMI Sticks Knife in TR", 1),
        ("2019-02-16-on-probation-archive.txt", 1, D(2019, 2, 15), "Working Links Latest", 113),
        ("2019-02-16-on-probation-archive.txt", 6, D(2019, 2, 9), "Let's Have a RAR Day", 377),
        (
            "2019-02-16-on-probation-archive.txt",
            7,
            D(2019, 2, 8),
            "Deckchairs May Not Move : Shock!",
            506,
        ),
        ("2019-02-16-on-probation-archive.txt", 9, D(2019, 2, 5), "Deckchairs Shuffled", 576),
    ],
)
def test_documents_archive_post_has_header_date_title_and_line(
    project_root, name, index, post_date, title, line
):
    post = seed(project_root, name).posts[index]
    assert (post.post_date, post.title, post.line) == (post_date, title, line)


@pytest.mark.parametrize(
    ("header", "post_date"),
    [
        ("Friday 31 October 2014", D(2014, 10, 31)),
        ("Tuesday, 20 November 2018", D(2018, 11, 20)),
        ("31 October 2014", D(2014, 10, 31)),
        ("Tuesday, November 20, 2018", D(2018, 11, 20)),
        ("1st June 2014", D(2014, 6, 1)),
        ("  saturday, 16 february 2019  ", D(2019, 2, 16)),
    ],
)
def test_documents_date_header_forms_start_a_post(tmp_path, header, post_date):
    path = tmp_path / "archive.txt"
    path.write_text(f"{header}\n\nA Title\n\nBody text.\n\n30 February 2019\n\nNot a post\n")
    [post] = read_document(path).posts
    assert (post.post_date, post.title, post.line) == (post_date, "A Title", 1)
    assert [s.text for s in post.sentences] == ["Body text.", "30 February 2019", "Not a post"]


def test_documents_a_date_line_before_a_lead_sentence_is_a_byline_not_a_post_header(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "Kier wins school contract\n\n3 May 2021\n\n"
        "Kier has won a contract to rebuild two schools in Leeds.\n\nWork starts in June.\n"
    )
    [post] = read_document(path).posts
    assert post.title == "Kier wins school contract"
    assert "Kier has won a contract to rebuild two schools in Leeds." in [
        s.text for s in post.sentences
    ]


def test_documents_date_line_inside_a_letter_stays_in_its_post(project_root):
    document = seed(project_root, "2014-10-31-on-probation-archive.txt")
    [post] = [
        post
        for post in document.posts
        if any("in May 2013, we launched" in s.text for s in post.sentences)
    ]
    assert post.post_date == D(2014, 10, 29)
    assert any(s.text == "29 October 2014" and s.line == 273 for s in post.sentences)


def test_documents_titles_and_date_headers_are_not_sentences(project_root):
    document = seed(project_root, "2019-02-16-on-probation-archive.txt")
    header_lines = {post.line for post in document.posts}
    for post in document.posts:
        lines = {s.line for s in all_sentences(post)}
        assert not lines & header_lines
        assert post.title not in {s.text for s in post.sentences}


def test_documents_comment_section_is_kept_apart_from_the_body(project_root):
    [post] = seed(project_root, "2015-12-21-on-probation-archive.txt").posts
    assert all(s.line < 56 for s in post.sentences)  # "25 comments:" is line 56
    assert all(s.line > 56 for s in post.comments)
    assert not any("Delete" in s.text or s.text == "Replies" for s in post.sentences)
    assert not any(s.text in {"ReplyDelete", "Replies", "Delete"} for s in post.comments)
    assert "Good work Tanya" in {s.text for s in post.comments}
    assert post.sentences[-1].line == 54


def test_documents_headerless_blogger_comment_list_is_kept_apart(project_root):
    [post] = seed(project_root, "2013-10-01-on-probation-archive.txt").posts
    assert post.sentences[-1].text.startswith("On the future of the probation service")
    assert post.comments[0].line == 76
    assert post.comments[0].text.startswith("Some interesting (bubbshit) comments")


def test_documents_comments_run_to_the_next_post_header():
    document = read_document(FIXTURES / "archive-with-comments.txt")
    first, second = document.posts
    assert (first.post_date, first.title) == (D(2018, 11, 20), "First Post")
    assert [s.text for s in first.comments] == ["A reader writes here."]
    assert (second.post_date, second.title, second.line) == (D(2018, 11, 19), "Second Post", 13)
    assert [s.text for s in second.sentences] == ["The second post is short."]
    assert second.comments == []


@pytest.mark.parametrize(
    "name",
    [
        "2013-10-01-on-probation-archive.txt",
        "2014-10-31-on-probation-archive.txt",
        "2015-12-21-on-probation-archive.txt",
        "2018-11-20-on-probation-archive.txt",
        "2019-02-16-on-probation-archive.txt",
    ],
)
def test_documents_sentence_line_points_at_the_line_where_it_starts(project_root, name):
    path = project_root / "documents" / name
    file_lines = path.read_text(encoding="utf-8").split("\n")
    document = read_document(path)
    checked = 0
    for post in document.posts:
        for sentence in all_sentences(post):
            first_words = " ".join(sentence.text.split()[:3])
            assert first_words in normalised(file_lines[sentence.line - 1]), sentence
            checked += 1
    assert checked > 50


# ---------------------------------------------------------------------------------------------
# Single documents: reference date and title


@pytest.mark.parametrize(
    ("file_name", "front_matter_date", "default_date", "expected"),
    [
        ("2019-03-01-news.txt", "2019-02-15", D(2020, 1, 1), D(2019, 2, 15)),
        ("2019-03-01-news.txt", None, D(2020, 1, 1), D(2019, 3, 1)),
        ("news.txt", None, D(2020, 1, 1), D(2020, 1, 1)),
        ("news.md", "2019-02-15", None, D(2019, 2, 15)),
        ("news.md", '"15 February 2019"', None, D(2019, 2, 15)),
        ("news.txt", None, None, None),
    ],
)
def test_documents_reference_date_front_matter_then_file_name_then_default(
    tmp_path, file_name, front_matter_date, default_date, expected
):
    front = f"---\ndate: {front_matter_date}\n---\n" if front_matter_date else ""
    path = tmp_path / file_name
    path.write_text(f"{front}A headline\n\nThe report was published yesterday.\n")
    document = read_document(path, default_date=default_date)
    [post] = document.posts
    assert post.post_date == expected
    unresolved = [w for w in document.warnings if "relative dates stay unresolved" in w]
    assert bool(unresolved) is (expected is None)


def test_documents_front_matter_gives_date_and_title_and_is_not_text():
    document = read_document(FIXTURES / "press-release.md")
    [post] = document.posts
    assert (post.title, post.post_date, post.line) == (
        "Seetec takes over three CRCs",
        D(2019, 2, 15),
        1,
    )
    texts = [s.text for s in post.sentences]
    assert texts == [
        "Today, the Ministry of Justice has appointed Seetec to manage three CRCs.",
        "The handover starts tomorrow.",
        "Wales",
        "Dorset, Devon and Cornwall",
    ]
    assert [s.line for s in post.sentences] == [8, 8, 11, 12]
    assert not any("source:" in text or "---" in text for text in texts)


def test_documents_file_name_prefix_dates_a_plain_article_titled_by_its_first_line():
    [post] = read_document(FIXTURES / "2019-03-01-update.txt").posts
    assert (post.title, post.post_date) == ("CRC update", D(2019, 3, 1))
    assert [(s.text, s.line) for s in post.sentences] == [
        ("The inspection report was published yesterday.", 3),
        ("It found serious failings.", 3),
    ]


def test_documents_news_dateline_dates_an_article_without_other_date(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Headline\n\nLONDON, 15 February 2019 — Working Links collapsed.\n")
    assert read_document(path, default_date=D(2020, 1, 1)).posts[0].post_date == D(2019, 2, 15)


def test_documents_bad_front_matter_date_warns_and_falls_back(tmp_path):
    path = tmp_path / "2019-03-01-x.md"
    path.write_text("---\ndate: soon\n---\nText here.\n")
    document = read_document(path)
    assert document.posts[0].post_date == D(2019, 3, 1)
    assert any("front matter date 'soon' is not a date" in w for w in document.warnings)


def test_documents_html_gives_title_and_blocks_without_script_or_style():
    document = read_document(FIXTURES / "news-article.html")
    [post] = document.posts
    assert post.title == "Working Links enters administration"
    assert post.post_date == D(2019, 2, 15)  # from the dateline
    assert [(s.text, s.line) for s in post.sentences] == [
        (
            "LONDON, 15 February 2019 — Working Links, the owner of three CRCs, "
            "has gone into administration.",
            12,
        ),
        ("Its contracts pass to Seetec today.", 13),
        ("Mr Grayling & Dr Jones were not available for comment.", 14),
        ("Dorset, Devon and Cornwall", 16),
        ("Wales", 17),
        ("First line of an address", 20),
        ("Second line of an address", 20),
    ]


def test_documents_html_archive_page_splits_into_posts_with_comments_apart():
    first, second = read_document(FIXTURES / "blog-archive.html").posts
    assert (first.post_date, first.title, first.line) == (
        D(2019, 2, 16),
        "HMI Sticks Knife in TR",
        5,
    )
    assert [(s.text, s.line) for s in first.sentences] == [
        ("The inspectorate published its report today.", 9),
        ("It is damning.", 9),
    ]
    assert [(s.text, s.line) for s in first.comments] == [
        ("A reader agrees.", 14),
        ("Another reader disagrees.", 15),
    ]
    assert (second.post_date, second.title, second.line) == (
        D(2019, 2, 15),
        "Working Links Latest",
        19,
    )
    assert [s.text for s in second.sentences] == ["Working Links has gone into administration."]


def test_documents_html_in_a_txt_file_is_read_as_html(tmp_path):
    path = tmp_path / "2019-01-01-saved.txt"
    path.write_text("<!DOCTYPE html><html><body><p>One <i>sentence</i>.</p></body></html>")
    [post] = read_document(path).posts
    assert post.title == "One sentence."
    assert [s.text for s in post.sentences] == ["One sentence."]


@pytest.mark.parametrize(
    ("text", "title", "sentences"),
    [
        ("Headline\n\nBody text.", "Headline", ["Body text."]),
        ("Only a line with no end", "Only a line with no end", ["Only a line with no end"]),
        (
            "First sentence. Second.\n\nMore.",
            "First sentence. Second.",
            ["First sentence.", "Second.", "More."],
        ),
        ("x" * 300 + "\n\nBody.", None, ["x" * 300, "Body."]),
    ],
)
def test_documents_first_line_titles_a_plain_document_and_leaves_the_body_whole(
    tmp_path, text, title, sentences
):
    path = tmp_path / "2019-01-01-plain.txt"
    path.write_text(text)
    [post] = read_document(path).posts
    assert post.title == title
    assert [s.text for s in post.sentences] == sentences


_NEWS_PAGE = (
    "Western Daily Record\n"
    "News | Sport | Business | Opinion | Jobs\n\n"
    "NEWS > SOUTH WEST\n\n"
    "Probation staff in dispute as new owner plans deep job cuts\n\n"
    "By Helen Smith, Home Affairs Reporter\nTuesday 12 July 2016\n\n"
    "PROBATION unions have formally declared a dispute with the private companies that"
    " supervise offenders across the South West and Wales, after staff were told that more"
    " than four in ten of their jobs could go.\n"
)
_WIRE_COPY = (
    "ALBION WIRE - UK GENERAL NEWS\n"
    "HEALTH-CORONAVIRUS/BRITAIN-HOSPITAL (UPDATE 2, adds detail on regional sites)\n\n"
    "Britain opens 4,000-bed emergency hospital in London exhibition centre\n\n"
    "LONDON, April 3, 2020 (Albion Wire) - Britain opened the first of its emergency field"
    " hospitals on Friday.\n"
)


@pytest.mark.parametrize(
    ("page", "headline"),
    [  # past a masthead and menus; past a wire's service line in capitals and its slug
        (_NEWS_PAGE, "Probation staff in dispute as new owner plans deep job cuts"),
        (_WIRE_COPY, "Britain opens 4,000-bed emergency hospital in London exhibition centre"),
    ],
)
def test_documents_a_saved_news_page_is_titled_by_its_headline_not_its_masthead(
    tmp_path, page, headline
):
    path = tmp_path / "saved.txt"
    path.write_text(page)
    [post] = read_document(path).posts
    assert post.title == headline


def test_documents_utf8_bom_and_crlf_keep_text_and_line_numbers(tmp_path):
    path = tmp_path / "2019-01-01-bom.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nFirst sentence.\r\nSecond line here.\r\n".encode())
    [post] = read_document(path).posts
    assert post.title == "Title"
    assert [(s.text, s.line) for s in post.sentences] == [
        ("First sentence.", 3),
        ("Second line here.", 4),
    ]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "The CRC’s “audit” found a £1.5m shortfall – and a €2m bill for Sodexo’s café."),
        ("latin-1", "The café at the Société Générale charges £5 for a crème brûlée."),
    ],
)
def test_documents_non_utf8_file_is_decoded_with_a_warning(tmp_path, encoding, text):
    text = text if encoding == "cp1252" else text.replace("’", "'")
    path = tmp_path / "2019-01-01-legacy.txt"
    body = "\n\n".join([text] * 20)
    path.write_bytes(f"Legacy title\n\n{body}\n".encode(encoding))
    document = read_document(path)
    assert document.posts[0].sentences[0].text == text
    [warning] = document.warnings
    assert warning.startswith(f"{document.name}: not UTF-8; decoded as ")


def test_documents_ten_megabyte_single_line_is_split_quickly(tmp_path):
    path = tmp_path / "2019-01-01-huge.txt"
    sentence = "Sodexo paid £1.5m to Mr Smith e.g. for 3.5% of the CRC. "
    path.write_text(sentence * (10_000_000 // len(sentence)) + "x" * 50_000)
    started = time.perf_counter()
    [post] = read_document(path).posts
    elapsed = time.perf_counter() - started
    assert elapsed < 30
    assert post.sentences[0].text == sentence.strip()
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in post.sentences)
    assert {s.line for s in post.sentences} == {1}


# ---------------------------------------------------------------------------------------------
# Bad input


def _unreadable(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Secret.")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp, mp: tmp / "missing.txt", "no such file"),
        (lambda tmp, mp: tmp, "is a directory"),
        (lambda tmp, mp: _write(tmp / "blob.txt", bytes(range(256)) * 8), "binary file"),
        (lambda tmp, mp: _write(tmp / "ctl.txt", bytes(range(1, 9)) * 300 + b"ab"), "binary"),
        (lambda tmp, mp: _write(tmp / "empty.txt", b""), "empty document"),
        (lambda tmp, mp: _write(tmp / "blank.md", b" \n\t\r\n  \n"), "empty document"),
        (lambda tmp, mp: _write(tmp / "only.md", b"---\ntitle: x\n---\n\n"), "no text"),
        (lambda tmp, mp: _write(tmp / "tags.html", b"<html><p> </p></html>"), "no text"),
        (_unreadable, "cannot read (Permission denied)"),
    ],
)
def test_documents_bad_input_is_one_line_error_naming_the_file(
    tmp_path, monkeypatch, make, message
):
    assert_one_line_error(make(tmp_path, monkeypatch), message)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------------
# Finding documents


def test_documents_find_gives_sorted_documents_and_problems(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    (corpus / ".git").mkdir()
    for name in [
        "b.txt",
        "a.MD",
        "nested/c.html",
        "nested/d.htm",
        "f.pdf",
        "notes.docx",
        ".git/e.txt",
    ]:
        (corpus / name).write_text("Text.")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.rst").write_text("Text.")
    other = tmp_path / "z.txt"
    other.write_text("Text.")
    image = tmp_path / "picture.png"
    image.write_bytes(b"\x89PNG")

    found, problems = find_documents(
        [other, tmp_path / "missing", corpus, empty, image, corpus / "b.txt"]
    )

    assert found == sorted(
        [
            corpus / "a.MD",
            corpus / "b.txt",
            corpus / "nested/c.html",
            corpus / "nested/d.htm",
            corpus / "f.pdf",
            other,
        ]
    )
    assert len(problems) == 3
    assert "missing: no such file or directory" in problems[0]
    assert "empty: no documents" in problems[1]
    assert "picture.png: not a document" in problems[2]
