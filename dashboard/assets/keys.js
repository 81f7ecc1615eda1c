/* The timeline by keyboard: with the timeline focused, arrow keys step through the events in
   date order and Enter opens the selected event's details. The order and the selection come
   from the page's stores through the clientside functions below. */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  timeline: {
    remember: function (order, selected) {
      window.timelineOrder = order || [];
      window.timelineSelected = selected || null;
      return window.dash_clientside.no_update;
    },
    withZoom: function (figure, zoom) {
      // The figure at the user's zoom, when it was chosen in the same lanes.
      if (!figure || !zoom || !figure.layout || zoom.lanes !== figure.layout.uirevision) {
        return figure;
      }
      const layout = Object.assign({}, figure.layout);
      layout.xaxis = Object.assign({}, layout.xaxis, {range: zoom.range, autorange: false});
      return Object.assign({}, figure, {layout: layout});
    },
    zoomFrom: function (relayout, zoom, figure) {
      // The zoom a relayout leaves: its x range, none after a reset (double click, autoscale).
      if (!relayout) { return window.dash_clientside.no_update; }
      const lanes = figure && figure.layout ? figure.layout.uirevision : null;
      if ("xaxis.range[0]" in relayout) {
        return {range: [relayout["xaxis.range[0]"], relayout["xaxis.range[1]"]], lanes: lanes};
      }
      if (Array.isArray(relayout["xaxis.range"])) {
        return {range: relayout["xaxis.range"], lanes: lanes};
      }
      if (relayout["xaxis.autorange"]) { return null; }
      return window.dash_clientside.no_update;
    },
    graphWidth: function () {
      // The window's and the timeline's widths, to the 50 px below: the server lays the
      // timeline out for them. Sent only when they change, so nothing redraws for nothing.
      const wrap = document.getElementById("graph-wrap");
      const sizes = {window: Math.floor(window.innerWidth / 50) * 50,
                     graph: wrap ? Math.floor(wrap.clientWidth / 50) * 50 : 0};
      const said = JSON.stringify(sizes);
      if (said === window.timelineSizes) { return window.dash_clientside.no_update; }
      window.timelineSizes = said;
      return sizes;
    },
    toggleDrawer: function (opened, closed, current) {
      const open = !(current || "").includes("open");
      const button = document.getElementById("filters-toggle");
      if (button) { button.setAttribute("aria-expanded", String(open)); }
      return open ? "filters-drawer open" : "filters-drawer";
    },
  },
});

document.addEventListener("keydown", function (event) {
  const wrap = document.getElementById("graph-wrap");
  if (!wrap || !wrap.contains(document.activeElement)) { return; }
  const order = window.timelineOrder || [];
  if (event.key === "Enter") {
    const details = document.getElementById("event-details");
    if (details && window.timelineSelected) {
      event.preventDefault();
      details.scrollIntoView({block: "nearest"});
      details.focus();
    }
    return;
  }
  const step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
  if (!step || !order.length) { return; }
  event.preventDefault();
  const at = order.indexOf(window.timelineSelected);
  const next = at < 0 ? (step > 0 ? 0 : order.length - 1)
                      : Math.min(order.length - 1, Math.max(0, at + step));
  window.timelineSelected = order[next];
  window.dash_clientside.set_props("key-pick", {data: {event: order[next], at: Date.now()}});
});
