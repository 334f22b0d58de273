"""Loaders for the reference data in kabar/reference/ (read once per process, then cached)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from kabar.config import REFERENCE_DIR

RULE_KINDS = frozenset({"line", "block", "suffix"})
# Boilerplate rules match regardless of case (tasks/clean.py combines them with the same flags).
RULE_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    name: str
    kind: str
    pattern: re.Pattern[str]
    outlets: frozenset[str]  # empty: applies to every outlet
    until: re.Pattern[str] | None = None  # block rules: the line that closes the block, taken with it
    anywhere: bool = False  # block rules: may open above the article's first paragraph too
    until_required: bool = False  # block rules with `until`: the block opens only where its closing line comes
    # Line rules: tried only on lines holding one of these words (casefolded); a cheap test before a pattern that
    # has to look through the whole line (channel_promo was half of the line rules' time).
    requires: tuple[str, ...] = ()
    # Block rules: the block's lines may be sentences of up to this many words (a summary's bullet points); 0: the
    # block ends at the first sentence.
    sentence_words: int = 0
    # Block rules: the line right under a line the pattern matches is that link's headline, whatever it reads like
    # ("Next article" over "Verhaegen: Turn 10 clash with Castell 'the worst moment of my career'").
    headline_after_label: bool = False


@dataclass(frozen=True, slots=True)
class Outlet:
    domain: str
    name: str
    entity_id: str | None
    dateline_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    entity_id: str
    name: str
    entity_type: str
    wikidata_id: str | None
    aliases: tuple[str, ...]


def _data_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated reference file whose header lines start with '#'."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def boilerplate_rules(path: Path = REFERENCE_DIR / "boilerplate_rules.yaml") -> tuple[BoilerplateRule, ...]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = []
    for raw in document["rules"]:
        if raw["kind"] not in RULE_KINDS:
            raise ValueError(f"{path}: rule {raw['name']!r} has unknown kind {raw['kind']!r}")
        if raw["kind"] in {"line", "block"} and not _anchored_at_start(raw["pattern"]):
            # The cleaner matches line and block rules at the start of a line (re.match: one scan, not one per
            # character); a pattern that does not open with ^ in every alternative would silently change meaning.
            raise ValueError(f"{path}: rule {raw['name']!r}: a {raw['kind']} rule's pattern must start with ^ "
                             "(in every alternative)")
        rules.append(BoilerplateRule(
            name=raw["name"],
            kind=raw["kind"],
            pattern=re.compile(raw["pattern"], RULE_FLAGS),
            outlets=frozenset(raw.get("outlets") or ()),
            until=re.compile(raw["until"], RULE_FLAGS) if raw.get("until") else None,
            anywhere=bool(raw.get("anywhere", False)),
            until_required=bool(raw.get("until_required", False)),
            requires=tuple(str(word).casefold() for word in raw.get("requires") or ()),
            sentence_words=int(raw.get("sentence_words", 0)),
            headline_after_label=bool(raw.get("headline_after_label", False)),
        ))
    return tuple(rules)


def _anchored_at_start(pattern: str) -> bool:
    """Whether every top-level alternative of the pattern opens with ^."""
    from re import _constants as constants  # the stdlib's own parser (3.11+)
    from re import _parser as parser

    def opens_anchored(items: list) -> bool:  # type: ignore[type-arg]
        if not items:
            return False
        op, value = items[0]
        if op is constants.AT:
            return value is constants.AT_BEGINNING
        if op is constants.BRANCH:
            return all(opens_anchored(list(branch)) for branch in value[1])
        if op is constants.SUBPATTERN:
            return opens_anchored(list(value[3]))
        return False

    return opens_anchored(list(parser.parse(pattern, RULE_FLAGS)))


@cache
def outlets(path: Path = REFERENCE_DIR / "outlets.tsv") -> tuple[Outlet, ...]:
    return tuple(
        Outlet(
            domain=row["domain"].strip().lower(),
            name=row["outlet"].strip(),
            entity_id=(row.get("entity_id") or "").strip() or None,
            dateline_names=tuple(n.strip() for n in (row.get("dateline_names") or "").split("|") if n.strip()),
        )
        for row in _data_rows(path)
    )


@cache
def outlet_by_domain() -> dict[str, Outlet]:
    return {o.domain: o for o in outlets()}


@cache
def outlet_by_dateline_name() -> dict[str, Outlet]:
    """Outlets by every name they use for themselves in datelines and credits, casefolded."""
    index: dict[str, Outlet] = {}
    for outlet in outlets():
        for name in (outlet.name, *outlet.dateline_names):
            index.setdefault(name.casefold(), outlet)
    return index


# The zone of a domain's country, for outlets outlet_time_zones.tsv does not list ("thestar.com.my", "pna.gov.ph").
_COUNTRY_ZONES = {"my": "Asia/Kuala_Lumpur", "sg": "Asia/Singapore", "ph": "Asia/Manila", "mm": "Asia/Yangon",
                  "tl": "Asia/Dili", "bn": "Asia/Brunei", "au": "Australia/Sydney", "jp": "Asia/Tokyo",
                  "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei"}


@cache
def _listed_time_zones() -> dict[str, str]:
    return {row["outlet"].casefold(): row["time_zone"] for row in _data_rows(REFERENCE_DIR / "outlet_time_zones.tsv")}


def outlet_time_zone(outlet_name: str | None) -> str | None:
    """The IANA zone an outlet writes its times in when its date line names none; None for WIB (Kabar's default)."""
    if not outlet_name:
        return None
    listed = _listed_time_zones().get(outlet_name.casefold())
    if listed is not None:
        return listed
    outlet = outlet_by_dateline_name().get(outlet_name.casefold())
    return _COUNTRY_ZONES.get(outlet.domain.rsplit(".", 1)[-1]) if outlet is not None else None


_EDITION_LANGUAGES = frozenset({"en", "id", "ms", "zh", "ar"})


@cache
def language_editions() -> dict[tuple[str, str], str]:
    """(outlet, ISO 639-1 language) -> its edition in that language, from the register's rows whose domain is the
    language's code before the outlet's ("en.tempo.co" is Tempo English, "en.antaranews.com" ANTARA News)."""
    by_domain = outlet_by_domain()
    editions: dict[tuple[str, str], str] = {}
    for outlet in outlets():
        language, _, parent = outlet.domain.partition(".")
        if language in _EDITION_LANGUAGES and parent in by_domain and by_domain[parent].name != outlet.name:
            editions[(by_domain[parent].name, language)] = outlet.name
    return editions


# Platforms whose subdomains are papers of their own (Disway's network: radarbanyumas.disway.id is Radar Banyumas,
# pontianakinfo.disway.id is Pontianakinfo): a subdomain the register does not list is not the platform's own paper.
_NETWORK_DOMAINS = frozenset({"disway.id"})
_MIRRORS = frozenset({"m", "amp", "mobile"})


def outlet_for_url(url: str) -> Outlet | None:
    """The outlet owning a URL's host (subdomains such as news.detik.com included)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    by_domain = outlet_by_domain()
    first = host
    while host:
        if host in by_domain:
            # (the platform's own mirrors are its paper: "m.disway.id", "amp.disway.id")
            own = first == host or any(first == f"{mirror}.{host}" for mirror in _MIRRORS)
            return None if host in _NETWORK_DOMAINS and not own else by_domain[host]
        _, _, host = host.partition(".")
    return None


@cache
def gazetteer(path: Path = REFERENCE_DIR / "gazetteer.tsv") -> tuple[GazetteerEntry, ...]:
    return tuple(
        GazetteerEntry(
            entity_id=row["id"].strip(),
            name=row["name"].strip(),
            entity_type=row["type"].strip(),
            wikidata_id=(row.get("wikidata") or "").strip() or None,
            aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
        )
        for row in _data_rows(path)
    )


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list from kabar/reference (comments after '#'), casefolded."""
    words = set()
    for line in (REFERENCE_DIR / name).read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word.casefold())
    return frozenset(words)


