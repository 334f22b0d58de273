"""The bad-input catalogue: every kind of input a nightly run meets, through the real flow, each with its outcome.

One folder holds every case; the flow runs over it twice (the second time after one article changed and one
was added under the same URL), and each test then reads the warehouse for its case. Every outcome is one of:
loaded, updated, deduplicated, or quarantined with a reason (skipped files are listed with theirs) — never a
crash, never a silent drop (`test_every_input_is_accounted_for`).

`write_catalogue` is also used by scripts/faults.py for its bad-input batch.
"""
# ruff: noqa: E501  (the article texts keep one paragraph per line, as outlets publish them)

from __future__ import annotations

import codecs
import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

BANJIR = """Banjir Rob Rendam Ribuan Rumah di Pesisir Semarang
Kompas.com - 14/11/2023, 09:15 WIB
SEMARANG, KOMPAS.com - Banjir rob kembali merendam ribuan rumah warga di kawasan pesisir utara Kota Semarang, Jawa Tengah, pada Selasa (14/11/2023) pagi. Ketinggian air di sejumlah titik mencapai lutut orang dewasa sehingga aktivitas warga lumpuh dan sebagian pedagang memilih menutup kiosnya.

Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kota Semarang, Endro Pudyo Martantono, mengatakan air laut pasang masuk melalui tanggul yang jebol di Kelurahan Tambak Lorok. Menurut dia, petugas sudah menyiagakan pompa portabel dan karung pasir untuk menahan limpasan air agar tidak meluas ke permukiman lain.

"Kami minta warga tetap waspada karena pasang tertinggi diperkirakan masih terjadi hingga akhir pekan ini," kata Endro saat ditemui di lokasi. Ia menambahkan, tim gabungan juga membuka dapur umum bagi warga yang rumahnya tergenang paling parah.

Sejumlah warga mengaku sudah terbiasa menghadapi rob setiap musim pasang, tetapi ketinggian air tahun ini dinilai lebih tinggi dibandingkan tahun-tahun sebelumnya. Mereka berharap pemerintah kota segera memperbaiki tanggul secara permanen dan mempercepat pembangunan tanggul laut yang sudah lama direncanakan.

Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan bahwa fenomena bulan purnama dapat memperparah pasang air laut di pantai utara Jawa selama beberapa hari ke depan. Warga di daerah rawan diminta mengamankan barang berharga dan dokumen penting ke tempat yang lebih tinggi.
Sumber: https://regional.kompas.com/read/2023/11/14/091500078/banjir-rob-rendam-ribuan-rumah-di-pesisir-semarang
"""

CABAI = """Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat
Kompas.com - 20/11/2023, 10:30 WIB
JAKARTA, KOMPAS.com - Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, melonjak hingga dua kali lipat dalam sepekan terakhir. Pada Senin (20/11/2023), pedagang menjual cabai rawit seharga Rp 90.000 per kilogram, padahal awal bulan ini harganya masih sekitar Rp 45.000 per kilogram.

Seorang pedagang, Sutrisno, menuturkan pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur berkurang karena cuaca yang tidak menentu. Hujan deras yang turun di sejumlah daerah membuat banyak tanaman cabai busuk sebelum dipanen, sehingga petani hanya bisa mengirim sebagian kecil hasil panennya.

"Barangnya sedikit, yang beli tetap banyak, jadi harganya naik terus," ujar Sutrisno. Ia mengatakan pembeli dari rumah makan kini mengurangi jumlah belanjaan dan sebagian beralih ke cabai kering atau cabai olahan yang harganya lebih stabil.

Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta menyatakan akan menggelar operasi pasar di sejumlah lokasi untuk menekan harga. Pemerintah daerah juga berkoordinasi dengan daerah penghasil agar distribusi cabai ke Jakarta tidak terhambat menjelang akhir tahun.

Pengamat pertanian menilai lonjakan harga cabai hampir selalu berulang setiap musim hujan. Menurut dia, pemerintah perlu memperbanyak gudang berpendingin dan mendorong petani menanam varietas yang lebih tahan cuaca basah agar pasokan tidak anjlok setiap tahun.
Sumber: https://megapolitan.kompas.com/read/2023/11/20/103000071/harga-cabai-rawit-di-pasar-induk-naik-dua-kali-lipat
"""

