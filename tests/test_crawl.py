"""Crawling targets into documents: counts, quarantine, multi-page articles, incremental nights, warehouse."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import duckdb
import pytest

from tasks import replay
from tasks.crawl import CrawlResult, crawl, read_state, write_crawl
from tasks.fetch import Fetcher, FetchPolicy
from tasks.pagination import split_pages
from tasks.tables import payload_frame
from tasks.web_sources import WebTarget, discover_web
from tests.hostile_server import HostileServer, conditional, redirect, static
from warehouse.schema import migrate, new_keys_only

INDONESIAN = "“Kami belum pernah mengekspor senjata,” kata pejabat itu pada Jum’at."
OLD = datetime(2024, 1, 2, tzinfo=UTC)


def article(body: str, pager: str = "") -> str:
    return f"<html><head><title>Berita</title></head><body><article><p>{body}</p></article>{pager}</body></html>"


def policy(**overrides: object) -> FetchPolicy:
    values: dict[str, object] = {"allow_private_addresses": True, "per_host_delay": 0.0, "backoff_base": 0.01,
                                 "max_retry_after": 0.05, "retries": 0, "read_timeout": 5.0, "total_workers": 4}
    values.update(overrides)
    return FetchPolicy(**values)  # type: ignore[arg-type]


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    migrate(connection)
    yield connection
    connection.close()


def multipage_site(server: HostileServer) -> None:
    """A Kompas-style article in three pages (?page=N) plus its pager."""
    pager = ('<div class="paging"><a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a>'
             '<a href="?page={n}">Selanjutnya</a></div>')
    server.routes["/read/2024/01/02/1/korut"] = static(article("Halaman satu.", pager.format(n=2)))
    server.routes["/read/2024/01/02/1/korut?page=2"] = static(article("Halaman dua.", pager.format(n=3)))
    server.routes["/read/2024/01/02/1/korut?page=3"] = static(article("Halaman tiga."))


def test_a_sitemap_night_counts_documents_and_quarantines_the_bad(server: HostileServer) -> None:
    server.routes["/ok"] = static(article(INDONESIAN).encode(), content_type="text/html; charset=iso-8859-1")
    server.routes["/old-url"] = redirect("/ok-moved", 301)
    server.routes["/ok-moved"] = static(article("Pindah."))
    server.routes["/report.html"] = static(b"%PDF-1.4\n%%EOF\n")
    server.routes["/empty"] = static("   \n")
    server.routes["/sitemap.xml"] = static(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{server.url(p)}</loc></url>" for p in ["/ok", "/old-url", "/gone", "/report.html",
                                                                     "/empty", "/ok"])
        + "</urlset>", content_type="application/xml")
    with Fetcher(policy()) as fetcher:
        found = discover_web(server.url("/sitemap.xml"), fetcher)
        result = crawl(found.targets, fetcher, {}, "run-1", discovery=found)
    counts = result.counts
    assert (counts.requested, counts.fetched, counts.not_modified, counts.skipped_unchanged, counts.failed) == (
        5, 2, 0, 0, 3)
    by_source = {d.source_name: d for d in result.documents}
    assert INDONESIAN in by_source[server.url("/ok")].text  # the page's UTF-8, not the header's latin-1
    moved = by_source[server.url("/old-url")]
    assert moved.source_uri == server.url("/ok-moved") and moved.media_type == "text/html"
    assert sorted(q.reason for q in result.quarantined) == ["empty", "http_404", "not_html:application/pdf"]
    assert all(q.stage == "fetch" and q.detail for q in result.quarantined)
    # The bytes of the PDF and of the blank page are kept for inspection; a 404 has none worth keeping.
    kept = {q.payload_hash for q in result.quarantined if q.payload_hash}
    assert {p.payload_hash for p in result.quarantined_payloads} == kept and len(kept) == 2
    ingest = result.to_ingest_result()
    assert (len(ingest.documents), len(ingest.quarantined), len(ingest.quarantined_payloads)) == (2, 3, 2)
    assert server.hits("/ok") == 1  # listed twice, fetched once
    assert len(result.responses) == 1 + 5  # the sitemap and one per target


def test_a_multi_page_article_becomes_one_replayable_document(server: HostileServer,
                                                              con: duckdb.DuckDBPyConnection) -> None:
    multipage_site(server)
    url = server.url("/read/2024/01/02/1/korut")
    with Fetcher(policy()) as fetcher:
        result = crawl([WebTarget(url, None, "input")], fetcher, {}, "run-1")
    assert result.counts.fetched == 1 and result.counts.extra_pages == 2
    [document] = result.documents
    first = article("Halaman satu.", "").encode()
    assert document.payload.startswith(first[:40])
    pages = split_pages(document.text)
    assert len(pages) == 3 and "Halaman dua." in pages[1] and "Halaman tiga." in pages[2]
    assert f'<!-- kabar:page url="{url}?page=2" -->' in document.text
    assert [server.hits(f"/read/2024/01/02/1/korut{q}") for q in ["", "?page=2", "?page=3"]] == [1, 1, 1]
    assert len(result.responses) == 3
    # The loader stores the document; write_crawl the responses and the lone page bodies.
    write_crawl(con, result, "run-1")
    con.register("docs", payload_frame(result.documents))
    con.execute(f"INSERT INTO raw.payloads SELECT * FROM docs {new_keys_only('raw.payloads', 'payload_hash')}")
    assert replay.stored_sources(con) == [url]  # page 2 and 3 are never taken for articles
    [replayed] = replay.newest_payloads(con, [url])
    assert replayed.payload == document.payload and split_pages(replayed.text) == pages
    kept = con.execute("SELECT count(*) FROM raw.responses r JOIN raw.payloads p USING (payload_hash)").fetchone()
    assert kept == (3,)  # every page's own bytes are kept too


def test_a_second_night_skips_unchanged_and_asks_conditionally(server: HostileServer,
                                                               con: duckdb.DuckDBPyConnection) -> None:
    for name in ["a", "b", "c"]:
        server.routes[f"/{name}"] = conditional(article(f"Berita {name}."), etag=f'"{name}1"')
    first_night = [WebTarget(server.url(f"/{n}"), OLD, "sitemap.xml") for n in ["a", "b", "c"]]
    with Fetcher(policy()) as fetcher:
        first = crawl(first_night, fetcher, read_state(con, [t.url for t in first_night]), "run-1")
    write_crawl(con, first, "run-1")
    assert first.counts.fetched == 3
    later = datetime.now(UTC) + timedelta(days=1)
    second_night = [WebTarget(server.url("/a"), OLD, "sitemap.xml"),  # lastmod unchanged: no request
                    WebTarget(server.url("/b"), None, "feed.xml"),  # no lastmod: conditional request
                    WebTarget(server.url("/c"), later, "sitemap.xml")]  # newer lastmod: conditional request
    state = read_state(con, [t.url for t in second_night])
    assert state[server.url("/a")].etag == '"a1"' and state[server.url("/a")].last_success_at is not None
    with Fetcher(policy()) as fetcher:
        second = crawl(second_night, fetcher, state, "run-2")
    counts = second.counts
    assert (counts.requested, counts.fetched, counts.not_modified, counts.skipped_unchanged) == (3, 0, 2, 1)
    assert second.skipped == [(server.url("/a"), "unchanged since last run")]
    assert second.documents == [] and server.hits("/a") == 1
    assert server.requests_for("/b")[1].headers["if-none-match"] == '"b1"'
    write_crawl(con, second, "run-2")
    rows = con.execute("SELECT url, etag, last_status FROM raw.crawl_state ORDER BY url").fetchall()
    assert rows == [(server.url("/a"), '"a1"', 200), (server.url("/b"), '"b1"', 304), (server.url("/c"), '"c1"', 304)]
    assert con.execute("SELECT count(*), count(payload_hash) FROM raw.responses").fetchone() == (5, 3)


def test_responses_are_logged_with_headers_chain_and_errors(server: HostileServer,
                                                            con: duckdb.DuckDBPyConnection) -> None:
    server.routes["/old"] = redirect("/new", 301)
    server.routes["/new"] = static(article("Baru."))
    targets = [WebTarget(server.url("/old"), None, "input"), WebTarget(server.url("/missing"), None, "input")]
    with Fetcher(policy()) as fetcher:
        result = crawl(targets, fetcher, {}, "run-1")
    write_crawl(con, result, "run-1")
    write_crawl(con, result, "run-1")  # a repeated write changes nothing
    rows = con.execute("""SELECT requested_url, final_url, status, headers, redirect_chain, error, run_id
                          FROM raw.responses ORDER BY requested_url DESC""").fetchall()
    assert len(rows) == 2
    old, missing = rows
    assert old[1:3] == (server.url("/new"), 200) and old[4] == [server.url("/old")] and old[5] is None
    assert json.loads(old[3])["content-type"].startswith("text/html") and old[6] == "run-1"
    assert missing[2] == 404 and missing[5] == "http_404"
    state = con.execute("SELECT url, final_url, last_status, last_success_at IS NULL FROM raw.crawl_state "
                        "ORDER BY url DESC").fetchall()
    assert state == [(server.url("/old"), server.url("/new"), 200, False), (server.url("/missing"), None, 404, True)]


def test_one_bad_host_never_stops_the_run(server: HostileServer) -> None:
    with HostileServer() as broken:
        broken.routes["/robots.txt"] = static("down", status=503)
        server.routes["/x"] = static(article("Baik."))
        server.routes["/y"] = static(article("Juga baik."))
        targets = [WebTarget(broken.url("/p1"), None, "i"), WebTarget(server.url("/x"), None, "i"),
                   WebTarget(broken.url("/p2"), None, "i"), WebTarget(server.url("/y"), None, "i"),
                   WebTarget("ftp://files.example/berita.txt", None, "i")]
        with Fetcher(policy()) as fetcher:
            result = crawl(targets, fetcher, {}, "run-1")
    assert (result.counts.fetched, result.counts.failed) == (2, 3)
    assert sorted(q.reason for q in result.quarantined) == ["robots_unavailable", "robots_unavailable",
                                                            "unsupported_scheme"]
    assert broken.hits("/robots.txt") == 1 and broken.hits("/p1") == 0


def test_private_addresses_are_quarantined_when_not_allowed(server: HostileServer) -> None:
    server.routes["/x"] = static(article("Rahasia."))
    with Fetcher(policy(allow_private_addresses=False)) as fetcher:
        result = crawl([WebTarget(server.url("/x"), None, "i")], fetcher, {}, "run-1")
    assert [q.reason for q in result.quarantined] == ["private_address"] and server.seen == []


def test_identical_pages_under_two_urls_are_one_document(server: HostileServer) -> None:
    server.routes["/one"] = static(article("Sama."))
    server.routes["/two"] = static(article("Sama."))
    with Fetcher(policy()) as fetcher:
        result = crawl([WebTarget(server.url("/one"), None, "i"), WebTarget(server.url("/two"), None, "i")],
                       fetcher, {}, "run-1")
    assert result.counts.fetched == 2 and result.counts.duplicates == 1 and len(result.documents) == 1
    assert result.to_ingest_result().duplicates == 1
    [duplicate] = result.quarantined
    assert (duplicate.source_uri, duplicate.stage, duplicate.reason) == (server.url("/two"), "fetch", "duplicate")


def test_an_empty_crawl_writes_nothing(con: duckdb.DuckDBPyConnection) -> None:
    write_crawl(con, CrawlResult(), "run-0")
    assert read_state(con, []) == {}
    assert con.execute("SELECT count(*) FROM raw.responses").fetchone() == (0,)
