"""The characters events.yaml refuses: control characters and noncharacters."""

from __future__ import annotations

import pytest

from timeline.characters import FORBIDDEN, blanked, describe


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
    assert describe(character) == described


@pytest.mark.parametrize("character", ["\t", "\n", "\r", " ", "é", "\u2019", "\ufffd", "😀"])
def test_characters_text_people_write_is_allowed(character):
    assert FORBIDDEN.search(character) is None


def test_characters_blanked_keeps_offsets():
    assert blanked("a\x07b\ufffec") == "a b c"
    assert blanked("plain") == "plain"
