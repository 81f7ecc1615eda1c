"""What a drawn timeline shows, measured in the page: the boxes of its texts and markers.

Labels are placed from estimated text widths (timeline/view/stacking.py); these helpers
measure the drawn boxes instead, and put the mouse on every marker in turn.
"""

from __future__ import annotations

from playwright.sync_api import Page

# In the page: every drawn text's box (labels and owners' names), every marker's box and its
# event, by trace name. Label traces carry invisible markers that only set their text off.
MEASURE = """(selector) => {
  const gd = document.querySelector(selector);
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


def overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


def check_drawn(page: Page, drawn: dict, expected_markers: int) -> None:
    texts, markers = drawn["texts"], drawn["markers"]
    assert len(markers) == expected_markers
    clashes = [
        (a["text"], b["text"])
        for index, a in enumerate(texts)
        for b in texts[index + 1 :]
        if overlap(a, b)
    ]
    assert clashes == []
    crossed = [(t["text"], m["id"]) for t in texts for m in markers if overlap(t, m)]
    assert crossed == []
    for marker in markers:
        page.evaluate("() => { window.hovered = null; }")
        page.mouse.move(1, 1)
        page.mouse.move((marker["x0"] + marker["x1"]) / 2, (marker["y0"] + marker["y1"]) / 2)
        hovered = page.evaluate("() => window.hovered")
        assert hovered == marker["id"], f"hovering {marker['id']} shows {hovered}"
