"""Reruns set aside the inputs this release already loaded, and only those."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from kabar.config import PROJECT_ROOT, REFERENCE_DIR
from kabar.report import render_summary
from tasks import incremental
from tasks.models import RawDocument
from tasks.tables import CHILD_RELATIONS


def _document(uri: str, payload: bytes) -> RawDocument:
    return RawDocument(uri, Path(uri).name, payload, f"hash-of-{payload.decode()}", "text/plain", payload.decode(),
                       "utf-8", datetime(2026, 12, 1, tzinfo=UTC))


def test_split_sets_aside_exactly_the_known_place_and_bytes_in_order() -> None:
    known = _document("/in/a.txt", b"a")
    same_place_new_bytes = _document("/in/b.txt", b"b2")
    same_bytes_elsewhere = _document("/other/a.txt", b"a")
    loaded = incremental.LoadedInputs([incremental.input_key("/in/a.txt", "hash-of-a"),
                                       incremental.input_key("/in/b.txt", "hash-of-b1")])
    fresh, set_aside = loaded.split([same_place_new_bytes, known, same_bytes_elsewhere])
    assert fresh == [same_place_new_bytes, same_bytes_elsewhere]
    assert set_aside == [known]
    assert incremental.LoadedInputs().split([known]) == ([known], [])


def test_release_changes_with_a_rule_or_a_setting_not_with_the_checkout_folder(tmp_path: Path) -> None:
    def checkout(name: str) -> tuple[Path, Path]:
        root = tmp_path / name
        for folder in ("tasks", "expectations"):
            shutil.copytree(PROJECT_ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(REFERENCE_DIR, root / "reference")
        return root, root / "reference"

    first, second = checkout("one"), checkout("two")
    release = incremental.release_fingerprint(3, *first)
    assert incremental.release_fingerprint(3, *second) == release
    assert incremental.release_fingerprint(4, *second) != release
    rules = second[1] / "boilerplate_rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new comment is a new release\n", encoding="utf-8")
    assert incremental.release_fingerprint(3, *second) != release


def run(input_path: Path, warehouse: Path, **options: object):
    from flows.nightly import NightlyParameters, nightly

    return nightly(NightlyParameters(input_path=str(input_path), warehouse=str(warehouse), **options))


@pytest.fixture
def loaded_once(prefect_harness: None, seed_input: Path, tmp_path: Path) -> tuple[Path, Path]:
    folder, warehouse = tmp_path / "in", tmp_path / "w.duckdb"
    shutil.copytree(seed_input, folder)
    first = run(folder, warehouse)
    assert (first.loaded, first.cleaned, first.already_loaded) == (5, 5, 0)
    return folder, warehouse


def test_rerun_sets_aside_every_loaded_input_and_a_changed_file_is_processed(
        loaded_once: tuple[Path, Path]) -> None:
    folder, warehouse = loaded_once
    again = run(folder, warehouse)
    assert (again.read, again.cleaned, again.already_loaded, again.unchanged, again.loaded) == (5, 0, 5, 5, 0)
    printed = render_summary(again, "SELECT count(*) AS articles FROM articles")
    assert "cleaned       0 (5 inputs already loaded by this release set aside)" in printed
    changed = sorted(folder.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nPemerintah belum memberikan tanggapan resmi atas "
                       "laporan tersebut hingga Jumat malam.\n", encoding="utf-8")
    third = run(folder, warehouse)
    assert (third.cleaned, third.already_loaded, third.updated, third.unchanged) == (1, 4, 1, 4)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert con.execute("SELECT count(*) FROM staging.loaded_inputs").fetchone()[0] == 5


def test_another_release_a_deleted_article_or_a_full_refresh_processes_again(
        loaded_once: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, warehouse = loaded_once
    with duckdb.connect(str(warehouse)) as con:  # an operator removes one article by hand
        gone = con.execute("SELECT article_id FROM articles ORDER BY article_id LIMIT 1").fetchone()[0]
        for relation in (*CHILD_RELATIONS, "articles"):
            con.execute(f"DELETE FROM {relation} WHERE article_id = ?", [gone])
    after_delete = run(folder, warehouse)
    assert (after_delete.cleaned, after_delete.loaded, after_delete.already_loaded) == (1, 1, 4)

    full = run(folder, warehouse, full_refresh=True)
    assert (full.cleaned, full.already_loaded, full.unchanged) == (5, 0, 5)

    monkeypatch.setattr(incremental, "release_fingerprint", lambda *_: "a-later-release")
    upgraded = run(folder, warehouse)
    assert (upgraded.cleaned, upgraded.already_loaded, upgraded.unchanged) == (5, 0, 5)
    rerun = run(folder, warehouse)
    assert (rerun.cleaned, rerun.already_loaded) == (0, 5)
