"""What a run's --input names on the web: a page URL, a list of URLs, a sitemap or a feed.

classify_input() tells a web input from the existing folder/file-of-articles input without touching the
network; discover_web() turns a web input into WebTargets (URL, lastmod, where it was found), reading
sitemap indexes recursively within bounds. XML comes from strangers, so it is parsed without entities,
DTDs or network access, and a document declaring entities is refused outright.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin, urlsplit

from lxml import etree

from tasks.fetch import Fetcher, ResponseRecord
from tasks.models import QuarantineRecord

logger = logging.getLogger(__name__)

InputKind = Literal["files", "url", "url_list", "sitemap", "feed"]

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit for one uncompressed file
_SNIFF_BYTES = 64 * 1024
_BARE_AMPERSAND = re.compile(rb"&(?!#?\w+;)")
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
# URLs worth a request to see whether they are a sitemap or feed rather than a page.
_DISCOVERY_PATH = re.compile(r"(\.xml(\.gz)?|\.rss|\.atom|\.rdf|/feeds?/?|/rss/?|/atom/?)$|sitemap|/feeds?/|/rss/",
                             re.IGNORECASE)
# The latest instant a bare date can mean anywhere (UTC-12): a date-only lastmod never hides a change.
_END_OF_DAY_ANYWHERE = timezone(timedelta(hours=-12))


class UnsafeXmlError(ValueError):
    """XML that declares entities (billion laughs, external entities): never parsed."""


@dataclass(frozen=True, slots=True)
class WebTarget:
    url: str
    lastmod: datetime | None  # timezone-aware; None when the source says nothing
    found_in: str  # the sitemap, feed or list file (URL or path) that named it, or "input"


@dataclass(slots=True)
class WebDiscovery:
    """The pages a web input leads to, and what went wrong on the way (never raised)."""

    kind: InputKind
    targets: list[WebTarget] = field(default_factory=list)
    problems: list[QuarantineRecord] = field(default_factory=list)  # unreadable sitemaps/feeds (stage "fetch")
    responses: list[ResponseRecord] = field(default_factory=list)  # sitemap/feed fetches, for raw.responses
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (what, why): over a bound, not http(s)


def is_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def classify_input(value: str) -> InputKind:
    """What --input names, without any request: "files" means the existing article-file ingest.

    A URL is "url" even when it is a sitemap or feed: only its content can tell, and discover_web() looks.
    """
    if is_url(value):
        return "url"
    path = Path(value)
    if not path.is_file():
        return "files"  # a folder, or a missing path that tasks.ingest reports as it always has
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):
        head = _gunzip(path.read_bytes(), _SNIFF_BYTES, partial=True)
    root = _root_name(head)
    if root in _SITEMAP_ROOTS:
        return "sitemap"
    if root in _FEED_ROOTS:
        return "feed"
    if _is_url_list(path):
        return "url_list"
    return "files"


def discover_web(value: str, fetcher: Fetcher | None, *, max_depth: int = 3, max_sitemaps: int = 500,
                 max_targets: int = 200_000) -> WebDiscovery:
    """The targets of a web input (see classify_input). `fetcher` is needed for anything on the web.

    Sitemap indexes are followed `max_depth` levels down, reading at most `max_sitemaps` files and
    keeping at most `max_targets` URLs; what is over a bound is listed in `skipped`.
    """
    kind = classify_input(value)
    found = WebDiscovery(kind)
    if kind == "files":
        raise ValueError(f"{value} is a folder or file of articles: read it with tasks.ingest")
    if kind == "url_list":
        found.targets = parse_url_list(Path(value).read_text(encoding="utf-8", errors="replace"), value)
    elif kind == "url" and not _may_be_xml(value):
        found.targets = [WebTarget(value.strip(), None, "input")]
    else:
        _walk_xml(value.strip(), fetcher, found, max_depth, max_sitemaps)
    found.targets = _unique(found.targets, max_targets, found)
    return found


def _may_be_xml(url: str) -> bool:
    """Whether a URL looks like a sitemap or feed, so it is worth a request to find out before crawling."""
    parts = urlsplit(url.strip())
    return bool(_DISCOVERY_PATH.search(parts.path) or re.search(r"(^|&)(feed|format)=(rss|atom|xml)", parts.query))


# -- sitemaps and feeds ------------------------------------------------------------------------------


def _walk_xml(start: str, fetcher: Fetcher | None, found: WebDiscovery, max_depth: int, max_sitemaps: int) -> None:
    queue: deque[tuple[str, int]] = deque([(start, 0)])
    seen = {start}
    loaded = 0
    while queue:
        location, depth = queue.popleft()
        if loaded >= max_sitemaps:
            found.skipped.append((location, f"more than {max_sitemaps} sitemaps in one input"))
            continue
        loaded += 1
        data, html = _load(location, fetcher, found)
        if data is None:
            continue
        if html and location == start and found.kind == "url":
            found.targets.append(WebTarget(start, None, "input"))  # the URL was a page after all
            continue
        for child in _read_document(data, location, found):
            if depth + 1 > max_depth:
                found.skipped.append((child, f"sitemap deeper than {max_depth} levels"))
            elif child not in seen:
                seen.add(child)
                queue.append((child, depth + 1))


def _load(location: str, fetcher: Fetcher | None, found: WebDiscovery) -> tuple[bytes | None, bool]:
    """Bytes of a sitemap or feed (gunzipped) and whether they turned out to be an HTML page."""
    if not is_url(location):
        try:
            data = Path(location).read_bytes()
        except OSError as exc:
            _problem(found, location, "unreadable", f"cannot read {location}: {exc.strerror or exc}")
            return None, False
        return _maybe_gunzip(data, location, found), False
    if fetcher is None:
        _problem(found, location, "no_fetcher", f"{location} is on the web but no fetcher was given")
        return None, False
    outcome = fetcher.fetch(location, for_discovery=True)
    found.responses.append(outcome.record)
    if outcome.kind != "ok":
        _problem(found, location, outcome.reason or "fetch_failed", f"sitemap or feed {location}: {outcome.detail}")
        return None, False
    html = outcome.media_type in {"text/html", "application/xhtml+xml"} and _root_name(outcome.body) == "html"
    return _maybe_gunzip(outcome.body, location, found), html


def _read_document(data: bytes, location: str, found: WebDiscovery) -> list[str]:
    """Add the pages a sitemap or feed names to `found`; returns the child sitemaps of an index."""
    try:
        root = parse_xml(data)
    except (UnsafeXmlError, etree.XMLSyntaxError, ValueError) as exc:
        reason = "unsafe_xml" if isinstance(exc, UnsafeXmlError) else "unreadable_xml"
        _problem(found, location, reason, f"{location} is not a readable sitemap or feed: {exc}")
        return []
    name = etree.QName(root).localname
    if name == "sitemapindex":
        return [t.url for t in _sitemap_entries(root, location, "sitemap")]
    if name == "urlset":
        found.targets.extend(_sitemap_entries(root, location, "url"))
    elif name in _FEED_ROOTS:
        found.targets.extend(parse_feed_root(root, location))
    else:
        _problem(found, location, "unreadable_xml", f"{location} is XML but neither a sitemap nor a feed (<{name}>)")
    return []


def parse_sitemap(data: bytes, source: str) -> tuple[str, list[WebTarget]]:
    """("urlset" | "sitemapindex", entries) of one sitemap file; an index's entries are child sitemaps."""
    root = parse_xml(data)
    name = etree.QName(root).localname
    if name not in _SITEMAP_ROOTS:
        raise ValueError(f"not a sitemap: the root element is <{name}>")
    return name, _sitemap_entries(root, source, "sitemap" if name == "sitemapindex" else "url")


