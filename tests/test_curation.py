"""Curation: the entity_candidates view ranks discovered entities, and promote() makes one curated.

Every test works on a temporary warehouse and a temporary copy of the gazetteer: the repository's
kabar/reference/gazetteer.tsv is never modified.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pytest

from kabar.config import REFERENCE_DIR
from tasks.curation import CurationError, promote
from tasks.entities import Gazetteer, discovered_entity, extract_entities
from tasks.reference import gazetteer
from warehouse.schema import migrate

UNTAD = discovered_entity("Universitas Tadulako", "organization")
SYAMSUL = discovered_entity("Syamsul Bahri", "person")
RARE = discovered_entity("Sentra Gakkumdu", "organization")


@pytest.fixture()
def gaz_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "gazetteer.tsv"
    shutil.copy(REFERENCE_DIR / "gazetteer.tsv", path)
    yield path
    gazetteer.cache_clear()


@pytest.fixture()
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    migrate(connection)
    articles = [("a1", date(2026, 3, 11)), ("a2", date(2026, 3, 12)), ("a3", None)]
    for article_id, day in articles:
        connection.execute("INSERT INTO articles (article_id, source_uri, source_name, body_text, published_date) "
                           "VALUES (?, ?, ?, '', ?)", [article_id, article_id, article_id, day])
    for entity in (UNTAD, SYAMSUL, RARE):
        connection.execute("INSERT INTO entities VALUES (?, ?, ?, NULL, false)",
                           [entity.entity_id, entity.name, entity.entity_type])
    connection.execute("INSERT INTO entities VALUES ('org-kpu', 'KPU', 'organization', 'Q1', true)")
    mentions = [("a1", UNTAD, "Universitas Tadulako", 0), ("a1", UNTAD, "Untad", 30), ("a1", UNTAD, "Untad", 60),
                ("a2", UNTAD, "Universitas Tadulako", 0), ("a3", UNTAD, "Untad", 0),
                ("a1", SYAMSUL, "Syamsul Bahri", 90), ("a2", SYAMSUL, "Syamsul", 40),
                ("a2", RARE, "Sentra Gakkumdu", 80), ("a1", None, "KPU", 120)]
    for article_id, entity, surface, start in mentions:
        connection.execute("INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)",
                           [article_id, entity.entity_id if entity else "org-kpu", surface, start,
                            start + len(surface)])
    yield connection
    connection.close()


def test_candidates_rank_discovered_entities_by_articles_then_mentions(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("SELECT rank, entity_id, article_count, mention_count, example_surfaces, first_seen, "
                       "last_seen FROM entity_candidates ORDER BY rank").fetchall()
    assert [r[1] for r in rows] == [UNTAD.entity_id, SYAMSUL.entity_id, RARE.entity_id]  # curated KPU left out
    assert rows[0][:4] == (1, UNTAD.entity_id, 3, 5)
    assert rows[0][4] == ["Untad", "Universitas Tadulako"]  # most frequent surface first
    assert rows[0][5:] == (date(2026, 3, 11), date(2026, 3, 12))


def test_view_and_columns_are_documented(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'entity_candidates'").fetchone()[0]
    undocumented = con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'entity_candidates' "
                               "AND (comment IS NULL OR comment = '')").fetchall()
    assert not undocumented


def test_promote_appends_a_curated_row_the_next_run_uses(con: duckdb.DuckDBPyConnection, gaz_path: Path) -> None:
    before = gaz_path.read_text(encoding="utf-8")
    promoted = promote(UNTAD.entity_id, con, gaz_path, wikidata_id="Q3551720")
    after = gaz_path.read_text(encoding="utf-8")
    assert after.startswith(before) and after.count("\n") == before.count("\n") + 1
    assert after.splitlines()[-1] == "org-universitas-tadulako\tUniversitas Tadulako\torganization\tQ3551720\t" \
                                     "Universitas Tadulako|Untad"
    assert promoted.entity_id == "org-universitas-tadulako" and promoted.replaces == UNTAD.entity_id
    entries = gazetteer(gaz_path)
    assert entries[-1].aliases == ("Universitas Tadulako", "Untad")
    entities, mentions = extract_entities("Rektor Untad menerima mahasiswa baru.", Gazetteer(entries))
    assert [(m.surface, m.entity_id) for m in mentions] == [("Untad", "org-universitas-tadulako")]
    assert entities[0].curated


def test_promote_by_name_keeps_only_aliases_that_name_the_entity(con: duckdb.DuckDBPyConnection,
                                                                 gaz_path: Path) -> None:
    promoted = promote("syamsul bahri", con, gaz_path, aliases=["Prof. Syamsul Bahri"])
    assert promoted.entity_id == "per-syamsul-bahri" and promoted.entity_type == "person"
    assert promoted.aliases == ("Syamsul Bahri", "Prof. Syamsul Bahri")  # the bare "Syamsul" is left out


@pytest.mark.parametrize(("entity", "kwargs", "message"), [
    ("x-per-000000000000", {}, "unknown entity id"),
    ("Nobody Anywhere", {}, "no discovered entity is named"),
    ("org-kpu", {}, "already curated"),
    ("Sentra Gakkumdu", {"wikidata_id": "12345"}, "not a Wikidata item id"),
    ("Sentra Gakkumdu", {"entity_type": "team"}, "unknown entity type"),
    ("Sentra Gakkumdu", {"aliases": ["Komisi Pemberantasan Korupsi"]}, "already an alias of org-kpk"),
    ("Sentra Gakkumdu", {"aliases": ["gakkumdu"]}, "all lowercase"),
])
def test_promote_refuses_with_a_clear_message(con: duckdb.DuckDBPyConnection, gaz_path: Path, entity: str,
                                              kwargs: dict[str, object], message: str) -> None:
    before = gaz_path.read_text(encoding="utf-8")
    with pytest.raises(CurationError, match=message):
        promote(entity, con, gaz_path, **kwargs)
    assert gaz_path.read_text(encoding="utf-8") == before


def test_promoting_twice_is_refused(con: duckdb.DuckDBPyConnection, gaz_path: Path) -> None:
    promote(RARE.entity_id, con, gaz_path)
    with pytest.raises(CurationError, match="already has the id org-sentra-gakkumdu"):
        promote(RARE.entity_id, con, gaz_path)
