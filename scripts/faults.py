"""`make faults`: inject each fault into a real run and show that nothing is lost or duplicated.

    .venv/bin/python scripts/faults.py [--workdir DIR] [--keep]

For each fault — SIGKILL in the middle of a run, the warehouse held by an analyst's read-write session, an
exception while normalizing one article, the disk filling up while writing, a batch of bad inputs — it builds a
warehouse from the seed articles, injects the fault, runs the night again without it, and prints what happened
and the row count of every relation before the fault, after it, and after the recovery run, then checks: no
article lost (every expected article is there), none duplicated, no orphan row, quarantine intact.

The kill and the lock go through the `kabar` command in a child process (each starts its own embedded Prefect,
about 10 s); the other faults run the flow in this process. Exit code 0 when every fault passed its checks.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests' corpus and integrity checks are shared with this script

from kabar.config import prepare_prefect_environment  # noqa: E402

SEEDS = ROOT / "samples" / "seeds"
KABAR = str(Path(sys.executable).with_name("kabar"))
RELATIONS = ("articles", "entities", "entity_mentions", "date_mentions", "quotes", "cited_sources",
             "boilerplate_removed", "quarantine", "raw.payloads", "pipeline_runs", "validation_results")


@dataclass
class Outcome:
    """One fault: what happened, the counts at each step, and the verdict."""

    fault: str
    happened: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # step -> relation -> rows
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


# --- warehouse checks ----------------------------------------------------------------------------------------


def counts(warehouse: Path) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {r: con.execute(f"SELECT count(*) FROM {r}").fetchone()[0] for r in RELATIONS}


def rows(warehouse: Path, sql: str) -> set[tuple]:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return set(map(tuple, con.execute(sql).fetchall()))


def check(outcome: Outcome, warehouse: Path, *, before: Path, expected_articles: set[str]) -> None:
    """Integrity of the warehouse, and nothing of `before` lost: its articles, quarantine and payloads."""
    from tests.test_faults import integrity_problems

    outcome.problems += [f"{name}: {n}" for name, n in integrity_problems(warehouse).items()]
    for what, sql in (("article", "SELECT source_name FROM articles"),
                      ("quarantine row", "SELECT quarantine_id FROM quarantine"),
                      ("raw payload", "SELECT payload_hash FROM raw.payloads")):
        lost = rows(before, sql) - rows(warehouse, sql)
        if lost:
            outcome.problems.append(f"{len(lost)} {what}(s) of the previous state lost")
    loaded = {name for (name,) in rows(warehouse, "SELECT source_name FROM articles")}
    missing = expected_articles - loaded
    if missing:
        outcome.problems.append(f"articles missing after recovery: {sorted(missing)}")


# --- set-up ----------------------------------------------------------------------------------------------------


def run_flow(input_path: Path, warehouse: Path, **options: object):  # -> RunSummary
    from flows.nightly import NightlyParameters, nightly

    return nightly(NightlyParameters(input_path=str(input_path), warehouse=str(warehouse), **options))


def base_warehouse(folder: Path) -> tuple[Path, Path]:
    """A warehouse of the seeds plus two quarantined inputs, and a frozen copy of it to compare with."""
    source = folder / "dasar"
    shutil.copytree(SEEDS, source)
    (source / "kosong.txt").write_bytes(b"")
    (source / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    warehouse = folder / "wh" / "news.duckdb"
    run_flow(source, warehouse)
    frozen = folder / "before.duckdb"
    shutil.copyfile(warehouse, frozen)
    return warehouse, frozen


def new_articles(folder: Path, count: int) -> tuple[Path, set[str]]:
    from tests.test_faults import variants

    made = variants(SEEDS, folder, count)
    return made, {p.name for p in made.glob("*.txt")}


def seed_names() -> set[str]:
    return {p.name for p in SEEDS.glob("*.txt")}


# --- the faults ------------------------------------------------------------------------------------------------


def fault_sigkill(work: Path) -> Outcome:
    outcome = Outcome("SIGKILL in the middle of loading")
    warehouse, before = base_warehouse(work)
    more, names = new_articles(work / "lagi", 12)
    outcome.counts["before"] = counts(warehouse)
    next_copy, pause = Path(f"{warehouse}.next"), work / "paused"
    env = {**os.environ, "KABAR_PAUSE_BEFORE_PUBLISH": str(pause)}
    process = subprocess.Popen([KABAR, "run", "--input", str(more), "--warehouse", str(warehouse), "--quiet",
                                "--batch-size", "1"], env=env, cwd=ROOT, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = _wait(lambda: Path(f"{next_copy}.wal").exists() or pause.exists(), 300, process)
    where = "waiting to publish" if pause.exists() else "while writing a batch into the working copy"
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # kabar and its embedded Prefect server
    process.wait(timeout=30)
    outcome.happened.append(f"`kabar run` on 12 new articles (batch size 1) killed with SIGKILL {where}"
                            if seen else "the run ended before it could be killed (nothing to test)")
    outcome.happened.append(f"working copy {next_copy.name} left behind: {next_copy.exists()}")
    outcome.counts["after fault"] = counts(warehouse)
    if outcome.counts["after fault"] != outcome.counts["before"]:
        outcome.problems.append("the killed run changed the published warehouse")
    summary = run_flow(more, warehouse)
    outcome.happened.append(f"next run: {summary.status}, {summary.loaded} loaded; stale copy discarded: "
                            f"{not next_copy.exists()}")
    outcome.counts["after recovery"] = counts(warehouse)
    check(outcome, warehouse, before=before, expected_articles=names | seed_names())
    return outcome


HOLDER = textwrap.dedent("""
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.read()
""")


def fault_lock_held(work: Path) -> Outcome:
    outcome = Outcome("warehouse held by an analyst's read-write session")
    warehouse, before = base_warehouse(work)
    more, names = new_articles(work / "lagi", 3)
    outcome.counts["before"] = counts(warehouse)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(warehouse)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    env = {**os.environ, "KABAR_LOCK_WAIT_SECONDS": "3"}
    started = time.monotonic()
    result = subprocess.run([KABAR, "run", "--input", str(more), "--warehouse", str(warehouse), "--quiet"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    elapsed = time.monotonic() - started
    message = next((line for line in result.stderr.splitlines() if line.startswith("kabar:")), "(no message)")
    outcome.happened.append(f"`kabar run` with KABAR_LOCK_WAIT_SECONDS=3 exited with code {result.returncode} "
                            f"after {elapsed:.0f} s (Prefect start included)")
    outcome.happened.append(f"message: {message}")
    if result.returncode != 3 or "open for writing in another process" not in message:
        outcome.problems.append("expected exit code 3 and a message naming the other writer")
    holder.stdin.close()  # type: ignore[union-attr]
    holder.wait(timeout=30)
    outcome.counts["after fault"] = counts(warehouse)
    summary = run_flow(more, warehouse)
    outcome.happened.append(f"after the session closed, the next run: {summary.status}, {summary.loaded} loaded")
    outcome.counts["after recovery"] = counts(warehouse)
    check(outcome, warehouse, before=before, expected_articles=names | seed_names())
    return outcome


def fault_normalize_exception(work: Path) -> Outcome:
    import tasks.normalize

    outcome = Outcome("exception while normalizing one article")
    warehouse, before = base_warehouse(work)
    more, names = new_articles(work / "lagi", 5)
    outcome.counts["before"] = counts(warehouse)
    real = tasks.normalize.normalize_article

    def fail_for_one(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if article.source_name == "varian_02.txt":
            raise ValueError("injected: kalender rusak")
        return real(article, *args, **kwargs)

    tasks.normalize.normalize_article = fail_for_one
    try:
        summary = run_flow(more, warehouse)
    finally:
        tasks.normalize.normalize_article = real
    quarantined = rows(warehouse, "SELECT stage, reason FROM quarantine WHERE source_uri LIKE '%varian_02.txt'")
    outcome.happened.append(f"run with normalize_article raising for varian_02.txt: {summary.status}, "
                            f"{summary.loaded} loaded, varian_02.txt quarantined as {sorted(quarantined)}")
    outcome.counts["after fault"] = counts(warehouse)
    if summary.loaded != 4 or quarantined != {("normalize", "normalize_error")}:
        outcome.problems.append("expected 4 loaded and varian_02.txt quarantined at normalize")
    summary = run_flow(more, warehouse)
    outcome.happened.append(f"next run without the fault: {summary.loaded} loaded, {summary.unchanged} unchanged")
    outcome.counts["after recovery"] = counts(warehouse)
    check(outcome, warehouse, before=before, expected_articles=names | seed_names())
    return outcome


@contextlib.contextmanager
def file_size_limit(size: int) -> Iterator[None]:
    """Writes past `size` bytes fail with EFBIG, as on a full disk (SIGXFSZ ignored so they fail, not kill)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def fault_disk_full(work: Path) -> Outcome:
    outcome = Outcome("disk full while writing")
    warehouse, before = base_warehouse(work)
    more, names = new_articles(work / "lagi", 10)
    outcome.counts["before"] = counts(warehouse)
    published = warehouse.read_bytes()
    error = "(no error)"
    with file_size_limit(len(published) + 4096):
        try:
            run_flow(more, warehouse)
        except Exception as exc:  # the point: which error, and what it left
            error = f"{type(exc).__name__}: {exc}"
    outcome.happened.append(f"run with a file size limit just above the warehouse's size failed: {error[:300]}")
    intact = warehouse.read_bytes() == published
    outcome.happened.append(f"published warehouse byte-identical to before: {intact}; working copy left: "
                            f"{Path(f'{warehouse}.next').exists()}")
    if not intact or error == "(no error)":
        outcome.problems.append("expected a failed run and an untouched warehouse")
    outcome.counts["after fault"] = counts(warehouse)
    summary = run_flow(more, warehouse)
    outcome.happened.append(f"next run with room again: {summary.status}, {summary.loaded} loaded")
    outcome.counts["after recovery"] = counts(warehouse)
    check(outcome, warehouse, before=before, expected_articles=names | seed_names())
    return outcome


