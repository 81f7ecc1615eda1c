"""Golden extraction tests: small documents of other kinds and the events they must give.

Run `pytest tests/test_pipeline.py --update-golden` after an intended change, then read the diff
of tests/golden/*.expected.yaml before committing it.
"""

from pathlib import Path

import pytest
import yaml

from timeline.errors import TimelineError
from timeline.extraction.documents import DOCUMENT_SUFFIXES
from timeline.extraction.pipeline import ExtractOptions, extract, extract_document

GOLDEN = Path(__file__).parent / "golden"
# The golden documents; the other golden files (titles.yaml, dates-newswire.yaml) are test tables.
DOCUMENTS = sorted(p for p in GOLDEN.iterdir() if p.suffix in DOCUMENT_SUFFIXES)


def _summary(events) -> list[dict]:
    return [
        {
            "date": e.date,
            "type": e.type,
            "title": e.title,
            "crcs": e.crcs,
            "owners": e.owners,
            "national": e.national,
            "rating": e.rating,
            "lines": [s.line for s in e.sources],
        }
        for e in events
    ]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_pipeline_golden_documents_give_their_expected_events(document, update_golden):
    expected_path = document.with_name(document.name + ".expected.yaml")
    found = _summary(extract([document]).events)
    if update_golden:
        expected_path.write_text(yaml.safe_dump(found, sort_keys=False, allow_unicode=True))
    assert found == yaml.safe_load(expected_path.read_text())


def test_pipeline_document_without_reference_date_warns_and_keeps_absolute_dates():
    result = extract_document(GOLDEN / "minutes-no-date.txt", ExtractOptions())
    assert any("relative dates" in warning for warning in result.warnings)
    assert [str(c.date) for c in result.candidates] == ["2018-05-09"]


def test_pipeline_default_date_resolves_relative_dates(tmp_path):
    import datetime as dt

    result = extract_document(
        GOLDEN / "minutes-no-date.txt", ExtractOptions(default_date=dt.date(2018, 5, 1))
    )
    assert [c.type for c in result.candidates] == ["parliamentary", "industrial_action"]


def test_pipeline_same_documents_give_identical_events_twice(project_root):
    first = list(extract([project_root / "documents"]).events)
    second = list(extract([project_root / "documents"]).events)
    assert first == second
    assert len({e.id for e in first}) == len(first)


def test_pipeline_workers_give_the_same_events_as_one_process(project_root):
    documents = project_root / "documents"
    assert list(extract([documents], workers=2).events) == list(extract([documents]).events)


def test_pipeline_comments_are_read_only_when_asked(project_root):
    document = project_root / "documents" / "2015-12-21-on-probation-archive.txt"
    without = extract_document(document, ExtractOptions())
    with_comments = extract_document(document, ExtractOptions(include_comments=True))
    assert len(with_comments.candidates) > len(without.candidates)


def test_pipeline_unreadable_documents_are_reported_and_others_still_read(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_text("")
    good = tmp_path / "2019-03-15-news.txt"
    good.write_text("Working Links went into administration today.\n")
    extraction = extract([tmp_path, tmp_path / "missing.txt"])
    assert extraction.failed == 2
    assert [e.type for e in extraction.events] == ["company_collapsed"]
    assert any("binary.txt" in w for w in extraction.warnings)
    assert any("missing.txt" in w for w in extraction.warnings)


def test_pipeline_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(TimelineError, match="empty.txt"):
        extract([tmp_path])


def test_pipeline_sources_keep_the_documents_web_address(tmp_path):
    page = tmp_path / "release.md"
    page.write_text(
        "---\ndate: 2019-02-15\nurl: https://gov.example/news/seetec\n---\n"
        "# Seetec takes over\n\nWorking Links has gone into administration.\n",
        encoding="utf-8",
    )
    events = list(extract([page]).events)
    assert events and all(s.url == "https://gov.example/news/seetec" for s in events[0].sources)


def test_pipeline_sources_of_a_document_without_an_address_have_none(tmp_path):
    page = tmp_path / "2019-02-15-note.txt"
    page.write_text("Note\n\nWorking Links has gone into administration.\n", encoding="utf-8")
    events = list(extract([page]).events)
    assert events and all(s.url is None for s in events[0].sources)


def test_pipeline_a_document_the_extractor_fails_on_is_reported_by_name_and_others_read(
    tmp_path, monkeypatch
):
    from timeline.extraction import pipeline

    for name in ("2019-03-15-news.txt", "2019-03-16-trap.txt"):
        (tmp_path / name).write_text("Working Links went into administration today.\n")
    recogniser = pipeline._recogniser(ExtractOptions())
    found = recogniser.candidates

    def failing(document, include_comments=False):
        if "trap" in document.name:
            raise IndexError("list index out of range")
        return found(document, include_comments)

    monkeypatch.setattr(recogniser, "candidates", failing)
    extraction = extract([tmp_path])
    assert extraction.failed == 1 and extraction.documents == 1
    assert [e.type for e in extraction.events] == ["company_collapsed"]
    [warning] = [w for w in extraction.warnings if "trap" in w]
    assert warning.endswith(
        "2019-03-16-trap.txt: the extractor failed (IndexError: list index out of range)"
    )


@pytest.mark.parametrize(
    ("files", "workers", "tasks", "largest"),
    [(1, 2, 1, 1), (8, 2, 8, 1), (100, 2, 8, 13), (1000, 2, 16, 64), (1000, 32, 125, 8)],
)
def test_pipeline_batches_small_files_about_four_tasks_a_worker(files, workers, tasks, largest):
    from timeline.extraction.pipeline import batches

    cut = batches([Path(f"{n}.txt") for n in range(files)], workers)
    assert (len(cut), max(map(len, cut))) == (tasks, largest)
    assert [path for batch in cut for path in batch] == [Path(f"{n}.txt") for n in range(files)]
