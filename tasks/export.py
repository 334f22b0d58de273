"""Export: the warehouse's contract relations as Parquet, for engines beyond DuckDB (Spark, Trino, pandas...).

Articles and the relations with rows per article are written hive-partitioned by the article's
published_date (`<relation>/published_date=2022-09-22/data_0.parquet`; articles without a date go to
`published_date=__HIVE_DEFAULT_PARTITION__`, which readers turn back into NULL). Relations without a
publication day (entities, quarantine, pipeline_runs, validation_results) are one unpartitioned file each.
The warehouse is opened read-only, so an export runs beside analysts' sessions. Each export replaces the
relation folders it writes, so no stale partition of an earlier export survives.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from warehouse.schema import connect

# Relations with an article_id: partitioned by the publication day of their article.
PARTITIONED = ("articles", "entity_mentions", "date_mentions", "quotes", "cited_sources", "boilerplate_removed")
UNPARTITIONED = ("entities", "quarantine", "pipeline_runs", "validation_results")
RELATIONS = PARTITIONED + UNPARTITIONED
PARTITION_COLUMN = "published_date"
_IDENTIFIER = re.compile(r"^[a-z_]+$")


def export_parquet(warehouse: Path, out_dir: Path, *, wait_seconds: float = 30.0) -> list[Path]:
    """Write every contract relation under out_dir as Parquet; returns the files written, sorted."""
    if not warehouse.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}")
    out_dir = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"export target {out_dir} is a file")
    if out_dir == warehouse.resolve().parent:
        raise ValueError(f"export into a folder of its own, not beside the warehouse ({out_dir})")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with connect(warehouse, wait_seconds=wait_seconds, read_only=True) as con:
        for relation in RELATIONS:
            target = _fresh_folder(out_dir, relation)
            con.execute(_copy_statement(relation, target))
            written.extend(sorted(target.rglob("*.parquet")))
    return sorted(written)


def _copy_statement(relation: str, target: Path) -> str:
    if not _IDENTIFIER.match(relation) or relation not in RELATIONS:
        raise ValueError(f"not a contract relation: {relation!r}")
    if relation in UNPARTITIONED:
        return f"COPY (SELECT * FROM main.{relation}) TO {_literal(target / f'{relation}.parquet')} (FORMAT PARQUET)"
    if relation == "articles":
        query = "SELECT * FROM main.articles"
    else:  # a row whose article is missing still gets exported, under the null-date partition
        query = (f"SELECT r.*, a.{PARTITION_COLUMN} FROM main.{relation} r "
                 f"LEFT JOIN main.articles a USING (article_id)")
    return (f"COPY ({query}) TO {_literal(target)} "
            f"(FORMAT PARQUET, PARTITION_BY ({PARTITION_COLUMN}), OVERWRITE_OR_IGNORE)")


def _fresh_folder(out_dir: Path, relation: str) -> Path:
    """out_dir/relation, emptied of an earlier export; refuses to delete anything that is not Parquet."""
    target = out_dir / relation
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise FileExistsError(f"{target} exists and is not a folder of a Kabar export")
    if target.exists():
        strangers = [p for p in target.rglob("*") if p.is_file() and p.suffix != ".parquet"]
        if strangers:
            raise FileExistsError(f"{target} holds files that are not Parquet ({strangers[0].name}): not overwriting")
        shutil.rmtree(target)
    target.mkdir()
    return target


def _literal(path: Path) -> str:
    """A SQL string literal for a path (quotes doubled); paths with control characters are refused."""
    text = str(path)
    if any(ord(ch) < 32 for ch in text):
        raise ValueError(f"refusing a path with control characters: {text!r}")
    return "'" + text.replace("'", "''") + "'"
