"""Tests for tasks.quotes: quotation marks, speakers, partial/full, paragraphs, linking, keys, robustness.

The sentences are written for these tests in the style of Indonesian (and English) news reporting.
"""

from __future__ import annotations

import re
import time

import pytest

from tasks.models import EntityMention, Quote
from tasks.quotes import find_quotes, quote_key

# (text, speaker_surface, is_partial) for each quotation expected, in reading order.
Expected = list[tuple[str, str | None, bool]]

CASES: list[tuple[str, str, Expected]] = [
    # --- every kind of quote mark ---
    ("straight_after_kata",
     '"Kami akan menyelesaikan jembatan itu tahun ini," kata Gubernur Jawa Tengah Ahmad Luthfi.',
     [("Kami akan menyelesaikan jembatan itu tahun ini", "Gubernur Jawa Tengah Ahmad Luthfi", False)]),
    ("curly_after_ujar_place_ends_speaker",
     "“Harga beras mulai turun di sejumlah pasar,” ujar Kepala Bulog di Semarang, Selasa.",
     [("Harga beras mulai turun di sejumlah pasar", "Kepala Bulog", False)]),
    ("guillemets",
     "«Kami menghormati putusan pengadilan», tutur kuasa hukum terdakwa.",
     [("Kami menghormati putusan pengadilan", "kuasa hukum terdakwa", False)]),
    ("reversed_guillemets",
     "»Proses evakuasi masih berlangsung sampai malam«, ucap Komandan Basarnas.",
     [("Proses evakuasi masih berlangsung sampai malam", "Komandan Basarnas", False)]),
    ("low_high_curly",
     "„Kami siap bertanding di partai final“, kata pelatih tim nasional.",
     [("Kami siap bertanding di partai final", "pelatih tim nasional", False)]),
    ("right_curly_both_sides",
     "”Pemerintah tidak akan mundur,” tegas juru bicara istana.",
     [("Pemerintah tidak akan mundur", "juru bicara istana", False)]),
    ("single_curly_three_words_or_more",
     "Ia menyebut rencana itu ‘sebuah langkah mundur bagi demokrasi’ dalam rapat dengar pendapat.",
     [("sebuah langkah mundur bagi demokrasi", "Ia", True)]),
    ("single_curly_two_words_is_not_a_quote",
     "Warga menyebutnya ‘proyek mangkrak’ sejak lama.",
     []),
    ("apostrophes_never_open_quotes",
     "Pada hari Jum‘at dan Sabtu, ribuan jemaah mendatangi Ma’ruf Center di Jum'at pagi.",
     []),
    ("apostrophe_then_single_quote",
     "Sejak Jum’at, warga menyebut banjir itu ‘bencana terbesar dalam sepuluh tahun’.",
     [("bencana terbesar dalam sepuluh tahun", "warga", True)]),
    ("single_nested_in_double_is_part_of_it",
     "“Dia bilang ‘jangan khawatir soal anggaran’ kepada kami,” kata seorang warga.",
     [("Dia bilang ‘jangan khawatir soal anggaran’ kepada kami", "seorang warga", False)]),
    ("straight_paired_left_to_right",
     'Warga menolak "relokasi" dan "penggusuran" yang direncanakan pemkot.',
     [("relokasi", None, True), ("penggusuran", None, True)]),
    # --- speaker after the quotation ---
    ("after_imbuh",
     "“Kami akan menambah armada bus listrik,” imbuh Direktur Utama Transjakarta.",
     [("Kami akan menambah armada bus listrik", "Direktur Utama Transjakarta", False)]),
    ("after_jelas_stops_at_saat",
     "“Semua korban sudah dievakuasi,” jelas Kapolres saat ditemui di lokasi.",
     [("Semua korban sudah dievakuasi", "Kapolres", False)]),
    ("after_ungkap_stops_at_kepada",
     "“Kerugian ditaksir mencapai Rp2 miliar,” ungkap Lurah Sukamaju kepada wartawan.",
     [("Kerugian ditaksir mencapai Rp2 miliar", "Lurah Sukamaju", False)]),
    ("after_tambah_role",
     "“Pemeriksaan saksi dilanjutkan besok,” tambah penyidik itu.",
     [("Pemeriksaan saksi dilanjutkan besok", "penyidik itu", False)]),
    ("after_kata_stops_at_comma_before_yang",
     "“Sidang akan dilanjutkan pekan depan,” kata hakim ketua,  yang memimpin persidangan sejak pagi.",
     [("Sidang akan dilanjutkan pekan depan", "hakim ketua", False)]),
    ("after_kata_dalam",
     "“Cuaca ekstrem masih akan terjadi hingga akhir bulan,” kata Dwikorita dalam jumpa pers di Jakarta.",
     [("Cuaca ekstrem masih akan terjadi hingga akhir bulan", "Dwikorita", False)]),
    ("after_kata_long_role_with_di",
     '"Kami tidak pernah menjual data wajib pajak kepada pihak mana pun," kata seorang pejabat di '
     "Direktorat Jenderal Pajak Kementerian Keuangan dalam keterangan tertulis yang diterima Kamis.",
     [("Kami tidak pernah menjual data wajib pajak kepada pihak mana pun",
       "seorang pejabat di Direktorat Jenderal Pajak Kementerian Keuangan", False)]),
    ("after_katanya_names_nobody",
     "“Stok pupuk aman sampai akhir tahun,” katanya kepada wartawan.",
     [("Stok pupuk aman sampai akhir tahun", None, False)]),
    ("after_kata_dia_pronoun",
     "“Saya tidak pernah menerima uang itu,” kata dia.",
     [("Saya tidak pernah menerima uang itu", "dia", False)]),
    ("after_inverted_indonesian",
     "“Kami terus memantau pergerakan pasukan di perbatasan,” Retno menambahkan.",
     [("Kami terus memantau pergerakan pasukan di perbatasan", "Retno", False)]),
    ("after_english_said_x_on",
     '"We will keep the border open," said Interior Minister Tito Karnavian on Friday.',
     [("We will keep the border open", "Interior Minister Tito Karnavian", False)]),
    ("after_english_x_said",
     '"Prices will fall next month," the trade minister said.',
     [("Prices will fall next month", "the trade minister", False)]),
    ("capitalised_verb_starts_a_new_sentence",
     "“Kami siap.” Jelas sekali bahwa tim itu percaya diri.",
     [("Kami siap.", None, False)]),
    # --- speaker before the quotation ---
    ("before_mengatakan_comma",
     "Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat mengatakan, “Indonesia menolak klaim itu.”",
     [("Indonesia menolak klaim itu.", "Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat", False)]),
    ("before_berkata_colon",
     'Pada Selasa, warga berkumpul di balai desa. Kepala desa berkata: "Kami minta semua pihak tenang."',
     [("Kami minta semua pihak tenang.", "Kepala desa", False)]),
    ("before_menurut",
     "Menurut Sri Mulyani, “Defisit anggaran masih terkendali.”",
     [("Defisit anggaran masih terkendali.", "Sri Mulyani", False)]),
    ("before_menegaskan_bahwa_capital_is_full",
     'Kapolri menegaskan bahwa "Tidak ada toleransi bagi anggota yang terlibat narkoba."',
     [("Tidak ada toleransi bagi anggota yang terlibat narkoba.", "Kapolri", False)]),
    ("before_menegaskan_bahwa_lowercase_is_partial",
     'Kapolri menegaskan bahwa "tidak ada toleransi" bagi anggota yang terlibat narkoba.',
     [("tidak ada toleransi", "Kapolri", True)]),
    ("before_adverb_and_adjunct",
     "Bahlil juga mengatakan kepada wartawan, “Harga BBM tidak naik bulan ini.”",
     [("Harga BBM tidak naik bulan ini.", "Bahlil", False)]),
    ("before_time_adjunct_cut_from_subject",
     "Juru bicara KPK pada Senin mengatakan, “Tersangka akan segera ditahan.”",
     [("Tersangka akan segera ditahan.", "Juru bicara KPK", False)]),
    ("before_english_said_colon",
     'The central bank governor said: "Inflation is under control."',
     [("Inflation is under control.", "The central bank governor", False)]),
    ("before_menggarisbawahi_lowercase_curly_period_inside",
     "Kepala daerah itu menggarisbawahi bahwa pemerintah pusat tak pernah menyetujui “rencana relokasi "
     "warga yang dibuat tanpa konsultasi publik.”",
     [("rencana relokasi warga yang dibuat tanpa konsultasi publik.", "Kepala daerah itu", True)]),
    # --- partial and full ---
    ("single_word_scare_quote",
     'Kelompok itu menolak tuduhan polisi sebagai fitnah "murahan" yang disebarkan lawan politik.',
     [("murahan", None, True)]),
    ("two_fragments_share_the_attribution",
     'Pemkot harus "segera memperbaiki jalan" dan "berhenti beralasan," tambah anggota dewan itu.',
     [("segera memperbaiki jalan", "anggota dewan itu", True),
      ("berhenti beralasan", "anggota dewan itu", True)]),
    ("fragment_mid_sentence",
     'Kementerian "tidak pernah menerbitkan izin tambang" di kawasan hutan lindung itu.',
     [("tidak pernah menerbitkan izin tambang", None, True)]),
    ("capitalised_name_in_quotes_is_partial",
     'Program "Makan Bergizi Gratis" itu mulai berjalan pada Januari.',
     [("Makan Bergizi Gratis", None, True)]),
    ("second_quote_after_attribution_sentence",
     "“Kami mengecam keras tindakan sepihak itu,” kata pernyataan itu. “Sebaiknya mereka menahan diri.”",
     [("Kami mengecam keras tindakan sepihak itu", "pernyataan itu", False),
      ("Sebaiknya mereka menahan diri.", None, False)]),
    ("paragraph_that_is_only_a_quote",
     "“Mari berharap hujan tidak turun sampai panen selesai dan harga gabah tetap bagus.”",
     [("Mari berharap hujan tidak turun sampai panen selesai dan harga gabah tetap bagus.", None, False)]),
    ("dateline_then_quote_is_full",
     "JAKARTA, KOMPAS.com - “Kami siap menggelar pemungutan suara ulang,” kata Ketua KPU.",
     [("Kami siap menggelar pemungutan suara ulang", "Ketua KPU", False)]),
    ("lowercase_quote_opening_its_sentence_is_full",
     "“…dan kami akan menuntaskannya sebelum Lebaran,” ujar Bupati.",
     [("…dan kami akan menuntaskannya sebelum Lebaran", "Bupati", False)]),
    ("capital_after_comma_is_full",
     'Saat ditanya soal banjir, "Itu tanggung jawab kita bersama," ucap Wali Kota.',
     [("Itu tanggung jawab kita bersama", "Wali Kota", False)]),
    ("letterless_quotes_dropped",
     'Skor akhir "3-1" dan tanda "..." tidak dihitung, tetapi "gol bunuh diri" dihitung.',
     [("gol bunuh diri", None, True)]),
    # --- quotations over paragraphs ---
    ("curly_over_two_paragraphs",
     "“Kami sudah menyiapkan tiga skenario.\n\n“Skenario pertama adalah menambah impor,” kata Zulkifli.",
     [("Kami sudah menyiapkan tiga skenario.\n\nSkenario pertama adalah menambah impor", "Zulkifli", False)]),
    ("straight_over_three_paragraphs",
     'Menteri itu berkata: "Ada tiga hal.\n\n"Pertama, anggaran.\n\n"Kedua, waktu." Rapat lalu ditutup.',
     [("Ada tiga hal.\n\nPertama, anggaran.\n\nKedua, waktu.", "Menteri itu", False)]),
    ("unclosed_not_continued_is_ignored",
     "Dia berkata “tidak ada yang tahu\n\nHarga cabai naik. “Kami kaget,” kata seorang pedagang.",
     [("Kami kaget", "seorang pedagang", False)]),
    ("unclosed_then_more_quotes_in_same_paragraph",
     'Ia menulis "catatan pertama. “Kami menolak,” tegas Ketua RT.',
     [("Kami menolak", "Ketua RT", False)]),
    ("quote_mark_at_very_end",
     "Semua menunggu keputusan itu. “",
     []),
]


