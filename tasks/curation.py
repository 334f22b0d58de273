"""Curation: promote an entity the pipeline discovered to the curated gazetteer.

The warehouse view `entity_candidates` (migration 0003) ranks discovered entities by how often they occur.
`promote` takes one of them (by its id, or by its name) and appends a row to kabar/reference/gazetteer.tsv
in the file's own format: a new id with the type's prefix, the name, the type, the Wikidata id when given,
and aliases (the name, the multi-word surfaces and acronyms the articles used, and any given). From the
next run on the entity is curated: its mentions point to the new id, and `kabar run --full-refresh` moves
the articles already loaded. It refuses, with a message that says why, an unknown or already curated entity,
an id or an alias the gazetteer already has, and malformed values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from tasks.reference import GazetteerEntry, gazetteer

TYPE_PREFIXES = {"person": "per", "organization": "org", "location": "loc", "product": "prd", "other": "oth"}
_QID = re.compile(r"Q[1-9][0-9]*")
# Surfaces worth keeping as aliases: several words, an acronym (matched case-sensitively), or for an
# organization or place a short name ("Untad"). A person's bare surname or first name ("Siregar",
# "Hendra") only means that person inside one article.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
_MAX_SURFACE_ALIASES = 8


class CurationError(ValueError):
    """A promotion that cannot be done; the message says what to change."""


@dataclass(frozen=True, slots=True)
class PromotedEntity:
    entity_id: str  # the new curated id
    name: str
    entity_type: str
    wikidata_id: str | None
    aliases: tuple[str, ...]
    replaces: str | None  # the discovered id it takes over from (None when promoted by a new name)
    gazetteer_path: Path


def promote(entity: str, warehouse_con: duckdb.DuckDBPyConnection, gazetteer_path: Path,
            entity_type: str | None = None, wikidata_id: str | None = None,
            aliases: Iterable[str] = ()) -> PromotedEntity:
    """Append the discovered entity `entity` (an entities.entity_id or a name) to the gazetteer file."""
    if entity_type is not None and entity_type not in TYPE_PREFIXES:
        raise CurationError(f"unknown entity type {entity_type!r}: use one of {', '.join(TYPE_PREFIXES)}")
    entity_id, name, kind = _discovered(warehouse_con, entity.strip(), entity_type)
    kind = entity_type or kind
    if wikidata_id is not None and not _QID.fullmatch(wikidata_id):
        raise CurationError(f"{wikidata_id!r} is not a Wikidata item id (Q followed by digits, e.g. Q252)")
    existing = gazetteer(gazetteer_path)
    new_id = f"{TYPE_PREFIXES[kind]}-{slug(name)}"
    if any(e.entity_id == new_id for e in existing):
        raise CurationError(f"the gazetteer already has the id {new_id}: {name!r} looks curated already")
    if wikidata_id and any(e.wikidata_id == wikidata_id for e in existing):
        owner = next(e.entity_id for e in existing if e.wikidata_id == wikidata_id)
        raise CurationError(f"Wikidata item {wikidata_id} already belongs to {owner} in the gazetteer")
    names = _aliases(name, [*_surfaces(warehouse_con, entity_id, kind), *aliases])
    _refuse_known_aliases(names, existing)
    row = [new_id, name, kind, wikidata_id or "", "|".join(names)]
    _append_row(gazetteer_path, row)
    _forget_cached_gazetteer()
    return PromotedEntity(new_id, name, kind, wikidata_id, tuple(names), entity_id, gazetteer_path)


def slug(name: str) -> str:
    """Lowercase ASCII words joined by hyphens: "Universitas Tadulako" -> "universitas-tadulako"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    if not words:
        raise CurationError(f"cannot make an id from {name!r}: it has no letters or digits")
    return "-".join(words)


def _discovered(con: duckdb.DuckDBPyConnection, entity: str, entity_type: str | None) -> tuple[str, str, str]:
    """(entity_id, name, type) of the discovered entity named by its id or its name."""
    row = con.execute("SELECT entity_id, name, entity_type, curated FROM entities WHERE entity_id = ?",
                      [entity]).fetchone()
    if row is not None:
        if row[3]:
            raise CurationError(f"{entity} is already curated (it comes from the gazetteer)")
        return row[0], row[1], row[2]
    if entity.startswith("x-"):
        raise CurationError(f"unknown entity id {entity!r}: see SELECT * FROM entity_candidates for the ids")
    rows = con.execute(
        "SELECT entity_id, name, entity_type, curated FROM entities WHERE lower(name) = lower(?)"
        + (" AND entity_type = ?" if entity_type else ""),
        [entity, entity_type] if entity_type else [entity]).fetchall()
    if any(r[3] for r in rows):
        raise CurationError(f"{entity!r} is already curated as {next(r[0] for r in rows if r[3])}")
    if not rows:
        raise CurationError(f"no discovered entity is named {entity!r}: see SELECT * FROM entity_candidates")
    if len(rows) > 1:
        ids = ", ".join(f"{r[0]} ({r[2]})" for r in rows)
        raise CurationError(f"{entity!r} names several discovered entities ({ids}): pass the entity id or a type")
    return rows[0][0], rows[0][1], rows[0][2]


def _surfaces(con: duckdb.DuckDBPyConnection, entity_id: str, kind: str) -> list[str]:
    rows = con.execute("SELECT surface, count(*) AS n FROM entity_mentions WHERE entity_id = ? "
                       "GROUP BY surface ORDER BY n DESC, surface", [entity_id]).fetchall()
    kept = [s for s, _ in rows if len(s.split()) >= 2 or _ACRONYM.fullmatch(s) or kind != "person"]
    return kept[:_MAX_SURFACE_ALIASES]


def _aliases(name: str, candidates: Iterable[str]) -> list[str]:
    """The name first, then each other form once (compared case- and spacing-insensitively)."""
    out: list[str] = []
    seen: set[str] = set()
    for alias in (name, *candidates):
        alias = " ".join(alias.split())
        if not alias:
            continue
        if any(ch in alias for ch in "\t|\n"):
            raise CurationError(f"alias {alias!r} contains a tab, a '|' or a line break")
        if alias != name and not any(c.isupper() for c in alias):
            raise CurationError(f"alias {alias!r} is all lowercase: it would never match (aliases need a capital)")
        key = _key(alias)
        if key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def _key(alias: str) -> str:
    return re.sub(r"[\s\-]+", " ", alias.casefold()).strip()


def _refuse_known_aliases(names: list[str], existing: tuple[GazetteerEntry, ...]) -> None:
    owners = {_key(a): e.entity_id for e in existing for a in e.aliases}
    clashes = [f"{a!r} (already an alias of {owners[_key(a)]})" for a in names if _key(a) in owners]
    if clashes:
        raise CurationError("the gazetteer already knows " + ", ".join(clashes)
                            + ": add the missing aliases to that entry instead")


def _append_row(path: Path, row: list[str]) -> None:
    """Append one tab-separated line, keeping the header and the file's final newline."""
    if any("\t" in field or "\n" in field for field in row):
        raise CurationError("a field contains a tab or a line break")
    text = path.read_text(encoding="utf-8")
    prefix = "" if text.endswith("\n") or not text else "\n"
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write(prefix + "\t".join(row) + "\n")


def _forget_cached_gazetteer() -> None:
    """This process's next normalization reads the new file (other processes read it when they start)."""
    from tasks import entities, normalize, reference

    reference.gazetteer.cache_clear()
    entities.curated.cache_clear()
    normalize._media_entity_ids.cache_clear()
