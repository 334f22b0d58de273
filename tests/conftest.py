"""Shared fixtures: one Prefect test harness per session, and a warehouse built from the seed articles."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kabar.config import PROJECT_ROOT, prepare_prefect_environment
from tests.hostile_server import HostileServer

SEEDS = PROJECT_ROOT / "samples" / "seeds"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API and database for the whole session (started once: it costs seconds)."""
    prepare_prefect_environment()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """The hostile local web server (tests/hostile_server.py), one per test: its request log starts empty."""
    with HostileServer() as running:
        yield running


@pytest.fixture(scope="session")
def seed_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled seed articles (tests may not touch the repository's copy)."""
    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def seed_warehouse(prefect_harness: None, seed_input: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse the nightly flow builds from the seed articles."""
    from flows.nightly import NightlyParameters, nightly

    warehouse = tmp_path_factory.mktemp("warehouse") / "news.duckdb"
    summary = nightly(NightlyParameters(input_path=str(seed_input), warehouse=str(warehouse)))
    assert summary.status == "completed"
    return warehouse
