"""A frame is tried on a sentence only when the sentence holds each of its literal words, in any
of the word's options or with the word's prefix; a frame so tried matches as written."""

import pytest

from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.lemmas import tokenise

ROLES = {"actor": ["owner", "body", "name"]}


def _matched(pattern: str, text: str) -> bool:
    matcher = FrameMatcher([compile_frame("t", pattern, (), ROLES)], ROLES)
    return bool(matcher.find(tokenise(text)))


@pytest.mark.parametrize(
    ("pattern", "text", "matched"),
    [
        ("make ** redundanc*", "The firm made forty redundancies.", True),
        ("make ** redundanc*", "The firm made forty staff redundant.", False),
        ("make ** redundanc*", "The firm made forty changes.", False),
        ("return|renew contract*", "It returned the contracts early.", True),
        ("return|renew contract*", "It renewed its contract.", True),
        ("return|renew contract*", "It returned the keys early.", False),
        ("enter administration", "The firm has entered administration.", True),
        ("enter administration", "The firm entered talks.", False),
    ],
)
def test_each_literal_word_must_be_held_in_one_of_its_options(pattern, text, matched):
    assert _matched(pattern, text) is matched