def _sitemap_entries(root: etree._Element, source: str, entry: str) -> list[WebTarget]:
    targets = []
    for element in root:
        if not isinstance(element.tag, str) or etree.QName(element).localname != entry:
            continue
        loc, stamps = None, []
        for child in element.iter():
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child).localname
            if name == "loc" and child.getparent() is element:
                loc = (child.text or "").strip()
            elif name in {"lastmod", "publication_date"}:  # Google News: news:news/news:publication_date
                stamps.append(parse_timestamp(child.text))
        url = _absolute(source, loc)
        if url:
            targets.append(WebTarget(url, _latest(stamps), source))
    return targets


def parse_feed(data: bytes, source: str) -> list[WebTarget]:
    """The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    return parse_feed_root(parse_xml(data), source)


def parse_feed_root(root: etree._Element, source: str) -> list[WebTarget]:
    targets = []
    for item in root.iter():
        if not isinstance(item.tag, str) or etree.QName(item).localname not in {"item", "entry"}:
            continue
        link, stamps = None, []
        for child in item:
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child).localname
            if name == "link":
                link = link or _feed_link(child)
            elif name == "guid" and child.get("isPermaLink", "true").lower() == "true" and not link:
                link = (child.text or "").strip() or None
            elif name in {"pubDate", "updated", "published", "date", "modified"}:
                stamps.append(parse_timestamp(child.text))
        url = _absolute(source, link)
        if url:
            targets.append(WebTarget(url, _latest(stamps), source))
    return targets


def _feed_link(element: etree._Element) -> str | None:
    if element.get("href") is not None:  # Atom: the alternate link is the article
        if element.get("rel", "alternate") != "alternate":
            return None
        return element.get("href", "").strip() or None
    return (element.text or "").strip() or None


def parse_url_list(text: str, source: str) -> list[WebTarget]:
    """The URLs of a list file: one per line; blank lines and # comments ignored."""
    return [WebTarget(line.strip(), None, source) for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#") and is_url(line.strip())]


def _is_url_list(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES + 1)
        text = head[:_SNIFF_BYTES].decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if len(head) > _SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last line may be cut in the middle
    return bool(lines) and all(is_url(line) and " " not in line for line in lines)


# -- safe XML ----------------------------------------------------------------------------------------


def parse_xml(data: bytes) -> etree._Element:
    """Parse untrusted XML: no entity expansion, no DTD loading, no network, no huge trees.

    A document with an internal DTD subset (where entities are declared) is refused before parsing.
    Malformed documents (a stray & is common in sitemaps) get a second, recovering parse.
    """
    if len(data) > MAX_XML_BYTES:
        raise ValueError(f"{len(data)} bytes is more than the {MAX_XML_BYTES}-byte limit for a sitemap or feed")
    if b"<!ENTITY" in data or re.search(rb"<!DOCTYPE[^>\[]*\[", data[:_SNIFF_BYTES]):
        raise UnsafeXmlError("the document declares a DTD with entities; refused")
    root = None
    escaped = _BARE_AMPERSAND.sub(b"&amp;", data)  # the usual fault: an unescaped & in a URL
    for attempt, recover in ((data, False), (escaped, False), (escaped, True)):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                                 dtd_validation=False, remove_comments=True, remove_pis=True, recover=recover)
        try:
            root = etree.fromstring(attempt, parser)
            break
        except etree.XMLSyntaxError:
            if recover:
                raise
    if root is None:
        raise ValueError("the document is empty")
    if root.getroottree().docinfo.internalDTD is not None:  # e.g. a UTF-16 document the byte check missed
        raise UnsafeXmlError("the document declares an internal DTD; refused")
    return root


