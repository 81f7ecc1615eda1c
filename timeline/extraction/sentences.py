"""Sentences of a document's lines, each with the line it starts on, in linear time."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from timeline.extraction.lemmas import known_word

# Downstream stages look at sentences with regexes and fuzzy matching; a cap keeps them linear.
MAX_SENTENCE_CHARS = 2000

LIST_MARKER = re.compile(r"\s*(?:[•·▪◦‣*+-]|\d{1,3}[.)])\s+")
_CLOSED = re.compile(r"""[.!?:;…]["'”’)\]]*-?$""")
# A sentence ends at . ! ? (plus closing quotes) before whitespace and a capital or opening quote.
# The lookbehind starts a match only at the first mark of a run and the possessive quantifiers
# never give back, so a megabyte of dots or spaces costs one pass.
_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]++["'”’)\]]*+\s++(?=["'“‘(\[]*+[A-ZÀ-ÖØ-Þ])""")
_WORD = re.compile(r"\w")
_ABBREVIATIONS = frozenset(
    ["Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "Prof", "Rev", "Hon", "Rt", "Sr", "Jr", "Gen"]
    + ["Col", "Capt", "Lt", "Sgt", "Insp", "Supt", "Det", "Cllr", "Co", "Mt", "Fig", "Vol"]
    + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
)
_LOWER_ABBREVIATIONS = frozenset(["e.g", "i.e", "eg", "ie", "etc", "vs", "cf", "al", "approx"])
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENING = "\"'“‘(["
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"  # a month's name
# A paragraph opening on a date alone, as a chronology's entries do: "2006.", "14 March.",
# "June 2011.", "Last week."
_DATE_LABEL = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}"
    r"|(?:Last|This|Next|Early|Late|Later|Earlier)\s+(?:this\s+|last\s+)?"
    rf"(?:week|month|year|spring|summer|autumn|winter|{_MONTH}))"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # whitespace-normalised sentence text
    line: int  # 1-based line of the document file where the sentence starts


@dataclass(frozen=True, slots=True)
class Line:
    """A line of a document; an HTML block is one Line whose anchors map offsets to source lines."""

    number: int
    text: str
    anchors: tuple[tuple[int, int], ...] = ()

    @property
    def blank(self) -> bool:
        return not self.text or self.text.isspace()


def normalised(text: str) -> str:
    """Give text with each run of whitespace made one space, and no space at either end."""
    return " ".join(text.split())


def split_text(text: str, first_line: int = 1) -> list[Sentence]:
    """Give the sentences of text whose first line is first_line."""
    lines = text.replace("\r\n", "\n").split("\n")
    return split_sentences([Line(first_line + index, line) for index, line in enumerate(lines)])


def split_sentences(lines: Sequence[Line]) -> list[Sentence]:
    """Give the sentences of lines: hard-wrapped lines rejoined, paragraphs split into sentences."""
    sentences: list[Sentence] = []
    for text, anchors in _paragraphs(lines):
        _split_paragraph(text, anchors, sentences)
    return sentences


def line_at(anchors: Sequence[tuple[int, int]], offset: int) -> int:
    """Give the source line of offset from (offset, line) anchors sorted by offset."""
    index = bisect.bisect_right([position for position, _ in anchors], offset) - 1
    return anchors[max(index, 0)][1]


def _paragraphs(lines: Sequence[Line]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Give each paragraph's text and its (offset, line) anchors.

    Lines are joined only where the previous one was hard-wrapped mid-sentence; a heading, a list
    item or an address line stays a sentence of its own.
    """
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    length = 0
    previous = ""
    wrapped = _hard_wrapped(lines)
    for entry in lines:
        if entry.blank:
            if pieces:
                yield "".join(pieces), anchors
            pieces, anchors, length, previous = [], [], 0, ""
            continue
        text, shift = entry.text, 0
        marker = LIST_MARKER.match(text)
        if marker:
            text, shift = text[marker.end() :], marker.end()
        if pieces and (marker or not _continues(previous, text, wrapped)):
            yield "".join(pieces), anchors
            pieces, anchors, length = [], [], 0
        if pieces and _HYPHENATED.search(previous) and text[:1].islower():
            if _word_whole(previous, text):  # "Rehabili-" / "tation": one word again
                pieces[-1] = pieces[-1][:-1]
                length -= 1
        elif pieces:
            pieces.append(" ")
            length += 1
        if entry.anchors:
            anchors.extend(
                (max(0, offset - shift) + length, line) for offset, line in entry.anchors
            )
        else:
            anchors.append((length, entry.number))
        pieces.append(text)
        length += len(text)
        previous = text
    if pieces:
        yield "".join(pieces), anchors


def _hard_wrapped(lines: Sequence[Line]) -> bool:
    """Give whether the lines are wrapped at a width, not a paragraph to a line as a page saved
    from the web writes them (where a headline's line ends without a stop)."""
    lengths = [len(entry.text) for entry in lines if not entry.blank]
    return sum(length > _WRAP_WIDTH for length in lengths) <= len(lengths) // 10


_WRAP_WIDTH = 100  # characters: no wrapped line is longer


def _continues(previous: str, text: str, wrapped: bool = True) -> bool:
    """Tell whether text carries on the sentence that previous broke off (a hard wrap); a rule
    of dashes, or two rows of a dated table ("May 2013 Ministry publishes …"), do not; nor, in
    text not wrapped, a line that opens on a capital."""
    ending = previous.rstrip()[-4:]
    if not ending or _CLOSED.search(ending) or not any(c.isalpha() for c in previous):
        return False
    if _JOINING_END.search(previous):
        return True  # "… redundancies and" / "Black Country office closures"; "… the attacks
        # of" / "September 2001, the Transport Secretary …": no dated row ends so
    if _DATED_ROW.match(previous) and _DATED_ROW.match(text):
        return False
    if _table_rows(previous, text):
        return False
    if text.lstrip()[:1].islower():
        return True  # a sentence carried on in lower case
    return wrapped and len(previous.strip()) >= 60


def _table_rows(previous: str, text: str) -> bool:
    """Give whether previous is a row of a table with a date column, which the next line, opening
    on a capital, does not carry on ("Merseyside CRC Purple Futures September 2018 Requires
    improvement" / "Dorset, Devon and Cornwall CRC … February 2019 Inadequate")."""
    row, following = previous.strip(), text.strip()
    column = _DATE_COLUMN.search(row)
    if column is None or len(row) > _ROW_LENGTH or not following[:1].isupper():
        return False
    return not _TIME_PREPOSITION.search(row, 0, column.start())  # not "… did: on 10 July 2017"


_JOINING_END = re.compile(r"\b(?:and|or|of|the|a|an|to|for|with|in|on|by|from|at)\s*\Z")
_ROW_LENGTH = 90  # characters: a table's row, not a wrapped paragraph's line
_TIME_PREPOSITION = re.compile(
    r"\b(?:on|in|at|by|from|since|until|of|to|before|after|during)\s+(?:\d{1,2}(?:st|nd|rd|th)?"
    r"\s+)?\Z",
    re.I,
)
# A month and year in a row's last columns: at most a capitalised column after it ("Requires
# improvement"), not "July 2018 the Ministry of" wrapped mid-sentence.
_DATE_COLUMN = re.compile(
    rf"\b{_MONTH}\s+(?:19|20)\d\d(?:\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,2}})?\Z"
)


def _word_whole(previous: str, text: str) -> bool:
    """Give whether a word hyphenated across a line end is one word without its hyphen
    ("govern-" / "ment"), not a compound that keeps it ("well-" / "known")."""
    head = _HYPHENATED.search(previous)
    tail = re.match(r"[a-z]+", text)
    return bool(head and tail) and known_word(head.group(1) + tail.group())


_HYPHENATED = re.compile(r"([A-Za-z]+)-$")
# A table's row opening on its date, then the entry: "1 June 2014 The NPS and 21 CRCs replace …"
_DATED_ROW = re.compile(rf"\s*{_DATE_LABEL.pattern}\s+[A-Z0-9]")


def _split_paragraph(text: str, anchors: list[tuple[int, int]], out: list[Sentence]) -> None:
    offsets = [offset for offset, _ in anchors]
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group()[0] == "." and _is_abbreviation(text, boundary.start()):
            continue
        if start == 0 and _DATE_LABEL.fullmatch(text[: boundary.start()]):
            continue  # a chronology's "14 March. The company warns …": the date is the entry's
        _emit(text, start, boundary.end(), offsets, anchors, out)
        start = boundary.end()
    _emit(text, start, len(text), offsets, anchors, out)


def _is_abbreviation(text: str, dot: int) -> bool:
    begin = dot
    while begin > 0 and dot - begin < 16 and not text[begin - 1].isspace():
        begin -= 1
    token = text[begin:dot].lstrip(_OPENING)
    return (
        token in _ABBREVIATIONS
        or token.lower() in _LOWER_ABBREVIATIONS
        or (len(token) == 1 and token.isupper())
        or _INITIALISM.fullmatch(token) is not None
    )


def _emit(
    text: str,
    start: int,
    end: int,
    offsets: list[int],
    anchors: list[tuple[int, int]],
    out: list[Sentence],
) -> None:
    """Add text[start:end] as sentences, cut at whitespace into pieces no longer than the cap."""
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        if end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            stop = cut if cut > start else start + MAX_SENTENCE_CHARS
        sentence = normalised(text[start:stop])
        if sentence and _WORD.search(sentence):
            out.append(Sentence(sentence, anchors[bisect.bisect_right(offsets, start) - 1][1]))
        start = stop


def asks(text: str) -> bool:
    """Give whether a sentence asks a question, not one that ends on a title that does
    ("… published a joint inspection under the title Probation Hostels: Control, Help or
    Manage?")."""
    return text.rstrip().endswith("?") and not _TITLED_QUESTION.search(text)


# A title named after these words may itself end on a question mark.
_TITLED_QUESTION = re.compile(
    r"\b(?:titled|entitled|called|headed|headlined|the title)\s+[\"“‘'*]?[A-Z][^?]*\?\W*\Z"
)
