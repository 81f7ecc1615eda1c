"""The dashboard in headless Chromium: what only a browser can show (clicks, hover, the URL)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from factories import ROW_NAMES_JS
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from timeline.partial_date import PartialDate
from timeline.store.events_file import load_events
from timeline.view.filters import EventFilter, filter_events
from timeline.vocabulary import Vocabulary

pytestmark = pytest.mark.browser

HTML_TITLE = "<img src=x onerror=alert(1)>"
LOAD_TIMEOUT_MS = 20_000
POLL_TIMEOUT_MS = 12_000


def open_dashboard(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#timeline-graph .js-plotly-plot .ytick", timeout=LOAD_TIMEOUT_MS)
    expect(page.locator("#event-count")).to_contain_text("events", timeout=LOAD_TIMEOUT_MS)


def lane_names(page: Page) -> list[str]:
    ticks = page.locator("#timeline-graph .yaxislayer-above .ytick text")
    return ticks.evaluate_all(ROW_NAMES_JS)


def wait_for_lanes(page: Page, lanes: set[str], timeout_s: float = 10) -> None:
    """Wait until the timeline's rows are lanes (plotly redraws after the count changes)."""
    deadline = time.monotonic() + timeout_s
    while set(lane_names(page)) != lanes:
        assert time.monotonic() < deadline, f"lanes {lane_names(page)} are not {sorted(lanes)}"
        time.sleep(0.1)


TITLE_CELLS = "#events-table .ag-center-cols-container [col-id=title]"


def table_titles(page: Page) -> list[str]:
    return page.locator(TITLE_CELLS).all_inner_texts()


def settled_titles(page: Page, count: int) -> list[str]:
    """Give the table's titles once it shows count rows: the grid draws its new rows a moment
    after the event count changes."""
    expect(page.locator(TITLE_CELLS)).to_have_count(count)
    return table_titles(page)


def choose(page: Page, dropdown_id: str, option: str) -> None:
    """Pick option in a multi-select by keyboard: focus, open, search, Enter, Escape.

    The search box gets the focus some time after the list opens; typed keys that come
    before it are lost, so the search is filled in once the box is there. A redraw still
    running from the previous action can close the list, so opening it is tried again.
    """
    # A filter change still being drawn can redraw the dropdown under the keys: wait until no
    # component is loading (Dash marks them) before typing.
    page.wait_for_function(
        "() => !document.querySelector('[data-dash-is-loading=\"true\"]')", timeout=15000
    )
    search = page.locator(".dash-dropdown-search")
    listed = page.locator("[role=option]", has_text=option).first
    for attempt in range(3):
        page.focus(f"#{dropdown_id}")
        page.keyboard.press("Enter")
        try:
            search.fill(option, timeout=8000)
            listed.wait_for(timeout=8000)
            break
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
    search.press("ArrowDown")
    search.press("Enter")
    search.press("Escape")


def expected_titles(
    dashboard_events_path: Path, vocabulary: Vocabulary, flt: EventFilter
) -> list[str]:
    events = load_events(dashboard_events_path, vocabulary).events
    return sorted(event.title for event in filter_events(events, flt, vocabulary))


def point_position(page: Page, event_id: str) -> dict:
    """Give the page coordinates of an event's marker on the timeline."""
    return page.evaluate(
        """(eventId) => {
            const gd = document.querySelector('#timeline-graph .js-plotly-plot');
            const box = gd.getBoundingClientRect();
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            for (const trace of gd._fullData) {
                const index = (trace.customdata || []).indexOf(eventId);
                if (index >= 0 && trace.hovertemplate) {
                    return {
                        x: box.left + xa._offset + xa.d2p(trace.x[index]),
                        y: box.top + ya._offset + ya.d2p(trace.y[index]),
                    };
                }
            }
            return null;
        }""",
        event_id,
    )


def click_event(page: Page, event_id: str) -> None:
    where = point_position(page, event_id)
    assert where is not None, f"no marker for {event_id}"
    page.mouse.move(where["x"], where["y"])
    page.mouse.click(where["x"], where["y"])