KERETA = """Penumpang Kereta Cepat Meningkat Selama Libur Panjang
Kompas.com - 27/11/2023, 14:05 WIB
BANDUNG, KOMPAS.com - Jumlah penumpang kereta cepat Jakarta-Bandung meningkat tajam selama libur panjang akhir pekan lalu. PT Kereta Cepat Indonesia China mencatat rata-rata lebih dari 18.000 penumpang per hari, naik sekitar 30 persen dibandingkan hari biasa.

Sekretaris perusahaan, Eva Chairunisa, mengatakan operator menambah jadwal perjalanan dari 28 menjadi 40 perjalanan per hari untuk melayani lonjakan permintaan. Sebagian besar penumpang berangkat dari Stasiun Halim menuju Stasiun Padalarang dan Tegalluar untuk berlibur di Bandung dan sekitarnya.

"Kami mengimbau penumpang membeli tiket jauh hari sebelum keberangkatan karena tiket pada jam-jam sibuk cepat habis," kata Eva dalam keterangan tertulis. Ia juga meminta penumpang datang paling lambat setengah jam sebelum jadwal agar proses pemeriksaan tiket berjalan lancar.

Di Stasiun Padalarang, penumpang yang melanjutkan perjalanan dengan kereta pengumpan ke pusat kota Bandung sempat mengeluhkan antrean panjang. Pengelola stasiun kemudian menambah petugas di pintu masuk dan membuka loket tambahan untuk mengurai kepadatan.

Pemerintah Provinsi Jawa Barat berharap kehadiran kereta cepat dapat menggerakkan ekonomi daerah, terutama sektor pariwisata, kuliner, dan perhotelan. Sejumlah pelaku usaha di Bandung mengaku omzet mereka naik sejak kereta cepat beroperasi secara komersial.
Sumber: https://bandung.kompas.com/read/2023/11/27/140500078/penumpang-kereta-cepat-meningkat-selama-libur-panjang
"""

# No date anywhere: no date line, no URL, no day, month or year in the text.
FESTIVAL = """Festival Kopi Rakyat Ramaikan Alun-alun Temanggung
TEMANGGUNG - Ratusan warga memadati alun-alun Temanggung untuk menikmati festival kopi rakyat yang digelar oleh komunitas petani setempat. Para pengunjung dapat mencicipi kopi robusta dan arabika dari lereng Gunung Sindoro dan Gunung Sumbing secara gratis sambil berbincang langsung dengan petani.

Ketua panitia, Rahmat Hidayat, mengatakan festival ini bertujuan memperkenalkan kopi lokal kepada generasi muda sekaligus membuka pasar baru bagi para petani. Menurut dia, banyak petani kopi di Temanggung selama ini masih menjual biji kopi mentah kepada tengkulak dengan harga yang rendah.

"Kami ingin petani bisa mengolah sendiri kopinya, mulai dari menyangrai sampai mengemas, supaya nilai jualnya naik," kata Rahmat. Ia menambahkan, panitia juga menggelar pelatihan singkat tentang cara menyeduh kopi yang benar bagi pemilik warung dan kedai kecil.

Selain stan kopi, festival juga menampilkan kesenian tradisional seperti tari topeng ireng dan kuda lumping yang menarik perhatian wisatawan dari luar kota. Pedagang makanan khas daerah ikut kebagian rezeki karena pengunjung terus berdatangan hingga malam.

Pemerintah kabupaten menyatakan mendukung kegiatan serupa agar digelar secara rutin. Dinas pariwisata setempat berharap festival kopi dapat menjadi agenda wisata unggulan yang mendatangkan lebih banyak pengunjung ke Temanggung.
"""

ENGLISH = """Jakarta Commuter Line Extends Service Hours for Year-End Holidays
JAKARTA - The operator of Jakarta's commuter rail network said on Monday (4/12/2023) that it will extend service hours during the year-end holidays to accommodate the expected surge in passengers travelling between the capital and its satellite cities.

A spokesperson for the company said the last trains on the busiest lines to Bogor, Bekasi and Tangerang would depart about an hour later than usual, and that additional trips would be added on weekends. The company expects daily ridership to exceed one million passengers during the holiday period.

"We ask passengers to plan their journeys, avoid the peak hours when possible and keep their belongings close," the spokesperson told reporters at Manggarai station. Security staff will be deployed at major interchange stations to help manage crowds and assist elderly passengers.

The extension follows complaints from commuters last year, when many passengers were stranded after the last trains left before the end of the New Year's Eve celebrations in central Jakarta. City officials said they would coordinate bus services with the rail operator to make sure late-night travellers can reach their homes safely.

Transport analysts welcomed the move but said the network still needs more frequent trains on weekdays, when carriages on several lines regularly run well above their planned capacity during the morning rush.
"""

