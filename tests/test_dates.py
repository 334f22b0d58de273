"""Tests for tasks.dates: date mentions in article bodies, header date lines and dates in URLs.

The tables are plain text so each case reads as one line of news copy. In a mention case the expected
surface is marked with [brackets] inside the sentence; the brackets are removed before the sentence is
parsed, and their positions are the expected char offsets. Columns:

    anchor | sentence with [surface] | resolved_value granularity resolution

anchor: THU = Thursday 2022-09-22 (ISO week 2022-W38), FRI = Friday 2022-09-23,
FEB = Friday 2023-02-10 (2023-W06), JAN = Monday 2022-01-03 (2022-W01; the week before is 2021-W52),
an ISO date, or "-" for no anchor. granularity: d w m y. resolution: abs rel unr ("-" as value).
"""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kabar.benchmark.corpus import generate
from tasks import dates
from tasks.dates import date_from_url, find_date_mentions, parse_date_line
from tasks.models import DateMention

ANCHORS = {
    "THU": date(2022, 9, 22),
    "FRI": date(2022, 9, 23),
    "FEB": date(2023, 2, 10),
    "JAN": date(2022, 1, 3),
}
GRANULARITY = {"d": "day", "w": "week", "m": "month", "y": "year"}
RESOLUTION = {"abs": "absolute", "rel": "relative", "unr": "unresolved"}

