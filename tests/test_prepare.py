"""Cleaning then normalizing a batch in chunks: each stage's quarantine and share of the time kept apart."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from tasks import normalize, prepare
from tasks.models import RawDocument
from tests.test_clean import PARAGRAPHS, kompas_style, raw


def _in_chunks_of(size: int) -> prepare.ChunkRunner:
    """Runs chunks in this process, the way StagePool.map_chunks splits a batch among workers."""
    def run(function: Callable[[list[RawDocument]], prepare.PreparedBatch],
            items: Sequence[RawDocument]) -> list[prepare.PreparedBatch]:
        items = list(items)
        return [function(items[i:i + size]) for i in range(0, len(items), size)]
    return run


def test_each_stage_quarantines_its_own_failures_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = normalize.normalize_article

    def fails_on_one(article):  # type: ignore[no-untyped-def]
        if article.source_name == "breaks-normalize.txt":
            raise ValueError("a resolver bug")
        return real(article)

    monkeypatch.setattr(normalize, "normalize_article", fails_on_one)
    documents = [raw(kompas_style(), "a.txt"), raw("Baca juga: Sesuatu\nBagikan artikel ini melalui", "only-ads.txt"),
                 raw("\n\n".join(PARAGRAPHS), "breaks-normalize.txt"), raw(kompas_style(), "b.txt")]
    prepared = prepare.prepare_batch(documents, _in_chunks_of(2))
    assert [a.clean.source_name for a in prepared.normalized] == ["a.txt", "b.txt"]
    assert [(p.source_uri, p.stage, p.reason) for p in prepared.clean_problems] == [
        ("/in/only-ads.txt", "clean", "no_body")]
    assert [(p.source_uri, p.stage, p.reason) for p in prepared.normalize_problems] == [
        ("/in/breaks-normalize.txt", "normalize", "normalize_error")]
    assert prepared.cleaned == 3


def test_chunked_batch_equals_one_chunk() -> None:
    documents = [raw(kompas_style(), f"{i}.txt") for i in range(5)]
    chunked = prepare.prepare_batch(documents, _in_chunks_of(2))
    whole = prepare.prepare_chunk(documents)
    assert chunked.normalized == whole.normalized and chunked.cleaned == whole.cleaned == 5


def test_the_batch_wall_time_is_shared_between_the_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks run side by side in workers: their summed seconds would count the same wall time twice."""
    def side_by_side(function: Callable[[list[RawDocument]], prepare.PreparedBatch],
                     items: Sequence[RawDocument]) -> list[prepare.PreparedBatch]:
        # two workers, each busy for the batch's 0.2 s: 0.05 s cleaning, 0.15 s normalizing
        return [prepare.PreparedBatch(cleaned=1, clean_seconds=0.05, normalize_seconds=0.15) for _ in range(2)]

    clock = iter([100.0, 100.2])  # the batch starts, the batch ends
    monkeypatch.setattr(prepare.time, "perf_counter", lambda: next(clock))
    prepared = prepare.prepare_batch([], side_by_side)
    assert prepared.clean_seconds == pytest.approx(0.05)  # a quarter of the wall time, not the 0.1 s summed
    assert prepared.normalize_seconds == pytest.approx(0.15)
    assert prepared.cleaned == 2
