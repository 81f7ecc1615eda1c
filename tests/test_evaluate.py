import datetime as dt

import pytest

from timeline.errors import TimelineError
from timeline.extraction.evaluate import GoldEvent, evaluate, load_gold
from timeline.model import Event, Source

TEXT = "Working Links entered administration today. Seetec will take over the three CRCs."


def _gold(id_, date, precision, type_, evidence, key=False, owners=()):
    return GoldEvent(
        id=id_,
        doc="seed.txt",
        post_date=dt.date(2019, 2, 15),
        date=date,
        precision=precision,
        type=type_,
        title=id_,
        owners=list(owners),
        key=key,
        evidence=evidence,
    )


def _event(id_, date, type_, quote, owners=(), post_date="2019-02-15"):
    source = Source(document="documents/a.txt", post_date=post_date, line=1, quote=quote)
    return Event(id=id_, date=date, type=type_, title=id_, owners=list(owners), sources=[source])


GOLD = [
    _gold(
        "g1",
        dt.date(2019, 2, 15),
        "day",
        "company_collapsed",
        "Working Links entered administration today",
        key=True,
    ),
    _gold(
        "g2",
        dt.date(2019, 2, 1),
        "month",
        "ownership_changed",
        "Seetec will take over the three CRCs",
    ),
]


def test_evaluate_counts_recall_key_recall_and_matching_events():
    events = [
        _event(
            "e1", "2019-02-15", "company_collapsed", "Working Links entered administration today."
        ),
        _event("e2", "2019-02-15", "job_cuts", "Something else entirely."),
    ]
    result = evaluate(GOLD, events, {"documents/a.txt": TEXT})
    assert (result.key_recall, result.recall) == (1.0, 0.5)
    assert (result.matching_events, result.in_scope) == (1, 2)
    assert [g.id for g in result.unmatched] == ["g2"]


@pytest.mark.parametrize(
    ("date", "type_", "matched"),
    [
        ("2019-02-16", "ownership_changed", True),  # a day within the gold month
        ("2019-02", "ownership_changed", True),
        ("2019-03-01", "ownership_changed", False),  # outside the month
        ("2019-02-16", "contract_awarded", False),  # another type
    ],
)
def test_evaluate_matches_type_and_date_at_the_gold_precision(date, type_, matched):
    events = [_event("e", date, type_, "Seetec will take over the three CRCs.")]
    result = evaluate(GOLD, events, {"documents/a.txt": TEXT})
    assert ("g2" in result.matched_gold) is matched


def test_evaluate_events_outside_the_gold_documents_are_not_counted():
    events = [_event("e", "2019-02-15", "job_cuts", "Unrelated.")]
    result = evaluate(GOLD, events, {"documents/a.txt": "a different document"})
    assert result.in_scope == 0


def test_evaluate_rejected_events_do_not_count():
    event = _event(
        "e1", "2019-02-15", "company_collapsed", "Working Links entered administration today."
    )
    result = evaluate(
        GOLD, [event.model_copy(update={"rejected": True})], {"documents/a.txt": TEXT}
    )
    assert result.recall == 0.0


def test_evaluate_malformed_gold_file_names_file_and_item(tmp_path):
    path = tmp_path / "gold.yaml"
    path.write_text("- id: g1\n  doc: x\n")
    with pytest.raises(TimelineError, match=r"gold.yaml: item 1"):
        load_gold(path)


def test_evaluate_a_report_dated_by_its_month_is_the_gold_event_s_post():
    """A gold event from the same post, same type and time, matches by its post: a report dated
    "May 2022" (month precision) is the post the gold dates 2022-05-01."""
    gold = [g.model_copy(update={"post_date": dt.date(2019, 2, 1)}) for g in GOLD[1:]]
    event = _event("e", "2019-02", "ownership_changed", "Another sentence.", post_date="2019-02")
    assert evaluate(gold, [event], {"documents/a.txt": TEXT}).recall == 1.0
    elsewhere = event.model_copy(
        update={"sources": [event.sources[0].model_copy(update={"post_date": "2019-03"})]}
    )
    assert evaluate(gold, [elsewhere], {"documents/a.txt": TEXT}).recall == 0.0


def test_read_source_texts_reads_a_pdf_s_text_layer(tmp_path):
    from factories import pdf_bytes

    from timeline.extraction.evaluate import read_source_texts

    (tmp_path / "report.pdf").write_bytes(
        pdf_bytes(["Working Links entered\nadministration today."])
    )
    event = _event("e", "2019-02-15", "company_collapsed", "x")
    event = event.model_copy(
        update={"sources": [event.sources[0].model_copy(update={"document": "report.pdf"})]}
    )
    text = read_source_texts([event], [tmp_path])["report.pdf"]
    assert "Working Links entered administration today." in text
