"""HTML pages: main text and page metadata, before the same text-level cleaning as plain text files.

Why trafilatura is the base: it finds the main text and drops navigation and footers better than anything
we would write on a DOM library (it leads the public main-text benchmarks of Barbaresi 2021 and the Zyte
article-extraction benchmark among open-source tools), in a few milliseconds, offline, and it is maintained.
What it keeps is in-text boilerplate: "Baca juga:" boxes, ad labels ("ADVERTISEMENT / SCROLL TO CONTINUE"),
captions, comment and share prompts that sit inside the article container. So Kabar adds two things around
it, both general rather than per page: before trafilatura, elements whose class or id names them as such
furniture (the vocabulary in _FURNITURE) are dropped unless they hold the article's prose; after it, the text
goes through tasks.clean like any text file (rules in kabar/reference/boilerplate_rules.yaml).
kabar/evaluate_extraction.py measures the result against plain trafilatura on samples/web.

Metadata comes from the page's own declarations, most reliable first: JSON-LD (NewsArticle and its
relatives, also inside @graph or lists), OpenGraph and article:* meta tags, outlet-specific meta names,
<time> elements, and last the URL (Kompas, CNN Indonesia and Tribunnews put the date, sometimes the time,
in the path). Publication times keep their zone: a value with an offset beats one without.

Multi-page articles arrive as one document: page 1's HTML, then for each further page a marker
`<!-- kabar:page url="URL" -->` and that page's HTML. Each page is extracted on its own and the texts are
stitched; metadata comes from page 1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import Extractor

from tasks.reference import outlet_by_dateline_name, outlet_for_url

try:  # the crawler's side (tasks/pagination.py) owns the page-marker format
    from tasks.pagination import split_pages as _split_marked
except ImportError:  # before it is integrated: the same marker, matched here
    _split_marked = None

# Control characters (other than tab and line breaks) that lxml parses into a tree but refuses when text is
# moved between elements; they carry nothing in an article, and one stray \x1f must not lose the page.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PAGE_MARKER = re.compile(r'\r?\n?<!-- kabar:page url="[^"]*" -->\r?\n?')

ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report", "techarticle",
})

# Meta tags carrying the publication / modification time, most reliable first.
_PUBLISHED_META = (
    ("property", "article:published_time"), ("name", "article:published_time"),
    ("itemprop", "datePublished"), ("name", "pubdate"), ("name", "publishdate"), ("name", "publish-date"),
    ("name", "content_PublishedDate"), ("name", "dtk:publishdate"), ("name", "dc.date.issued"),
    ("name", "dc.date"), ("name", "date"), ("property", "og:published_time"),
)
_MODIFIED_META = (
    ("property", "article:modified_time"), ("name", "article:modified_time"), ("itemprop", "dateModified"),
    ("property", "og:updated_time"), ("name", "last-modified"), ("name", "dtk:updatedate"),
    ("name", "dc.date.modified"),
)
_AUTHOR_META = (("name", "author"), ("name", "content_author"), ("property", "article:author"),
                ("name", "dc.creator"), ("name", "byl"))
_SECTION_META = (("property", "article:section"), ("name", "content_category"), ("name", "dtk:kanal"),
                 ("name", "section"), ("name", "category"), ("itemprop", "articleSection"))

# Class and id words of in-article furniture on Indonesian news sites: related-link boxes ("Baca juga"),
# ad slots and their parallax wrappers, share/comment/login/subscription widgets, tag lists, credits and
# captions. Matched as whole words inside class/id values ("box-baca-juga", "ads-on-body", "photo__caption").
_FURNITURE = re.compile(
    r"(?<![a-z])(baca[-_]?juga|lihatjg|linksisip|inlinelink|related|terkait|ads?|advert\w*|parallax\w*|"
    r"paradetail|gpt-ad|iklan|share|sharing|social|comments?|komentar|login|subscribe|langganan|newsletter|"
    r"promo|banner|gnews|tags?|tagcloud\d*|topik|breadcrumbs?|credit|disclaimer|caption|paging|pagination)"
    r"(?![a-z])", re.I)
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
# trafilatura's settings for the main text, built once (trafilatura shares an Extractor safely, and building
# one per page cost ~0.07 ms). fast skips its fallback extractors (readability, jusText): twice as fast, and
# on the annotated pages (kabar evaluate extraction) not one shingle worse.
_MAIN_TEXT = Extractor(fast=True, precision=True, comments=False, tables=False, dedup=False)
_URL_TIME = (
    # Kompas: /read/2024/03/12/14050061/slug (HHMMSS + two digits); CNN Indonesia: /20240315101530-20-1075123/
    re.compile(r"/(?P<y>20\d\d)/(?P<m>\d\d)/(?P<d>\d\d)/(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)(?P<S>[0-5]\d)\d{2}/"),
    re.compile(r"/(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)(?P<S>[0-5]\d)-"),
    re.compile(r"/(?P<y>20\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
)
_ZONE = re.compile(r"(Z|[+-]\d\d:?\d\d)$")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    text: str  # main text, one paragraph per line; pages of a multi-page article stitched in order
    title: str | None
    authors: tuple[str, ...]
    published: str | None  # as written by the page (ISO 8601 in practice); a value with a zone preferred
    modified: str | None
    canonical_url: str | None
    site_name: str | None  # the page's own name for its site (og:site_name, JSON-LD publisher)
    outlet: str | None  # outlets.tsv name when the URL or the site name is known there
    section: str | None
    language: str | None  # ISO 639-1 as declared by the page
    pages: int = 1
    not_article: str | None = None  # why the page is not an article (classify_page), None for an article

    @property
    def author(self) -> str | None:
        """The warehouse's `author` column: every author, joined with ", "."""
        return ", ".join(self.authors) or None


