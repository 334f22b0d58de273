"""Parquet export: every contract relation, partitioned by publication day, read back row for row."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tasks.export import PARTITIONED, RELATIONS, export_parquet


def _read_back(con: duckdb.DuckDBPyConnection, out: Path, relation: str) -> str:
    pattern = str(out / relation / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning = true)"


@pytest.fixture(scope="module")
def exported(seed_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "parquet 'out'"  # a quote and a space: paths are escaped
    files = export_parquet(seed_warehouse, out)
    assert files and all(f.suffix == ".parquet" and f.is_relative_to(out.resolve()) for f in files)
    return out


def test_every_relation_reads_back_with_the_same_row_count(seed_warehouse: Path, exported: Path) -> None:
    with duckdb.connect(str(seed_warehouse), read_only=True) as warehouse, duckdb.connect() as reader:
        for relation in RELATIONS:
            expected = warehouse.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]
            got = reader.execute(f"SELECT count(*) FROM {_read_back(reader, exported, relation)}").fetchone()[0]
            assert got == expected, relation
        assert warehouse.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_partitions_follow_the_articles_publication_day(seed_warehouse: Path, exported: Path) -> None:
    with duckdb.connect(str(seed_warehouse), read_only=True) as warehouse, duckdb.connect() as reader:
        days = warehouse.execute("SELECT article_id, published_date FROM articles").fetchall()
        for relation in PARTITIONED:
            rows = reader.execute(f"SELECT DISTINCT article_id, published_date::DATE "
                                  f"FROM {_read_back(reader, exported, relation)}").fetchall()
            assert set(rows) <= set(days), relation
    folders = {p.name for p in (exported / "articles").iterdir()}
    assert "published_date=2022-09-22" in folders
    assert "published_date=__HIVE_DEFAULT_PARTITION__" in folders  # the undated Riau24 article


def test_a_second_export_replaces_the_first(seed_warehouse: Path, exported: Path, tmp_path: Path) -> None:
    out = tmp_path / "again"
    shutil.copytree(exported, out)
    stale = out / "articles" / "published_date=1999-01-01"
    stale.mkdir()
    shutil.copy(next((out / "articles").rglob("*.parquet")), stale / "data_0.parquet")
    export_parquet(seed_warehouse, out)
    assert not stale.exists()
    with duckdb.connect() as reader:
        assert reader.execute(f"SELECT count(*) FROM {_read_back(reader, out, 'articles')}").fetchone()[0] == 5


def test_refuses_to_overwrite_what_is_not_an_export(seed_warehouse: Path, tmp_path: Path) -> None:
    (tmp_path / "out" / "articles").mkdir(parents=True)
    (tmp_path / "out" / "articles" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        export_parquet(seed_warehouse, tmp_path / "out")
    assert (tmp_path / "out" / "articles" / "notes.txt").exists()
    with pytest.raises(FileNotFoundError):
        export_parquet(tmp_path / "missing.duckdb", tmp_path / "out2")