def _multi(q: Quote) -> bool:
    return "\n\n" in q.text


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes_table(body: str, expected: Expected) -> None:
    quotes = find_quotes(body, [])
    assert [(q.text, q.speaker_surface, q.is_partial) for q in quotes] == expected
    for q in quotes:
        if _multi(q):
            assert body[q.char_start:q.char_end].replace("\n\n“", "\n\n").replace('\n\n"', "\n\n") == q.text
        else:
            assert body[q.char_start:q.char_end] == q.text
        assert q.quote_key == quote_key(q.text)
        assert q.speaker_entity_id is None  # no mentions given


def test_case_count() -> None:
    assert len(CASES) >= 40


def test_offsets_of_a_multi_paragraph_quote() -> None:
    first = "“Kami sudah menyiapkan tiga skenario."
    body = f"Pengantar berita.\n\n{first}\n\n“Skenario pertama adalah menambah impor,” kata Zulkifli."
    (q,) = find_quotes(body, [])
    assert q.char_start == body.index("Kami")
    assert q.char_end == body.index("impor") + len("impor")
    assert q.text.split("\n\n") == [
        "Kami sudah menyiapkan tiga skenario.", "Skenario pertama adalah menambah impor"]


def test_trailing_comma_removed_period_kept() -> None:
    body = "“Kami belum memutuskan,” kata dia. “Kami masih menunggu.”"
    texts = [q.text for q in find_quotes(body, [])]
    assert texts == ["Kami belum memutuskan", "Kami masih menunggu."]


