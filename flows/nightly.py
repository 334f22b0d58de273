"""The nightly flow: ingest -> clean -> normalize -> stories -> validate -> load, batch by batch.

This module only composes the plain functions of tasks/ into Prefect tasks and a flow. Work is batched
(a task run per batch of articles, never per article) so orchestration stays a small share of a run.
Each batch is written in one transaction into the run's working copy of the warehouse, which is published
atomically when the run completes (warehouse/snapshot.py): analysts never see half a run. Tasks do not
cache: the warehouse's record hashes decide what is new, and hashing whole batches for Prefect's cache
keys would cost more than the work. Bulky arguments are passed in quote() (or in a Timed, for tasks that may
run on Dask workers): Prefect otherwise walks every nested object of every argument looking for futures,
which cost seconds per task run for a batch of 500 articles.

No `from __future__ import annotations` here: Prefect reads the flow's parameter types at run time, also
when a deployment loads this module by its path, and string annotations cannot be resolved there.
"""

import dataclasses
import time
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Self, TypeVar
from zoneinfo import ZoneInfo

import pandas as pd
import pyarrow as pa
from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE as NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote
from pydantic import BaseModel, Field, model_validator

from kabar.config import Settings
from tasks import (
    crawl,
    datadocs,
    incremental,
    ingest,
    load,
    memory,
    parallel,
    prepare,
    replay,
    runs,
    stories,
    tables,
    validate,
    web_sources,
)
from tasks.fetch import Fetcher, FetchPolicy
from tasks.models import NormalizedArticle, QuarantineRecord, RawDocument, Timed
from warehouse import schema, snapshot

JAKARTA = ZoneInfo("Asia/Jakarta")
R = TypeVar("R")


class NightlyParameters(BaseModel):
    """What a run reads and where it writes (Prefect shows these in the UI)."""

    input_path: str | None = Field(None, description="a folder of .txt/.html article files or one file; a URL; "
                                                     "a sitemap, feed or list of URLs (file or URL)")
    warehouse: str = Field(description="the DuckDB file to load")
    batch_size: int | None = Field(None, ge=1, le=100_000,
                                   description="articles per task run (default: KABAR_BATCH_SIZE, else 1000)")
    since: date | None = Field(None, description="backfill: load only articles published on or after this day")
    until: date | None = Field(None, description="backfill: load only articles published on or before this day")
    full_refresh: bool = Field(False, description="reprocess every raw payload already in the warehouse")

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        if not self.full_refresh and not self.input_path:
            raise ValueError("give input_path, or full_refresh to reprocess the warehouse's raw payloads")
        if self.since and self.until and self.since > self.until:
            raise ValueError("since is after until")
        return self


def _run_name() -> str:
    parameters = flow_run.parameters.get("parameters")
    refresh = getattr(parameters, "full_refresh", None) or (isinstance(parameters, dict) and parameters.get(
        "full_refresh"))
    return f"{'full-refresh' if refresh else 'nightly'}-{datetime.now(JAKARTA):%Y-%m-%d-%H%M}"


@task(name="ingest-batch", cache_policy=NO_CACHE, task_run_name="ingest-batch-{number}")
def ingest_task(files: list[Path], number: int, max_bytes: int) -> Timed[ingest.IngestResult]:
    return _timed(ingest.ingest_files, files, max_bytes)


@task(name="replay-batch", cache_policy=NO_CACHE, task_run_name="replay-batch-{number}")
def replay_task(sources: list[str], number: int, db: schema.RunConnection) -> Timed[ingest.IngestResult]:
    clock = time.perf_counter()
    read = ingest.IngestResult(documents=db.run(lambda: list(replay.newest_payloads(db.con, sources))))
    return Timed(read, time.perf_counter() - clock)


@task(name="discover-web", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=30)
def discover_web_task(source: str, fetcher: Fetcher) -> web_sources.WebDiscovery:
    return web_sources.discover_web(source, fetcher)


# Fetching is the only stage that retries: the web fails transiently, our own code does not. The fetcher
# already retries each request (backoff, Retry-After); this covers a batch that fails as a whole.
@task(name="fetch-batch", cache_policy=NO_CACHE, task_run_name="fetch-batch-{number}", retries=2,
      retry_delay_seconds=30)