def fault_bad_inputs(work: Path) -> Outcome:
    from tests.test_bad_inputs import CASES, write_catalogue

    outcome = Outcome("a batch of bad inputs (the catalogue of tests/test_bad_inputs.py)")
    warehouse, before = base_warehouse(work)
    folder = work / "buruk"
    write_catalogue(folder)
    outcome.counts["before"] = counts(warehouse)
    summary = run_flow(folder, warehouse)
    reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(summary.quarantined.items()))
    outcome.happened.append(f"{summary.files_found} files found, {summary.files_skipped} skipped, "
                            f"{summary.loaded} loaded, quarantined: {reasons}")
    outcome.counts["after fault"] = counts(warehouse)
    summary = run_flow(folder, warehouse)
    outcome.happened.append(f"rerun: {summary.loaded} loaded, {summary.updated} updated, {summary.unchanged} "
                            "unchanged (nothing new)")
    outcome.counts["after recovery"] = counts(warehouse)
    if outcome.counts["after recovery"]["articles"] != outcome.counts["after fault"]["articles"]:
        outcome.problems.append("the rerun changed the article count")
    expected = {Path(case.path).name for case in CASES.values() if case.outcome in ("loaded", "updated")}
    check(outcome, warehouse, before=before, expected_articles=expected | seed_names())
    return outcome