# --- speaker entity linking ---------------------------------------------------------------------------


def _mention(body: str, surface: str, entity_id: str, occurrence: int = 0) -> EntityMention:
    starts = [m.start() for m in re.finditer(re.escape(surface), body)]
    start = starts[occurrence]
    return EntityMention(entity_id, surface, start, start + len(surface))


LINK_CASES: list[tuple[str, str, list[tuple[str, str]], frozenset[str], str, str | None]] = [
    # (id, body, [(surface, entity_id)], person ids, expected speaker, expected entity)
    ("name_after_title",
     "“Kami tidak akan menjual senjata,” kata Menteri Pertahanan Sjafrie Sjamsoeddin.",
     [("Sjafrie Sjamsoeddin", "P-sjafrie")], frozenset(), "Menteri Pertahanan Sjafrie Sjamsoeddin",
     "P-sjafrie"),
    ("person_ends_last_wins_over_country",
     "“Kami siap berunding,” kata Presiden Rusia Vladimir Putin dalam pidato tahunan.",
     [("Rusia", "L-rusia"), ("Vladimir Putin", "P-putin")], frozenset(), "Presiden Rusia Vladimir Putin",
     "P-putin"),
    ("longest_mention_at_the_end",
     "“Latihan itu bersifat rutin,” ujar Kementerian Pertahanan Jepang.",
     [("Jepang", "L-jepang"), ("Kementerian Pertahanan Jepang", "O-kemhan-jp")], frozenset(),
     "Kementerian Pertahanan Jepang", "O-kemhan-jp"),
    ("person_ids_preferred",
     "“Produksi kilang naik,” kata Nicke Widyawati dari Pertamina.",
     [("Nicke Widyawati", "P-nicke"), ("Pertamina", "O-pertamina")], frozenset({"P-nicke"}),
     "Nicke Widyawati dari Pertamina", "P-nicke"),
    ("without_person_ids_last_mention",
     "“Produksi kilang naik,” kata Nicke Widyawati dari Pertamina.",
     [("Nicke Widyawati", "P-nicke"), ("Pertamina", "O-pertamina")], frozenset(),
     "Nicke Widyawati dari Pertamina", "O-pertamina"),
    ("speaker_before_linked",
     "Presiden Prabowo Subianto mengatakan, “Kita harus swasembada pangan.”",
     [("Prabowo Subianto", "P-prabowo")], frozenset(), "Presiden Prabowo Subianto", "P-prabowo"),
    ("anaphoric_role_not_linked",
     "“Kami tidak pernah mengirim pasukan,” kata menteri Rusia itu.",
     [("Rusia", "L-rusia")], frozenset(), "menteri Rusia itu", None),
    ("pronoun_not_linked",
     "“Saya sudah mengundurkan diri,” kata dia kepada Budi.",
     [("Budi", "P-budi")], frozenset(), "dia", None),
    ("mention_outside_speaker_not_linked",
     "Budi hadir. “Rapat ditunda,” kata sekretaris desa.",
     [("Budi", "P-budi")], frozenset(), "sekretaris desa", None),
    # Issue 4, measured on samples/annotated: anaphoric speakers, apposition, subjects before the verb.
    ("nya_verb_takes_the_person_named_before",
     "Ketua KPU Hendra Siregar mengatakan lembaganya siap. “Kami siap menggelar PSU,” katanya.",
     [("Hendra Siregar", "P-hendra")], frozenset({"P-hendra"}), "Hendra Siregar", "P-hendra"),
    ("nya_verb_in_the_next_paragraph",
     "Kapten tim, Arkan Wijaya, mengatakan evaluasi sudah diterima.\n\n“Kami akan perbaiki,” ujarnya.",
     [("Arkan Wijaya", "P-arkan")], frozenset({"P-arkan"}), "Arkan Wijaya", "P-arkan"),
    ("pronoun_linked_to_the_person_named_before",
     "Juru bicara Kemlu Ardiansyah Putra menyebut usulan itu. “Ini langkah kecil,” kata dia.",
     [("Ardiansyah Putra", "P-ard")], frozenset({"P-ard"}), "dia", "P-ard"),
    ("apposition_after_role",
     "“Banyak yang selamat,” ujar juru bicara penjaga pantai, Armando Reyes, kepada Reuters.",
     [("Armando Reyes", "P-reyes"), ("Reuters", "O-reuters")], frozenset({"P-reyes"}),
     "juru bicara penjaga pantai, Armando Reyes", "P-reyes"),
    ("speaker_runs_over_an_entity_and_an_apposition",
     "“Tunda perjalanan,” kata pejabat Kementerian Dalam Negeri dan Keselamatan, Park Ji-hoon.",
     [("Kementerian Dalam Negeri dan Keselamatan", "O-mois"), ("Park Ji-hoon", "P-park")],
     frozenset({"P-park"}), "pejabat Kementerian Dalam Negeri dan Keselamatan, Park Ji-hoon", "P-park"),
    ("subject_in_apposition_before_verb",
     "Penasihat hukum terdakwa, Robert Tambunan, menyebut kliennya “hanya menjalankan perintah atasan”.",
     [("Robert Tambunan", "P-rt")], frozenset({"P-rt"}), "Robert Tambunan", "P-rt"),
    ("subject_before_a_relative_clause",
     "Malaysia, yang memegang keketuaan tahun ini, menyebut pertemuan itu sebagai “upaya terakhir”.",
     [("Malaysia", "L-my")], frozenset(), "Malaysia", "L-my"),
]


