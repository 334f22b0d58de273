"""Entities: curated gazetteer matching plus discovery of people and organizations from context.

1. Gazetteer aliases are matched in one pass with an Aho-Corasick automaton (pyahocorasick: linear in
   the text whatever the size of the gazetteer), leftmost-longest, on word boundaries. All-capital
   aliases (AS, PBB) must match exactly; others match in any case as long as the text has a capital.
2. Acronyms defined in the text, "Komisi Pemberantasan Korupsi (KPK)", become aliases for that article.
3. Runs of capitalised words that the gazetteer does not know become people when their context says
   so (a role word before, a speech verb after, a role in apposition) and organizations when they start
   with a head word (Kementerian, Universitas) or end with a tail word (TV, Times).
4. A later bare surname ("Ignat") links to the one person of the article whose name ends with it.
Discovered entities get ids derived from their folded name, so they are the same across articles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick
import yaml
from wordfreq import zipf_frequency

from kabar.config import REFERENCE_DIR
from tasks.models import Entity, EntityMention
from tasks.reference import GazetteerEntry, gazetteer

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*", re.UNICODE)
_ACRONYM_DEFINITION = re.compile(r"\s\((?P<acronym>[A-Z][A-Z0-9&-]{1,9})\)")
# How far back (in words) a role word still introduces a name.
ROLE_WINDOW = 10


@dataclass(frozen=True, slots=True)
class _Alias:
    entity_id: str
    exact_case: bool
    text: str


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.text.casefold()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True, slots=True)
class _Context:
    role_words: frozenset[str]
    speech_verbs: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    non_name_words: frozenset[str]
    name_particles: frozenset[str]


class Gazetteer:
    """The curated entities and an automaton over their aliases."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entities: dict[str, Entity] = {}
        self._automaton = ahocorasick.Automaton()
        aliases: dict[str, list[_Alias]] = {}
        for entry in entries:
            self.entities[entry.entity_id] = Entity(
                entry.entity_id, entry.name, entry.entity_type, entry.wikidata_id, True)
            for alias in _variants(entry.aliases):
                aliases.setdefault(_lower(alias), []).append(_Alias(entry.entity_id, _is_acronym(alias), alias))
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
            if not _on_word_boundaries(text, start, end):
                continue
            surface = text[start:end]
            alias = next((a for a in candidates if _case_fits(a, surface)), None)
            if alias is not None:
                found.append(EntityMention(alias.entity_id, surface, start, end))
        return _leftmost_longest(found)


@cache
def curated() -> Gazetteer:
    return Gazetteer(gazetteer())


@cache
def _context() -> _Context:
    raw = yaml.safe_load((REFERENCE_DIR / "name_context.yaml").read_text(encoding="utf-8"))
    return _Context(**{key: frozenset(str(w).casefold() for w in raw[key]) for key in _Context.__slots__})


def extract_entities(body: str, gazetteer_: Gazetteer | None = None) -> tuple[list[Entity], list[EntityMention]]:
    """Entities mentioned in `body` and their mentions, sorted by position."""
    gaz = gazetteer_ or curated()
    mentions = gaz.find(body)
    known: dict[str, Entity] = {m.entity_id: gaz.entities[m.entity_id] for m in mentions}
    tokens = [_Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(body)]
    discovered = _discover(body, tokens, mentions, gaz)
    for entity, mention in discovered:
        known.setdefault(entity.entity_id, entity)
        mentions.append(mention)
    mentions.extend(_acronym_mentions(body, mentions))
    mentions.extend(_surname_mentions(tokens, mentions, known))
    mentions = sorted(set(mentions), key=lambda m: (m.char_start, -m.char_end, m.entity_id))
    return [known[i] for i in sorted({m.entity_id for m in mentions})], mentions


def discovered_entity(name: str, entity_type: str) -> Entity:
    return Entity(f"x-{entity_type[:3]}-{_digest(entity_type + ':' + fold_name(name))}", name, entity_type,
                  None, False)


