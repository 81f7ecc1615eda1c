"""HTML pages as lines of their main text, each on its source line, and their metadata.

trafilatura finds the main text (no menus, adverts, share buttons) and the metadata (htmldate
for the date). Its text comes without source positions, so each block is found again in the
HTML by its first words. A blog archive page (several dated posts), or a page where trafilatura
finds nothing, is read whole by the bs4 walk; a page too big for trafilatura's second-per-2-MB
pace by a quick lxml walk.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import re
from collections.abc import Iterator
from dataclasses import replace

import lxml.html
from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata

from timeline.extraction.document_meta import DocumentMeta, Reading
from timeline.extraction.page_address import opening_address
from timeline.extraction.reference_dates import (
    BYLINE_CHARS,
    OPENING_LINES,
    url_date,
)
from timeline.extraction.sentences import Line, line_at, normalised

# trafilatura reads about 10,000 elements a second: above this many the lxml walk reads the page.
MAX_EXTRACTED_ELEMENTS = 5_000
# Paragraphs are looked for this far ahead of the last one found; farther means not found.
_SEARCH_AHEAD = 500_000
_FIRST_WORDS = 4
_METADATA_CHARS = 500_000
_WORD = re.compile(r"\w+")
# Between two words of a block, the HTML may have spaces, tags, entities and punctuation.
_GAP_PATTERN = re.compile(r"(?:[^\w<&]|<[^>]*>|&(?:#?\w+;)?)*")
_BODY = re.compile(r"<body\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z])")
_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}"
)
# A heading that is only a date: an archive page has one above each post (Blogger's date-header).
_DATE_HEADING = re.compile(
    rf"<h[1-6][^>]*>(?:\s*<[^>]+>)*\s*{_DATE}\s*(?:<[^>]+>\s*)*</h[1-6]>", re.IGNORECASE
)
_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog"]
    + ["div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3"]
    + ["h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre"]
    + ["section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]
)
# Code, page furniture and embedded objects are no part of what the page says.
_DROPPED_TAGS = frozenset(
    ["script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "object"]
)
# The blocks of trafilatura's output (its XML: head, p, list/item, table/row/cell, quote, code).
_EXTRACTED_BLOCKS = frozenset(["head", "p", "item", "cell", "quote", "code", "list", "table"])

# htmldate and trafilatura log what they could not find; the warnings the run reports are ours.
for _logger in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_logger).setLevel(logging.CRITICAL)


def read_html(html: str) -> Reading:
    """Give the page's main text as lines on their source lines, its title and metadata."""
    tree = _parsed(html)
    if tree is None:
        lines, title = html_lines(html)
        return Reading(lines, title)
    # Metadata stands in the head and the opening of the article: a huge page's opening will do.
    meta = _metadata(tree if len(html) <= _METADATA_CHARS else _parsed(html[:_METADATA_CHARS]))
    if len(_DATE_HEADING.findall(html, 0, 5_000_000)) >= 2:
        lines, title = html_lines(html)  # an archive page: the walk keeps every post and header
        return Reading(lines, meta.title or title, meta)
    if sum(1 for _ in tree.iter()) > MAX_EXTRACTED_ELEMENTS:
        return Reading(_located(list(_page_blocks(tree)), html), meta.title, meta)
    blocks = _main_text_blocks(tree)
    if not any(text.strip() for text, _ in blocks):
        lines, title = html_lines(html)
        return Reading(lines, meta.title or title, meta)
    opening = _opening_blocks(tree) if meta.date is None else []  # the markup's date comes first
    if meta.url is None:  # a blog's "Permalink: …" in its post's footer, outside the main text
        meta = replace(meta, url=opening_address([Line(0, t) for t, _ in _page_blocks(tree)]))
    return Reading(_located(blocks, html), meta.title, meta, opening)


def _opening_blocks(tree: lxml.html.HtmlElement) -> list[Line]:
    """Give the page's first short blocks, outside the main text too, as lines (numbers
    unknown): a cookie notice or a standfirst does not end the stretch a byline stands in."""
    short = (text for text, _ in _page_blocks(tree) if len(text) <= BYLINE_CHARS)
    return [Line(0, text) for text in itertools.islice(short, OPENING_LINES)]


def _parsed(html: str) -> lxml.html.HtmlElement | None:
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError, UnicodeError):
        return None


def _metadata(tree: lxml.html.HtmlElement | None) -> DocumentMeta:
    if tree is None:
        return DocumentMeta()
    # Only the dates the markup states: htmldate's guesses from the text pick any date it names.
    found = extract_metadata(tree, extensive=False)

    def text(value: str | None) -> str | None:
        return normalised(value) or None if value else None

    try:
        date = dt.date.fromisoformat(found.date[:10]) if found.date else None
    except ValueError:
        date = None
    in_address = url_date(found.url)
    if in_address and in_address.precision != "day" and in_address.value == date:
        date = None  # htmldate's day 1 of an address's month: the address rule says a month
    return DocumentMeta(
        title=text(found.title),
        date=date,
        author=text(found.author),
        url=text(found.url),
        site=text(found.sitename),
    )


def _main_text_blocks(tree: lxml.html.HtmlElement) -> list[tuple[str, bool]]:
    """Give trafilatura's main text as (text, blank line after) blocks; [] when it finds none."""
    extracted = bare_extraction(
        tree,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_formatting=True,  # keeps inline words inline: without, "<i>x</i>." reads "x ."
        with_metadata=False,
    )
    if extracted is None or extracted.body is None:
        return []
    return list(_blocks(extracted.body, _EXTRACTED_BLOCKS, frozenset(), "lb"))


