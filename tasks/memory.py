"""Giving a finished batch's memory back to the operating system.

A run holds one or two batches at a time, and what it frees should not stay resident. CPython and the
libraries it calls (pandas, numpy, parts of DuckDB) allocate through glibc's malloc, which keeps freed
memory in per-thread arenas instead of returning it, and a run has many threads (Prefect's task threads,
DuckDB's). So the flow caps the number of arenas when it starts and trims the heap after each batch. Both
are glibc calls; elsewhere (macOS, musl) they do nothing. (The large spikes of a long run were DuckDB's
checkpoints merging row groups: see ROW_GROUP_SIZE in warehouse/schema.py.)
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

# mallopt's parameter for the number of arenas (glibc's malloc.h).
_M_ARENA_MAX = -8
# Arenas for the whole process: glibc's default is eight per core, each holding on to what it freed.
ARENAS = 2


@cache
def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim, libc.mallopt  # noqa: B018 - both exist only in glibc
    except (OSError, AttributeError):
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap malloc's arenas (takes effect for threads that have not allocated yet). True when applied."""
    libc = _glibc()
    return bool(libc and libc.mallopt(_M_ARENA_MAX, arenas) == 1)


def release_freed_memory() -> bool:
    """Hand the heap's free pages back to the OS (a few milliseconds). True when some were.

    No gc.collect() here: a batch's objects are freed by reference counting as soon as it is done, and a
    full collection over the run's half a million objects would cost a few tenths of a second a batch."""
    libc = _glibc()
    return bool(libc and libc.malloc_trim(0) == 1)
