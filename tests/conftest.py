"""Shared fixtures: paths to the project's own data."""

from __future__ import annotations

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
def vocabulary():
    from timeline.vocabulary import load_vocabulary

    return load_vocabulary()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected events of the golden extraction tests from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-golden")
