"""Web inputs: classifying --input, URL lists, sitemaps (index, gzip, Google News), RSS and Atom feeds."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from tasks.fetch import Fetcher, FetchPolicy
from tasks.web_sources import (
    UnsafeXmlError,
    classify_input,
    discover_web,
    parse_feed,
    parse_sitemap,
    parse_timestamp,
    parse_xml,
)
from tests.hostile_server import HostileServer, static

SM = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(*entries: tuple[str, str | None]) -> str:
    rows = "".join(f"<url><loc>{loc}</loc>{f'<lastmod>{mod}</lastmod>' if mod else ''}</url>" for loc, mod in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {SM}>{rows}</urlset>'


def index(*locs: str) -> str:
    rows = "".join(f"<sitemap><loc>{loc}</loc><lastmod>2024-01-02T00:00:00Z</lastmod></sitemap>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {SM}>{rows}</sitemapindex>'


NEWS_SITEMAP = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset {SM} xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://www.kompas.com/read/2024/01/02/1/korut</loc>
    <news:news><news:publication><news:name>Kompas</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>2024-01-02T10:00:00+07:00</news:publication_date><news:title>Korut</news:title>
    </news:news></url>
</urlset>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Berita</title>
  <item><title>Satu</title><link>https://news.example.id/satu</link>
    <pubDate>Tue, 02 Jan 2024 10:00:00 +0700</pubDate></item>
  <item><title>Dua</title><guid isPermaLink="true">https://news.example.id/dua</guid></item>
  <item><title>Tanpa tautan</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Berita</title>
  <entry><title>Satu</title><link rel="alternate" href="https://news.example.id/atom-satu"/>
    <link rel="edit" href="https://news.example.id/edit/1"/>
    <published>2024-01-01T08:00:00Z</published><updated>2024-01-03T08:00:00Z</updated></entry>
  <entry><title>Dua</title><link href="/atom-dua"/><updated>2024-01-04T08:00:00+07:00</updated></entry>
</feed>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<urlset><url><loc>&lol2;</loc></url></urlset>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>https://x.example/&xxe;</loc></url></urlset>"""


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FetchPolicy(allow_private_addresses=True, per_host_delay=0.0, backoff_base=0.01, retries=0)) as f:
        yield f


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def test_inputs_are_classified_without_any_request(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    assert classify_input(str(tmp_path / "articles")) == "files"
    assert classify_input(write(tmp_path / "a.txt", "Jakarta - Isi berita.\n")) == "files"
    assert classify_input(write(tmp_path / "a.html", "<html><body>x</body></html>")) == "files"
    assert classify_input(write(tmp_path / "urls.txt", "# hari ini\nhttps://a.example/1\n\nhttp://b.example/2\n")) \
        == "url_list"
    assert classify_input(write(tmp_path / "mixed.txt", "https://a.example/1\nbukan url\n")) == "files"
    assert classify_input(write(tmp_path / "s.xml", urlset(("https://a.example/1", None)))) == "sitemap"
    assert classify_input(write(tmp_path / "s.xml.gz", gzip.compress(index("https://a.example/s.xml").encode()))) \
        == "sitemap"
    assert classify_input(write(tmp_path / "rss.xml", RSS)) == "feed"
    assert classify_input(write(tmp_path / "atom.xml", ATOM)) == "feed"
    assert classify_input("https://www.kompas.com/read/1") == "url"
    assert classify_input(str(tmp_path / "missing")) == "files"


def test_a_url_list_file_gives_its_urls(tmp_path: Path) -> None:
    listing = write(tmp_path / "urls.txt", "# pagi\nhttps://a.example/1\n\nhttps://a.example/2\nhttps://a.example/1\n")
    found = discover_web(listing, None)
    assert found.kind == "url_list"
    assert [t.url for t in found.targets] == ["https://a.example/1", "https://a.example/2"]
    assert {t.found_in for t in found.targets} == {listing}


def test_a_page_url_is_one_target_and_costs_no_request(fetcher: Fetcher) -> None:
    found = discover_web("https://www.kompas.com/read/2024/01/02/1/korut", fetcher)
    assert [(t.url, t.lastmod, t.found_in) for t in found.targets] == [
        ("https://www.kompas.com/read/2024/01/02/1/korut", None, "input")]
    assert fetcher.requests_made == 0


def test_a_sitemap_index_leads_through_sitemaps_to_pages(server: HostileServer, fetcher: Fetcher) -> None:
    server.routes["/sitemap_index.xml"] = static(index(server.url("/sitemap-1.xml"), server.url("/sitemap-2.xml.gz")),
                                                 content_type="application/xml")
    server.routes["/sitemap-1.xml"] = static(urlset((server.url("/a"), "2024-01-02T10:00:00+07:00"),
                                                    (server.url("/b"), None)), content_type="text/xml")
    server.routes["/sitemap-2.xml.gz"] = static(gzip.compress(urlset((server.url("/c"), "2024-01-03")).encode()),
                                                content_type="application/x-gzip")
    found = discover_web(server.url("/sitemap_index.xml"), fetcher)
    assert found.problems == []
    assert [t.url for t in found.targets] == [server.url("/a"), server.url("/b"), server.url("/c")]
    a, b, c = found.targets
    assert a.lastmod == datetime(2024, 1, 2, 3, 0, tzinfo=UTC) and b.lastmod is None
    assert c.lastmod == datetime(2024, 1, 4, 11, 59, 59, tzinfo=UTC)  # a bare date: its last instant anywhere
    assert (a.found_in, c.found_in) == (server.url("/sitemap-1.xml"), server.url("/sitemap-2.xml.gz"))
    assert all(server.hits(p) == 1 for p in ["/sitemap_index.xml", "/sitemap-1.xml", "/sitemap-2.xml.gz"])
    assert server.hits("/a") == 0  # discovery does not fetch pages
    assert len(found.responses) == 3 and {r.status for r in found.responses} == {200}


def test_sitemap_depth_and_count_are_bounded(server: HostileServer, fetcher: Fetcher) -> None:
    server.routes["/i0.xml"] = static(index(server.url("/i1.xml")), content_type="application/xml")
    server.routes["/i1.xml"] = static(index(server.url("/i2.xml")), content_type="application/xml")
    server.routes["/i2.xml"] = static(urlset((server.url("/deep"), None)), content_type="application/xml")
    shallow = discover_web(server.url("/i0.xml"), fetcher, max_depth=1)
    assert shallow.targets == [] and server.hits("/i2.xml") == 0
    assert shallow.skipped == [(server.url("/i2.xml"), "sitemap deeper than 1 levels")]
    few = discover_web(server.url("/i0.xml"), fetcher, max_sitemaps=2)
    assert few.targets == [] and any("more than 2 sitemaps" in why for _, why in few.skipped)


def test_a_google_news_sitemap_gives_the_publication_date(tmp_path: Path) -> None:
    found = discover_web(write(tmp_path / "news.xml", NEWS_SITEMAP), None)
    assert found.kind == "sitemap"
    assert [(t.url, t.lastmod) for t in found.targets] == [
        ("https://www.kompas.com/read/2024/01/02/1/korut", datetime(2024, 1, 2, 3, 0, tzinfo=UTC))]


def test_an_rss_feed_url_gives_its_item_links(server: HostileServer, fetcher: Fetcher) -> None:
    server.routes["/rss"] = static(RSS, content_type="application/rss+xml; charset=utf-8")
    found = discover_web(server.url("/rss"), fetcher)
    assert found.kind == "url"
    assert [(t.url, t.lastmod) for t in found.targets] == [
        ("https://news.example.id/satu", datetime(2024, 1, 2, 3, 0, tzinfo=UTC)),
        ("https://news.example.id/dua", None)]


def test_an_atom_feed_file_gives_alternate_links_and_the_newest_date(tmp_path: Path) -> None:
    targets = parse_feed(ATOM.encode(), "https://news.example.id/feed.atom")
    assert [(t.url, t.lastmod) for t in targets] == [
        ("https://news.example.id/atom-satu", datetime(2024, 1, 3, 8, 0, tzinfo=UTC)),
        ("https://news.example.id/atom-dua", datetime(2024, 1, 4, 1, 0, tzinfo=UTC))]
    from_file = discover_web(write(tmp_path / "feed.atom", ATOM), None)
    # In a file, the relative link /atom-dua has no site to resolve against.
    assert [t.url for t in from_file.targets] == ["https://news.example.id/atom-satu"]


def test_a_feed_like_url_that_is_a_page_becomes_a_page_target(server: HostileServer, fetcher: Fetcher) -> None:
    server.routes["/feed/"] = static("<!doctype html><html><body><p>Bukan feed</p></body></html>")
    found = discover_web(server.url("/feed/"), fetcher)
    assert [t.url for t in found.targets] == [server.url("/feed/")] and found.problems == []


def test_an_unreachable_sitemap_is_a_problem_not_a_crash(server: HostileServer, fetcher: Fetcher) -> None:
    found = discover_web(server.url("/sitemap.xml"), fetcher)
    assert found.targets == []
    assert [(p.stage, p.reason) for p in found.problems] == [("fetch", "http_404")]


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_xml_declaring_entities_is_refused(tmp_path: Path, document: str) -> None:
    with pytest.raises(UnsafeXmlError):
        parse_xml(document.encode())
    found = discover_web(write(tmp_path / "evil.xml", document), None)
    assert found.targets == [] and [p.reason for p in found.problems] == ["unsafe_xml"]


def test_malformed_sitemaps_are_read_leniently_or_reported() -> None:
    kind, targets = parse_sitemap(urlset(("https://a.example/?a=1&b=2", None)).encode(), "s.xml")
    assert kind == "urlset" and [t.url for t in targets] == ["https://a.example/?a=1&b=2"]
    with pytest.raises((etree.XMLSyntaxError, ValueError)):
        parse_sitemap(b"<html><body>not xml", "s.xml")


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-01-02T10:00:00+07:00", datetime(2024, 1, 2, 3, 0, tzinfo=UTC)),
    ("2024-01-02T10:00:00Z", datetime(2024, 1, 2, 10, 0, tzinfo=UTC)),
    ("2024-01-02T10:00:00", datetime(2024, 1, 2, 10, 0, tzinfo=UTC)),
    ("Tue, 02 Jan 2024 10:00:00 GMT", datetime(2024, 1, 2, 10, 0, tzinfo=UTC)),
    ("kemarin", None), ("", None), (None, None),
])
def test_timestamps_of_sitemaps_and_feeds(text: str | None, expected: datetime | None) -> None:
    assert parse_timestamp(text) == expected