MUSEUM = """Museum Fatahillah Buka Hingga Malam Selama Akhir Pekan
Kompas.com - 02/12/2023, 08:00 WIB
JAKARTA, KOMPAS.com - Unit Pengelola Museum Kesejarahan Jakarta memperpanjang jam buka Museum Fatahillah di kawasan Kota Tua hingga pukul 21.00 WIB setiap Sabtu dan Minggu mulai Sabtu (2/12/2023). Kebijakan itu diambil karena jumlah pengunjung terus bertambah sejak kawasan Kota Tua direvitalisasi.

Kepala unit pengelola, Fachrudin, mengatakan pengunjung kini dapat menikmati koleksi museum sambil melihat suasana malam di Taman Fatahillah. Pengelola juga menyiapkan tur berpemandu dengan kuota terbatas bagi pengunjung yang ingin mengenal sejarah gedung yang dulu menjadi balai kota Batavia tersebut.

"Banyak warga yang baru sempat berkunjung setelah pulang kerja atau sore hari, jadi kami memberi waktu lebih panjang," kata Fachrudin. Ia memastikan jumlah petugas keamanan dan pemandu ditambah selama jam operasional malam.

Harga tiket masuk tidak berubah, yakni Rp 5.000 untuk dewasa dan Rp 3.000 untuk mahasiswa, sedangkan anak-anak dikenai tarif Rp 2.000. Pembayaran hanya dapat dilakukan secara nontunai menggunakan kartu uang elektronik atau aplikasi pembayaran digital.

Para pelaku usaha di sekitar Kota Tua menyambut baik kebijakan tersebut. Pedagang makanan dan penyewa sepeda ontel berharap perpanjangan jam buka museum dapat menambah jumlah wisatawan yang datang pada malam hari.
"""

BOILERPLATE_ONLY = """Iklan - Scroll untuk Melanjutkan
Baca juga: Harga Emas Antam Hari Ini Turun
Baca juga: Jadwal KRL Terbaru Akhir Pekan
Terkini Lainnya
Bagikan artikel ini
Komentar
Gabung KompasPlus
Simak breaking news dan berita pilihan kami langsung di ponselmu.
"""

# The same story as CABAI, a correction published later under the same URL (one article, updated).
CABAI_CORRECTED = CABAI.replace("Rp 90.000 per kilogram", "Rp 95.000 per kilogram").replace(
    "Seorang pedagang, Sutrisno,", "Seorang pedagang cabai, Sutrisno,")

# What the second run adds to MUSEUM (the article changed since the last run).
MUSEUM_ADDITION = ("\n\nPengelola juga berencana membuka pameran temporer tentang sejarah pelabuhan Sunda Kelapa "
                   "dengan koleksi peta kuno dan miniatur kapal.\n")


def _html(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[2:])  # the text's paragraphs after the lead
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><nav><a href=\"/\">Beranda</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
            "<footer>Hak cipta dilindungi</footer></body></html>")


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("berita.txt", BANJIR)
    return buffer.getvalue()


@dataclass(frozen=True)
class Case:
    """One input of the catalogue and what must become of it."""

    path: str  # relative to the input folder
    outcome: str  # loaded | updated | deduplicated | quarantined | skipped
    reason: str | None = None  # stage:reason of its quarantine row, or a word of its skip reason


