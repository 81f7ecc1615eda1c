"""The `timeline` command group: library errors become one-line messages, never tracebacks."""

from __future__ import annotations

import importlib

import click

from timeline.errors import TimelineError

# Where each command lives: a command's module is imported only when the command is run (or
# help lists them all), so `timeline validate` does not pay for the extractor's and the
# exporter's imports.
COMMAND_MODULES = {
    "extract": "extract",
    "evaluate": "extract",
    "export": "export",
    "serve": "serve",
    "validate": "store",
    "schema": "store",
    "list": "store",
    "add": "store",
}


class TimelineGroup(click.Group):
    """A click group that turns TimelineError into `Error: …` and exit status 1, and imports a
    command's module when the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMAND_MODULES, *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(name)
        if module is not None and name not in self.commands:
            importlib.import_module(f"timeline.cli.{module}")  # registers its commands
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TimelineError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=TimelineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn documents into a typed, dated, sourced event timeline (events.yaml)."""