def _page_blocks(tree: lxml.html.HtmlElement) -> Iterator[tuple[str, bool]]:
    """Give every block of the page but scripts, styles and navigation: the quick walk."""
    return _blocks(tree, _BLOCK_TAGS, _DROPPED_TAGS, "br")


def _blocks(
    root: etree._Element, blocks: frozenset[str], dropped: frozenset[str], line_break: str
) -> Iterator[tuple[str, bool]]:
    """Give the text of root's blocks, in order, with whether a blank line follows each."""
    pieces: list[str] = []
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in dropped:
                walk.skip_subtree()
                pieces.append(" ")
                continue
            if tag in blocks or tag == line_break or tag == "hr":
                text = normalised("".join(pieces))
                if text:
                    yield text, tag != line_break
                pieces = []
            if element.text and tag not in dropped:
                pieces.append(element.text)
        else:
            if tag in blocks:
                text = normalised("".join(pieces))
                if text:
                    yield text, True
                pieces = []
            if element.tail and element is not root:
                pieces.append(element.tail)
    text = normalised("".join(pieces))
    if text:
        yield text, True


def _located(blocks: list[tuple[str, bool]], html: str) -> list[Line]:
    """Give blocks as Lines on the source lines where their words are found in the HTML.

    Each block is looked for by its first words after the last one found; each of its
    sentences by its first words inside the block's stretch, so a sentence in a long
    paragraph points at its own line. A block not found takes the line of the one before it.
    """
    newlines = [match.start() for match in re.finditer("\n", html)]

    def line_of(position: int) -> int:
        return bisect.bisect_right(newlines, position - 1) + 1

    lines: list[Line] = []
    # The head's description and og: tags often repeat the first paragraph: start at the body.
    body = _BODY.search(html)
    cursor = body.start() if body else 0
    line = line_of(cursor)
    for text, separate in blocks:
        found = _find(text, 0, html, cursor, cursor + _SEARCH_AHEAD)
        if found is not None:
            cursor, line = found, line_of(found)
        anchors = [(0, line)]
        starts = [boundary.end() for boundary in _SENTENCE_START.finditer(text)]
        if found is not None and starts:
            stretch_end = found + 3 * len(text) + 2000
            last = _find(text, starts[-1], html, cursor, stretch_end)
            # When the last sentence starts on the block's line, so do all those between.
            if last is not None and line_of(last) != line:
                for start in starts:
                    at = _find(text, start, html, cursor, stretch_end)
                    if at is not None:
                        cursor = at
                        anchors.append((start, line_of(at)))
        lines.append(Line(line, text, tuple(anchors)))
        if separate:
            lines.append(Line(anchors[-1][1], ""))
    return lines


def _find(text: str, offset: int, html: str, start: int, end: int) -> int | None:
    """Give where the words of text at offset stand in html[start:end], tags and entities
    skipped between them (str.find and one fixed pattern: a pattern per block would cost more
    to compile than the search)."""
    words = _WORD.findall(text, offset, offset + 200)[:_FIRST_WORDS]
    if not words:
        return None
    first, rest = words[0], words[1:]
    position = html.find(first, start, end)
    while position != -1:
        if position == 0 or not html[position - 1].isalnum():
            cursor = position + len(first)
            for word in rest:
                cursor = _GAP_PATTERN.match(html, cursor).end()  # type: ignore[union-attr]
                if not html.startswith(word, cursor):
                    break
                cursor += len(word)
            else:
                return position
        position = html.find(first, position + 1, end)
    return None


def html_lines(html: str) -> tuple[list[Line], str | None]:
    """Give the HTML's blocks as lines (a blank line between blocks) and its <title> or <h1>.

    Each block keeps anchors to its source lines, so a sentence inside a long <p> still points
    at the line it starts on. One walk over the tree does it all: bs4's searches each cost a
    walk of their own.
    """
    soup = BeautifulSoup(html, "html.parser")
    headings: dict[str, str] = {}
    # For each tag (by id): its nearest block ancestor-or-self, and whether it is dropped text.
    context: dict[int, tuple[Tag | None, bool]] = {id(soup): (None, False)}
    lines: list[Line] = []
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    length, current_line, block = 0, 1, None

    def flush(separate: bool) -> None:
        nonlocal pieces, anchors, length
        text = "".join(pieces)
        if text.strip():
            first = len(text) - len(text.lstrip())
            lines.append(Line(line_at(anchors, first), text, tuple(anchors)))
            if separate:
                lines.append(Line(lines[-1].number, ""))
        pieces, anchors, length = [], [], 0

    for node in soup.descendants:
        if isinstance(node, Tag):
            current_line = node.sourceline or current_line
            outer_block, dropped = context[id(node.parent)]
            context[id(node)] = (
                node if node.name in _BLOCK_TAGS else outer_block,
                dropped or node.name in _DROPPED_TAGS,
            )
            if node.name not in headings and (
                (node.name == "h1" and not dropped)
                or (node.name == "title" and node.find_parent("svg") is None)
            ):
                headings[node.name] = normalised(node.get_text())
            if node.name in ("br", "hr") and not dropped:
                flush(node.name == "hr")
            continue
        owner, dropped = context[id(node.parent)]
        if dropped or type(node) is not NavigableString:  # comments, doctype, script, CDATA
            continue
        if owner is not block:
            flush(True)
            block = owner
        anchors.append((length, current_line))
        if "\n" in node:
            for newline in re.finditer("\n", node):
                current_line += 1
                anchors.append((length + newline.end(), current_line))
        pieces.append(str(node))
        length += len(node)
    flush(True)
    return lines, headings.get("title") or headings.get("h1") or None
