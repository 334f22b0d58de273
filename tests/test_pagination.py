"""Next-page links of multi-page articles, and the stitched payload that extraction splits again."""

from __future__ import annotations

import pytest

from tasks.pagination import (
    MAX_PAGES,
    next_page_url,
    page_marker,
    page_number,
    split_pages,
    split_pages_with_urls,
    stitch,
)

KOMPAS = "https://nasional.kompas.com/read/2022/09/22/06450021/korut-bantah-jual-senjata"
DETIK = "https://news.detik.com/berita/d-6305000/korut-bantah-jual-senjata"
TRIBUN = "https://www.tribunnews.com/internasional/2022/09/22/korut-bantah"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article><p>Isi.</p></article>{body}</body></html>"


@pytest.mark.parametrize(("html", "current", "article", "expected"), [
    # Kompas: a numbered pager and a "Selanjutnya" link with ?page=N
    (page('<div class="paging"><a href="?page=1">1</a><a href="?page=2">2</a>'
          '<a class="paging__link--next" href="?page=2">Selanjutnya</a></div>'), KOMPAS, KOMPAS, KOMPAS + "?page=2"),
    (page(f'<div class="paging"><a href="{KOMPAS}?page=1">1</a><a href="{KOMPAS}?page=2">2</a>'
          f'<a href="{KOMPAS}?page=3">3</a></div>'), KOMPAS + "?page=2", KOMPAS, KOMPAS + "?page=3"),
    # Detik: /N path suffix in a block whose class says nothing about paging
    (page(f'<div class="detail__anchor-numb"><a href="{DETIK}/2">2</a><a href="{DETIK}/3">3</a></div>'),
     DETIK, DETIK, DETIK + "/2"),
    # Tribunnews: "Halaman 2" in a pagination block
    (page('<div class="paging"><a href="?page=2">Halaman 2</a></div>'), TRIBUN, TRIBUN, TRIBUN + "?page=2"),
    # rel="next" in the head
    (page("", head=f'<link rel="next" href="{TRIBUN}?page=2">'), TRIBUN, TRIBUN, TRIBUN + "?page=2"),
])
def test_next_page_is_found_on_indonesian_outlets(html: str, current: str, article: str, expected: str) -> None:
    assert next_page_url(html, current, article) == expected


@pytest.mark.parametrize("html", [
    page('<a href="https://nasional.kompas.com/read/2022/09/23/1/berita-lain">Berita selanjutnya</a>'),
    page('<div class="pagination"><a href="https://nasional.kompas.com/indeks?page=2">2</a></div>'),
    page('<div class="paging"><a href="?page=3">Halaman 3</a></div>'),  # skips page 2: not our next page
    page('<div class="paging"><a href="?page=2&amp;sort=old">2</a></div>'),  # another query: another listing
    page(""),
])
def test_links_that_are_not_the_articles_next_page_are_ignored(html: str) -> None:
    assert next_page_url(html, KOMPAS, KOMPAS) is None


def test_the_chain_is_bounded_and_seen_pages_are_not_revisited() -> None:
    last = f"{KOMPAS}?page={MAX_PAGES}"
    html = page(f'<link rel="next" href="{KOMPAS}?page={MAX_PAGES + 1}">')
    assert next_page_url(html, last, KOMPAS) is None
    back = page(f'<link rel="next" href="{KOMPAS}?page=2">')
    assert next_page_url(back, KOMPAS, KOMPAS, seen={KOMPAS + "?page=2"}) is None


@pytest.mark.parametrize(("url", "number"), [
    (KOMPAS, 1), (KOMPAS + "/", 1), (KOMPAS + "?page=4", 4), (DETIK + "/2", 2), (DETIK + "/page/3", 3),
    (DETIK + "/komentar", None), ("https://other.example/read/2022/09/22/06450021/korut-bantah-jual-senjata", None),
])
def test_page_number_tells_pages_of_the_same_article(url: str, number: int | None) -> None:
    article = DETIK if url.startswith(DETIK) else KOMPAS
    assert page_number(url, article) == number


def test_stitched_pages_split_back_exactly() -> None:
    first = "<html><body><p>Halaman satu – “kutipan”</p></body></html>"
    later = [(KOMPAS + "?page=2", "<html><body><p>Halaman dua ü</p></body></html>"),
             (KOMPAS + "?page=3", "<html><body><p>Halaman tiga</p></body></html>")]
    payload = stitch(first.encode("utf-8"), "utf-8", later)
    assert payload.startswith(first.encode("utf-8"))
    assert f'\n<!-- kabar:page url="{KOMPAS}?page=2" -->\n'.encode() in payload
    html = payload.decode("utf-8")
    assert split_pages(html) == [first, later[0][1], later[1][1]]
    assert [url for url, _ in split_pages_with_urls(html)] == [None, later[0][0], later[1][0]]
    assert split_pages(first) == [first]


def test_a_legacy_first_page_keeps_its_bytes_and_one_codec_decodes_all() -> None:
    first = "<p>Jum’at</p>".encode("cp1252")
    payload = stitch(first, "cp1252", [(KOMPAS + "?page=2", "<p>東京 – Jum’at</p>")])
    assert payload.startswith(first)
    pages = split_pages(payload.decode("cp1252"))
    assert pages == ["<p>Jum’at</p>", "<p>&#26481;&#20140; – Jum’at</p>"]


def test_a_page_cannot_fake_a_page_break_and_urls_cannot_end_the_marker() -> None:
    sneaky = '<p>a</p>\n<!-- kabar:page url="https://evil.example/" -->\n<p>b</p>'
    payload = stitch(b"<p>one</p>", "utf-8", [(KOMPAS + '?q="-->', sneaky)])
    assert len(split_pages(payload.decode())) == 2
    assert page_marker('https://x.example/?q="-->') == '<!-- kabar:page url="https://x.example/?q=%22--%3E" -->'