def test_nya_verb_without_a_person_before_names_nobody() -> None:
    (q,) = find_quotes("Harga naik lagi. “Kami kaget,” katanya.", [])
    assert (q.speaker_surface, q.speaker_entity_id) == (None, None)


@pytest.mark.parametrize(("body", "surfaces", "persons", "speaker", "entity"),
                         [c[1:] for c in LINK_CASES], ids=[c[0] for c in LINK_CASES])
def test_speaker_entity_linking(body: str, surfaces: list[tuple[str, str]], persons: frozenset[str],
                                speaker: str, entity: str | None) -> None:
    mentions = [_mention(body, surface, entity_id) for surface, entity_id in surfaces]
    (q,) = find_quotes(body, mentions, person_entity_ids=persons)
    assert q.speaker_surface == speaker
    assert q.speaker_entity_id == entity


def test_mentions_with_bad_offsets_are_ignored() -> None:
    body = "“Rapat ditunda,” kata Ketua RW Slamet."
    bad = [EntityMention("X", "x", -5, 2), EntityMention("Y", "y", 10, 5), EntityMention("Z", "z", 30, 9999)]
    (q,) = find_quotes(body, [*bad, _mention(body, "Slamet", "P-slamet")])
    assert q.speaker_entity_id == "P-slamet"


