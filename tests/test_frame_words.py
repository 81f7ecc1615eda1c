"""A frame is tried on a sentence only when the sentence holds each of its literal words, in any
of the word's options or with the word's prefix; a frame so tried matches as written, and one for
an active verb never matches a passive."""

import pytest
from factories import frame_found

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


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("The council ended the contract early.", True),
        ("The council ended the whole contract early.", True),
        ("By the end of the contract the cost had doubled.", False),
    ],
)
def test_an_of_never_stands_between_two_words_of_a_pattern(text, matched):
    assert _matched("end the contract*", text) is matched


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In March 2018 the council was referred to the Serious Fraud Office.", True),
        ("In March 2018 too few men were being referred to a programme.", False),
    ],
)
def test_a_named_frame_with_no_leading_role_needs_the_role_it_ends_with(recogniser, text, found):
    types = {candidate.type for candidate in frame_found(recogniser, text)}
    assert ("legal_action" in types) is found


@pytest.mark.parametrize(
    "text",
    [
        "The policy reflects the Domestic Violence, Crime and Victims Act, which became law in"
        " November 2004.",
        "In April 2005 the two departments merged to form HM Revenue and Customs, and Aspire"
        " became the IT contract of the combined department.",
    ],
)
def test_a_law_or_a_crown_body_takes_up_no_post(recogniser, text):
    assert "appointment" not in {candidate.type for candidate in frame_found(recogniser, text)}


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Lord Myners reported on 18 December 2014.", True),
        ("The NAO has since reported on what happened.", True),
        ("Alex Chalk said the review's final report was due in early summer.", False),
        ("It is the latest of several reports in which MPs have examined the reforms.", False),
    ],
)
def test_a_finite_frame_matches_a_verb_after_its_subject_never_a_noun(text, matched):
    frame = compile_frame("t", "{actor} report on|in", (), ROLES, finite=True)
    assert bool(FrameMatcher([frame], ROLES).find(tokenise(text))) is matched