MENTIONS = """
# Must-pass examples from the seed articles.
THU | Korea Utara [pada hari Kamis] membantah memasok senjata. | 2022-09-22 d rel
THU | Pejabat itu mengeluarkan pernyataan [pada hari Rabu malam]. | 2022-09-21 d rel
THU | Perang berlangsung sejak dimulai [pada Februari] tahun itu. | 2022-02 m rel
THU | Korea Utara pada [Kamis (22/9/2022)], mengatakan tidak mengekspor senjata. | 2022-09-22 d abs
THU | [Pada Agustus], pejabat AS menyebut Rusia membeli amunisi. | 2022-08 m rel
THU | [Pada bulan Juli], Pyongyang mengakui dua republik itu. | 2022-07 m rel
THU | [Bulan ini], Parlemen Eropa membahas sanksi baru. | 2022-09 m rel
THU | Pernyataan itu disampaikan [pada Kamis] di Seoul. | 2022-09-22 d rel
THU | Moskow [pada pekan lalu] menyebut laporan itu palsu. | 2022-W37 w rel
FRI | Ia bersaksi [pada hari Selasa] di hadapan komite senat. | 2022-09-20 d rel
FRI | [Awal bulan ini], Gedung Putih mengakui adanya indikasi itu. | 2022-09 m rel
FRI | Kantor berita itu melaporkan [pada hari Kamis] bahwa | 2022-09-22 d rel
FRI | Keputusan dikeluarkan [pada hari Rabu] untuk melawan pernyataan AS. | 2022-09-21 d rel
- | Negara itu berada di bawah sanksi [sejak 2006] karena uji coba nuklir. | 2006 y abs
- | Kerja sama itu disepakati [pada 2019] di Vladivostok. | 2019 y abs
THU | [Rabu (21/9/2022)] lalu, Presiden Putin mengumumkan mobilisasi. | 2022-09-21 d abs
THU | Sanksi itu akan dibahas [pada bulan ini] oleh Dewan Keamanan. | 2022-09 m rel
# Numeric dates, day first.
THU | Sidang putusan digelar [05/09/2022] di Pengadilan Negeri Jakarta Selatan. | 2022-09-05 d abs
- | Surat edaran tertanggal [5/9/2022] itu beredar luas. | 2022-09-05 d abs
THU | Kebijakan berlaku mulai [01.10.2022] untuk seluruh SPBU. | 2022-10-01 d abs
THU | Laporan keuangan per [30-06-2022] menunjukkan kerugian. | 2022-06-30 d abs
- | Batas pendaftaran [31/12/2021] tidak diperpanjang. | 2021-12-31 d abs
THU | Unggahan tertanggal [9/11/22] itu dihapus. | 2022-11-09 d abs
THU | Data diperbarui [2022-09-20] oleh kementerian. | 2022-09-20 d abs
THU | Putusan bernomor 12/2022 dibacakan pada [12/09/2022]. | 2022-09-12 d abs
THU | Tahap pertama berlangsung [19-21/9/2022] di Bali. | 2022-09-19 d abs
- | Banjir melanda kawasan itu [29/2/2020] dini hari. | 2020-02-29 d abs
# A day name with its date (and a time of day next to it).
- | Gempa mengguncang Cianjur pada [Senin (21/11/2022) siang]. | 2022-11-21 d abs
THU | Presiden meresmikan bendungan itu, [Jumat (16/9/2022)]. | 2022-09-16 d abs
THU | Ia ditangkap pada [Sabtu (17/9/2022)] di rumahnya. | 2022-09-17 d abs
THU | Jenazah dimakamkan [Minggu (18/9/2022) sore]. | 2022-09-18 d abs
THU | Tim SAR kembali melanjutkan pencarian pada [Selasa (20/9/2022)]. | 2022-09-20 d abs
THU | Harga BBM naik sejak [Sabtu (3/9/2022) pukul 14.30 WIB]. | 2022-09-03 d abs
THU | Kapal itu tenggelam [Jum'at (9/9/2022) malam]. | 2022-09-09 d abs
THU | Rapat paripurna digelar [Kamis, 22 September 2022], di Senayan. | 2022-09-22 d abs
THU | Ia meninggal dunia pada [Rabu, 14/9/2022], di rumah sakit. | 2022-09-14 d abs
THU | Pertemuan berlangsung [Senin 5 September 2022] di Istana. | 2022-09-05 d abs
THU | Gubernur meninjau lokasi pada [Kamis (22/9) pagi]. | 2022-09-22 d rel
THU | Polisi menetapkan tersangka pada [Senin (19/9)]. | 2022-09-19 d rel
THU | Pemungutan suara ulang dijadwalkan [Senin (26/9)] mendatang. | 2022-09-26 d rel
FEB | Warga mengungsi sejak [Rabu (28/12) malam]. | 2022-12-28 d rel
THU | Festival digelar [Sabtu-Minggu (24-25/9)] di Lapangan Merdeka. | 2022-09-24 d rel
THU | Pameran berlangsung [Senin–Rabu (19–21/9)]. | 2022-09-19 d rel
- | [Kamis (22/9/2022) dini hari], banjir merendam ratusan rumah. | 2022-09-22 d abs
THU | Gempa terjadi pada [Rabu (21/9/2022) sekitar pukul 19.00 WIB]. | 2022-09-21 d abs
THU | Sidang dibuka [Kamis, 22/09/2022, pukul 09.00 WIB]. | 2022-09-22 d abs
THU | Pesawat mendarat [Rabu (21/9/2022), 19.00 waktu setempat]. | 2022-09-21 d abs
THU | [Pukul 10.00 WIB, Senin (19/9/2022)], massa mulai berkumpul. | 2022-09-19 d abs
THU | Upacara dimulai [Senin (19/9/2022) pukul 07.30-09.00 WITA]. | 2022-09-19 d abs
# Day and month names, abbreviations, ranges, days without a year.
THU | Peringatan kemerdekaan jatuh pada [17 Agustus 2022]. | 2022-08-17 d abs
- | Ia dilantik [23 September 2022] di Istana Negara. | 2022-09-23 d abs
THU | KTT G20 berlangsung [15-16 November 2022] di Bali. | 2022-11-15 d abs
THU | Libur panjang [30 Desember-2 Januari 2023] diprediksi ramai. | 2022-12-30 d abs
THU | Pendaftaran dibuka [21 hingga 23 September 2022]. | 2022-09-21 d abs
THU | Kontrak itu ditandatangani pada [3 Jan 2022]. | 2022-01-03 d abs
THU | Rilis data dijadwalkan [1 Okt 2022]. | 2022-10-01 d abs
THU | Harga cabai melonjak sejak [12 Agt 2022]. | 2022-08-12 d abs
THU | Penerbangan perdana pada [5 Des 2021] berjalan lancar. | 2021-12-05 d abs
THU | Proyek dimulai [10 Nop 2021]. | 2021-11-10 d abs
THU | Aturan itu terbit [2 Pebruari 2021]. | 2021-02-02 d abs
THU | Gempa terjadi [14 Sept 2022 pukul 02.00 WIB]. | 2022-09-14 d abs
THU | Sidang lanjutan digelar pada [tanggal 17 Agustus 2022]. | 2022-08-17 d abs
THU | Vaksinasi dosis ketiga dimulai [12 Januari]. | 2022-01-12 d rel
THU | Ia berjanji melunasi utang sebelum [30 September]. | 2022-09-30 d rel
FEB | Banjir melanda kota itu [28 Desember]. | 2022-12-28 d rel
THU | Hasil seleksi diumumkan [2 Mei]. | 2022-05-02 d rel
2022-12-20 | Pelantikan dijadwalkan [3 Januari]. | 2023-01-03 d rel
THU | Batas waktu pelaporan adalah [17 Agt]. | 2022-08-17 d rel
# Month and year.
THU | Pemerintah menaikkan harga BBM pada [awal September 2022]. | 2022-09 m abs
THU | Inflasi tercatat 4,69 persen pada [Agustus 2022]. | 2022-08 m abs
- | Ia menjabat sejak [Februari 2020]. | 2020-02 m abs
THU | Aturan ini berlaku mulai [Januari 2023]. | 2023-01 m abs
THU | Harga minyak goreng melonjak pada [bulan Maret 2022]. | 2022-03 m abs
THU | Kasus pertama ditemukan [Mei 2021] di Kudus. | 2021-05 m abs
THU | Pabrik itu beroperasi sejak [akhir Desember 2021]. | 2021-12 m abs
THU | Data dihimpun selama [Januari-Maret 2022]. | 2022-01 m abs
- | Laporan kuartal itu terbit [Feb 2022]. | 2022-02 m abs
THU | Cuaca ekstrem diperkirakan hingga [pertengahan Oktober 2022]. | 2022-10 m abs
# Month names without a year: the latest such month on or before the anchor's.
THU | [Pada Februari], pasukan Rusia menyeberangi perbatasan. | 2022-02 m rel
THU | Harga gandum naik tajam [sejak Maret]. | 2022-03 m rel
THU | Rencana itu diumumkan [pada bulan Mei]. | 2022-05 m rel
THU | Kunjungan itu terjadi [pada Mei lalu]. | 2022-05 m rel
THU | Ekspor batu bara dilarang [sejak Mei]. | 2022-05 m rel
THU | [Agustus] menjadi bulan terpanas di Eropa. | 2022-08 m rel
THU | Gelombang panas melanda [pada bulan Juni]. | 2022-06 m rel
THU | Kontrak itu diteken [pada September]. | 2022-09 m rel
# A month without a year: the most recent on or before the report, unless it comes within three months after
# it (as a day without a year does within 92 days): a September report's October is the coming one.
THU | Pemilu sela digelar [pada Oktober]. | 2022-10 m rel
THU | Harga pangan naik [sejak Oktober]. | 2021-10 m rel
THU | Prices have risen [since November]. | 2021-11 m rel
THU | Rapat terakhir sebelum KTT [pada Desember]. | 2022-12 m rel
THU | Perundingan dimulai [pada Januari]. | 2022-01 m rel
FEB | Pengumuman hasil seleksi [pada Mei]. | 2023-05 m rel
FEB | Pengumuman hasil seleksi [pada Juni]. | 2022-06 m rel
FEB | Kebijakan ini diumumkan [pada Desember]. | 2022-12 m rel
FEB | [Pada Januari], pemerintah menaikkan cukai rokok. | 2023-01 m rel
FEB | Harga telur turun [pada Februari]. | 2023-02 m rel
JAN | Rekor itu tercatat [pada November]. | 2021-11 m rel
THU | [Sejak Juli], angka kasus terus menurun. | 2022-07 m rel
THU | Kenaikan tarif terjadi [Agustus lalu]. | 2022-08 m rel
THU | Kunjungan serupa dilakukan [September lalu]. | 2021-09 m rel
THU | Pemilihan dijadwalkan [Oktober mendatang]. | 2022-10 m rel
THU | Tol itu ditargetkan rampung [Desember mendatang]. | 2022-12 m rel
FEB | Pengadaan dilanjutkan [Maret mendatang]. | 2023-03 m rel
THU | Kebijakan serupa berlaku [pada Juli tahun lalu]. | 2021-07 m rel
THU | Tender dibuka [Maret tahun depan]. | 2023-03 m rel
THU | Stok beras aman [hingga akhir Desember]. | 2022-12 m rel
THU | Harga emas melonjak [pada awal Maret]. | 2022-03 m rel
THU | Pembangunan dimulai [pertengahan Oktober mendatang]. | 2022-10 m rel
- | [Pada bulan Juli], Pyongyang mengakui kemerdekaan dua wilayah itu. | - m unr
THU | Penjualan mobil melonjak di [bulan Agustus]. | 2022-08 m rel
# Years, only with a cue word.
THU | Perusahaan itu merugi [sejak 2019]. | 2019 y abs
THU | Undang-undang itu disahkan [pada tahun 2020]. | 2020 y abs
THU | [Tahun 2020], pandemi melumpuhkan sektor pariwisata. | 2020 y abs
THU | Target itu dipatok [hingga 2024]. | 2024 y abs
- | Kontrak berlaku [sampai 2030]. | 2030 y abs
THU | Proyek itu mangkrak [sejak awal 2021]. | 2021 y abs
THU | Defisit melebar [pada akhir 2021]. | 2021 y abs
THU | Pabrik baru beroperasi [pertengahan 2023]. | 2023 y abs
THU | Ia memimpin partai itu [sejak tahun 1998]. | 1998 y abs
THU | Bencana itu terjadi [pada tahun 2006 silam]. | 2006 y abs
THU | Data dikumpulkan [pada 2019-2020] di 34 provinsi. | 2019 y abs
THU | Anggaran dipangkas [mulai 2023]. | 2023 y abs
THU | Perjanjian berlaku [pada awal tahun 2022]. | 2022 y abs
- | Sistem itu dipakai [sejak 2006] dan diperbarui pada 2019. | 2006 y abs
# Day names without a date: the latest such day on or before the anchor.
THU | Menteri Luar Negeri bertemu mitranya [pada hari Senin]. | 2022-09-19 d rel
THU | [Pada Selasa], Dewan Keamanan menggelar rapat darurat. | 2022-09-20 d rel
THU | Presiden berpidato di Majelis Umum PBB [pada Rabu]. | 2022-09-21 d rel
THU | Harga minyak turun [pada Kamis]. | 2022-09-22 d rel
THU | Kapal itu berlabuh [pada Jumat]. | 2022-09-16 d rel
THU | Demonstran berkumpul [pada hari Sabtu]. | 2022-09-17 d rel
THU | [Pada hari Minggu], ribuan warga memadati alun-alun. | 2022-09-18 d rel
THU | Tim penyelamat tiba di lokasi [Minggu pagi]. | 2022-09-18 d rel
FRI | Pertemuan itu dijadwalkan [hari Jumat]. | 2022-09-23 d rel
FRI | [Senin], pasar saham dibuka melemah. | 2022-09-19 d rel
FEB | Jaksa menyampaikan tuntutan [pada Kamis malam]. | 2023-02-09 d rel
FEB | Penyelidik memeriksa saksi [pada Senin]. | 2023-02-06 d rel
JAN | Jembatan itu ambruk [pada Jumat]. | 2021-12-31 d rel
JAN | Hujan deras turun [sejak Minggu malam]. | 2022-01-02 d rel
THU | Gencatan senjata diumumkan [Senin lalu]. | 2022-09-19 d rel
THU | Kesepakatan itu tercapai [pada Kamis lalu]. | 2022-09-15 d rel
THU | Aksi serupa digelar [Jumat kemarin]. | 2022-09-16 d rel
THU | Sidang akan dilanjutkan [Senin depan]. | 2022-09-26 d rel
THU | Laporan itu diserahkan [Kamis mendatang]. | 2022-09-29 d rel
THU | Hasil tes keluar [Jumat mendatang]. | 2022-09-23 d rel
THU | Rapat kabinet digelar [Sabtu ini]. | 2022-09-24 d rel
THU | Kesepakatan dicapai [Kamis pekan lalu]. | 2022-09-15 d rel
THU | Tersangka diperiksa [pada Rabu minggu lalu]. | 2022-09-14 d rel
THU | Pelantikan digelar [Senin pekan depan]. | 2022-09-26 d rel
THU | Pameran dibuka [Senin-Rabu] di Jakarta Convention Center. | 2022-09-19 d rel
THU | Gudang itu terbakar [pada Jumat malam pukul 21.00 waktu setempat]. | 2022-09-16 d rel
THU | Massa membubarkan diri [Selasa sekitar pukul 17.00 WIB]. | 2022-09-20 d rel
FRI | Salat [Jumat] di masjid itu diikuti ribuan jemaah. | 2022-09-23 d rel
THU | Kebakaran terjadi [Ahad dini hari]. | 2022-09-18 d rel
THU | Sidang ditunda [hingga Kamis depan]. | 2022-09-29 d rel
# Relative day words.
THU | [Kemarin], Presiden meninjau lokasi banjir. | 2022-09-21 d rel
THU | Hasil rapat itu diumumkan [hari ini] di Istana. | 2022-09-22 d rel
THU | Menteri dijadwalkan tiba [besok pagi]. | 2022-09-23 d rel
THU | Rapat lanjutan digelar [lusa]. | 2022-09-24 d rel
THU | Ia tiba di Jakarta [kemarin lusa]. | 2022-09-20 d rel
THU | Harga cabai naik [sejak kemarin]. | 2022-09-21 d rel
JAN | [Kemarin sore], hujan deras mengguyur Bogor. | 2022-01-02 d rel
FEB | Aturan baru berlaku [mulai hari ini]. | 2023-02-10 d rel
THU | Pemadaman listrik terjadi [kemarin malam]. | 2022-09-21 d rel
# N units ago / ahead.
THU | Korban dilaporkan hilang [tiga hari lalu]. | 2022-09-19 d rel
THU | Kebakaran terjadi [3 hari yang lalu]. | 2022-09-19 d rel
THU | Ia dibebaskan [dua pekan lalu]. | 2022-W36 w rel
THU | Proyek itu dimulai [tiga bulan lalu]. | 2022-06 m rel
THU | Perusahaan itu bangkrut [dua tahun lalu]. | 2020 y rel
THU | Insiden serupa terjadi [sepekan lalu]. | 2022-W37 w rel
THU | Kantor itu ditutup [setahun lalu]. | 2021 y rel
THU | Harga gas naik [sebulan lalu]. | 2022-08 m rel
THU | Korban dirawat [sejak lima hari lalu]. | 2022-09-17 d rel
THU | Hasil pemilu diumumkan [2 hari lagi]. | 2022-09-24 d rel
THU | Ujian nasional digelar [dua minggu lagi]. | 2022-W40 w rel
THU | Tol itu akan dibuka [tiga bulan mendatang]. | 2022-12 m rel
FEB | Peraturan itu terbit [seminggu lalu]. | 2023-W05 w rel
THU | Bangunan itu runtuh [10 tahun silam]. | 2012 y rel
JAN | Ia terakhir terlihat [2 hari lalu]. | 2022-01-01 d rel
FEB | Kasus itu mencuat [empat bulan yang lalu]. | 2022-10 m rel
# This / last / next unit.
THU | Bank sentral menaikkan suku bunga [bulan lalu]. | 2022-08 m rel
THU | Harga daging sapi turun [bulan ini]. | 2022-09 m rel
THU | Paket stimulus cair [bulan depan]. | 2022-10 m rel
THU | Ekonomi tumbuh 5,4 persen [tahun lalu]. | 2021 y rel
THU | Target pertumbuhan [tahun ini] dipangkas. | 2022 y rel
THU | Pemilu digelar [tahun depan]. | 2023 y rel
THU | Harga beras naik [pekan ini]. | 2022-W38 w rel
THU | Pembahasan dilanjutkan [pekan depan]. | 2022-W39 w rel
THU | Sidang ditunda [hingga minggu depan]. | 2022-W39 w rel
THU | Kasus itu ramai dibicarakan [minggu lalu]. | 2022-W37 w rel
THU | [Minggu lalu], harga emas sempat menembus rekor. | 2022-W37 w rel
THU | Tim itu berlatih keras [minggu ini]. | 2022-W38 w rel
THU | Ia mengundurkan diri [pada akhir pekan lalu]. | 2022-W37 w rel
THU | Stok vaksin tiba [pada awal bulan ini]. | 2022-09 m rel
THU | [Pertengahan bulan lalu], harga cabai sempat turun. | 2022-08 m rel
THU | Pembangunan ditargetkan rampung [akhir tahun ini]. | 2022 y rel
THU | Penjualan menurun [sejak awal tahun lalu]. | 2021 y rel
THU | Ia kembali ke tanah air [tahun kemarin]. | 2021 y rel
JAN | Rapat pemegang saham digelar [bulan lalu]. | 2021-12 m rel
JAN | Pameran itu sepi pengunjung [pekan lalu]. | 2021-W52 w rel
JAN | Target itu dicapai [tahun lalu]. | 2021 y rel
FEB | [Pekan lalu], pemerintah mengumumkan paket kebijakan. | 2023-W05 w rel
FEB | Harga tiket naik [bulan lalu]. | 2023-01 m rel
FEB | Sidang digelar kembali [pekan depan]. | 2023-W07 w rel
THU | [Pada tahun lalu], jumlah wisatawan anjlok. | 2021 y rel
# English.
THU | North Korea [on Thursday] denied supplying weapons to Russia. | 2022-09-22 d rel
THU | The official said [on Wednesday] that the reports were false. | 2022-09-21 d rel
THU | Officials met [on Monday morning] in Geneva. | 2022-09-19 d rel
THU | Protesters gathered [last Friday] outside parliament. | 2022-09-16 d rel
THU | The vote is scheduled for [next Tuesday]. | 2022-09-27 d rel
THU | Leaders will meet [this Saturday]. | 2022-09-24 d rel
THU | The first flight is due to land in Jakarta [on Monday morning]. | 2022-09-26 d rel
THU | The ministers are expected to sign the deal [on Tuesday]. | 2022-09-27 d rel
THU | Flights were cancelled due to the ash cloud [on Monday]. | 2022-09-19 d rel
THU | The airport is expected to stay closed until at least [Friday]. | 2022-09-23 d rel
THU | Indonesia said it would ban ore exports, the minister told reporters [on Monday]. | 2022-09-19 d rel
THU | Police said the suspect would face charges after he was arrested [on Saturday]. | 2022-09-17 d rel
THU | Analysts said the talks would set the tone for the summit, which opens [on Tuesday]. | 2022-09-27 d rel
THU | A notice said the airport would remain closed until at least [Saturday morning]. | 2022-09-24 d rel
THU | Xi is also expected to meet Albanese [on Tuesday]. | 2022-09-27 d rel
THU | The meeting will be held [on Monday]. | 2022-09-26 d rel
THU | The governor said he would keep schools closed [until Friday]. | 2022-09-23 d rel
THU | Two airports were closed [until Friday morning], the ministry said. | 2022-09-23 d rel
THU | Schools were closed [until Monday], when classes resumed. | 2022-09-19 d rel
THU | Bandara ditutup [hingga Sabtu pagi]. | 2022-09-24 d rel
THU | Jalan itu akan ditutup [hingga Senin] untuk persiapan festival. | 2022-09-26 d rel
THU | Schools will remain closed [until Monday]. | 2022-09-26 d rel
THU | The new terminal will not open on Monday but [on Friday]. | 2022-09-23 d rel
THU | The ferry, which was expected to arrive [on Monday], finally docked today. | 2022-09-19 d rel
THU | Police questioned her [last night]. | 2022-09-21 d rel
THU | The pair are expected to climb when the rankings are released [on Tuesday]. | 2022-09-27 d rel
THU | The cancellation of flights is due to the eruption [on Monday]. | 2022-09-19 d rel
THU | Rapat rencananya dibuka Presiden, namun Presiden batal hadir [pada Senin]. | 2022-09-19 d rel
2025-10-14 | Rabu (8/10/2025) polisi menangkap tersangka. Sidang akan digelar [pada Rabu] di PN. | 2025-10-15 d rel
THU | Sidang dijadwalkan Senin (26/9/2022). Tersangka ditangkap [pada Senin] di rumahnya. | 2022-09-19 d rel
THU | The family was due to fly home [this afternoon]. | 2022-09-22 d rel
THU | Officials met [this morning] in Jakarta. | 2022-09-22 d rel
THU | Polisi datang pada Senin pagi. Korban dirawat [hingga hari itu]. | 2022-09-19 d rel
THU | The summit opened on Monday. [That day], leaders met. | 2022-09-19 d rel
THU | Bupati ditangkap Rabu (21/9/2022). Ada informasi akan ada penyerahan uang [pada Rabu siang]. | 2022-09-21 d rel
THU | Rapat digelar Senin (26/9/2022). Menteri akan hadir [pada Senin] bersama gubernur. | 2022-09-26 d rel
THU | Rencananya, bupati meresmikan jembatan itu [pada Sabtu]. | 2022-09-24 d rel
THU | Talks resumed [Sunday] in Doha. | 2022-09-18 d rel
THU | The ministry confirmed the deal [yesterday]. | 2022-09-21 d rel
THU | The results will be announced [tomorrow]. | 2022-09-23 d rel
THU | Markets closed higher [today]. | 2022-09-22 d rel
THU | The agency said [last week] that it would review the case. | 2022-W37 w rel
THU | Parliament will debate the bill [next week]. | 2022-W39 w rel
THU | Prices rose sharply [this week]. | 2022-W38 w rel
THU | The central bank raised rates [last month]. | 2022-08 m rel
THU | The law takes effect [next month]. | 2022-10 m rel
THU | [Earlier this month], the White House acknowledged the reports. | 2022-09 m rel
THU | Exports fell [last year]. | 2021 y rel
THU | Elections are due [next year]. | 2023 y rel
THU | Growth slowed [later this year]. | 2022 y rel
THU | The plant was closed [three days ago]. | 2022-09-19 d rel
THU | The ship sank [two weeks ago]. | 2022-09-08 d rel
THU | The merger was agreed [a year ago]. | 2021 y rel
THU | The rules changed [six months ago]. | 2022-03 m rel
THU | The invasion began [in February]. | 2022-02 m rel
THU | Inflation peaked [in June]. | 2022-06 m rel
THU | The embassy reopened [in May]. | 2022-05 m rel
THU | Sanctions were tightened [in March]. | 2022-03 m rel
THU | The truce collapsed [last August]. | 2022-08 m rel
THU | The summit will be held [next March]. | 2023-03 m rel
THU | Exports rose [in late September]. | 2022-09 m rel
- | Pyongyang has been under sanctions [since 2006]. | 2006 y abs
THU | The treaty was signed [in 2019] in Vladivostok. | 2019 y abs
THU | Output is expected to recover [by mid-2023]. | 2023 y abs
THU | Prices have fallen [since early 2021]. | 2021 y abs
THU | The summit took place on [September 22, 2022], in New York. | 2022-09-22 d abs
- | The report was released [Sept. 21, 2022]. | 2022-09-21 d abs
THU | The ceasefire began [March 3, 2020 at 6 a.m. local time]. | 2020-03-03 d abs
THU | He was born on [4th July 1990]. | 1990-07-04 d abs
THU | The deadline is [30 September 2022]. | 2022-09-30 d abs
THU | Voting closed on [Thursday, Sept. 22, at 7:30 p.m. ET]. | 2022-09-22 d rel
THU | The company reported profits in [May 2022]. | 2022-05 m abs
THU | [Thursday]'s statement came after weeks of speculation. | 2022-09-22 d rel
THU | The vote took place on [Aug. 30]. | 2022-08-30 d rel
FEB | Production resumed [in November]. | 2022-11 m rel
# Capitalisation and ambiguous words.
THU | [KAMIS (22/9/2022)], ribuan buruh turun ke jalan. | 2022-09-22 d abs
THU | Pertemuan digelar [pada hari Minggu] di Surabaya. | 2022-09-18 d rel
THU | Gempa susulan terjadi [pada Minggu]. | 2022-09-18 d rel
THU | [Minggu ini], harga sayur kembali naik. | 2022-W38 w rel
THU | Pertandingan itu berlangsung [Minggu (18/9/2022)]. | 2022-09-18 d abs
THU | Mahasiswa Universitas Sebelas Maret menggelar aksi [pada Mei]. | 2022-05 m rel
THU | Survei dilakukan pada [21-22 September 2022] di 34 provinsi. | 2022-09-21 d abs
FEB | Harga beras naik [pada Juli]. | 2022-07 m rel
THU | Sidang praperadilan digelar [Senin (26/9/2022)] di PN Jakarta Selatan. | 2022-09-26 d abs
THU | Ia diperiksa penyidik [Kamis (22/9/2022) pukul 07.30 WIB]. | 2022-09-22 d abs
FEB | The minister resigned [on Friday]. | 2023-02-10 d rel
THU | The ceasefire was agreed [the day before yesterday]. | 2022-09-20 d rel
JAN | Kembang api dinyalakan [Jumat (31/12/2021) malam]. | 2021-12-31 d abs
- | Harga saham anjlok [pekan lalu]. | - w unr
- | Pertemuan berikutnya digelar [Senin (26/9)]. | - d unr
- | Angka itu dicapai [3 hari yang lalu]. | - d unr
- | Kebijakan diumumkan pada [12 Januari]. | - d unr
JAN | Gempa kecil tercatat [Minggu]. | 2022-01-02 d rel
THU | Festival berlangsung hingga [Minggu (25/9/2022)]. | 2022-09-25 d abs
THU | Ekspor naik 5 persen [dari 2021]. | 2021 y abs
THU | The deal collapsed [in August last year]. | 2021-08 m rel
THU | Sidang dimulai [Rabu, 21 September 2022 - 14:32 WIB]. | 2022-09-21 d abs
THU | Warga diminta mengungsi [sebelum Jumat mendatang]. | 2022-09-23 d rel
# Issue 4, measured on samples/annotated: parts of a day between a day name and its date, zones in title
# case, parts of today, fiscal years, a modifier with a bare unit, ranges of counts, and the future.
THU | Rapat pleno digelar [Senin malam, 19 September 2022], di kantor KPU. | 2022-09-19 d abs
THU | Laga uji coba digelar [Selasa malam (20/9/2022)] di Jakarta. | 2022-09-20 d abs
THU | Longsor terjadi [Selasa (20/9/2022) sekitar pukul 03.00 Wita]. | 2022-09-20 d abs
THU | Gempa mengguncang [Rabu (21/9/2022) pukul 04.12 Wit]. | 2022-09-21 d abs
THU | Kapal itu tiba [Rabu (21/9/2022) pukul 10.00 Wib]. | 2022-09-21 d abs
THU | Gempa mengguncang Maluku Tengah [pagi ini]. | 2022-09-22 d rel
THU | Tim reaksi cepat dikirim [sejak pagi tadi]. | 2022-09-22 d rel
THU | Dua jenazah ditemukan [tadi pagi]. | 2022-09-22 d rel
THU | Timnas menang 2-1 [tadi malam]. | 2022-09-21 d rel
THU | Longsor menerjang permukiman [dini hari tadi]. | 2022-09-22 d rel
THU | Tim gabungan menemukan dua korban [hingga siang ini]. | 2022-09-22 d rel
THU | Presiden berpidato [malam ini] di Istana. | 2022-09-22 d rel
THU | Proyek itu dibiayai [tahun anggaran 2021]. | 2021 y abs
THU | Saham properti tertekan [sejak awal tahun]. | 2022 y rel
THU | Harga cabai selalu naik [menjelang akhir tahun]. | 2022 y rel
THU | Penerbangan tambahan disiapkan [hingga akhir pekan]. | 2022-W38 w rel
THU | Gaji dibayarkan [pada akhir bulan]. | 2022-09 m rel
THU | Bunga kredit turun dalam [tiga hingga enam bulan ke depan]. | 2022-12 m rel
THU | Proyek rampung dalam [2-3 tahun lagi]. | 2024 y rel
THU | Bawaslu akan membuka kelas daring [pada awal Maret]. | 2023-03 m rel
THU | Skuad akan berlatih di Bali [mulai awal Februari]. | 2023-02 m rel
THU | Pertemuan berikutnya dijadwalkan di Manila [pada pertengahan April]. | 2023-04 m rel
THU | Pemain muda bersiap menjelang turnamen [pada Maret]. | 2023-03 m rel
THU | The pair is confident ahead of the open [in March]. | 2023-03 m rel
THU | Inflasi tercatat 2,1 persen [pada Maret]. | 2022-03 m rel
THU | Sidang akan dilanjutkan [pada Senin]. | 2022-09-26 d rel
THU | Putusan akan dibacakan [pada Kamis]. | 2022-09-22 d rel
THU | Hujan deras mengguyur kota itu [pada Senin]. | 2022-09-19 d rel
"""

