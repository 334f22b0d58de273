"""How well Kabar finds an article's main text, against hand-written gold text (samples/web/**/*.gold.txt).

Two systems are scored on the same pages:
- kabar: the body_text Kabar would load (tasks.clean.clean_document on the page, i.e. tasks.html with
  trafilatura and the furniture filter, then the line-level cleaner);
- trafilatura: plain `trafilatura.extract(html)` with its defaults, the baseline Kabar must not fall under.
Multi-page articles are handed to Kabar as the crawler hands them over (page 1, then a page marker and the
next page's HTML); trafilatura extracts each page and the texts are joined, so both see every page.

The measure is the one of the Zyte (Scrapinghub) article-extraction-benchmark: texts become lowercase word
tokens, tokens become overlapping shingles of N_SHINGLE = 4 tokens, and precision, recall and F1 are computed
over the multisets of shingles (a shingle predicted twice but present once counts once). Shingles reward
getting the text and its order right without caring about whitespace or paragraph breaks. Scores are given
per page, then per outlet and overall both as macro averages (mean of the pages' scores) and micro averages
(pooled shingle counts, so long articles weigh more).

Run: `python -m kabar.evaluate_extraction [ROOT]` (the lead wires it as `kabar evaluate extraction`).
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path

from kabar.config import PROJECT_ROOT

SITE_ROOT = PROJECT_ROOT / "samples" / "web"
BASE_URL = "http://kabar.test"  # the test site's placeholder base URL (samples/web/README.md)
N_SHINGLE = 4
SYSTEMS = ("kabar", "trafilatura")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Score:
    """Shingle counts of one comparison (or pooled over several) and the derived measures."""

    matched: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else float(self.expected == 0)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else float(self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Average:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class PageScore:
    path: str  # page 1's file, relative to the site root
    outlet: str
    pages: int
    scores: dict[str, Score]  # by system


@dataclass(slots=True)
class ExtractionScores:
    root: str
    pages: list[PageScore] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # extraction time per system

    def outlets(self) -> list[str]:
        return sorted({page.outlet for page in self.pages})

    def macro(self, system: str, outlet: str | None = None) -> Average:
        scores = [p.scores[system] for p in self.pages if outlet in (None, p.outlet)]
        if not scores:
            return Average(0.0, 0.0, 0.0)
        n = len(scores)
        return Average(sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n,
                       sum(s.f1 for s in scores) / n)

    def micro(self, system: str, outlet: str | None = None) -> Average:
        scores = [p.scores[system] for p in self.pages if outlet in (None, p.outlet)]
        pooled = Score(sum(s.matched for s in scores), sum(s.predicted for s in scores),
                       sum(s.expected for s in scores))
        return Average(pooled.precision, pooled.recall, pooled.f1)


def tokens(text: str) -> list[str]:
    """Lowercase word tokens (letters and digits; punctuation and spacing ignored)."""
    return _TOKEN.findall(text.lower())


def shingles(text: str, n: int = N_SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of overlapping n-token shingles; a text shorter than n tokens is one shingle."""
    words = tokens(text)
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def score(predicted: str, expected: str, n: int = N_SHINGLE) -> Score:
    """Precision, recall and F1 of `predicted` against `expected` over shingle multisets."""
    got, want = shingles(predicted, n), shingles(expected, n)
    return Score(sum((got & want).values()), sum(got.values()), sum(want.values()))


def article_pages(root: Path = SITE_ROOT) -> list[tuple[Path, list[Path]]]:
    """(gold file, page files in order) for every article of the site, by the naming convention."""
    found = []
    for gold in sorted(root.rglob("*.gold.txt")):
        stem = gold.name.removesuffix(".gold.txt")
        first = gold.with_name(stem + ".html")
        if not first.is_file():
            continue
        pages, number = [first], 2
        while True:
            nxt = next((p for p in (gold.with_name(f"{stem}.page-{number}.html"),
                                    gold.with_name(stem) / f"{number}.html") if p.is_file()), None)
            if nxt is None:
                break
            pages.append(nxt)
            number += 1
        found.append((gold, pages))
    return found