def split_pages(html: str) -> list[str]:
    """The pages of a document the crawler stitched with page markers (one page if there is no marker)."""
    pages = _split_marked(html) if _split_marked is not None else _PAGE_MARKER.split(html)
    return [page for page in pages if page.strip()] or [html]


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Main text and metadata of a page (or of a multi-page document); `url` is where it was fetched, if known."""
    pages = split_pages(html)
    tree = _parse(pages[0])
    if tree is None:
        return HtmlExtraction("", None, (), None, None, url, None, None, None, None, len(pages))
    meta = _Metadata(tree, url)
    canonical = meta.canonical()
    title = meta.title()
    # Metadata and the page's kind are read before the text: extraction edits the tree it is given.
    fields = dict(title=title, authors=meta.authors(), published=meta.published(canonical or url),
                  modified=meta.modified(), canonical_url=canonical, site_name=meta.site_name(),
                  outlet=_outlet(canonical or url, meta.site_name()), section=meta.section(),
                  language=meta.language(), pages=len(pages), not_article=_classify(tree, canonical or url, meta))
    texts = [_main_text(tree)] + [_main_text(_parse(page)) for page in pages[1:]]
    return HtmlExtraction(text=_stitch(texts, title), **fields)


def classify_page(html: str, url: str | None = None) -> str | None:
    """Why a page is not an article ("index page: ...", "tag page: ...", "video page ..."); None for an article."""
    tree = _parse(split_pages(html)[0])
    if tree is None:
        return "not an HTML page"
    meta = _Metadata(tree, url)
    return _classify(tree, meta.canonical() or url, meta)


# -------------------------------------------------------------------------------------------------------
# main text
# -------------------------------------------------------------------------------------------------------

def _parse(html: str) -> Any:
    try:
        return lxml.html.document_fromstring(_XML_INCOMPATIBLE.sub("", html))
    except (ParserError, ValueError):
        return None


def _main_text(tree: Any) -> str:
    if tree is None:
        return ""
    _drop_furniture(tree)
    _wrap_loose_text(tree)
    text = trafilatura.extract(tree, options=_MAIN_TEXT)
    return text or ""


def _prose_words(element: Any) -> int:
    return sum(len(p.text_content().split()) for p in element.iter("p"))


def _drop_furniture(tree: Any) -> None:
    """Remove in-article widgets named by their class/id, unless one holds most of the page's prose."""
    body = tree.find("body")
    total = _prose_words(body if body is not None else tree)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in _KEEP_TAGS or element.getparent() is None:
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if not _FURNITURE.search(names):
            continue
        # A wrapper such as <div class="content-with-ads"> may hold the article itself: keep it.
        if total and _prose_words(element) > max(60, total // 2):
            continue
        element.drop_tree()


_INLINE = frozenset({"br", "a", "strong", "b", "em", "i", "u", "span", "small", "sup", "sub", "mark", "abbr"})


def _wrap_loose_text(tree: Any) -> None:
    """Put text lying directly in a container beside <p> elements into paragraphs of its own.

    Pages that separate paragraphs with <br> put an ad <div> inside the text; the parser then closes the
    <p> there and the rest of the article is loose text, which trafilatura skips as not a paragraph.
    """
    for container in list(tree.iter("div", "section", "article", "td")):
        children = list(container)
        loose = [container.text or ""] + [c.tail or "" for c in children]
        if not any(c.tag == "p" for c in children) or max(len(x.split()) for x in loose) < 3:
            continue
        current = None
        if (container.text or "").strip():
            current = lxml.html.Element("p")
            current.text, container.text = container.text, None
            container.insert(0, current)
        for child in children:
            if isinstance(child.tag, str) and child.tag in _INLINE:
                if current is None:
                    current = lxml.html.Element("p")
                    child.addprevious(current)
                current.append(child)  # the child's tail text moves with it
                continue
            current = None
            if (child.tail or "").strip():
                current = lxml.html.Element("p")
                current.text, child.tail = child.tail, None
                child.addnext(current)


def _stitch(texts: list[str], title: str | None) -> str:
    """Pages' texts in order; later pages repeat the headline, which is not body text."""
    lines = texts[0].splitlines()
    for text in texts[1:]:
        lines.extend(line for line in text.splitlines() if not (title and line.strip() == title))
    return "\n".join(lines)


# -------------------------------------------------------------------------------------------------------
# metadata
# -------------------------------------------------------------------------------------------------------

class _Metadata:
    """The declarations of one page: meta tags, JSON-LD objects, <time> elements."""

    def __init__(self, tree: Any, url: str | None) -> None:
        self.tree = tree
        self.url = url
        self.meta: dict[tuple[str, str], str] = {}
        for tag in tree.iter("meta"):
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = tag.get(attribute)
                content = (tag.get("content") or "").strip()
                if key and content:
                    self.meta.setdefault((attribute, key.lower()), content)
        self.ld = list(_json_ld_objects(tree))
        self.article = next((item for item in self.ld if _types(item) & ARTICLE_TYPES), None)

    def get(self, keys: tuple[tuple[str, str], ...]) -> list[str]:
        return [self.meta[(a, k.lower())] for a, k in keys if (a, k.lower()) in self.meta]

    def ld_value(self, key: str) -> Any:
        return self.article.get(key) if self.article else None

    def title(self) -> str | None:
        h1 = next((" ".join(h.text_content().split()) for h in self.tree.iter("h1")), None)
        candidates = [_text(self.ld_value("headline")), *self.get((("property", "og:title"),)), h1]
        title_tag = self.tree.find(".//title")
        if title_tag is not None and title_tag.text:
            candidates.append(_strip_site_suffix(" ".join(title_tag.text.split())))
        return next((c.strip() for c in candidates if c and c.strip()), None)

    def authors(self) -> tuple[str, ...]:
        names = _person_names(self.ld_value("author"))
        if not names:
            for value in self.get(_AUTHOR_META):
                if not value.startswith(("http://", "https://")):
                    names = [n.strip() for n in re.split(r",|;|\s+dan\s+|\s+&\s+", value) if n.strip()]
                    break
        unique: list[str] = []
        for name in names:
            name = " ".join(name.split())
            if name and name.casefold() not in {n.casefold() for n in unique}:
                unique.append(name)
        return tuple(unique)

    def published(self, url: str | None) -> str | None:
        candidates = [*self.get(_PUBLISHED_META[:2]), _text(self.ld_value("datePublished")),
                      *self.get(_PUBLISHED_META[2:]), *self._time_elements()]
        chosen = _prefer_zoned(candidates)
        return chosen or _published_from_url(url, self.language())

    def modified(self) -> str | None:
        return _prefer_zoned([*self.get(_MODIFIED_META[:2]), _text(self.ld_value("dateModified")),
                              *self.get(_MODIFIED_META[2:])])

    def _time_elements(self) -> Iterator[str]:
        for element in self.tree.iter("time"):
            value = (element.get("datetime") or "").strip()
            if value:
                yield value

    def canonical(self) -> str | None:
        link = next((e.get("href") for e in self.tree.iter("link")
                     if (e.get("rel") or "").lower() == "canonical" and e.get("href")), None)
        entity = self.ld_value("mainEntityOfPage")
        candidates = [link, *self.get((("property", "og:url"),)),
                      entity.get("@id") if isinstance(entity, dict) else entity, self.ld_value("url")]
        for candidate in candidates:
            if isinstance(candidate, str) and candidate.strip():
                absolute = urljoin(self.url or "", candidate.strip())
                if absolute.startswith(("http://", "https://")):
                    return absolute
        return self.url if self.url and self.url.startswith(("http://", "https://")) else None

    def site_name(self) -> str | None:
        publisher = self.ld_value("publisher")
        names = [*self.get((("property", "og:site_name"), ("name", "application-name"))),
                 _text(publisher.get("name")) if isinstance(publisher, dict) else None]
        return next((n.strip() for n in names if n and n.strip()), None)

    def section(self) -> str | None:
        section = self.ld_value("articleSection")
        if isinstance(section, list):
            section = next((s for s in section if isinstance(s, str) and s.strip()), None)
        candidates = [*self.get(_SECTION_META[:1]), _text(section), *self.get(_SECTION_META[1:]),
                      self._breadcrumb_section()]
        return next((c.strip() for c in candidates if c and c.strip()), None)

    def _breadcrumb_section(self) -> str | None:
        """The last breadcrumb before the article itself (BreadcrumbList in JSON-LD)."""
        trail = next((item for item in self.ld if "breadcrumblist" in _types(item)), None)
        if trail is None:
            return None
        items = [i for i in trail.get("itemListElement") or [] if isinstance(i, dict)]
        items.sort(key=lambda i: int(i.get("position") or 0))
        names = [_text(i.get("name")) or _text((i.get("item") or {}).get("name") if isinstance(i.get("item"), dict)
                                               else None) for i in items]
        title = self.title()
        names = [n for n in names if n and n != title and n.casefold() not in {"home", "beranda"}]
        return names[-1] if names else None

    def language(self) -> str | None:
        candidates = [self.tree.get("lang"), *self.get((("http-equiv", "content-language"),
                                                        ("name", "language"), ("property", "og:locale"))),
                      _text(self.ld_value("inLanguage"))]
        for value in candidates:
            code = re.split(r"[-_]", value.strip().lower())[0] if value else ""
            if re.fullmatch(r"[a-z]{2}", code):
                return code
        return None


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, lists and @graph flattened; broken scripts skipped."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph") or [])


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type") or []
    return {str(v).lower() for v in (value if isinstance(value, list) else [value])}


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _person_names(value: Any) -> list[str]:
    """Names in a JSON-LD author value: a string, a Person, or a list of either; organizations skipped."""
    if isinstance(value, str):
        return [n.strip() for n in value.split(",") if n.strip()]
    if isinstance(value, dict):
        name = _text(value.get("name"))
        return [name] if name and "organization" not in _types(value) else []
    if isinstance(value, list):
        return [name for item in value for name in _person_names(item)]
    return []