@cache
def news_agencies() -> dict[str, str]:
    """Credit forms of news agencies (casefolded) -> the agency's usual short name."""
    agencies: dict[str, str] = {}
    for row in _data_rows(REFERENCE_DIR / "news_agencies.tsv"):
        for form in (row["name"], *row["credit_forms"].split("|")):
            if form.strip():
                agencies[form.strip().casefold()] = row["name"].strip()
    return agencies


@dataclass(frozen=True, slots=True)
class AdministrativeAreas:
    """Indonesia's districts and villages (districts.tsv), as the entity pass looks them up."""
    by_name: dict[str, tuple[str, ...]]  # casefolded name -> the codes of every district and village so named
    entity_of: dict[str, str]  # code of a province ("35") or regency ("35.09") -> its gazetteer id
    codes_of: dict[str, tuple[str, ...]]  # gazetteer id -> the province and regency codes it names
    first_words: frozenset[str]  # the casefolded first word of every name (a cheap test before the lookups)


def area_level(code: str) -> str:
    """district (kecamatan), kelurahan or desa, from the shape of a Kemendagri code."""
    if code.count(".") == 2:
        return "district"
    return "kelurahan" if code.rsplit(".", 1)[1].startswith("1") else "desa"


# First words of place names also written joined to the next word ("Tanjungpinang", "Pangkalpinang", "Bukittinggi").
_JOINED_FIRST_WORDS = frozenset({"tanjung", "pangkal", "bukit"})


@cache
def administrative_areas(path: Path = REFERENCE_DIR / "districts.tsv") -> AdministrativeAreas:
    # 91,000 rows: split by hand (csv.DictReader would build a dict per row), names and codes only.
    by_name: dict[str, list[str]] = {}
    entity_of: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle if line[0].isdigit())
        for code, name, level, entity in rows:
            if entity:
                entity_of[code] = entity
            elif level in {"district", "kelurahan", "desa"}:
                by_name.setdefault(name.casefold(), []).append(code)
                first, _, rest = name.casefold().partition(" ")
                if first in _JOINED_FIRST_WORDS and rest:
                    # "Tanjungpinang Kota" for "Tanjung Pinang Kota": the town's name as its own people write it
                    by_name.setdefault(first + rest, []).append(code)
    codes_of: dict[str, list[str]] = {}
    for code, entity in entity_of.items():
        codes_of.setdefault(entity, []).append(code)
    first_words = frozenset(name.split(" ", 1)[0] for name in by_name)
    return AdministrativeAreas({k: tuple(v) for k, v in by_name.items()}, entity_of,
                               {k: tuple(v) for k, v in codes_of.items()}, first_words)
