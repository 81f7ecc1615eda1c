"""The `timeline` command group: library errors become one-line messages, never tracebacks."""

from __future__ import annotations

import click

from timeline.errors import TimelineError


class TimelineGroup(click.Group):
    """A click group that turns TimelineError into `Error: …` and exit status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TimelineError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=TimelineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn documents into a typed, dated, sourced event timeline (events.yaml)."""
