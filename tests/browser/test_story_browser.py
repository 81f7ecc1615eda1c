"""The second story in a real browser, served as `timeline serve --story` serves it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import ROW_NAMES_JS, served
from playwright.sync_api import Page, expect

from dashboard import create_app
from timeline.cli import main
from timeline.story import open_story

pytestmark = pytest.mark.browser

RAIL = Path(__file__).resolve().parents[2] / "examples" / "rail-franchises"
LOAD_TIMEOUT_MS = 20_000


@pytest.fixture()
def rail_url(tmp_path: Path) -> Iterator[str]:
    """Give the address of the rail story's dashboard, extracted afresh into a copy."""
    story = tmp_path / "rail"
    shutil.copytree(RAIL, story, ignore=shutil.ignore_patterns("events.yaml*"))
    assert CliRunner().invoke(main, ["extract", "--story", str(story)]).exit_code == 0
    with served(create_app(open_story(story))) as url:
        yield url


def test_story_rail_page_loads_with_its_own_words(page: Page, rail_url: str) -> None:
    page.goto(rail_url)
    page.wait_for_selector("#timeline-graph .js-plotly-plot .ytick", timeout=LOAD_TIMEOUT_MS)
    expect(page.locator("#event-count")).to_contain_text("events", timeout=LOAD_TIMEOUT_MS)
    filters = page.locator("body").inner_text()
    assert "Franchise" in filters and "Operator" in filters
    assert "CRC" not in filters
    ticks = page.locator("#timeline-graph .yaxislayer-above .ytick text")
    rows = ticks.evaluate_all(ROW_NAMES_JS)
    assert "InterCity East Coast" in rows
