"""Crawl: fetch web targets into RawDocuments, incrementally, and keep the crawl's own records.

A target whose sitemap/feed lastmod is not newer than its last successful fetch costs no request; the
others are fetched conditionally (ETag / Last-Modified), so an unchanged page costs a 304. A multi-page
article becomes ONE document (tasks.pagination). The result converts to tasks.ingest.IngestResult, so
the rest of the pipeline does not know whether articles came from files or from the web.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

from tasks.fetch import CrawlState, Fetcher, FetchOutcome, ResponseRecord, decode_page
from tasks.ingest import IngestResult, looks_like_html
from tasks.models import QuarantineRecord, RawDocument
from tasks.pagination import MAX_PAGES, next_page_url, page_number, stitch
from tasks.web_sources import WebDiscovery, WebTarget
from warehouse.schema import new_keys_only, registered

logger = logging.getLogger(__name__)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(slots=True)
class CrawlCounts:
    requested: int = 0  # distinct target URLs; = fetched + not_modified + skipped_unchanged + failed
    fetched: int = 0  # targets that gave a document
    not_modified: int = 0  # answered 304: nothing new
    skipped_unchanged: int = 0  # lastmod not newer than the last success: no request made
    failed: int = 0  # quarantined at the fetch stage
    duplicates: int = 0  # fetched documents whose bytes another target gave first (quarantined as duplicate)
    extra_pages: int = 0  # later pages of multi-page articles fetched and joined


@dataclass(slots=True)
class CrawlResult:
    documents: list[RawDocument] = field(default_factory=list)
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    quarantined_payloads: list[RawDocument] = field(default_factory=list)
    responses: list[ResponseRecord] = field(default_factory=list)  # rows of raw.responses
    state_updates: list[CrawlState] = field(default_factory=list)  # rows of raw.crawl_state
    counts: CrawlCounts = field(default_factory=CrawlCounts)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, why) of targets not requested

    def to_ingest_result(self) -> IngestResult:
        """The documents and quarantine in the shape the rest of the flow takes from file ingest."""
        return IngestResult(documents=list(self.documents), quarantined=list(self.quarantined),
                            quarantined_payloads=list(self.quarantined_payloads), duplicates=self.counts.duplicates)

    def add_discovery(self, discovery: WebDiscovery) -> None:
        """Take in discovery's sitemap/feed problems and responses, so one write keeps everything."""
        self.quarantined.extend(discovery.problems)
        self.responses.extend(discovery.responses)
        self.skipped.extend(discovery.skipped)


@dataclass(slots=True)
class _TargetResult:
    status: str  # fetched | not_modified | skipped | failed
    document: RawDocument | None = None
    problem: QuarantineRecord | None = None
    problem_payload: RawDocument | None = None
    responses: list[ResponseRecord] = field(default_factory=list)
    state: CrawlState | None = None
    extra_pages: int = 0
    why_skipped: str | None = None


