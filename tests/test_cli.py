"""The command line as an operator uses it: clear refusals, and the evaluation commands."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import duckdb
import pytest

from kabar.cli import main


@pytest.mark.parametrize(("argv", "message"), [
    (["run", "--input", "ftp://example.org/feed.xml"], "only http and https"),
    (["run", "--input", "file:///etc/passwd"], "only http and https"),
    (["run", "--input", "/no/such/folder"], "input not found"),
    (["run"], "give --input"),
    (["run", "--input", ".", "--task-runner", "spark"], "--task-runner must be"),
    (["run", "--input", ".", "--workers", "-1"], "--workers must be"),
    (["evaluate", "extraction", "/no/such/folder"], "not a folder"),
])
def test_bad_usage_is_refused_with_a_reason(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_evaluate_extraction_prints_kabar_and_trafilatura(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "extraction"]) == 0
    out = capsys.readouterr().out
    assert "trafilatura" in out.lower()
    overall = next(line for line in out.splitlines() if line.startswith("all (macro)"))
    kabar_f1, trafilatura_f1 = float(overall.split()[5]), float(overall.split()[8])
    assert kabar_f1 >= trafilatura_f1


def test_evaluate_extraction_takes_another_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "outlet" / "a.html"
    page.parent.mkdir()
    body = " ".join(f"Kalimat nomor {i} dalam berita ini menjelaskan kejadian di kota." for i in range(30))
    page.write_text(f"<html><body><article><h1>Judul</h1><p>{body}</p></article></body></html>", encoding="utf-8")
    page.with_suffix(".gold.txt").write_text(body, encoding="utf-8")
    assert main(["evaluate", "extraction", str(tmp_path)]) == 0
    assert "all (macro)        1" in capsys.readouterr().out


def test_export_refuses_a_missing_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--warehouse", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "out")]) == 2
    assert "no warehouse" in capsys.readouterr().err


def test_promote_a_discovered_entity(seed_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    import duckdb

    import kabar.config
    from tasks.reference import gazetteer

    shutil.copy(kabar.config.REFERENCE_DIR / "gazetteer.tsv", tmp_path / "gazetteer.tsv")
    monkeypatch.setattr(kabar.config, "REFERENCE_DIR", tmp_path)  # never touch the repository's gazetteer
    with duckdb.connect(str(seed_warehouse), read_only=True) as con:
        entity_id, name = con.execute("SELECT entity_id, name FROM entity_candidates "
                                      "ORDER BY rank LIMIT 1").fetchone()
    assert main(["promote", entity_id, "--warehouse", str(seed_warehouse), "--wikidata", "Q4115189"]) == 0
    assert f"promoted {name} as " in capsys.readouterr().out
    promoted = [e for e in gazetteer(tmp_path / "gazetteer.tsv") if e.name == name]
    assert len(promoted) == 1 and promoted[0].wikidata_id == "Q4115189"
    # Promoting it again is refused: it is curated now.
    assert main(["promote", name, "--warehouse", str(seed_warehouse)]) == 2
    assert capsys.readouterr().err.startswith("kabar: ")


def test_sigterm_during_a_run_unwinds_and_the_previous_handlers_come_back() -> None:
    from kabar.cli import RunStopped, _stopping_on_signals

    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    with pytest.raises(RunStopped) as stopped, _stopping_on_signals() as stops:
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises here, in the main thread, long before this ends
    assert stopped.value.code == 128 + signal.SIGTERM
    assert stops.received == signal.SIGTERM
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


def _interrupt_a_duckdb_query(signum: int) -> None:
    """Send the signal while a DuckDB query runs in the main thread, where a run's queries run (DuckDB looks for
    signals between its tasks: sometimes at once, sometimes only when this query is done, a few seconds later)."""
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signum))
    timer.start()
    try:
        duckdb.connect().execute("SELECT count(*) FROM range(1000000000) t(i) WHERE i % 7 = 3").fetchall()
    finally:
        timer.cancel()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_that_lands_inside_a_duckdb_query_is_reported_as_a_stop_not_a_failure(
        signum: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """DuckDB runs the signal handler during a query, swallows what it raises and raises its own error: without
    the record of the signal, a scheduler's stop or Ctrl-C read as "the run failed" with exit code 1."""
    import flows.nightly

    monkeypatch.setattr(flows.nightly, "nightly_on", lambda *_: lambda _parameters: _interrupt_a_duckdb_query(signum))
    code = main(["run", "--input", str(tmp_path), "--warehouse", str(tmp_path / "news.duckdb")])
    err = capsys.readouterr().err
    assert code == 128 + signum, err
    assert f"the run was stopped ({signal.Signals(signum).name})" in err
    assert "the run failed" not in err
