"""A local copy of the Kabar test site (samples/web) served over HTTP for crawler and extraction tests.

`with serve_site() as base_url:` serves the pages from 127.0.0.1 on a free port in a background thread and
returns the base URL ("http://127.0.0.1:PORT"). Pages are written against the placeholder base URL
`http://kabar.test` (see samples/web/README.md); every text response has it replaced by the real one, so
sitemap, feed, canonical and pagination links point back at this server.

URL -> file (the convention of samples/web/README.md):
  /kompas/read/.../slug            -> kompas/read/.../slug.html   (also: the exact file, or slug/index.html)
  /kompas/read/.../slug?page=2     -> kompas/read/.../slug.page-2.html   (Kompas and Tribunnews paging)
  /detik/berita/d-1/slug/2         -> detik/berita/d-1/slug/2.html       (detik paging is a path segment)
  /kompas/                         -> kompas/index.html
  ?page=1 and ?page=all serve the first page (the test site has no all-in-one variant).
Responses carry ETag (sha256 of the bytes served) and Last-Modified (the file's mtime); a conditional GET
with a matching If-None-Match, or (without If-None-Match) an If-Modified-Since not older than the file,
gets 304 Not Modified with no body, as the crawler expects from real outlets.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

SITE_ROOT = Path(__file__).resolve().parent.parent / "samples" / "web"
PLACEHOLDER = "http://kabar.test"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


@dataclass
class SiteServer:
    """A running server: its base URL and the log of requests it answered (method, path, status)."""

    root: Path
    server: ThreadingHTTPServer
    thread: threading.Thread
    requests: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def resolve(root: Path, path: str, query: str) -> Path | None:
    """The file serving a URL path and query, or None (never a file outside `root`)."""
    relative = unquote(path).lstrip("/")
    base = (root / relative).resolve()
    if not base.is_relative_to(root.resolve()):
        return None
    page = (parse_qs(query).get("page") or ["1"])[0]
    if page.isdigit() and int(page) > 1:
        candidates = [base.with_name(f"{base.name}.page-{page}.html")]
    elif relative == "" or path.endswith("/"):
        candidates = [base / "index.html"]
    else:
        candidates = [base, base.with_name(base.name + ".html"), base / "index.html"]
    return next((c for c in candidates if c.is_file()), None)


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _not_modified(headers: dict[str, str], etag: str, mtime: int) -> bool:
    """RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since against the file time."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if_modified_since = headers.get("if-modified-since")
    if not if_modified_since:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since).timestamp()
    except (TypeError, ValueError):
        return False  # an unreadable date is ignored, as the RFC asks
    return mtime <= since


def _handler(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(with_body=True)

        def do_HEAD(self) -> None:
            self._respond(with_body=False)

        def _respond(self, with_body: bool) -> None:
            parts = urlsplit(self.path)
            file = resolve(site.root, parts.path, parts.query)
            if file is None:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", {"Content-Type": "text/plain"}, with_body)
                return
            body = file.read_bytes()
            if file.suffix in CONTENT_TYPES and file.suffix != ".json":
                host = self.headers.get("Host") or site.base_url.removeprefix("http://")
                body = body.replace(PLACEHOLDER.encode(), f"http://{host}".encode())
            mtime = int(file.stat().st_mtime)
            etag = _etag(body)
            headers = {"ETag": etag, "Last-Modified": formatdate(mtime, usegmt=True),
                       "Content-Type": CONTENT_TYPES.get(file.suffix, "application/octet-stream")}
            lowered = {k.lower(): v for k, v in self.headers.items()}
            if _not_modified(lowered, etag, mtime):
                self._send(HTTPStatus.NOT_MODIFIED, b"", headers, with_body=False)
            else:
                self._send(HTTPStatus.OK, body, headers, with_body)

        def _send(self, status: HTTPStatus, body: bytes, headers: dict[str, str], with_body: bool) -> None:
            site.requests.append((self.command, self.path, int(status)))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != HTTPStatus.NOT_MODIFIED:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body and body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # tests read site.requests instead of stderr lines

    return Handler


def start_site(root: Path = SITE_ROOT) -> SiteServer:
    """Start serving `root` on 127.0.0.1 and a free port; call close() when done."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    site = SiteServer(root=root, server=server, thread=threading.Thread(target=server.serve_forever, daemon=True))
    server.RequestHandlerClass = _handler(site)
    site.thread.start()
    return site


@contextmanager
def serve_site(root: Path = SITE_ROOT) -> Iterator[str]:
    """Serve the test site for the duration of the block; yields its base URL."""
    site = start_site(root)
    try:
        yield site.base_url
    finally:
        site.close()
