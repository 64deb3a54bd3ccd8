"""A real HTTP server on 127.0.0.1 serving article pages, for URL-import tests.

It counts requests per path so a test can prove a refused URL was never fetched."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0


@dataclass
class ArticleSite:
    pages: dict[str, Page] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    port: int = 0

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def serve(self) -> Iterator[ArticleSite]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                site.hits[self.path] += 1
                page = site.pages.get(self.path)
                if page is None:
                    self.send_error(404)
                    return
                if page.delay:
                    time.sleep(page.delay)
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", page.content_type)
                    self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

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
