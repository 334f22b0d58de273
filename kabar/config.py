"""Kabar's configuration, in one place.

Every setting has a default that works from a fresh clone; each can be overridden by an environment
variable (KABAR_<NAME>) and, for the ones the CLI exposes, by a command-line option (which wins).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = Path(__file__).resolve().parent / "reference"


def env_name(setting: str) -> str:
    """The environment variable that sets a setting: KABAR_<NAME>."""
    return f"KABAR_{setting.upper()}"


def _env(name: str, default: str) -> str:
    return os.environ.get(env_name(name), default)


@dataclass(frozen=True)
class Settings:
    """Run settings. Construct with Settings.from_env(**overrides)."""

    warehouse: Path = PROJECT_ROOT / "warehouse" / "news.duckdb"
    # Articles per task run: a task costs ~10 ms of orchestration and a Great Expectations run about 0.9 s
    # plus 0.5 ms an article, so work is batched, never per article. 1,000 rather than 2,000: the same
    # throughput within this machine's noise with two batches in flight (below), 30-60 MB less at the peak.
    batch_size: int = 1000
    # Batches read, cleaned and normalized before the oldest is finished (stories, validation, loading in the
    # flow's process). 2: the workers prepare the next batch while the flow's process finishes one, instead
    # of each side waiting for the other; measured on 2 cores with batches of 1,000 against one batch of
    # 2,000 at a time: 82-98 vs 102-104 text articles/s, 76-80 vs 71-75 HTML pages/s, peak 903-1,009 MB vs
    # 936-1,072 MB.
    batches_ahead: int = 2
    # Where batches are read, cleaned and normalized: "threads" (in the flow's process), "dask" (a local
    # Dask cluster of dask_workers processes) or "tcp://HOST:PORT" (an existing Dask scheduler).
    task_runner: str = "threads"
    dask_workers: int = 2
    # Worker processes that clean and normalize large batches (0: in the flow's process). The two stages are
    # pure Python, so a second core helps only from another process.
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    # Batches smaller than this are cleaned and normalized in the flow's process: a worker takes ~2 s to start.
    parallel_min_articles: int = 300
    # Inputs larger than this are quarantined unread: no news article is anywhere near it.
    max_input_bytes: int = 20 * 1024 * 1024
    # A batch whose share of articles rejected by critical expectations passes this fails the run.
    max_rejected_share: float = 0.5
    # ... judged only on batches of at least this many validated articles (one bad file is not a trend).
    min_articles_for_rejected_share: int = 10
    # Days either side of an article's publication day searched for articles of the same story.
    story_window_days: int = 3
    # Seconds to wait for the warehouse when another process holds its write lock.
    lock_wait_seconds: float = 30.0
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "extra":
                continue
            raw = os.environ.get(env_name(f.name))
            if raw is not None:
                values[f.name] = _coerce(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "warehouse" in values:
            values["warehouse"] = Path(str(values["warehouse"]))
        return cls(**values)  # type: ignore[arg-type]


def _coerce(name: str, raw: str) -> object:
    numeric = {"batch_size": int, "max_input_bytes": int, "story_window_days": int, "batches_ahead": int,
               "dask_workers": int, "workers": int, "parallel_min_articles": int,
               "min_articles_for_rejected_share": int,
               "max_rejected_share": float, "lock_wait_seconds": float}
    if name in numeric:
        try:
            return numeric[name](raw)
        except ValueError as exc:
            raise ValueError(f"{env_name(name)}={raw!r} is not a valid {numeric[name].__name__}") from exc
    return raw


def prepare_prefect_environment() -> None:
    """Embedded Prefect with a project-local home and no telemetry, unless the user chose otherwise.

    Must run before `import prefect`: Prefect reads these when it is imported.
    """
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # A cold ephemeral server runs its migrations first; on a busy 2-core machine that can pass 20 s.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", _env("log_level", "INFO"))
