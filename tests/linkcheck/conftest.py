"""Local HTTP servers that misbehave on purpose, for the link-check engine tests.

Each server runs an aiohttp app on its own event loop in a background thread, so tests call
the engine exactly as production code does (`check_urls_sync`, `fetch`). Every request is
recorded, so tests can prove what was (and was not) sent.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web

# Until the project adds its own tests package/conftest, make `sources` importable.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

ARTICLE = """<!doctype html><html><head><title>Border deaths</title>
<script>var ts = {ts};</script><style>p {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="ad-slot">{ad}</div>
<main><article><header><h1>At least 120 people died at the border</h1></header>
<p>According to   human rights group Human Constanta, at least {toll} people have died.</p>
<p>The operation started in spring 2021.</p></article></main>
<footer>Page generated {ts}</footer></body></html>"""

NOT_FOUND_PAGE = """<html><head><title>Oops! Page not found | Daily News</title></head>
<body><h1>Sorry, the page you were looking for does not exist.</h1></body></html>"""


@dataclass
class Recorder:
    """What a test server saw: request counts by (method, path) and peak concurrency."""

    hits: Counter[tuple[str, str]] = field(default_factory=Counter)
    in_flight: Counter[str] = field(default_factory=Counter)
    peak: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, path: str, method: str | None = None) -> int:
        with self.lock:
            return sum(n for (m, p), n in self.hits.items() if p == path and method in (None, m))

    def total(self) -> int:
        with self.lock:
            return sum(self.hits.values())


@dataclass
class Server:
    host: str
    port: int
    recorder: Recorder

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"


def _gzip_bomb_blocks() -> tuple[bytes, bytes]:
    """A gzip header+first block and a repeatable block, each 1 MiB of zeros in ~1 KB.

    After a full flush the compressor restarts from scratch, so the same input yields the
    same bytes and the block can be repeated to build an arbitrarily large valid stream.
    """
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    first = co.compress(zeros) + co.flush(zlib.Z_FULL_FLUSH)
    block = co.compress(zeros) + co.flush(zlib.Z_FULL_FLUSH)
    return first, block


def build_app(recorder: Recorder) -> web.Application:
    counters: Counter[str] = Counter()
    bomb_first, bomb_block = _gzip_bomb_blocks()

    @web.middleware
    async def record(request: web.Request, handler: Callable) -> web.StreamResponse:
        with recorder.lock:
            recorder.hits[(request.method, request.path)] += 1
            recorder.in_flight[request.path] += 1
            recorder.peak[request.path] = max(
                recorder.peak[request.path], recorder.in_flight[request.path]
            )
        try:
            return await handler(request)
        finally:
            with recorder.lock:
                recorder.in_flight[request.path] -= 1

    def page(text: str, status: int = 200, **headers: str) -> web.Response:
        return web.Response(text=text, status=status, content_type="text/html", headers=headers)

    async def ok(request: web.Request) -> web.Response:
        return page(ARTICLE.format(ts=time.time(), ad="", toll=120))

    async def article(request: web.Request) -> web.Response:
        # Variants differ only cosmetically, except "changed" which alters a fact.
        variant = request.match_info["variant"]
        if variant == "plain":
            return page(ARTICLE.format(ts="2024-01-01 10:00", ad="", toll=120))
        if variant == "cosmetic":
            html = ARTICLE.format(ts="2025-06-30 23:59", ad="<b>Buy   now!</b>", toll=120)
            html = html.replace("<p>", '<p class="lead">\n   ').replace("died.", "died.\n\n")
            return page(html)
        return page(ARTICLE.format(ts="2024-01-01 10:00", ad="", toll=150))

    async def text(request: web.Request) -> web.Response:
        return web.Response(text="plain   text\nbody", content_type="text/plain")

    async def image(request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG fake", content_type="image/png")

    async def head_refused(request: web.Request) -> web.Response:
        code = int(request.match_info["code"])
        if request.method == "HEAD":
            return web.Response(status=code)
        return page(ARTICLE.format(ts=1, ad="", toll=120))

    async def status(request: web.Request) -> web.Response:
        return page(
            f"<title>status</title><p>{request.match_info['code']}</p>",
            status=int(request.match_info["code"]),
        )

    async def redirect_chain(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        target = "/ok" if n <= 1 else f"/chain/{n - 1}"
        code = (301, 302, 303, 307, 308)[n % 5]
        return web.Response(status=code, headers={"Location": target})

    async def loop(request: web.Request) -> web.Response:
        other = "b" if request.match_info["side"] == "a" else "a"
        return web.Response(status=302, headers={"Location": f"/loop/{other}"})

    async def redirect_to(request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": request.query["to"]})

    async def cookie_gate(request: web.Request) -> web.Response:
        if request.cookies.get("consent") == "yes":
            return page(ARTICLE.format(ts=1, ad="", toll=120))
        return web.Response(
            status=302, headers={"Location": "/cookie-gate", "Set-Cookie": "consent=yes; Path=/"}
        )

    async def to_home(request: web.Request) -> web.Response:
        return web.Response(status=301, headers={"Location": "/"})

    async def home(request: web.Request) -> web.Response:
        return page("<title>Daily News</title><h1>Front page</h1><p>Today's stories.</p>")

    async def soft404(request: web.Request) -> web.Response:
        return page(NOT_FOUND_PAGE)

    async def retry_after(request: web.Request) -> web.Response:
        # First request per key is refused with Retry-After, later ones succeed.
        key = request.match_info["key"]
        counters[key] += 1
        if counters[key] == 1 or request.match_info["seconds"] == "always":
            seconds = (
                "1" if request.match_info["seconds"] == "always" else request.match_info["seconds"]
            )
            code = int(request.query.get("code", "429"))
            return web.Response(status=code, headers={"Retry-After": seconds})
        return page(ARTICLE.format(ts=1, ad="", toll=120))

    async def flaky(request: web.Request) -> web.Response:
        key = request.match_info["key"]
        counters[key] += 1
        if counters[key] <= 1:
            return web.Response(status=503)
        return page(ARTICLE.format(ts=1, ad="", toll=120))

    async def drop(request: web.Request) -> web.Response:
        # Close the connection without answering, the first time per key.
        key = request.match_info["key"]
        counters[key] += 1
        if counters[key] <= 1:
            assert request.transport is not None
            request.transport.close()
            await asyncio.sleep(0.05)
        return page(ARTICLE.format(ts=1, ad="", toll=120))

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(float(request.query.get("delay", "5")))
        return page(ARTICLE.format(ts=1, ad="", toll=120))

    async def endless(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/html"})
        await resp.prepare(request)
        if request.method == "HEAD":
            return resp
        chunk = b"<p>" + b"spam " * 13000 + b"</p>\n"
        try:
            while True:
                await resp.write(chunk)
        except (ConnectionResetError, ConnectionError, asyncio.CancelledError):
            pass
        return resp

    async def gzip_bomb(request: web.Request) -> web.StreamResponse:
        # ~10 MB on the wire, ~10 GB of zeros once decompressed.
        resp = web.StreamResponse(headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
        await resp.prepare(request)
        if request.method == "HEAD":
            return resp
        try:
            await resp.write(bomb_first)
            for _ in range(10_000):
                await resp.write(bomb_block)
        except (ConnectionResetError, ConnectionError, asyncio.CancelledError):
            pass
        return resp

    async def gzipped(request: web.Request) -> web.Response:
        html = ARTICLE.format(ts=1, ad="", toll=120).encode()
        return web.Response(
            body=zlib.compress(html, wbits=31),
            headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        )

    app = web.Application(middlewares=[record])
    app.router.add_get("/", home)
    app.router.add_get("/ok", ok)
    app.router.add_get("/article/{variant}", article)
    app.router.add_get("/text", text)
    app.router.add_get("/image.png", image)
    app.router.add_route("*", "/head-refused/{code}", head_refused)
    app.router.add_get("/status/{code}", status)
    app.router.add_get("/chain/{n}", redirect_chain)
    app.router.add_get("/loop/{side}", loop)
    app.router.add_get("/redirect", redirect_to)
    app.router.add_get("/cookie-gate", cookie_gate)
    app.router.add_get("/old-story/{id}", to_home)
    app.router.add_get("/soft404", soft404)
    app.router.add_get("/retry-after/{seconds}/{key}", retry_after)
    app.router.add_get("/flaky/{key}", flaky)
    app.router.add_get("/drop/{key}", drop)
    app.router.add_get("/slow", slow)
    app.router.add_get("/slow/{tag}", slow)
    app.router.add_get("/endless", endless)
    app.router.add_get("/gzip-bomb", gzip_bomb)
    app.router.add_get("/gzipped", gzipped)
    return app


@dataclass
class _Running:
    loop: asyncio.AbstractEventLoop
    thread: threading.Thread
    runner: web.AppRunner


def _start(host: str, recorder: Recorder) -> tuple[_Running, int]:
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    box: dict[str, object] = {}

    async def setup() -> None:
        runner = web.AppRunner(build_app(recorder), handle_signals=False, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, 0)
        await site.start()
        box["runner"] = runner
        box["port"] = runner.addresses[0][1]

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(setup())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10), f"test server on {host} did not start"
    runner = box["runner"]
    assert isinstance(runner, web.AppRunner)
    return _Running(loop, thread, runner), int(box["port"])  # type: ignore[call-overload]


def _stop(running: _Running) -> None:
    fut = asyncio.run_coroutine_threadsafe(running.runner.cleanup(), running.loop)
    fut.result(10)
    running.loop.call_soon_threadsafe(running.loop.stop)
    running.thread.join(10)


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """The misbehaving site on 127.0.0.1."""
    recorder = Recorder()
    running, port = _start("127.0.0.1", recorder)
    yield Server("127.0.0.1", port, recorder)
    _stop(running)


@pytest.fixture(scope="session")
def trap() -> Iterator[Server]:
    """A server on 127.0.0.2 that must never be contacted when only 127.0.0.1 is allowed."""
    recorder = Recorder()
    running, port = _start("127.0.0.2", recorder)
    yield Server("127.0.0.2", port, recorder)
    _stop(running)
