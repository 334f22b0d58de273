"""HTML extraction: metadata, JSON-LD variants, multi-page stitching, non-article pages, outlet boilerplate.

Most cases run on the test site (samples/web, see its README): pages written in the layouts of eight
Indonesian outlets, whose declared metadata is listed in samples/web/site.json.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kabar.evaluate_extraction import BASE_URL, SITE_ROOT, article_pages, crawled_document, page_url
from tasks.clean import clean_batch, clean_document
from tasks.html import classify_page, extract_html, split_pages
from tasks.models import RawDocument

SITE = json.loads((SITE_ROOT / "site.json").read_text(encoding="utf-8"))["pages"]
ARTICLES = [entry for entry in SITE if entry["kind"] == "article"]
OTHERS = [entry for entry in SITE if entry["kind"] != "article"]
OUTLET_NAMES = {"kompas": "Kompas.com", "detik": "detikcom", "tempo": "Tempo.co", "cnnindonesia": "CNN Indonesia",
                "liputan6": "Liputan6.com", "tribunnews": "Tribunnews.com", "antaranews": "Antara",
                "idntimes": "IDN Times"}
PARAGRAPH = ("Pemerintah kabupaten menambah jumlah armada angkutan sekolah gratis mulai pekan depan karena "
             "banyak siswa di desa terpencil harus berjalan kaki lebih dari lima kilometer setiap pagi.")


def page(entry: dict[str, Any]) -> str:
    return (SITE_ROOT / entry["files"][0]).read_text(encoding="utf-8")


def document(entry: dict[str, Any]) -> str:
    """The article as the crawler hands it over: every page, joined with page markers."""
    return crawled_document(SITE_ROOT, [SITE_ROOT / f for f in entry["files"]])


def raw(html: str, uri: str) -> RawDocument:
    return RawDocument(uri, uri.rsplit("/", 1)[-1], html.encode(), "h" * 64, "text/html", html, "utf-8",
                       datetime.now(UTC))


def by_outlet(outlet: str) -> list[dict[str, Any]]:
    return [entry for entry in ARTICLES if entry["outlet"] == outlet]


def test_the_site_has_two_articles_per_outlet_some_multi_page_and_gold_for_each() -> None:
    assert {e["outlet"] for e in ARTICLES} == set(OUTLET_NAMES)
    assert all(len(by_outlet(o)) >= 2 for o in OUTLET_NAMES)
    assert sum(len(e["pages"]) > 1 for e in ARTICLES) >= 3
    assert len(article_pages()) == len(ARTICLES)
    assert {e["kind"] for e in OTHERS} == {"index", "tag", "video"}


@pytest.mark.parametrize("entry", ARTICLES, ids=lambda e: e["url"].split("/")[-1][:40])
def test_metadata_of_every_article(entry: dict[str, Any]) -> None:
    url = BASE_URL + entry["url"]
    extraction = extract_html(page(entry), url)
    assert extraction.title == entry["title"]
    assert list(extraction.authors) == entry["authors"]
    assert extraction.author == ", ".join(entry["authors"])
    assert extraction.published == entry["published"]  # with its +07:00 zone
    assert extraction.canonical_url == url
    assert extraction.language == entry["language"]
    assert extraction.outlet == OUTLET_NAMES[entry["outlet"]]
    assert extraction.not_article is None
    if entry["outlet"] == "liputan6":  # declares neither a modification time nor a section
        assert extraction.modified is None and extraction.section is None
    else:
        assert extraction.modified == entry["modified"]
        assert extraction.section == entry["section"]


def test_zoned_time_wins_over_a_zone_less_meta_tag() -> None:
    kompas = by_outlet("kompas")[0]
    html = page(kompas)
    assert 'name="content_PublishedDate" content="2024-03-12 14:05:00"' in html  # listed first, no zone
    assert extract_html(html).published == "2024-03-12T14:05:00+07:00"
    detik = page(by_outlet("detik")[0])
    assert 'name="publishdate" content="2024/03/19 14:32:10"' in detik
    assert extract_html(detik).published == "2024-03-19T14:32:10+07:00"


def test_time_element_when_json_ld_has_no_date() -> None:
    entry = by_outlet("liputan6")[0]
    assert '"datePublished"' not in page(entry)
    assert extract_html(page(entry)).published == entry["published"]


def html_with_ld(data: Any, extra_head: str = "", lang: str = "id") -> str:
    return (f"<html lang='{lang}'><head><title>Judul Halaman - Contoh</title>{extra_head}"
            f"<script type='application/ld+json'>{json.dumps(data)}</script></head>"
            f"<body><article><h1>Judul</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>")


@pytest.mark.parametrize(("data", "authors"), [
    ({"@type": "NewsArticle", "headline": "A", "author": "Rina Siregar, Budi Santoso"},
     ("Rina Siregar", "Budi Santoso")),
    ({"@type": "NewsArticle", "headline": "A", "author": {"@type": "Person", "name": "Rina Siregar"}},
     ("Rina Siregar",)),
    ({"@type": "NewsArticle", "headline": "A", "author": [{"@type": "Person", "name": "Rina Siregar"},
                                                          {"@type": "Organization", "name": "Redaksi"}]},
     ("Rina Siregar",)),
    ([{"@type": "BreadcrumbList", "itemListElement": []},
      {"@type": ["NewsArticle", "Article"], "headline": "A", "author": [{"name": "Rina Siregar"}]}],
     ("Rina Siregar",)),
    ({"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Contoh"},
                                                   {"@type": "ReportageNewsArticle", "headline": "A",
                                                    "author": {"@type": "Person", "name": "Rina Siregar"}}]},
     ("Rina Siregar",)),
])
def test_json_ld_shapes(data: Any, authors: tuple[str, ...]) -> None:
    extraction = extract_html(html_with_ld(data))
    assert extraction.authors == authors
    assert extraction.title == "A"


def test_json_ld_dates_section_and_publisher() -> None:
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Angkutan Sekolah Gratis", "datePublished": "2024-06-03T08:00:00+08:00",
         "dateModified": "2024-06-03T09:30:00+08:00", "articleSection": ["Daerah", "Berita"],
         "publisher": {"@type": "Organization", "name": "Kompas.com"}, "inLanguage": "id-ID",
         "mainEntityOfPage": {"@id": "https://regional.kompas.com/read/2024/06/03/08000011/angkutan"}}]}
    extraction = extract_html(html_with_ld(data, lang=""))
    assert extraction.published == "2024-06-03T08:00:00+08:00"  # WITA stays WITA
    assert extraction.modified == "2024-06-03T09:30:00+08:00"
    assert extraction.section == "Daerah"
    assert extraction.language == "id"
    assert extraction.canonical_url == "https://regional.kompas.com/read/2024/06/03/08000011/angkutan"
    assert extraction.outlet == "Kompas.com" and extraction.site_name == "Kompas.com"


def test_broken_json_ld_is_skipped_and_meta_tags_used() -> None:
    head = ("<script type='application/ld+json'>{not json</script>"
            "<meta name='author' content='Rina Siregar dan Budi Santoso'>"
            "<meta property='og:title' content='Angkutan Sekolah Gratis'>"
            "<meta property='article:published_time' content='2024-06-03T08:00:00+07:00'>"
            "<link rel='canonical' href='/read/2024/06/03/angkutan'>")
    html = f"<html lang='id'><head>{head}</head><body><article><p>{PARAGRAPH}</p></article></body></html>"
    extraction = extract_html(html, "https://www.tribunnews.com/x")
    assert extraction.authors == ("Rina Siregar", "Budi Santoso")
    assert extraction.title == "Angkutan Sekolah Gratis"
    assert extraction.published == "2024-06-03T08:00:00+07:00"
    assert extraction.canonical_url == "https://www.tribunnews.com/read/2024/06/03/angkutan"
    assert extraction.outlet == "Tribunnews.com"


@pytest.mark.parametrize(("url", "published"), [
    ("https://regional.kompas.com/read/2024/06/03/08151231/angkutan-sekolah", "2024-06-03T08:15:12+07:00"),
    ("https://www.cnnindonesia.com/nasional/20240603081512-20-1100000/angkutan-sekolah",
     "2024-06-03T08:15:12+07:00"),
    ("https://www.tribunnews.com/regional/2024/06/03/angkutan-sekolah", "2024-06-03"),
    ("https://news.detik.com/berita/d-7400000/angkutan-sekolah", None),  # detik ids carry no date
])
def test_publication_date_from_the_url_as_last_resort(url: str, published: str | None) -> None:
    html = f"<html lang='id'><head><title>x</title></head><body><p>{PARAGRAPH}</p></body></html>"
    assert extract_html(html, url).published == published


def test_a_stray_control_character_does_not_lose_the_page() -> None:
    """Text outside paragraphs is wrapped into them by moving it between elements, which lxml refuses for
    control characters; a page with one (a unit separator pasted from a CMS) is still extracted."""
    html = (f"<html><body><article><div>{PARAGRAPH[:60]}\x1f{PARAGRAPH[60:]}<p>{PARAGRAPH}</p></div></article>"
            "</body></html>")
    text = extract_html(html).text
    assert PARAGRAPH in text
    assert "\x1f" not in text


def test_split_pages_on_the_crawler_marker() -> None:
    html = '<html>1</html>\n<!-- kabar:page url="https://x.test/a?page=2" -->\n<html>2</html>'
    assert [p.strip() for p in split_pages(html)] == ["<html>1</html>", "<html>2</html>"]
    assert split_pages("<html>only</html>") == ["<html>only</html>"]


@pytest.mark.parametrize("outlet", ["kompas", "detik", "tribunnews"])
def test_multi_page_articles_are_stitched_in_order(outlet: str) -> None:
    entry = next(e for e in by_outlet(outlet) if len(e["pages"]) > 1)
    gold = (SITE_ROOT / entry["gold"]).read_text(encoding="utf-8").strip().split("\n\n")
    extraction = extract_html(document(entry), BASE_URL + entry["url"])
    assert extraction.pages == len(entry["pages"])
    assert extraction.title == entry["title"]  # from page 1
    article = clean_document(raw(document(entry), BASE_URL + entry["url"]))
    assert article.body_text.split("\n\n") == gold
    assert entry["title"] not in article.body_text


def test_page_urls_follow_each_outlets_convention() -> None:
    pages = {e["outlet"]: e["pages"] for e in ARTICLES if len(e["pages"]) > 1}
    assert pages["kompas"][1] == pages["kompas"][0] + "?page=2"
    assert pages["tribunnews"][1] == pages["tribunnews"][0] + "?page=2"
    assert pages["detik"][1] == pages["detik"][0] + "/2"
    assert page_url(SITE_ROOT, SITE_ROOT / ARTICLES[0]["files"][1]).endswith("?page=2")


@pytest.mark.parametrize("entry", OTHERS, ids=lambda e: e["kind"])
def test_non_article_pages_are_recognised_with_a_reason(entry: dict[str, Any]) -> None:
    reason = classify_page(page(entry), BASE_URL + entry["url"])
    expected = {"index": "index page: ", "tag": "tag page: ", "video": "video page without article text"}
    assert reason is not None and reason.startswith(expected[entry["kind"]])
    if entry["kind"] != "video":
        assert "article links and" in reason and "words of text" in reason


@pytest.mark.parametrize("entry", ARTICLES, ids=lambda e: e["url"].split("/")[-1][:40])
def test_articles_are_not_classified_as_listings(entry: dict[str, Any]) -> None:
    assert classify_page(page(entry), BASE_URL + entry["url"]) is None


def test_clean_batch_quarantines_non_article_pages_and_keeps_articles() -> None:
    documents = [raw(page(e), BASE_URL + e["url"]) for e in OTHERS + ARTICLES[:2]]
    cleaned, problems = clean_batch(documents)
    assert len(cleaned) == 2
    assert [p.reason for p in problems] == ["not_article"] * len(OTHERS)
    assert all(p.stage == "clean" and p.detail and p.payload_hash for p in problems)
    assert any(p.detail.startswith("index page: ") for p in problems)


# A piece of each outlet's furniture that sits inside or right under the article text.
BOILERPLATE = {
    "kompas": ["Baca juga:", "Simak breaking news", "KOMPAS.com/ADITYA", "Iklan"],
    "detik": ["ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga", "(rpp/fjn)", "Foto: Anisa"],
    "tempo": ["Pilihan Editor", "Baca juga", "Artikel Terkait"],
    "cnnindonesia": ["[Gambas:Video CNN]", "Baca Juga", "(hya/dmi)", "BACA HALAMAN BERIKUTNYA", "ADVERTISEMENT"],
    "liputan6": ["Cek Fakta", "Baca Juga", "Advertisement", "Angga Yuniar"],
    "tribunnews": ["Laporan Wartawan", "Baca juga", "ADVERTISEMENT", "(Tribunnews.com/"],
    "antaranews": ["Pewarta:", "Copyright", "Dilarang menyalin", "Baca juga"],
    "idntimes": ["BACA JUGA", "kontributor komunitas", "Editorial Team", "IDN App"],
}


@pytest.mark.parametrize("outlet", sorted(BOILERPLATE))
def test_each_outlets_boilerplate_is_gone_and_its_text_kept(outlet: str) -> None:
    for entry in by_outlet(outlet):
        html = document(entry)
        article = clean_document(raw(html, BASE_URL + entry["url"]))
        present = [marker for marker in BOILERPLATE[outlet] if marker in html]
        assert present, "the page should carry the boilerplate this test looks for"
        for marker in present:
            assert marker not in article.body_text, marker
        gold = (SITE_ROOT / entry["gold"]).read_text(encoding="utf-8").strip()
        assert article.body_text == gold


def test_clean_article_carries_the_html_metadata() -> None:
    entry = next(e for e in by_outlet("detik") if len(e["authors"]) > 1)
    article = clean_document(raw(page(entry), BASE_URL + entry["url"]))
    assert article.author == "Anisa Indraini, Ilyas Fadilah"
    assert article.html_published == "2024-04-05T11:12:00+07:00"
    assert article.html_modified == "2024-04-05T11:40:00+07:00"
    assert article.section == "Finance"
    assert article.outlet == "detikcom"
    assert article.title == entry["title"]


def test_a_short_first_line_of_an_html_page_is_not_taken_for_the_title() -> None:
    html = ("<html lang='id'><head><meta property='og:title' content='Angkutan Sekolah Gratis Ditambah'></head>"
            f"<body><article><h1>Angkutan Sekolah Gratis Ditambah</h1><h2>Armada baru untuk desa terpencil</h2>"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('depan', 'ini')}</p></article></body></html>")
    article = clean_document(raw(html, "/in/page.html"))
    assert article.title == "Angkutan Sekolah Gratis Ditambah"
    assert article.body_text.startswith("Armada baru untuk desa terpencil\n\n")


def test_furniture_named_wrapper_holding_the_article_is_kept() -> None:
    body = "".join(f"<p>{PARAGRAPH} Paragraf {i}.</p>" for i in range(4))
    html = (f"<html lang='id'><body><div class='content-with-ads'>{body}"
            "<div class='ads'>Iklan</div></div></body></html>")
    article = clean_document(raw(html, "/in/page.html"))
    assert article.body_text.count("\n\n") == 3


def test_site_json_matches_the_files(tmp_path: Path) -> None:
    for entry in SITE:
        assert all((SITE_ROOT / f).is_file() for f in entry["files"])