# --- quote_key ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", [
    "kami tidak akan mundur",
    "Kami tidak akan mundur!",
    "“Kami tidak akan mundur.”",
    '"KAMI  TIDAK AKAN\nMUNDUR…"',
    "«Kami, tidak akan — mundur»",
    "ＫＡＭＩ tidak akan mundur",  # full-width letters, folded by NFKC
])
def test_quote_key_ignores_case_punctuation_and_marks(variant: str) -> None:
    assert quote_key(variant) == quote_key("Kami tidak akan mundur")


def test_quote_key_apostrophes() -> None:
    assert quote_key("Salat Jum'at diliburkan") == quote_key("salat Jum’at diliburkan.") == quote_key(
        "Salat Jumat diliburkan")


@pytest.mark.parametrize(("a", "b"), [
    ("Kami tidak akan mundur", "Kami akan mundur"),
    ("Kami tidak akan mundur", "Mereka tidak akan mundur"),
    ("harga naik", "harga turun"),
])
def test_quote_key_differs_for_different_words(a: str, b: str) -> None:
    assert quote_key(a) != quote_key(b)


def test_quote_key_format() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", quote_key("Kami siap."))


def test_same_words_in_two_articles_share_a_key() -> None:
    one = "“Kami tidak pernah mengekspor beras ke luar negeri,” kata Kepala Bulog."
    two = 'Kepala Bulog berkata: "kami tidak pernah mengekspor beras ke luar negeri."'
    (a,), (b,) = find_quotes(one, []), find_quotes(two, [])
    assert a.quote_key == b.quote_key
    assert a.text != b.text


