"""Command-line interface: each module registers its commands on `main`."""

from timeline.cli.app import main

# Each import registers that module's commands on the group.
from timeline.cli import extract  # noqa: E402,F401
from timeline.cli import store  # noqa: E402,F401
from timeline.cli import serve  # noqa: E402,F401
from timeline.cli import export  # noqa: E402,F401

__all__ = ["main"]
