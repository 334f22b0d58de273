"""Loading a batch (tasks/load.py): all of it or none of it, updated articles replace their rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from tasks import incremental, stories, tables
from tasks.load import write_batch
from tasks.models import CleanArticle, NormalizedArticle, RawDocument
from tasks.normalize import normalize_article
from warehouse.schema import connect, migrate


def _article(name: str, body: str) -> NormalizedArticle:
    return normalize_article(CleanArticle(f"/in/{name}.txt", f"{name}.txt", name * 8, body))


def _page(name: str) -> RawDocument:
    return RawDocument(f"/in/{name}.txt", f"{name}.txt", name.encode(), name * 8, "text/plain", name, "utf-8",
                       datetime(2024, 12, 3, tzinfo=UTC))


def _load(con: duckdb.DuckDBPyConnection, articles: list[NormalizedArticle]) -> None:
    built = tables.build_tables(articles, "run-test")
    write_batch(con, built, tables.payload_frame([]), tables.quarantine_frame([], "run-test"))


FLOOD = "Jakarta - Banjir merendam Kecamatan Dayeuhkolot, Bandung, Jawa Barat, pada Selasa (3/12/2024) pagi."
QUAKE = "Palu - Gempa bermagnitudo 5,2 mengguncang Kota Palu, Sulawesi Tengah, Senin (2/12/2024) malam."


def test_an_updated_article_replaces_its_rows_and_leaves_the_others_alone(tmp_path: Path) -> None:
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        _load(con, [_article("a", FLOOD), _article("b", QUAKE)])
        before_b = con.execute("SELECT count(*) FROM entity_mentions m JOIN articles a USING (article_id) "
                               "WHERE a.source_name = 'b.txt'").fetchone()[0]
        _load(con, [_article("a", FLOOD + " Bank Indonesia menyalurkan bantuan ke Dayeuhkolot.")])
        rows = dict(con.execute("""
            SELECT a.source_name, count(m.entity_id) FROM articles a LEFT JOIN entity_mentions m USING (article_id)
            GROUP BY 1""").fetchall())
        duplicated = con.execute("""SELECT count(*) - count(DISTINCT (article_id, char_start, char_end, entity_id))
                                    FROM entity_mentions""").fetchone()[0]
    assert before_b > 0 and rows["b.txt"] == before_b
    assert duplicated == 0
    assert rows["a.txt"] > 0


def test_a_failed_insert_says_why_and_loads_nothing(tmp_path: Path) -> None:
    """The constraint that failed is the error an operator sees, not DuckDB's "transaction is aborted"."""
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        built = tables.build_tables([_article("a", FLOOD), _article("b", QUAKE)], "run-test")
        built["articles"].loc[1, "article_id"] = None
        with pytest.raises(duckdb.ConstraintException, match="NOT NULL"):
            write_batch(con, built, tables.payload_frame([]), tables.quarantine_frame([], "run-test"))
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM entity_mentions").fetchone() == (0,)


# The relations whose key no index guards (migration 0008), with that key.
UNINDEXED_KEYS = {"articles": "article_id", "quotes": "quote_id", "raw.payloads": "payload_hash",
                  "staging.loaded_inputs": "source_uri", "staging.story_features": "article_id"}


def test_a_repeated_or_updated_load_keeps_one_row_per_key(tmp_path: Path) -> None:
    """No index keeps these keys unique: the loader does. A batch written twice (as after running out of
    memory) and then an updated article still leave one row per key, the updated one with its new text."""
    said = "Menteri itu berkata, \"Bantuan sudah dikirim ke semua posko pengungsian sejak pagi tadi.\""
    first = [_article("a", f"{FLOOD} {said}"), _article("b", QUAKE)]
    updated = [_article("a", f"{FLOOD} {said} Bank Indonesia menyalurkan bantuan.")]
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        for batch in (first, first, updated):
            built = tables.build_tables(batch, "run-test")
            pages = tables.payload_frame([_page(a.clean.source_name[0]) for a in batch] * 2)  # a page read twice
            write_batch(con, built, pages, tables.quarantine_frame([], "run-test"))
            stories.write_features(con, stories.features_frame(batch))
            incremental.record_loaded(con, incremental.loaded_frame(
                built["articles"], [a.article_id for a in batch], [], "release-1", "run-test"))
        counts = {relation: con.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {relation}").fetchone()
                  for relation, key in UNINDEXED_KEYS.items()}
        body = con.execute("SELECT body_text FROM articles WHERE source_name = 'a.txt'").fetchone()[0]
    assert counts["articles"] == (2, 2) and counts["staging.story_features"] == (2, 2)
    assert counts["raw.payloads"] == (2, 2) and counts["staging.loaded_inputs"] == (2, 2)
    assert counts["quotes"][0] == counts["quotes"][1] > 0
    assert body.endswith("Bank Indonesia menyalurkan bantuan.")
