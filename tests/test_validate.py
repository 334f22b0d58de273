"""Tests of the validation stage (tasks/validate.py and the suites in expectations/).

Each test builds a small clean batch, breaks one thing, and checks that exactly the right article is
rejected for exactly the right rule. Great Expectations is imported and the suites are built once per
process (validate caches them), so the first test pays ~5 s and the rest a fraction of a second each.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from tasks import validate
from tasks.validate import ExpectationOutcome, ValidationReport, load_suites, validate_tables

TODAY = date(2022, 10, 1)
FILLER = (
    "Pemerintah terus memantau harga bahan pokok di pasar tradisional dan modern agar tetap terjangkau "
    "oleh masyarakat luas. Menurut data terbaru, inflasi bulan lalu masih berada dalam kisaran target "
    "yang ditetapkan bank sentral, sementara pasokan beras dan minyak goreng dinilai cukup hingga akhir "
    "tahun."
)
BODY_A = (
    'Presiden Joko Widodo mengatakan pada 21 September 2022 bahwa "ekonomi kita tumbuh" di Jakarta.\n\n'
    + FILLER
)
BODY_B = 'Menteri Sri Mulyani berkata kemarin di Jakarta: "kami siap". Joko Widodo hadir.\n\n' + FILLER
BODY_C = "Hujan deras mengguyur kota sepanjang hari.\n\n" + FILLER

MIGRATION = Path(__file__).resolve().parents[1] / "warehouse" / "migrations" / "0001_initial.sql"
LOAD_BOOKKEEPING = {"run_id", "loaded_at", "record_hash"}  # set by the loader, absent when validating


def _schema_columns() -> dict[str, list[str]]:
    """The columns of each relation of the first migration: the test frames have exactly those."""
    columns = {}
    for table, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\);", MIGRATION.read_text(), re.S):
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        names = [line.split()[0].strip('"') for line in lines if not line.startswith("PRIMARY KEY")]
        columns[table] = [name for name in names if name not in LOAD_BOOKKEEPING]
    return columns


COLUMNS = {relation: _schema_columns()[relation] for relation in validate.RELATIONS}
BODIES = {"A": BODY_A, "B": BODY_B, "C": BODY_C}


def _article(article_id: str, body: str) -> dict[str, object]:
    return {
        "article_id": article_id,
        "source_uri": f"/data/{article_id}.txt",
        "source_name": f"{article_id}.txt",
        "canonical_url": f"https://www.kompas.com/read/{article_id}",
        "outlet": "Kompas.com",
        "title": f"Judul {article_id}",
        "author": None,
        "published_at": None,
        "published_date": date(2022, 9, 22),
        "published_date_source": "header",
        "dateline": "Jakarta",
        "wire_source": None,
        "language": "id",
        "body_text": body,
        "word_count": len(body.split()),
        "content_hash": hashlib.sha256(body.encode()).hexdigest(),
        "story_id": f"story-{article_id}",
        "payload_hash": hashlib.sha256(article_id.encode()).hexdigest(),
    }


def _span(prefix: str, article: str, surface: str) -> dict[str, object]:
    start = BODIES[article].index(surface)
    return {
        "article_id": prefix + article,
        "surface": surface,
        "char_start": start,
        "char_end": start + len(surface),
    }


def _mention(prefix: str, article: str, entity_id: str, surface: str) -> dict[str, object]:
    return {**_span(prefix, article, surface), "entity_id": entity_id}


def _date(prefix: str, article: str, surface: str, value: str, resolution: str) -> dict[str, object]:
    day = date.fromisoformat(value)
    extra = {"resolved_value": value, "resolved_date": day, "granularity": "day", "resolution": resolution}
    return {**_span(prefix, article, surface), **extra}


def _quote(prefix: str, article: str, text: str, speaker: str, entity_id: str) -> dict[str, object]:
    span = _span(prefix, article, text)
    return {
        "quote_id": f"{prefix}{article}-q1",
        "article_id": prefix + article,
        "text": text,
        "char_start": span["char_start"],
        "char_end": span["char_end"],
        "speaker_surface": speaker,
        "speaker_entity_id": entity_id,
        "quote_key": f"key-{text}",
        "is_partial": False,
    }


def _cited(
    prefix: str, article: str, kind: str, value: str, domain: str, entity_id: str | None = None
) -> dict:
    return {
        "article_id": prefix + article,
        "kind": kind,
        "value": value,
        "domain": domain,
        "entity_id": entity_id,
    }


def _frame(relation: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS[relation])


ENTITIES = [
    ("E1", "Joko Widodo", "person", "Q3318231"),
    ("E2", "Jakarta", "location", "Q3630"),
    ("E3", "Agence France-Presse", "organization", "Q40464"),
    ("E4", "Sri Mulyani", "person", None),  # referenced only as a quote's speaker
]


def clean_tables(prefix: str = "") -> dict[str, pd.DataFrame]:
    """Three valid articles: A and B with every kind of child row, C with none; ids start with prefix."""
    p = prefix
    return {
        "articles": _frame("articles", [_article(p + key, body) for key, body in BODIES.items()]),
        "entities": _frame(
            "entities", [dict(zip(COLUMNS["entities"], (*row, True), strict=True)) for row in ENTITIES]
        ),
        "entity_mentions": _frame(
            "entity_mentions",
            [
                _mention(p, "A", "E1", "Joko Widodo"),
                _mention(p, "A", "E2", "Jakarta"),
                _mention(p, "B", "E1", "Joko Widodo"),
                _mention(p, "B", "E2", "Jakarta"),
            ],
        ),
        "date_mentions": _frame(
            "date_mentions",
            [
                _date(p, "A", "21 September 2022", "2022-09-21", "absolute"),
                _date(p, "B", "kemarin", "2022-09-21", "relative"),
            ],
        ),
        "quotes": _frame(
            "quotes",
            [
                _quote(p, "A", "ekonomi kita tumbuh", "Presiden Joko Widodo", "E1"),
                _quote(p, "B", "kami siap", "Menteri Sri Mulyani", "E4"),
            ],
        ),
        "cited_sources": _frame(
            "cited_sources",
            [
                _cited(p, "A", "url", "https://www.antaranews.com/x", "antaranews.com"),
                _cited(p, "A", "outlet", "AFP", "afp.com", "E3"),
                _cited(p, "B", "url", "https://setkab.go.id/y", "setkab.go.id"),
            ],
        ),
    }


# A breaker damages one group of tables in place; its argument is the group's article id prefix.
Breaker = Callable[[dict[str, pd.DataFrame], str], None]


def _edit(relation: str, article: str, nth: int = 0, **values: object) -> Breaker:
    """Set values on the nth row of the relation that belongs to the article."""

    def apply(tables: dict[str, pd.DataFrame], prefix: str) -> None:
        frame = tables[relation]
        label = frame.index[frame["article_id"] == prefix + article][nth]
        for column, value in values.items():
            frame.at[label, column] = value

    return apply


def _append(relation: str, row: Callable[[str], dict[str, object]]) -> Breaker:
    def apply(tables: dict[str, pd.DataFrame], prefix: str) -> None:
        tables[relation] = pd.concat([tables[relation], _frame(relation, [row(prefix)])], ignore_index=True)

    return apply


def _critical(report: ValidationReport) -> list[ExpectationOutcome]:
    return [outcome for outcome in report.outcomes if outcome.severity == "critical"]


@pytest.fixture(scope="module")
def clean_report() -> ValidationReport:
    return validate_tables(clean_tables(), today=TODAY)


# --- suites ---------------------------------------------------------------------------------------------


def test_every_relation_has_a_suite_of_well_formed_expectations() -> None:
    suites = load_suites()
    assert set(suites) == set(validate.RELATIONS)
    for relation, specs in suites.items():
        assert specs, relation
        for spec in specs:
            assert spec.suite == relation
            assert spec.severity in {"critical", "warning"}
            assert spec.rule.strip() and spec.expectation.startswith("Expect")


def test_every_expectation_class_exists_in_gx_and_accepts_its_kwargs() -> None:
    import great_expectations as gx

    for specs in load_suites().values():
        for spec in specs:
            assert hasattr(gx.expectations, spec.expectation), spec.qualified_name
    # Building the GX suites instantiates every expectation with its YAML kwargs.
    built = validate._gx_batches()
    assert {name: len(suite.expectations) for name, (_, suite) in built.items()} == {
        name: len(specs) for name, specs in load_suites().items()
    }


def test_brief_rules_are_present() -> None:
    names = {spec.qualified_name: spec for specs in load_suites().values() for spec in specs}
    for name in [
        "articles.article_id_unique",
        "articles.word_count_min",
        "articles.body_no_boilerplate",
        "articles.published_date_range",
        "entity_mentions.offsets_match_body",
        "entity_mentions.entity_known",
        "date_mentions.granularity_known",
        "quotes.quote_id_unique",
        "cited_sources.url_is_http",
    ]:
        assert names[name].severity == "critical", name
    assert names["articles.language_known"].severity == "warning"
    assert names["articles.published_date_range"].kwargs["max_value"] == "tomorrow"


def test_a_malformed_suite_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "articles.yaml").write_text(
        "- name: bad\n  severity: fatal\n  rule: x\n  expectation: ExpectColumnValuesToNotBeNull\n"
    )
    with pytest.raises(ValueError, match="severity"):
        load_suites(tmp_path)


# --- clean, empty and malformed batches -------------------------------------------------------------------


def test_clean_batch_passes(clean_report: ValidationReport) -> None:
    assert clean_report.rejected == {}
    assert clean_report.failure_rate() == 0.0
    failed = [outcome for outcome in clean_report.outcomes if not outcome.success]
    assert failed == []
    assert len(clean_report.outcomes) == sum(len(specs) for specs in load_suites().values())


def test_empty_frames_pass() -> None:
    empty = {relation: pd.DataFrame(columns=columns) for relation, columns in COLUMNS.items()}
    report = validate_tables(empty, today=TODAY)
    assert report.rejected == {}
    assert report.failure_rate() == 0.0
    assert all(o.success and o.element_count == 0 and o.unexpected_count == 0 for o in report.outcomes)


def test_articles_without_child_rows_pass() -> None:
    tables = clean_tables()
    for relation in ("entities", "entity_mentions", "date_mentions", "quotes", "cited_sources"):
        tables[relation] = pd.DataFrame()  # a frame built without columns counts as empty too
    report = validate_tables(tables, today=TODAY)
    assert report.rejected == {}


def test_missing_relation_or_column_is_an_error() -> None:
    tables = clean_tables()
    del tables["quotes"]
    with pytest.raises(ValueError, match="quotes"):
        validate_tables(tables, today=TODAY)
    tables = clean_tables()
    tables["articles"] = tables["articles"].drop(columns=["word_count"])
    with pytest.raises(ValueError, match="word_count"):
        validate_tables(tables, today=TODAY)


# --- each critical rule rejects the right article, and only it -------------------------------------------
# All article-level cases run in ONE batch (GX costs ~1 s per batch whatever its size): every case gets its
# own three articles, ids prefixed "<case>:", so a rule that rejected a neighbour would show up as well.
# Expected keys are formats of the case prefix {p}.

TOMORROW = TODAY + timedelta(days=1)
CASES: dict[str, tuple[Breaker, dict[str, list[str]]]] = {
    "clean": (lambda tables, prefix: None, {}),
    "boilerplate_left": (
        _edit("articles", "A", body_text=BODY_A + "\n\nBaca juga: Harga cabai naik"),
        {"{p}A": ["articles.body_no_boilerplate"]},
    ),
    "advertisement_left": (
        _edit("articles", "C", body_text=BODY_C + " ADVERTISEMENT"),
        {"{p}C": ["articles.body_no_boilerplate"]},
    ),
    "body_too_short": (_edit("articles", "B", word_count=39), {"{p}B": ["articles.word_count_min"]}),
    "body_too_few_characters": (
        _edit("articles", "C", body_text="a b c d e " * 15),
        {"{p}C": ["articles.body_text_min_length"]},
    ),
    "subscription_paragraph_left": (
        _edit("articles", "A", body_text=BODY_A + "\n\nGabung KompasPlus"),
        {"{p}A": ["articles.body_no_boilerplate"]},
    ),
    "related_heading_left": (
        _edit("articles", "B", body_text=BODY_B + "\n\nBerita Terkait:"),
        {"{p}B": ["articles.body_no_boilerplate"]},
    ),
    "ad_slot_left": (
        _edit("articles", "C", body_text="Iklan\n\n" + BODY_C),
        {"{p}C": ["articles.body_no_boilerplate"]},
    ),
    "read_also_lowercase_paragraph": (
        _edit("articles", "A", body_text=BODY_A + "\n\nlihat juga: harga emas hari ini"),
        {"{p}A": ["articles.body_no_boilerplate"]},
    ),
    "gabungan_in_prose_is_fine": (
        _edit("articles", "B", body_text=BODY_B + "\n\nGabungan Pengusaha Kelapa Sawit Indonesia menyambut baik "
              "kebijakan itu dan mengajak anggotanya bergabung dalam program peremajaan."),
        {},
    ),
    "future_date": (
        _edit("articles", "C", published_date=TODAY + timedelta(days=2)),
        {"{p}C": ["articles.published_date_range"]},
    ),
    "tomorrow_is_fine": (_edit("articles", "C", published_date=TOMORROW), {}),
    "date_before_1990": (
        _edit("articles", "C", published_date=date(1989, 12, 31)),
        {"{p}C": ["articles.published_date_range"]},
    ),
    "unparseable_date": (
        _edit("articles", "B", published_date="kemarin sore"),
        {"{p}B": ["articles.published_date_valid"]},
    ),
    "unknown_date_source": (
        _edit("articles", "C", published_date_source="guess"),
        {"{p}C": ["articles.published_date_source_known"]},
    ),
    "no_content_hash": (
        _edit("articles", "C", content_hash=None),
        {"{p}C": ["articles.content_hash_not_null"]},
    ),
    "no_body": (_edit("articles", "C", body_text=None), {"{p}C": ["articles.body_text_not_null"]}),
    "no_article_id": (  # keyed by source_uri, the key quarantine uses
        _edit("articles", "C", article_id=None),
        {"/data/{p}C.txt": ["articles.article_id_not_null"]},
    ),
    "duplicate_article_id": (
        _append("articles", lambda p: _article(p + "C", BODY_C)),
        {"{p}C": ["articles.article_id_unique"]},
    ),
    "mention_offsets_shifted": (
        _edit("entity_mentions", "B", 0, char_end=BODY_B.index("Joko Widodo") + 12),
        {"{p}B": ["entity_mentions.offsets_match_body"]},
    ),
    "mention_end_before_start": (
        _edit("entity_mentions", "A", 1, char_start=10, char_end=5),
        {"{p}A": ["entity_mentions.char_end_after_start", "entity_mentions.offsets_match_body"]},
    ),
    "mention_negative_start": (
        _edit("entity_mentions", "A", 1, char_start=-1),
        {"{p}A": ["entity_mentions.char_start_non_negative", "entity_mentions.offsets_match_body"]},
    ),
    "mention_of_unknown_entity": (
        _edit("entity_mentions", "B", 1, entity_id="E99"),
        {"{p}B": ["entity_mentions.entity_known"]},
    ),
    "duplicate_mention": (
        _append("entity_mentions", lambda p: _mention(p, "A", "E2", "Jakarta")),
        {"{p}A": ["entity_mentions.mention_unique"]},
    ),
    "mention_of_article_not_in_batch": (
        _append(
            "entity_mentions", lambda p: {**_mention(p, "A", "E1", "Joko Widodo"), "article_id": p + "Z"}
        ),
        {"{p}Z": ["entity_mentions.article_known", "entity_mentions.offsets_match_body"]},
    ),
    "bad_granularity": (
        _edit("date_mentions", "B", granularity="decade"),
        {"{p}B": ["date_mentions.granularity_known"]},
    ),
    "bad_resolution": (
        _edit("date_mentions", "A", resolution="guessed"),
        {"{p}A": ["date_mentions.resolution_known"]},
    ),
    "unresolved_with_value": (
        _edit("date_mentions", "A", resolution="unresolved"),
        {"{p}A": ["date_mentions.resolved_date_consistent", "date_mentions.resolved_value_consistent"]},
    ),
    "resolved_without_value": (
        _edit("date_mentions", "B", resolved_value=None),
        {"{p}B": ["date_mentions.resolved_value_consistent"]},
    ),
    "date_surface_off_body": (
        _edit("date_mentions", "A", surface="22 September 2022"),
        {"{p}A": ["date_mentions.offsets_match_body"]},
    ),
    "quote_outside_body": (
        _edit("quotes", "B", char_end=len(BODY_B) + 5),
        {"{p}B": ["quotes.offsets_inside_body"]},
    ),
    "duplicate_quote_id": (
        lambda tables, p: _edit("quotes", "B", quote_id=f"{p}A-q1")(tables, p),
        {"{p}A": ["quotes.quote_id_unique"], "{p}B": ["quotes.quote_id_unique"]},
    ),
    "blank_quote": (_edit("quotes", "A", text="  "), {"{p}A": ["quotes.text_not_blank"]}),
    "quote_without_key": (_edit("quotes", "A", quote_key=None), {"{p}A": ["quotes.quote_key_not_null"]}),
    "cited_url_not_http": (
        _edit("cited_sources", "B", value="ftp://setkab.go.id/y"),
        {"{p}B": ["cited_sources.url_is_http"]},
    ),
    "outlet_names_are_not_urls": (_edit("cited_sources", "A", 1, value="Agence France-Presse"), {}),
    "cited_kind_unknown": (
        _edit("cited_sources", "A", 1, kind="book"),
        {"{p}A": ["cited_sources.kind_known"]},
    ),
    "cited_without_value": (
        _edit("cited_sources", "A", 1, value=None),
        {"{p}A": ["cited_sources.value_not_null"]},
    ),
}


def _expected(case: str) -> dict[str, list[str]]:
    return {key.format(p=f"{case}:"): names for key, names in CASES[case][1].items()}


@pytest.fixture(scope="module")
def cases_report() -> ValidationReport:
    groups = []
    for case, (breaks, _) in CASES.items():
        tables = clean_tables(f"{case}:")
        tables["articles"]["published_date"] = tables["articles"]["published_date"].astype(object)
        breaks(tables, f"{case}:")
        groups.append(tables)
    batch = {
        relation: pd.concat([tables[relation] for tables in groups], ignore_index=True)
        for relation in COLUMNS
        if relation != "entities"
    }
    batch["entities"] = clean_tables()["entities"]  # shared by every group, as in a real batch
    return validate_tables(batch, today=TODAY)


@pytest.mark.parametrize("case", list(CASES))
def test_critical_rule_rejects_the_right_article_only(case: str, cases_report: ValidationReport) -> None:
    prefix = f"{case}:"
    mine = {key: names for key, names in cases_report.rejected.items() if prefix in key}
    assert mine == _expected(case)


def test_no_article_is_rejected_without_a_case_expecting_it(cases_report: ValidationReport) -> None:
    expected = {key: names for case in CASES for key, names in _expected(case).items()}
    assert cases_report.rejected == expected
    # Z is not an article of the batch, so it is not in the rate; the article without an id counts under its
    # source_uri; the duplicated article counts once.
    rejected_articles = set(expected) - {"mention_of_article_not_in_batch:Z"}
    assert cases_report.failure_rate() == pytest.approx(len(rejected_articles) / (3 * len(CASES)))


def test_outcomes_carry_suite_expectation_column_severity_and_counts(cases_report: ValidationReport) -> None:
    outcome = next(o for o in cases_report.outcomes if o.expectation == "word_count_min")
    assert outcome == ExpectationOutcome(
        suite="articles",
        expectation="word_count_min",
        column="word_count",
        severity="critical",
        success=False,
        element_count=3 * len(CASES) + 1,  # one case appends a duplicate article row
        unexpected_count=1,
    )
    pair = next(
        o
        for o in cases_report.outcomes
        if o.suite == "entity_mentions" and o.expectation == "char_end_after_start"
    )
    assert (pair.column, pair.success, pair.unexpected_count) == ("char_end", False, 1)
    url = next(o for o in cases_report.outcomes if o.expectation == "url_is_http")
    # The row condition limits the count to URL rows: two per case, less none.
    assert (url.element_count, url.unexpected_count) == (2 * len(CASES), 1)


ENTITY_CASES: dict[str, tuple[Breaker, dict[str, list[str]]]] = {
    # Jakarta is mentioned by A and B: both go, C stays.
    "entity_with_bad_type": (
        lambda tables, p: tables["entities"].__setitem__(
            "entity_type",
            tables["entities"]["entity_type"].where(tables["entities"]["entity_id"] != "E2", "animal"),
        ),
        {"A": ["entities.entity_type_known"], "B": ["entities.entity_type_known"]},
    ),
    # Sri Mulyani is only B's quote speaker: a duplicated definition rejects B alone.
    "speaker_entity_duplicated": (
        _append(
            "entities",
            lambda p: dict(
                zip(COLUMNS["entities"], ("E4", "S. Mulyani", "person", None, False), strict=True)
            ),
        ),
        {"B": ["entities.entity_id_unique"]},
    ),
}


@pytest.mark.parametrize("case", list(ENTITY_CASES))
def test_a_bad_entity_rejects_every_article_that_refers_to_it(case: str) -> None:
    breaks, expected = ENTITY_CASES[case]
    tables = clean_tables()
    breaks(tables, "")
    assert validate_tables(tables, today=TODAY).rejected == expected


def test_published_date_bound_moves_with_the_validation_day() -> None:
    tables = clean_tables()
    tables["articles"].at[0, "published_date"] = TODAY + timedelta(days=1)
    report = validate_tables(tables, today=TODAY - timedelta(days=1))
    assert report.rejected == {"A": ["articles.published_date_range"]}


@pytest.mark.parametrize("as_type", ["datetime64", "str"])
def test_published_date_range_holds_for_other_date_types(as_type: str) -> None:
    tables = clean_tables()
    tables["articles"].at[2, "published_date"] = TODAY + timedelta(days=30)
    dates = pd.to_datetime(tables["articles"]["published_date"])
    tables["articles"]["published_date"] = dates if as_type == "datetime64" else dates.dt.strftime("%Y-%m-%d")
    assert validate_tables(tables, today=TODAY).rejected == {"C": ["articles.published_date_range"]}


def test_rows_are_mapped_back_whatever_the_index() -> None:
    tables = clean_tables()
    tables["articles"].index = ["x", "y", "z"]  # GX reports failing rows by index label: validate resets it
    tables["articles"].at["y", "word_count"] = 3
    tables["quotes"].index = [10, 5]
    tables["quotes"].at[5, "quote_key"] = None
    report = validate_tables(tables, today=TODAY)
    assert report.rejected == {"B": ["articles.word_count_min", "quotes.quote_key_not_null"]}
    assert report.failure_rate() == pytest.approx(1 / 3)


# --- warnings never reject ----------------------------------------------------------------------------------


def test_warnings_are_reported_but_never_reject() -> None:
    tables = clean_tables()
    breakers = [
        _edit(
            "articles", "A", title=None, outlet=None, story_id=None, language="xx", published_date_source=None
        ),
        _edit("quotes", "A", text="ekonomi kita tumbuh pesat"),  # offsets fine, words differ from the body
        _edit("date_mentions", "B", resolved_value="2099-01-01", resolved_date=date(2099, 1, 1)),
        _edit("date_mentions", "A", resolved_value="2022-09", granularity="day"),  # a month value for a day
        _edit("cited_sources", "A", domain="Antaranews.COM"),
    ]
    for breaks in breakers:
        breaks(tables, "")
    tables["entities"].at[3, "wikidata_id"] = "423"
    report = validate_tables(tables, today=TODAY)
    assert report.rejected == {}
    failed = {f"{o.suite}.{o.expectation}" for o in report.outcomes if not o.success}
    assert failed == {
        "articles.title_not_null",
        "articles.outlet_not_null",
        "articles.story_id_not_null",
        "articles.language_known",
        "articles.date_source_consistent",
        "entities.wikidata_id_format",
        "quotes.text_matches_body",
        "date_mentions.resolved_date_plausible",
        "date_mentions.resolved_value_well_formed",
        "cited_sources.domain_format",
    }
    assert all(o.severity == "warning" for o in report.outcomes if not o.success)


def test_undated_unidentified_and_promoting_articles_are_kept_and_flagged() -> None:
    tables = clean_tables()
    _edit("articles", "A", published_date=None, published_date_source=None)(tables, "")
    _edit("articles", "B", language=None)(tables, "")
    _edit("articles", "C", body_text=BODY_C + "\n\nIkuti kami di Google News untuk kabar terbaru.")(tables, "")
    report = validate_tables(tables, today=TODAY)
    assert report.rejected == {}
    failed = {f"{o.suite}.{o.expectation}": o.unexpected_count for o in report.outcomes if not o.success}
    assert failed == {"articles.published_date_not_null": 1, "articles.language_not_null": 1,
                      "articles.body_no_promotion": 1}


# --- Data Docs and the markdown summary ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_batches() -> list[ValidationReport]:
    broken = clean_tables()
    _edit("articles", "B", word_count=39)(broken, "")
    _edit("articles", "A", title=None)(broken, "")
    return [validate_tables(broken, today=TODAY), validate_tables(clean_tables("second:"), today=TODAY)]


def test_reports_keep_gx_results_of_non_empty_frames(two_batches: list[ValidationReport]) -> None:
    assert set(two_batches[0].suite_results) == set(validate.RELATIONS)
    assert two_batches[0].suite_results["articles"].success is False
    empty = {relation: pd.DataFrame(columns=columns) for relation, columns in COLUMNS.items()}
    assert validate_tables(empty, today=TODAY).suite_results == {}


def test_data_docs_are_built_into_the_folder(two_batches: list[ValidationReport], tmp_path: Path) -> None:
    from tasks import datadocs

    folder = tmp_path / "data_docs"
    index = datadocs.build_data_docs(two_batches, folder, run_name="run-test")
    assert index == folder / "index.html" and index.is_file()
    pages = sorted(p.relative_to(folder).as_posix() for p in (folder / "validations").rglob("*.html"))
    assert len(pages) == 2 * len(validate.RELATIONS)
    assert all("/run-test/" in page for page in pages)
    articles_page = next((folder / "validations" / "articles").rglob("batch-1.html")).read_text(encoding="utf-8")
    assert "word_count" in articles_page and "Failed" in articles_page
    rules = (folder / "expectations" / "articles.html").read_text(encoding="utf-8")
    # Each rule with its severity, from the expectations' notes.
    assert "body_no_boilerplate (critical)" in rules and "title_not_null (warning)" in rules
    # A rebuild replaces the previous run's pages and keeps anything else in the folder.
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    datadocs.build_data_docs(two_batches[1], folder, run_name="run-next")
    pages = sorted(p.relative_to(folder).as_posix() for p in (folder / "validations").rglob("*.html"))
    assert len(pages) == len(validate.RELATIONS) and all("/run-next/" in page for page in pages)
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_validation_log_keeps_counts_in_memory_and_results_on_disk(tmp_path: Path) -> None:
    """A run of any length must not hold its reports: the log spools GX's results and keeps only counts."""
    import gc
    import weakref

    from tasks import datadocs

    broken = clean_tables()
    _edit("articles", "B", word_count=39)(broken, "")
    with datadocs.ValidationLog(run_name="run-log") as log:
        report = validate_tables(broken, today=TODAY)
        gone = weakref.ref(report.suite_results["articles"])
        log.add(report)
        log.add(validate_tables(clean_tables("second:"), today=TODAY))
        del report
        gc.collect()
        assert gone() is None  # nothing of the report stays in memory
        index = log.build_data_docs(tmp_path / "docs")
        assert log.spool_folder is not None
        spooled = list(log.spool_folder.rglob("*.json"))
    assert index is not None and index.is_file()
    pages = list((tmp_path / "docs" / "validations").rglob("*.html"))
    assert len(pages) == 2 * len(validate.RELATIONS) and all("/run-log/" in p.as_posix() for p in pages)
    assert len(spooled) >= 2 * len(validate.RELATIONS)
    assert not any(p.exists() for p in spooled)  # the spool is removed with the log
    markdown = datadocs.validation_markdown(log, run_id="run-log")
    assert "6 new or changed articles validated in 2 batches; 1 rejected" in markdown


