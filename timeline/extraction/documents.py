"""Documents split into posts and sentences, each with its date and line: the first stage."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from timeline.errors import DocumentError
from timeline.extraction.document_meta import DocumentMeta
from timeline.extraction.page_address import opening_address
from timeline.extraction.reading import read_lines
from timeline.extraction.reference_dates import (
    FILE_NAME_DATE,
    ReferenceDate,
    reference_date,
    stated_date,
)
from timeline.extraction.sentences import Line, Sentence, normalised, split_sentences
from timeline.partial_date import PartialDate, Precision

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Document",
    "DocumentMeta",
    "Post",
    "Sentence",
    "document_name",
    "find_documents",
    "read_document",
]

DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
MAX_TITLE_CHARS = 200


@dataclass
class Post:
    title: str | None
    post_date: dt.date | None  # the reference date for relative dates in this post
    line: int  # 1-based line of the post's header (or 1)
    sentences: list[Sentence] = field(default_factory=list)  # the body, without reader comments
    comments: list[Sentence] = field(default_factory=list)  # the reader-comment section
    precision: Precision = "day"  # how much of post_date the document states

    @property
    def posted(self) -> PartialDate | None:
        """Give the post's date at the precision the document states it."""
        return PartialDate.from_date(self.post_date, self.precision) if self.post_date else None


@dataclass
class Document:
    path: Path
    name: str  # path as it should appear in sources: relative to the cwd when possible, posix
    posts: list[Post]
    warnings: list[str]  # one-line messages naming the file
    reference: ReferenceDate | None = None  # the document's own date and the rule that found it
    meta: DocumentMeta = field(default_factory=DocumentMeta)  # a PDF's lines are its pages


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_WORDS = (
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTHS}),?"
    rf"|(?P<month2>{_MONTHS})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<year>\d{{4}})"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_DATE_HEADER = re.compile(rf"\s*{_WEEKDAY}?{_DATE_WORDS}\s*", re.IGNORECASE)
_COMMENTS_HEADER = re.compile(r"\s*(?:\d+|No|One)\s+comments?:?\s*", re.IGNORECASE)
# Blogger's archive pages list reader comments as an indented numbered list after two blank lines.
_COMMENT_LIST_START = re.compile(r" {2,}1\.\s+\S")
_COMMENT_CHROME = re.compile(r"\s*(?:Reply|ReplyDelete|Replies|Delete)\s*")


def document_name(path: Path) -> str:
    """Give path as sources name it: relative to the cwd when under it, else absolute; posix."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def read_document(path: Path, *, default_date: dt.date | None = None) -> Document:
    """Give the document at path split into posts and sentences; DocumentError if unreadable."""
    path = Path(path)
    name = document_name(path)
    warnings: list[str] = []
    reading = read_lines(path, name, warnings)
    lines = reading.lines
    fields, start = _front_matter(lines, name, warnings)
    if all(line.blank for line in lines[start:]):
        raise DocumentError(f"{name}: no text in the document")
    meta = reading.meta.updated(_front_matter_meta(fields))
    if meta.url is None:  # a page saved as text: its address among its opening lines
        meta = replace(meta, url=opening_address(lines[start:]))
    title = _text_of(fields.get("title")) or reading.title
    reference = _reference(
        path, fields, lines[start:], name, warnings, default_date, meta, opening=reading.opening
    )
    posts = _split_posts(lines, start, title, reference)
    if any(post.post_date is None and post.sentences for post in posts):
        warnings.append(
            f"{name}: no reference date (none in front matter, metadata, byline, text, address "
            "or file name, and no --date); relative dates stay unresolved"
        )
    return Document(
        path=path, name=name, posts=posts, warnings=warnings, reference=reference, meta=meta
    )


def _front_matter(lines: list[Line], name: str, warnings: list[str]) -> tuple[dict, int]:
    """Give the YAML front matter's fields and the index of the first line after it."""
    if not lines or lines[0].text.strip() != "---":
        return {}, 0
    for index in range(1, min(len(lines), 200)):
        if lines[index].text.strip() in ("---", "..."):
            block = "\n".join(line.text for line in lines[1:index])
            try:
                fields = yaml.safe_load(block)
            except yaml.YAMLError as error:
                problem = str(error).splitlines()[0]
                warnings.append(f"{name}:1: front matter is not valid YAML ({problem}); ignored")
                return {}, index + 1
            if fields is not None and not isinstance(fields, dict):
                warnings.append(f"{name}:1: front matter is not a YAML mapping; ignored")
                return {}, index + 1
            return fields or {}, index + 1
    return {}, 0


