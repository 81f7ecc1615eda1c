"""How a frame's verb tells a report from a hedge, a forecast or a decision."""

import pytest

from timeline.extraction.entities import EntityFinder
from timeline.extraction.frame_patterns import compile_frame
from timeline.extraction.frames import FrameMatcher
from timeline.extraction.happening_times import time_anchor
from timeline.extraction.happenings import (
    decision_verb,
    perfect,
    report_kind,
    without_reporting_frames,
)
from timeline.extraction.lemmas import tokenise
from timeline.vocabulary import load_vocabulary

ROLES = {"actor": ["owner", "body", "crc"], "target": ["crc", "owner", "body"]}


def _match(sentence: str, pattern: str):
    finder = EntityFinder(load_vocabulary())
    tokens = tokenise(sentence, finder.find(sentence, None).mentions)
    matcher = FrameMatcher([compile_frame("t", pattern, (), ROLES)], ROLES)
    (match,) = matcher.find(tokens)
    return match


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Working Links entered administration.", "report"),
        ("Working Links has entered administration.", "report"),
        ("Working Links could enter administration.", None),
        ("Working Links has not entered administration.", None),
        ("Working Links will enter administration.", None),
        ("The MoJ announced that Working Links would enter administration.", "decision"),
        ("The MoJ has agreed that Working Links will enter administration.", "decision"),
        ("Working Links was forced to enter administration.", "report"),
        ("Working Links had been compelled to enter administration.", "report"),
        ("Working Links will be forced to enter administration.", None),
        ("Working Links wanted to enter administration.", None),
        ("Working Links had to enter administration.", "report"),
        # a gerund opening its sentence names an idea; after "with", what was decided
        ("Entering administration was first put forward in May.", None),
        (
            "The MoJ announced that the plan would go ahead, with Working Links entering"
            " administration.",
            "decision",
        ),
        ("Working Links began the process of entering administration.", "mention"),
        ("Working Links has to enter administration.", None),
        ("Working Links will have to enter administration.", None),
    ],
)
def test_happenings_the_verb_says_what_kind_of_report(sentence, kind):
    assert report_kind(_match(sentence, "{actor} enter administration"), set()) == kind


def test_happenings_a_forecast_announced_now_is_a_plan():
    match = _match("Working Links will enter administration.", "{actor} enter administration")
    assert report_kind(match, {"now"}) == "plan"


def test_happenings_the_decision_verb_must_stand_in_the_same_sentence_part():
    match = _match(
        "The MoJ announced reforms; Working Links will enter administration.",
        "{actor} enter administration",
    )
    assert decision_verb(match) is None


def test_happenings_a_trailing_attribution_makes_a_forecast_a_decision():
    match = _match(
        "Working Links will enter administration, the Ministry of Justice confirmed.",
        "{actor} enter administration",
    )
    assert report_kind(match, set()) == "decision"
    assert decision_verb(match).text == "confirmed"


def test_happenings_a_long_trailing_clause_is_no_attribution():
    match = _match(
        "Working Links will enter administration, and the ministry said in a long statement "
        "issued after a meeting of officials with the company's lenders that it was ready.",
        "{actor} enter administration",
    )
    assert decision_verb(match) is None


def _matches(sentence: str, *patterns: str):
    finder = EntityFinder(load_vocabulary())
    tokens = tokenise(sentence, finder.find(sentence, None).mentions)
    frames = [compile_frame(f"t{i}", p, (), ROLES) for i, p in enumerate(patterns)]
    return FrameMatcher(frames, ROLES).find(tokens)


def test_happenings_a_verb_reports_no_decision_on_what_already_happened():
    matches = _matches(
        "The MoJ ordered an inquiry a day after Working Links collapsed.",
        "{actor} order * inquiry",
        "{actor} collapse",
    )
    assert [m.type for m in without_reporting_frames(matches)] == ["t0", "t1"]


def test_happenings_a_verb_with_an_infinitive_reports_that_not_a_later_clause():
    matches = _matches(
        "The MoJ has said that Sodexo agreed to end the contract, and that Seetec will take "
        "over Wales.",
        "{actor} agree to end * contract",
        "{actor} take over {target}",
    )
    kept = without_reporting_frames(matches)
    assert [m.type for m in kept] == ["t0", "t1"]
    assert decision_verb(kept[1]).text == "said"


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("Proceedings began on 12 January 2021, three years after the collapse.", "after"),
        ("He was chief executive when the company collapsed on Friday.", "when"),
        ("Its troubles began last July, when the company collapsed.", None),  # the time before
        ("The company collapsed on 15 January 2018.", None),
    ],
)
def test_happenings_a_happening_that_tells_the_time_of_another_is_anchored(sentence, anchor):
    found = time_anchor(_match(sentence, "{actor} collapse"))
    assert (found.lemma if found else None) == anchor