def test_a_run_without_validated_rows_replaces_the_previous_runs_pages(
        two_batches: list[ValidationReport], tmp_path: Path) -> None:
    from tasks import datadocs

    folder = tmp_path / "data_docs"
    datadocs.build_data_docs(two_batches, folder, run_name="run-busy")
    empty = {relation: pd.DataFrame(columns=columns) for relation, columns in COLUMNS.items()}
    index = datadocs.build_data_docs(validate_tables(empty, today=TODAY), folder, run_name="run-quiet")
    assert index.is_file() and (folder / "expectations" / "articles.html").is_file()
    assert not list((folder / "validations").rglob("*.html"))  # no page of the earlier run passes for this one


def test_data_docs_default_folder_is_next_to_the_warehouse(tmp_path: Path) -> None:
    from tasks import datadocs

    assert datadocs.default_folder(tmp_path / "w" / "news.duckdb") == tmp_path / "w" / "data_docs"


def test_validation_markdown_summarises_each_suite(two_batches: list[ValidationReport]) -> None:
    from tasks import datadocs

    markdown = datadocs.validation_markdown(two_batches, run_id="run-test", data_docs="/x/index.html")
    assert markdown.startswith("# Validation of run-test")
    assert "6 new or changed articles validated in 2 batches; 1 rejected" in markdown
    rows = {line.split(" | ")[0].strip("| "): line for line in markdown.splitlines() if line.startswith("| ")}
    articles_specs = len(load_suites()["articles"])
    assert rows["articles"] == f"| articles | {articles_specs} | 6 | 1 | 1 | 1 |"
    assert rows["quotes"].endswith("| 0 | 0 | 0 |")
    assert "| articles.word_count_min | critical | 1 |" in markdown
    assert "| articles.title_not_null | warning | 1 |" in markdown
    assert "/x/index.html" in markdown


def test_a_killed_runs_spool_is_removed_by_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed outright cannot remove its validation spool; the next run that spools removes it, and
    leaves alone the spool of a run still going and anything else in the temporary folder."""
    import subprocess
    import sys
    import tempfile

    from tasks import datadocs

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    killed = tmp_path / f"kabar-validation-{int(ended.stdout)}-x1y2"
    (killed / "validations").mkdir(parents=True)
    (killed / "validations" / "result.json").write_text("{}", encoding="utf-8")
    running = tmp_path / f"kabar-validation-{os.getppid()}-a1b2"  # a live process: our parent
    running.mkdir()
    unrelated = tmp_path / "kabar-validation-notes"
    unrelated.mkdir()
    with datadocs.ValidationLog(run_name="run-next") as log:
        log.add(validate_tables(clean_tables(), today=TODAY))
        assert log.spool_folder is not None and log.spool_folder.parent == tmp_path
        assert log.spool_folder.name.startswith(f"kabar-validation-{os.getpid()}-")
        assert not killed.exists()
        assert running.is_dir() and unrelated.is_dir()
