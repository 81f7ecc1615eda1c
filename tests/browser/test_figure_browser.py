"""The timeline figure drawn by plotly.js in Chromium: what it measures, not what we estimate.

Labels are placed from estimated text widths (timeline/view/stacking.py); here the drawn
labels' bounding boxes are measured, and the mouse is put on every marker in turn.
"""

from __future__ import annotations

from pathlib import Path

import plotly.io as pio
import pytest
from drawn_boxes import MEASURE, check_drawn
from factories import make_event
from playwright.sync_api import Page

from timeline.store.events_file import load_events
from timeline.view.figure import view_figure
from timeline.view.timeline_view import timeline_view
from timeline.vocabulary import Vocabulary, load_vocabulary

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def _draw(page: Page, view, tmp_path: Path) -> dict:
    fig = view_figure(view)
    width = int(view.plot_px + fig.layout.margin.l + fig.layout.margin.r)
    fig.update_layout(width=width)
    path = tmp_path / "figure.html"
    path.write_text(pio.to_html(fig, include_plotlyjs=True, full_html=True, div_id="figure"))
    page.set_viewport_size({"width": width + 40, "height": int(fig.layout.height) + 40})
    page.goto(path.as_uri())
    page.wait_for_selector(".js-plotly-plot .scatterlayer")
    page.evaluate(
        "() => { const gd = document.getElementById('figure');"
        " gd.on('plotly_hover', d => { window.hovered = d.points[0].customdata; }); }"
    )
    return page.evaluate(MEASURE, ".js-plotly-plot")


def test_figure_dense_day_labels_never_overlap_and_every_marker_hovers(
    page: Page, views_vocabulary: Vocabulary, tmp_path: Path, artifacts: Path
):
    events = [
        make_event(f"e{i}", "2019-02-15", title=f"Event number {i} on the same day", crcs=["Wales"])
        for i in range(10)
    ]
    view = timeline_view(events, views_vocabulary, plot_px=900)
    drawn = _draw(page, view, tmp_path)
    page.screenshot(path=str(artifacts / "figure-dense-day.png"), full_page=True)
    assert len([t for t in drawn["texts"] if t["name"] == "Labels"]) == 10
    check_drawn(page, drawn, 10)


def test_figure_shipped_events_labels_never_overlap_and_every_marker_hovers(
    page: Page, tmp_path: Path, artifacts: Path
):
    vocabulary = load_vocabulary()
    events = load_events(ROOT / "events.yaml", vocabulary).visible()
    view = timeline_view(events, vocabulary, plot_px=1000)
    drawn = _draw(page, view, tmp_path)
    page.screenshot(path=str(artifacts / "figure-shipped.png"), full_page=True)
    assert [t for t in drawn["texts"] if t["name"] == "Labels"]
    check_drawn(page, drawn, len(view.markers))
