"""Cleaning and normalizing a batch across worker processes.

Both stages are pure Python and hold the GIL, so threads give them no second core: only processes do. A
`StagePool` splits a batch into chunks, runs a function on each chunk in its worker processes and returns
the chunks' results in the batch's order (tasks/prepare.py joins them), so the output is exactly what the
function gives on the whole batch in one process (each article is cleaned and normalized on its own;
tests/test_parallel.py compares).

Workers are started with "spawn", never "fork": the flow's process runs threads (Prefect's, DuckDB's) and a
forked child can inherit a lock held by one of them. A spawned worker imports only the stage modules and
warms their reference data once (about 2 s), so a pool starts only when a batch is large enough to repay
it; a small run (the bundled samples, most tests) never starts one. A worker that dies (killed, out of
memory) breaks the pool: the chunk is then processed in the flow's process and the pool is not used again
for the run, so a run never loses a batch to a dead worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Self, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
# Chunks per worker: more than one evens out chunks of unequal articles, few keep the pickling overhead low.
CHUNKS_PER_WORKER = 4


def default_workers() -> int:
    """One worker per core: the flow's own process mostly waits on them or on DuckDB."""
    return os.cpu_count() or 1


class StagePool:
    """Worker processes for the CPU-bound stages of one run (a context manager; started on first use)."""

    def __init__(self, workers: int, min_items: int) -> None:
        self.workers = max(0, workers)
        self.min_items = min_items  # batches smaller than this run in the flow's process
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False
        self._starting = threading.Lock()  # clean and normalize of two batches may ask at the same time

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    # Sent to a Dask worker, the pool travels as an in-process one: a Dask cluster is the parallelism there.
    def __reduce__(self) -> tuple[type[StagePool], tuple[int, int]]:
        return StagePool, (0, self.min_items)

    @property
    def started(self) -> bool:
        return self._executor is not None

    def takes(self, count: int) -> bool:
        """Whether a batch of `count` items goes to the workers (smaller ones run in the flow's process)."""
        return self.workers > 0 and not self._broken and count >= max(self.min_items, 2)

    def map_chunks(self, function: Callable[[list[Any]], R], items: Sequence[Any]) -> list[R]:
        """`function` on consecutive chunks of `items`, in the workers when the batch is large enough (one
        chunk, in this process, when it is not); the results in the chunks' order."""
        items = list(items)
        if not self.takes(len(items)):
            return [function(items)]
        chunks = _chunks(items, self.workers * CHUNKS_PER_WORKER)
        try:
            futures = [self._ensure_started().submit(function, chunk) for chunk in chunks]
            return [future.result() for future in futures]
        except BrokenProcessPool as exc:
            logger.warning("a worker process died (%s): this batch and the rest of the run are processed in the "
                           "flow's process", exc)
            self._broken = True
            self.close()
            return [function(items)]

    def _ensure_started(self) -> ProcessPoolExecutor:
        with self._starting:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(max_workers=self.workers,
                                                     mp_context=multiprocessing.get_context("spawn"),
                                                     initializer=_warm_worker)
            return self._executor


def _chunks(items: list[T], count: int) -> list[list[T]]:
    """`items` in at most `count` contiguous chunks of near-equal size, in order."""
    size = -(-len(items) // max(1, count))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _warm_worker() -> None:
    """Load the stages' reference data (gazetteer automaton, word frequencies, language model) once per worker
    instead of inside the first chunk's timing."""
    from tasks import language, prepare
    from tasks.entities import curated

    curated()
    language.detect_language("warm up " * 20)
    prepare.prepare_chunk([])
