"""A real HTTP server on 127.0.0.1 for tests: fixed routes, hit counts, ETags, slow and big pages."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import SEEDS

SEED_TEXT = (SEEDS / "blinken-gaza-pauses.txt").read_text(encoding="utf-8")


def seed_as_html() -> str:
    """The seed article as a news page: headline, paragraphs, and boilerplate around them."""
    headline, *paragraphs = [p for p in SEED_TEXT.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{headline}</title>"
        "<meta property='article:published_time' content='2023-11-02'></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | Live 24/7</nav>"
        f"<article><h1>{headline}</h1>{body}</article>"
        "<footer>© 2023 US 247 News. 3 cookies set.</footer></body></html>"
    )


def feed_xml(base: str, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}{path}</link><guid>{path}</guid>"
        "<pubDate>Thu, 02 Nov 2023 10:00:00 GMT</pubDate></item>"
        for i, path in enumerate(paths)
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Local news</title>"
        f"<link>{base}/</link>{items}</channel></rss>"
    )


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    delay_s: float = 0.0
    location: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True  # False: no Content-Length, the body ends when the server closes
    drip_s: float = 0.0  # send the body one byte at a time, this long apart


@dataclass
class LocalSite:
    """Routes served by a thread; ``hits`` counts requests per path, ``not_modified`` 304s."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    not_modified: Counter = field(default_factory=Counter)
    base: str = ""


def start_site(site: LocalSite) -> tuple[ThreadingHTTPServer, threading.Thread]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.hits[self.path] += 1
            route = site.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.end_headers()
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                site.not_modified[self.path] += 1
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Type", route.content_type)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            else:
                self.close_connection = True
            if route.etag:
                self.send_header("ETag", route.etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if not route.drip_s:
                self.wfile.write(route.body)
                return
            try:
                for i in range(len(route.body)):
                    self.wfile.write(route.body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(route.drip_s)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def stop_site(server: ThreadingHTTPServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
