"""Entities: curated gazetteer matching plus discovery of people and organizations from context.

1. Gazetteer aliases are matched in one pass with an Aho-Corasick automaton (pyahocorasick: linear in
   the text whatever the size of the gazetteer), leftmost-longest, on word boundaries. All-capital
   aliases (AS, PBB) and brands written in lower case (detikcom) must match exactly; others match in any
   case as long as the text has a capital. A known place followed by a capitalised direction word that
   the gazetteer does not know ("Maluku Tengah") is a place of its own.
2. Acronyms defined in the text, "Komisi Pemberantasan Korupsi (KPK)", become aliases for that article
   when their letters fit the name before them (so "Penjaga Pantai Filipina (PCG)" does not make "PCG"
   an alias of the Philippines). An unknown name whose initials spell the acronym, "Kedutaan Besar
   Republik Indonesia (KBRI)", "Badan Pangan Nasional (Bapanas)", is discovered as an organization.
3. Runs of capitalised words that the gazetteer does not know become people when their context says
   so (a role word before, a speech verb after, a role in apposition), organizations when they start
   with a head word (Kementerian, Universitas; "and"/"dan"/"of" may join the words of one name) or end
   with a tail word (TV, Times), and places when they start with a place head (Kabupaten, Pulau, Bandara).
4. A discovered full name repeated later is the same entity; a later bare surname ("Ignat") or first
   name ("Hendra", as Indonesian reporting refers to people) links to the one person of the article whose
   name ends or starts with it; a bare "Tana Toraja" links to an earlier "Kabupaten Tana Toraja".
Discovered entities get ids derived from their folded name, so they are the same across articles.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import ChainMap, Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

import ahocorasick
import yaml
from wordfreq import zipf_frequency

from kabar.config import REFERENCE_DIR
from tasks.dates import DAY_NAMES, MONTH_NAMES
from tasks.models import Entity, EntityMention
from tasks.reference import AdministrativeAreas, GazetteerEntry, administrative_areas, area_level, gazetteer

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*", re.UNICODE)
# (the word boundary before "Wali" is looked at after its first letter: a pattern that opens with a letter's class
# is searched for that letter, one that opens with a boundary is tried at every offset, three times as slow)
_MAYOR = re.compile(r"[Ww](?<!\w[Ww])ali [Kk]ota\b")
# How far back (in words) a role word still introduces a name.
ROLE_WINDOW = 10


@dataclass(frozen=True, slots=True)
class _Alias:
    entity_id: str
    exact_case: bool
    text: str
    # Its words in capitals that a surface must write so too ("DI" of "DI Yogyakarta"), by position.
    capital_words: tuple[tuple[int, str], ...] = ()


class _Token(NamedTuple):  # a tuple: articles have thousands of tokens, and tuples are built fastest
    text: str
    start: int
    end: int
    # Computed once when the token is built: the passes read them ~1,200 times an article, and as properties
    # they cost more than the tokenizing itself (measured).
    key: str  # casefolded text
    capitalised: bool


@dataclass(frozen=True, slots=True)
class _Context:
    role_words: frozenset[str]
    speech_verbs: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    non_name_words: frozenset[str]
    name_particles: frozenset[str]
    admin_heads: frozenset[str]
    place_heads: frozenset[str]
    place_directions: frozenset[str]
    given_names: frozenset[str]
    single_name_cues: frozenset[str]
    place_tails: frozenset[str]  # with the administrative ones
    administrative_place_tails: frozenset[str]
    place_tails_capitalised: frozenset[str]
    place_cues: frozenset[str]
    person_verbs: frozenset[str]
    person_objects: frozenset[str]
    company_endings: frozenset[str]
    firm_words: frozenset[str]
    family_name_roles: frozenset[str]
    vietnamese_family_names: frozenset[str]  # given names too
    vietnamese_middle_names: frozenset[str]
    closing_body_kinds: frozenset[str]  # org heads and tails too
    balinese_birth_order_names: frozenset[str]
    ranks: frozenset[str]  # role words too
    attribution_verbs: frozenset[str]
    unit_heads: frozenset[str]
    river_cues: frozenset[str]
    heads_titles: frozenset[str]
    common_acronyms: frozenset[str]
    case_acronyms: frozenset[str]
    apposition_nouns: frozenset[str]


class Gazetteer:
    """The curated entities and an automaton over their aliases."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entities: dict[str, Entity] = {}
        self._aliases_of: dict[str, tuple[str, ...]] = {}
        self._automaton = ahocorasick.Automaton()
        aliases: dict[str, list[_Alias]] = {}
        for entry in entries:
            self.entities[entry.entity_id] = Entity(
                entry.entity_id, entry.name, entry.entity_type, entry.wikidata_id, True)
            self._aliases_of[entry.entity_id] = tuple(entry.aliases)
            for alias in _variants(entry.aliases):
                capitals = tuple((i, w) for i, w in enumerate(alias.split()) if len(w) >= 2 and w.isupper())
                aliases.setdefault(_lower(alias), []).append(
                    _Alias(entry.entity_id, _is_acronym(alias), alias, capitals))
        # the places' aliases (for a company's name that a noun and a place spell in lower case)
        self._places = frozenset(key for key, candidates in aliases.items()
                                 if self.entities[candidates[0].entity_id].entity_type == "location")
        for key, candidates in aliases.items():
            self._automaton.add_word(key, (key, tuple(candidates)))
        self._automaton.make_automaton()
        self.alias_keys = frozenset(aliases)

    def find(self, text: str) -> list[EntityMention]:
        """Leftmost-longest gazetteer mentions on word boundaries."""
        lowered = _lower(text)
        found: list[EntityMention] = []
        for end_index, (key, candidates) in self._automaton.iter(lowered):
            start, end = end_index - len(key) + 1, end_index + 1
            if start and text[start - 1].isalnum():
                continue  # inside a word, as _on_word_boundaries would say: 180 of an article's 210 hits, unasked
            if not _on_word_boundaries(text, start, end):
                continue
            surface = text[start:end]
            alias = next((a for a in candidates if _case_fits(a, surface)), None)
            if alias is not None and not self._noun_before_a_place(alias, surface):
                found.append(EntityMention(alias.entity_id, surface, start, end))
        return _leftmost_longest(found)

    def _noun_before_a_place(self, alias: _Alias, surface: str) -> bool:
        """"stok pupuk Indonesia", "pupuk Kaltim langka": a word of the language in lower case, then a place, where
        the register's name of a company opens with that word in capitals ("Pupuk Kaltim"; review 47b)."""
        if not surface[:1].islower() or not alias.text[:1].isupper() or " " not in surface:
            return False
        first, rest = surface.split(" ", 1)
        entity = self.entities[alias.entity_id]
        # (a name made so, as the entity's own: not "timnas Indonesia", the national team by its common name)
        return _lower(rest) in self._places and entity.entity_type != "location" and (
            entity.name.split(" ", 1)[0].casefold() == first.casefold()) and is_ordinary_word(first)

    def aliases_of(self, entity_id: str) -> tuple[str, ...]:
        return self._aliases_of.get(entity_id, ())

    def exact(self, name: str) -> Entity | None:
        """The curated entity `name` names as a whole ("Kabupaten Sleman", "Bangkok"), or None."""
        found = self.find(name)
        return self.entities.get(found[0].entity_id) if len(found) == 1 and found[0].surface == name else None


@cache
def curated() -> Gazetteer:
    return Gazetteer(gazetteer())


@cache
def _name_context() -> dict[str, Any]:
    """name_context.yaml, read once per process (its lists serve several passes)."""
    return yaml.safe_load((REFERENCE_DIR / "name_context.yaml").read_text(encoding="utf-8"))


@cache
def _regional_bodies() -> dict[str, str]:
    """Each name of a body with regional branches (casefolded) -> the name its branches are written with."""
    raw = _name_context()
    bodies: dict[str, str] = {}
    for line in raw["regional_bodies"]:
        names = [name.strip() for name in str(line).split("|")]
        bodies.update({name.casefold(): names[0] for name in names})
    return bodies


@cache
def _context() -> _Context:
    raw = _name_context()
    words = {key: frozenset(str(w).casefold() for w in raw[key]) for key in _Context.__slots__}
    words["place_tails"] |= words["administrative_place_tails"]
    words["given_names"] |= words["vietnamese_family_names"]
    words["org_heads"] |= words["closing_body_kinds"]
    words["org_tails"] |= words["closing_body_kinds"]
    words["role_words"] |= words["ranks"]
    return _Context(**words)


def is_role_word(word: str) -> bool:
    """Whether `word` is a post or a title written before a name ("Bupati", "Gubernur", "Kapolres")."""
    return word.casefold() in _context().role_words


def is_speech_verb(word: str) -> bool:
    """Whether `word` reports speech ("kata", "ujarnya", "pungkasnya", "said"): name_context.yaml's speech and
    attribution verbs, with the -nya form of the latter."""
    key = word.casefold()
    ctx = _context()
    return key in ctx.speech_verbs or key.removesuffix("nya") in ctx.attribution_verbs


def is_ordinary_word(word: str) -> bool:
    """Whether `word` is a frequent word of Indonesian or English rather than a name (for the cleaner's bylines in
    capitals: "LIPUTAN KHUSUS", "BREAKING NEWS" are labels)."""
    key = word.casefold()
    return zipf_frequency(key, "id") >= 3.5 or zipf_frequency(key, "en") >= 4.0


def opens_vietnamese_name(word: str) -> bool:
    """Whether `word` is a Vietnamese family or middle name, which opens a name as a given name does ("Thanh Ha",
    "Nguyen Hue")."""
    ctx, key = _context(), word.casefold()
    return key in ctx.vietnamese_family_names or key in ctx.vietnamese_middle_names


def is_body_head(word: str) -> bool:
    """Whether `word` opens the name of an organization or a place ("Biro", "Dinas", "Kabupaten")."""
    return _is_head(word.casefold())


def given_names() -> frozenset[str]:
    """Given names (casefolded) that open a person's name (name_context.yaml)."""
    return _context().given_names


class _Known(ChainMap[str, Entity]):
    """The entities learned in one article over the gazetteer's: a ChainMap of the two, whose lookups (~500 an
    article, by the passes below) are two dict lookups here rather than ChainMap's loops over its maps in Python (a
    tenth of extract_entities' time, measured). Same answers: the learned entity first, then the gazetteer's."""

    def __init__(self, curated_entities: dict[str, Entity]) -> None:
        super().__init__({}, curated_entities)
        self._learned, self._curated = self.maps

    def __getitem__(self, key: str) -> Entity:
        learned = self._learned
        return learned[key] if key in learned else self._curated[key]  # (KeyError(key) when neither holds it)

    def get(self, key: str, default: Any = None) -> Any:
        learned = self._learned
        return learned[key] if key in learned else self._curated.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._learned or key in self._curated

    def setdefault(self, key: str, default: Entity) -> Entity:  # type: ignore[override]
        if key in self._learned:
            return self._learned[key]
        if key in self._curated:
            return self._curated[key]
        self._learned[key] = default
        return default


def extract_entities(body: str, gazetteer_: Gazetteer | None = None) -> tuple[list[Entity], list[EntityMention]]:
    """Entities mentioned in `body` and their mentions, sorted by position."""
    gaz = gazetteer_ or curated()
    # Entities learned in this article over the gazetteer's, without copying the gazetteer per article.
    known: MutableMapping[str, Entity] = _Known(gaz.entities)
    tokens = _tokens(body)
    mentions = _district_mentions(body, tokens, _bare_regencies(body, tokens, _outside_vietnamese_names(
        body, gaz.find(body), gaz), gaz), known, gaz)
    mentions = _with_legal_tails(body, _with_place_heads(
        body, _directional_places(body, _names_over_other(body, mentions, known), known), known), known)
    learned, mentions = _acronym_definitions(body, mentions, known)
    mentions = _without_places_inside_company_names(body, mentions, known)
    discovered = _without_the_year(_without_the_department(body, _without_leading_connectors(
        _discover(body, tokens, mentions, gaz, frozenset(learned)))))
    for entity, _ in discovered:
        known.setdefault(entity.entity_id, entity)
    mentions.extend(_with_legal_tails(body, [mention for _, mention in discovered], known))
    mentions = _brands_before_people(_without_nested(mentions, {e.entity_id for e, _ in discovered}, known), known)
    mentions = _beaches_in_english(body, _places_after_their_kind(body, mentions, known), known)
    mentions = _stations_named_after_bodies(body, mentions, known)
    mentions = _regional_banks(body, mentions, known)
    mentions = _admin_heads_before_acronyms(mentions, learned, known)
    mentions.extend(_acronym_mentions(body, mentions, learned))
    mentions = _translated_names(body, _legal_form_acronyms(body, mentions, learned), known)
    mentions.extend(_camel_case_names(body, tokens, mentions, known))
    mentions.extend(_repeated_names(body, mentions, known))
    mentions = _patronymic_names(body, _partners_after_known_people(body, mentions, known, gaz), known)
    mentions = _companies_also_called(body, _airlines(body, _short_forms_and_aliases(body, mentions, known), known),
                                      known)
    mentions = _ministries_without_the_country(
        body, _city_police_forces(body, _district_police_stations(body, mentions, known), known), known, gaz)
    mentions = _bodies_without_their_town(_fire_brigades(body, mentions, known), known, gaz)
    mentions = _soundbite_speakers(body, _places_with_their_kind(body, mentions, known), known)
    mentions = _initials_of_named_bodies(body, _bodies_by_their_last_words(
        body, _places_by_their_first_words(mentions, known), known), known)
    mentions = _people_with_their_team(body, _nicknamed_people(body, mentions, known), known)
    mentions.extend(_surname_mentions(tokens, mentions, known))
    mentions = _islands_named_alone(_bare_names_of_the_regency(mentions, gaz), known)
    mentions = _regional_branches(body, sorted(set(_units_with_their_body(body, _bodies_written_longer(
                                      body, mentions, known), known)),
                                               key=lambda m: (m.char_start, -m.char_end, m.entity_id)),
                                  known, learned, gaz)
    mentions = _branches_by_the_regions_initials(mentions, known)
    mentions = _acronyms_of_branches(_branches_written_whole(body, _english_branches(body, mentions, known), known),
                                     known)
    mentions = _factions(body, mentions, known)
    mentions = _diplomatic_missions(body, mentions, known, gaz)
    mentions = _place_hospitals(body, mentions, known)
    mentions = _water_companies_also_called(body, _numbered_commands(body, _stations_by_their_agency(
        body, _named_kinds(body, _police_units(body, mentions, known), known), known), known))
    mentions = _initials_of_people(body, _regional_commissions(_parliament_commissions(body, mentions, known), known,
                                                               gaz), known)
    mentions = _places_named_as_listed(_initials_of_people_named_in_full(
        body, _people_by_initials(body, mentions, known, gaz, learned), known, gaz, learned), known)
    mentions = _stock_tickers(body, _companies_without_their_form(_balinese_names(mentions, known), known), known)
    mentions = _courts_and_zones(body, _registered_names_around_acronyms(body, mentions, known, gaz), known)
    mentions = _people_also_called(body, _short_names_found_again(body, _airports_written_long(mentions, known, gaz),
                                                                  known), known)
    # one mention of a span and entity ("Dinkes Kaltim" after its full name was read twice as the branch)
    mentions = list(dict.fromkeys(mentions))
    return [known[i] for i in sorted({m.entity_id for m in mentions})], mentions


def _short_names_found_again(body: str, mentions: list[EntityMention],
                             known: Mapping[str, Entity]) -> list[EntityMention]:
    """A short name the text gave a body in brackets, discovered again as a body of its own ("Presiden Direktur TSGP
    Hendarto" after "PT Tirta Segara Pangan Tbk (TSGP)", the ticker): the body it was given to."""
    given = {m.surface: m.entity_id for m in mentions
             if body[m.char_start - 1:m.char_start] == "(" and body[m.char_end:m.char_end + 1] == ")"
             and m.entity_id.startswith(("x-org-", "org-")) and known[m.entity_id].name != m.surface}
    moved = {m.entity_id: given[m.surface] for m in mentions
             if m.surface in given and m.entity_id.startswith("x-org-") and given[m.surface] != m.entity_id
             and known[m.entity_id].name == m.surface}
    return _with_moved_ids(mentions, moved)


def _airports_written_long(mentions: list[EntityMention], known: MutableMapping[str, Entity],
                           gaz: Gazetteer) -> list[EntityMention]:
    """"Bandar Udara Internasional Sultan Hasanuddin" is the airport the gazetteer knows as "Bandara ..." (the word
    written out), and so is "Bandara Internasional Sultan Syarif Kasim II" ("Bandara Sultan Syarif Kasim II"); with
    the initials the text gave the long form ("Bandara Internasional Zainuddin Abdul Madjid (BIZAM)")."""
    written = {m.surface: m.entity_id for m in mentions if m.surface.startswith("Bandara ")}
    moved: dict[str, str] = {}
    for m in mentions:
        if m.surface.startswith(("Bandar Udara ", "Bandara Internasional ")) and m.entity_id.startswith("x-loc-"):
            short = "Bandara " + m.surface.removeprefix("Bandar Udara ").removeprefix("Bandara ")
            if gaz.exact(short) is None and short.startswith("Bandara Internasional "):
                short = "Bandara " + short.removeprefix("Bandara Internasional ")
            if (airport := gaz.exact(short)) is not None:
                known.setdefault(airport.entity_id, airport)
                moved[m.entity_id] = airport.entity_id
            elif short in written:  # the text's own "Bandara Oksibil"
                moved[m.entity_id] = written[short]
    return _with_moved_ids(mentions, moved)


# English reports name a small place after its kind: "from the village of Pepela", "on the island of Rote".
_KIND_OF_PLACE = re.compile(r"\bthe (?:village|town|island|hamlet|regency|district|subdistrict|province|port) of "
                            r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w'\u2019-])")


def _places_after_their_kind(body: str, mentions: list[EntityMention],
                             known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A name after "the village of" that no pass read is that place (a known one keeps its own mention)."""
    if " of " not in body:
        return mentions
    added = []
    for match in _KIND_OF_PLACE.finditer(body):
        start, end = match.span("name")
        if any(m.char_start < end and start < m.char_end for m in mentions) or any(
                _never_name(word) or _clearly_vocabulary(word) for word in match["name"].split()):
            continue
        entity = discovered_entity(match["name"], "location")
        entity = known.setdefault(entity.entity_id, entity)
        added.append(EntityMention(entity.entity_id, match["name"], start, end))
    return _over(mentions, added) if added else mentions


# A station or a stop named after a body that the list knows, by its acronym: "Stasiun DJKA" (Palembang's light rail),
# "Stasiun BNI City", "Halte BI" (TransJakarta), in an article where trains or buses run.
_STATION_BEFORE = re.compile(r"(?<![\w-])(?P<kind>Stasiun|Halte) $")
_TRANSIT_WORDS = {"Stasiun": re.compile(r"\b(?:LRT|MRT|KRL|kereta|rel|commuter line)\b"),
                  "Halte": re.compile(r"\b(?:bus|busway|TransJakarta|BRT|Trans \w+)\b")}
# Capitalised words after the acronym that are the station's name too ("City" of "Stasiun BNI City").
_NAME_WORDS_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,2}")


def _stations_named_after_bodies(body: str, mentions: list[EntityMention],
                                 known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, "Stasiun ", "Halte "):
        return mentions
    # (a weather station or a broadcaster, "Stasiun BMKG", "Stasiun RRI", is the body's: only where trains run)
    transit = {kind: words.search(body) is not None for kind, words in _TRANSIT_WORDS.items()}
    starts = {m.char_start for m in mentions}
    out = []
    for m in mentions:
        kind = _STATION_BEFORE.search(body, max(0, m.char_start - 8), m.char_start)
        if kind is not None and transit[kind["kind"]] and known[m.entity_id].entity_type == "organization" and (
                m.surface.isupper() and " " not in m.surface):
            end = m.char_end
            if (more := _NAME_WORDS_AFTER.match(body, end)) is not None and end + 1 not in starts:
                end = more.end()  # "Stasiun BNI City"; not "Stasiun DJKA Palembang", where the city is a place
            entity = discovered_entity(body[kind.start():end], "location")
            known.setdefault(entity.entity_id, entity)
            m = EntityMention(entity.entity_id, body[kind.start():end], kind.start(), end)
        out.append(m)
    return out


# English reports write an Indonesian beach with the word in lower case after its name: "at Lombang beach".
_LOWER_BEACH = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) beach\b")


def _beaches_in_english(body: str, mentions: list[EntityMention],
                        known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """"Lombang beach" is the beach Indonesian pages call "Pantai Lombang" (one entity), not the village it is named
    after."""
    if not _has(body, " beach"):
        return mentions
    added = []
    for match in _LOWER_BEACH.finditer(body):
        start, end = match.span()
        if any(m.char_start < start < m.char_end or m.char_start < end < m.char_end for m in mentions) or any(
                _never_name(word) or _clearly_vocabulary(word) for word in match["name"].split()):
            continue
        entity = discovered_entity(f"Pantai {match['name']}", "location")
        entity = known.setdefault(entity.entity_id, entity)
        added.append(EntityMention(entity.entity_id, match[0], start, end))
    return _over(mentions, added) if added else mentions


# English courts and zones by their kind ("Darwin Local Court", "Johor Bahru Sessions Court", "the Australian Fishing
# Zone"): a court's level or a zone's purpose before the word, so no "Food Court", "Tennis Court" or "Time Zone".
_LEADING_NAME_WORDS = r"(?:(?!(?:The|A|An|In|At|On|Of|From|To|And|But)\b)(?-i:[A-Z][\w-]+) ){0,3}"
_COURT = re.compile(_LEADING_NAME_WORDS + r"(?:Local|District|Sessions|Magistrates'?|Supreme|High|Federal"
                    r"|Constitutional|Criminal|Family|Circuit|Appeals?|Military|Religious|Syariah|Shariah|Youth|County)"
                    r" Court\b")
_ZONE = re.compile(_LEADING_NAME_WORDS + r"(?:Fishing|Economic|Free Trade|Industrial|Conservation|Buffer|Exclusion"
                   r"|Demilitari[sz]ed) Zone\b")


def _courts_and_zones(body: str, mentions: list[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, " Court", " Zone"):
        return mentions
    found = []
    for pattern, kind in ((_COURT, "organization"), (_ZONE, "location")):
        for match in pattern.finditer(body):
            start, end = match.span()
            if any(m.char_start <= start and end <= m.char_end for m in mentions) or any(
                    m.char_start < start < m.char_end or m.char_start < end < m.char_end for m in mentions):
                continue  # the register's or another pass's whole name, or a name across its edge
            # the body the article names in full ("the Constitutional Court of Indonesia", then "the Constitutional
            # Court"), else a name of its own
            prefix = match[0].casefold() + " "
            named = next((m.entity_id for m in mentions if known[m.entity_id].name.casefold().startswith(prefix)), None)
            if named is None:
                entity = discovered_entity(match[0], kind)
                named = known.setdefault(entity.entity_id, entity).entity_id
            found.append(EntityMention(named, match[0], start, end))
    return _over(mentions, sorted(found, key=lambda m: m.char_start)) if found else mentions


@cache
def province_short_names() -> frozenset[str]:
    """Provinces' short names as regional development banks join them (name_context.yaml), as written."""
    return frozenset(_name_context().get("province_short_names", []))


# A regional development bank is named by its provinces' short names: "Bank Sumsel Babel", "Bank Kalbar".
_REGIONAL_BANK = re.compile(r"\bBank (?P<first>[A-Z][A-Za-z]+) (?P<second>[A-Z][A-Za-z]+)(?![\w-])")


def _regional_banks(body: str, mentions: list[EntityMention],
                    known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """"Bank Sumsel Babel" (South Sumatra and Bangka Belitung's bank) is one bank, not "Bank Sumsel" and the place
    "Babel": two provinces' short names after "Bank" (name_context.yaml), the second read apart as a place."""
    if not _has(body, "Bank "):
        return mentions
    provinces = province_short_names()
    found = []
    for match in _REGIONAL_BANK.finditer(body):
        second = match.start("second")
        apart = [m for m in mentions if m.char_start == second and known[m.entity_id].entity_type == "location"]
        if not apart or not (match["first"] in provinces and match["second"] in provinces) or any(
                m.char_start == match.start() and not m.entity_id.startswith("x-") for m in mentions):
            continue  # (the register's "Bank Indonesia" before "Jakarta": the central bank, then a place)
        entity = discovered_entity(match[0], "organization")
        entity = known.setdefault(entity.entity_id, entity)
        found.append(EntityMention(entity.entity_id, match[0], match.start(), match.end()))
    return _over(mentions, found) if found else mentions


# A registered name with its acronym in brackets inside it: "Komite Disiplin (Komdis) PSSI" is "Komite Disiplin
# PSSI", "Komdis PSSI" (the register's), and the article's bare "Komdis" is that committee.
_ACRONYM_INSIDE = re.compile(r"(?P<long>[A-Z][\w-]*(?: [A-Z][\w-]*){0,4}) \((?P<acronym>[A-Z][\w-]{1,12})\)"
                             r" (?P<tail>[A-Z][\w-]*)")


def _registered_names_around_acronyms(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity],
                                      gaz: Gazetteer) -> list[EntityMention]:
    if not _has(body, ") "):
        return mentions
    found: list[EntityMention] = []
    moved: dict[str, str] = {}
    for match in _ACRONYM_INSIDE.finditer(body):
        words = match["long"].split(" ")
        # the name the register knows with its tail ("Komite Disiplin PSSI"), else the shortest words the acronym
        # fits ("Ketua Komite Disiplin (Komdis) PSSI": the chairman's title is no word of the committee's)
        candidates = [(k, gaz.exact(f"{' '.join(words[k:])} {match['tail']}")) for k in range(len(words))]
        acronym_of = gaz.exact(f"{match['acronym']} {match['tail']}")
        candidates += [(k, acronym_of) for k in reversed(range(len(words)))]
        for k, entity in candidates:
            long = " ".join(words[k:])
            if entity is None or entity.entity_type != "organization" or not _acronym_fits(match["acronym"], long):
                continue
            start = match.start("long") + len(" ".join(words[:k])) + (1 if k else 0)
            inside = [m for m in mentions if start <= m.char_start and m.char_end <= match.end()]
            if any(m.char_start < start < m.char_end or (m.char_start < start and m.char_end >= match.end())
                   for m in mentions) or any(known[m.entity_id].curated and m.surface == long for m in inside):
                break  # inside a longer name ("Komisi VIII Dewan Perwakilan Rakyat (DPR) RI"), or the register's
                # long form already ("Badan Reserse Kriminal (Bareskrim) Polri": Bareskrim, then Polri)
            known.setdefault(entity.entity_id, entity)
            found.append(EntityMention(entity.entity_id, body[start:match.end()], start, match.end()))
            moved.update({m.entity_id: entity.entity_id for m in mentions if m.entity_id.startswith("x-org-")
                          and m.surface in (long, match["acronym"])})
            break
    if not found:
        return mentions
    return _with_moved_ids(_over(mentions, found), moved)


# A listed company's stock code in brackets after its name: "PT Lasolo Nikel Mandiri Tbk (LSNM)", "... Tbk (IDX:
# LSNM)", "(kode saham: LSNM)"; the four letters are the company wherever the article writes them.
_TICKER_AFTER = re.compile(r" \((?:(?:IDX|BEI|kode saham|kode emiten|ticker)\s*:?\s*)?(?P<ticker>[A-Z]{4})\)")


def _stock_tickers(body: str, mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, "Tbk ("):
        return mentions
    tickers = {match["ticker"]: m.entity_id for m in mentions if m.surface.endswith("Tbk")
               and known[m.entity_id].entity_type == "organization"
               and (match := _TICKER_AFTER.match(body, m.char_end)) is not None}
    if not tickers:
        return mentions
    taken = [(m.char_start, m.char_end) for m in mentions]
    found = [EntityMention(tickers[word[0]], word[0], word.start(), word.end())
             for word in re.finditer(r"\b(?:" + "|".join(tickers) + r")\b", body)
             if not any(start < word.end() and word.start() < end for start, end in taken)]
    return sorted([*mentions, *found], key=lambda m: (m.char_start, -m.char_end, m.entity_id)) if found else mentions


def _companies_without_their_form(mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """"Kaiho Foods said" after "Kaiho Foods Co.": the company without its abbreviated form, not a person."""
    companies = {m.surface.rstrip(".").rsplit(" ", 1)[0]: m.entity_id for m in mentions
                 if known[m.entity_id].entity_type == "organization" and m.surface.rstrip(".").endswith(
                     _ABBREVIATED_FORMS)}
    if not companies:
        return mentions
    return _with_moved_ids(mentions, {m.entity_id: companies[m.surface] for m in mentions
                                      if m.surface in companies and known[m.entity_id].entity_type == "person"
                                      and m.entity_id.startswith("x-per-")})


def _balinese_names(mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A Balinese name opens with "I" or "Ni" and a birth-order name ("I Made Kertayasa", "Ni Luh Putu Ratih"): a
    capitalised word before it is no part of it ("Bendesa Adat Pecatu I Made Kertayasa": the village's)."""
    openers = _context().balinese_birth_order_names
    cut: dict[str, tuple[str, str]] = {}  # the long person's id -> the name's id and the words before it
    for m in mentions:
        at = max(m.surface.find(" I "), m.surface.find(" Ni "))
        if at < 0 or not m.entity_id.startswith("x-per-") or m.entity_id in cut:
            continue
        name = m.surface[at + 1:]
        if name.split()[1].casefold() in openers:
            person = discovered_entity(name, "person")
            known.setdefault(person.entity_id, person)
            cut[m.entity_id] = (person.entity_id, m.surface[:at + 1])
    if not cut:
        return mentions
    out = []
    for m in mentions:
        if m.entity_id in cut:
            person_id, before = cut[m.entity_id]
            drop = len(before) if m.surface.startswith(before) else 0
            m = EntityMention(person_id, m.surface[drop:], m.char_start + drop, m.char_end)
        out.append(m)
    return out


def _places_named_as_listed(mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """A place found by its kind ("Wali Nagari Singgalang") that the article also names as a listed district or
    village ("Nagari Singgalang, Kecamatan X Koto"): one place, the listed one."""
    listed = {known[m.entity_id].name.split(",", 1)[0].casefold(): m.entity_id for m in mentions
              if m.entity_id.startswith(_AREA_ID_PREFIX) and m.entity_id in known}
    if not listed:
        return mentions
    return [EntityMention(listed[name], m.surface, m.char_start, m.char_end)
            if m.entity_id.startswith("x-loc-") and (name := known[m.entity_id].name.casefold()) in listed else m
            for m in mentions]


# Districts and villages (kabar/reference/districts.tsv, the ministry's list): "Kecamatan Sumberbaru", "Bidara
# Cina", "Canggu". A name is one of ~91,000, and thousands are shared ("Sidomulyo" names 99 villages), so a name is
# taken only where the article says which: its regency or province is named (by the gazetteer, or by a district
# already taken), or a cue word says what it is and the country has one such. A name that is also a frequent word
# or a given name ("Tanggul", "Guntur") needs a cue or a list with a district taken before it; a name inside a
# longer run of capitalised words ("Jalan Jatinegara Barat", "Puskesmas Kalisat") is part of another name.
_DISTRICT_CUES = {"kecamatan": "district", "kec": "district", "distrik": "district", "kapanewon": "district",
                  "kemantren": "district", "kelurahan": "village", "kel": "village", "desa": "village",
                  "kalurahan": "village", "nagari": "village", "gampong": "village",
                  # Papua's and Aceh's villages are kampung, but so is every Malaysian village: a kampung is taken
                  # only in a regency the article names, never as the one village of its name in the country.
                  "kampung": "kampung",
                  # Maluku's adat villages are negeri ("Negeri Soahuku"); "Pengadilan Negeri Ambon", "SMA Negeri" are
                  # not (see _cue_before), and the word is taken only in a regency the article names
                  "negeri": "kampung"}
_ABBREVIATED_CUES = frozenset({"kec", "kel"})
_AREA_ID_PREFIX = "loc-adm-"  # districts and villages of districts.tsv ("loc-adm-17-03-01")
_LEVEL_ORDER = {"district": 0, "kelurahan": 1, "desa": 2}
_MAX_AREA_WORDS = 4
_LIST_JOIN = frozenset({", ", " dan ", ", dan ", " serta ", " and ", ", and ", " & "})


@dataclass(frozen=True, slots=True)
class _AreaCandidate:
    first: int  # token indexes of the name
    last: int
    cue: str | None  # the level a cue word before it names (district | village), or None
    listed: bool  # written in a list right after a district taken before it


def _district_mentions(body: str, tokens: Sequence[_Token], mentions: list[EntityMention],
                       known: MutableMapping[str, Entity], gaz: Gazetteer) -> list[EntityMention]:
    areas = administrative_areas()
    # The provinces and regencies the article names, with how often (the most named wins a tie).
    regions = Counter(code for m in mentions for code in areas.codes_of.get(m.entity_id, ()))
    found: dict[int, tuple[EntityMention, str]] = {}  # by first token: the mention and its code
    for _ in range(2):  # a district taken in the first round names its regency for the second
        before = len(found)
        _take_districts(body, tokens, mentions, areas, regions, found)
        regions.update(code[:n] for _, code in found.values() for n in (2, 5) if code[:n] not in regions)
        if len(found) == before:
            break
    if not found:
        return mentions
    for mention, code in found.values():
        regency = gaz.entities.get(areas.entity_of.get(code[:5], ""))
        name = mention.surface if regency is None else f"{mention.surface}, {regency.name}"
        known.setdefault(mention.entity_id, Entity(mention.entity_id, name, "location", None, True))
    return _over(mentions, sorted((m for m, _ in found.values()), key=lambda m: m.char_start))


def _take_districts(body: str, tokens: Sequence[_Token], mentions: list[EntityMention], areas: AdministrativeAreas,
                    regions: Counter[str], found: dict[int, tuple[EntityMention, str]]) -> None:
    starts = [m.char_start for m in mentions]
    # A name the article writes as the end of a longer one ("Bendung Katulampa", then "Katulampa") is that one's.
    inside_names = {" ".join(words[k:]) for m in mentions if " " in m.surface
                    for words in [m.surface.casefold().split()] for k in range(1, len(words))}
    first_words = areas.first_words
    next_free = 0
    # Most tokens open no district's name: one set lookup before the candidate's work.
    for i in [i for i, t in enumerate(tokens) if t.capitalised and t.key in first_words]:
        if i < next_free:
            continue
        candidate = _area_candidate(body, tokens, i, areas, mentions, starts, found, inside_names)
        if candidate is None:
            continue
        start, end = tokens[candidate.first].start, tokens[candidate.last].end
        code = _area_code(areas.by_name[body[start:end].casefold()], candidate, regions)
        # A frequent word or given name is a district only in a list of them, or under a cue where the article
        # names its region ("Kecamatan Tanggul" in a report on Jember; not "desa. Namun" anywhere).
        if code is not None and (candidate.listed or candidate.first != candidate.last
                                 or not _common_word(tokens[candidate.first].text)
                                 or (candidate.cue is not None and code[:5] in regions)
                                 or _named_within_its_city(body, tokens[candidate.first], code, regions)):
            entity_id = _AREA_ID_PREFIX + code.replace(".", "-")
            found[candidate.first] = (EntityMention(entity_id, body[start:end], start, end), code)
        next_free = candidate.last + 1
    for first in [f for f, (m, _) in found.items() if m.surface.casefold() in inside_names]:
        if _cue_before(body, tokens, first) is None:  # the name is part of a longer one elsewhere: bare, not a place
            del found[first]


# Provinces that are one city: a kelurahan is written with the city's name alone ("Kemayoran, Jakarta").
_CITY_PROVINCES = frozenset({"31"})


def _runs_on_past(body: str, tokens: Sequence[_Token], i: int, mention: EntityMention) -> bool:
    """A gazetteer's name that ends inside a run of capitalised words going on after it ("Bitung" in "Bitung
    Jaya")."""
    nxt = next((t for t in tokens[i:i + _MAX_AREA_WORDS] if t.start >= mention.char_end), None)
    return nxt is not None and nxt.capitalised and body[mention.char_end:nxt.start] == " " and (
        mention.char_end > tokens[i].start)


def _named_within_its_city(body: str, token: _Token, code: str, regions: Counter[str]) -> bool:
    """A name that is also a frequent word ("Kemayoran", "Cawang": frequent because they are known places) is the
    district inside a sentence where the article names its city (not "Tanggul itu jebol" opening one)."""
    if token.key in given_names() or _opening_word(body, token):
        return False  # "kata Kamal": a person's name; "Tanggul itu jebol": a word opening the sentence
    if curated().exact(f"Kabupaten {token.text}") is not None or curated().exact(f"Pulau {token.text}") is not None:
        return False  # "timah di Bangka": a regency or an island of that name, not South Jakarta's kelurahan
    # In a city-province only a district (kecamatan) is named with the city alone: "Bangka" or "Kamal" there are
    # also kelurahan, and elsewhere an island and a name.
    in_city = code[:2] in _CITY_PROVINCES and code[:2] in regions and area_level(code) == "district"
    return code[:5] in regions or in_city


def _area_candidate(body: str, tokens: Sequence[_Token], i: int, areas: AdministrativeAreas,
                    mentions: Sequence[EntityMention], starts: Sequence[int],
                    found: Mapping[int, tuple[EntityMention, str]], inside_names: set[str]) -> _AreaCandidate | None:
    """The longest district or village name opening at token i that no gazetteer mention covers."""
    k = bisect_right(starts, tokens[i].start) - 1
    covered = k >= 0 and tokens[i].start < mentions[k].char_end
    if covered and not _runs_on_past(body, tokens, i, mentions[k]) and not (
            _district_cue_written(body, tokens, i) and areas.codes_of.get(mentions[k].entity_id)):
        return None
    last = None
    j = i
    while j < len(tokens) and j - i < _MAX_AREA_WORDS and tokens[j].capitalised and (
            j == i or body[tokens[j - 1].end:tokens[j].start] == " "):
        if body[tokens[i].start:tokens[j].end].casefold() in areas.by_name:
            last = j
        j += 1
    if last is None:
        return None
    end = tokens[last].end
    if covered:
        # "Desa Bitung Jaya" (a village of Cikupa), not the city of Bitung: a longer village's name, under its cue
        # or as the article named it so before ("di Bitung Jaya"); "Kecamatan Tangerang", the district the city's
        # centre is, not the city (written as long as the gazetteer's name, under the district's cue).
        named_before = any(m.surface.casefold() == body[tokens[i].start:end].casefold() for m, _ in found.values())
        inside_run = i > 0 and tokens[i - 1].capitalised and body[tokens[i - 1].end:tokens[i].start] == " "
        district_of_region = (end == mentions[k].char_end and mentions[k].char_start == tokens[i].start
                              and _district_cue_written(body, tokens, i)
                              and bool(areas.codes_of.get(mentions[k].entity_id)))
        if district_of_region:
            k -= 1  # the region's mention gives way to its district of the same name
        elif end <= mentions[k].char_end or not (_cue_before(body, tokens, i) or (named_before and not inside_run)):
            # (not "Polsek Samarinda Utara": the district's police, which a later pass names)
            return None
        else:
            k -= 1  # the covering mention gives way to the longer name
    if k + 1 < len(mentions) and mentions[k + 1].char_start < end and mentions[k + 1].char_end > end:
        return None  # a gazetteer name runs on past it
    cue = _cue_before(body, tokens, i)
    before = tokens[i - 1] if i > 0 and body[tokens[i - 1].end:tokens[i].start] == " " else None
    after = tokens[last + 1] if last + 1 < len(tokens) and body[end:tokens[last + 1].start] == " " else None
    # "Jakarta Timur Bidara Cina RW 05" (a table of flooded blocks): a place before it, a block unit after it.
    joined_before = before is not None and before.capitalised and cue is None and not _opening_word(body, before) and (
        not (k >= 0 and mentions[k].char_end == before.end))
    joined_after = after is not None and after.capitalised and after.key not in _BLOCK_UNITS
    serves_it = before is not None and before.key in _SERVICES and (after is None or not joined_after or (
        after.key not in _context().place_directions))
    # "Sepaku Lama": the district's old settlement, a place of its own made of the district's name (_directional_places)
    settlement = after is not None and after.key in _SETTLEMENT_WORDS and not joined_before
    # "Kepala Desa Siambul Hasanuddin": under a head's title the village's name ends where its head's name begins
    headed = cue is not None and i > 1 and tokens[i - 2].key in _context().heads_titles and not (
        after is not None and after.key in _context().place_directions)
    if (joined_before or (joined_after and not headed)) and not serves_it and not settlement:
        # Inside a person's or a company's name the same word elsewhere is that name's too; after a facility's
        # head ("Jalan Jatinegara Barat") it is still the district, written alone.
        # (nor before an English body's kind: "Nusa Penida Police Chief ..." is the district's police, and "Nusa
        # Penida" elsewhere the district)
        if not ((before is not None and _is_facility_head(before.key)) or (after is not None and (
                after.key in _context().place_directions or after.key in _context().closing_body_kinds))):
            inside_names.add(body[tokens[i].start:end].casefold())
        return None
    previous = found.get(_previous_found(found, i))
    listed = previous is not None and body[previous[0].char_end:tokens[i].start] in _LIST_JOIN
    if cue is None and listed:
        cue = _cue_of_list(body, tokens, found, i)
    return _AreaCandidate(i, last, cue, listed)


_BLOCK_UNITS = frozenset({"rw", "rt", "rk", "blok"})
# A district's own public service, named after it: "Kepala Puskesmas Sumberbaru Nur Hasanah" is the district's
# clinic and a person (named_kinds then takes "Puskesmas Sumberbaru" as the clinic).
_SERVICES = frozenset({"puskesmas", "polsek", "koramil", "kua", "upt",
                       # the district's or village's own officials: "Camat Pintu Rime Gayo", "Kapolsek Cilandak",
                       # "Reje Kampung ..." (Gayo), "Keuchik ..." (Aceh)
                       "camat", "kapolsek", "kapolsekta", "danramil", "lurah", "kades", "reje", "keuchik", "geuchik"})
_FACILITIES = _SERVICES | frozenset({"jalan", "jl", "sdn", "smpn", "sman", "smkn", "sd", "smp", "sma", "mi", "mts",
                                     "kantor", "rsud", "masjid", "gereja", "balai", "posko", "terminal"})


def _is_facility_head(key: str) -> bool:
    context = _context()
    return key in _FACILITIES or key in context.org_heads or key in context.place_heads or key in context.admin_heads


def _previous_found(found: Mapping[int, tuple[EntityMention, str]], i: int) -> int:
    return max((f for f in found if f < i), default=-1)


def _cue_of_list(body: str, tokens: Sequence[_Token], found: Mapping[int, tuple[EntityMention, str]],
                 i: int) -> str | None:
    """The cue before the first district of the list that ends at token i ("Kelurahan A, B, dan C")."""
    first = _previous_found(found, i)
    while (earlier := _previous_found(found, first)) >= 0 and (
            body[found[earlier][0].char_end:tokens[first].start] in _LIST_JOIN):
        first = earlier
    return _cue_before(body, tokens, first)


def _district_cue_written(body: str, tokens: Sequence[_Token], i: int) -> bool:
    """A district's cue written as its name's first word, "Kecamatan Tangerang"; not "12 kecamatan Gresik", the
    regency's districts."""
    return _cue_before(body, tokens, i) == "district" and tokens[i - 1].capitalised


def _cue_before(body: str, tokens: Sequence[_Token], i: int) -> str | None:
    gap = body[tokens[i - 1].end:tokens[i].start] if i > 0 else ""
    # "Kec. Ledokombo"; not "... ke setiap desa. Namun, ...": a full stop ends a sentence after a whole word
    if gap == " " or (gap == ". " and tokens[i - 1].key in _ABBREVIATED_CUES):
        if tokens[i - 1].key == "negeri" and i > 1 and tokens[i - 2].capitalised and (
                body[tokens[i - 2].end:tokens[i - 1].start] == " ") and not _opening_word(body, tokens[i - 2]):
            return None  # "Kejaksaan Negeri Sleman": a body's name, no village
        return _DISTRICT_CUES.get(tokens[i - 1].key)
    return None


def _opening_word(body: str, token: _Token) -> bool:
    """A frequent word opening the sentence before a name ("Warga Bidara Cina ..."), not part of the name."""
    return _opens_sentence(body, token.start) and is_ordinary_word(token.text)


def _common_word(word: str) -> bool:
    return is_ordinary_word(word) or word.casefold() in given_names()


def _area_code(codes: Sequence[str], candidate: _AreaCandidate, regions: Counter[str]) -> str | None:
    """Which of the districts and villages of that name the article means, or None when it does not say."""
    if candidate.cue is not None:
        # (a district's code has two dots: area_level's test, without its call for each of a common name's codes)
        codes = [c for c in codes if (c.count(".") == 2) == (candidate.cue == "district")]

    def rank(code: str) -> tuple[int, int]:
        return _LEVEL_ORDER[area_level(code)], -regions[code[:5]]
    # The first of the codes ranked is min()'s (the first of the least): ranking only the few codes in the article's
    # regions, not all of a common name's hundreds ("Sukamaju"), is the same choice.
    in_regency = [c for c in codes if c[:5] in regions]
    if in_regency:
        return min(in_regency, key=rank)
    if candidate.cue == "kampung":
        return None  # a kampung only in a regency the article names
    # A province is a wide net: only districts and kelurahan, and only where the province has one of that name.
    in_province = [c for c in codes if c[:2] in regions and area_level(c) != "desa"]
    if in_province:
        return min(in_province, key=rank) if len({c[:5] for c in in_province}) == 1 else None
    return codes[0] if candidate.cue in ("district", "village") and len(codes) == 1 else None


# A regency and the city it is named after are two entities (loc-pekalongan-regency, loc-pekalongan); the bare
# name ("Pekalongan") is the city's alias. In an article that names the regency and never the city ("Kota
# Pekalongan"), the bare name is the regency; except in the dateline that opens the text ("Jayapura (ANTARA) -"):
# reporters file from the city.
_REGENCY_SUFFIX = "-regency"


# Offices and bodies written before the bare name of their regency: "Bupati Kudus Fauzan Hariri", "Polres Kudus".
_REGION_OFFICES = frozenset({"bupati", "wabup", "kapolres", "polres", "polresta", "dandim", "kodim", "kajari",
                             "kejari", "dprd", "pemkab", "sekda", "dinkes", "disdik", "bpbd", "kpu", "bawaslu",
                             "kemenag", "satpol", "rsud", "pn", "regent"})


@cache
def _bare_regency_names(gaz: Gazetteer) -> dict[str, str]:
    """Regencies whose bare name is no alias, being an ordinary word ("Kudus": holy, "Batang": stem) -> their ids."""
    found: dict[str, str] = {}
    for entity_id, entity in gaz.entities.items():
        if entity.entity_type != "location":
            continue
        for alias in gaz.aliases_of(entity_id):
            if alias.startswith("Kabupaten ") and gaz.exact(bare := alias[len("Kabupaten "):]) is None and (
                    gaz.exact(f"Kota {bare}") in (None, entity)):
                found.setdefault(bare.casefold(), entity_id)  # not Banjar, Bima: a city has the name too
    return found


@cache
def bare_regency_names() -> frozenset[str]:
    """The regencies' bare names that are also words ("kudus", "batang"), casefolded, for the cleaner's datelines."""
    return frozenset(_bare_regency_names(curated()))


def _bare_regencies(body: str, tokens: Sequence[_Token], mentions: list[EntityMention],
                    gaz: Gazetteer) -> list[EntityMention]:
    """A regency written by its bare name where that name is also a word: after an office of the regency ("Bupati
    Kudus", "Kapolres Kudus"), or anywhere the article names it in full ("Kabupaten Kudus" ... "warga Kudus"); not
    inside another name ("Roh Kudus") or a longer regency's ("Bupati Batang Hari")."""
    names = _bare_regency_names(gaz)
    named = {m.entity_id for m in mentions}
    starts = [m.char_start for m in mentions]
    found = []
    for i in [i for i, t in enumerate(tokens) if t.capitalised and t.key in names]:
        token, entity_id = tokens[i], names[tokens[i].key]
        k = bisect_right(starts, token.start) - 1
        if k >= 0 and token.start < mentions[k].char_end:
            continue
        before = tokens[i - 1] if i > 0 and body[tokens[i - 1].end:token.start] == " " else None
        after = tokens[i + 1] if i + 1 < len(tokens) and body[token.end:tokens[i + 1].start] == " " else None
        office = before is not None and before.key in _REGION_OFFICES
        if not office and (entity_id not in named or (before is not None and before.capitalised) or (
                after is not None and after.capitalised)):
            continue  # (not "Pati Polri dirotasi": senior officers, in an article on Kabupaten Pati)
        if after is not None and after.capitalised and gaz.exact(f"Kabupaten {token.text} {after.text}") is not None:
            continue
        found.append(EntityMention(entity_id, token.text, token.start, token.end))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.char_start, -m.char_end, m.entity_id))


def _bare_names_of_the_regency(mentions: list[EntityMention], gaz: Gazetteer) -> list[EntityMention]:
    ids = {m.entity_id for m in mentions}
    cities_named = {m.entity_id for m in mentions if m.surface.split()[0].casefold() == "kota"}
    moved = {city: city + _REGENCY_SUFFIX for city in ids
             if city + _REGENCY_SUFFIX in ids and city not in cities_named and city in gaz.entities}
    if not moved:
        return mentions
    return [EntityMention(moved[m.entity_id], m.surface, m.char_start, m.char_end)
            if m.entity_id in moved and m.char_start > 0 else m for m in mentions]


def _islands_named_alone(mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """"Pulau Enggano" and "Enggano" in one article are one place, the island and the district that is the island
    (most annotators list them as one); not an island and a regency or city named after it ("Pulau Nias", "Nias";
    "Pulau Ambon", "Ambon")."""
    islands = [m for m in mentions if m.surface.startswith("Pulau ") and m.entity_id.startswith("x-loc-")]
    if not islands:
        return mentions
    # Only a district or village (kecamatan, desa) is an island whole: a regency may hold part of one (Nias, Bangka)
    alone = {m.surface: m.entity_id for m in mentions if m.entity_id.startswith(_AREA_ID_PREFIX)}
    moved = {m.entity_id: alone[m.surface.removeprefix("Pulau ")] for m in islands
             if m.surface.removeprefix("Pulau ") in alone}
    return _with_moved_ids(mentions, moved)


# Family names written without their accents that are also words elsewhere ("le", "do"): capitalised only.
_SHORT_VIETNAMESE_FAMILY_NAMES = frozenset({"Le", "Do", "Ly"})


def _outside_vietnamese_names(body: str, mentions: list[EntityMention], gaz: Gazetteer) -> list[EntityMention]:
    """Places the gazetteer finds inside a Vietnamese person's or street's name are none ("Nguyen Thi Hue"): a word
    of such a name before them (name_context.yaml)."""
    ctx = _context()
    out = []
    for m in mentions:
        if _type_of(m.entity_id, gaz) == "location" and (
                before := _WORD_BEFORE.search(body, max(0, m.char_start - 12), m.char_start)) is not None and (
                (key := before[1].casefold()) in ctx.vietnamese_family_names or key in ctx.vietnamese_middle_names
                or before[1] in _SHORT_VIETNAMESE_FAMILY_NAMES):
            continue
        out.append(m)
    return out


def _branches_written_whole(body: str, mentions: list[EntityMention],
                            known: Mapping[str, Entity]) -> list[EntityMention]:
    """An office written whole, its branch's short name in brackets after it: "Dinas Energi dan Sumber Daya Mineral
    Provinsi Sumatera Barat (Dinas ESDM Sumbar)" is the branch the short name names (Dinas ESDM of West Sumatra),
    when the short name opens with the same word and its letters are the long name's, in order."""
    starts = {m.char_start: m for m in mentions}
    moved = {}
    for m in mentions:
        short = starts.get(m.char_end + 2) if body.startswith(" (", m.char_end) else None
        if (short is None or not body.startswith(")", short.char_end) or not m.entity_id.startswith("x-org-")
                or short.entity_id == m.entity_id or not short.entity_id.startswith("x-org-")):
            continue
        head, _, rest = short.surface.partition(" ")
        if (rest and head == m.surface.split(" ", 1)[0] and _acronym_fits(short.surface, m.surface)
                and known[short.entity_id].name.casefold() != short.surface.casefold()):  # the short name: a branch's
            moved[m.entity_id] = short.entity_id
    return _with_moved_ids(mentions, moved)


def _acronyms_of_branches(mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """An acronym defined by a branch's name is that branch: "Pemerintah Provinsi Sumatera Utara (Pemprovsu)" is
    learned as the long form's entity, which the branch rules later named as the region's Pemprov."""
    branches = [m for m in mentions if (e := known.get(m.entity_id)) is not None and e.entity_type == "organization"
                and e.name.casefold() != m.surface.casefold()]
    branch_of = {m.surface.casefold(): m.entity_id for m in branches}
    # ... and so is one defined inside the branch's name, before its place: "Dinas Pekerjaan Umum dan Penataan Ruang
    # (DPUPR) Banyumas", then "DPUPR" (learned as the long form's), when the article names one such branch
    inside: dict[str, set[str]] = {}
    for m in branches:
        if (defined := _DEFINED_ACRONYM.search(m.surface)) is not None:
            inside.setdefault(m.surface[:defined.start()].casefold(), set()).add(m.entity_id)
    branch_of.update({name: next(iter(ids)) for name, ids in inside.items() if len(ids) == 1})
    moved = {m.entity_id: branch_of[name] for m in mentions
             if m.entity_id.startswith("x-org-") and (e := known.get(m.entity_id)) is not None
             and (name := e.name.casefold()) in branch_of and branch_of[name] != m.entity_id}
    return _with_moved_ids(mentions, moved)


# A body with a branch in every region, written before a place, names that branch: "BPBD Sleman" is Sleman's
# disaster agency, an organization of its own, whether written "BPBD Sleman", "BPBD Kabupaten Sleman" or
# "Badan Penanggulangan Bencana Daerah (BPBD) Sleman". Its id is the body's and the place's (not the words), so
# every way of writing it is one entity. The country is no branch ("KPU RI" is the KPU).
_COUNTRY_LEVEL = frozenset({"loc-indonesia"})
# (two words for an office's short name: "Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan")
_DEFINED_ACRONYM = re.compile(r" \(([A-Z][\w-]*(?: [A-Z][\w-]*)?)\) ")


def _longer_body_names() -> dict[str, tuple[str, ...]]:
    """The last words of a regional body's name (casefolded) -> the words written before them, longest first:
    "kemenag" -> ("kantor wilayah", "kanwil", "kantor"), "kementerian agama" -> ("kantor wilayah", "kantor")."""
    return _body_name_splits()[0]


@cache
def _body_name_splits() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Each regional body's name cut after each of its words, longest names first: (the last words -> the words
    before them, the first words -> the words after them)."""
    before: dict[str, list[str]] = {}
    after: dict[str, list[str]] = {}
    for name in sorted(_regional_bodies(), key=len, reverse=True):
        words = name.split(" ")
        for k in range(1, len(words)):
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            before.setdefault(tail, []).append(head)
            after.setdefault(head, []).append(tail)
    return ({tail: tuple(heads) for tail, heads in before.items()},
            {head: tuple(tails) for head, tails in after.items()})


# A state company's legal form around its name: "PT PLN (Persero) UP3 Palu" is PLN's unit
_LEGAL_FORM_AROUND = re.compile(r"^pt |\s*\(persero\)(?=$| )")


def _body_key(surface: str) -> str:
    """The casefolded name of a regional body as written, without a state company's legal form."""
    key = surface.casefold()
    return _LEGAL_FORM_AROUND.sub("", key) if key.startswith("pt ") else key


def _body_names_written_after() -> dict[str, tuple[str, ...]]:
    """The first words of a regional body's name (casefolded) -> the words written after them, longest first: "pln"
    -> ("unit pelaksana pelayanan pelanggan", ..., "up3"): a company's unit is a body of its own ("PLN UP3")."""
    return _body_name_splits()[1]


def _units_with_their_body(body: str, mentions: list[EntityMention],
                           known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A unit's discovered name right before the curated body it belongs to is one organization with it: "Divisi
    Hubungan Internasional" + "Polri"."""
    heads = _context().unit_heads
    by_start = {m.char_start: m for m in mentions}
    out = list(mentions)
    for m in mentions:
        parent = by_start.get(m.char_end + 1)
        entity = known.get(m.entity_id)
        if (parent is None or entity is None or not m.entity_id.startswith("x-org-") or body[m.char_end] != " "
                or m.surface.split(" ", 1)[0].casefold() not in heads or " " not in m.surface
                or (owner := known.get(parent.entity_id)) is None or not owner.curated
                or owner.entity_type != "organization" or parent.surface.casefold() in _regional_bodies()):
            # (not before a body whose branch a place names next: "Pusat Data ... BPBD DKI Jakarta")
            continue
        unit = discovered_entity(body[m.char_start:parent.char_end], "organization")
        known.setdefault(unit.entity_id, unit)
        out = [o for o in out if o is not m and o is not parent]
        out.append(EntityMention(unit.entity_id, body[m.char_start:parent.char_end], m.char_start, parent.char_end))
    return out


def _bodies_written_longer(body: str, mentions: list[EntityMention],
                           known: Mapping[str, Entity]) -> list[EntityMention]:
    """An organization's mention with the words before it that make another body's name of the regional bodies: the
    ministry's "Kemenag" in "Kanwil Kemenag Sulsel" (its provincial office), "Kementerian Agama" in "Kantor Wilayah
    Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan"; discovery's "Kantor Wilayah" inside it goes."""
    longer = _longer_body_names()
    out = list(mentions)
    for m in mentions:
        prefixes = longer.get(m.surface.casefold())
        entity = known.get(m.entity_id)
        if not prefixes or entity is None or entity.entity_type != "organization":
            continue
        for prefix in prefixes:
            start = m.char_start - len(prefix) - 1
            written = body[start:m.char_start] if start >= 0 else ""
            if written.casefold() == prefix + " " and all(w[0].isupper() for w in written.split()) and (
                    start == 0 or not body[start - 1].isalnum()):  # (not "kantor Kementerian Agama": a building)
                out = [o for o in out if not (start <= o.char_start and o.char_end <= m.char_end)]
                out.append(EntityMention(m.entity_id, body[start:m.char_end], start, m.char_end))
                break
    return _bodies_written_on(body, out, known)


def _bodies_written_on(body: str, mentions: list[EntityMention],
                       known: Mapping[str, Entity]) -> list[EntityMention]:
    """A curated organization's mention with the words after it that make a regional body's name: "PLN" in "PLN UP3
    Parepare" (the company's customer-service unit, whose branch the place then names)."""
    after = _body_names_written_after()
    out = list(mentions)
    for m in mentions:
        entity = known.get(m.entity_id)
        suffixes = after.get(_body_key(m.surface))
        if not suffixes or entity is None or not entity.curated or entity.entity_type != "organization":
            continue
        for suffix in suffixes:
            end = m.char_end + 1 + len(suffix)
            written = body[m.char_end:end]
            if written.casefold() == " " + suffix and all(w[0].isupper() for w in written.split()) and (
                    end == len(body) or not body[end].isalnum()):
                out = [o for o in out if not (m.char_start <= o.char_start and o.char_end <= end)]
                out.append(EntityMention(m.entity_id, body[m.char_start:end], m.char_start, end))
                break
    return out


def _regional_branches(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity],
                       learned: Mapping[str, str], gaz: Gazetteer) -> list[EntityMention]:
    bodies = _regional_bodies()
    mentions = _unfound_body_heads(body, mentions, known, bodies)
    branches: dict[str, set[str]] = {}  # the branches named, by their body
    out: list[EntityMention] = []
    places = {m.surface: place for m in mentions if (place := known.get(m.entity_id)) is not None
              and place.entity_type == "location" and place.entity_id not in _COUNTRY_LEVEL}
    # ... and a region's bare name, where the article names the region with its kind and no other of that name
    # ("Polresta Magelang" after "Kabupaten Magelang": the regency's)
    bare: dict[str, set[str]] = {}
    for surface, place in places.items():
        kind, _, name = surface.partition(" ")
        if name and kind.casefold() in _REGION_KINDS:
            bare.setdefault(name, set()).add(place.entity_id)
    places.update({name: known[next(iter(ids))] for name, ids in bare.items() if len(ids) == 1 and name not in places})
    # A name whose acronym spells its last word too names one body, not a branch: "Badan Silaturrahim Ulama
    # Pesantren Madura (Bassra)" is no Madura branch of a "Badan Silaturrahim Ulama Pesantren".
    named_whole = {entity_id for acronym, entity_id in learned.items() if " " not in acronym}
    i = 0
    while i < len(mentions):
        head = mentions[i]
        branch = _branch_at(body, mentions, i, known, learned, bodies) or _branch_at_airport(body, head, bodies, gaz)
        tail = None
        if branch is not None:
            entity, end = branch
            head = EntityMention(entity.entity_id, body[head.char_start:end], head.char_start, end)
            while i + 1 < len(mentions) and mentions[i + 1].char_start < end:
                i += 1  # the place's mention (or words of the airport's name) inside the branch's
                tail = _person_past(body, mentions[i], end, known) or tail
        elif head.entity_id in named_whole and _acronym_needs_last_word(head, learned):
            entity = None
        elif (entity := _discovered_branch(head, bodies, gaz, places)) is not None or (
                entity := _spelled_unit_named(head, bodies, gaz, places)) is not None:
            head = EntityMention(entity.entity_id, head.surface, head.char_start, head.char_end)
        elif head.surface.startswith("Kantor ") and head.entity_id.startswith("x-org-") and (
                entity := _branch_named(head.surface.removeprefix("Kantor "), bodies, gaz)) is not None:
            # "Kantor DPRD Sumbawa": the council's building, named after the council (the council is the entity)
            start = head.char_start + len("Kantor ")
            head = EntityMention(entity.entity_id, body[start:head.char_end], start, head.char_end)
        if entity is not None:
            known.setdefault(entity.entity_id, entity)
            branches.setdefault(entity.name.split(" ", 1)[0].casefold(), set()).add(entity.entity_id)
        out.append(head)
        if tail is not None:
            out.append(tail)
        i += 1
    return _bare_bodies_as_their_branch(out, branches, known, bodies) if branches else out


def _person_past(body: str, mention: EntityMention, end: int,
                 known: MutableMapping[str, Entity]) -> EntityMention | None:
    """The person a discovered name inside a branch's name goes on to: "Kepala Kantor Imigrasi Ngurah Rai Hendra
    Kusumawardana" was read as the person "Rai Hendra Kusumawardana" ("Ngurah" opens Balinese names) before the
    airport's name made the office's; the words after the airport are the head's name (four heads of that office
    in the blind sets were lost with the whole mention)."""
    entity = known.get(mention.entity_id)
    if entity is None or entity.curated or entity.entity_type != "person" or mention.char_end <= end:
        return None
    surface = body[end:mention.char_end].lstrip(" ")
    if " " not in surface:
        return None  # one word left of the name: no sure person
    person = discovered_entity(surface, "person")
    known.setdefault(person.entity_id, person)
    return EntityMention(person.entity_id, surface, mention.char_end - len(surface), mention.char_end)


def _branches_by_the_regions_initials(mentions: list[EntityMention],
                                      known: Mapping[str, Entity]) -> list[EntityMention]:
    """A regional body's long name before its region's initials is the branch the article names with its short name
    and the same initials: "Kejaksaan Negeri TTS" is "Kejari TTS" (defined earlier as "Kejaksaan Negeri Timor Tengah
    Selatan (Kejari TTS)"), though the gazetteer knows no place "TTS"."""
    bodies = _regional_bodies()
    by_surface = {m.surface: m.entity_id for m in mentions
                  if (e := known.get(m.entity_id)) is not None and e.entity_type == "organization"}
    moved: dict[str, str] = {}
    for m in mentions:
        long_name, _, initials = m.surface.rpartition(" ")
        short = bodies.get(long_name.casefold())
        if (short is None or short.casefold() == long_name.casefold() or not initials.isupper() or len(initials) < 2
                or not m.entity_id.startswith("x-org-")):
            continue
        branch = by_surface.get(f"{short} {initials}")
        if branch is not None and branch != m.entity_id:
            moved[m.entity_id] = branch
    return _with_moved_ids(mentions, moved) if moved else mentions


# A body's short name found on its own names no entity ("BKSDA" is the agency of some region), so before a place's
# mention nothing may have taken it: "BKSDA Sumatera Selatan", "Kanwil Ditjenpas Aceh" (discovery read it as a name).
MIN_UNFOUND_HEAD = 4  # (not "PT", "PN", "PA": a company's legal form or a court's short name before a place's word)


@cache
def _words_before_pattern() -> re.Pattern[str]:
    """The words right before a place, as many as the longest listed body's name has ("Pangkalan Pengawasan Sumber
    Daya Kelautan dan Perikanan")."""
    longest = max(len(name.split()) for name in _regional_bodies())
    return re.compile(rf"(?:(?<![\w-])[\w-]+ ){{1,{longest}}}$")


_REGION_KINDS = frozenset({"kabupaten", "kota", "provinsi"})


def _unfound_body_heads(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity],
                        bodies: Mapping[str, str]) -> list[EntityMention]:
    """A regional body's name that no organization's mention holds, right before a place's mention: a mention of
    the body, in place of any other mention of its words, for _branch_at to name the branch."""
    places = {m.char_start for m in mentions  # (not the country: "KONI Indonesia" is the national committee)
              if (entity := known.get(m.entity_id)) is not None and entity.entity_type == "location"
              and entity.entity_id not in _COUNTRY_LEVEL}
    added = []
    # (the words right before each place, longest first: a handful of look-ups, not a scan of the text for every name)
    for place_start in sorted(places):
        before = _words_before_pattern().search(body, max(0, place_start - 120), place_start)
        if before is None:
            continue
        words = before[0].split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            start = place_start - 1 - len(name)
            if len(name) < MIN_UNFOUND_HEAD or name.casefold() not in bodies or not name[0].isupper():
                continue
            if not any(m.char_start <= start and place_start - 1 <= m.char_end and known[m.entity_id].entity_type
                       == "organization" for m in mentions):
                entity = discovered_entity(bodies[name.casefold()], "organization")
                known.setdefault(entity.entity_id, entity)
                added.append(EntityMention(entity.entity_id, name, start, place_start - 1))
            break
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.char_start < a.char_end and a.char_start < m.char_end for a in added)]
    return sorted(kept + added, key=lambda m: (m.char_start, -m.char_end, m.entity_id))


def _acronym_needs_last_word(mention: EntityMention, learned: Mapping[str, str]) -> bool:
    """Whether an acronym the text defines for the mention's entity spells the name's last word too."""
    shorter = mention.surface.rsplit(" ", 1)[0]
    return any(entity_id == mention.entity_id and " " not in acronym and _acronym_fits(acronym, mention.surface)
               and not _acronym_fits(acronym, shorter) for acronym, entity_id in learned.items())


# The army's and navy's territorial commands and battalions, numbered and named after their area: "Kodim
# 1311/Morowali", "Korem 042/Garuda Putih", "Kodam XIII/Merdeka", "Yonif 711/Raksatama", "Koramil 1311-03/Bahodopi".
_NUMBERED_COMMAND = re.compile(
    r"\b(?:Kodam|Korem|Kodim|Koramil|Yonif|Brigif|Lantamal|Lanal|Lanud|Lanudal|Kodaeral|Rindam|Denpom|Yonkav|Yonarmed)"
    r" (?:[0-9]{2,4}(?:-[0-9]{2})?|[IVXL]{1,5}) ?/ ?(?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*)){0,2}"
    r"|\b(?:Lantamal|Lanal) [IVXL]{1,5} (?-i:[A-Z][a-z]+)\b")
# (the navy's bases also without the slash, named by their seat alone: "Lantamal XIV Sorong", "Lantamal VII Kupang");
# KAI's operating areas and regional divisions, numbered, with their seat: "Daop 7 Madiun" = "Daerah Operasi 7
# Madiun" = "DAOP 7 Madiun", "Divre III Palembang"
_KAI_AREA = re.compile(r"\b(?P<kind>Daop|DAOP|Daerah Operasi|Divre|DIVRE|Divisi Regional)"
                       r" (?P<number>[0-9]{1,2}|[IVX]{1,4}) (?P<seat>(?-i:[A-Z][a-z]+))(?P<more> (?-i:[A-Z][a-z]+))?\b")
# The transport ministry's airport authorities by region, numbered, with their seat: "Kantor Otoritas Bandar Udara
# Wilayah V Makassar" = "Otban Wilayah V Makassar".
# (also without the seat, and with the short name in brackets: "Kantor Otoritas Bandar Udara (Otban) Wilayah IV")
_AIRPORT_AUTHORITY = re.compile(r"\b(?:Kantor )?(?:Otoritas Bandar Udara(?: \(Otban\))?|Otban) Wilayah "
                                r"(?P<number>[IVX]{1,4}|\d{1,2})\b(?: (?P<seat>(?-i:[A-Z][a-z]+))\b)?")
_COMMAND_WORDS = ("Otoritas Bandar Udara", "Otban", "Daop", "DAOP", "Daerah Operasi", "Divre", "DIVRE",
                  "Divisi Regional", "Kodam", "Korem", "Kodim",
                  "Koramil", "Yonif", "Brigif", "Lantamal", "Lanal", "Lanud", "Kodaeral", "Rindam", "Denpom", "Yonkav",
                  "Yonarmed")


# The words whose absence tells a pass it can change nothing in an article (its pre-check). A `word in body` scans the
# whole article (~3,500 characters) when the word is absent, as most are: ~2 us each, ~150 us for the ~70 words the
# passes ask (measured). One Aho-Corasick pass finds them all. Only words rare in articles: each occurrence costs
# the pass a step (" of " stays a plain test).
_HOSPITAL_WORDS = (" Hospital", " Police", " Court", " Immigration", " Administration", " United", " FC")
_MISSION_WORDS = ("Embass", "Consulate", "High Commission", "KBRI", "KJRI", "Konsulat ", "Kedutaan ", "Kedubes ",
                  "Konjen ")
_PRESENCE_WORDS = frozenset({
    "Stasiun ", "Halte ", " beach", " Court", " Zone", "Bank ", ") ", " (", "Tbk (", "BMKG ", "Polsek ", " Kota",
    " Police", " Office", "Fraksi", " bin", " Bin", "Komisi ", "'s ", "\u2019s ", " alias", " als.", "nisial",
    "identified", "initials", "tersangka", "terdakwa", "terpidana", "suspects", "Daops", "[", " Air",
    *_HOSPITAL_WORDS, *_MISSION_WORDS, *_COMMAND_WORDS})


@cache
def _presence_automaton() -> ahocorasick.Automaton:
    """Over _PRESENCE_WORDS and the named kinds' forms (_named_kinds asks which it holds): one pass for both, where
    two cost ~75 us an article (the pass's time grows with the automaton's size, less than twofold)."""
    automaton = ahocorasick.Automaton()
    for word in _PRESENCE_WORDS.union(*(kind.forms for kind in _named_kind_patterns())):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# The last article's words: the passes ask of one article in turn. (One slot, swapped whole, so threads that run
# articles side by side at worst recompute.)
_last_present: tuple[str, frozenset[str]] = ("", frozenset())


def _present(body: str) -> frozenset[str]:
    """Which of _PRESENCE_WORDS and the named kinds' forms are in `body` (`word in body`)."""
    global _last_present
    last = _last_present
    if last[0] is not body:
        last = (body, frozenset(word for _, word in _presence_automaton().iter(body)))
        _last_present = last
    return last[1]


def _has(body: str, *words: str) -> bool:
    """Whether any of the words (each of _PRESENCE_WORDS) is in `body`: `any(word in body for word in words)`."""
    return not _present(body).isdisjoint(words)


def _numbered_commands(body: str, mentions: list[EntityMention],
                       known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A numbered command and the area it is named after are one organization (not the place inside it)."""
    if not _has(body, *_COMMAND_WORDS):
        return mentions
    out = list(mentions)
    for match in _NUMBERED_COMMAND.finditer(body):
        start, end = match.span()
        words = match[0].split(" ")
        # "Kodim 0817/Gresik Letkol Inf Bayu Wirawan", "Lantamal VIII Laksamana Pertama TNI ...": the commander's rank
        # and what follows it are no part of it
        rank = next((k for k in range(2, len(words)) if "/" not in words[k] and (
            words[k] in _GRADES or words[k].casefold() in _context().role_words)), len(words))
        words = words[:rank]
        if len(words) < 3 and "/" not in words[-1]:
            continue
        end = start + len(" ".join(words))
        if any(o.char_start < start < o.char_end or o.char_start < end < o.char_end for o in out):
            continue  # across another name's edge
        command = discovered_entity(re.sub(r" ?/ ?", "/", body[start:end]), "organization")
        known.setdefault(command.entity_id, command)
        out = [o for o in out if not (start <= o.char_start and o.char_end <= end)]
        out.append(EntityMention(command.entity_id, body[start:end], start, end))
    for match in _KAI_AREA.finditer(body):
        start, end = match.span()
        # the seat in one word or two, as a province or its short name: "Divisi Regional I Sumatera Utara" = "Divre I
        # Sumut", one division (KAI's own name before it stays a mention of its own: the gold of the sets is split on
        # "KAI Daop 7 Madiun" read whole)
        seat = f"{match['seat']}{match['more'] or ''}"
        place = curated().exact(seat) if match["more"] else None
        if place is None:
            end, seat = match.end("seat"), match["seat"]
            place = curated().exact(seat)
        if any(o.char_start < start < o.char_end or o.char_start < end < o.char_end for o in out):
            continue
        kind = "Daop" if match["kind"].casefold() in ("daop", "daerah operasi") else "Divre"
        area = discovered_entity(f"{kind} {match['number']} {place.name if place is not None else seat}",
                                 "organization")
        known.setdefault(area.entity_id, area)
        out = [o for o in out if not (start <= o.char_start and o.char_end <= end)]
        out.append(EntityMention(area.entity_id, body[start:end], start, end))
    for match in _AIRPORT_AUTHORITY.finditer(body):
        start, end = match.span()
        seat = match["seat"]
        if seat is not None and curated().exact(seat) is None:
            end, seat = match.end("number"), None  # not the head's name after it: "Otban Wilayah II Hasiholan"
        if any(o.char_start < start < o.char_end or o.char_start < end < o.char_end for o in out):
            continue
        # one office per region, whether its seat is written or not: the region's number names it
        area = discovered_entity(f"Otoritas Bandar Udara Wilayah {match['number']}", "organization")
        if seat is not None:
            area = Entity(area.entity_id, f"{area.name} {seat}", "organization", None, False)
        known.setdefault(area.entity_id, area)
        out = [o for o in out if not (start <= o.char_start and o.char_end <= end)]
        out.append(EntityMention(area.entity_id, body[start:end], start, end))
    return out


KIND_CUE_REACH = 60
_NOT_A_SHIP = ("video", "klip", "lagu", "song", "music", "musik")


def _cued_in_sentence(body: str, start: int, end: int, cues: tuple[str, ...]) -> bool:
    """A cue word near the kind's name in its own sentence, and no word of music there. A cue opens a word ("kapalnya"),
    never sits inside one: "port" in "important", "umat" in "Jumat" (review 45b)."""
    left = max(body.rfind(". ", 0, start) + 2, start - KIND_CUE_REACH, 0)
    right = body.find(". ", end)
    near = body[left:min(right if right >= 0 else len(body), end + KIND_CUE_REACH)].casefold()
    return _cue_pattern(cues).search(near) is not None and not any(word in near for word in _NOT_A_SHIP)


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    # (after a passive's or a noun's prefix too: "terkandas", "dinakhodai", "persembahyangan"; not "ber-", whose
    # words are figurative as often: "bermuatan politik", "berwisata"; review 45d)
    return re.compile(r"(?<!\w)(?:ter|di|per)?(?:"
                      + "|".join(map(re.escape, sorted(cues, key=len, reverse=True))) + ")")


@dataclass(frozen=True, slots=True)
class _NamedKind:
    pattern: re.Pattern[str]
    forms: dict[str, str]  # each form -> the form that names the entity
    entity_type: str
    words_only: bool = False  # the name opens with a word, never a figure or an acronym ("KM Nusa Ina Jaya")
    cues: tuple[str, ...] = ()  # words one of which must be near ("MV" is a ship beside "kapal", else a music video)
    # one word of the name at least is no common word ("Gedung Negara Grahadi"; "Gedung Baru" is a new building)
    proper_word: bool = False
    # the name is a known body's (the register's): "Rumah Sakit Pupuk Kaltim", a company's hospital (other hospitals'
    # names, longer, are the discovery's: "Rumah Sakit Islam Siti Khadijah Palembang")
    of_a_known_body: bool = False


# Up to three words after a title, a school's number or initials ("RSUD Prof. Dr. W. Z. Johannes Kupang"); not a
# kilometre post or a lane ("Tol Batang-Semarang KM 389", "Jalur A"), nor work ("Lapangan Kerja", jobs), nor the
# words of a headline in title case that follow a name (a day, a direction, a time, a verb in meng-/meny-: "Tol
# Cipali Kamis Pagi", "RSUD Kendal Sejak Senin", "GT Kalikangkung Mengular"; not "Mentawai", "Mertoyudan").
_KIND_WORD = (r"(?!(?:KM|Km|Jalur|No|Nomor|RT|RW|Arah|Kerja|Pekerjaan|Usaha|Sejak|Mulai|Naik|Turun|Besok|Pagi|Siang"
              r"|Sore|Malam|Dan|Di|Ke|Dari|Yang|Untuk|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|Friday"
              r"|Saturday|Sunday"
              # (nor a rank or a captain's title opening the person after it: "KSOP Kelas I Samarinda Capt. Heru")
              r"|Capt|Kapten|Nakhoda|AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Bripka|Brigjen|Letkol|Kolonel)\b"
              r"|Me(?:ng|ny)[a-z]{4,}\b)[A-Z][\w'\u2019-]*")
def _kind_name(numbered: bool, number_after: bool = False) -> str:
    number = r"(?:\d{1,3} )?" if numbered else ""  # a school's number: "SMA Negeri 8 Jakarta"
    # or after its place: "SDN Cimalaka 1", "KN Pulau Nipah 321" (not a count: "KM Sinar 2 orang ABK"; review 47b)
    after = r"(?: \d{1,3}(?! (?:orang|unit|ekor|ton|kg|jiwa|buah|kali|penumpang|ABK|awak|persen)\b))?" if (
        number_after) else ""
    titles = "|".join(map(re.escape, sorted(_NAMESAKE_TITLES | _NAMESAKE_ABBREVIATIONS)))
    # (initials, also run together: "RSUD R.T. Notopuro Sidoarjo"; and between the words: "RSUD Ade M. Djoen")
    # (an office's class first, no word of its name: "KSOP Kelas III Labuan Bajo", "Lapas Kelas IIA Kerobokan")
    office_class = r"(?:Kelas [IVX]+[AB]?(?: Khusus)?(?: (?:TPI|Non[- ]TPI))? )?"
    return (rf"{office_class}(?:(?:{titles}) ){{0,3}}{number}(?:(?:[A-Z]\.){{1,3}} ){{0,3}}{_KIND_WORD}"
            rf"(?:(?: [A-Z]\.)? {_KIND_WORD}){{0,2}}{after}")


@cache
def _named_kind_patterns() -> tuple[_NamedKind, ...]:
    raw = _name_context()
    kinds = []
    for kind in raw["named_kinds"]:
        forms = [str(form) for form in kind["forms"]]
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        after_figure = r"(?<!\d )" if "GT" in forms else ""  # not "7 GT" (gross tonnage)
        # "KM Nusa Ina Jaya" is a ship; "KM 57" a kilometre post: a kind marked words_only takes no number.
        name = _kind_name(numbered=not kind.get("words_only"), number_after=bool(kind.get("number_after")))
        pattern = re.compile(rf"(?<![\w-]){after_figure}"
                             rf"(?:(?:{alternatives}) \((?:{alternatives})\)|(?P<form>{alternatives})) "
                             rf"(?P<name>{name})(?![\w-])")
        kinds.append(_NamedKind(pattern, {form: forms[0] for form in forms}, str(kind["type"]),
                                bool(kind.get("words_only")), tuple(str(cue) for cue in kind.get("cues", ())),
                                bool(kind.get("proper_word")), bool(kind.get("of_a_known_body"))))
    return tuple(kinds)


def _cut_before_a_longer_name(match: re.Match[str], end: int, mentions: Sequence[EntityMention],
                              known: Mapping[str, Entity]) -> int:
    """Where the thing's name ends when a place or a person the other passes found starts inside it and runs on past
    it: "Masjid Raya Baiturrahman Banda Aceh" is the mosque "Masjid Raya Baiturrahman" in Banda Aceh (the kind's name
    takes three words at most)."""
    first_word_end = match.start("name") + len(match["name"].split(" ", 1)[0])
    inside = [m.char_start for m in mentions if first_word_end < m.char_start < end < m.char_end
              and (entity := known.get(m.entity_id)) is not None and entity.entity_type in ("location", "person")]
    if not inside:
        return end
    # (not down to an office's class alone: "KSOP Kelas III Pulau Baai" keeps its name)
    kept = match.string[match.start("name"):min(inside) - 1]
    return min(inside) - 1 if _OFFICE_CLASS.sub("", kept).strip() else end


def _named_kinds(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """Things named by their kind and a proper name (name_context.yaml, named_kinds): one mention over the words
    other passes found inside it ("Kapal Motor Penumpang", "KMP", "Rajawali Nusantara")."""
    found: list[EntityMention] = []
    names: dict[EntityMention, tuple[str, str]] = {}  # each thing found: its kind and its proper name
    # (the forms the body holds, as `in` would say, found with the passes' pre-check words in one pass: a search per
    # form, ~40 of them, cost ~0.1 ms an article, and most bodies hold none)
    present = _present(body)
    for kind in _named_kind_patterns():
        if present.isdisjoint(kind.forms):
            continue
        for match in kind.pattern.finditer(body):
            if kind.words_only and match["name"].split(" ", 1)[0].isupper():
                continue  # "Ketua KM ITB": a student body's acronym, no ship
            if kind.words_only and match["name"].split(" ", 1)[0].casefold() in _context().org_heads:
                continue  # "PB Persatuan Bulutangkis Seluruh Indonesia": a board's name after its "Pengurus Besar"
            if kind.proper_word and (all(is_ordinary_word(word) for word in match["name"].split()) or any(
                    m.char_start == match.start("name") and known[m.entity_id].entity_type == "organization"
                    for m in mentions)):
                continue  # "Gedung Baru itu ...", "Gedung Kantor Bupati": a building, no name; "Gedung Kejagung",
                # "Gedung Kejati Jambi": the body's building, the body named
            if kind.of_a_known_body and not any(
                    m.char_start == match.start("name") and known[m.entity_id].curated
                    and known[m.entity_id].entity_type == "organization" for m in mentions):
                continue
            if kind.cues and not _cued_in_sentence(body, match.start(), match.end(), kind.cues):
                continue  # "BTS merilis MV Terbaru mereka", "menonton video klip MV Dynamite": a music video
            previous = body[max(0, match.start() - 30):match.start()].split()[-1:]
            if kind.entity_type == "location" and kind.words_only and (
                    (previous and (previous[0].casefold() in _context().role_words
                                   or _DISTRICT_CUES.get(previous[0].casefold()) in ("village", "kampung")))
                    or match["name"].split(" ", 1)[0].casefold() in _context().admin_heads):
                continue  # "Koordinator Lapangan Tim Rescue": a post ("field coordinator"); "Lapangan Desa Eban": the
                # village's field, the village named; "Kampung Mesjid": a village named after its mosque
            end = _cut_before_a_longer_name(match, _name_end(match, mentions, known), mentions, known)
            if _in_a_title_case_heading(body, match.start()) and body.count(body[match.start():end]) < 2:
                # "Perumda Air Minum Tanggapi Keluhan Warga", "Gerbang Tol Kalikangkung Tembus 60 Ribu": in a
                # subheading the name ends before a word of the language, the headline's verb (review 47a)
                end = _before_a_headline_word(body, match.start("name"), end, mentions)
                if end <= match.start("name"):
                    continue
            if any(m.char_start <= match.start() and end <= m.char_end and (
                    m.char_start < match.start() or known[m.entity_id].curated)
                    and body[m.char_start:match.start()] != "Kantor " for m in mentions):
                continue  # the register's ("Taman Nasional Komodo"), or a body named after it ("Balai Taman Nasional
                # Gunung Rinjani"); not the office of the thing ("Kantor UPBU Kelas I Wamena" is the UPBU)
            if kind.entity_type == "organization" and _role_before(body, match.start()) and (
                    person := _person_after_kind(body, match.start("name"), _capitalised_run_end(body, end))
            ) is not None:
                # "Kepala SPPG Cimalaka Rizki Nurfalah": the thing's name, then the person (and a post between them
                # is neither's: "Pos SAR Banyuwangi Koordinator Wahyu Setiabudi")
                end = min(person[0] - 1, _post_in_name(match))
                entity = known.setdefault(person[2].entity_id, person[2])
                found.append(EntityMention(entity.entity_id, body[person[0]:person[1]], person[0], person[1]))
            prefix = kind.forms[match["form"]] if match["form"] else next(iter(kind.forms.values()))
            # "RSUD Dr. Pirngadi Medan" is "RSUD Dr Pirngadi" further down: one thing, without its city and stops.
            core = body[match.start("name"):end]
            named = body[match.start("name"):_before_place(match.start("name"), end, mentions, known)]
            if named == core and (town := _town_closing(core)) is not None and _named_without(
                    body, f"{body[match.start():match.start('name')]}{core[:-len(town) - 1]}", town):
                named = core[:-len(town) - 1]  # "PB Suryanaga Surabaya" and "PB Suryanaga": one club, its town read in
            if kind.entity_type in ("organization", "location") and any(c.isalpha() for c in named) and (
                    _kind_key(named)):
                core = named  # not a school's number alone: "SMA Negeri 8 Jakarta" is one of many SMA Negeri 8; a
                # square without its town: "Lapangan Pahlawan Sumbawa Besar" is "Lapangan Pahlawan"
            entity = discovered_entity(f"{prefix} {_kind_key(core)}", kind.entity_type)
            entity = Entity(entity.entity_id, f"{prefix} {body[match.start('name'):end]}", entity.entity_type, None,
                            False)
            known.setdefault(entity.entity_id, entity)
            found.append(EntityMention(entity.entity_id, body[match.start():end], match.start(), end))
            names[found[-1]] = (prefix, core)
    if not found:
        return mentions
    found = _kinds_by_their_acronym(body, found, names, mentions, known)
    # "Gerbang Tol Kalikangkung" holds "Tol Kalikangkung": the earlier and longer one (one sweep, in order).
    found.sort(key=lambda m: (m.char_start, -m.char_end))
    outer: list[EntityMention] = []
    for f in found:
        if not outer or f.char_start >= outer[-1].char_end:
            outer.append(f)
    found = _ships_named_alone(body, outer, names, mentions, known)
    # the name another pass found whole, and its acronym with it ("Taman Nasional Bromo Tengger Semeru (TNBTS)"):
    # the kind's entity now
    spans = {(f.char_start, f.char_end): f.entity_id for f in found}
    moved = {m.entity_id: spans[(m.char_start, m.char_end)] for m in mentions
             if (m.char_start, m.char_end) in spans and m.entity_id.startswith("x-")
             and m.entity_id != spans[(m.char_start, m.char_end)]}
    return _with_moved_ids(_over(mentions, found), moved)


# The small words a headline in title case leaves in lower case ("Banjir Rendam Koto Baru, Warga Mengungsi ke Masjid").
_HEADLINE_SMALL_WORDS = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "of", "the",
                                   "and", "in", "to", "for", "on", "at", "a", "an"})
MAX_HEADING_WORDS = 14


HEADLINE_WORD_ZIPF = 3.0  # a word of Indonesian at least this frequent ("tanggapi" 3.1, "tembus" 4.2; "cipali" 0)


def _before_a_headline_word(body: str, start: int, end: int, mentions: Sequence[EntityMention]) -> int:
    """Where a name in a subheading ends: before its first word of the language that no place or body found opens."""
    starts = {m.char_start for m in mentions}
    for word in re.finditer(r"\S+", body[start:end]):
        at = start + word.start()
        if at not in starts and not word.group().isupper() and (
                zipf_frequency(word.group().casefold(), "id") >= HEADLINE_WORD_ZIPF):
            return body.rfind(" ", start, at) if at > start else start
    return end


def _in_a_title_case_heading(body: str, at: int) -> bool:
    """Whether the position lies in a subheading: a paragraph of a few words, each capitalised but the small ones,
    that no stop ends."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    line = body[start:end if end >= 0 else len(body)].strip()
    words = line.split()
    return (0 < len(words) <= MAX_HEADING_WORDS and line[-1] not in ".!?\"\u201d:;,"
            and all(w[0].isupper() or w[0].isdigit() or w.casefold() in _HEADLINE_SMALL_WORDS for w in words))


_BRACKETED_NAME = re.compile(r" \((?P<name>[A-Z][\w-]+)\)")


@cache
def _ship_cues() -> tuple[str, ...]:
    """The cues of the kinds that name ships (type "other"), once: one tuple, so _cue_pattern compiles them once."""
    return tuple(sorted({cue for kind in _named_kind_patterns() if kind.entity_type == "other" for cue in kind.cues}))


def _ships_named_alone(body: str, found: list[EntityMention], names: Mapping[EntityMention, tuple[str, str]],
                       mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """A ship's name of two words or more without its prefix further down ("MV Ocean Lyra" ... "mengatakan Ocean
    Lyra merupakan kapal ...") is that ship, where no pass read anything or only a name discovered there (a person
    after a speech verb), and a word of ships is in its sentence: a navy ship is named after a hero ("KRI Frans
    Kaisiepo" ... "Frans Kaisiepo adalah gubernur keempat Papua", review 45a); `found` sorted, not overlapping."""
    ships = {names[m][1]: m.entity_id for m in found if m in names and known[m.entity_id].entity_type == "other"
             and len(names[m][1].split()) >= 2}
    if not ships:
        return found
    cues = _ship_cues()
    alone = []
    for name, ship_id in ships.items():
        for start, end in _standalone(body, name):
            if any(f.char_start < end and start < f.char_end for f in found) or not _cued_in_sentence(
                    body, start, end, cues):
                continue  # the prefixed name itself; a name with no ship near
            there = [m for m in mentions if m.char_start < end and start < m.char_end]
            if all((m.char_start, m.char_end) == (start, end) and m.entity_id.startswith("x-") for m in there):
                alone.append(EntityMention(ship_id, name, start, end))
    return sorted([*found, *alone], key=lambda m: (m.char_start, -m.char_end)) if alone else found


def _kinds_by_their_acronym(body: str, found: list[EntityMention], names: Mapping[EntityMention, tuple[str, str]],
                            mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """A thing named in full, its short name in brackets after it ("Jalan Tol Cileunyi-Sumedang-Dawuan
    (Cisumdawu)"), is the thing its kind and the short name name further down ("Tol Cisumdawu"); not a place in
    brackets ("Puskesmas Cipanas (Cianjur)" then "RSUD Cianjur"), nor a thing of another kind."""
    places = {m.char_start for m in mentions if (e := known.get(m.entity_id)) is not None
              and e.entity_type == "location"}
    short = {}
    for mention, (kind, name) in names.items():
        if ((bracket := _BRACKETED_NAME.match(body, mention.char_end)) is not None and bracket["name"] != name
                and bracket.start("name") not in places):
            short.setdefault((kind, bracket["name"]), mention.entity_id)
    if not short:
        return found
    return [EntityMention(short[names[m]], m.surface, m.char_start, m.char_end) if names.get(m) in short else m
            for m in found]


# Titles abbreviated before a name (Dr., H. for Haji, Ir., KH.): before the person a hospital or school is named
# after ("RSUD Dr. H. Chasan Boesoirie" is "RSUD Chasan Boesoirie"), before a Sasak title ("H. Lalu ..."); and an
# office's class ("KSOP Kelas II Ternate" is "KSOP Ternate", "Lapas Kelas IIA Kerobokan" is "Lapas Kerobokan", "Kantor
# Imigrasi Kelas I Khusus TPI Ngurah Rai" is "Kantor Imigrasi Ngurah Rai"): no part of what the thing is called.
_OFFICE_CLASS = re.compile(r"\bKelas [IVX]+[AB]?\b(?: Khusus)?(?: (?:TPI|Non[- ]TPI)\b)? ?")


def _kind_key(core: str) -> str:
    words = _OFFICE_CLASS.sub("", core).replace(".", " ").split()
    while len(words) > 1 and words[0].casefold() in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


_STATION_KINDS = ("Stasiun Meteorologi ", "Stasiun Klimatologi ", "Stasiun Geofisika ")


def _stations_by_their_agency(body: str, mentions: list[EntityMention],
                              known: Mapping[str, Entity]) -> list[EntityMention]:
    """BMKG's station named by the agency and its place: "BMKG Juanda" is the "Stasiun Meteorologi Kelas I Juanda" the
    article names (the one station of that place it names)."""
    if not _has(body, "BMKG ") or not _has(body, "Stasiun "):
        return mentions
    places: dict[str, set[str]] = {}
    for m in mentions:
        name = known[m.entity_id].name
        if name.startswith(_STATION_KINDS):
            rest = name.split(" ", 2)[2]
            office_class = _OFFICE_CLASS.match(rest)
            places.setdefault(rest[office_class.end():] if office_class else rest, set()).add(m.entity_id)
    found = [EntityMention(next(iter(ids)), match[0], match.start(), match.end())
             for place, ids in places.items() if len(ids) == 1 and place
             for match in re.finditer(rf"(?<![\w-])BMKG {re.escape(place)}(?![\w-])", body)]
    return _over(mentions, sorted(found, key=lambda m: m.char_start)) if found else mentions


def _over(mentions: list[EntityMention], found: list[EntityMention]) -> list[EntityMention]:
    """`found` (sorted, not overlapping each other) in place of the mentions that overlap them."""
    starts = [f.char_start for f in found]
    kept = []
    for m in mentions:
        k = bisect_right(starts, m.char_start) - 1  # the last found that starts at or before m, and the next one
        if any(0 <= j < len(found) and m.char_start < found[j].char_end and found[j].char_start < m.char_end
               for j in (k, k + 1)):
            continue
        kept.append(m)
    return sorted([*kept, *found], key=lambda m: (m.char_start, -m.char_end, m.entity_id))


def _named_without(body: str, name: str, town: str) -> bool:
    """Whether the text also writes the thing's name without the town after it."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]| {re.escape(town)}\b)", body) is not None


def _town_closing(name: str) -> str | None:
    """The gazetteer's town or regency that closes a thing's name of two words or more, if one does (not after an
    administrative kind alone: "RSUD Kota Bogor" is no "RSUD Kota")."""
    words = name.split()
    if len(words) < 2 or all(word.casefold() in _REGION_KINDS for word in words[:-1]):
        return None
    place = curated().exact(words[-1])
    return words[-1] if place is not None and place.entity_type == "location" and place.entity_id not in (
        _COUNTRY_LEVEL) else None


def _before_place(start: int, end: int, mentions: Sequence[EntityMention], known: Mapping[str, Entity]) -> int:
    """Where a thing's name ends without the known place that closes it, if one does after its first word."""
    place = next((m for m in mentions if m.char_end == end and start < m.char_start and (
        (entity := known.get(m.entity_id)) is not None and entity.entity_type == "location")), None)
    return place.char_start - 1 if place is not None else end


def _role_before(body: str, start: int) -> bool:
    """A role word right before a kind's name: "Kepala SPPG Cimalaka Rizki Nurfalah" names its head after it (not
    "SD Negeri Sumber Agung 2", "Puskesmas Kota Agung Barat": places with a given name's word)."""
    words = body[max(0, start - 40):start].split()
    roles = _context().role_words
    # (or a post over the office's unit, capitalised: "Kepala Instalasi Humas RSUP Dr Kariadi Nita Permatasari")
    return any(words[-k].casefold() in roles and all(word[:1].isupper() for word in words[len(words) - k + 1:])
               for k in range(1, min(3, len(words)) + 1))


_NEXT_CAPITALISED = re.compile(r" [A-Z][\w'-]*")
MAX_NAME_RUN_WORDS = 3


def _capitalised_run_end(body: str, end: int) -> int:
    """The end of the capitalised words that run on after `end`: "Kepala SPPG Loram Kulon Yusuf" + " Arifianto"."""
    for _ in range(MAX_NAME_RUN_WORDS):
        following = _NEXT_CAPITALISED.match(body, end)
        if following is None:
            break
        end = following.end()
    return end


def _person_after_kind(body: str, start: int, end: int) -> tuple[int, int, Entity] | None:
    """(start, end, entity) of a person whose given name opens the last two or three words of a thing's name."""
    words = list(re.finditer(r"\S+", body[start:end]))
    given = _context().given_names
    at = next((j for j in range(1, len(words) - 1) if words[j][0].casefold() in given and 2 <= len(words) - j <= 3),
              None)
    if at is None:
        return None
    first, last = start + words[at].start(), start + words[-1].end()
    return first, last, discovered_entity(body[first:last], "person")


_NAMESAKE_TITLES = frozenset({"dr.", "Dr.", "dr", "Dr", "H.", "Prof.", "St."})  # (and a saint's: "RS St. Carolus";
# "RSUP Dr Kariadi" without the stop)
# ... and the abbreviations of a namesake's degree, pilgrimage or given name inside a hospital's or a school's name:
# "RSUD dr. H. Moh. Anwar Sumenep", "RSUD Drs. H. Amri Tambunan", "SMA K.H. Hasyim Asy'ari".
_NAMESAKE_ABBREVIATIONS = frozenset({"Moh.", "Muh.", "Mohd.", "Moch.", "Drs.", "Dra.", "Hj.", "Ir.", "K.H.", "KH."})
# The same titles and their kin, as words without the stop (see _kind_key and _sasak_title_at).
_TITLE_WORDS = frozenset({title.rstrip(".").casefold() for title in _NAMESAKE_TITLES}
                         | {"hj", "ir", "drg", "kh", "drs", "dra", "r", "hm"})


def _post_in_name(match: re.Match[str]) -> int:
    """Where a rank or a post inside a kind's name opens a person's: "Lanud Roesmin Nurjadin Marsma TNI Abdul Haris",
    "Pos SAR Banyuwangi Koordinator Wahyu Setiabudi" (not a title that names places and ships too: "Puskesmas
    Tanjung Raja", "KMP Nusa Raja Bahari"); the match's end when none does."""
    words = match["name"].split(" ")
    first = next((k for k, w in enumerate(words) if w not in _NAMESAKE_TITLES | _NAMESAKE_ABBREVIATIONS), 0)
    role = next((k for k in range(first + 1, len(words))
                 if (key := words[k].casefold()) in _context().role_words and key not in _TITLES_IN_NAMES), None)
    return match.start("name") + len(" ".join(words[:role])) if role is not None else match.end()


# Role words that are also words of places' and ships' names ("Tanjung Raja", "Padang Ratu", "Nusa Raja Bahari").
_TITLES_IN_NAMES = frozenset({"raja", "ratu", "pangeran", "dr", "prof", "profesor", "doktor", "imam", "paus", "king",
                              "queen", "prince", "general", "guru", "sultan"})


def _name_end(match: re.Match[str], mentions: Sequence[EntityMention], known: Mapping[str, Entity]) -> int:
    """Where the thing's name ends: before a person or an organization the other passes found after its first
    word ("Pos SAR Banyuwangi Wahyu Setiabudi", a Suara Surabaya lead without a comma); a place stays part of it
    ("RSUD dr. Soewondo Kendal")."""
    words = match["name"].split(" ")
    # past an honorific that opens a namesake's name: "RSUD dr. Loekmono Hadi" is the hospital, not dr. Loekmono
    first = next((k for k, w in enumerate(words) if w not in _NAMESAKE_TITLES | _NAMESAKE_ABBREVIATIONS), 0)
    first_word_end = match.start("name") + len(" ".join(words[:first + 1]))
    if (post := _post_in_name(match)) < match.end():
        return post
    for m in mentions:
        if first_word_end < m.char_start < match.end() and (entity := known.get(m.entity_id)) is not None and (
                entity.entity_type in ("person", "organization")):
            return m.char_start - 1
    return match.end()


# A unit of a regional police force, written before it: "Satlantas Polres Kendal" (its traffic unit), "Ditlantas
# Polda Jateng", "Satreskrim Polresta Banyuwangi", "Labfor Polda Jawa Timur", or with the unit's name spelled out:
# "Satuan Reserse Kriminal (Satreskrim) Polresta Banyuwangi". One organization of its own, whichever way the force
# is written (the branch's id, not its words).
_POLICE_FORCES = frozenset({"polres", "polresta", "polrestabes", "polsek", "polda"})
_CITY_FORCE = re.compile(r" Kota(?![\w-])")


def _district_police_stations(body: str, mentions: list[EntityMention],
                               known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """"Polsek Bahodopi": a district's police station named after it, when the district's mention took its name (a
    station's head word is the district's cue); the station of that place, as "Polres Morowali" is the regency's."""
    if not _has(body, "Polsek "):
        return mentions
    out = []
    for m in mentions:
        entity = known[m.entity_id]
        start = m.char_start - len("Polsek ")
        if entity.entity_type == "location" and start >= 0 and body[start:m.char_start] == "Polsek " and not any(
                o.char_start <= start < o.char_end for o in mentions):
            station = _branch("Polsek", entity)
            known.setdefault(station.entity_id, station)
            m = EntityMention(station.entity_id, body[start:m.char_end], start, m.char_end)
        out.append(m)
    return out


def _city_police_forces(body: str, mentions: list[EntityMention],
                        known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A city's police force is named with "Kota" after its place, apart from the regency's ("Polresta Malang Kota",
    "Polres Bogor Kota"): the word is the force's, not a place's head before the next words ("Kota AKP ...")."""
    if not _has(body, " Kota"):
        return mentions
    out: list[EntityMention] = []
    cut_from: int | None = None  # where a force's "Kota" ends: a mention opening there loses it
    for m in sorted(mentions, key=lambda m: (m.char_start, -m.char_end)):
        if cut_from is not None and m.char_start < cut_from:
            continue  # the "Kota ..." mention the force took the word of (a bogus place "Kota AKP")
        entity = known[m.entity_id]
        if entity.entity_type == "organization" and m.surface.split(" ", 1)[0].casefold() in _POLICE_FORCES and (
                not m.surface.endswith(" Kota")) and _CITY_FORCE.match(body, m.char_end) and not any(
                o.char_start == m.char_end + 1 and known[o.entity_id].curated and o.surface != "Kota"
                for o in mentions):
            # (not the city named after the force: "Polres Pelabuhan Makassar Kota Makassar"; the district named "Kota"
            # is the force's word: "Polres Kediri Kota")
            end = m.char_end + len(" Kota")
            force = discovered_entity(body[m.char_start:end], "organization")
            known.setdefault(force.entity_id, force)
            out.append(EntityMention(force.entity_id, body[m.char_start:end], m.char_start, end))
            cut_from = end
            continue
        out.append(m)
    return out
_POLICE_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<long>[A-Z][a-z]+(?: (?:dan )?[A-Z][a-z]+){0,6}) \()?"
    r"(?P<unit>(?:Sat|Dit)(?:lantas|reskrim|reskrimum|reskrimsus|resnarkoba|narkoba|polairud|polair|samapta|sabhara"
    r"|intelkam|binmas|tahti|pamobvit|krimum|krimsus|brimob|ressiber|siber|pamtas|pengamanan)"
    r"|Bid(?:humas|propam|dokkes|labfor|kum|tik|keu)|Labfor|Inafis|Brimob|Densus)\)? $")
# The words a unit's spelled-out name opens with ("Satuan Reserse Kriminal", "Direktorat Lalu Lintas").
_UNIT_HEADS = frozenset({"Satuan", "Direktorat", "Bidang", "Laboratorium", "Korps", "Detasemen"})
# A unit spelled out with no acronym after it is the unit its acronym names: "Laboratorium Forensik Polda Sulawesi
# Selatan" is "Labfor Polda Sulsel".
_SPELLED_POLICE_UNITS = {
    "Laboratorium Forensik": "Labfor", "Satuan Lalu Lintas": "Satlantas", "Satuan Reserse Kriminal": "Satreskrim",
    "Satuan Reserse Narkoba": "Satresnarkoba", "Satuan Polisi Air dan Udara": "Satpolairud",
    "Satuan Polisi Perairan dan Udara": "Satpolairud", "Satuan Intelijen Keamanan": "Satintelkam",
    "Satuan Pembinaan Masyarakat": "Satbinmas", "Direktorat Lalu Lintas": "Ditlantas",
    "Direktorat Reserse Kriminal Umum": "Ditreskrimum", "Direktorat Reserse Kriminal Khusus": "Ditreskrimsus",
    "Direktorat Reserse Narkoba": "Ditresnarkoba", "Direktorat Polisi Air dan Udara": "Ditpolairud",
    "Bidang Hubungan Masyarakat": "Bidhumas", "Bidang Kedokteran dan Kesehatan": "Biddokkes",
}


def _spelled_unit_named(mention: EntityMention, bodies: Mapping[str, str], gaz: Gazetteer,
                        places: Mapping[str, Entity]) -> Entity | None:
    """A police unit spelled out before its force, found whole by discovery ("Satuan Reserse Kriminal Polres
    Sumbawa"): the unit its acronym names ("Satreskrim Polres Sumbawa"), by the force's branch (see _police_units)."""
    if not mention.entity_id.startswith("x-org-"):
        return None
    for long, unit in _SPELLED_POLICE_UNITS.items():
        if mention.surface.startswith(long + " "):
            force = _branch_named(mention.surface[len(long) + 1:], bodies, gaz, places)
            if force is not None and force.name.split(" ", 1)[0].casefold() in _POLICE_FORCES:
                return _police_unit(unit, force)
    return None


def _police_unit(unit: str, force: Entity) -> Entity:
    """The unit of a force, by the unit's acronym and the force's id, however either is written."""
    entity_id = f"x-org-{_digest('unit:' + unit.casefold() + '@' + force.entity_id)}"
    return Entity(entity_id, f"{unit} {force.name}", "organization", None, False)


def _spelled_unit_before(body: str, force_start: int) -> tuple[int, str] | None:
    """Where a unit's spelled-out name right before a force's mention starts, and the unit's acronym."""
    for long, unit in _SPELLED_POLICE_UNITS.items():
        start = force_start - len(long) - 1
        if start >= 0 and body.startswith(long + " ", start) and (start == 0 or not body[start - 1].isalnum()):
            return start, unit
    return None


def _police_units(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """Each police unit written before its force's mention, over the mentions inside it (see above)."""
    # The unit's mention, the start of the text it covers and where the force's name begins in it.
    units: list[tuple[EntityMention, int, int]] = []
    for m in mentions:
        branch = known.get(m.entity_id)
        if branch is None or m.surface.split(" ", 1)[0].casefold() not in _POLICE_FORCES:
            continue
        before = _POLICE_UNIT_BEFORE.search(body, max(0, m.char_start - 80), m.char_start)
        bracketed = body[before.end("unit"):m.char_start] != " " if before is not None else False
        spelled = _spelled_unit_before(body, m.char_start) if before is None else None
        if spelled is None and (before is None or (before["long"] is None) == bracketed):
            continue  # a unit in brackets ("(Satreskrim) Polresta") follows its spelled-out name; a bare one a space
        start, unit = spelled if spelled is not None else (before.start(), before["unit"])
        unit_entity = _police_unit(unit, branch)
        known.setdefault(unit_entity.entity_id, unit_entity)
        entity_id = unit_entity.entity_id
        if before is not None and before["long"] is not None:
            # the long form opens with a unit's word: not "Penyidik Satuan ..."
            words = before["long"].split(" ")
            opening = next((k for k, word in enumerate(words) if word in _UNIT_HEADS), None)
            if opening is None:
                continue
            start += len(" ".join(words[:opening])) + (1 if opening else 0)
        units.append((EntityMention(entity_id, body[start:m.char_end], start, m.char_end), start, m.char_start))
    if not units:
        return mentions
    spans = [(start, unit.char_end) for unit, start, _ in units]
    # The unit's spelled-out name or its acronym alone, elsewhere, is the unit ("Labfor akan turun besok"), when
    # the text names one unit by it; not the force's name.
    named = {(m.entity_id, unit.entity_id) for m in mentions for unit, start, force in units
             if start <= m.char_start and m.char_end <= force}
    renamed = {old: new for old, new in named if sum(1 for o, _ in named if o == old) == 1}
    kept = [m if m.entity_id not in renamed else EntityMention(renamed[m.entity_id], m.surface, m.char_start,
                                                                 m.char_end)
            for m in mentions if not any(a <= m.char_start and m.char_end <= b for a, b in spans)]
    return sorted([*kept, *(unit for unit, _, _ in units)], key=lambda m: (m.char_start, -m.char_end, m.entity_id))


def _bare_bodies_as_their_branch(mentions: list[EntityMention], branches: dict[str, set[str]],
                                 known: Mapping[str, Entity], bodies: Mapping[str, str]) -> list[EntityMention]:
    """In an article that names one branch of a body ("BPBD Kabupaten Pekalongan"), the body named alone
    ("BPBD juga akan ...") is that branch; with two branches named, or the body named as the nation's ("KPU
    RI"), it stays the body."""
    national = {m.entity_id for m in mentions if m.surface.casefold() not in bodies}
    out = []
    for m in mentions:
        body_name = bodies.get(m.surface.casefold())
        entity = known.get(m.entity_id)
        if body_name is not None and entity is not None and entity.entity_type == "organization" and (
                m.entity_id not in national) and len(
                only := branches.get(body_name.split(" ", 1)[0].casefold(), set())) == 1 and not (
                _office_written_apart(m.surface, [o.surface for o in mentions if o.entity_id in only])):
            m = EntityMention(next(iter(only)), m.surface, m.char_start, m.char_end)
        out.append(m)
    return out


def _office_written_apart(bare: str, branch_surfaces: list[str]) -> bool:
    """The branch is only ever written as an office ("Kantor SAR Medan", "Kantor Pencarian dan Pertolongan Timika")
    and never with the bare name: "Basarnas" alone is then the national agency the office belongs to."""
    return bool(branch_surfaces) and all(
        surface.startswith("Kantor ") and bare.casefold() not in surface.casefold() for surface in branch_surfaces)


def _branch_at(body: str, mentions: list[EntityMention], i: int, known: Mapping[str, Entity],
               learned: Mapping[str, str], bodies: Mapping[str, str]) -> tuple[Entity, int] | None:
    """The branch named by a body's mention at i and the place mention after it (and where that ends)."""
    head = mentions[i]
    head_entity = known.get(head.entity_id)
    if head_entity is None or head_entity.entity_type != "organization":
        return None
    # a listed body (not an office of any field defined by its acronym before its place: "Dinas Tenaga Kerja dan
    # Transmigrasi (Disnakertrans) Provinsi Banten" is the office and its acronym, its place apart, as most annotators
    # read it; written whole without the acronym it is a branch: _branch_named)
    body_name = bodies.get(_body_key(head.surface))
    if body_name is None:
        return None
    j, end = i + 1, head.char_end
    defined = _DEFINED_ACRONYM.match(body, end)
    if defined is not None and j < len(mentions) and mentions[j].char_start == defined.start(1) and (
            mentions[j].entity_id == head.entity_id):
        j, end = j + 1, defined.end() - 1  # "Badan Penanggulangan Bencana Daerah (BPBD) Sleman"
    elif defined is not None and not (j < len(mentions) and mentions[j].char_start < defined.end()):
        end = defined.end() - 1  # "Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang": the bracket names no one
    if j < len(mentions) and (office_class := _OFFICE_CLASS.match(body, end + 1)) is not None and (
            office_class.end() == mentions[j].char_start):
        end = office_class.end() - 1  # "Kantor Imigrasi Kelas II TPI Nunukan"
    elif j < len(mentions) and body.startswith(" Negeri ", end) and mentions[j].char_start == end + len(" Negeri "):
        end += len(" Negeri")  # a Malaysian state's: "Jabatan Imigresen Negeri Johor"
    elif j < len(mentions) and body_name in _SEATED_WITH_DI and body.startswith(" di ", end) and (
            mentions[j].char_start == end + len(" di ")) and not mentions[j].entity_id.startswith("x-"):
        end += len(" di")  # the food and drug agency's offices are named so: "Balai Besar POM di Yogyakarta"
    if j >= len(mentions) or body[end:mentions[j].char_start] != " ":
        return None
    place = known.get(mentions[j].entity_id)
    if place is None or place.entity_type != "location" or place.entity_id in _COUNTRY_LEVEL:
        return None
    return _branch(body_name, place), mentions[j].char_end


# Bodies whose offices' official names put "di" before their seat ("Balai Besar POM di Yogyakarta", "Balai POM di
# Kupang"), as regional_bodies names them first; a city or region the register knows (not "di Pasar Oeba": where its
# officers were; review 48).
_SEATED_WITH_DI = frozenset({"BBPOM", "Balai POM", "Loka POM"})
# The airport's name after the office and its class: " Kelas I Khusus TPI Ngurah Rai".
_AIRPORT_NAME = re.compile(rf" (?:{_OFFICE_CLASS.pattern})?(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,3}})")


@cache
def _airport_offices() -> frozenset[str]:
    """The bodies whose branches are named by their airport (name_context.yaml, airport_offices)."""
    return frozenset(_name_context()["airport_offices"])


def _branch_at_airport(body: str, head: EntityMention, bodies: Mapping[str, str],
                       gaz: Gazetteer) -> tuple[Entity, int] | None:
    """An office named by its airport: "Kantor Imigrasi Ngurah Rai" (the gazetteer knows "Bandara Ngurah Rai"; a
    bare "Ngurah Rai" is as often a Balinese name)."""
    if (head.surface.casefold() not in bodies or bodies[head.surface.casefold()] not in _airport_offices()
            or (match := _AIRPORT_NAME.match(body, head.char_end)) is None):
        return None
    words = match["name"].split()
    for n in range(len(words), 0, -1):
        airport = gaz.exact(f"Bandara {' '.join(words[:n])}")
        if airport is not None and airport.entity_type == "location":
            end = match.start("name") + len(" ".join(words[:n]))
            return _branch(bodies[head.surface.casefold()], airport), end
    return None


# English names of a branch after its place ("Central Jakarta District Court", "Central Sulawesi Police"): the
# branch the Indonesian name before the place names. Police and prosecutors are the province's (Polda, Kejati)
# after a province and the regency's or city's (Polres, Kejari) after one of those.
_ENGLISH_BRANCH = re.compile(r" (?P<kind>District Court|High Court|Religious Court|Corruption Court|Regional Police"
                             r"|Police|Prosecutor's Office|Prosecutors' Office)(?![\w'])")
# A city's or regency's police is a Polres, Polresta or Polrestabes (or Polres Metro), which the English name does not
# say: only a province's police (Polda) is named this way.
_ENGLISH_BRANCH_BODIES = {"District Court": ("PN", "PN"), "High Court": ("PT", "PT"), "Religious Court": ("PA", "PA"),
                          "Corruption Court": ("Pengadilan Tipikor", "Pengadilan Tipikor"),
                          "Regional Police": ("Polda", None), "Police": ("Polda", None),
                          "Prosecutor's Office": ("Kejati", "Kejari"), "Prosecutors' Office": ("Kejati", "Kejari")}
PROVINCE_CODE_LENGTH = 2


def _english_branches(body: str, mentions: list[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, " Court", " Police", " Office"):
        return mentions
    codes_of = administrative_areas().codes_of
    out: list[EntityMention] = []
    branches: list[tuple[int, int]] = []
    for m in mentions:
        place = known.get(m.entity_id)
        match = _ENGLISH_BRANCH.match(body, m.char_end)
        codes = codes_of.get(m.entity_id, ())
        if place is None or place.entity_type != "location" or match is None or not codes:
            out.append(m)
            continue
        province_body, local_body = _ENGLISH_BRANCH_BODIES[match["kind"]]
        body_name = province_body if len(codes[0]) == PROVINCE_CODE_LENGTH else local_body
        if body_name is None:
            out.append(m)
            continue
        entity = _branch(body_name, place)
        known.setdefault(entity.entity_id, entity)
        out.append(EntityMention(entity.entity_id, body[m.char_start:match.end()], m.char_start, match.end()))
        branches.append((m.char_start, match.end()))
    # The words after the place were read as a name of their own ("Regional Police"): the branch's now.
    return [m for m in out if not any(start <= m.char_start and m.char_end <= end and (m.char_start, m.char_end) != (
        start, end) for start, end in branches)] if branches else out


_FACTION_BEFORE = re.compile(r"(?<![\w-])(?:Fraksi|F-) ?$")


@cache
def _parties() -> frozenset[str]:
    """The gazetteer's political parties: the entries one of whose names is "Partai ..."."""
    return frozenset(e.entity_id for e in gazetteer() if any(a.startswith("Partai ") for a in e.aliases))


def _factions(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A party's faction in a parliament ("Fraksi PDI Perjuangan", "Fraksi Golkar"): an organization of its own,
    one entity however the party is written (and whichever parliament it sits in: an article names one). Not
    "Fraksi DPR", "Fraksi KPK": only a party has a faction."""
    if not _has(body, "Fraksi"):
        return mentions
    out = []
    for m in mentions:
        party = known.get(m.entity_id)
        before = _FACTION_BEFORE.search(body, max(0, m.char_start - 7), m.char_start)
        if party is None or m.entity_id not in _parties() or before is None or not before[0].startswith("F"):
            out.append(m)
            continue
        entity = Entity(f"x-org-{_digest('faction:' + party.entity_id)}", f"Fraksi {m.surface}", "organization",
                        None, False)
        known.setdefault(entity.entity_id, entity)
        out.append(EntityMention(entity.entity_id, body[before.start():m.char_end], before.start(), m.char_end))
    return out


# A country's mission abroad, however it is written: "the Indonesian Embassy in Manila", "Embassy of the Republic of
# Indonesia", "KBRI Manila", "Indonesian Consulate General in Davao City": one organization per country, kind and city.
_MISSION_KINDS = {"embassy": "Embassy", "consulate general": "Consulate General",
                  "consulate-general": "Consulate General", "consulate": "Consulate",
                  "high commission": "High Commission", "kbri": "Embassy", "kjri": "Consulate General",
                  "kedutaan besar ri": "Embassy", "kedutaan besar republik indonesia": "Embassy",
                  "konsulat jenderal ri": "Consulate General",
                  "konsulat jenderal republik indonesia": "Consulate General", "konsulat ri": "Consulate",
                  "konsulat republik indonesia": "Consulate",
                  # another country's, in Indonesian: "Kedutaan Besar Vietnam", "Kedubes Jepang", "Konjen Australia"
                  "kedutaan besar": "Embassy", "kedubes": "Embassy", "kedutaan": "Embassy",
                  "konsulat jenderal": "Consulate General", "konjen": "Consulate General", "konsulat": "Consulate"}
_MISSION = re.compile(
    r"(?:(?P<adj>(?-i:[A-Z][\w.]*)(?: (?-i:[A-Z][a-z]+))?) )?"
    r"(?P<kind>(?-i:Embassy|Consulate[- ]General|Consulate|High Commission|embassy|consulate(?:[- ]general)?))"
    r"(?: of (?:the )?(?:Republic of )?(?P<country>(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?))?"
    r"|\b(?P<acronym>(?-i:KBRI|KJRI|(?:Kedutaan Besar|Konsulat Jenderal|Konsulat) (?:RI|Republik Indonesia)))\b"
    r"|\b(?P<id_kind>(?-i:Kedutaan Besar|Kedubes|Kedutaan|Konsulat Jenderal|Konjen|Konsulat)) "
    r"(?P<id_country>(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?)")
_MISSION_PLACE = re.compile(r" (?:in |di )?")


def _nationalities() -> dict[str, str]:
    """A country's adjective -> its name in the gazetteer (name_context.yaml, nationalities)."""
    return _name_context().get("nationalities", {})


def _mission_country(match: re.Match[str], gaz: Gazetteer) -> Entity | None:
    if match["acronym"]:
        return gaz.exact("Indonesia")  # Kedutaan Besar / Konsulat Jenderal Republik Indonesia
    country = None
    if match["id_country"]:  # "Kedutaan Besar Korea Selatan", "Kedubes Jepang di Jakarta"
        names = (match["id_country"], match["id_country"].split()[0])
        country = next((e for name in names if (e := gaz.exact(name)) is not None and e.entity_id in _countries(gaz)),
                       None)
    elif match["country"]:
        country = next((e for name in (match["country"], match["country"].split()[0])
                        if (e := gaz.exact(name)) is not None), None)
    elif match["adj"]:
        name = _nationalities().get(_mission_adjective(match)[0])
        country = gaz.exact(name) if name else None
    return country if country is not None and country.entity_type == "location" else None


def _mission_adjective(match: re.Match[str]) -> tuple[str, int]:
    """The country's adjective before a mission and where it starts: "South Korean", or "Indonesian" in "The
    Indonesian Embassy"."""
    adjective, start = match["adj"], match.start("adj")
    if " " in adjective and adjective not in _nationalities():
        last = adjective.rsplit(" ", 1)[1]
        return last, start + len(adjective) - len(last)
    return adjective, start


# A hospital named by its town or a person: "Ranau Hospital", "Tawau General Hospital" (English reports from Malaysia
# and the Philippines; Indonesian ones write "RSUD ...", which discovery takes by its head word).
# So are a foreign town's or province's police, courts and offices: "Banteay Meanchey Provincial Police", "Sa Kaeo
# Immigration Office", "Aranyaprathet Police Station"; never an Indonesian place's (its Polda, Polres or PN), nor the
# first words of a longer name ("Hong Kong Police Force", "Vietnam Administration of Tourism").
_HOSPITAL_AFTER_PLACE = re.compile(r" (?:(?:General|District|Regional|Provincial|Specialist|Red Cross|University) )?"
                                   r"(?P<tail>Hospital)(?!\w)(?!'(?!s\b))"
                                   # a football club named by its town or province: "Sumsel United", "Medan FC" (not
                                   # "the Indonesia FC Forum")
                                   r"| (?P<club>United|FC)(?![\w.]| (?-i:[A-Z]))"
                                   r"| (?:(?:Provincial|Prefectural|Municipal|City|District|Metropolitan) )?(?P<office>"
                                   r"Police Station|Police|Court|Immigration Office|Immigration Bureau|Administration)"
                                   r"(?!\w)(?!'(?!s\b))(?! (?:Force|Office|Watch|Headquarters|Department|Station"
                                   r"|Command|Academy|Hospital|Division|Unit|Bureau|Service|Association|Provincial"
                                   r"|Regional|Coast|Criminal|Special)\b| of\b)")


def _place_hospitals(body: str, mentions: list[EntityMention],
                     known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, *_HOSPITAL_WORDS):
        return mentions
    found = []
    for m in mentions:
        match = _HOSPITAL_AFTER_PLACE.match(body, m.char_end)
        place = known.get(m.entity_id)
        # (a person's name too: "Queen Elizabeth Hospital" is the hospital, not the queen)
        kinds = ("location", "person") if match is not None and match["tail"] else ("location",)
        if match is not None and match["club"] and (is_country(m.surface) or m.entity_id in _COUNTRY_LEVEL
                                                    or m.surface.split(" ", 1)[0].casefold() in _REGION_KINDS):
            continue  # "Malaysia United and Thailand", "Kota Bandung FC": a country's or a kind's name, no club
        if match is not None and match["office"] and (
                m.entity_id.startswith(_AREA_ID_PREFIX) or administrative_areas().codes_of.get(m.entity_id)):
            continue  # an Indonesian place's police or court is its Polda, Polres or PN (_english_branches, the text)
        if match is None or place is None or place.entity_type not in kinds or any(
                other.char_start < match.end() and other.char_end > m.char_end and not (
                    # the words after the place read as a name of their own ("Provincial Court", "Red Cross"): the
                    # body's now
                    other.char_start > m.char_end and other.char_end <= match.end()) for other in mentions):
            continue
        surface = body[m.char_start:match.end()]
        entity = discovered_entity(surface, "organization")
        known.setdefault(entity.entity_id, entity)
        found.append(EntityMention(entity.entity_id, surface, m.char_start, match.end()))
    return _over(mentions, found) if found else mentions


_CITY_STATES = frozenset({"loc-singapore"})


@cache
def _countries(gaz: Gazetteer) -> frozenset[str]:
    """The ids of the countries the nationalities name: a mission "in Indonesia" is the one in its capital."""
    return frozenset(e.entity_id for name in _nationalities().values()
                     if (e := gaz.exact(name)) is not None)


def is_country(name: str) -> bool:
    """Whether the gazetteer knows `name` as one of the nationalities' countries, in any of its names ("South Korea",
    "Korea Selatan")."""
    gaz = curated()
    entity = gaz.exact(name)
    return entity is not None and entity.entity_id in _countries(gaz)


def _country_in_name(country: str) -> str:
    return f"the {country}" if country.startswith("United ") or country in ("Philippines", "Netherlands") else country


def _diplomatic_missions(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity],
                         gaz: Gazetteer) -> list[EntityMention]:
    if not _has(body, *_MISSION_WORDS):
        return mentions
    places = {m.char_start: m for m in mentions
              if (e := known.get(m.entity_id)) is not None and e.entity_type == "location"}
    found: list[EntityMention] = []
    placed: set[str] = set()  # the missions the article places in a country, not a city
    for match in _MISSION.finditer(body):
        country = _mission_country(match, gaz)
        if country is None or (match["kind"] and match["kind"].islower() and not match["adj"]):
            continue  # "the embassy said": no name; "the Indonesian embassy in Singapore" (AFP) is one
        kind = _MISSION_KINDS[(match["kind"] or match["acronym"] or match["id_kind"]).casefold()]
        if match["acronym"] or match["id_kind"]:
            start = match.start()
        elif match["adj"] and not match["country"]:
            start = _mission_adjective(match)[1]
        else:
            start = match.start("kind")  # "Embassy of the Republic of Indonesia"
        end = match.end()
        if match["id_country"] and gaz.exact(match["id_country"]) is None:
            end = match.start("id_country") + len(match["id_country"].split()[0])  # "Kedubes Jepang Hiroshi Tanaka"
        gap = _MISSION_PLACE.match(body, end)
        place = places.get(gap.end()) if gap is not None and gap.end() > end else None
        if match["acronym"] and place is None:
            continue  # "KBRI" alone: the acronym's own entity ("Kedutaan Besar Republik Indonesia (KBRI)")
        if place is not None and place.entity_id != country.entity_id and not (
                (match["id_kind"] or (match["acronym"] and " " in match["acronym"])) and gap.group(0) != " "):
            end = place.char_end  # (the place after "di" stays a mention of its own: "Kedutaan Besar RI di Seoul")
        if place is not None and place.entity_id != country.entity_id and (
                place.entity_id not in _countries(gaz) or place.entity_id in _CITY_STATES):
            name = f"{kind} of {_country_in_name(country.name)} in {known[place.entity_id].name}"
            key = f"mission:{country.entity_id}:{kind}:{place.entity_id}"
        else:  # "the Embassy of Australia in Indonesia": the one embassy there, wherever the article places it
            name, key = f"{kind} of {_country_in_name(country.name)}", f"mission:{country.entity_id}:{kind}"
            if place is not None:
                placed.add(f"x-org-{_digest(key)}")  # in a country the article names: no city's mission there
        entity = Entity(f"x-org-{_digest(key)}", name, "organization", None, False)
        known.setdefault(entity.entity_id, entity)
        found.append(EntityMention(entity.entity_id, body[start:end], start, end))
    if not found:
        return mentions
    return _acronym_as_its_mission(_over(mentions, found), [m for m in found if m.entity_id not in placed], known)


def _acronym_as_its_mission(mentions: list[EntityMention], found: list[EntityMention],
                            known: Mapping[str, Entity]) -> list[EntityMention]:
    """"Kedutaan Besar Republik Indonesia (KBRI) Seoul ... data KBRI ... KBRI Seoul": where an article names one
    embassy (or consulate) by its city, the bare acronym and its long form are that mission; so is the country's
    mission named without a city ("Kedutaan Vietnam" beside "Kedutaan Besar Vietnam di Jakarta")."""
    remap: dict[str, str] = {}
    named = {known[m.entity_id].name for m in found}
    for name in named:
        in_cities = {m.entity_id for m in found if known[m.entity_id].name.startswith(f"{name} in ")}
        if len(in_cities) == 1:
            remap.update({m.entity_id: next(iter(in_cities)) for m in found if known[m.entity_id].name == name})
    for acronym in ("KBRI", "KJRI"):
        missions = {m.entity_id for m in found if m.surface.startswith(acronym)}
        if len(missions) != 1:
            continue
        bare = {m.entity_id for m in mentions if m.surface == acronym and m.entity_id not in missions}
        remap.update(dict.fromkeys(bare, next(iter(missions))))
    if not remap:
        return mentions
    return [EntityMention(remap[m.entity_id], m.surface, m.char_start, m.char_end) if m.entity_id in remap else m
            for m in mentions]


def _discovered_branch(mention: EntityMention, bodies: Mapping[str, str], gaz: Gazetteer,
                       places: Mapping[str, Entity] | None = None) -> Entity | None:
    """A branch that discovery found whole ("Pengadilan Negeri Jakarta Selatan", "Polres Sleman"), as
    _branch_at names it: "Pengadilan Negeri Jakarta Selatan" and "PN Jakarta Selatan" are one entity."""
    return _branch_named(mention.surface, bodies, gaz, places) if mention.entity_id.startswith("x-org-") else None


MAX_BODY_NAME_WORDS = 6  # "Dinas Pemadam Kebakaran dan Penyelamatan", "Balai Besar Konservasi Sumber Daya Alam"
MAX_OFFICE_NAME_WORDS = 5


def _branch_named(name: str, bodies: Mapping[str, str], gaz: Gazetteer,
                  places: Mapping[str, Entity] | None = None) -> Entity | None:
    """The branch a name written as a body's and a place's names ("Polres Sleman", "DPRD Sumbar"), if it is one;
    `places`: the article's places by their surfaces, for a bare name the gazetteer leaves ambiguous ("Disnaker
    Batang" where the text reads "Batang" as the regency)."""
    words = name.split(" ")
    admin_heads = _context().admin_heads
    # the longest body's name first ("Polresta", not "Polres"); a listed body's before any office's ("Dinas Sosial"
    # and "DKI Jakarta", not "Dinas Sosial DKI" and "Jakarta")
    splits = [(split, True) for split in range(min(len(words) - 1, MAX_BODY_NAME_WORDS), 0, -1)]
    # (an office the list does not name is five words at most: not "Balai Besar Taman Nasional Bromo Tengger" and
    # the place "Semeru")
    for split, listed in splits + [(split, False) for split, _ in splits if split <= MAX_OFFICE_NAME_WORDS]:
        head, rest = " ".join(words[:split]), " ".join(words[split:])
        body_name = bodies.get(head.casefold()) if listed else (
            head if _regional_office(words[:split], admin_heads) else None)
        if body_name is None or (not listed and (gaz.exact(f"{words[split - 1]} {rest}") is not None or any(
                _is_location(gaz.exact(" ".join(words[k:split]))) for k in range(1, split)))):
            continue  # (not a place cut in two: "Badan Pelaksana Otorita Danau Toba" is the lake's, not Toba's; nor an
            # authority named after a place already: "Badan Pelaksana Otorita Labuan Bajo Flores")
        written = rest
        if words[split - 1].casefold() in admin_heads:
            written = f"{words[split - 1]} {rest}"  # "Pemerintah Kabupaten Sumbawa": the regency, as the body says
        elif rest.split(" ", 1)[0].casefold() in admin_heads and " " in rest:
            rest = rest.split(" ", 1)[1]  # "DPRD Provinsi Jawa Barat" is "DPRD Jawa Barat"
        office_class = _OFFICE_CLASS.match(rest)
        if office_class is not None:
            rest = rest[office_class.end():]  # "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai"
        # an office named by its airport: "Kantor Imigrasi Ngurah Rai" (the airport is "Bandara Ngurah Rai"; a bare
        # "Ngurah Rai" is as often a Balinese name; not "Kodam Pattimura")
        # the place as written first: "Kabupaten Bandung" is not the city, "Kabupaten Asmat" whose bare name is no alias
        # (a bare name as the article reads it first: "Polresta Magelang" after "Kabupaten Magelang" is the regency's;
        # not a body a big city or a province has: "Polrestabes Bandung", "Polda Gorontalo" beside "Kabupaten ...")
        read = places.get(rest) if places and body_name not in _city_and_province_bodies() else None
        place = (gaz.exact(written) if written != rest else None) or read or gaz.exact(rest) or (
            gaz.exact(f"Bandara {rest}") if body_name in _airport_offices() else None) or (
            # a regency's bare name that is no alias, after its own office: "DPRD Sumbawa", "Disnaker Batang"
            gaz.entities.get(_bare_regency_names(gaz).get(rest.casefold(), "")))
        if place is not None and place.entity_type == "location" and place.entity_id not in _COUNTRY_LEVEL:
            return _branch(body_name, place)
        if office_class is not None and rest:
            return discovered_entity(f"{head} {rest}", "organization")  # "Lapas Kelas IIA Kerobokan": "Lapas Kerobokan"
    return None


@cache
def _city_and_province_bodies() -> frozenset[str]:
    """Bodies only a big city or a province has (name_context.yaml): their branches are never a regency's."""
    return frozenset(str(name) for name in _name_context()["city_and_province_bodies"])


# The words a government office of any field opens with, named after its seat: "Dinas Perdagangan Parepare", "Badan
# Pengelolaan Keuangan dan Aset Daerah Sumbawa", "Balai Pengelolaan Sumber Daya Pesisir dan Laut Denpasar".
_OFFICE_HEADS = frozenset({"Dinas", "Badan", "Balai"})


def _is_location(entity: Entity | None) -> bool:
    return entity is not None and entity.entity_type == "location"


def _regional_office(words: list[str], admin_heads: frozenset[str]) -> bool:
    """Whether the words name a government office of any field, listed or not: "Dinas Perdagangan" (of "Dinas
    Perdagangan Kota Parepare" = "Dinas Perdagangan Parepare"), "Dinas Koperasi dan UKM"."""
    return (len(words) > 1 and words[0] in _OFFICE_HEADS and words[-1].casefold() not in admin_heads
            and all(word[0].isupper() or word == "dan" for word in words[1:]) and words[-1] != "dan")


def _branch(body_name: str, place: Entity) -> Entity:
    """The branch of the body (by the name its branches are written with) in the place."""
    entity_id = f"x-org-{_digest('branch:' + body_name.casefold() + '@' + place.entity_id)}"
    return Entity(entity_id, f"{body_name} {place.name}", "organization", None, False)


def _names_over_other(body: str, mentions: list[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A one-word name of a season or event that ends a person's name ("JPU Yudhistira Kurnia Ramadhan") is that
    name's: the curated mention goes when a role and two name words, a given name, or a role and one name word
    are written right before it (not "Festival Ramadan", "Penumpang Kereta Cepat Whoosh", "Program MBG",
    "Vaksinasi COVID-19"). So is a place's one-word name after a given name and a name word ("Bupati Belu
    Laurensius Taek Mali"). So is a known person's one-word name after another given name ("Yulianto Prabowo")."""
    out = []
    ends = {m.char_end for m in mentions}
    for m in mentions:
        entity = known.get(m.entity_id)
        if (entity is not None and entity.entity_type == "person" and m.surface != entity.name and m.surface.isalpha()
                and m.surface.istitle() and m.char_start - 1 not in ends
                and _another_given_name_before(body, m.char_start, m.char_end)):
            continue  # another person of that surname: "Yulianto Prabowo" is not the president ("Prabowo")
        if (entity is not None and entity.entity_type == "other" and m.surface.isalpha() and not m.surface.isupper()
                and (_two_name_words_before(body, m.char_start) or _given_name_before(body, m.char_start, m.char_end))):
            continue
        if entity is not None and entity.entity_type == "location" and (
                m.surface.isalpha() and not m.surface.isupper() and " " not in m.surface
                and _given_and_name_word_before(body, m.char_start) and not body.startswith(_POSSESSIVE, m.char_end)):
            continue
        if entity is not None and entity.entity_type == "location" and _DANCE_BEFORE.search(
                body, max(0, m.char_start - 6), m.char_start):
            continue  # a dance named after a place or an animal: "Tari Merak", "Tari Bali"
        if entity is not None and entity.entity_type == "location" and (
                institution := _NAMESAKE_INSTITUTION.match(body, m.char_end)) is not None and (
                given := _NAMESAKE_GIVEN_NAME.search(body, max(0, m.char_start - 30), m.char_start)) is not None and (
                given[0].strip().casefold() in _context().given_names):
            # a school named after a person who shares a place's name: "Charles Darwin University" (a given name
            # before the place; not a headline's "Floods Hit Bogor School")
            school = discovered_entity(body[given.start():institution.end()], "organization")
            school = known.setdefault(school.entity_id, school)
            out.append(EntityMention(school.entity_id, body[given.start():institution.end()], given.start(),
                                     institution.end()))
            continue
        out.append(m)
    return out


_DANCE_BEFORE = re.compile(r"(?<![\w-])[Tt]ari $")
# An English institution's kind after a person's name (discovery reads the whole name).
_NAMESAKE_INSTITUTION = re.compile(r" (?:University|College|Institute|Foundation|School)\b")
_NAMESAKE_GIVEN_NAME = re.compile(r"(?<![\w'\u2019.-])(?!(?:The|A|An|At|In|Of|From|To)\b)[A-Z][a-z]+ $")
_GIVEN_AND_NAME_WORD = re.compile(r"(?:(?<![\w'\u2019-])([\w.]+) )?(?:(?<![\w'\u2019-])([\w.]+) )?"
                                  r"(?<![\w'\u2019-])([A-Z][a-z]+) ([A-Z][a-z]+) $")


def _given_and_name_word_before(body: str, start: int) -> bool:
    """"Laurensius Taek " before `start`: a given name, then a word that is neither vocabulary nor a place's, after
    a lower-case word, a role, or a role and its region ("Bupati Belu Laurensius Taek"); not inside a place or a
    building named after a person ("Bandara Internasional Sam Ratulangi Manado", "Gereja Santo Fransiskus ...")."""
    before = _GIVEN_AND_NAME_WORD.search(body, max(0, start - 80), start)
    ctx = _context()
    if before is None or before[3].casefold() not in ctx.given_names or (
            _never_name(before[4]) or is_ordinary_word(before[4]) or _clearly_vocabulary(before[4])):
        return False
    near, far = (before[2] or "").rstrip("."), (before[1] or "").rstrip(".")
    if not near or near[0].islower() or near.casefold() in ctx.role_words:
        return True
    return bool(far) and far.casefold() in ctx.role_words and is_known_place(near)


def is_known_place(name: str) -> bool:
    """Whether the gazetteer knows `name`, exactly, as a place ("Indonesia", "Bangkok", "Cianjur"); a regency whose
    bare name is also a word ("KUDUS, Lingkarjateng.id -") is a place where a place is expected."""
    entity = curated().exact(name)
    return (entity is not None and entity.entity_type == "location") or name.casefold() in bare_regency_names()


_TWO_WORDS_BEFORE = re.compile(r"(?<![\w-])([\w-]+),? ([A-Z][a-z]+) ([A-Z][a-z]+) $")


def _two_name_words_before(body: str, start: int) -> bool:
    """Two capitalised words before `start`, after a role, a speech verb or a word that names a person ("JPU
    Yudhistira Kurnia ...", "dipimpin Yudhistira Kurnia ...")."""
    before = _TWO_WORDS_BEFORE.search(body, max(0, start - 60), start)
    ctx = _context()
    cue = before[1].casefold() if before is not None else ""
    named = cue in ctx.role_words or cue in ctx.speech_verbs or cue in ctx.single_name_cues or cue in ctx.person_objects
    return before is not None and named and not any(
        _never_name(w) or _clearly_vocabulary(w) for w in (before[2], before[3]))


_ONE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:([\w-]+),? )?([A-Z][a-z]+) $")


def _another_given_name_before(body: str, start: int, end: int) -> bool:
    """A given name right before a known person's one-word name: a listed one ("Budi Prabowo"), or a word that is
    neither vocabulary nor a post, in an apposition between commas (", Yulianto Prabowo, mengaku ..."), after a rank
    ("Irjen Yulianto Prabowo"), or that the text also writes alone as the person's name ("Edhy Prabowo ...
    kata Edhy"); not a post's acronym, a title or a headline's verb ("Menparekraf Sandiaga", "Ayatollah Khamenei",
    "Megawati Sentil Jokowi")."""
    before = _ONE_WORD_BEFORE.search(body, max(0, start - 40), start)
    if before is None:
        return False
    word = before[2]
    if word.casefold() in _context().given_names:
        return True
    if _MINISTERS_POST.match(word) or (
            is_ordinary_word(word) or is_role_word(word) or _never_name(word) or _clearly_vocabulary(word)):
        return False
    opens = body[max(0, before.start(2) - 2):before.start(2)] in (", ", "(") or before.start(2) == 0
    if opens and body.startswith((",", ")"), end):
        return True
    if before[1] is not None and before[1].casefold() in _context().ranks:
        return True  # after a rank ("Irjen Yulianto Prabowo"); not a post, whose office's name follows it ("Menko
        # Marves Luhut")
    # (alone: not inside a longer name, "Kemenko Marves mencatat ..." beside "Menko Marves Luhut")
    alone = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-]| {re.escape(body[start:end])}| (?-i:[A-Z]))")
    return any(not _NAME_WORD_BEFORE.search(body, max(0, found.start() - 40), found.start())
               for found in alone.finditer(body))


_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]* $")


# A minister's post as news abbreviates it: "Menparekraf", "Mendag", "Wamenkeu".
_MINISTERS_POST = re.compile(r"(?:Wa)?[Mm]en[a-z]{2,}$")


def _given_name_before(body: str, start: int, end: int) -> bool:
    """A given name right before `start` ("Syahrul Ramadhan"), or one name word after a role ("kiper Fajar
    Ramadhan"): the season's word is the person's surname."""
    before = _ONE_WORD_BEFORE.search(body, max(0, start - 40), start)
    if before is None or _never_name(before[2]) or _clearly_vocabulary(before[2]):
        return False
    ctx = _context()
    key = before[2].casefold()
    cue = (before[1] or "").casefold()
    if key in ctx.given_names or cue in ctx.role_words:
        return True
    # A word no dictionary knows before it, with a person's cue: "oleh Yudhistira Ramadhan", "Yudhistira Ramadhan,
    # president of ..."; a doubles pair's first player, "Fajri Ramadhan/Tiara Anggraini" (not "Tarhib Ramadhan",
    # "Ngabuburit Ramadan": events of the season).
    return max(zipf_frequency(key, "id"), zipf_frequency(key, "en")) < _UNKNOWN_WORD_ZIPF and (
        cue in _AGENT_WORDS or cue in ctx.speech_verbs or cue in ctx.person_objects or body.startswith(", ", end)
        or _PARTNER_AFTER.match(body, end) is not None)


# A doubles partner's name right after a slash: "Fajri Ramadhan/Tiara Anggraini".
_PARTNER_AFTER = re.compile(r"/[A-Z][a-z]+ [A-Z]")


_AGENT_WORDS = frozenset({"oleh", "by"})
_LEGAL_HEAD_BEFORE = re.compile(r"(?<![\w.])(?-i:PT)\.? $")
_LEGAL_TAIL = re.compile(r"(?: \((?:Persero|Tbk)\))?(?: Tbk\.?)?(?![\w(])")


def _with_legal_tails(body: str, mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """A company's legal tail belongs to its mention, as a reader quotes the name: "PT Bank Mandiri (Persero)
    Tbk" (the entity is the same with or without it)."""
    out = []
    for m in mentions:
        entity = known.get(m.entity_id)
        if entity is not None and entity.entity_type == "organization" and body.startswith(" ", m.char_end) and (
                (tail := _LEGAL_TAIL.match(body, m.char_end)) is not None and tail.end() > m.char_end):
            m = EntityMention(m.entity_id, body[m.char_start:tail.end()].rstrip("."), m.char_start,
                              m.char_start + len(body[m.char_start:tail.end()].rstrip(".")))
            # "PT Bank Negara Indonesia (Persero) Tbk": with its tail, the legal form before it is the name's too.
            if (head := _LEGAL_HEAD_BEFORE.search(body, max(0, m.char_start - 4), m.char_start)) is not None:
                m = EntityMention(m.entity_id, body[head.start():m.char_end], head.start(), m.char_end)
        if entity is not None and entity.entity_type == "organization" and m.surface.endswith(
                _ABBREVIATED_FORMS) and _ABBREVIATION_STOP.match(body, m.char_end):
            # "Kaiho Foods Co., produces ...": the stop is the abbreviation's, not the sentence's
            m = EntityMention(m.entity_id, m.surface + ".", m.char_start, m.char_end + 1)
        out.append(m)
    return out


_ABBREVIATED_FORMS = (" Co", " Inc", " Ltd", " Corp", " Bhd")
_ABBREVIATION_STOP = re.compile(r"\.(?=[,;)]| [a-z(])")


def _opens_sentence(body: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or a paragraph ("Menjelang Lebaran ...")."""
    before = body[max(0, start - 3):start].rstrip(" \"\u201c\u201d\u2018\u2019'(")  # "”Sumber ...": any quote mark
    if before.endswith(".") and _TITLE_BEFORE.search(body, max(0, start - 6), start) is not None:
        return False  # a title's stop, no sentence's: "dr. Ria Marlina Tefa", "drh. Emilia Bapa"
    # (or after a dateline's dash: "CIBINONG - Tangis Euis Rohaeti (52) pecah"; not a route's: "ruas Senen - Kemayoran")
    return not before or before.endswith((".", "!", "?", "\n", ":")) or (
        body[max(0, start - 3):start] in _DATELINE_DASHES and _DATELINE_BEFORE.search(
            body, max(0, start - _DATELINE_REACH), start - 3) is not None)


_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:dr|drh|drg|Dr|Ir|Hj|H|Drs|Dra|Prof|Pdt|Rev)\. $")
_DATELINE_DASHES = frozenset({" - ", " \u2013 ", " \u2014 "})
# A dateline from the paragraph's start: capitalised words, an outlet in brackets, a date ("Jakarta (ANTARA)",
# "TRIBUNNEWSBOGOR.COM, CIBINONG"), no word in lower case.
_DATELINE_REACH = 60
_DATELINE_BEFORE = re.compile(r"(?:^|\n)(?:[^\W\d_a-z][\w.]*|[\d/().,]+|\s|[(),./])*$")


# Head words written before a known place belong to its mention, as a reader quotes it: "Pulau Jawa",
# "Provinsi Jawa Tengah" (the entity is the same with or without them). Administrative heads and islands only:
# in "Laut Jepang" the head makes another place.
_ISLAND_HEADS = frozenset({"pulau", "kepulauan"})
# The capitalised word right before a position (one definition: a second, later one had shadowed this one).
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")


_ENGLISH_AREA_TAIL = re.compile(r" (?:Province|Regency)(?![\w'-])")


def _with_place_heads(body: str, mentions: list[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    heads = _context().admin_heads | _ISLAND_HEADS
    out = []
    for m in mentions:
        if (tail := _ENGLISH_AREA_TAIL.match(body, m.char_end)) is not None and (
                entity := known.get(m.entity_id)) is not None and entity.entity_type == "location" and not (
                m.surface.endswith(tail[0].strip())):
            m = EntityMention(m.entity_id, body[m.char_start:tail.end()], m.char_start, tail.end())  # "West Java
            # Province" (the register writes the province without its kind)
        before = _WORD_BEFORE.search(body, max(0, m.char_start - 14), m.char_start)
        entity = known.get(m.entity_id)
        if before is not None and entity is not None and entity.entity_type == "location" and (
                before[1].casefold() in heads or (
                    before[1] == "Negeri" and m.entity_id.startswith(_AREA_ID_PREFIX)
                    and not _body_name_before(body, before.start()))):
            m = EntityMention(m.entity_id, body[before.start():m.char_end], before.start(), m.char_end)
        out.append(m)
    return out


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?] )(?<![\n\"\u201c])(?<!^)\b[A-Z][\w-]* $")


def _body_name_before(body: str, at: int) -> bool:
    """A capitalised word right before "Negeri", inside a sentence: a body's name ("Pengadilan Negeri Ambon", "SMA
    Negeri"), not Maluku's village ("warga Negeri Tamilouw")."""
    return _CAPITALISED_WORD_BEFORE.search(body, max(0, at - 30), at) is not None


def _tokens(body: str) -> list[_Token]:
    # tuple.__new__ skips the named tuple's Python-level constructor: a quarter less time for ~450 tokens an
    # article (measured).
    new = tuple.__new__
    tokens: list[_Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(body):
        text = match[0]
        append(new(_Token, (text, match.start(), match.end(), text.casefold(), text[0].isupper())))
    for title in _MAYOR.finditer(body):
        # "Wali Kota" is a mayor, one role word: its "Kota" heads no place ("Wali Kota Ahmad Dani").
        at = bisect_left(tokens, title.end() - 4, key=lambda t: t.start)
        tokens[at] = tokens[at]._replace(key="walikota")
    for written, pattern, key in _multiword_heads():
        if written in body:
            # "Rumah Sakit" heads a hospital's name as org_heads' "rumah sakit" ("Rumah Makan", "Air Terjun"): its
            # first word carries the key.
            for head in pattern.finditer(body):
                at = bisect_left(tokens, head.start(), key=lambda t: t.start)
                tokens[at] = tokens[at]._replace(key=key)
    return tokens


@cache
def _multiword_heads() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Heads of two words as names write them ("Rumah Sakit"), a pattern for them, and their key ("rumah sakit")."""
    ctx = _context()
    # (the boundary before the first letter is looked at after it, as _MAYOR's: the pattern is searched for its
    # first letter, not tried at every offset)
    return tuple((key.title(), re.compile(rf"{key.title()[0]}(?<!\w{key.title()[0]}){key.title()[1:]}\b"), key)
                 for key in sorted(ctx.org_heads | ctx.place_heads) if " " in key)


# A company's legal form is left out as often as it is written: "PT Borneo Sehat Nusantara (BSN)" is the
# "Borneo Sehat Nusantara" of the next paragraph, one id either way.
_LEGAL_FORM_AROUND = re.compile(r"^(?:pt|cv)\.? | tbk\.?$|\s*\((?:persero|tbk)\)", re.I)


def discovered_entity(name: str, entity_type: str) -> Entity:
    key = fold_name(_LEGAL_FORM_AROUND.sub("", name) if entity_type == "organization" else name)
    if entity_type == "organization" and "bank p" in key:
        # "PT Bank Perekonomian Rakyat X" is "PT BPR X"
        key = _BANK_KINDS.sub(lambda kind: _BANK_KIND_SHORT[kind[0]], key)
    return Entity(f"x-{entity_type[:3]}-{_digest(entity_type + ':' + key)}", name, entity_type, None, False)


# A rural or regional bank's kind, written out or short: one key for "PT Bank Perekonomian Rakyat Sinar Bulukumba
# Sejahtera" and "PT BPR Sinar Bulukumba Sejahtera" (BPR was "Bank Perkreditan Rakyat" before 2023).
_BANK_KIND_SHORT = {"bank perekonomian rakyat syariah": "bprs", "bank pembiayaan rakyat syariah": "bprs",
                    "bank perekonomian rakyat": "bpr", "bank perkreditan rakyat": "bpr",
                    "bank pembangunan daerah": "bpd"}
# (only before the bank's own name: "Bank Pembangunan Daerah" alone is the kind, and a bare "BPD" is mostly a village's
# council, Badan Permusyawaratan Desa)
_BANK_KINDS = re.compile(r"\b(?:" + "|".join(sorted(_BANK_KIND_SHORT, key=len, reverse=True)) + r")\b(?= \S)")


def fold_name(name: str) -> str:
    """Spelling-insensitive key: Kim Jong-un, Kim Jong Un and KIM JONG UN fold alike."""
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", name.casefold()).replace("\u2019", "'").strip()


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _lower(text: str) -> str:
    """Lower-case without changing the length (offsets into the lowered text stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):  # no character grew (a character never shrinks): offsets already agree
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _variants(aliases: Iterable[str]) -> set[str]:
    """Each alias plus its hyphen/space spelling variants (Kim Jong-un / Kim Jong Un)."""
    out: set[str] = set()
    for alias in aliases:
        out.add(alias)
        if "-" in alias and " " in alias:
            out.add(alias.replace("-", " "))
    return out


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _case_fits(alias: _Alias, surface: str) -> bool:
    if alias.exact_case:
        return surface == alias.text
    if alias.capital_words and not _capitals_kept(alias, surface):
        return False  # "DI Yogyakarta" is not the "di Yogyakarta" of "menikah di Yogyakarta"
    # A brand written in lower case ("detikcom") also matches as written; other aliases need a capital.
    return any(c.isupper() for c in surface) or surface == alias.text


def _capitals_kept(alias: _Alias, surface: str) -> bool:
    """Whether the surface writes the alias's acronyms ("DI", "DKI", "RI") in capitals, as the alias does."""
    words = surface.split()
    return all(i < len(words) and words[i] == word for i, word in alias.capital_words)


def _capitalised_word_before(text: str, hyphen: int) -> bool:
    """Whether the word that ends at `hyphen` is a word, not a one- or two-letter prefix ("Kertajati" of
    "Kertajati-Balikpapan", "pro" of "pro-Palestina"; not the "e" of "e-VOA", "e-KTP")."""
    j = hyphen
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return hyphen - j >= 3


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before == "-" and start >= 2 and text[start - 2].islower() and text[start].isupper() and (
            _capitalised_word_before(text, start - 1)):
        before = " "  # a route's second place: "Kertajati-Balikpapan" (not "Jong-un", "non-Jawa" is "Jawa" still;
        # not "e-VOA", "e-KTP": a prefix of a letter or two)
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "_")


def _leftmost_longest(mentions: list[EntityMention]) -> list[EntityMention]:
    chosen: list[EntityMention] = []
    last_end = -1
    for mention in sorted(mentions, key=lambda m: (m.char_start, -(m.char_end - m.char_start))):
        if mention.char_start >= last_end:
            chosen.append(mention)
            last_end = mention.char_end
    return chosen


# --- discovery ------------------------------------------------------------------------------------

# Legal forms that open a company's name and are often left out later: "PT Kirim Cepat" is "Kirim Cepat".
_LEGAL_FORMS = frozenset({"pt", "cv", "perum", "persero", "perumda", "perumdam"})
# What follows "Stasiun" when the station is an office (of BMKG, a broadcaster), not a railway station.
_INSTITUTE_STATIONS = frozenset({"geofisika", "meteorologi", "klimatologi", "pemantau", "televisi", "radio",
                                 "bumi", "radar", "karantina"})
# Heads of regional bodies whose name is the place they serve: "Polres Tana Toraja", "DPRD Kabupaten Bekasi".
_REGIONAL_HEADS = frozenset({"polres", "polresta", "polda", "polsek", "pemkab", "pemkot", "pemprov", "dprd", "kodim",
                             "korem", "kodam", "bpbd", "kejari", "kejati"})
# Words right before a name that make it a place, not a person: "di Istora Senayan".
_LOCATIVES = frozenset({"di", "ke", "dari", "menuju", "at", "in", "to", "from"})
# ... and before a place and the country or region it lies in: "wisatawan asal Hamburg, Jerman" (not "asal Budi
# menjamin": "as long as")
_ORIGIN_CUES = _LOCATIVES | {"asal"}
# "dari" or "of" between a name and its speech verb: "Wahyu Hidayat dari Bapanas menyebut".
_AFFILIATION = frozenset({"dari", "of", "from"})
# Words that join the words of one organization's name: "Institute for Development of Economics and Finance".
_CONNECTORS = frozenset({"dan", "and", "of", "for", "on", "untuk", "&", "serta", "de", "du"})


def _runs(body: str, tokens: Sequence[_Token], covered: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Indexes of maximal runs of capitalised tokens joined by single spaces, outside covered spans."""
    particles = _context().name_particles
    is_covered = _covered_test(covered)
    runs: list[list[int]] = []
    current: list[int] = []
    heads = _context().org_heads
    for i, token in enumerate(tokens):
        if not current and not token.capitalised:
            continue  # neither joined to a run nor opening one: nothing to do (most tokens; what follows would say so)
        joined = bool(current) and (body[tokens[current[-1]].end:token.start] == " " or _saint_or_title_after_head(
            body, tokens, current, token, heads))
        # Coverage is looked up last: most tokens are neither capitalised nor particles.
        usable = (token.capitalised or (joined and token.key in particles)) and not is_covered(token.start)
        if usable and joined and len(current) > 1 and tokens[current[-1]].text in _ABBREVIATED_GIVEN_NAMES and (
                body[tokens[current[-1]].end:token.start] == ". ") and is_ordinary_word(tokens[current[-2]].text) and (
                tokens[current[-2]].key not in _context().given_names):
            runs.append(current[:-1])  # "Nasib Moh. Rasyidi": after a word no name has, the short given name opens
            # one (not "La Ode Moh. Arif", "Andi Muh. Yusuf")
            current = [current[-1], i]
            continue
        if usable and (joined or not current):
            current.append(i)
            continue
        if current:
            if len(current) > 1 and tokens[current[-1]].text in _TITLES_BEFORE_NAMES and (
                    body[tokens[current[-1]].end:token.start] == ". "):
                current = current[:-1]  # "KSOP Kelas III Tanjungwangi Capt. Hendra ...": the title opens the name after
            runs.append(current)
        current = [i] if usable else []
    if current:
        runs.append(current)
    # A particle cannot end a name.
    return [run[: _last_capitalised(tokens, run) + 1] for run in runs]


# A title with its stop, before a name: no word of the name it follows ("... Tanjungwangi Capt. Hendra ...").
# (a captain's only: "Jalan Prof. Dr. Hamka", "Bandara Internasional Ir. H. Juanda" keep their titles; review 46c)
_TITLES_BEFORE_NAMES = frozenset({"Capt", "Kapt"})
# A saint's or a doctor's title inside a body's name, after its kind: "RS St. Gabriel Kewapante", "RS Dr. Oen Solo".
_TITLES_AFTER_HEADS = frozenset({"St", "Dr"})


def _saint_or_title_after_head(body: str, tokens: Sequence[_Token], current: list[int], token: _Token,
                               heads: frozenset[str]) -> bool:
    last = tokens[current[-1]]
    if body[last.end:token.start] != ". ":
        return False
    return (last.text in _TITLES_AFTER_HEADS and len(current) >= 2 and tokens[current[-2]].key in heads) or (
        last.text in _ABBREVIATED_GIVEN_NAMES) or (last.text in _NAME_INFIXES and len(current) >= 2) or (
        _middle_initial(tokens, current, token) and not any(_is_head(tokens[j].key) for j in current))


# A middle name's initial inside a name: "Helena M. Souisa", "Ruben A. Lekahena": a capital letter and its stop after a
# word of the name, before a surname rare in Indonesian and English alike. A crime report's shortened name ends its
# sentence there as often ("... bersama Rahmat H. Polisi menyita ...", "Dedi K. Keduanya ...", "Rudi S. Ahmad,
# tetangga korban, ..."; review 48): a frequent word, a given name, a role or a head word after the stop is the next
# sentence's. Not in a body's name, which its own kind reads ("RSUD Ade M. Djoen Sintang").
MIDDLE_INITIAL_ZIPF = 3.0


def _middle_initial(tokens: Sequence[_Token], current: list[int], token: _Token) -> bool:
    last = tokens[current[-1]]
    if not (len(last.text) == 1 and last.text.isupper() and len(current) >= 2 and len(tokens[current[-2]].text) > 1
            and token.capitalised):
        return False
    key, ctx = token.key, _context()
    return (zipf_frequency(key, "id") < MIDDLE_INITIAL_ZIPF and zipf_frequency(key, "en") < MIDDLE_INITIAL_ZIPF
            and key not in ctx.given_names and not _never_name(token.text))


# Given names written short with a stop: "Moh. Rasyidi", "Ach. Zainuri", "Muh. Fadli" (Madura, Java, Sulawesi).
_ABBREVIATED_GIVEN_NAMES = frozenset({"Moh", "Muh", "Moch", "Much", "Mochd", "Mhd", "Ach", "Abd", "Ahm"})


# A pilgrim's title written short inside a name, as North Maluku writes it: "Ruslan Hi. Abdullah" (Haji).
_NAME_INFIXES = frozenset({"Hi"})


def _covered_test(covered: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies inside a covered span (binary search: articles have many mentions)."""
    spans = sorted(covered)
    starts = [s for s, _ in spans]
    reach, furthest = [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < reach[i]
    return inside


def _last_capitalised(tokens: Sequence[_Token], run: list[int]) -> int:
    return max(k for k, i in enumerate(run) if tokens[i].capitalised)


def _is_vocabulary(word: str) -> bool:
    """An ordinary Indonesian word (frequent in Indonesian, rare in English), not a personal name."""
    key = word.casefold()
    return zipf_frequency(key, "id") >= 3.5 and zipf_frequency(key, "en") < 2.6


# Derived Indonesian nouns (pendanaan, keamanan, perbankan) are vocabulary, never personal names.
_DERIVED_NOUN = re.compile(r"^(pe[rnm]?g?|ke)[a-z]{3,}an$")


# A reduplicated word (Undang-Undang, Kupu-Kupu) is an Indonesian plural or noun, never part of a name.
_REDUPLICATED = re.compile(r"^(\w+)-\1$")


def _clearly_vocabulary(word: str) -> bool:
    """A word no name is made of: a derived noun, a reduplicated word, or a frequent Indonesian word unknown
    to English."""
    key = word.casefold()
    return (bool(_DERIVED_NOUN.match(key)) or bool(_REDUPLICATED.match(key))
            or (zipf_frequency(key, "id") >= 4.4 and zipf_frequency(key, "en") == 0))


def _suffixed_noun(key: str) -> bool:
    """A noun made from a frequent Indonesian word with -an ("unggahan", "rekaman", "putusan"): not the first
    word of a name. Given names that end in -an come from no such word (Setiawan, Sulaiman) or from an English
    one (Hasan); a family name may (Tambunan), so this is only asked of a run's first word. A listed given name is
    none: wordfreq counts names too, so "Febrian" (a name from the month, "Febri" + -an) looked like "Rekaman"."""
    root = key[:-2]
    return (key.endswith("an") and len(root) >= 4 and zipf_frequency(root, "id") >= 3.5
            and zipf_frequency(root, "en") < 3.0 and key not in _context().given_names)


def _never_name(word: str) -> bool:
    ctx = _context()
    key = word.casefold()
    return key in ctx.non_name_words or key in ctx.role_words or key in ctx.org_heads or _is_place_head(key)


def _is_place_head(key: str) -> bool:
    ctx = _context()
    return key in ctx.admin_heads or key in ctx.place_heads


@dataclass(slots=True)
class _Found:
    """A discovered name: its type, span, and the words other names may not start with (its core)."""

    entity_type: str
    start: int
    end: int
    name: str


def _discover(body: str, tokens: Sequence[_Token], mentions: Sequence[EntityMention],
              gaz: Gazetteer, acronyms: frozenset[str] = frozenset()) -> list[tuple[Entity, EntityMention]]:
    spans = [(m.char_start, m.char_end) for m in mentions]
    runs = _runs(body, tokens, spans)
    speakers = _one_word_speakers(tokens, runs)
    alone = frozenset(body[tokens[run[0]].start:tokens[run[-1]].end] for run in runs)
    people = {id(run): _person_in_run(body, tokens, run, speakers, alone=alone) for run in runs}
    _continue_organization_names(body, tokens, runs, people)
    _add_coordinated_people(body, tokens, runs, people, speakers, [
        (m.char_start, m.char_end) for m in mentions
        if (e := gaz.entities.get(m.entity_id)) is not None and e.entity_type == "person"])
    # Places and organizations first: their names ("Tana Toraja", "Untad") tell where a person's name starts.
    groups = _org_groups(body, tokens, runs, people)
    named = [f for group in groups if (f := _name_in_group(body, tokens, group, mentions, gaz)) is not None
             and body[f.start:f.end] not in acronyms]  # an acronym the text defines is that definition's entity
    known = set(acronyms) | {f.name for f in named} | {_core(body[f.start:f.end]) for f in named}
    found = list(named)
    for f in named:
        if f.entity_type == "organization" and body[f.start:f.end].split()[0].casefold() in _LEGAL_FORMS:
            known.add(_core(body[f.start:f.end]))  # "PT Kirim Cepat Nusantara" is later "Kirim Cepat Nusantara"
    for run in runs:
        person = people[id(run)]
        if person is not None:
            person = _strip_known_prefix(body, tokens, run, person, known)
        if person is not None:
            found.extend(_paired_people(body, person[1], person[2]))
    found.extend(_listed_places(body, tokens, [f for f in named if f.entity_type == "location"],
                                spans + [(f.start, f.end) for f in found]))
    # (not a word of a person's longer name: "kata Price" after "Ned Price", "Stevanus" of "Stevanus Rumere")
    people_spans = [(f.start, f.end) for f in found if f.entity_type == "person"] + [
        (m.char_start, m.char_end) for m in mentions
        if (e := gaz.entities.get(m.entity_id)) is not None and e.entity_type == "person"]
    named = [span for span in spans + [(f.start, f.end) for f in found] if span not in people_spans]
    # (the words of the people found, and of the listed people the text names, are left to the surname pass: "Mr
    # Lee" after "Lee Hsien Loong")
    taken = {w for f in found if f.entity_type == "person" for w in f.name.split()} | {
        w for m in mentions if (e := gaz.entities.get(m.entity_id)) is not None and e.entity_type == "person"
        for w in m.surface.split()}
    found.extend(_single_name_people(body, tokens, spans + [(f.start, f.end) for f in found], taken,
                                     _covered_test(named)))
    # A district the article names with its head ("Kecamatan Kembang Tanjong") is no one where a title comes before
    # it ("Panglima Laot Lhok Kembang Tanjong, Nama": the post's area).
    districts = {_core(m.surface) for m in mentions if m.entity_id.startswith(_AREA_ID_PREFIX)}
    result = []
    for f in found:
        surface = body[f.start:f.end]
        if f.entity_type == "person" and surface in districts:
            continue
        if surface.endswith(_POSSESSIVE) and " " in surface:  # "defender Sayed Hashim Mahdi's header"
            f = _Found(f.entity_type, f.start, f.end - 2, f.name[:-2] if f.name.endswith(_POSSESSIVE) else f.name)
            surface = body[f.start:f.end]
        if _lower(surface) in gaz.alias_keys:
            continue  # a curated alias the case rule turned down: not a new entity
        if f.entity_type == "person" and any(_abstract_noun(word) for word in f.name.split()):
            continue  # a post's portfolio, no one: "Commissioner for Issuer Supervision, ... Special Examinations"
        entity = discovered_entity(f.name, f.entity_type)
        result.append((entity, EntityMention(entity.entity_id, surface, f.start, f.end)))
    return result


_POSSESSIVE = ("'s", "\u2019s")
# English abstract nouns, which no one's name is made of ("Supervision", "Examinations", "Investments"; not the Batak
# family name "Nasution", rare in English).
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:tions?|sions?|ments)$")
ABSTRACT_NOUN_ZIPF = 3.0


def _abstract_noun(word: str) -> bool:
    return _ABSTRACT_NOUN.match(word) is not None and zipf_frequency(word.casefold(), "en") >= ABSTRACT_NOUN_ZIPF


# Two people's names joined by a hyphen or a dash, each of two words or more: a pair of candidates
# ("pasangan Yosias Korwa-Ronald Lumintang"). "Kim Jong-un" and "Prabowo-Gibran" stay as written.
_PAIR_JOIN = re.compile(r"(?<=[a-z])[-\u2013](?=[A-Z])")


def _paired_people(body: str, start: int, end: int) -> list[_Found]:
    surface = body[start:end]
    join = _PAIR_JOIN.search(surface)
    if join is not None and " " in surface[:join.start()] and " " in surface[join.end():] and (
            len(surface[:join.start()].rsplit(" ", 1)[-1]) > 2):  # "Umar Al-Faruq Hasibuan" is one name
        split = start + join.start()
        return [_Found("person", start, split, body[start:split]),
                _Found("person", split + 1, end, body[split + 1:end])]
    return [_Found("person", start, end, surface)]


_PARTNER_AFTER_DASH = re.compile(r"[-\u2013]((?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+)){1,3})(?![\w-])")


def _partners_after_known_people(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity],
                                 gaz: Gazetteer) -> list[EntityMention]:
    """The running mate after a known person's name and a dash ("Anies Baswedan-Muhaimin Iskandar"): the name
    the dash hides from the gazetteer's word boundaries and from discovery's runs."""
    out = list(mentions)
    for m in mentions:
        entity = known.get(m.entity_id)
        if entity is None or entity.entity_type != "person" or " " not in m.surface:
            continue
        partner = _PARTNER_AFTER_DASH.match(body, m.char_end)
        if partner is None or any(_never_name(w) for w in partner[1].split()):
            continue
        start, end = partner.start(1), partner.end(1)
        out = [o for o in out if not (start <= o.char_start and o.char_end <= end)]  # "Rakabuming Raka" of it
        if any(o.char_start < end and start < o.char_end for o in out):
            continue
        person = gaz.exact(partner[1]) or discovered_entity(partner[1], "person")
        known.setdefault(person.entity_id, person)
        out.append(EntityMention(person.entity_id, partner[1], start, end))
    return out


# Malay titles written as part of a formal name in Brunei and Malaysia: "Dayang Hajah Norhayati binti Haji Abdul
# Rahim", "Pengiran Haji Azmi bin Pengiran Haji Tajuddin", "Dato Seri Paduka Awang Haji Hamdan bin Haji Mohd Yassin".
_MALAY_TITLES = ("Awang|Dayang|Pengiran|Haji|Hajah|Hj|Hjh|Dato|Datin|Datuk|Seri|Sri|Paduka|Pehin|Tan|Tun|Tengku|"
                 "Puan|Encik|Syed|Sharifah|Wan|Nik|Che|Raja|Dr|Captain|Capt|"
                 # and the Indonesian nobility's, before a name with "bin": "Teuku Rizal bin Teuku Ahmad"
                 "Teuku|Cut|Andi|Raden|Daeng")
_NAME_WORD = r"(?-i:[A-Z][\w'\u2019-]+)"
# "bin" or "binti" and the father's name, with his titles: " bin Pengiran Haji Tajuddin".
_FATHER = re.compile(rf" (?:bin|binti|Bin|Binti) (?:(?:{_MALAY_TITLES}) )*{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}")
# A given name after its titles, right before " bin": "Dayang Hajah Norhayati", "Awang Jaludin".
# (Not opening with "Sri" or "Seri": a place's name in "Kampung Sri Aman Haji Osman bin Salleh".)
_TITLED_GIVEN = re.compile(
    rf"(?:(?<=\s)|^)(?!Sri |Seri )(?:(?:{_MALAY_TITLES}) )+(?:{_NAME_WORD} ){{0,3}}{_NAME_WORD}$")
_TITLES_BEFORE = re.compile(rf"(?:(?<=\s)|^)(?:(?:{_MALAY_TITLES}) )+$")
_LEADING_TITLE = re.compile(rf"^(?:(?:{_MALAY_TITLES}) )+")
# What a name with "bin" may be the name of: "Bandara Amir Muhammad bin Abdulaziz", "... Abdulaziz Airport".
_NAMED_AFTER = frozenset({"airport", "mosque", "hospital", "university", "stadium", "road", "street", "bandara",
                          "masjid", "jalan", "rumah", "universitas"})
_PATRONYMIC_REACH = 80


def _patronymic_names(body: str, mentions: list[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A Malay name with "bin" or "binti" and the father's name is one person's, with the titles written before it
    ("Captain Haji Rosli bin Haji Bakar"): the person found before "bin", or a given name after its titles. Its
    given part, with or without the titles, names the same person later ("Dr Haji Amirul Hakim", "Jaludin")."""
    if not _has(body, " bin", " Bin"):
        return mentions
    out = list(mentions)
    for father in _FATHER.finditer(body):
        at = father.start()
        if any(o.char_start < at < o.char_end and known[o.entity_id].curated for o in out):
            continue  # inside a name already known ("Mohammed bin Salman")
        start = _given_start(body, at, out, known)
        after = body[father.end():father.end() + 20].split()
        if start is None or (after and after[0].strip(".,;").casefold() in _NAMED_AFTER) or any(
                w.casefold() in _NAMED_AFTER for w in body[max(0, start - 20):start].split()[-1:]):
            continue  # no person before it, or an airport or a mosque named after one
        end = father.end()
        surface = body[start:end]
        person = discovered_entity(surface, "person")
        known.setdefault(person.entity_id, person)
        out = [_cut_before(body, o, start, known) for o in out]
        out = [o for o in out if not (start <= o.char_start and o.char_end <= end)]
        out.append(EntityMention(person.entity_id, surface, start, end))
        given = body[start:at]
        for form in sorted({given, _LEADING_TITLE.sub("", given)}, key=len, reverse=True):  # the titled form first
            out = _short_form_mentions(body, form, person.entity_id, out, known)
    return out


def _given_start(body: str, at: int, mentions: Sequence[EntityMention], known: Mapping[str, Entity]) -> int | None:
    """Where the name before " bin" at `at` starts: at the person found there, with the Malay titles before it, or
    at the titles of a given name; None when neither is there ("warga Aceh Muhammad Yusuf" is left to the rest)."""
    starts = []
    titled = _TITLED_GIVEN.search(body, max(0, at - _PATRONYMIC_REACH), at)
    if titled is not None:
        starts.append(titled.start())  # "Fire Superintendent Awang Hairul Nizam bin ...": at its first title
    person = next((m for m in mentions if m.char_start < at <= m.char_end
                   and known[m.entity_id].entity_type == "person"), None)  # "Rosli", or "Rosli bin Haji Bakar"
    if person is not None:
        titles = _TITLES_BEFORE.search(body, max(0, person.char_start - _PATRONYMIC_REACH), person.char_start)
        starts.append(titles.start() if titles is not None else person.char_start)
    if not starts:
        return _capitalised_name_before(body, at, mentions)  # "Cut Nyak Aminah binti Ibrahim", "Andi Baso bin ..."
    return min(starts)


_MAX_GIVEN_WORDS = 5


def _capitalised_name_before(body: str, at: int, mentions: Sequence[EntityMention]) -> int | None:
    """The capitalised words right before " bin" (at most five), back to a role word, a place's or a body's head,
    or another name found there ("warga Aceh Muhammad Yusuf bin Ibrahim": from "Muhammad")."""
    start = None
    position = at
    for _ in range(_MAX_GIVEN_WORDS):
        word = re.search(rf"(?:^|(?<=\s)){_NAME_WORD}\s*\Z", body[max(0, position - 40):position])
        if word is None:
            break
        word_start = position - len(word[0])
        if _never_name(word[0].strip()) or any(m.char_start < position and word_start < m.char_end for m in mentions):
            break
        start, position = word_start, word_start - 1
        if position < 0 or body[position] != " ":
            break
    return start


def _short_form_mentions(body: str, form: str, entity_id: str, mentions: list[EntityMention],
                         known: Mapping[str, Entity]) -> list[EntityMention]:
    """`form` elsewhere in the text names the person: where nothing else is found, or over a person found inside
    it ("Jaludin" alone, "Haji Amirul Hakim" of "Dr Haji Amirul Hakim"); not inside another name ("Rudi" of "Rudi
    Hartono")."""
    out = list(mentions)
    for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-]| bin| binti)", body):
        start, end = match.span()
        overlapping = [o for o in out if o.char_start < end and start < o.char_end]
        if any(o.entity_id == entity_id for o in overlapping):
            continue
        if overlapping and not all(start <= o.char_start and o.char_end <= end and not known[o.entity_id].curated
                                   and known[o.entity_id].entity_type == "person" for o in overlapping):
            continue
        out = [o for o in out if o not in overlapping]
        out.append(EntityMention(entity_id, form, start, end))
    return out


def _cut_before(body: str, mention: EntityMention, start: int, known: MutableMapping[str, Entity]) -> EntityMention:
    """A discovered place's or body's name that ran on into a person's name ends before it ("Kampung Penanjong"
    of "Ketua Kampung Penanjong Awang Haji Abdul Ghani bin ...")."""
    entity = known[mention.entity_id]
    if not (mention.char_start < start < mention.char_end) or entity.curated or entity.entity_type == "person":
        return mention
    surface = body[mention.char_start:start].rstrip(" ,")
    if " " not in surface:
        return mention
    head = surface.split(" ", 1)[0].casefold()
    name = _core(surface) if entity.entity_type == "location" and head in _context().admin_heads else surface
    cut = discovered_entity(name, entity.entity_type)
    known.setdefault(cut.entity_id, cut)
    return EntityMention(cut.entity_id, surface, mention.char_start, mention.char_start + len(surface))


_LIST_SEPARATOR = re.compile(r", (?:dan |serta )?| (?:dan|serta) ")


def _listed_places(body: str, tokens: Sequence[_Token], places: Sequence[_Found],
                   covered: Sequence[tuple[int, int]]) -> list[_Found]:
    """Names listed after a place with an administrative head are places of that kind: "Kecamatan Tirto,
    Wonokerto, dan Siwalan". Only a list closed by "dan"/"serta" counts: "Kecamatan Tirto, Pekalongan"
    could be anything."""
    heads = _context().admin_heads
    places = [p for p in places if body[p.start:p.end].split()[0].casefold() in heads]
    if not places:
        return []
    at = {t.start: i for i, t in enumerate(tokens)}
    is_covered = _covered_test(covered)
    found: list[_Found] = []
    for place in places:
        items, end, closed = [], place.end, False
        while not closed and (separator := _LIST_SEPARATOR.match(body, end)) is not None:
            item = _capitalised_run(body, tokens, at.get(separator.end()))
            if item is None:
                break
            closed = "dan" in separator[0] or "serta" in separator[0]
            items.append(item)
            end = item[1]
        if closed:
            found.extend(_Found("location", s, e, body[s:e]) for s, e in items if not is_covered(s))
    return found


def _capitalised_run(body: str, tokens: Sequence[_Token], i: int | None) -> tuple[int, int] | None:
    """(start, end) of one to three capitalised words from token i that could name a place."""
    if i is None or not tokens[i].capitalised:
        return None
    j = i
    while j + 1 < len(tokens) and j - i < 2 and tokens[j + 1].capitalised and (
            body[tokens[j].end:tokens[j + 1].start] == " "):
        j += 1
    words = tokens[i:j + 1]
    if any(_never_name(t.text) or _is_vocabulary(t.text) for t in words):
        return None
    return words[0].start, words[-1].end


_BALLOT_NUMBER = re.compile(r" \d{1,2} ")  # "nomor urut 3 Saparwadi"
# An age right after a name: "Karsono (52)", "Suwarni, 30," (a year of 1-3 digits, never a date or a figure: not
# "Search and Rescue, 87,000 people").
_AGE_AFTER = re.compile(r" ?\(\d{1,3}\)|, \d{1,3},(?!\d)")
# Between two such names: " dan ", " (52) dan ", ", 52, dan ".
_JOINED_NAMES = re.compile(r"(?: ?\(\d{1,3}\)|, \d{1,3},)? (?:dan|and) ")


def _single_name_people(body: str, tokens: Sequence[_Token], covered: Sequence[tuple[int, int]],
                        taken_words: set[str], in_other_name: Callable[[int], bool] = lambda _: False) -> list[_Found]:
    """People known by one name, with a cue: an honorific, naming word or relative right before it, a speech verb
    in lower case ("tutur Masitah"), an age right after it, or "dan" joining it to another such name ("Karsono
    (52) dan Tarsiah (47)")."""
    cues, verbs = _context().single_name_cues, _context().attribution_verbs
    found: dict[str, _Found] = {}
    is_covered: Callable[[int], bool] | None = None

    def spoken(i: int) -> bool:
        before = tokens[i - 1] if i > 0 else None
        # after the quotation or its comma: ",” tutur Masitah", ", kata Hasanuddin" (not the noun: "penggunaan kata
        # Bajingan", nor an adverb: "menolak tegas Perppu")
        return before is not None and before.key in verbs and not before.capitalised and (
            body[before.end:tokens[i].start] == " ") and _AFTER_QUOTATION.search(
            body, max(0, before.start - 3), before.start) is not None and not _written_in_a_longer_name(
            body, tokens[i].text, in_other_name)

    def cued(i: int) -> bool:
        token, before = tokens[i], tokens[i - 1] if i > 0 else None
        # Each cue but the word before is a comma or a bracket at the word: an apposition's ", " before it, or a
        # comma (", the head of", ", 52,", ", warga") or an age's bracket after it. Most capitalised words have none
        # and need none of the tests' calls.
        if not (body.startswith((",", "(", " ("), token.end) or body[token.start - 2:token.start] == ", " or (
                before is not None and (before.key in cues or before.key in verbs))):
            return False
        return ((before is not None and before.key in cues and (body[before.end:token.start] in (" ", ", ") or (
                    before.key == "urut" and _BALLOT_NUMBER.fullmatch(body, before.end, token.start))))
                or _english_post_after(body, token) or spoken(i)
                or bool(_AGE_AFTER.match(body, token.end)) or _apposition_after_role(body, token)
                or _apposition_after_someone(body, token))

    office_ends: dict[int, int] | None = None

    def after_office(i: int) -> bool:
        nonlocal office_ends
        token = tokens[i]
        if body[token.start - 1:token.start] != " " or not body.startswith((", ", " "), token.end):
            return False
        if office_ends is None:
            office_ends = {end: start for start, end in covered}
        return _holder_after_office(body, tokens, i, office_ends)

    def joined_to_found(i: int) -> bool:
        return i >= 2 and tokens[i - 2].text in found and bool(
            _JOINED_NAMES.fullmatch(body, tokens[i - 2].end, tokens[i].start))

    def accept(i: int, office: bool = False) -> None:
        nonlocal is_covered
        token = tokens[i]
        if token.text in found or token.text in taken_words or token.text.endswith(("'s", "\u2019s")):
            return  # (a possessive, "Ms Whitfield's family", is a known person's: the surname pass reads it)
        is_covered = is_covered or _covered_test(covered)
        if not is_covered(token.start) and _single_name_candidate(body, tokens, i, names_as_words=spoken(i),
                                                                  after_office=office):
            found[token.text] = _Found("person", token.start, token.end, token.text)

    # The cues are cheap to test and rare; whether the word could be a name (word frequencies) is asked last.
    capitalised = [i for i, t in enumerate(tokens) if t.capitalised]
    for i in capitalised:
        if cued(i):
            accept(i)
        elif after_office(i):
            accept(i, office=True)
    for i in capitalised:  # names joined by "dan" to one found above: "Karsono (52) dan Tarsiah"
        if found and joined_to_found(i):
            accept(i)
    return list(found.values())


def _holder_after_office(body: str, tokens: Sequence[_Token], i: int, office_ends: Mapping[int, int]) -> bool:
    """Whether the one word at i names the holder of the office named right before it: a role word, then a body's
    mention (or several), then the word and a comma or a speech verb ("Kepala Dinas Sosial Sumbar Nama, ...",
    "Ketua Komisi D DPRD Kudus Nama mengatakan"); on the sample pages five such heads and nothing else."""
    start = office_ends.get(tokens[i].start - 1)
    if start is None:
        return False  # most words: no mention ends right before them
    while start is not None:
        before = _WORD_BEFORE_SPAN.search(body, max(0, start - 30), start)
        if before is None:
            return False
        if before[1].casefold() in _OFFICE_HOLDERS:
            break
        start = office_ends.get(start - 1)  # "Komisi D" before "DPRD Kudus"
    else:
        return False
    after = _NEXT_WORD_AFTER.match(body, tokens[i].end)
    if after is None:
        return False
    if after[1] is None:
        return after[2] in _context().speech_verbs
    # (a comma, then a capitalised word: the office's place, its holder in apposition after it, "Kepala OJK
    # Sulselbar, Nama Orang"; unless the next office of a list opens there: "..., Kapolres ...")
    following = _CAPITALISED_AFTER_COMMA.match(body, tokens[i].end)
    return following is None or following[1].casefold() in _context().role_words


# The posts whose holder's one name may follow the office's name (not "warga": "warga Medan Tuntungan" is a place).
_OFFICE_HOLDERS = frozenset({"kepala", "head", "ketua", "direktur", "director", "dirjen", "deputi", "sekretaris",
                             "kades", "camat", "lurah", "bupati", "walikota", "kadis", "plt", "plh", "pj", "penjabat",
                             "komandan", "kapolres", "kapolsek", "kapolda", "kasat", "kabid", "kasi"})
_CAPITALISED_AFTER_COMMA = re.compile(r", ([A-Z][\w-]*)")
_WORD_BEFORE_SPAN = re.compile(r"(?<![\w-])([\w-]+) $")
_NEXT_WORD_AFTER = re.compile(r"(,)|\s(\w+)")


_ENGLISH_APPOSITION = re.compile(r", (?:the|an?) (?P<words>(?:[\w'\u2019-]+ ){0,4}[\w'\u2019-]+)")


ENGLISH_WORD_ZIPF = 3.0
_APPOSITION_ENDS = frozenset({"of", "in", "at", "for", "from", "on", "with", "whose", "who", "which", "where", "that",
                              "when", "to"})


def _english_post_after(body: str, token: _Token) -> bool:
    """A post in an English apposition right after the word: "Nurhayati, the head of Pidie's social affairs office,
    said", "Ardiansyah, a neighbourhood head in Sepaku Lama, said"."""
    found = _ENGLISH_APPOSITION.match(body, token.end)
    if found is None or zipf_frequency(token.key, "en") >= ENGLISH_WORD_ZIPF:
        return False  # (not "Earlier, a ministry spokesman said": an adverb opening the sentence)
    roles, head = _context().role_words, []
    for word in found["words"].split():  # the apposition's head: up to its preposition or relative word
        if word.casefold() in _APPOSITION_ENDS:
            break
        head.append(word.casefold())
    return any(word in roles for word in head)  # not "Tumbit, a hamlet whose residents ..."


# A one-word name set off by commas after the office it holds: "Reje Kampung Negeri Antara, Sabirin, mengatakan
# ...", "... serta Kepala SDN 5 Palangga, Hasnawati, pekan lalu": a role word in capitals, then only the office's
# capitalised words and numbers up to the comma.
_CLAUSE_START = re.compile(r"[.!?,;:(\n\u201c\"]\s*")
_BRACKETED_ACRONYM_AT_END = re.compile(r" \([A-Z][\w-]{1,15}\)$")
_BRACKETED_ACRONYM = re.compile(r" \([A-Z][\w-]{1,15}\)(?= )")
MAX_TITLE_ABBREVIATION = 4  # "Capt", "Kapt", "Prof"
_NAME_AFTER_ABBREVIATION = re.compile(r"\. (?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+,")
MAX_OFFICE_WORDS = 8


def _apposition_after_role(body: str, token: _Token) -> bool:
    # (or closing the sentence: "... didampingi Kepala Dinas Pendidikan dan Kebudayaan (Dikbud), Rusdianto.")
    # (not a title's stop: "KNKT, Capt. Arief Budiharto,", "KSOP Kelas I Banjarmasin, Capt. Heru Wicaksana
    # menambahkan": a short word, or a name after it)
    closes = body.startswith(".", token.end) and (token.end + 1 == len(body) or body[token.end + 1] in " \n") and (
        len(token.text) > MAX_TITLE_ABBREVIATION and _NAME_AFTER_ABBREVIATION.match(body, token.end) is None)
    if body[token.start - 2:token.start] != ", " or (not closes and (
            not body.startswith(", ", token.end) or not body[token.end + 2:token.end + 3].islower())):
        return False  # "Director General of Metal, Machinery, Transportation ...": a list, not an apposition
    # (the office's acronym in brackets after it: "Kepala Dinas Pendidikan dan Kebudayaan (Dikbud), Rusdianto")
    # (and inside it: "Kepala Dinas Pendidikan (Disdik) Pekanbaru, Yusmarni")
    window = _BRACKETED_ACRONYM.sub("", _BRACKETED_ACRONYM_AT_END.sub("", body[max(0, token.start - 120):
                                                                               token.start - 2]))
    clause = _CLAUSE_START.split(window)[-1].split()
    roles = _context().role_words
    first = next((k for k in range(len(clause) - 1, -1, -1)
                  if clause[k][0].isupper() and clause[k].casefold() in roles), None)
    word = token.text
    return (first is not None and len(clause) - first <= MAX_OFFICE_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in _CONNECTORS for w in clause[first:])
        # a name, not a place ("Kepala Puskesmas Kuta Baro, Samalanga, ..."), a word ("Emeritus", "Planning") or
        # an abbreviated title ("Tgk")
        and len(word) >= 4 and any(c in "aeiouAEIOU" for c in word[1:]) and _could_be_one_name(word)
        and word.casefold() not in administrative_areas().by_name and curated().exact(word) is None)


# How often the Indonesian web writes a one-word name as a word: "Marwan" 3.5, "Mulyadi" 3.8, "Sudirman" 4.2 (names,
# frequent for their holders' many mentions); the days are 4.7 and more, "Bapak" 5.1.
ONE_NAME_ZIPF = 4.5


def _could_be_one_name(word: str) -> bool:
    """Whether one word after an office and a comma may be its holder's name: a given name, a word of neither
    language, or one as frequent in Indonesian as names are and rare in English (not a day's name, nor a derived
    noun). On the sample pages this finds four such holders ("Camat Binuang, Nama, ...") and nothing else."""
    key = word.casefold()
    if _calendar_word(key):
        return False
    return key in given_names() or not is_ordinary_word(word) or (
        zipf_frequency(key, "id") < ONE_NAME_ZIPF and zipf_frequency(key, "en") < ENGLISH_WORD_ZIPF
        and not _clearly_vocabulary(word))


# "Salah seorang pedagang, Hasnah, mengaku ...", "Seorang warga setempat, Darmi, menuturkan ...": one word between
# commas after "(salah) seorang" and what that someone is, in lower case, is that person's name (not after "salah
# satu", one of some things: "Salah satu desa terdampak, Sebewe, ..."); so is a given name that opens a sentence before
# what someone is ("Marlina, warga Desa Moyo ...").
_SOMEONE_BEFORE = re.compile(r"(?<![\w-])(?:[Ss]alah seorang|[Ss]eorang) (?:[a-z]+ ){0,2}[a-z]+, $")


# "Marlina, warga Desa Moyo yang ..., mengaku ...": a sentence that opens with one word and what that someone is.
_SOMEONE_AFTER = re.compile(r", (?:warga|seorang|salah seorang) ")


def _apposition_after_someone(body: str, token: _Token) -> bool:
    if body.startswith(", ", token.end) and body[token.end + 2:token.end + 3].islower() and (
            _SOMEONE_BEFORE.search(body, max(0, token.start - 60), token.start) is not None):
        return True
    # (a sentence's first word is most often no name: "Nahas, warga ...", "Senada, ..."; a given name, or a word no
    # dictionary holds, is)
    return _SOMEONE_AFTER.match(body, token.end) is not None and (
        token.start == 0 or body[max(0, token.start - 2):token.start] in (". ", "\n", "\n\n") or (
            body[token.start - 1] == "\n")) and (token.key in _context().given_names or (
                zipf_frequency(token.key, "id") == 0 and zipf_frequency(token.key, "en") == 0
                and not token.key.endswith("nya")))


_AFTER_QUOTATION = re.compile(r"[,.!?][\"\u201d\u2019']?\s$")


def _written_in_a_longer_name(body: str, word: str, in_other_name: Callable[[int], bool]) -> bool:
    """Whether the article writes the word next to a capitalised word that no place's or body's name explains ("kata
    Price" after "Ned Price", "kata Stevanus" after "Stevanus Rumere"), or as the start of a longer word ("Salsa" of
    "Salsabila"): the short form of a person's longer name, which that name's rules link; not after a village
    ("Kepala Desa Siambul Hasanuddin")."""
    if not word:  # (no occurrence to scan: the patterns say)
        return bool(re.search(r"\b[a-z]", body)) or _written_beside_a_capital(body, word, in_other_name)
    # Patterns built for each word open with a word boundary or a class, so re tries them at every offset of the
    # body (and compiles them anew for each word past its cache). A scan of the word's occurrences (str.find)
    # answers "the start of a longer word" exactly, and tells when no capitalised word stands beside any occurrence,
    # when the pattern that looks for one cannot match.
    beside_capital, size, at = False, len(word), body.find(word)
    opens_word = _is_word_char(word[0])
    while at >= 0:
        end = at + size
        if (at > 0 and _is_word_char(body[at - 1])) != opens_word:  # \b before the word
            if end < len(body) and "a" <= body[end] <= "z":
                return True  # a nickname's start of a longer name: "kata Salsa" of Salsabila, "kata Risma" of
                # Rismaharini
            if body[end:end + 1] == " " and "A" <= body[end + 1:end + 2] <= "Z":
                beside_capital = True
        if not beside_capital and at > 1 and body[at - 1] == " " and _capital_in_run_before(body, at - 1):
            beside_capital = True
        at = body.find(word, at + 1)
    return beside_capital and _written_beside_a_capital(body, word, in_other_name)


def _is_word_char(char: str) -> bool:
    """What a pattern's word character (backslash w) matches in a str: an alphanumeric character or "_"."""
    return char.isalnum() or char == "_"


def _capital_in_run_before(body: str, end: int) -> bool:
    """Whether the run of word characters, apostrophes, dots and hyphens ending right before `end` holds an A to Z:
    where the pattern's "before" side (a capital, then such characters) can start."""
    at = end - 1
    while at >= 0 and (_is_word_char(char := body[at]) or char in "'\u2019.-"):
        if "A" <= char <= "Z":
            return True
        at -= 1
    return False


def _matches_beside(pattern: re.Pattern[str], body: str, word: str) -> Iterator[re.Match[str]]:
    """What pattern.finditer(body) yields for _written_beside_a_capital's pattern of a non-empty `word`, trying the
    pattern only where a match can start: at an occurrence of the word, or at a capital in the run of word
    characters, apostrophes, dots and hyphens before an occurrence and its space. The pattern opens with a class or
    a word boundary, so finditer tries it at every offset of the body (~0.1 ms a call, a few calls an article)."""
    starts: set[int] = set()
    at = body.find(word)
    while at >= 0:
        starts.add(at)
        if at > 1 and body[at - 1] == " ":
            before = at - 2
            while before >= 0 and (_is_word_char(char := body[before]) or char in "'\u2019.-"):
                if "A" <= char <= "Z":
                    starts.add(before)
                before -= 1
        at = body.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start < end:
            continue  # inside the last match: finditer goes on after it
        found = pattern.match(body, start)  # (the word boundary and the class look before `start` as in a scan)
        if found is not None:
            end = found.end()
            yield found


def _written_beside_a_capital(body: str, word: str, in_other_name: Callable[[int], bool]) -> bool:
    """Whether a capitalised word right before or after the word is no day, opening word or other name's."""
    pattern = re.compile(rf"(?P<before>[A-Z][\w'\u2019.-]*) {re.escape(word)}\b"
                         rf"|\b{re.escape(word)} (?P<after>[A-Z][\w'\u2019-]*)")
    for found in _matches_beside(pattern, body, word) if word else pattern.finditer(body):
        side = "before" if found["before"] else "after"
        if found[side].endswith("."):
            continue  # a sentence's last word before it: "... sejak subuh, Senin. Masitah lalu mengungsi"
        # (not a day or a sentence's opening word: "kata Hasanuddin Sabtu", "Menurut Hasanuddin, ...")
        if not _never_name(found[side]) and not in_other_name(found.start(side)):
            return True
    return False


# Below this frequency a word wordfreq counts as Indonesian may be a frequent name ("Hasanuddin" 3.7, "Mulyadi" 3.8);
# a speaker's name after a speech verb may be one ("kata Hasanuddin"), not a common word ("kata Tuhan").
NAME_AS_WORD_ZIPF = 4.0


def _single_name_candidate(body: str, tokens: Sequence[_Token], i: int, *, names_as_words: bool = False,
                           after_office: bool = False) -> bool:
    """A capitalised word standing alone (no capitalised word joined to it; before it an office's name may end:
    `after_office`) that could be a name; after a speech verb (`names_as_words`) also a name as frequent as words
    are."""
    token = tokens[i]
    if len(token.text) < 3 or token.text.isupper() or "-" in token.text:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.capitalised and body[token.end:after.start] == " " and (
            after.key not in DAY_NAMES):  # (a day after the name: "kata Hasanuddin Sabtu (12/11)")
        return False
    before = tokens[i - 1] if i > 0 else None
    if (not after_office and before is not None and before.capitalised and body[before.end:token.start] == " "
            and before.key not in _context().single_name_cues):
        return False
    if token.key in given_names():
        return not _never_name(token.text)  # "Fadli (33)": a given name, however often the Indonesian web writes it
    return not (_never_name(token.text) or _clearly_vocabulary(token.text) or (_is_vocabulary(token.text) and not (
        names_as_words and zipf_frequency(token.key, "id") < NAME_AS_WORD_ZIPF)))


# What joins two people's names: "Arkan Wijaya dan Dimas Saputra", "Liu Yang/Chen Bo" (a doubles pair).
_COORDINATORS = (" dan ", " and ", " & ", "/", " / ")
# A list's separators: in a line-up or a roll of names ("Belakang: Nama Satu, Nama Dua, Nama Tiga; Tengah: ...") a
# name beside a person's is a person's too, when it stands as a whole item of the list (_listed_with_people).
_LIST_COMMAS = (", ", "; ", ", dan ", ", and ")
# (not a paragraph's or a sentence's first words, nor words after "dan": "Manajer Nama, Nama Orang" and "Deputi
# Bidang Pencemaran dan Kerusakan Lingkungan, Nama Orang" are a post and its holder in apposition)
_ITEM_OPENS = (", ", "; ", ": ")
_ITEM_CLOSES = (", ", "; ", ".", " dan ", " and ", " (", "\n")


def _add_coordinated_people(body: str, tokens: Sequence[_Token], runs: list[list[int]],
                            people: dict[int, tuple[int, int, int] | None], speakers: frozenset[str],
                            curated_people: list[tuple[int, int]]) -> None:
    """A name joined by "dan", "and", "&" or "/" to a person's name is a person's name too (in place)."""
    spans = curated_people + [(p[1], p[2]) for p in people.values() if p is not None]
    end_of: dict[int, int] = {}  # every person's span so far, by its start and by its end
    start_of: dict[int, int] = {}
    while spans:
        starts, ends = {start for start, _ in spans}, {end for _, end in spans}
        end_of.update(spans)
        start_of.update((end, start) for start, end in spans)
        # Where a run joined to a name would start or end: one lookup turns down most runs, before ten tests each.
        after_at = {end + len(c) for end in ends for c in _COORDINATORS + _LIST_COMMAS}
        before_at = {start - len(c) for start in starts for c in _COORDINATORS + _LIST_COMMAS}
        spans = []
        for run in runs:
            if people[id(run)] is not None:
                continue
            start, end = tokens[run[0]].start, tokens[run[-1]].end
            if start not in after_at and end not in before_at:
                continue
            after_person = any(start - len(c) in ends and body.startswith(c, start - len(c)) for c in _COORDINATORS)
            before_person = any(end + len(c) in starts and body.startswith(c, end) for c in _COORDINATORS)
            if not (after_person or before_person):
                if _listed_with_people(body, tokens, run, end_of, start_of):
                    people[id(run)] = 0, start, end
                    spans.append((start, end))
                continue
            person = _person_in_run(body, tokens, run, speakers, cued=True)
            # Joined on its left, the name must take the whole run: "Rehan Pratama/Yosua Simbolon".
            if person is not None and (before_person or person[1] == start):
                people[id(run)] = person
                spans.append((person[1], person[2]))


_SCORING_OBJECTS = frozenset({"gol", "penalti", "umpan"})
FAMILY_NAME_ZIPF = 3.5


def _indonesian_word(key: str) -> bool:
    """A word frequent in Indonesian and rare in English, no given name ("pondok", "keripik", "wetan"; not "salman",
    "rio", "firmansyah")."""
    return key not in _context().given_names and zipf_frequency(key, "id") >= 3.0 and zipf_frequency(key, "en") < 2.5


def _listed_with_people(body: str, tokens: Sequence[_Token], run: list[int], end_of: Mapping[int, int],
                        start_of: Mapping[int, int]) -> bool:
    """Whether a run of two to four name words is a whole item of a list of people: the squads of a match report
    ("Nama Satu, Nama Dua, Nama Tiga; Nama Empat"), the names of victims or officials in a row. Beside two people
    listed in a row, or between commas after one with every word a name's (review 46b: not beside one alone, where
    a winner's village or a singer's band is listed). On the sample pages it finds players of six line-ups (none of
    them cued otherwise) and nothing else."""
    if not 2 <= len(run) <= 4:
        return False
    start, end = tokens[run[0]].start, tokens[run[-1]].end
    # beside two people listed in a row (a line-up), not beside one: "Budi Santoso, Cikaret Wetan; Siti Aminah,
    # Sukamaju Kidul" lists each winner with a village, "Ari Lasso, Padi Reborn" a singer and a band (review 46b)
    before = next((start_of[start - len(c)] for c in _LIST_COMMAS
                   if start - len(c) in start_of and body.startswith(c, start - len(c))), None)
    after = next((end_of[end + len(c)] for c in _LIST_COMMAS if end + len(c) in end_of and body.startswith(c, end)),
                 None)
    in_a_row = (before is not None and any(before - len(c) in start_of and body.startswith(c, before - len(c))
                                           for c in _LIST_COMMAS)) or (
        after is not None and any(after + len(c) in end_of and body.startswith(c, after) for c in _LIST_COMMAS))
    # ... or between commas, a person before it and another item after it, every word of it a name's rather than an
    # Indonesian word's (a squad's "Mohamed Jaffar Al-Sayed, Abdulla Naser, Khalil Al-Asfoor"; not "Siti Aminah,
    # Keripik Tempe, Sambal Roa": a word frequent in Indonesian and rare in English is no name's)
    between_commas = (before is not None and body.startswith(", ", end) and body[end + 2:end + 3].isupper()
                      and not any(_indonesian_word(tokens[i].key) for i in run)
                      # (a family name, no frequent word: not "Green Bay", "Dallas Cowboys", "Coca Cola"; review 46c)
                      and max(zipf_frequency(tokens[run[-1]].key, "en"),
                              zipf_frequency(tokens[run[-1]].key, "id")) < FAMILY_NAME_ZIPF)
    if not (in_a_row or between_commas):
        return False
    if not any(body.endswith(c, 0, start) for c in _ITEM_OPENS) or not (
            end == len(body) or body.startswith(_ITEM_CLOSES, end)):
        return False  # part of a longer phrase, no item of its own
    ctx = _context()
    first = tokens[run[0]]
    if first.key in _KIN_WORDS or any(_clearly_vocabulary(tokens[i].text) for i in run) or (
            _suffixed_noun(first.key)):
        return False  # "..., Ayah Nama, Nama Orang", "Kerusakan Lingkungan": a relative's word or a noun
    # (no body, place, post or calendar word: "Nama Satu, Dinas Sosial", "Nama Satu, Kepala Desa"; every word a
    # name's, written as names are)
    return all((tokens[i].capitalised and tokens[i].text[1:].islower()) or tokens[i].key in ctx.name_particles
               or "-" in tokens[i].text for i in run) and not any(
        _never_name(tokens[i].text) or _is_head(tokens[i].key) or tokens[i].key in ctx.org_tails
        or _calendar_word(tokens[i].key) or tokens[i].text in _nationalities() for i in run)


def _continue_organization_names(body: str, tokens: Sequence[_Token], runs: list[list[int]],
                                 people: dict[int, tuple[int, int, int] | None]) -> None:
    """A run joined by "dan" to an organization's name continues that name, it names no one (in place):
    in "Kepala Dinas Sumber Daya Air dan Bina Marga" the role word "Kepala" cues neither "Bina Marga" nor
    "Daya Air". A role word after the connector still introduces a person ("... dan Bupati Ahmad ...")."""
    for previous, run in pairwise(runs):
        if (people[id(previous)] is None and people[id(run)] is not None
                and tokens[run[0]].key not in _context().role_words
                and _joined_by_connector(body, tokens, previous[-1], run[0])):
            person = people[id(run)]
            if person is not None and person[0] > 0 and tokens[run[person[0]]].key in _context().given_names:
                continue  # "... dan Tata Ruang Agus Salim": the body's name ends where a given name opens the run's end
            people[id(run)] = None


def _org_groups(body: str, tokens: Sequence[_Token], runs: list[list[int]],
                people: dict[int, tuple[int, int, int] | None]) -> list[list[int]]:
    """Runs joined over connectors ("Bank of ...", "... dan Keselamatan"), cut before a person's name."""
    groups: list[list[int]] = []
    ranks = _context().ranks
    for run in runs:
        person = people[id(run)]
        part = run[: person[0]] if person else run
        while person and len(part) > 1 and tokens[part[-1]].key in ranks and tokens[part[-2]].key not in _ARTICLES and (
                tokens[part[-2]].key != "of"):
            # "Kasat Reskrim Polresta Barelang Kompol Andika Saragih": the rank is the person's (not "Office of the
            # Mayor Sarah Duterte": an office named by the post)
            part = part[:-1]
        previous = groups[-1] if groups else None
        if previous and part and _joined_by_connector(body, tokens, previous[-1], part[0]):
            previous.extend(range(previous[-1] + 1, part[0]))
            previous.extend(part)
        elif part:
            groups.append(list(part))
        if person and groups and groups[-1] and groups[-1][-1] >= run[0]:
            groups.append([])  # nothing joins across a person's name
    return [g for g in groups if g]


_COORDINATING = frozenset({"and", "dan", "&", "serta"})
# Kinds that close an English body's name ("... Municipal Council and the ..."); not "University and College
# Union", "Bank and Trust".
_CLOSING_KINDS = frozenset({"department", "council", "agency", "commission", "authority"})


def _joined_by_connector(body: str, tokens: Sequence[_Token], left: int, right: int) -> bool:
    between = body[tokens[left].end:tokens[right].start]
    words = between.split()
    if len(words) == 2 and words[1] == "the" and between == f" {words[0]} the ":
        words = words[:1]  # "Ministry of Sustainability and the Environment", "Bank of the Philippine Islands"
        between = f" {words[0]} "
    return (len(words) == 1 and words[0].casefold() in _CONNECTORS and between == f" {words[0]} "
            and not _is_head(tokens[right].key)  # "Stasiun Kroya dan Stasiun Sumpiuh" are two names
            # "... Municipal Council and the Southern Region Marine Department": a kind ends the first name
            and not (words[0].casefold() in _COORDINATING and tokens[left].key in _CLOSING_KINDS)
            # "... Provincial Court on Sunday": a day or a month after "on", "of", "for" dates the sentence
            and not _calendar_word(tokens[right].key)
            and _head_in_name_before(tokens, left))


def _calendar_word(key: str) -> bool:
    """A day's or a month's name (the dates module's, Indonesian and English)."""
    return key in DAY_NAMES or key in MONTH_NAMES


CONNECTOR_HEAD_REACH = 6


def _head_in_name_before(tokens: Sequence[_Token], left: int) -> bool:
    """An organization's head word in the name that ends at `left`, over capitalised words and connectors only
    ("Dinas Sumber Daya Air", "Ministry of Sustainability"), not one in an earlier name ("Majelis hakim memvonis
    mantan Direktur Operasi dan Produksi PT ...": "Majelis" heads no name of which "Operasi" is a word)."""
    heads = _context().org_heads
    for token in reversed(tokens[max(0, left - CONNECTOR_HEAD_REACH):left + 1]):
        if token.key in heads and token.capitalised:  # "... and administration." ends a sentence, heads no name
            return True
        if not token.capitalised and token.key not in _CONNECTORS:
            return False
    return False


def _name_in_group(body: str, tokens: Sequence[_Token], group: list[int], mentions: Sequence[EntityMention],
                   gaz: Gazetteer) -> _Found | None:
    if tokens[group[-1]].key in _APP_WORDS and (app := _app_name(body, tokens, group)) is not None:
        return app
    place = (_place_in_run(body, tokens, group, mentions, gaz) or _place_before_tail(body, tokens, group)
             or _place_after_cue(body, tokens, group, mentions, gaz))
    if place is not None:
        return place
    org = _organization_in_run(body, tokens, group, mentions, gaz)
    if org is None:
        return _affiliation_acronym(body, tokens, group, mentions, gaz)
    return _Found("organization", org[1], org[2], body[org[1]:org[2]])


# The last word of an app's name ("Nagari Mobile", "Jaki App"), and the words that say a "... Mobile" is an app.
_APP_WORDS = frozenset({"mobile", "app"})
_APP_CUES = frozenset({"aplikasi", "app", "apps", "layanan", "pengguna", "nasabah", "mengunduh", "unduh", "download",
                       "user", "users", "banking", "fitur"})
_APP_CUE_REACH = 2


def _app_name(body: str, tokens: Sequence[_Token], group: list[int]) -> _Found | None:
    """An app named by a word and "App", or "Mobile" after a word that says it is an app, past the ordinary words a
    sentence opens with ("Aplikasi Nagari Mobile", "pengguna Nagari Mobile", "Nasabah Sambara App"); a head word
    stays ("Nagari" is a village's head, and also a bank's name)."""
    first = 0
    while first < len(group) - 1 and not _is_head(tokens[group[first]].key) and (
            _is_vocabulary(tokens[group[first]].text) or _clearly_vocabulary(tokens[group[first]].text)):
        first += 1
    if not 2 <= len(group) - first <= 3 or not tokens[group[-1]].capitalised:
        return None
    before = {t.key for t in tokens[max(0, group[0] - _APP_CUE_REACH):group[0] + first]}
    if tokens[group[-1]].key != "app" and not before & _APP_CUES:
        return None  # "Kota Mobile" in Alabama, the phone maker "Vivo Mobile": "Mobile" names an app after a cue
    start, end = tokens[group[first]].start, tokens[group[-1]].end
    return _Found("product", start, end, body[start:end])


def _affiliation_acronym(body: str, tokens: Sequence[_Token], run: list[int], mentions: Sequence[EntityMention],
                         gaz: Gazetteer) -> _Found | None:
    """"Ekonom INDEF", "Peneliti CORE Indonesia": an acronym right after a role is the body the person works
    for, with "Indonesia" after it when it follows (the Indonesian arm of a body: "CORE Indonesia")."""
    last = tokens[run[-1]]
    if len(run) < 2 or tokens[run[-2]].key not in _context().role_words:
        return None
    if not (last.text.isupper() and 3 <= len(last.text) <= 8 and last.text.isalpha()):
        return None
    follower = _follower(body, last.end, mentions, gaz, "location")
    end = follower.char_end if follower is not None and follower.surface == "Indonesia" else last.end
    return _Found("organization", last.start, end, body[last.start:end])


def _core(name: str) -> str:
    """A place or organization name without its first (head) word."""
    return name.split(" ", 1)[1] if " " in name else name


# A street's head and the words that may follow it before the name ("Jalan Raya Bogor", "Jalan Tol Cipularang").
_STREETS = frozenset({"jalan", "jl"})
_STREET_WORDS = frozenset({"raya", "tol", "lingkar", "layang", "arteri", "inspeksi", "baru", "lama",
                           # titles in streets' names: "Jalan Jenderal Sudirman", "Jalan KH Wahid Hasyim"
                           "jenderal", "letjen", "mayjen", "brigjen", "kolonel", "laksamana", "kapten", "kh", "dr",
                           "prof", "ir", "haji", "sultan", "raden", "pangeran", "pahlawan"})


def _river_named(body: str, tokens: Sequence[_Token], part: list[int]) -> bool:
    i = part[0]
    before = tokens[i - 1] if i > 0 else None
    listed = before is not None and body[before.end:tokens[i].start] == ", "  # "Kali Boyong, Kali Bedog"
    return before is not None and (listed or (not before.capitalised and before.key in _context().river_cues)) and (
        len(part) >= 2 and tokens[part[1]].key not in _ORDINAL_WORDS)


_ORDINAL_WORDS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "ini", "itu", "terakhir", "berikutnya"})


def _place_in_run(body: str, tokens: Sequence[_Token], run: list[int], mentions: Sequence[EntityMention],
                  gaz: Gazetteer) -> _Found | None:
    """A place head and the name after it: "Laut Banda", "Kabupaten Tana Toraja", "Bandara Sentani"."""
    ctx = _context()
    head = next((k for k, i in enumerate(run) if _is_place_head(tokens[i].key)), None)
    if head is None or (head > 0 and any(tokens[i].key in ctx.org_heads for i in run[:head])):
        return None  # "Dinas Pasar ..." is an organization
    if tokens[run[-1]].key in ctx.org_tails or tokens[run[-1]].key in ctx.firm_words:
        return None  # "Pura Group", "Bandara ... Authority": a company's or a body's name
    if head + 1 < len(run) and tokens[run[head]].key == "stasiun" and tokens[run[head + 1]].key in _INSTITUTE_STATIONS:
        return None  # "Stasiun Geofisika Ambon" is an office; "Stasiun Dukuh Atas" is a place
    if (head + 1 < len(run) and tokens[run[head]].key in _STREETS and tokens[run[head + 1]].key not in _STREET_WORDS
            and _clearly_vocabulary(tokens[run[head + 1]].text)):
        return None  # a headline's "Jalan Menuju Kemenangan", "Jalan Rusak Parah": a way, no street
    part = run[head:]
    if tokens[part[0]].key == "kali" and not _river_named(body, tokens, part):
        return None  # "Penyanyi Kali Uchis", "Untuk Kali Pertama", "memakai Kali Linux": no river
    if len(part) == 2 and tokens[part[0]].key in ctx.admin_heads and _english_word_no_place(tokens[part[1]].key):
        return None  # "Nagari Mobile", "Bus Kota Express", "program Kota Smart": a service's name, no place "Mobile"
    if len(part) >= 2 and tokens[part[0]].key in ctx.admin_heads and tokens[part[1]].key in ctx.ranks:
        return None  # "Kapolres Kediri Kota AKBP Yudhistira": the branch's "Kota", then its head's rank (not "Jalan
        # Jenderal Sudirman", "Pendopo Gubernur Banten")
    start, end = tokens[part[0]].start, tokens[part[-1]].end
    follower = _follower(body, end, mentions, gaz, "location")
    admin = tokens[part[0]].key in ctx.admin_heads
    if len(part) == 1 and follower is None and admin:
        # "Kecamatan Tirto": after an administrative head a name is a place, whatever else it names elsewhere
        # (Tirto is also an outlet's name).
        follower = _follower(body, end, mentions, gaz, None)
        if follower is not None:
            return _Found("location", start, follower.char_end, body[follower.char_start:follower.char_end])
    if len(part) == 1 and follower is None:
        return None
    if follower is not None and len(part) == 1 and (admin or tokens[part[0]].key in {"pulau", "kepulauan"}):
        if gaz.entities.get(follower.entity_id, Entity("", "", "", None, False)).curated:
            return None  # "Kota Ambon", "Pulau Jawa": the curated place itself
        end = follower.char_end
    elif follower is not None and not (len(part) > 2 and tokens[part[1]].key in ctx.given_names):
        end = follower.char_end  # "Bandara Internasional Incheon"; not the city after "Pelabuhan Ahmad Yani"
    surface = body[start:end]
    return _Found("location", start, end, _core(surface) if admin and not _bare_word(_core(surface)) else surface)


# A very common English word ("area", "unit", "office"): no first word of an Indonesian person's name after a
# body's name (a branch's or a unit's is: "Bank Nagari Area Pancor"); "Tony", "Ryan" are less common and given names.
_ENGLISH_WORD_ZIPF = 4.8


_SERVICE_WORD_ZIPF = 4.3


def _english_word_no_place(key: str) -> bool:
    """A common English word that is no Indonesian place's name ("mobile", "express", "smart"; not "bone")."""
    english = zipf_frequency(key, "en")
    return (english >= _SERVICE_WORD_ZIPF and english > zipf_frequency(key, "id")
            and key not in administrative_areas().by_name
            and curated().exact(key.title()) is None)


def _common_english(key: str) -> bool:
    return zipf_frequency(key, "en") >= _ENGLISH_WORD_ZIPF and key not in _context().given_names


COMMON_WORD_ZIPF = 5.0  # "atas", "tinggi", "baru": among the commonest Indonesian words ("Biak" is 4.0)


def _bare_word(core: str) -> bool:
    """A place's name that is one ordinary word without its head ("Dukuh Atas", "Kampung Tengah"): the head stays
    in the name, or the place would be called "Atas"."""
    key = core.casefold()
    return " " not in core and (key in _context().place_directions or zipf_frequency(key, "id") >= COMMON_WORD_ZIPF)


def _place_after_cue(body: str, tokens: Sequence[_Token], run: list[int], mentions: Sequence[EntityMention],
                     gaz: Gazetteer) -> _Found | None:
    """"di kawasan Cilandak", "wilayah Puncak": one to three names after a lower-case word for an area; "di
    Cilandak, Jakarta Selatan": after a locative, with the known place it lies in after a comma."""
    first = run[0]
    if first == 0 or len(run) > 3 or tokens[first - 1].capitalised or (
            body[tokens[first - 1].end:tokens[first].start] != " "):
        return None
    cue = tokens[first - 1].key
    if cue not in _context().place_cues and not (cue in _ORIGIN_CUES and _within_known_place(
            body, tokens[run[-1]].end, mentions, gaz)):
        return None
    if any(_never_name(tokens[i].text) or _clearly_vocabulary(tokens[i].text) for i in run):
        return None
    start, end = tokens[first].start, tokens[run[-1]].end
    return _Found("location", start, end, body[start:end])


def _within_known_place(body: str, end: int, mentions: Sequence[EntityMention], gaz: Gazetteer) -> bool:
    """Whether a known place follows `end` after a comma: ", Jakarta Selatan"."""
    if body[end:end + 2] != ", ":
        return False
    after = next((m for m in mentions if m.char_start == end + 2), None)
    entity = gaz.entities.get(after.entity_id) if after is not None else None
    return entity is not None and entity.entity_type == "location"


MAX_TAILED_NAME_WORDS = 5
# Words before the name of a band or a work, whose last word may be a place's kind ("Linkin Park", "Jurassic Park").
_WORKS_BEFORE = frozenset({"band", "grup", "group", "film", "lagu", "album", "serial", "novel", "rock", "pop", "musik",
                           "song", "movie", "series"})
# English words a headline in title case holds and a place's name does not ("Phu My Bridge", "Tan An Port" hold
# syllables that are English words too, so no frequency cut-off).
_HEADLINE_WORDS = frozenset({"will", "be", "is", "are", "was", "were", "been", "before", "after", "you", "they", "we",
                             "your", "their", "our", "must", "can", "should", "could", "would", "have", "has", "had",
                             "leave", "at", "to", "from", "with", "for", "into", "this", "that", "these", "those"})


def _place_before_tail(body: str, tokens: Sequence[_Token], run: list[int]) -> _Found | None:
    """"Kasimpar village", "Sengkarang River": a name and the English word for the kind of place after it."""
    tails = _context().place_tails
    last = run[-1]
    if len(run) >= 2 and (tokens[last].key in tails or tokens[last].key in _context().place_tails_capitalised) and (
            tokens[last].text[0].isupper()):
        first = next((k for k in range(len(run) - 1) if tokens[run[k]].key not in _ARTICLES), None)
        if first is None:
            return None  # "The Road was closed": an article and the kind, no name
        before = tokens[run[0] - 1] if run[0] > 0 else None
        if tokens[run[first]].key in _WORKS_BEFORE or (before is not None and before.key in _WORKS_BEFORE):
            return None  # "Band rock Linkin Park", "Film Jurassic Park": a band's or a work's name (review 48)
        if tokens[last].key in _context().place_tails_capitalised and before is not None and before.capitalised and (
                body[before.end:tokens[run[0]].start] == " " and not before.key.endswith(("'s", "\u2019s"))):
            # "Kumamoto Prefectural Gymnasium": the name starts at a known place, not after it (but "Sagaing's
            # Myothit Ward" is Myothit Ward)
            return None
        if tokens[last].key in _context().place_tails_capitalised and (last - run[first] > MAX_TAILED_NAME_WORDS or any(
                tokens[i].key in _HEADLINE_WORDS for i in run[first + 1:-1])):
            return None  # a headline in title case: "Payments Will Be Checked Before You Leave The Airport" (a name
            # may open with such a word: "My Dinh National Stadium")
        start, end = tokens[run[first]].start, tokens[last].end
        return _Found("location", start, end, body[start:end])  # "Sengkarang River" is the river's name
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if (after is None or after.key not in tails or after.capitalised
            or body[tokens[last].end:after.start] != " " or len(run) > 3):
        return None
    if any(_never_name(tokens[i].text) or _is_vocabulary(tokens[i].text) for i in run):
        return None
    start = tokens[run[0]].start
    # An administrative unit's name alone is the mention, as readers quote it ("Trieu Phong" of "Trieu Phong
    # commune"): the kind after it describes the place; a feature's kind is read with its name ("Ambum valley").
    if after.key in _context().administrative_place_tails:
        return _Found("location", start, tokens[last].end, body[start:tokens[last].end])
    return _Found("location", start, after.end, body[start:after.end])  # "Kasimpar river" is no village Kasimpar


def _follower(body: str, end: int, mentions: Sequence[EntityMention], gaz: Gazetteer,
              entity_type: str | None) -> EntityMention | None:
    """A mention of the given type (None: of another type than location) right after `end`, after a space or
    " of "."""
    for gap in (" ", " of "):
        if body.startswith(gap, end):
            at = end + len(gap)
            found = next((m for m in mentions if m.char_start == at), None)
            if found is None:
                continue
            kind = _type_of(found.entity_id, gaz)
            if kind == entity_type or (entity_type is None and kind != "location"):
                return found
    return None


def _type_of(entity_id: str, gaz: Gazetteer) -> str:
    entity = gaz.entities.get(entity_id)
    if entity is not None:
        return entity.entity_type
    return {"loc": "location", "org": "organization", "per": "person"}.get(entity_id[2:5], "other")


def _strip_known_prefix(body: str, tokens: Sequence[_Token], run: list[int], person: tuple[int, int, int],
                        known: frozenset[str] | set[str]) -> tuple[int, int, int] | None:
    """"Tana Toraja Yohanis Rante" after "Bupati": drop words that name a place or body of this article."""
    first = next(k for k, i in enumerate(run) if tokens[i].start == person[1])
    last = next(k for k, i in enumerate(run) if tokens[i].end == person[2])
    if any(body[tokens[run[j]].start:person[2]] in known for j in range(first + 1)):
        return None  # "CEO Kirim Cepat Nusantara": the words are the company's name
    for cut in range(last - 1, first, -1):  # longest known prefix first, keep at least two words
        prefix = body[tokens[run[first]].start:tokens[run[cut - 1]].end]
        if prefix in known and last - cut >= 1:
            return cut, tokens[run[cut]].start, person[2]
    return person


# How frequent in Indonesian or English a word before a given name must be to end a portfolio rather than open the
# name ("Digital" 5.0, "Keuangan" 5.2, "Affairs" 4.4; "Liam" of "Liam James Kearney" 3.9).
_PORTFOLIO_WORD_ZIPF = 4.2


# Offices whose portfolio is written between the title and the name, and how far before the name they may be.
_OFFICES = frozenset({"menteri", "minister", "wamen", "wakil", "deputy", "kepala", "head", "direktur", "director",
                      "sekretaris", "secretary", "gubernur", "governor", "dirjen", "deputi"})
_OFFICE_REACH = 6


def _portfolio_word(key: str) -> bool:
    return max(zipf_frequency(key, "id"), zipf_frequency(key, "en")) >= _PORTFOLIO_WORD_ZIPF


# A borrowed noun in -isasi/-asi ("Stabilisasi", "Digitalisasi"): vocabulary, if rarer than _PORTFOLIO_WORD_ZIPF.
_BORROWED_NOUN = re.compile(r"^[a-z]{3,}asi$")
# Below this frequency in both languages a capitalised word is no word at all: a name ("Sarwono" 0.0).
_UNKNOWN_WORD_ZIPF = 1.0


def _in_portfolio(token: _Token) -> bool:
    """A word of an office's portfolio or body: a frequent word, a derived or borrowed noun ("Ketersediaan",
    "Stabilisasi"), or the body's acronym ("Deputi Bidang Stabilisasi Pangan NFA Sarwono Adi Prakoso")."""
    key = token.key
    return (_portfolio_word(key) or _clearly_vocabulary(token.text) or bool(_BORROWED_NOUN.match(key))
            or (token.text.isupper() and 2 <= len(token.text) <= 6))


def _opens_name(token: _Token) -> bool:
    """A given name of the list, or a word that no dictionary knows."""
    key = token.key
    return key in _context().given_names or (
        max(zipf_frequency(key, "id"), zipf_frequency(key, "en")) < _UNKNOWN_WORD_ZIPF and not token.text.isupper())


# Balinese names open with the bearer's sex, "I" (a man) or "Ni" (a woman), before a caste title or a birth-order
# name: "I Ketut Dharmayasa", "Ni Made Ayu Sriwahyuni", "I Gusti Bagus Ardana".
_BALINESE_SEX = frozenset({"I", "Ni"})
_BALINESE_SECOND = frozenset({"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "gusti", "luh",
                              "nengah", "dewa"})


def _person_in_run(body: str, tokens: Sequence[_Token], run: list[int], speakers: frozenset[str] = frozenset(),
                   *, cued: bool = False, alone: frozenset[str] = frozenset()) -> tuple[int, int, int] | None:
    """(first index in run, start, end) of a person's name at the end of the run, when context says so (or
    when the caller already knows it: `cued`); a Balinese name with its "I" or "Ni". `alone`: the names the
    text also writes on their own (a body's name there tells where a person's name after it starts)."""
    found = _name_at_run_end(body, tokens, run, speakers, cued=cued, alone=alone)
    if found is None:
        return found
    k = found[0]
    if tokens[run[k]].key == "kelas" and k + 1 < len(run) and _OFFICE_CLASS.match(body, tokens[run[k]].start):
        return None  # "Stasiun Meteorologi Kelas I Juanda menjelaskan": an office's class and name, no person's
    if k == 0:
        return found
    if tokens[run[k - 1]].text in _BALINESE_SEX and tokens[run[k]].key in _BALINESE_SECOND and not (
            k > 1 and tokens[run[k - 2]].key in _NUMBERED_BODIES):
        return k - 1, tokens[run[k - 1]].start, found[2]
    j = k
    while j > 0 and tokens[run[j - 1]].key in _BALINESE_TITLES:
        j -= 1  # "I Gusti Ngurah Bayu Adnyana", "Ida Bagus Made Arya", "Anak Agung Ngurah Oka"
    if j < k and (tokens[run[j]].key in _BALINESE_OPENING or (j > 0 and tokens[run[j - 1]].text in _BALINESE_SEX)):
        j -= 0 if tokens[run[j]].key in _BALINESE_OPENING else 1
        return j, tokens[run[j]].start, found[2]
    return found


# The Sasak nobility's titles, written as the first word of a name: "Lalu Syamsul Hakim", "Iptu Lalu Wiradipa",
# "Baiq Rahmi" (Lombok). "Lalu" is also "then": not at a sentence's start.
_SASAK_TITLES = frozenset({"Lalu", "Baiq", "Lale"})


def _sasak_title_at(body: str, tokens: Sequence[_Token], run: list[int], k: int) -> bool:
    token = tokens[run[k]]
    if token.text not in _SASAK_TITLES or not tokens[run[k + 1]].capitalised:
        return False
    before = body[max(0, token.start - 8):token.start].rstrip()
    last = before.rsplit(" ", 1)[-1]
    if k > 0 or (last.endswith(".") and last[:-1].casefold() in _TITLE_WORDS):
        return True  # "Iptu Lalu Wiradipa", "H. Lalu Syamsul Hakim"
    return not (not before or before[-1] in '.!?"\u201c\u201d:')



# The Balinese caste titles before a given name, and those that open a name without "I" or "Ni" before them.
_BALINESE_TITLES = frozenset({"gusti", "ngurah", "ayu", "agung", "bagus", "anak", "ida", "gede", "putu", "made",
                              "nyoman", "ketut", "wayan", "komang", "kadek", "nengah", "luh", "dewa", "cokorda",
                              "desak"})
_BALINESE_OPENING = frozenset({"ida", "anak", "cokorda", "dewa", "desak"})


def _balinese_titles(tokens: Sequence[_Token], name: list[int]) -> int:
    """How many caste titles open a Balinese name after its "I" or "Ni" ("I Gusti Ngurah Bayu Adnyana": two), which
    a name of four words more may hold."""
    if not name or tokens[name[0]].text not in _BALINESE_SEX:
        return 0
    count = 0
    while 1 + count < len(name) - 1 and tokens[name[1 + count]].key in _BALINESE_TITLES:
        count += 1
    return count


# A rank's grade after its title ("Senior Fire Officer II Rudy Gintas"), and the corps after an Indonesian officer's
# rank ("Letkol Inf Wahyu Pranoto", "Kolonel Kav ...", "Mayor Czi ...", "Letda Mar ...").
_GRADES = frozenset({"I", "II", "III", "IV", "Inf", "Kav", "Arh", "Arm", "Czi", "Cpl", "Cku", "Chb", "Ckm", "Cpm",
                     "Caj", "Chk", "Ckh", "Kes", "Mar", "Pnb", "Psk", "Tek", "Lek", "Adm"})


# Words a Roman numeral follows ("Komisi I Putu Supadma Rudana": the commission's "I", not a Balinese name's).
_NUMBERED_BODIES = frozenset({"komisi", "komite", "pansus", "kelas", "tahap", "golongan", "seksi", "jilid", "babak"})


def _name_at_run_end(body: str, tokens: Sequence[_Token], run: list[int], speakers: frozenset[str] = frozenset(),
                     *, cued: bool = False, alone: frozenset[str] = frozenset()) -> tuple[int, int, int] | None:
    if len(run) < 2:
        return None  # what the `2 <= len(name)` test below says of a one-word run, said first: most runs are one
        # capitalised word (a sentence's first), 44 of an article's 50, and the passes before it cost 0.2 ms
    k = 0
    while k < len(run) - 1 and not _korean_name_at(tokens, run, k) and not _sasak_title_at(body, tokens, run, k) and (
            _strippable(tokens, run, k) or (k == 0 and _sentence_opener_before_name(body, tokens, run))):
        k += 1
    if 0 < k < len(run) - 1 and _ordinary_word_opens(tokens, run, k):
        return None  # "Deputi Bidang ... Sumber Daya Alam": the words after "Sumber" go on with its phrase
    # "Menteri Komunikasi dan Digital Sekar Ayu Larasati", "Minister of Communication and Digital Affairs Sekar Ayu
    # Larasati": the portfolio's last words, then the name from its given name on.
    given_names = _context().given_names
    j = k
    while j < len(run) - 2 and tokens[run[j]].key not in given_names and _in_portfolio(tokens[run[j]]) and not (
            _sasak_title_at(body, tokens, run, j)):
        j += 1
    if j > k and _opens_name(tokens[run[j]]) and any(
            t.key in _OFFICES for t in tokens[max(0, run[0] - _OFFICE_REACH):run[0] + k]) and not (
            k == 0 and run[0] > 0 and "," in body[tokens[run[0] - 1].end:tokens[run[0]].start]):
        # only after an office: "Penyanyi Indah Dewi Pertiwi" keeps "Indah"; and not past a comma: "... Kemnaker,
        # Indah Permatasari Lubis, mengatakan" is the name in apposition, no portfolio goes on after the comma
        k = j
    # "Kapolres Tana Toraja AKBP Hendrik Palilu": the name starts after the last title inside the run.
    # ... or after an honorific inside it: "Deputy Minister of Energy and Mines Mr Khamphet Sayalath".
    titles = [j for j in range(k, len(run) - 2)
              if tokens[run[j]].key in _context().role_words or (j > 0 and tokens[run[j]].key in _NAME_HONORIFICS)]
    k = titles[-1] + 1 if titles else k
    while titles and k < len(run) - 2 and (_never_name(tokens[run[k]].text) or tokens[run[k]].text in _GRADES):
        k += 1  # "Datuk Seri Azman Hakim Rahman": an honorific's second word after the title; "Officer II"
    while 0 < k < len(run) - 2 and tokens[run[k]].text in _GRADES and tokens[run[k - 1]].key in _context().role_words:
        k += 1  # "Letkol Inf Wahyu Pranoto": the corps after the rank
    # (a body's whole short name heads no longer name when a given name follows it: "Kepala Damkar Muhammad ...")
    headed = k > 0 and _is_head(tokens[run[k - 1]].key) and not (
        tokens[run[k - 1]].key in _ACRONYM_HEADS and tokens[run[k]].key in given_names)
    legal = next((j for j in range(len(run) - 1) if tokens[run[j]].key in _LEGAL_FORMS), None)
    if legal is None and (split := _person_after_role_and_body(body, tokens, run, alone)) is not None:
        return split, tokens[run[split]].start, tokens[run[-1]].end
    if legal is not None:
        # "Direktur Utama PT Wibisana Graha Mandiri": a company's name runs to the end of the run, unless a given
        # name opens the last words ("Direktur PT Laba Forexindo Berjangka Rudi Hartanto").
        tbk = next((j for j in range(legal + 2, len(run) - 1) if tokens[run[j]].key == "tbk"), None)
        # "PT Bank Permata Tbk Yohanes Siburian": after "Tbk"
        given = _name_tail(run, tbk + 1) if tbk is not None else _given_name_tail(tokens, run, legal + 2)
        # "PT Borneo Karya Lestari Hengky Wijaya": the word companies' names end with ends this one too, even when
        # it is also a given name.
        endings = _context().company_endings
        ending = next((j for j in range(len(run) - 3, legal + 1, -1) if tokens[run[j]].key in endings), None)
        if ending is not None and (given is None or tokens[run[given]].key in endings) and (
                _name_tail(run, ending + 1) is not None and not is_ordinary_word(tokens[run[ending + 1]].text)
                and not any(tokens[i].key in endings for i in run[ending + 1:])):
            given = ending + 1  # not "PT Sinar Jaya Abadi Sentosa", "PT Bukit Asam Ahmad Jaya Putra Wijaya"
        if given is None:
            return None
        return given, tokens[run[given]].start, tokens[run[-1]].end
    if headed:
        k += 1  # "Dinas Bina Marga": the word after a head word belongs to the body's name
        if _apposition_follows(body, tokens, run[-1]):
            return None  # "Kepala Posko Terpadu Arus Balik, Kombes Bayu Aditya": the name comes after
    if any(_is_head(tokens[i].key) for i in run[:k]) and _connector_follows(body, tokens, run[-1]):
        return None  # "Dinas Sumber Daya Air dan Bina Marga": the body's name goes on after "dan"
    if k == 0 and len(run) > 1 and _suffixed_noun(tokens[run[0]].key):
        k = 1  # "Unggahan Nadira", "Rekaman Budi Santoso": a noun, then the name
    if k == 0 and len(run) >= MIN_TEAM_AND_PLAYER_WORDS and (split := _player_after_team(tokens, run)) is not None:
        k = split  # "kiper Muria Putra Rafi Ardiansyah": the player's post, his team's name, then his own
    name = run[k:]
    ctx = _context()
    if tokens[run[-1]].key in ctx.org_tails and tokens[run[-1]].key != "united":
        return None  # "Analis Panin Sekuritas": a company's tail ends the run ("Roy United" may be a name)
    firm = max((j for j in range(len(run) - 1) if tokens[run[j]].key in _context().firm_words), default=None)
    if firm is not None and firm >= k:
        # "Analis Panin Sekuritas Gregorius Situmorang": a person after the firm's word; "Samuel Sekuritas
        # Nusantara" names no one (no one's name holds a firm's word).
        tail = _name_tail(run, firm + 1)
        if tail is None or _is_vocabulary(tokens[run[tail]].text) or _clearly_vocabulary(tokens[run[tail]].text):
            return None
        return tail, tokens[run[tail]].start, tokens[run[-1]].end
    while name and _never_name(tokens[name[-1]].text) and not _name_word(tokens, name[-1]) and not _surname_head(
            tokens, name) and not _family_name_role(tokens, name):
        if tokens[name[-1]].key in ctx.org_heads or tokens[name[-1]].key in ctx.org_tails:
            return None  # "Regional Disaster Mitigation Agency": the words before "Agency" are its name
        name = name[:-1]
    if len(name) > 4 and (any(tokens[run[j]].key in ctx.role_words for j in range(k))
                          or _role_token_before(tokens, run[0])):
        # "Direktur Utama Surya Daya Nusantara Ardiansyah Wibisono": after a role, a company's name, then a person
        # whose given name opens the run's last two to four words.
        tail = next((j for j in range(len(run) - 4, len(run) - 1)
                     if j >= k + 2 and tokens[run[j]].key in ctx.given_names), None)
        # (no body's word after it: "Phan Chau Trinh High School Board" names a school's board)
        if tail is not None and all(
                tokens[i].key not in ctx.org_tails and tokens[i].key not in ctx.org_heads for i in run[tail + 1:]) and (
                _person_cue(body, tokens, run[tail:], speakers, given_name_cue=True)):
            return tail, tokens[run[tail]].start, tokens[run[-1]].end
    if not 2 <= len(name) <= 4 + _balinese_titles(tokens, name) or any(_acronym_word(tokens[i].text) for i in name):
        return None
    if any(_clearly_vocabulary(tokens[i].text) for i in name):
        return None
    after = run[-1] + 1
    if k > 0 and after < len(tokens) and tokens[after].capitalised and tokens[after].key in ctx.org_heads and (
            body[tokens[run[-1]].end:tokens[after].start] == " "):
        return None  # "Direktur Jenderal Bimbingan Masyarakat Islam Kementerian Agama": the office's field, no one
    # A given name is a cue only where the name opens the run or follows a role: not in "Jalan Ahmad Yani".
    given_name_cue = not headed and (k == 0 or tokens[run[k - 1]].key in _context().role_words)
    if not cued and not _person_cue(body, tokens, name, speakers, given_name_cue=given_name_cue):
        return None
    return k, tokens[name[0]].start, tokens[name[-1]].end


# Words between a role and the body it serves: "Chairman of the Quang Tri Provincial People's Committee Nguyen
# Dang Khoa".
_ROLE_TO_BODY = frozenset({"of", "the", "for",
                           # the body's level in lower case: "Chairman of the commune People's Committee Ho Van Tham"
                           "commune", "ward", "district", "provincial", "municipal", "city", "state"})
_ROLE_REACH = 6


def _role_token_before(tokens: Sequence[_Token], first: int) -> bool:
    """Whether a role word comes right before the token, or before "of the" and a place's name there ("Chairman of
    the Quang Tri Provincial ...": the run starts after the known place)."""
    i = first - 1
    while i >= 0 and first - i <= _ROLE_REACH and (
            tokens[i].capitalised or (tokens[i].key in _ROLE_TO_BODY and not tokens[i].capitalised)):
        if tokens[i].key in _context().role_words:
            return True
        i -= 1
    return i >= 0 and tokens[i].key in _context().role_words


MIN_TEAM_AND_PLAYER_WORDS = 4
# Titles of nobility and birth that open a full name, before its given name: "La Ode Muhammad Rusdi" (Buton), "Wa Ode
# ...", "Cut Nyak ...", "Teuku ...", "Andi ...", "Raden ..." (review 48).
_NAME_OPENING_TITLES = frozenset({"la", "wa", "ode", "cut", "nyak", "teuku", "tengku", "andi", "raden", "daeng",
                                  "puang", "haji", "hj"})


def _player_after_team(tokens: Sequence[_Token], run: list[int]) -> int | None:
    """Where a person's name starts after a team's or a body's name that has no head word, under a post in lower case
    ("bek Muria Putra Ilham Maulana"): the first given name from the run's third word, opening its last two or three
    words, when the run's first word is no given name (not "Muhammad Rafi Ardiansyah")."""
    given = _context().given_names
    if tokens[run[0]].key in given or tokens[run[0]].key in _NAME_OPENING_TITLES or not _role_token_before(
            tokens, run[0]) or tokens[run[0] - 1].capitalised:
        return None
    tail = next((j for j in range(2, len(run) - 1) if tokens[run[j]].key in given), None)
    return tail if tail is not None and 2 <= len(run) - tail <= 3 else None


def _plain_name_word(word: str) -> bool:
    return not (_never_name(word) or _is_vocabulary(word) or _clearly_vocabulary(word))


def _family_name_role(tokens: Sequence[_Token], name: list[int]) -> bool:
    """A role word that is also a family name, after a name word: "Zulfan Hakim", "Najmuddin Fauzan Hakim" (a role
    comes before a name, never after one)."""
    return (len(name) >= 2 and tokens[name[-1]].key in _context().family_name_roles
            and _plain_name_word(tokens[name[-2]].text))


def _surname_head(tokens: Sequence[_Token], name: list[int]) -> bool:
    """A place's head word that ends a name of three words is a family name ("Zulham Effendi Tanjung"): nothing
    after it for it to name."""
    ctx = _context()
    key = tokens[name[-1]].key
    return (len(name) >= 3 and key in ctx.place_heads and key not in ctx.org_heads and key not in ctx.role_words
            and key not in ctx.non_name_words)


def _person_after_role_and_body(body: str, tokens: Sequence[_Token], run: list[int],
                                alone: frozenset[str] = frozenset()) -> int | None:
    """Where the person's name starts in "Ketua Yayasan Pendidikan Cahaya Mahakam Maria Lestari Gunawan": a role,
    a body's head and two or more words of its name, then a given name opening the last two to four words; or,
    whatever the name, right after a body's name the text also writes on its own ("Direktur Utama Bank Nagari
    Zulhendri Darwis" where "Bank Nagari" stands alone elsewhere)."""
    ctx = _context()
    heads = [j for j in range(len(run) - 3) if tokens[run[j]].key in ctx.org_heads]
    role_before = run[0] > 0 and tokens[run[0] - 1].key in ctx.role_words
    if not heads or not (role_before or any(tokens[run[j]].key in ctx.role_words for j in range(heads[0]))):
        return None
    head = heads[0]
    if (tokens[run[head - 1]].key in ctx.role_words) if head > 0 else role_before:
        own = head + len(tokens[run[head]].key.split())  # "Rumah Sakit" is one head
        # (an acronym alone may be the body's name: "Kepala Dinas PUPR Dedi Kurniawan Sasmita")
        given = _given_name_tail(tokens, run, own + (1 if own < len(run) and _acronym_word(tokens[run[own]].text)
                                                     else 2))
        if given is not None:
            return given
    for split in range(len(run) - 2, head + 1, -1):  # the longest body's name first
        if _name_tail(run, split) is None or not all(
                _plain_name_word(tokens[i].text) and not _acronym_word(tokens[i].text) and not _common_english(
                    tokens[i].key) for i in run[split:]):  # not a branch: "Bank Nagari Area Pancor", "... Unit X"
            continue
        end = tokens[run[split - 1]].end
        if any(body[tokens[run[h]].start:end] in alone for h in heads if h < split - 1):
            return split
    return None


def _given_name_tail(tokens: Sequence[_Token], run: list[int], start: int) -> int | None:
    """Index (in the run, from `start`) of the first given name, when it opens the run's last two to four words:
    the person after a body's name ("... Berjangka Rudi Hartanto")."""
    given_names = _context().given_names
    return _name_tail(run, next((j for j in range(start, len(run) - 1) if tokens[run[j]].key in given_names), None))


def _name_tail(run: list[int], at: int | None) -> int | None:
    return at if at is not None and 2 <= len(run) - at <= 4 else None


def _apposition_follows(body: str, tokens: Sequence[_Token], last: int) -> bool:
    """", Kombes Bayu Aditya": a comma and a capitalised word right after the run."""
    return last + 1 < len(tokens) and tokens[last + 1].capitalised and (
        body[tokens[last].end:tokens[last + 1].start] == ", ")


def _connector_follows(body: str, tokens: Sequence[_Token], last: int) -> bool:
    """" dan Bina": a connector of names and a capitalised word right after the run (not a role: "dan Bupati"
    introduces someone else)."""
    if last + 2 >= len(tokens):
        return False
    connector, following = tokens[last + 1], tokens[last + 2]
    return (connector.key in _CONNECTORS and following.capitalised and following.key not in _context().role_words
            and body[tokens[last].end:following.start] == f" {connector.text} ")


def _name_word(tokens: Sequence[_Token], i: int) -> bool:
    """A capitalised "Yang" inside a sentence is a name (Liu Yang), never the relative pronoun; so is a word
    after a particle."""
    if i == 0:
        return False
    # After a particle a word can only be a name: "Nguyen Van Tuan" ("tuan" is also "Mr.").
    return tokens[i - 1].key in _context().name_particles or (tokens[i].text == "Yang" and tokens[i - 1].capitalised)


def _ordinary_word_opens(tokens: Sequence[_Token], run: list[int], k: int) -> bool:
    """After an ordinary word that is no name ("Sumber", "Berita"; not a title or role), a run of the commonest words
    and no given name goes on with the phrase ("Sumber Daya Alam"), it names no one."""
    before, first = tokens[run[k - 1]], tokens[run[k]]
    return (before.key in _context().non_name_words and before.key not in _context().role_words
            and _is_vocabulary(before.text) and zipf_frequency(first.key, "id") >= COMMON_WORD_ZIPF
            and all(zipf_frequency(tokens[i].key, "id") >= COMMON_WORD_ZIPF and tokens[i].key not in given_names()
                    for i in run[k:]))  # not "Pendidikan Bagus Santoso": a name's rarer word after a common one


def _one_word_speakers(tokens: Sequence[_Token], runs: list[list[int]]) -> frozenset[str]:
    """Single capitalised words quoted as speakers ("kata Dimas", "Hendra mengatakan")."""
    verbs = _context().speech_verbs
    found = set()
    for run in runs:
        if len(run) != 1 or _never_name(tokens[run[0]].text):
            continue
        i = run[0]
        before = tokens[i - 1].key if i > 0 else ""
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if before in verbs or after in verbs:
            found.add(tokens[i].key)
    return frozenset(found)


ENGLISH_OPENER_ZIPF = 4.0


def _sentence_opener_before_name(body: str, tokens: Sequence[_Token], run: list[int]) -> bool:
    """An English word opening the sentence before two words or more no dictionary knows ("Final Zhou Haoran
    won", a score line's round); not an Indonesian one, which may be a Javanese given name ("Haryanto Dimas
    Pradipta": Haryanto is as frequent as words are)."""
    first = tokens[run[0]]
    return len(run) >= 3 and _opens_sentence(body, first.start) and not _opens_name(first) and (
        zipf_frequency(first.key, "en") >= ENGLISH_OPENER_ZIPF > zipf_frequency(first.key, "id")) and all(
        _opens_name(tokens[i]) for i in run[1:3])


def _strippable(tokens: Sequence[_Token], run: list[int], k: int) -> bool:
    """A leading word that is not part of the name: a title or role, an ordinary word before a long run, or an
    acronym before two more words (the body a spokesperson speaks for: "Juru bicara PCG Armando Reyes").

    Frequent given names are ordinary words to wordfreq (Ratna, Hendra, Iwan): a run keeps those it lists as
    given names ("Iwan Setiawan Rukmana-Siti Nurhasanah", a pair of candidates), and any in three words.
    """
    word = tokens[run[k]].text
    return _never_name(word) or (_is_vocabulary(word) and len(run) - k > 3 and (
        tokens[run[k]].key not in _context().given_names)) or (
        (_clearly_vocabulary(word) or _acronym_word(word)) and len(run) - k > 2)


def _acronym_word(word: str) -> bool:
    """An acronym: in capitals ("PCG"), or mostly capitals with a small letter or two ("CISSReC", "KemenPPPA")."""
    capitals = sum(ch.isupper() for ch in word)
    return len(word) > 1 and (word.isupper() or (capitals >= 3 and capitals >= len(word) - capitals))


def _is_head(key: str) -> bool:
    return key in _context().org_heads or _is_place_head(key)


# A Korean given name is written hyphenated after the surname: Yang Moo-jin, Kim Jong-un, Yoon Suk-yeol.
_KOREAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _korean_name_at(tokens: Sequence[_Token], run: list[int], k: int) -> bool:
    """Token k is a surname of one syllable followed by a hyphenated given name ("Yang" in "Yang Moo-jin")."""
    return (k + 1 < len(run) and len(tokens[run[k]].text) <= 4
            and bool(_KOREAN_GIVEN_NAME.match(tokens[run[k + 1]].text)))


# An Indonesian verb (meN-, di- forms: "menaikkan", "mengatakan", "ditetapkan") ends the reach of a role word: in
# "Gubernur BI memutuskan menaikkan BI-7 Day Reverse Repo Rate" the governor's role cues no name after the verb.
_VERB_FORM = re.compile(r"^(me[mnr]?|meng|meny|di)[a-z]{4,}$")


def _after_last_verb(tokens: Sequence[_Token], first: int, before: list[str]) -> list[str]:
    """The words of the role window after its last lower-case verb (all of them when there is none)."""
    for back in range(len(before) - 1, -1, -1):
        token = tokens[first - len(before) + back]
        ctx = _context()
        if not token.capitalised and token.key not in ctx.role_words and (
                _VERB_FORM.match(token.key) or token.key in ctx.speech_verbs):
            return before[back + 1:]
    return before


# Naming words cue a one-word name ("bernama Darto") but not a longer one: ships and shops are named too.
_NAMING_WORDS = frozenset({"nama", "bernama", "named"})


def _person_cue(body: str, tokens: Sequence[_Token], name: list[int], speakers: frozenset[str] = frozenset(),
                *, given_name_cue: bool) -> bool:
    ctx = _context()
    first, last = name[0], name[-1]
    before = [t.key for t in tokens[max(0, first - ROLE_WINDOW):first]]
    after = [t.key for t in tokens[last + 1:last + 6]]
    if before and before[-1] in _LOCATIVES and body[tokens[first - 1].end:tokens[first].start] == " ":
        return False  # "di Istora Senayan": a place
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _HEADS_OF:
        return False  # "commander of Coast Guard District BARMM", "head of Sales": what the office heads, no one
    if last > first and tokens[first].text in _nationalities():
        return False  # "the Australian Fishing Zone, according to ...": a country's adjective opens no one's name
    if given_name_cue and tokens[first].key in ctx.given_names:
        return True  # "Arkan Wijaya", "Liu Yang", "Tran Minh Khoa": a name that opens with a given or family name
    if before and before[-1] in _HONORIFICS and body[tokens[first - 1].end:tokens[first].start] in (" ", ". "):
        return True  # "said Mr Darren Seah", "Mdm Tan" (The Straits Times, CNA): an honorific names a person
    if any(word in ctx.role_words for word in _after_last_verb(tokens, first, before)):
        return True
    if after and (after[0] in ctx.speech_verbs or after[0] in ctx.person_verbs or (
            before and before[-1] in ctx.speech_verbs)):
        return True
    if before and before[-1] in ctx.person_objects and last > first and (
            tokens[first].key in ctx.given_names or zipf_frequency(tokens[first].key, "en") > 0
            or zipf_frequency(tokens[first].key, "id") < 3.5) and not (
            # (after a goal or a penalty, no common word opens the scorer's name: "gol Harimau Malaya", the team's
            # nickname; review 46b)
            before[-1] in _SCORING_OBJECTS and tokens[first].key not in ctx.given_names
            and zipf_frequency(tokens[first].key, "en") < 2.5
            and max(zipf_frequency(tokens[first].key, "id"), zipf_frequency(tokens[first].key, "ms")) >= 3.5):
        # (a word only Indonesian has: "Skuad", "Timnas")
        # "menggantikan Satrio Wibisono", "dipimpin Bimo Adiwangsa Kartanegara"; not a team's nickname after a goal
        # ("gol Skuad Garuda")
        return True
    if tokens[first].key in speakers or (tokens[last].key in speakers and not _is_vocabulary(tokens[first].text)):
        return True  # quoted elsewhere by one of these names: "kata Dimas" (not "Unggahan Nadira")
    if after and after[0] in _AFFILIATION and any(word in ctx.speech_verbs for word in after[1:]):
        return True  # "Wahyu Hidayat dari Bapanas menyebut"
    if _AGE_AFTER.match(body, tokens[last].end) or (
            before and before[-1] in ctx.single_name_cues and before[-1] not in _NAMING_WORDS and (
                body[tokens[first - 1].end:tokens[first].start] in (" ", ", "))):
        return True  # "Dadan Hamdani (45)", "adiknya, Dadan Hamdani": an age or a relative's apposition
    if _kin_apposition(body, tokens, first, before):
        return True  # "suami Kirana, Rendy Pradipta Wiratama", "putri semata wayang mereka, Aruna Kinanti Wiratama"
    if len(after) >= 2 and after[0] in _AS_WORDS and after[1] in ctx.role_words and not any(
            is_ordinary_word(tokens[i].text) for i in name[1:]):
        # "menunjuk Haryanto Kusumodiningrat sebagai Komisaris Utama"; not a company ("Wika Beton sebagai anggota",
        # "Bukit Asam Coal acted as advisor"), whose name holds words of the language
        return True
    gap = body[tokens[last].end:tokens[last + 1].start] if last + 1 < len(tokens) else ""
    if gap == ", " and after[0] == "who" and last > first and not is_ordinary_word(tokens[first].text):
        return True  # "Perth woman Jess McAllister, who has rented ...": a person is a "who" (not "Red Sparks, who")
    # Apposition: "Yang Moo-jin, seorang profesor", "Yuriy Ignat, juru bicara", "Rosmawati Pohan, pedagang kain".
    return gap.strip() == "," and (after[0] in ctx.apposition_nouns or any(
        word in ctx.role_words or word in {"seorang", "selaku"} for word in after))


# Offices named by what they head ("commander of ...", "director of ..."); not kin or speakers ("the widow of X",
# "the spokesman of X" name a person after "of").
_HEADS_OF = frozenset({"commander", "head", "chief", "director", "chairman", "chairwoman", "chairperson", "president",
                       "governor", "secretary", "commissioner", "general",  # "Director General of Sea Transportation"
                       # and where people live: "residents of Myothit Ward"
                       "residents", "resident", "villagers", "citizens"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mdm", "madam", "miss", "sir", "dame", "encik"})
# Those only a person's name follows inside a run of capitals (not "Miss Universe", "Sir Lanka"-like titles);
# Malay's "Encik" is "Mr" (not "Puan", Mrs: also a given name, "Puan Maharani").
_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "mdm", "encik"})
_AS_WORDS = frozenset({"sebagai", "selaku", "as"})


# Relatives named in apposition a few words after the kin word: "suami Kirana, Rendy ...", "putri semata wayang
# mereka, Aruna ...". The words of the plain form only (the -nya forms are single_name_cues already).
_KIN_WORDS = frozenset({"suami", "istri", "anak", "putri", "putra", "ayah", "ibu", "kakak", "adik", "cucu", "menantu",
                        "mertua", "keponakan", "sepupu", "husband", "wife", "son", "daughter", "mother", "father"})


# Kin words that are not kin before these: "ibu kota" (a capital), "anak perusahaan", "anak usaha" (a subsidiary).
_NOT_KIN_AFTER = frozenset({"kota", "perusahaan", "usaha", "buah", "sungai", "tangga", "cabang", "kandung"})


def _kin_apposition(body: str, tokens: Sequence[_Token], first: int, before: list[str]) -> bool:
    if first == 0 or body[tokens[first - 1].end:tokens[first].start] != ", ":
        return False
    window = before[-4:]
    return any(word in _KIN_WORDS and (k + 1 == len(window) or window[k + 1] not in _NOT_KIN_AFTER)
               for k, word in enumerate(window))


_LIST_BEFORE = (", ", "and ", "& ", "dan ")
_ARTICLES = frozenset({"the", "a", "an", "this", "its", "their"})


def _english_tail(body: str, tokens: Sequence[_Token], run: list[int]) -> bool:
    """"Southern Region Marine Department", "Pengerang Municipal Council": an English body's kind ends its name.
    Not after a list's comma or "and", where the run holds only the name's last words ("Meteorology, Climatology
    and Geophysics Agency"), unless the whole name follows "the" (_joined_start)."""
    start = tokens[run[0]].start
    return (tokens[run[-1]].key in _context().org_tails and len(run) >= 2
            and (not body[max(0, start - 4):start].endswith(_LIST_BEFORE) or _joined_start(body, start) < start))


# The first words of an English body's name joined by "and" or commas, after "the": "the Town and Regional Planning
# Department", "the Meteorology, Climatology and Geophysics Agency" (not "Villagers and Forestry Department staff").
_JOINED_NAME_START = re.compile(r"(?<![\w'])[Tt]he\s(?P<first>(?:[A-Z][a-z]+,\s)*[A-Z][a-z]+,?\s(?:and|&)\s)$")
MAX_JOINED_REACH = 80


def _joined_start(body: str, start: int) -> int:
    """Where the name ending at a run that follows "and" starts, when its first words are joined to it; else
    `start`."""
    found = _JOINED_NAME_START.search(body, max(0, start - MAX_JOINED_REACH), start)
    return found.start("first") if found is not None else start


# English adjectives that open a body's name before its kind: "National Centre ...", "Central Bureau ...".
# Posts with "General" after them that are no part of a body's name before "Office" ("Auditor General Office").
_GENERAL_POSTS = frozenset({"auditor", "solicitor", "surveyor", "comptroller", "consulate", "accountant", "advocate",
                            "postmaster", "surgeon", "registrar", "receiver"})
_NAME_ADJECTIVES = frozenset({"national", "central", "regional", "provincial", "federal", "international", "municipal",
                              "royal", "joint", "supreme",
                              # "General Department of Immigration", "General Directorate of ...": not the rank here
                              "general"})
# A company's own units, named before it: "Divisi Hubungan Media PT IMIP" is the company's office (not "Serikat
# Pekerja PT ...", its workers' union, a body of its own).
_COMPANY_UNITS = frozenset({"divisi", "departemen", "biro", "bagian", "direktorat", "unit", "subdit", "kantor",
                            "posko"})


# Heads that are a regional body's whole short name: the words after them name its place ("Dinkes Cianjur") or,
# when they open with a given name, the person who heads it.
_ACRONYM_HEADS = frozenset({"kejari", "kejati", "polresta", "polrestabes", "kpud", "bnnp", "bnnk", "dinkes", "disdik",
                            "dishub", "bappeda", "damkar", "dprd", "dprk"})


def _organization_in_run(body: str, tokens: Sequence[_Token], run: list[int], mentions: Sequence[EntityMention],
                         gaz: Gazetteer) -> tuple[int, int, int] | None:
    ctx = _context()
    # A firm's word that heads a name and ends one ("Group of Twenty", "Tsingshan Holding Group") is the name's
    # tail when it ends the run. Not "Agency", "Council": their English names run over commas and "and"
    # ("Meteorology, Climatology and Geophysics Agency"), and the run holds only the last words.
    head = next((k for k, i in enumerate(run) if tokens[i].key in ctx.org_heads and not (
        k == len(run) - 1 and k > 0 and (tokens[i].key in ctx.firm_words or _english_tail(body, tokens, run)))
        and not (tokens[i].key in ctx.closing_body_kinds and k < len(run) - 1)), None)
    if head is not None:
        while head > 0 and tokens[run[head - 1]].key in _NAME_ADJECTIVES and not (
                tokens[run[head - 1]].key == "general" and head > 1
                and (tokens[run[head - 2]].key in ctx.role_words or tokens[run[head - 2]].key in _GENERAL_POSTS)):
            head -= 1  # "National Centre for Hydro-Meteorological Forecasting": the adjective is the name's (a post's
            # "General" is not: "Attorney General Office", "Auditor General Office")
        company = next((k for k in range(head + 1, len(run) - 1) if tokens[run[k]].key in _LEGAL_FORMS), None)
        if company is not None and tokens[run[head]].key in _COMPANY_UNITS:
            head = company  # "Divisi Hubungan Media PT IMIP": the company whose unit it is
        part = run[head:]
        if _headline_after_regional_head(body, tokens, part, mentions):
            return None
        if len(part) > 1 and tokens[part[0]].key in _ACRONYM_HEADS and tokens[part[1]].key in ctx.given_names:
            # "Kepala Damkar Muhammad Arsyad Lantara": a body's short name, whole, then its head's name
            return head, tokens[part[0]].start, tokens[part[0]].end
        start, end = tokens[part[0]].start, tokens[part[-1]].end
        # "Universitas Studi" + "Korea Utara", "Bank of" + "Thailand": a place right after belongs to the name.
        follower = _follower(body, end, mentions, gaz, "location")
        if follower is not None:
            end = follower.char_end
        if len(part) >= 2 or end > tokens[part[-1]].end:
            return head, start, end
        return None
    firm = any(tokens[i].key in ctx.firm_words for i in run[1:])
    if _english_tail(body, tokens, run) and tokens[run[-1]].key in ctx.org_heads:
        # "Southern Region Marine Department": every word but a role's is the name's; a place written right
        # before it too ("Pengerang Municipal Council", "Johor Health Department").
        first = next((k for k in range(len(run) - 1)
                      if tokens[run[k]].key not in ctx.role_words and tokens[run[k]].key not in _ARTICLES), None)
        if first is None:
            return None
        if first > 0 and tokens[run[first]].text.endswith(("'s", "\u2019s")):
            # "Chief Minister's Department": the office's own department, its title and all
            first = next((k for k in range(first) if tokens[run[k]].key not in _ARTICLES), first)
        start = tokens[run[first]].start
        if all(tokens[run[k]].key in _ARTICLES for k in range(first)):
            start = _joined_start(body, start)  # "the Town and Regional Planning Department"
        leader = next((m for m in mentions if m.char_end == start - 1 and body[m.char_end] == " "
                       and _type_of(m.entity_id, gaz) == "location"), None) if first == 0 else None
        if leader is not None and administrative_areas().codes_of.get(leader.entity_id) and (
                (branch := _ENGLISH_BRANCH.match(body, leader.char_end)) is not None
                and branch.end() == tokens[run[-1]].end):
            return None  # "Bali Regional Police" is Polda Bali, the region's branch (_english_branches names it)
        return first, leader.char_start if leader is not None else start, tokens[run[-1]].end
    if len(run) >= 2 and (tokens[run[-1]].key in ctx.org_tails or firm):
        # A role or title before the name is no part of it: "Analis Panin Sekuritas" is an analyst of the firm.
        first = next((k for k in range(len(run) - 1) if not _never_name(tokens[run[k]].text)
                      and tokens[run[k]].key not in ctx.role_words), len(run) - 1)
        if first == len(run) - 1:
            return None
        end = tokens[run[-1]].end
        # "Mirae Asset Sekuritas Indonesia": the country after a firm's word is the firm's name's end.
        follower = _follower(body, end, mentions, gaz, "location") if tokens[run[-1]].key in ctx.firm_words else None
        start = tokens[run[first]].start
        # A known place written right before an English name is the name's: "La Trinidad Vegetable Trading Post".
        leader = next((m for m in mentions if m.char_end == start - 1 and body[m.char_end] == " "
                       and _type_of(m.entity_id, gaz) == "location"), None) if (
            first == 0 and _english_tail(body, tokens, run)) else None
        return first, leader.char_start if leader is not None else start, (
            follower.char_end if follower is not None else end)
    return None



# What a regional body's short name may be followed by besides its place: "Polres Pelabuhan Tanjung Perak",
# "Polresta Bandara Soekarno-Hatta", "DPRD Kota Padangsidimpuan".
_REGIONAL_HEAD_FOLLOWERS = frozenset({"pelabuhan", "bandara", "kawasan"}) | {"kabupaten", "kota", "provinsi"}


def _headline_after_regional_head(body: str, tokens: Sequence[_Token], part: list[int],
                                  mentions: Sequence[EntityMention]) -> bool:
    """Whether a regional body's short name opens a subheading in title case, a line of its own, not a name: "DPRD
    Minta Pendataan Transparan", "Pemkot Siapkan Pasar Sementara" (its name would go on with its place, which no word
    of the language is unless the gazetteer or the districts know it: "Polres Tana Toraja")."""
    if len(part) < 3 or tokens[part[0]].key not in _REGIONAL_HEADS:
        return False
    follower, start, end = tokens[part[1]], tokens[part[0]].start, tokens[part[-1]].end
    return (body[end:end + 1] in ("", "\n") and body[start - 1:start] in ("", "\n")
            and follower.key not in _REGIONAL_HEAD_FOLLOWERS and is_ordinary_word(follower.text)
            and not any(m.char_start == follower.start for m in mentions))


_AGE_GROUP = re.compile(r" U-?\d{2}(?![\w-])")


# The old or new settlement of a district or village ("Sepaku Lama"); not of a country or a city ("Indonesia Baru",
# "Jakarta Baru": slogans).
_SETTLEMENT_WORDS = frozenset({"lama", "baru"})


def _directional_places(body: str, mentions: list[EntityMention],
                        known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """"Maluku" + "Tengah": a known place and a direction the gazetteer does not know is another place."""
    directions = _context().place_directions
    out = []
    for m in mentions:
        team = _AGE_GROUP.match(body, m.char_end)
        if team is not None and known.get(m.entity_id) and known[m.entity_id].entity_type == "organization":
            surface = body[m.char_start:team.end()]  # "Timnas Indonesia U-23" is another team
            entity = discovered_entity(surface, "organization")
            known.setdefault(entity.entity_id, entity)
            out.append(EntityMention(entity.entity_id, surface, m.char_start, team.end()))
            continue
        nxt = _TOKEN.match(body, m.char_end + 1) if body.startswith(" ", m.char_end) else None
        entity = known.get(m.entity_id)
        if (nxt is not None and nxt.group(0)[0].isupper() and nxt.group(0).casefold() in directions
                and entity is not None and entity.entity_type == "location") and (
                nxt.group(0).casefold() not in _SETTLEMENT_WORDS or m.entity_id.startswith(_AREA_ID_PREFIX)):
            surface = body[m.char_start:nxt.end()]
            place = discovered_entity(surface, "location")
            known.setdefault(place.entity_id, place)
            out.append(EntityMention(place.entity_id, surface, m.char_start, nxt.end()))
            continue
        out.append(m)
    return out


def _without_nested(mentions: list[EntityMention], discovered_ids: set[str],
                    known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """Curated mentions inside a discovered organization or place ("Jakarta" in "Pengadilan ... Jakarta")."""
    outer = [(m.char_start, m.char_end) for m in mentions
             if m.entity_id in discovered_ids and known[m.entity_id].entity_type in {"organization", "location"}]
    return [m for m in mentions if m.entity_id in discovered_ids or not any(
        s <= m.char_start and m.char_end <= e and (s, e) != (m.char_start, m.char_end) for s, e in outer)]


# --- acronyms ---------------------------------------------------------------------------------------

# "(BPBD)", "(Bapanas)"; two parts when a body's own initials follow its rank's ("(BB TNBTS)": Balai Besar TNBTS).
# (a body's short form of two words: "(Dirjen PHU)", "(Ditjen Hubla)"; see _acronym_definitions for which count)
# (up to 15 characters: the syllable acronyms of regional offices run long, "Disnakertrans", "Disperindagkop")
_ACRONYM_DEFINITION = re.compile(r"\s\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,14}(?: [A-Z][A-Za-z0-9&-]{1,11})?)\)")
# The last article's definitions: _acronym_definitions and _initials_of_people both read them, and a scan of the
# article is ~0.03 ms (one slot, swapped whole, as _has's).
_last_definitions: tuple[str, tuple[re.Match[str], ...]] = ("", ())


def _definitions(body: str) -> tuple[re.Match[str], ...]:
    """_ACRONYM_DEFINITION.finditer(body), scanned once for an article."""
    global _last_definitions
    last = _last_definitions
    if last[0] is not body:
        last = (body, tuple(_ACRONYM_DEFINITION.finditer(body)))
        _last_definitions = last
    return last[1]


_LONG_FORM_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|,")
_LONG_FORM_WINDOW = 120


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalpha())


def _acronym_fits(acronym: str, name: str) -> bool:
    """The acronym's letters appear in order in the name, starting with its first letter (KPK, Bapanas)."""
    letters, wanted = _letters(name), _letters(acronym)
    if not wanted or not letters or letters[0] != wanted[0]:
        return False
    pos = 0
    for ch in wanted:
        pos = letters.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _initials(words: list[str], whole_acronyms: bool = False) -> str:
    """Initials of the content words: "Perserikatan Bangsa-Bangsa" gives PBB; with `whole_acronyms`, an acronym among
    them gives all its letters ("Forum Komunikasi Guru PPPK" gives FKGPPPK, of "FKG-PPPK")."""
    return "".join(part if whole_acronyms and len(part) > 1 and part.isupper() else part[0]
                   for w in words if w.casefold() not in _CONNECTORS and w not in (",", "the")
                   for part in w.split("-") if part)


_REPEATED_INITIAL = re.compile(r"([A-Z])([2-9])")
MIN_LOOSE_ACRONYM = 4


def _one_initial_fewer(initials: str, acronym: str) -> bool:
    """An acronym of four letters or more that leaves out one inner word's initial: "BPSPL" for "Balai Pengelolaan
    Sumber Daya Pesisir dan Laut" (BPSDPL: "Sumber Daya" written as one S); only for a body's name (its head word
    first), not a kind of place ("Stasiun Pengisian Bahan Bakar Umum (SPBU)")."""
    return len(acronym) >= MIN_LOOSE_ACRONYM and len(initials) == len(acronym) + 1 and initials[0] == acronym[0] and (
        initials[-1] == acronym[-1]) and any(initials[:k] + initials[k + 1:] == acronym
                                             for k in range(1, len(initials) - 1))


MAX_ABBREVIATION = 3  # "St.", "Dr.", "Kab." end no sentence inside a long form


def _long_form(body: str, end: int, acronym: str) -> tuple[int, int] | None:
    """The span of the capitalised words before "(ACRONYM)" that the acronym abbreviates, if any."""
    window = body[max(0, end - _LONG_FORM_WINDOW):end]
    offset = end - len(window)
    words = [(m.group(0), m.start() + offset, m.end() + offset) for m in _LONG_FORM_WORD.finditer(window)]
    words = [w for w in words if w[2] <= end]
    all_caps = acronym.isupper()
    for n in range(2, min(len(words), 10) + 1):
        tail = words[-n:]
        text = [w[0] for w in tail]
        gap = body[tail[0][2]:tail[1][1]]
        if gap.strip() not in ("", "/", "&") and not (gap == ". " and len(tail[0][0]) <= MAX_ABBREVIATION):
            break  # brackets or a dash between the words: "Padangsidimpuan (ANTARA) - Kepolisian Resor (Polres)", a
            # sentence's end (not "Barang/Jasa", "Meat & Livestock Australia", "Rumah Sakit St. Carolus")
        if not text[0][0].isupper() or body[tail[-1][2]:end].strip():
            continue
        if any(not (w[0].isupper() or w.casefold() in _CONNECTORS or w == "," or (
                w == "the" and 0 < k < n - 1 and text[k - 1].casefold() in _CONNECTORS)) for k, w in enumerate(text)):
            break  # a lowercase word: the name cannot reach further back ("... and the Environment" goes on)
        # a figure counts its letter: "P4MI" is PPPPMI, "BP2MI" BPPMI
        wanted = _REPEATED_INITIAL.sub(lambda found: found[1] * int(found[2]),
                                       acronym.replace("-", "").replace("&", "").replace(" ", ""))
        if all_caps and (_initials(text) == wanted or _initials(_before_of_place(text)) == wanted or (
                "-" in acronym and _initials(text, whole_acronyms=True) == wanted)
                or (text[0].casefold() in _context().org_heads and not _is_place_head(text[0].casefold())
                    and _one_initial_fewer(_initials(text), wanted))):
            return tail[0][1], tail[-1][2]
        if not all_caps and _acronym_fits(acronym, " ".join(text)) and text[0][0] == acronym[0]:
            return tail[0][1], tail[-1][2]
    return None


# First words of laws and regulations, whose abbreviations are no organization's ("UU ITE", "RUU KKS", "Perpres").
_LAW_HEADS = frozenset({"undang-undang", "rancangan", "peraturan", "keputusan", "instruksi", "perpres", "perppu",
                        "permen", "perda", "pergub", "perbup", "qanun", "kitab"})  # "Kitab Undang-Undang Hukum Pidana"
# First words of funds, allowances, budgets and taxes, whose abbreviations are no organization's either ("Dana Alokasi
# Umum (DAU)", "Tambahan Penghasilan Pegawai (TPP)", "Anggaran Pendapatan dan Belanja Daerah (APBD)").
_MONEY_HEADS = frozenset({"dana", "tambahan", "tunjangan", "anggaran", "pajak", "retribusi", "insentif", "upah",
                          # (and systems and programmes: "Sistem Pemantauan Pasar dan Kebutuhan Pokok (SP2KP)")
                          "sistem", "program", "aplikasi"})


def _before_of_place(words: list[str]) -> list[str]:
    """An English name without its closing "of <Place>": the initials of "Maritime and Port Authority of Singapore"
    are MPA."""
    ctx = _context()
    if len(words) >= 4 and words[-2] == "of" and words[-1][0].isupper() and any(
            w.casefold() in ctx.org_tails for w in words[:-2]):  # "Chief Minister of Penang (CM)": a post
        return words[:-2]
    return words


# The first words of a post's title, which its acronym abbreviates with it: "Kepala Pelaksana (Kalaksa)", "Menteri
# Agama (Menag)", "Wakil Direktur Reserse Narkoba (Wadirresnarkoba)" (not every post's word: "Jaksa Agung Muda Tindak
# Pidana Khusus (Jampidsus)" is also the office, "Pejabat Pengelola Informasi dan Dokumentasi (PPID)" a desk, "Prince
# of Songkla University (PSU)" a university).
_POST_HEADS = frozenset({"kepala", "wakil", "direktur", "menteri", "asisten", "pemimpin"})


_TECHNICAL_UNIT = "Unit Pelaksana Teknis "


def _acronym_definitions(body: str, mentions: list[EntityMention],
                         known: MutableMapping[str, Entity]) -> tuple[dict[str, str], list[EntityMention]]:
    """Acronyms defined in the text -> entity ids; new organizations named by their initials are added."""
    ends = {m.char_end: m for m in mentions}
    starts = {m.char_start: m for m in mentions}
    learned: dict[str, str] = {}
    for match in _definitions(body):
        acronym = match["acronym"]
        defined = ends.get(match.start())
        if defined is not None and (acronym == defined.surface or acronym in learned):
            continue
        if defined is not None and _defined_by(acronym, defined, known):
            own = starts.get(match.start("acronym"))
            if own is not None and own.surface == acronym and own.entity_id != defined.entity_id and (
                    defined.entity_id in known and known[defined.entity_id].name != defined.surface):
                # (not where the long form is its entity's own name: "Armed Forces of the Philippines (AFP)")
                # "National Disaster Management Agency (NADMA)": a long form that names a kind of body in several
                # countries (Indonesia's BNPB in English), the initials one: the initials say which.
                other_initials = {m.char_start for m in mentions if body.startswith(" (", m.char_end)
                                  and not body.startswith(f" ({acronym})", m.char_end)}  # "... Agency (BNPB)"
                mentions = _remapped(mentions, defined, own.entity_id, skip=other_initials)
                ends, starts = {m.char_end: m for m in mentions}, {m.char_start: m for m in mentions}
                learned[acronym] = own.entity_id
                continue
            if own is not None and own.surface == acronym and own.entity_id != defined.entity_id:
                # "Armed Forces of the Philippines (AFP)": the article says what its initials stand for here
                mentions = _remapped(mentions, own, defined.entity_id)
                ends, starts = {m.char_end: m for m in mentions}, {m.char_start: m for m in mentions}
            learned[acronym] = defined.entity_id
            continue
        if " " in acronym and not acronym.isupper() and not _is_head(acronym.split()[0].casefold()):
            continue  # "Dirjen PHU" after a director general's title: a post, not a body's initials (but "Direktorat
            # Jenderal Perhubungan Laut (Ditjen Hubla)" is the body's short form)
        span = _long_form(body, match.start(), acronym)
        if span is None or (defined is not None and defined.char_start <= span[0]):
            continue  # nothing, or no more than the known mention itself: not this acronym's name
        surface = body[span[0]:span[1]]
        if acronym.casefold() in _context().role_words or surface.split()[0].casefold() in _POST_HEADS:
            continue  # "Sekretaris Daerah (Sekda)", "Kepala Kepolisian Resor (Kapolres)", "Direktur Reserse Narkoba
            # (Dirresnarkoba)": a post, no body
        if surface.split()[0].casefold() in _LAW_HEADS or surface.split()[0].casefold() in _MONEY_HEADS:
            continue  # "Undang-Undang Pelindungan Data Pribadi (UU PDP)": a law, not an organization; "Dana Alokasi
            # Umum (DAU)": a fund
        if " " in acronym and not _is_head(surface.split()[0].casefold()) and not surface.startswith(
                _TECHNICAL_UNIT):
            continue  # "Bantuan Langsung Tunai Dana Desa (BLT DD)": a programme; two parts name a body's branch
            # (or a regional technical unit and its field: "Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan
            # Anak (UPTD PPA)")
        if all(_is_head(w.casefold()) or w.casefold() in _CONNECTORS for w in surface.replace(",", " ").split()):
            continue  # "Pemerintah Kota (Pemkot) Surabaya": a kind of body, not a name
        if _persons_initials(surface, acronym):
            continue  # "Hendra Wirakusuma (HW)", "Bambang Irawan (BI)": a person's initials (_initials_of_people)
        curated_acronym = starts.get(match.start("acronym"))
        if curated_acronym is not None and curated_acronym.surface == acronym and _acronym_fits(acronym, surface) and (
                _names_share_a_word(surface, known.get(curated_acronym.entity_id))):
            # "Kementerian Keuangan (Kemenkeu)": the gazetteer knows the acronym, so the long form is that entity.
            mentions = [m for m in mentions if m.char_end <= span[0] or m.char_start >= span[1]]
            taken = [(m.char_start, m.char_end) for m in mentions]
            mentions.extend(EntityMention(curated_acronym.entity_id, surface, start, end)
                            for start, end in _standalone(body, surface)
                            if not any(s < end and start < e for s, e in taken))  # and wherever it is written again
            learned[acronym] = curated_acronym.entity_id
            ends = {m.char_end: m for m in mentions}
            continue
        if "," in surface and (first_mention := starts.get(span[0])) is not None and (
                known.get(first_mention.entity_id) is not None
                and known[first_mention.entity_id].entity_type == "location"):
            continue  # "Cirebon, Indramayu, Majalengka dan Kuningan (Ciayumajakuning)": places and their region's name
            # (one the gazetteer knows is taken above: "Jakarta, Bogor, Depok, Tangerang, dan Bekasi (Jabodetabek)")
        before = body[max(0, span[0] - 20):span[0]].split()
        if (head := _kind_before(body, span[0], mentions)) is not None and head[0].casefold() != acronym[0].casefold():
            # "Dinas Pekerjaan Umum (PU) Makassar", "Pengadilan Tindak Pidana Korupsi (Tipikor)": the acronym names the
            # field; the body is the head word and the field, and the acronym alone names no body.
            span = (span[0] - len(head) - 1, span[1])
            surface = body[span[0]:span[1]]
            entity = discovered_entity(surface, "organization")
            known.setdefault(entity.entity_id, entity)
            mentions = [m for m in mentions if m.char_end <= span[0] or m.char_start >= span[1]]
            mentions.append(EntityMention(entity.entity_id, surface, span[0], span[1]))
            ends = {m.char_end: m for m in mentions}
            learned[f"{head} {acronym}"] = entity.entity_id  # "Dinas PU" written later is that office
            continue
        if before and before[-1].casefold() in _LEGAL_FORMS and body.startswith(before[-1] + " ", span[0] - len(
                before[-1]) - 1):
            # "PT Bukit Kandi Energi (BKE)": a company, its legal form with it, whatever its first word names
            span = (span[0] - len(before[-1]) - 1, span[1])
            surface, before = body[span[0]:span[1]], before[:-1]
        first = surface.split()[0].casefold()
        place = first not in _LEGAL_FORMS and (_is_place_head(first) or bool(before and _is_place_head(
            before[-1].casefold())))
        kind = "location" if place else "organization"  # "Kabupaten Sidenreng Rappang (Sidrap)" is a place
        entity = discovered_entity(surface, kind)
        known.setdefault(entity.entity_id, entity)
        learned[acronym] = entity.entity_id
        mentions = [m for m in mentions if m.char_end <= span[0] or m.char_start >= span[1]]
        mentions.append(EntityMention(entity.entity_id, surface, span[0], span[1]))
        if curated_acronym is not None and curated_acronym.surface == acronym:
            # "Korea Aerospace Industries (KAI)": here the initials are this body's, not the curated one's (Kereta
            # Api Indonesia), wherever the article writes them
            mentions = [EntityMention(entity.entity_id, m.surface, m.char_start, m.char_end)
                        if m.surface == acronym and m.entity_id == curated_acronym.entity_id else m for m in mentions]
        ends = {m.char_end: m for m in mentions}
    return learned, mentions


def _defined_by(acronym: str, defined: EntityMention, known: Mapping[str, Entity]) -> bool:
    """Whether the acronym in brackets after a known mention is that mention's: its letters are the name's, or, for
    a region, those of the name after its kind ("Kabupaten Gunung Mas (Gumas)")."""
    if _acronym_fits(acronym, defined.surface):
        return True
    kind, _, name = defined.surface.partition(" ")
    return (bool(name) and kind.casefold() in _context().admin_heads and _acronym_fits(acronym, name)
            and (entity := known.get(defined.entity_id)) is not None and entity.entity_type == "location")


def _names_share_a_word(surface: str, entity: Entity | None) -> bool:
    """Whether a long form shares a word of three letters or more with the entity's names: "Kementerian Keuangan" with
    Kemenkeu's; not "Korea Aerospace Industries", whose initials are Kereta Api Indonesia's too (a body the
    gazetteer does not know, which the text defines)."""
    if entity is None:
        return True
    words = {w.casefold() for w in re.findall(r"\w{3,}", surface)}
    names = (entity.name, *curated().aliases_of(entity.entity_id))
    return any(words & {w.casefold() for w in re.findall(r"\w{3,}", name)} for name in names)


def _translated_names(body: str, mentions: list[EntityMention],
                      known: Mapping[str, Entity]) -> list[EntityMention]:
    """A body's name in another language, its curated acronym in brackets after it ("Indonesia's Ministry of
    Agriculture (Kementan)"): the acronym says which body the name is, though its letters are not the name's."""
    starts = {m.char_start: m for m in mentions}
    for m in list(mentions):
        if not m.entity_id.startswith("x-org-") or not body.startswith(" (", m.char_end):
            continue
        acronym = starts.get(m.char_end + 2)
        if (acronym is not None and body.startswith(")", acronym.char_end) and not acronym.entity_id.startswith("x-")
                and (entity := known.get(acronym.entity_id)) is not None and entity.entity_type == "organization"
                and _words_within(m.surface, entity.name)):
            # the bracketed one only: "Timor-Leste's Ministry of Agriculture" in the same article is another body
            mentions = [EntityMention(acronym.entity_id, m.surface, m.char_start, m.char_end) if other is m else other
                        for other in mentions]
    return mentions


def _words_within(name: str, other: str) -> bool:
    """Whether every word of `name` but its connectors is a word of `other`: "Ministry of Agriculture" of "Indonesian
    Ministry of Agriculture" (not Malaysia's "Ministry of Plantation and Commodities (KPK)", Indonesia's KPK)."""
    words = set(re.findall(r"[\w'-]+", other.casefold()))
    return all(w in words for w in re.findall(r"[\w'-]+", name.casefold()) if w not in _CONNECTORS and w != "the")


def _remapped(mentions: list[EntityMention], like: EntityMention, entity_id: str,
              skip: Collection[int] = ()) -> list[EntityMention]:
    """The mentions written as `like` is, of its entity, given `entity_id` instead (but those starting at `skip`)."""
    return [EntityMention(entity_id, m.surface, m.char_start, m.char_end)
            if m.entity_id == like.entity_id and m.surface == like.surface and m.char_start not in skip else m
            for m in mentions]


# Bodies named by their kind and their field, the field alone abbreviated: "Dinas Pekerjaan Umum (PU)",
# "Pengadilan Tindak Pidana Korupsi (Tipikor)". Not premises: "Kantor Dinas Kesehatan (Dinkes)" is Dinkes's office,
# "Markas Komando Daerah Militer (Kodam)" the Kodam's headquarters.
_FIELD_HEADS = frozenset({"dinas", "pengadilan", "kementerian", "direktorat", "balai", "biro"})


def _kind_before(body: str, start: int, mentions: Sequence[EntityMention]) -> str | None:
    """The kind's word right before `start` ("Dinas", "Pengadilan"), not inside a mention."""
    found = _WORD_BEFORE.search(body, max(0, start - 20), start)
    if found is None or any(m.char_start <= found.start(1) < m.char_end for m in mentions):
        return None
    word = found[1]
    return word if word.casefold() in _FIELD_HEADS else None


# A commission of the House, one organization however the House is written: "Komisi VIII DPR", "Komisi VIII DPR
# RI", "Komisi VIII Dewan Perwakilan Rakyat (DPR) RI"; and "Komisi VIII" alone after it.
_COMMISSION = re.compile(r"(?<![\w-])Komisi (?P<number>[IVX]{1,4}) (?:DPR(?: RI)?"
                         r"|Dewan Perwakilan Rakyat(?! Daerah)(?: \(DPR\))?(?: RI| Republik Indonesia)?)(?![\w-])")


def _parliament_commissions(body: str, mentions: list[EntityMention],
                            known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, "Komisi "):
        return mentions
    found: list[EntityMention] = []
    by_number: dict[str, str] = {}  # "Komisi VIII" -> the commission's id
    for match in _COMMISSION.finditer(body):
        entity = discovered_entity(f"Komisi {match['number']} DPR", "organization")
        known.setdefault(entity.entity_id, entity)
        by_number[f"Komisi {match['number']}"] = entity.entity_id
        found.append(EntityMention(entity.entity_id, match.group(0), match.start(), match.end()))
    if not found:
        return mentions
    return [EntityMention(by_number[m.surface], m.surface, m.char_start, m.char_end) if m.surface in by_number else m
            for m in _over(mentions, found)]


# A regional parliament's commission: "Komisi IV DPRD Sumatera Barat" = "Komisi IV DPRD Sumbar", and the bare "Komisi
# IV" of the same article when it names no other.
_REGIONAL_COMMISSION = re.compile(r"Komisi (?P<number>[IVX]{1,4}|[A-E]) (?P<council>DPRD .+)")
_COMMISSION_ALONE = re.compile(r"Komisi (?:[IVX]{1,4}|[A-E])")


def _regional_commissions(mentions: list[EntityMention], known: MutableMapping[str, Entity],
                          gaz: Gazetteer) -> list[EntityMention]:
    commissions: dict[str, set[str]] = {}  # "Komisi IV" -> the councils' commissions of that number
    out: list[EntityMention] = []
    bodies = _regional_bodies()
    councils = {m.char_start: m for m in mentions if known[m.entity_id].name.startswith("DPRD ")}
    joined = {id(m): council for m in mentions if _COMMISSION_ALONE.fullmatch(m.surface) and (
        council := councils.get(m.char_end + 1)) is not None}
    taken = {id(council) for council in joined.values()}
    for m in mentions:
        if id(m) in taken:
            continue  # the council's mention inside the commission's
        if (council := joined.get(id(m))) is not None:
            # "Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Parepare": the council's mention, spelled out
            entity = discovered_entity(f"{m.surface} {known[council.entity_id].name}", "organization")
            known.setdefault(entity.entity_id, entity)
            commissions.setdefault(m.surface, set()).add(entity.entity_id)
            out.append(EntityMention(entity.entity_id, f"{m.surface} {council.surface}", m.char_start,
                                     council.char_end))
            continue
        match = _REGIONAL_COMMISSION.fullmatch(m.surface) if m.entity_id.startswith("x-org-") else None
        council = _branch_named(match["council"], bodies, gaz) if match is not None else None
        if council is None:
            out.append(m)
            continue
        entity = discovered_entity(f"Komisi {match['number']} {council.name}", "organization")
        known.setdefault(entity.entity_id, entity)
        commissions.setdefault(f"Komisi {match['number']}", set()).add(entity.entity_id)
        out.append(EntityMention(entity.entity_id, m.surface, m.char_start, m.char_end))
    if not commissions:
        return mentions
    national = {name for m in out if m.entity_id in known and (name := known[m.entity_id].name).endswith(" DPR")}
    alone = {number: next(iter(ids)) for number, ids in commissions.items()
             if len(ids) == 1 and f"{number} DPR" not in national}  # not where the DPR's commission is named too
    return [EntityMention(alone[m.surface], m.surface, m.char_start, m.char_end)
            if m.surface in alone and m.entity_id.startswith("x-org-") else m for m in out]


# A rider or player named with the team or maker they race for, which the gazetteer knows: after its possessive in
# English ("Honda's Kaito Morishita", "KTM's Adrián Covas") or before it in brackets ("Kaito Morishita (Honda)").
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['\u2019-][A-Z]?[^\W\d_]+)?"
_AFTER_POSSESSIVE = re.compile(rf"['\u2019]s (?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?![\w'\u2019-])")
_BEFORE_BRACKET = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}) \($")


# A sports team the register does not know, by its name's last word: "Rendi Hidayat (KFC Cycling Team)".
_TEAM_TAILS = frozenset({"team", "club", "fc", "racing"})


def _people_with_their_team(body: str, mentions: list[EntityMention],
                            known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """The name of two or three words beside a known organization's possessive or bracket is a person's (a given
    name or a family name that is no ordinary word: not "Indonesia's Ministry of Health")."""
    if not _has(body, "'s ", "\u2019s ", " ("):
        return mentions
    found = []
    for m in mentions:
        entity = known.get(m.entity_id)
        if entity is None or entity.entity_type != "organization" or not (
                entity.curated or m.surface.rsplit(" ", 1)[-1].casefold() in _TEAM_TAILS):
            continue
        after = _AFTER_POSSESSIVE.match(body, m.char_end)
        before = _BEFORE_BRACKET.search(body, max(0, m.char_start - 60), m.char_start) if (
            body.endswith(")", 0, m.char_end + 1) and body[m.char_start - 2:m.char_start] == " (") else None
        for match in (after, before):
            if match is None:
                continue
            start, end = match.span("name")
            words = match["name"].split()
            # (before a bracket, a family name may be a word too: "Rendi Hidayat (KFC Cycling Team)"; the words
            # before it may not: "Indeks Standar Pencemar (ISPU)"; after a possessive none: "KKP's Directorate General")
            checked = words[:-1] if match is before else words
            if any(o.char_start < end and start < o.char_end for o in mentions) or any(
                    is_ordinary_word(word) for word in checked) or any(_is_head(word.casefold()) for word in words):
                continue
            person = discovered_entity(match["name"], "person")
            person = known.setdefault(person.entity_id, person)
            found.append(EntityMention(person.entity_id, match["name"], start, end))
    return _over(mentions, found) if found else mentions


# A nickname in quotes inside a person's name: 'Governor Eduardo "Edong" Palangdao', "Mohammad 'Ical' Rizal". Found
# from the quoted nickname (a quote mark is rarer than a capital: a tenth of the time of matching from the name).
# (the space before the quote is looked at after it: a pattern that opens with a class is searched for it, one
# that opens with a look-behind is tried at every offset, twice as slow)
_NICKNAME = re.compile(r"[\"\u201c'\u2018](?<= [\"\u201c'\u2018])(?P<nick>[A-Z][a-z]+)[\"\u201d'\u2019] "
                       r"(?P<family>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w-])")
_GIVEN_BEFORE_NICKNAME = re.compile(r"(?<![\w'\u2019-])(?P<given>[A-Z][a-z]+(?: [A-Z][a-z]+)?) $")


def _nicknamed_people(body: str, mentions: list[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A person named with a nickname in quotes, the name without it the entity's ("Eduardo Palangdao"); the name's
    words were cut at the quotes."""
    found = []
    roles = _context().role_words
    for match in _NICKNAME.finditer(body):
        before = _GIVEN_BEFORE_NICKNAME.search(body, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        given = before["given"].split()
        while given and given[0].casefold() in roles:
            given = given[1:]  # "Governor Eduardo": the office before the name
        if not given or _never_name(given[0]) or _never_name(match["family"].split()[0]) or _is_vocabulary(given[0]):
            continue  # not 'Perajin Batik "Mega Mendung" Cirebon', 'Lagu "Bengawan Solo" Gesang'
        start = before.end("given") - len(" ".join(given))
        if any(m.char_start < match.end() and start < m.char_end and (e := known.get(m.entity_id)) is not None
               and e.entity_type != "person" for m in mentions):
            continue  # a known place or body inside: 'Karnaval "Bangkit" Denpasar'
        person = discovered_entity(f"{' '.join(given)} {match['family']}", "person")
        known.setdefault(person.entity_id, person)
        found.append(EntityMention(person.entity_id, body[start:match.end()], start, match.end()))
    return _over(mentions, found) if found else mentions


# "MS alias Aman Dini", "Budi Santoso alias Ucok": the name a person also goes by, as police reports write it.
_ALIAS_BETWEEN = frozenset({" alias ", ", alias ", " als. ", " alias: "})


def _people_also_called(body: str, mentions: list[EntityMention],
                        known: Mapping[str, Entity]) -> list[EntityMention]:
    """A person and the name after "alias" are one person, under the name written first."""
    if not _has(body, " alias", " als."):
        return mentions
    people = {m.char_start: m for m in mentions if known[m.entity_id].entity_type == "person"}
    moved: dict[str, str] = {}
    for person in people.values():
        for between in _ALIAS_BETWEEN:
            other = people.get(person.char_end + len(between))
            if other is not None and body.startswith(between, person.char_end) and (
                    other.entity_id != person.entity_id and not known[other.entity_id].curated):
                moved[other.entity_id] = moved.get(person.entity_id, person.entity_id)
    return _with_moved_ids(mentions, moved)


def _persons_initials(name: str, acronym: str) -> bool:
    """Whether `acronym` is the initials of a name that opens with a given name ("Hendra Wirakusuma (HW)": the
    KPK writes suspects by their initials)."""
    words = name.split()
    return (2 <= len(words) <= 4 and words[0].casefold() in _context().given_names
            and acronym == "".join(w[0] for w in words))


def _initials_of_people(body: str, mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """A person's initials defined after their name, and written again, are that person, even where the gazetteer
    reads them as an acronym ("Bambang Irawan (BI) ... BI diduga": not Bank Indonesia)."""
    ends = {m.char_end: m for m in mentions}
    people: dict[str, str] = {}  # initials -> the person's id
    others: set[str] = set()  # initials the text also defines for something else ("Bank Indonesia (BI)")
    for match in _definitions(body):
        person = ends.get(match.start())
        entity = known.get(person.entity_id) if person is not None else None
        if entity is not None and entity.entity_type == "person" and _persons_initials(person.surface,
                                                                                       match["acronym"]):
            people.setdefault(match["acronym"], person.entity_id)
        else:
            others.add(match["acronym"])
    people = {initials: person_id for initials, person_id in people.items() if initials not in others}
    if not people:
        return mentions
    found = sorted((EntityMention(person_id, initials, start, end) for initials, person_id in people.items()
                    for start, end in _standalone(body, initials)), key=lambda m: m.char_start)
    return _over(mentions, found)


# Police and courts write suspects by their initials with an age, or after "berinisial": "LJK (34) dan CAW (29)",
# "berinisial DMR (41)". Initials are a person's; the person the article names in full when their initials
# spell them ("Liam James Kearney" in a later paragraph), else a person known only by them.
_INITIALS_OF_SUSPECT = re.compile(
    r"(?:\b(?:(?:ber)?inisial|initials),?\s+(?P<cued>[A-Z]{2,4})\b"
    # right after the word for a suspect or a defendant, the clause ending there: "berkas tersangka DRS, manajer"
    r"|\b(?:[Tt]ersangka|[Tt]erdakwa|[Tt]erpidana)\s(?P<accused>[A-Z]{2,4})(?=[,.;)]|\s\()"
    # "identified only as HS, whom ...": the initials end the clause (not "identified as IS militants").
    r"|\bidentified (?:only )?(?:by the initials |as )(?P<named>[A-Z]{2,4})(?=[,.;)]|\s\()"
    r"|(?<![\w-])(?P<aged>[A-Z]{2,4})(?: ?\((?P<age>\d{1,2})\)|, (?P<age_between_commas>\d{2}),))")
# Initials with an age are a person's only near a word that introduces people (not "PKB (6), PSI (3)" of seats,
# "THA (45)" of a medal table).
_PEOPLE_CUE = re.compile(r"\b(?:(?:ber)?inisial|tersangka|pelaku|korban|terdakwa|terpidana|pria|wanita|perempuan|"
                         r"warga|WNA|turis|wisatawan|sopir|pengemudi|suspects?|men|women|man|woman)\b", re.I)
# An arrest names a person when the figure after the initials is an adult's age ("menangkap HS (38)"; not "dua unit
# HP (2)", "in NSW (12) and QLD (8)").
_ARREST_CUE = re.compile(r"\b(?:menangkap|ditangkap|mengamankan|diamankan|arrested|detained)\b", re.I)
MIN_ARRESTED_AGE = 15
_PEOPLE_CUE_REACH = 80
_AGE_IN_BRACKETS = re.compile(r"\(\d{1,2}\)")
# ... or with where the person comes from right after the age: "LJK (34) asal Australia".
_ORIGIN_AFTER = re.compile(r",? (?:asal|warga|seorang|from|of)\b")


def _after_a_legal_form(body: str, initials: str) -> bool:
    return re.search(rf"\b(?:PT|CV|UD|PD) {re.escape(initials)}\b", body) is not None


def _people_by_initials(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity],
                        gaz: Gazetteer, learned: Mapping[str, str]) -> list[EntityMention]:
    if not _has(body, "nisial", "identified", "initials", "tersangka", "terdakwa", "terpidana", "suspects") and (
            _AGE_IN_BRACKETS.search(body) is None):
        return mentions  # (a quick scan for the one form left, "HS (38)": the whole pattern tries every position)
    initials = {m["cued"] or m["accused"] or m["named"] or m["aged"] for m in _INITIALS_OF_SUSPECT.finditer(body)
                if m["cued"] or m["accused"] or m["named"]
                or _PEOPLE_CUE.search(body, max(0, m.start() - _PEOPLE_CUE_REACH), m.start())
                or (m["age"] is not None and _ORIGIN_AFTER.match(body, m.end())) or (
                    m["age"] is not None and int(m["age"]) >= MIN_ARRESTED_AGE
                    and _ARREST_CUE.search(body, max(0, m.start() - _PEOPLE_CUE_REACH), m.start()))}
    initials |= _listed_initials(body)
    # Not an acronym the gazetteer or the text gives a meaning ("KPK (2)", "BI"), nor one already a mention.
    taken = {m.surface for m in mentions}
    # (nor a common acronym, "tersangka TPPU", nor a company's name after its legal form, "PT ABC"; review 46b)
    initials = {i for i in initials if i.casefold() not in gaz.alias_keys and i not in learned and i not in taken
                and i.casefold() not in _context().case_acronyms and not _after_a_legal_form(body, i)}
    if not initials:
        return mentions
    by_initials: dict[str, str] = {}
    for m in mentions:
        entity = known.get(m.entity_id)
        words = m.surface.split()
        if entity is not None and entity.entity_type == "person" and 2 <= len(words) <= 4:
            by_initials.setdefault(_initials(words), m.entity_id)
    found = []
    for letters in sorted(initials):
        person_id = by_initials.get(letters)
        if person_id is None:
            person = discovered_entity(letters, "person")
            known.setdefault(person.entity_id, person)
            person_id = person.entity_id
        found.extend(EntityMention(person_id, letters, start, end) for start, end in _standalone(body, letters))
    return _over(mentions, sorted(found, key=lambda m: m.char_start))


# Suspects listed by their initials after a word for them: "Sembilan tersangka yang ditangkap ialah AB, CD, EF, dan
# GH" (three at least; the list ends the clause).
_INITIALS_LIST = re.compile(r"(?<![\w-])(?:[A-Z]{2,4}, ){2,}(?:dan |and )?[A-Z]{2,4}(?=[,.;)]|\s\()")
_SUSPECTS_BEFORE = re.compile(r"\b(?:tersangka|pelaku|terdakwa|terpidana|suspects|defendants)\b", re.I)


def _listed_initials(body: str) -> set[str]:
    return {letters for m in _INITIALS_LIST.finditer(body)
            if _SUSPECTS_BEFORE.search(body, max(0, m.start() - _PEOPLE_CUE_REACH), m.start())
            for letters in re.findall(r"[A-Z]{2,4}", m[0])}


# A person named in full with three or four words is written by those initials elsewhere in the report, without a
# definition in brackets ("Kepala Dinas PUPR Hendra Wijaya Saputra ..." then "Tersangka HWS diduga ..."): three letters
# at least, which a person's name rarely spells by chance (two are "BI", "PT").
MIN_NAMED_INITIALS = 3
# Initials that spell a common acronym are a person's only right after a word that introduces people ("terdakwa
# TPS"): name_context.yaml's common_acronyms ("ASN", "BBM", "TPS", "PKL"; reviews 45a, 45c). Not by how frequent the
# letters are as a word: given names are ("ADI", "SRI"; review 45b), and so are a fifth of a suspect's initials ("MRS",
# "MAS", "ANI"; review 45d).
INITIALS_CUE_REACH = 25


def _common_acronym(letters: str) -> bool:
    return letters.casefold() in _context().common_acronyms


def _initials_of_people_named_in_full(body: str, mentions: list[EntityMention], known: Mapping[str, Entity],
                                      gaz: Gazetteer, learned: Mapping[str, str]) -> list[EntityMention]:
    """The initials of a person the article names in full are that person, where they stand alone and nothing but
    a name discovered from them (an unknown acronym) was read there; not initials the gazetteer knows or the text
    defines for something else ("Kejadian Luar Biasa (KLB)" beside "Kristoforus Leo Bunga")."""
    people: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.surface.split()
        entity = known.get(m.entity_id)
        if entity is not None and entity.entity_type == "person" and MIN_NAMED_INITIALS <= len(words) <= 4 and all(
                w[:1].isupper() and w.isalpha() for w in words):
            people[_initials(words)].add(m.entity_id)
    # (nor letters a body's name holds: "PT MRT Jakarta" beside "Moda Raya Terpadu", misread as a person)
    in_bodies = {word for m in mentions if m.entity_id in known and known[m.entity_id].entity_type != "person"
                 and " " in m.surface for word in m.surface.split()}
    initials = {letters: ids.pop() for letters, ids in people.items() if len(ids) == 1 and len(letters) >= (
        MIN_NAMED_INITIALS) and letters.casefold() not in gaz.alias_keys and letters not in learned
        and letters not in in_bodies}
    if not initials:
        return mentions
    found = []
    for letters, person_id in initials.items():
        for start, end in _standalone(body, letters):
            if _common_acronym(letters) and _PEOPLE_CUE.search(
                    body, max(0, start - INITIALS_CUE_REACH), start) is None:
                continue  # letters Indonesian writes all the time ("ASN", "BBM", "TPS"), unless a suspect's
            there = [m for m in mentions if m.char_start < end and start < m.char_end]
            if all((m.char_start, m.char_end) == (start, end) and m.entity_id.startswith("x-")
                   and known[m.entity_id].entity_type != "person" for m in there):
                found.append(EntityMention(person_id, letters, start, end))
    if not found:
        return mentions
    return _over(mentions, sorted(found, key=lambda m: m.char_start))


def _admin_heads_before_acronyms(mentions: list[EntityMention], learned: Mapping[str, str],
                                 known: Mapping[str, Entity]) -> list[EntityMention]:
    """"Kabupaten TTS" after "Timor Tengah Selatan (TTS)": the place the article's acronym stands for."""
    heads = _context().admin_heads
    out = []
    for m in mentions:
        words = m.surface.split()
        place = learned.get(words[-1]) if len(words) == 2 and words[0].casefold() in heads else None
        if place is not None and m.entity_id.startswith("x-loc-") and known[place].entity_type == "location":
            m = EntityMention(place, m.surface, m.char_start, m.char_end)
        out.append(m)
    return out


def _acronym_mentions(body: str, mentions: Sequence[EntityMention], learned: dict[str, str]) -> list[EntityMention]:
    """Later uses of the acronyms the article defines."""
    covered = [(m.char_start, m.char_end) for m in mentions]
    found = []
    for acronym, entity_id in learned.items():
        for start, end in _standalone(body, acronym):
            if not any(s <= start < e for s, e in covered):
                found.append(EntityMention(entity_id, acronym, start, end))
    return found


def _legal_form_acronyms(body: str, mentions: list[EntityMention], learned: Mapping[str, str]) -> list[EntityMention]:
    """"PT IMIP" after "PT Indonesia Morowali Industrial Park (IMIP)": the company's legal form and the initials the
    article defined for it name that company; so do they with the words the definition is followed by: "PT BPD Bali"
    after "PT Bank Pembangunan Daerah (BPD) Bali"."""
    if not learned:
        return mentions
    out = []
    for m in mentions:
        form, _, rest = m.surface.partition(" ")
        acronym, _, tail = rest.partition(" ")
        if form.casefold() in _LEGAL_FORMS and (
                (rest in learned and m.entity_id != learned[rest])
                or (tail and acronym in learned and m.entity_id != learned[acronym] and f"({acronym}) {tail}" in body)):
            m = EntityMention(learned[rest if rest in learned else acronym], m.surface, m.char_start, m.char_end)
        out.append(m)
    return out


# A brand written as one word with capitals inside: "KelanaFood", "ShopeePay", "GoPay". Not a surname's prefix
# ("McCarthy", "DeSantis", "LeBron", "MacArthur", "DiCaprio", "VanDyke", "O'Neil").
# Five letters or more: "NaCl" is a formula.
_CAMEL_CASE = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z])(?=\w{5})[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
# Who makes a service's content is no company ("YouTuber", "TikToker"); a repeated word is a stage name ("BamBam").
_CAMEL_CASE_NOT = re.compile(r"(?:er|ers)$|^([A-Z][a-z]+)\1$")


def _brands_before_people(mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A brand run together before a person's name is the brand, then the person: "Direktur Utama DanaMitra Wisnu
    Hartanto" (discovery reads the capitalised run as one name), where the text names the company whose first words
    the brand runs together ("PT Dana Mitra Nusantara"; not "JoAnne Marie Stevens")."""
    brands = _company_first_words(mentions, known)
    if not brands:
        return mentions
    out = []
    for m in mentions:
        first, _, rest = m.surface.partition(" ")
        entity = known.get(m.entity_id)
        if (entity is None or entity.entity_type != "person" or entity.curated or len(rest.split()) < 2
                or first.casefold() not in brands or not _CAMEL_CASE.match(first)):
            out.append(m)
            continue
        brand = known.setdefault(discovered_entity(first, "organization").entity_id,
                                 discovered_entity(first, "organization"))
        person = known.setdefault(discovered_entity(rest, "person").entity_id, discovered_entity(rest, "person"))
        start = m.char_start + len(first) + 1
        out += [EntityMention(brand.entity_id, first, m.char_start, m.char_start + len(first)),
                EntityMention(person.entity_id, rest, start, m.char_end)]
    return out


def _camel_case_names(body: str, tokens: Sequence[_Token], mentions: Sequence[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """Companies' and services' names written as one word with capitals inside, where nothing else took them and
    no person of the article bears them."""
    surnames = {word for m in mentions if known[m.entity_id].entity_type == "person" for word in m.surface.split()}
    covered = sorted((m.char_start, m.char_end) for m in mentions)
    starts = [start for start, _ in covered]
    found = []
    for token in tokens:
        if not (token.capitalised and _CAMEL_CASE.match(token.text)) or token.text in surnames or (
                _CAMEL_CASE_NOT.search(token.text)):
            continue
        k = bisect_right(starts, token.start) - 1
        if k >= 0 and token.start < covered[k][1]:
            continue
        entity = known.setdefault(discovered_entity(token.text, "organization").entity_id,
                                  discovered_entity(token.text, "organization"))
        found.append(EntityMention(entity.entity_id, token.text, token.start, token.end))
    return found


# --- linking later references -----------------------------------------------------------------------


def _repeated_names(body: str, mentions: Sequence[EntityMention],
                    known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A discovered name written again, and the bare name of a discovered "Kabupaten ..." place."""
    forms: dict[str, str] = {}
    for m in mentions:
        entity = known[m.entity_id]
        if entity.curated or (len(m.surface.split()) < 2 and entity.entity_type != "person"):
            continue  # a one-word person was found with a cue (_single_name_people): its name is written again
        forms.setdefault(m.surface, m.entity_id)
        if entity.entity_type == "location" and entity.name != m.surface and entity.name[0].isupper():
            forms.setdefault(entity.name, m.entity_id)  # "Tana Toraja" of "Kabupaten Tana Toraja"
        head = m.surface.split()[0].casefold()
        if entity.entity_type == "organization" and head in _LEGAL_FORMS:
            forms.setdefault(_core(m.surface), m.entity_id)  # "Kirim Cepat Nusantara" of "PT Kirim ..."
        if entity.entity_type == "organization" and head in _REGIONAL_HEADS and _core(m.surface)[0].isupper():
            place = discovered_entity(_core(m.surface), "location")  # "Polres Tana Toraja": Tana Toraja
            known.setdefault(place.entity_id, place)
            forms.setdefault(place.name, place.entity_id)
    covered = [(m.char_start, m.char_end) for m in mentions]
    found = []
    for form, entity_id in forms.items():
        for start, end in _standalone(body, form):
            if not any(s < end and start < e for s, e in covered):
                found.append(EntityMention(entity_id, form, start, end))
                covered.append((start, end))
    return found


def _standalone(body: str, form: str) -> Iterator[tuple[int, int]]:
    """Non-overlapping spans of `form` in `body`, left to right, not inside a longer word or hyphenated
    compound. str.find, not a regular expression per name: each article's names would be compiled anew."""
    start = body.find(form) if form else -1
    while start >= 0:
        end = start + len(form)
        if not (_joins(body, start - 1) or _joins(body, end)):
            yield start, end
            start = body.find(form, end)
        else:
            start = body.find(form, start + 1)


def _joins(body: str, index: int) -> bool:
    """Whether the character at `index` (if any) continues a word: a letter, digit, underscore or hyphen."""
    if not 0 <= index < len(body):
        return False
    char = body[index]
    return char.isalnum() or char in "_-"


_AFTER_LEGAL_FORM = re.compile(r"(?<![\w-])(?:PT|CV)\.? $")  # not "Perum": also a housing estate
# ... or after the first words of the company's name in title case ("Mandiri" in "PT Nur Arafah Mandiri Wisata"; not
# after an acronym: "PT MRT Jakarta Yusron Adikusuma" is the company, then its director)
# (a rural or regional bank's kind may come first: "PT BPR Sinar Bulukumba Sejahtera")
_AFTER_LEGAL_FORM_AND_WORDS = re.compile(
    r"(?<![\w-])(?:PT|CV)\.? (?:(?-i:BPR|BPRS|BPD|Bank Perekonomian Rakyat(?: Syariah)?|Bank Perkreditan Rakyat"
    r"|Bank Pembangunan Daerah) )?(?:(?-i:[A-Z][a-z][\w'\u2019-]*) ){1,2}$")
# ... or right after the bank's kind, when a word companies' names end with follows ("PT BPR Bulukumba Sejahtera"; "PT
# BPR Bulukumba Yusron ..." is the bank, then a person)
_AFTER_BANK_KIND = re.compile(r"(?<![\w-])PT\.? (?-i:BPR|BPRS|BPD) $")
_CAPITALISED_NEXT = re.compile(r" [A-Z][\w'\u2019-]")
_NEXT_WORD = re.compile(r" ([A-Z][\w'\u2019-]*)")


def _without_places_inside_company_names(body: str, mentions: list[EntityMention],
                                         known: Mapping[str, Entity]) -> list[EntityMention]:
    """"PT Borneo Sehat Nusantara", "PT Jakarta Propertindo": a place right after a legal form, with more of the
    name after it, is a word of the company's name (discovery then reads the whole name), not a place; so is an
    organization ("PT BRI Danareksa Sekuritas", "PT Danantara Asset Management": a subsidiary of its own); and so is
    a place right after such a place ("Rantau" in "PT Borneo Rantau Energi")."""
    kept, inside_end = [], -1
    for m in mentions:
        if known[m.entity_id].entity_type in ("location", "organization") and (
                (inside_end >= 0 and m.char_start == inside_end + 1 and body[inside_end] == " ")
                or _AFTER_LEGAL_FORM.search(body, max(0, m.char_start - 8), m.char_start) is not None
                or _AFTER_LEGAL_FORM_AND_WORDS.search(body, max(0, m.char_start - 40), m.char_start) is not None
                or (_AFTER_BANK_KIND.search(body, max(0, m.char_start - 10), m.char_start) is not None
                    and (following := _NEXT_WORD.match(body, m.char_end)) is not None
                    and following[1].casefold() in _context().company_endings)) and (
                _CAPITALISED_NEXT.match(body, m.char_end) is not None):
            inside_end = m.char_end
            continue
        kept.append(m)
    return kept


# "Rizky Ananda alias Kiki": the name after "alias" is the same person's nickname (court and police reports).
_ALIAS_AFTER = re.compile(r" alias (?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})")


_LEADING_JOINERS = frozenset({"and", "the", "of", "dan", "serta", "a", "an"})


def _without_leading_connectors(
        discovered: list[tuple[Entity, EntityMention]]) -> list[tuple[Entity, EntityMention]]:
    """A body's name never opens with a joining word: "the Police Commissioner and the Defence Force" names the
    Defence Force, not "and the Defence Force" (the role before it is left out, the words between it kept)."""
    out = []
    for entity, mention in discovered:
        words = mention.surface.split(" ")
        if len(words) > 1 and words[0] in _LEADING_JOINERS:
            k = next((j for j, word in enumerate(words) if word not in _LEADING_JOINERS), len(words))
            if k == len(words):
                continue
            cut = len(" ".join(words[:k])) + 1
            entity = discovered_entity(" ".join(words[k:]), entity.entity_type)
            mention = EntityMention(entity.entity_id, mention.surface[cut:], mention.char_start + cut, mention.char_end)
        out.append((entity, mention))
    return out


# "Tahun Anggaran 2023" (the fiscal year) or "Tahun 2023" after a name, capitalised as budgets write it.
_YEAR_AFTER_NAME = re.compile(r" Tahun(?: Anggaran)?$| Tahun(?: Anggaran)? (?=\d)")


def _without_the_year(discovered: list[tuple[Entity, EntityMention]]) -> list[tuple[Entity, EntityMention]]:
    """A name never runs into the year that follows it: "Kampung Mesjid Tahun Anggaran 2023" names Kampung Mesjid."""
    out = []
    for entity, mention in discovered:
        cut = _YEAR_AFTER_NAME.search(mention.surface)
        if cut is not None:
            kept = mention.surface[:cut.start()]
            name_cut = _YEAR_AFTER_NAME.search(entity.name)
            if " " not in kept or name_cut is None:
                continue
            entity = discovered_entity(entity.name[:name_cut.start()], entity.entity_type)
            mention = EntityMention(entity.entity_id, kept, mention.char_start, mention.char_start + len(kept))
        out.append((entity, mention))
    return out


_HEAD_OF = re.compile(r"\b(?:[Hh]ead of|[Kk]epala) $")
# A post's department before the firm's name: "Head of Equity Research", "Kepala Riset".
_DEPARTMENT_WORDS = frozenset({"research", "riset", "equity", "investment", "investasi", "strategy", "strategi",
                               "marketing", "sales", "communications", "communication", "corporate", "public",
                               "relations", "operations", "economics", "ekonomi", "fixed", "income", "treasury"})


def _without_the_department(body: str,
                            discovered: list[tuple[Entity, EntityMention]]) -> list[tuple[Entity, EntityMention]]:
    """"Head of Research Kiwoom Sekuritas Indonesia", "Kepala Riset Phintraco Sekuritas": the post's department is
    no word of the firm's name (Indonesian business news often keeps the English title)."""
    out = []
    for entity, mention in discovered:
        words = mention.surface.split(" ")
        if entity.entity_type == "organization" and len(words) > 2 and _HEAD_OF.search(
                body, max(0, mention.char_start - 10), mention.char_start):
            k = 0
            while k < len(words) - 2 and words[k].casefold() in _DEPARTMENT_WORDS:
                k += 1  # "Equity Research", "Corporate Communications" (the firm keeps two words at least)
            if k and is_ordinary_word(words[k]) and any(word.casefold() in _context().org_heads for word in words[k:]):
                k = 0  # the words run on in a public body's own name: "head of Public Works Department Penang" (not
                # a firm's: "Head of Research Samuel Sekuritas Indonesia")
            if k:
                cut = len(" ".join(words[:k])) + 1
                entity = discovered_entity(" ".join(words[k:]), entity.entity_type)
                mention = EntityMention(entity.entity_id, mention.surface[cut:], mention.char_start + cut,
                                        mention.char_end)
        out.append((entity, mention))
    return out


def _bodies_by_their_last_words(body: str, mentions: list[EntityMention],
                                known: Mapping[str, Entity]) -> list[EntityMention]:
    """A discovered body named by the last words of one curated body's name in the article: "Defence Force" after
    "Papua New Guinea Defence Force" is that force (with two such bodies, "Air Force" names neither; a discovered
    name's last words are no short name: "DPRD Kudus" is not "Komisi D DPRD Kudus"; nor is one after a possessive:
    "South Korea's Air Force" is not the Indonesian Air Force)."""
    bodies = {m.entity_id: m.surface.split() for m in mentions if not m.entity_id.startswith("x-")
              and known[m.entity_id].entity_type == "organization" and len(m.surface.split()) >= 3}
    moved: dict[str, str] = {}
    for m in mentions:
        words = m.surface.split()
        if not m.entity_id.startswith("x-org-") or len(words) < 2 or m.entity_id in bodies or (
                body[max(0, m.char_start - 3):m.char_start] in ("'s ", "\u2019s ")):
            continue
        if (owner := _sole_owner(words, bodies, at_end=True)) is not None:
            moved[m.entity_id] = owner
    return _with_moved_ids(mentions, moved)


def _sole_owner(words: list[str], names: Mapping[str, list[str]], at_end: bool = False,
                rest_fits: Callable[[list[str]], bool] | None = None) -> str | None:
    """The one entity of `names` whose longer name opens (`at_end`: ends) with `words`, the rest of it fitting
    `rest_fits` when given; None when none or several do."""
    n = len(words)
    owners = {owner for owner, name in names.items() if len(name) > n and (name[-n:] if at_end else name[:n]) == words
              and (rest_fits is None or rest_fits(name[:-n] if at_end else name[n:]))}
    return owners.pop() if len(owners) == 1 else None


def _with_moved_ids(mentions: list[EntityMention], moved: Mapping[str, str]) -> list[EntityMention]:
    """The mentions, each of an entity in `moved` given the entity it was found to name (the same list when none)."""
    if not moved:
        return mentions
    return [EntityMention(moved[m.entity_id], m.surface, m.char_start, m.char_end) if m.entity_id in moved else m
            for m in mentions]


def _places_by_their_first_words(mentions: list[EntityMention], known: Mapping[str, Entity]) -> list[EntityMention]:
    """A discovered "person" or body named by the first words of one place the article names with more words:
    "Tanah Merah" after "Tanah Merah Ferry Terminal", "HarbourFront" after "HarbourFront Centre": that place. Not a
    person whose name opens with a given name: places are named after people ("Ahmad Yani" and the airport)."""
    places = {m.entity_id: m.surface.split() for m in mentions
              if known[m.entity_id].entity_type == "location" and len(m.surface.split()) >= 2}
    moved: dict[str, str] = {}
    for m in mentions:
        words = m.surface.split()
        if not m.entity_id.startswith(("x-per-", "x-org-")) or m.entity_id in places or (
                m.entity_id.startswith("x-per-") and words[0].casefold() in given_names()):
            continue
        if (owner := _sole_owner(words, places)) is not None:
            moved[m.entity_id] = owner
    # A place the article found by its name, written with its kind after it elsewhere: "Tanjung Perak" after "Tanjung
    # Perak Port" (English tails: a port, an airport, a bridge ...) is that place.
    tails = _context().place_tails_capitalised
    for m in mentions:
        if m.entity_id.startswith("x-loc-") and m.entity_id not in moved and (owner := _sole_owner(
                m.surface.split(), places, rest_fits=lambda rest: len(rest) == 1 and rest[0].casefold() in tails
        )) is not None and owner.startswith("x-loc-"):
            moved[m.entity_id] = owner
    return _with_moved_ids(mentions, moved)


MIN_UNDEFINED_INITIALS = 3
MIN_BARE_COMPANY_INITIALS = 4


def _initials_of_named_bodies(body: str, mentions: list[EntityMention],
                              known: Mapping[str, Entity]) -> list[EntityMention]:
    """Initials the article never defines that spell the name of exactly one body it names ("DAPA" after "Defense
    Acquisition Program Administration"): that body. Not a kind of body's name ("Pemerintah Kota Surabaya" is no
    "PKS")."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        words = m.surface.split()
        entity = known.get(m.entity_id)
        # (a company's initials are its name's, its legal form before them: "CV KBL" after "CV Karya Betang Lestari")
        form = words[0] if len(words) > MIN_UNDEFINED_INITIALS and words[0].casefold() in _LEGAL_FORMS else ""
        words = words[1:] if form else words
        if entity is None or entity.entity_type != "organization" or len(words) < MIN_UNDEFINED_INITIALS or (
                _is_head(words[0].casefold())) or not all(
                    w[:1].isupper() or w.casefold() in _CONNECTORS for w in words):
            continue
        # (with its legal form, or alone when four letters or more: "SMP" alone is a school level, not "PT Surya
        # Mandiri Pratama"; "IKPP" is "PT Indah Kiat Pulp and Paper")
        initials = _initials(words).upper()
        if not form or len(initials) >= MIN_BARE_COMPANY_INITIALS:
            owners.setdefault(initials, set()).add(m.entity_id)
        if form:
            owners.setdefault(f"{form} {initials}", set()).add(m.entity_id)
    owners = {acronym: ids for acronym, ids in owners.items()
              if len(ids) == 1 and len(acronym) >= MIN_UNDEFINED_INITIALS}
    if not owners:
        return mentions
    mentions = _with_moved_ids(mentions, {m.entity_id: next(iter(owners[m.surface])) for m in mentions
                                          if " " in m.surface and m.surface in owners and m.entity_id.startswith(
                                              "x-org-") and m.entity_id not in owners[m.surface]})
    # Only initials no other body holds: a curated body's stay its own ("ADB" is the Asian Development Bank's, though
    # the article names the African Development Bank too).
    out = list(mentions)
    covered = [(m.char_start, m.char_end) for m in out]
    for acronym, ids in owners.items():
        out.extend(EntityMention(next(iter(ids)), acronym, start, end) for start, end in _standalone(body, acronym)
                   if not any(s < end and start < e for s, e in covered))
    return out


def _firms_by_their_first_words(mentions: list[EntityMention], people: list[EntityMention],
                                known: Mapping[str, Entity], moved: Mapping[str, str]) -> dict[str, str]:
    """A discovered "person" named by the first words of a firm named in the article, the rest of its name its trade
    and legal form ("Bayu Selatan" after "Bayu Selatan Logistics Sdn Bhd"): the firm, by its short name."""
    ctx = _context()
    # (after its legal form: "Rihlah Qalbu" after "PT Rihlah Qalbu Mandiri", the rest a company's ending)
    firms = {m.entity_id: words[1:] if words[0].casefold() in _LEGAL_FORMS else words for m in mentions
             if known[m.entity_id].entity_type == "organization" and len(words := m.surface.split()) >= 3}
    found: dict[str, str] = {}
    for mention in people:
        words = mention.surface.split()
        if not mention.entity_id.startswith("x-per-") or len(words) < 2 or mention.entity_id in moved:
            continue
        if (owner := _sole_owner(words, firms, rest_fits=lambda rest: all(
                w.casefold() in ctx.org_tails or w.casefold() in ctx.firm_words or w.casefold() in ctx.company_endings
                for w in rest))) is not None:
            found[mention.entity_id] = owner
    return found


MIN_CUT_GIVEN_NAME = 4


def _given_name_cut(short: str, given: str) -> bool:
    """Whether `short` is `given` cut short, as a familiar form: "Frans" of "Fransiskus", "Yohan" of "Yohanes"; or as
    it is written short, with or without a stop: "Moh" and "Moh." of "Mohammad"."""
    short = short.rstrip(".")
    least = 3 if short in _ABBREVIATED_GIVEN_NAMES else MIN_CUT_GIVEN_NAME
    return least <= len(short) < len(given) and given.startswith(short)


def _short_forms_and_aliases(body: str, mentions: list[EntityMention],
                             known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A discovered person named by the first or last words of one longer name in the article ("Shahrul Nizam"
    after "Shahrul Nizam Ahmad"), or by its first and last word ("Agustinus Nahak" after "Agustinus Bere Nahak"),
    is that person; so is the nickname after "alias"."""
    people = [m for m in mentions if known[m.entity_id].entity_type == "person"]
    if not people:
        return mentions
    full_names = {m.entity_id: m.surface.split() for m in people if len(m.surface.split()) >= 3}
    moved: dict[str, str] = {}
    for mention in people:
        words = mention.surface.split()
        if not mention.entity_id.startswith("x-per-") or len(words) < 2 or mention.entity_id in full_names:
            continue
        owners = {owner for owner, name in full_names.items()
                  if len(name) > len(words) and (name[:len(words)] == words or name[-len(words):] == words
                                                 or (len(words) == 2 and words == [name[0], name[-1]]))}
        if not owners and len(words) == 2:
            # the given name cut short, the family name whole: "Frans Jemadu" after "Fransiskus Xaverius Jemadu" (a
            # name written in full, of three words or more), "Moch Nurhadi" beside "Mochammad Nurhadi" (a short form
            # written so); not "Budi Santoso" beside "Budiman Santoso", two people
            owners = {m.entity_id for m in people if m.entity_id != mention.entity_id and len(
                name := m.surface.split()) >= (2 if words[0].rstrip(".") in _ABBREVIATED_GIVEN_NAMES else 3)
                and name[-1] == words[-1] and _given_name_cut(words[0], name[0])}
        if len(owners) == 1:
            moved[mention.entity_id] = owners.pop()
    moved.update(_firms_by_their_first_words(mentions, people, known, moved))
    extra: list[EntityMention] = []
    for mention in people:
        after = _ALIAS_AFTER.match(body, mention.char_end)
        if after is None:
            continue
        start, end = after.start("name"), after.end("name")
        nickname = next((m for m in mentions if m.char_start == start and m.char_end == end), None)
        owner = moved.get(mention.entity_id, mention.entity_id)
        if nickname is None:
            extra.append(EntityMention(owner, after["name"], start, end))
        elif known[nickname.entity_id].entity_type == "person" and nickname.entity_id.startswith("x-per-"):
            moved[nickname.entity_id] = owner
    if not moved and not extra:
        return mentions
    covered = [(m.char_start, m.char_end) for m in mentions]
    extra = [m for m in extra if not any(s < m.char_end and m.char_start < e for s, e in covered)]
    # Unsorted: extract_entities sorts every mention once, after the last pass.
    return [*(EntityMention(moved.get(m.entity_id, m.entity_id), m.surface, m.char_start, m.char_end)
              for m in mentions), *extra]


# Manggala Agni's fire brigade of an operating area, however the two names are ordered: "Manggala Agni Daops
# Pontianak", "Daops Manggala Agni Pontianak", "Daops Siak": one brigade, named after its area.
_FIRE_BRIGADE = re.compile(r"(?<![\w-])(?:Manggala Agni )?Daops (?:Manggala Agni )?"
                           r"(?P<area>(?!Manggala\b)(?-i:[A-Z][\w-]+)(?: (?-i:[A-Z][a-z][\w-]*)){0,2})(?![\w-])")


def _fire_brigades(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, "Daops"):
        return mentions
    found = []
    for match in _FIRE_BRIGADE.finditer(body):
        words = match["area"].split(" ")
        # the longest run of words that names a place ("Daops Ogan Komering Ilir"), else the first word: "Daops
        # Pontianak Hermanus Tarigan" is the area and the head's name after it
        area = next((" ".join(words[:k]) for k in range(len(words), 1, -1) if is_known_place(" ".join(words[:k]))),
                    words[0])
        end = match.start("area") + len(area)
        brigade = discovered_entity(f"Manggala Agni Daops {area}", "organization")
        known.setdefault(brigade.entity_id, brigade)
        found.append(EntityMention(brigade.entity_id, body[match.start():end], match.start(), end))
    return _over(mentions, found) if found else mentions


MIN_TOWNLESS_BODY_WORDS = 3


def _bodies_without_their_town(mentions: list[EntityMention], known: MutableMapping[str, Entity],
                               gaz: Gazetteer) -> list[EntityMention]:
    """"Stasiun Meteorologi Supadio Pontianak", later "Stasiun Meteorologi Supadio": a body's name of three words or
    more, then the same with its town after it, is one body."""
    names = {known[m.entity_id].name: m.entity_id for m in mentions
             if m.entity_id.startswith("x-org-") and len(known[m.entity_id].name.split()) >= MIN_TOWNLESS_BODY_WORDS}
    moved: dict[str, str] = {}
    for name, entity_id in names.items():
        towns = {other_id for other, other_id in names.items()
                 if other.startswith(name + " ") and other_id != entity_id
                 and (place := gaz.exact(other[len(name) + 1:])) is not None and place.entity_type == "location"}
        if len(towns) == 1:  # (with two towns' offices named, the bare name is neither)
            moved[entity_id] = towns.pop()
    return _with_moved_ids(mentions, moved)


# A known place, then the kind of a place written capitalised: "Seogwipo Port", "Busan Harbour" (the port, not the
# city; unknown names with their kind are found with the rest: "Gamcheon Port").
_CAPITALISED_KIND_AFTER = re.compile(r" (?P<kind>(?-i:[A-Z][a-z]+))(?![\w-])")


def _places_with_their_kind(body: str, mentions: list[EntityMention],
                            known: MutableMapping[str, Entity]) -> list[EntityMention]:
    kinds = _context().place_tails_capitalised
    found = []
    for m in mentions:
        after = _CAPITALISED_KIND_AFTER.match(body, m.char_end)
        if after is None or after["kind"].casefold() not in kinds or known[m.entity_id].entity_type != "location" or (
                not known[m.entity_id].curated) or _CAPITALISED_KIND_AFTER.match(body, after.end()) is not None or (
                after["kind"].casefold() in known[m.entity_id].name.casefold()):
            continue  # (not inside a longer name: "Busan Port Authority"; not the register's airport itself:
            # "Soekarno-Hatta Airport")
        place = discovered_entity(body[m.char_start:after.end()], "location")
        known.setdefault(place.entity_id, place)
        found.append(EntityMention(place.entity_id, body[m.char_start:after.end()], m.char_start, after.end()))
    return _over(mentions, found) if found else mentions


# A broadcaster's soundbite in brackets opens with the speaker and their post: "[Kang Min-seok/Seogwipo Coast Guard:
# "We believe ..."]" (KBS World).
_CREDIT_WORDS = frozenset({"photo", "video", "image", "graphic", "file", "source", "credit", "foto", "sumber"})
_SOUNDBITE = re.compile(r"(?:^|\n)\[(?P<name>(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+)){1,3})/[^:\]\n]{2,80}: ")


def _soundbite_speakers(body: str, mentions: list[EntityMention],
                        known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, "["):
        return mentions
    found = []
    for match in _SOUNDBITE.finditer(body):
        if match["name"].split()[0].casefold() in _CREDIT_WORDS:
            continue  # "[Photo Credit/Yonhap: ...]"
        start, end = match.span("name")
        person = discovered_entity(match["name"], "person")
        known.setdefault(person.entity_id, person)
        found.append(EntityMention(person.entity_id, match["name"], start, end))
    return _over(mentions, found) if found else mentions


def _ministries_without_the_country(body: str, mentions: list[EntityMention], known: Mapping[str, Entity],
                                   gaz: Gazetteer) -> list[EntityMention]:
    """"Kementerian Perhubungan" in an article that also names "Kemenhub": the register lists a ministry only with
    its country ("Kementerian Perhubungan RI"), as neighbours' ministries share some of the bare names; the article's
    other name for it says which it is."""
    named = {m.entity_id for m in mentions if known[m.entity_id].curated}
    # (an English ministry another country owns somewhere in the article stays unmoved: "Japan's Ministry of Foreign
    # Affairs" beside "Kemlu"; review 47a)
    foreign = {m.entity_id for m in mentions if m.surface.startswith("Ministry of ")
               and _owner_before(body, m.char_start) not in (None, "Indonesia")}
    moved: dict[str, str] = {}
    for m in mentions:
        if m.entity_id.startswith("x-org-") and m.entity_id not in moved and m.entity_id not in foreign and (
                m.surface.startswith(("Kementerian ", "Ministry of "))):
            # (in English, the country's adjective before it: "Ministry of Religious Affairs" in an article that
            # also names "Kemenag" is the "Indonesian Ministry of Religious Affairs")
            names = ((m.surface + " RI", m.surface + " Republik Indonesia") if m.surface.startswith("Kementerian ")
                     else ("Indonesian " + m.surface,))
            for name in names:
                entity = gaz.exact(name)
                if entity is not None and entity.entity_id in named:
                    moved[m.entity_id] = entity.entity_id
    return _with_moved_ids(mentions, {**moved, **_english_ministries_both_ways(body, mentions)})


# An English ministry written either way round in one article: "Ministry of Foreign Affairs", then "the Foreign
# Ministry"; "Ministry of Defence" and "Defence Ministry" (a country's own papers name it without the country).
_MINISTRY_OF = re.compile(r"^Ministry of (?:the )?(?P<field>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
_MINISTRY_AFTER = re.compile(r"^(?P<field>[A-Z][a-z]+(?: [A-Z][a-z]+)?) Ministry$")


def _english_ministries_both_ways(body: str, mentions: list[EntityMention]) -> dict[str, str]:
    """The discovered "<Field> Ministry" -> the article's discovered "Ministry of <Field> [Affairs]"."""
    if not any(m.surface.endswith(" Ministry") for m in mentions):
        return {}
    long_forms = {(match["field"].removesuffix(" Affairs"), _owner_before(body, m.char_start)): m.entity_id
                  for m in mentions
                  if m.entity_id.startswith("x-org-") and (match := _MINISTRY_OF.match(m.surface)) is not None}
    moved: dict[str, str] = {}
    for m in mentions:
        if not m.entity_id.startswith("x-org-") or (match := _MINISTRY_AFTER.match(m.surface)) is None:
            continue
        field, owner = match["field"].removesuffix(" Affairs"), _owner_before(body, m.char_start)
        # an owner's short form takes that owner's long form; an unowned one ("its Defense Ministry") the one long
        # form of its field
        ids = {long_forms[key]} if (key := (field, owner)) in long_forms else (
            {i for (f, _), i in long_forms.items() if f == field} if owner is None else set())
        if len(ids) == 1:
            moved[m.entity_id] = next(iter(ids))
    return moved


# Whose ministry the words before it say: "China's Foreign Ministry", "the Thai Foreign Ministry"; one country's
# two forms are one ministry ("Indonesia's Defence Ministry", "Indonesia's Ministry of Defence"), two countries' not.
_OWNER_BEFORE = re.compile(r"\b(?P<owner>(?-i:[A-Z])[a-z]+)(?:['\u2019]s)? $")


def _owner_before(body: str, start: int) -> str | None:
    found = _OWNER_BEFORE.search(body, max(0, start - 30), start)
    if found is None or found["owner"] in ("The", "A", "An"):
        return None
    return _nationalities().get(found["owner"], found["owner"])  # "the Indonesian ..." is "Indonesia's ..."


# An airline named "<Name> Air" that the register does not know ("maskapai Kurima Air", "milik Rimbun Air"), in a text
# about flying; its first word no ordinary word ("Tanah Air", the homeland; "Tinggi Muka Air", "Pintu Air"), and
# not before another capitalised word ("Air Force", "Air Asia").
_AIRLINE = re.compile(r"(?<![\w-])(?P<name>(?-i:[A-Z][a-z]{2,15}) Air)(?![\w-])(?! (?-i:[A-Z]))")
_FLYING = re.compile(r"\b(?:pesawat|maskapai|penerbangan|airlines?|aircraft|flights?|bandara|airport)\b", re.I)


def _airlines(body: str, mentions: list[EntityMention], known: MutableMapping[str, Entity]) -> list[EntityMention]:
    if not _has(body, " Air") or _FLYING.search(body) is None:
        return mentions
    names = set()
    for match in _AIRLINE.finditer(body):
        start, end = match.span("name")
        first = match["name"].split()[0]
        if is_ordinary_word(first) or any(
                m.char_start <= start and end <= m.char_end and known[m.entity_id].curated for m in mentions):
            continue  # the register's ("Lion Air", "Susi Air"), or inside its name ("Lion Air Group"); not a phrase
            # of words ("Tinggi Muka Air", "Operasi Pengeboman Air", "Distribusi Air bersih")
        names.add(match["name"])
    found: list[EntityMention] = []
    for name in sorted(names):
        airline = discovered_entity(name, "organization")
        known.setdefault(airline.entity_id, airline)
        # every time the text names it, also between a post and its holder: "Manajer Operasi Kurima Air Stevanus
        # Rumere" (the holder then found here)
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            found.append(EntityMention(airline.entity_id, name, match.start(), match.end()))
            if (holder := _holder_after(body, match.end(), mentions, known)) is not None:
                found.append(holder)
    found.sort(key=lambda m: m.char_start)
    return _over(mentions, found) if found else mentions


# Two or three capitalised words after a firm's name: its officer's name, when the first is a given name or the
# text quotes the person by it ("kata Stevanus").
_HOLDER = re.compile(r" (?P<name>(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+)){1,2})(?![\w-])")


def _holder_after(body: str, at: int, mentions: list[EntityMention],
                  known: MutableMapping[str, Entity]) -> EntityMention | None:
    holder = _HOLDER.match(body, at)
    if holder is None:
        return None
    first, *rest = holder["name"].split()
    if any(is_ordinary_word(word) and word.casefold() not in given_names() for word in (first, *rest)) or not (
            first.casefold() in given_names()
            or any(said[1].casefold() in _context().speech_verbs
                   for said in re.finditer(rf"(\w+) {re.escape(first)}\b", body))):
        return None
    start, end = holder.span("name")
    same = next((m for m in mentions if (m.char_start, m.char_end) == (start, end)), None)
    if same is not None:
        return same
    person = discovered_entity(holder["name"], "person")
    known.setdefault(person.entity_id, person)
    return EntityMention(person.entity_id, holder["name"], start, end)


def _companies_also_called(body: str, mentions: list[EntityMention],
                           known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """"PT Bank Pembangunan Daerah Sumatera Barat atau Bank Nagari": a company's legal name, "atau" (or brackets) and
    the name it goes by are one company, under the name it goes by (or the curated one of the two)."""
    by_start = {m.char_start: m for m in mentions if known[m.entity_id].entity_type == "organization"}
    moved: dict[str, str] = {}
    for legal in by_start.values():
        if legal.surface.split(" ", 1)[0].casefold() not in _LEGAL_FORMS:
            continue
        other = by_start.get(legal.char_end + len(" atau "))
        if other is not None and body[legal.char_end:other.char_start] == " atau ":
            also_called = _another_name_for(legal.surface, other.surface) and not _alternatives(body, legal, other)
        else:  # the name it goes by in brackets, alone there: "PT Kurima Angkasa Nusantara (Kurima Air)" (not its
            # parent: "PT Sulawesi Mining Investment (Tsingshan Group)")
            other = by_start.get(legal.char_end + len(" ("))
            also_called = other is not None and body[legal.char_end:other.char_start] == " (" and (
                body[other.char_end:other.char_end + 1] == ")" and not _PARENT_GROUP.search(other.surface)
                and _another_name_for(legal.surface, _without_legal_form(other.surface)))
        # (not "PT Bank Rakyat Indonesia atau Bank Mandiri terdekat": two banks, either will do)
        if other is None or not also_called or other.entity_id == legal.entity_id or (
                known[legal.entity_id].curated and known[other.entity_id].curated):
            continue
        if known[legal.entity_id].curated and not known[other.entity_id].curated:
            moved[other.entity_id] = legal.entity_id
        else:
            moved[legal.entity_id] = other.entity_id
    moved.update(_brands_run_together(mentions, known, moved))
    return _with_moved_ids(mentions, moved)


# A region's water company: a PDAM, or the regional company (Perumda) most PDAMs became ("Perumda Air Minum ...").
_WATER_COMPANY = re.compile(r"(?:PDAM|Perusahaan Daerah Air Minum|Perumdam|Perumda Air Minum|Perusahaan Umum Daerah"
                            r"(?: \(Perumda\))? Air Minum) ")
_PDAM = ("PDAM ", "Perusahaan Daerah Air Minum ")


def _water_companies_also_called(body: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """"Perumda Air Minum Ake Gaale atau PDAM Ternate": a region's water company under its company's name and the
    PDAM's name it had (or the other way round) is one company, under the name written first (not two PDAMs: "di PDAM
    Tirta Kahuripan atau PDAM Tirta Pakuan terdekat", either will do)."""
    water = {m.char_start: m for m in mentions if _WATER_COMPANY.match(m.surface)}
    moved: dict[str, str] = {}
    for first in water.values():
        other = water.get(first.char_end + len(" atau "))
        if (other is not None and body[first.char_end:other.char_start] == " atau "
                and other.surface.startswith(_PDAM) != first.surface.startswith(_PDAM)
                and other.entity_id != first.entity_id and not _alternatives(body, first, other)):
            moved.setdefault(other.entity_id, first.entity_id)
    return _with_moved_ids(mentions, moved) if moved else mentions


_GENERIC_COMPANY_TAILS = frozenset({"indonesia", "tbk", "persero", "(persero)", "group", "grup"})


def _brands_run_together(mentions: list[EntityMention], known: Mapping[str, Entity],
                         moved: Mapping[str, str]) -> dict[str, str]:
    """A brand that runs a company's first words together is that company: "DanaMitra" of "PT Dana Mitra Nusantara"
    ("... dengan merek dagang DanaMitra")."""
    firsts = {key: moved.get(company, company) for key, company in _company_first_words(mentions, known).items()}
    if not firsts:
        return {}
    return {m.entity_id: company for m in mentions
            if _CAMEL_CASE.match(m.surface) and m.entity_id.startswith("x-org-")
            and (company := firsts.get(m.surface.casefold())) is not None and company != m.entity_id}


def _company_first_words(mentions: list[EntityMention], known: Mapping[str, Entity]) -> dict[str, str]:
    """A company's first words run together and casefolded ("danamitra") -> the company, for each company with its
    legal form whose other words only say what kind of company it is."""
    firsts: dict[str, str] = {}
    endings = _context().company_endings | _GENERIC_COMPANY_TAILS
    for m in mentions:
        words = m.surface.split()
        if len(words) > 2 and words[0].casefold() in _LEGAL_FORMS and known[m.entity_id].entity_type == "organization":
            for n in range(2, len(words)):
                # (what follows the brand's words only says what kind of company it is: "Nusantara", "Tbk"; not
                # "PT Sinar Mas Agro Resources and Technology Tbk" for the group "SinarMas")
                if all(word.casefold() in endings for word in words[n + 1:]):
                    firsts.setdefault("".join(words[1:n + 1]).casefold(), m.entity_id)
    return firsts


# Words around "X atau Y" that make the two alternatives ("melalui PT Bank Rakyat Indonesia atau Bank Kalsel terdekat").
_ALTERNATIVES_BEFORE = frozenset({"melalui", "lewat", "via", "di", "ke", "dari", "dengan", "through", "at", "to",
                                  "from"})
_ALTERNATIVES_AFTER = frozenset({"terdekat", "lainnya", "lain", "setempat", "nearest", "other"})


def _alternatives(body: str, legal: EntityMention, other: EntityMention) -> bool:
    before = body[max(0, legal.char_start - 12):legal.char_start].split()
    after = body[other.char_end:other.char_end + 12].split()
    return bool((before and before[-1].casefold() in _ALTERNATIVES_BEFORE)
                or (after and after[0].strip(".,;").casefold() in _ALTERNATIVES_AFTER))


# A group in brackets after a company is its parent ("PT Tsingshan Steel Indonesia (Tsingshan Group)").
_PARENT_GROUP = re.compile(r"\b(?:Group|Grup|Holdings?|Corporation|Corp)\.?$")
def _without_legal_form(name: str) -> str:
    """A company's name without the legal form it opens with: "Rukindo" of "PT Rukindo" (a name in brackets may carry
    it too: "PT Pengerukan Indonesia (PT Rukindo)")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in _LEGAL_FORMS else name


def _another_name_for(legal: str, other: str) -> bool:
    """Whether `other` can be the name a company called `legal` goes by: no company's legal name of its own ("PT
    Wijaya Karya atau PT Waskita Karya" are two), initials, or a word of the legal name ("Bank Nagari" of "PT Bank
    Pembangunan Daerah Sumatera Barat", "KAI Commuter" of "PT Kereta Commuter Indonesia")."""
    words = other.split()
    if words[0].casefold() in _LEGAL_FORMS:
        return False
    if len(words) == 1 and _acronym_word(words[0]):
        return True
    content = [w for w in legal.split()[1:] if w[:1].isupper()]
    if len(words) == 1 and len(content) >= 2 and words[0][:2].casefold() == content[0][:2].casefold():
        return True  # a name made of the legal name's syllables: "PT Pelayaran Nasional Indonesia atau Pelni"
    legal_words = {w.casefold() for w in legal.split()[1:] if len(w) > 2}
    if len(words) == 1 and len(content) >= 2 and _of_syllables(words[0].casefold(), [w.casefold() for w in content]):
        return True  # "Rukindo" of "PT Pengerukan Indonesia", "PermataBank" of "PT Bank Permata Tbk"
    return any(w.casefold() in legal_words for w in words)


def _of_syllables(name: str, words: list[str]) -> bool:
    """Whether a one-word name is made of two of the legal name's words' pieces, in order: its first three letters
    inside one word and the next three inside a later one ("ruk" of pengerukan, "ind" of indonesia), or a whole word
    of four letters or more glued to another ("permata" and "bank")."""
    if any(len(word) >= 4 and word in name for word in words) and len(name) > max(len(w) for w in words if w in name):
        return True
    first = next((i for i, word in enumerate(words) if name[:3] in word), None)
    return first is not None and len(name) >= 6 and any(name[3:6] in word for word in words[first + 1:])


_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "in", "at", "to", "from", "near"})


def _surname_mentions(tokens: Sequence[_Token], mentions: Sequence[EntityMention],
                      known: MutableMapping[str, Entity]) -> list[EntityMention]:
    """A bare surname or first name links to the article's one person whose multi-word name has it."""
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.surface.split()
        shortened = len(words) >= 2 and words[0].endswith(".") and words[0][:-1] in _ABBREVIATED_GIVEN_NAMES
        if shortened:
            words = words[1:]  # "Moh. Arief Latjuba" is "Arief" further down, "Muh. Fajrin" is "Fajrin"
        if known[mention.entity_id].entity_type == "person" and (len(words) >= 2 or shortened):
            # Not a Balinese name's "I" or "Ni": the pronoun, and every Balinese woman's first word.
            for word in (words[0], words[-1]):
                if len(word) > 1 and word not in _BALINESE_SEX:
                    owners.setdefault(word.casefold(), set()).add(mention.entity_id)
    if not owners:
        return []
    # A place of the article after "di", "ke", "in" ... is no person's short name ("Di Wuasa" after "Desa Wuasa",
    # though a congregation is called "Jemaat GKST Imanuel Wuasa"); elsewhere it may be ("Menurut Jaya, ...").
    places = {m.surface.split()[-1].casefold() for m in mentions if known[m.entity_id].entity_type == "location"}
    covered = [(m.char_start, m.char_end) for m in mentions]
    found = []
    # Only a token that is some person's word can link (most are not): one set lookup before the rest.
    for k in [k for k, token in enumerate(tokens) if token.key in owners]:
        token = tokens[k]
        ids = owners.get(token.key) if not (
            token.key in places and k > 0 and tokens[k - 1].key in _PLACE_PREPOSITIONS) else None
        if ids and token.key in places and any(known[i].name.casefold().startswith(token.key + " ") for i in ids):
            ids = None  # "SMPN 1 Cimalaka" is no "Cimalaka Rizki Nurfalah" (the place read into a name after "SPPG")
        if (ids and len(ids) == 1 and token.capitalised and not _never_name(token.text)
                and not any(s <= token.start < e for s, e in covered)):
            found.append(EntityMention(next(iter(ids)), token.text, token.start, token.end))
    return found