# Sentences with no date or time expression at all (checked with and without an anchor).
NOT_DATES = """
Fans packed the stadium on the last night of the festival.
It was his last night in Bali before flying home.
Hari itu saya tidak tahu apa-apa soal rapat tersebut.
Sebanyak 300,000 warga terdampak banjir.
Ia menyelesaikan 11 putaran dalam waktu singkat.
Beberapa minggu setelah kejadian itu, polisi menangkap pelaku.
Aksi itu diikuti hingga 2000 orang dari berbagai daerah.
Sebanyak 2019 orang mendaftar sebagai relawan.
Bantuan disalurkan kepada 1.500 keluarga.
Skor akhir pertandingan itu 21-22.
COPYRIGHT © ANTARA 2022
Pasangan itu menang 21-18, 17-21, 21-15 dalam 68 menit.
Laporan akhir tahun perusahaan dirilis.
Rasio utang turun menjadi 1/2 dari tahun sebelumnya.
Jan Ethes ikut dalam kunjungan itu.
Mei Lan memenangi kompetisi menyanyi.
Theresa May said the plan would fail.
The March on Washington drew thousands.
Ia kuliah di Universitas Sebelas Maret.
Kampus Institut Teknologi Sepuluh Nopember menggelar wisuda.
Minggu ketiga pelatihan difokuskan pada taktik.
Minggu ke-2 kompetisi berjalan ketat.
Minggu-minggu terakhir ini sangat melelahkan.
Jumlah penumpang naik selama dua pekan.
Ia menjalani hukuman 10 tahun penjara.
Harga naik pada 1990-an.
Pemerintah menargetkan 2030 ton produksi.
Versi 3.5.10 dirilis dengan perbaikan.
Ia bekerja berjam-jam setiap hari.
Peristiwa pada hari itu tak terlupakan.
Bulan itu penuh tantangan bagi para petani.
Pertemuan tahunan digelar di Bali.
Kasus COVID-19 kembali meningkat di Jakarta.
Pasal 28 ayat 3 mengatur hal itu.
Harga Rp 2.000 per kilogram dinilai terlalu murah.
Jarak tempuhnya hingga 2000 km.
Juniarto dan Agustina ditunjuk sebagai juru bicara.
Seninnya dipamerkan di galeri nasional.
Tim may consider a new plan.
The agency processed 2019 cases in 2 days.
Nomor antrean 2022 dipanggil terakhir.
Hasilnya 12.45 persen lebih tinggi.
Kenaikan mencapai 2,5 persen dibanding periode sebelumnya.
Dia berusia 45 tahun dan tinggal di Bandung.
Proses itu memakan waktu berbulan-bulan.
Data hingga 2022% tidak valid.
Sebanyak 24/7 petugas berjaga.
Tim pekan olahraga nasional berlatih.
Warga menuntut keadilan sejak lama.
Kapal Mar Adriatico berlabuh di Tanjung Priok.
Gelar juara itu diraih tim ini untuk ke-3 kalinya.
Ia menyebut angka 2021/2022 sebagai target musim ini.
"""

# Sentences with several mentions: every mention, in order, with its resolved value ("-": unresolved).
SEVERAL = """
THU | Korut pada [Kamis (22/9/2022)] membantah; Moskow [pada pekan lalu] membantah juga. | 2022-09-22 2022-W37
THU | Sanksi berlaku [sejak 2006], diperketat [pada 2017], dan dibahas lagi [bulan lalu]. | 2006 2017 2022-08
- | [Pada hari Senin], [pada Agustus], [pada bulan Mei] dan [Pada bulan Juli]. | - - - -
- | Harga naik [bulan lalu] setelah turun [pekan lalu]. | - -
THU | [Senin (19/9/2022)] hingga [Rabu (21/9/2022)], hujan turun setiap sore. | 2022-09-19 2022-09-21
THU | Rapat digelar [Senin] [hingga Rabu]. | 2022-09-19 2022-09-21
THU | BBM naik pada [3 September 2022], setelah diumumkan [pada Agustus]. | 2022-09-03 2022-08
FRI | [Kemarin], [hari ini], dan [besok] jalan itu ditutup. | 2022-09-22 2022-09-23 2022-09-24
FRI | Talks began [on Monday], stalled [on Wednesday], resumed [yesterday]. | 2022-09-19 2022-09-21 2022-09-22
FEB | [Pada 2019] ia dilantik; [tahun lalu] ia mundur, dan [Maret mendatang] ia maju lagi. | 2019 2022 2023-03
THU | Pertemuan itu berlangsung beberapa minggu setelah pemilu [pada bulan Juli]. | 2022-07
# A time of day alone is a row of its own, on the last day named before it, unless that day is still ahead (a plan)
# or the time is "tadi" (earlier today): then on the report's day. Opening hours fall on no one day.
THU | Gempa terjadi [Senin (19/9/2022)]. Hingga [pukul 06.00 WIT], tercatat 23 gempa susulan. | 2022-09-19 2022-09-19
THU | Massa membubarkan diri sekitar [pukul 14.40 WITA]. | 2022-09-22
THU | Bus gratis beroperasi [Senin (26/9/2022)]. Bus disiagakan sejak [pukul 07.30 WIB]. | 2022-09-26 2022-09-26
THU | Banjir melanda [Rabu (21/9/2022)]. Pantauan hingga [pukul 11.00 WIB tadi], air surut. | 2022-09-21 2022-09-22
THU | The helicopter landed [on Wednesday] and took off again at [10:05 a.m.], police said. | 2022-09-21 2022-09-21
THU | Layanan buka [pukul 08.00-16.00 WIB] setiap hari. | -
THU | Pasar dibuka setiap hari mulai [pukul 06.00 WIB]. | -
- | Warga berkumpul sekitar [pukul 14.30 WIB] di balai desa. | -
- | Sejak dimulai [pada Februari], perang itu menewaskan ribuan orang [sejak 2014]. | - 2014
"""

