"""The curated reference files parse and stay consistent: kabar/reference/gazetteer.tsv and outlets.tsv.

Both are read with the csv module (tab-separated, lines starting with '#' skipped), as the pipeline does.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parents[1] / "kabar" / "reference"
GAZETTEER = REFERENCE / "gazetteer.tsv"
OUTLETS = REFERENCE / "outlets.tsv"

GAZETTEER_COLUMNS = ["id", "name", "type", "wikidata", "aliases"]
OUTLET_COLUMNS = ["domain", "outlet", "entity_id", "dateline_names"]
TYPES = {"person": "per", "organization": "org", "location": "loc", "product": "prd", "other": "oth"}
ID = re.compile(r"(?P<prefix>[a-z]{3})-[a-z0-9]+(?:-[a-z0-9]+)*")
QID = re.compile(r"Q[1-9][0-9]*")
DOMAIN = re.compile(r"(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def read_rows(path: Path) -> list[list[str]]:
    """Header row first, then data rows; '#' lines are the file's own documentation."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    assert all(line.strip() for line in lines), f"{path.name}: blank data line"
    assert not any('"' in line for line in lines), f"{path.name}: a quote mark would change how csv splits"
    return list(csv.reader(lines, delimiter="\t"))


def split(field: str) -> list[str]:
    return field.split("|") if field else []


def match_keys(alias: str) -> set[str]:
    """What the matcher compares: the case-folded alias and its hyphen-as-space spelling."""
    keys = {alias.casefold()}
    if "-" in alias and " " in alias:
        keys.add(alias.replace("-", " ").casefold())
    return keys


@pytest.fixture(scope="module")
def gazetteer() -> list[dict[str, str]]:
    header, *rows = read_rows(GAZETTEER)
    assert header == GAZETTEER_COLUMNS
    bad = [row for row in rows if len(row) != len(header)]
    assert not bad, f"rows without {len(header)} columns: {bad[:3]}"
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture(scope="module")
def outlets() -> list[dict[str, str]]:
    header, *rows = read_rows(OUTLETS)
    assert header == OUTLET_COLUMNS
    bad = [row for row in rows if len(row) != len(header)]
    assert not bad, f"rows without {len(header)} columns: {bad[:3]}"
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_files_document_themselves() -> None:
    for path in (GAZETTEER, OUTLETS):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#"), path.name
        assert "\r" not in text, path.name


def test_gazetteer_ids_are_unique_typed_slugs(gazetteer: list[dict[str, str]]) -> None:
    ids = Counter(row["id"] for row in gazetteer)
    assert not [i for i, n in ids.items() if n > 1], "duplicate ids"
    for row in gazetteer:
        match = ID.fullmatch(row["id"])
        assert match, row["id"]
        assert row["type"] in TYPES, f"{row['id']}: type {row['type']!r}"
        assert match["prefix"] == TYPES[row["type"]], f"{row['id']}: prefix does not fit type {row['type']}"


def test_gazetteer_fields_are_clean(gazetteer: list[dict[str, str]]) -> None:
    for row in gazetteer:
        for field in GAZETTEER_COLUMNS:
            assert row[field] == row[field].strip(), f"{row['id']}: {field} has surrounding spaces"
        assert row["name"], row["id"]
        aliases = split(row["aliases"])
        assert aliases, f"{row['id']}: no aliases"
        assert all(a and a == a.strip() for a in aliases), f"{row['id']}: empty or padded alias"
        assert len(set(aliases)) == len(aliases), f"{row['id']}: repeated alias"
        assert row["name"] in aliases, f"{row['id']}: canonical name is not among the aliases"


def test_wikidata_ids_are_well_formed_and_unique(gazetteer: list[dict[str, str]]) -> None:
    given = [row["wikidata"] for row in gazetteer if row["wikidata"]]
    assert all(QID.fullmatch(q) for q in given), [q for q in given if not QID.fullmatch(q)]
    counts = Counter(given)
    assert not [q for q, n in counts.items() if n > 1], "one Wikidata item on two entities"


