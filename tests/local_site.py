"""A real HTTP server on 127.0.0.1 for tests that fetch pages (link checks, snapshots,
import by URL): routes a test may change between requests, and request counts per path so a
test can prove a refused URL was never fetched."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0


@dataclass
class Site:
    """A tiny HTTP server on 127.0.0.1 serving `routes`, which a test may change between
    checks; `hits` counts GETs per path (to prove what was fetched, and how often)."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    port: int = 0

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def serve(self) -> Iterator[Site]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # http.server's naming
                path = self.path.split("?")[0]
                site.hits[path] += 1
                route = site.routes.get(path, Route(b"<title>Not found</title>", status=404))
                time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.send_header("Set-Cookie", "session=secret")
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client went away (a killed worker)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            server.shutdown()
            server.server_close()


ARTICLE_HTML = """<!doctype html><html><head><title>Port Strike Ends After Nine Days</title>
<script>var tracker = "SECRET_TRACKER_JS";</script></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Port Strike Ends After Nine Days</h1>
<p>Dock workers in Rotterdam ended a nine-day strike on Tuesday after the port authority
agreed to a 6.5 percent pay rise, the Dutch union FNV said in a statement.</p>
<p>The strike delayed about 300 container ships and cost the port an estimated
€120 million, according to the Port of Rotterdam Authority.</p>
<p>Union leader Marjan de Vries told Reuters the agreement covers 4,200 workers until 2027.</p>
</article><footer>© 2025 Example News. All rights reserved.</footer></body></html>
"""
