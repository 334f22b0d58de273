"""Property-based tests (hypothesis) of cleaning, date finding and normalization.

- cleaning and date finding never crash, whatever the text;
- every offset the pipeline writes is consistent: body[char_start:char_end] is exactly the surface;
- cleaning a well-formed article removes every inserted boilerplate line and no ordinary paragraph.

Runs are derandomized (the same examples on every machine) and kept small: the suite must stay fast.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.clean import clean_document
from tasks.dates import find_date_mentions
from tasks.models import RawDocument
from tasks.normalize import normalize_article

FAST = settings(max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=80, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that exercise the date grammar, mixed into arbitrary text.
DATE_FRAGMENTS = [
    "Kamis (22/9/2022)", "22/09/2022, 07:30 WIB", "23 September 2022", "kemarin", "besok", "pekan lalu",
    "bulan depan", "tahun 2006", "Senin", "Minggu malam", "3 hari lalu", "2022-09-21", "pukul 10.00 WIB",
    "awal Oktober", "akhir 2023", "31/2/2022", "Sept. 5", "1998", "99/99/9999", "tanggal 0", "(", "/", "-",
    "Selasa (14/11)", "dua minggu lalu", "Jumat pekan depan", "Mei", "mei", "2 Mei 2024 pukul 23.59",
]
PIECES = st.one_of(st.text(max_size=30), st.sampled_from(DATE_FRAGMENTS), st.sampled_from([" ", "\n", "\n\n", ". "]))
MIXED_TEXT = st.lists(PIECES, max_size=25).map("".join)
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))


def document(text: str, media_type: str = "text/plain", name: str = "x.txt") -> RawDocument:
    payload = text.encode("utf-8", errors="surrogatepass")
    return RawDocument(f"/in/{name}", name, payload, hashlib.sha256(payload).hexdigest(), media_type, text,
                       "utf-8", datetime(2023, 11, 14, tzinfo=UTC))


# --- never crash -----------------------------------------------------------------------------------------------


@FAST
@given(text=MIXED_TEXT, anchor=ANCHORS)
def test_date_finding_never_crashes_and_its_offsets_hold(text: str, anchor: date | None) -> None:
    previous_end = 0
    for mention in find_date_mentions(text, anchor):
        assert text[mention.char_start:mention.char_end] == mention.surface
        assert previous_end <= mention.char_start < mention.char_end  # sorted, non-overlapping
        previous_end = mention.char_end
        assert (mention.resolution == "unresolved") == (mention.resolved_value is None)


@FAST
@given(text=st.one_of(st.text(max_size=400), MIXED_TEXT))
def test_cleaning_plain_text_never_crashes(text: str) -> None:
    article = clean_document(document(text))
    assert isinstance(article.body_text, str)
    assert all(paragraph.strip() for paragraph in article.body_text.split("\n\n") if article.body_text)


HTML_PIECES = st.one_of(st.text(max_size=20), st.sampled_from(
    ["<html>", "<body>", "</body>", "<p>", "</p>", "<div>", "<script>", "<!--", "-->", "<title>", "&amp;", "&#0;",
     "<meta charset='x'>", "<article>", "<br/>", "<", ">", "<h1>", "\x00"]))


@SLOW
@given(text=st.lists(HTML_PIECES, max_size=30).map("".join))
def test_cleaning_html_never_crashes(text: str) -> None:
    article = clean_document(document(text, "text/html", "x.html"))
    assert isinstance(article.body_text, str)


# --- offsets are consistent through normalization ----------------------------------------------------------------

SENTENCES = [
    "Pemerintah Provinsi Jawa Tengah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir.",
    "Presiden Joko Widodo meninjau langsung pembangunan bendungan di Kabupaten Semarang pada Senin (13/11/2023).",
    "Menurut Badan Pusat Statistik, inflasi tahunan pada Oktober 2023 tercatat sebesar 2,56 persen.",
    "Warga di sekitar lokasi mengaku sudah lama menunggu perbaikan saluran air yang sering tersumbat sampah.",
    "\u201cKami akan terus memantau perkembangan harga bahan pokok di pasar tradisional,\u201d kata Sri Mulyani.",
    "Kepala dinas setempat mengatakan pekerjaan itu ditargetkan rampung sebelum akhir tahun depan.",
    "Sejumlah pedagang mengeluhkan sepinya pembeli sejak harga beras naik dua pekan lalu.",
    "Kementerian Kesehatan meminta masyarakat tetap menjaga pola hidup bersih dan sehat selama musim hujan.",
    "Polisi masih menyelidiki penyebab kebakaran yang menghanguskan belasan kios di Pasar Senen, Jakarta Pusat.",
    "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen dalam rapat dewan gubernur bulan ini.",
    "Para petani berharap pemerintah menyediakan pupuk bersubsidi dalam jumlah yang cukup menjelang musim tanam.",
    "Ribuan penonton memadati Stadion Utama Gelora Bung Karno untuk menyaksikan laga persahabatan tersebut.",
    "Pihak sekolah memutuskan untuk menggelar pembelajaran jarak jauh selama tiga hari ke depan.",
    "Dinas Perhubungan menambah armada bus gratis untuk mengurangi kemacetan di pusat kota pada akhir pekan.",
    "Anggota dewan meminta pemerintah daerah lebih terbuka dalam menyampaikan penggunaan dana bantuan sosial.",
    "Hingga Selasa malam, tim gabungan masih mencari dua korban yang dilaporkan hilang terseret arus sungai.",
]
PARAGRAPHS = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3, unique=True).map(" ".join)
ARTICLES = st.lists(PARAGRAPHS, min_size=2, max_size=6, unique=True)


@SLOW
@given(paragraphs=ARTICLES)
def test_every_offset_normalization_writes_points_at_its_surface(paragraphs: list[str]) -> None:
    text = "Judul Berita Hari Ini tentang Banyak Hal\n\nJAKARTA, KOMPAS.com - " + "\n\n".join(paragraphs)
    normalized = normalize_article(clean_document(document(text)))
    body = normalized.clean.body_text
    for mention in normalized.mentions:
        assert body[mention.char_start:mention.char_end] == mention.surface
    for found in normalized.dates:
        assert body[found.char_start:found.char_end] == found.surface
    for quote in normalized.quotes:
        assert 0 <= quote.char_start < quote.char_end <= len(body)
        assert body[quote.char_start:quote.char_end] == quote.text


# --- cleaning keeps the article and drops the boilerplate -------------------------------------------------------

BOILERPLATE_LINES = [
    "Baca juga: Harga Emas Antam Hari Ini Turun Tipis",
    "Baca Juga: Jadwal KRL Terbaru Akhir Pekan",
    "Lihat juga: Daftar Tol yang Digratiskan Saat Libur",
    "Iklan - Scroll untuk Melanjutkan",
    "ADVERTISEMENT",
    "Bagikan artikel ini",
    "Salin link",
    "Komentar",
    "Gabung KompasPlus",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
    "Download aplikasi Kompas.com untuk berita terkini setiap hari",
    "Ikuti berita terbaru kami di WhatsApp Channel",
    "Login untuk berkomentar",
    "Halaman selanjutnya",
    "-----",
    "Tutup iklan",
]


@st.composite
def article_with_boilerplate(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """An article (title, lead, paragraphs) with boilerplate lines inserted between its paragraphs."""
    paragraphs = draw(ARTICLES)
    inserted = draw(st.lists(st.sampled_from(BOILERPLATE_LINES), min_size=1, max_size=6))
    blocks = list(paragraphs)
    for line in inserted:
        blocks.insert(draw(st.integers(min_value=1, max_value=len(blocks))), line)  # never before the lead
    text = "Pemerintah Tambah Anggaran Perbaikan Jalan\nKompas.com - 14/11/2023, 09:15 WIB\n" + "\n\n".join(blocks)
    return text, paragraphs, inserted


@SLOW
@given(case=article_with_boilerplate())
def test_cleaning_removes_every_boilerplate_line_and_no_paragraph(case: tuple[str, list[str], list[str]]) -> None:
    text, paragraphs, inserted = case
    article = clean_document(document(text))
    body_paragraphs = article.body_text.split("\n\n")
    assert body_paragraphs == paragraphs  # every ordinary paragraph, in order, untouched, and nothing else
    removed = {line.text for line in article.removed}
    for line in inserted:
        assert line not in article.body_text
        assert line in removed  # and each removal is recorded with its rule
