"""Cleaning and normalizing in worker processes gives exactly what the flow's own process gives."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tasks import ingest, prepare
from tasks.parallel import StagePool, _chunks
from tests.test_dask import fingerprint

ANNOTATED = Path(__file__).resolve().parent.parent / "samples" / "annotated"


def _documents() -> list:
    return ingest.ingest_files(ingest.discover(ANNOTATED).files, 20 * 1024 * 1024).documents


def test_chunks_keep_every_item_in_order() -> None:
    items = list(range(23))
    for count in (1, 2, 5, 8, 23, 40):
        chunks = _chunks(items, count)
        assert len(chunks) <= count
        assert [i for chunk in chunks for i in chunk] == items


def test_workers_clean_and_normalize_like_one_process() -> None:
    documents = _documents()
    assert len(documents) >= 40
    with StagePool(workers=2, min_items=0) as pool:
        prepared = prepare.prepare_batch(documents, pool.map_chunks)
        assert pool.started
    expected = prepare.prepare_chunk(documents)
    assert prepared.normalized == expected.normalized
    assert (prepared.clean_problems, prepared.normalize_problems) == (expected.clean_problems, [])
    assert prepared.cleaned == expected.cleaned == len(expected.normalized)
    assert all(a.story_terms for a in prepared.normalized)  # computed in the worker, not left for the flow's process


def test_small_batches_stay_in_process() -> None:
    with StagePool(workers=2, min_items=100) as pool:
        prepared = prepare.prepare_batch(_documents()[:5], pool.map_chunks)
        assert not pool.started
    assert len(prepared.normalized) == 5


def _die_in_a_worker(items: list[int]) -> list[int]:
    if multiprocessing.parent_process() is not None:
        os._exit(1)  # a worker killed mid-chunk (OOM killer, SIGKILL)
    return [i * 2 for i in items]


def test_a_dead_worker_loses_nothing() -> None:
    with StagePool(workers=2, min_items=0) as pool:
        chunks = pool.map_chunks(_die_in_a_worker, list(range(50)))
        assert [i for chunk in chunks for i in chunk] == [i * 2 for i in range(50)]
        # The pool is not used again for the run: the next batch goes straight to the flow's process.
        assert pool.map_chunks(_die_in_a_worker, [1, 2]) == [[2, 4]]
        assert not pool.started


@pytest.mark.flow
def test_flow_with_workers_and_batches_ahead_builds_the_same_warehouse(
        prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.nightly import NightlyParameters, nightly

    corpus = tmp_path / "annotated"
    shutil.copytree(ANNOTATED, corpus, ignore=shutil.ignore_patterns("*.json"))
    in_process, with_workers = tmp_path / "one.duckdb", tmp_path / "workers.duckdb"
    # One batch at a time in the flow's process, then workers with batches prepared ahead of loading: stories
    # and loading must still take the batches in order, so both warehouses are the same.
    monkeypatch.setenv("KABAR_WORKERS", "0")
    monkeypatch.setenv("KABAR_BATCHES_AHEAD", "1")
    first = nightly(NightlyParameters(input_path=str(corpus), warehouse=str(in_process), batch_size=20))
    monkeypatch.setenv("KABAR_WORKERS", "2")
    monkeypatch.setenv("KABAR_PARALLEL_MIN_ARTICLES", "1")
    monkeypatch.setenv("KABAR_BATCHES_AHEAD", "3")
    second = nightly(NightlyParameters(input_path=str(corpus), warehouse=str(with_workers), batch_size=20))
    assert first.status == second.status == "completed"
    assert first.loaded == second.loaded >= 40
    assert fingerprint(with_workers) == fingerprint(in_process)


# What the flow's process needs and a worker does not: together ~90 MB in every worker (pandas ~75, DuckDB ~14).
_FLOW_ONLY_MODULES = ("pandas", "duckdb", "pyarrow", "great_expectations", "prefect")


def test_a_worker_process_imports_none_of_the_flow_only_libraries() -> None:
    # What a spawned worker runs: the CLI's module as its __main__ (`kabar run`), the warm-up, then chunks.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import kabar.cli\n"
        "from tasks import ingest, parallel, prepare\n"
        "parallel._warm_worker()\n"
        f"found = ingest.discover(Path({str(ANNOTATED)!r})).files[:5]\n"
        "prepared = prepare.prepare_chunk(ingest.ingest_files(found, 20 * 1024 * 1024).documents)\n"
        "assert prepared.normalized\n"
        f"print(' '.join(m for m in {_FLOW_ONLY_MODULES!r} if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=ANNOTATED.parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
