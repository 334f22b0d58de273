"""What a run's validation looked like: Great Expectations Data Docs on disk, and a markdown summary.

The flow validates each batch in memory (tasks/validate.py) and hands each report to a `ValidationLog`, which
counts it and spools GX's suite results to disk, so a run of any length holds a few counters, not its
reports. At the end of a run the log renders the results with GX's own site builder into a folder (by default
`<warehouse dir>/data_docs/`): one page per suite and batch, a page per suite listing its rules with their
severity, and GX's index. `validation_markdown` summarises the same counts for a Prefect markdown artifact.

Data Docs pages load Bootstrap, jQuery and fonts from CDNs: opened offline they render unstyled but complete
(every table and value is in the HTML).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tasks import validate
from tasks.validate import CRITICAL, RELATIONS, ValidationReport

SITE_NAME = "kabar"
# What the GX site builder writes into its folder; only these are replaced on a rebuild, never the folder.
_SITE_ENTRIES = ("index.html", "validations", "expectations", "static")


def default_folder(warehouse: Path) -> Path:
    """Where a run's Data Docs go: next to the warehouse file."""
    return warehouse.parent / "data_docs"


def build_data_docs(reports: ValidationReport | Iterable[ValidationReport], folder: Path,
                    *, run_name: str = "kabar-run") -> Path:
    """Render validation reports as GX Data Docs in `folder`; returns the index.html path.

    The folder is rebuilt on every run (the previous run's pages are replaced: the history of every run is in
    the warehouse's validation_results). Batches appear as `batch-1`, `batch-2`, ... in report order.
    """
    batch = [reports] if isinstance(reports, ValidationReport) else reports
    with ValidationLog(run_name=run_name) as log:
        for report in batch:
            log.add(report)
        return log.build_data_docs(folder)