def fold_name(name: str) -> str:
    """Spelling-insensitive key: Kim Jong-un, Kim Jong Un and KIM JONG UN fold alike."""
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", name.casefold()).replace("\u2019", "'").strip()


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _lower(text: str) -> str:
    """Lower-case without changing the length (offsets into the lowered text stay valid)."""
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
    return any(c.isupper() for c in surface)


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
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


def _runs(body: str, tokens: Sequence[_Token], covered: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Indexes of maximal runs of capitalised tokens joined by single spaces, outside covered spans."""
    particles = _context().name_particles
    is_covered = [any(s <= t.start < e for s, e in covered) for t in tokens]
    runs: list[list[int]] = []
    current: list[int] = []
    for i, token in enumerate(tokens):
        joined = bool(current) and body[tokens[current[-1]].end:token.start] == " "
        usable = not is_covered[i] and (token.capitalised or (joined and token.key in particles))
        if usable and (joined or not current):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i] if usable else []
    if current:
        runs.append(current)
    # A particle cannot end a name.
    return [run[: _last_capitalised(tokens, run) + 1] for run in runs]


def _last_capitalised(tokens: Sequence[_Token], run: list[int]) -> int:
    return max(k for k, i in enumerate(run) if tokens[i].capitalised)


def _is_vocabulary(word: str) -> bool:
    """An ordinary Indonesian word (frequent in Indonesian, rare in English), not a personal name."""
    key = word.casefold()
    return zipf_frequency(key, "id") >= 3.5 and zipf_frequency(key, "en") < 2.6


# Derived Indonesian nouns (pendanaan, keamanan, perbankan) are vocabulary, never personal names.
_DERIVED_NOUN = re.compile(r"^(pe[rnm]?g?|ke)[a-z]{3,}an$")


def _clearly_vocabulary(word: str) -> bool:
    """A word no name is made of: a derived noun, or a frequent Indonesian word unknown to English."""
    key = word.casefold()
    return bool(_DERIVED_NOUN.match(key)) or (zipf_frequency(key, "id") >= 4.4 and zipf_frequency(key, "en") == 0)


def _never_name(word: str) -> bool:
    ctx = _context()
    key = word.casefold()
    return key in ctx.non_name_words or key in ctx.role_words or key in ctx.org_heads


def _discover(body: str, tokens: Sequence[_Token], mentions: Sequence[EntityMention],
              gaz: Gazetteer) -> list[tuple[Entity, EntityMention]]:
    found: list[tuple[Entity, EntityMention]] = []
    spans = [(m.char_start, m.char_end) for m in mentions]
    for run in _runs(body, tokens, spans):
        person = _person_in_run(body, tokens, run)
        org_end = person[0] if person else len(run)
        organization = _organization_in_run(body, tokens, run[:org_end], mentions, gaz)
        for entity_type, part in (("person", person), ("organization", organization)):
            if part is None:
                continue
            start, end = part[1], part[2]
            surface = body[start:end]
            if _lower(surface) in gaz.alias_keys:
                continue  # a curated alias the case rule turned down: not a new entity
            found.append((discovered_entity(surface, entity_type), EntityMention("", surface, start, end)))
    return [(entity, EntityMention(entity.entity_id, m.surface, m.char_start, m.char_end)) for entity, m in found]


def _person_in_run(body: str, tokens: Sequence[_Token], run: list[int]) -> tuple[int, int, int] | None:
    """(first index in run, start, end) of a person's name at the end of the run, when context says so."""
    k = 0
    while k < len(run) - 1 and not _korean_name_at(tokens, run, k) and (_never_name(tokens[run[k]].text) or (
            _is_vocabulary(tokens[run[k]].text) and len(run) - k > 2)):
        k += 1
    name = run[k:]
    while name and _never_name(tokens[name[-1]].text):
        name = name[:-1]
    if not 2 <= len(name) <= 4 or any(tokens[i].text.isupper() and len(tokens[i].text) > 1 for i in name):
        return None
    if any(_clearly_vocabulary(tokens[i].text) for i in name):
        return None
    if not _person_cue(body, tokens, name):
        return None
    return k, tokens[name[0]].start, tokens[name[-1]].end


# A Korean given name is written hyphenated after the surname: Yang Moo-jin, Kim Jong-un, Yoon Suk-yeol.
_KOREAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _korean_name_at(tokens: Sequence[_Token], run: list[int], k: int) -> bool:
    """Token k is a surname of one syllable followed by a hyphenated given name ("Yang" in "Yang Moo-jin")."""
    return (k + 1 < len(run) and len(tokens[run[k]].text) <= 4
            and bool(_KOREAN_GIVEN_NAME.match(tokens[run[k + 1]].text)))


def _person_cue(body: str, tokens: Sequence[_Token], name: list[int]) -> bool:
    ctx = _context()
    first, last = name[0], name[-1]
    before = [t.key for t in tokens[max(0, first - ROLE_WINDOW):first]]
    after = [t.key for t in tokens[last + 1:last + 4]]
    if any(word in ctx.role_words for word in before):
        return True
    if after and (after[0] in ctx.speech_verbs or (before and before[-1] in ctx.speech_verbs)):
        return True
    gap = body[tokens[last].end:tokens[last + 1].start] if last + 1 < len(tokens) else ""
    # Apposition: "Yang Moo-jin, seorang profesor", "Yuriy Ignat, juru bicara".
    return gap.strip() == "," and any(word in ctx.role_words or word in {"seorang", "selaku"} for word in after)


def _organization_in_run(body: str, tokens: Sequence[_Token], run: list[int], mentions: Sequence[EntityMention],
                         gaz: Gazetteer) -> tuple[int, int, int] | None:
    ctx = _context()
    head = next((k for k, i in enumerate(run) if tokens[i].key in ctx.org_heads), None)
    if head is not None:
        part = run[head:]
        start, end = tokens[part[0]].start, tokens[part[-1]].end
        # "Universitas Studi" + "Korea Utara": a place right after the head words belongs to the name.
        follower = next((m for m in mentions if m.char_start == end + 1 and body[end] == " "), None)
        if follower is not None and gaz.entities[follower.entity_id].entity_type == "location":
            end = follower.char_end
        if len(part) >= 2 or end > tokens[part[-1]].end:
            return head, start, end
        return None
    if len(run) >= 2 and tokens[run[-1]].key in ctx.org_tails:
        return 0, tokens[run[0]].start, tokens[run[-1]].end
    return None


def _acronym_mentions(body: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """Acronyms the article defines, "Komisi Pemberantasan Korupsi (KPK)", and their later uses."""
    ends = {m.char_end: m for m in mentions}
    learned: dict[str, str] = {}
    for match in _ACRONYM_DEFINITION.finditer(body):
        defined = ends.get(match.start())
        if defined is not None and match["acronym"] != defined.surface:
            learned.setdefault(match["acronym"], defined.entity_id)
    covered = [(m.char_start, m.char_end) for m in mentions]
    found = []
    for acronym, entity_id in learned.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body):
            if not any(s <= match.start() < e for s, e in covered):
                found.append(EntityMention(entity_id, acronym, match.start(), match.end()))
    return found


def _surname_mentions(tokens: Sequence[_Token], mentions: Sequence[EntityMention],
                      known: dict[str, Entity]) -> list[EntityMention]:
    """A bare surname links to the article's one person whose multi-word name ends with it."""
    by_last: dict[str, set[str]] = {}
    first_names: set[str] = set()
    for mention in mentions:
        words = mention.surface.split()
        if known[mention.entity_id].entity_type == "person" and len(words) >= 2:
            by_last.setdefault(words[-1].casefold(), set()).add(mention.entity_id)
            first_names.add(words[0].casefold())
    covered = [(m.char_start, m.char_end) for m in mentions]
    found = []
    for token in tokens:
        owners = by_last.get(token.key)
        if (owners and len(owners) == 1 and token.capitalised and token.key not in first_names
                and not any(s <= token.start < e for s, e in covered)):
            found.append(EntityMention(next(iter(owners)), token.text, token.start, token.end))
    return found
