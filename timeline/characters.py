"""Characters events.yaml refuses: control characters and Unicode noncharacters.

They are invisible in an editor, break terminals and the YAML writer (ruamel.yaml refuses to
read most of them back), and no title, quote or name needs one. Tab, line feed and carriage
return are ordinary text. The extractor blanks the same characters out of documents, so what
it writes is always read back.
"""

from __future__ import annotations

import re

_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
#: C0 controls but tab, LF and CR; DEL and the C1 controls; lone surrogates; noncharacters.
FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")

# The same characters in UTF-8 (surrogates as "surrogatepass" writes them), one pattern per
# first byte so each search runs at memchr speed; a str search of FORBIDDEN costs ~90 ns a
# character, most of reading a large events file.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_BY_FIRST_BYTE = {
    0xC2: re.compile(rb"\xc2[\x80-\x9f]"),  # C1 controls
    0xED: re.compile(rb"\xed[\xa0-\xbf]"),  # surrogates
    0xEF: re.compile(rb"\xef(?:\xb7[\x90-\xaf]|\xbf[\xbe\xbf])"),  # U+FDD0-FDEF, U+FFFE/F
    **dict.fromkeys(range(0xF0, 0xF5), re.compile(rb"[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]")),
}
_NOT_SUSPECT = bytes(sorted(set(range(256)) - set(_CONTROL_BYTES) - set(_BY_FIRST_BYTE)))


def describe(character: str) -> str:
    """Give what a forbidden character is, for a message: "control character U+0007"."""
    code = ord(character)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        kind = "control character"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "lone surrogate"
    else:
        kind = "noncharacter"
    return f"{kind} U+{code:04X}"


def has_forbidden(text: str) -> bool:
    """Give whether text holds a forbidden character: FORBIDDEN.search, fifty times faster."""
    data = text.encode("utf-8", "surrogatepass")
    suspects = data.translate(None, _NOT_SUSPECT)  # C speed: what is left is rare
    if not suspects:
        return False
    if suspects.translate(None, bytes(_BY_FIRST_BYTE)):  # an ASCII control character
        return True
    return any(_BY_FIRST_BYTE[first].search(data) for first in set(suspects))


def blanked(text: str) -> str:
    """Give text with each forbidden character replaced by a space (offsets stay the same)."""
    return FORBIDDEN.sub(" ", text) if FORBIDDEN.search(text) else text


__all__ = ["FORBIDDEN", "blanked", "describe", "has_forbidden"]
