"""Precision and recall of normalization on a hand-annotated set of articles (samples/annotated).

Runs the real code an article goes through at night — tasks.clean.clean_document, tasks.normalize and
tasks.stories — without Prefect and without a warehouse, and compares what it finds with gold.json:

* publication dates: the article's published_date (an undated article must stay undated);
* date mentions: (surface, resolved value) pairs, matched exactly; "spans" counts surfaces alone;
* entities: mention level (exact span and the right entity) and article level (the set of entities);
* quotes: quoted text, then text and speaker together;
* stories: pairs of articles put in the same story, against the annotated story groups.

samples/annotated/README.md describes the gold fields. Run: `python -m kabar.evaluate_normalization`.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from kabar.config import PROJECT_ROOT, Settings
from tasks.clean import clean_document
from tasks.ingest import read_file
from tasks.models import NormalizedArticle, Quote
from tasks.normalize import normalize_article
from tasks.stories import assign_batch

DEFAULT_ROOT = PROJECT_ROOT / "samples" / "annotated"
AREAS = ("publication_dates", "date_mentions", "date_spans", "entity_mentions", "entity_sets", "quotes",
         "quote_speakers", "stories")
_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"',
                              "\u00bb": '"', "\u201e": '"'})
_MAX_SPEAKER_EXTRA_WORDS = 6  # a predicted speaker may carry a title ("Menteri Luar Negeri") around the name
# "Kota Palu" and "Palu", "Pulau Jawa" and "Jawa" name the same place: a mention may include the head word or not.
_PLACE_HEAD = re.compile(r"(?:Kota|Kabupaten|Kecamatan|Provinsi|Pulau|Desa|Kelurahan) ")


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives of one area."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass(slots=True)
class Scores:
    """Scores per area, and the individual misses for whoever wants to improve them."""

    areas: dict[str, Score] = field(default_factory=lambda: {area: Score() for area in AREAS})
    errors: dict[str, list[str]] = field(default_factory=lambda: {area: [] for area in AREAS})
    articles: int = 0

    def record(self, area: str, score: Score, misses: list[str]) -> None:
        self.areas[area].add(score)
        self.errors[area].extend(misses)


def fold(text: str | None) -> str:
    """Compare text as a reader does: same letters and words, whatever the quote marks and spacing."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTE_MARKS)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _fold_quote(text: str) -> str:
    return fold(text).strip(" .,;:!?\"'")


# --- running the pipeline ------------------------------------------------------------------------------


def load_gold(root: Path) -> dict[str, Any]:
    return json.loads((root / "gold.json").read_text(encoding="utf-8"))


def run_pipeline(root: Path, files: list[str]) -> dict[str, NormalizedArticle]:
    """Clean, normalize and assign stories to the annotated files, as the nightly flow does."""
    settings = Settings.from_env()
    normalized: dict[str, NormalizedArticle] = {}
    for name in files:
        document, problem = read_file(root / name, settings.max_input_bytes)
        if document is None:
            raise ValueError(f"{name}: {problem.detail if problem else 'unreadable'}")
        normalized[name] = normalize_article(clean_document(document))
    assign_batch(list(normalized.values()), [], settings.story_window_days)
    return normalized


# --- per-area comparison -------------------------------------------------------------------------------


def _publication(gold: dict[str, Any], art: NormalizedArticle) -> tuple[Score, list[str]]:
    expected, found = gold["published_date"], art.published_date.isoformat() if art.published_date else None
    if found == expected:
        return Score(tp=1 if expected else 0), []
    miss = [f"{gold['file']}: published {found}, expected {expected}"]
    return Score(fp=1 if found else 0, fn=1 if expected else 0), miss


def _multiset_score(expected: list[Any], found: list[Any], name: str, what: str) -> tuple[Score, list[str]]:
    want, got = Counter(expected), Counter(found)
    common = want & got
    missing, extra = want - common, got - common
    misses = [f"{name}: missed {what} {item!r}" for item in missing.elements()]
    misses += [f"{name}: spurious {what} {item!r}" for item in extra.elements()]
    tp = sum(common.values())
    return Score(tp, sum(got.values()) - tp, sum(want.values()) - tp), misses


