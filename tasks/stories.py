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
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date
from functools import lru_cache
from itertools import chain, compress, repeat
from typing import TYPE_CHECKING

import numpy as np
from wordfreq import zipf_frequency

from tasks.dates import DAY_NAMES, MONTH_NAMES, is_lone_time
from tasks.models import DateMention, NormalizedArticle

if TYPE_CHECKING:  # the worker processes import this module for story_terms: pandas and DuckDB stay out of them
    import duckdb
    import pandas as pd
    import pyarrow as pa

# Mean similarity to a story's dated members above which a dated article of the window joins it (average
# linkage). Measured on the annotated set (samples/annotated, `python -m kabar.evaluate_normalization`): an
# article scores 0.19-0.9 on average with the other reports of its event, and 0.14-0.16 is the band where the
# set keeps every same-event pair; single linkage at 0.18 chained the events of one topic in a big corpus.
# 0.16 since a story's best match counts with its average (_link): the blind sets' reports of one event were
# kept apart by a single weak member (a report of its second day) while the others matched them well.
SAME_EVENT = 0.16
# Share of the similarity that comes from shared entities (the rest from shared words and figures).
ENTITY_WEIGHT = 0.3
# Between reports in two languages only figures and names can be shared words: their words are compared on
# those alone, the terms rare in both languages (NEUTRAL_ZIPF), so an English report's own words ("central",
# "raised") do not dilute what it shares with an Indonesian one (samples/blind set_hx: the English report scored
# 0.13-0.15 with two Indonesian reports of its event, 0.18-0.19 on names and figures; the other event's report
# 0.10, then 0.09). Entities weigh as in one language: at 0.6, as before, more other-event reports joined.
# The score is scaled by CROSS_LANGUAGE: names and figures alone are shared more easily than words are.
NEUTRAL_ZIPF = 2.5
CROSS_LANGUAGE = 0.9
# Frequent words of four letters or more that tell an English body from an Indonesian one, among its story terms.
_ENGLISH_MARKERS = frozenset({"that", "with", "from", "have", "said", "were", "this", "which", "their", "after",
                              "would", "been", "will", "also", "into", "more", "than", "they", "there", "when"})
_INDONESIAN_MARKERS = frozenset({"yang", "dengan", "untuk", "dalam", "tidak", "akan", "juga", "dari", "pada", "kata",
                                 "telah", "oleh", "bahwa", "karena", "atau", "sudah", "lebih", "saat", "para", "masih"})
