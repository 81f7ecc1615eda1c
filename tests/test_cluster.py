"""`timeline extract --dask`: the same file as one process, and one-line failures."""

import shutil
import socket
import time

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
