"""Fetching web pages politely and safely: one session per run, robots.txt, rate limits, size caps.

A Fetcher never raises for what a server does: every failure (timeout, 404, redirect loop, a PDF served
as HTML, a refused private address, robots.txt) comes back as a FetchOutcome with a quarantine reason
and a sentence of detail, so one bad host never stops a run. Every outcome also carries the record of
the exchange for raw.responses, with the body bytes kept content-addressed.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import random
import re
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import requests
from urllib3.exceptions import ProtocolError, ReadTimeoutError

from tasks.addresses import AddressRefused, AddressRule, CheckedAdapter
from tasks.ingest import binary_kind, decode_text

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "Kabar/0.1 (+https://github.com/kabar-news/kabar)"

# What a news page may be served as. XML types are accepted for XHTML pages and for discovery.
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml"})
_DISCOVERY_TYPES = _PAGE_TYPES | frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/gzip",
    "application/x-gzip", "application/octet-stream", "application/x-xml"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ROBOTS_MAX_BYTES = 512 * 1024  # what Google reads of a robots.txt; the rest is ignored
_CHUNK = 64 * 1024

# Magic numbers of what must never be taken for a page, whatever the Content-Type says.
_MAGIC_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\x7fELF", "application/x-executable"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
)


@dataclass(frozen=True)
class FetchPolicy:
    """How a run fetches. Every field can come from the environment as KABAR_<FIELD> (see from_env)."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # between two bytes, not for the whole body: see total_timeout
    total_timeout: float = 120.0  # a whole fetch, so a server dripping a byte a second cannot hold a worker
    max_bytes: int = 20 * 1024 * 1024  # a body past this is cut off unread and quarantined
    max_redirects: int = 5
    retries: int = 3  # extra attempts after 429, 5xx, timeouts and connection errors
    backoff_base: float = 1.0  # seconds; attempt n waits about backoff_base * 2**n (with jitter)
    max_retry_after: float = 120.0  # cap on a server's Retry-After (and on robots.txt Crawl-delay)
    per_host_delay: float = 1.0  # minimum seconds between the starts of two requests to one host
    per_host_concurrency: int = 2  # requests in flight to one host at once
    total_workers: int = 8  # fetch threads of a crawl, across hosts
    allow_private_addresses: bool = False  # loopback, private, link-local, reserved: refused unless True
    # Networks allowed even when private addresses are not (an intranet mirror), e.g. ("10.1.2.0/24",).
    allowed_networks: tuple[str, ...] = ()
    respect_robots: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> FetchPolicy:
        """Defaults, then KABAR_<FIELD> variables (KABAR_USER_AGENT, ...), then `overrides`."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"KABAR_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f.name, str(f.type), raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _coerce(name: str, type_name: str, raw: str) -> object:
    try:
        if type_name == "bool":
            if raw.strip().lower() not in {"1", "true", "yes", "on", "0", "false", "no", "off", ""}:
                raise ValueError(raw)
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
        if type_name.startswith("tuple"):
            return tuple(part.strip() for part in raw.split(",") if part.strip())
    except ValueError as exc:
        raise ValueError(f"KABAR_{name.upper()}={raw!r} is not a valid {type_name}") from exc
    return raw


@dataclass(frozen=True, slots=True)
class CrawlState:
    """What the warehouse remembers of a URL (a row of raw.crawl_state)."""

    url: str
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    payload_hash: str | None = None
    last_fetched_at: datetime | None = None
    last_success_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """One fetch as logged in raw.responses; `payload` holds the kept bytes (None when none were kept)."""

    response_id: str
    requested_url: str
    final_url: str
    status: int | None
    headers: str  # JSON object text
    redirect_chain: tuple[str, ...]
    payload_hash: str | None
    byte_size: int
    fetched_at: datetime
    error: str | None
    payload: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """The result of fetching one URL: a page, a 304, or a failure with its quarantine reason."""

    requested_url: str
    final_url: str
    kind: str  # ok | not_modified | failed
    status: int | None
    headers: dict[str, str]
    body: bytes
    media_type: str | None  # Content-Type without parameters, lower case
    declared_charset: str | None  # charset parameter of the Content-Type
    redirect_chain: tuple[str, ...]
    reason: str | None  # quarantine reason when failed: http_404, timeout, too_large, not_html:application/pdf
    detail: str | None
    fetched_at: datetime
    attempts: int
    record: ResponseRecord

    @property
    def payload_hash(self) -> str | None:
        return self.record.payload_hash

    @property
    def etag(self) -> str | None:
        return _header(self.headers, "etag")

    @property
    def last_modified(self) -> str | None:
        return _header(self.headers, "last-modified")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


@dataclass(slots=True)
class _Exchange:
    """One request and its answer (or why none came), before redirects and retries are decided."""

    url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    bytes_read: int = 0
    reason: str | None = None  # set when the exchange failed
    detail: str | None = None
    retry: bool = False  # worth another attempt (429, 5xx, timeout, connection error)
    retry_after: float | None = None
    keep_body: bool = False  # the body read is kept even though the exchange failed (a PDF as HTML)


class _Refused(Exception):
    """A URL the policy does not let us request; carries the quarantine reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class _HostGate:
    """Per-host politeness: at most `concurrency` requests in flight, starts at least `delay` apart."""

    def __init__(self, delay: float, concurrency: int) -> None:
        self.delay = delay
        self._semaphore = threading.BoundedSemaphore(max(1, concurrency))
        self._lock = threading.Lock()
        self._next_start = 0.0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._semaphore:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self.delay
            if start > now:
                time.sleep(start - now)
            yield


