"""Run bookkeeping: pipeline_runs and validation_results rows, and the run's summary counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sized
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from tasks.ingest import IngestResult
from tasks.load import Changes
from tasks.models import QuarantineRecord
from tasks.validate import ExpectationOutcome


@dataclass(slots=True)
class RunSummary:
    """What one run did, stage by stage: printed by the CLI, stored in pipeline_runs."""

    run_id: str
    input: str
    warehouse: str
    flow_run_id: str | None = None
    status: str = "running"
    files_found: int = 0
    files_skipped: int = 0
    read: int = 0
    duplicates_in_run: int = 0
    cleaned: int = 0
    normalized: int = 0
    validated: int = 0
    loaded: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)  # "stage:reason" -> count
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> wall time

    def add_quarantine(self, records: list[QuarantineRecord]) -> None:
        self.quarantined.update(f"{r.stage}:{r.reason}" for r in records)

    def add_time(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def count_batch(self, read: IngestResult, cleaned: Sized, normalized: Sized, changes: Changes,
                    accepted: Collection[str], problems: list[QuarantineRecord]) -> None:
        """Add one batch's counts to the run's."""
        self.read += len(read.documents) + len(read.quarantined)
        self.duplicates_in_run += read.duplicates
        self.cleaned += len(cleaned)
        self.normalized += len(normalized)
        self.validated += len(changes.new) + len(changes.changed)
        self.loaded += sum(a in accepted for a in changes.new)
        self.updated += sum(a in accepted for a in changes.changed)
        self.unchanged += len(changes.unchanged)
        self.add_quarantine(problems)

    @property
    def quarantined_total(self) -> int:
        return sum(self.quarantined.values())


def new_run_id(started: datetime) -> str:
    return "run-" + started.strftime("%Y%m%dT%H%M%S%fZ")


def record_start(con: duckdb.DuckDBPyConnection, summary: RunSummary, started: datetime) -> None:
    con.execute("INSERT INTO pipeline_runs (run_id, flow_run_id, started_at, status, input) VALUES (?, ?, ?, ?, ?)",
                [summary.run_id, summary.flow_run_id, started, "running", summary.input])


def record_finish(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    con.execute(
        """UPDATE pipeline_runs SET finished_at = ?, status = ?, count_in = ?, count_loaded = ?,
           count_updated = ?, count_unchanged = ?, count_quarantined = ? WHERE run_id = ?""",
        [datetime.now(UTC), summary.status, summary.read, summary.loaded, summary.updated, summary.unchanged,
         summary.quarantined_total, summary.run_id])


def record_validation(con: duckdb.DuckDBPyConnection, run_id: str, outcomes: list[ExpectationOutcome]) -> None:
    """One row per expectation and run; a run with several batches adds up their counts."""
    if not outcomes:
        return
    frame = pd.DataFrame([{**asdict(o), "run_id": run_id} for o in outcomes])
    con.register("outcomes", frame)
    try:
        con.execute("""
            INSERT INTO validation_results
                (run_id, suite, expectation, "column", severity, success, element_count, unexpected_count)
            SELECT run_id, suite, expectation, "column", any_value(severity), bool_and(success),
                   sum(element_count), sum(unexpected_count)
            FROM outcomes GROUP BY run_id, suite, expectation, "column"
            ON CONFLICT DO UPDATE SET success = validation_results.success AND excluded.success,
                element_count = validation_results.element_count + excluded.element_count,
                unexpected_count = validation_results.unexpected_count + excluded.unexpected_count""")
    finally:
        con.unregister("outcomes")


def warehouse_size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0