# Header lines: line => day [at], at in ISO form with the offset the line states (or implies: WIB).
LINES = """
Kompas.com - 22/09/2022, 07:30 WIB => 2022-09-22 2022-09-22T07:30+07:00
23 September 2022 => 2022-09-23 -
Kamis, 22 Sep 2022 07:30 WIB => 2022-09-22 2022-09-22T07:30+07:00
22 September 2022 | 19:00 WITA => 2022-09-22 2022-09-22T19:00+08:00
2022-09-22T07:30:00+07:00 => 2022-09-22 2022-09-22T07:30+07:00
Thursday, September 22, 2022 7:30 AM => 2022-09-22 2022-09-22T07:30+07:00
Rabu, 21 September 2022 - 14:32 WIB => 2022-09-21 2022-09-21T14:32+07:00
Jumat, 23 Sep 2022 08:15 WIT => 2022-09-23 2022-09-23T08:15+09:00
22/09/2022 pukul 07.30 => 2022-09-22 2022-09-22T07:30+07:00
Diperbarui 22 Sep 2022, 10:15 WIB => 2022-09-22 2022-09-22T10:15+07:00
Published: 22 Sep 2022 07:30 GMT+7 => 2022-09-22 2022-09-22T07:30+07:00
22 Sep 2022 07:30 UTC => 2022-09-22 2022-09-22T07:30+00:00
22 Sep 2022 07:30 GMT => 2022-09-22 2022-09-22T07:30+00:00
2022-09-22 07:30:00 +0700 => 2022-09-22 2022-09-22T07:30+07:00
2022-09-22T00:30:00Z => 2022-09-22 2022-09-22T00:30+00:00
2022-09-22T07:30:00.123+07:00 => 2022-09-22 2022-09-22T07:30+07:00
2022-09-22 07:30 => 2022-09-22 2022-09-22T07:30+07:00
2022-09-22 => 2022-09-22 -
Senin, 19/09/2022 17:05 => 2022-09-19 2022-09-19T17:05+07:00
Sept. 21, 2022, 10:45 p.m. => 2022-09-21 2022-09-21T22:45+07:00
September 22, 2022 12:05 AM => 2022-09-22 2022-09-22T00:05+07:00
September 22, 2022 12:05 PM => 2022-09-22 2022-09-22T12:05+07:00
Selasa, 20 September 2022 | 21.10 WIB => 2022-09-20 2022-09-20T21:10+07:00
Oleh Redaksi, 1 Okt 2022 => 2022-10-01 -
22.09.2022 07:30 WIB => 2022-09-22 2022-09-22T07:30+07:00
07:30 WIB, 22/09/2022 => 2022-09-22 2022-09-22T07:30+07:00
Kamis 22 September 2022 (GMT+07:00) => 2022-09-22 -
22 Sep 2022, 19:00 (WITA) => 2022-09-22 2022-09-22T19:00+08:00
Updated 22 September 2022 09:00 EDT => 2022-09-22 2022-09-22T09:00-04:00
22-Sep-2022 07:30 => 2022-09-22 2022-09-22T07:30+07:00
2022/09/22 => 2022-09-22 -
Senin, 5 Desember 2022 06:00 WIB => 2022-12-05 2022-12-05T06:00+07:00
Minggu, 1 Januari 2023 00:01 WIB => 2023-01-01 2023-01-01T00:01+07:00
Sabtu, 24/09/22 08.00 WITA => 2022-09-24 2022-09-24T08:00+08:00
2 jam lalu => -
Kemarin 07:30 => -
September 2022 => -
Kamis, 07:30 WIB => -
Penulis: Ahmad Fauzi => -
31/02/2022 10:00 => -
"""

# URL => date in its path, or "-".
URLS = """
https://www.forbes.com/sites/roberthart/2022/09/22/north-korea-denies/ => 2022-09-22
https://nasional.kompas.com/read/2022/09/22/07300081/judul-berita => 2022-09-22
https://example.co.id/berita/20220922/judul-berita => 2022-09-22
https://example.co.id/internasional/20220922123456-113-851234/judul => 2022-09-22
https://www.reuters.com/world/nkorea-says-it-never-supplied-weapons-2022-09-21/ => 2022-09-21
https://example.com/news/2022-09-22-north-korea => 2022-09-22
https://example.com/2022/9/2/story.html => 2022-09-02
https://example.com/2021/12/31 => 2021-12-31
https://example.com/read/2022/09/22/ => 2022-09-22
http://example.com/a/b/2023/02/10/c?ref=home => 2023-02-10
https://example.com/berita_20220922_judul => 2022-09-22
example.com/2022/09/22/no-scheme => 2022-09-22
https://example.com/2022/09/22.html => 2022-09-22
https://www.idntimes.com/news/world/nama/korea-utara-bantah-jual-senjata => -
https://news.detik.com/internasional/d-6306325/judul-berita => -
https://example.com/article/1234567890123/title => -
https://example.com/article/98765432/title => -
https://example.com/2022/13/22/title => -
https://example.com/2022/02/30/title => -
https://example.com/1899/01/01/title => -
https://example.com/2022/09/title => -
https://example.com/20221399/title => -
https://example.com/20220922999999-1-2/title => -
https://example.com/search?date=2022-09-22 => -
https://example.com/page#2022/09/22 => -
https://example.com/ => -
https://example2022.com/09/22/story => -
"""


@dataclass(frozen=True)
class Case:
    text: str
    anchor: date | None
    spans: list[tuple[int, int]]  # expected (char_start, char_end) of each bracketed surface
    values: list[str]

    @property
    def surfaces(self) -> list[str]:
        return [self.text[s:e] for s, e in self.spans]


def _rows(table: str) -> list[str]:
    return [line.strip() for line in table.splitlines() if line.strip() and not line.strip().startswith("#")]


def _anchor(text: str) -> date | None:
    return None if text == "-" else ANCHORS.get(text) or date.fromisoformat(text)


def _case(row: str) -> Case:
    anchor, marked, values = (part.strip() for part in row.split(" | "))
    spans, plain, pos = [], [], 0
    for m in re.finditer(r"\[([^\]]+)\]", marked):
        plain.append(marked[pos : m.start()])
        start = sum(len(p) for p in plain)
        plain.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    plain.append(marked[pos:])
    return Case("".join(plain), _anchor(anchor), spans, values.split())


MENTION_CASES = [_case(row) for row in _rows(MENTIONS)]
SEVERAL_CASES = [_case(row) for row in _rows(SEVERAL)]


def _first_day(value: str) -> date:
    if "-W" in value:
        year, week = value.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _mention_at(case: Case, anchor: date | None) -> DateMention:
    start, end = case.spans[0]
    mentions = find_date_mentions(case.text, anchor)
    found = [m for m in mentions if m.char_start == start]
    assert found, f"nothing at {case.surfaces[0]!r} in {case.text!r}; got {[m.surface for m in mentions]}"
    assert (found[0].surface, found[0].char_end) == (case.surfaces[0], end)
    return found[0]


def _ids(cases: list[Case]) -> list[str]:
    return [c.text[:60] for c in cases]


@pytest.mark.parametrize("case", MENTION_CASES, ids=_ids(MENTION_CASES))
def test_mention(case: Case):
    value, granularity, resolution = case.values
    mention = _mention_at(case, case.anchor)
    assert mention.granularity == GRANULARITY[granularity]
    assert mention.resolution == RESOLUTION[resolution]
    if resolution == "unr":
        assert (mention.resolved_value, mention.resolved_date) == (None, None)
    else:
        assert (mention.resolved_value, mention.resolved_date) == (value, _first_day(value))


@pytest.mark.parametrize("case", MENTION_CASES, ids=_ids(MENTION_CASES))
def test_mention_without_anchor(case: Case):
    """Relative expressions are never guessed without an anchor; absolute ones do not need one."""
    value, granularity, resolution = case.values
    mention = _mention_at(case, None)
    assert mention.granularity == GRANULARITY[granularity]
    if resolution == "abs":
        assert (mention.resolution, mention.resolved_value) == ("absolute", value)
    else:
        assert (mention.resolution, mention.resolved_value, mention.resolved_date) == (
            "unresolved",
            None,
            None,
        )


@pytest.mark.parametrize("text", _rows(NOT_DATES))
@pytest.mark.parametrize("anchor", [ANCHORS["THU"], None], ids=["anchor", "no-anchor"])
def test_not_a_date(text: str, anchor: date | None):
    assert find_date_mentions(text, anchor) == []


@pytest.mark.parametrize("case", SEVERAL_CASES, ids=_ids(SEVERAL_CASES))
def test_several_mentions(case: Case):
    got = [
        (m.char_start, m.char_end, m.resolved_value or "-")
        for m in find_date_mentions(case.text, case.anchor)
    ]
    assert got == [(s, e, v) for (s, e), v in zip(case.spans, case.values, strict=True)]


ALL_TEXT = "\n\n".join([c.text for c in MENTION_CASES + SEVERAL_CASES] + _rows(NOT_DATES))


@pytest.mark.parametrize("anchor", [ANCHORS["THU"], None], ids=["anchor", "no-anchor"])
def test_offsets_sorted_and_disjoint(anchor: date | None):
    mentions = find_date_mentions(ALL_TEXT, anchor)
    assert len(mentions) >= len(MENTION_CASES)
    previous_end = 0
    for m in mentions:
        assert ALL_TEXT[m.char_start : m.char_end] == m.surface
        assert m.surface and m.surface == m.surface.strip() and "\n" not in m.surface
        assert m.char_start >= previous_end
        previous_end = m.char_end
        assert m.granularity in GRANULARITY.values()
        assert m.resolution in RESOLUTION.values()
        assert (m.resolved_value is None) == (m.resolved_date is None) == (m.resolution == "unresolved")


def test_offsets_in_a_whole_article():
    body = (
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo pada Kamis (22/9/2022) meninjau pasar.\n\n"
        "Sehari sebelumnya, Rabu (21/9/2022), ia berada di Bali. Pada pekan lalu ia ke Papua.\n\n"
        "Harga beras naik sejak awal bulan ini, tertinggi sejak 2018."
    )
    mentions = find_date_mentions(body, ANCHORS["THU"])
    assert [m.surface for m in mentions] == [
        "Kamis (22/9/2022)",
        "Sehari sebelumnya, Rabu (21/9/2022)",  # the count and the date it names: one expression
        "Pada pekan lalu",
        "sejak awal bulan ini",
        "sejak 2018",
    ]
    assert all(body[m.char_start : m.char_end] == m.surface for m in mentions)


def test_resolved_date_is_the_first_day_of_the_period():
    text = "pada pekan lalu, bulan lalu, tahun lalu dan kemarin"
    by_surface = {m.surface: m.resolved_date for m in find_date_mentions(text, ANCHORS["THU"])}
    assert by_surface == {
        "pada pekan lalu": date(2022, 9, 12),
        "bulan lalu": date(2022, 8, 1),
        "tahun lalu": date(2021, 1, 1),
        "kemarin": date(2022, 9, 21),
    }


def test_empty_text():
    assert find_date_mentions("", ANCHORS["THU"]) == []


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _word_salads(count: int, seed: int = 11) -> list[str]:
    """Random runs of every word the grammar knows, in three casings, with numbers, punctuation, line breaks
    and letters that case-insensitive matching equates with ASCII ones (long s, Kelvin sign, dotted I)."""
    vocabulary = [*dates.DAY_NAMES, *dates.MONTH_NAMES, *dates.MONTH_ABBREVIATIONS, *dates.NUMBER_WORDS,
                  *dates.RELATIVE_DAY_WORDS, *dates.UNIT_GRANULARITY, *dates.RELATIVE_DIRECTIONS, *dates.CUE_WORDS,
                  *dates.MODIFIER_WORDS, *dates.COUNT_NOUNS, "tanggal", "tgl.", "se", "sehari", "setahun", "hari",
                  "yang", "ke-", "of", "the", "day", "Jum’at", "WIB", "pukul", "anggaran"]
    odd = ["ſehari lalu", "\u212aemarin", "\u212aemarin lusa", "ſenin", "İni", "２０２２", "٢٠٢٢", "22nd",
           "2022-09-22", "22/9/2022", "9.30", "1990-an",
           "2,5", "'2022", "’Kamis", "_2022", "x2022", "-", "–", "(", ")", ",", ".", "/", "\n", "%"]
    rng = random.Random(seed)
    salads = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(5, 40)):
            roll = rng.random()
            if roll < 0.6:
                word = rng.choice(vocabulary)
                words.append(rng.choice([word, word.capitalize(), word.upper()]))
            elif roll < 0.8:
                words.append(str(rng.choice([rng.randint(0, 40), rng.randint(1900, 2100)])))
            else:
                words.append(rng.choice(odd))
        salads.append(rng.choice([" ", "", "  "]).join(words) if rng.random() < 0.1 else " ".join(words))
    return salads