FAULTS: dict[str, Callable[[Path], Outcome]] = {
    "sigkill": fault_sigkill,
    "lock": fault_lock_held,
    "normalize": fault_normalize_exception,
    "disk-full": fault_disk_full,
    "bad-inputs": fault_bad_inputs,
}


# --- output ------------------------------------------------------------------------------------------------------


def _wait(predicate: Callable[[], bool], timeout: float, process: subprocess.Popen) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.01)
    return False


def render(outcome: Outcome) -> str:
    steps = list(outcome.counts)
    width = max(len(r) for r in RELATIONS)
    lines = [f"== {outcome.fault}: {'OK' if outcome.passed else 'PROBLEM'}"]
    lines += [f"   - {line}" for line in outcome.happened]
    lines.append("   " + "relation".ljust(width) + "".join(step.rjust(16) for step in steps))
    for relation in RELATIONS:
        lines.append("   " + relation.ljust(width) + "".join(str(outcome.counts[s][relation]).rjust(16) for s in steps))
    verdict = ("nothing lost, nothing duplicated, no orphan rows, quarantine intact" if outcome.passed
               else "; ".join(outcome.problems))
    lines.append(f"   verdict: {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Inject faults into real Kabar runs and check what survives.")
    parser.add_argument("--workdir", type=Path, help="where to build the warehouses (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--only", choices=sorted(FAULTS), action="append", help="run only these faults")
    args = parser.parse_args(argv)
    # The flows' own logs (including the errors the faults provoke on purpose) would drown the report.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
    prepare_prefect_environment()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kabar-faults-"))
    outcomes = []
    try:
        for name in args.only or FAULTS:
            started = time.monotonic()
            outcome = FAULTS[name](workdir / name)
            outcome.happened.append(f"({time.monotonic() - started:.0f} s)")
            outcomes.append(outcome)
            print(render(outcome) + "\n", flush=True)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    failed = [o.fault for o in outcomes if not o.passed]
    print(f"{len(outcomes) - len(failed)} of {len(outcomes)} faults handled without loss or duplication"
          + (f"; problems: {failed}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
