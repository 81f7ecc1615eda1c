import os
import shutil

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.store.events_file import load_events


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "2019-02-15-news.txt").write_text(
        "Working Links has announced it is going into administration.\n\n"
        "Seetec will take over the three Working Links CRCs, the MoJ said today.\n"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_extract_writes_events_and_prints_a_summary(corpus):
    result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code == 0, result.output
    assert "1 documents, 1 posts" in result.output
    assert "company_collapsed 1" in result.output
    assert "added 2" in result.output
    assert "company_collapsed" in (corpus / "events.yaml").read_text()


def test_cli_extract_twice_gives_a_byte_identical_file(corpus):
    runner = CliRunner()
    runner.invoke(main, ["extract"])
    first = (corpus / "events.yaml").read_bytes()
    runner.invoke(main, ["extract"])
    assert (corpus / "events.yaml").read_bytes() == first


def test_cli_extract_failed_run_leaves_the_events_file_as_it_was(corpus):
    CliRunner().invoke(main, ["extract"])
    before = (corpus / "events.yaml").read_bytes()
    (corpus / "broken").mkdir()
    (corpus / "broken" / "binary.txt").write_bytes(b"\x00" * 64)
    result = CliRunner().invoke(main, ["extract", "broken", "missing.txt"])
    assert result.exit_code == 1
    assert "binary.txt" in result.output and "missing.txt" in result.output
    assert "Traceback" not in result.output
    assert (corpus / "events.yaml").read_bytes() == before


def test_cli_extract_missing_output_folder_is_one_line_before_extracting(corpus, monkeypatch):
    def no_extraction(*_args, **_kwargs):
        raise AssertionError("the extraction ran before the output folder was checked")

    monkeypatch.setattr("timeline.cli.extract._run", no_extraction)
    result = CliRunner().invoke(main, ["extract", "-o", "no/such/dir/x.yaml"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: no/such/dir/x.yaml: the folder no/such/dir does not exist; nothing was written\n"
    )


def test_cli_extract_keeps_events_of_documents_unread_or_not_in_this_run(corpus):
    (corpus / "documents" / "2019-06-01-report.txt").write_text(
        "HMI Probation published its inspection of Wales CRC today, rating it Inadequate.\n"
    )
    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 0
    everything = {event.id for event in load_events(corpus / "events.yaml").events}
    news = "documents/2019-02-15-news.txt"
    result = runner.invoke(main, ["extract", news])
    assert result.exit_code == 0, result.output
    assert "removed 0" in result.output and "of documents not read in this run" in result.output
    (corpus / "documents" / "2019-06-01-report.txt").write_text("")  # now unreadable
    result = runner.invoke(main, ["extract"])
    assert result.exit_code == 0, result.output
    assert "1 documents could not be read" in result.output and "removed 0" in result.output
    assert {event.id for event in load_events(corpus / "events.yaml").events} == everything
    (corpus / "documents" / "2019-02-15-news.txt").write_text("Nothing happened today.\n")
    result = runner.invoke(main, ["extract", news])
    assert result.exit_code == 0, result.output
    left = {event.id for event in load_events(corpus / "events.yaml").events}
    assert left and left < everything  # the news' events went; the report's stayed


def test_cli_extract_waits_for_another_writer_then_says_who_held_it(corpus, monkeypatch):
    from timeline.store import swap

    monkeypatch.setattr(swap, "LOCK_TIMEOUT_SECONDS", 0.2)
    with swap.locked(corpus / "events.yaml"):
        result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code == 1
    [last] = result.output.splitlines()
    assert last.startswith("Error: events.yaml: another timeline command, pid ")
    assert last.endswith("waited 0.2 s, nothing was written (try again when it has finished)")
    assert not (corpus / "events.yaml").exists()


def test_cli_extract_rejects_a_malformed_date_option(corpus):
    result = CliRunner().invoke(main, ["extract", "--date", "15/02/2019"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_cli_evaluate_shipped_extraction_meets_the_recall_targets(
    project_root, tmp_path, monkeypatch
):
    shutil.copytree(project_root / "documents", tmp_path / "documents")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 0
    result = runner.invoke(
        main, ["evaluate", str(project_root / "benchmarks/gold/seeds-000-004.yaml")]
    )
    assert result.exit_code == 0, result.output
    numbers = {
        line.split(":")[0]: float(line.split(":")[1].split()[0])
        for line in result.output.splitlines()
        if line.startswith(("key recall", "overall recall"))
    }
    assert numbers["key recall"] >= 0.95
    assert numbers["overall recall"] >= 0.85


def test_cli_extract_summary_says_which_rule_dated_each_document(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "wire.txt").write_text(
        "Firm collapses\n\nLONDON, 15 February 2019 — Working Links went into administration.\n"
    )
    (tmp_path / "docs" / "undated.txt").write_text("A note\n\nThe firm collapsed in 2019.\n")
    result = CliRunner().invoke(main, ["extract", "docs", "-o", "events.yaml"])
    assert result.exit_code == 0, result.output
    assert "reference dates by rule: byline 1, none 1" in result.output
    assert "docs/wire.txt: 2019-02-15 by byline (LONDON, 15 February 2019 —)" in result.output
    assert "docs/undated.txt: no date" in result.output


def test_cli_extract_a_worker_that_dies_is_one_line_and_leaves_the_events_file_alone(
    project_root, tmp_path, monkeypatch
):
    from timeline.extraction import pipeline

    shutil.copytree(project_root / "documents", tmp_path / "documents")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 0
    before = (tmp_path / "events.yaml").read_bytes()
    poison = sorted((tmp_path / "documents").iterdir())[2].name
    extract_document, parent = pipeline.extract_document, os.getpid()

    def dying(path, options):  # the pool's processes are forked: they run this too
        if path.name == poison and os.getpid() != parent:
            os._exit(1)
        return extract_document(path, options)

    monkeypatch.setattr(pipeline, "extract_document", dying)
    result = runner.invoke(main, ["extract", "--workers", "2"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: a worker process died while reading the documents (killed, or out of memory?); "
        "nothing was written\n"
    )
    assert (tmp_path / "events.yaml").read_bytes() == before