def test_every_family_is_tried_wherever_its_pattern_matches(tmp_path: Path):
    """find_date_mentions tries each family of expressions only at the words its matches can open with
    (dates._family_starts) instead of scanning the whole body once per family. Whatever the text, a scan
    with the family's own pattern must find no match anywhere else: otherwise a date would be missed."""
    generate(tmp_path, 60, "txt")
    texts = [ALL_TEXT, *_word_salads(3000)]
    texts += [path.read_text(encoding="utf-8") for path in sorted(tmp_path.glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((SAMPLES / "annotated").glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((SAMPLES / "seeds").glob("*.txt"))]
    matched = 0
    for text in texts:
        for family, starts in zip(dates._FAMILIES, dates._family_starts(text), strict=True):
            tried = set(starts)
            for m in family.pattern.finditer(text):
                matched += 1
                assert m.start() in tried, f"{family.handler.__name__} matched {m[0]!r} where it was not tried"
    assert matched > 5000  # the texts exercise the grammar


def test_many_articles_are_fast():
    text = ALL_TEXT * 5
    started = time.perf_counter()
    find_date_mentions(text, ANCHORS["THU"])
    assert time.perf_counter() - started < 2.0


def _line_rows(table: str) -> list[tuple[str, date | None, datetime | None]]:
    rows = []
    for row in _rows(table):
        line, expected = row.rsplit(" => ", 1)
        parts = expected.split()
        day = None if parts[0] == "-" else date.fromisoformat(parts[0])
        at = None if len(parts) < 2 or parts[1] == "-" else datetime.fromisoformat(parts[1])
        rows.append((line, day, at))
    return rows


@pytest.mark.parametrize(("line", "day", "at"), _line_rows(LINES), ids=[r[0] for r in _line_rows(LINES)])
def test_parse_date_line(line: str, day: date | None, at: datetime | None):
    parsed = parse_date_line(line)
    if day is None:
        assert parsed is None
        return
    assert parsed is not None and parsed.day == day
    if at is None:
        assert parsed.at is None
    else:
        assert parsed.at is not None and parsed.at.tzinfo is not None
        assert (parsed.at, parsed.at.utcoffset()) == (at, at.utcoffset())


@pytest.mark.parametrize("line", ["", "   ", "\n"])
def test_parse_date_line_blank(line: str):
    assert parse_date_line(line) is None


def test_parse_date_line_ignores_surrounding_whitespace():
    parsed = parse_date_line("  23 September 2022 \n")
    assert parsed is not None and (parsed.day, parsed.at) == (date(2022, 9, 23), None)


def test_parse_date_line_zone_less_time_is_wib():
    parsed = parse_date_line("Kamis, 22/09/2022 19.00")
    assert parsed is not None and parsed.at is not None
    assert parsed.at.utcoffset() == timedelta(hours=7)


def _url_rows(table: str) -> list[tuple[str, date | None]]:
    rows = [row.rsplit(" => ", 1) for row in _rows(table)]
    return [(url, None if day == "-" else date.fromisoformat(day)) for url, day in rows]


@pytest.mark.parametrize(("url", "expected"), _url_rows(URLS), ids=[r[0] for r in _url_rows(URLS)])
def test_date_from_url(url: str, expected: date | None):
    assert date_from_url(url) == expected


def test_date_from_url_empty():
    assert date_from_url("") is None


def test_table_sizes():
    """The tables stay large enough to cover the grammar (the brief asks for at least 300 cases)."""
    total = (
        len(MENTION_CASES) + len(SEVERAL_CASES) + len(_rows(NOT_DATES)) + len(_rows(LINES)) + len(_rows(URLS))
    )
    assert total >= 300
    assert all(len(c.spans) == 1 and len(c.values) == 3 for c in MENTION_CASES)


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    # A day and month without a year, with "mendatang" or "lalu": the next or the last such day, not the month.
    ("Status tanggap darurat berlaku hingga 23 Oktober mendatang.", date(2022, 10, 11), "23 Oktober mendatang",
     "2022-10-23"),
    ("Tenggat pendaftaran jatuh pada 5 Januari mendatang.", date(2022, 12, 20), "5 Januari mendatang",
     "2023-01-05"),
    ("Upacara digelar pada 17 Agustus lalu.", date(2022, 11, 1), "17 Agustus lalu", "2022-08-17"),
    ("Kebakaran terjadi pada 23 Desember lalu.", date(2022, 11, 1), "23 Desember lalu", "2021-12-23"),
])
def test_a_day_and_month_with_mendatang_or_lalu(text: str, anchor: date, surface: str, value: str) -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)]
    assert found == [(surface, value)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Growth is expected to slow toward the end of the year.", "the end of the year", "2022"),
    ("Rates may rise again by the end of next year.", "by the end of next year", "2023"),
    ("The policy takes effect at the beginning of next month.", "at the beginning of next month", "2022-11"),
])
def test_english_ends_and_beginnings_of_a_period(text: str, surface: str, value: str) -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2022, 10, 20))]
    assert found == [(surface, value)]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # Counted from the date named just before, not from the report's day.
    ("Rudal ditembakkan pada Rabu dini hari. Rudal yang diluncurkan sehari sebelumnya gagal terbang.",
     date(2022, 10, 5), [("pada Rabu dini hari", "2022-10-05"), ("sehari sebelumnya", "2022-10-04")]),
    ("Inflasi pada Oktober 2022 tercatat 5,71 persen, turun dari 5,95 persen pada bulan sebelumnya.",
     date(2022, 11, 22), [("Oktober 2022", "2022-10"), ("pada bulan sebelumnya", "2022-09")]),
    ("Ia tiba Senin (3/10/2022) dan keesokan harinya bertemu menteri. Dua hari kemudian ia pulang.",
     date(2022, 10, 10), [("Senin (3/10/2022)", "2022-10-03"), ("keesokan harinya", "2022-10-04"),
                          ("Dua hari kemudian", "2022-10-06")]),
    ("He arrived on Oct. 3, 2022 and left two days later.", date(2022, 10, 10),
     [("Oct. 3, 2022", "2022-10-03"), ("two days later", "2022-10-05")]),
    # With no date named before, it compares rather than dates: no mention.
    ("Rasio utang turun dari tahun sebelumnya.", date(2022, 10, 10), []),
])
def test_expressions_counted_from_the_date_named_before(text: str, anchor: date,
                                                       expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)] == expected


def test_counted_days_after_a_date_and_some_days_later() -> None:
    text = "Ia tiba Senin (3/10/2022). Lima hari kemudian ia pulang. Beberapa hari kemudian ia sakit."
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2022, 10, 20))] == [
        ("Senin (3/10/2022)", "2022-10-03"), ("Lima hari kemudian", "2022-10-08")]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # A cue before a month and a day leaves the day whole.
    ("India assumes the presidency on December 1.", date(2022, 11, 16), [("December 1", "2022-12-01")]),
    # A day in words, then in figures: one expression, dated by its figures.
    ("Ia divonis pada Senin pekan lalu (13/2) dan banding Kamis lalu (16/2).", date(2023, 2, 20),
     [("pada Senin pekan lalu (13/2)", "2023-02-13"), ("Kamis lalu (16/2)", "2023-02-16")]),
    # A verb in the past before a month without a year: the month before the report, not the next one.
    ("The first summit since Russia invaded Ukraine in February.", date(2022, 11, 16),
     [("in February", "2022-02")]),
    ("Pemilu digelar pada Februari.", date(2022, 11, 16), [("pada Februari", "2023-02")]),
    # A count of days whose last date is sections up may count from something else: no day rather than a wrong
    # one; with no date before it at all, it counts from the report's day.
    ("Sidang tuntutan digelar Selasa (17/1/2023).\n\nJaksa menuntut 20 tahun.\n\nPutusan\n\nKuasa hukum "
     "menolak.\n\nTiga hari sebelumnya, majelis memvonis terdakwa lain.", date(2023, 2, 16),
     [("Selasa (17/1/2023)", "2023-01-17")]),
    ("Tiga hari sebelumnya, majelis yang sama memvonis terdakwa lain.", date(2023, 2, 16),
     [("Tiga hari sebelumnya", "2023-02-13")]),
])
def test_days_months_and_counts_in_reports_of_other_outlets(text: str, anchor: date,
                                                           expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)] == expected


@pytest.mark.parametrize(("text", "value"), [
    ("The vote was postponed until March.", "2025-03"),
    ("Pemerintah telah menjadwalkan pelantikan pada Maret.", "2025-03"),
])
def test_a_past_verb_further_from_the_month_leaves_a_month_ahead_ahead(text: str, value: str) -> None:
    assert [m.resolved_value for m in find_date_mentions(text, date(2025, 1, 17))] == [value]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Bot itu dipintas di perairan Nongsa, Batam, semalam.", "semalam", date(2024, 3, 11)),
    ("Pertemuan di Johor Bahru pada Jumaat lalu membincangkan laluan itu.", "pada Jumaat lalu", date(2024, 3, 8)),
    ("Sindiket itu aktif sejak Disember lalu, katanya.", "sejak Disember lalu", date(2023, 12, 1)),
    ("Mahkamah akan bersidang pada Isnin depan.", "pada Isnin depan", date(2024, 3, 18)),
    ("Rampasan itu berlaku pada 11 Mac 2024 di Nongsa.", "11 Mac 2024", date(2024, 3, 11)),
    ("Operasi serupa dijalankan pada Ogos tahun lalu.", "pada Ogos tahun lalu", date(2023, 8, 1)),
])
def test_malay_days_months_and_last_night(text: str, surface: str, value: date) -> None:
    found = [(m.surface, m.resolved_date) for m in find_date_mentions(text, date(2024, 3, 12))]
    assert (surface, value) in found


@pytest.mark.parametrize("text", [
    "Rombongan itu menginap semalam di hotel dekat bandara.",
    "Petugas berjaga semalam suntuk di pos perbatasan.",
    "Pasien itu hanya dirawat selama semalam di rumah sakit.",
])
def test_a_night_counted_is_no_date(text: str) -> None:
    assert find_date_mentions(text, date(2024, 3, 12)) == []


@pytest.mark.parametrize(("line", "day"), [
    ("Oleh Siti Nurbaiyah Jamal - Mac 12, 2024 @ 3:47pm", date(2024, 3, 12)),
    ("Selasa, 12 Mac 2024", date(2024, 3, 12)),
    ("Khamis, 14 Disember 2023", date(2023, 12, 14)),
])
def test_malay_date_lines(line: str, day: date) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.day == day


def test_a_range_across_months_with_a_word_is_a_start_and_a_deadline_and_the_end_of_a_year() -> None:
    found = [(m.surface, m.resolved_date) for m in find_date_mentions(
        "Status KLB berlaku sejak 14 Maret hingga 13 April 2024. Libur 30 Desember-2 Januari 2023 ramai. The text "
        "should be agreed by the end of 2024.", date(2024, 3, 14))]
    assert ("14 Maret", date(2024, 3, 14)) in found or ("sejak 14 Maret", date(2024, 3, 14)) in found
    assert ("13 April 2024", date(2024, 4, 13)) in found
    assert ("30 Desember-2 Januari 2023", date(2022, 12, 30)) in found
    assert ("by the end of 2024", date(2024, 1, 1)) in found


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("Festival digelar 28 Februari hingga 2 Maret 2024 di alun-alun.", date(2025, 1, 10),
     {("28 Februari", date(2024, 2, 28)), ("2 Maret 2024", date(2024, 3, 2))}),
    ("Apple merilis Mac 12 inci baru.", date(2024, 3, 12), set()),
    ("Mereka menempuh perjalanan dua hari semalam menuju lokasi.", date(2024, 3, 12), set()),
    ("Korban sempat dirawat semalam di rumah sakit.", date(2024, 3, 12), set()),
    ("Kemenangan semalam menjadi yang pertama bagi tim itu.", date(2024, 3, 12), {("semalam", date(2024, 3, 11))}),
])
def test_a_deadlines_year_a_computer_and_nights_counted_or_named(text: str, anchor: date,
                                                                 expected: set[tuple[str, date]]) -> None:
    assert {(m.surface, m.resolved_date) for m in find_date_mentions(text, anchor)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Monday 15 December 2025: Malay "until", "tomorrow" and March; English deadlines and expectations.
    ("Jumlah mangsa dijangka bertambah hingga esok.", [("hingga esok", "2025-12-16")]),
    ("Air pasang besar dijangka berlaku esok di muara.", [("esok", "2025-12-16")]),
    ("Kami baru bersihkan rumah selepas banjir Mac lalu.", [("Mac lalu", "2025-03")]),
    ("Kita bekerja untuk hari esok yang lebih baik.", []),
    ("Demi esok hari yang lebih cerah, warga menanam pohon.", []),
    # Past narrative: "by", "from" and Indonesian "sehingga" (so that) name no span's end ahead.
    ("By Friday, the death toll had risen to 20.", [("By Friday", "2025-12-12")]),
    ("Ia ditangkap pada Kamis sehingga Sabtu polisi menetapkan status tersangka.",
     [("pada Kamis", "2025-12-11"), ("Sabtu", "2025-12-13")]),
    ("The app runs on Mac and Windows.", []),
])
def test_malay_tomorrow_and_march_and_past_deadlines(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2025, 12, 15))] == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # A month without a year takes the year of the month that ends its span.
    ("Puncak kemarau akan terjadi pada Agustus hingga September 2023.", date(2023, 9, 12),
     [("pada Agustus", "2023-08"), ("September 2023", "2023-09")]),
    ("Musim hujan berlangsung November hingga Februari 2024.", date(2023, 9, 12),
     [("November", "2023-11"), ("Februari 2024", "2024-02")]),
    # "Mulai" opens a span that may lie in the past: "mulai Sabtu malam hingga Minggu pagi" on a Wednesday.
    ("Banjir merendam desa mulai Sabtu malam hingga Minggu pagi.", date(2025, 10, 15),
     [("mulai Sabtu malam", "2025-10-11"), ("hingga Minggu pagi", "2025-10-12")]),
])
def test_a_spans_year_and_a_past_spans_start(text: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)] == expected


def test_a_day_name_the_text_dated_ahead_is_not_reused_for_the_past() -> None:
    found = find_date_mentions("Sidang perdana digelar Senin (20/10/2025). Polisi menangkap tersangka pada Senin di "
                               "rumahnya.", date(2025, 10, 18))
    assert [(m.surface, m.resolved_value) for m in found] == [
        ("Senin (20/10/2025)", "2025-10-20"), ("pada Senin", "2025-10-13")]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Ia diserang saat menjaga kebun pada Senin malam lalu.", "pada Senin malam lalu", "2026-11-09"),
    ("Taman nasional dibuka kembali mulai Kamis nanti.", "mulai Kamis nanti", "2026-11-12"),
    ("Rapat digelar Jumat pagi nanti di kantor bupati.", "Jumat pagi nanti", "2026-11-13"),
])
def test_a_weekday_with_its_part_of_day_then_its_direction(text: str, surface: str, value: str) -> None:
    found = {m.surface: m.resolved_value for m in find_date_mentions(text, date(2026, 11, 11))}
    assert found == {surface: value}



def test_lalu_meaning_then_after_a_weekday_and_its_part_of_the_day_is_no_direction() -> None:
    found = {m.surface: m.resolved_value for m in find_date_mentions(
        "Ia berangkat Rabu sore lalu pulang keesokan harinya.", date(2026, 11, 11))}
    assert "Rabu sore lalu" not in found and "2026-11-04" not in found.values()


