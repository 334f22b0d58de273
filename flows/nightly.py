"""The nightly flow: ingest -> clean -> normalize -> stories -> validate -> load, batch by batch.

This module only composes the plain functions of tasks/ into Prefect tasks and a flow. Work is batched
(a task run per batch of articles, never per article): orchestration stays a small share of a run.
Each batch is written in one transaction as soon as it is ready, so memory stays flat and a crash
loses at most the batch in flight. Tasks do not cache: the warehouse's record hashes decide what is new,
and hashing whole batches of payloads for Prefect's cache keys would cost more than the work.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.runtime import flow_run
from pydantic import BaseModel, Field

from kabar.config import Settings
from tasks import clean, ingest, load, normalize, runs, stories, tables, validate
from tasks.models import NormalizedArticle, QuarantineRecord, RawDocument
from warehouse import schema


class NightlyParameters(BaseModel):
    """What a run reads and where it writes (Prefect shows these in the UI)."""

    input_path: str = Field(description="a folder of .txt/.html article files, or one file")
    warehouse: str = Field(description="the DuckDB file to load")
    batch_size: int = Field(500, ge=1, le=100_000, description="articles per task run")


@task(name="discover-inputs", cache_policy=NO_CACHE)
def discover_task(input_path: str) -> ingest.Discovery:
    return ingest.discover(Path(input_path))


@task(name="ingest-batch", cache_policy=NO_CACHE, task_run_name="ingest-batch-{number}")
def ingest_task(files: list[Path], number: int, max_bytes: int) -> ingest.IngestResult:
    return ingest.ingest_files(files, max_bytes)


@task(name="clean-batch", cache_policy=NO_CACHE, task_run_name="clean-batch-{number}")
def clean_task(documents: list[RawDocument], number: int) -> tuple[list, list[QuarantineRecord]]:
    return clean.clean_batch(documents)


@task(name="normalize-batch", cache_policy=NO_CACHE, task_run_name="normalize-batch-{number}")
def normalize_task(articles: list, number: int) -> tuple[list[NormalizedArticle], list[QuarantineRecord]]:
    return normalize.normalize_batch(articles)


@task(name="assign-stories", cache_policy=NO_CACHE, task_run_name="assign-stories-{number}")
def stories_task(articles: list[NormalizedArticle], number: int, settings: Settings) -> list[NormalizedArticle]:
    with schema.connect(settings.warehouse, wait_seconds=settings.lock_wait_seconds) as con:
        neighbours = load.story_neighbours(con, [a.published_date for a in articles], settings.story_window_days)
    stories.assign_batch(articles, neighbours, settings.story_window_days)
    return articles


@task(name="compare-with-warehouse", cache_policy=NO_CACHE, task_run_name="compare-with-warehouse-{number}")
def diff_task(batch_tables: dict, number: int, settings: Settings) -> load.Changes:
    with schema.connect(settings.warehouse, wait_seconds=settings.lock_wait_seconds) as con:
        return load.diff_batch(con, batch_tables["articles"])


@task(name="validate-batch", cache_policy=NO_CACHE, task_run_name="validate-batch-{number}")
def validate_task(batch_tables: dict, number: int) -> validate.ValidationReport:
    return validate.validate_tables(batch_tables)


@task(name="load-batch", cache_policy=NO_CACHE, task_run_name="load-batch-{number}")
def load_task(batch_tables: dict, payloads: list[RawDocument], problems: list[QuarantineRecord],
              report: validate.ValidationReport, number: int, settings: Settings, run_id: str) -> None:
    with schema.connect(settings.warehouse, wait_seconds=settings.lock_wait_seconds) as con:
        load.write_batch(con, batch_tables, tables.payload_frame(payloads), tables.quarantine_frame(problems, run_id))
        runs.record_validation(con, run_id, report.outcomes)


@flow(name="kabar-nightly", flow_run_name="nightly-{parameters.input_path}", log_prints=False)
def nightly(parameters: NightlyParameters) -> runs.RunSummary:
    """Read articles from a folder or file and load them into the warehouse."""
    logger = get_run_logger()
    settings = Settings.from_env(warehouse=parameters.warehouse, batch_size=parameters.batch_size)
    started = datetime.now(UTC)
    summary = runs.RunSummary(run_id=runs.new_run_id(started), input=parameters.input_path,
                              warehouse=str(settings.warehouse), flow_run_id=flow_run.get_id())
    with schema.connect(settings.warehouse, wait_seconds=settings.lock_wait_seconds) as con:
        applied = schema.migrate(con)
        runs.record_start(con, summary, started)
    if applied:
        logger.info("warehouse %s: applied migrations %s", settings.warehouse, ", ".join(applied))
    try:
        _run_batches(parameters, settings, summary)
        summary.status = "completed"
    except BaseException as exc:
        summary.status = "failed"
        logger.error("run %s failed: %s: %s", summary.run_id, type(exc).__name__, exc)
        raise
    finally:
        with schema.connect(settings.warehouse, wait_seconds=settings.lock_wait_seconds) as con:
            runs.record_finish(con, summary)
    logger.info("run %s: read %d, loaded %d, updated %d, unchanged %d, quarantined %d", summary.run_id,
                summary.read, summary.loaded, summary.updated, summary.unchanged, summary.quarantined_total)
    return summary


def _run_batches(parameters: NightlyParameters, settings: Settings, summary: runs.RunSummary) -> None:
    logger = get_run_logger()
    found = discover_task(parameters.input_path)
    summary.files_found, summary.files_skipped = len(found.files), len(found.skipped)
    for path, why in found.skipped:
        logger.info("skipped %s: %s", path, why)
    for number, start in enumerate(range(0, len(found.files), settings.batch_size), start=1):
        _run_batch(found.files[start:start + settings.batch_size], number, settings, summary)
        logger.info("batch %d: %d files done", number, min(start + settings.batch_size, len(found.files)))


def _run_batch(files: list[Path], number: int, settings: Settings, summary: runs.RunSummary) -> None:
    clock = time.perf_counter()
    read = ingest_task(files, number, settings.max_input_bytes)
    clock = _lap(summary, "ingest", clock)
    cleaned, clean_problems = clean_task(read.documents, number)
    clock = _lap(summary, "clean", clock)
    normalized, normalize_problems = normalize_task(cleaned, number)
    normalized = stories_task(normalized, number, settings)
    clock = _lap(summary, "normalize", clock)
    batch_tables = tables.build_tables(normalized, summary.run_id)
    changes = diff_task(batch_tables, number, settings)
    to_validate = tables.select_articles(batch_tables, changes.new + changes.changed)
    report = validate_task(to_validate, number)
    rejected = validate.rejections(to_validate["articles"], report)
    clock = _lap(summary, "validate", clock)
    accepted = [a for a in changes.new + changes.changed if a not in report.rejected]
    problems = read.quarantined + clean_problems + normalize_problems + rejected + changes.duplicates
    load_task(tables.select_articles(to_validate, accepted), read.documents + read.quarantined_payloads, problems,
              report, number, settings, summary.run_id)
    _lap(summary, "load", clock)
    summary.count_batch(read, cleaned, normalized, changes, accepted, problems)
    validate.check_rejected_share(report, len(to_validate["articles"]), max_share=settings.max_rejected_share,
                                  min_articles=settings.min_articles_for_rejected_share)


def _lap(summary: runs.RunSummary, stage: str, since: float) -> float:
    now = time.perf_counter()
    summary.add_time(stage, now - since)
    return now