def _root_name(head: bytes) -> str | None:
    """Local name of the first element, read with a regex (no parse): enough to tell a sitemap or feed."""
    text = head[:_SNIFF_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff")
    match = re.search(r"<(?![?!/])([\w.:-]+)", re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL))
    return match.group(1).rpartition(":")[2] if match else None


def _gunzip(data: bytes, limit: int, *, partial: bool = False) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
        try:
            out = handle.read(limit + 1)
        except (OSError, EOFError):
            if partial:
                return b""
            raise
    if len(out) > limit and not partial:
        raise ValueError(f"decompresses to more than {limit} bytes")
    return out[:limit]


def _maybe_gunzip(data: bytes, location: str, found: WebDiscovery) -> bytes | None:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return _gunzip(data, MAX_XML_BYTES)
    except (OSError, EOFError, ValueError) as exc:
        _problem(found, location, "unreadable_gzip", f"{location} cannot be decompressed: {exc}")
        return None


# -- values ------------------------------------------------------------------------------------------


def parse_timestamp(value: str | None) -> datetime | None:
    """A sitemap/feed date (W3C datetime, RFC 822 or a bare date) as an aware datetime, or None.

    A time without a zone is read as UTC; a bare date as the last instant that date exists anywhere:
    both err towards "changed", so a page is at worst fetched conditionally, never wrongly skipped.
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.combine(date.fromisoformat(text), time(23, 59, 59), _END_OF_DAY_ANYWHERE)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _latest(stamps: list[datetime | None]) -> datetime | None:
    known = [s for s in stamps if s is not None]
    return max(known) if known else None


def _absolute(source: str, link: str | None) -> str | None:
    if not link:
        return None
    url = urljoin(source, link) if is_url(source) else link
    return url if is_url(url) else None


def _unique(targets: list[WebTarget], limit: int, found: WebDiscovery) -> list[WebTarget]:
    """One target per URL (the newest lastmod wins), first-seen order, at most `limit`."""
    by_url: dict[str, WebTarget] = {}
    for target in targets:
        known = by_url.get(target.url)
        if known is None or (target.lastmod and (known.lastmod is None or target.lastmod > known.lastmod)):
            by_url[target.url] = target if known is None else WebTarget(target.url, target.lastmod, known.found_in)
    unique = list(by_url.values())
    if len(unique) > limit:
        found.skipped.append((f"{len(unique) - limit} URLs", f"more than {limit} URLs in one input"))
        logger.warning("input names %d URLs; only the first %d are crawled", len(unique), limit)
    return unique[:limit]


def _problem(found: WebDiscovery, location: str, reason: str, detail: str) -> None:
    logger.warning("%s", detail)
    found.problems.append(QuarantineRecord(location, "fetch", reason, detail))