def _reference(
    path: Path,
    fields: dict,
    body: list[Line],
    name: str,
    warnings: list[str],
    default_date: dt.date | None,
    meta: DocumentMeta,
    *,
    opening: list[Line],
) -> ReferenceDate | None:
    """Give the document's own date by the first rule that finds one (reference_dates.py);
    opening is a web page's first blocks, outside its main text too."""
    stated = fields.get("date")
    found = reference_date(
        front_matter=stated,
        meta_date=meta.date,
        lines=body,
        opening=opening,
        url=meta.url,
        created=meta.created,
        path=path,
        option=default_date,
    )
    if stated is not None and (found is None or found.rule != "front_matter"):
        warnings.append(f"{name}: front matter date {stated!r} is not a date; ignored")
    named = FILE_NAME_DATE.match(path.name)
    if named and (found is None or found.rule == "option"):
        warnings.append(f"{name}: file name starts with {named.group()}, not a real date")
    return found


def _front_matter_meta(fields: dict) -> DocumentMeta:
    """Give the metadata front matter states: title, date, author, url; source is a URL or site,
    and a blog's, site's or publication's name is the site ("blog: The Counterfoil")."""
    source = _text_of(fields.get("source"))
    source_is_url = source is not None and source.startswith(("http://", "https://"))
    named_site = next((_text_of(fields.get(key)) for key in _SITE_KEYS if fields.get(key)), None)
    return DocumentMeta(
        title=_text_of(fields.get("title")),
        date=stated.value if (stated := stated_date(fields.get("date"))) else None,
        author=_text_of(fields.get("author")),
        url=_text_of(fields.get("url")) or (source if source_is_url else None),
        site=None if source_is_url else source or named_site,
    )


_SITE_KEYS = ("site", "blog", "publication", "publisher", "newspaper")


def _date_from(match: re.Match[str]) -> dt.date | None:
    day = match.group("day") or match.group("day2")
    month = (match.group("month") or match.group("month2")).capitalize()
    try:
        return dt.date(int(match.group("year")), _MONTHS.split("|").index(month) + 1, int(day))
    except ValueError:
        return None


