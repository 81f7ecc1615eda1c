"""The ids of the dashboard's components, in one place for the layout, callbacks and tests."""

from __future__ import annotations

URL = "url"

# Filters and view choices
CRC_FILTER = "filter-crcs"
OWNER_FILTER = "filter-owners"
TYPE_FILTER = "filter-types"
DATE_FROM = "filter-date-from"
DATE_TO = "filter-date-to"
SEARCH = "filter-search"
INCLUDE_NATIONAL = "filter-include-national"
LANES = "view-lanes"
IMAGE_FORMAT = "view-image-format"
CLEAR_FILTERS = "clear-filters"
CONFIDENCE = "filter-confidence"
EMPTY_ROWS = "view-empty-rows"
TABS = "view-tabs"
FILTERS_TOGGLE = "filters-toggle"
FILTERS_DRAWER = "filters-drawer"

# What the filters select
COUNT = "event-count"
NOTICES = "url-notices"
VIEW_STATE = "view-state"
SELECTED_EVENT = "selected-event"

# The views
TIMELINE = "timeline-graph"
TABLE = "events-table"
DETAILS = "event-details"
NARRATIVE = "event-narrative"
NARRATIVE_WRAP = "narrative-wrap"
GRAPH_WRAP = "graph-wrap"
PLOT_WIDTH = "plot-width"
EVENT_ORDER = "event-order"
KEY_PICK = "key-pick"
KEYS_READY = "keys-ready"
FIGURE = "timeline-figure"
ZOOM = "timeline-zoom"
FILTERS_CLOSE = "filters-close"

# The live file
FILE_POLL = "file-poll"
DATA_VERSION = "data-version"
FILE_BANNER = "file-banner"
