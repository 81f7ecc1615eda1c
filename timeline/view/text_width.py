"""How wide a line of text draws, in pixels, so labels can be placed without drawing them.

Widths are Arial's (Liberation Sans, its metric twin, stands in on Linux), per 1000 units of
the font size; characters outside ASCII count wide, emoji and East Asian ones wider still. A
small allowance on top errs towards leaving a label out rather than letting two touch.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Arial advance widths, per 1000 em, for printable ASCII from space (32) to tilde (126).
_ASCII = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)  # fmt: skip
_OTHER = 650  # accented Latin, Greek, Cyrillic, typographic quotes and dashes
_WIDE = 1000  # East Asian wide and full-width characters
_EMOJI = 1300
ALLOWANCE = 1.08


@lru_cache(maxsize=65536)
def _units(char: str) -> int:
    code = ord(char)
    if 32 <= code <= 126:
        return _ASCII[code - 32]
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Cf"):
        return 0
    if code >= 0x1F000 or 0x2600 <= code <= 0x27BF:
        return _EMOJI
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return _WIDE
    return _OTHER


@lru_cache(maxsize=16384)
def text_px(text: str, font_px: float) -> float:
    """Give the width text draws at font_px (a font size in CSS pixels), erring wide."""
    return sum(_units(char) for char in text) * font_px / 1000 * ALLOWANCE


@lru_cache(maxsize=16384)
def fit_text(text: str, font_px: float, max_px: float) -> str:
    """Give text shortened at a word, with "…", to draw within max_px ("" if nothing fits)."""
    if text_px(text, font_px) <= max_px:
        return text
    scale = font_px / 1000 * ALLOWANCE
    budget = max_px / scale - sum(_units(char) for char in "…")
    words = text.split()
    kept: list[str] = []
    used = 0.0
    for word in words:
        width = sum(_units(char) for char in word) + (_units(" ") if kept else 0)
        if used + width > budget:
            break
        kept.append(word)
        used += width
    if kept:
        return " ".join(kept) + "…"
    # The first word alone is too wide: cut it by characters.
    used, cut = 0.0, ""
    for char in words[0] if words else "":
        if used + _units(char) > budget:
            break
        cut += char
        used += _units(char)
    return cut + "…" if cut else ""