def fetch_task(targets: list[web_sources.WebTarget], number: int, fetcher: Fetcher, state: dict,
               run_id: str, discovery: web_sources.WebDiscovery | None) -> Timed[crawl.CrawlResult]:
    return _timed(lambda: crawl.crawl(targets, fetcher, state, run_id, discovery=discovery))


@task(name="clean-normalize-batch", cache_policy=NO_CACHE, task_run_name="clean-normalize-batch-{number}")
def prepare_task(read: Timed[ingest.IngestResult], number: int, pool: parallel.StagePool,
                 loaded: incremental.LoadedInputs | None = None) -> prepare.PreparedBatch:
    prepared = prepare.prepare_batch(read.value.documents, pool.map_chunks, loaded)
    ingest.keep_bytes_only(read.value)  # the batch waits for loading with its pages' bytes, not their text too
    return prepared


@task(name="assign-stories", cache_policy=NO_CACHE, task_run_name="assign-stories-{number}")
def stories_task(articles: list[NormalizedArticle], number: int, settings: Settings,
                 window: load.StoryWindow, db: schema.RunConnection) -> list[NormalizedArticle]:
    neighbours = db.run(lambda: window.neighbours(db.con, [a.published_date for a in articles]))
    stories.assign_batch(articles, neighbours, settings.story_window_days)
    return articles


@task(name="compare-with-warehouse", cache_policy=NO_CACHE, task_run_name="compare-with-warehouse-{number}")
def diff_task(batch_tables: dict, number: int, db: schema.RunConnection) -> load.Changes:
    return db.run(lambda: load.diff_batch(db.con, batch_tables["articles"]))


@task(name="validate-batch", cache_policy=NO_CACHE, task_run_name="validate-batch-{number}")
def validate_task(batch_tables: dict, number: int) -> validate.ValidationReport:
    return validate.validate_tables(batch_tables)


@task(name="load-batch", cache_policy=NO_CACHE, task_run_name="load-batch-{number}")
def load_task(batch_tables: dict, story_features: pa.Table, payloads: list[RawDocument],
              problems: list[QuarantineRecord], report: validate.ValidationReport, loaded_inputs: pd.DataFrame,
              number: int, db: schema.RunConnection, run_id: str) -> None:
    floor = db.floor_mb
    payload_frame, quarantine_frame = tables.payload_frame(payloads), tables.quarantine_frame(problems, run_id)

    def write() -> None:  # safe to repeat: each step replaces what it wrote, or its failed transaction rolled back
        load.write_batch(db.con, batch_tables, payload_frame, quarantine_frame)
        stories.write_features(db.con, story_features)
        runs.record_validation(db.con, run_id, report.outcomes)  # one statement: it ran once or not at all
        incremental.record_loaded(db.con, loaded_inputs)  # one transaction

    db.run(write, batch_bytes=sum(len(document.payload) for document in payloads))
    if db.floor_mb != floor:
        get_run_logger().warning("DuckDB ran out of memory loading batch %d: its buffer pool's floor is now %d MB "
                                 "(was %d); the batch was loaded again", number, db.floor_mb, floor)


@flow(name="kabar-nightly", flow_run_name=_run_name, log_prints=False)
def nightly(parameters: NightlyParameters) -> runs.RunSummary:
    """Read articles (or the warehouse's own raw payloads) and load them into the warehouse."""
    logger = get_run_logger()
    memory.limit_arenas()  # `kabar run` did so already; this covers scripts that call the flow directly
    published = Path(parameters.warehouse)
    settings = Settings.from_env(warehouse=published, batch_size=parameters.batch_size)
    started = datetime.now(UTC)
    summary = runs.RunSummary(run_id=runs.new_run_id(started), input=_describe(parameters),
                              warehouse=str(published), flow_run_id=str(flow_run.get_id() or ""))
    # The run's validation reports are counted and their GX results spooled to disk as batches pass.
    with datadocs.ValidationLog(run_name=summary.run_id) as validations:
        with snapshot.run_lock(published):
            try:  # a stop while the copy is made is a failed run too: logged, and the partial copy discarded
                work = snapshot.start_working_copy(published, settings.lock_wait_seconds)
                _run(parameters, dataclasses.replace(settings, warehouse=work), summary, started, validations)
                snapshot.publish(published, work)
            except BaseException as exc:
                logger.error("run %s FAILED in stage %s: %s: %s", summary.run_id, summary.stage,
                             type(exc).__name__, exc)
                snapshot.discard_working_copy(published)
                if isinstance(exc, schema.WarehouseBusyError):
                    logger.warning("the failed run is not logged in pipeline_runs: the warehouse is held by another "
                                   "writer")
                else:
                    _record_failure(published, settings, summary, started)
                raise
        for line in runs.stage_lines(summary):
            logger.info(line)
        _publish_artifacts(summary, published, validations)
    return summary


