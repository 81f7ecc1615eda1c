import shutil

import pytest
from click.testing import CliRunner

from timeline.cli import main


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
