"""Document files as lines of plain text: bytes read and decoded safely, text split into lines."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from timeline.errors import DocumentError
from timeline.extraction.sentences import Line

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MARKDOWN_HEADING = re.compile(r"\s{0,3}#{1,6}\s+")
# "**bold**", "__bold__", "*italic*", "[text](address)": the words, without the marks.
_MARKDOWN_MARKS = (
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)"), r"\1"),
)


def read_text(path: Path, name: str, warnings: list[str]) -> str:
    """Give the text of the file at path, newlines made \\n; DocumentError naming it if unfit."""
    return decode_text(read_bytes(path, name), name, warnings)


def text_lines(text: str, *, markdown: bool = False) -> list[Line]:
    """Give text's lines, numbered from 1; Markdown heading, emphasis and link marks are
    dropped."""
    lines = text.split("\n")
    if markdown:
        lines = [_markdown_words(line) for line in lines]
    return [Line(number, line) for number, line in enumerate(lines, 1)]


_LINK = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)")


def _markdown_words(line: str) -> str:
    """Give a Markdown line as the words it shows ("**NAO (January).** The NAO's …"); a line of
    links and little else ("[Join](#) | [Contact](#)", "*Related:* [A](#) · [B](#)") is a
    menu, no words."""
    if len(_LINK.findall(line)) >= 2 and len(re.findall(r"\w+", _LINK.sub("", line))) <= 3:
        return ""
    if "#" in line[:8]:
        line = _MARKDOWN_HEADING.sub("", line, count=1)
    for pattern, words in _MARKDOWN_MARKS:
        line = pattern.sub(words, line)
    return line


def looks_like_html(text: str) -> bool:
    """Tell whether text opens as an HTML page, whatever its file name says."""
    return text[:1000].lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def read_bytes(path: Path, name: str) -> bytes:
    """Give the bytes of the file at path; DocumentError naming it if missing, empty or huge."""
    if path.is_dir():
        raise DocumentError(f"{name}: is a directory, not a document")
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise DocumentError(f"{name}: larger than {MAX_DOCUMENT_BYTES // 2**20} MiB; split it")
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{name}: no such file") from None
    except OSError as error:
        raise DocumentError(f"{name}: cannot read ({error.strerror or error})") from None
    if not data or data.isspace():
        raise DocumentError(f"{name}: empty document")
    return data


def decode_text(data: bytes, name: str, warnings: list[str]) -> str:
    """Give data as text: UTF-8 (BOM dropped), UTF-16 with a BOM, else the detected encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is not None:
            warnings.append(f"{name}: not UTF-8; decoded as utf-16")
            return _checked(text, name)
    if b"\x00" in data:
        raise DocumentError(f"{name}: binary file (NUL bytes), not a text document")
    text = _strict(data, "utf-8-sig")
    if text is None:
        match = _detected(data)
        if match is None:
            raise DocumentError(f"{name}: binary file (no text encoding fits), not a text document")
        text = str(match)
        warnings.append(f"{name}: not UTF-8; decoded as {match.encoding}")
    return _checked(text, name)


def _detected(data: bytes) -> charset_normalizer.CharsetMatch | None:
    """Give the likeliest encoding of data, cp1252 when it fits as well as the best guess.

    Detection cannot tell cp1252 from cp1250 on English text (both read "£" as a letter), and
    cp1252 is what English legacy files, and browsers' fallback, use.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.encoding == "cp1252":
        return best
    western = next((match for match in matches if match.encoding == "cp1252"), None)
    return western if western is not None and western.chaos <= best.chaos + 0.01 else best


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _checked(text: str, name: str) -> str:
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > len(sample) // 20:
        raise DocumentError(f"{name}: binary file (mostly control characters), not a text document")
    if not text or text.isspace():
        raise DocumentError(f"{name}: empty document")
    # Editors count only \n (and an old Mac's \r) as line ends: line numbers must not use
    # splitlines(), which also breaks at \f, \x1c and \u2028.
    return text.replace("\r\n", "\n").replace("\r", "\n")
