"""The timeline figure drawn by plotly.js in Chromium: what it measures, not what we estimate.

Labels are placed from estimated text widths (timeline/view/stacking.py); here the drawn
labels' bounding boxes are measured, and the mouse is put on every marker in turn.
"""

from __future__ import annotations

from pathlib import Path

import plotly.io as pio
import pytest
from factories import make_event
from playwright.sync_api import Page

from timeline.store.events_file import load_events
from timeline.view.figure import view_figure
from timeline.view.timeline_view import timeline_view
from timeline.vocabulary import Vocabulary, load_vocabulary

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]

# In the page: every drawn text's box (labels and owners' names), every marker's box and its
# event, by trace name. Label traces carry invisible markers that only set their text off.
_MEASURE = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  const found = {texts: [], markers: []};
  for (const group of gd.querySelectorAll('.scatterlayer .trace')) {
    const trace = group.__data__[0].trace;
    for (const text of group.querySelectorAll('.textpoint text')) {
      const box = text.getBoundingClientRect();
      found.texts.push({name: trace.name, text: text.textContent,
                        x0: box.left, y0: box.top, x1: box.right, y1: box.bottom});
    }
    if (!trace.customdata || trace.name === 'Selected') continue;
    group.querySelectorAll('.points path.point').forEach((point, index) => {
      const box = point.getBoundingClientRect();
      found.markers.push({id: point.__data__.data ? point.__data__.data : trace.customdata[index],
                          x0: box.left, y0: box.top, x1: box.right, y1: box.bottom});
    });
  }
  return found;
}"""


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
    return page.evaluate(_MEASURE)


def _overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


def _check(page: Page, drawn: dict, expected_markers: int) -> None:
    texts, markers = drawn["texts"], drawn["markers"]
    assert len(markers) == expected_markers
    clashes = [
        (a["text"], b["text"])
        for index, a in enumerate(texts)
        for b in texts[index + 1 :]
        if _overlap(a, b)
    ]
    assert clashes == []
    crossed = [(t["text"], m["id"]) for t in texts for m in markers if _overlap(t, m)]
    assert crossed == []
    for marker in markers:
        page.evaluate("() => { window.hovered = null; }")
        page.mouse.move(0, 0)
        page.mouse.move((marker["x0"] + marker["x1"]) / 2, (marker["y0"] + marker["y1"]) / 2)
        hovered = page.evaluate("() => window.hovered")
        assert hovered == marker["id"], f"hovering {marker['id']} shows {hovered}"


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
    _check(page, drawn, 10)


def test_figure_shipped_events_labels_never_overlap_and_every_marker_hovers(
    page: Page, tmp_path: Path, artifacts: Path
):
    vocabulary = load_vocabulary()
    events = load_events(ROOT / "events.yaml", vocabulary).visible()
    view = timeline_view(events, vocabulary, plot_px=1000)
    drawn = _draw(page, view, tmp_path)
    page.screenshot(path=str(artifacts / "figure-shipped.png"), full_page=True)
    assert [t for t in drawn["texts"] if t["name"] == "Labels"]
    _check(page, drawn, len(view.markers))
