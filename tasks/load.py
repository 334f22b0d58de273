"""Load: write a validated batch into the warehouse, in one transaction, in bulk.

Articles are keyed by article_id. An article whose record_hash is already in the warehouse is skipped
(a rerun changes nothing); a changed article replaces its row and all its child rows together; raw
payloads are content-addressed and never overwritten, so an updated article's old payload stays.
Frames go in through DuckDB's DataFrame scans, never row by row.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb
import pandas as pd

from tasks.models import NormalizedArticle, QuarantineRecord
from tasks.stories import StoryCandidate, story_terms
from tasks.tables import CHILD_RELATIONS, COLUMNS
from warehouse.schema import new_keys_only, registered

# Rows of story features read at a time (see story_neighbours).
_NEIGHBOUR_SLICE = 2000


@dataclass(slots=True)
class Changes:
    """How a batch compares with what the warehouse holds."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[QuarantineRecord] = field(default_factory=list)


def one_per_article(articles: list[NormalizedArticle]) -> tuple[list[NormalizedArticle], list[QuarantineRecord]]:
    """One version of each article_id in a batch: the one read last, as a later run or batch would update it.

    Two inputs give the same article_id when they carry the same canonical URL (an article saved twice, or
    saved again after a correction). The earlier versions are recorded in quarantine, their payloads kept.
    """
    last = {article.article_id: index for index, article in enumerate(articles)}
    kept = [article for index, article in enumerate(articles) if last[article.article_id] == index]
    superseded = [QuarantineRecord(
        article.clean.source_uri, "load", "duplicate_url",
        f"same article ({article.clean.canonical_url or article.article_id}) as "
        f"{articles[last[article.article_id]].clean.source_name}, read later in this run: that version is loaded",
        article.clean.payload_hash) for index, article in enumerate(articles) if last[article.article_id] != index]
    return kept, superseded


def diff_batch(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame) -> Changes:
    """Classify the batch's articles: new, changed, unchanged, or the same text as another article."""
    changes = Changes()
    if articles.empty:
        return changes
    con.register("batch_ids", articles[["article_id", "content_hash"]])
    try:
        known = dict(con.execute(
            "SELECT a.article_id, a.record_hash FROM articles a JOIN batch_ids USING (article_id)").fetchall())
        owners = dict(con.execute(
            "SELECT a.content_hash, min(a.article_id) FROM articles a JOIN batch_ids i "
            "ON a.content_hash = i.content_hash AND a.article_id <> i.article_id GROUP BY a.content_hash").fetchall())
    finally:
        con.unregister("batch_ids")
    seen_hashes: dict[str, str] = {}
    for row in articles.itertuples(index=False):
        owner = owners.get(row.content_hash) or seen_hashes.get(row.content_hash)
        if row.article_id not in known and owner and owner != row.article_id:
            changes.duplicates.append(QuarantineRecord(
                row.source_uri, "load", "duplicate",
                f"same text as article {owner}: kept once, under its first name", row.payload_hash))
            continue
        seen_hashes.setdefault(row.content_hash, row.article_id)
        if row.article_id not in known:
            changes.new.append(row.article_id)
        elif known[row.article_id] != row.record_hash:
            changes.changed.append(row.article_id)
        else:
            changes.unchanged.append(row.article_id)
    return changes


def write_batch(con: duckdb.DuckDBPyConnection, tables: dict[str, pd.DataFrame], payloads: pd.DataFrame,
                quarantine: pd.DataFrame) -> None:
    """Everything of one batch, or nothing: a crash mid-way leaves no partial article."""
    con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, "raw.payloads", payloads, on_conflict=new_keys_only("raw.payloads", "payload_hash"))
        replaced = _already_loaded(con, tables["articles"])
        if not replaced.empty:  # each DELETE scans a whole table: only for updated articles
            # An updated article's rows go before its new version is written: no index keeps article_id unique.
            with registered(con, "replaced_ids", replaced):
                for relation in ("articles", *CHILD_RELATIONS):
                    con.execute(f"DELETE FROM {relation} WHERE article_id IN (SELECT article_id FROM replaced_ids)")
        _insert(con, "articles", tables["articles"])
        for relation in CHILD_RELATIONS:
            _insert(con, relation, tables[relation])
        _insert(con, "entities", tables["entities"],
                on_conflict="ON CONFLICT (entity_id) DO UPDATE SET name = excluded.name, "
                            "entity_type = excluded.entity_type, wikidata_id = excluded.wikidata_id, "
                            "curated = excluded.curated")
        _insert(con, "quarantine", quarantine, on_conflict="ON CONFLICT DO NOTHING")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _already_loaded(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame) -> pd.DataFrame:
    """The batch's article_ids the warehouse already holds (their child rows are replaced)."""
    if articles.empty:
        return articles[["article_id"]]
    with registered(con, "batch_article_ids", articles[["article_id"]]):
        return con.execute("SELECT article_id FROM articles WHERE article_id IN "
                           "(SELECT article_id FROM batch_article_ids)").df()