def nightly_on(task_runner: str = "threads", dask_workers: int = 2) -> Flow:
    """The nightly flow on the chosen task runner (Settings.task_runner): the same flow, the same results."""
    if task_runner == "threads":
        return nightly
    from prefect_dask import DaskTaskRunner  # imported only when asked for: it pulls in distributed

    if task_runner == "dask":
        # Processes, one thread each: cleaning and normalizing are pure Python and hold the GIL.
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1,
                                                "processes": True, "dashboard_address": None})
    elif task_runner.startswith("tcp://"):
        runner = DaskTaskRunner(address=task_runner)
    else:
        raise ValueError(f"unknown task runner {task_runner!r}: use threads, dask or tcp://HOST:PORT")
    return nightly.with_options(task_runner=runner)


def _run(parameters: NightlyParameters, settings: Settings, summary: runs.RunSummary, started: datetime,
         validations: datadocs.ValidationLog) -> None:
    summary.stage = "migrate"
    # One connection to the working copy for the whole run (only this run writes it): DuckDB's buffer pool is
    # bounded once, and no batch pays for opening the file and checkpointing it on close.
    with schema.connect(settings.warehouse, wait_seconds=settings.lock_wait_seconds) as con:
        db = schema.RunConnection(con)
        applied = schema.migrate(con)
        runs.record_start(con, summary, started)
        if applied:
            get_run_logger().info("warehouse: applied migrations %s", ", ".join(applied))
        if parameters.full_refresh:
            _replay_batches(parameters, settings, summary, validations, db)
        elif web_sources.classify_input(parameters.input_path) == "files":
            _file_batches(parameters, settings, summary, validations, db)
        else:
            _web_batches(parameters, settings, summary, validations, db)
        summary.status = "completed"
        runs.record_finish(con, summary)


def _file_batches(parameters: NightlyParameters, settings: Settings, summary: runs.RunSummary,
                  validations: datadocs.ValidationLog, db: schema.RunConnection) -> None:
    summary.stage = "discover"
    logger = get_run_logger()

    def skipped(item: ingest.Skipped) -> None:
        summary.files_skipped += 1
        logger.warning("skipped %s: %s", item.path, item.why)

    def read(files: list[Path], number: int) -> PrefectFuture:
        summary.files_found += len(files)
        return ingest_task.submit(files, number, settings.max_input_bytes)

    # The folder is walked as batches are needed: a backfill's millions of paths are never all in memory.
    batches = ingest.file_batches(Path(parameters.input_path), settings.batch_size, skipped)
    _run_batches(batches, read, parameters, settings, summary, validations, db)


def _web_batches(parameters: NightlyParameters, settings: Settings, summary: runs.RunSummary,
                 validations: datadocs.ValidationLog, db: schema.RunConnection) -> None:
    """A URL, a list of URLs, a sitemap or a feed: fetched with one session (one set of per-host limits)
    for the whole run, batch by batch; what was fetched, and the crawl state, go into the working copy."""
    policy = FetchPolicy.from_env(max_bytes=settings.max_input_bytes)
    with Fetcher(policy) as fetcher:
        summary.stage = "discover"
        found = discover_web_task(parameters.input_path, quote(fetcher))
        for what, why in found.skipped:
            get_run_logger().warning("skipped %s: %s", what, why)
        summary.files_found, summary.files_skipped = len(found.targets), len(found.skipped)
        size = settings.batch_size
        batches = [found.targets[i:i + size] for i in range(0, len(found.targets), size)] or [[]]

        def fetch(targets: list[web_sources.WebTarget], number: int) -> Timed[ingest.IngestResult]:
            summary.stage = "fetch"
            state = db.run(lambda: crawl.read_state(db.con, [t.url for t in targets]))
            fetched = fetch_task(quote(targets), number, quote(fetcher), quote(state), summary.run_id,
                                 quote(found if number == 1 else None))
            pages = fetched.value.documents + fetched.value.quarantined_payloads
            db.run(lambda: crawl.write_crawl(db.con, fetched.value, summary.run_id),
                   batch_bytes=sum(len(page.payload) for page in pages))
            summary.add_fetch_counts(dataclasses.asdict(fetched.value.counts))
            summary.add_time("fetch", fetched.seconds)
            return Timed(fetched.value.to_ingest_result(), 0.0)

        # Fetching runs in this process (the fetcher's threads overlap the network waits), ahead of loading.
        _run_batches(batches, fetch, parameters, settings, summary, validations, db)