def test_no_alias_is_shared_by_two_entities(gazetteer: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in gazetteer:
        for alias in split(row["aliases"]):
            for key in match_keys(alias):
                if owner.setdefault(key, row["id"]) != row["id"]:
                    clashes.append((alias, owner[key], row["id"]))
    assert not clashes, clashes[:10]


def test_case_insensitive_aliases_are_not_lowercase_words(gazetteer: list[dict[str, str]]) -> None:
    """A case-insensitive alias only matches text with a capital, so an all-lowercase alias is dead
    weight; only a brand written in lower case (detikcom, kumparan) keeps its name as an alias."""
    lowercase = [
        (row["id"], a)
        for row in gazetteer
        for a in split(row["aliases"])
        if a != row["name"] and not any(c.isupper() for c in a)
    ]
    assert not lowercase, lowercase


def test_seed_surfaces_are_covered(gazetteer: list[dict[str, str]]) -> None:
    """A few surfaces from the seed articles that must resolve to one curated entity."""
    by_alias = {a.casefold(): row["id"] for row in gazetteer for a in split(row["aliases"])}
    expected = {
        "Korea Utara": "loc-north-korea",
        "Korut": "loc-north-korea",
        "DPRK": "loc-north-korea",
        "AS": "loc-united-states",
        "Amerika Serikat": "loc-united-states",
        "Tiongkok": "loc-china",
        "Moskow": "loc-moscow",
        "Moskwa": "loc-moscow",
        "Pyongyang": "loc-pyongyang",
        "Dewan Keamanan PBB": "org-un-security-council",
        "PBB": "org-united-nations",
        "Kantor Berita Pusat Korea": "org-kcna",
        "KCNA": "org-kcna",
        "Gedung Putih": "org-white-house",
        "Vladimir Putin": "per-vladimir-putin",
        "Kim Jong-un": "per-kim-jong-un",
        "RIAU24.COM": "org-riau24",
    }
    assert {s: by_alias.get(s.casefold()) for s in expected} == expected


def test_outlet_domains_are_unique_and_bare(outlets: list[dict[str, str]]) -> None:
    domains = Counter(row["domain"] for row in outlets)
    assert not [d for d, n in domains.items() if n > 1], "duplicate domains"
    for row in outlets:
        assert DOMAIN.fullmatch(row["domain"]), row["domain"]
        assert row["outlet"], row["domain"]


def test_outlets_point_at_gazetteer_entities(outlets: list[dict[str, str]], gazetteer: list[dict[str, str]]) -> None:
    types = {row["id"]: row["type"] for row in gazetteer}
    for row in outlets:
        if row["entity_id"]:
            assert types.get(row["entity_id"]) == "organization", f"{row['domain']}: {row['entity_id']}"
        names = split(row["dateline_names"])
        assert all(n and n == n.strip() for n in names), row["domain"]
        assert len(set(names)) == len(names), row["domain"]


def test_a_dateline_name_means_one_outlet(outlets: list[dict[str, str]]) -> None:
    """Datelines are looked up case-insensitively, so one spelling may not name two publishers (a publisher's
    language edition, en.antaranews.com beside antaranews.com, is the same publisher: the same entity)."""
    publisher: dict[str, str] = {}
    clashes = []
    for row in outlets:
        owner = row["entity_id"] or row["outlet"]
        for name in (row["outlet"], *split(row["dateline_names"])):
            if publisher.setdefault(name.casefold(), owner) != owner:
                clashes.append((name, publisher[name.casefold()], owner))
    assert not clashes, clashes


def test_issue4_surfaces_are_covered(gazetteer: list[dict[str, str]]) -> None:
    """Surfaces the annotated set (samples/annotated) showed missing: a provincial capital's bare name, a
    stadium's usual acronym, and two national bodies news name without defining them."""
    by_alias = {a.casefold(): row["id"] for row in gazetteer for a in split(row["aliases"])}
    expected = {
        "Palu": "loc-palu",
        "SUGBK": "loc-gelora-bung-karno",
        "Bapanas": "org-bapanas",
        "Badan Pangan Nasional": "org-bapanas",
        "PBSI": "org-pbsi",
    }
    assert {s: by_alias.get(s.casefold()) for s in expected} == expected


def test_a_line_rule_that_does_not_open_with_a_caret_is_refused(tmp_path: Path) -> None:
    """The cleaner matches line rules at a line's start; an unanchored alternative would silently never match."""
    from tasks.reference import boilerplate_rules

    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: good\n    kind: line\n    pattern: '^(iklan|ads)$'\n    why: x\n"
                     "  - name: bad\n    kind: line\n    pattern: '^iklan$|baca juga'\n    why: x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"'bad'.*must start with"):
        boilerplate_rules(rules)


DISTRICTS = REFERENCE / "districts.tsv"
AREA_CODE = {"province": re.compile(r"\d{2}"), "regency": re.compile(r"\d{2}\.\d{2}"),
             "district": re.compile(r"\d{2}\.\d{2}\.\d{2}"), "kelurahan": re.compile(r"\d{2}\.\d{2}\.\d{2}\.1\d{3}"),
             "desa": re.compile(r"\d{2}\.\d{2}\.\d{2}\.[23]\d{3}")}  # 3xxx: desa adat (Papua)


def test_every_district_belongs_to_a_regency_and_province_the_gazetteer_names(
        gazetteer: list[dict[str, str]]) -> None:
    assert DISTRICTS.read_text(encoding="utf-8").startswith("#")
    header, *rows = read_rows(DISTRICTS)
    assert header == ["code", "name", "level", "entity"]
    assert all(len(row) == 4 and AREA_CODE[row[2]].fullmatch(row[0]) for row in rows)
    parents = {code: entity for code, _, level, entity in rows if level in ("province", "regency")}
    ids = {row["id"] for row in gazetteer}
    assert set(parents.values()) <= ids
    areas = [row for row in rows if row[2] not in ("province", "regency")]
    assert all(not entity and code[:5] in parents and code[:2] in parents for code, _, _, entity in areas)
    assert all(name[0].isupper() and name == name.strip() for _, name, _, _ in areas)
    levels = Counter(row[2] for row in rows)
    assert levels["province"] == 38 and levels["regency"] >= 514 and levels["district"] >= 7000


def test_the_city_and_province_bodies_are_regional_bodies() -> None:
    """name_context.yaml's city_and_province_bodies name bodies of its regional_bodies (a typo would silently let a
    province's police be read as a regency's)."""
    from tasks.entities import _city_and_province_bodies, _regional_bodies

    assert _city_and_province_bodies() <= set(_regional_bodies().values())
