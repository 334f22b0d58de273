"""Normalize: resolve one clean article's publication date, dates, entities, quotes and cited sources.

The pieces live in their own modules (dates, entities, quotes); this module decides the publication
date, the article's identity and what it cites, and puts the pieces together.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, tzinfo
from functools import cache
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from tasks import dates, stories
from tasks.clean import publisher_of
from tasks.entities import Gazetteer, curated, extract_entities
from tasks.models import (
    CitedSource,
    CleanArticle,
    Entity,
    EntityMention,
    NormalizedArticle,
    ParsedDateTime,
    QuarantineRecord,
)
from tasks.quotes import find_quotes
from tasks.reference import news_agencies, outlet_by_dateline_name, outlet_for_url, outlet_time_zone, outlets

# Words that introduce the source a report relies on: "dikutip dari Reuters", "melansir AP".
_ATTRIBUTION = re.compile(
    r"(dikutip dari|mengutip|melansir|dilansir( dari)?|seperti dilaporkan|dilaporkan oleh|menurut|"
    r"kantor berita|media pemerintah|laporan|according to|reported by|via|sumber)\s+(\w+\s+){0,2}$",
    re.IGNORECASE)
_REPORTS_AFTER = re.compile(r"^,?\s+(melaporkan|memberitakan|reported|reports)\b", re.IGNORECASE)


def normalize_article(article: CleanArticle, gazetteer: Gazetteer | None = None) -> NormalizedArticle:
    body = article.body_text
    published, source = publication_date(article)
    anchor = published.day if published else None
    entities, mentions = extract_entities(body, gazetteer)
    date_mentions = dates.find_date_mentions(body, anchor)
    return NormalizedArticle(
        article_id=article_id_for(article),
        clean=article,
        content_hash=content_hash(body),
        word_count=len(body.split()),
        published_date=anchor,
        published_at=published.at if published else None,
        published_date_source=source,
        modified_at=modification_time(article),
        entities=entities,
        mentions=mentions,
        dates=date_mentions,
        quotes=find_quotes(body, mentions,
                           person_entity_ids={e.entity_id for e in entities if e.entity_type == "person"}),
        cited=cited_sources(article, mentions, {e.entity_id: e for e in entities}, gazetteer or curated()),
        story_terms=stories.story_terms(body) | stories.event_day_terms(date_mentions, body, anchor),
    )


def modification_time(article: CleanArticle) -> datetime | None:
    """When the page says it was last modified; only with a time of day and a zone (a day alone says little)."""
    if not article.html_modified:
        return None
    parsed = dates.parse_date_line(article.html_modified)
    return parsed.at if parsed and parsed.at and parsed.at.tzinfo else None


def publication_date(article: CleanArticle) -> tuple[ParsedDateTime | None, str | None]:
    """The publication date and how it was found, from the most to the least reliable evidence."""
    if article.html_published and (parsed := dates.parse_date_line(article.html_published)):
        return parsed, "html_meta"
    if article.date_line and (parsed := dates.parse_date_line(article.date_line, _outlet_zone(article))):
        return parsed, "header"
    if article.date_line and article.read_at and (parsed := dates.parse_yearless_date_line(
            article.date_line, article.read_at, _outlet_zone(article))):
        return parsed, "header"  # "Nov. 27 01:35 pm JST": the year it was read in, or the year before
    if article.canonical_url and (day := dates.date_from_url(article.canonical_url)):
        return ParsedDateTime(day=day), "url"
    if article.source_uri.startswith(("http://", "https://")) and (day := dates.date_from_url(article.source_uri)):
        return ParsedDateTime(day=day), "url"
    lead = article.body_text.split("\n\n", 1)[0]
    for mention in dates.find_date_mentions(lead, None):
        # A full date in the lead ("Korea Utara pada Kamis (22/9/2022) ...") dates the report.
        if mention.resolution == "absolute" and mention.granularity == "day" and mention.resolved_date:
            return ParsedDateTime(day=mention.resolved_date), "lead"
    return None, None


def _outlet_zone(article: CleanArticle) -> tzinfo:
    """The zone of a time the header gives without one: the outlet's ("08:45 PM" on Inquirer.net is Manila's), else
    WIB, right for most Indonesian outlets."""
    zone = outlet_time_zone(article.outlet)
    return ZoneInfo(zone) if zone is not None else dates.WIB


def article_id_for(article: CleanArticle) -> str:
    """Stable key: the canonical URL when known (the same article under two names is one), else the source."""
    identity = normalize_url(article.canonical_url) if article.canonical_url else article.source_uri
    return "a-" + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20]


def normalize_url(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    # http and https addresses of one page are the same article.
    scheme = "https" if parts.scheme.lower() in {"http", "https"} else parts.scheme.lower()
    return urlunsplit((scheme, host, path, parts.query, ""))


_WORD_RUNS = re.compile(r"[^\W_]+")


def content_hash(body: str) -> str:
    """Hash of the body with case, punctuation and spacing normalized: equal for the same text."""
    folded = unicodedata.normalize("NFKC", body).casefold()
    # The word runs joined by single spaces: what replacing each run of the rest with a space and stripping the ends
    # gives (no space is a word character), without building the replacements (~15% less time).
    folded = " ".join(_WORD_RUNS.findall(folded))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def cited_sources(article: CleanArticle, mentions: list[EntityMention], entities: dict[str, Entity],
                  gazetteer: Gazetteer) -> list[CitedSource]:
    """Reference URLs, the credited wire service, and outlets the text names as its sources."""
    cited: dict[tuple[str, str], CitedSource] = {}
    for url in article.cited_urls:
        outlet = outlet_for_url(url)
        cited[("url", url)] = CitedSource("url", url, (urlsplit(url).hostname or "").lower() or None,
                                          outlet.entity_id if outlet else None)
    if article.wire_source:
        source = _outlet_source(article.wire_source, gazetteer)
        cited[("outlet", source.value)] = source
    media_ids = _media_entity_ids(gazetteer)
    body = article.body_text
    for mention in mentions:
        if mention.entity_id not in media_ids:
            continue
        before = body[max(0, mention.char_start - 40):mention.char_start]
        if _ATTRIBUTION.search(before) or _REPORTS_AFTER.match(body[mention.char_end:mention.char_end + 20]):
            source = _outlet_source(entities[mention.entity_id].name, gazetteer, mention.entity_id)
            if source.value not in (article.outlet, publisher_of(article.outlet)):  # not itself ("ANTARA Jatim")
                cited.setdefault(("outlet", source.value), source)
    return list(cited.values())


def _outlet_source(name: str, gazetteer: Gazetteer, entity_id: str | None = None) -> CitedSource:
    outlet = outlet_by_dateline_name().get(name.casefold())
    if entity_id is None:
        found = gazetteer.find(name)
        entity_id = found[0].entity_id if found and found[0].surface == name else None
    if outlet is None and entity_id is not None:
        outlet = next((o for o in outlets() if o.entity_id == entity_id), None)
    value = news_agencies().get(name.casefold(), outlet.name if outlet else name)
    return CitedSource("outlet", value, outlet.domain if outlet else None, entity_id)


@cache
def _media_entity_ids(gazetteer: Gazetteer) -> frozenset[str]:
    """Entities that are news outlets or agencies (what an article can cite as its source)."""
    ids = {o.entity_id for o in outlets() if o.entity_id}
    for agency in set(news_agencies().values()):
        ids.update(m.entity_id for m in gazetteer.find(agency) if m.surface == agency)
    return frozenset(ids)


def normalize_batch(articles: list[CleanArticle]) -> tuple[list[NormalizedArticle], list[QuarantineRecord]]:
    """Normalize each article; an exception quarantines that article only."""
    normalized: list[NormalizedArticle] = []
    problems: list[QuarantineRecord] = []
    for article in articles:
        try:
            normalized.append(normalize_article(article))
        except Exception as exc:  # one bad article must not stop the batch
            problems.append(QuarantineRecord(article.source_uri, "normalize", "normalize_error",
                                             f"{type(exc).__name__}: {exc}", article.payload_hash))
    return normalized, problems
