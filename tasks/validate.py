"""Validation stage: checks a batch's DataFrames against the Great Expectations suites in expectations/.

There is one suite per relation, written as YAML (expectations/<relation>.yaml) so the rules read as data.
Each suite runs once per batch on the pandas DataFrame that is about to be loaded: GX's SQL datasource
does not see DuckDB's rows, and validating before the load lets failing articles be quarantined instead.

Rules GX has no built-in for (offsets checked against the body, references between relations) are
computed here as boolean columns on a copy of the DataFrame; the suite then expects them to be true.
A row failing a critical expectation rejects its article; warnings are reported and never reject.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from tasks.models import QuarantineRecord

SUITES_DIR = Path(__file__).resolve().parent.parent / "expectations"
# The relations a batch is made of, in the order their suites run and their outcomes are reported.
RELATIONS = ("articles", "entities", "entity_mentions", "date_mentions", "quotes", "cited_sources")
CRITICAL = "critical"
WARNING = "warning"
# A suite bound written as this word is replaced, at validation time, by the day after the validation day.
TOMORROW = "tomorrow"
# News cites future dates (next year's election, a deadline) but rarely more than about a year ahead.
MAX_DAYS_AFTER_PUBLICATION = 400
EARLIEST_MENTIONED_DATE = pd.Timestamp("1900-01-01")

_SPEC_KEYS = frozenset({"name", "severity", "rule", "expectation", "kwargs"})
_REQUIRED_KEYS = _SPEC_KEYS - {"kwargs"}
# Set by this module on every expectation; a suite that set them would be silently overridden.
_RESERVED_KWARGS = frozenset({"meta", "result_format", "catch_exceptions", "include_config"})
_SNAKE_CASE = re.compile(r"^[a-z][a-z0-9_]*$")
_EXPECTATION_CLASS = re.compile(r"^Expect[A-Za-z0-9]+$")
_BOUND_KWARGS = frozenset({"min_value", "max_value"})
# GX's context is not documented as thread-safe: building it and running suites take turns.
_GX_LOCK = threading.RLock()


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation of a suite, as written in its YAML file."""

    suite: str
    name: str
    severity: str  # critical | warning
    rule: str
    expectation: str  # GX class name, e.g. ExpectColumnValuesToBeUnique
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def qualified_name(self) -> str:
        """suite.name: how a rejection names the rule (articles.word_count_min)."""
        return f"{self.suite}.{self.name}"

    @property
    def column(self) -> str | None:
        """The column it checks; the first of a pair or a compound key; None for table-level checks."""
        if "column" in self.kwargs:
            return str(self.kwargs["column"])
        if "column_A" in self.kwargs:
            return str(self.kwargs["column_A"])
        columns = self.kwargs.get("column_list")
        return str(columns[0]) if columns else None

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column named by the kwargs (row_condition expressions are not parsed)."""
        named = [self.kwargs.get(key) for key in ("column", "column_A", "column_B")]
        named += list(self.kwargs.get("column_list") or ())
        return tuple(str(column) for column in named if column is not None)


@dataclass(frozen=True)
class ExpectationOutcome:
    """How one expectation fared on one batch (a row of validation_results, minus run_id)."""

    suite: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    element_count: int
    unexpected_count: int


@dataclass
class ValidationReport:
    outcomes: list[ExpectationOutcome]
    # article_id -> qualified names of the critical expectations its records failed. An article row without
    # an article_id is keyed by its source_uri, the key quarantine uses.
    rejected: dict[str, list[str]]
    # Keys (article_id, else source_uri) of the articles that were validated: the failure rate's denominator.
    validated: frozenset[str] = frozenset()
    # Relation -> GX's ExpectationSuiteValidationResult for the non-empty frames: what Data Docs render.
    suite_results: dict[str, Any] = field(default_factory=dict)
    validated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def failure_rate(self) -> float:
        """Share of validated articles rejected (0.0 for a batch without articles)."""
        if not self.validated:
            return 0.0
        return len(self.validated.intersection(self.rejected)) / len(self.validated)


# --- suites ------------------------------------------------------------------------------------------


def load_suites(directory: Path | None = None) -> dict[str, list[ExpectationSpec]]:
    """Parse every <suite>.yaml of the directory (default: the repository's expectations/)."""
    folder = directory if directory is not None else SUITES_DIR
    return {path.stem: _parse_suite(path) for path in sorted(folder.glob("*.yaml"))}


def _parse_suite(path: Path) -> list[ExpectationSpec]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, list):
        raise ValueError(f"{path}: a suite is a YAML list of expectations")
    specs = [_parse_spec(path.stem, item, f"{path.name} item {i}") for i, item in enumerate(document)]
    names = [spec.name for spec in specs]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise ValueError(f"{path}: expectation names must be unique, repeated: {duplicated}")
    return specs


