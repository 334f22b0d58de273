"""Score a warehouse built from copied web pages against their hand annotation (the seeds' gold format).

The page sets (samples/seeds, samples/blind/set_*) are whole pages as a reader copies them from a browser:
navigation, captions, share buttons and link lists around the article. Their gold.json marks every line of
each file (body, heading, title, metadata, caption, boilerplate) and lists the article's metadata, entities,
dates, quotations and which files report the same event. After `kabar run --input FOLDER --warehouse FILE`,
this reads the warehouse's contract relations and counts, per area, the checks an analyst would notice:

* body: every body paragraph kept; no boilerplate, metadata or caption line left in; no forbidden string;
* metadata: title, outlet, author, publication date, dateline, wire source; cited URLs;
* entities: each required entity found under one id, no two entities sharing an id, none from boilerplate;
* dates: each annotated expression found and resolved to its value; undated articles' left unresolved;
* quotes: each quotation found;
* stories: same-event files share a story, different-event pairs do not.

Run: `kabar evaluate pages FOLDER --warehouse FILE` (FOLDER holds gold.json).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

AREAS = ("body", "metadata", "entities", "dates", "quotes", "stories")
METADATA_FIELDS = ("title", "outlet", "author", "published_date", "dateline", "wire_source")
# A line this short counts as left in only when it stands as a body line of its own ("Global", "Oke" can be
# words of a paragraph).
SHORT_LINE = 30
_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def fold(text: object) -> str:
    """Text as a reader compares it: the same letters and words, whatever the quote marks and spacing."""
    folded = unicodedata.normalize("NFKC", "" if text is None else str(text)).translate(_MARKS)
    return re.sub(r"\s+", " ", folded).strip().casefold()


@dataclass
class Area:
    passed: int = 0
    checked: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, ok: bool, miss: str) -> None:
        self.checked += 1
        if ok:
            self.passed += 1
        else:
            self.misses.append(miss)

    @property
    def score(self) -> float:
        return self.passed / self.checked if self.checked else 1.0


@dataclass
class PageScores:
    areas: dict[str, Area] = field(default_factory=lambda: {name: Area() for name in AREAS})

    @property
    def overall(self) -> float:
        return sum(area.score for area in self.areas.values()) / len(self.areas)


def evaluate(warehouse: Path, folder: Path) -> PageScores:
    """Scores of the warehouse's articles against folder/gold.json (articles matched by file name)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    scores = PageScores()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        stories: dict[str, str | None] = {}
        for doc in gold["documents"]:
            row = article_row(con, doc["file"])
            if row is None:
                for area in scores.areas.values():
                    area.check(False, f"{doc['file']}: not in the warehouse")
                continue
            stories[doc["file"]] = row["story_id"]
            lines = (folder / doc["file"]).read_text(encoding="utf-8").split("\n")
            score_body(scores.areas["body"], doc, row, lines)
            score_metadata(scores.areas["metadata"], con, doc, row)
            score_entities(scores.areas["entities"], con, doc, row)
            score_dates(scores.areas["dates"], con, doc, row)
            score_quotes(scores.areas["quotes"], con, doc, row)
        score_stories(scores.areas["stories"], gold, stories)
    return scores


def article_row(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, Any] | None:
    cursor = con.execute("SELECT * FROM articles WHERE source_name = ?", [name])
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def score_body(area: Area, doc: dict[str, Any], row: dict[str, Any], lines: list[str]) -> None:
    name, body = doc["file"], fold(row["body_text"])
    body_lines = {fold(line) for line in row["body_text"].split("\n")}
    for i in doc["body_lines"]:
        area.check(fold(lines[i - 1]).rstrip("*").strip() in body, f"{name}:{i} body paragraph missing")
    for i in doc["boilerplate_lines"] + doc["metadata_lines"] + doc.get("caption_lines", []):
        text = fold(lines[i - 1])
        if text:
            kept = text in body_lines if len(text) < SHORT_LINE else text in body
            area.check(not kept, f"{name}:{i} left in the body: {lines[i - 1][:50]!r}")
    for forbidden in doc["forbidden_in_body"]:
        area.check(fold(forbidden) not in body, f"{name}: the body holds {forbidden!r}")


def score_metadata(area: Area, con: duckdb.DuckDBPyConnection, doc: dict[str, Any], row: dict[str, Any]) -> None:
    name = doc["file"]
    for key in METADATA_FIELDS:
        got, want = row.get(key), doc.get(key)
        got, want = (None if got is None else fold(got)), (None if want is None else fold(want))
        area.check(got == want, f"{name}: {key} = {got!r}, expected {want!r}")
    if doc.get("cited_urls"):
        cited = {fold(value) for (value,) in con.execute(
            "SELECT value FROM cited_sources WHERE article_id = ?", [row["article_id"]]).fetchall()}
        for url in doc["cited_urls"]:
            area.check(fold(url) in cited, f"{name}: cited URL missing {url[:60]}")