class ValidationLog:
    """A run's validation, in memory that does not grow with the run: each batch's report is folded into
    per-suite counts as it arrives, and GX's results (about 0.6 MB a batch in memory) are written to a spool
    folder on disk, from which the Data Docs are rendered at the end of the run. A context manager: the spool
    is removed on exit."""

    def __init__(self, *, run_name: str, keep_results: bool = True) -> None:
        self.run_name = run_name  # names the run in the Data Docs
        self.batches = 0
        self.validated = 0
        self.rejected = 0
        self._summaries = {relation: SuiteSummary(relation) for relation in RELATIONS}
        self._names: dict[str, set[str]] = defaultdict(set)
        self._keep_results = keep_results
        self._spool: tempfile.TemporaryDirectory[str] | None = None
        self._context: Any = None

    def __enter__(self) -> ValidationLog:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._context = None
        if self._spool is not None:
            self._spool.cleanup()
            self._spool = None

    @property
    def spool_folder(self) -> Path | None:
        """Where GX's results wait for the Data Docs (None until there were results to keep)."""
        return Path(self._spool.name) if self._spool is not None else None

    def add(self, report: ValidationReport) -> None:
        """Count one batch's report and spool its GX results; the log keeps no reference to the report."""
        self.batches += 1
        self.validated += len(report.validated)
        self.rejected += len(report.rejected)
        _fold(self._summaries, self._names, report)
        if self._keep_results and report.suite_results:
            context = self._results_context()
            for suite_result in report.suite_results.values():
                _store(context, suite_result, self.run_name, f"batch-{self.batches}", report)

    def summaries(self) -> list[SuiteSummary]:
        """Per suite, in RELATIONS order: what was evaluated, what failed, how many articles were rejected."""
        for suite, names in self._names.items():
            self._summaries[suite].expectations = len(names)
        return list(self._summaries.values())

    def build_data_docs(self, folder: Path) -> Path:
        """Render the spooled results into `folder`, replacing the previous run's pages (with no results, the
        site still shows the suites' rules: an older run's pages left in place would pass for this run's)."""
        folder.mkdir(parents=True, exist_ok=True)
        _clear_site(folder)
        context = self._results_context()
        context.add_data_docs_site(site_name=SITE_NAME, site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(folder)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
        context.build_data_docs(site_names=[SITE_NAME])
        return folder / "index.html"

    def _results_context(self) -> Any:
        if self._context is None:
            remove_orphaned_spools()
            self._spool = tempfile.TemporaryDirectory(prefix=f"{_SPOOL_PREFIX}{os.getpid()}-")
            self._context = _docs_context(Path(self._spool.name))
        return self._context


_SPOOL_PREFIX = "kabar-validation-"
_SPOOL_NAME = re.compile(re.escape(_SPOOL_PREFIX) + r"(\d+)-")


def remove_orphaned_spools(folder: Path | None = None) -> list[Path]:
    """Remove the spools of runs whose process is gone (a run killed before it could clean up); returns them.

    A spool's name carries its process id. Only this user's folders are touched, never through a link, and a
    spool whose process is alive (or belongs to someone else) is left alone.
    """
    removed = []
    with os.scandir(folder or tempfile.gettempdir()) as entries:
        for entry in entries:
            found = _SPOOL_NAME.match(entry.name)
            if not found or not entry.is_dir(follow_symlinks=False):
                continue
            if entry.stat(follow_symlinks=False).st_uid != os.getuid() or _process_alive(int(found.group(1))):
                continue
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _clear_site(folder: Path) -> None:
    for name in _SITE_ENTRIES:
        entry = folder / name
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink(missing_ok=True)


def _docs_context(spool: Path) -> Any:
    """A throwaway GX context whose stores are files in `spool`, holding Kabar's suites."""
    import great_expectations as gx  # seconds to import: only when docs are wanted
    from great_expectations.data_context.types.base import DataContextConfig, FilesystemStoreBackendDefaults

    config = DataContextConfig(store_backend_defaults=FilesystemStoreBackendDefaults(root_directory=str(spool)),
                               data_docs_sites={})
    context = gx.get_context(mode="ephemeral", project_config=config)
    for relation, specs in validate.load_suites().items():
        expectations = [validate._gx_expectation(gx, spec) for spec in specs]
        context.suites.add(gx.ExpectationSuite(name=relation, expectations=expectations))
    return context


def _store(context: Any, suite_result: Any, run_name: str, batch_name: str, report: ValidationReport) -> None:
    key = _result_key(suite_result.suite_name, run_name, report.validated_at, batch_name)
    context.validation_results_store.set(key, suite_result)


def _result_key(suite_name: str, run_name: str, run_time: Any, batch_name: str) -> Any:
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    return ValidationResultIdentifier(ExpectationSuiteIdentifier(suite_name),
                                      RunIdentifier(run_name=run_name, run_time=run_time), batch_name)


# --- the markdown summary -----------------------------------------------------------------------------------


@dataclass
class SuiteSummary:
    """One suite over a whole run."""

    suite: str
    expectations: int = 0  # distinct expectations evaluated
    evaluations: int = 0  # expectation x batch
    rows_checked: int = 0  # rows of the relation validated (largest element count per batch, summed)
    failed_critical: set[str] = field(default_factory=set)
    failed_warning: set[str] = field(default_factory=set)
    articles_rejected: int = 0  # articles this suite's critical failures sent to quarantine
    failing_rows: dict[str, int] = field(default_factory=dict)  # expectation -> rows that failed it


def summarize(reports: Iterable[ValidationReport]) -> list[SuiteSummary]:
    """Per suite, in RELATIONS order: what was evaluated, what failed, how many articles were rejected."""
    with ValidationLog(run_name="kabar-run", keep_results=False) as log:
        for report in reports:
            log.add(report)
        return log.summaries()


def _fold(summaries: dict[str, SuiteSummary], names: dict[str, set[str]], report: ValidationReport) -> None:
    """Add one batch's outcomes and rejections to the per-suite summaries."""
    largest: dict[str, int] = defaultdict(int)
    for outcome in report.outcomes:
        summary = summaries.setdefault(outcome.suite, SuiteSummary(outcome.suite))
        names[outcome.suite].add(outcome.expectation)
        summary.evaluations += 1
        largest[outcome.suite] = max(largest[outcome.suite], outcome.element_count)
        if not outcome.success:
            failed = summary.failed_critical if outcome.severity == CRITICAL else summary.failed_warning
            failed.add(outcome.expectation)
            summary.failing_rows[outcome.expectation] = (
                summary.failing_rows.get(outcome.expectation, 0) + outcome.unexpected_count)
    for suite, rows in largest.items():
        summaries[suite].rows_checked += rows
    for failed_names in report.rejected.values():
        for suite in {name.split(".", 1)[0] for name in failed_names}:
            summaries.setdefault(suite, SuiteSummary(suite)).articles_rejected += 1


def validation_markdown(reports: ValidationReport | Sequence[ValidationReport] | ValidationLog, *,
                        run_id: str | None = None, data_docs: Path | str | None = None) -> str:
    """The run's validation in brief, for a Prefect markdown artifact."""
    if isinstance(reports, ValidationLog):
        return _markdown(reports, run_id, data_docs)
    with ValidationLog(run_name=run_id or "kabar-run", keep_results=False) as log:
        for report in [reports] if isinstance(reports, ValidationReport) else reports:
            log.add(report)
        return _markdown(log, run_id, data_docs)


def _markdown(log: ValidationLog, run_id: str | None, data_docs: Path | str | None) -> str:
    summaries = log.summaries()
    lines = [f"# Validation{f' of {run_id}' if run_id else ''}", "",
             f"{log.validated} new or changed articles validated in {log.batches} batches; {log.rejected} rejected "
             "by critical expectations (quarantined with the expectations' names).", "",
             "| suite | expectations | rows checked | failed critical | failed warning | articles rejected |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {s.suite} | {s.expectations} | {s.rows_checked} | {len(s.failed_critical)} | "
              f"{len(s.failed_warning)} | {s.articles_rejected} |" for s in summaries]
    failures = [(s.suite, name, CRITICAL if name in s.failed_critical else "warning", s.failing_rows[name])
                for s in summaries for name in sorted(s.failed_critical | s.failed_warning)]
    if failures:
        lines += ["", "## Failed expectations", "", "| expectation | severity | failing rows |", "|---|---|---|"]
        lines += [f"| {suite}.{name} | {severity} | {rows} |" for suite, name, severity, rows in failures]
    if data_docs:
        lines += ["", f"Details: Great Expectations Data Docs in `{data_docs}` (styled only when online)."]
    return "\n".join(lines)
