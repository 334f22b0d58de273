"""What a run's validation looked like: Great Expectations Data Docs on disk, and a markdown summary.

The flow validates each batch in memory (tasks/validate.py) and keeps GX's suite results in its reports. At
the end of a run, `build_data_docs` renders them with GX's own site builder into a folder (by default
`<warehouse dir>/data_docs/`): one page per suite and batch, a page per suite listing its rules with their
severity, and GX's index. `validation_markdown` summarises the same reports for a Prefect markdown artifact.

Data Docs pages load Bootstrap, jQuery and fonts from CDNs: opened offline they render unstyled but complete
(every table and value is in the HTML).
"""

from __future__ import annotations

import shutil
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
    """Render the run's validation reports as GX Data Docs in `folder`; returns the index.html path.

    The folder is rebuilt on every run (the previous run's pages are replaced: the history of every run is in
    the warehouse's validation_results). Batches appear as `batch-1`, `batch-2`, ... in report order.
    """
    import great_expectations as gx  # seconds to import: only when docs are wanted

    batch = [reports] if isinstance(reports, ValidationReport) else list(reports)
    folder.mkdir(parents=True, exist_ok=True)
    _clear_site(folder)
    context = _docs_context(gx, folder)
    for number, report in enumerate(batch, start=1):
        for suite_result in report.suite_results.values():
            _store(context, suite_result, run_name, f"batch-{number}", report)
    context.build_data_docs(site_names=[SITE_NAME])
    return folder / "index.html"


def _clear_site(folder: Path) -> None:
    for name in _SITE_ENTRIES:
        entry = folder / name
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink(missing_ok=True)


def _docs_context(gx: Any, folder: Path) -> Any:
    """A throwaway in-memory GX context whose only site writes into `folder`, holding Kabar's suites."""
    context = gx.get_context(mode="ephemeral")
    context.add_data_docs_site(site_name=SITE_NAME, site_config={
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(folder)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    })
    for relation, specs in validate.load_suites().items():
        expectations = [validate._gx_expectation(gx, spec) for spec in specs]
        context.suites.add(gx.ExpectationSuite(name=relation, expectations=expectations))
    return context


def _store(context: Any, suite_result: Any, run_name: str, batch_name: str, report: ValidationReport) -> None:
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    key = ValidationResultIdentifier(ExpectationSuiteIdentifier(suite_result.suite_name),
                                     RunIdentifier(run_name=run_name, run_time=report.validated_at), batch_name)
    context.validation_results_store.set(key, suite_result)


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
    summaries = {relation: SuiteSummary(relation) for relation in RELATIONS}
    names: dict[str, set[str]] = defaultdict(set)
    for report in reports:
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
    for suite, expectation_names in names.items():
        summaries[suite].expectations = len(expectation_names)
    return list(summaries.values())


def validation_markdown(reports: ValidationReport | Sequence[ValidationReport], *, run_id: str | None = None,
                        data_docs: Path | str | None = None) -> str:
    """The run's validation in brief, for a Prefect markdown artifact."""
    batch = [reports] if isinstance(reports, ValidationReport) else list(reports)
    summaries = summarize(batch)
    rejected = sum(len(report.rejected) for report in batch)
    validated = sum(len(report.validated) for report in batch)
    lines = [f"# Validation{f' of {run_id}' if run_id else ''}", "",
             f"{validated} new or changed articles validated in {len(batch)} batches; {rejected} rejected by "
             "critical expectations (quarantined with the expectations' names).", "",
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
