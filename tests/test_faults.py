"""Faults during a run: a killed process, a warehouse held by another process, an exception in one article,
a full disk. After each, the warehouse is exactly the last good state (or that state plus a completed rerun):
no partial article, no duplicate, no orphan row, quarantine intact.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from kabar.config import PROJECT_ROOT

KABAR = str(Path(sys.executable).with_name("kabar"))
RELATIONS = ("articles", "entities", "entity_mentions", "date_mentions", "quotes", "cited_sources",
             "boilerplate_removed", "quarantine", "raw.payloads", "pipeline_runs", "validation_results")
INTEGRITY = {
    "articles sharing an id": "SELECT count(*) - count(DISTINCT article_id) FROM articles",
    "articles sharing a text": "SELECT count(*) - count(DISTINCT content_hash) FROM articles",
    "articles without payload": "SELECT count(*) FROM articles WHERE payload_hash NOT IN "
                                "(SELECT payload_hash FROM raw.payloads)",
    "orphan entity mentions": "SELECT count(*) FROM entity_mentions WHERE article_id NOT IN "
                              "(SELECT article_id FROM articles) OR entity_id NOT IN (SELECT entity_id FROM entities)",
    "orphan date mentions": "SELECT count(*) FROM date_mentions WHERE article_id NOT IN "
                            "(SELECT article_id FROM articles)",
    "orphan quotes": "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT article_id FROM articles)",
    "orphan cited sources": "SELECT count(*) FROM cited_sources WHERE article_id NOT IN "
                            "(SELECT article_id FROM articles)",
    "orphan removed lines": "SELECT count(*) FROM boilerplate_removed WHERE article_id NOT IN "
                            "(SELECT article_id FROM articles)",
    "quarantine without payload": "SELECT count(*) FROM quarantine WHERE payload_hash IS NOT NULL AND "
                                  "payload_hash NOT IN (SELECT payload_hash FROM raw.payloads)",
    "runs still running": "SELECT count(*) FROM pipeline_runs WHERE status = 'running'",
}


def counts(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {r: con.execute(f"SELECT count(*) FROM {r}").fetchone()[0] for r in RELATIONS}


def integrity_problems(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        found = {name: con.execute(sql).fetchone()[0] for name, sql in INTEGRITY.items()}
    return {name: n for name, n in found.items() if n}


def snapshot_rows(warehouse: Path, relation: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return sorted(map(tuple, con.execute(f"SELECT * FROM {relation}").fetchall()), key=repr)


def run(input_path: Path, warehouse: Path, **options):
    from flows.nightly import NightlyParameters, nightly

    return nightly(NightlyParameters(input_path=str(input_path), warehouse=str(warehouse), **options))


def variants(seed_input: Path, folder: Path, count: int) -> Path:
    """`count` distinct new articles: the seeds without their source URL, each with a sentence of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(seed_input.glob("*.txt"))
    for i in range(count):
        text = "\n".join(line for line in seeds[i % len(seeds)].read_text(encoding="utf-8").split("\n")
                         if not line.startswith("Sumber: http"))
        (folder / f"varian_{i:02d}.txt").write_text(
            text + f"\nPerkembangan ini dipantau oleh {i + 3} lembaga pemantau independen di kawasan itu.\n",
            encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def template(prefect_harness: None, seed_input: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse holding the seeds and two quarantined inputs (the quarantine must survive every fault)."""
    folder = tmp_path_factory.mktemp("dasar")
    shutil.copytree(seed_input, folder, dirs_exist_ok=True)
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    warehouse = tmp_path_factory.mktemp("template") / "news.duckdb"
    summary = run(folder, warehouse)
    assert summary.loaded == 5 and summary.quarantined_total == 2
    return warehouse


@pytest.fixture
def base(template: Path, tmp_path: Path) -> Path:
    """A private copy of the template warehouse for one test."""
    warehouse = tmp_path / "wh" / "news.duckdb"
    warehouse.parent.mkdir()
    shutil.copyfile(template, warehouse)
    return warehouse


# --- SIGKILL in the middle of a run --------------------------------------------------------------------------


def _kill_group(process: subprocess.Popen) -> None:
    """The kabar process and its ephemeral Prefect server (started in its own session, so its own group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _wait_for(predicate, timeout: float, process: subprocess.Popen | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Whether `predicate` came true within `timeout` seconds (giving up early when `process` has exited)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if process is not None and process.poll() is not None:
            return False
        time.sleep(0.01)
    return False


def test_sigkill_mid_run_publishes_nothing_and_the_next_run_completes(
        base: Path, seed_input: Path, tmp_path: Path) -> None:
    more = variants(seed_input, tmp_path / "lagi", 8)
    before = counts(base)
    quarantine_before = snapshot_rows(base, "quarantine")
    work, pause = Path(f"{base}.next"), tmp_path / "paused"
    env = {**os.environ, "KABAR_PAUSE_BEFORE_PUBLISH": str(pause), "KABAR_LOCK_WAIT_SECONDS": "30"}
    process = subprocess.Popen([KABAR, "run", "--input", str(more), "--warehouse", str(base), "--quiet",
                                "--batch-size", "1"], env=env, cwd=PROJECT_ROOT, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # Killed while a batch is being written into the working copy (its log exists), or, if every write was
        # too quick to be seen, at the latest when all batches are in the copy and it waits to be published.
        mid_write = _wait_for(lambda: Path(f"{work}.wal").exists() or pause.exists(), 240, process)
        assert mid_write, process.stderr.read().decode()[-2000:] if process.stderr else "kabar exited"
    finally:
        killed_before_publish = pause.exists()
        _kill_group(process)
    print(f"killed {'waiting to publish' if killed_before_publish else 'while writing a batch'}")
    assert work.exists()  # the killed run's copy is left behind ...
    assert counts(base) == before  # ... and nothing of it was published
    assert integrity_problems(base) == {}
    spilled = Path(f"{work}.tmp")  # what a killed run leaves when DuckDB had spilled (this small one had not)
    spilled.mkdir(exist_ok=True)
    (spilled / "duckdb_temp_storage_DEFAULT-0.tmp").write_bytes(b"\0" * 4096)

    summary = run(more, base)
    assert summary.status == "completed" and summary.loaded == 8
    assert not work.exists() and not Path(f"{work}.wal").exists() and not spilled.exists()
    after = counts(base)
    assert after["articles"] == before["articles"] + 8
    assert after["pipeline_runs"] == before["pipeline_runs"] + 1  # the killed run could not log itself
    assert integrity_problems(base) == {}
    assert set(quarantine_before) <= set(snapshot_rows(base, "quarantine"))


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_mid_run_logs_a_failed_run_and_leaves_no_process_behind(
        base: Path, seed_input: Path, tmp_path: Path) -> None:
    """What a scheduler's time limit or `systemctl stop` sends: the run must end like a failed run, and take its
    embedded Prefect server (which Python's default SIGTERM action left running, with no parent) with it."""
    more = variants(seed_input, tmp_path / "lagi", 8)
    before = counts(base)
    work = Path(f"{base}.next")
    process = subprocess.Popen([KABAR, "run", "--input", str(more), "--warehouse", str(base), "--batch-size", "1"],
                               env={**os.environ, "KABAR_LOCK_WAIT_SECONDS": "30"}, cwd=PROJECT_ROOT,
                               start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(work.exists, 240, process), "the run ended before it made its working copy"
        process.send_signal(signal.SIGTERM)  # to kabar alone, as a scheduler stops the process it started
        _, stderr = process.communicate(timeout=120)
        # The server is stopped on the way out: give it the time it takes.
        gone = _wait_for(lambda: not _group_alive(process.pid), 30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 128 + signal.SIGTERM, stderr[-2000:]
    assert "the run was stopped (SIGTERM)" in stderr
    assert "leaked" not in stderr  # no DuckDB object left alive at exit
    assert gone, "a process of the stopped run (its Prefect server, a worker) is still running"
    after = counts(base)
    assert {r: n for r, n in after.items() if r != "pipeline_runs"} == {
        r: n for r, n in before.items() if r != "pipeline_runs"}
    with duckdb.connect(str(base), read_only=True) as con:
        last = con.execute("SELECT status FROM pipeline_runs ORDER BY started_at DESC LIMIT 1").fetchone()
    assert after["pipeline_runs"] == before["pipeline_runs"] + 1 and last == ("failed",), stderr[-3000:]
    assert integrity_problems(base) == {}
    assert not work.exists()



def test_a_failed_run_ends_with_its_reason_and_nothing_after_it(base: Path, seed_input: Path, tmp_path: Path) -> None:
    """An operator reads the end of a failed run's output: the reason must be there, not buried under DuckDB's
    ~40 lines of "leaked instance" warnings (the run's exception kept its closed connection alive until exit)."""
    more = variants(seed_input, tmp_path / "lagi", 3)
    before = counts(base)
    # The batch check that fails a run whose articles are mostly rejected, set so that it always fails.
    env = {**os.environ, "KABAR_MAX_REJECTED_SHARE": "-1", "KABAR_MIN_ARTICLES_FOR_REJECTED_SHARE": "0"}
    finished = subprocess.run([KABAR, "run", "--input", str(more), "--warehouse", str(base)], env=env,
                              cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 1, finished.stderr[-2000:]
    assert "kabar: the run failed: RuntimeError: validation rejected" in finished.stderr
    assert "leaked" not in finished.stderr, finished.stderr[-2000:]
    after = counts(base)
    assert after == {**before, "pipeline_runs": before["pipeline_runs"] + 1}
    with duckdb.connect(str(base), read_only=True) as con:
        assert con.execute("SELECT status FROM pipeline_runs ORDER BY started_at DESC LIMIT 1").fetchone() == (
            "failed",)

# --- the warehouse held by another process -------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])  # an analyst's read-write session
    con.execute("SELECT count(*) FROM articles").fetchone()
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    con.close()
""")


@pytest.fixture
def holder(base: Path) -> Iterator[subprocess.Popen]:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(base)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    yield process
    if process.poll() is None:
        process.stdin.close()  # type: ignore[union-attr]
        process.wait(timeout=30)


def test_a_held_warehouse_stops_the_run_after_a_bounded_wait_with_a_clear_message(
        base: Path, holder: subprocess.Popen, seed_input: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from warehouse.schema import WarehouseBusyError

    before_bytes = base.read_bytes()
    monkeypatch.setenv("KABAR_LOCK_WAIT_SECONDS", "1")
    started = time.monotonic()
    with pytest.raises(WarehouseBusyError) as failure:
        run(variants(seed_input, tmp_path / "lagi", 2), base)
    waited = time.monotonic() - started
    message = str(failure.value)
    assert "open for writing in another process" in message and "read-only" in message
    assert "waited 1 s" in message
    assert waited < 30  # the wait is bounded (1 s, and 1 s more while trying to log the failed run)
    assert not Path(f"{base}.next").exists()
    holder.stdin.close()  # type: ignore[union-attr]
    holder.wait(timeout=30)
    assert integrity_problems(base) == {}
    with duckdb.connect(str(base), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert base.read_bytes() == before_bytes or counts(base)["articles"] == 5  # untouched by the failed run


# --- an exception while normalizing one article ----------------------------------------------------------------


def test_an_exception_in_one_articles_normalization_quarantines_only_that_article(
        base: Path, seed_input: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tasks.normalize

    real = tasks.normalize.normalize_article

    def fail_for_one(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if article.source_name == "varian_02.txt":
            raise ValueError("kalender rusak: tanggal 31 Februari")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(tasks.normalize, "normalize_article", fail_for_one)
    more = variants(seed_input, tmp_path / "lagi", 4)
    summary = run(more, base)
    assert summary.status == "completed" and summary.loaded == 3
    with duckdb.connect(str(base), read_only=True) as con:
        rows = con.execute("SELECT stage, reason, detail, payload_hash IS NOT NULL FROM quarantine "
                           "WHERE source_uri = ?", [str((more / "varian_02.txt").resolve())]).fetchall()
        loaded = con.execute("SELECT count(*) FROM articles WHERE source_name LIKE 'varian_%'").fetchone()[0]
    assert rows == [("normalize", "normalize_error", "ValueError: kalender rusak: tanggal 31 Februari", True)]
    assert loaded == 3
    assert integrity_problems(base) == {}


# --- disk full while writing -----------------------------------------------------------------------------------


@pytest.fixture
def file_size_limit() -> Iterator[callable]:  # type: ignore[valid-type]
    """Set a file size limit for this process (writes past it fail with EFBIG, like a full disk); restored after."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills the process

    def limit(size: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))

    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_disk_full_while_writing_fails_the_run_clearly_and_keeps_the_previous_warehouse(
        base: Path, seed_input: Path, tmp_path: Path, file_size_limit) -> None:  # type: ignore[no-untyped-def]
    more = variants(seed_input, tmp_path / "lagi", 10)
    before = counts(base)
    before_bytes = base.read_bytes()
    # The copy of the warehouse fits; the articles loaded into it do not.
    file_size_limit(len(before_bytes) + 4096)
    with pytest.raises(Exception) as failure:  # DuckDB's IOException, or an OSError
        run(more, base)
    file_size_limit(resource.RLIM_INFINITY)
    message = f"{type(failure.value).__name__}: {failure.value}"
    print(message)
    assert "File too large" in message or os.strerror(errno.EFBIG) in message, message
    assert base.read_bytes() == before_bytes  # the published file was never written
    assert counts(base) == before
    assert not Path(f"{base}.next").exists()
    assert integrity_problems(base) == {}
    # Once there is room again, the same input loads completely.
    assert run(more, base).loaded == 10
    assert integrity_problems(base) == {}