def page_url(root: Path, page: Path) -> str:
    """The URL a page file is served under (inverse of tests/site_server.py's mapping)."""
    relative = page.relative_to(root).as_posix().removesuffix(".html")
    match = re.fullmatch(r"(?P<path>.+)\.page-(?P<n>\d+)", relative)
    return f"{BASE_URL}/{match['path']}?page={match['n']}" if match else f"{BASE_URL}/{relative}"


def crawled_document(root: Path, pages: list[Path]) -> str:
    """The pages joined the way the crawler hands a multi-page article over."""
    parts = [pages[0].read_text(encoding="utf-8")]
    for page in pages[1:]:
        parts.append(f'<!-- kabar:page url="{page_url(root, page)}" -->')
        parts.append(page.read_text(encoding="utf-8"))
    return "\n".join(parts)


def kabar_text(html: str, url: str) -> str:
    """The body_text Kabar would load for this page."""
    from tasks.clean import clean_document
    from tasks.models import RawDocument

    payload = html.encode("utf-8")
    document = RawDocument(url, url.rsplit("/", 1)[-1], payload, sha256(payload).hexdigest(), "text/html", html,
                           "utf-8", datetime.now(UTC))
    return clean_document(document).body_text


def trafilatura_text(pages: list[str]) -> str:
    import trafilatura

    return "\n".join(trafilatura.extract(page) or "" for page in pages)


def evaluate(root: Path = SITE_ROOT) -> ExtractionScores:
    """Score Kabar's main text and plain trafilatura's against every gold file under `root`."""
    root = Path(root)
    result = ExtractionScores(root=str(root), seconds=dict.fromkeys(SYSTEMS, 0.0))
    for gold_file, pages in article_pages(root):
        gold = gold_file.read_text(encoding="utf-8")
        htmls = [p.read_text(encoding="utf-8") for p in pages]
        started = time.perf_counter()
        ours = kabar_text(crawled_document(root, pages), page_url(root, pages[0]))
        middle = time.perf_counter()
        theirs = trafilatura_text(htmls)
        result.seconds["kabar"] += middle - started
        result.seconds["trafilatura"] += time.perf_counter() - middle
        relative = pages[0].relative_to(root).as_posix()
        result.pages.append(PageScore(relative, relative.split("/", 1)[0], len(pages),
                                      {"kabar": score(ours, gold), "trafilatura": score(theirs, gold)}))
    return result


def render(scores: ExtractionScores) -> str:
    """A plain-text report: per outlet and overall, Kabar against trafilatura (P / R / F1, macro)."""
    header = f"{'outlet':<14}{'pages':>6}  {'kabar P':>8}{'R':>7}{'F1':>7}  {'trafilatura P':>14}{'R':>7}{'F1':>7}"
    lines = [f"Main-text extraction on {len(scores.pages)} articles of {scores.root}",
             f"token-shingle F1, n = {N_SHINGLE} (Zyte article-extraction-benchmark measure)", "", header,
             "-" * len(header)]
    for outlet in scores.outlets():
        count = sum(1 for p in scores.pages if p.outlet == outlet)
        lines.append(_row(outlet, count, scores.macro("kabar", outlet), scores.macro("trafilatura", outlet)))
    lines.append("-" * len(header))
    lines.append(_row("all (macro)", len(scores.pages), scores.macro("kabar"), scores.macro("trafilatura")))
    lines.append(_row("all (micro)", len(scores.pages), scores.micro("kabar"), scores.micro("trafilatura")))
    worst = sorted(scores.pages, key=lambda p: p.scores["kabar"].f1)[:3]
    lines += ["", "lowest Kabar F1: " + ", ".join(f"{p.path} {p.scores['kabar'].f1:.3f}" for p in worst),
              "seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in scores.seconds.items())]
    return "\n".join(lines)


def _row(label: str, count: int, ours: Average, theirs: Average) -> str:
    return (f"{label:<14}{count:>6}  {ours.precision:>8.3f}{ours.recall:>7.3f}{ours.f1:>7.3f}  "
            f"{theirs.precision:>14.3f}{theirs.recall:>7.3f}{theirs.f1:>7.3f}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    scores = evaluate(Path(args[0]) if args else SITE_ROOT)
    if not scores.pages:
        sys.stderr.write(f"no annotated pages (<page>.html beside <page>.gold.txt) under {scores.root}\n")
        return 2
    sys.stdout.write(render(scores) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
