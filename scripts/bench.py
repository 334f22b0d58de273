"""`make bench`: Kabar's throughput, memory and orchestration share on generated corpora, with targets.

    .venv/bin/python scripts/bench.py [--sizes 1000,10000,100000] [--formats txt,html] [--workdir DIR]
                                      [--batch-size N] [--trafilatura-limit N] [--profile]

For each format and size: generate the corpus (seeded, cached in the work folder), then run the nightly
flow in a fresh process into a fresh warehouse (Prefect embedded). The child process warms up first
(imports, the embedded Prefect server, reference data) on a 20-article corpus, so the figures are those
of a run, not of a process start; the start-up is printed separately. For HTML it then times plain
trafilatura.extract on the same pages. The run's figures come back as JSON; the table and the targets are
printed at the end and saved to WORKDIR/results.json.

Figures on a shared machine are noisy: run on a quiet machine, or repeat and take the best.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kabar.benchmark.corpus import PER_DAY, generate
from kabar.config import PROJECT_ROOT

RESULT_MARK = "BENCH-RESULT "
STAGES = ("ingest", "clean", "normalize", "validate", "load")
TEXT_TARGET = 1000.0  # articles/s end to end
RSS_LIMIT = 1 << 30
ORCHESTRATION_LIMIT = 0.05
ORCHESTRATION_SIZE = 10_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Kabar benchmark: throughput, memory, orchestration share.")
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--formats", default="txt,html", help="txt, html or both (comma-separated)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kabar-bench"), help="corpora and warehouses")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per task run (default: Kabar's)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-day", type=int, default=PER_DAY,
                        help=f"corpus articles a day, in publication order (default {PER_DAY}; 0: random over 3 years)")
    parser.add_argument("--trafilatura-limit", type=int, default=0,
                        help="time trafilatura on at most this many pages (0: all of them)")
    parser.add_argument("--profile", action="store_true", help="also write a cProfile of each run")
    parser.add_argument("--stages", action="store_true",
                        help="run the stages without Prefect, in one thread (clean per-stage costs and profiles)")
    parser.add_argument("--dask", type=int, default=0, metavar="N",
                        help="run the flow on a local Dask cluster of N worker processes (orchestration not measured)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--format", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        from kabar.benchmark.child import run_child

        print(RESULT_MARK + json.dumps(run_child(args)), flush=True)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.stages:
        return stages_only(args, sizes, formats)
    results = []
    for fmt in formats:
        for size in sizes:
            corpus, generated = ensure_corpus(args.workdir, fmt, size, args.seed, args.per_day)
            print(f"[bench] {fmt} {size}: corpus ready ({generated}); running the flow ...", flush=True)
            result = run_in_child(args, corpus, fmt, size)
            results.append(result)
            print(f"[bench] {fmt} {size}: {result.get('articles_per_s', 0):.0f} articles/s end to end, "
                  f"peak RSS {result.get('peak_rss_mb', 0):.0f} MB", flush=True)
    (args.workdir / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(render(results))
    return 0 if all(t[2] for t in targets(results)) else 1


def stages_only(args: argparse.Namespace, sizes: list[int], formats: list[str]) -> int:
    """Per-stage costs without Prefect (and a single-thread profile with --profile)."""
    import cProfile

    from kabar.benchmark.measure import by_module, top_functions
    from kabar.benchmark.stages import run_stages

    for fmt in formats:
        for size in sizes:
            corpus, _ = ensure_corpus(args.workdir, fmt, size, args.seed, args.per_day)
            run_stages(corpus / "0000", args.workdir / f"stages-warmup-{fmt}.duckdb", 50)  # imports, caches
            profiler = cProfile.Profile() if args.profile else None
            clock = time.perf_counter()
            result = run_stages(corpus, args.workdir / f"stages-{fmt}-{size}.duckdb", args.batch_size or 500,
                                profiler)
            wall = time.perf_counter() - clock
            print(f"\n{fmt} {size}: {result['files'] / wall:,.0f} articles/s over {wall:.1f} s without Prefect"
                  f"{' (profiled: slower)' if profiler else ''}; {result['counts']}")
            for stage, seconds in sorted(result["seconds"].items(), key=lambda kv: -kv[1]):
                print(f"  {stage:<10}{seconds:8.2f} s {seconds / wall:6.1%} {result['files'] / seconds:10,.0f}/s")
            if profiler is not None:
                _print_profile(profiler, args.workdir / f"stages-{fmt}-{size}.prof", by_module, top_functions)
    return 0


def _print_profile(profiler: Any, path: Path, by_module: Any, top_functions: Any) -> None:
    import pstats

    profiler.dump_stats(str(path))
    stats = pstats.Stats(str(path))
    modules = by_module(stats)
    total = sum(seconds for _, seconds in modules)
    print(f"  profile ({path}), own time by module:")
    for module, seconds in modules[:20]:
        print(f"    {seconds / total:6.1%} {seconds:8.2f} s  {module}")
    print("  heaviest functions (own time, then cumulative):")
    for name, calls, own, cumulative in top_functions(stats, "tottime", 25):
        print(f"    {own / total:6.1%} {own:7.2f} {cumulative:8.2f} {calls:>9}  {name}")
    print("  Kabar functions by cumulative time:")
    for name, calls, own, cumulative in top_functions(stats, "cumtime", 40, only=("tasks/", "warehouse/")):
        print(f"    {cumulative / total:6.1%} {own:7.2f} {cumulative:8.2f} {calls:>9}  {name}")


def ensure_corpus(workdir: Path, fmt: str, size: int, seed: int, per_day: int) -> tuple[Path, str]:
    """The corpus folder, generated unless a complete one for this size, seed and pace is already there."""
    folder = workdir / f"corpus-{fmt}-{size}-s{seed}-d{per_day}"
    marker = folder / ".complete"
    if marker.exists():
        return folder, "cached"
    shutil.rmtree(folder, ignore_errors=True)
    clock = time.perf_counter()
    stats = generate(folder, size, fmt, seed, per_day)
    marker.write_text(json.dumps({"articles": stats.articles, "bytes": stats.bytes}), encoding="utf-8")
    return folder, f"generated in {time.perf_counter() - clock:.1f} s, {stats.bytes / 1e6:.0f} MB"


def run_in_child(args: argparse.Namespace, corpus: Path, fmt: str, size: int) -> dict[str, Any]:
    for leftover in args.workdir.glob(f"warehouse-{fmt}-{size}.duckdb*"):
        leftover.unlink()
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--input", str(corpus),
               "--format", fmt, "--workdir", str(args.workdir), "--seed", str(args.seed),
               "--trafilatura-limit", str(args.trafilatura_limit), "--sizes", str(size)]
    if args.batch_size:
        command += ["--batch-size", str(args.batch_size)]
    if args.profile:
        command.append("--profile")
    if args.dask:
        command += ["--dask", str(args.dask)]
    env = {**os.environ, "PREFECT_HOME": str(args.workdir / ".prefect"), "PREFECT_LOGGING_LEVEL": "WARNING"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        return {"format": fmt, "size": size, "error": f"child exited {done.returncode}"}
    result = json.loads(lines[-1][len(RESULT_MARK):])
    result["children_maxrss_mb"] = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return result


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def targets(results: list[dict[str, Any]]) -> list[tuple[str, str, bool]]:
    """(target, measured, passed) for each target the results can judge."""
    checks = []
    for r in results:
        if "error" in r:
            checks.append((f"{r['format']} {r['size']}: run completes", r["error"], False))
            continue
        label = f"{r['format']} {r['size']:,}"
        if r["format"] == "txt":
            checks.append((f"{label}: text >= {TEXT_TARGET:,.0f} articles/s end to end",
                           f"{r['articles_per_s']:,.0f}/s", r["articles_per_s"] >= TEXT_TARGET))
        elif r.get("trafilatura_pages_per_s"):
            ratio = r["articles_per_s"] / r["trafilatura_pages_per_s"]
            checks.append((f"{label}: HTML end to end >= trafilatura alone", f"ratio {ratio:.2f}", ratio >= 1.0))
        checks.append((f"{label}: peak RSS < 1 GB (flow process)", f"{r['peak_rss_mb']:.0f} MB",
                       r["peak_rss_mb"] * (1 << 20) < RSS_LIMIT))
        if r["size"] >= ORCHESTRATION_SIZE and r.get("orchestration_share") is not None:
            checks.append((f"{label}: Prefect orchestration < 5% of wall time",
                           f"{r['orchestration_share']:.1%}", r["orchestration_share"] < ORCHESTRATION_LIMIT))
    return checks


def render(results: list[dict[str, Any]]) -> str:
    head = (f"{'input':<11}{'size':>8}{'e2e/s':>9}" + "".join(f"{s + '/s':>12}" for s in STAGES)
            + f"{'wall s':>9}{'cores':>7}{'CPU ms':>8}{'orch.':>7}{'RSS MB':>8}{'tree MB':>9}{'wh MB':>8}"
            + f"{'trafil/s':>10}{'ratio':>7}")
    lines = ["", "Kabar benchmark (figures from a shared machine are noisy)", head, "-" * len(head)]
    for r in results:
        if "error" in r:
            lines.append(f"{r['format']:<11}{r['size']:>8}  {r['error']}")
            continue
        rates = "".join(f"{r['stage_rates'].get(s, 0):>12,.0f}" for s in STAGES)
        trafilatura = r.get("trafilatura_pages_per_s")
        ratio = f"{r['articles_per_s'] / trafilatura:>7.2f}" if trafilatura else f"{'':>7}"
        label = r["format"] + (f" {r['runner']}" if r.get("runner", "default") != "default" else "")
        cores = f"{r['cores_used']:>7.2f}" if r.get("cores_used") is not None else f"{'-':>7}"
        cpu = f"{r['cpu_ms_per_article']:>8.1f}" if r.get("cpu_ms_per_article") is not None else f"{'-':>8}"
        lines.append(f"{label:<11}{r['size']:>8,}{r['articles_per_s']:>9,.0f}{rates}{r['wall_seconds']:>9.1f}{cores}{cpu}"
                     f"{_share(r.get('orchestration_share')):>7}{r['peak_rss_mb']:>8.0f}{r['peak_rss_tree_mb']:>9.0f}"
                     f"{r['warehouse_mb']:>8.1f}{(trafilatura or 0):>10,.0f}{ratio}")
    lines += ["", "e2e/s: input articles per second of flow wall time (process start-up and Prefect server start "
              "excluded, shown in results.json); stage/s: articles entering the stage per second of that stage; "
              "cores: CPU seconds of the flow's process and its worker processes per second of wall time "
              "(2.00 = both cores of a 2-core machine busy throughout); CPU ms: CPU milliseconds of those "
              "processes per input article (text at 1,000/s on 2 cores allows at most 2.0; trafilatura alone "
              "spends 1,000 / trafil/s on one core); "
              "orch.: share of wall time outside Kabar's functions; RSS: peak of the flow process; tree: with "
              "its children (Prefect's server); ratio: Kabar HTML articles/s over trafilatura.extract pages/s.",
              "", "Targets:"]
    lines += [f"  {'PASS' if ok else 'FAIL'}  {name}: {measured}" for name, measured, ok in targets(results)]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
