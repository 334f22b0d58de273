"""Scale-out: the nightly flow on a 2-worker Dask LocalCluster builds the same warehouse as the default run."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.flow

DATA_RELATIONS = ("articles", "entities", "entity_mentions", "date_mentions", "quotes", "cited_sources",
                  "boilerplate_removed", "quarantine", "raw.payloads")
# Columns that name the run or the moment of loading: they differ between any two runs.
RUN_COLUMNS = frozenset({"run_id", "loaded_at", "quarantined_at", "first_seen_at"})


def fingerprint(warehouse: Path) -> dict[str, tuple[int, str]]:
    """Row count and content hash of every data relation, without the columns that name the run."""
    out = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for relation in DATA_RELATIONS:
            schema, _, table = relation.rpartition(".")
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? "
                "ORDER BY column_index", [schema or "main", table]).fetchall() if c not in RUN_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = sorted(map(repr, con.execute(f"SELECT {quoted} FROM {relation}").fetchall()))
            out[relation] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


def test_dask_task_runner_builds_the_same_warehouse(prefect_harness: None, seed_input: Path, tmp_path: Path) -> None:
    from prefect_dask import DaskTaskRunner

    from flows.nightly import NightlyParameters, nightly

    default_warehouse, dask_warehouse = tmp_path / "default.duckdb", tmp_path / "dask.duckdb"
    # batch_size 2: the five seeds make three batches, so a runner that parallelises has work to spread.
    first = nightly(NightlyParameters(input_path=str(seed_input), warehouse=str(default_warehouse), batch_size=2))
    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
    second = nightly.with_options(task_runner=runner)(
        NightlyParameters(input_path=str(seed_input), warehouse=str(dask_warehouse), batch_size=2))
    assert first.status == second.status == "completed"
    assert (first.loaded, first.quarantined_total) == (second.loaded, second.quarantined_total) == (5, 0)
    assert fingerprint(dask_warehouse) == fingerprint(default_warehouse)