def crawl(targets: Sequence[WebTarget], fetcher: Fetcher, state: dict[str, CrawlState], run_id: str,
          *, discovery: WebDiscovery | None = None) -> CrawlResult:
    """Fetch every target (threads across hosts; the fetcher keeps each host's limits). Never raises for
    what a site does: failures become QuarantineRecords. `state` is read_state() of the targets' URLs.
    """
    unique = _dedupe(targets)
    result = CrawlResult()
    result.counts.requested = len(unique)
    if discovery is not None:
        result.add_discovery(discovery)
    ordered = _interleave_hosts(unique)
    workers = max(1, min(fetcher.policy.total_workers, len(ordered)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kabar-fetch") as pool:
        outcomes = list(pool.map(lambda t: _safe_crawl_one(t, fetcher, state.get(t.url)), ordered))
    seen_hashes: dict[str, str] = {}  # payload hash -> the URL that brought it first
    for target, outcome in zip(ordered, outcomes, strict=True):
        _collect(result, target, outcome, seen_hashes)
    logger.info("crawl %s: %s", run_id, result.counts)
    return result


def _collect(result: CrawlResult, target: WebTarget, outcome: _TargetResult, seen_hashes: dict[str, str]) -> None:
    result.responses.extend(outcome.responses)
    result.counts.extra_pages += outcome.extra_pages
    if outcome.state is not None:
        result.state_updates.append(outcome.state)
    if outcome.status == "skipped":
        result.counts.skipped_unchanged += 1
        result.skipped.append((target.url, outcome.why_skipped or "unchanged since last run"))
    elif outcome.status == "not_modified":
        result.counts.not_modified += 1
    elif outcome.status == "failed":
        result.counts.failed += 1
        if outcome.problem is not None:
            result.quarantined.append(outcome.problem)
        if outcome.problem_payload is not None:
            result.quarantined_payloads.append(outcome.problem_payload)
    elif outcome.document is not None:
        result.counts.fetched += 1
        document = outcome.document
        first = seen_hashes.setdefault(document.payload_hash, document.source_uri)
        if first == document.source_uri:
            result.documents.append(document)
            return
        # Like file ingest: processed once, and the extra copy is on record so no URL goes unaccounted for.
        result.counts.duplicates += 1
        result.quarantined.append(QuarantineRecord(
            document.source_uri, "fetch", "duplicate",
            f"the same bytes as {first}, fetched earlier in this run: processed once, under that URL",
            document.payload_hash))


def _safe_crawl_one(target: WebTarget, fetcher: Fetcher, previous: CrawlState | None) -> _TargetResult:
    try:
        return _crawl_one(target, fetcher, previous)
    except Exception as exc:  # a bug or a page that breaks a parser must not stop the other hosts
        logger.exception("crawling %s failed unexpectedly", target.url)
        detail = f"unexpected error while fetching: {type(exc).__name__}: {exc}"
        return _TargetResult("failed", problem=QuarantineRecord(target.url, "fetch", "fetch_error", detail))


def is_unchanged(target: WebTarget, previous: CrawlState | None) -> bool:
    """Whether the sitemap/feed says the page has not changed since it was last fetched successfully."""
    return bool(target.lastmod and previous and previous.last_success_at
                and target.lastmod <= previous.last_success_at)


def _crawl_one(target: WebTarget, fetcher: Fetcher, previous: CrawlState | None) -> _TargetResult:
    if is_unchanged(target, previous):
        return _TargetResult("skipped", why_skipped="unchanged since last run")
    outcome = fetcher.fetch(target.url, previous)
    if outcome.kind == "not_modified":
        return _TargetResult("not_modified", responses=[outcome.record], state=_state_after(target, outcome, previous))
    if outcome.kind == "failed":
        return _failed(target, outcome, previous)
    return _page(target, outcome, fetcher, previous)


def _failed(target: WebTarget, outcome: FetchOutcome, previous: CrawlState | None) -> _TargetResult:
    detail = f"{outcome.detail} (fetching {target.url})"
    kept = None
    if outcome.body:  # e.g. a PDF served as text/html: keep the bytes so an operator can see them
        kept = RawDocument(outcome.final_url, target.url, outcome.body, outcome.payload_hash or "",
                           "application/octet-stream", "", "binary", outcome.fetched_at)
    problem = QuarantineRecord(outcome.final_url, "fetch", outcome.reason or "fetch_failed", detail,
                               outcome.payload_hash if kept else None)
    return _TargetResult("failed", problem=problem, problem_payload=kept, responses=[outcome.record],
                         state=_state_after(target, outcome, previous))


def _page(target: WebTarget, outcome: FetchOutcome, fetcher: Fetcher, previous: CrawlState | None) -> _TargetResult:
    text, encoding = decode_page(outcome.body, outcome.declared_charset)
    if not text.strip():
        detail = "the server sent an empty page" if not outcome.body else "the page holds only whitespace"
        empty = replace(outcome, kind="failed", reason="empty", detail=detail,
                        record=replace(outcome.record, error="empty"))
        return _failed(target, empty, previous)
    is_html = outcome.media_type in _HTML_TYPES or looks_like_html(text, "")
    responses = [outcome.record]
    later: list[tuple[str, str]] = []
    complete = True
    if is_html:
        later, complete = _later_pages(text, outcome.final_url, fetcher, responses)
    payload = stitch(outcome.body, encoding, later) if later else outcome.body
    digest = hashlib.sha256(payload).hexdigest()
    document = RawDocument(
        source_uri=outcome.final_url, source_name=target.url, payload=payload, payload_hash=digest,
        media_type="text/html" if is_html else "text/plain",
        text=payload.decode(encoding, errors="replace") if later else text,
        encoding=encoding, ingested_at=datetime.now(UTC))
    state = _state_after(target, outcome, previous, payload_hash=digest, validators=complete)
    return _TargetResult("fetched", document=document, responses=responses, state=state, extra_pages=len(later))


def _later_pages(html: str, article_url: str, fetcher: Fetcher,
                 responses: list[ResponseRecord]) -> tuple[list[tuple[str, str]], bool]:
    """The article's later pages as (url, html); False when one of them could not be fetched."""
    pages: list[tuple[str, str]] = []
    seen = {article_url}
    current = article_url
    while len(pages) + 1 < MAX_PAGES:
        url = next_page_url(html, current, article_url, seen)
        if url is None:
            return pages, True
        seen.add(url)
        outcome = fetcher.fetch(url)
        responses.append(outcome.record)
        if outcome.kind != "ok":
            logger.warning("page %s of %s could not be fetched (%s): the article is kept without it and "
                           "refetched in full next run", url, article_url, outcome.reason)
            return pages, False
        if outcome.final_url != url and page_number(outcome.final_url, article_url) in {None, 1}:
            return pages, True  # short articles often send page N back to page 1
        html, _ = decode_page(outcome.body, outcome.declared_charset)
        pages.append((url, html))
        current = url
    return pages, True


def _state_after(target: WebTarget, outcome: FetchOutcome, previous: CrawlState | None, *,
                 payload_hash: str | None = None, validators: bool = True) -> CrawlState:
    """The crawl_state row after this fetch. A failure keeps the last success and its validators."""
    prev = previous or CrawlState(target.url)
    if outcome.kind == "failed":
        return CrawlState(target.url, prev.final_url, prev.etag, prev.last_modified, outcome.status,
                          prev.payload_hash, outcome.fetched_at, prev.last_success_at)
    if outcome.kind == "not_modified":
        return CrawlState(target.url, outcome.final_url, outcome.etag or prev.etag,
                          outcome.last_modified or prev.last_modified, outcome.status, prev.payload_hash,
                          outcome.fetched_at, outcome.fetched_at)
    # Without validators (a later page failed) the next run asks for the whole article again.
    return CrawlState(target.url, outcome.final_url, outcome.etag if validators else None,
                      outcome.last_modified if validators else None, outcome.status, payload_hash,
                      outcome.fetched_at, outcome.fetched_at)


def _dedupe(targets: Iterable[WebTarget]) -> list[WebTarget]:
    by_url: dict[str, WebTarget] = {}
    for target in targets:
        known = by_url.get(target.url)
        if known is None or (target.lastmod and (known.lastmod is None or target.lastmod > known.lastmod)):
            by_url[target.url] = target
    return list(by_url.values())


def _interleave_hosts(targets: list[WebTarget]) -> list[WebTarget]:
    """Round-robin over hosts, so the workers spread across sites instead of queueing on one host's limit."""
    queues: dict[str, deque[WebTarget]] = defaultdict(deque)
    for target in targets:
        queues[urlsplit(target.url).netloc.lower()].append(target)
    ordered: list[WebTarget] = []
    while queues:
        for host in list(queues):
            ordered.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return ordered


# -- warehouse ---------------------------------------------------------------------------------------

_STATE_COLUMNS = ["url", "final_url", "etag", "last_modified", "last_status", "payload_hash", "last_fetched_at",
                  "last_success_at"]
_STATE_SCHEMA = pa.schema([("url", pa.string()), ("final_url", pa.string()), ("etag", pa.string()),
                           ("last_modified", pa.string()), ("last_status", pa.int32()), ("payload_hash", pa.string()),
                           ("last_fetched_at", pa.timestamp("us", tz="UTC")),
                           ("last_success_at", pa.timestamp("us", tz="UTC"))])
_RESPONSE_SCHEMA = pa.schema([
    ("response_id", pa.string()), ("run_id", pa.string()), ("requested_url", pa.string()),
    ("final_url", pa.string()), ("status", pa.int32()), ("headers", pa.string()),
    ("redirect_chain", pa.list_(pa.string())), ("payload_hash", pa.string()), ("byte_size", pa.int64()),
    ("fetched_at", pa.timestamp("us", tz="UTC")), ("error", pa.string())])
_PAYLOAD_SCHEMA = pa.schema([
    ("payload_hash", pa.string()), ("source_uri", pa.string()), ("media_type", pa.string()),
    ("encoding", pa.string()), ("byte_size", pa.int64()), ("payload", pa.binary()),
    ("first_seen_at", pa.timestamp("us", tz="UTC"))])


def read_state(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> dict[str, CrawlState]:
    """The stored crawl state of these URLs (those never fetched are absent)."""
    wanted = pa.table({"url": pa.array(sorted(set(urls)), pa.string())})
    if wanted.num_rows == 0:
        return {}
    con.register("kabar_wanted_urls", wanted)
    try:
        rows = con.execute(f"""SELECT {", ".join("s." + c for c in _STATE_COLUMNS)}
            FROM raw.crawl_state s JOIN kabar_wanted_urls w ON w.url = s.url""").fetchall()
    finally:
        con.unregister("kabar_wanted_urls")
    return {row[0]: CrawlState(*row) for row in rows}


def write_crawl(con: duckdb.DuckDBPyConnection, result: CrawlResult, run_id: str, *, transaction: bool = True) -> None:
    """Insert the run's responses (and the bodies no document holds) and upsert the crawl state.

    Runs in its own transaction unless `transaction` is False (the caller's transaction then covers it).
    Document payloads are left to the loader (tasks.load.write_batch) like those of files.
    """
    if transaction:
        con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, "raw.payloads", _payload_table(result), new_keys_only("raw.payloads", "payload_hash"))
        _insert(con, "raw.responses", _response_table(result.responses, run_id), "ON CONFLICT DO NOTHING")
        updates = ", ".join(f"{c} = excluded.{c}" for c in _STATE_COLUMNS[1:] if c != "last_success_at")
        _insert(con, "raw.crawl_state", _state_table(result.state_updates),
                f"ON CONFLICT (url) DO UPDATE SET {updates}, last_success_at = "
                f"coalesce(excluded.last_success_at, raw.crawl_state.last_success_at)")
        if transaction:
            con.execute("COMMIT")
    except BaseException:
        if transaction:
            con.execute("ROLLBACK")
        raise


def _insert(con: duckdb.DuckDBPyConnection, relation: str, table: pa.Table, on_conflict: str) -> None:
    if table.num_rows == 0:
        return
    columns = ", ".join(table.column_names)
    with registered(con, "kabar_incoming", table):  # inside write_crawl's transaction: see registered()
        con.execute(f"INSERT INTO {relation} ({columns}) SELECT {columns} FROM kabar_incoming {on_conflict}")


def _response_table(responses: list[ResponseRecord], run_id: str) -> pa.Table:
    unique = {r.response_id: r for r in responses}.values()
    return pa.Table.from_pylist([
        {"response_id": r.response_id, "run_id": run_id, "requested_url": r.requested_url,
         "final_url": r.final_url, "status": r.status, "headers": r.headers,
         "redirect_chain": list(r.redirect_chain), "payload_hash": r.payload_hash, "byte_size": r.byte_size,
         "fetched_at": r.fetched_at, "error": r.error} for r in unique], schema=_RESPONSE_SCHEMA)


def _payload_table(result: CrawlResult) -> pa.Table:
    """Response bodies that are no document's payload (later pages, the raw first page of a joined article).

    They are stored as application/octet-stream: a full refresh must not take a lone page 2 for an article.
    """
    held = {d.payload_hash for d in [*result.documents, *result.quarantined_payloads]}
    rows: dict[str, dict[str, object]] = {}
    for r in result.responses:
        if r.payload is None or r.payload_hash is None or r.payload_hash in held:
            continue
        rows.setdefault(r.payload_hash, {
            "payload_hash": r.payload_hash, "source_uri": r.final_url, "media_type": "application/octet-stream",
            "encoding": None, "byte_size": len(r.payload), "payload": r.payload, "first_seen_at": r.fetched_at})
    return pa.Table.from_pylist(list(rows.values()), schema=_PAYLOAD_SCHEMA)


def _state_table(states: list[CrawlState]) -> pa.Table:
    unique = {s.url: s for s in states}.values()  # one row per key, or the upsert refuses the batch
    return pa.Table.from_pylist([{c: getattr(s, c) for c in _STATE_COLUMNS} for s in unique], schema=_STATE_SCHEMA)
