"""The dashboard factory: create_app(events_path) gives a Dash app on that events file."""

from __future__ import annotations

import threading
from pathlib import Path

from dash import Dash
from dash.exceptions import DependencyException
from flask import Response

from dashboard.callbacks import register_callbacks
from dashboard.layout import page
from dashboard.live import LiveEvents
from dashboard.state import ViewState
from dashboard.views import ViewCache
from timeline import (
    EventsFile,
    StoreError,
    Story,
    Vocabulary,
    load_events,
    load_vocabulary,
    validate_file,
)

ASSETS = Path(__file__).resolve().parent / "assets"


def create_app(story: Story | Path, vocabulary: Vocabulary | None = None) -> Dash:
    """Give the dashboard of a story's events, or of the events file at a path with the given
    (else the shipped) vocabulary; StoreError if the file does not load.

    The app watches the file: an edit shows up without a restart, and an edit that breaks the
    file leaves the last good events on screen under a banner listing the errors.
    """
    if isinstance(story, Story):
        events_path, vocabulary = story.events, vocabulary or story.vocabulary
    else:
        events_path = Path(story)
        vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
    live = LiveEvents(Path(events_path), lambda path: load_all_or_explain(path, vocabulary))
    app = Dash(
        __name__,
        title="Timeline",
        assets_folder=str(ASSETS),
        # Bootstrap is served from assets/, not a CDN: the dashboard works offline.
        external_stylesheets=[],
        serve_locally=True,
        update_title=None,
    )

    def layout():
        # A function, so each page load starts at the file's current version.
        return page(vocabulary, str(events_path), data_version=live.snapshot().version)

    app.layout = layout
    views = ViewCache(vocabulary)
    register_callbacks(app, live, vocabulary, views)
    _secure(app)
    # Draw the view most pages open with while the browser loads the page's scripts.
    snapshot = live.snapshot()
    threading.Thread(
        target=views.view, args=(snapshot.version, snapshot.events, ViewState()), daemon=True
    ).start()
    return app


def _secure(app: Dash) -> None:
    """Send security headers with every response, and answer a bad script path with a 404.

    The policy lets the page run only its own scripts (Dash's inline ones by their hashes),
    talk only to this server and never be framed by another site. Styles may be inline:
    Plotly draws with style elements.
    """
    policy = "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' " + " ".join(app.csp_hashes()),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )

    @app.server.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.server.errorhandler(DependencyException)
    def _not_found(_error: DependencyException) -> tuple[str, int]:
        # Dash raises this for a /_dash-component-suites/ path it does not serve: a client's
        # mistake, so a plain 404 rather than a traceback in the terminal and a 500.
        return "Not found", 404


def load_all_or_explain(path: Path, vocabulary: Vocabulary) -> EventsFile:
    """Give the events in path; StoreError listing every problem, one "file:line:col: …" a line."""
    try:
        return load_events(path, vocabulary)
    except StoreError:
        problems = validate_file(path, vocabulary)
        if len(problems) <= 1:
            raise
        raise StoreError("\n".join(str(problem) for problem in problems)) from None