# --- robustness ---------------------------------------------------------------------------------------

ODD_BODIES = [
    "", " ", "\n\n", '"', "“", "”", "‘", "’", "«", "»", '""', "“”", "«»", '"""', "“““", "”””", '"a', 'a"',
    "“\n\n“", '"\n\n"', "“Kami\n\n", "\n\n“Kami", "kata", ", kata", "“a,” kata", "“a,” kata,", "‘a b c",
    'Dia berkata, "', "menurut ,", "“a” “b” “c", "»a«»b«»", "‘’‘’", "Jum’at‘", "“.” kata .", "\r\n\r\n“a”",
]


@pytest.mark.parametrize("body", ODD_BODIES)
def test_odd_bodies_never_raise(body: str) -> None:
    for q in find_quotes(body, []):
        assert 0 <= q.char_start <= q.char_end <= len(body)
        assert q.text


def test_large_bodies_are_fast() -> None:
    paragraph = ("“Kami siap,” kata Ketua Panitia Budi Santoso. Warga menyebutnya \"luar biasa\" dan "
                 "'Jum’at' penuh berkah. ")
    bodies = [
        (paragraph * 60 + "\n\n") * 10,  # ~100k characters of ordinary text
        '"' * 100_000,
        "“" * 50_000 + "”" * 50_000,
        '"a" ' * 25_000,
        "‘a ” " * 20_000,
        "“Kami siap.\n\n" * 8_000,
    ]
    for body in bodies:
        started = time.perf_counter()
        quotes = find_quotes(body, [])
        assert time.perf_counter() - started < 10
        assert all(0 <= q.char_start <= q.char_end <= len(body) for q in quotes)


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    given = None

