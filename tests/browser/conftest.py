"""Browser-test fixtures: the dashboard served from a thread, seen by the system's Chromium.

Playwright cannot download its own browser offline, so the tests drive /usr/bin/chromium. They
skip only when that is missing and CI is unset: on CI a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import served

from dashboard import create_app
from timeline.vocabulary import Vocabulary

CHROMIUM = Path("/usr/bin/chromium")
DATA = Path(__file__).resolve().parent.parent / "dashboard_data"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is missing (and CI is unset)")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict:
    return {
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}


@pytest.fixture()
def dashboard_url(dashboard_events_path: Path, dashboard_vocabulary: Vocabulary) -> Iterator[str]:
    """Give the address of the dashboard on dashboard_events_path, served until the test ends."""
    with served(create_app(dashboard_events_path, dashboard_vocabulary)) as url:
        yield url


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Give the git-ignored folder where tests leave screenshots for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