def _prefer_zoned(candidates: list[str | None]) -> str | None:
    """The first value with a UTC offset, else the first value: a zone-less time is ambiguous."""
    values = [c.strip() for c in candidates if c and c.strip()]
    return next((v for v in values if _ZONE.search(v)), values[0] if values else None)


def _published_from_url(url: str | None, language: str | None) -> str | None:
    """A date (and time, when the path has one) written in the URL; Indonesian pages' times are read as WIB."""
    path = urlsplit(url).path if url else ""
    for pattern in _URL_TIME:
        match = pattern.search(path)
        if not match:
            continue
        day = f"{match['y']}-{match['m']}-{match['d']}"
        if "H" not in pattern.groupindex:
            return day
        zone = "+07:00" if language == "id" else ""
        return f"{day}T{match['H']}:{match['M']}:{match['S']}{zone}"
    return None


def _strip_site_suffix(title: str) -> str:
    """"Judul Berita - Kompas.com" -> "Judul Berita": the last " - " or " | " part names the site."""
    return re.split(r"\s+[|\u2013\u2014-]\s+(?=[^|\u2013\u2014-]+$)", title, maxsplit=1)[0].strip()


def _outlet(url: str | None, site_name: str | None) -> str | None:
    """The outlets.tsv name: by the URL's domain first, then by the name the page gives its site."""
    known = outlet_for_url(url) if url else None
    if known is None and site_name:
        known = outlet_by_dateline_name().get(site_name.casefold())
    return known.name if known else None


