"""The characters events.yaml refuses: control characters and noncharacters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.characters import FORBIDDEN, blanked, describe, has_forbidden


@pytest.mark.parametrize(
    ("character", "described"),
    [
        ("\x00", "control character U+0000"),
        ("\x07", "control character U+0007"),
        ("\x1b", "control character U+001B"),
        ("\x7f", "control character U+007F"),
        ("\x80", "control character U+0080"),
        ("\x85", "control character U+0085"),
        ("\ud800", "lone surrogate U+D800"),
        ("\ufdd0", "noncharacter U+FDD0"),
        ("\ufffe", "noncharacter U+FFFE"),
        ("\uffff", "noncharacter U+FFFF"),
        ("\U0010ffff", "noncharacter U+10FFFF"),
    ],
)
def test_characters_forbidden_ones_are_found_and_described(character, described):
    assert FORBIDDEN.search(f"a{character}b")
    assert has_forbidden(f"a{character}b") and has_forbidden(f"£{character}")
    assert describe(character) == described


@pytest.mark.parametrize("character", ["\t", "\n", "\r", " ", "é", "\u2019", "\ufffd", "😀"])
def test_characters_text_people_write_is_allowed(character):
    assert FORBIDDEN.search(character) is None
    assert not has_forbidden(f"a{character}b £ \u00a0 \ufdcf \ufdf0 \ufffd \U0001fffd")


# Each character near a forbidden one in UTF-8 (same first byte), and the forbidden ones.
NEIGHBOURS = st.sampled_from(
    [
        chr(code)
        for first, last in [(0, 0x20), (0x7E, 0xA0), (0xD7FF, 0xE000)]
        for code in range(first, last)
    ]
    + [chr(code) for code in range(0xFDC0, 0xFE00)]
    + [chr(code) for code in range(0xFFF0, 0x10000)]
    + [chr(plane * 0x10000 + low) for plane in range(1, 17) for low in (0xFFFD, 0xFFFE, 0xFFFF)]
)


@given(st.lists(st.one_of(NEIGHBOURS, st.characters()), max_size=8).map("".join))
def test_characters_has_forbidden_agrees_with_the_pattern(text):
    assert has_forbidden(text) == (FORBIDDEN.search(text) is not None)


def test_characters_blanked_keeps_offsets():
    assert blanked("a\x07b\ufffec") == "a b c"
    assert blanked("plain") == "plain"