@pytest.mark.parametrize(("text", "expected"), [
    ("Both governments agreed to implement the 2014 Agreement on Consular Notification.", [("2014", "2014")]),
    ("The committee traces its roots to the 1975 Border Patrol Agreement.", [("1975", "1975")]),
    ("They cooperate through naval patrols and a 2019 agreement on fisheries.", [("2019", "2019")]),
    ("The Philippines will take over the 2026 ASEAN chairmanship.", [("2026", "2026")]),
    ("Officials said the 2000 residents of the village were moved.", []),
    ("The report counted 2014 damaged houses.", []),
])
def test_an_english_year_before_what_happened_in_it_is_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.surface, m.resolved_value) for m in dates.find_date_mentions(text, date(2026, 11, 9))]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The condo held a drill three weeks ago.", [("three weeks ago", "2026-08-27")]),
    ("It happened a week ago.", [("a week ago", "2026-09-10")]),
    ("Dua pekan lalu warga mengungsi.", [("Dua pekan lalu", "2026-W36")]),
])
def test_english_weeks_ago_count_back_to_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.surface, m.resolved_value) for m in dates.find_date_mentions(text, date(2026, 9, 17))]
    assert found == expected


def test_since_a_month_looks_back_in_a_sentence_about_a_plan() -> None:
    text = "Komisi II akan meminta Pertamina membuka data realisasi penyaluran sejak Oktober."
    found = [(m.surface, m.resolved_value) for m in dates.find_date_mentions(text, date(2026, 11, 10))]
    assert found == [("sejak Oktober", "2026-10")]


@pytest.mark.parametrize("text", ["Malaysia deported the 1900 Indonesian workers last month.",
                                  "The company plans a 2000 MW coal power plant.",
                                  "Aid reached the 2026 Rohingya refugees in the camp."])
def test_a_count_before_a_name_is_no_year(text: str) -> None:
    found = [m.resolved_value for m in dates.find_date_mentions(text, date(2026, 11, 9))]
    assert not any(v in ("1900", "2000", "2026") for v in found)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a range's end lies after its start: next March, as the January is next January
    ("The routes will close from January 1 to March 31 for the rainy season.", date(2025, 12, 8),
     [("January 1", "2026-01-01"), ("March 31", "2026-03-31")]),
    # "akan" right after the day: the coming Monday in a Sunday report
    ("Pencarian hari kedua pada Senin akan diperluas.", date(2026, 11, 8), [("pada Senin", "2026-11-09")]),
    ("Warga mengungsi pada Senin. Mereka akan pulang.", date(2026, 11, 8), [("pada Senin", "2026-11-02")]),
    # later in the report's own month
    ("Uji lab dijadwalkan pada akhir Mei mendatang.", date(2026, 5, 12), [("pada akhir Mei mendatang", "2026-05")]),
    ("Sekolah dibuka awal Mei mendatang.", date(2026, 5, 12), [("awal Mei mendatang", "2027-05")]),
])
def test_days_ahead_by_a_range_a_verb_after_them_or_later_this_month(
        text: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in dates.find_date_mentions(text, anchor)] == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("The hearing was moved from May 28 to May 21, the court said.", date(2026, 5, 10),
     [("May 28", "2026-05-28"), ("May 21", "2026-05-21")]),
    ("Pameran digelar 28 Desember hingga 5 Januari.", date(2025, 12, 8),
     [("28 Desember", "2025-12-28"), ("5 Januari", "2026-01-05")]),
    ("The rate cut announced on Tuesday will take effect next month.", date(2026, 5, 14),
     [("on Tuesday", "2026-05-12"), ("next month", "2026-06")]),
    ("Kebijakan yang diumumkan Bank Indonesia pada Selasa akan berlaku.", date(2026, 5, 14),
     [("pada Selasa", "2026-05-12")]),
])
def test_review_of_stop_31_a_day_moved_earlier_a_range_over_the_new_year_and_a_past_verb_before_the_day(
        text: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in dates.find_date_mentions(text, anchor)] == expected


def test_a_year_before_an_adjective_and_its_event_noun() -> None:
    found = [(m.surface, m.resolved_value) for m in dates.find_date_mentions(
        "The spillway will be widened before the 2028 rainy season. The 2000 residents of the city left.",
        date(2026, 11, 18))]
    assert found == [("2028", "2028")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sesi diskusi pada Kamis akan menghadirkan tiga pakar pangan.", [("pada Kamis", "2026-11-19")]),
    ("The newly formed Maritime Council on Monday will hold its first meeting.", [("on Monday", "2026-11-23")]),
    ("The commission released a 2000 page report on the floods.", []),
])
def test_second_review_of_stop_31_nouns_in_di_and_counts_before_units(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in dates.find_date_mentions(text, date(2026, 11, 17))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span that started on a weekday looks back, even in a sentence about what comes next
    ("Cattle stuck in yards since Thursday will finally board a ship.", "2026-10-15"),
    ("Jalan itu tertutup sejak Minggu dan baru akan dibuka setelah perbaikan selesai.", "2026-10-18"),
    # "next Wednesday" on a Tuesday is the week after's: tomorrow would be written "tomorrow"
    ("The ship is expected to sail next Wednesday.", "2026-10-28"),
    ("The ship is expected to sail next Friday.", "2026-10-23"),
])
def test_weekdays_after_since_and_next(text: str, expected: str) -> None:
    published = date(2026, 10, 20)  # a Tuesday
    assert [m.resolved_value for m in find_date_mentions(text, published)] == [expected]


@pytest.mark.parametrize("text", ["Ruas jalan itu akan ditutup sejak Kamis hingga Minggu untuk perbaikan.",
                                  "The road will be closed since Thursday until Sunday for repairs."])
def test_a_planned_span_from_a_weekday_runs_forward(text: str) -> None:
    published = date(2026, 10, 20)  # a Tuesday
    assert [m.resolved_value for m in find_date_mentions(text, published)] == ["2026-10-22", "2026-10-25"]



def test_a_since_day_before_a_clause_that_ends_elsewhere_looks_back() -> None:
    text = "Ratusan sapi yang tertahan sejak Kamis akan dikapalkan hingga Minggu."
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 10, 20))]
    assert found[0] == ("sejak Kamis", "2026-10-15")


def test_malam_tadi_is_last_night() -> None:
    found = find_date_mentions("Kelotok itu tenggelam malam tadi di Sungai Barito.", date(2026, 10, 16))
    assert [(m.surface, m.resolved_value) for m in found] == [("malam tadi", "2026-10-15")]


def test_a_span_of_months_ending_this_year_and_a_financial_year() -> None:
    found = find_date_mentions("The offences were committed between January and August this year, the court heard. "
                               "The firm lost RM38.6 million "
                               "in the 2025 financial year.", date(2026, 11, 20))
    values = [(m.surface, m.resolved_value) for m in found]
    assert ("between January", "2026-01") in values
    assert any(value == "2025" for _, value in values)


def test_a_date_written_with_stops_holds_no_time_of_day() -> None:
    assert parse_date_line("21.10.2026 - Update : 21.10.2026").at is None


def test_a_plan_that_starts_since_a_weekday_starts_on_the_coming_one() -> None:
    thursday = date(2026, 4, 23)
    text = "Penyekatan juga akan dilakukan di sejumlah titik perbatasan sejak Jumat malam."
    assert [m.resolved_value for m in find_date_mentions(text, thursday)] == ["2026-04-24"]
    # a relative clause between the plan and "sejak" dates its own verb: the flight is past
    text = "Polisi akan terus memburu pelaku yang kabur sejak Jumat malam."
    assert [m.resolved_value for m in find_date_mentions(text, thursday)] == ["2026-04-17"]


@pytest.mark.parametrize("text", ["Consular staff will open a service desk at the border post every Friday.",
                                  "Loket pelayanan dibuka setiap hari Jumat di pos lintas batas."])
def test_a_weekday_that_recurs_names_no_day(text: str) -> None:
    found = find_date_mentions(text, date(2026, 10, 14))
    assert found and all(m.resolution == "unresolved" and m.resolved_value is None for m in found)


@pytest.mark.parametrize("text", ["Hujan diperkirakan kembali turun sore nanti.",
                                  "Bupati dijadwalkan menemui warga siang nanti.",
                                  "Rapat lanjutan digelar nanti malam."])
def test_later_the_same_day_is_the_report_s_day(text: str) -> None:
    assert [m.resolved_value for m in find_date_mentions(text, date(2025, 11, 18))] == ["2025-11-18"]


def test_the_same_day_never_counts_from_a_period_s_end() -> None:
    text = ("Kepala BI mengatakan itu pada Selasa, 2 Desember 2025. Maskapai mengajukan penerbangan tambahan untuk "
            "periode 18 Desember 2025 hingga 5 Januari 2026.\n\nTim menggelar operasi pasar pada hari yang sama.")
    found = {m.surface: m.resolved_value for m in find_date_mentions(text, date(2025, 12, 2))}
    assert "pada hari yang sama" not in found  # no day rather than a wrong one (not 5 January, nor an older date)
    text = ("The ministry said on October 20 it would act. The summit runs from October 28 to October 30. On the "
            "same day, protesters rallied.")
    assert all(m.resolved_value != "2026-10-20" or "same" not in m.surface
               for m in find_date_mentions(text, date(2026, 11, 2)))


def test_the_same_day_far_below_the_reports_own_day_is_that_day() -> None:
    text = ("Pantauan di pasar pada Senin siang menunjukkan harga naik.\n\nHarga beras medium Rp15.000.\n\n"
            "Pedagang mengeluh.\n\nPembeli berkurang.\n\nDi hari yang sama, BPS merilis inflasi Oktober.")
    found = {m.surface: m.resolved_value for m in find_date_mentions(text, date(2026, 11, 2))}
    assert found.get("hari yang sama") == "2026-11-02"


@pytest.mark.parametrize("text", ["Rescuers will resume the search for a fisherman missing since Thursday.",
                                  "Tim SAR akan melanjutkan pencarian nelayan hilang sejak Kamis.",
                                  "Warga akan tetap mengungsi karena banjir melanda sejak Kamis.",
                                  "Polisi akan memeriksa dua saksi terkait kebakaran sejak Kamis malam."])
def test_a_state_since_a_weekday_stays_past_under_a_future_verb(text: str) -> None:
    assert [m.resolved_value for m in find_date_mentions(text, date(2026, 11, 2))] == ["2026-10-29"]


def test_later_that_day_after_a_date_is_part_of_that_date() -> None:
    found = find_date_mentions("Pertandingan final digelar pada 10 November malam nanti.", date(2026, 11, 2))
    assert [m.resolved_value for m in found] == ["2026-11-10"]


@pytest.mark.parametrize("text", ["Penyekatan akan dilakukan terhadap kendaraan pribadi sejak Jumat malam.",
                                  "Pengalihan arus akan dilakukan menuju Jalan Sudirman sejak Jumat pagi."])
def test_a_passive_plan_since_a_weekday_past_words_that_are_no_verbs(text: str) -> None:
    assert [m.resolved_value for m in find_date_mentions(text, date(2026, 11, 12))] == ["2026-11-13"]


def test_dawn_midnight_deadlines_elections_and_a_capitalised_sunday() -> None:
    thursday = date(2026, 11, 26)
    found = {m.surface: m.resolved_value for m in find_date_mentions(
        "Abunya turun lagi tadi subuh. Antrean mengular hingga Rabu tengah malam. Kami targetkan jalan dibuka paling "
        "lambat Jumat sore. Ia memenangi Pilkada 2024. Padahal Minggu kemarin beliau masih senam.", thursday)}
    assert found.get("tadi subuh") == "2026-11-26"
    assert found.get("hingga Rabu tengah malam", found.get("Rabu tengah malam")) == "2026-11-25"
    assert "2026-11-27" in found.values()  # the deadline ahead
    assert "2024" in found.values()
    assert found.get("Minggu kemarin") == "2026-11-22"
    week = find_date_mentions("Minggu kemarin, harga cabai naik.", thursday)
    assert [m.resolved_value for m in week] == ["2026-W47"]  # a sentence's first word: the week


def test_a_day_of_the_month_alone_and_days_counted_from_an_event() -> None:
    monday = date(2026, 11, 30)
    found = {m.surface: m.resolved_value for m in find_date_mentions(
        "A fire broke out early on the 29th aboard the vessel. Officials will inspect it on the afternoon of the 30th. "
        "The search was scaled down on the 27th, ten days after the fire.", monday)}
    assert found.get("on the 29th") == "2026-11-29"
    assert found.get("of the 30th") == "2026-11-30"
    assert found.get("on the 27th") == "2026-11-27"
    assert "ten days after" not in found  # counted from the fire, not from a date the text names
    early = find_date_mentions("The boat sank on the 28th at dawn.", date(2026, 12, 2))
    assert [m.resolved_value for m in early] == ["2026-11-28"]  # a day past the report's own: last month's
    assert not find_date_mentions("It happened in the 17th century on the 29th floor.", monday)
    later = find_date_mentions("Rombongan tiba Senin (5/10). Lima hari berselang, hotel meminta mereka keluar.",
                               date(2026, 10, 13))
    assert [m.resolved_value for m in later] == ["2026-10-05", "2026-10-10"]


def values_on_a_friday(text: str) -> list[str | None]:
    """The resolved values of a text's date mentions, reported on Friday 20 November 2026."""
    return [m.resolved_value for m in find_date_mentions(text, date(2026, 11, 20))]


def test_review_of_stop_36_dates() -> None:
    values = values_on_a_friday
    assert values("The company plans to appeal the ruling, its lawyer said on Tuesday.") == ["2026-11-17"]
    assert values("Pemkab menargetkan perbaikan jalan rampung, ujar Kepala Dinas PUPR pada Selasa.") == ["2026-11-17"]
    assert values("Berkas seharusnya diserahkan paling lambat Senin.") == ["2026-11-16"]
    for text in ("Residents on the 5th and 6th floors were evacuated.", "Residents on the 12th to 15th floors left."):
        assert values(text) == [], text
    assert values("Ia mengatakan, Minggu lalu pasien membludak.") == ["2026-W46"]


