"""The warehouse schema: versioned DDL migrations, applied in order, each in its own transaction.

Migrations are the files warehouse/migrations/NNNN_name.sql. A warehouse records the ones it has in
main.schema_migrations, so a file made by an older Kabar upgrades in place at the start of a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb

T = TypeVar("T")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Rows per row group in what a run writes (DuckDB's default is 122,880). A checkpoint merges the small row
# groups that each batch appends into full ones, holding a whole group of every column in memory: at the
# default, merging articles with their bodies (and raw payloads) took a 100,000-article run from ~1.0 to
# 2.2 GB; at 16,384 such a merge still added 450-600 MB. At 4,096 a merge is a thirtieth of the default's
# (2,000-article batches written 66 times: merges under +30 MB, file 694 MB against 657 at 16,384).
ROW_GROUP_SIZE = 4_096
# DuckDB's buffer pool for a run's connection (its default is 80% of the machine's memory). A run holds one
# connection from start to end; unbounded, the pool keeps every block the run has read or written, and each
# checkpoint needs more as the tables grow (10 batches of 1,000 HTML pages written again and again: +110-190 MB
# at a batch's close with 10,000 articles in the file, +250-330 MB with 30,000). Bounded, DuckDB evicts blocks or
# spills to a temporary folder beside the file instead, and a batch's load stays under +60 MB at 30,000
# articles (64 MB held between batches against 128: 40 MB less resident, the same speed). While a batch
# loads, the pool must hold its uncommitted rows: the floor plus a multiple of its raw bytes (10,000 HTML
# pages, 60 MB, in one batch ran out of memory with a 100 MB pool and went in with 256 MB). And as the
# warehouse grew, so did the primary keys' indexes an insert checks (a 100,000-article run ran out of memory
# at 70 MB, before migration 0008 took the keys off the relations that grow with every article). So the floor
# doubles whenever DuckDB runs out of memory, and the batch is loaded again.
BUFFER_POOL_FLOOR_MB = 64
BUFFER_POOL_PER_BATCH_BYTE = 3
BUFFER_POOL_CEILING_MB = 16_384


class WarehouseBusyError(RuntimeError):
    """Another process holds the warehouse's write lock for longer than we were willing to wait."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(directory.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append(Migration(int(path.name[:4]), path.stem, path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a version number in {directory}")
    return found


def connect(path: Path, *, wait_seconds: float = 30.0, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting a bounded time when another process holds it."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.2
    while True:
        try:
            return duckdb.connect(str(path), read_only=True) if read_only else _open_for_writing(path)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                if "lock" in str(exc).lower():
                    raise WarehouseBusyError(
                        f"the warehouse {path} is open for writing in another process (an analyst's "
                        f"read-write session or another run); waited {wait_seconds:.0f} s. Close that "
                        f"connection or open it read-only, then rerun.") from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


class RunConnection:
    """A connection with a bounded buffer pool that grows when it must: a run's one connection to its working
    copy, and the read-only one that summarizes the night for its artifact."""

    def __init__(self, con: duckdb.DuckDBPyConnection, floor_mb: int = BUFFER_POOL_FLOOR_MB,
                 ceiling_mb: int = BUFFER_POOL_CEILING_MB) -> None:
        self.con = con
        self.floor_mb = floor_mb
        self.ceiling_mb = ceiling_mb
        self._set_limit(floor_mb)

    def run(self, work: Callable[[], T], batch_bytes: int = 0) -> T:
        """Run `work` with room for a batch of `batch_bytes` raw bytes, then shrink the pool to the floor.

        When DuckDB runs out of memory the floor doubles (up to the ceiling) and `work` runs again, so it
        must be safe to repeat: a rolled-back transaction, or statements that replace what they wrote."""
        while True:
            self._set_limit(self.floor_mb + BUFFER_POOL_PER_BATCH_BYTE * batch_bytes // (1 << 20))
            try:
                return work()
            except duckdb.OutOfMemoryException:
                if self.floor_mb * 2 > self.ceiling_mb:
                    raise
                self.floor_mb *= 2
            finally:
                self._set_limit(self.floor_mb)  # lowering the limit evicts blocks at once

    def _set_limit(self, megabytes: int) -> None:
        # SET takes no parameters: an int of ours, never input. Spills go to the writer's temp_directory.
        self.con.execute(f"SET memory_limit = '{int(megabytes)}MB'")


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, frame: object) -> Iterator[None]:
    """`frame` (a DataFrame or Arrow table) visible to SQL as `name` within the block.

    Unregistered only when the block succeeds: inside a failed transaction unregister raises too, and in a
    `finally` it hid the real error (a key violation surfaced as "transaction is aborted"). The rollback
    that follows, or the next register of the name, disposes of the view."""
    con.register(name, frame)
    yield
    con.unregister(name)


def new_keys_only(relation: str, key: str) -> str:
    """The tail of an INSERT ... SELECT that keeps one incoming row per `key` not yet in `relation`.

    For the relations whose key has no index (migration 0008): the run is the warehouse's one writer, so
    inserting only keys that are not there keeps them unique. `key` is NOT NULL in those relations, which
    NOT IN needs; relation and key are Kabar's own names, never input."""
    return f"WHERE {key} NOT IN (SELECT {key} FROM {relation}) QUALIFY row_number() OVER (PARTITION BY {key}) = 1"


def temp_folder(path: Path) -> Path:
    """Where a writer of `path` spills what its buffer pool cannot hold (removed by DuckDB when it closes)."""
    return path.with_name(path.name + ".tmp")


def _open_for_writing(path: Path) -> duckdb.DuckDBPyConnection:
    """The file attached as the connection's default database, with Kabar's row group size (only ATTACH
    takes it). Close the connection to release the file's lock, as with duckdb.connect(path)."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {_quoted(path)} AS warehouse (ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
        con.execute("USE warehouse")
        # Not DuckDB's default (".tmp" in the current directory): beside the file, on the same disk.
        con.execute("SET temp_directory = " + _quoted(temp_folder(path)))
    except BaseException:
        con.close()
        raise
    return con


def _quoted(path: Path) -> str:
    """A path as an SQL string literal, for the statements that take no parameters (ATTACH, SET)."""
    return "'" + str(path).replace("'", "''") + "'"


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply the migrations this warehouse does not have yet; returns their names."""
    con.execute("""
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL,
            duckdb_version VARCHAR NOT NULL)""")
    con.execute("COMMENT ON TABLE schema_migrations IS "
                "'Schema versions applied to this warehouse, and the DuckDB version that applied each.'")
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done = []
    for migration in migrations(directory):
        if migration.version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now(), ?)",
                        [migration.version, migration.name, duckdb.__version__])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        done.append(migration.name)
    return done
