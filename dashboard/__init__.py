"""The timeline dashboard: a Dash app over events.yaml, built from the library's functions."""

from dashboard.app import create_app

__all__ = ["create_app"]
