"""Static images (PNG, SVG, PDF) of figures, drawn by plotly.js in headless Chromium (kaleido).

One browser is started per ImageRenderer and kept for every image it draws: starting Chromium
costs seconds, drawing one more image a fraction of one.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

import plotly.graph_objects as go

from timeline.errors import ExportError

ImageFormat = Literal["png", "svg", "pdf"]
IMAGE_FORMATS: tuple[ImageFormat, ...] = ("png", "svg", "pdf")
INSTALL_HINT = (
    "install Chromium (Debian/Ubuntu: `apt-get install -y chromium`) "
    "or set BROWSER_PATH to a Chrome or Chromium executable"
)
START_TIMEOUT_S = 60.0
RENDER_TIMEOUT_S = 90.0
# Two tabs: while one reloads plotly.js after an image, the other draws the next.
BATCH_TABS = 2
# kaleido reloads a tab's page (and its 4 MB plotly.js) after every image, which takes as long
# as drawing one; a kept renderer reloads only every so many images (see _kept_kaleido).
RELOAD_EVERY = 25


@dataclass(frozen=True)
class ImageJob:
    """One image to draw: a figure, its format and its size in CSS pixels times scale."""

    fig: go.Figure
    image_format: ImageFormat
    width: int
    height: int
    scale: float = 1.0

    def opts(self) -> dict[str, object]:
        """Give kaleido's layout options for the job."""
        return {
            "format": self.image_format,
            "width": self.width,
            "height": self.height,
            "scale": self.scale,
        }


def find_browser() -> str:
    """Give the Chromium executable kaleido will use; ExportError at once if there is none."""
    override = os.environ.get("BROWSER_PATH")
    if override:
        if os.path.isfile(override) and os.access(override, os.X_OK):
            return override
        raise ExportError(
            f"BROWSER_PATH={override} is not an executable; static image export needs Chromium: "
            + INSTALL_HINT
        )
    from choreographer.browsers.chromium import Chromium

    found = Chromium.find_browser(skip_local=False)
    if not found:
        raise ExportError(
            "static image export (PNG, SVG, PDF) needs Chromium, which was not found: "
            + INSTALL_HINT
        )
    return found


def _kept_kaleido(kaleido_module: Any) -> type:
    """Give a Kaleido class that reloads a tab's page only every RELOAD_EVERY images.

    Each image is drawn into a fresh element, so an image does not depend on those drawn
    before it (tests/test_export.py checks it); the occasional reload still bounds what a
    long-lived renderer keeps. If kaleido's internals change, plain Kaleido is used.
    """
    base = kaleido_module.Kaleido
    if not hasattr(base, "_return_kaleido_tab"):
        return base

    class KeptKaleido(base):  # type: ignore[misc,valid-type]
        drawn = 0

        async def _return_kaleido_tab(self, tab: Any) -> None:
            self.drawn += 1
            if self.drawn % RELOAD_EVERY == 0:
                await super()._return_kaleido_tab(tab)
            else:
                await self.tabs_ready.put(tab)

    return KeptKaleido


class ImageRenderer:
    """A kept headless browser that turns figures into PNG, SVG or PDF bytes.

    Use it as a context manager; call render() as many times as needed in between. Its event
    loop runs in a thread of its own, so it works from plain code and from code that already
    runs an event loop (a notebook, a test driving a browser).
    """

    def __init__(
        self,
        *,
        tabs: int = 1,
        start_timeout: float = START_TIMEOUT_S,
        render_timeout: float = RENDER_TIMEOUT_S,
    ) -> None:
        self._tabs = tabs
        self._start_timeout = start_timeout
        self._render_timeout = render_timeout
        self._runner: asyncio.Runner | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._kaleido = None

    def __enter__(self) -> ImageRenderer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Start the browser; ExportError when it is missing or does not start in time."""
        browser = find_browser()
        # kaleido and choreographer log browser chatter at WARNING; the CLI prints one line.
        for name in ("kaleido", "choreographer", "logistro"):
            logging.getLogger(name).setLevel(logging.ERROR)
        import kaleido

        self._runner = asyncio.Runner()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="image-renderer")
        try:
            # MathJax would come from a CDN; the figures use no LaTeX, and there may be no network.
            self._kaleido = _kept_kaleido(kaleido)(
                n=self._tabs, timeout=self._render_timeout, mathjax=False, path=browser
            )
            self._run(asyncio.wait_for(self._kaleido.open(), self._start_timeout))
        except TimeoutError:
            self.close()
            raise ExportError(
                f"Chromium ({browser}) did not start within {self._start_timeout:.0f} s"
            ) from None
        except Exception as error:  # kaleido and choreographer raise many kinds
            self.close()
            raise ExportError(f"Chromium ({browser}) could not start: {_one_line(error)}") from None

    def render(
        self,
        fig: go.Figure,
        image_format: ImageFormat,
        *,
        width: int,
        height: int,
        scale: float = 1.0,
    ) -> bytes:
        """Give the image of fig in image_format at width×height CSS pixels times scale."""
        drawn: list[bytes] = []
        self.render_many(
            [ImageJob(fig, image_format, width, height, scale)],
            lambda _, image: drawn.append(image),
        )
        return drawn[0]

    def render_many(self, jobs: Sequence[ImageJob], on_drawn: Callable[[int, bytes], None]) -> None:
        """Draw every job, as many at once as the browser has tabs; on_drawn(index, image)."""
        if self._runner is None or self._kaleido is None:
            raise ExportError("the image renderer is not started")
        kept = self._kaleido

        async def draw(index: int, job: ImageJob) -> None:
            on_drawn(index, await kept.calc_fig(job.fig, opts=job.opts()))

        async def draw_all() -> None:
            await asyncio.gather(*(draw(index, job) for index, job in enumerate(jobs)))

        # A tab that failed mid-drawing is not reloaded for the next image: any failure
        # closes the renderer, and the next export starts afresh.
        try:
            self._run(draw_all())
        except ExportError:
            self.close()
            raise
        except TimeoutError:
            self.close()
            raise ExportError(f"drawing an image took over {self._render_timeout:.0f} s") from None
        except Exception as error:
            self.close()
            raise ExportError(f"drawing an image failed: {_one_line(error)}") from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop the browser (idempotent)."""
        if self._runner is None:
            return
        try:
            if self._kaleido is not None:
                self._run(asyncio.wait_for(self._kaleido.close(), 30))
        except Exception:  # noqa: BLE001 - closing a browser that already died is not an error
            pass
        finally:
            self._abandon()

    def _run(self, coroutine: Any) -> Any:
        """Give the result of coroutine, run on the renderer's own loop in its own thread."""
        assert self._runner is not None and self._thread is not None
        return self._thread.submit(self._runner.run, coroutine).result()

    def _abandon(self) -> None:
        if self._runner is not None and self._thread is not None:
            self._thread.submit(self._runner.close).result()
        if self._thread is not None:
            self._thread.shutdown(wait=True)
        self._runner = None
        self._thread = None
        self._kaleido = None


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:300]
