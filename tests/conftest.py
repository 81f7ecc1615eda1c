"""Shared fixtures: paths to the project's own data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def views_vocabulary():
    """Give the small vocabulary of the view tests (tests/fixtures/views)."""
    from timeline.vocabulary import load_vocabulary

    return load_vocabulary(ROOT / "tests" / "fixtures" / "views")


@pytest.fixture(scope="session")
def dashboard_vocabulary():
    """Give the vocabulary of the dashboard tests (tests/dashboard_data)."""
    from timeline.vocabulary import load_vocabulary

    return load_vocabulary(ROOT / "tests" / "dashboard_data")


@pytest.fixture()
def dashboard_events_path(tmp_path: Path) -> Path:
    """Give a copy of the dashboard tests' events file that a test may edit."""
    path = tmp_path / "events.yaml"
    shutil.copyfile(ROOT / "tests" / "dashboard_data" / "events.yaml", path)
    return path


@pytest.fixture(scope="session")
def vocabulary():
    from timeline.vocabulary import load_vocabulary

    return load_vocabulary()


@pytest.fixture(scope="session")
def recogniser(vocabulary):
    """Give the frame extractor of the shipped vocabulary, compiled once."""
    from timeline.extraction.frame_events import FrameRecogniser

    return FrameRecogniser(vocabulary)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected events of the golden extraction tests from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-golden")
