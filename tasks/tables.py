"""The contract's relations as DataFrames, built from normalized articles.

Validation and loading both work on these frames, so what is validated is exactly what is loaded.
Each article carries a record_hash over everything derived for it: an unchanged hash on a rerun means
there is nothing to write.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from datetime import UTC, datetime
from operator import attrgetter

import pandas as pd

from tasks.models import (
    CitedSource,
    DateMention,
    Entity,
    EntityMention,
    NormalizedArticle,
    QuarantineRecord,
    Quote,
    RawDocument,
)

COLUMNS: dict[str, list[str]] = {
    "articles": [
        "article_id", "source_uri", "source_name", "canonical_url", "outlet", "title", "author",
        "published_at", "published_date", "published_date_source", "dateline", "wire_source", "language",
        "body_text", "word_count", "content_hash", "story_id", "run_id", "payload_hash", "record_hash",
        "loaded_at", "modified_at", "section"],
    "entities": ["entity_id", "name", "entity_type", "wikidata_id", "curated"],
    "entity_mentions": ["article_id", "entity_id", "surface", "char_start", "char_end"],
    "date_mentions": ["article_id", "surface", "char_start", "char_end", "resolved_value", "resolved_date",
                      "granularity", "resolution"],
    "quotes": ["quote_id", "article_id", "text", "char_start", "char_end", "speaker_surface",
               "speaker_entity_id", "quote_key", "is_partial"],
    "cited_sources": ["article_id", "kind", "value", "domain", "entity_id"],
    "boilerplate_removed": ["article_id", "line_no", "text", "rule"],
}
# Relations with one set of rows per article (replaced whole when the article changes).
CHILD_RELATIONS = ("entity_mentions", "date_mentions", "quotes", "cited_sources", "boilerplate_removed")


def build_tables(articles: Sequence[NormalizedArticle], run_id: str) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in COLUMNS}
    entities: dict[str, dict[str, object]] = {}
    now = datetime.now(UTC)
    for article in articles:
        children = _child_rows(article)
        for name, child_rows in children.items():
            rows[name].extend(child_rows)
        article_row = _article_row(article)
        article_row["record_hash"] = _record_hash(article_row, children)
        article_row.update(run_id=run_id, loaded_at=now)
        rows["articles"].append(article_row)
        for entity in article.entities:
            entities[entity.entity_id] = _fields(entity, _ENTITY_FIELDS)
    rows["entities"] = sorted(entities.values(), key=lambda e: str(e["entity_id"]))
    return {name: _frame(name, rows[name]) for name in COLUMNS}


def _frame(name: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS[name])
    return frame.astype(object).where(frame.notna(), None) if rows else frame


def _article_row(article: NormalizedArticle) -> dict[str, object]:
    clean = article.clean
    return {
        "article_id": article.article_id,
        "source_uri": clean.source_uri,
        "source_name": clean.source_name,
        "canonical_url": clean.canonical_url,
        "outlet": clean.outlet,
        "title": clean.title,
        "author": clean.author,
        "published_at": article.published_at,
        "published_date": article.published_date,
        "published_date_source": article.published_date_source,
        "dateline": clean.dateline,
        "wire_source": clean.wire_source,
        "language": clean.language,
        "body_text": clean.body_text,
        "word_count": article.word_count,
        "content_hash": article.content_hash,
        "story_id": article.story_id,
        "payload_hash": clean.payload_hash,
        "modified_at": article.modified_at,
        "section": clean.section,
    }


# Fields of the per-article records: dataclasses.asdict's keys and values, without its recursive deep copy
# (these records hold only scalars), so the record hashes stay those asdict gave.
_MENTION_FIELDS = tuple(f.name for f in fields(EntityMention))
_DATE_FIELDS = tuple(f.name for f in fields(DateMention))
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
_CITED_FIELDS = tuple(f.name for f in fields(CitedSource))
_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))


def _fields(record: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(record, name) for name in names}


# Each relation's row keys and an attrgetter of its record's fields: a row is dict(zip(keys, values)) with the
# values read in C, where a dict comprehension of getattr calls per field was a third of build_tables' own time.
# The keys are those {"article_id": aid, **_fields(record, names)} gave, in that order.
_MENTION_ROW = (("article_id", *_MENTION_FIELDS), attrgetter(*_MENTION_FIELDS))
_DATE_ROW = (("article_id", *_DATE_FIELDS), attrgetter(*_DATE_FIELDS))
_QUOTE_ROW = (("quote_id", "article_id", *_QUOTE_FIELDS), attrgetter(*_QUOTE_FIELDS))
_CITED_ROW = (("article_id", *_CITED_FIELDS), attrgetter(*_CITED_FIELDS))


def _child_rows(article: NormalizedArticle) -> dict[str, list[dict[str, object]]]:
    aid = article.article_id
    (mention_keys, mention), (date_keys, date_values) = _MENTION_ROW, _DATE_ROW
    (quote_keys, quote), (cited_keys, cited) = _QUOTE_ROW, _CITED_ROW
    return {
        "entity_mentions": [dict(zip(mention_keys, (aid, *mention(m)), strict=True)) for m in article.mentions],
        "date_mentions": [dict(zip(date_keys, (aid, *date_values(d)), strict=True)) for d in article.dates],
        "quotes": [dict(zip(quote_keys, (_quote_id(aid, q.char_start, q.char_end), aid, *quote(q)), strict=True))
                   for q in article.quotes],
        "cited_sources": [dict(zip(cited_keys, (aid, *cited(c)), strict=True)) for c in article.cited],
        "boilerplate_removed": [{"article_id": aid, "line_no": i, "text": r.text, "rule": r.rule}
                                for i, r in enumerate(article.clean.removed, start=1)],
    }


def _quote_id(article_id: str, start: int, end: int) -> str:
    return "q-" + hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:20]


def _record_hash(article_row: dict[str, object], children: dict[str, list[dict[str, object]]]) -> str:
    payload = json.dumps([article_row, children], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def select_articles(tables: dict[str, pd.DataFrame], keep: Iterable[str]) -> dict[str, pd.DataFrame]:
    """The tables restricted to the given articles (entities restricted to those still mentioned)."""
    keep = set(keep)
    selected = {name: frame[frame["article_id"].isin(keep)].reset_index(drop=True)
                for name, frame in tables.items() if "article_id" in frame.columns}
    used = set(selected["entity_mentions"]["entity_id"]) | set(
        selected["quotes"]["speaker_entity_id"].dropna()) | set(selected["cited_sources"]["entity_id"].dropna())
    entities = tables["entities"]
    selected["entities"] = entities[entities["entity_id"].isin(used)].reset_index(drop=True)
    return selected


def payload_frame(documents: Iterable[RawDocument]) -> pd.DataFrame:
    rows = {}
    for doc in documents:
        rows.setdefault(doc.payload_hash, {
            "payload_hash": doc.payload_hash, "source_uri": doc.source_uri, "media_type": doc.media_type,
            "encoding": doc.encoding, "byte_size": len(doc.payload), "payload": doc.payload,
            "first_seen_at": doc.ingested_at})
    columns = ["payload_hash", "source_uri", "media_type", "encoding", "byte_size", "payload", "first_seen_at"]
    return pd.DataFrame(list(rows.values()), columns=columns)


def quarantine_frame(records: Iterable[QuarantineRecord], run_id: str) -> pd.DataFrame:
    now = datetime.now(UTC)
    rows = {}
    for record in records:
        key = "|".join([record.source_uri, record.stage, record.reason, record.payload_hash or ""])
        quarantine_id = "qr-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
        rows[quarantine_id] = {"quarantine_id": quarantine_id, **asdict(record), "run_id": run_id,
                               "quarantined_at": now}
    columns = ["quarantine_id", "source_uri", "stage", "reason", "detail", "run_id", "quarantined_at",
               "payload_hash"]
    return pd.DataFrame(list(rows.values()), columns=columns)