def _date_mentions(gold: dict[str, Any], art: NormalizedArticle) -> tuple[tuple[Score, list[str]], ...]:
    expected = [(fold(d["surface"]), d["value"]) for d in gold["dates"]]
    found = [(fold(d.surface), d.resolved_value) for d in art.dates]
    both = _multiset_score(expected, found, gold["file"], "date")
    spans = _multiset_score([s for s, _ in expected], [s for s, _ in found], gold["file"], "date span")
    return both, spans


def _occurrences(body: str, surfaces: dict[str, int]) -> list[tuple[int, int, int]]:
    """Leftmost-longest, case-sensitive, word-bounded occurrences of the gold surfaces: (start, end, entity)."""
    hits = []
    for surface, index in surfaces.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?!\w)", body):
            hits.append((m.start(), m.end(), index))
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    chosen, last_end = [], -1
    for hit in hits:
        if hit[0] >= last_end:
            chosen.append(hit)
            last_end = hit[1]
    return chosen


def _key(body: str, start: int, end: int) -> tuple[int, int]:
    """Span compared without a leading place head word (see _PLACE_HEAD)."""
    head = _PLACE_HEAD.match(body, start)
    return (head.end() if head and head.end() < end else start), end


def _entity_fits(gold_entity: dict[str, Any], entity_id: str, entity_type: str, dominant: str | None) -> bool:
    if "id" in gold_entity:
        return entity_id in {gold_entity["id"], *gold_entity.get("also_ids", ())}
    return entity_type == gold_entity["type"] and entity_id == dominant


def _entities(gold: dict[str, Any], art: NormalizedArticle) -> tuple[tuple[Score, list[str]], ...]:
    body, name = art.clean.body_text, gold["file"]
    entities = gold["entities"]
    optional_index = len(entities)
    surfaces = {s: i for i, e in enumerate(entities) for s in e["surfaces"]}
    surfaces.update({s: optional_index for s in gold.get("optional_entities", ()) if s not in surfaces})
    occurrences = [(*_key(body, s, e), i) for s, e, i in _occurrences(body, surfaces)]
    gold_at = {(s, e): i for s, e, i in occurrences}
    found = [(m, _key(body, m.char_start, m.char_end)) for m in art.mentions]
    optional = [(s, e) for s, e, i in occurrences if i == optional_index]
    types = {e.entity_id: e.entity_type for e in art.entities}
    # The predicted id standing for a gold entity that has no curated id: the one most of its mentions carry.
    votes: dict[int, Counter[str]] = {}
    for m, key in found:
        if (index := gold_at.get(key)) is not None and index < optional_index:
            votes.setdefault(index, Counter())[m.entity_id] += 1
    dominant = {i: c.most_common(1)[0][0] for i, c in votes.items()}
    score, misses, matched = Score(), [], set()
    found_ids: dict[str, bool] = {}
    for m, key in found:
        if any(s <= key[0] < e for s, e in optional):
            continue
        index = gold_at.get(key)
        ok = index is not None and index < optional_index and _entity_fits(
            entities[index], m.entity_id, types.get(m.entity_id, ""), dominant.get(index))
        found_ids[m.entity_id] = found_ids.get(m.entity_id, False) or ok
        if ok:
            score.tp += 1
            matched.add(key)
        else:
            score.fp += 1
            misses.append(f"{name}: spurious mention {m.surface!r} -> {m.entity_id}")
    for s, e, i in occurrences:
        if i < optional_index and (s, e) not in matched:
            score.fn += 1
            misses.append(f"{name}: missed mention {body[s:e]!r} ({_label(entities[i])})")
    found_gold = {i for s, e, i in occurrences if (s, e) in matched}
    wanted = {i for _, _, i in occurrences if i < optional_index}
    sets = Score(tp=len(found_gold), fp=sum(1 for ok in found_ids.values() if not ok), fn=len(wanted - found_gold))
    set_misses = [f"{name}: entity not found {_label(entities[i])}" for i in sorted(wanted - found_gold)]
    set_misses += [f"{name}: spurious entity {i}" for i, ok in found_ids.items() if not ok]
    return (score, misses), (sets, set_misses)


def _label(entity: dict[str, Any]) -> str:
    return entity.get("id") or f"{entity['type']}:{entity['name']}"


def _surface_fits(expected: str, found: str) -> bool:
    want, got = fold(expected), fold(found)
    return want in got and len(got.split()) <= len(want.split()) + _MAX_SPEAKER_EXTRA_WORDS