def _insert(con: duckdb.DuckDBPyConnection, relation: str, frame: pd.DataFrame, *, on_conflict: str = "") -> None:
    if frame.empty:
        return
    columns = COLUMNS.get(relation, list(frame.columns))
    quoted = ", ".join(f'"{c}"' for c in columns)
    with registered(con, "incoming", frame[columns]):
        con.execute(f"INSERT INTO {relation} ({quoted}) SELECT {quoted} FROM incoming {on_conflict}")


def story_neighbours(con: duckdb.DuckDBPyConnection, days: Iterable[object],
                     window_days: int) -> list[StoryCandidate]:
    """Warehouse articles published within the window around each of the given days, as story candidates.

    Only the days near some article of the batch are read, not the whole span between the earliest and the
    latest: a backfill batch mixing 2019 and 2024 articles must not pull five years of the warehouse.
    Terms and entities come from staging.story_features, written at load time, so no body is read or
    tokenized again; only articles loaded before that table existed fall back to body_text and mentions.
    """
    return _candidates_on(con, sorted(_window(days, window_days)))


def _window(days: Iterable[object], window_days: int) -> set[date]:
    wanted = {date.fromisoformat(d) if isinstance(d, str) else d for d in days if isinstance(d, date | str)}
    return {d + timedelta(days=k) for d in wanted for k in range(-window_days, window_days + 1)}


def _candidates_on(con: duckdb.DuckDBPyConnection, days: list[date]) -> list[StoryCandidate]:
    """Story candidates of the warehouse's articles published on exactly these days."""
    if not days:
        return []
    cursor = con.execute(
        """SELECT a.article_id, a.published_date, a.story_id, f.terms, f.entity_ids
           FROM articles a LEFT JOIN staging.story_features f USING (article_id)
           WHERE a.published_date IN (SELECT unnest(?::DATE[]))""",
        [days])
    found: list[StoryCandidate] = []
    missing: list[str] = []
    # Read in slices, share each distinct word among the candidates (sys.intern) and keep a candidate's words
    # as a tuple: a week of a large outlet set is tens of thousands of candidates of ~180 words each, which
    # as frozensets of separate strings cost ~27 KB a candidate (300 MB for 11,000).
    while rows := cursor.fetchmany(_NEIGHBOUR_SLICE):
        for r in rows:
            if r[3] is None:
                missing.append(r[0])
            else:
                found.append(StoryCandidate(r[0], r[1], frozenset(map(sys.intern, r[4])),
                                            tuple(map(sys.intern, r[3])), r[2]))
    return found + _neighbours_without_features(con, missing) if missing else found


class StoryWindow:
    """The story candidates of a run's window, kept across its batches: each day is read from the warehouse
    once per run, the articles a batch loads are added as it loads them, and days no longer near any batch
    are dropped, so memory stays bounded by the window while consecutive batches (which share most of their
    window) do not read and rebuild the same thousands of candidates again."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        self._by_day: dict[date, dict[str, StoryCandidate]] = {}
        self._day_of: dict[str, date] = {}

    def neighbours(self, con: duckdb.DuckDBPyConnection, days: Iterable[object]) -> list[StoryCandidate]:
        """What story_neighbours returns for these days (tests/test_stories.py compares the two)."""
        window = _window(days, self.window_days)
        for stale in set(self._by_day) - window:
            for article_id in self._by_day.pop(stale):
                self._day_of.pop(article_id, None)
        missing = sorted(window - set(self._by_day))
        for day in missing:
            self._by_day[day] = {}
        for candidate in _candidates_on(con, missing):
            self._put(candidate)
        return [c for day in sorted(window) for c in self._by_day[day].values()]

    def remember(self, loaded: Iterable[StoryCandidate]) -> None:
        """Articles just written to the warehouse, with their story ids (a reloaded one replaces its entry)."""
        for candidate in loaded:
            previous_day = self._day_of.pop(candidate.article_id, None)
            if previous_day is not None:
                self._by_day[previous_day].pop(candidate.article_id, None)
            self._put(candidate)

    def _put(self, candidate: StoryCandidate) -> None:
        day = candidate.published_date
        if day is not None and day in self._by_day:  # a day not read yet is read whole when it is needed
            self._by_day[day][candidate.article_id] = candidate
            self._day_of[candidate.article_id] = day


def _neighbours_without_features(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[StoryCandidate]:
    """Candidates of articles loaded before staging.story_features: from their bodies, as before 0004."""
    rows = con.execute(
        """SELECT a.article_id, a.published_date, a.story_id, a.body_text,
                  list(DISTINCT m.entity_id) FILTER (WHERE m.entity_id IS NOT NULL)
           FROM articles a LEFT JOIN entity_mentions m USING (article_id)
           WHERE a.article_id IN (SELECT unnest(?::VARCHAR[]))
           GROUP BY ALL""",
        [article_ids]).fetchall()
    return [StoryCandidate(r[0], r[1], frozenset(r[4] or ()), story_terms(r[3]), r[2]) for r in rows]
