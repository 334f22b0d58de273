"""`kabar quarantine`: an operator sees why inputs were set aside and gets their exact bytes back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kabar.cli import main

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture(scope="module")
def warehouse_with_quarantine(prefect_harness: None, seed_input: Path,
                              tmp_path_factory: pytest.TempPathFactory) -> Path:
    from flows.nightly import NightlyParameters, nightly

    folder = tmp_path_factory.mktemp("mixed")
    shutil.copy(next(seed_input.glob("*.txt")), folder)
    (folder / "photo.txt").write_bytes(PNG)
    (folder / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    warehouse = tmp_path_factory.mktemp("wh") / "news.duckdb"
    assert nightly(NightlyParameters(input_path=str(folder), warehouse=str(warehouse))).status == "completed"
    return warehouse


def test_lists_reasons_and_details(warehouse_with_quarantine: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quarantine", "--warehouse", str(warehouse_with_quarantine)]) == 0
    out = capsys.readouterr().out
    assert "ingest:binary" in out and "ingest:whitespace_only" in out
    assert "PNG image" in out and "photo.txt" in out


def test_filter_by_reason(warehouse_with_quarantine: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quarantine", "--warehouse", str(warehouse_with_quarantine), "--reason", "binary"]) == 0
    latest = capsys.readouterr().out.split("latest", 1)[1]
    assert "photo.txt" in latest and "blank.txt" not in latest


def test_saves_the_exact_bytes_and_never_overwrites(warehouse_with_quarantine: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import duckdb

    with duckdb.connect(str(warehouse_with_quarantine), read_only=True) as con:
        (quarantine_id,) = con.execute("SELECT quarantine_id FROM quarantine WHERE reason = 'binary'").fetchone()
    out = tmp_path / "photo.bin"
    assert main(["quarantine", "--warehouse", str(warehouse_with_quarantine), "--save", quarantine_id,
                 "--out", str(out)]) == 0
    assert out.read_bytes() == PNG
    assert main(["quarantine", "--warehouse", str(warehouse_with_quarantine), "--save", quarantine_id,
                 "--out", str(out)]) == 2
    assert "exists" in capsys.readouterr().err


def test_unknown_id_and_missing_warehouse_are_clear(tmp_path: Path, warehouse_with_quarantine: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quarantine", "--warehouse", str(warehouse_with_quarantine), "--save", "nope",
                 "--out", str(tmp_path / "x")]) == 2
    assert "no quarantined input has the id 'nope'" in capsys.readouterr().err
    assert main(["quarantine", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "run `kabar run` first" in capsys.readouterr().err