if given is not None:
    _PIECES = st.sampled_from([
        "a", "Kami", " ", ",", ".", ":", "\n", "\n\n", '"', "“", "”", "„", "«", "»", "‘", "’", "'",
        " kata ", " ujar ", "katanya", " mengatakan, ", "menurut ", " bahwa ", " said ", "Budi", "dia",
    ])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(_PIECES, max_size=40).map("".join))
    def test_property_never_raises_and_offsets_hold(body: str) -> None:
        mentions = [EntityMention("P-budi", "Budi", m.start(), m.end()) for m in re.finditer("Budi", body)]
        for q in find_quotes(body, mentions):
            assert 0 <= q.char_start <= q.char_end <= len(body)
            if "\n\n" in q.text:
                pieces = q.text.split("\n\n")
                assert body.startswith(pieces[0], q.char_start)
                assert body[:q.char_end].endswith(pieces[-1])
            else:
                assert body[q.char_start:q.char_end] == q.text
            assert any(ch.isalpha() for ch in q.text)
            assert q.speaker_entity_id in (None, "P-budi")

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=200))
    def test_property_arbitrary_text(body: str) -> None:
        for q in find_quotes(body, []):
            assert 0 <= q.char_start <= q.char_end <= len(body)


def test_two_single_marks_written_for_a_double_one() -> None:
    body = ("Kepala BPS menjelaskan data terbaru.\n\n\u2018\u2019Stok beras masih surplus. Kenaikan ini karena gabah "
            "keluar daerah,\u2019\u2019 ujar Hendra.")
    quotes = find_quotes(body, [])
    assert [q.text for q in quotes] == ["Stok beras masih surplus. Kenaikan ini karena gabah keluar daerah"]
    assert body[quotes[0].char_start:quotes[0].char_end] == quotes[0].text and not quotes[0].is_partial


def test_a_quote_opened_with_two_left_single_marks() -> None:
    body = "\u2018\u2018Stok beras di gudang kami masih surplus sekitar 12.000 ton,\u2019\u2019 ujar Budi Santoso."
    assert [q.text for q in find_quotes(body, [])] == ["Stok beras di gudang kami masih surplus sekitar 12.000 ton"]


def test_a_curly_opening_closed_by_two_single_marks() -> None:
    body = "Kepala Bulog berkata.\n\n\u201cStok beras masih surplus hingga akhir tahun,\u2019\u2019 ujar Budi Santoso."
    assert [q.text for q in find_quotes(body, [])] == ["Stok beras masih surplus hingga akhir tahun"]


def test_a_quotations_text_keeps_the_single_marks_read_as_doubled_ones() -> None:
    body = "\u2018a kata \u2018\u2018a\u2019"
    for quote in find_quotes(body, []):
        assert body[quote.char_start:quote.char_end] == quote.text


def test_straight_single_marks_quote_where_a_text_has_no_double_ones() -> None:
    body = ("Officials arrived on Tuesday. 'We do not want this tiger to be hurt. If it enters the cage we will move "
            "it,' he said. Villagers' fields near Riau's parks stay closed. 'People are now afraid to go to their "
            "gardens.'")
    texts = [q.text for q in find_quotes(body, [])]
    assert texts == ["We do not want this tiger to be hurt. If it enters the cage we will move it",
                     "People are now afraid to go to their gardens."]
    nested = "\u201cThe 'red zone' stays shut,\u201d she said."
    assert [q.text for q in find_quotes(nested, [])] == ["The 'red zone' stays shut"]


def test_straight_single_marks_open_only_a_capitalised_word_and_close_in_their_paragraph() -> None:
    years = "The band formed in the '90s in Jakarta.\n\n'We never stopped playing,' said the drummer, Budi Santoso."
    assert [(q.text, q.is_partial) for q in find_quotes(years, [])] == [("We never stopped playing", False)]
    assert [q.text for q in find_quotes("Officials in the '90s said the U.S.' allies were wrong.", [])] == []