_HEADLINE_SEARCH = 12  # opening lines where a saved page's headline stands
# Five words or more, none of a menu's bars or a section's arrows, not a byline or a sentence.
_HEADLINE_LIKE = re.compile(  # not a masthead in capitals ("ALBION WIRE - UK GENERAL NEWS")
    r"(?!By\s)(?=.*[a-z])[^|>•/]*?(?:\w+[\s,:'’-]+){4,}[^|>•/.]*?[^.|>•/:,]"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _text_of(value: object) -> str | None:
    if value is None:
        return None
    return normalised(str(value)) or None


def _split_posts(
    lines: list[Line],
    start: int,
    title: str | None,
    reference: ReferenceDate | None,
) -> list[Post]:
    """Give the posts: one per date header of an archive page, or the whole document as one."""
    headers = list(_post_headers(lines, start))
    posts: list[Post] = []
    if headers:
        preamble = _post(title, reference, lines[start].number, lines[start : headers[0][0]], False)
        if preamble.sentences or preamble.comments:
            posts.append(preamble)
        bounds = [index for index, *_ in headers[1:]] + [len(lines)]
        for (index, post_date, title_index), end in zip(headers, bounds, strict=True):
            post_title = normalised(lines[title_index].text)
            posts.append(
                _post(
                    post_title,
                    ReferenceDate(post_date, "day", "post_header", lines[index].text.strip()),
                    lines[index].number,
                    lines[title_index + 1 : end],
                    True,
                )
            )
    else:
        body = lines[start:]
        first = next(index for index, line in enumerate(body) if not line.blank)
        first_text = normalised(body[first].text)
        if title is None and len(first_text) <= MAX_TITLE_CHARS:
            title = _headline(body[first:]) or first_text
        # A heading line is the post's name, not a sentence of its body; a first line that is a
        # sentence, or all there is, stays in the body too.
        more = any(not line.blank for line in body[first + 1 :])
        if first_text == title and more and not first_text.endswith("."):
            body = body[first + 1 :]
        posts.append(_post(title, reference, 1, body, False))
    return posts


def _headline(body: list[Line]) -> str | None:
    """Give the headline of text saved from a news page: past a masthead ("Western Daily
    Record"), menus ("News | Sport"), section marks and datelines, the first line that reads as
    a headline, before the first paragraph; None when the first line may be it."""
    for line in body[:_HEADLINE_SEARCH]:
        text = normalised(line.text)
        if len(text) > MAX_TITLE_CHARS:
            return None  # the body has begun
        if _HEADLINE_LIKE.fullmatch(text) and not _YEAR.search(text):
            return text
    return None


def _post_headers(lines: list[Line], start: int) -> Iterator[tuple[int, dt.date, int]]:
    """Give (header index, post date, title index) for each post header of an archive page.

    A header is a date alone on its line, after a blank line, whose next non-blank line is a
    short title followed by a blank line; a date line inside a letter fails these tests.
    """
    for index in range(start, len(lines)):
        text = lines[index].text
        if len(text) > 60 or (index > start and not lines[index - 1].blank):
            continue
        match = _DATE_HEADER.fullmatch(text)
        if not match or (post_date := _date_from(match)) is None:
            continue
        title_index = index + 1
        while title_index < len(lines) and lines[title_index].blank:
            title_index += 1
        if title_index < len(lines) and _is_title(lines, title_index):
            yield index, post_date, title_index


def _is_title(lines: list[Line], index: int) -> bool:
    text = lines[index].text.strip()
    followed_by_blank = index + 1 == len(lines) or lines[index + 1].blank
    return (
        followed_by_blank
        and len(text) <= MAX_TITLE_CHARS
        and not text.endswith((",", ":", "."))  # a sentence ("… broke up without a deal.")
        and not _DATE_HEADER.fullmatch(text)
    )


def _post(
    title: str | None, dated: ReferenceDate | None, line: int, body: list[Line], archive: bool
) -> Post:
    """Give a post from its body lines, the reader-comment section split off."""
    post_date, precision = (dated.value, dated.precision) if dated else (None, "day")
    comments_at = _comments_start(body, archive)
    if comments_at is None:
        return Post(title, post_date, line, split_sentences(body), precision=precision)
    comment_lines = [
        entry for entry in body[comments_at:] if not _COMMENT_CHROME.fullmatch(entry.text)
    ]
    if _COMMENTS_HEADER.fullmatch(body[comments_at].text):
        comment_lines = comment_lines[1:]
    return Post(
        title,
        post_date,
        line,
        split_sentences(body[:comments_at]),
        split_sentences(comment_lines),
        precision,
    )


def _comments_start(body: list[Line], archive: bool) -> int | None:
    for index, entry in enumerate(body):
        text = entry.text
        if len(text) <= 30 and _COMMENTS_HEADER.fullmatch(text):
            return index
        if (
            archive
            and index >= 2
            and body[index - 1].blank
            and body[index - 2].blank
            and _COMMENT_LIST_START.match(text)
        ):
            return index
    return None


def find_documents(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Give the documents (DOCUMENT_SUFFIXES) named or found under directories, sorted, and
    one-line problems (missing path, directory with no documents)."""
    found: set[Path] = set()
    problems: list[str] = []
    kinds = ", ".join(DOCUMENT_SUFFIXES)
    for path in map(Path, paths):
        if path.is_dir():
            inside = [
                candidate
                for candidate in path.rglob("*")
                if candidate.suffix.lower() in DOCUMENT_SUFFIXES
                and candidate.is_file()
                and not any(part.startswith(".") for part in candidate.relative_to(path).parts)
            ]
            if not inside:
                problems.append(f"{document_name(path)}: no documents ({kinds}) in this directory")
            found.update(inside)
        elif path.is_file():
            if path.suffix.lower() in DOCUMENT_SUFFIXES:
                found.add(path)
            else:
                problems.append(f"{document_name(path)}: not a document ({kinds}); skipped")
        else:
            problems.append(f"{document_name(path)}: no such file or directory")
    return sorted(found), problems
