"""The nightly flow as an operator runs it: reruns, changed articles, bad inputs, the CLI."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from kabar.config import PROJECT_ROOT

DATA_RELATIONS = ("articles", "entities", "entity_mentions", "date_mentions", "quotes", "cited_sources",
                  "boilerplate_removed", "quarantine", "raw.payloads")


def run(input_path: Path, warehouse: Path):
    from flows.nightly import NightlyParameters, nightly

    return nightly(NightlyParameters(input_path=str(input_path), warehouse=str(warehouse)))


def fingerprint(warehouse: Path) -> dict[str, tuple[int, str]]:
    """Row count and a content hash of every data relation."""
    out = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for relation in DATA_RELATIONS:
            rows = sorted(map(repr, con.execute(f"SELECT * FROM {relation}").fetchall()))
            out[relation] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


@pytest.fixture
def seeds_copy(seed_input: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(seed_input, folder)
    return folder


def test_rerun_on_the_same_input_changes_nothing(prefect_harness: None, seeds_copy: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    first = run(seeds_copy, warehouse)
    before = fingerprint(warehouse)
    second = run(seeds_copy, warehouse)
    assert first.loaded == 5 and first.quarantined_total == 0
    assert (second.loaded, second.updated, second.unchanged) == (0, 0, 5)
    assert fingerprint(warehouse) == before
    with duckdb.connect(str(warehouse), read_only=True) as con:
        runs = con.execute("SELECT status, count_in, count_loaded, count_unchanged FROM pipeline_runs "
                           "ORDER BY started_at").fetchall()
    assert runs == [("completed", 5, 5, 0), ("completed", 5, 0, 5)]


def test_changed_article_is_updated_in_place_and_its_old_payload_kept(
        prefect_harness: None, seeds_copy: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    run(seeds_copy, warehouse)
    target = seeds_copy / "002_3250251b2b5af944.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nKorea Utara belum menanggapi laporan terbaru "
                      "itu hingga Jumat malam, menurut kantor berita Yonhap.\n", encoding="utf-8")
    summary = run(seeds_copy, warehouse)
    assert (summary.loaded, summary.updated, summary.unchanged) == (0, 1, 4)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        body = con.execute("SELECT body_text FROM articles WHERE source_name = ?", [target.name]).fetchone()[0]
        payloads = con.execute("SELECT count(*) FROM raw.payloads WHERE source_uri = ?",
                               [str(target.resolve())]).fetchone()[0]
        # The article's child rows were replaced, not added to: each mention once, the new sentence's included.
        mentions = con.execute("""
            SELECT count(*), count(DISTINCT (m.char_start, m.char_end, m.entity_id)),
                   count(*) FILTER (WHERE m.char_start >= length(a.body_text) - 80)
            FROM entity_mentions m JOIN articles a USING (article_id) WHERE a.source_name = ?""",
                               [target.name]).fetchone()
    assert "hingga Jumat malam" in body
    assert payloads == 2
    assert mentions[0] == mentions[1] > 0
    assert mentions[2] >= 1  # Korea Utara (or Yonhap) in the added sentence


def test_bad_inputs_are_quarantined_with_reason_and_payload(prefect_harness: None, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "only ads.txt").write_text("Baca juga: Sesuatu\nKomentar\nOke\n", encoding="utf-8")
    (folder / "short.txt").write_text("Jakarta - Hujan deras turun sore ini di Jakarta dan sekitarnya.",
                                      encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    summary = run(folder, warehouse)
    assert summary.loaded == 0 and summary.quarantined_total == 4
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("""SELECT regexp_extract(q.source_uri, '[^/]+$'), q.stage, q.reason, p.byte_size
                              FROM quarantine q LEFT JOIN raw.payloads p USING (payload_hash)
                              ORDER BY 1""").fetchall()
    assert [(name, stage) for name, stage, _, _ in rows] == [
        ("empty.txt", "ingest"), ("image.txt", "ingest"), ("only ads.txt", "clean"), ("short.txt", "validate")]
    assert rows[1][2] == "binary" and rows[1][3] == 264  # the bytes are kept
    assert "word_count" in rows[3][2]


def test_cli_help_explains_every_option() -> None:
    result = subprocess.run([sys.executable, "-m", "kabar.cli", "run", "--help"], capture_output=True,
                            text=True, cwd=PROJECT_ROOT, check=True)
    for option in ("--input", "--warehouse", "--batch-size", "--quiet"):
        assert option in result.stdout


def test_cli_rejects_a_missing_input_clearly(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kabar.cli", "run", "--input", str(tmp_path / "nope")],
                            capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 2 and "input not found" in result.stderr


def test_batch_size_comes_from_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deployment's runs take KABAR_BATCH_SIZE from the worker's environment when no parameter says otherwise."""
    from flows.nightly import NightlyParameters
    from kabar.config import Settings

    monkeypatch.setenv("KABAR_BATCH_SIZE", "123")
    unset = NightlyParameters(input_path="x", warehouse="w.duckdb")
    assert Settings.from_env(batch_size=unset.batch_size).batch_size == 123
    given = NightlyParameters(input_path="x", warehouse="w.duckdb", batch_size=7)
    assert Settings.from_env(batch_size=given.batch_size).batch_size == 7
