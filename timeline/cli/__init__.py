"""Command-line interface: each module registers its commands on `main` when it is imported,
which `main` does for a command when the command is asked for (app.COMMAND_MODULES)."""

from timeline.cli.app import main

__all__ = ["main"]
