"""The pipeline's stages without Prefect, in one thread, batch by batch: clean per-stage costs and profiles.

A profile taken inside the flow is distorted when tasks run on several threads: cProfile charges a
function the wall time it spends waiting for the GIL held by another thread. Here the same functions the
flow's tasks call run one after the other in the main thread, so a profile says where the CPU goes.
"""

from __future__ import annotations

import cProfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from tasks import clean, ingest, load, normalize, runs, stories, tables, validate
from warehouse import schema

T = TypeVar("T")
WINDOW_DAYS = 3


def run_stages(corpus: Path, warehouse: Path, batch_size: int = 500,
               profiler: cProfile.Profile | None = None) -> dict[str, Any]:
    """Process the corpus into a fresh warehouse; returns seconds per stage and counts."""
    for leftover in warehouse.parent.glob(warehouse.name + "*"):
        leftover.unlink()
    seconds: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    files = ingest.discover(corpus).files
    window = load.StoryWindow(WINDOW_DAYS)
    with schema.connect(warehouse) as con:
        schema.migrate(con)
        for start in range(0, len(files), batch_size):
            _batch(con, files[start:start + batch_size], window, seconds, counts, profiler)
    return {"files": len(files), "seconds": dict(seconds), "counts": dict(counts)}


def _batch(con: Any, files: list[Path], window: load.StoryWindow, seconds: dict[str, float], counts: dict[str, int],
           profiler: cProfile.Profile | None) -> None:
    def step(stage: str, fn: Callable[..., T], *args: Any) -> T:
        clock = time.perf_counter()
        result = profiler.runcall(fn, *args) if profiler is not None else fn(*args)
        seconds[stage] += time.perf_counter() - clock
        return result

    read = step("ingest", ingest.ingest_files, files, 20 * 1024 * 1024)
    cleaned, _ = step("clean", clean.clean_batch, read.documents)
    normalized, _ = step("normalize", normalize.normalize_batch, cleaned)
    neighbours = step("stories", window.neighbours, con, [a.published_date for a in normalized])
    step("stories", stories.assign_batch, normalized, neighbours, WINDOW_DAYS)
    built = step("tables", tables.build_tables, normalized, "run-bench")
    changes = step("diff", load.diff_batch, con, built["articles"])
    chosen = step("tables", tables.select_articles, built, changes.new + changes.changed)
    report = step("validate", validate.validate_tables, chosen)
    accepted = [a for a in changes.new + changes.changed if a not in report.rejected]
    final = step("tables", tables.select_articles, chosen, accepted)
    payloads = step("tables", tables.payload_frame, read.documents)
    quarantine = step("tables", tables.quarantine_frame, validate.rejections(chosen["articles"], report), "run-bench")
    step("load", load.write_batch, con, final, payloads, quarantine)
    accepted_ids = set(accepted)
    loaded = [a for a in normalized if a.article_id in accepted_ids]
    features = step("stories", stories.features_frame, loaded)
    step("load", stories.write_features, con, features)
    step("stories", window.remember, stories.loaded_candidates(loaded))
    step("load", runs.record_validation, con, "run-bench", report.outcomes)
    counts["read"] += len(read.documents)
    counts["loaded"] += len(accepted)
