"""A loose pattern marked `yields` gives way to any other frame on its words, and a match that
does not stand (a reporting body's word said by no such body) claims no words from another."""

from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.lemmas import tokenise

ROLES = {"actor": ["owner", "body", "name"]}
SENTENCE = "The committee's report builds on the audit report on school meals, published in April."
LOOSE = "report of|into|on|by ** ** ** , publish"


def _found(frames, stands=lambda match: True) -> list[str]:
    matcher = FrameMatcher(frames, ROLES)
    return [match.frame.pattern for match in matcher.find(tokenise(SENTENCE), stands)]


def test_a_loose_pattern_claims_words_from_a_plainer_one_unless_it_yields():
    loose = compile_frame("t", LOOSE, (), ROLES)
    plain = compile_frame("t", "publish in", (), ROLES)
    assert _found([loose, plain]) == [LOOSE]
    yielding = compile_frame("t", LOOSE, (), ROLES, yields=True)
    assert yielding.weight == 0
    assert _found([yielding, plain]) == ["publish in"]


def test_a_match_that_does_not_stand_leaves_its_words_to_the_next():
    yielding = compile_frame("t", LOOSE, (), ROLES, yields=True)
    plain = compile_frame("t", "publish in", (), ROLES)
    found = _found([yielding, plain], lambda match: match.frame.pattern != "publish in")
    assert found == [LOOSE]
