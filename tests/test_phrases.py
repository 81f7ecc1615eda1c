import pytest

from timeline.extraction.entities import EntityMention
from timeline.extraction.phrases import PhraseMatcher, phrase_weight, prepare


@pytest.mark.parametrize(
    ("phrase", "weight"),
    [
        ("administration", 1),
        ("entered administration", 2),
        ("appointed {owner} to", 4),
        ("awarded * preferred bidder", 3),
    ],
)
def test_phrases_weight_counts_words_and_placeholders(phrase, weight):
    assert phrase_weight(phrase) == weight


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sodexo announced REDUNDANCIES today", ["redundanc*"]),
        ("the redundancy terms", ["redundanc*"]),
        ("it has entered administration", ["entered administration"]),
        ("maladministration is rife", []),
        ("the administration's plans", []),
        ("the contracts were awarded last year", ["contract* were awarded"]),
    ],
)
def test_phrases_match_words_stems_and_boundaries(text, found):
    matcher = PhraseMatcher(
        {"t": ["redundanc*", "entered administration", "contract* were awarded"]}
    )
    assert [m.phrase for m in matcher.find(text)] == found


def test_phrases_heaviest_phrase_wins_at_a_position():
    matcher = PhraseMatcher({"weak": ["strike"], "strong": ["strike action"]})
    (match,) = matcher.find("members voted for strike action")
    assert match.label == "strong"


def test_phrases_placeholders_match_recognised_entities_only():
    sentence = "The MoJ has appointed Seetec to manage probation in Wales."
    mention = EntityMention("owner", "Seetec", "Seetec", 22, 28)
    prepared = prepare(sentence, [mention])
    matcher = PhraseMatcher({"ownership_changed": ["appointed {owner} to"]})
    (match,) = matcher.find(prepared.text)
    start, _ = prepared.sentence_span(match.start, match.end)
    assert sentence[start:].startswith("appointed Seetec")
    assert matcher.find(prepare(sentence).text) == []


def test_phrases_span_ending_on_a_placeholder_covers_the_whole_entity():
    sentence = "Staff were transferred to Seetec yesterday."
    mention = EntityMention("owner", "Seetec", "Seetec", 26, 32)
    prepared = prepare(sentence, [mention])
    (match,) = PhraseMatcher({"t": ["transferred to {owner}"]}).find(prepared.text)
    start, end = prepared.sentence_span(match.start, match.end)
    assert sentence[start:end] == "transferred to Seetec"


def test_phrases_curly_quotes_read_as_plain():
    matcher = PhraseMatcher({"t": ["napo's campaign"]})
    assert matcher.find(prepare("Napo’s campaign starts now").text)


def test_phrases_may_start_with_a_placeholder():
    sentence = "Everyone agrees Seetec will run the service."
    mention = EntityMention("owner", "Seetec", "Seetec", 16, 22)
    matcher = PhraseMatcher({"ownership_changed": ["{owner} will run"]})
    (match,) = matcher.find(prepare(sentence, [mention]).text)
    assert match.phrase == "{owner} will run"
