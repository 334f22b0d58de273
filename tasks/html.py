"""HTML pages: main text and page metadata, before the same text-level cleaning as plain text files.

trafilatura finds the main text and drops navigation and footers better than anything we would write
on beautifulsoup4 (and in a few milliseconds), but it keeps in-text boilerplate such as "Baca juga:"
lines: that is why its text goes through tasks.clean like any text file. Publication times with their
zone come from the page's own metadata (meta tags, JSON-LD, <time>), which trafilatura reduces to a day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import trafilatura
from bs4 import BeautifulSoup

_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "content_PublishedDate"),
    ("name", "dc.date"),
    ("name", "date"),
)


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    text: str  # main text, one paragraph per line
    title: str | None
    author: str | None
    published: str | None  # as written by the page (ISO 8601 in practice)
    canonical_url: str | None
    site_name: str | None
    language: str | None


def extract_html(html: str) -> HtmlExtraction:
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True)
    soup = BeautifulSoup(html, "html.parser")
    if document is None:
        return HtmlExtraction("", None, None, _published_time(soup), _canonical(soup), None, _lang(soup))
    text = document.text or ""
    return HtmlExtraction(
        text=text,
        title=document.title or None,
        author=document.author or None,
        published=_published_time(soup) or document.date or None,
        canonical_url=_canonical(soup) or document.url or None,
        site_name=document.sitename or None,
        language=_lang(soup),
    )


def _published_time(soup: BeautifulSoup) -> str | None:
    for attribute, value in _PUBLISHED_META:
        tag = soup.find("meta", attrs={attribute: value})
        if tag and tag.get("content"):
            return str(tag["content"]).strip()
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        published = _json_ld_published(script.string or "")
        if published:
            return published
    time_tag = soup.find("time", attrs={"datetime": True})
    return str(time_tag["datetime"]).strip() if time_tag else None


def _json_ld_published(raw: str) -> str | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data, *(data.get("@graph", []) if isinstance(data, dict) else [])]
    for item in items:
        if isinstance(item, dict) and item.get("datePublished"):
            return str(item["datePublished"])
    return None


def _canonical(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", attrs={"rel": "canonical"})
    href = str(link.get("href", "")).strip() if link else ""
    if href.startswith(("http://", "https://")):
        return href
    og = soup.find("meta", attrs={"property": "og:url"})
    content = str(og.get("content", "")).strip() if og else ""
    return content if content.startswith(("http://", "https://")) else None


def _lang(soup: BeautifulSoup) -> str | None:
    html = soup.find("html")
    lang = str(html.get("lang", "")).strip().lower() if html else ""
    return lang.split("-")[0][:2] or None
