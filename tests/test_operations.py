"""What operators and analysts rely on: readers during a run, failed nights, upgrades, the schedule and the UI."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from kabar.config import PROJECT_ROOT
from warehouse import schema

PYTHON = sys.executable


def run(input_path: Path | None, warehouse: Path, **options):
    from flows.nightly import NightlyParameters, nightly

    return nightly(NightlyParameters(input_path=str(input_path) if input_path else None, warehouse=str(warehouse),
                                     **options))


def counts(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "entity_mentions", "date_mentions", "quotes", "boilerplate_removed")}


def variants(seed_input: Path, folder: Path, count: int) -> Path:
    """`count` new articles: the seeds under other names with a sentence of their own."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(p for p in seed_input.glob("*.txt"))
    for i in range(count):
        source = seeds[i % len(seeds)]
        # Without the source URL line: an article with the same URL is the same article (updated, not new).
        text = "\n".join(line for line in source.read_text(encoding="utf-8").split("\n")
                         if not line.startswith("Sumber: http"))
        (folder / f"variant_{i:02d}.txt").write_text(
            text + f"\nPerkembangan ini dipantau oleh {i + 3} lembaga pemantau independen di kawasan itu.\n",
            encoding="utf-8")
    return folder


READER = textwrap.dedent("""
    import json, sys, time, duckdb
    path, stop_file = sys.argv[1], sys.argv[2]
    seen, errors = [], []
    while True:
        try:
            with duckdb.connect(path, read_only=True) as con:
                articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                orphans = con.execute("SELECT count(*) FROM entity_mentions WHERE article_id NOT IN "
                                      "(SELECT article_id FROM articles)").fetchone()[0]
            seen.append([articles, orphans])
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        if __import__("os").path.exists(stop_file):
            break
        time.sleep(0.02)
    print(json.dumps({"seen": seen, "errors": errors}))
""")


