"""The `kabar` command: run the nightly flow on a folder or file and print what it did."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kabar.config import Settings, prepare_prefect_environment

EXAMPLE_QUERY = """
SELECT e.name, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM entity_mentions m JOIN entities e USING (entity_id)
GROUP BY e.name ORDER BY mentions DESC, e.name LIMIT 5""".strip()


def build_parser() -> argparse.ArgumentParser:
    defaults = Settings.from_env()
    parser = argparse.ArgumentParser(
        prog="kabar",
        description="Kabar turns online news into fact tables in a DuckDB warehouse. "
                    "Settings can also be given as environment variables KABAR_<NAME> (for example "
                    "KABAR_BATCH_SIZE); options given here win.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run", help="run the nightly flow once on a folder or a file",
        description="Ingest, clean, normalize, validate and load articles. Runs Prefect embedded (no "
                    "server needed); set PREFECT_API_URL to report to a running Prefect server instead.")
    run.add_argument("--input", required=True, type=Path, metavar="PATH",
                     help="a folder of .txt/.html article files (searched recursively) or one file")
    run.add_argument("--warehouse", type=Path, default=defaults.warehouse, metavar="FILE",
                     help=f"the DuckDB warehouse to create or update (default: {defaults.warehouse})")
    run.add_argument("--batch-size", type=int, default=defaults.batch_size, metavar="N",
                     help=f"articles per task run (default: {defaults.batch_size})")
    run.add_argument("--quiet", action="store_true", help="print only the summary, not Prefect's logs")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    return 2


def _run(args: argparse.Namespace) -> int:
    if not args.input.exists():
        print(f"kabar: input not found: {args.input}", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("kabar: --batch-size must be at least 1", file=sys.stderr)
        return 2
    prepare_prefect_environment()
    if args.quiet:
        logging.getLogger("prefect").setLevel(logging.WARNING)
    from flows.nightly import NightlyParameters, nightly  # imports Prefect: after the environment is set
    from warehouse.schema import WarehouseBusyError

    parameters = NightlyParameters(input_path=str(args.input.resolve()), warehouse=str(args.warehouse.resolve()),
                                   batch_size=args.batch_size)
    try:
        summary = nightly(parameters)
    except WarehouseBusyError as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 3
    except Exception as exc:
        print(f"kabar: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    from kabar.report import render_summary

    print(render_summary(summary, EXAMPLE_QUERY))
    return 0


if __name__ == "__main__":
    sys.exit(main())