def _replay_batches(parameters: NightlyParameters, settings: Settings, summary: runs.RunSummary,
                    validations: datadocs.ValidationLog, db: schema.RunConnection) -> None:
    summary.stage = "replay"

    def page(after: str | None, limit: int) -> list[str]:
        return db.run(lambda: replay.stored_sources(db.con, after=after, limit=limit))

    def read(keys: list[str], number: int) -> Timed[ingest.IngestResult]:
        summary.files_found += len(keys)
        # Read in the flow's own process, through the run's connection: no other process may open the working copy.
        return replay_task(quote(keys), number, quote(db))

    _run_batches(replay.source_batches(page, settings.batch_size), read, parameters, settings, summary,
                 validations, db)


def _run_batches(batches: Iterable[list], read: Callable[[list, int], object], parameters: NightlyParameters,
                 settings: Settings, summary: runs.RunSummary, validations: datadocs.ValidationLog,
                 db: schema.RunConnection) -> None:
    """Read, clean and normalize run ahead on the task runner (threads, or Dask workers), a few batches at
    a time so memory stays flat; with threads, large batches are cleaned and normalized in worker processes
    (tasks/parallel.py); stories, validation and loading take the batches in order, in this
    process, because the warehouse has one writer."""
    ahead: deque[tuple[int, object, PrefectFuture]] = deque()
    window = load.StoryWindow(settings.story_window_days)
    release = incremental.release_fingerprint(settings.story_window_days)
    # A full refresh reprocesses everything; otherwise inputs this release loaded, byte for byte, are set aside.
    loaded = incremental.LoadedInputs() if parameters.full_refresh else db.run(
        lambda: incremental.read_loaded(db.con, release))
    with parallel.StagePool(settings.workers, settings.parallel_min_articles) as pool:
        for number, batch in enumerate(batches, start=1):
            read_result = read(batch, number)
            prepared = prepare_task.submit(read_result, number, pool, loaded)
            ahead.append((number, read_result, prepared))  # read_result: a future or a Timed
            if len(ahead) >= settings.batches_ahead:
                validations.add(_finish_batch(*ahead.popleft(), window, release, parameters, settings, summary, db))
                memory.release_freed_memory()
        while ahead:
            validations.add(_finish_batch(*ahead.popleft(), window, release, parameters, settings, summary, db))
            memory.release_freed_memory()


def _finish_batch(number: int, read_result: object, prepared_future: PrefectFuture, window: load.StoryWindow,
                  release: str, parameters: NightlyParameters, settings: Settings, summary: runs.RunSummary,
                  db: schema.RunConnection) -> validate.ValidationReport:
    summary.stage = "ingest"
    read_timed = read_result.result() if isinstance(read_result, PrefectFuture) else read_result
    read = read_timed.value
    summary.add_time("ingest", read_timed.seconds)
    summary.stage = "clean and normalize"
    prepared = prepared_future.result()
    summary.add_time("clean", prepared.clean_seconds)
    summary.add_time("normalize", prepared.normalize_seconds)
    normalized = prepared.normalized
    summary.stage = "normalize"  # stories are assigned as the last step of normalizing
    clock = time.perf_counter()
    in_window = [a for a in normalized if replay.in_window(a, parameters.since, parameters.until)]
    summary.outside_window += len(normalized) - len(in_window)
    read_order = in_window
    in_window, superseded = load.one_per_article(in_window)
    losers = incremental.left_out(read_order, in_window)
    in_window = stories_task(quote(in_window), number, settings, quote(window), quote(db))
    clock = _lap(summary, "normalize", clock)
    summary.stage = "validate"
    batch_tables = tables.build_tables(in_window, summary.run_id)
    changes = diff_task(quote(batch_tables), number, quote(db))
    to_validate = tables.select_articles(batch_tables, changes.new + changes.changed)
    report = validate_task(quote(to_validate), number)
    rejected = validate.rejections(to_validate["articles"], report)
    clock = _lap(summary, "validate", clock)
    summary.stage = "load"
    accepted = [a for a in changes.new + changes.changed if a not in report.rejected]
    problems = (read.quarantined + prepared.clean_problems + prepared.normalize_problems + superseded + rejected
                + changes.duplicates)
    accepted_ids = set(accepted)
    loaded = [a for a in in_window if a.article_id in accepted_ids]
    set_aside = set(prepared.already_loaded)  # their bytes are in raw.payloads already
    payloads = [d for d in read.documents if d.source_uri not in set_aside] + read.quarantined_payloads
    loaded_inputs = incremental.loaded_frame(batch_tables["articles"], accepted + changes.unchanged, losers, release,
                                             summary.run_id)
    load_task(quote(tables.select_articles(to_validate, accepted)), quote(stories.features_frame(loaded)),
              quote(payloads), quote(problems), quote(report), quote(loaded_inputs), number, quote(db),
              summary.run_id)
    window.remember(stories.loaded_candidates(loaded))
    _lap(summary, "load", clock)
    summary.count_batch(read, prepared.cleaned, normalized, changes, accepted, problems,
                        already_loaded=len(prepared.already_loaded))
    validate.check_rejected_share(report, len(to_validate["articles"]), max_share=settings.max_rejected_share,
                                  min_articles=settings.min_articles_for_rejected_share)
    return report