CASES: dict[str, Case] = {
    "empty": Case("kosong.txt", "quarantined", "ingest:empty"),
    "whitespace_only": Case("spasi.txt", "quarantined", "ingest:whitespace_only"),
    "png_named_txt": Case("foto-banjir.txt", "quarantined", "ingest:binary"),
    "pdf_named_html": Case("laporan.html", "quarantined", "ingest:binary"),
    "zip_named_txt": Case("arsip.txt", "quarantined", "ingest:binary"),
    "real_pdf_file": Case("siaran-pers.pdf", "skipped", "not an article file type"),
    "cp1252": Case("cp1252.txt", "loaded"),
    "latin1": Case("latin1.txt", "loaded"),
    "utf16_bom": Case("utf16.txt", "loaded"),
    "mixed_encodings": Case("campuran.txt", "loaded"),
    "fifty_megabytes": Case("raksasa.txt", "quarantined", "ingest:too_large"),
    "html_without_body": Case("tanpa-body.html", "quarantined", "clean:no_body"),
    "truncated_html": Case("terpotong.html", "loaded"),
    "only_boilerplate": Case("iklan-saja.txt", "quarantined", "clean:no_body"),
    "english": Case("english.txt", "loaded"),
    "no_date": Case("tanpa-tanggal.txt", "loaded"),
    "same_bytes_first_name": Case("banjir-a.txt", "loaded"),
    "same_bytes_second_name": Case("banjir-b (salinan).txt", "deduplicated", "ingest:duplicate"),
    "same_text_other_wrapper": Case("banjir-dengan-iklan.txt", "deduplicated", "load:duplicate"),
    "same_url_first": Case("cabai-pagi.txt", "deduplicated", "load:duplicate_url"),
    "same_url_again": Case("cabai-sore.txt", "loaded"),
    "changed_since_last_run": Case("museum.txt", "updated"),
    "name_with_spaces": Case("berita kereta cepat.txt", "loaded"),
    "name_with_unicode": Case("berita-ünïcödé-日本.txt", "loaded"),
    "name_with_dots": Case("sub/../laporan..akhir.txt", "loaded"),
    "symlink_loop": Case("loop/kembali", "skipped", "symlink loop"),
}


def _variant(text: str, marker: str) -> str:
    """The article with one sentence of its own, so it is a distinct article (distinct content hash)."""
    head, rest = text.split("\n\n", 1)
    return f"{head} Laporan ini disusun oleh {marker}.\n\n{rest}".replace("Sumber: https://", f"Sumber: https://{marker}.")