def _speaker_fits(expected: str | None, quote: Quote, surfaces_of: dict[str, set[str]]) -> bool:
    """The speaker as written, or the entity the speaker was linked to ("kata dia" linked to the minister)."""
    if expected is None or quote.speaker_surface is None:
        return expected is None and quote.speaker_surface is None
    if _surface_fits(expected, quote.speaker_surface):
        return True
    linked = surfaces_of.get(quote.speaker_entity_id or "", set())
    return any(_surface_fits(expected, surface) or _surface_fits(surface, expected) for surface in linked)


def _quotes(gold: dict[str, Any], art: NormalizedArticle) -> tuple[tuple[Score, list[str]], ...]:
    name = gold["file"]
    texts = _multiset_score([_fold_quote(q["text"]) for q in gold["quotes"]],
                            [_fold_quote(q.text) for q in art.quotes], name, "quote")
    found = {_fold_quote(q.text): q for q in art.quotes}
    surfaces_of: dict[str, set[str]] = {}
    for m in art.mentions:
        surfaces_of.setdefault(m.entity_id, set()).add(m.surface)
    speakers, misses = Score(), []
    for q in gold["quotes"]:
        key = _fold_quote(q["text"])
        if key in found and _speaker_fits(q["speaker"], found[key], surfaces_of):
            speakers.tp += 1
            continue
        speakers.fn += 1
        if key in found:
            speakers.fp += 1
            misses.append(f"{name}: speaker {found[key].speaker_surface!r}, expected {q['speaker']!r} for {key[:40]!r}")
    speakers.fp += texts[0].fp  # a spurious quotation has a wrong speaker too
    return texts, (speakers, misses)


def _stories(gold: dict[str, Any], normalized: dict[str, NormalizedArticle]) -> tuple[Score, list[str]]:
    group_of = {f: i for i, group in enumerate(gold["stories"]) for f in group}
    score, misses = Score(), []
    for a, b in combinations(sorted(normalized), 2):
        expected = a in group_of and group_of.get(a) == group_of.get(b)
        found = normalized[a].story_id == normalized[b].story_id
        if expected and found:
            score.tp += 1
        elif expected or found:
            score.fp += found
            score.fn += expected
            misses.append(f"{'joined' if found else 'split'}: {a} / {b}")
    return score, misses


# --- entry points --------------------------------------------------------------------------------------


def evaluate(root: Path = DEFAULT_ROOT) -> Scores:
    """Scores of the current normalization code against the annotated set under `root`."""
    gold = load_gold(root)
    documents = {doc["file"]: doc for doc in gold["articles"]}
    normalized = run_pipeline(root, sorted(documents))
    scores = Scores(articles=len(documents))
    for name, doc in sorted(documents.items()):
        art = normalized[name]
        scores.record("publication_dates", *_publication(doc, art))
        both, spans = _date_mentions(doc, art)
        scores.record("date_mentions", *both)
        scores.record("date_spans", *spans)
        mentions, sets = _entities(doc, art)
        scores.record("entity_mentions", *mentions)
        scores.record("entity_sets", *sets)
        texts, speakers = _quotes(doc, art)
        scores.record("quotes", *texts)
        scores.record("quote_speakers", *speakers)
    scores.record("stories", *_stories(gold, normalized))
    return scores


_LABELS = {
    "publication_dates": "publication dates",
    "date_mentions": "date mentions (surface+value)",
    "date_spans": "date mentions (surface only)",
    "entity_mentions": "entities (mentions)",
    "entity_sets": "entities (per-article sets)",
    "quotes": "quotes (text)",
    "quote_speakers": "quotes (text+speaker)",
    "stories": "stories (same-story pairs)",
}


def render(scores: Scores, errors: int = 0) -> str:
    """A plain-text table of precision, recall and F1 per area; `errors` misses listed per area."""
    lines = [f"Normalization on {scores.articles} annotated articles", "",
             f"{'area':<32}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for area in AREAS:
        s = scores.areas[area]
        lines.append(f"{_LABELS[area]:<32}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    for area in AREAS:
        if errors and scores.errors[area]:
            lines += ["", f"{_LABELS[area]}:"] + [f"  {e}" for e in scores.errors[area][:errors]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    errors = int(args[args.index("--errors") + 1]) if "--errors" in args else 0
    root = Path(args[0]) if args and not args[0].startswith("--") else DEFAULT_ROOT
    sys.stdout.write(render(evaluate(root), errors) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
