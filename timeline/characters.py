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


def blanked(text: str) -> str:
    """Give text with each forbidden character replaced by a space (offsets stay the same)."""
    return FORBIDDEN.sub(" ", text) if FORBIDDEN.search(text) else text


__all__ = ["FORBIDDEN", "blanked", "describe"]
