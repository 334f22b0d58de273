"""Multi-page articles: find the next page of an article, and join pages into one replayable payload.

Indonesian outlets split long articles over pages: Kompas and Tribunnews with `?page=2`, Detik with a
`/2` path suffix, others with rel="next" or "Selanjutnya" / "Halaman 2" links in a pagination block.
A crawl fetches the pages and stores ONE document: the first page's bytes, then for each later page a
marker line and that page's HTML. tasks.html / the extraction split it again with split_pages().
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

MAX_PAGES = 20  # pages of one article, the first included; a longer chain is a calendar or a trap
PAGE_MARKER_TEMPLATE = '<!-- kabar:page url="{url}" -->'
# The marker sits on its own line between two pages; splitting on the whole line keeps each page exact.
_MARKER_LINE = re.compile(r'\r?\n<!-- kabar:page url="([^"]*)" -->\r?\n')
_PAGE_KEYS = frozenset({"page", "p", "halaman", "hal", "pg", "paged"})
_PATH_PAGE = re.compile(r"^(?:page/|halaman/|hal/)?(\d{1,3})$")
_PAGINATION_BLOCK = re.compile(r"pag(?:e|ing|ination|er)|halaman|multi-?page|read-?more-?page", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"^(?:selanjutnya|berikutnya|lanjut|next|next page|halaman selanjutnya|›|»|>|>>)$",
                         re.IGNORECASE)
_HALAMAN_N = re.compile(r"^(?:halaman|hal\.?|page)\s*(\d{1,3})$", re.IGNORECASE)


def page_marker(url: str) -> str:
    """The line put before each later page; the URL is escaped so it can never end the comment."""
    safe = url.replace('"', "%22").replace("<", "%3C").replace(">", "%3E")
    return PAGE_MARKER_TEMPLATE.format(url=safe)


def split_pages(html: str) -> list[str]:
    """The HTML of each page of a stitched payload, first page first (one item for a one-page article)."""
    return [page for _, page in split_pages_with_urls(html)]


def split_pages_with_urls(html: str) -> list[tuple[str | None, str]]:
    """(url, html) per page; the first page's URL is None (it is the document's own source URL)."""
    pieces = _MARKER_LINE.split(html)
    pages: list[tuple[str | None, str]] = [(None, pieces[0])]
    for index in range(1, len(pieces), 2):
        pages.append((pieces[index], pieces[index + 1]))
    return pages


def stitch(first_page: bytes, encoding: str, later_pages: list[tuple[str, str]]) -> bytes:
    """One payload: the first page's bytes, then a marker line and the HTML of each later page.

    Later pages are encoded like the first page (UTF-8 on almost every site) so the payload decodes with
    one codec; characters that codec lacks become HTML character references, which mean the same.
    """
    codec = "utf-8" if encoding.replace("_", "-").lower() in {"utf-8-sig", "utf8", "utf-8"} else encoding
    parts = [first_page]
    for url, html in later_pages:
        neutral = html.replace("<!-- kabar:page", "<!-- kabar-page")  # a page cannot fake a page break
        parts.append(f"\n{page_marker(url)}\n{neutral}".encode(codec, errors="xmlcharrefreplace"))
    return b"".join(parts)


def page_number(url: str, article_url: str) -> int | None:
    """Which page of `article_url` this URL is (1 for the article itself), or None if it is another page."""
    article, candidate = urlsplit(article_url), urlsplit(url)
    if candidate.netloc.lower() != article.netloc.lower() or candidate.scheme not in {"http", "https"}:
        return None
    article_query, _ = _split_query(article.query)
    query, number = _split_query(candidate.query)
    if query != article_query:
        return None
    base, path = article.path.rstrip("/"), candidate.path.rstrip("/")
    if path == base:
        return number or 1
    if not path.startswith(base + "/") or number:
        return None
    match = _PATH_PAGE.match(path[len(base) + 1:])
    return int(match.group(1)) if match else None


def _split_query(query: str) -> tuple[list[tuple[str, str]], int | None]:
    """The query without its page parameter, and the page number it held."""
    kept, number = [], None
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.lower() in _PAGE_KEYS and value.isdigit():
            number = int(value)
        else:
            kept.append((key, value))
    return sorted(kept), number


def next_page_url(html: str, page_url: str, article_url: str, seen: set[str] | frozenset[str] = frozenset()
                  ) -> str | None:
    """The URL of the page after `page_url` of the article `article_url`, or None when it is the last.

    Only links to a page of the same article count (same host and path, a page number one higher), so a
    "next article" link or a listing's pager is never followed.
    """
    current = page_number(page_url, article_url) or 1
    if current >= MAX_PAGES or not html.strip():
        return None
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for href, strict in _candidates(root, current + 1):
        url = _absolute(page_url, href)
        if url is None or url in seen or url == page_url:
            continue
        number = page_number(url, article_url)
        if number is not None and (number == current + 1 or (not strict and number > current)):
            return url
    return None


def _candidates(root: lxml.html.HtmlElement, expected: int) -> list[tuple[str, bool]]:
    """Links that may lead to page `expected`, best first; the flag says the number must match exactly."""
    found: list[tuple[str, bool]] = []
    for element in root.iter("link", "a"):
        rel = str(element.get("rel") or "").lower().split()
        if "next" in rel and element.get("href"):
            found.append((str(element.get("href")), False))
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        text = " ".join(anchor.text_content().split())
        halaman = _HALAMAN_N.match(text)
        labelled = text == str(expected) or bool(halaman and int(halaman.group(1)) == expected)
        if (labelled or _NEXT_WORDS.match(text)) and _in_pagination_block(anchor):
            found.append((str(href), True))
    # Last resort: any link that is this article's next page by its URL alone (Tribunnews' ?page=2).
    found.extend((str(a.get("href")), True) for a in root.iter("a") if a.get("href"))
    return found


def _in_pagination_block(element: lxml.html.HtmlElement) -> bool:
    node = element
    for _ in range(6):  # a pager's links sit a few levels below the block that names it
        if node is None:
            return False
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('aria-label') or ''}"
        if _PAGINATION_BLOCK.search(marks):
            return True
        node = node.getparent()
    return False


def _absolute(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    parts = urlsplit(urljoin(base, href))
    if parts.scheme not in {"http", "https"}:
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
