"""Measurements for the benchmark: time inside Kabar's own code, peak memory, and profiles.

Orchestration share = (wall time of the flow - time spent inside Kabar's functions) / wall time. Kabar's
time is the union of the intervals spent in the Prefect task functions of flows.nightly and in the plain
functions the flow calls between tasks (tables, validation rules, snapshot, schema, run records): time
that is neither is Prefect's (task and flow run bookkeeping, state changes, API calls) or the interpreter's.
Intervals are unioned, so nested calls and tasks running concurrently on several threads count once.

Cores used = CPU seconds of the flow's process and of its worker processes during the run / wall time: how
much of the machine the run kept busy (2.0 = both cores of this machine, all the time).

Profiles are taken inside those same functions, per call and per thread (cProfile sees only the thread
that enables it), and merged, so they also work when tasks run in a thread pool.
"""

from __future__ import annotations

import cProfile
import functools
import importlib
import pstats
import resource
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import psutil

# Functions the flow calls outside its tasks (names that do not exist are skipped: the flow may change).
FLOW_LEVEL_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "tasks.tables": ("build_tables", "select_articles", "payload_frame", "quarantine_frame"),
    "tasks.validate": ("rejections", "check_rejected_share"),
    "tasks.replay": ("in_window",),
    "tasks.load": ("one_per_article",),
    "tasks.memory": ("limit_arenas", "release_freed_memory"),
    "tasks.stories": ("features_frame", "loaded_candidates"),
    "tasks.datadocs": ("build_data_docs", "validation_markdown", "ValidationLog.add", "ValidationLog.build_data_docs"),
    "tasks.runs": ("record_start", "record_finish", "stage_lines", "stage_table", "night_markdown",
                   "warehouse_size"),
    "warehouse.schema": ("connect", "migrate"),
    "warehouse.snapshot": ("start_working_copy", "publish", "discard_working_copy"),
}


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of the child processes it has waited for.

    The run's worker processes are waited for when its pool closes, at the end of the run, so a difference
    taken around a run counts them; Prefect's server process, still running, is not counted."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass(slots=True)
class KabarClock:
    """Intervals spent in Kabar's code, per task name, and optional merged profiles."""

    profile: bool = False
    intervals: list[tuple[float, float]] = field(default_factory=list)
    per_task: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    profiles: list[cProfile.Profile] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            outermost = not getattr(self._local, "inside", False)
            profiler = cProfile.Profile() if self.profile and outermost else None
            self._local.inside = True
            start = time.perf_counter()
            try:
                if profiler is not None:
                    return profiler.runcall(fn, *args, **kwargs)
                return fn(*args, **kwargs)
            finally:
                end = time.perf_counter()
                if outermost:
                    self._local.inside = False
                    self._record(name, start, end, profiler)

        return timed

    def _record(self, name: str, start: float, end: float, profiler: cProfile.Profile | None) -> None:
        with self._lock:
            self.intervals.append((start, end))
            self.per_task[name] += end - start
            if profiler is not None:
                self.profiles.append(profiler)

    def seconds_within(self, start: float, end: float) -> float:
        """Length of the union of the recorded intervals, clipped to [start, end]."""
        total, reach = 0.0, start
        for a, b in sorted(self.intervals):
            a, b = max(a, reach), min(b, end)
            if b > a:
                total += b - a
                reach = b
        return total

    def stats(self) -> pstats.Stats | None:
        if not self.profiles:
            return None
        merged = pstats.Stats(self.profiles[0])
        for profiler in self.profiles[1:]:
            merged.add(profiler)
        return merged


def instrument(flow_module: Any, clock: KabarClock) -> int:
    """Wrap the task functions of the flow module and the flow-level helpers; returns how many."""
    from prefect import Task

    wrapped = 0
    for value in vars(flow_module).values():
        if isinstance(value, Task) and not getattr(value.fn, "_kabar_timed", False):
            value.fn = clock.wrap(value.name, value.fn)
            value.fn._kabar_timed = True  # type: ignore[attr-defined]
            wrapped += 1
    for module_name, names in FLOW_LEVEL_FUNCTIONS.items():
        module = importlib.import_module(module_name)
        for name in names:
            owner: Any = module
            *path, attribute = name.split(".")  # "Class.method" wraps a method
            for part in path:
                owner = getattr(owner, part, None)
            fn = getattr(owner, attribute, None)
            if callable(fn) and not getattr(fn, "_kabar_timed", False):
                timed = clock.wrap(name, fn)
                timed._kabar_timed = True  # type: ignore[attr-defined]
                setattr(owner, attribute, timed)
                wrapped += 1
    return wrapped


class RssSampler:
    """Peak resident memory of this process and of this process with its children (the Prefect server)."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak_self = 0
        self.peak_tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            self.sample(me)
            self._stop.wait(self.interval)
        self.sample(me)

    def sample(self, me: psutil.Process) -> None:
        own = me.memory_info().rss
        tree = own
        for child in me.children(recursive=True):
            try:
                tree += child.memory_info().rss
            except psutil.Error:
                continue
        self.peak_self, self.peak_tree = max(self.peak_self, own), max(self.peak_tree, tree)


def module_of(filename: str) -> str:
    """A readable module name for a profiled file: tasks/clean.py, trafilatura, pandas, <built-in>..."""
    if filename.startswith("~") or filename.startswith("<"):
        return "<built-in>"
    parts = filename.replace("\\", "/").split("/")
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].removesuffix(".py")
    for root in ("tasks", "flows", "warehouse", "kabar", "expectations"):
        if root in parts:
            return "/".join(parts[parts.index(root):])
    return parts[-1]


def by_module(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Own time (tottime) summed per module, largest first."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        totals[module_of(filename)] += tottime
    return sorted(totals.items(), key=lambda item: -item[1])


def top_functions(stats: pstats.Stats, key: str = "tottime", limit: int = 25,
                  only: Iterable[str] = ()) -> list[tuple[str, int, float, float]]:
    """(module:function, calls, tottime, cumtime) of the heaviest functions, optionally of some modules."""
    wanted = tuple(only)
    rows = []
    for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        module = module_of(filename)
        if wanted and not module.startswith(wanted):
            continue
        rows.append((f"{module}:{line}:{name}", calls, tottime, cumtime))
    index = 2 if key == "tottime" else 3
    return sorted(rows, key=lambda r: -r[index])[:limit]
