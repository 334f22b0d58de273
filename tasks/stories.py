"""Stories: articles that report the same event share a story_id.

Two articles are about the same event when they were published within a few days of each other and
share enough of both their entities and their content words. Words weigh more than entities: reports of
another event with the same actors (the same commission, a week later) share the entities, while the
event's own words and figures ("14 TPS", "5,25 persen", "magnitudo 6,1") are shared by its reports,
translations included. Candidates are blocked by publication day and by shared entity, so the work
grows with the articles of a time window, never with all pairs in the warehouse (tests/test_stories.py
counts the comparisons). An undated article can only join a story as a near-duplicate of one of its articles.
Story ids are stable: an article keeps its story across reruns, and a new article that joins an
existing story takes that story's id.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from wordfreq import zipf_frequency

from tasks.models import NormalizedArticle

# Similarity above which two dated articles of the window report the same event. Measured on the annotated
# set (samples/annotated, `python -m kabar.evaluate_normalization`): reports of one event score 0.18-0.9 with
# at least one other report of it; other events with the same actors mostly 0.10-0.20.
SAME_EVENT = 0.18
# Share of the similarity that comes from shared entities (the rest from shared words and figures).
ENTITY_WEIGHT = 0.3
# Weight of a figure ("5.25", "214") shared by two reports: as telling as a rare word.
FIGURE_WEIGHT = 5.0
# Similarity above which an undated article is a copy or a light rewrite of another.
NEAR_DUPLICATE = 0.80
# Entities mentioned by more than this share of a window's articles do not block (too common).
COMMON_ENTITY_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]{4,}")
# Figures of a report: numbers that are not part of a date ("9/3/2026") or a year (2026); "5,25" = "5.25".
_FIGURE = re.compile(r"(?<![\w/.,:-])\d+(?:[.,]\d+)*(?![\w/:]|[.,]\d|-\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"\b(?:pukul|jam|pk\.?|at)\s*\d{1,2}[.:]\d{2}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    article_id: str
    published_date: date | None
    entity_ids: frozenset[str]
    terms: frozenset[str]  # distinctive content words of the body
    story_id: str | None = None  # set for articles already in the warehouse


def story_terms(text: str) -> frozenset[str]:
    """The body's distinct words of four letters or more, casefolded, and its figures ("#5.25")."""
    words = {w.casefold() for w in _WORD.findall(text)}
    figures = {"#" + f.replace(",", ".") for f in _FIGURE.findall(_CLOCK.sub(" ", text)) if not _YEAR.fullmatch(f)}
    return frozenset(words | figures)


@lru_cache(maxsize=200_000)
def _weight(word: str) -> float:
    """Rarer words say more about an event: weight by rarity in general Indonesian (wordfreq's zipf scale)."""
    if word.startswith("#"):
        return FIGURE_WEIGHT
    return max(0.0, 7.0 - zipf_frequency(word, "id"))


def similarity(a: StoryCandidate, b: StoryCandidate) -> float:
    """Weighted mean of the entity overlap and the rarity-weighted overlap of words and figures."""
    return ENTITY_WEIGHT * _jaccard(a.entity_ids, b.entity_ids) + (1 - ENTITY_WEIGHT) * _weighted_jaccard(
        a.terms, b.terms)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _weighted_jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    # |a ∪ b| = |a| + |b| - |a ∩ b| by weight: each pair costs its intersection, not its union.
    shared = sum(_weight(w) for w in a & b)
    union = _total_weight(a) + _total_weight(b) - shared
    return shared / union if union > 1e-9 else 0.0


@lru_cache(maxsize=65536)
def _total_weight(terms: frozenset[str]) -> float:
    return sum(_weight(w) for w in terms)


def assign_stories(new: Sequence[StoryCandidate], existing: Sequence[StoryCandidate],
                   window_days: int) -> dict[str, str]:
    """story_id for each new article. `existing`: warehouse articles of the window, with their stories."""
    pool = {c.article_id: c for c in existing}
    pool.update({c.article_id: c for c in new})  # the new version of a reloaded article wins
    previous = {c.article_id: c.story_id for c in existing if c.story_id}
    parent = {article_id: article_id for article_id in pool}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _candidate_pairs(list(pool.values()), window_days):
        if root(a.article_id) != root(b.article_id) and _same_event(a, b, window_days):
            parent[root(a.article_id)] = root(b.article_id)
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in pool:
        members[root(article_id)].append(article_id)
    story_of: dict[str, str] = {}
    for group in members.values():
        kept = sorted({previous[a] for a in group if a in previous})
        story_id = kept[0] if kept else "st-" + hashlib.sha256(min(group).encode()).hexdigest()[:16]
        story_of.update(dict.fromkeys(group, story_id))
    return {c.article_id: story_of[c.article_id] for c in new}


def _same_event(a: StoryCandidate, b: StoryCandidate, window_days: int) -> bool:
    score = similarity(a, b)
    if a.published_date is None or b.published_date is None:
        return score >= NEAR_DUPLICATE
    return abs((a.published_date - b.published_date).days) <= window_days and score >= SAME_EVENT


def _candidate_pairs(pool: Sequence[StoryCandidate],
                     window_days: int) -> Iterable[tuple[StoryCandidate, StoryCandidate]]:
    """Pairs that share a not-too-common entity; dated pairs only within the window."""
    by_entity: dict[str, list[StoryCandidate]] = defaultdict(list)
    for candidate in pool:
        for entity_id in candidate.entity_ids:
            by_entity[entity_id].append(candidate)
    # Small pools compare every pair sharing any entity; blocking only prunes where it matters.
    limit = max(100, int(len(pool) * COMMON_ENTITY_SHARE))
    seen: set[tuple[str, str]] = set()
    blocks = [group for group in by_entity.values() if len(group) <= limit] or list(by_entity.values())
    for group in blocks:
        ordered = sorted(group, key=lambda c: (c.published_date or date.min, c.article_id))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if (a.published_date and b.published_date
                        and (b.published_date - a.published_date).days > window_days):
                    break
                key = (a.article_id, b.article_id)
                if key not in seen:
                    seen.add(key)
                    yield a, b


def candidate_for(article_id: str, published: date | None, entity_ids: Iterable[str], body: str) -> StoryCandidate:
    return StoryCandidate(article_id, published, frozenset(entity_ids), story_terms(body))


def assign_batch(articles: Sequence[NormalizedArticle], neighbours: Sequence[StoryCandidate],
                 window_days: int) -> None:
    """Set story_id on each article of a batch, against the warehouse's articles of the window."""
    candidates = [candidate_for(a.article_id, a.published_date, {m.entity_id for m in a.mentions},
                                a.clean.body_text) for a in articles]
    assigned = assign_stories(candidates, neighbours, window_days)
    for article in articles:
        article.story_id = assigned[article.article_id]
