"""The seed articles, run through the real nightly flow, against their hand annotation (samples/seeds/gold.json).

Each check is something an analyst would notice: a paragraph missing from a body, boilerplate left in
it, a wrong publication date, an entity not found or split over two ids, a relative date resolved
wrongly (or guessed without an anchor), a quotation missed, two reports of one event in different stories.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb
import pytest

from kabar.evaluate_pages import Area, score_entities
from tests.conftest import SEEDS

GOLD = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
DOCUMENTS = {doc["file"]: doc for doc in GOLD["documents"]}


def fold(text: str | None) -> str:
    """Compare text as a reader does: same letters and words, whatever the quote marks and spacing."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def con(seed_warehouse: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(seed_warehouse), read_only=True)
    yield connection
    connection.close()


def article(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, Any]:
    cursor = con.execute("SELECT * FROM articles WHERE source_name = ?", [name])
    rows = cursor.fetchall()
    assert len(rows) == 1, f"{name}: {len(rows)} article rows"
    return dict(zip([c[0] for c in cursor.description], rows[0], strict=True))


def source_lines(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_body_keeps_every_paragraph_and_no_boilerplate(con: duckdb.DuckDBPyConnection, name: str) -> None:
    doc, row, lines = DOCUMENTS[name], article(con, name), source_lines(name)
    body = fold(row["body_text"])
    body_lines = {fold(line) for line in row["body_text"].split("\n")}
    missing = [i for i in doc["body_lines"] if fold(lines[i - 1]).rstrip("*").strip() not in body]
    assert not missing, f"paragraphs missing from the body: lines {missing}"
    out = doc["boilerplate_lines"] + doc["metadata_lines"] + doc.get("caption_lines", [])
    kept = [i for i in out if fold(lines[i - 1]) and (
        fold(lines[i - 1]) in body_lines if len(fold(lines[i - 1])) < 30 else fold(lines[i - 1]) in body)]
    assert not kept, f"boilerplate or metadata left in the body: lines {kept}"
    assert not [s for s in doc["forbidden_in_body"] if fold(s) in body]
    assert "\n\n\n" not in row["body_text"]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_metadata(con: duckdb.DuckDBPyConnection, name: str) -> None:
    doc, row = DOCUMENTS[name], article(con, name)
    for field in ("title", "outlet", "author", "dateline", "wire_source", "published_date_source"):
        assert fold(row[field]) == fold(doc[field]), field
    expected_day = doc["published_date"]
    assert (str(row["published_date"]) if row["published_date"] else None) == expected_day
    if doc["published_time"]:  # "07:30+07:00": the time of day in WIB
        local = row["published_at"].astimezone(timezone(timedelta(hours=7)))
        assert local.strftime("%H:%M+07:00") == doc["published_time"]
    if doc["canonical_url"]:
        assert row["canonical_url"] == doc["canonical_url"]
    cited = {fold(v) for (v,) in con.execute(
        "SELECT value FROM cited_sources WHERE article_id = ? AND kind = 'url'", [row["article_id"]]).fetchall()}
    assert {fold(u) for u in doc["cited_urls"]} <= cited


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_entities_found_once_each_and_none_from_boilerplate(con: duckdb.DuckDBPyConnection, name: str) -> None:
    area = Area()  # the same checks as `kabar evaluate pages`, all of them required here
    score_entities(area, con, DOCUMENTS[name], article(con, name))
    assert not area.misses


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_dates_resolved_against_publication_day(con: duckdb.DuckDBPyConnection, name: str) -> None:
    doc, row = DOCUMENTS[name], article(con, name)
    found = con.execute("SELECT surface, resolved_value, resolution FROM date_mentions WHERE article_id = ?",
                        [row["article_id"]]).fetchall()

    def overlapping(surface: str) -> list[tuple[str, str | None, str]]:
        return [r for r in found if fold(surface) in fold(r[0]) or fold(r[0]) in fold(surface)]

    for expected in doc["dates"]:
        values = [r[1] for r in overlapping(expected["surface"])]
        assert any((v or "").startswith(expected["date"]) for v in values), (expected, values)
    for surface in doc.get("unresolvable_dates", []):
        assert all(r[2] == "unresolved" and r[1] is None for r in overlapping(surface)), surface


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_quotes_found(con: duckdb.DuckDBPyConnection, name: str) -> None:
    doc, row = DOCUMENTS[name], article(con, name)
    texts = [fold(t) for (t,) in con.execute("SELECT text FROM quotes WHERE article_id = ?",
                                             [row["article_id"]]).fetchall()]
    for quote in doc["quotes"]:
        assert any(fold(quote["starts"]) in t and fold(quote["ends"]) in t for t in texts), quote["starts"]


def test_stories_group_one_event_and_split_others(con: duckdb.DuckDBPyConnection) -> None:
    story = {name: article(con, name)["story_id"] for name in DOCUMENTS}
    for group in GOLD["stories"]["same_event"]:
        assert len({story[f] for f in group}) == 1 and story[group[0]] is not None
    for group in GOLD["stories"]["different_event"]:
        assert len({story[f] for f in group}) == len(group)


def test_offsets_point_at_their_surface(con: duckdb.DuckDBPyConnection) -> None:
    for relation in ("entity_mentions", "date_mentions"):
        wrong = con.execute(f"""
            SELECT count(*) FROM {relation} m JOIN articles a USING (article_id)
            WHERE substr(a.body_text, m.char_start + 1, m.char_end - m.char_start) <> m.surface""").fetchone()[0]
        assert wrong == 0, relation