def _record_failure(published: Path, settings: Settings, summary: runs.RunSummary, started: datetime) -> None:
    """The data of a failed run is thrown away, but the run itself is logged in the published warehouse."""
    summary.status = "failed"
    try:
        work = snapshot.start_working_copy(published, settings.lock_wait_seconds)
        with schema.connect(work, wait_seconds=settings.lock_wait_seconds) as con:
            schema.migrate(con)
            runs.record_start(con, summary, started)
            runs.record_finish(con, summary)
        snapshot.publish(published, work)
    except Exception as exc:  # the original failure is what the operator must see
        get_run_logger().warning("could not record the failed run in pipeline_runs: %s", exc)
        snapshot.discard_working_copy(published)


def _publish_artifacts(summary: runs.RunSummary, published: Path, validations: datadocs.ValidationLog) -> None:
    docs = _build_data_docs(published, validations)
    create_table_artifact(key="kabar-run-counts", table=runs.stage_table(summary, runs.warehouse_size(published)),
                          description=f"Kabar run {summary.run_id}: counts and seconds per stage")
    create_markdown_artifact(key="kabar-validation",
                             markdown=datadocs.validation_markdown(validations, run_id=summary.run_id, data_docs=docs),
                             description=f"Kabar run {summary.run_id}: validation per suite")
    with schema.connect(published, read_only=True) as con:
        # In a bounded pool, as the run's own connection: at DuckDB's default limit the night's top entities
        # (a distinct count over every mention of the run) took +240 MB at the end of a 100,000-article run.
        markdown = schema.RunConnection(con).run(lambda: runs.night_markdown(con, summary, str(docs) if docs else None))
    create_markdown_artifact(key="kabar-night", markdown=markdown,
                             description=f"Kabar run {summary.run_id}: top entities and stories")


def _build_data_docs(published: Path, validations: datadocs.ValidationLog) -> Path | None:
    """Data Docs are a view of a loaded night: failing to build them is logged, never fails the night."""
    if not validations.batches:
        return None
    try:
        return validations.build_data_docs(datadocs.default_folder(published))
    except Exception as exc:
        get_run_logger().warning("Data Docs not built: %s: %s", type(exc).__name__, exc)
        return None


def _describe(parameters: NightlyParameters) -> str:
    source = "raw payloads (full refresh)" if parameters.full_refresh else str(parameters.input_path)
    if parameters.since or parameters.until:
        source += f" [{parameters.since or '…'} .. {parameters.until or '…'}]"
    return source


def _timed(stage: Callable[..., R], *args: object) -> Timed[R]:
    """Run a stage and time it (in the worker that runs it)."""
    clock = time.perf_counter()
    value = stage(*args)
    return Timed(value, time.perf_counter() - clock)


def _lap(summary: runs.RunSummary, stage: str, since: float) -> float:
    now = time.perf_counter()
    summary.add_time(stage, now - since)
    return now