def test_readers_never_wait_or_see_half_a_run(prefect_harness: None, seed_input: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    run(seed_input, warehouse)
    more = variants(seed_input, tmp_path / "more", 6)
    stop = tmp_path / "stop"
    reader = subprocess.Popen([PYTHON, "-c", READER, str(warehouse), str(stop)], stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(0.5)
        summary = run(more, warehouse, batch_size=1)  # six batches: six commits inside the run
    finally:
        stop.touch()
        out, _ = reader.communicate(timeout=60)
    report = json.loads(out)
    assert summary.loaded == 6
    assert report["errors"] == []
    assert {articles for articles, _ in report["seen"]} <= {5, 11}  # before or after, never in between
    assert all(orphans == 0 for _, orphans in report["seen"])
    assert len(report["seen"]) > 10


def test_failed_night_leaves_the_warehouse_as_it_was_and_says_where_it_failed(
        prefect_harness: None, seed_input: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warehouse = tmp_path / "w.duckdb"
    run(seed_input, warehouse)
    before = counts(warehouse)
    import tasks.load

    calls = {"n": 0}
    real_write = tasks.load.write_batch

    def write_then_fail(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(tasks.load, "write_batch", write_then_fail)
    with pytest.raises(OSError, match="No space left"):
        run(variants(seed_input, tmp_path / "more", 5), warehouse, batch_size=1)
    assert counts(warehouse) == before  # the two batches written before the failure are not published
    with duckdb.connect(str(warehouse), read_only=True) as con:
        statuses = [r[0] for r in con.execute("SELECT status FROM pipeline_runs ORDER BY started_at").fetchall()]
    assert statuses == ["completed", "failed"]
    assert not (tmp_path / "w.duckdb.next").exists()


def test_a_warehouse_of_the_first_schema_upgrades_in_place(
        prefect_harness: None, seed_input: Path, tmp_path: Path) -> None:
    first_only = tmp_path / "migrations"
    first_only.mkdir()
    shutil.copy(schema.MIGRATIONS_DIR / "0001_initial.sql", first_only)
    warehouse = tmp_path / "old.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        schema.migrate(con, first_only)
        con.execute("INSERT INTO pipeline_runs (run_id, started_at, status) VALUES ('run-old', now(), 'completed')")
    summary = run(seed_input, warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
        runs_logged = con.execute("SELECT count(*) FROM pipeline_runs").fetchone()[0]
    assert versions == [m.version for m in schema.migrations()]
    assert runs_logged == 2 and summary.loaded == 5


def test_full_refresh_reprocesses_raw_payloads_without_the_sources(
        prefect_harness: None, seed_input: Path, tmp_path: Path) -> None:
    source = tmp_path / "in"
    shutil.copytree(seed_input, source)
    warehouse = tmp_path / "w.duckdb"
    run(source, warehouse)
    before = counts(warehouse)
    shutil.rmtree(source)  # the sources are gone; the warehouse keeps their bytes
    summary = run(None, warehouse, full_refresh=True, batch_size=2)  # the sources are read a page at a time
    assert (summary.files_found, summary.read, summary.unchanged, summary.loaded) == (5, 5, 5, 0)
    assert counts(warehouse) == before


def test_backfill_window_loads_only_articles_of_those_days(
        prefect_harness: None, seed_input: Path, tmp_path: Path) -> None:
    from datetime import date

    warehouse = tmp_path / "w.duckdb"
    summary = run(seed_input, warehouse, since=date(2022, 9, 23), until=date(2022, 9, 23))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        days = con.execute("SELECT DISTINCT published_date FROM articles").fetchall()
    assert days == [(date(2022, 9, 23),)]
    assert summary.outside_window == 4 and summary.loaded == 1


def test_run_artifacts_are_recorded(prefect_harness: None, seed_input: Path, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    summary = run(seed_input, tmp_path / "w.duckdb")
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[summary.flow_run_id])))
    kinds = {a.key: a for a in artifacts}
    assert {"kabar-run-counts", "kabar-night", "kabar-validation"} <= set(kinds)
    table = kinds["kabar-run-counts"].data
    table = json.loads(table) if isinstance(table, str) else table
    assert next(row["count"] for row in table if row["stage"] == "loaded") == 5
    assert "North Korea" in kinds["kabar-night"].data
    # The night links to the Data Docs built beside the warehouse, and they exist.
    docs = tmp_path / "data_docs" / "index.html"
    assert str(docs) in kinds["kabar-night"].data and docs.is_file()
    assert "| articles |" in kinds["kabar-validation"].data


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TRIGGER = textwrap.dedent("""
    import json, sys, time
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.deployments import run_deployment
    with get_client(sync_client=True) as client:
        for _ in range(120):
            try:
                deployment = client.read_deployment_by_name("kabar-nightly/nightly")
                break
            except Exception:
                time.sleep(1)
        schedule = [s.schedule.cron + " " + s.schedule.timezone for s in deployment.schedules]
        run = run_deployment("kabar-nightly/nightly", timeout=240, poll_interval=1)
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
    print(json.dumps({"state": run.state.type.value, "schedule": schedule, "name": run.name,
                      "artifacts": sorted(a.key for a in artifacts if a.key)}))
""")


def test_deployment_runs_on_a_local_server_and_reports_through_the_api(seed_input: Path, tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1", "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    env.pop("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", None)
    server = subprocess.Popen([PYTHON, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    served = None
    log = (tmp_path / "serve.log").open("w")
    try:
        _wait_healthy(port, server)
        served = subprocess.Popen([PYTHON, "-m", "kabar.cli", "serve", "--input", str(seed_input), "--warehouse",
                                   str(tmp_path / "w.duckdb")], env=env, cwd=PROJECT_ROOT,
                                  stdout=log, stderr=subprocess.STDOUT)
        result = subprocess.run([PYTHON, "-c", TRIGGER], env=env, capture_output=True, text=True, timeout=360)
        assert result.returncode == 0, result.stderr[-2000:]
        report = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        for process in (served, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
    assert report["state"] == "COMPLETED", (tmp_path / "serve.log").read_text()[-3000:]
    assert report["schedule"] == ["0 2 * * * Asia/Jakarta"]
    assert report["name"].startswith("nightly-")
    assert report["artifacts"] == ["kabar-night", "kabar-run-counts", "kabar-validation"]
    assert counts(tmp_path / "w.duckdb")["articles"] == 5


def _wait_healthy(port: int, server: subprocess.Popen) -> None:
    import urllib.request

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("prefect server exited")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("prefect server did not become healthy")
