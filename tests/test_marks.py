"""The marks sources store: the words of the sentence that made each event, as written."""

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extraction.documents import Post, Sentence
from timeline.extraction.frame_events import FrameRecogniser, Subject
from timeline.extraction.merge import merge_candidates

NO_SUBJECT = Subject()
POST = Post(title="A post", post_date=dt.date(2019, 2, 20), line=1, sentences=[], comments=[])


@pytest.fixture(scope="module")
def recogniser(vocabulary):
    return FrameRecogniser(vocabulary)


def _marked(candidate) -> list[tuple[str, str]]:
    """Give (kind, words) for each mark of candidate's source, in quote order."""
    quote = candidate.source.quote
    return [(mark.kind, quote[mark.start : mark.end]) for mark in candidate.source.marks]


def _found(recogniser, text, subject=NO_SUBJECT):
    return recogniser.sentence_candidates(Sentence(text, 3), POST, "doc.txt", subject, lead=False)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "Working Links has gone into administration, the firm said on 15 February 2019.",
            [
                ("actor", "Working Links"),
                ("trigger", "gone into administration"),
                ("date", "15 February 2019"),
            ],
        ),
        (  # passive: the name before the verb is the target, the one after "by" the actor
            "The Dorset, Devon and Cornwall CRC was taken over by Seetec on 15 February 2019.",
            [
                ("target", "Dorset, Devon and Cornwall CRC"),
                ("trigger", "taken over by"),
                ("actor", "Seetec"),
                ("date", "15 February 2019"),
            ],
        ),
        (  # the words a slot passes over ("the") and a lone quote mark are not the trigger
            "Last year the inspectorate rated Merseyside CRC as 'Requires improvement'.",
            [
                ("date", "Last year"),
                ("trigger", "rated"),
                ("target", "Merseyside CRC"),
                ("trigger", "as"),
                ("rating", "Requires improvement"),
            ],
        ),
    ],
)
def test_marks_cover_the_trigger_the_date_and_the_roles(recogniser, text, marked):
    (candidate,) = [c for c in _found(recogniser, text) if c.evidence != "undated"]
    assert _marked(candidate) == marked


def test_marks_of_a_report_dated_by_its_post_have_no_date(recogniser):
    text = "Working Links has gone into administration, the firm said."
    found = recogniser.sentence_candidates(Sentence(text, 1), POST, "doc.txt", NO_SUBJECT, True)
    (candidate,) = found
    assert candidate.evidence == "post"
    assert _marked(candidate) == [
        ("actor", "Working Links"),
        ("trigger", "gone into administration"),
    ]


def test_marks_name_a_stand_in_as_written(recogniser):
    (candidate,) = _found(
        recogniser, "The firm went into administration yesterday.", Subject("Working Links")
    )
    assert candidate.roles == {"actor": ("Working Links",)}
    assert ("actor", "The firm") in _marked(candidate)


def test_marks_each_event_of_a_sentence_has_its_own(recogniser):
    terminated, appointed = _found(
        recogniser,
        "The MoJ terminated the contracts and appointed Seetec to run the CRCs on 15 February"
        " 2019.",
    )
    assert ("trigger", "terminated the contracts") in _marked(terminated)
    assert ("successor", "Seetec") not in _marked(terminated)
    assert ("trigger", "appointed") in _marked(appointed)
    assert ("successor", "Seetec") in _marked(appointed)
    assert terminated.source.quote == appointed.source.quote


def test_marks_a_sum_the_title_gives(recogniser):
    (candidate,) = _found(
        recogniser, "Interserve agreed a £160m loan facility with lenders on 1 March 2019."
    )
    assert "£160m" in candidate.title
    assert ("amount", "£160m") in _marked(candidate)


def test_marks_stay_with_their_source_when_reports_merge(recogniser):
    (dated,) = _found(recogniser, "Working Links entered administration on 15 February 2019.")
    (undated,) = _found(recogniser, "Working Links went into administration.")
    later = undated.source.model_copy(update={"document": "later.txt"})
    (event,) = merge_candidates([dated, replace(undated, source=later)])
    assert [source.marks for source in event.sources] == [dated.source.marks, later.marks]
    assert event.sources[1].marks  # the undated report's words are marked too