def test_second_review_of_stop_36_dates() -> None:
    values = values_on_a_friday
    assert values("Pemkab menargetkan perbaikan jalan yang jelas rusak itu rampung pada Senin.") == ["2026-11-23"]
    assert values("The ship arrived on the 12th at the port of Busan.") == ["2026-11-12"]
    assert values("The attacks on the 5th and the 6th killed ten people.")[:1] == ["2026-11-05"]


def test_a_fiscal_year_by_its_number() -> None:
    assert values_on_a_friday("Laba bersih perseroan pada tahun buku 2025 naik 12 persen.") == ["2025"]


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("Program ini dilanjutkan pada semester kedua 2026 di dua kecamatan.", "pada semester kedua 2026", "2026"),
    ("Laba kuartal III 2025 naik tipis.", "kuartal III 2025", "2025"),
    ("Growth slowed in the third quarter of 2024, the agency said.", "in the third quarter of 2024", "2024"),
])
def test_a_years_halves_and_quarters_are_that_year(text: str, surface: str, year: str) -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 3, 17))]
    assert found == [(surface, year)]


def test_india_and_malaysia_times_in_a_date_line() -> None:
    assert parse_date_line("Updated: October 13, 2026 4:12 pm IST").at.utcoffset() == timedelta(hours=5, minutes=30)
    assert parse_date_line("Khamis, 13 Nov 2025 5:12 PM MYT").at.utcoffset() == timedelta(hours=8)


def test_an_english_year_before_a_memorandum_is_that_year() -> None:
    found = dates.find_date_mentions("Fishers may work the area under a 1974 memorandum of understanding.",
                                     date(2026, 10, 15))
    assert [(m.surface, m.resolved_value) for m in found] == [("1974", "1974")]


def test_approaching_or_entering_a_time_is_a_cue() -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "Pedagang tak mau berhenti, apalagi sudah mendekati akhir tahun. Jumlahnya mendekati 2000 orang. Kini memasuki "
        "tahun 2027.", date(2026, 10, 18))]
    assert ("mendekati akhir tahun", "2026") in found and ("memasuki tahun 2027", "2027") in found
    assert not any("2000" in surface for surface, _ in found)


def test_the_next_morning_and_a_total_still_to_be_confirmed() -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "Penerbangan tertunda pada Senin (2/11/2026). Penumpang baru berangkat keesokan paginya.", date(2026, 11, 3))]
    assert ("keesokan paginya", "2026-11-03") in found
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "MGPA put Sunday's attendance at 61,240, with a three-day total to be confirmed on Monday. It was the first "
        "retreat to be held at the Istana since he took office in May.", date(2026, 10, 4))]
    assert ("on Monday", "2026-10-05") in found and ("in May", "2026-05") in found


def test_a_month_opening_a_sentence_in_the_past_and_a_payment_made_in_it() -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "In January, a cruise vessel also damaged coral off Misool. In January, the ministry will review permits. "
        "Rosmini said she had paid Rp31 million in March.", date(2026, 11, 24))]
    assert found == [("In January", "2026-01"), ("In January", "2027-01"), ("in March", "2026-03")]


def test_the_second_reviews_cases_of_stop_40s_dates() -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "In March, the new terminal is expected to open. In April, the stadium, which is owned by the city, will "
        "reopen. The second tranche of aid is to be sent in March.", date(2026, 2, 10))]
    assert found == [("In March", "2026-03"), ("In April", "2026-04"), ("in March", "2026-03")]


def _resolved(text: str, anchor: date) -> dict[str, str | None]:
    return {m.surface: m.resolved_value for m in find_date_mentions(text, anchor)}


def test_holidays_on_a_fixed_day_named_with_their_year() -> None:
    found = _resolved("Pengamanan Natal 2026 dan Tahun Baru 2027 dibahas, juga Malam Tahun Baru 2027. On New Year’s "
                     "Day 2020 and Christmas Eve 2025 it rained; on New Year's Eve 2026 too.", date(2026, 12, 4))
    assert found == {"Natal 2026": "2026-12-25", "Tahun Baru 2027": "2027-01-01", "Malam Tahun Baru 2027": "2026-12-31",
                     "New Year’s Day 2020": "2020-01-01", "Christmas Eve 2025": "2025-12-24",
                     "New Year's Eve 2026": "2026-12-31"}
    # a feast that moves, the regency, and a new year in lower case name no fixed day
    assert _resolved("Tahun Baru Imlek 2027, Pilkada Mandailing Natal 2024, tahun baru 2027 nanti, Natal 2026-2027.",
                    date(2026, 12, 4)) == {}


def test_a_header_date_without_its_year_is_dated_by_when_the_page_was_read() -> None:
    read = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)
    parsed = dates.parse_yearless_date_line("Nov. 27  01:35 pm JST", read)
    assert parsed is not None and parsed.day == date(2026, 11, 27) and parsed.at.utcoffset() == timedelta(hours=9)
    # read early in January, December's date is last year's; the day after it was read, the same year's (zones)
    assert dates.parse_yearless_date_line("Dec. 31 10:00 am", datetime(2027, 1, 3, tzinfo=UTC)).day == date(2026, 12,
                                                                                                            31)
    assert dates.parse_yearless_date_line("8 Dec 09:15 WIB", read).day == date(2026, 12, 8)
    for line in ("Nov. 27", "Senin 27 13:35", "Nov. 27, 2026 01:35 pm JST", "Kamis 27 November pukul 13.35 WIB"):
        assert not dates.is_yearless_date_line(line), line


def test_a_stamps_label_before_the_date_and_a_footer_a_year_behind() -> None:
    parsed = dates.parse_date_line("Updated 21:47, 02-Dec-2026")
    assert parsed is not None and parsed.day == date(2026, 12, 2)


@pytest.mark.parametrize("text", ["flooded on 7 and 8 November.", "banjir pada 7 dan 8 November lalu.",
                                  "flooded on November 7 and 8.", "from 7 to 8 November"])
def test_two_days_joined_are_one_span_from_its_first_day(text: str) -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 12, 3))]
    assert len(found) == 1 and found[0][1] == "2026-11-07", found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelas 5 dan 6 Desember ini libur.", [("Desember ini", "2026-12")]),
    ("Banjir terjadi pada 3 dan 4 Juni kemarin.", [("3 dan 4 Juni kemarin", "2026-06-03")]),
    ("Banjir terjadi pada 4 Juni kemarin.", [("4 Juni kemarin", "2026-06-04")]),
])
def test_review_42b_days_joined_only_after_a_date_word_and_a_day_of_last_month(text: str, expected: list) -> None:
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 12, 3))]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Festival berlangsung 7 dan 8 November di Jakarta.", [("7 dan 8 November", "2026-11-07")]),
    ("Konser digelar 12 dan 13 Desember mendatang di GBK.", [("12 dan 13 Desember mendatang", "2026-12-12")]),
    ("The summit will be held 7 and 8 November in Jakarta.", [("7 and 8 November", "2026-11-07")]),
])
def test_review_42c_two_days_joined_without_a_date_word(text: str, expected: list) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 11, 20))] == expected


def test_a_weekday_and_a_day_of_the_month_without_the_month() -> None:
    found = {m.surface: (m.resolved_value, m.resolution) for m in find_date_mentions(
        "Suami saya berangkat dari Papela hari Rabu tanggal 11. Rapat digelar pukul 11.30 WIB.", date(2026, 11, 18))}
    assert found["hari Rabu tanggal 11"] == ("2026-11-11", "relative")


def test_review_43b_a_past_weekday_and_day_and_another_calendars_month() -> None:
    found = {m.surface: m.resolved_value for m in find_date_mentions(
        "Acara digelar Jumat tanggal 11 lalu di balai desa. Lebaran jatuh pada Kamis tanggal 1 Syawal.",
        date(2026, 11, 18))}
    assert found["Jumat tanggal 11"] == "2026-09-11"
    assert "Kamis tanggal 1" not in found


@pytest.mark.parametrize(("text", "expected"), [
    # Malay's December abbreviated, in a dateline and a date line
    ("TAWAU, 1 Dis - Seramai 128 pendatang asing dihantar pulang.", [("1 Dis", "2026-12-01")]),
    # a year joined to a year the text dates as one (not a count: "Sebanyak 2022 dan 2023 orang")
    ("Dana desa tahun anggaran 2022 dan 2023 disalahgunakan.", [("tahun anggaran 2022", "2022"), ("2023", "2023")]),
    ("He won elections in 2015 and 2020, the party said.", [("in 2015", "2015"), ("2020", "2020")]),
    ("Sebanyak 2022 dan 2023 orang hadir di lapangan.", []),
    # an English year before the event it names
    ("It recalled the 2024 attack on the national data centre.", [("2024", "2024")]),
])
def test_malay_december_years_joined_and_a_years_attack(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 12, 3))] == expected


def test_a_malay_date_line_with_december_abbreviated() -> None:
    parsed = parse_date_line("01 Dis 2026 | 18:42 MYT")
    assert parsed is not None and parsed.day == date(2026, 12, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Forests were lost between 2022 and 2025, mostly for land clearing.",
     [("between 2022", "2022"), ("2025", "2025")]),
    ("Jumlahnya naik dibandingkan 2025 yang tercatat 117.900 orang.", [("2025", "2025")]),
    ("Flyover itu masuk prioritas anggaran 2027, katanya.", [("2027", "2027")]),
    ("A 2016 study by researchers found the haze killed thousands.", [("2016", "2016")]),
    # money, not a year
    ("Dana anggaran 2000 juta dicairkan bertahap.", []),
    # the part of the day, then "ini": the same day
    ("Hingga Senin sore ini, ratusan kendaraan tertahan.", [("Hingga Senin sore ini", "2026-11-09")]),
    # a count after a year, or a number smaller than the year before it, is no year
    ("The army fielded 1500 tanks in 2022 and 2000 in 2023.", [("in 2022", "2022"), ("in 2023", "2023")]),
    ("Selama 2024 dan 2000 lebih warga menerima bantuan.", [("Selama 2024", "2024")]),
    ("It ordered the 2000 attack helicopters it had planned.", []),
    # a list of years after a dated one
    ("Sejak 2019, 2020 dan 2021 tidak ada kenaikan.", [("Sejak 2019", "2019"), ("2020", "2020"), ("2021", "2021")]),
])
def test_years_compared_budgeted_counted_or_listed_and_this_evening(text: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 11, 9))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jika semalam polisi menyebut sembilan orang terluka, data terbaru mencatat 17.", [("semalam", "2026-11-22")]),
    ("Hujan turun sejak semalam di kota itu.", [("sejak semalam", "2026-11-22")]),
    ("Mereka begadang hingga semalam suntuk di pos.", []),
    # review 44b: a year joined to a dated one keeps its place words after it
    ("Kasusnya naik pada tahun 2023 dan 2024 di Kalbar.", [("pada tahun 2023", "2023"), ("2024", "2024")]),
    ("The 2024 study findings were published.", [("2024", "2024")]),
    # one night counted, not last night
    ("Kalau semalam saja biayanya Rp500 ribu.", []),
    ("Jika semalam menginap di sana, tamu membayar lebih.", []),
    ("Kemenangan semalam menjadi yang pertama bagi tim itu.", [("semalam", "2026-11-22")]),
])
def test_last_night_or_a_night_counted_and_years_joined(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 11, 23))] == expected


def test_a_forecast_word_leaves_a_reports_days_and_months_where_they_were() -> None:
    # review 44c: forecast words are no future cue ("memprediksi" a month's figure, said on a past day)
    found = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "Bank Indonesia memprediksi inflasi Agustus tetap terkendali, ujar Gubernur BI, Rabu (10/9).",
        date(2026, 9, 11))]
    assert ("Agustus", "2026-08") in found and ("Rabu (10/9)", "2026-09-10") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a deadline or an expectation ahead (published Thursday 2026-11-26)
    ("The regulator ordered a full report, which is due by Friday.", [("by Friday", "2026-11-27")]),
    ('"We expect more people to be evacuated by Tuesday," he said.', [("by Tuesday", "2026-12-01")]),
    ("A king tide expected on Monday could slow the receding floods.", [("on Monday", "2026-11-30")]),
    # ... not an expectation told beside the day of a past visit
    ("His government expects to lift imports, he said during a visit on Tuesday.", [("on Tuesday", "2026-11-24")]),
    # a month with a verb in the past right after it, or a passive's doer between them (published in December)
    ("A smaller die-off in January killed around 35 tonnes of fish.", [("in January", "2026-01")]),
    ("The mosque was inaugurated by local officials in January after a renovation.", [("in January", "2026-01")]),
    ("The reference price for January was set at RM4,051.", [("January", "2027-01")]),
    # "that Thursday afternoon" is one expression
    ("Penyerahan uang pada Kamis siang itu digagalkan penyidik.", [("pada Kamis siang itu", "2026-11-26")]),
    # the day after the one named before: "besoknya", "besok malamnya" (not tomorrow); "besok" alone is tomorrow
    ("Ia ditangkap 26 November siang, lalu besok malamnya diumumkan sebagai tersangka.",
     [("26 November", "2026-11-26"), ("besok malamnya", "2026-11-27")]),
    ("Rapat digelar Senin (12/10/2026). Besoknya warga kembali berkumpul.",
     [("Senin (12/10/2026)", "2026-10-12"), ("Besoknya", "2026-10-13")]),
    ("Warga akan berkumpul lagi besok di balai desa.", [("besok", "2026-11-27")]),
])
def test_deadlines_past_months_that_days_and_the_next_day_after_one_named(text: str,
                                                                          expected: list[tuple[str, str]]) -> None:
    published = date(2026, 12, 3) if "January" in text else date(2026, 11, 26)
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, published)] == expected


