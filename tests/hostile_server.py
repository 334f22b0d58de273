"""A local HTTP server that misbehaves on purpose, for the fetching tests (no internet needed).

Routes are plain functions of the request handler; helpers build the usual kinds of bad behaviour:
a sequence of answers (429 then 200), redirects, a slow answer, a 100 MB body generated lazily, an
ETag/Last-Modified resource that answers 304. The server records every request it saw.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Route = Callable[["Handler"], None]


@dataclass(frozen=True, slots=True)
class Seen:
    path: str  # path and query, as requested
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived


@dataclass(slots=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.record(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
        route = owner.routes.get(self.path) or owner.routes.get(urlsplit(self.path).path)
        with owner.in_flight():
            try:
                if route is None:
                    self.answer(Answer(404, b"not here", {"Content-Type": "text/plain"}))
                else:
                    route(self)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client stopped reading: expected for capped bodies

    def answer(self, answer: Answer) -> None:
        self.send_response(answer.status)
        headers = {"Content-Type": "text/html; charset=utf-8", **answer.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a sleeping handler must not hold up the test's end
    owner: HostileServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up mid-body is what the size-cap tests provoke: not worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class HostileServer:
    """Start with `with HostileServer() as server:`; add routes with `server.routes[path] = ...`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.bytes_streamed = 0
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def hits(self, path: str) -> int:
        """Requests the server saw for exactly this path (and query)."""
        with self._lock:
            return sum(1 for s in self.seen if s.path == path)

    def requests_for(self, path: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.path == path]

    def in_flight(self) -> _InFlight:
        return _InFlight(self)

    def _enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def add_streamed(self, count: int) -> None:
        with self._lock:
            self.bytes_streamed += count


class _InFlight:
    def __init__(self, server: HostileServer) -> None:
        self._server = server

    def __enter__(self) -> None:
        self._server._enter()

    def __exit__(self, *_: object) -> None:
        self._server._leave()


# -- route builders ----------------------------------------------------------------------------------


def static(body: bytes | str, status: int = 200, content_type: str = "text/html; charset=utf-8",
           headers: dict[str, str] | None = None) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    answer = Answer(status, data, {"Content-Type": content_type, **(headers or {})})
    return lambda handler: handler.answer(answer)


def sequence(*answers: Answer) -> Route:
    """Answers in order, one per request; the last one repeats."""
    queue = list(answers)
    lock = threading.Lock()

    def route(handler: Handler) -> None:
        with lock:
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
        handler.answer(answer)
    return route


def redirect(location: str, status: int = 302) -> Route:
    return lambda handler: handler.answer(Answer(status, b"", {"Location": location}))


def slow(seconds: float, body: bytes = b"<html><body>late</body></html>") -> Route:
    def route(handler: Handler) -> None:
        time.sleep(seconds)
        handler.answer(Answer(200, body))
    return route


def endless(total: int = 100 * 1024 * 1024, chunk: int = 64 * 1024, announce_length: bool = False) -> Route:
    """A `total`-byte HTML body generated chunk by chunk (never held in memory) until the client hangs up."""
    block = (b"<p>" + b"x" * (chunk - 8) + b"</p>\n")[:chunk]

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if announce_length:
            handler.send_header("Content-Length", str(total))
        else:
            handler.send_header("Connection", "close")  # the body ends when the connection does
        handler.end_headers()
        handler.close_connection = True
        sent = 0
        for _ in _chunks(total, chunk):
            handler.wfile.write(block)
            sent += len(block)
            handler.server.owner.add_streamed(len(block))
    return route


def _chunks(total: int, chunk: int) -> Iterator[int]:
    yield from range(0, total, chunk)


def conditional(body: bytes | str, etag: str = '"v1"',
                last_modified: str = "Tue, 02 Jan 2024 03:04:05 GMT") -> Route:
    """A page with validators: a request carrying them gets 304 and no body."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def route(handler: Handler) -> None:
        if handler.headers.get("If-None-Match") == etag or handler.headers.get("If-Modified-Since") == last_modified:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.answer(Answer(200, data, {"ETag": etag, "Last-Modified": last_modified}))
    return route
