"""The dashboard's views on a desk (1600×1000) and a phone (390×844), by keyboard and by eye.

Each test leaves screenshots in test-artifacts/ for people to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from drawn_boxes import MEASURE, check_drawn
from playwright.sync_api import Page, expect

from timeline.store.events_file import load_events
from timeline.vocabulary import Vocabulary

pytestmark = pytest.mark.browser

LOAD_TIMEOUT_MS = 20_000
DESK = {"width": 1600, "height": 1000}
PHONE = {"width": 390, "height": 844}


def _open(page: Page, url: str, size: dict, graph: bool = True) -> None:
    page.set_viewport_size(size)
    page.goto(url)
    expect(page.locator("#event-count")).to_contain_text("events", timeout=LOAD_TIMEOUT_MS)
    if graph:
        page.wait_for_selector("#timeline-graph .js-plotly-plot .ytick", timeout=LOAD_TIMEOUT_MS)


def _box(page: Page, selector: str) -> dict:
    box = page.locator(selector).bounding_box()
    assert box is not None, f"{selector} is not shown"
    return box


def _by_date(path: Path, vocabulary: Vocabulary) -> list[str]:
    events = load_events(path, vocabulary).visible()
    return [e.id for e in sorted(events, key=lambda e: (e.date, e.id))]


def test_views_keyboard_reaches_an_event_and_opens_its_details(
    page: Page, dashboard_url: str, dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    _open(page, dashboard_url, DESK)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "graph-wrap":
            break
    else:
        pytest.fail("Tab never reached the timeline")
    order = _by_date(dashboard_events_path, dashboard_vocabulary)
    page.keyboard.press("ArrowRight")
    expect(page).to_have_url(re.compile(rf"event={re.escape(order[0])}"), timeout=10_000)
    # A person reads the event before the next key: the page redraws the ring in between.
    page.wait_for_timeout(1000)
    page.keyboard.press("ArrowRight")
    expect(page).to_have_url(re.compile(rf"event={re.escape(order[1])}"), timeout=10_000)
    page.wait_for_timeout(1000)
    page.keyboard.press("ArrowLeft")
    expect(page).to_have_url(re.compile(rf"event={re.escape(order[0])}"), timeout=10_000)
    expect(page.locator("#details-title")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#event-details")).to_be_focused()


def test_views_desk_details_sit_beside_the_timeline_in_view(
    page: Page, dashboard_url: str, artifacts: Path
) -> None:
    _open(page, dashboard_url, DESK)
    page.screenshot(path=str(artifacts / "desk-timeline.png"))
    page.wait_for_timeout(2500)  # the page has reported its width and the timeline is redrawn
    drawn = page.evaluate(MEASURE, "#timeline-graph .js-plotly-plot")
    page.evaluate(
        "() => document.querySelector('#timeline-graph .js-plotly-plot')"
        ".on('plotly_hover', d => { window.hovered = d.points[0].customdata; })"
    )
    check_drawn(page, drawn, len(drawn["markers"]))
    assert [t for t in drawn["texts"] if t["name"] == "Labels"], "headlines are shown"
    graph, details = _box(page, "#graph-wrap"), _box(page, "#event-details")
    assert details["x"] >= graph["x"] + graph["width"] - 1, "details are beside the timeline"
    assert details["y"] < DESK["height"], "details are above the fold"
    page.get_by_role("tab", name="Narrative").click()
    expect(page.locator("#event-narrative h3").first).to_be_visible(timeout=10_000)
    expect(page).to_have_url(re.compile(r"tab=narrative"))
    page.screenshot(path=str(artifacts / "desk-narrative.png"), full_page=True)


def test_views_zoom_survives_a_filter_change(page: Page, dashboard_url: str) -> None:
    _open(page, dashboard_url, DESK)
    plot = _box(page, "#timeline-graph .nsewdrag")
    middle = plot["y"] + min(plot["height"] / 2, 200)
    page.mouse.move(plot["x"] + plot["width"] * 0.4, middle)
    page.mouse.down()
    page.mouse.move(plot["x"] + plot["width"] * 0.6, middle + 5, steps=8)
    page.mouse.up()
    page.wait_for_timeout(500)
    zoomed = page.evaluate(
        "() => document.querySelector('#timeline-graph .js-plotly-plot')._fullLayout.xaxis.range"
    )
    page.fill("#filter-search", "a")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"q=a"), timeout=10_000)
    page.wait_for_timeout(1500)
    shown = page.evaluate(
        "() => document.querySelector('#timeline-graph .js-plotly-plot')._fullLayout.xaxis.range"
    )
    assert shown == zoomed


def test_views_phone_folds_filters_into_a_drawer_and_lists_the_events(
    page: Page, dashboard_url: str, artifacts: Path
) -> None:
    _open(page, dashboard_url, PHONE, graph=False)
    expect(page.locator("#event-narrative article").first).to_be_visible(timeout=15_000)
    assert page.locator("#graph-wrap").is_hidden()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    drawer = _box(page, "#filters-drawer")
    assert drawer["x"] + drawer["width"] <= 0, "the filters are folded away"
    page.screenshot(path=str(artifacts / "phone-list.png"), full_page=True)
    page.click("#filters-toggle")
    page.wait_for_timeout(400)
    drawer = _box(page, "#filters-drawer")
    assert drawer["x"] >= 0 and drawer["x"] + drawer["width"] <= PHONE["width"]
    page.screenshot(path=str(artifacts / "phone-filters.png"))
    page.click("#filters-close")
    page.wait_for_timeout(400)
    assert _box(page, "#filters-drawer")["x"] < 0
    # Every item's text stays within the screen: nothing is cut off.
    widest = page.evaluate(
        "() => Math.max(...Array.from(document.querySelectorAll('#event-narrative article'))"
        ".map(item => item.getBoundingClientRect().right))"
    )
    assert widest <= PHONE["width"]
