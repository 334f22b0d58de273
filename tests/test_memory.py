"""A finished batch's memory goes back to the operating system (tasks/memory.py)."""

from __future__ import annotations

import psutil
import pytest

from tasks import memory

glibc_only = pytest.mark.skipif(memory._glibc() is None, reason="malloc_trim and mallopt are glibc's")


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


@glibc_only
def test_freed_batch_memory_is_returned_after_the_batch() -> None:
    """Freed blocks in the middle of the heap stay resident until trimmed: what made a long run's memory creep."""
    blocks = [bytearray(4000) for _ in range(50_000)]  # ~200 MB through malloc (too large for Python's pools)
    keep = blocks[-1]  # a live block at the top of the heap: freeing the rest cannot simply shrink the heap
    before_free = _rss_mb()
    del blocks
    held = _rss_mb()
    assert memory.release_freed_memory() is True
    after = _rss_mb()
    assert before_free - held < 50  # freed, yet still resident
    assert held - after > 100  # handed back
    assert len(keep) == 4000


@glibc_only
def test_arenas_can_be_capped() -> None:
    assert memory.limit_arenas() is True


def test_without_glibc_both_are_harmless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.limit_arenas() is False
    assert memory.release_freed_memory() is False