def test_a_day_counted_from_the_only_day_named_however_far_up() -> None:
    paragraphs = ["Rapat koordinasi pencegahan korupsi digelar di Tanjung Selor, Selasa (12/5/2026).",
                  "Bupati meminta seluruh kepala dinas hadir.", "Tahun 2025 tercatat enam temuan.",
                  "Laporan itu dibahas sampai akhir Juni 2026.", "Semua paket lelang dibuka untuk publik.",
                  "Tim dijadwalkan melanjutkan kunjungan ke Malinau keesokan harinya."]
    found = [(m.surface, m.resolved_value) for m in find_date_mentions("\n\n".join(paragraphs), date(2026, 5, 12))]
    assert ("keesokan harinya", "2026-05-13") in found
    # with another day named between them the far day is not what the text counts from: no day rather than a wrong one
    paragraphs[2] = "Pada Rabu (6/5/2026) tim lain datang."
    found = [(m.surface, m.resolved_value) for m in find_date_mentions("\n\n".join(paragraphs), date(2026, 5, 12))]
    assert not any(surface == "keesokan harinya" for surface, _ in found)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # review 45a: an expectation overtaken by a verb in the past, a participle after a month, a plan's passive
    ("The cargo ship, expected on Monday, finally docked at Tanjung Priok on Tuesday.", date(2025, 3, 5),
     [("on Monday", "2025-03-03"), ("on Tuesday", "2025-03-04")]),
    ("The evacuation, which had been expected on Sunday, was completed on Monday afternoon.", date(2025, 3, 7),
     [("on Sunday", "2025-03-02"), ("on Monday afternoon", "2025-03-03")]),
    ("We expect exports to recover, Trade Minister Budi Santoso told reporters on Monday.", date(2025, 3, 7),
     [("on Monday", "2025-03-03")]),
    ("A fuel price increase in April proposed by the energy ministry drew criticism.", date(2025, 2, 10),
     [("in April", "2025-04")]),
    ("The ASEAN summit, to be hosted by Malaysia in October, will discuss Myanmar.", date(2025, 7, 1),
     [("in October", "2025-10")]),
    # a flashback's next day is no day counted from the report's event
    ("Banjir merendam Demak, Senin (3/3/2025).\n\nAir mencapai satu meter.\n\nWarga mengungsi.\n\nBencana serupa "
     "terjadi pada Februari 2024. Keesokan harinya, Presiden meninjau lokasi.", date(2025, 3, 4),
     [("Senin (3/3/2025)", "2025-03-03"), ("Februari 2024", "2024-02")]),
    # review 45b: a present expectation is ahead whatever participle follows; a figure after a verb in the past
    ("Heavy rain is expected on Friday in areas affected by the floods.", date(2025, 3, 5),
     [("on Friday", "2025-03-07")]),
    ("Car sales in September jumped by 12 percent, the association said.", date(2025, 7, 1),
     [("in September", "2024-09")]),
    # review 45c: an expectation the sentence's own verb overtakes; a date set for a coming month
    ("The verdict expected on Monday was postponed.", date(2025, 3, 5), [("on Monday", "2025-03-03")]),
    ("The wage rise in January pegged at 6.5 percent takes effect soon.", date(2025, 12, 3),
     [("in January", "2026-01")]),
    # review 45d: a past verb after a clause is no overtaking; a verb of change is past whatever follows
    ("The verdict is expected on Friday, as was the case last week.", date(2025, 3, 5),
     [("on Friday", "2025-03-07"), ("last week", "2025-W09")]),
    ("Dengue cases in July peaked at 1,200, the health office said.", date(2025, 6, 15), [("in July", "2024-07")]),
])
def test_reviews_45_expectations_months_after_their_verbs_and_flashbacks(
        text: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)] == expected


@pytest.mark.parametrize(("text", "published", "value"), [
    # a span that starts "mulai" a bare day: the nearest such day, ahead when it is nearer
    ("Mulai Jumat, jembatan darurat itu kami jaga bergantian.", date(2026, 10, 15), "2026-10-16"),
    ("Penyaluran beras ditambah mulai Selasa.", date(2026, 11, 2), "2026-11-03"),
    ("Jalan itu ditutup mulai Sabtu malam karena longsor.", date(2026, 11, 23), "2026-11-21"),
    # a deadline ahead, today included
    ("Keputusan soal lokasi pengungsian diharapkan keluar paling lambat Kamis.", date(2026, 11, 11), "2026-11-12"),
    ("Berkas harus diserahkan selambat-lambatnya Senin.", date(2026, 11, 27), "2026-11-30"),
    # Malay "sehingga" and English "through": a span's end, the nearest such day
    ("MetMalaysia mengeluarkan amaran hujan lebat di pantai barat sehingga Rabu.", date(2025, 12, 15), "2025-12-17"),
    ("Schools in the district are shut, with classes online through Saturday.", date(2026, 12, 3),
     "2026-12-05"),
    # Indonesian "sehingga" (so that) before a day named in the past stays in the past
    ("Hujan deras turun semalaman, sehingga Senin pagi warga mengungsi.", date(2026, 11, 25), "2026-11-23"),
])
def test_a_span_starting_or_ending_on_a_bare_day_and_a_deadline(text: str, published: date, value: str) -> None:
    assert [m.resolved_value for m in find_date_mentions(text, published)] == [value]


def test_review_46a_lone_times() -> None:
    """A lone time: a plan named in an earlier paragraph does not date it; a range is one expression; times on
    weekdays recur; a month or a year right before it dates it, not the report's day; "tadi" names today (review
    46a)."""
    tuesday = date(2026, 3, 10)

    def found(text: str) -> list[tuple[str, str | None]]:
        return [(m.surface, m.resolved_value) for m in find_date_mentions(text, tuesday)]

    assert found("Bus gratis beroperasi Senin (16/3/2026).\n\nBus disiagakan sejak pukul 07.30 WIB.") == [
        ("Senin (16/3/2026)", "2026-03-16"), ("pukul 07.30 WIB", "2026-03-10")]
    assert found("Besok, tim berangkat ke Jakarta. Mereka berkumpul pukul 06.00 WIB di bandara.") == [
        ("Besok", "2026-03-11"), ("pukul 06.00 WIB", "2026-03-11")]
    assert found("Pemungutan suara berlangsung pukul 07.00 hingga 13.00 WIB.") == [
        ("pukul 07.00 hingga 13.00 WIB", "2026-03-10")]
    assert found("The store opens at 9 a.m. on weekdays.") == [("9 a.m.", None)]
    assert found("Ia ditangkap pada Maret 2025 sekitar pukul 22.00 WIB.") == [
        ("Maret 2025", "2025-03"), ("pukul 22.00 WIB", None)]
    text = "Kebakaran terjadi pukul 08.00 WIB tadi. Api padam Senin (9/3/2026) malam."
    mentions = find_date_mentions(text, tuesday)
    assert (mentions[0].surface, mentions[0].resolved_value) == ("pukul 08.00 WIB tadi", "2026-03-10")
    assert not dates.is_lone_time(mentions[0])


@pytest.mark.parametrize(("text", "value"), [
    ("Hujan turun deras sejak pagi sehingga Jumat banjir merendam tiga desa.", "2026-03-06"),  # so that
    ("Tim SAR mulai Jumat melakukan pencarian, namun korban belum ditemukan.", "2026-03-06"),
    ("Banjir merendam desa mulai Jumat, dan baru surut kemarin.", "2026-03-06"),
    ("The shelter stayed open through Thursday, officials said.", "2026-03-05"),
    ("Peserta menyerahkan berkas paling lambat Senin, kata panitia, dan semua sudah diterima.", "2026-03-09"),
    ("The deadline was no later than Monday, but officials missed it.", "2026-03-09"),
])
def test_review_46a_spans_and_deadlines_in_the_past(text: str, value: str) -> None:
    assert find_date_mentions(text, date(2026, 3, 10))[0].resolved_value == value


def test_a_lone_time_after_a_night_falls_on_that_night_or_the_next_morning() -> None:
    friday = date(2026, 12, 4)

    def found(text: str) -> list[tuple[str, str | None]]:
        return [(m.surface, m.resolved_value) for m in find_date_mentions(text, friday)]

    # a night's time in a span from one night into the next day's small hours
    assert found("Api melalap kios Senin (30/11) malam hingga Selasa (1/12) dini hari.\n\nApi pertama kali terlihat "
                 "sekitar pukul 23.40 WIB.")[-1] == ("pukul 23.40 WIB", "2026-11-30")
    # the morning after a night, and the hours told after it (but not the night's own hour)
    assert found("Pompa baru tiba pada Kamis malam.\n\nPemasangan dimulai pukul 07.00 WIT dan uji coba sekitar pukul "
                 "14.30 WIT. Laporan masuk pukul 22.15 WIT.")[1:] == [
        ("pukul 07.00 WIT", "2026-12-04"), ("pukul 14.30 WIT", "2026-12-04"), ("pukul 22.15 WIT", "2026-12-03")]
    # not after the night a statement was made on, nor a time told before
    assert found("Hal itu disampaikan dalam konferensi pers, Kamis malam. Kebocoran terdeteksi pukul 03.40 WITA.")[
        -1] == ("pukul 03.40 WITA", "2026-12-03")
    assert found("Korban bertambah hingga Kamis malam. Gempa yang terjadi pukul 10.52 WIB itu merusak rumah.")[
        -1] == ("pukul 10.52 WIB", "2026-12-03")


@pytest.mark.parametrize(("text", "value"), [
    ("“Kalau tidak ada kendala, Jumat sore pompa sudah bisa uji coba,” jelas Arifin.", "2026-12-04"),
    ("The council is due to question the utility's directors on Monday about a standby pump.", "2026-12-07"),
])
def test_a_plan_on_a_condition_and_a_hearing_due_lie_ahead(text: str, value: str) -> None:
    assert find_date_mentions(text, date(2026, 12, 2))[0].resolved_value == value


def test_review_47a_a_flashback_and_a_day_looked_back_on() -> None:
    def found(text: str, anchor: date) -> list[tuple[str, str | None]]:
        return [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)]

    assert found("Rapat digelar Kamis (12/3/2026) malam. Sebelumnya pukul 09.00 WIT, tim mengecek lokasi.",
                 date(2026, 3, 13))[-1] == ("pukul 09.00 WIT", "2026-03-12")
    # a day looked back on ("Sabtu (21/11) lalu") is no day the report goes on with, but its own sentence's
    text = ("Massa berunjuk rasa Senin (23/11/2026) siang. Ketua asosiasi mengatakan harga sempat jatuh pada Sabtu "
            "(21/11) lalu.\n\nSekitar pukul 13.30 WIT, Bupati tiba di gedung DPRD.")
    assert found(text, date(2026, 11, 24))[-1] == ("pukul 13.30 WIT", "2026-11-23")
    text = "Keduanya diamankan pada Selasa (14/1) lalu sekitar pukul 21.30 Wita di terminal kedatangan."
    assert found(text, date(2025, 1, 20))[-1] == ("pukul 21.30 Wita", "2025-01-14")


def test_a_day_month_and_year_joined_by_hyphens_in_a_date_line() -> None:
    parsed = parse_date_line("03-Dec-2026 - Last updated on 03-Dec-2026 at 04:12 GMT")
    assert parsed is not None and parsed.day == date(2026, 12, 3)


def test_a_speakers_clause_ends_a_future_cues_reach() -> None:
    text = ("The app will reinstate its base rate from Monday, officials said after a meeting at the transport "
            "ministry in Jakarta on Friday.")
    assert [(m.surface, m.resolved_value) for m in find_date_mentions(text, date(2026, 12, 5))] == [
        ("from Monday", "2026-12-07"), ("on Friday", "2026-12-04")]


@pytest.mark.parametrize(("text", "value"), [
    ("The talks will resume, the two sides said in a joint statement, on Tuesday in Geneva.", "2024-12-10"),
    ("The government will announce the new rates on Monday, officials said, with the rules taking effect on Friday.",
     "2024-12-06"),
])
def test_review_47c_a_day_of_the_plan_after_the_speakers_clause_stays_ahead(text: str, value: str) -> None:
    assert find_date_mentions(text, date(2024, 12, 5))[-1].resolved_value == value


@pytest.mark.parametrize("text", ["The company will cut fares, its spokesman said on Friday.",
                                  "The firm will reopen the plant, its spokesman said in a statement on Friday.",
                                  "The ministry will review the permit, officials told reporters on Friday."])
def test_review_47d_the_day_of_the_saying_after_a_future_clause(text: str) -> None:
    assert find_date_mentions(text, date(2025, 12, 6))[-1].resolved_value == "2025-12-05"


def test_review_47e_a_reported_plan_after_said_stays_ahead() -> None:
    text = "The carrier will change routes, the airline said the new schedule takes effect on Monday."
    assert find_date_mentions(text, date(2025, 12, 10))[-1].resolved_value == "2025-12-15"


@pytest.mark.parametrize(("text", "value"), [
    ("Members wonder whether they will see their money again, after the society stopped honouring withdrawals in "
     "August.", "2026-08"),
    ("Sartini began working for Tan at a five-room flat in Bedok North in January.", "2026-01"),
    ("The plant will reopen in March, after it was closed in January.", "2026-01"),
    ("Mr Seah cautioned that the monsoon season usually lasts until early January.", "2027-01"),
    ("Refiners who have not covered their January requirement will feel the pinch.", "2027-01"),
    ("The minister will visit Jakarta in January.", "2027-01"),
])
def test_a_month_in_a_clause_in_the_past_is_this_years(text: str, value: str) -> None:
    assert find_date_mentions(text, date(2026, 12, 1))[-1].resolved_value == value
