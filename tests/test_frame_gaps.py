"""A pattern's "**" gap: up to five words, punctuation between them free, punctuation it ends on
counted as a word; a long run of punctuation (a PDF's contents line) read in one pass."""

import pytest

from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.lemmas import tokenise

ROLES = {"actor": ["owner", "body", "name"]}


def _matched(pattern: str, text: str) -> bool:
    matcher = FrameMatcher([compile_frame("t", pattern, (), ROLES)], ROLES)
    return bool(matcher.find(tokenise(text)))


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("The inspection report was published.", True),
        ("The inspection of all the five areas was published.", True),
        ("The inspection of all the five wide areas was published.", False),
        ("The inspection — of the ‘five’ areas — was published.", True),
        ("The inspection of the five areas, was published.", True),
        ("The inspection of all the five areas, was published.", False),
    ],
)
def test_a_gap_spans_five_words_with_punctuation_between_them_free(text, matched):
    assert _matched("inspection ** be publish", text) is matched


def test_a_contents_line_of_dots_is_read_without_trying_every_split_of_its_gaps():
    """Two gaps side by side over a run of 150 dots: tried split by split, this takes hours."""
    line = "2. The inspection " + ". " * 150 + "2"
    assert not _matched("inspection ** ** and be publish", line)
