"""Command-line interface: each module registers its commands on `main`."""

# Each import registers that module's commands on the group.
from timeline.cli import (
    export,  # noqa: E402,F401
    extract,  # noqa: E402,F401
    serve,  # noqa: E402,F401
    store,  # noqa: E402,F401
)
from timeline.cli.app import main

__all__ = ["main"]
