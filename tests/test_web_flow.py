"""`kabar run` on the web: the local test site crawled end to end, incrementally, without refetching."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from kabar.cli import main
from tests.site_server import SITE_ROOT, serve_site
from tests.test_flow import fingerprint

MANIFEST = json.loads((SITE_ROOT / "site.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(prefect_harness: None) -> Iterator[str]:
    with pytest.MonkeyPatch.context() as patch:
        # The test site lives on 127.0.0.1, which Kabar refuses to fetch unless the operator allows it.
        patch.setenv("KABAR_ALLOW_PRIVATE_ADDRESSES", "true")
        patch.setenv("KABAR_PER_HOST_DELAY", "0")
        with serve_site() as base_url:
            yield base_url


def articles_in_manifest() -> int:
    return sum(1 for page in MANIFEST["pages"] if page["kind"] == "article")


def crawl_counts(warehouse: Path) -> dict[int, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(con.execute("SELECT status, count(*) FROM raw.responses GROUP BY status").fetchall())


@pytest.fixture(scope="module")
def sitemap_warehouse(site: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    warehouse = tmp_path_factory.mktemp("web") / "news.duckdb"
    assert main(["run", "--input", f"{site}/sitemap.xml", "--warehouse", str(warehouse), "--quiet"]) == 0
    return warehouse


def test_the_sitemap_is_crawled_end_to_end(sitemap_warehouse: Path) -> None:
    with duckdb.connect(str(sitemap_warehouse), read_only=True) as con:
        articles, outlets = con.execute("SELECT count(*), count(DISTINCT outlet) FROM articles").fetchone()
        multi_page = con.execute("SELECT count(*) FROM raw.payloads WHERE media_type = 'text/html' "
                                 "AND position('kabar:page' IN decode(payload)) > 0").fetchone()[0]
        quarantined = con.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    # Eight sites; Antara's English article is its English edition, ANTARA News: nine outlets.
    assert articles == articles_in_manifest() and outlets == 9
    assert multi_page == 3  # the Kompas, Tribunnews and detik articles split over pages, each stitched into one
    assert quarantined == 0


def test_a_multi_page_article_holds_the_text_of_every_page(sitemap_warehouse: Path) -> None:
    gold = (next(SITE_ROOT.glob("detik/**/uji-coba-lrt-*.gold.txt"))).read_text(encoding="utf-8")
    last_paragraph = gold.strip().split("\n\n")[-1]
    with duckdb.connect(str(sitemap_warehouse), read_only=True) as con:
        bodies = [row[0] for row in con.execute("SELECT body_text FROM articles WHERE canonical_url LIKE "
                                                "'%uji-coba-lrt%'").fetchall()]
    assert len(bodies) == 1 and last_paragraph in bodies[0]


def test_a_second_run_fetches_nothing_and_changes_nothing(site: str, sitemap_warehouse: Path) -> None:
    before, responses_before = fingerprint(sitemap_warehouse), crawl_counts(sitemap_warehouse)
    assert main(["run", "--input", f"{site}/sitemap.xml", "--warehouse", str(sitemap_warehouse), "--quiet"]) == 0
    assert fingerprint(sitemap_warehouse) == before
    # Only the sitemap itself was asked for again; every article was skipped by its lastmod.
    after = crawl_counts(sitemap_warehouse)
    assert sum(after.values()) - sum(responses_before.values()) == 1


def test_without_lastmod_unchanged_pages_cost_a_304(site: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    article_urls = [f"{site}{page['url']}" for page in MANIFEST["pages"] if page["kind"] == "article"][:4]
    urls.write_text("# four articles\n" + "\n".join(article_urls) + "\n", encoding="utf-8")
    warehouse = tmp_path / "news.duckdb"
    assert main(["run", "--input", str(urls), "--warehouse", str(warehouse), "--quiet"]) == 0
    before = fingerprint(warehouse)
    assert main(["run", "--input", str(urls), "--warehouse", str(warehouse), "--quiet"]) == 0
    assert fingerprint(warehouse) == before
    assert crawl_counts(warehouse).get(304, 0) >= 4


def test_non_article_pages_are_quarantined_with_a_reason(site: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    others = [f"{site}{page['url']}" for page in MANIFEST["pages"] if page["kind"] != "article"]
    urls.write_text("\n".join(others) + "\n", encoding="utf-8")
    warehouse = tmp_path / "news.duckdb"
    assert main(["run", "--input", str(urls), "--warehouse", str(warehouse), "--quiet"]) == 0
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        reasons = con.execute("SELECT reason, detail FROM quarantine").fetchall()
    assert len(reasons) == len(others) == 3
    assert all(reason == "not_article" and detail for reason, detail in reasons)


def test_a_full_refresh_reprocesses_web_pages_without_fetching(sitemap_warehouse: Path) -> None:
    before, responses = fingerprint(sitemap_warehouse), crawl_counts(sitemap_warehouse)
    assert main(["run", "--full-refresh", "--warehouse", str(sitemap_warehouse), "--quiet"]) == 0
    assert crawl_counts(sitemap_warehouse) == responses
    assert fingerprint(sitemap_warehouse)["articles"] == before["articles"]



def test_the_run_reports_what_it_fetched(site: str, tmp_path: Path) -> None:
    from flows.nightly import NightlyParameters, nightly
    from tasks import runs

    urls = tmp_path / "urls.txt"
    pages = [f"{site}{page['url']}" for page in MANIFEST["pages"] if page["kind"] == "article"][:2]
    urls.write_text("\n".join([*pages, f"{site}/no/such/page"]) + "\n", encoding="utf-8")
    summary = nightly(NightlyParameters(input_path=str(urls), warehouse=str(tmp_path / "news.duckdb")))
    assert summary.fetch["requested"] == 3 and summary.fetch["fetched"] == 2 and summary.fetch["failed"] == 1
    assert summary.quarantined["fetch:http_404"] == 1
    assert runs.stage_lines(summary)[0].startswith("fetch: 3 URLs, 2 fetched")
    table = {row["stage"]: row["count"] for row in runs.stage_table(summary, 0)}
    assert table["fetch: fetched"] == 2 and table["fetch: failed"] == 1
