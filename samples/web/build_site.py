"""Renders the Kabar test site (samples/web) from articles.yaml: one layout per outlet, gold text beside each page.

Run `python samples/web/build_site.py` after editing articles.yaml or a layout; the output is committed so
tests never depend on this script. Every layout imitates the markup patterns of the outlet's real pages
(navigation, breadcrumbs, ad slots, in-text "Baca juga" blocks, captions, trending lists, comment, share and
login widgets, pagination, meta tags and JSON-LD) with our own class names and our own wording.
URLs are written against BASE_URL; tests/site_server.py replaces it with the address it serves from.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent
BASE_URL = "http://kabar.test"  # a reserved .test name: valid in a page read from disk, never resolvable

SITE_NAMES = {
    "kompas": "KOMPAS.com", "detik": "detikNews", "tempo": "TEMPO.CO", "cnnindonesia": "CNN Indonesia",
    "liputan6": "liputan6.com", "tribunnews": "Tribunnews.com", "antaranews": "ANTARA News",
    "idntimes": "IDN Times",
}
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@dataclass
class Article:
    outlet: str
    path: str
    title: str
    section: str
    authors: list[str]
    editor: str
    published: str
    modified: str
    tags: list[str]
    body: list[Any]
    end: str | None = None
    community: bool = False
    style: str = "p"  # "br": the text is one block whose paragraphs are separated by <br><br>
    syndicated: str | None = None  # the sister site named in a Tribun network syndication note
    lang: str = "id"
    pages: list[list[Any]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return BASE_URL + self.path

    def page_url(self, number: int) -> str:
        """Kompas and Tribunnews number pages with ?page=N, detik with /N."""
        if number == 1:
            return self.url
        return f"{self.url}/{number}" if self.outlet == "detik" else f"{self.url}?page={number}"


def page_file(path: str, number: int, outlet: str) -> Path:
    """The file a page URL maps to (the convention tests/site_server.py serves; see README.md)."""
    base = ROOT / path.lstrip("/")
    if number == 1:
        return base.with_name(base.name + ".html")
    if outlet == "detik":
        return base / f"{number}.html"
    return base.with_name(f"{base.name}.page-{number}.html")


def gold_text(article: Article) -> str:
    kept = []
    for item in article.body:
        kind, value = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if kind in {"p", "h2"}:
            kept.append(value)
        elif kind == "li":  # a <br> page writes its list marker as text; a <ul> list has none
            kept.append(f"- {value}" if article.style == "br" else value)
    return "\n\n".join(kept) + "\n"


def split_pages(body: list[Any]) -> list[list[Any]]:
    pages: list[list[Any]] = [[]]
    for item in body:
        if item == "page":
            pages.append([])
        else:
            pages[-1].append(item)
    return pages


def t(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


def slugify(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def human_date(iso: str, with_day: bool = True, short_month: bool = False) -> str:
    """ "Selasa, 12 Maret 2024 14:05 WIB" from an ISO time in +07:00."""
    date_part, time_part = iso[:10], iso[11:16]
    year, month, day = (int(x) for x in date_part.split("-"))
    import datetime as _dt

    weekday = DAYS[_dt.date(year, month, day).weekday()]
    month_name = MONTHS[month - 1][:3] if short_month else MONTHS[month - 1]
    text = f"{day} {month_name} {year} {time_part} WIB"
    return f"{weekday}, {text}" if with_day else text


# --------------------------------------------------------------------------------------------------
# shared pieces
# --------------------------------------------------------------------------------------------------

def related_link(article: Article, headline: str) -> str:
    return f"{BASE_URL}/{article.outlet}/read/{zlib.crc32(headline.encode()) % 900000 + 100000}/{slugify(headline)}"


def tag_links(tags: list[str]) -> str:
    return "".join(f'<a href="#">{t(x)}</a>' for x in tags)


def json_ld(data: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False, indent=1)}</script>'


def person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def news_article(article: Article, **extra: Any) -> dict[str, Any]:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
        "image": {"@type": "ImageObject", "url": f"{BASE_URL}/img/{slugify(article.title)[:40]}.jpg"},
        "datePublished": article.published, "dateModified": article.modified,
        "author": [person(n) for n in article.authors],
        "publisher": {"@type": "Organization", "name": SITE_NAMES[article.outlet],
                      "logo": {"@type": "ImageObject", "url": f"{BASE_URL}/{article.outlet}/logo.png"}},
        "description": first_sentence(article),
    }
    data.update(extra)
    return data


def breadcrumb_ld(article: Article) -> dict[str, Any]:
    items = [("Home", f"{BASE_URL}/{article.outlet}/"), (article.section,
             f"{BASE_URL}/{article.outlet}/{slugify(article.section)}"), (article.title, article.url)]
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i, "name": name, "item": url} for i, (name, url) in enumerate(items, 1)]}


def first_sentence(article: Article) -> str:
    lead = next(v for item in article.body if isinstance(item, dict) for k, v in item.items() if k == "p")
    return lead.split(". ")[0] + "."


def og_tags(article: Article, site_name: str, with_times: bool = True) -> str:
    tags = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{a(article.title)}">',
        f'<meta property="og:url" content="{a(article.url)}">',
        f'<meta property="og:site_name" content="{a(site_name)}">',
        f'<meta property="og:description" content="{a(first_sentence(article))}">',
        f'<meta property="og:image" content="{BASE_URL}/img/{slugify(article.title)[:40]}.jpg">',
        f'<meta property="og:locale" content="{"en_US" if article.lang == "en" else "id_ID"}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if with_times:
        tags += [f'<meta property="article:published_time" content="{article.published}">',
                 f'<meta property="article:modified_time" content="{article.modified}">',
                 f'<meta property="article:section" content="{a(article.section)}">']
    tags += [f'<meta property="article:tag" content="{a(tag)}">' for tag in article.tags]
    return "\n".join(tags)


def nav(outlet: str, sections: list[str]) -> str:
    links = "".join(f'<li><a href="{BASE_URL}/{outlet}/{slugify(s)}">{t(s)}</a></li>' for s in sections)
    return (f'<header class="site-header"><a class="logo" href="{BASE_URL}/{outlet}/">{t(SITE_NAMES[outlet])}</a>'
            f'<nav class="main-nav"><ul>{links}</ul></nav>'
            '<div class="header-tools"><a href="#" class="btn-login">Masuk</a> <a href="#">Daftar</a>'
            '<form class="search"><input type="text" placeholder="Cari berita..."></form></div></header>')


def trending(title: str, outlet: str, items: list[str], css: str = "most-popular") -> str:
    rows = "".join(f'<li><span class="rank">{i}</span><a href="{BASE_URL}/{outlet}/read/{700000 + i}/'
                   f'{slugify(h)}">{t(h)}</a></li>' for i, h in enumerate(items, 1))
    return f'<aside class="{css}"><h3 class="{css}__title">{t(title)}</h3><ol>{rows}</ol></aside>'


def footer(outlet: str, year: int = 2024) -> str:
    return (f'<footer class="site-footer"><ul><li><a href="#">Tentang Kami</a></li><li><a href="#">Redaksi</a></li>'
            '<li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Kontak</a></li></ul>'
            f'<p>Copyright {year} {t(SITE_NAMES[outlet])}. All rights reserved.</p></footer>')


def comments(heading: str = "Komentar") -> str:
    return (f'<section class="comment-box" id="comments"><h3>{t(heading)}</h3>'
            '<p class="comment-login">Untuk menulis komentar, silakan masuk dengan akun Anda.</p>'
            '<button>Tulis komentar</button></section>')


def share_bar() -> str:
    return ('<div class="share-box"><span>Bagikan artikel ini</span><a href="#" class="fb">Facebook</a>'
            '<a href="#" class="tw">X</a><a href="#" class="wa">WhatsApp</a><a href="#" class="copy">Salin Link</a>'
            '</div>')


def html_page(lang: str, head: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


TRENDING = {
    "kompas": ["Jadwal Lengkap Libur Sekolah Semester Genap 2024", "Harga Emas Antam Hari Ini Naik Rp 5.000",
               "Cuaca Jawa Tengah Hari Ini, Waspada Hujan Petir", "Cara Cek Penerima Bansos Lewat Ponsel",
               "Daftar Tol yang Diskon Tarif Saat Mudik"],
    "detik": ["Viral Antrean Panjang di SPBU Rest Area", "Ramalan Cuaca Jakarta Sepekan", "Kapan Gaji ke-13 Cair?",
              "Rute Bus Baru TransJakarta Mulai Beroperasi", "Harga Cabai Rawit Tembus Rp 90 Ribu"],
    "tempo": ["Ombudsman Temukan Maladministrasi Layanan Paspor", "Begini Skema Subsidi Motor Listrik Terbaru",
              "Alasan Polisi Tutup Jalur Puncak Bogor", "Daftar Kampus dengan Jalur Mandiri Termurah"],
    "cnnindonesia": ["Kronologi Kebakaran Gudang di Cengkareng", "Link Pendaftaran Sekolah Kedinasan 2024",
                     "BMKG Ungkap Penyebab Suhu Panas Belakangan Ini", "Harga BBM Nonsubsidi Turun Mulai Hari Ini"],
    "liputan6": ["Cara Mengurus SIM Hilang Secara Online", "Jadwal Imsakiyah Jakarta Hari Ini",
                 "5 Makanan Penurun Kolesterol", "Harga Tiket Kereta Mudik Lebaran Naik"],
    "tribunnews": ["Kunci Jawaban Matematika Kelas 5 Halaman 42", "Jadwal Siaran Langsung Liga Inggris Malam Ini",
                   "Profil Kepala Desa yang Viral di Media Sosial", "Update Harga Emas Pegadaian Hari Ini"],
    "antaranews": ["Presiden Tinjau Bendungan Baru di NTT", "Kurs Rupiah Menguat pada Pembukaan Pagi",
                   "KAI Tambah Perjalanan Kereta Jarak Jauh", "Indonesia Raih Emas Bulu Tangkis Beregu"],
    "idntimes": ["10 Potret Rumah Artis yang Estetik", "Zodiak yang Paling Setia Pasangan",
                 "Rekomendasi Kafe Baru di Bandung", "Fakta Unik Kota Tua Jakarta"],
}


# --------------------------------------------------------------------------------------------------
# outlet layouts: each returns the <head> extras and the article column of one page
# --------------------------------------------------------------------------------------------------

def kompas_item(article: Article, item: Any) -> str:
    if item == "ad":
        return ('<div class="ads-on-body"><div id="div-gpt-ad-inarticle" class="ads">'
                '<span class="ads__label">Iklan</span></div></div>')
    kind, value = next(iter(item.items()))
    if kind == "p":
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<h2>{t(value)}</h2>"
    if kind == "baca":
        return (f'<p><strong>Baca juga: </strong><a href="{related_link(article, value)}" '
                f'class="inner-link-baca-juga">{t(value)}</a></p>')
    return (f'<div class="photo"><img src="{BASE_URL}/img/p.jpg" alt="{a(value)}">'
            f'<div class="photo__caption">{t(value)}</div></div>')


def kompas_head(article: Article) -> str:
    published = article.published[:19].replace("T", " ")
    return "\n".join([
        f"<title>{t(article.title)} Halaman all - Kompas.com</title>",
        f'<meta name="description" content="{a(first_sentence(article))}">',
        f'<meta name="content_PublishedDate" content="{published}">',
        f'<meta name="content_author" content="{a(", ".join(article.authors))}">',
        f'<meta name="content_editor" content="{a(article.editor)}">',
        f'<meta name="content_category" content="{a(article.section)}">',
        f'<meta name="content_tag" content="{a(", ".join(article.tags))}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "KOMPAS.com", with_times=False),
        json_ld(news_article(article, author={"@type": "Person", "name": article.authors[0]},
                             articleSection=article.section)),
    ])


def kompas_page(article: Article, number: int) -> str:
    items = "\n".join(kompas_item(article, i) for i in article.pages[number - 1])
    total = len(article.pages)
    paging = ""
    if total > 1:
        links = "".join(f'<a class="paging__link{" paging__link--active" if n == number else ""}" '
                        f'href="{article.page_url(n)}">{n}</a>' for n in range(1, total + 1))
        nxt = (f'<a class="paging__link paging__link--next" href="{article.page_url(number + 1)}">Selanjutnya</a>'
               if number < total else "")
        paging = (f'<div class="paging paging--article"><div class="paging__title">Halaman:</div>'
                  f'<div class="paging__wrap">{links}{nxt}</div>'
                  f'<a class="paging__all" href="{article.url}?page=all">Tampilkan semua</a></div>')
    date_line = f"Kompas.com - {article.published[8:10]}/{article.published[5:7]}/{article.published[:4]}, " \
                f"{article.published[11:16]} WIB"
    credit = (f'<div class="read__credit"><div class="read__credit__item">Penulis <a href="#">'
              f'{t(article.authors[0])}</a></div><div class="read__credit__item">Editor <a href="#">'
              f'{t(article.editor)}</a></div></div>')
    last = number == total
    promo = ('<div class="read__promo"><p>Simak breaking news dan berita pilihan Kompas.com langsung dari '
             'ponselmu. Pilih saluran favoritmu lewat WhatsApp Channel.</p></div>') if last else ""
    return "\n".join([
        nav("kompas", ["News", "Regional", "Money", "Tekno", "Bola", "Lifestyle"]),
        '<div class="kcm-plus-banner"><a href="#">Baca berita tanpa iklan. Gabung Kompas.com+</a></div>',
        f'<ul class="breadcrumb"><li><a href="{BASE_URL}/kompas/">Home</a></li>'
        f'<li><a href="#">{t(article.section)}</a></li></ul>',
        '<div class="container"><div class="col-bs10-7">',
        f'<h1 class="read__title">{t(article.title)}</h1>',
        f'<div class="read__time">{date_line}</div>', credit,
        f'<div class="read__content"><div class="clearfix">\n{items}\n</div></div>', paging, promo,
        f'<div class="tag"><h4>Tag</h4>{tag_links(article.tags)}</div>',
        share_bar(), comments(),
        '</div><div class="col-bs10-3">',
        trending("Terpopuler", "kompas", TRENDING["kompas"]),
        trending("Terkini Lainnya", "kompas", TRENDING["kompas"][::-1], "latest"),
        "</div></div>", footer("kompas"),
    ])


def detik_item(article: Article, item: Any) -> str:
    if item == "ad":
        return ('<div class="parallaxindetail scrollpage"><p class="para_caption">ADVERTISEMENT</p>'
                '<div id="div-gpt-ad-parallax"></div><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p>'
                '</div>')
    kind, value = next(iter(item.items()))
    if kind == "p":
        if value.startswith("Jakarta - "):
            return f"<p><strong>Jakarta</strong> - {t(value.removeprefix('Jakarta - '))}</p>"
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<h2>{t(value)}</h2>"
    if kind == "baca":
        return (f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong>'
                f'<a href="{related_link(article, value)}">{t(value)}</a></div></td></tr></tbody></table>')
    return (f'<figure class="detail__media-image"><img src="{BASE_URL}/img/d.jpg" alt="">'
            f'<figcaption class="detail__media-caption">{t(value)}</figcaption></figure>')


def detik_head(article: Article) -> str:
    stamp = article.published[:19].replace("-", "/").replace("T", " ")
    return "\n".join([
        f"<title>{t(article.title)}</title>",
        f'<meta name="author" content="{a(", ".join(article.authors))}">',
        f'<meta name="publishdate" content="{stamp}">',
        f'<meta name="dtk:publishdate" content="{stamp}">',
        f'<meta name="dtk:kanal" content="{a(article.section)}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "detiknews" if article.section == "Berita" else "detikfinance", with_times=False),
        json_ld(news_article(article)),
    ])


def detik_page(article: Article, number: int) -> str:
    total = len(article.pages)
    items = "\n".join(detik_item(article, i) for i in article.pages[number - 1])
    if number == total and article.end:
        items += f"\n<strong>{t(article.end)}</strong>"
    paging = ""
    if total > 1:
        links = "".join(f'<a class="{"selected" if n == number else ""}" href="{article.page_url(n)}">{n}</a>'
                        for n in range(1, total + 1))
        nxt = (f'<a class="next" href="{article.page_url(number + 1)}">Selanjutnya</a>'
               if number < total else "")
        paging = f'<div class="detail__long-nav"><span>Halaman</span>{links}{nxt}</div>'
    authors = " , ".join(article.authors)
    channel = "detikNews" if article.section == "Berita" else "detikFinance"
    return "\n".join([
        nav("detik", ["News", "Finance", "Inet", "Hot", "Sport", "Oto", "Travel"]),
        f'<div class="page__breadcrumb"><a href="{BASE_URL}/detik/">{channel}</a> <a href="#">'
        f'{t(article.section)}</a></div>',
        '<article class="detail">',
        f'<div class="detail__header"><h1 class="detail__title">{t(article.title)}</h1>',
        f'<div class="detail__author">{t(authors)} - {channel}</div>',
        f'<div class="detail__date">{human_date(article.published, short_month=True)}</div></div>',
        share_bar(),
        f'<div class="detail__body-text itp_bodycontent">\n{items}\n</div>', paging,
        f'<div class="detail__body-tag"><span>Tonton juga video berikut:</span>'
        f'{tag_links(article.tags)}</div>',
        "</article>",
        comments("Berikan Komentar"),
        trending("Berita Terpopuler", "detik", TRENDING["detik"]),
        footer("detik"),
    ])


def tempo_item(article: Article, item: Any) -> str:
    if item == "ad":
        return '<div class="ads-placeholder"><div id="ads-inarticle"></div></div>'
    kind, value = next(iter(item.items()))
    if kind == "p":
        if value.startswith("TEMPO.CO, "):
            place, rest = value.removeprefix("TEMPO.CO, ").split(" - ", 1)
            return f"<p><strong>TEMPO.CO, {t(place)}</strong> - {t(rest)}</p>"
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<p><strong>{t(value)}</strong></p>"
    if kind == "baca":
        return f'<p><strong>Baca juga: </strong><a href="{related_link(article, value)}">{t(value)}</a></p>'
    return f'<figure><img src="{BASE_URL}/img/t.jpg" alt=""><figcaption>{t(value)}</figcaption></figure>'


def tempo_head(article: Article) -> str:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Tempo", "url": f"{BASE_URL}/tempo/"},
        {k: v for k, v in news_article(article, author=person(article.authors[0]),
                                       articleSection=[article.section, "Berita"]).items() if k != "@context"},
        {k: v for k, v in breadcrumb_ld(article).items() if k != "@context"},
    ]}
    return "\n".join([
        f"<title>{t(article.title)} | tempo.co</title>",
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "TEMPO.CO"),
        json_ld(graph),
    ])


def tempo_page(article: Article, number: int) -> str:
    items = "\n".join(tempo_item(article, i) for i in article.pages[number - 1])
    editor_pick = TRENDING["tempo"][0]
    return "\n".join([
        nav("tempo", ["Politik", "Hukum", "Ekonomi", "Metro", "Lingkungan", "Sepakbola"]),
        f'<nav class="breadcrumbs"><a href="{BASE_URL}/tempo/">Home</a> / <a href="#">{t(article.section)}</a></nav>',
        '<article class="detail">',
        f'<h1 class="title">{t(article.title)}</h1>',
        f'<p class="date">{human_date(article.published)}</p>',
        f'<div class="reporter"><span>Reporter</span> <a href="#">{t(article.authors[0])}</a>'
        f'<span>Editor</span> <a href="#">{t(article.editor)}</a></div>',
        f'<div class="detail-in" id="isi">\n{items}\n'
        f'<p><strong>Pilihan Editor: </strong><a href="#">{t(editor_pick)}</a></p>\n</div>',
        '<div class="box-related"><h3>Artikel Terkait</h3><ul>'
        + "".join(f'<li><a href="#">{t(h)}</a></li>' for h in TRENDING["tempo"][1:]) + "</ul></div>",
        '</article>',
        '<div class="subscribe-box"><p>Berlangganan Tempo Digital mulai Rp 35 ribu per bulan</p></div>',
        share_bar(), comments(),
        trending("Terpopuler", "tempo", TRENDING["tempo"]),
        footer("tempo"),
    ])


def cnn_item(article: Article, item: Any) -> str:
    if item == "ad":
        return ('<div class="paradetail"><div class="para_caption">ADVERTISEMENT</div><div class="ads"></div>'
                '<div class="para_caption">SCROLL TO CONTINUE WITH CONTENT</div></div>')
    kind, value = next(iter(item.items()))
    if kind == "p":
        if value.startswith("Jakarta, CNN Indonesia -- "):
            return f"<p><strong>Jakarta, CNN Indonesia</strong> -- {t(value.split(' -- ', 1)[1])}</p>"
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<h2>{t(value)}</h2>"
    if kind == "baca":
        return (f'<table class="linksisip"><tbody><tr><td><div class="inlinelink"><strong>Baca Juga :</strong>'
                f'<ul><li><a href="{related_link(article, value)}">{t(value)}</a></li></ul></div></td></tr>'
                '</tbody></table>')
    return f'<figure><img src="{BASE_URL}/img/c.jpg" alt=""><figcaption>{t(value)}</figcaption></figure>'


def cnn_head(article: Article) -> str:
    return "\n".join([
        f"<title>{t(article.title)}</title>",
        f'<meta name="author" content="{a(", ".join(article.authors))}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "CNN Indonesia"),
        json_ld([news_article(article), breadcrumb_ld(article)]),
    ])


def cnn_page(article: Article, number: int) -> str:
    page_items = article.pages[number - 1]
    parts = [cnn_item(article, i) for i in page_items]
    # CNN Indonesia drops a video embed placeholder into the text, printed as "[Gambas:Video CNN]".
    parts.insert(min(4, len(parts)), "<p>[Gambas:Video CNN]</p>")
    if article.end:
        parts.append(f"<p><strong>{t(article.end)}</strong></p>")
    items = "\n".join(parts)
    return "\n".join([
        nav("cnnindonesia", ["Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan"]),
        f'<div class="breadcrumb"><a href="{BASE_URL}/cnnindonesia/">Home</a> &gt; <a href="#">'
        f'{t(article.section)}</a></div>',
        '<div class="content-detail">',
        f'<h1 class="title">{t(article.title)}</h1>',
        f'<div class="text-cnn_grey">{t(", ".join(article.authors))} | CNN Indonesia</div>',
        f'<div class="text-cnn_grey date">{human_date(article.published)}</div>',
        share_bar(),
        f'<div class="detail-text">\n{items}\n</div>',
        f'<div class="topik"><span>TOPIK TERKAIT</span>{tag_links(article.tags)}</div>',
        '<div class="box-lanjut"><h3>Lihat Semua</h3><p>BACA HALAMAN BERIKUTNYA</p></div>',
        "</div>",
        trending("Terpopuler", "cnnindonesia", TRENDING["cnnindonesia"]),
        comments(),
        footer("cnnindonesia"),
    ])


def liputan6_item(article: Article, item: Any) -> str:
    if item == "ad":
        return '<div class="advertisement-placeholder"><div class="advertisement-text">Advertisement</div></div>'
    kind, value = next(iter(item.items()))
    if kind == "p":
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<h2>{t(value)}</h2>"
    if kind == "baca":
        return (f'<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div>'
                f'<ul class="baca-juga-collections__list"><li><a href="{related_link(article, value)}">'
                f'{t(value)}</a></li></ul></div>')
    return (f'<figure class="read-page--photo-gallery"><img src="{BASE_URL}/img/l.jpg" alt="">'
            f'<figcaption class="read-page--photo-gallery--item__caption">{t(value)}</figcaption></figure>')


def liputan6_head(article: Article) -> str:
    # No datePublished in this outlet's JSON-LD; the time comes from the <time> element. Author is a string.
    data = news_article(article, author=article.authors[0])
    data.pop("datePublished")
    data.pop("dateModified")
    return "\n".join([
        f"<title>{t(article.title)} - News Liputan6.com</title>",
        f'<meta name="author" content="{a(article.authors[0])}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "liputan6.com", with_times=False),
        json_ld(data),
    ])


def liputan6_page(article: Article, number: int) -> str:
    items = "\n".join(liputan6_item(article, i) for i in article.pages[number - 1])
    items += ('\n<p>* Benarkah kabar yang Anda terima? Cek kebenarannya lewat kanal Cek Fakta Liputan6.com '
              'sebelum ikut membagikannya.</p>')
    stamp = article.published[:16].replace("T", " ")
    return "\n".join([
        nav("liputan6", ["News", "Bisnis", "Bola", "Showbiz", "Tekno", "Health", "Cek Fakta"]),
        f'<ul class="read-page--breadcrumb"><li><a href="{BASE_URL}/liputan6/">Home</a></li><li><a href="#">'
        f'{t(article.section)}</a></li></ul>',
        '<div class="read-page--header">',
        f'<h1 class="read-page--header--title entry-title">{t(article.title)}</h1>',
        f'<div class="read-page--header--author"><a class="read-page--header--author__link" href="#">'
        f'<span class="read-page--header--author__name fn">{t(article.authors[0])}</span></a>',
        f'<time class="read-page--header--author__datetime updated" datetime="{article.published}">'
        f'{human_date(article.published, with_day=False, short_month=True)}</time>',
        f'<span class="read-page--header--author__modified-time">Diperbarui {stamp}</span></div></div>',
        share_bar(),
        f'<div class="article-content-body__item-content">\n{items}\n</div>',
        '<div class="read-page--related"><h3>Berita Terkait</h3><ul>'
        + "".join(f'<li><a href="#">{t(h)}</a></li>' for h in TRENDING["liputan6"][:3]) + "</ul></div>",
        comments(),
        trending("Terpopuler", "liputan6", TRENDING["liputan6"]),
        footer("liputan6"),
    ])


def tribun_item(article: Article, item: Any) -> str:
    if item == "ad":
        return '<div id="ads-in-article" class="ads-center"><div class="label-ads">- ADVERTISEMENT -</div></div>'
    kind, value = next(iter(item.items()))
    if kind == "p":
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<h2>{t(value)}</h2>"
    if kind == "baca":
        return f'<p class="baca">Baca juga: <a href="{related_link(article, value)}">{t(value)}</a></p>'
    return f'<figure><img src="{BASE_URL}/img/tr.jpg" alt=""><figcaption>{t(value)}</figcaption></figure>'


def tribun_head(article: Article) -> str:
    return "\n".join([
        f"<title>{t(article.title)} - Tribunnews.com</title>",
        f'<meta name="author" content="{a(article.authors[0])}">',
        f'<meta name="content_PublishedDate" content="{article.published[:19].replace("T", " ")}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "Tribunnews.com"),
        json_ld(news_article(article, author=person(article.authors[0]))),
    ])


def tribun_br_text(article: Article, items: list[Any]) -> str:
    """Tribun network regional sites: the whole text in one block, paragraphs split by <br><br>."""
    chunks: list[str] = []
    for item in items:
        if item == "ad":
            chunks.append('<div id="ads-in-article" class="ads-center"><div class="label-ads">- ADVERTISEMENT -'
                          '</div></div>')
            continue
        kind, value = next(iter(item.items()))
        if kind == "baca":
            chunks.append(f'<strong>Baca juga: <a href="{related_link(article, value)}">{t(value)}</a></strong>')
        elif kind == "li":
            chunks.append(f"- {t(value)}")
        else:
            chunks.append(t(value))
    return "<br><br>".join(chunks)


def tribun_page(article: Article, number: int) -> str:
    total = len(article.pages)
    if article.style == "br":
        parts = [f"<p>{tribun_br_text(article, article.pages[number - 1])}</p>"]
        if article.syndicated:
            parts.append(f"<p>Artikel ini telah tayang di {t(article.syndicated)} dengan judul "
                         f"{t(article.title)}</p>")
    else:
        parts = [tribun_item(article, i) for i in article.pages[number - 1]]
    if number == 1:
        # Tribunnews opens the text with the reporter's credit line.
        parts.insert(0, f"<p><strong>Laporan Wartawan Tribunnews.com, {t(article.authors[0])}</strong></p>")
    if number == total:
        parts.append(f"<p>(Tribunnews.com/{t(article.authors[0].split()[0])})</p>")
    paging = ""
    if total > 1:
        links = "".join(f'<a class="{"active" if n == number else ""}" href="{article.page_url(n)}">{n}</a>'
                        for n in range(1, total + 1))
        nxt = (f'<a class="next" href="{article.page_url(number + 1)}">Halaman selanjutnya</a>'
               if number < total else "")
        paging = (f'<div class="paging"><div class="paging-title">Halaman {number}/{total}</div>{links}{nxt}'
                  '</div>')
    items = "\n".join(parts)
    return "\n".join([
        nav("tribunnews", ["Nasional", "Regional", "Bisnis", "Sport", "Seleb", "Lifestyle"]),
        f'<ul class="breadcrumb"><li><a href="{BASE_URL}/tribunnews/">Home</a></li><li><a href="#">'
        f'{t(article.section)}</a></li></ul>',
        f'<h1 id="arttitle">{t(article.title)}</h1>',
        f'<div class="credit">Penulis: <a href="#">{t(article.authors[0])}</a> | Editor: <a href="#">'
        f'{t(article.editor)}</a></div>',
        f'<time class="grey">{human_date(article.published)}</time>',
        share_bar(),
        f'<div class="side-article txt-article multi-fontsize">\n{items}\n</div>', paging,
        f'<div class="tagcloud3"><h5>Berita Terkait :#</h5>{tag_links(article.tags)}</div>',
        '<div class="gnews">Ikuti kami di Google News</div>',
        trending("Berita Populer", "tribunnews", TRENDING["tribunnews"]),
        comments(),
        footer("tribunnews"),
    ])


def antara_item(article: Article, item: Any) -> str:
    if item == "ad":
        return '<div class="ads_antara"><span>Iklan</span></div>'
    kind, value = next(iter(item.items()))
    if kind == "p":
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f"<h2>{t(value)}</h2>"
    if kind == "li":
        return f"<ul><li>{t(value)}</li></ul>"
    if kind == "baca" and article.lang == "en":
        return (f'<p><span class="baca-juga"><b>Also read: </b><a href="{related_link(article, value)}">'
                f'{t(value)}</a></span></p>')
    if kind == "baca":
        return (f'<p><span class="baca-juga"><b>Baca juga: </b><a href="{related_link(article, value)}">'
                f'{t(value)}</a></span></p>')
    return f'<figure><img src="{BASE_URL}/img/an.jpg" alt=""><figcaption>{t(value)}</figcaption></figure>'


def antara_head(article: Article) -> str:
    data = news_article(article, author=person(article.authors[0]))
    data["@type"] = ["NewsArticle", "Article"]  # a list of types, as some CMSs write it
    return "\n".join([
        f"<title>{t(article.title)} - ANTARA News</title>",
        f'<meta name="author" content="{a(article.authors[0])}">',
        f'<meta itemprop="datePublished" content="{article.published}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "ANTARA News"),
        json_ld(data),
    ])


def antara_page(article: Article, number: int) -> str:
    items = "\n".join(antara_item(article, i) for i in article.pages[number - 1])
    label = "Reporter" if article.lang == "en" else "Pewarta"
    credit = (f'<p class="text-muted small">{label}: {t(article.authors[0])}<br>Editor: {t(article.editor)}<br>'
              f'Copyright © ANTARA {article.published[:4]}</p>')
    notice = ('<p class="text-muted small">Dilarang menyalin, menerbitkan ulang atau mengindeks konten ini secara '
              'otomatis tanpa izin tertulis dari redaksi.</p>')
    if article.lang == "en":
        notice = ('<p class="text-muted small">Reproduction or automated indexing of this content without written '
                  'permission from the editors is prohibited.</p>')
    return "\n".join([
        nav("antaranews", ["Terkini", "Politik", "Hukum", "Ekonomi", "Warta Bumi", "Olahraga"]),
        f'<ul class="breadcrumbs"><li><a href="{BASE_URL}/antaranews/">Beranda</a></li><li><a href="#">'
        f'{t(article.section)}</a></li></ul>',
        '<article class="wrap__article-detail">',
        f'<h1 class="post-title">{t(article.title)}</h1>',
        f'<ul class="list-inline"><li><span class="text-secondary">{human_date(article.published)}</span></li></ul>',
        f'<div class="wrap__article-detail-content post-content">\n{items}\n{credit}\n{notice}\n</div>',
        f'<div class="blog-tags"><h5>Tags:</h5>{tag_links(article.tags)}</div>',
        "</article>",
        share_bar(),
        trending("Terpopuler", "antaranews", TRENDING["antaranews"]),
        footer("antaranews"),
    ])


def idn_item(article: Article, item: Any) -> str:
    if item == "ad":
        return '<div class="ads-inside"><div class="ads-label">ADVERTISEMENT</div></div>'
    kind, value = next(iter(item.items()))
    if kind == "p":
        return f"<p>{t(value)}</p>"
    if kind == "h2":
        return f'<h2 class="section-title">{t(value)}</h2>'
    if kind == "baca":
        return (f'<div class="box-baca-juga"><p class="title">BACA JUGA:</p>'
                f'<a href="{related_link(article, value)}">{t(value)}</a></div>')
    return f'<figure><img src="{BASE_URL}/img/i.jpg" alt=""><figcaption>{t(value)}</figcaption></figure>'


def idn_head(article: Article) -> str:
    data = news_article(article)  # every author as a Person, in a list
    data["@type"] = "Article"
    return "\n".join([
        f"<title>{t(article.title)} | IDN Times</title>",
        f'<meta name="author" content="{a(article.authors[0])}">',
        f'<link rel="canonical" href="{article.url}">',
        og_tags(article, "IDN Times"),
        json_ld(data),
    ])


def idn_page(article: Article, number: int) -> str:
    items = "\n".join(idn_item(article, i) for i in article.pages[number - 1])
    if article.community:
        items += ("\n<p class='disclaimer'>Artikel ini merupakan tulisan dari kontributor komunitas IDN Times dan "
                  "telah melalui proses penyuntingan oleh tim redaksi.</p>\n<p>Editorial Team</p>")
    return "\n".join([
        nav("idntimes", ["News", "Hype", "Life", "Sport", "Tech", "Business"]),
        f'<div class="breadcrumb"><a href="{BASE_URL}/idntimes/">IDN Times</a> '
        f'<a href="#">{t(article.section)}</a></div>',
        f'<h1 class="title-text">{t(article.title)}</h1>',
        f'<div class="author-info"><span>Writer</span> <a href="#">{t(article.authors[0])}</a> '
        f'<span>Editor</span> <a href="#">{t(article.editor)}</a></div>',
        f'<time class="date" datetime="{article.published}">{human_date(article.published)}</time>',
        share_bar(),
        f'<div class="article-content">\n{items}\n</div>',
        '<div class="related-tags"><span>Topik:</span>' + "".join(f'<a href="#">#{t(x)}</a>' for x in article.tags)
        + "</div>",
        '<div class="app-banner">Baca artikel IDN Times lainnya di aplikasi IDN App. Unduh sekarang!</div>',
        trending("Trending", "idntimes", TRENDING["idntimes"]),
        comments(),
        footer("idntimes"),
    ])


LAYOUTS = {
    "kompas": (kompas_head, kompas_page), "detik": (detik_head, detik_page), "tempo": (tempo_head, tempo_page),
    "cnnindonesia": (cnn_head, cnn_page), "liputan6": (liputan6_head, liputan6_page),
    "tribunnews": (tribun_head, tribun_page), "antaranews": (antara_head, antara_page),
    "idntimes": (idn_head, idn_page),
}


# --------------------------------------------------------------------------------------------------
# non-article pages, sitemap, feed
# --------------------------------------------------------------------------------------------------

def index_page(articles: list[Article]) -> str:
    """Kompas-like home page: headline lists, no article text."""
    own = [x for x in articles if x.outlet == "kompas"]
    others = TRENDING["kompas"] + TRENDING["detik"] + TRENDING["tribunnews"] + TRENDING["antaranews"]
    cards = [f'<div class="article__list"><h3 class="article__title"><a href="{x.url}">{t(x.title)}</a></h3>'
             f'<div class="article__date">{human_date(x.published)}</div></div>' for x in own]
    cards += [f'<div class="article__list"><h3 class="article__title"><a href="{BASE_URL}/kompas/read/2024/03/'
              f'{10 + i % 18:02d}/{(i * 7919) % 100000:05d}111/{slugify(h)}">{t(h)}</a></h3>'
              f'<div class="article__subtitle">Regional</div></div>' for i, h in enumerate(others)]
    head = "\n".join(["<title>Kompas.com - Berita Terkini dan Terbaru Hari Ini</title>",
                      '<meta property="og:type" content="website">',
                      '<meta property="og:site_name" content="KOMPAS.com">',
                      f'<link rel="canonical" href="{BASE_URL}/kompas/">'])
    body = "\n".join([nav("kompas", ["News", "Regional", "Money", "Tekno", "Bola", "Lifestyle"]),
                      '<main class="home"><h2 class="title-section">Berita Utama</h2>', *cards,
                      '<p class="home-intro">Berita terkini hari ini dari seluruh Indonesia.</p></main>',
                      trending("Terpopuler", "kompas", TRENDING["kompas"]), footer("kompas")])
    return html_page("id", head, body)


def tag_page(articles: list[Article]) -> str:
    """detik-like tag page: a list of headlines with one-line summaries under a tag."""
    tagged = [x for x in articles if x.outlet in {"detik", "kompas", "cnnindonesia"}]
    items = [f'<article class="list-content__item"><h3 class="media__title"><a href="{x.url}">{t(x.title)}</a></h3>'
             f'<div class="media__desc">{t(first_sentence(x)[:90])}...</div>'
             f'<div class="media__date"><span title="{x.published}">{human_date(x.published)}</span></div></article>'
             for x in tagged]
    items += [f'<article class="list-content__item"><h3 class="media__title"><a href="{BASE_URL}/detik/berita/'
              f'd-72{i:05d}/{slugify(h)}">{t(h)}</a></h3></article>' for i, h in enumerate(TRENDING["detik"])]
    head = "\n".join(["<title>Berita dan Informasi Transportasi Terkini dan Terbaru Hari ini - detikcom</title>",
                      '<meta property="og:type" content="website">',
                      f'<link rel="canonical" href="{BASE_URL}/detik/tag/transportasi">'])
    body = "\n".join([nav("detik", ["News", "Finance", "Inet", "Hot", "Sport"]),
                      '<div class="tag-header"><h1>transportasi</h1><p>Kumpulan berita transportasi</p></div>',
                      '<div class="list-content">', *items, "</div>",
                      '<div class="pagination"><a href="#">1</a><a href="#">2</a><a href="#">Next</a></div>',
                      footer("detik")])
    return html_page("id", head, body)


def video_page() -> str:
    """CNN Indonesia-like video page: a player, a title and one caption sentence."""
    url = f"{BASE_URL}/cnnindonesia/tv/20240315183000-404-1075300/video-warga-garut-bersihkan-puing-setelah-gempa"
    title = "VIDEO: Warga Garut Bersihkan Puing Setelah Gempa"
    video = {"@context": "https://schema.org", "@type": "VideoObject", "name": title,
             "description": "Warga bergotong royong membersihkan puing rumah yang rusak akibat gempa.",
             "uploadDate": "2024-03-15T18:30:00+07:00", "duration": "PT2M14S",
             "thumbnailUrl": f"{BASE_URL}/img/v.jpg", "contentUrl": f"{BASE_URL}/media/garut.mp4"}
    head = "\n".join([f"<title>{title}</title>", '<meta property="og:type" content="video.other">',
                      f'<meta property="og:title" content="{title}">',
                      '<meta property="og:site_name" content="CNN Indonesia">',
                      '<meta property="article:published_time" content="2024-03-15T18:30:00+07:00">',
                      f'<link rel="canonical" href="{url}">', json_ld(video)])
    body = "\n".join([nav("cnnindonesia", ["Nasional", "Internasional", "Ekonomi", "TV"]),
                      '<div class="video-detail">', f"<h1>{title}</h1>",
                      '<div class="player"><video controls poster="/img/v.jpg">'
                      '<source src="/media/garut.mp4" type="video/mp4"></video></div>',
                      "<p>Warga bergotong royong membersihkan puing rumah yang rusak akibat gempa.</p>",
                      '</div>', trending("Video Terpopuler", "cnnindonesia", TRENDING["cnnindonesia"]),
                      footer("cnnindonesia")])
    return html_page("id", head, body)


def sitemap(articles: list[Article]) -> str:
    rows = "".join(f"  <url><loc>{x.url}</loc><lastmod>{x.modified}</lastmod></url>\n" for x in articles)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n')


def rss(articles: list[Article]) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    items = "".join(
        f"  <item><title>{t(x.title)}</title><link>{x.url}</link><guid>{x.url}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(x.published))}</pubDate>"
        f"<category>{t(x.section)}</category></item>\n" for x in articles)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"  <title>Kabar test site</title><link>{BASE_URL}/</link>"
            "<description>Articles of the Kabar test site</description>\n"
            f"{items}</channel></rss>\n")


def load() -> list[Article]:
    raw = yaml.safe_load((ROOT / "articles.yaml").read_text(encoding="utf-8"))["articles"]
    articles = [Article(**entry) for entry in raw]
    for article in articles:
        article.pages = split_pages(article.body)
    return articles


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build() -> list[dict[str, Any]]:
    articles = load()
    manifest: list[dict[str, Any]] = []
    for article in articles:
        head, page = LAYOUTS[article.outlet]
        files = []
        for number in range(1, len(article.pages) + 1):
            target = page_file(article.path, number, article.outlet)
            write(target, html_page(article.lang, head(article), page(article, number)))
            files.append(str(target.relative_to(ROOT)))
        gold = page_file(article.path, 1, article.outlet).with_suffix(".gold.txt")
        write(gold, gold_text(article))
        manifest.append({"kind": "article", "outlet": article.outlet, "url": article.path,
                         "pages": [article.page_url(n).removeprefix(BASE_URL)
                                   for n in range(1, len(article.pages) + 1)],
                         "files": files, "gold": str(gold.relative_to(ROOT)), "title": article.title,
                         "authors": article.authors, "published": article.published, "modified": article.modified,
                         "section": article.section, "language": article.lang})
    others = [("kompas/index.html", "/kompas/", index_page(articles), "index"),
              ("detik/tag/transportasi.html", "/detik/tag/transportasi", tag_page(articles), "tag"),
              ("cnnindonesia/tv/20240315183000-404-1075300/video-warga-garut-bersihkan-puing-setelah-gempa.html",
               "/cnnindonesia/tv/20240315183000-404-1075300/video-warga-garut-bersihkan-puing-setelah-gempa",
               video_page(), "video")]
    for file, url, text, kind in others:
        write(ROOT / file, text)
        manifest.append({"kind": kind, "outlet": file.split("/")[0], "url": url, "pages": [url], "files": [file]})
    write(ROOT / "sitemap.xml", sitemap(articles))
    write(ROOT / "rss.xml", rss(articles))
    write(ROOT / "robots.txt", f"User-agent: *\nAllow: /\nSitemap: {BASE_URL}/sitemap.xml\n")
    write(ROOT / "site.json", json.dumps({"base_url": BASE_URL, "pages": manifest}, ensure_ascii=False, indent=1)
          + "\n")
    return manifest


if __name__ == "__main__":
    build()
