"""The measured side of the benchmark: one nightly run in this process, after a warm-up.

Run by scripts/bench.py in a fresh process per corpus, so memory peaks and caches do not carry over.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path
from typing import Any

from kabar.benchmark.corpus import generate
from kabar.benchmark.measure import KabarClock, RssSampler, by_module, cpu_seconds, instrument, top_functions
from kabar.config import env_name, prepare_prefect_environment

WARMUP_ARTICLES = 20
_PARALLEL_MIN = env_name("parallel_min_articles")


def run_child(args: argparse.Namespace) -> dict[str, Any]:
    prepare_prefect_environment()
    started = time.perf_counter()
    import flows.nightly as nightly_module
    from flows.nightly import NightlyParameters, nightly

    clock = KabarClock(profile=args.profile)
    if args.dask:
        nightly = _on_dask(nightly, args.dask)  # task functions run in worker processes: not instrumented
    else:
        instrument(nightly_module, clock)
    workdir: Path = args.workdir
    size = int(args.sizes)
    warehouse = workdir / f"warehouse-{args.format}-{size}.duckdb"
    warm = _warm_up(nightly, NightlyParameters, workdir, args.format, pooled=_uses_worker_pool(size, args))
    startup = time.perf_counter() - started
    clock.intervals.clear()
    clock.per_task.clear()
    clock.profiles.clear()
    parameters = {"input_path": str(args.input), "warehouse": str(warehouse)}
    if args.batch_size:
        parameters["batch_size"] = args.batch_size
    cpu_before = cpu_seconds()
    with RssSampler() as rss:
        begin = time.perf_counter()
        summary = nightly(NightlyParameters(**parameters))
        end = time.perf_counter()
    cpu = cpu_seconds() - cpu_before
    peak_self = max(rss.peak_self, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    kabar = clock.seconds_within(begin, end) if not args.dask else float("nan")
    result = _result(args, size, summary, end - begin, kabar, warehouse)
    result["runner"] = f"dask x{args.dask}" if args.dask else "default"
    # A Dask cluster's workers are not this process's children: their CPU is not seen.
    result["cores_used"] = None if args.dask else cpu / (end - begin)
    # CPU per article moves less with the machine's load than wall time does: the figure to compare releases by.
    result["cpu_ms_per_article"] = None if args.dask else 1000 * cpu / size
    result.update(startup_seconds=round(startup, 1), warmup_seconds=round(warm, 1),
                  peak_rss_mb=peak_self / 2**20, peak_rss_tree_mb=max(rss.peak_tree, peak_self) / 2**20,
                  kabar_seconds_per_task={k: round(v, 2) for k, v in sorted(clock.per_task.items())})
    if args.format == "html":
        result.update(_time_trafilatura(Path(args.input), args.trafilatura_limit))
    if args.profile:
        result["profile"] = _profile(clock, workdir / f"profile-{args.format}-{size}.prof")
    return result


def _on_dask(nightly: Any, workers: int) -> Any:
    """The flow on a local Dask cluster of `workers` single-threaded processes (started once, reused)."""
    from prefect_dask import DaskTaskRunner

    runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})
    return nightly.with_options(task_runner=runner)


def _uses_worker_pool(size: int, args: argparse.Namespace) -> bool:
    """Whether the measured run cleans and normalizes in worker processes (tasks/parallel.py)."""
    from kabar.config import Settings
    from tasks.parallel import StagePool

    settings = Settings.from_env()
    pool = StagePool(settings.workers, settings.parallel_min_articles)  # never started: it only decides
    return not args.dask and pool.takes(min(size, args.batch_size or settings.batch_size))


def _warm_up(nightly: Any, parameters: Any, workdir: Path, fmt: str, *, pooled: bool) -> float:
    """Imports, the embedded Prefect server, reference data and GX on a tiny corpus (not measured).

    The warm-up takes the measured run's path: when that run cleans and normalizes in worker processes, so
    does the warm-up, and the flow's process does not load the reference data (about 100 MB) that only a
    small, in-process run needs, and that a fresh `kabar run` of a large corpus never holds."""
    clock = time.perf_counter()
    corpus = workdir / f"warmup-{fmt}"
    if not (corpus / ".complete").exists():
        generate(corpus, WARMUP_ARTICLES, fmt, seed=999)
        (corpus / ".complete").touch()
    warehouse = workdir / f"warmup-{fmt}.duckdb"
    for leftover in workdir.glob(f"warmup-{fmt}.duckdb*"):
        leftover.unlink()
    previous = os.environ.get(_PARALLEL_MIN)
    if pooled:
        os.environ[_PARALLEL_MIN] = "1"
    try:
        nightly(parameters(input_path=str(corpus), warehouse=str(warehouse)))
    finally:
        if previous is None:
            os.environ.pop(_PARALLEL_MIN, None)
        else:
            os.environ[_PARALLEL_MIN] = previous
    return time.perf_counter() - clock


def _result(args: argparse.Namespace, size: int, summary: Any, wall: float, kabar: float,
            warehouse: Path) -> dict[str, Any]:
    seconds = summary.seconds
    entering = {"ingest": summary.files_found, "clean": summary.read, "normalize": summary.cleaned,
                "validate": summary.normalized, "load": summary.validated}
    return {
        "format": args.format, "size": size, "status": summary.status, "files": summary.files_found,
        "loaded": summary.loaded, "quarantined": dict(summary.quarantined), "duplicates": summary.duplicates_in_run,
        "wall_seconds": round(wall, 2), "articles_per_s": summary.files_found / wall if wall else 0.0,
        "stage_seconds": {k: round(v, 2) for k, v in seconds.items()},
        "stage_rates": {s: entering[s] / seconds[s] for s in entering if seconds.get(s)},
        "kabar_seconds": round(kabar, 2),
        "orchestration_share": max(0.0, (wall - kabar) / wall) if wall and kabar == kabar else None,
        "warehouse_mb": warehouse.stat().st_size / 1e6 if warehouse.exists() else 0.0,
    }


def _time_trafilatura(corpus: Path, limit: int) -> dict[str, Any]:
    """trafilatura.extract alone (default settings) on the same pages, read the same way (bytes -> str)."""
    import trafilatura

    pages = sorted(corpus.rglob("*.html"))
    if limit:
        pages = pages[:limit]
    clock = time.perf_counter()
    extracted = 0
    for page in pages:
        if trafilatura.extract(page.read_bytes().decode("utf-8")):
            extracted += 1
    seconds = time.perf_counter() - clock
    return {"trafilatura_pages": len(pages), "trafilatura_extracted": extracted,
            "trafilatura_seconds": round(seconds, 2),
            "trafilatura_pages_per_s": len(pages) / seconds if seconds else 0.0}


def _profile(clock: KabarClock, path: Path) -> dict[str, Any]:
    stats = clock.stats()
    if stats is None:
        return {}
    stats.dump_stats(str(path))
    total = sum(seconds for _, seconds in by_module(stats))
    return {
        "file": str(path),
        "profiled_seconds": round(total, 2),
        "by_module": [(m, round(s, 2), round(s / total, 3)) for m, s in by_module(stats)[:25]],
        "top_tottime": [(f, c, round(t, 3), round(cu, 3)) for f, c, t, cu in top_functions(stats, "tottime", 30)],
        "top_kabar_cumtime": [(f, c, round(t, 3), round(cu, 3)) for f, c, t, cu in top_functions(
            stats, "cumtime", 40, only=("tasks/", "flows/", "warehouse/", "expectations/"))],
    }
