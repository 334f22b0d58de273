"""The local test site server: URL mapping, base-URL rewriting, and conditional requests (ETag, 304)."""

from __future__ import annotations

import http.client
import os
import time
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.site_server import PLACEHOLDER, SITE_ROOT, serve_site, start_site

KOMPAS = "/kompas/read/2024/03/12/14050061/banjir-rob-rendam-tiga-kelurahan-di-semarang-utara"
DETIK = "/detik/berita/d-7241503/uji-coba-lrt-jabodebek-malam-hari-diperpanjang-hingga-akhir-bulan"


def get(base_url: str, path: str, headers: dict[str, str] | None = None,
        method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve_site() as url:
        yield url


def test_pages_are_served_with_the_placeholder_replaced(base_url: str) -> None:
    status, headers, body = get(base_url, KOMPAS)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert f'<link rel="canonical" href="{base_url}{KOMPAS}">'.encode() in body
    assert PLACEHOLDER.encode() not in body
    assert int(headers["content-length"]) == len(body)


def test_sitemap_and_feed_list_every_article_under_the_real_base_url(base_url: str) -> None:
    golds = list(SITE_ROOT.rglob("*.gold.txt"))
    for path in ("/sitemap.xml", "/rss.xml"):
        status, headers, body = get(base_url, path)
        assert status == 200 and "xml" in headers["content-type"]
        assert body.count(f"{base_url}/".encode()) >= len(golds)
        assert PLACEHOLDER.encode() not in body
    assert f"Sitemap: {base_url}/sitemap.xml".encode() in get(base_url, "/robots.txt")[2]


def test_page_numbers_map_to_files(base_url: str) -> None:
    first, second = get(base_url, KOMPAS)[2], get(base_url, KOMPAS + "?page=2")[2]
    assert b"Stasiun Meteorologi Maritim" in second and b"Stasiun Meteorologi Maritim" not in first
    assert get(base_url, KOMPAS + "?page=1")[2] == first
    assert b"KAI juga meminta penumpang" in get(base_url, DETIK + "/2")[2]
    assert get(base_url, KOMPAS + "?page=9")[0] == 404
    assert get(base_url, "/kompas/")[0] == 200


def test_missing_and_outside_paths_are_404(base_url: str) -> None:
    assert get(base_url, "/kompas/read/nothing-here")[0] == 404
    assert get(base_url, "/../../etc/passwd")[0] == 404


def test_etag_and_last_modified_give_304(base_url: str) -> None:
    status, headers, _ = get(base_url, KOMPAS)
    assert status == 200 and headers["etag"].startswith('"') and headers["last-modified"].endswith("GMT")
    status, again, body = get(base_url, KOMPAS, {"If-None-Match": headers["etag"]})
    assert (status, body) == (304, b"") and again["etag"] == headers["etag"]
    assert get(base_url, KOMPAS, {"If-None-Match": f'"other", W/{headers["etag"]}'})[0] == 304
    assert get(base_url, KOMPAS, {"If-Modified-Since": headers["last-modified"]})[0] == 304
    assert get(base_url, KOMPAS, {"If-None-Match": '"stale"'})[0] == 200
    assert get(base_url, KOMPAS, {"If-Modified-Since": formatdate(0, usegmt=True)})[0] == 200
    # If-None-Match decides when both are sent.
    both = {"If-None-Match": '"stale"', "If-Modified-Since": headers["last-modified"]}
    assert get(base_url, KOMPAS, both)[0] == 200


def test_head_sends_headers_only(base_url: str) -> None:
    status, headers, body = get(base_url, KOMPAS, method="HEAD")
    assert status == 200 and body == b"" and "etag" in headers


def test_a_changed_page_gets_a_new_etag_and_a_200(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body>satu</body></html>", encoding="utf-8")
    site = start_site(tmp_path)
    try:
        _, headers, _ = get(site.base_url, "/a")
        (tmp_path / "a.html").write_text("<html><body>dua</body></html>", encoding="utf-8")
        later = time.time() + 5
        os.utime(tmp_path / "a.html", (later, later))
        status, new, body = get(site.base_url, "/a", {"If-None-Match": headers["etag"]})
        assert status == 200 and b"dua" in body and new["etag"] != headers["etag"]
        assert get(site.base_url, "/a", {"If-Modified-Since": headers["last-modified"]})[0] == 200
        assert [r[2] for r in site.requests] == [200, 200, 200]
    finally:
        site.close()
