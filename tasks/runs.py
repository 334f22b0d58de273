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
    stage: str = "start"  # the stage in progress: a failure names it
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
    already_loaded: int = 0  # of the unchanged: inputs this release had loaded, set aside before cleaning
    outside_window: int = 0  # normalized but outside a backfill's date window
    quarantined: Counter[str] = field(default_factory=Counter)  # "stage:reason" -> count
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> wall time
    fetch: Counter[str] = field(default_factory=Counter)  # web inputs: requested, fetched, not_modified, ...

    def add_quarantine(self, records: list[QuarantineRecord]) -> None:
        self.quarantined.update(f"{r.stage}:{r.reason}" for r in records)

    def add_fetch_counts(self, counts: dict[str, int]) -> None:
        self.fetch.update(counts)

    def add_time(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def count_batch(self, read: IngestResult, cleaned: int, normalized: Sized, changes: Changes,
                    accepted: Collection[str], problems: list[QuarantineRecord], already_loaded: int = 0) -> None:
        """Add one batch's counts to the run's; `already_loaded` inputs were not processed and count as unchanged."""
        self.read += len(read.documents) + len(read.quarantined)
        self.duplicates_in_run += read.duplicates
        self.cleaned += cleaned
        self.normalized += len(normalized)
        self.validated += len(changes.new) + len(changes.changed)
        kept = accepted if isinstance(accepted, (set, frozenset)) else set(accepted)  # a list would make this O(n^2)
        self.loaded += sum(a in kept for a in changes.new)
        self.updated += sum(a in kept for a in changes.changed)
        self.unchanged += len(changes.unchanged) + already_loaded
        self.already_loaded += already_loaded
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


def stage_lines(summary: RunSummary) -> list[str]:
    """One log line per stage with its counts: what an operator reads in the run's log."""
    seconds = summary.seconds
    quarantined = ", ".join(f"{reason} {count}" for reason, count in sorted(summary.quarantined.items()))
    fetched = [] if not summary.fetch else [
        f"fetch: {summary.fetch['requested']} URLs, {summary.fetch['fetched']} fetched, "
        f"{summary.fetch['not_modified']} not modified (304), {summary.fetch['skipped_unchanged']} skipped as "
        f"unchanged since the last run, {summary.fetch['failed']} failed, {summary.fetch['extra_pages']} later "
        f"pages joined ({seconds.get('fetch', 0):.1f} s)"]
    return [*fetched,
        f"ingest: {summary.files_found} inputs found, {summary.files_skipped} skipped, {summary.read} read, "
        f"{summary.duplicates_in_run} identical copies ({seconds.get('ingest', 0):.1f} s)",
        f"clean: {summary.cleaned} articles, {summary.already_loaded} inputs already loaded by this release set aside "
        f"({seconds.get('clean', 0):.1f} s)",
        f"normalize: {summary.normalized} articles, {summary.outside_window} outside the backfill window "
        f"({seconds.get('normalize', 0):.1f} s)",
        f"validate: {summary.validated} new or changed articles validated ({seconds.get('validate', 0):.1f} s)",
        f"load: {summary.loaded} new, {summary.updated} updated, {summary.unchanged} unchanged "
        f"({seconds.get('load', 0):.1f} s)",
        f"quarantine: {summary.quarantined_total}" + (f" ({quarantined})" if quarantined else ""),
    ]


def stage_table(summary: RunSummary, warehouse_bytes: int) -> list[dict[str, object]]:
    """The run's counts and durations per stage, for a Prefect table artifact."""
    rows: list[dict[str, object]] = [
        {"stage": f"fetch: {what}", "count": count, "seconds": round(summary.seconds.get("fetch", 0.0), 2)
         if what == "fetched" else None} for what, count in summary.fetch.items()]
    rows += [
        {"stage": "read", "count": summary.read, "seconds": round(summary.seconds.get("ingest", 0.0), 2)},
        {"stage": "cleaned", "count": summary.cleaned, "seconds": round(summary.seconds.get("clean", 0.0), 2)},
        {"stage": "normalized", "count": summary.normalized,
         "seconds": round(summary.seconds.get("normalize", 0.0), 2)},
        {"stage": "valid (new or changed)", "count": summary.validated,
         "seconds": round(summary.seconds.get("validate", 0.0), 2)},
        {"stage": "loaded", "count": summary.loaded, "seconds": round(summary.seconds.get("load", 0.0), 2)},
        {"stage": "updated", "count": summary.updated, "seconds": None},
        {"stage": "unchanged (skipped)", "count": summary.unchanged, "seconds": None},
        {"stage": "of which already loaded by this release (not processed)", "count": summary.already_loaded,
         "seconds": None},
        {"stage": "deduplicated in run", "count": summary.duplicates_in_run, "seconds": None},
    ]
    rows += [{"stage": f"quarantined: {reason}", "count": count, "seconds": None}
             for reason, count in sorted(summary.quarantined.items())]
    rows.append({"stage": "warehouse size (MB)", "count": round(warehouse_bytes / 1e6, 2), "seconds": None})
    return rows


def night_markdown(con: duckdb.DuckDBPyConnection, summary: RunSummary, data_docs: str | None = None) -> str:
    """The night in brief: top entities and stories of the articles this run loaded."""
    entities = con.execute("""
        SELECT e.name, e.entity_type, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM entity_mentions m JOIN entities e USING (entity_id) JOIN articles a USING (article_id)
        WHERE a.run_id = ? GROUP BY ALL ORDER BY articles DESC, mentions DESC, e.name LIMIT 10""",
                           [summary.run_id]).fetchall()
    stories = con.execute("""
        SELECT story_id, count(*) AS articles, any_value(title ORDER BY published_at NULLS LAST) AS title,
               string_agg(DISTINCT coalesce(outlet, '?'), ', ') AS outlets
        FROM articles WHERE story_id IN (SELECT story_id FROM articles WHERE run_id = ?)
        GROUP BY story_id ORDER BY articles DESC, story_id LIMIT 10""", [summary.run_id]).fetchall()
    lines = [f"# Kabar night {summary.run_id}", "",
             f"{summary.loaded} new and {summary.updated} updated articles, {summary.unchanged} unchanged, "
             f"{summary.quarantined_total} quarantined.", "", "## Top entities", "",
             "| entity | type | articles | mentions |", "|---|---|---|---|"]
    lines += [f"| {name} | {kind} | {articles} | {mentions} |" for name, kind, articles, mentions in entities]
    lines += ["", "## Stories", "", "| story | articles | title | outlets |", "|---|---|---|---|"]
    lines += [f"| {sid} | {n} | {title or ''} | {outlets} |" for sid, n, title, outlets in stories]
    if data_docs:
        lines += ["", f"Validation details: [Data Docs]({data_docs})"]
    return "\n".join(lines)


def warehouse_size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0