# -------------------------------------------------------------------------------------------------------
# pages that are not articles
# -------------------------------------------------------------------------------------------------------

_LISTING_SEGMENTS = {"tag": "tag page", "tags": "tag page", "topic": "tag page", "topik": "tag page",
                     "label": "tag page", "indeks": "index page", "index": "index page", "kanal": "index page"}
_MIN_ARTICLE_WORDS = 80


def _classify(tree: Any, url: str | None, meta: _Metadata) -> str | None:
    og_type = meta.meta.get(("property", "og:type"), "").lower()
    # A declared article with enough prose is the common case: counting stops once there is enough.
    declared = meta.article is not None or og_type == "article"
    if declared and _body_words(tree, enough=_MIN_ARTICLE_WORDS) >= _MIN_ARTICLE_WORDS:
        return None
    words = _body_words(tree)
    types = set().union(*(_types(item) for item in meta.ld)) if meta.ld else set()
    if (og_type.startswith("video") or "videoobject" in types or tree.find(".//video") is not None) \
            and words < _MIN_ARTICLE_WORDS:
        return f"video page without article text ({words} words of text)"
    segments = {s.lower() for s in urlsplit(url or "").path.split("/") if s}
    kind = next((_LISTING_SEGMENTS[s] for s in segments if s in _LISTING_SEGMENTS), None)
    if kind and words < 3 * _MIN_ARTICLE_WORDS:
        return f"{kind}: {_article_links(tree, url)} article links and {words} words of text"
    # Links are counted only for a page that may be an index: resolving every href cost ~0.5 ms a page.
    if words < 2 * _MIN_ARTICLE_WORDS and meta.article is None:
        links = _article_links(tree, url)
        if links >= 10:
            return f"index page: {links} article links and {words} words of text"
    return None


def _body_words(tree: Any, enough: int | None = None) -> int:
    """Words of prose: paragraphs of 12 or more words, mostly not link text, outside page furniture. With
    `enough`, counting stops once the total reaches it."""
    total = 0
    for p in tree.iter("p"):
        if any(a.tag in {"nav", "header", "footer", "aside"} for a in p.iterancestors()):
            continue
        words = len(p.text_content().split())
        link_words = sum(len(a.text_content().split()) for a in p.iter("a"))
        if words >= 12 and link_words * 2 < words:
            total += words
            if enough is not None and total >= enough:
                break
    return total


def _article_links(tree: Any, url: str | None) -> int:
    """Distinct links that look like article addresses: a long slug or a long numeric id in the path."""
    found = set()
    for a in tree.iter("a"):
        href = urljoin(url or "", a.get("href") or "")
        path = urlsplit(href).path
        slug = path.rstrip("/").rsplit("/", 1)[-1]
        if slug.count("-") >= 3 or re.search(r"\d{5,}", path):
            found.add(path)
    return len(found)