def score_entities(area: Area, con: duckdb.DuckDBPyConnection, doc: dict[str, Any], row: dict[str, Any]) -> None:
    name = doc["file"]
    ids_by_surface: dict[str, set[str]] = {}
    for entity_id, surface in con.execute(
            "SELECT entity_id, surface FROM entity_mentions WHERE article_id = ?", [row["article_id"]]).fetchall():
        ids_by_surface.setdefault(fold(surface), set()).add(entity_id)
    ids_of: dict[str, set[str]] = {}
    for entity in doc["entities"]:
        ids = set().union(*(ids_by_surface.get(fold(s), set()) for s in entity["surfaces"]))
        if entity["required"]:
            area.check(bool(ids), f"{name}: {entity['name']} not found ({'/'.join(entity['surfaces'])})")
            if ids:
                area.check(len(ids) == 1, f"{name}: {entity['name']} split over {sorted(ids)}")
        if ids:
            ids_of[entity["name"]] = ids
    for entity_name, ids in ids_of.items():
        shared = sorted(other for other, other_ids in ids_of.items() if other != entity_name and other_ids & ids)
        area.check(not shared, f"{name}: {entity_name} shares its id with {shared}")
    for surface in doc.get("forbidden_entities", []):
        area.check(fold(surface) not in ids_by_surface, f"{name}: an entity from boilerplate: {surface!r}")


def score_dates(area: Area, con: duckdb.DuckDBPyConnection, doc: dict[str, Any], row: dict[str, Any]) -> None:
    name = doc["file"]
    found = con.execute("SELECT surface, resolved_value, resolution FROM date_mentions WHERE article_id = ?",
                        [row["article_id"]]).fetchall()

    def overlapping(surface: str) -> list[tuple[str, str | None, str]]:
        return [r for r in found if fold(surface) in fold(r[0]) or fold(r[0]) in fold(surface)]

    for expected in doc["dates"]:
        values = [value for _, value, _ in overlapping(expected["surface"])]
        area.check(any((value or "").startswith(expected["date"]) for value in values),
                   f"{name}: {expected['surface']!r} -> {values}, expected {expected['date']}")
    for surface in doc.get("unresolvable_dates", []):
        hits = overlapping(surface)
        area.check(all(resolution == "unresolved" for _, _, resolution in hits),
                   f"{name}: {surface!r} has no date to resolve against, resolved {[r[1] for r in hits]}")


def score_quotes(area: Area, con: duckdb.DuckDBPyConnection, doc: dict[str, Any], row: dict[str, Any]) -> None:
    texts = [fold(text) for (text,) in con.execute("SELECT text FROM quotes WHERE article_id = ?",
                                                   [row["article_id"]]).fetchall()]
    for quote in doc["quotes"]:
        area.check(any(fold(quote["starts"]) in t and fold(quote["ends"]) in t for t in texts),
                   f"{doc['file']}: quote {quote['starts'][:40]!r} missing")


def score_stories(area: Area, gold: dict[str, Any], stories: dict[str, str | None]) -> None:
    for group in gold["stories"]["same_event"]:
        ids = {stories.get(f) for f in group}
        area.check(len(ids) == 1 and None not in ids, f"one event in stories {sorted(map(str, ids))}: {group}")
    for group in gold["stories"]["different_event"]:
        ids = [stories.get(f) for f in group]
        area.check(None not in ids and len(set(ids)) == len(ids), f"other events share a story: {group}")


def render(scores: PageScores, misses: int = 0) -> str:
    lines = [f"{'area':10s} {'score':>6s} {'checks':>9s}"]
    for name, area in scores.areas.items():
        lines.append(f"{name:10s} {area.score:6.3f} {area.passed:4d}/{area.checked:<4d}")
        lines.extend(f"    {miss}" for miss in area.misses[:misses])
    lines.append(f"{'overall':10s} {scores.overall:6.3f}")
    return "\n".join(lines)


def main(folder: Path, warehouse: Path, misses: int = 0) -> int:
    if not (folder / "gold.json").is_file():
        sys.stderr.write(f"kabar: no gold.json in {folder}\n")
        return 2
    if not warehouse.is_file():
        sys.stderr.write(f"kabar: no warehouse at {warehouse}: run `kabar run --input {folder} --warehouse "
                         f"{warehouse}` first\n")
        return 2
    sys.stdout.write(render(evaluate(warehouse, folder), misses) + "\n")
    return 0
