"""The benchmark corpus: deterministic, varied, and made of articles the pipeline reads and loads."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from kabar.benchmark.corpus import MAX_WORDS, MIN_WORDS, generate
from tasks.clean import clean_batch
from tasks.ingest import ingest_files
from tasks.normalize import normalize_batch
from tasks.validate import ValidationReport


def _digest(folder: Path) -> str:
    files = sorted(folder.rglob("*.*"))
    return hashlib.sha256(b"".join(f.name.encode() + f.read_bytes() for f in files)).hexdigest()


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", 30, "txt", seed=3)
    generate(tmp_path / "b", 30, "txt", seed=3)
    generate(tmp_path / "c", 30, "txt", seed=4)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")


def test_lengths_outlets_and_groups_vary(tmp_path: Path) -> None:
    stats = generate(tmp_path / "txt", 400, "txt", seed=11)
    assert stats.articles == 400 == len(list((tmp_path / "txt").rglob("*.txt")))
    assert stats.min_words >= MIN_WORDS and stats.max_words <= MAX_WORDS
    assert stats.max_words - stats.min_words > 500
    assert stats.events < 300  # events are reported by several articles
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "txt").rglob("*.txt"))]
    for marker in ("Baca juga:", "KOMPAS.com - ", "(ANTARA) - ", "WIB", "Sumber: https://", "\u201c", "kemarin"):
        assert any(marker in t for t in texts), marker


def test_html_pages_carry_metadata_and_page_furniture(tmp_path: Path) -> None:
    generate(tmp_path / "html", 20, "html", seed=5)
    pages = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "html").rglob("*.html"))]
    assert len(pages) == 20
    assert all('<link rel="canonical"' in p and "<nav>" in p and "<footer>" in p for p in pages)
    assert any("article:published_time" in p for p in pages) and any("application/ld+json" in p for p in pages)


def test_articles_clean_and_normalize_with_entities_dates_and_quotes(tmp_path: Path) -> None:
    generate(tmp_path / "txt", 40, "txt", seed=21)
    read = ingest_files(sorted((tmp_path / "txt").rglob("*.txt")), 10_000_000)
    cleaned, problems = clean_batch(read.documents)
    normalized, failures = normalize_batch(cleaned)
    assert not problems and not failures and len(normalized) == len(read.documents)
    assert sum(a.published_date is not None for a in normalized) >= 0.8 * len(normalized)
    assert all(a.mentions for a in normalized)
    assert sum(bool(a.quotes) for a in normalized) >= 0.8 * len(normalized)
    assert sum(bool(a.dates) for a in normalized) >= 0.8 * len(normalized)
    curated = Counter(e.curated for a in normalized for e in a.entities)
    assert curated[True] and curated[False]  # gazetteer entities and discovered (invented) people


@pytest.mark.flow
def test_the_nightly_flow_loads_a_generated_corpus(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import NightlyParameters, nightly

    generate(tmp_path / "in" / "txt", 60, "txt", seed=9)
    generate(tmp_path / "in" / "html", 20, "html", seed=10)  # another seed: other URLs than the txt files
    warehouse = tmp_path / "w.duckdb"
    summary = nightly(NightlyParameters(input_path=str(tmp_path / "in"), warehouse=str(warehouse)))
    assert summary.status == "completed" and summary.files_found == 80
    assert summary.loaded >= 0.75 * (summary.read - summary.duplicates_in_run)
    assert all(reason.startswith(("load:duplicate", "validate:expectation")) for reason in summary.quarantined)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles, stories = con.execute("SELECT count(*), count(DISTINCT story_id) FROM articles").fetchone()
        quotes = con.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert stories < articles and quotes > 0  # articles about one event share a story


def test_benchmark_counts_time_in_flow_level_methods_as_kabar_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Time the flow spends in a helper's method (spooling validation results) is Kabar's, not Prefect's."""
    import importlib

    import flows.nightly
    from kabar.benchmark import measure
    from tasks import datadocs

    for module_name, names in measure.FLOW_LEVEL_FUNCTIONS.items():  # put everything back after the test
        module = importlib.import_module(module_name)
        for name in names:
            owner: object = module
            *path, attribute = name.split(".")
            for part in path:
                owner = getattr(owner, part)
            if hasattr(owner, attribute):
                monkeypatch.setattr(owner, attribute, getattr(owner, attribute))
    for task in [v for v in vars(flows.nightly).values() if hasattr(v, "fn") and hasattr(v, "name")]:
        monkeypatch.setattr(task, "fn", task.fn)
    clock = measure.KabarClock()
    measure.instrument(flows.nightly, clock)
    with datadocs.ValidationLog(run_name="r", keep_results=False) as log:
        log.summaries()
        assert "ValidationLog.add" not in clock.per_task
        log.add(ValidationReport(outcomes=[], rejected={}))
    assert clock.per_task["ValidationLog.add"] > 0


def test_cpu_seconds_count_worker_processes_once_they_are_waited_for() -> None:
    """The bench's "cores" figure must include the run's worker processes, not only the flow's process."""
    import subprocess
    import sys

    from kabar.benchmark.measure import cpu_seconds

    before = cpu_seconds()
    subprocess.run([sys.executable, "-c", "import time\nend = time.process_time() + 0.4\n"
                    "while time.process_time() < end: pass"], check=True)
    assert cpu_seconds() - before >= 0.35  # the child's 0.4 s of CPU, reaped by subprocess.run


def test_bench_table_shows_cpu_per_article_after_the_cores() -> None:
    """Wall time swings with the machine's load; CPU per article is the figure releases are compared by."""
    import importlib.util

    from kabar.config import PROJECT_ROOT

    spec = importlib.util.spec_from_file_location("kabar_bench_script", PROJECT_ROOT / "scripts" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    measured = {"format": "txt", "size": 10_000, "articles_per_s": 150.0, "stage_rates": {}, "wall_seconds": 66.7,
                "cores_used": 1.70, "cpu_ms_per_article": 11.34, "orchestration_share": 0.02, "peak_rss_mb": 700.0,
                "peak_rss_tree_mb": 1400.0, "warehouse_mb": 71.0}
    lines = bench.render([measured, {**measured, "format": "html", "cpu_ms_per_article": None}]).splitlines()
    header = next(line for line in lines if line.startswith("input"))
    text_row = next(line for line in lines if line.startswith("txt"))
    html_row = next(line for line in lines if line.startswith("html"))
    column = header.index("CPU ms") + len("CPU ms")
    assert text_row[:column].endswith("   1.70    11.3")
    assert html_row[:column].endswith("   1.70       -")