# Weight of a figure ("5.25", "214") shared by two reports: as telling as a rare word.
FIGURE_WEIGHT = 5.0
# Two reports of one event name its day ("Senin (9/3/2026)", "kemarin"), give or take a day across time zones;
# reports of another event with the same actors a week later name other days. When both articles name days
# and no two are within EVENT_DAY_SLACK of each other, their similarity is scaled by OTHER_DAYS (annotated set:
# the voter-education report joined the re-vote's story at 0.20-0.28; every true pair names a shared day).
EVENT_DAY_SLACK = 1
OTHER_DAYS = 0.5
# Story terms that carry a day an article names ("@2026-03-09"): weightless as words, read by _event_days.
_DAY_MARK = "@"
# The day its lead names ("^2026-03-09"): the first day named in the first three paragraphs (the lead, or the
# lead after a standfirst or two). Reports of one event lead with its day, or with the next day's news of it;
# a report of another event with the same actors leads with that event's day, while it may recall this event's
# day further down (samples/blind set_h: the summit's reports recall the leaders' bilateral meeting two days
# before, and the report of that meeting names the summit's opening day ahead). When both leads name days more
# than EVENT_DAY_SLACK apart, the similarity is scaled by OTHER_LEAD_DAY: less than OTHER_DAYS, since the next
# days' reports of one event lead with their own day (set_b: the search for a landslide's victims, 2-3 days on).
_LEAD_DAY_MARK = "^"
_DAY_MARKS = (_DAY_MARK, _LEAD_DAY_MARK)
LEAD_PARAGRAPHS = 3
OTHER_LEAD_DAY = 0.6
# ... unless the article's lead names its story's event day: the lead day of the story's first report (in the
# window). A later follow-up that opens with the event ("the miner taken by a crocodile on Thursday (26/11)") tells
# of that event, while the next days' reports it is compared with lead with their own days: against them, the
# scale kept it out of its story (samples/blind set_gu, set_hz: a follow-up 4-5 days on, leading with the event's
# day, scored 0.10-0.17 with the reports of days 2-3 and could no longer reach the first one, outside the window).
# The hard negatives lead with their own event's day (the raid, the meeting), not the story's. Measured on the
# blind sets (W=3): 83 -> 80 splits one set at a time, 84 -> 81 with all sets in one run, joins 16 -> 16 in both.
# Waiving the scale when the article's lead day is any day the story names (or any member's lead day) fixed more
# splits and joined many more hard negatives (52 and 22 joins): the first report's day is what tells them apart.
# Two reports published a day apart that each lead with their own publication day tell what happened on two days:
# a next-day report of one event leads with the day before ("kemarin", "Kamis (6/3)"). One event's second day is
# still told with much in common (set_am: the rescue's second day, 0.25-0.36 with the first day's reports); the
# minister's dam visit the day after the toll road's opening, with the same people, is not (set_bi: 0.14-0.17;
# set_bh: the suspects named the day before the verdict). Their similarity is scaled by OWN_DAY_LEADS.
OWN_DAY_LEADS = 0.8
# Similarity above which an undated article is a copy or a light rewrite of another.
NEAR_DUPLICATE = 0.80
# Entities mentioned by more than this share of a window's articles do not block (too common), nor do those
# named by more than MAX_BLOCK of them: in a week of a large outlet set the president or the capital is in
# thousands of articles and tells nothing about the event, while visiting them made each article's search
# grow with the window. The rarer entities an article shares with its story's reports still find them.
COMMON_ENTITY_SHARE = 0.5
MAX_BLOCK = 1000
# Comparisons one new article makes: with at most PER_STORY members of a story, MAX_COMPARISONS in all, the
# candidates sharing the most entities first. Bounds the work per article whatever the window holds.
PER_STORY = 8
MAX_COMPARISONS = 40
FEATURE_COLUMNS = ("article_id", "terms", "entity_ids")
_WORD = re.compile(r"[^\W\d_]{4,}")
# Figures of a report: numbers that are not part of a date ("9/3/2026") or a year (2026); "5,25" = "5.25".
# The first digit comes before the lookbehind that checks the character ahead of it: a pattern that starts
# with a digit lets the regex engine skip to the next digit instead of trying every position (2x faster).
_FIGURE = re.compile(r"\d(?<![\w/.,:-]\d)\d*(?:[.,]\d+)*(?![\w/:]|[.,]\d|-\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The day of an undated article in _StoryIndex.day_ordinal (no real date has ordinal 0).
_UNDATED = 0
_CLOCK = re.compile(r"\b(?:pukul|jam|pk\.?|at)\s*\d{1,2}[.:]\d{2}", re.IGNORECASE)
# What every _CLOCK match holds. _CLOCK has no literal prefix, so its scan tries every offset (~0.1 ms an article);
# this one opens with a digit, which the engine skips ahead to, and two texts in three have no such time at all.
_CLOCK_TIME = re.compile(r"\d[.:]\d\d")


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    article_id: str
    published_date: date | None
    entity_ids: frozenset[str]
    # Distinctive content words and figures of the body, each once. A tuple for candidates read from the
    # warehouse: a fifth of a frozenset's memory for the thousands of a window. Comparisons go through word
    # numbers (_Words), so either kind will do.
    terms: frozenset[str] | tuple[str, ...]
    story_id: str | None = None  # set for articles already in the warehouse
    term_weight: float = field(default=0.0, compare=False)  # total rarity weight of terms (set on creation)
    # Orders the new articles of one day (see assign_stories): when each was published, then its text's hash.
    placement: str = field(default="", compare=False)

    event_days: frozenset[int] = field(default=frozenset(), compare=False)  # ordinals (set on creation)
    lead_days: frozenset[int] = field(default=frozenset(), compare=False)  # the lead's day, if any (the same)
    english: bool = field(default=False, compare=False)  # written in English (set on creation, from the terms)
    # Its lead names its own publication day and no other (set on creation; see OWN_DAY_LEADS).
    own_day_lead: bool = field(default=False, compare=False)
    # The rarity weight of its terms rare in both languages, names and figures: set when it is first compared with
    # a report in the other language (_neutral_total), which most candidates never are.
    neutral_weight: float = field(default=-1.0, compare=False)

    def __post_init__(self) -> None:
        # Computed once per candidate, so a comparison costs the shared terms only.
        object.__setattr__(self, "term_weight", sum(map(_weight, self.terms)))
        # The few day terms picked out in C (str.startswith mapped over the terms), then split by their mark:
        # a generator testing each of ~180 terms twice was most of a candidate's creation.
        marked = list(compress(self.terms, map(str.startswith, self.terms, repeat(_DAY_MARKS))))
        object.__setattr__(self, "event_days", _event_days(marked))
        object.__setattr__(self, "lead_days", _event_days(marked, _LEAD_DAY_MARK))
        object.__setattr__(self, "english", len(_ENGLISH_MARKERS.intersection(self.terms))
                           > len(_INDONESIAN_MARKERS.intersection(self.terms)))
        object.__setattr__(self, "own_day_lead", self.published_date is not None
                           and self.lead_days == frozenset({self.published_date.toordinal()}))


def story_terms(text: str) -> frozenset[str]:
    """The body's distinct words of four letters or more, casefolded, and its figures ("#5.25")."""
    # Each distinct spelling casefolded once: a body writes its words again and again.
    words = set(map(str.casefold, set(_WORD.findall(text))))
    unclocked = _CLOCK.sub(" ", text) if _CLOCK_TIME.search(text) is not None else text
    figures = {"#" + f.replace(",", ".") for f in _FIGURE.findall(unclocked) if not _YEAR.fullmatch(f)}
    return frozenset(words | figures)


def event_day_terms(mentions: Sequence[DateMention], body: str = "", published: date | None = None) -> frozenset[str]:
    """The days a body names, resolved ("@2026-03-09"), and the day its lead names ("^2026-03-09"), as story
    terms; `mentions` in the order of the text. The lead's day is one that has come by `published`: a day after it
    is a plan ("Rapat dijadwalkan digelar Kamis (12/11/2026)"), not the day of the event the report tells."""
    # A time of day alone is dated by the day named before it or the report's own day: no day of the event's own.
    days = [m for m in mentions if m.granularity == "day" and m.resolved_date is not None and not is_lone_time(m)]
    terms = {_DAY_MARK + m.resolved_date.isoformat() for m in days if m.resolved_date is not None}
    lead_end = _lead_end(body)
    lead = next((m.resolved_date for m in days if m.char_start < lead_end and m.resolved_date is not None and (
        published is None or m.resolved_date <= published) and not _since(body, m, published)), None)
    if lead is not None:
        terms.add(_LEAD_DAY_MARK + lead.isoformat())
    return frozenset(terms)


# "tidak berlayar sejak 3 Februari 2026", "shut since March 2": the day a state began, which reports of several
# events of that state recall (set_dg: the ferry stopped five weeks before the airlift its reports lead with); not
# a flood's night "sejak Minggu (8/11/2026) malam" in the next day's report, which is the event's own day.
_SINCE = re.compile(r"(?:\b(?:sejak|semenjak|since)\s+(?:(?:hari|tanggal|the)\s+)?)$", re.I)
SINCE_BACKGROUND_DAYS = 7


def _since(body: str, mention: DateMention, published: date | None) -> bool:
    """Whether the day is the start of a state long before the report ("sejak ..."), not the day of its event."""
    days_before = (published - mention.resolved_date).days if (
        published is not None and mention.resolved_date is not None) else None
    if days_before is not None and days_before > SINCE_CLAUSE_DAYS and (
            _SINCE_IN_CLAUSE.search(_clause_before(body, mention.char_start)) is not None):
        return True
    if days_before is not None and days_before <= SINCE_BACKGROUND_DAYS:
        return False
    return mention.surface.casefold().startswith(("sejak", "semenjak", "since")) or (
        _SINCE.search(body, max(0, mention.char_start - 20), mention.char_start) is not None)


# ... or the clause that ends with the day holds "since" and what began then, some days before the report:
# "coordinating with the exchange since LSNM was placed on the watchlist last Thursday" (not the night before:
# "mengungsi sejak banjir datang Minggu malam" in Monday's report is the flood's own day; nor a "since" that has its
# own time: "merendam permukiman sejak pekan lalu akhirnya surut pada Selasa")
SINCE_CLAUSE_DAYS = 2
_SINCE_IN_CLAUSE = re.compile(
    r"\b(?:sejak|semenjak|since)\s+(?!(?:pekan|minggu|bulan|tahun|hari|kemarin|last|early|late|"
    + "|".join(sorted(DAY_NAMES.keys() | MONTH_NAMES.keys(), key=len, reverse=True)) + r")\b|\d)\w", re.I)
CLAUSE_REACH = 100


def _clause_before(body: str, at: int) -> str:
    """The words before `at` back to the last comma, stop or line break, at most CLAUSE_REACH characters."""
    window = body[max(0, at - CLAUSE_REACH):at]
    cut = max(window.rfind(mark) for mark in (",", ".", ";", "\n", "\u201c", "\""))
    return window[cut + 1:]


def _lead_end(body: str) -> int:
    end = -1
    for _ in range(LEAD_PARAGRAPHS):
        end = body.find("\n\n", end + 1)
        if end < 0:
            return len(body)
    return end


def _event_days(terms: Iterable[str], mark: str = _DAY_MARK) -> frozenset[int]:
    return frozenset(date.fromisoformat(t[1:]).toordinal() for t in terms if t.startswith(mark))


@lru_cache(maxsize=200_000)
def _weight(word: str) -> float:
    """Rarer words say more about an event: weight by rarity in general Indonesian and English (wordfreq's zipf
    scale, the more frequent of the two): an English report's "which" or "said" is as common as "yang" is in an
    Indonesian one, not a rare word that two English reports of other events share."""
    if word.startswith("#"):
        return FIGURE_WEIGHT
    if word.startswith((_DAY_MARK, _LEAD_DAY_MARK)):
        return 0.0  # a day is compared as a day (similarities), not as a shared word
    return max(0.0, 7.0 - _zipf(word))


def _zipf(word: str) -> float:
    return max(zipf_frequency(word, "id"), zipf_frequency(word, "en"))


def _neutral_weight(word: str) -> float:
    """The weight of a term two reports in different languages can share: a figure, or a word rare in both
    languages (a name, a place, an acronym: zipf under NEUTRAL_ZIPF, so a weight over 7 - NEUTRAL_ZIPF); 0 for the
    others. Read from _weight's cache: a second cache over the same words would hold them twice."""
    weight = _weight(word)
    return weight if weight > 7.0 - NEUTRAL_ZIPF else 0.0


def similarity(a: StoryCandidate, b: StoryCandidate) -> float:
    """Weighted mean of the entity overlap and the rarity-weighted overlap of words and figures."""
    return similarities(a, [b])[0]


def similarities(a: StoryCandidate, others: Sequence[StoryCandidate], words: _Words | None = None,
                 event_days: Sequence[frozenset[int]] | None = None) -> list[float]:
    """similarity(a, b) for each b of `others`, the shared words of all pairs weighed at once in numpy: an
    article is compared with up to MAX_COMPARISONS others, and set intersections pair by pair in Python
    were most of the time a large run spent placing articles. `event_days`: the event day of each b's story
    (_StoryIndex.event_day); their leads' days disagree only when `a`'s lead does not name that day either."""
    if not others:
        return []
    words = _Words() if words is None else words
    numbers = [words.numbers(b) for b in others]
    own = words.numbers(a)
    in_a = np.zeros(len(words), dtype=bool)
    in_a[own] = True
    every = np.concatenate(numbers)
    owner = np.repeat(np.arange(len(others)), [len(n) for n in numbers])
    # The words `a` shares with each of them (a tenth of their words), weighed by owner.
    in_both = in_a[every]
    common, common_owner = every[in_both], owner[in_both]
    shared = np.bincount(common_owner, weights=words.weights[common], minlength=len(others))
    a_english = a.english
    # Pairs across languages weigh the terms both languages share (a few in ten pairs; none in most batches).
    neutral_shared = np.bincount(common_owner, weights=words.neutral[common], minlength=len(others)).tolist() if any(
        b.english != a_english for b in others) else None
    # What depends on `a` alone, once for its up to MAX_COMPARISONS pairs (locals: the loop runs ~40 times an
    # article): the days within EVENT_DAY_SLACK of the days it names (two articles' days agree when one of b's is
    # among them, or when either names none) and its entity count.
    near_event_days, near_lead_days = _near_days(a.event_days), _near_days(a.lead_days)
    entities, entity_count = a.entity_ids, len(a.entity_ids)
    a_weight, a_published, a_own_day_lead = a.term_weight, a.published_date, a.own_day_lead
    scores = []
    for i, (b, shared_weight) in enumerate(zip(others, shared.tolist(), strict=True)):
        if b.english == a_english:
            union = a_weight + b.term_weight - shared_weight  # |a ∪ b| = |a| + |b| - |a ∩ b|, by weight
            scale = 1.0
        else:  # names and figures only (NEUTRAL_ZIPF)
            shared_weight = neutral_shared[i]  # type: ignore[index]
            union = _neutral_total(a, words) + _neutral_total(b, words) - shared_weight
            scale = CROSS_LANGUAGE
        words_score = shared_weight / union if union > 1e-9 else 0.0
        # The entities' Jaccard index without building their union: |a ∪ b| = |a| + |b| - |a ∩ b|.
        b_entities = b.entity_ids
        if entity_count and b_entities:
            common = len(entities & b_entities)
            jaccard = common / (entity_count + len(b_entities) - common)
        else:
            jaccard = 0.0
        score = scale * (ENTITY_WEIGHT * jaccard + (1 - ENTITY_WEIGHT) * words_score)
        if near_event_days and b.event_days and near_event_days.isdisjoint(b.event_days):
            score *= OTHER_DAYS  # the days they name disagree
        elif near_lead_days and b.lead_days and near_lead_days.isdisjoint(b.lead_days):
            if event_days is None or near_lead_days.isdisjoint(event_days[i]):
                score *= OTHER_LEAD_DAY  # their leads' days disagree (and a's is not the day of b's story)
        elif a_own_day_lead and b.own_day_lead and b.published_date != a_published:
            score *= OWN_DAY_LEADS  # each leads with its own day, and the days differ
        scores.append(score)
    return scores


def _neutral_total(candidate: StoryCandidate, words: _Words) -> float:
    """The candidate's neutral_weight, computed once (from its word numbers, which similarities holds)."""
    if candidate.neutral_weight < 0:
        object.__setattr__(candidate, "neutral_weight", float(words.neutral[words.numbers(candidate)].sum()))
    return candidate.neutral_weight


def _near_days(days: frozenset[int]) -> frozenset[int]:
    """The days within EVENT_DAY_SLACK of some of `days`: b's days agree with a's when one of them is among a's near
    days (or when either names none)."""
    return frozenset(day + shift for day in days for shift in range(-EVENT_DAY_SLACK, EVENT_DAY_SLACK + 1))


class _Words:
    """Story words numbered for numpy, with each number's rarity weight; one per placement of a batch, so
    it holds the words of one window only. Each candidate's numbers are kept while it is the same object."""

    def __init__(self) -> None:
        self.number_of: dict[str, int] = {}
        self.weights = np.zeros(4096)
        self.neutral = np.zeros(4096)  # the weight of a word both languages share (_neutral_weight), else 0
        self._numbers: dict[str, tuple[StoryCandidate, np.ndarray]] = {}

    def __len__(self) -> int:
        return len(self.number_of)

    def numbers(self, candidate: StoryCandidate) -> np.ndarray:
        kept = self._numbers.get(candidate.article_id)
        if kept is not None and kept[0] is candidate:
            return kept[1]
        numbers = list(map(self.number_of.get, candidate.terms))  # C-level lookups; new words are few
        if None in numbers:
            pairs = zip(candidate.terms, numbers, strict=True)
            numbers = [self._add(word) if n is None else n for word, n in pairs]
        found = np.array(numbers, dtype=np.int64)
        self._numbers[candidate.article_id] = (candidate, found)
        return found

    def _add(self, word: str) -> int:
        number = self.number_of.setdefault(word, len(self.number_of))
        if number >= len(self.weights):
            self.weights = np.concatenate([self.weights, np.zeros(len(self.weights))])
            self.neutral = np.concatenate([self.neutral, np.zeros(len(self.neutral))])
        self.weights[number] = _weight(word)
        self.neutral[number] = _neutral_weight(word)
        return number


def assign_stories(new: Sequence[StoryCandidate], existing: Sequence[StoryCandidate],
                   window_days: int) -> dict[str, str]:
    """story_id for each new article. `existing`: warehouse articles of the window, with their stories.

    New articles are placed one at a time, by date, then in the order they were published (their
    `placement`: time of publication, then the hash of their text), then by id; so a rerun places them alike,
    also from another folder (an article read from a file has an id made from its path). Existing stories are
    never merged with each other, so a bridging article cannot fuse two events after the fact.
    """
    renewed = {c.article_id for c in new}
    index = _StoryIndex([c for c in existing if c.article_id not in renewed], len(existing) + len(new))
    previous = {c.article_id: c.story_id for c in existing if c.story_id}
    assigned: dict[str, str] = {}
    for candidate in sorted(new, key=lambda c: (c.published_date or date.max, c.placement, c.article_id)):
        story_id = _choose_story(candidate, index, previous.get(candidate.article_id), window_days)
        index.add(candidate, story_id)
        assigned[candidate.article_id] = story_id
    return assigned


class _StoryIndex:
    """The window's articles by story and by entity: where a new article looks for its story."""

    def __init__(self, articles: Sequence[StoryCandidate], pool_size: int) -> None:
        self.story_of: dict[str, str] = {}
        self.members: dict[str, list[StoryCandidate]] = defaultdict(list)
        self.article_of: dict[str, StoryCandidate] = {}
        # Articles by position: blocks hold positions, and each position's publication day (an ordinal,
        # _UNDATED for none) sits in an array, so a new article's candidates are counted and ordered in numpy.
        self.ids: list[str] = []
        self.position_of: dict[str, int] = {}
        self.day_ordinal = np.full(max(pool_size, 1), _UNDATED, dtype=np.int64)
        self.by_entity: dict[str, list[int]] = defaultdict(list)  # entity -> positions of the articles naming it
        # Each story's first dated report whose lead names a day: its publication day and lead days (event_day).
        self.first_report: dict[str, tuple[date, frozenset[int]]] = {}
        self.words = _Words()
        # An entity in most of the window's articles (Indonesia, Jakarta) says nothing about the event.
        self.block_limit = min(MAX_BLOCK, max(100, int(pool_size * COMMON_ENTITY_SHARE)))
        for article in articles:
            # An article loaded before stories existed is a story of its own.
            self.add(article, article.story_id or _new_story_id(article.article_id))

    def add(self, article: StoryCandidate, story_id: str) -> None:
        self.story_of[article.article_id] = story_id
        self.members[story_id].append(article)
        self.article_of[article.article_id] = article
        position = self.position_of.get(article.article_id)
        if position is None:
            position = self.position_of[article.article_id] = len(self.ids)
            self.ids.append(article.article_id)
            if position >= len(self.day_ordinal):
                self.day_ordinal = np.concatenate([self.day_ordinal, np.full_like(self.day_ordinal, _UNDATED)])
        self.day_ordinal[position] = _ordinal(article.published_date)
        for entity_id in article.entity_ids:
            self.by_entity[entity_id].append(position)
        if article.published_date is not None and article.lead_days:
            first = self.first_report.get(story_id)
            if first is None or article.published_date < first[0]:
                self.first_report[story_id] = (article.published_date, article.lead_days)

    def event_day(self, story_id: str) -> frozenset[int]:
        """The story's event day: the lead day of its first report in the window (empty if none names one)."""
        first = self.first_report.get(story_id)
        return first[1] if first is not None else frozenset()

    def candidates(self, article: StoryCandidate, window_days: int) -> Iterator[StoryCandidate]:
        """Articles sharing a not-too-common entity with `article` (dated: within the window), the ones that
        share the most entities first, then the closest in time (the undated last), then by id; lazily,
        since the caller stops after MAX_COMPARISONS. A window of a large outlet set holds thousands of
        articles naming the same few actors: they are counted and ordered in numpy, and only the groups the
        caller reaches are sorted by id."""
        blocks = [block for entity_id in article.entity_ids
                  if (block := self.by_entity.get(entity_id)) is not None and len(block) <= self.block_limit]
        if not blocks:
            return
        positions = np.fromiter(chain.from_iterable(blocks), dtype=np.int64, count=sum(map(len, blocks)))
        shared = np.bincount(positions, minlength=len(self.ids))
        own = self.position_of.get(article.article_id)
        if own is not None:
            shared[own] = 0
        found = np.flatnonzero(shared)
        counts = shared[found]
        distance = self._distances(article, found, window_days)
        keep = distance >= 0
        found, counts, distance = found[keep], counts[keep], distance[keep]
        order = np.lexsort((distance, -counts))
        found, counts, distance = found[order], counts[order], distance[order]
        # Groups of equal (shared entities, distance), each sorted by id when reached. Sliced from one list as
        # they are reached: np.split made an array of every group up front, while the caller reads few.
        bounds = (np.flatnonzero((np.diff(counts) != 0) | (np.diff(distance) != 0)) + 1).tolist()
        ordered, ids, article_of = found.tolist(), self.ids, self.article_of
        for start, end in zip([0, *bounds], [*bounds, len(ordered)], strict=True):
            yield from map(article_of.__getitem__, sorted(map(ids.__getitem__, ordered[start:end])))

    def _distances(self, article: StoryCandidate, positions: np.ndarray, window_days: int) -> np.ndarray:
        """Days between `article` and each candidate: window_days + 1 for an undated candidate (after the
        dated ones), -1 outside the window; all 0 when `article` is undated (it may be a copy of any)."""
        if article.published_date is None:
            return np.zeros(len(positions), dtype=np.int64)
        days = self.day_ordinal[positions]
        distance = np.abs(days - article.published_date.toordinal())
        distance[distance > window_days] = -1
        distance[days == _UNDATED] = window_days + 1
        return distance


def _scores(article: StoryCandidate, index: _StoryIndex, window_days: int) -> dict[str, list[tuple[float, bool]]]:
    """Similarity to at most PER_STORY members of each nearby story, at most MAX_COMPARISONS in all:
    the work per article is bounded whatever the size of the warehouse or of a story. Which members are
    compared does not depend on the scores, so they are chosen first and scored together."""
    chosen: list[StoryCandidate] = []
    # A plain dict: a Counter's lookup of a story not counted yet goes through its Python __missing__.
    per_story: dict[str, int] = {}
    story_of = index.story_of
    for other in index.candidates(article, window_days):
        story_id = story_of[other.article_id]
        taken = per_story.get(story_id, 0)
        if taken >= PER_STORY:
            continue
        per_story[story_id] = taken + 1
        chosen.append(other)
        if len(chosen) >= MAX_COMPARISONS:
            break
    scores: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    stories = [story_of[other.article_id] for other in chosen]
    event_days = [index.event_day(story_id) for story_id in stories] if article.lead_days else None
    for other, story_id, score in zip(chosen, stories, similarities(article, chosen, index.words, event_days),
                                      strict=True):
        scores[story_id].append((score, other.published_date is not None))
    return scores


def _choose_story(article: StoryCandidate, index: _StoryIndex, previous: str | None, window_days: int) -> str:
    scores = _scores(article, index, window_days)
    # A reloaded article keeps its story while it still reports that event, so reruns keep the ids.
    if previous and (not index.members.get(previous) or max(
            (s for s, _ in scores.get(previous, ())), default=0.0) >= SAME_EVENT):
        return previous
    best, best_score = None, 0.0
    for story_id, found in scores.items():
        score = _link(article, found)
        if score > best_score or (score == best_score and best is not None and story_id < best):
            best, best_score = story_id, score
    return best if best is not None and best_score >= 1.0 else _new_story_id(article.article_id)


def _link(article: StoryCandidate, found: list[tuple[float, bool]]) -> float:
    """How well an article fits a story, 1.0 or more when it belongs there.

    A copy of one member belongs (NEAR_DUPLICATE). Otherwise a dated article must be similar to at least half
    of the story's dated members: resembling one member is not enough, which is what let reports of different
    events of one topic chain A~B~C~D into a single story. Its fit is then the mean of its average similarity
    to them and its best one: a report of the event's second day may match the first day's reports unevenly
    (the one that told what came next well, the first bulletin little), and the average alone left it out.
    """
    near_copy = max(s for s, _ in found) / NEAR_DUPLICATE
    dated = [s for s, is_dated in found if is_dated]
    if article.published_date is None or not dated:
        return near_copy
    if 2 * sum(s >= SAME_EVENT for s in dated) < len(dated):
        return near_copy
    return max(near_copy, (sum(dated) / len(dated) + max(dated)) / 2 / SAME_EVENT)


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day is not None else _UNDATED


def _new_story_id(article_id: str) -> str:
    return "st-" + hashlib.sha256(article_id.encode()).hexdigest()[:16]


def candidate_for(article_id: str, published: date | None, entity_ids: Iterable[str], body: str) -> StoryCandidate:
    return StoryCandidate(article_id, published, frozenset(entity_ids), story_terms(body))


def article_candidate(article: NormalizedArticle) -> StoryCandidate:
    published = article.published_at.astimezone(UTC).isoformat() if article.published_at else ""
    return StoryCandidate(article.article_id, article.published_date, _entity_ids(article), _terms(article),
                          placement=f"{published}|{article.content_hash}")


def _terms(article: NormalizedArticle) -> frozenset[str]:
    return article.story_terms or story_terms(article.clean.body_text)


def _entity_ids(article: NormalizedArticle) -> frozenset[str]:
    return frozenset(m.entity_id for m in article.mentions)


def assign_batch(articles: Sequence[NormalizedArticle], neighbours: Sequence[StoryCandidate],
                 window_days: int) -> None:
    """Set story_id on each article of a batch, against the warehouse's articles of the window."""
    assigned = assign_stories([article_candidate(a) for a in articles], neighbours, window_days)
    for article in articles:
        article.story_id = assigned[article.article_id]


def loaded_candidates(articles: Iterable[NormalizedArticle]) -> list[StoryCandidate]:
    """Candidates of articles just loaded, with their story ids (for tasks.load.StoryWindow.remember).

    Words are shared among candidates (sys.intern) as for those read from the warehouse: articles arrive from
    the worker processes each with its own copies, 1.4 million strings (~75 MB) in a window of 10,000.
    """
    return [StoryCandidate(a.article_id, a.published_date, frozenset(map(sys.intern, _entity_ids(a))),
                           tuple(map(sys.intern, _terms(a))), a.story_id)
            for a in articles]


# --- staging.story_features: the candidates of loaded articles, kept so no batch re-reads their bodies ---------


def features_frame(articles: list[NormalizedArticle]) -> pa.Table:
    """Rows of staging.story_features for loaded articles: call with the articles write_batch just loaded.

    An Arrow table, not a DataFrame: DuckDB reads Arrow's list columns in C, while a DataFrame's lists of
    words went through Python objects one by one (0.13 against 0.03 s a batch of 1,000 articles, on the
    flow's own process, which every batch waits on)."""
    import pyarrow as pa  # here, not at the top: each worker process would hold it for nothing

    # Straight from the articles: a StoryCandidate would weigh every word again for nothing.
    words = pa.list_(pa.string())
    return pa.table({
        "article_id": pa.array([a.article_id for a in articles], pa.string()),
        "terms": pa.array([sorted(_terms(a)) for a in articles], words),
        "entity_ids": pa.array([sorted(_entity_ids(a)) for a in articles], words),
    })


def write_features(con: duckdb.DuckDBPyConnection, frame: pa.Table | pd.DataFrame) -> None:
    """Replace the batch's rows of staging.story_features, in bulk and in one transaction.

    Its own transaction after write_batch's: if it fails, the articles are loaded without features and
    tasks.load.story_neighbours computes theirs from body_text, as for articles loaded before 0004.
    """
    if len(frame) == 0:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("incoming_features", frame)
        con.execute("DELETE FROM staging.story_features "
                    "WHERE article_id IN (SELECT article_id FROM incoming_features)")
        con.execute("INSERT INTO staging.story_features (article_id, terms, entity_ids) "
                    "SELECT article_id, CAST(terms AS VARCHAR[]), CAST(entity_ids AS VARCHAR[]) FROM incoming_features")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("incoming_features")