def _parse_spec(suite: str, item: Any, where: str) -> ExpectationSpec:
    if not isinstance(item, dict):
        raise ValueError(f"{where}: an expectation is a mapping")
    missing, unknown = _REQUIRED_KEYS - item.keys(), item.keys() - _SPEC_KEYS
    if missing or unknown:
        raise ValueError(f"{where}: missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    kwargs = item.get("kwargs") or {}
    problems = [
        (not _SNAKE_CASE.match(str(item["name"])), "name must be snake_case"),
        (item["severity"] not in (CRITICAL, WARNING), "severity must be critical or warning"),
        (not isinstance(item["rule"], str) or not item["rule"].strip(), "rule must be a sentence"),
        (not _EXPECTATION_CLASS.match(str(item["expectation"])), "expectation must be a GX class name"),
        (not isinstance(kwargs, dict), "kwargs must be a mapping"),
        (isinstance(kwargs, dict) and bool(_RESERVED_KWARGS & kwargs.keys()), "kwargs set by the code"),
    ]
    errors = [message for failed, message in problems if failed]
    if errors:
        raise ValueError(f"{where} ({item.get('name')}): {'; '.join(errors)}")
    return ExpectationSpec(suite, item["name"], item["severity"], item["rule"], item["expectation"], kwargs)


@cache
def _suites() -> dict[str, list[ExpectationSpec]]:
    """The repository's suites, parsed once per process."""
    suites = load_suites()
    absent = [relation for relation in RELATIONS if relation not in suites]
    if absent:
        raise ValueError(f"no suite in {SUITES_DIR} for {absent}")
    return suites


# --- Great Expectations ------------------------------------------------------------------------------


def _gx_batches() -> dict[str, tuple[Any, Any]]:
    """Per relation, a GX whole-dataframe batch definition and the suite built from its YAML.

    Built once per process: importing great_expectations takes seconds, so it happens here, lazily, and
    never for a batch whose frames are all empty.
    """
    with _GX_LOCK:  # the cache alone would let two threads that arrive together both build
        return _build_gx_batches()


@cache
def _build_gx_batches() -> dict[str, tuple[Any, Any]]:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    # tqdm bars would fill the pipeline's logs, one per suite and batch.
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("kabar_batch")
    built = {}
    for relation, specs in _suites().items():
        definition = source.add_dataframe_asset(relation).add_batch_definition_whole_dataframe(relation)
        suite = gx.ExpectationSuite(name=relation, expectations=[_gx_expectation(gx, s) for s in specs])
        built[relation] = (definition, suite)
    return built


def _gx_expectation(gx: Any, spec: ExpectationSpec) -> Any:
    expectation_class = getattr(gx.expectations, spec.expectation, None)
    if expectation_class is None:
        raise ValueError(f"{spec.qualified_name}: great_expectations has no {spec.expectation}")
    kwargs = {key: _gx_value(key, value) for key, value in spec.kwargs.items()}
    # The name travels in meta because GX does not return results in suite order; the notes show the rule and
    # its severity in Data Docs.
    return expectation_class(**kwargs, meta={"name": spec.name, "severity": spec.severity},
                             notes=f"{spec.name} ({spec.severity}): {spec.rule}")


def _gx_value(key: str, value: Any) -> Any:
    """Bounds as GX compares them: `tomorrow` becomes a run-time parameter, dates become timestamps."""
    if key not in _BOUND_KWARGS:
        return value
    if value == TOMORROW:
        return {"$PARAMETER": TOMORROW}
    if isinstance(value, date):
        # Date columns are validated as datetime64 (see _prepare); GX needs bounds of that type.
        return pd.Timestamp(value)
    return value


def _run_suite(relation: str, frame: pd.DataFrame, tomorrow: pd.Timestamp) -> tuple[dict[str, Any], Any]:
    """Run the relation's suite once on the frame; its results by expectation name, and the suite's result.

    The suite runs with GX's BASIC result format (counts and a sample of failing values). Only a failed
    critical expectation needs every failing row, to know which articles to reject: it alone is run
    again with COMPLETE. COMPLETE for the whole suite cost ~25% more per batch, on batches that nearly
    always pass (benchmark, 1,000 articles a batch).
    """
    definition, suite = _gx_batches()[relation]
    parameters = {TOMORROW: tomorrow}
    # batch.validate, unlike ValidationDefinition.run, keeps no copy of the results in the context's store,
    # which would grow with every batch of a long-lived process.
    with _GX_LOCK:
        batch = definition.get_batch(batch_parameters={"dataframe": frame})
        results = batch.validate(suite, result_format={"result_format": "BASIC"},
                                 expectation_parameters=parameters)
        by_name = {result.expectation_config.meta["name"]: result for result in results.results}
        for expectation in suite.expectations:
            name = expectation.meta["name"]
            if expectation.meta["severity"] == CRITICAL and not by_name[name].success:
                by_name[name] = batch.validate(expectation, result_format={"result_format": "COMPLETE"},
                                               expectation_parameters=parameters)
    for name, result in by_name.items():
        error = _raised_exception(result.exception_info)
        if error is not None:
            # A suite GX cannot evaluate is a defect of the suite or of the frame's types, not bad data.
            raise RuntimeError(f"{relation}.{name}: Great Expectations could not evaluate it: {error}")
    return by_name, results


def _raised_exception(info: Mapping[str, Any] | None) -> str | None:
    """GX reports errors either at the top level or per metric; the first message, if one was raised."""
    if not info:
        return None
    if "raised_exception" in info:
        return str(info.get("exception_message")) if info["raised_exception"] else None
    for nested in info.values():
        if isinstance(nested, Mapping):
            message = _raised_exception(nested)
            if message is not None:
                return message
    return None


# --- the batch: what derived columns and rejections need to know about the other relations ------------


class _Batch:
    """Lookups across the batch's relations, built once per validate_tables call."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]) -> None:
        self.tables = tables
        articles = tables["articles"]
        ids = _column(articles, "article_id")
        self.bodies: dict[Any, str] = dict(zip(ids, _column(articles, "body_text"), strict=True))
        published = _as_timestamps(_column(articles, "published_date"))
        self.published: dict[Any, pd.Timestamp] = dict(zip(ids, published, strict=True))
        self.article_ids = frozenset(ids.dropna())
        self.entity_ids = frozenset(_column(tables["entities"], "entity_id").dropna())
        keys = (_article_key(a, s) for a, s in zip(ids, _column(articles, "source_uri"), strict=True))
        self.article_keys = frozenset(key for key in keys if key is not None)

    @cached_property
    def articles_by_entity(self) -> dict[Any, set[str]]:
        """Entity id -> the articles that refer to it, through a mention, a quote's speaker or a citation."""
        found: dict[Any, set[str]] = defaultdict(set)
        references = (
            ("entity_mentions", "entity_id"),
            ("quotes", "speaker_entity_id"),
            ("cited_sources", "entity_id"),
        )
        for relation, column in references:
            frame = self.tables[relation]
            pairs = zip(_column(frame, column), _column(frame, "article_id"), strict=True)
            for entity_id, article_id in pairs:
                if not pd.isna(entity_id) and not pd.isna(article_id):
                    found[entity_id].add(article_id)
        return found


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """The column, or an all-null one when an empty frame was built without columns."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _as_timestamps(values: pd.Series) -> pd.Series:
    """DATE values as datetime64, whether they arrive as date objects, ISO strings or datetime64; NaT for
    anything else."""
    return pd.to_datetime(values, errors="coerce", format="ISO8601")


def _article_key(article_id: Any, source_uri: Any) -> str | None:
    if not pd.isna(article_id):
        return str(article_id)
    return None if pd.isna(source_uri) else str(source_uri)


# --- derived columns ------------------------------------------------------------------------------------


class _Rows:
    """One relation's frame during preparation, with the per-row work several derived columns share."""

    def __init__(self, frame: pd.DataFrame, batch: _Batch) -> None:
        self.frame = frame
        self.batch = batch

    def values(self, column: str) -> list[Any]:
        # Plain lists: iterating an Arrow-backed string Series element by element is several times slower.
        return self.frame[column].tolist()

    @cached_property
    def spans(self) -> list[str | None]:
        """Per row, body_text[char_start:char_end] of its article; None when the offsets do not fit it."""
        bodies = self.batch.bodies
        rows = zip(self.values("article_id"), self.values("char_start"), self.values("char_end"), strict=True)
        spans: list[str | None] = []
        for article_id, start, end in rows:
            body = bodies.get(article_id) if isinstance(article_id, str) else None
            fits = isinstance(body, str) and _offsets_fit(start, end, len(body))
            spans.append(body[int(start) : int(end)] if fits else None)  # type: ignore[index]
        return spans


_Derivation = Callable[[_Rows], Sequence[bool] | pd.Series]


def _offsets_fit(start: Any, end: Any, length: int) -> bool:
    try:
        first, last = int(start), int(end)
    except (TypeError, ValueError):  # None, NaN, pd.NA: no offset
        return False
    return first == start and last == end and 0 <= first < last <= length


def _span_equals(text_column: str) -> _Derivation:
    def derive(rows: _Rows) -> list[bool]:
        pairs = zip(rows.spans, rows.values(text_column), strict=True)
        return [span is not None and span == text for span, text in pairs]

    return derive


def _offsets_inside_body(rows: _Rows) -> list[bool]:
    return [span is not None for span in rows.spans]


def _known(column: str, lookup: str, *, null_ok: bool) -> _Derivation:
    """Whether each value of the column is among the batch's article ids or entity ids."""

    def derive(rows: _Rows) -> pd.Series:
        values = rows.frame[column]
        known = values.isin(getattr(rows.batch, lookup))
        return known | values.isna() if null_ok else known

    return derive


def _published_date_valid(rows: _Rows) -> pd.Series:
    # The frame still holds the values as given; one that does not parse as a date is invalid.
    given = rows.frame["published_date"]
    return given.isna() | _as_timestamps(given).notna()


def _date_source_consistent(rows: _Rows) -> pd.Series:
    return rows.frame["published_date"].isna() == rows.frame["published_date_source"].isna()


def _null_iff_unresolved(column: str) -> _Derivation:
    def derive(rows: _Rows) -> pd.Series:
        unresolved = (rows.frame["resolution"] == "unresolved").fillna(False).astype(bool)
        return rows.frame[column].isna() == unresolved

    return derive


_VALUE_SHAPES = {
    "day": re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    "week": re.compile(r"^(\d{4})-W(\d{2})$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "year": re.compile(r"^(\d{4})$"),
}


@lru_cache(maxsize=65536)
def _first_day(value: Any, granularity: Any) -> date | None:
    """The first day of a resolved_value of the given granularity; None when it is not of that shape."""
    shape = _VALUE_SHAPES.get(granularity) if isinstance(granularity, str) else None
    match = shape.match(value) if shape is not None and isinstance(value, str) else None
    if match is None:
        return None
    numbers = [int(group) for group in match.groups()]
    try:
        if granularity == "week":
            return date.fromisocalendar(numbers[0], numbers[1], 1)
        return date(*numbers, *[1] * (3 - len(numbers)))
    except ValueError:  # 2022-02-30, week 54
        return None


def _resolved_value_well_formed(rows: _Rows) -> pd.Series:
    values = rows.frame["resolved_value"]
    pairs = zip(rows.values("resolved_value"), rows.values("granularity"), strict=True)
    first_days = pd.to_datetime(pd.Series([_first_day(v, g) for v, g in pairs], index=values.index))
    matches = first_days.notna() & (first_days == _as_timestamps(rows.frame["resolved_date"]))
    return values.isna() | matches


def _resolved_date_plausible(rows: _Rows) -> pd.Series:
    given = rows.frame["resolved_date"]
    resolved = _as_timestamps(given)
    unreadable = given.notna() & resolved.isna()
    published = pd.to_datetime(rows.frame["article_id"].map(rows.batch.published))
    latest = published + pd.Timedelta(days=MAX_DAYS_AFTER_PUBLICATION)
    in_range = (resolved >= EARLIEST_MENTIONED_DATE) & (published.isna() | (resolved <= latest))
    return (resolved.isna() & ~unreadable) | in_range


# Per relation, the derived columns validate.py can add; only those its suite names are computed.
_DERIVED: dict[str, dict[str, _Derivation]] = {
    "articles": {
        "published_date_valid": _published_date_valid,
        "date_source_consistent": _date_source_consistent,
    },
    "entities": {},
    "entity_mentions": {
        "article_known": _known("article_id", "article_ids", null_ok=False),
        "entity_known": _known("entity_id", "entity_ids", null_ok=False),
        "offsets_match_body": _span_equals("surface"),
    },
    "date_mentions": {
        "article_known": _known("article_id", "article_ids", null_ok=False),
        "offsets_match_body": _span_equals("surface"),
        "resolved_value_consistent": _null_iff_unresolved("resolved_value"),
        "resolved_date_consistent": _null_iff_unresolved("resolved_date"),
        "resolved_value_well_formed": _resolved_value_well_formed,
        "resolved_date_plausible": _resolved_date_plausible,
    },
    "quotes": {
        "article_known": _known("article_id", "article_ids", null_ok=False),
        "offsets_inside_body": _offsets_inside_body,
        "text_matches_body": _span_equals("text"),
        "speaker_entity_known": _known("speaker_entity_id", "entity_ids", null_ok=True),
    },
    "cited_sources": {
        "article_known": _known("article_id", "article_ids", null_ok=False),
        "entity_known": _known("entity_id", "entity_ids", null_ok=True),
    },
}


def _prepare(relation: str, frame: pd.DataFrame, specs: list[ExpectationSpec], batch: _Batch) -> pd.DataFrame:
    """A copy to validate: positional index (GX reports failing rows by index label) plus derived columns."""
    prepared = frame.reset_index(drop=True)
    derivations = _DERIVED.get(relation, {})
    wanted = sorted({column for spec in specs for column in spec.columns if column in derivations})
    missing = sorted({c for spec in specs for c in spec.columns} - set(wanted) - set(prepared.columns))
    if missing:
        raise ValueError(f"{relation}: the DataFrame lacks columns its suite checks: {missing}")
    rows = _Rows(prepared, batch)
    try:
        # Computed from the values as given, before the type normalization below.
        derived = {column: list(derivations[column](rows)) for column in wanted}
    except KeyError as error:
        raise ValueError(f"{relation}: the DataFrame lacks a column a derived check needs: {error}") from None
    prepared = prepared.assign(**derived)
    if relation == "articles" and "published_date" in prepared.columns:
        prepared["published_date"] = _as_timestamps(prepared["published_date"])
    for column in _REGEX_TEXT_COLUMNS.get(relation, ()):
        if column in prepared.columns:
            prepared[column] = _as_str_dtype(prepared[column])
    return prepared


# Text columns GX matches many regexes against. GX's pandas regex metrics call column.astype(str) once per regex:
# from object values that builds a new Arrow string array each time (22 times a batch for body_text), while a
# column that already has the str dtype passes through as it is (~30 ms a batch of 1,000 articles).
_REGEX_TEXT_COLUMNS = {"articles": ("body_text",)}


def _as_str_dtype(values: pd.Series) -> pd.Series:
    """The column as pandas' str dtype when every value is a string, so nothing GX sees changes: no null (str
    turns None into NaN, which GX would report among the failing values) and no other type (str would turn it into
    its text, which a length check would then measure). Otherwise as given."""
    if values.dtype != object or not all(isinstance(value, str) for value in values.tolist()):
        return values
    return values.astype("str")


# --- validation -----------------------------------------------------------------------------------------


def validate_tables(tables: Mapping[str, pd.DataFrame], *, today: date | None = None) -> ValidationReport:
    """Validate one batch: every relation's DataFrame against its suite, one GX run per non-empty frame.

    `today` is the validation day (default: the machine's date); published dates up to the day after it pass.
    """
    absent = [relation for relation in RELATIONS if relation not in tables]
    if absent:
        raise ValueError(f"validate_tables needs a DataFrame (possibly empty) for {absent}")
    batch = _Batch(tables)
    tomorrow = pd.Timestamp((today or date.today()) + timedelta(days=1))
    outcomes: list[ExpectationOutcome] = []
    rejected: dict[str, set[str]] = defaultdict(set)
    suite_results: dict[str, Any] = {}
    for relation in RELATIONS:
        judged, suite_result = _validate_relation(relation, tables[relation], batch, tomorrow)
        if suite_result is not None:
            suite_results[relation] = suite_result
        for outcome, keys in judged:
            outcomes.append(outcome)
            for key in keys:
                rejected[key].add(f"{relation}.{outcome.expectation}")
    reasons = {key: sorted(names) for key, names in sorted(rejected.items())}
    return ValidationReport(outcomes=outcomes, rejected=reasons, validated=batch.article_keys,
                            suite_results=suite_results)


def _validate_relation(
    relation: str, frame: pd.DataFrame, batch: _Batch, tomorrow: pd.Timestamp
) -> tuple[list[tuple[ExpectationOutcome, list[str]]], Any]:
    """Each expectation's outcome with the keys of the articles it rejects; GX's suite result (None if empty)."""
    specs = _suites()[relation]
    if frame.empty:
        # Nothing to check, and GX errors on some expectations of an empty frame.
        return [(_outcome(spec, True, 0, 0), []) for spec in specs], None
    prepared = _prepare(relation, frame, specs, batch)
    results, suite_result = _run_suite(relation, prepared, tomorrow)
    judged = []
    for spec in specs:
        result = results[spec.name]
        details = result.result or {}
        element_count = int(details.get("element_count", len(prepared)))
        counted = details.get("unexpected_count")
        # Table-level expectations count no rows: a failure then stands for the whole relation.
        unexpected = int(counted) if counted is not None else (0 if result.success else element_count)
        outcome = _outcome(spec, bool(result.success), element_count, unexpected)
        rejects = spec.severity == CRITICAL and not outcome.success
        keys = _rejected_keys(relation, prepared, details, batch) if rejects else []
        judged.append((outcome, keys))
    return judged, suite_result


def _outcome(spec: ExpectationSpec, success: bool, element_count: int, unexpected: int) -> ExpectationOutcome:
    return ExpectationOutcome(
        spec.suite, spec.name, spec.column, spec.severity, success, element_count, unexpected
    )


def _rejected_keys(
    relation: str, frame: pd.DataFrame, details: Mapping[str, Any], batch: _Batch
) -> list[str]:
    """The articles whose rows failed: GX's unexpected_index_list holds positions, the frame's index being
    0..n-1. A failed expectation that names no rows (table-level) condemns every row of the relation."""
    rows = details.get("unexpected_index_list")
    positions = [int(row) for row in rows] if rows is not None else list(range(len(frame)))
    failing = frame.iloc[positions]
    if relation == "articles":
        keys = (_article_key(a, s) for a, s in zip(failing["article_id"], failing["source_uri"], strict=True))
        return sorted({key for key in keys if key is not None})
    if relation == "entities":
        ids = failing["entity_id"].dropna()
        return sorted({article for entity in ids for article in batch.articles_by_entity.get(entity, ())})
    return sorted({str(article) for article in failing["article_id"].dropna()})


# --- what the flow does with a report -------------------------------------------------------------------


def rejections(articles: pd.DataFrame, report: ValidationReport) -> list[QuarantineRecord]:
    """A quarantine record for each article that failed a critical expectation, naming the expectations."""
    records = []
    for row in articles.itertuples(index=False):
        failed = report.rejected.get(row.article_id)
        if failed:
            records.append(QuarantineRecord(row.source_uri, "validate", "expectation:" + ",".join(failed),
                                            "failed critical expectations: " + ", ".join(failed), row.payload_hash))
    return records


def check_rejected_share(report: ValidationReport, validated: int, *, max_share: float, min_articles: int) -> None:
    """Fail loudly when a batch's rejections say the input or the pipeline is broken, not a few bad articles."""
    if validated >= min_articles and report.failure_rate() > max_share:
        raise RuntimeError(
            f"validation rejected {report.failure_rate():.0%} of {validated} articles (limit {max_share:.0%}): "
            "the input or the pipeline is broken; the rejected articles are in quarantine")
