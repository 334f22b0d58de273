"""A finished batch's memory goes back to the operating system (tasks/memory.py)."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

from tasks import memory
from warehouse.schema import BUFFER_POOL_FLOOR_MB, ROW_GROUP_SIZE, RunConnection, connect, temp_folder
from warehouse.snapshot import publish

glibc_only = pytest.mark.skipif(memory._glibc() is None, reason="malloc_trim and mallopt are glibc's")


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


@glibc_only
def test_freed_batch_memory_is_returned_after_the_batch() -> None:
    """Freed blocks in the middle of the heap stay resident until trimmed: what made a long run's memory creep."""
    blocks = [bytearray(4000) for _ in range(50_000)]  # ~200 MB through malloc (too large for Python's pools)
    keep = blocks[-1]  # a live block at the top of the heap: freeing the rest cannot simply shrink the heap
    before_free = _rss_mb()
    del blocks
    held = _rss_mb()
    assert memory.release_freed_memory() is True
    after = _rss_mb()
    assert before_free - held < 50  # freed, yet still resident
    assert held - after > 100  # handed back
    assert len(keep) == 4000


@glibc_only
def test_arenas_can_be_capped() -> None:
    assert memory.limit_arenas() is True


def test_without_glibc_both_are_harmless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.limit_arenas() is False
    assert memory.release_freed_memory() is False


def test_runs_write_small_row_groups_so_checkpoints_merge_little(tmp_path: Path) -> None:
    """A checkpoint merges a table's appended row groups into full ones, holding a whole group in memory:
    with DuckDB's 122,880-row groups, merging articles with their bodies spiked a run past 2 GB. Writers
    open the warehouse with ROW_GROUP_SIZE rows per group, and the checkpoint that publishes keeps them."""
    warehouse = tmp_path / "w.duckdb"
    rows = 3 * ROW_GROUP_SIZE
    for _ in range(2):  # appended by two runs, each closing (and checkpointing) its connection
        with connect(warehouse) as con:
            con.execute("CREATE TABLE IF NOT EXISTS t (i BIGINT, body VARCHAR)")
            con.execute("INSERT INTO t SELECT i, repeat('x', 100) FROM range(?) r(i)", [rows])
    publish_copy = tmp_path / "w.next"
    publish_copy.write_bytes(warehouse.read_bytes())
    publish(warehouse, publish_copy)
    with connect(warehouse, read_only=True) as con:
        groups = con.execute("SELECT count(DISTINCT row_group_id), max(count) FROM pragma_storage_info('t')").fetchone()
        assert con.execute("SELECT count(*) FROM t").fetchone() == (2 * rows,)
    assert groups[0] >= 2 * rows // ROW_GROUP_SIZE
    assert groups[1] <= ROW_GROUP_SIZE


def test_a_runs_buffer_pool_is_bounded_yet_holds_a_batch_of_large_pages(tmp_path: Path) -> None:
    """A run's connection caps DuckDB's memory (unbounded, it grew with the warehouse), but a batch's
    uncommitted rows must fit: 300 pages of 512 KB (150 MB, larger than the floor) go in with room made for
    the batch, and do not with the floor alone."""
    import os

    import duckdb
    import pandas as pd

    warehouse = tmp_path / "w.duckdb"
    pages = pd.DataFrame({"payload_hash": [f"{i:064x}" for i in range(300)],
                          "payload": [os.urandom(512 * 1024) for _ in range(300)]})  # random: incompressible
    insert = "INSERT INTO payloads SELECT * FROM pages ON CONFLICT DO NOTHING"
    with connect(warehouse) as con:
        con.execute("CREATE TABLE payloads (payload_hash VARCHAR PRIMARY KEY, payload BLOB)")
        con.register("pages", pages)
        db = RunConnection(con, ceiling_mb=BUFFER_POOL_FLOOR_MB)  # may not grow: the floor is all it has
        assert con.execute("SELECT current_setting('temp_directory')").fetchone() == (str(temp_folder(warehouse)),)
        with pytest.raises(duckdb.OutOfMemoryException):
            db.run(lambda: con.execute(insert))
        db.run(lambda: con.execute(insert), batch_bytes=int(pages["payload"].str.len().sum()))
        assert db.floor_mb == BUFFER_POOL_FLOOR_MB
    assert not temp_folder(warehouse).exists()
    with connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT count(*), sum(octet_length(payload)) FROM payloads").fetchone() == (
            300, 300 * 512 * 1024)


def test_a_pool_too_small_for_the_warehouse_grows_and_the_work_runs_again(tmp_path: Path) -> None:
    """As the warehouse grows, inserts need more of the pool (the keys' indexes): out of memory, the floor
    doubles and the batch is loaded again, instead of the night failing."""
    import os

    import pandas as pd

    pages = pd.DataFrame({"payload_hash": [f"{i:064x}" for i in range(100)],
                          "payload": [os.urandom(256 * 1024) for _ in range(100)]})  # 25 MB
    attempts = []

    def load() -> int:
        attempts.append(db.floor_mb)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("INSERT INTO payloads SELECT * FROM pages ON CONFLICT DO NOTHING")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return con.execute("SELECT count(*) FROM payloads").fetchone()[0]

    with connect(tmp_path / "w.duckdb") as con:
        con.execute("CREATE TABLE payloads (payload_hash VARCHAR PRIMARY KEY, payload BLOB)")
        con.register("pages", pages)
        db = RunConnection(con, floor_mb=4)
        assert db.run(load) == 100
    assert attempts[0] == 4 and len(attempts) > 1
    assert attempts == [4 * 2**i for i in range(len(attempts))]  # doubled after each failure
    assert db.floor_mb == attempts[-1]  # and kept for the batches that follow


