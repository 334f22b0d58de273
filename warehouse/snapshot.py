"""Runs write a private copy of the warehouse and publish it atomically when they finish.

DuckDB lets one process write a file, and no other process may even read it meanwhile. So a run never
writes the file analysts read: it copies it to `<file>.next`, loads into the copy, checkpoints it and
renames it over the original (`os.replace`, atomic on POSIX). An analyst's query sees the last completed
run, before or after the swap, never half a run; a connection opened before the swap keeps reading the
old version until it closes. A run that fails or is killed leaves the published file untouched, and the
next run throws its stale copy away. A lock file serializes runs, so two runs never publish over each other.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.schema import WarehouseBusyError, connect, temp_folder


class RunInProgressError(RuntimeError):
    """Another Kabar run holds this warehouse's run lock."""


@contextmanager
def run_lock(warehouse: Path) -> Iterator[None]:
    """Exclusive for one run at a time; released by the OS if the process dies."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{warehouse}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise RunInProgressError(f"another Kabar run is loading {warehouse}; wait for it to finish") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def working_copy_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".next")


def start_working_copy(warehouse: Path, wait_seconds: float) -> Path:
    """A fresh copy of the published warehouse (or an empty file's place) to load into."""
    work = working_copy_path(warehouse)
    discard_working_copy(warehouse)  # left behind by a run that was killed
    if warehouse.exists():
        _ensure_no_writer(warehouse, wait_seconds)
        shutil.copyfile(warehouse, work)
    return work


# Fault-injection hook (tests and scripts/faults.py only): when set to a file path, a run that has loaded every
# batch into its working copy creates that file and waits before publishing, so it can be killed at that point.
PAUSE_BEFORE_PUBLISH_ENV = "KABAR_PAUSE_BEFORE_PUBLISH"
_PAUSE_LIMIT_SECONDS = 600.0


def publish(warehouse: Path, work: Path) -> None:
    """Make the working copy the warehouse, atomically."""
    _pause_if_asked()
    with connect(work) as con:  # Kabar's row group size: a checkpoint at DuckDB's default would merge them
        con.execute("CHECKPOINT")  # everything in the main file: no write-ahead log travels with it
    os.replace(work, warehouse)
    _fsync_directory(warehouse.parent)


def _pause_if_asked() -> None:
    """The test hook: signal readiness through the file, then wait until it is removed (or a bounded time)."""
    flag = os.environ.get(PAUSE_BEFORE_PUBLISH_ENV)
    if not flag:
        return
    Path(flag).touch()
    deadline = time.monotonic() + _PAUSE_LIMIT_SECONDS
    while Path(flag).exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def discard_working_copy(warehouse: Path) -> None:
    work = working_copy_path(warehouse)
    for leftover in (work, Path(f"{work}.wal")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(temp_folder(work), ignore_errors=True)  # DuckDB's spill files, left by a killed run


def _ensure_no_writer(warehouse: Path, wait_seconds: float) -> None:
    """Copying a file that another process is writing would copy half a transaction: refuse, clearly."""
    try:
        connect(warehouse, wait_seconds=wait_seconds, read_only=True).close()
    except WarehouseBusyError:
        raise
    if Path(f"{warehouse}.wal").exists():
        with connect(warehouse) as con:  # a crashed writer's log: fold it in before copying
            con.execute("CHECKPOINT")


def _fsync_directory(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
