"""`timeline serve`: the dashboard on events.yaml, on this machine only unless --host says so."""

from __future__ import annotations

import ipaddress
import logging
from pathlib import Path

import click
from werkzeug.serving import make_server

from timeline.cli.app import main
from timeline.cli.options import events_file, story_option
from timeline.story import Story


def address(host: str, port: int) -> str:
    """Give the URL people open for host and port (IPv6 hosts in brackets)."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def is_loopback(host: str) -> bool:
    """Give whether host is this machine only: localhost or a loopback address."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # another name: it may resolve to anything


@main.command()
@click.argument(
    "events_path",
    metavar="[FILE]",
    required=False,
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option(
    "--port",
    default=8050,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 shares the dashboard with your network.",
)
@click.option(
    "--debug",
    is_flag=True,
    help="Dash debug mode: dev tools and tracebacks in the browser. Never on a network.",
)
@story_option
def serve(events_path: Path | None, port: int, host: str, debug: bool, story: Story) -> None:
    """Start the dashboard on FILE (default: the story's events.yaml) and print its address."""
    if debug and not is_loopback(host):
        # Debug mode runs any code a visitor sends through the debugger: never on a network.
        raise click.ClickException(
            f"--debug serves only on this machine (127.0.0.1, ::1 or localhost), not {host}"
        )
    # Imported here so the other commands start without loading Dash.
    from dashboard import create_app

    events_path = events_file(story, events_path)
    app = create_app(events_path, story.vocabulary)
    if debug:
        click.echo(f"Serving {events_path} at {address(host, port)} in debug mode")
        app.run(host=host, port=port, debug=True, use_reloader=False)
        return
    # The page polls the file every few seconds: a log line per request would drown the output.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    try:
        server = make_server(host, port, app.server, threaded=True)
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {error.strerror or error}"
        ) from None
    click.echo(f"Serving {events_path} at {address(host, server.port)} (Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")
