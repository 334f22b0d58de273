"""The `kabar` command: run the nightly flow, schedule it, and bring up Prefect's UI."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kabar.config import Settings, prepare_prefect_environment
from tasks import memory

EXAMPLE_QUERY = """
SELECT e.name, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM entity_mentions m JOIN entities e USING (entity_id)
GROUP BY e.name ORDER BY mentions DESC, e.name LIMIT 5""".strip()
UI_HOST, UI_PORT = "127.0.0.1", 4200
NIGHTLY_CRON, NIGHTLY_ZONE = "0 2 * * *", "Asia/Jakarta"


def build_parser() -> argparse.ArgumentParser:
    defaults = Settings.from_env()
    parser = argparse.ArgumentParser(
        prog="kabar",
        description="Kabar turns online news into fact tables in a DuckDB warehouse. "
                    "Settings can also be given as environment variables KABAR_<NAME> (for example "
                    "KABAR_BATCH_SIZE); options given here win.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run", help="run the nightly flow once, now",
        description="Ingest, clean, normalize, validate and load articles. Runs Prefect embedded (no "
                    "server needed); set PREFECT_API_URL to report to a running Prefect server instead.")
    _add_run_options(run, defaults)
    run.add_argument("--quiet", action="store_true", help="print only the summary, not Prefect's logs")
    serve = commands.add_parser(
        "serve", help=f"serve the nightly deployment: runs every day at 02:00 {NIGHTLY_ZONE}",
        description="Registers the deployment 'kabar-nightly/nightly' with the Prefect server at "
                    f"PREFECT_API_URL (default http://{UI_HOST}:{UI_PORT}/api: start it with `kabar ui`) and "
                    f"runs its flow runs: on the schedule ({NIGHTLY_CRON}, {NIGHTLY_ZONE}) and whenever one is "
                    "triggered from the UI or `prefect deployment run`. Stop with Ctrl-C (the schedule pauses).")
    _add_run_options(serve, defaults)
    commands.add_parser("ui", help=f"start the Prefect server and UI on http://{UI_HOST}:{UI_PORT}",
                        description="Starts `prefect server start` on 127.0.0.1 with Kabar's settings "
                                    "(project-local PREFECT_HOME, no telemetry). Leave it running.")
    quarantine = commands.add_parser(
        "quarantine", help="list what could not be processed and why; save an input's raw bytes",
        description="Reads the warehouse read-only (safe while a run is going on).")
    _add_warehouse_option(quarantine, defaults)
    quarantine.add_argument("--reason", help="only inputs quarantined for this reason (e.g. binary, no_body)")
    quarantine.add_argument("--limit", type=int, default=20, metavar="N", help="how many to list (default 20)")
    quarantine.add_argument("--save", metavar="QUARANTINE_ID", help="write this input's kept raw bytes to --out")
    quarantine.add_argument("--out", type=Path, metavar="FILE", help="where --save writes (must not exist)")
    promote = commands.add_parser(
        "promote", help="move a discovered entity into the curated gazetteer",
        description="Takes an entity from the view entity_candidates (by entity_id or name) and appends it to "
                    "kabar/reference/gazetteer.tsv with its surfaces as aliases. The next run treats it as "
                    "curated; `kabar run --full-refresh` re-resolves the articles already loaded.")
    promote.add_argument("entity", metavar="ENTITY_ID_OR_NAME")
    promote.add_argument("--type", dest="entity_type", choices=["person", "organization", "location", "product",
                                                                "other"], help="override the discovered type")
    promote.add_argument("--wikidata", metavar="QID", help="its Wikidata item, e.g. Q252")
    promote.add_argument("--alias", action="append", default=[], metavar="ALIAS", help="another name (repeatable)")
    _add_warehouse_option(promote, defaults)
    export = commands.add_parser(
        "export", help="write every contract relation as Parquet, partitioned by published_date",
        description="For engines beyond DuckDB (Spark, Trino, pandas, DuckLake on object storage). Reads the "
                    "warehouse read-only; each relation's folder under --out is replaced.")
    _add_warehouse_option(export, defaults)
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write into")
    evaluate = commands.add_parser(
        "evaluate", help="score extraction or normalization against the bundled hand-annotated gold",
        description="extraction: main-text token-shingle F1 of Kabar and of plain trafilatura on the annotated "
                    "pages of samples/web (or FOLDER). normalization: precision and recall per area (publication "
                    "dates, date mentions, entities, quotes, stories) on the annotated articles of "
                    "samples/annotated (or FOLDER). No Prefect, no warehouse. pages: body, metadata, entities, "
                    "dates, quotes and stories of the warehouse that `kabar run --input FOLDER` built from copied "
                    "web pages, against FOLDER/gold.json (samples/seeds, samples/blind/set_*).")
    evaluate.add_argument("what", choices=["extraction", "normalization", "pages"])
    evaluate.add_argument("folder", nargs="?", type=Path, help="another annotated folder of the same layout")
    evaluate.add_argument("--warehouse", type=Path, metavar="FILE", help="pages: the warehouse built from FOLDER")
    evaluate.add_argument("--misses", type=int, default=0, metavar="N", help="pages: list up to N misses per area")
    return parser


def _add_warehouse_option(command: argparse.ArgumentParser, defaults: Settings) -> None:
    command.add_argument("--warehouse", type=Path, default=defaults.warehouse, metavar="FILE",
                         help=f"the DuckDB warehouse (default: {defaults.warehouse})")


def _add_run_options(command: argparse.ArgumentParser, defaults: Settings) -> None:
    command.add_argument("--input", metavar="PATH|URL",
                         help="a folder of .txt/.html article files (searched recursively) or one file; the URL "
                              "of a page, sitemap or RSS/Atom feed; or a sitemap, feed or list of URLs as a file")
    _add_warehouse_option(command, defaults)
    command.add_argument("--batch-size", type=int, default=defaults.batch_size, metavar="N",
                         help=f"articles per task run (default: {defaults.batch_size})")
    command.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                         help="backfill: load only articles published on or after this day")
    command.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                         help="backfill: load only articles published on or before this day")
    command.add_argument("--task-runner", default=defaults.task_runner, metavar="RUNNER",
                         help="where batches are cleaned and normalized: threads (default), dask (a local Dask "
                              "cluster of KABAR_DASK_WORKERS processes) or tcp://HOST:PORT (a Dask scheduler)")
    command.add_argument("--workers", type=int, default=None, metavar="N",
                         help=f"processes that clean and normalize large batches beside the flow's own (default: "
                              f"KABAR_WORKERS, else one per core: {defaults.workers}; 0: none)")
    command.add_argument("--full-refresh", action="store_true",
                         help="reprocess every raw payload already in the warehouse (no --input, nothing refetched)")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "ui":
        return _ui()
    if args.command == "quarantine":
        return _quarantine(args)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "export":
        return _export(args)
    if args.command == "promote":
        return _promote(args)
    problem = _check_run_options(args)
    if problem:
        print(f"kabar: {problem}", file=sys.stderr)
        return 2
    if args.command == "serve":
        return _serve(args)
    return _run(args)


def _check_run_options(args: argparse.Namespace) -> str | None:
    if args.full_refresh and args.input:
        return "--full-refresh reprocesses the warehouse's own payloads: give no --input"
    if not args.full_refresh and not args.input:
        return "give --input PATH (or --full-refresh)"
    if args.input and "://" in args.input:
        scheme = args.input.split("://", 1)[0].lower()
        if scheme not in {"http", "https"}:
            return f"only http and https URLs can be fetched, not {scheme}://"
    elif args.input and not Path(args.input).exists():
        return f"input not found: {args.input}"
    if args.batch_size < 1:
        return "--batch-size must be at least 1"
    if args.since and args.until and args.since > args.until:
        return "--since is after --until"
    if args.workers is not None and args.workers < 0:
        return "--workers must be 0 or more"
    if args.task_runner not in {"threads", "dask"} and not args.task_runner.startswith("tcp://"):
        return f"--task-runner must be threads, dask or tcp://HOST:PORT, not {args.task_runner!r}"
    return None


def _parameters(args: argparse.Namespace):  # -> NightlyParameters (imported late: it imports Prefect)
    from flows.nightly import NightlyParameters

    source = args.input
    if source and "://" not in source:
        source = str(Path(source).resolve())
    return NightlyParameters(input_path=source,
                             warehouse=str(args.warehouse.resolve()), batch_size=args.batch_size,
                             since=args.since, until=args.until, full_refresh=args.full_refresh)


def _apply_workers(args: argparse.Namespace) -> None:
    """--workers reaches the flow as its setting (the flow reads its settings from the environment)."""
    if args.workers is not None:
        os.environ["KABAR_WORKERS"] = str(args.workers)


class RunStopped(SystemExit):
    """The run was told to stop (SIGTERM): raised in the main thread, so everything unwinds as after an error."""


@dataclass
class StopSignals:
    """The stop signal the run received, if any: a signal that lands inside a DuckDB query reaches the flow as
    DuckDB's "Query interrupted" error (DuckDB runs the handler, swallows what it raises and raises its own),
    and only this record tells that failure from a real one."""

    received: int | None = None


@contextlib.contextmanager
def _stopping_on_signals() -> Iterator[StopSignals]:
    """While the run lasts, SIGTERM (a scheduler's time limit, `systemctl stop`, `kill`) ends it by unwinding,
    not by dying, and SIGTERM and SIGINT (Ctrl-C) are recorded; the previous handlers are back afterwards
    (tests call main() in their own process).

    Python's default SIGTERM action kills the process at once, which skips the exit hooks; Prefect's is one of
    them: it stops the embedded server that `kabar run` started, and each killed run left that server (~220 MB)
    running with no parent (measured). During the flow Prefect's own handler marks the flow run crashed,
    then hands the signal back to this one."""
    stops = StopSignals()

    def stop(signum: int, _frame: object) -> None:
        stops.received = signum
        raise RunStopped(128 + signum)

    def interrupt(signum: int, _frame: object) -> None:
        stops.received = signum
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield stops
        return
    previous = signal.signal(signal.SIGTERM, stop), signal.signal(signal.SIGINT, interrupt)
    try:
        yield stops
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])


def _release_frames(error: BaseException) -> None:
    """Clear the locals of the frames a stopped or failed run unwound: the flow's exceptions stay referenced by
    Prefect's states after the run, and through their frames the run's (closed) DuckDB connection, which DuckDB
    then reports at exit as ~40 lines of "leaked instance" warnings, after the message that matters."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        exc = pending.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        pending.extend((exc.__context__, exc.__cause__))


def _run(args: argparse.Namespace) -> int:
    with _stopping_on_signals() as stops:
        return _run_nightly(args, stops)


def _run_nightly(args: argparse.Namespace, stops: StopSignals) -> int:
    _apply_workers(args)
    memory.limit_arenas()  # before Prefect and DuckDB start their threads
    prepare_prefect_environment()
    if args.quiet:
        logging.getLogger("prefect").setLevel(logging.WARNING)
    from flows.nightly import nightly_on  # imports Prefect: after the environment is set
    from warehouse.schema import WarehouseBusyError
    from warehouse.snapshot import RunInProgressError

    nightly = nightly_on(args.task_runner, Settings.from_env().dask_workers)
    try:
        summary = nightly(_parameters(args))
    except (WarehouseBusyError, RunInProgressError) as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 3
    except (Exception, RunStopped, KeyboardInterrupt) as exc:
        _release_frames(exc)
        received = stops.received or (signal.SIGINT if isinstance(exc, KeyboardInterrupt) else None)
        if received is not None:
            print(f"kabar: the run was stopped ({signal.Signals(received).name}) before it finished; the "
                  "warehouse keeps its last published version", file=sys.stderr)
            return 128 + received
        print(f"kabar: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    from kabar.report import render_summary

    print(render_summary(summary, EXAMPLE_QUERY))
    return 0


def _serve(args: argparse.Namespace) -> int:
    _apply_workers(args)
    os.environ.setdefault("PREFECT_API_URL", f"http://{UI_HOST}:{UI_PORT}/api")
    prepare_prefect_environment()
    from prefect.schedules import Cron

    from flows.nightly import nightly_on

    nightly = nightly_on(args.task_runner, Settings.from_env().dask_workers)
    parameters = _parameters(args).model_dump(mode="json")
    nightly.serve(name="nightly", schedule=Cron(NIGHTLY_CRON, timezone=NIGHTLY_ZONE),
                  parameters={"parameters": parameters}, tags=["kabar"],
                  description="Kabar's nightly load; trigger a run now, or with other parameters, from the UI.")
    return 0


def _open_read_only(warehouse: Path):  # -> duckdb connection
    from warehouse.schema import connect

    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}: run `kabar run` first")
    return connect(warehouse, read_only=True)


def _quarantine(args: argparse.Namespace) -> int:
    from kabar import quarantine

    if bool(args.save) != bool(args.out):
        print("kabar: --save QUARANTINE_ID and --out FILE go together", file=sys.stderr)
        return 2
    try:
        with _open_read_only(args.warehouse) as con:
            if args.save:
                size = quarantine.save_payload(con, args.save, args.out)
                print(f"wrote {size} bytes to {args.out}")
                return 0
            print(quarantine.render(quarantine.by_reason(con), quarantine.latest(con, args.reason, args.limit)))
    except (LookupError, FileNotFoundError, FileExistsError) as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 2
    return 0


def _promote(args: argparse.Namespace) -> int:
    from kabar.config import REFERENCE_DIR
    from tasks.curation import CurationError, promote

    try:
        with _open_read_only(args.warehouse) as con:
            promoted = promote(args.entity, con, REFERENCE_DIR / "gazetteer.tsv", entity_type=args.entity_type,
                               wikidata_id=args.wikidata, aliases=args.alias)
    except (CurationError, FileNotFoundError) as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 2
    aliases = ", ".join(promoted.aliases) or "none"
    taken_over = f", taking over from {promoted.replaces}" if promoted.replaces else ""
    print(f"promoted {promoted.name} as {promoted.entity_id} ({promoted.entity_type}{taken_over}); aliases: {aliases}; "
          f"written to {promoted.gazetteer_path}")
    print("the next run treats it as curated; `kabar run --full-refresh` re-resolves the articles already loaded")
    return 0


def _export(args: argparse.Namespace) -> int:
    from tasks.export import export_parquet
    from warehouse.schema import WarehouseBusyError

    try:
        written = export_parquet(args.warehouse, args.out, wait_seconds=Settings.from_env().lock_wait_seconds)
    except WarehouseBusyError as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 3
    except (FileNotFoundError, NotADirectoryError, ValueError) as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} Parquet files under {args.out.resolve()}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.folder is not None and not args.folder.is_dir():
        print(f"kabar: not a folder: {args.folder}", file=sys.stderr)
        return 2
    if args.what == "pages":
        from kabar import evaluate_pages

        if args.folder is None or args.warehouse is None:
            print("kabar: evaluate pages needs FOLDER and --warehouse FILE", file=sys.stderr)
            return 2
        return evaluate_pages.main(args.folder, args.warehouse, args.misses)
    folder = [str(args.folder)] if args.folder else []
    if args.what == "extraction":
        from kabar import evaluate_extraction

        return evaluate_extraction.main(folder)
    from kabar import evaluate_normalization

    return evaluate_normalization.main(folder)


def _ui() -> int:
    prepare_prefect_environment()
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", UI_HOST, "--port", str(UI_PORT)]
    os.execv(sys.executable, command)  # the server runs in the foreground until stopped


if __name__ == "__main__":
    sys.exit(main())
