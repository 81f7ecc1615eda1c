"""A frame is tried on a sentence only when the sentence holds each of its literal words, in any
of the word's options or with the word's prefix; a frame so tried matches as written, and one for
an active verb never matches a passive."""

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


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Inspectors found serious failings.", True),
        ("A successor was found in May.", False),
        ("The review draws on fresh evidence found by the new provider.", False),
    ],
)
def test_a_frame_for_an_active_verb_never_matches_a_passive_or_a_participle_with_its_agent(
    text, matched
):
    matcher = FrameMatcher([compile_frame("t", "find", (), ROLES, active=True)], ROLES)
    assert bool(matcher.find(tokenise(text))) is matched
