"""A synthetic, seeded news corpus for benchmarks: Indonesian articles as .txt files or .html pages.

Articles come in groups about one event (a flood in an invented village, a corruption case, a match...),
each article of a group written by a different outlet in that outlet's layout: header lines, date
lines, datelines, bylines, "Baca juga" links, ads, share and app prompts, captions, trending lists and
end marks, or for HTML a full page with navigation, metadata and footer. Entities come from the
gazetteer (places, organizations, public figures) plus invented people introduced by their role; dates
are written both absolute and relative to the publication day. Everything comes from the templates in
lexicon.py and a seeded random generator: the same seed gives byte-identical files.

Files are written one by one as they are generated (never the whole corpus in memory), 1,000 per folder.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from pathlib import Path

from kabar.benchmark import lexicon as lx
from tasks.reference import gazetteer, outlets

WIB = timezone(timedelta(hours=7), "WIB")
FIRST_DAY = date(2022, 1, 3)
DAYS_SPAN = 3 * 365
FORMATS = ("txt", "html")
FILES_PER_FOLDER = 1000
MIN_WORDS, MAX_WORDS = 150, 1200  # body length range (a lognormal around 400 words, clipped)
SYNDICATED_SHARE = 0.01  # articles that are a byte-identical copy of another under a new name
ARTICLES_PER_EVENT = 2.2  # mean group size (see _group_size): turns a number of articles per day into events
PER_DAY = 2000  # articles a day in the default corpus: a large outlet set's night


@dataclass(frozen=True, slots=True)
class Pools:
    """Surfaces the generator draws entities from (from the gazetteer, so the pipeline can resolve them)."""

    places: tuple[str, ...]
    countries: tuple[str, ...]
    organizations: tuple[str, ...]
    figures: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str

    @property
    def short(self) -> str:
        return self.name.split()[-1]


@dataclass(slots=True)
class Event:
    """What a group of articles reports: the same facts, people and distinctive words in each."""

    number: int
    day: date
    topic: lx.Topic
    slots: dict[str, str]
    people: list[Person]


@dataclass(slots=True)
class Article:
    """One article before rendering: header and footer lines around body blocks of (kind, text)."""

    number: int
    style: str
    outlet: str
    domain: str
    title: str
    author: str | None
    published: datetime | None
    canonical_url: str
    header: list[str] = field(default_factory=list)
    blocks: list[tuple[str, str]] = field(default_factory=list)  # kind: p | h | read | ad | promo | caption
    footer: list[str] = field(default_factory=list)
    trending: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CorpusStats:
    articles: int = 0
    events: int = 0
    syndicated_copies: int = 0
    bytes: int = 0
    words: int = 0
    min_words: int = 10**9
    max_words: int = 0


@cache
def pools() -> Pools:
    entries = {e.entity_id: e for e in gazetteer()}
    places = tuple(entries[i].aliases[0] for i in lx.INDONESIAN_PLACES if i in entries)
    countries = tuple(e.aliases[0] for e in entries.values()
                      if e.entity_type == "location" and e.wikidata_id and e.entity_id not in lx.INDONESIAN_PLACES
                      and len(e.aliases[0].split()) <= 2)[:120]
    organizations = tuple(e.aliases[0] for e in entries.values() if e.entity_type == "organization")
    figures = tuple(e.name for e in entries.values() if e.entity_type == "person")
    return Pools(places, countries, organizations, figures)


def generate(out_dir: Path, count: int, fmt: str = "txt", seed: int = 7, per_day: int = PER_DAY) -> CorpusStats:
    """Write `count` articles under out_dir (as .txt or .html), deterministically for a seed.

    Events follow each other in time at about `per_day` articles a day, so file order is publication order
    (an archive or a night's crawl); per_day=0 scatters events at random over three years instead.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    stats = CorpusStats()
    for article, text in _texts(count, fmt, seed, per_day, stats):
        path = article_path(out_dir, article.number, seed, fmt)
        path.parent.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        stats.articles += 1
        stats.bytes += len(data)
    return stats


def article_path(out_dir: Path, number: int, seed: int, fmt: str) -> Path:
    digest = hashlib.sha256(f"{seed}:{number}".encode()).hexdigest()[:16]
    return out_dir / f"{number // FILES_PER_FOLDER:04d}" / f"{number:07d}_{digest}.{fmt}"


def _texts(count: int, fmt: str, seed: int, per_day: int, stats: CorpusStats) -> Iterator[tuple[Article, str]]:
    render = render_html if fmt == "html" else render_text
    number = 0
    event_number = 0
    while number < count:
        rng = random.Random(f"{seed}:event:{event_number}")
        event = make_event(event_number, rng, _event_day(event_number, per_day, rng))
        stats.events += 1
        previous: str | None = None
        for _ in range(min(_group_size(rng), count - number)):
            if previous is not None and rng.random() < SYNDICATED_SHARE:
                stats.syndicated_copies += 1
                yield _copy_stub(number), previous
            else:
                article = make_article(event, number, rng)
                words = sum(len(text.split()) for kind, text in article.blocks if kind in {"p", "h"})
                stats.words += words
                stats.min_words, stats.max_words = min(stats.min_words, words), max(stats.max_words, words)
                previous = render(article, rng)
                yield article, previous
            number += 1
        event_number += 1


def _copy_stub(number: int) -> Article:
    return Article(number, "copy", "", "", "", None, None, "")


def _group_size(rng: random.Random) -> int:
    """Most events get one to three articles; a few big ones get up to eight."""
    return min(8, 1 + int(rng.expovariate(0.6)))


def _coin(rng: random.Random) -> str:
    word = "".join(rng.choice(lx.SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(lx.COIN_KINDS)} {word.capitalize()}"


def _event_day(number: int, per_day: int, rng: random.Random) -> date:
    if per_day <= 0:
        return FIRST_DAY + timedelta(days=rng.randrange(DAYS_SPAN))
    return FIRST_DAY + timedelta(days=int(number * ARTICLES_PER_EVENT / per_day) + rng.randint(0, 1))


def make_event(number: int, rng: random.Random, day: date) -> Event:
    p = pools()
    topic = rng.choice(lx.TOPICS)
    slots = {
        "place": rng.choice(p.places), "country": rng.choice(p.countries), "org": rng.choice(p.organizations),
        "figure": rng.choice(p.figures), "coin": _coin(rng), "thing": topic.thing,
        "uni": rng.choice(lx.UNIVERSITIES), "company": rng.choice(lx.COMPANIES),
        "n1": str(rng.randint(12, 900)), "n2": f"{rng.randint(2, 60) * 100:,}".replace(",", "."),
        "n3": str(rng.randint(3, 95)), "n4": str(rng.randint(1, 5)), "n5": str(rng.randint(0, 3)),
        "mag": f"{rng.randint(40, 69) / 10:.1f}".replace(".", ","), "price": str(rng.randint(11, 980)),
        "year": str(day.year - rng.randint(2, 15)),
    }
    people = [Person(f"{rng.choice(lx.FIRST_NAMES)} {rng.choice(lx.LAST_NAMES)}",
                     rng.choice(lx.PERSON_ROLES).format(**slots)) for _ in range(rng.randint(1, 3))]
    return Event(number, day, topic, slots, people)


# --- dates -------------------------------------------------------------------------------------------

def _weekday(day: date) -> str:
    return lx.WEEKDAYS[day.weekday()]


def _long_date(day: date) -> str:
    return f"{day.day} {lx.MONTHS[day.month - 1]} {day.year}"


def _day_phrase(event_day: date, published: date, rng: random.Random) -> str:
    """How an article says when the event happened, absolute or relative to its publication day."""
    gap = (published - event_day).days
    options = [f"pada {_weekday(event_day)} ({event_day.day}/{event_day.month}/{event_day.year})",
               f"pada {_long_date(event_day)}", f"pada hari {_weekday(event_day)}"]
    if gap == 0:
        options += ["hari ini", "pagi tadi"]
    elif gap == 1:
        options += ["kemarin", f"pada {_weekday(event_day)} malam"]
    return rng.choice(options)


def _date_slots(event: Event, published: date, rng: random.Random) -> dict[str, str]:
    later = published + timedelta(days=rng.randint(2, 20))
    return {
        "day_phrase": _day_phrase(event.day, published, rng),
        "day_phrase2": rng.choice(["pada sore harinya", "pekan ini", "hingga malam"]),
        "month_phrase": rng.choice(["bulan lalu", "awal tahun ini", f"pada {lx.MONTHS[(published.month + 9) % 12]}",
                                    "pekan lalu"]),
        "future_phrase": rng.choice(["pekan depan", f"pada {_long_date(later)}", "bulan depan", "besok"]),
    }


# --- articles ----------------------------------------------------------------------------------------

def make_article(event: Event, number: int, rng: random.Random) -> Article:
    style = rng.choice(STYLE_NAMES)
    outlet = _outlet_for(style, rng)
    published_day = event.day + timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    published = datetime.combine(published_day, time(rng.randint(5, 22), rng.choice((0, 5, 15, 30, 42))), WIB)
    slots = {**event.slots, **_date_slots(event, published_day, rng), "outlet": outlet[0]}
    title = rng.choice(event.topic.titles).format(**slots)
    slug = "-".join(title.lower().replace(",", "").split()[:8])
    url = f"https://www.{outlet[1]}/read/{published_day:%Y/%m/%d}/{number:07d}/{slug}"
    author = f"{rng.choice(lx.FIRST_NAMES)} {rng.choice(lx.LAST_NAMES)}"
    article = Article(number, style, outlet[0], outlet[1], title, author, published, url)
    article.blocks = _body(event, slots, rng)
    article.trending = [rng.choice(t.titles).format(**slots) for t in rng.sample(lx.TOPICS, 4)]
    STYLES[style](article, slots, rng)
    _trim(article)
    return article


def _trim(article: Article) -> None:
    """Drop the last paragraphs but one while the layout (datelines, numbered headings) overshot MAX_WORDS."""
    def words() -> int:
        return sum(len(text.split()) for kind, text in article.blocks if kind in {"p", "h"})

    while words() > MAX_WORDS:
        last_paragraph = max(i for i, (kind, _) in enumerate(article.blocks[:-1]) if kind in {"p", "h"})
        del article.blocks[last_paragraph]


def _outlet_for(style: str, rng: random.Random) -> tuple[str, str]:
    wanted = {"kompas": "kompas.com", "antara": "antaranews.com", "detik": "detik.com", "tempo": "tempo.co",
              "idn": "idntimes.com", "regional": "riau24.com"}.get(style)
    known = {o.domain: o for o in outlets()}
    if wanted in known:
        return known[wanted].name, wanted
    other = rng.choice([o for o in outlets() if o.domain.endswith((".com", ".id", ".co.id"))])
    return other.name, other.domain


def _target_words(rng: random.Random) -> int:
    return max(MIN_WORDS, min(MAX_WORDS, int(rng.lognormvariate(6.0, 0.45))))


def _body(event: Event, slots: dict[str, str], rng: random.Random) -> list[tuple[str, str]]:
    """Lead, then paragraphs of topic and generic sentences and quotes, up to a target length."""
    target = _target_words(rng)
    blocks = [("p", _lead(event, slots, rng))]
    words = len(blocks[0][1].split())
    speakers = list(event.people)
    while words < target:
        kind, text = _next_block(event, slots, speakers, rng)
        if words + len(text.split()) > MAX_WORDS:
            break
        blocks.append((kind, text))
        words += len(text.split())
    return blocks


def _lead(event: Event, slots: dict[str, str], rng: random.Random) -> str:
    text = rng.choice(event.topic.leads).format(**slots)
    return text[0].upper() + text[1:]


def _next_block(event: Event, slots: dict[str, str], speakers: list[Person],
                rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.08:
        return "h", rng.choice(lx.SUBHEADINGS)
    if roll < 0.35:
        return "p", _quote_paragraph(event, slots, speakers, rng)
    sentences = [s.format(**slots) for s in rng.sample(event.topic.sentences, 2)]
    sentences += [s.format(**slots) for s in rng.sample(lx.GENERIC_SENTENCES, rng.randint(0, 2))]
    sentences += [_filler(rng) for _ in range(rng.randint(1, 2))]
    rng.shuffle(sentences)
    return "p", " ".join(sentences)


def _filler(rng: random.Random) -> str:
    parts = (rng.choice(lx.FILLER_SUBJECTS), rng.choice(lx.FILLER_VERBS), rng.choice(lx.FILLER_OBJECTS),
             rng.choice(lx.FILLER_TAILS))
    return " ".join(parts) + "."


def _quote_paragraph(event: Event, slots: dict[str, str], speakers: list[Person], rng: random.Random) -> str:
    """A quotation with its speaker: introduced with the role the first time, by surname afterwards."""
    person = rng.choice(event.people)
    words = rng.choice(event.topic.quotes).format(**slots)
    verb = rng.choice(lx.SPEECH_VERBS)
    open_mark, close_mark = rng.choice((("\u201c", "\u201d"), ('"', '"')))
    if person in speakers:
        speakers.remove(person)
        return f"{open_mark}{words},{close_mark} {verb} {person.name}, {person.role}, {slots['day_phrase']}."
    if rng.random() < 0.5:
        return f"{open_mark}{words},{close_mark} {verb} {person.short}."
    return f"Menurut {person.short}, {words[0].lower() + words[1:]}."


# --- outlet layouts ----------------------------------------------------------------------------------

def _insert(blocks: list[tuple[str, str]], kind: str, text: str, rng: random.Random) -> None:
    """Put a block between paragraphs, never before the lead."""
    blocks.insert(rng.randint(1, max(1, len(blocks) - 1)), (kind, text))


def _read_also(article: Article, slots: dict[str, str], rng: random.Random, times: int) -> None:
    for _ in range(times):
        other = rng.choice(lx.TOPICS)
        title = rng.choice(other.titles).format(**slots)
        _insert(article.blocks, "read", rng.choice(lx.READ_ALSO).format(title=title), rng)


def _caption(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    credit = rng.choice(lx.CAPTION_CREDITS).format(org=slots["org"], outlet=article.outlet, author=article.author)
    text = f"Suasana di {slots['coin']}, {slots['place']}, setelah {slots['thing']} terjadi {credit}"
    _insert(article.blocks, "caption", text, rng)


def _lead_prefix(article: Article, prefix: str) -> None:
    kind, lead = article.blocks[0]
    article.blocks[0] = (kind, prefix + lead[0].upper() + lead[1:])


def _style_kompas(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    at = article.published
    assert at is not None
    article.header = [f"Baca berita tanpa iklan. Gabung {article.outlet}+", article.title,
                      f"{article.outlet} - {at:%d/%m/%Y, %H:%M} WIB", str(article.author), "Penulis"]
    _lead_prefix(article, f"{slots['place'].upper()}, KOMPAS.com - ")
    _read_also(article, slots, rng, rng.randint(1, 3))
    _caption(article, slots, rng)
    article.footer = [lx.PROMO_LINES[1], lx.TRENDING_HEADINGS[3], *article.trending, "Bagikan artikel ini melalui",
                      "Oke"]


def _style_antara(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    at = article.published
    assert at is not None
    article.header = [article.title, f"{_weekday(at.date())}, {_long_date(at.date())} {at:%H:%M} WIB"]
    _lead_prefix(article, f"{slots['place']} (ANTARA) - ")
    _read_also(article, slots, rng, 1)
    kind, last = article.blocks[-1]
    article.blocks[-1] = (kind, last + " (ant)")
    article.footer = [f"Editor: {article.author}", "Komentar"]


def _style_detik(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    at = article.published
    assert at is not None
    day = at.date()
    article.header = [article.title, f"{article.author} - detikNews",
                      f"{_weekday(day)}, {day.day:02d} {lx.SHORT_MONTHS[day.month - 1]} {day.year} {at:%H:%M} WIB"]
    _lead_prefix(article, f"{slots['place']} - ")
    _read_also(article, slots, rng, 2)
    _insert(article.blocks, "ad", lx.AD_LINES[2], rng)
    kind, last = article.blocks[-1]
    article.blocks[-1] = (kind, last + f" ({''.join(rng.choice('abcdefghijklmnoprstuvwy') for _ in range(3))}/dtk)")
    article.footer = [lx.PROMO_LINES[0].format(outlet=article.outlet)]


def _style_tempo(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    at = article.published
    assert at is not None
    article.header = [article.title, f"{_weekday(at.date())}, {_long_date(at.date())} | {at:%H:%M} WIB",
                      f"Reporter: {article.author}"]
    _lead_prefix(article, f"TEMPO.CO, {slots['place']} - ")
    _read_also(article, slots, rng, 1)
    article.footer = [lx.PROMO_LINES[2].format(outlet=article.outlet), lx.TRENDING_HEADINGS[0], *article.trending]


def _style_idn(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    caption = f"Ilustrasi {slots['thing']} di {slots['place']} (dok. Humas {slots['org']})"
    article.header = [lx.AD_LINES[3], f"Baca artikel {article.outlet} lainnya di IDN App", caption, caption]
    _lead_prefix(article, f"{slots['place']}, IDN Times - ")
    number = 1
    for i, (kind, _) in enumerate(article.blocks):
        if kind == "h":
            article.blocks[i] = ("h", f"{number}. {rng.choice(lx.SUBHEADINGS)} soal {slots['thing']}")
            number += 1
    article.footer = ["This article is written by our community writers and reviewed by the editors.",
                      "Editorial Team"]
    article.published = None if rng.random() < 0.3 else article.published  # some pages print no date


def _style_wire(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    """Translated wire copy: no date line; the date is in the source URL at the end."""
    article.header = [article.title]
    article.blocks.insert(1, ("h", rng.choice(lx.SUBHEADINGS)))
    article.footer = ["Bacaan lebih lanjut", rng.choice(article.trending), f"Sumber: {article.canonical_url}"]
    article.author = None


def _style_daily(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    """An English-language daily translated: a date line, an upper-case dateline with a dash."""
    at = article.published
    assert at is not None
    article.header = [_long_date(at.date())]
    _lead_prefix(article, f"{slots['place'].upper()} \u2013 ")
    article.author = None


def _style_regional(article: Article, slots: dict[str, str], rng: random.Random) -> None:
    """A regional site: title, an outlet dateline, no date line (the lead's date dates it, or nothing)."""
    article.header = [article.title]
    _lead_prefix(article, "RIAU24.COM - ")
    kind, last = article.blocks[-1]
    article.blocks[-1] = (kind, last + " ***")
    article.author = None


STYLES: dict[str, Callable[[Article, dict[str, str], random.Random], None]] = {
    "kompas": _style_kompas, "antara": _style_antara, "detik": _style_detik, "tempo": _style_tempo,
    "idn": _style_idn, "wire": _style_wire, "daily": _style_daily, "regional": _style_regional,
}
STYLE_NAMES = tuple(STYLES)


# --- rendering ---------------------------------------------------------------------------------------

def render_text(article: Article, rng: random.Random) -> str:
    separator = "\n" if article.style in {"daily", "regional"} else "\n\n"
    lines = [*article.header, *(text for _, text in article.blocks), *article.footer]
    return separator.join(lines) + "\n"


def render_html(article: Article, rng: random.Random) -> str:
    parts = ["<!DOCTYPE html>", '<html lang="id">', "<head>", '<meta charset="utf-8">',
             f"<title>{_e(article.title)} - {_e(article.outlet)}</title>", *_html_meta(article, rng), "</head>",
             "<body>", _html_nav(article), "<main>", "<article>", f"<h1>{_e(article.title)}</h1>",
             _html_byline(article), '<div class="content">', *_html_blocks(article, rng), "</div>",
             _html_share(), "</article>", _html_trending(article), "</main>", _html_footer(article), "</body>",
             "</html>"]
    return "\n".join(parts) + "\n"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_meta(article: Article, rng: random.Random) -> list[str]:
    meta = [f'<link rel="canonical" href="{_e(article.canonical_url)}">',
            f'<meta property="og:title" content="{_e(article.title)}">',
            f'<meta property="og:site_name" content="{_e(article.outlet)}">']
    if article.published is None:
        return meta
    iso = article.published.isoformat()
    if rng.random() < 0.5:
        meta.append(f'<meta property="article:published_time" content="{iso}">')
    else:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
              "datePublished": iso, "author": {"@type": "Person", "name": article.author or article.outlet}}
        meta.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return meta


def _html_nav(article: Article) -> str:
    items = "".join(f'<li><a href="https://www.{article.domain}/{m.lower().replace(" ", "-")}">{m}</a></li>'
                    for m in lx.MENU)
    return f'<header><div class="logo">{_e(article.outlet)}</div><nav><ul>{items}</ul></nav></header>'


def _html_byline(article: Article) -> str:
    author = f'<span class="author">{_e(article.author)}</span>' if article.author else ""
    when = ""
    if article.published is not None:
        at = article.published
        when = f'<time datetime="{at.isoformat()}">{_long_date(at.date())}, {at:%H:%M} WIB</time>'
    return f'<div class="byline">{author} {when}</div>'


def _html_blocks(article: Article, rng: random.Random) -> Iterator[str]:
    for kind, text in article.blocks:
        if kind == "h":
            yield f"<h2>{_e(text)}</h2>"
        elif kind == "read":
            label, _, title = text.partition(": ")
            yield f'<p class="read-also"><strong>{_e(label)}:</strong> <a href="/read/{rng.randrange(10**7)}">' \
                  f"{_e(title)}</a></p>"
        elif kind == "caption":
            image = f'<img src="/img/{rng.randrange(10**7)}.jpg" alt="">'
            yield f"<figure>{image}<figcaption>{_e(text)}</figcaption></figure>"
        elif kind == "ad":
            yield f'<div class="ads"><p>{_e(text)}</p></div>'
        else:
            yield f"<p>{_e(text)}</p>"


def _html_share() -> str:
    links = "".join(f'<a href="#share">{_e(t)}</a>' for t in lx.SHARE_TARGETS)
    return f'<div class="share"><span>Bagikan:</span>{links}</div>'


def _html_trending(article: Article) -> str:
    items = "".join(f'<li><a href="/read/{i}">{_e(t)}</a></li>' for i, t in enumerate(article.trending))
    return f'<aside class="sidebar"><h3>Terpopuler</h3><ul>{items}</ul></aside>'


def _html_footer(article: Article) -> str:
    links = "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in ("Redaksi", "Pedoman", "Karier", "Kontak"))
    return f"<footer><p>&copy; {article.outlet}. Hak cipta dilindungi.</p><ul>{links}</ul></footer>"