def test_happenings_a_noun_after_its_article_is_a_mention_not_a_report():
    match = _match("Three years after the collapse the directors were charged.", "collapse")
    assert report_kind(match, set()) == "mention"


def test_happenings_a_noun_phrase_frame_takes_the_tense_of_the_verb_before_it():
    sentence = "Sodexo has been named as the preferred bidder for Essex."
    assert perfect(_match(sentence, "{actor} preferred bidder"))
    assert not perfect(
        _match("Sodexo, the preferred bidder, runs Essex.", "{actor} preferred bidder")
    )


def test_happenings_a_reporting_verb_among_the_frames_own_words_makes_it_a_decision():
    (match,) = _matches(
        "The Justice Committee announced on Monday that it would hold an inquiry.",
        "{actor} announce ** hold ** inquiry",
    )
    assert decision_verb(match).text == "announced"
    assert report_kind(match, set()) == "decision"
    assert without_reporting_frames([match]) == [match]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A report by MPs described the collapse as a story of greed.", None),
        ("The minister blamed the collapse on its directors.", None),
        ("Since the collapse, staff have gone unpaid.", "mention"),
    ],
)
def test_happenings_a_happening_a_report_describes_is_the_report_not_news(sentence, kind):
    assert report_kind(_match(sentence, "{actor} collapse"), set()) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The routes were taken over rather than handed back to the firm.", None),
        ("The work was kept in-house instead of being handed back to the firm.", None),
        ("The routes were handed back to the firm.", "report"),
    ],
)
def test_happenings_the_alternative_set_aside_is_no_happening(sentence, kind):
    assert report_kind(_match(sentence, "hand back to"), set()) == kind


def test_happenings_what_was_stopped_did_not_happen():
    match = _match("The Government stopped awarding new work to the firm.", "award ** to")
    assert report_kind(match, set()) is None
    match = _match("The Government was awarding new work to the firm.", "award ** to")
    assert report_kind(match, set()) is not None


def test_happenings_a_verb_a_preposition_makes_a_noun_is_none_of_the_actors():
    """The NAO published an investigation into changes to contracts: it changed none."""
    match = _match(
        "The NAO published its investigation into changes to the Sodexo contracts on Tuesday.",
        "{actor} change ** contract*",
    )
    assert report_kind(match, set()) is None
    done = _match("The NAO changed its contracts on Tuesday.", "{actor} change ** contract*")
    assert report_kind(done, set()) == "report"


def test_happenings_an_active_frame_with_the_agent_inside_matches_no_passive():
    """ "X was appointed by the MoJ as …": the MoJ is the appointer, not the one appointed."""
    finder = EntityFinder(load_vocabulary())
    sentence = "Sodexo was appointed by the MoJ as the new owner."
    tokens = tokenise(sentence, finder.find(sentence, None).mentions)
    frame = compile_frame("t", "{actor} appoint {target} as", (), ROLES)
    assert FrameMatcher([frame], ROLES).find(tokens) == []
    active = "Sodexo appointed the MoJ as the new owner."
    tokens = tokenise(active, finder.find(active, None).mentions)
    assert len(FrameMatcher([frame], ROLES).find(tokens)) == 1


@pytest.mark.parametrize(
    ("text", "date_text", "written", "expected"),
    [
        # three days after a Friday is the Monday
        (
            "The ruling comes three days after the firm agreed on Friday to pay.",
            "Friday",
            "2016-01-29",
            "2016-02-01",
        ),
        (
            "It was signed a week before the deadline of 8 March 2019.",
            "8 March 2019",
            "2019-03-08",
            "2019-03-01",
        ),
        # months move the month, at month precision
        (
            "It was published four months after she took office in July 2016.",
            "July 2016",
            "2016-07",
            "2016-11",
        ),
        # a count finer than the date: the date as it is
        ("It came two days after the review in March 2019.", "March 2019", "2019-03", "2019-03"),
        # no count between the happening's words and the date
        ("It was signed on 8 March 2019.", "8 March 2019", "2019-03-08", "2019-03-08"),
    ],
)
def test_a_happening_counted_from_a_dated_one_takes_its_own_time(
    text, date_text, written, expected
):
    from timeline.extraction.happening_times import counted_from
    from timeline.partial_date import PartialDate

    found = counted_from(text, 0, text.index(date_text), PartialDate.parse(written))
    assert str(found) == expected