class Fetcher:
    """The run's HTTP client: one pooled session, robots.txt and address checks, per-host limits."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.session = requests.Session()
        self._addresses = AddressRule(self.policy.allow_private_addresses, self.policy.allowed_networks)
        # Our own redirect and retry handling: every hop must pass the address and robots checks. The
        # adapter checks the address each connection reached, too (DNS may answer differently the second time).
        adapter = CheckedAdapter(self._addresses, pool_connections=max(10, self.policy.total_workers),
                                 pool_maxsize=max(10, self.policy.total_workers), max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update({"User-Agent": self.policy.user_agent,
                                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"})
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, tuple[RobotFileParser, str | None]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self.requests_made = 0  # HTTP requests actually sent, robots.txt included

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch(self, url: str, previous_state: CrawlState | None = None, *,
              for_discovery: bool = False) -> FetchOutcome:
        """Fetch `url`, conditionally when `previous_state` has an ETag or Last-Modified. Never raises for the web.

        for_discovery accepts XML and gzip bodies (sitemaps, feeds) that are not pages.
        """
        headers = _conditional_headers(previous_state)
        attempts = 0
        chain: list[str] = []
        current = _strip_fragment(url)
        for _hop in range(self.policy.max_redirects + 1):
            try:
                self._check_allowed(current)
            except _Refused as refused:
                return self._outcome(url, current, chain, _Exchange(current, reason=refused.reason,
                                                                     detail=refused.detail), attempts)
            exchange, tries = self._with_retries(current, headers, for_discovery)
            attempts += tries
            location = exchange.headers.get("location") if exchange.status in _REDIRECT_STATUSES else None
            if not location:
                return self._outcome(url, current, chain, exchange, attempts)
            chain.append(current)
            target = _strip_fragment(urljoin(current, location.strip()))
            if target in chain:
                loop = _Exchange(target, status=exchange.status, headers=exchange.headers, reason="redirect_loop",
                                 detail=f"redirects go round in a loop ({' -> '.join([*chain, target])})")
                return self._outcome(url, current, chain, loop, attempts)
            current = target
        too_many = _Exchange(current, reason="too_many_redirects",
                             detail=f"more than {self.policy.max_redirects} redirects ({' -> '.join(chain)})")
        return self._outcome(url, current, chain, too_many, attempts)

    # -- policy checks -------------------------------------------------------------------------------

    def _check_allowed(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise _Refused("unsupported_scheme", f"only http and https URLs are fetched, not {parts.scheme or 'none'}")
        try:
            host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise _Refused("invalid_url", f"the URL cannot be read: {exc}") from exc
        if not host:
            raise _Refused("invalid_url", "the URL has no host name")
        problem = self._addresses.host_problem(host, port)
        if problem:
            raise _Refused("private_address", problem)
        if self.policy.respect_robots:
            self._check_robots(url)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt request per host, even with several workers on that host
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        parser, unavailable = self._robots[origin]
        if unavailable:
            raise _Refused("robots_unavailable", unavailable)
        if not parser.can_fetch(self.policy.user_agent, url):
            raise _Refused("robots_disallowed", f"{origin}/robots.txt disallows {parts.path or '/'} for our agent")

    def _load_robots(self, origin: str) -> tuple[RobotFileParser, str | None]:
        """The host's rules. 4xx: no rules (allow all); 5xx or no answer: the host is off limits this run."""
        parser = RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        exchange = _Exchange(url)
        for _hop in range(self.policy.max_redirects + 1):
            try:
                self._check_allowed_address_only(url)
            except _Refused as refused:
                exchange = _Exchange(url, reason=refused.reason, detail=refused.detail)
                break
            exchange, _ = self._with_retries(url, {}, True, max_bytes=_ROBOTS_MAX_BYTES, robots=True)
            location = exchange.headers.get("location") if exchange.status in _REDIRECT_STATUSES else None
            if not location:
                break
            url = urljoin(url, location.strip())
        status = exchange.status
        if status is not None and 200 <= status < 300:
            parser.parse(exchange.body.decode("utf-8", errors="replace").splitlines())
            self._apply_crawl_delay(origin, parser)
            return parser, None
        if status is not None and 400 <= status < 500 and status != 429:
            parser.allow_all = True
            return parser, None
        parser.disallow_all = True
        why = f"answered {status}" if status is not None else f"could not be fetched ({exchange.reason})"
        logger.warning("robots.txt of %s %s: the host is skipped for this run", origin, why)
        return parser, f"{origin}/robots.txt {why}, so the host is not crawled this run"

    def _check_allowed_address_only(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise _Refused("unsupported_scheme", f"robots.txt redirects to {url}")
        problem = self._addresses.host_problem(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        if problem:
            raise _Refused("private_address", problem)

    def _apply_crawl_delay(self, origin: str, parser: RobotFileParser) -> None:
        delay = parser.crawl_delay(self.policy.user_agent)
        if delay is None:
            return
        gate = self._gate(urlsplit(origin).netloc)
        gate.delay = max(gate.delay, min(float(delay), self.policy.max_retry_after))

    # -- requests ------------------------------------------------------------------------------------

    def _gate(self, netloc: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(netloc)
            if gate is None:
                gate = _HostGate(self.policy.per_host_delay, self.policy.per_host_concurrency)
                self._gates[netloc] = gate
            return gate

    def _with_retries(self, url: str, headers: dict[str, str], for_discovery: bool, *,
                      max_bytes: int | None = None, robots: bool = False) -> tuple[_Exchange, int]:
        """One request, repeated with backoff while the failure is worth retrying."""
        attempt = 0
        while True:
            exchange = self._exchange(url, headers, for_discovery, max_bytes or self.policy.max_bytes, robots)
            attempt += 1
            if not exchange.retry or attempt > self.policy.retries:
                return exchange, attempt
            delay = self._backoff(attempt - 1)
            if exchange.retry_after is not None:
                delay = min(exchange.retry_after, self.policy.max_retry_after)
            logger.info("retrying %s in %.2f s after %s", url, delay, exchange.reason)
            time.sleep(delay)

    def _backoff(self, attempt: int) -> float:
        # Half fixed, half random: spreads the retries of many workers without ever retrying at once.
        ceiling = min(self.policy.backoff_base * 2 ** attempt, self.policy.max_retry_after)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _exchange(self, url: str, headers: dict[str, str], for_discovery: bool, max_bytes: int,
                  robots: bool) -> _Exchange:
        deadline = time.monotonic() + self.policy.total_timeout
        with self._gate(urlsplit(url).netloc).slot():
            with self._lock:
                self.requests_made += 1
            try:
                response = self.session.get(url, headers=headers, stream=True, allow_redirects=False,
                                            timeout=(self.policy.connect_timeout, self.policy.read_timeout))
            except AddressRefused as refused:
                return _Exchange(url, reason="private_address", detail=str(refused))
            except requests.Timeout:
                return _Exchange(url, reason="timeout", retry=True,
                                 detail=f"no answer within {self.policy.read_timeout:g} s")
            except requests.ConnectionError as exc:
                return _Exchange(url, reason="connection_error", retry=True, detail=f"cannot connect: {_short(exc)}")
            except requests.RequestException as exc:
                return _Exchange(url, reason="invalid_url", detail=f"the request cannot be made: {_short(exc)}")
            with response:
                return self._answer(url, response, for_discovery, max_bytes, deadline, robots)

    def _answer(self, url: str, response: requests.Response, for_discovery: bool, max_bytes: int,
                deadline: float, robots: bool) -> _Exchange:
        status = response.status_code
        exchange = _Exchange(url, status=status, headers={k.lower(): v for k, v in response.headers.items()})
        if status in _REDIRECT_STATUSES or status == 304:
            return exchange
        if status == 429 or status >= 500:
            exchange.reason, exchange.retry = f"http_{status}", True
            exchange.retry_after = _retry_after(exchange.headers.get("retry-after"))
            exchange.detail = f"the server answered {status} {response.reason or ''}".rstrip()
            return exchange
        if status >= 300 or status < 200:
            exchange.reason = f"http_{status}"
            exchange.detail = f"the server answered {status} {response.reason or ''}".rstrip()
            return exchange
        if not robots and not self._type_acceptable(exchange, for_discovery, max_bytes):
            return exchange
        self._read_body(exchange, response, max_bytes, deadline, for_discovery and not robots, robots)
        return exchange

    def _type_acceptable(self, exchange: _Exchange, for_discovery: bool, max_bytes: int) -> bool:
        """Refuse by headers alone (declared type, announced length) so such bodies are never read."""
        media_type, _ = _content_type(exchange.headers.get("content-type"))
        allowed = _DISCOVERY_TYPES if for_discovery else _PAGE_TYPES
        if media_type and media_type not in allowed and not media_type.startswith("text/"):
            exchange.reason = f"not_html:{media_type}"
            exchange.detail = f"the server sent {media_type}, not a web page"
            return False
        length = exchange.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            exchange.reason = "too_large"
            exchange.detail = f"the server announced {int(length)} bytes, more than the {max_bytes}-byte cap"
            return False
        return True

    def _read_body(self, exchange: _Exchange, response: requests.Response, max_bytes: int, deadline: float,
                   for_discovery: bool, robots: bool) -> None:
        """Stream the body, stopping past the cap or the deadline; sniff what the bytes really are."""
        parts: list[bytes] = []
        try:
            for chunk in response.iter_content(_CHUNK):
                if not parts and not robots:
                    magic = _magic_type(chunk)
                    if magic and not (for_discovery and magic == "application/gzip"):
                        exchange.reason, exchange.keep_body = f"not_html:{magic}", True
                        exchange.detail = f"the body is {magic} although it was served as " \
                                          f"{exchange.headers.get('content-type', 'no type')}"
                parts.append(chunk)
                exchange.bytes_read += len(chunk)
                if exchange.bytes_read > max_bytes:
                    self._cut(exchange, max_bytes, robots, parts)
                    return
                if time.monotonic() > deadline:
                    exchange.reason, exchange.keep_body, exchange.retry = "timeout", False, False
                    exchange.detail = f"the body took more than {self.policy.total_timeout:g} s to arrive"
                    return
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError, ProtocolError) as exc:
            timed_out = isinstance(exc.args[0] if exc.args else None, ReadTimeoutError)
            exchange.reason = "timeout" if timed_out else "connection_error"
            exchange.detail = f"the body stopped arriving after {exchange.bytes_read} bytes: {_short(exc)}"
            exchange.keep_body, exchange.retry = False, True
            return
        exchange.body = b"".join(parts)

    def _cut(self, exchange: _Exchange, max_bytes: int, robots: bool, parts: list[bytes]) -> None:
        if robots:  # a huge robots.txt: read its head, like the big crawlers do
            exchange.body = b"".join(parts)[:max_bytes]
            return
        exchange.reason, exchange.keep_body = "too_large", False
        exchange.detail = f"the body is larger than the {max_bytes}-byte cap; reading stopped there"

    def _outcome(self, requested: str, final: str, chain: list[str], exchange: _Exchange,
                 attempts: int) -> FetchOutcome:
        now = datetime.now(UTC)
        if exchange.reason is None and exchange.status == 304:
            kind = "not_modified"
        elif exchange.reason is None and exchange.status is not None and 200 <= exchange.status < 300:
            kind = "ok"
        elif exchange.reason is None:
            kind, exchange.reason = "failed", f"http_{exchange.status}"
            exchange.detail = f"the server answered {exchange.status} without a usable page"
        else:
            kind = "failed"
        body = exchange.body if kind == "ok" or exchange.keep_body else b""
        digest = hashlib.sha256(body).hexdigest() if body else None
        media_type, charset = _content_type(exchange.headers.get("content-type"))
        record = ResponseRecord(
            response_id="rs-" + uuid.uuid4().hex[:24], requested_url=requested, final_url=final,
            status=exchange.status, headers=json.dumps(exchange.headers, ensure_ascii=False, sort_keys=True),
            redirect_chain=tuple(chain), payload_hash=digest, byte_size=len(body) or exchange.bytes_read,
            fetched_at=now, error=exchange.reason, payload=body or None)
        if kind == "failed":
            logger.info("fetch of %s failed: %s (%s)", requested, exchange.reason, exchange.detail)
        return FetchOutcome(requested, final, kind, exchange.status, exchange.headers, body, media_type, charset,
                            tuple(chain), exchange.reason, exchange.detail, now, attempts, record)


# -- helpers -----------------------------------------------------------------------------------------


def _conditional_headers(previous: CrawlState | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def _strip_fragment(url: str) -> str:
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP-date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    media_type, _, params = value.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return media_type.strip().lower() or None, match.group(1) if match else None


def _magic_type(head: bytes) -> str | None:
    for signature, media_type in _MAGIC_TYPES:
        if head.startswith(signature):
            return media_type
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if binary_kind(head):
        return "application/octet-stream"
    return None


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."


# -- decoding ----------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers read these labels as windows-1252 (WHATWG Encoding): pages labelled latin-1 use its extra signs.
_AS_CP1252 = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})


def decode_page(body: bytes, declared_charset: str | None) -> tuple[str, str]:
    """Text of a page and the codec used. Servers often declare the wrong charset, so the order is:

    tasks.ingest's reading first: a BOM, strict UTF-8 (valid UTF-8 with non-ASCII bytes is almost never
    anything else, whatever the header says) or UTF-8 with a few stray legacy bytes wins outright; else the
    header's charset, then the page's <meta charset>, if the bytes decode strictly with them; else
    tasks.ingest's detection (which prefers the web's legacy encodings) with cp1252 as a floor.
    """
    guessed_text, guessed = decode_text(body)
    if guessed.lower().startswith("utf"):  # a legacy label would garble every good character
        return guessed_text, guessed
    meta = _META_CHARSET.search(body[:4096])
    for label in (declared_charset, meta.group(1).decode("ascii", "replace") if meta else None):
        encoding = _codec(label)
        if encoding and not encoding.startswith("utf"):
            try:
                return body.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    return guessed_text, guessed


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name
