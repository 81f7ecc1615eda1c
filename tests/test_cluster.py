"""`timeline extract --dask`: the same file as one process, and one-line failures."""

import os
import shutil
import socket
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main


@pytest.fixture
def seeds(project_root, tmp_path, monkeypatch):
    shutil.copytree(project_root / "documents", tmp_path / "documents")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.slow
def test_cluster_dask_local_writes_the_file_one_process_writes(seeds):
    runner = CliRunner()
    one = runner.invoke(main, ["extract", "-o", "one.yaml"])
    assert one.exit_code == 0, one.output
    dask = runner.invoke(main, ["extract", "-o", "dask.yaml", "--dask", "local", "--workers", "2"])
    assert dask.exit_code == 0, dask.output
    assert (seeds / "dask.yaml").read_bytes() == (seeds / "one.yaml").read_bytes()
    assert dask.output.splitlines()[0] == one.output.splitlines()[0]  # same counts


def _unanswered_address() -> str:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{probe.getsockname()[1]}"


def test_cluster_an_address_nobody_answers_is_one_line_within_seconds_and_writes_nothing(seeds):
    address = _unanswered_address()
    started = time.monotonic()
    result = CliRunner().invoke(main, ["extract", "--dask", address])
    assert time.monotonic() - started < 15
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.startswith(f"Error: --dask {address}: no Dask scheduler answered within 3 s (")
    assert not (seeds / "events.yaml").exists()


def test_cluster_workers_with_a_cluster_address_is_refused(seeds):
    result = CliRunner().invoke(
        main, ["extract", "--dask", "tcp://127.0.0.1:8786", "--workers", "2"]
    )
    assert result.exit_code == 2
    assert "--workers sets the size of --dask local" in result.output


def test_cluster_a_scheduler_without_workers_is_one_line_and_writes_nothing(seeds):
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        result = CliRunner().invoke(main, ["extract", "--dask", cluster.scheduler_address])
    assert result.exit_code == 1
    assert (
        result.output
        == f"Error: --dask {cluster.scheduler_address}: the scheduler has no workers\n"
    )
    assert not (seeds / "events.yaml").exists()


def _exit_on(name: str, mark: Path) -> None:
    """Make this worker process end at once, as a killed one does, leaving mark, when it reads
    document name (run on the workers there are now: one started later reads it as usual)."""
    from timeline.extraction import pipeline

    extract_document = pipeline.extract_document

    def dying(path: Path, options):
        if path.name == name:
            mark.touch()
            os._exit(1)
        return extract_document(path, options)

    pipeline.extract_document = dying


def _extract_with_a_worker_dying(seeds, allowed_failures: int):
    """Give the result of `timeline extract --dask` whose only worker dies reading a document,
    run over an events.yaml one process wrote, with that file's bytes."""
    import dask
    from distributed import Client, LocalCluster

    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 0
    before = (seeds / "events.yaml").read_bytes()
    poison = sorted((seeds / "documents").iterdir())[2].name
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}),
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        client.run(_exit_on, poison, seeds / "died")
        result = runner.invoke(main, ["extract", "--dask", cluster.scheduler_address])
    assert (seeds / "died").exists()
    return result, before


@pytest.mark.slow
def test_cluster_a_worker_that_dies_is_retried_and_the_file_is_the_same(seeds):
    result, before = _extract_with_a_worker_dying(seeds, allowed_failures=1)
    assert result.exit_code == 0, result.output
    assert (seeds / "events.yaml").read_bytes() == before
    assert "added 0, refreshed 0" in result.output and "removed 0" in result.output


@pytest.mark.slow
def test_cluster_a_worker_that_dies_for_good_is_one_line_and_leaves_the_file_alone(seeds):
    result, before = _extract_with_a_worker_dying(seeds, allowed_failures=0)
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.startswith("Error: the Dask run failed: KilledWorker: ")
    assert (seeds / "events.yaml").read_bytes() == before
