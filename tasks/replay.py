"""Full refresh: reprocess the raw payloads the warehouse already holds, never the sources again.

Used after a change of rules or code: every input's newest payload goes through the pipeline again, and
the usual record-hash comparison updates only the articles whose derived data changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import PurePosixPath

import duckdb

from tasks import ingest  # noqa: F401  registers the "utf-8+cp1252" codec that mixed-encoding payloads name
from tasks.models import NormalizedArticle, RawDocument


def stored_sources(con: duckdb.DuckDBPyConnection, *, after: str | None = None, limit: int | None = None) -> list[str]:
    """The sources the warehouse has a payload of, in order, excluding those only ever quarantined at ingest:
    all of them, or `limit` of them after the source `after` (a page of a full refresh)."""
    rows = con.execute("""
        SELECT DISTINCT p.source_uri FROM raw.payloads p
        WHERE p.media_type <> 'application/octet-stream' AND (?::VARCHAR IS NULL OR p.source_uri > ?)
        ORDER BY p.source_uri LIMIT ?""", [after, after, limit]).fetchall()
    return [r[0] for r in rows]


def source_batches(read_page: Callable[[str | None, int], list[str]], size: int) -> Iterator[list[str]]:
    """`stored_sources` a page at a time, read through `read_page(after, limit)` as batches are needed: a full
    refresh of millions of articles never holds all their source names."""
    after: str | None = None
    while page := read_page(after, size):
        yield page
        after = page[-1]


def newest_payloads(con: duckdb.DuckDBPyConnection, sources: list[str]) -> Iterator[RawDocument]:
    """The newest payload of each source, decoded as it was at ingest."""
    rows = con.execute("""
        SELECT source_uri, payload_hash, media_type, encoding, payload, first_seen_at
        FROM raw.payloads WHERE source_uri IN (SELECT unnest(?::VARCHAR[]))
        QUALIFY row_number() OVER (PARTITION BY source_uri ORDER BY first_seen_at DESC, payload_hash) = 1
        ORDER BY source_uri""", [sources]).fetchall()
    for source_uri, payload_hash, media_type, encoding, payload, first_seen_at in rows:
        raw = bytes(payload)
        text = raw.decode(encoding if encoding and encoding != "binary" else "utf-8", errors="replace")
        # (read when first seen: a header's date without its year is dated alike when replayed years later)
        yield RawDocument(source_uri, _name_of(source_uri), raw, payload_hash, media_type, text,
                          encoding or "utf-8", first_seen_at or datetime.now(UTC))


def _name_of(source_uri: str) -> str:
    if source_uri.startswith(("http://", "https://")):
        return source_uri
    return PurePosixPath(source_uri).name


def in_window(article: NormalizedArticle, since: date | None, until: date | None) -> bool:
    """Whether a backfill restricted to [since, until] loads this article (undated ones cannot be placed)."""
    if since is None and until is None:
        return True
    day = article.published_date
    return day is not None and (since is None or day >= since) and (until is None or day <= until)