def test_the_story_window_shares_words_among_articles_from_the_workers() -> None:
    """Articles come back from the worker processes unpickled, each with its own copy of every word; the run's
    story window keeps thousands of them, so its candidates must share one string per word."""
    import pickle

    from tasks.models import CleanArticle, NormalizedArticle
    from tasks.normalize import normalize_article
    from tasks.stories import loaded_candidates

    def from_a_worker(name: str, body: str) -> NormalizedArticle:
        article = normalize_article(CleanArticle(f"/in/{name}.txt", f"{name}.txt", name * 8, body))
        return pickle.loads(pickle.dumps(article))  # what a worker's result becomes in the flow's process

    first = from_a_worker("a", "Banjir merendam Kecamatan Dayeuhkolot, Bandung, setinggi 120 sentimeter.")
    second = from_a_worker("b", "Warga Dayeuhkolot mengungsi karena banjir setinggi 120 sentimeter.")
    assert next(t for t in first.story_terms if t == "dayeuhkolot") is not next(
        t for t in second.story_terms if t == "dayeuhkolot")
    a, b = loaded_candidates([first, second])
    shared = {t for t in a.terms if t in set(b.terms)}
    assert {"banjir", "dayeuhkolot", "sentimeter"} <= shared
    for word in shared:
        assert next(t for t in a.terms if t == word) is next(t for t in b.terms if t == word)


def test_a_cleaned_batch_keeps_its_pages_once_as_bytes(tmp_path: Path) -> None:
    """A batch waits for loading with its raw pages (they go into raw.payloads); once cleaned, their decoded
    text is not kept beside the bytes."""
    from flows.nightly import prepare_task
    from tasks.ingest import ingest_files
    from tasks.models import Timed
    from tasks.parallel import StagePool

    page = tmp_path / "banjir.txt"
    page.write_text("Bandung - Banjir merendam Kecamatan Dayeuhkolot, Kabupaten Bandung, pada Selasa pagi. "
                    "Ketinggian air mencapai 120 sentimeter dan ratusan warga mengungsi ke masjid terdekat.",
                    encoding="utf-8")
    read = ingest_files([page], 1 << 20)
    payload = read.documents[0].payload
    with StagePool(0, 1) as pool:
        prepared = prepare_task.fn(Timed(read, 0.0), 1, pool)
    assert "Dayeuhkolot" in prepared.normalized[0].clean.body_text
    assert read.documents[0].text == "" and read.documents[0].payload is payload


def test_loading_into_a_large_warehouse_holds_no_index_of_its_articles(tmp_path: Path) -> None:
    """The keys of the relations that grow with every article have no index (migration 0008): with one,
    each insert made DuckDB load the key's whole index into memory for the rest of the run, about 0.5 KB
    an article already loaded, so a night's memory grew with the warehouse's history."""
    from tasks import incremental, load, stories, tables
    from tasks.models import CleanArticle
    from tasks.normalize import normalize_article
    from warehouse.schema import migrate

    history = 50_000
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        con.execute("""INSERT INTO articles (article_id, source_uri, source_name, body_text)
                       SELECT 'a-' || sha256(i::VARCHAR)[:20], '/in/' || i, i || '.txt', 'teks' FROM range(?) t(i)""",
                    [history])
        con.execute("""INSERT INTO quotes SELECT 'q-' || sha256(i::VARCHAR)[:20], 'a-' || sha256(i::VARCHAR)[:20],
                       'kata', 0, 4, NULL, NULL, 'k', false FROM range(?) t(i)""", [history])
        con.execute("""INSERT INTO raw.payloads SELECT sha256(i::VARCHAR), '/in/' || i, 'text/plain', 'utf-8', 4,
                       'teks'::BLOB, now() FROM range(?) t(i)""", [history])
        con.execute("""INSERT INTO staging.loaded_inputs SELECT '/in/' || i, sha256(i::VARCHAR), i, 'a-' || i, false,
                       'r', 'run-0' FROM range(?) t(i)""", [history])
        con.execute("""INSERT INTO staging.story_features SELECT 'a-' || sha256(i::VARCHAR)[:20], ['teks'], []
                       FROM range(?) t(i)""", [history])
        con.execute("CHECKPOINT")  # as a night starts: what was loaded before is on disk, not in memory
        article = normalize_article(CleanArticle("/in/new.txt", "new.txt", "n" * 64,
                                                 'Jakarta - Menteri itu berkata, "Bantuan sudah dikirim."'))
        built = tables.build_tables([article], "run-1")
        db = RunConnection(con)
        db.run(lambda: load.write_batch(con, built, tables.payload_frame([]), tables.quarantine_frame([], "run-1")))
        db.run(lambda: stories.write_features(con, stories.features_frame([article])))
        db.run(lambda: incremental.record_loaded(con, incremental.loaded_frame(
            built["articles"], [article.article_id], [], "r", "run-1")))
        index_bytes = con.execute(
            "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'ART_INDEX'").fetchone()[0]
        loaded = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert loaded == history + 1
    assert index_bytes < 1 << 20  # with the keys' indexes, 3.5 MB of them for this one article (measured)