def write_catalogue(folder: Path, *, big_bytes: int = 50 * 1024 * 1024) -> dict[str, Case]:
    """Write every case of the catalogue into `folder` (the 50 MB file is sparse: it costs no disk)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sub").mkdir()
    (folder / "loop").mkdir()
    files: dict[str, bytes] = {
        "kosong.txt": b"",
        "spasi.txt": b"   \n\t\n  \r\n   ",
        "foto-banjir.txt": _png(),
        "laporan.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
        "arsip.txt": _zip(),
        "siaran-pers.pdf": b"%PDF-1.4\n1 0 obj << >> endobj\n",
        "cp1252.txt": _variant(KERETA, "tim-cp1252").replace("Eva Chairunisa", "Éva Chairunisa")
        .replace("dalam keterangan tertulis", "dalam keterangan tertulis \u2013 \u201cresmi\u201d").encode("cp1252"),
        "latin1.txt": _variant(MUSEUM, "tim-latin").replace("Fachrudin", "Fachrudín").replace(
            "pukul 21.00 WIB", "pukul 21.00 WIB (suhu ±27°C)").encode("latin-1"),
        "utf16.txt": codecs.BOM_UTF16_LE + _variant(CABAI, "tim-utf16").encode("utf-16-le"),
        "campuran.txt": _variant(FESTIVAL, "tim-campuran").replace("Rahmat Hidayat", "Rahmat Hidayat \u201cRaha\u201d")
        .encode("utf-8").replace(b"kuda lumping", "kuda lumping caf\u00e9".encode("cp1252")),
        "tanpa-body.html": b"<!DOCTYPE html><html><head><title>Berita</title></head></html>",
        "terpotong.html": _html("Penumpang Kereta Cepat Meningkat", _variant(KERETA, "tim-html")).encode()[:-450],
        "iklan-saja.txt": BOILERPLATE_ONLY.encode(),
        "english.txt": ENGLISH.encode(),
        "tanpa-tanggal.txt": FESTIVAL.encode(),
        "banjir-a.txt": BANJIR.encode(),
        "banjir-b (salinan).txt": BANJIR.encode(),
        # The same text saved from another page (no source URL, an ad and a related link around it).
        "banjir-dengan-iklan.txt": ("Iklan - Scroll untuk Melanjutkan\n" + BANJIR.split("\nSumber:")[0]
            .replace("\n\nKepala", "\n\nBaca juga: Tanggul Laut Semarang Mulai Dibangun\n\nKepala")).encode(),
        "cabai-pagi.txt": CABAI.encode(),
        "cabai-sore.txt": CABAI_CORRECTED.encode(),
        "museum.txt": MUSEUM.encode(),
        "berita kereta cepat.txt": KERETA.encode(),
        "berita-ünïcödé-日本.txt": _variant(BANJIR, "tim-unicode").encode(),
        "laporan..akhir.txt": _variant(KERETA, "tim-titik").encode(),
    }
    for name, payload in files.items():
        (folder / name).write_bytes(payload)
    with (folder / "raksasa.txt").open("wb") as handle:
        handle.truncate(big_bytes)  # sparse: 50 MB of NUL bytes without writing them
    os.symlink("..", folder / "loop" / "kembali")
    return CASES


# --- the two runs --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    folder: Path
    warehouse: Path
    first: object  # RunSummary of the first run
    second: object  # RunSummary of the second run


@pytest.fixture(scope="module")
def catalogue(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    from flows.nightly import NightlyParameters, nightly

    folder = tmp_path_factory.mktemp("catalogue") / "masuk"
    write_catalogue(folder)
    warehouse = tmp_path_factory.mktemp("catalogue-warehouse") / "news.duckdb"
    # The input path itself goes through `..`: names are resolved, never trusted.
    parameters = NightlyParameters(input_path=str(folder / "sub" / ".."), warehouse=str(warehouse))
    first = nightly(parameters)
    museum = folder / "museum.txt"
    museum.write_text(museum.read_text(encoding="utf-8") + MUSEUM_ADDITION, encoding="utf-8")
    second = nightly(parameters)
    return Catalogue(folder, warehouse, first, second)


def _rows(catalogue: Catalogue, sql: str, *params: object) -> list[tuple]:
    with duckdb.connect(str(catalogue.warehouse), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _uri(catalogue: Catalogue, case: str) -> str:
    return str((catalogue.folder / CASES[case].path).resolve())


def _article(catalogue: Catalogue, case: str) -> dict[str, object] | None:
    with duckdb.connect(str(catalogue.warehouse), read_only=True) as con:
        cursor = con.execute("SELECT * FROM articles WHERE source_uri = ?", [_uri(catalogue, case)])
        row = cursor.fetchone()
        return dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None


def _quarantine(catalogue: Catalogue, case: str) -> list[str]:
    rows = _rows(catalogue, "SELECT stage || ':' || reason FROM quarantine WHERE source_uri = ? ORDER BY 1",
                 _uri(catalogue, case))
    return [r[0] for r in rows]


def _assert_quarantined(catalogue: Catalogue, case: str) -> None:
    assert _article(catalogue, case) is None
    assert _quarantine(catalogue, case) == [CASES[case].reason]


# --- one test per case ---------------------------------------------------------------------------------------


def test_both_runs_complete(catalogue: Catalogue) -> None:
    assert catalogue.first.status == "completed" and catalogue.second.status == "completed"
    assert (catalogue.second.loaded, catalogue.second.updated) == (0, 1)


@pytest.mark.parametrize("case", ["empty", "whitespace_only"])
def test_empty_inputs_are_quarantined_with_their_bytes(catalogue: Catalogue, case: str) -> None:
    _assert_quarantined(catalogue, case)
    sizes = _rows(catalogue, "SELECT p.byte_size FROM quarantine q JOIN raw.payloads p USING (payload_hash) "
                             "WHERE q.source_uri = ?", _uri(catalogue, case))
    assert sizes == [(os.path.getsize(catalogue.folder / CASES[case].path),)]


@pytest.mark.parametrize("case", ["png_named_txt", "pdf_named_html", "zip_named_txt"])
def test_binaries_under_article_names_are_quarantined_with_their_bytes(catalogue: Catalogue, case: str) -> None:
    _assert_quarantined(catalogue, case)
    kept = _rows(catalogue, "SELECT p.media_type, p.byte_size FROM quarantine q JOIN raw.payloads p "
                            "USING (payload_hash) WHERE q.source_uri = ?", _uri(catalogue, case))
    assert kept == [("application/octet-stream", os.path.getsize(catalogue.folder / CASES[case].path))]


def test_a_real_pdf_is_listed_as_skipped_not_read(catalogue: Catalogue) -> None:
    from tasks.ingest import discover

    skipped = dict(discover(catalogue.folder).skipped)
    assert "not an article file type (.pdf)" in skipped[str(catalogue.folder / "siaran-pers.pdf")]
    assert catalogue.first.files_skipped >= 1


@pytest.mark.parametrize(("case", "expected"), [
    ("cp1252", ["Éva Chairunisa", "tertulis \u2013 \u201cresmi\u201d"]),
    ("latin1", ["Fachrudín", "±27°C"]),
    ("utf16_bom", ["Rp 90.000", "Sutrisno"]),
    ("mixed_encodings", ["Hidayat \u201cRaha\u201d", "kuda lumping café"]),
])
def test_legacy_and_mixed_encodings_load_with_their_characters(
        catalogue: Catalogue, case: str, expected: list[str]) -> None:
    article = _article(catalogue, case)
    assert article is not None and _quarantine(catalogue, case) == []
    for text in expected:
        assert text in article["body_text"]
    assert "\ufffd" not in article["body_text"]


def test_a_fifty_megabyte_file_is_quarantined_unread(catalogue: Catalogue) -> None:
    _assert_quarantined(catalogue, "fifty_megabytes")
    detail, payload = _rows(catalogue, "SELECT detail, payload_hash FROM quarantine WHERE source_uri = ?",
                            _uri(catalogue, "fifty_megabytes"))[0]
    assert "52428800 bytes" in detail and "KABAR_MAX_INPUT_BYTES" in detail
    assert payload is None  # not read, so not stored


def test_html_without_body_is_quarantined(catalogue: Catalogue) -> None:
    _assert_quarantined(catalogue, "html_without_body")


def test_truncated_html_loads_what_arrived(catalogue: Catalogue) -> None:
    article = _article(catalogue, "truncated_html")
    assert article is not None
    assert "Stasiun Padalarang" in article["body_text"]
    assert article["word_count"] >= 40


def test_a_page_of_only_boilerplate_is_quarantined_and_its_lines_kept(catalogue: Catalogue) -> None:
    _assert_quarantined(catalogue, "only_boilerplate")
    detail = _rows(catalogue, "SELECT detail FROM quarantine WHERE source_uri = ?",
                   _uri(catalogue, "only_boilerplate"))[0][0]
    assert "boilerplate" in detail


def test_an_english_article_loads_as_english(catalogue: Catalogue) -> None:
    article = _article(catalogue, "english")
    assert article is not None and article["language"] == "en"
    assert article["published_date"].isoformat() == "2023-12-04"  # from the lead


def test_an_article_without_any_date_loads_undated_and_is_flagged(catalogue: Catalogue) -> None:
    article = _article(catalogue, "no_date")
    assert article is not None
    assert article["published_date"] is None and article["published_date_source"] is None
    flagged = _rows(catalogue, "SELECT severity, success, unexpected_count FROM validation_results "
                               "WHERE suite = 'articles' AND expectation = 'published_date_not_null' "
                               "AND run_id = ?", catalogue.first.run_id)
    undated = _rows(catalogue, "SELECT count(*) FROM articles WHERE published_date IS NULL AND run_id = ?",
                    catalogue.first.run_id)[0][0]
    assert undated >= 1 and flagged == [("warning", False, undated)]


def test_the_same_bytes_under_two_names_load_once(catalogue: Catalogue) -> None:
    assert _article(catalogue, "same_bytes_first_name") is not None
    _assert_quarantined(catalogue, "same_bytes_second_name")
    assert catalogue.first.duplicates_in_run == 1


def test_the_same_text_in_another_wrapper_loads_once(catalogue: Catalogue) -> None:
    _assert_quarantined(catalogue, "same_text_other_wrapper")
    detail = _rows(catalogue, "SELECT detail FROM quarantine WHERE source_uri = ?",
                   _uri(catalogue, "same_text_other_wrapper"))[0][0]
    assert "same text as article" in detail
    # Its payload is kept: the wrapper's bytes differ from the loaded file's.
    kept = _rows(catalogue, "SELECT count(*) FROM raw.payloads WHERE source_uri = ?",
                 _uri(catalogue, "same_text_other_wrapper"))
    assert kept == [(1,)]


def test_the_same_url_twice_in_one_run_is_one_article_and_one_duplicate(catalogue: Catalogue) -> None:
    url = "https://megapolitan.kompas.com/read/2023/11/20/103000071/harga-cabai-rawit-di-pasar-induk-naik-dua-kali-lipat"
    articles = _rows(catalogue, "SELECT source_name FROM articles WHERE canonical_url = ?", url)
    assert articles == [("cabai-sore.txt",)]  # the version read last, as a later run would update it
    assert _quarantine(catalogue, "same_url_first") == ["load:duplicate_url"]


def test_the_same_url_twice_in_one_run_is_never_a_silent_drop(catalogue: Catalogue) -> None:
    """Whatever becomes of the two versions, both are accounted for and both payloads are kept."""
    for case in ("same_url_first", "same_url_again"):
        assert _article(catalogue, case) is not None or _quarantine(catalogue, case), case
        kept = _rows(catalogue, "SELECT count(*) FROM raw.payloads WHERE source_uri = ?", _uri(catalogue, case))
        assert kept == [(1,)], case


def test_an_article_changed_since_the_last_run_is_updated_and_its_old_payload_kept(catalogue: Catalogue) -> None:
    article = _article(catalogue, "changed_since_last_run")
    assert article is not None and "pelabuhan Sunda Kelapa" in article["body_text"]
    assert article["run_id"] == catalogue.second.run_id
    assert _rows(catalogue, "SELECT count(*) FROM articles WHERE source_name = 'museum.txt'") == [(1,)]
    payloads = _rows(catalogue, "SELECT count(*) FROM raw.payloads WHERE source_uri = ?",
                     _uri(catalogue, "changed_since_last_run"))
    assert payloads == [(2,)]


@pytest.mark.parametrize("case", ["name_with_spaces", "name_with_unicode", "name_with_dots"])
def test_odd_file_names_load_under_their_own_names(catalogue: Catalogue, case: str) -> None:
    article = _article(catalogue, case)
    assert article is not None
    assert article["source_name"] == Path(CASES[case].path).name
    assert ".." not in Path(article["source_uri"]).parent.parts  # the path is resolved


def test_a_symlink_loop_is_walked_once_and_reported(catalogue: Catalogue) -> None:
    from tasks.ingest import discover

    found = discover(catalogue.folder)
    assert any("symlink loop" in why for _, why in found.skipped)
    loaded = _rows(catalogue, "SELECT count(*) FROM articles WHERE source_name = 'banjir-a.txt'")
    assert loaded == [(1,)]


def test_every_input_is_accounted_for(catalogue: Catalogue) -> None:
    """Each file is an article, a quarantine row or a listed skip: nothing is dropped silently."""
    from tasks.ingest import discover

    found = discover(catalogue.folder)
    uris = {str(path.resolve()) for path in found.files}
    articles = {r[0] for r in _rows(catalogue, "SELECT source_uri FROM articles")}
    quarantined = {r[0] for r in _rows(catalogue, "SELECT source_uri FROM quarantine")}
    assert uris - articles - quarantined == set()
    assert not articles & quarantined  # never both
    assert len(found.files) + len(found.skipped) >= len(CASES) - 1
    for name, case in CASES.items():
        if case.outcome in ("loaded", "updated"):
            assert _article(catalogue, name) is not None, name
        elif case.outcome in ("quarantined", "deduplicated"):
            assert _quarantine(catalogue, name) == [case.reason], name


def test_no_duplicates_and_no_orphans(catalogue: Catalogue) -> None:
    checks = {
        "duplicate content": "SELECT count(*) - count(DISTINCT content_hash) FROM articles",
        "duplicate url": "SELECT count(canonical_url) - count(DISTINCT canonical_url) FROM articles",
        "orphan mentions": "SELECT count(*) FROM entity_mentions WHERE article_id NOT IN "
                           "(SELECT article_id FROM articles)",
        "orphan entities": "SELECT count(*) FROM entity_mentions WHERE entity_id NOT IN "
                           "(SELECT entity_id FROM entities)",
        "orphan dates": "SELECT count(*) FROM date_mentions WHERE article_id NOT IN (SELECT article_id FROM articles)",
        "quarantine without payload": "SELECT count(*) FROM quarantine WHERE payload_hash IS NOT NULL AND "
                                      "payload_hash NOT IN (SELECT payload_hash FROM raw.payloads)",
    }
    assert {name: _rows(catalogue, sql)[0][0] for name, sql in checks.items()} == dict.fromkeys(checks, 0)


def test_the_second_run_adds_no_quarantine_rows(catalogue: Catalogue) -> None:
    runs = _rows(catalogue, "SELECT run_id, count(*) FROM quarantine GROUP BY run_id")
    assert [run for run, _ in runs] == [catalogue.first.run_id]