def test_dashboard_page_loads_with_every_lane_and_all_events(
    page: Page,
    dashboard_url: str,
    dashboard_events_path: Path,
    dashboard_vocabulary: Vocabulary,
    artifacts: Path,
) -> None:
    open_dashboard(page, dashboard_url)
    visible = load_events(dashboard_events_path, dashboard_vocabulary).visible()
    expect(page.locator("#event-count")).to_have_text(f"{len(visible)} of {len(visible)} events")
    crcs_with_events = {crc for event in visible for crc in event.crcs}
    lanes = lane_names(page)
    assert "All CRCs (national)" in lanes
    assert crcs_with_events <= set(lanes)
    assert set(dashboard_vocabulary.crc_names) <= set(lanes)  # every CRC, events or none
    assert len(table_titles(page)) == len(visible)
    assert "A rejected event nobody should see" not in table_titles(page)
    page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)


def test_dashboard_filtering_by_crc_changes_figure_and_table(
    page: Page, dashboard_url: str, dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    open_dashboard(page, dashboard_url)
    choose(page, "filter-crcs", "London")
    expected = expected_titles(
        dashboard_events_path, dashboard_vocabulary, EventFilter(crcs=("London",))
    )
    expect(page.locator("#event-count")).to_have_text(re.compile(rf"^{len(expected)} of \d+"))
    assert sorted(settled_titles(page, len(expected))) == expected
    wait_for_lanes(page, {"All CRCs (national)", "London"})
    assert "crc=London" in page.url


def test_dashboard_owner_filter_follows_ownership_on_the_event_date(
    page: Page, dashboard_url: str, dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    open_dashboard(page, dashboard_url)
    page.uncheck("#filter-include-national", force=True)
    # Let that change reach the address first: two filter changes in flight at once can race.
    expect(page).to_have_url(re.compile(r"national=0"))
    choose(page, "filter-owners", "Seetec")
    flt = EventFilter(owners=("Seetec",), include_national=False)
    expected = expected_titles(dashboard_events_path, dashboard_vocabulary, flt)
    expect(page.locator("#event-count")).to_have_text(re.compile(rf"^{len(expected)} of \d+"))
    titles = settled_titles(page, len(expected))
    assert sorted(titles) == expected
    # BGSW passed to Seetec in February 2019: its June 2019 inspection is Seetec's, but the
    # 2018 inspection of DDC (then Working Links') is not.
    assert "BGSW CRC inspected under its new owner" in titles
    assert "Inspectors criticise Dorset, Devon and Cornwall CRC" not in titles
    events = load_events(dashboard_events_path, dashboard_vocabulary).events
    chosen = filter_events(events, flt, dashboard_vocabulary)
    wait_for_lanes(page, {crc for event in chosen for crc in event.crcs})  # no national row


def test_dashboard_clicking_an_event_shows_every_source(page: Page, dashboard_url: str) -> None:
    open_dashboard(page, dashboard_url)
    click_event(page, "2019-02-15-working-links-administration")
    details = page.locator("#event-details")
    expect(details).to_contain_text("Working Links enters administration")
    expect(details).to_contain_text("Sources (3)")
    for post_title in ("HMI Sticks Knife in TR", "Aftermath", "Seetec Steps In"):
        expect(details).to_contain_text(post_title)
    expect(details).to_contain_text("line 21")
    expect(details.locator("mark.mark-trigger").first).to_have_text(
        re.compile("administration", re.I)
    )
    assert "event=2019-02-15-working-links-administration" in page.url


def test_dashboard_clicking_a_table_row_selects_the_event(page: Page, dashboard_url: str) -> None:
    open_dashboard(page, dashboard_url)
    page.locator("#events-table [col-id=title]", has_text="Audit of London CRC").click()
    details = page.locator("#event-details")
    expect(details).to_contain_text("Audit of London CRC published")
    expect(details).to_contain_text("London Calling")
    # The selected event is ringed on the timeline.
    page.wait_for_function(
        "() => (document.querySelector('#timeline-graph .js-plotly-plot').layout.shapes || [])"
        ".some(shape => shape.name === 'selected-event')"
    )
    # By keyboard: the next row down (by date), then Space, selects that event.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(details).to_contain_text("Merseyside CRC announces job cuts")
    expect(page).to_have_url(re.compile("event=2016-merseyside-job-cuts"))


def test_dashboard_url_round_trips_the_view(
    page: Page, dashboard_url: str, dashboard_events_path: Path, dashboard_vocabulary: Vocabulary
) -> None:
    open_dashboard(page, dashboard_url + "?owner=Seetec&lanes=owner&q=inspection")
    flt = EventFilter(owners=("Seetec",), search="inspection")
    expected = expected_titles(dashboard_events_path, dashboard_vocabulary, flt)
    expect(page.locator("#event-count")).to_have_text(re.compile(rf"^{len(expected)} of \d+"))
    expect(page.locator("#filter-search")).to_have_value("inspection")
    expect(page.locator("#filter-owners")).to_contain_text("Seetec")
    expect(page.locator("#view-lanes input[value=owner]")).to_be_checked()

    page.fill("#filter-date-from", "2019")
    page.press("#filter-date-from", "Enter")
    expect(page).to_have_url(re.compile(r"from=2019"))
    flt = EventFilter(owners=("Seetec",), search="inspection", date_from=PartialDate(2019))
    expected = expected_titles(dashboard_events_path, dashboard_vocabulary, flt)
    count = page.locator("#event-count")
    expect(count).to_have_text(re.compile(rf"^{len(expected)} of \d+"))
    shared = page.url

    other = page.context.new_page()
    open_dashboard(other, shared)
    expect(other.locator("#event-count")).to_have_text(count.inner_text())
    expect(other.locator("#filter-date-from")).to_have_value("2019")
    expect(other.locator("#view-lanes input[value=owner]")).to_be_checked()
    assert sorted(table_titles(other)) == sorted(table_titles(page))


def test_dashboard_invalid_address_values_are_ignored_with_a_notice(
    page: Page, dashboard_url: str
) -> None:
    open_dashboard(page, dashboard_url + "?crc=Atlantis&crc=London&from=someday&lanes=sideways")
    notices = page.locator("#url-notices")
    expect(notices).to_contain_text("Atlantis")
    expect(notices).to_contain_text("someday")
    expect(notices).to_contain_text("sideways")
    expect(page.locator("#filter-crcs")).to_contain_text("London")
    wait_for_lanes(page, {"All CRCs (national)", "London"})
    expect(page).not_to_have_url(re.compile("Atlantis"))


def test_dashboard_invalid_edit_shows_banner_and_keeps_last_good_events(
    page: Page, dashboard_url: str, dashboard_events_path: Path
) -> None:
    open_dashboard(page, dashboard_url)
    count = page.locator("#event-count").inner_text()
    good = dashboard_events_path.read_text(encoding="utf-8")
    dashboard_events_path.write_text(
        good.replace('date: "2015-12-10"', 'date: "2015-13-45"'), "utf-8"
    )
    banner = page.locator("#file-banner")
    expect(banner).to_be_visible(timeout=POLL_TIMEOUT_MS)
    expect(banner).to_contain_text(re.compile(rf"{re.escape(str(dashboard_events_path))}:\d+"))
    expect(page.locator("#event-count")).to_have_text(count)

    time.sleep(0.05)  # a new mtime even on coarse clocks
    fixed = good.replace("Audit of London CRC published", "Audit of London CRC out")
    dashboard_events_path.write_text(fixed, encoding="utf-8")
    expect(banner).to_be_hidden(timeout=POLL_TIMEOUT_MS)
    expect(page.locator("#events-table")).to_contain_text(
        "Audit of London CRC out", timeout=POLL_TIMEOUT_MS
    )


def test_dashboard_html_in_a_title_shows_as_text_everywhere(
    page: Page, dashboard_url: str, artifacts: Path
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_dashboard(page, dashboard_url)

    where = point_position(page, "2019-08-01-html-title")
    page.mouse.move(where["x"], where["y"])
    hover = page.locator("#timeline-graph .hoverlayer .hovertext")
    expect(hover).to_contain_text(HTML_TITLE)

    expect(page.locator("#events-table [col-id=title]", has_text=HTML_TITLE)).to_have_count(1)
    page.mouse.click(where["x"], where["y"])
    details = page.locator("#event-details")
    expect(details.locator("#details-title")).to_have_text(HTML_TITLE)
    expect(details).to_contain_text("<script>alert(2)</script>")
    expect(details).to_contain_text("<b>bold</b> post")
    assert page.locator("#event-details img, #event-details script, #event-details b").count() == 0
    page.screenshot(path=str(artifacts / "dashboard-html-title.png"), full_page=True)
    assert dialogs == []
