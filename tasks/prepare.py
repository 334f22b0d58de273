"""Clean, then normalize: the work a batch needs before it reaches the flow's process, as one unit.

The two stages run back to back on each chunk of a batch in the same worker process (tasks/parallel.py),
so a chunk's cleaned articles never travel back to the flow's process and out again, and a batch's first
chunks come back normalized while its last ones are still being cleaned (a batch cleaned in full before
any of it was normalized waited behind the next batch's cleaning). Measured: the same speed, less memory
in the flow's process (docs/performance.md). The stages stay separate functions, each with its own
quarantine records and its own share of the time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tasks import clean, normalize
from tasks.models import NormalizedArticle, QuarantineRecord, RawDocument

if TYPE_CHECKING:  # tasks.incremental reads the warehouse: pandas and DuckDB stay out of the worker processes
    from tasks.incremental import LoadedInputs


@dataclass(slots=True)
class PreparedBatch:
    """A batch (or a chunk of one) cleaned and normalized, with what each stage quarantined."""

    normalized: list[NormalizedArticle] = field(default_factory=list)
    clean_problems: list[QuarantineRecord] = field(default_factory=list)
    normalize_problems: list[QuarantineRecord] = field(default_factory=list)
    cleaned: int = 0  # articles that came out of cleaning (and went into normalizing)
    clean_seconds: float = 0.0
    normalize_seconds: float = 0.0
    # source_uri of each input set aside unprocessed: its bytes were loaded by this release (tasks/incremental.py)
    already_loaded: list[str] = field(default_factory=list)


# How a batch is split into chunks and the chunks run (StagePool.map_chunks); results in the batch's order.
ChunkRunner = Callable[[Callable[[list[RawDocument]], PreparedBatch], Sequence[RawDocument]], list[PreparedBatch]]


def prepare_chunk(documents: list[RawDocument]) -> PreparedBatch:
    """Clean the documents, then normalize what cleaning kept; each stage timed on its own."""
    clock = time.perf_counter()
    cleaned, clean_problems = clean.clean_batch(documents)
    cleaned_at = time.perf_counter()
    normalized, normalize_problems = normalize.normalize_batch(cleaned)
    return PreparedBatch(normalized, clean_problems, normalize_problems, len(cleaned),
                         cleaned_at - clock, time.perf_counter() - cleaned_at)


def prepare_batch(documents: Sequence[RawDocument], run_chunks: ChunkRunner,
                  loaded: LoadedInputs | None = None) -> PreparedBatch:
    """The batch prepared chunk by chunk (in worker processes or not, as `run_chunks` decides); the inputs
    `loaded` holds (already loaded by this release, the same bytes) are set aside first, unprocessed.

    Chunks run side by side, so the seconds summed over chunks exceed the batch's wall time: the wall time
    is shared between the two stages in proportion to the time the chunks spent in each.
    """
    documents, known = loaded.split(documents) if loaded is not None else (documents, [])
    clock = time.perf_counter()
    parts = run_chunks(prepare_chunk, documents)
    wall = time.perf_counter() - clock
    batch = PreparedBatch(already_loaded=[document.source_uri for document in known])
    for part in parts:
        batch.normalized.extend(part.normalized)
        batch.clean_problems.extend(part.clean_problems)
        batch.normalize_problems.extend(part.normalize_problems)
        batch.cleaned += part.cleaned
        batch.clean_seconds += part.clean_seconds
        batch.normalize_seconds += part.normalize_seconds
    worked = batch.clean_seconds + batch.normalize_seconds
    if worked > 0:
        batch.clean_seconds, batch.normalize_seconds = (wall * batch.clean_seconds / worked,
                                                        wall * batch.normalize_seconds / worked)
    return batch
