"""Tests for tasks.dates: date mentions in bodies, header date lines and dates in URLs.

Anchors used throughout:
THU = Thursday 2022-09-22 (ISO week 2022-W38), FRI = Friday 2022-09-23,
FEB = Friday 2023-02-10 (2023-W06), JAN = Monday 2022-01-03 (2022-W01, the week before is 2021-W52).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tasks.dates import date_from_url, find_date_mentions, parse_date_line
from tasks.models import DateMention

THU = date(2022, 9, 22)
FRI = date(2022, 9, 23)
FEB = date(2023, 2, 10)
JAN = date(2022, 1, 3)

D, W, M, Y = "day", "week", "month", "year"
ABS, REL = "absolute", "relative"

# (sentence, anchor, expected surface, resolved_value, granularity, resolution)
CASES: list[tuple[str, date | None, str, str, str, str]] = [
    # --- must-pass examples from the seed articles ---------------------------------------------------
    ("Korea Utara pada hari Kamis membantah memasok senjata.", THU, "pada hari Kamis", "2022-09-22", D, REL),
    ("Pejabat itu mengeluarkan pernyataan pada hari Rabu malam.", THU, "pada hari Rabu malam", "2022-09-21", D, REL),
    ("Perang berlangsung sejak dimulai pada Februari tahun itu.", THU, "pada Februari", "2022-02", M, REL),
    ("Korea Utara pada Kamis (22/9/2022), mengatakan tidak mengekspor senjata.", THU, "Kamis (22/9/2022)",
     "2022-09-22", D, ABS),
    ("Pada Agustus, pejabat AS menyebut Rusia membeli amunisi.", THU, "Pada Agustus", "2022-08", M, REL),
    ("Pada bulan Juli, Pyongyang mengakui dua republik itu.", THU, "Pada bulan Juli", "2022-07", M, REL),
    ("Bulan ini, Parlemen Eropa membahas sanksi baru.", THU, "Bulan ini", "2022-09", M, REL),
    ("Pernyataan itu disampaikan pada Kamis di Seoul.", THU, "pada Kamis", "2022-09-22", D, REL),
    ("Moskow pada pekan lalu menyebut laporan itu palsu.", THU, "pada pekan lalu", "2022-W37", W, REL),
    ("Ia bersaksi pada hari Selasa di hadapan komite senat.", FRI, "pada hari Selasa", "2022-09-20", D, REL),
    ("Awal bulan ini, Gedung Putih mengakui adanya indikasi itu.", FRI, "Awal bulan ini", "2022-09", M, REL),
    ("Kantor berita itu melaporkan pada hari Kamis bahwa", FRI, "pada hari Kamis", "2022-09-22", D, REL),
    ("Keputusan dikeluarkan pada hari Rabu untuk melawan pernyataan AS.", FRI, "pada hari Rabu", "2022-09-21", D,
     REL),
    ("Negara itu berada di bawah sanksi sejak 2006 karena uji coba nuklir.", None, "sejak 2006", "2006", Y, ABS),
    ("Kerja sama itu disepakati pada 2019 di Vladivostok.", None, "pada 2019", "2019", Y, ABS),
    ("Rabu (21/9/2022) lalu, Presiden Putin mengumumkan mobilisasi.", THU, "Rabu (21/9/2022)", "2022-09-21", D, ABS),
    ("Sanksi itu akan dibahas pada bulan ini oleh Dewan Keamanan.", THU, "pada bulan ini", "2022-09", M, REL),
    # --- numeric day-first dates ---------------------------------------------------------------------
    ("Sidang putusan digelar 05/09/2022 di Pengadilan Negeri Jakarta Selatan.", THU, "05/09/2022", "2022-09-05",
     D, ABS),
    ("Surat edaran tertanggal 5/9/2022 itu beredar luas.", None, "5/9/2022", "2022-09-05", D, ABS),
    ("Kebijakan berlaku mulai 01.10.2022 untuk seluruh SPBU.", THU, "01.10.2022", "2022-10-01", D, ABS),
    ("Laporan keuangan per 30-06-2022 menunjukkan kerugian.", THU, "30-06-2022", "2022-06-30", D, ABS),
    ("Batas pendaftaran 31/12/2021 tidak diperpanjang.", None, "31/12/2021", "2021-12-31", D, ABS),
    ("Unggahan tertanggal 9/11/22 itu dihapus.", THU, "9/11/22", "2022-11-09", D, ABS),
    ("Data diperbarui 2022-09-20 oleh kementerian.", THU, "2022-09-20", "2022-09-20", D, ABS),
    ("Putusan bernomor 12/2022 dibacakan pada 12/09/2022.", THU, "12/09/2022", "2022-09-12", D, ABS),
    ("Tahap pertama berlangsung 19-21/9/2022 di Bali.", THU, "19-21/9/2022", "2022-09-19", D, ABS),
    ("Banjir melanda kawasan itu 29/2/2020 dini hari.", None, "29/2/2020", "2020-02-29", D, ABS),
    # --- day name with its date ----------------------------------------------------------------------
    ("Gempa mengguncang Cianjur pada Senin (21/11/2022) siang.", None, "Senin (21/11/2022) siang", "2022-11-21",
     D, ABS),
    ("Presiden meresmikan bendungan itu, Jumat (16/9/2022).", THU, "Jumat (16/9/2022)", "2022-09-16", D, ABS),
    ("Ia ditangkap pada Sabtu (17/9/2022) di rumahnya.", THU, "Sabtu (17/9/2022)", "2022-09-17", D, ABS),
    ("Jenazah dimakamkan Minggu (18/9/2022) sore.", THU, "Minggu (18/9/2022) sore", "2022-09-18", D, ABS),
    ("Tim SAR kembali melanjutkan pencarian pada Selasa (20/9/2022).", THU, "Selasa (20/9/2022)", "2022-09-20", D,
     ABS),
    ("Harga BBM naik sejak Sabtu (3/9/2022) pukul 14.30 WIB.", THU, "Sabtu (3/9/2022) pukul 14.30 WIB",
     "2022-09-03", D, ABS),
    ("Kapal itu tenggelam Jum'at (9/9/2022) malam.", THU, "Jum'at (9/9/2022) malam", "2022-09-09", D, ABS),
    ("Rapat paripurna digelar Kamis, 22 September 2022, di Senayan.", THU, "Kamis, 22 September 2022",
     "2022-09-22", D, ABS),
    ("Ia meninggal dunia pada Rabu, 14/9/2022, di rumah sakit.", THU, "Rabu, 14/9/2022", "2022-09-14", D, ABS),
    ("Pertemuan berlangsung Senin 5 September 2022 di Istana.", THU, "Senin 5 September 2022", "2022-09-05", D,
     ABS),
    ("Gubernur meninjau lokasi pada Kamis (22/9) pagi.", THU, "Kamis (22/9) pagi", "2022-09-22", D, REL),
    ("Polisi menetapkan tersangka pada Senin (19/9).", THU, "Senin (19/9)", "2022-09-19", D, REL),
    ("Pemungutan suara ulang dijadwalkan Senin (26/9) mendatang.", THU, "Senin (26/9)", "2022-09-26", D, REL),
    ("Warga mengungsi sejak Rabu (28/12) malam.", FEB, "Rabu (28/12) malam", "2022-12-28", D, REL),
    ("Festival digelar Sabtu-Minggu (24-25/9) di Lapangan Merdeka.", THU, "Sabtu-Minggu (24-25/9)", "2022-09-24",
     D, REL),
    ("Pameran berlangsung Senin–Rabu (19–21/9).", THU, "Senin–Rabu (19–21/9)", "2022-09-19", D, REL),
    ("Kamis (22/9/2022) dini hari, banjir merendam ratusan rumah.", None, "Kamis (22/9/2022) dini hari",
     "2022-09-22", D, ABS),
    ("Gempa terjadi pada Rabu (21/9/2022) sekitar pukul 19.00 WIB.", THU,
     "Rabu (21/9/2022) sekitar pukul 19.00 WIB", "2022-09-21", D, ABS),
    ("Sidang dibuka Kamis, 22/09/2022, pukul 09.00 WIB.", THU, "Kamis, 22/09/2022, pukul 09.00 WIB",
     "2022-09-22", D, ABS),
    ("Pesawat mendarat Rabu (21/9/2022), 19.00 waktu setempat.", THU,
     "Rabu (21/9/2022), 19.00 waktu setempat", "2022-09-21", D, ABS),
    ("Pukul 10.00 WIB, Senin (19/9/2022), massa mulai berkumpul.", THU, "Pukul 10.00 WIB, Senin (19/9/2022)",
     "2022-09-19", D, ABS),
    ("Upacara dimulai Senin (19/9/2022) pukul 07.30-09.00 WITA.", THU,
     "Senin (19/9/2022) pukul 07.30-09.00 WITA", "2022-09-19", D, ABS),
    # --- day and month names -------------------------------------------------------------------------
    ("Peringatan kemerdekaan jatuh pada 17 Agustus 2022.", THU, "17 Agustus 2022", "2022-08-17", D, ABS),
    ("Ia dilantik 23 September 2022 di Istana Negara.", None, "23 September 2022", "2022-09-23", D, ABS),
    ("KTT G20 berlangsung 15-16 November 2022 di Bali.", THU, "15-16 November 2022", "2022-11-15", D, ABS),
    ("Libur panjang 30 Desember-2 Januari 2023 diprediksi ramai.", THU, "30 Desember-2 Januari 2023",
     "2022-12-30", D, ABS),
    ("Pendaftaran dibuka 21 hingga 23 September 2022.", THU, "21 hingga 23 September 2022", "2022-09-21", D, ABS),
    ("Kontrak itu ditandatangani pada 3 Jan 2022.", THU, "3 Jan 2022", "2022-01-03", D, ABS),
    ("Rilis data dijadwalkan 1 Okt 2022.", THU, "1 Okt 2022", "2022-10-01", D, ABS),
    ("Harga cabai melonjak sejak 12 Agt 2022.", THU, "12 Agt 2022", "2022-08-12", D, ABS),
    ("Penerbangan perdana pada 5 Des 2021 berjalan lancar.", THU, "5 Des 2021", "2021-12-05", D, ABS),
    ("Proyek dimulai 10 Nop 2021.", THU, "10 Nop 2021", "2021-11-10", D, ABS),
    ("Aturan itu terbit 2 Pebruari 2021.", THU, "2 Pebruari 2021", "2021-02-02", D, ABS),
    ("Gempa terjadi 14 Sept 2022 pukul 02.00 WIB.", THU, "14 Sept 2022 pukul 02.00 WIB", "2022-09-14", D, ABS),
    ("Sidang lanjutan digelar pada tanggal 17 Agustus 2022.", THU, "tanggal 17 Agustus 2022", "2022-08-17", D,
     ABS),
    ("Vaksinasi dosis ketiga dimulai 12 Januari.", THU, "12 Januari", "2022-01-12", D, REL),
    ("Ia berjanji melunasi utang sebelum 30 September.", THU, "30 September", "2022-09-30", D, REL),
    ("Banjir melanda kota itu 28 Desember.", FEB, "28 Desember", "2022-12-28", D, REL),
    ("Hasil seleksi diumumkan 2 Mei.", THU, "2 Mei", "2022-05-02", D, REL),
    ("Pelantikan dijadwalkan 3 Januari.", date(2022, 12, 20), "3 Januari", "2023-01-03", D, REL),
    ("Batas waktu pelaporan adalah 17 Agt.", THU, "17 Agt", "2022-08-17", D, REL),
    ("Pemerintah menaikkan harga BBM pada awal September 2022.", THU, "awal September 2022", "2022-09", M, ABS),
    ("Inflasi tercatat 4,69 persen pada Agustus 2022.", THU, "Agustus 2022", "2022-08", M, ABS),
    ("Ia menjabat sejak Februari 2020.", None, "Februari 2020", "2020-02", M, ABS),
    ("Aturan ini berlaku mulai Januari 2023.", THU, "Januari 2023", "2023-01", M, ABS),
    ("Harga minyak goreng melonjak pada bulan Maret 2022.", THU, "bulan Maret 2022", "2022-03", M, ABS),
    ("Kasus pertama ditemukan Mei 2021 di Kudus.", THU, "Mei 2021", "2021-05", M, ABS),
    ("Pabrik itu beroperasi sejak akhir Desember 2021.", THU, "akhir Desember 2021", "2021-12", M, ABS),
    ("Data dihimpun selama Januari-Maret 2022.", THU, "Januari-Maret 2022", "2022-01", M, ABS),
    ("Laporan kuartal itu terbit Feb 2022.", None, "Feb 2022", "2022-02", M, ABS),
    ("Cuaca ekstrem diperkirakan hingga pertengahan Oktober 2022.", THU, "pertengahan Oktober 2022", "2022-10", M,
     ABS),
    # --- month names without a year ------------------------------------------------------------------
    ("Pada Februari, pasukan Rusia menyeberangi perbatasan.", THU, "Pada Februari", "2022-02", M, REL),
    ("Harga gandum naik tajam sejak Maret.", THU, "sejak Maret", "2022-03", M, REL),
    ("Rencana itu diumumkan pada bulan Mei.", THU, "pada bulan Mei", "2022-05", M, REL),
    ("Kunjungan itu terjadi pada Mei lalu.", THU, "pada Mei lalu", "2022-05", M, REL),
    ("Ekspor batu bara dilarang sejak Mei.", THU, "sejak Mei", "2022-05", M, REL),
    ("Agustus menjadi bulan terpanas di Eropa.", THU, "Agustus", "2022-08", M, REL),
    ("Gelombang panas melanda pada bulan Juni.", THU, "pada bulan Juni", "2022-06", M, REL),
    ("Kontrak itu diteken pada September.", THU, "pada September", "2022-09", M, REL),
    ("Pemilu sela digelar pada Oktober.", THU, "pada Oktober", "2021-10", M, REL),
    ("Kebijakan ini diumumkan pada Desember.", FEB, "pada Desember", "2022-12", M, REL),
    ("Pada Januari, pemerintah menaikkan cukai rokok.", FEB, "Pada Januari", "2023-01", M, REL),
    ("Harga telur turun pada Februari.", FEB, "pada Februari", "2023-02", M, REL),
    ("Rekor itu tercatat pada November.", JAN, "pada November", "2021-11", M, REL),
    ("Sejak Juli, angka kasus terus menurun.", THU, "Sejak Juli", "2022-07", M, REL),
    ("Kenaikan tarif terjadi Agustus lalu.", THU, "Agustus lalu", "2022-08", M, REL),
    ("Kunjungan serupa dilakukan September lalu.", THU, "September lalu", "2021-09", M, REL),
    ("Pemilihan dijadwalkan Oktober mendatang.", THU, "Oktober mendatang", "2022-10", M, REL),
    ("Tol itu ditargetkan rampung Desember mendatang.", THU, "Desember mendatang", "2022-12", M, REL),
    ("Pengadaan dilanjutkan Maret mendatang.", FEB, "Maret mendatang", "2023-03", M, REL),
    ("Kebijakan serupa berlaku pada Juli tahun lalu.", THU, "pada Juli tahun lalu", "2021-07", M, REL),
    ("Tender dibuka Maret tahun depan.", THU, "Maret tahun depan", "2023-03", M, REL),
    ("Stok beras aman hingga akhir Desember.", THU, "hingga akhir Desember", "2021-12", M, REL),
    ("Harga emas melonjak pada awal Maret.", THU, "pada awal Maret", "2022-03", M, REL),
    ("Pembangunan dimulai pertengahan Oktober mendatang.", THU, "pertengahan Oktober mendatang", "2022-10", M, REL),
    ("Pada bulan Juli, Pyongyang mengakui kemerdekaan dua wilayah itu.", None, "Pada bulan Juli", "", M, "unresolved"),
    ("Penjualan mobil melonjak di bulan Agustus.", THU, "bulan Agustus", "2022-08", M, REL),
    # --- years with a cue ----------------------------------------------------------------------------
    ("Perusahaan itu merugi sejak 2019.", THU, "sejak 2019", "2019", Y, ABS),
    ("Undang-undang itu disahkan pada tahun 2020.", THU, "pada tahun 2020", "2020", Y, ABS),
    ("Tahun 2020, pandemi melumpuhkan sektor pariwisata.", THU, "Tahun 2020", "2020", Y, ABS),
    ("Target itu dipatok hingga 2024.", THU, "hingga 2024", "2024", Y, ABS),
    ("Kontrak berlaku sampai 2030.", None, "sampai 2030", "2030", Y, ABS),
    ("Proyek itu mangkrak sejak awal 2021.", THU, "sejak awal 2021", "2021", Y, ABS),
    ("Defisit melebar pada akhir 2021.", THU, "pada akhir 2021", "2021", Y, ABS),
    ("Pabrik baru beroperasi pertengahan 2023.", THU, "pertengahan 2023", "2023", Y, ABS),
    ("Ia memimpin partai itu sejak tahun 1998.", THU, "sejak tahun 1998", "1998", Y, ABS),
    ("Bencana itu terjadi pada tahun 2006 silam.", THU, "pada tahun 2006 silam", "2006", Y, ABS),
    ("Data dikumpulkan pada 2019-2020 di 34 provinsi.", THU, "pada 2019-2020", "2019", Y, ABS),
    ("Anggaran dipangkas mulai 2023.", THU, "mulai 2023", "2023", Y, ABS),
    ("Perjanjian berlaku pada awal tahun 2022.", THU, "pada awal tahun 2022", "2022", Y, ABS),
    ("Sistem itu dipakai sejak 2006 dan diperbarui pada 2019.", None, "sejak 2006", "2006", Y, ABS),
    # --- day names without a date --------------------------------------------------------------------
    ("Menteri Luar Negeri bertemu mitranya pada hari Senin.", THU, "pada hari Senin", "2022-09-19", D, REL),
    ("Pada Selasa, Dewan Keamanan menggelar rapat darurat.", THU, "Pada Selasa", "2022-09-20", D, REL),
    ("Presiden berpidato di Majelis Umum PBB pada Rabu.", THU, "pada Rabu", "2022-09-21", D, REL),
    ("Harga minyak turun pada Kamis.", THU, "pada Kamis", "2022-09-22", D, REL),
    ("Kapal itu berlabuh pada Jumat.", THU, "pada Jumat", "2022-09-16", D, REL),
    ("Demonstran berkumpul pada hari Sabtu.", THU, "pada hari Sabtu", "2022-09-17", D, REL),
    ("Pada hari Minggu, ribuan warga memadati alun-alun.", THU, "Pada hari Minggu", "2022-09-18", D, REL),
    ("Tim penyelamat tiba di lokasi Minggu pagi.", THU, "Minggu pagi", "2022-09-18", D, REL),
    ("Pertemuan itu dijadwalkan hari Jumat.", FRI, "hari Jumat", "2022-09-23", D, REL),
    ("Senin, pasar saham dibuka melemah.", FRI, "Senin", "2022-09-19", D, REL),
    ("Jaksa menyampaikan tuntutan pada Kamis malam.", FEB, "pada Kamis malam", "2023-02-09", D, REL),
    ("Penyelidik memeriksa saksi pada Senin.", FEB, "pada Senin", "2023-02-06", D, REL),
    ("Jembatan itu ambruk pada Jumat.", JAN, "pada Jumat", "2021-12-31", D, REL),
    ("Hujan deras turun sejak Minggu malam.", JAN, "sejak Minggu malam", "2022-01-02", D, REL),
    ("Gencatan senjata diumumkan Senin lalu.", THU, "Senin lalu", "2022-09-19", D, REL),
    ("Kesepakatan itu tercapai pada Kamis lalu.", THU, "pada Kamis lalu", "2022-09-15", D, REL),
    ("Aksi serupa digelar Jumat kemarin.", THU, "Jumat kemarin", "2022-09-16", D, REL),
    ("Sidang akan dilanjutkan Senin depan.", THU, "Senin depan", "2022-09-26", D, REL),
    ("Laporan itu diserahkan Kamis mendatang.", THU, "Kamis mendatang", "2022-09-29", D, REL),
    ("Hasil tes keluar Jumat mendatang.", THU, "Jumat mendatang", "2022-09-23", D, REL),
    ("Rapat kabinet digelar Sabtu ini.", THU, "Sabtu ini", "2022-09-24", D, REL),
    ("Kesepakatan dicapai Kamis pekan lalu.", THU, "Kamis pekan lalu", "2022-09-15", D, REL),
    ("Tersangka diperiksa pada Rabu minggu lalu.", THU, "pada Rabu minggu lalu", "2022-09-14", D, REL),
    ("Pelantikan digelar Senin pekan depan.", THU, "Senin pekan depan", "2022-09-26", D, REL),
    ("Pameran dibuka Senin-Rabu di Jakarta Convention Center.", THU, "Senin-Rabu", "2022-09-19", D, REL),
    ("Gudang itu terbakar pada Jumat malam pukul 21.00 waktu setempat.", THU,
     "pada Jumat malam pukul 21.00 waktu setempat", "2022-09-16", D, REL),
    ("Massa membubarkan diri Selasa sekitar pukul 17.00 WIB.", THU, "Selasa sekitar pukul 17.00 WIB",
     "2022-09-20", D, REL),
    ("Salat Jumat di masjid itu diikuti ribuan jemaah.", FRI, "Jumat", "2022-09-23", D, REL),
    ("Kebakaran terjadi Ahad dini hari.", THU, "Ahad dini hari", "2022-09-18", D, REL),
    ("Sidang ditunda hingga Kamis depan.", THU, "hingga Kamis depan", "2022-09-29", D, REL),
    # --- relative day words --------------------------------------------------------------------------
    ("Kemarin, Presiden meninjau lokasi banjir.", THU, "Kemarin", "2022-09-21", D, REL),
    ("Hasil rapat itu diumumkan hari ini di Istana.", THU, "hari ini", "2022-09-22", D, REL),
    ("Menteri dijadwalkan tiba besok pagi.", THU, "besok pagi", "2022-09-23", D, REL),
    ("Rapat lanjutan digelar lusa.", THU, "lusa", "2022-09-24", D, REL),
    ("Ia tiba di Jakarta kemarin lusa.", THU, "kemarin lusa", "2022-09-20", D, REL),
    ("Harga cabai naik sejak kemarin.", THU, "sejak kemarin", "2022-09-21", D, REL),
    ("Kemarin sore, hujan deras mengguyur Bogor.", JAN, "Kemarin sore", "2022-01-02", D, REL),
    ("Aturan baru berlaku mulai hari ini.", FEB, "mulai hari ini", "2023-02-10", D, REL),
    ("Pemadaman listrik terjadi kemarin malam.", THU, "kemarin malam", "2022-09-21", D, REL),
    # --- N units ago / ahead -------------------------------------------------------------------------
    ("Korban dilaporkan hilang tiga hari lalu.", THU, "tiga hari lalu", "2022-09-19", D, REL),
    ("Kebakaran terjadi 3 hari yang lalu.", THU, "3 hari yang lalu", "2022-09-19", D, REL),
    ("Ia dibebaskan dua pekan lalu.", THU, "dua pekan lalu", "2022-W36", W, REL),
    ("Proyek itu dimulai tiga bulan lalu.", THU, "tiga bulan lalu", "2022-06", M, REL),
    ("Perusahaan itu bangkrut dua tahun lalu.", THU, "dua tahun lalu", "2020", Y, REL),
    ("Insiden serupa terjadi sepekan lalu.", THU, "sepekan lalu", "2022-W37", W, REL),
    ("Kantor itu ditutup setahun lalu.", THU, "setahun lalu", "2021", Y, REL),
    ("Harga gas naik sebulan lalu.", THU, "sebulan lalu", "2022-08", M, REL),
    ("Korban dirawat sejak lima hari lalu.", THU, "sejak lima hari lalu", "2022-09-17", D, REL),
    ("Hasil pemilu diumumkan 2 hari lagi.", THU, "2 hari lagi", "2022-09-24", D, REL),
    ("Ujian nasional digelar dua minggu lagi.", THU, "dua minggu lagi", "2022-W40", W, REL),
    ("Tol itu akan dibuka tiga bulan mendatang.", THU, "tiga bulan mendatang", "2022-12", M, REL),
    ("Peraturan itu terbit seminggu lalu.", FEB, "seminggu lalu", "2023-W05", W, REL),
    ("Bangunan itu runtuh 10 tahun silam.", THU, "10 tahun silam", "2012", Y, REL),
    ("Ia terakhir terlihat 2 hari lalu.", JAN, "2 hari lalu", "2022-01-01", D, REL),
    ("Kasus itu mencuat empat bulan yang lalu.", FEB, "empat bulan yang lalu", "2022-10", M, REL),
    # --- this / last / next unit ---------------------------------------------------------------------
    ("Bank sentral menaikkan suku bunga bulan lalu.", THU, "bulan lalu", "2022-08", M, REL),
    ("Harga daging sapi turun bulan ini.", THU, "bulan ini", "2022-09", M, REL),
    ("Paket stimulus cair bulan depan.", THU, "bulan depan", "2022-10", M, REL),
    ("Ekonomi tumbuh 5,4 persen tahun lalu.", THU, "tahun lalu", "2021", Y, REL),
    ("Target pertumbuhan tahun ini dipangkas.", THU, "tahun ini", "2022", Y, REL),
    ("Pemilu digelar tahun depan.", THU, "tahun depan", "2023", Y, REL),
    ("Harga beras naik pekan ini.", THU, "pekan ini", "2022-W38", W, REL),
    ("Pembahasan dilanjutkan pekan depan.", THU, "pekan depan", "2022-W39", W, REL),
    ("Sidang ditunda hingga minggu depan.", THU, "hingga minggu depan", "2022-W39", W, REL),
    ("Kasus itu ramai dibicarakan minggu lalu.", THU, "minggu lalu", "2022-W37", W, REL),
    ("Minggu lalu, harga emas sempat menembus rekor.", THU, "Minggu lalu", "2022-W37", W, REL),
    ("Tim itu berlatih keras minggu ini.", THU, "minggu ini", "2022-W38", W, REL),
    ("Ia mengundurkan diri pada akhir pekan lalu.", THU, "pada akhir pekan lalu", "2022-W37", W, REL),
    ("Stok vaksin tiba pada awal bulan ini.", THU, "pada awal bulan ini", "2022-09", M, REL),
    ("Pertengahan bulan lalu, harga cabai sempat turun.", THU, "Pertengahan bulan lalu", "2022-08", M, REL),
    ("Pembangunan ditargetkan rampung akhir tahun ini.", THU, "akhir tahun ini", "2022", Y, REL),
    ("Penjualan menurun sejak awal tahun lalu.", THU, "sejak awal tahun lalu", "2021", Y, REL),
    ("Ia kembali ke tanah air tahun kemarin.", THU, "tahun kemarin", "2021", Y, REL),
    ("Rapat pemegang saham digelar bulan lalu.", JAN, "bulan lalu", "2021-12", M, REL),
    ("Pameran itu sepi pengunjung pekan lalu.", JAN, "pekan lalu", "2021-W52", W, REL),
    ("Target itu dicapai tahun lalu.", JAN, "tahun lalu", "2021", Y, REL),
    ("Pekan lalu, pemerintah mengumumkan paket kebijakan.", FEB, "Pekan lalu", "2023-W05", W, REL),
    ("Harga tiket naik bulan lalu.", FEB, "bulan lalu", "2023-01", M, REL),
    ("Sidang digelar kembali pekan depan.", FEB, "pekan depan", "2023-W07", W, REL),
    ("Pada tahun lalu, jumlah wisatawan anjlok.", THU, "Pada tahun lalu", "2021", Y, REL),
    # --- English -------------------------------------------------------------------------------------
    ("North Korea on Thursday denied supplying weapons to Russia.", THU, "on Thursday", "2022-09-22", D, REL),
    ("The official said on Wednesday that the reports were false.", THU, "on Wednesday", "2022-09-21", D, REL),
    ("Officials met on Monday morning in Geneva.", THU, "on Monday morning", "2022-09-19", D, REL),
    ("Protesters gathered last Friday outside parliament.", THU, "last Friday", "2022-09-16", D, REL),
    ("The vote is scheduled for next Tuesday.", THU, "next Tuesday", "2022-09-27", D, REL),
    ("Leaders will meet this Saturday.", THU, "this Saturday", "2022-09-24", D, REL),
    ("Talks resumed Sunday in Doha.", THU, "Sunday", "2022-09-18", D, REL),
    ("The ministry confirmed the deal yesterday.", THU, "yesterday", "2022-09-21", D, REL),
    ("The results will be announced tomorrow.", THU, "tomorrow", "2022-09-23", D, REL),
    ("Markets closed higher today.", THU, "today", "2022-09-22", D, REL),
    ("The agency said last week that it would review the case.", THU, "last week", "2022-W37", W, REL),
    ("Parliament will debate the bill next week.", THU, "next week", "2022-W39", W, REL),
    ("Prices rose sharply this week.", THU, "this week", "2022-W38", W, REL),
    ("The central bank raised rates last month.", THU, "last month", "2022-08", M, REL),
    ("The law takes effect next month.", THU, "next month", "2022-10", M, REL),
    ("Earlier this month, the White House acknowledged the reports.", THU, "Earlier this month", "2022-09", M, REL),
    ("Exports fell last year.", THU, "last year", "2021", Y, REL),
    ("Elections are due next year.", THU, "next year", "2023", Y, REL),
    ("Growth slowed later this year.", THU, "later this year", "2022", Y, REL),
    ("The plant was closed three days ago.", THU, "three days ago", "2022-09-19", D, REL),
    ("The ship sank two weeks ago.", THU, "two weeks ago", "2022-W36", W, REL),
    ("The merger was agreed a year ago.", THU, "a year ago", "2021", Y, REL),
    ("The rules changed six months ago.", THU, "six months ago", "2022-03", M, REL),
    ("The invasion began in February.", THU, "in February", "2022-02", M, REL),
    ("Inflation peaked in June.", THU, "in June", "2022-06", M, REL),
    ("The embassy reopened in May.", THU, "in May", "2022-05", M, REL),
    ("Sanctions were tightened in March.", THU, "in March", "2022-03", M, REL),
    ("The truce collapsed last August.", THU, "last August", "2022-08", M, REL),
    ("The summit will be held next March.", THU, "next March", "2023-03", M, REL),
    ("Exports rose in late September.", THU, "in late September", "2022-09", M, REL),
    ("Pyongyang has been under sanctions since 2006.", None, "since 2006", "2006", Y, ABS),
    ("The treaty was signed in 2019 in Vladivostok.", THU, "in 2019", "2019", Y, ABS),
    ("Output is expected to recover by mid-2023.", THU, "mid-2023", "2023", Y, ABS),
    ("Prices have fallen since early 2021.", THU, "since early 2021", "2021", Y, ABS),
    ("The summit took place on September 22, 2022, in New York.", THU, "September 22, 2022", "2022-09-22", D, ABS),
    ("The report was released Sept. 21, 2022.", None, "Sept. 21, 2022", "2022-09-21", D, ABS),
    ("The ceasefire began March 3, 2020 at 6 a.m. local time.", THU, "March 3, 2020 at 6 a.m. local time",
     "2020-03-03", D, ABS),
    ("He was born on 4th July 1990.", THU, "4th July 1990", "1990-07-04", D, ABS),
    ("The deadline is 30 September 2022.", THU, "30 September 2022", "2022-09-30", D, ABS),
    ("Voting closed on Thursday, Sept. 22, at 7:30 p.m. ET.", THU, "Thursday, Sept. 22, at 7:30 p.m. ET",
     "2022-09-22", D, REL),
    ("The company reported profits in May 2022.", THU, "May 2022", "2022-05", M, ABS),
    ("Thursday's statement came after weeks of speculation.", THU, "Thursday", "2022-09-22", D, REL),
    ("The vote took place on Aug. 30.", THU, "Aug. 30", "2022-08-30", D, REL),
    ("Production resumed in November.", FEB, "in November", "2022-11", M, REL),
    # --- capitalisation and ambiguous words ----------------------------------------------------------
    ("KAMIS (22/9/2022), ribuan buruh turun ke jalan.", THU, "KAMIS (22/9/2022)", "2022-09-22", D, ABS),
    ("Pertemuan digelar pada hari Minggu di Surabaya.", THU, "pada hari Minggu", "2022-09-18", D, REL),
    ("Gempa susulan terjadi pada Minggu.", THU, "pada Minggu", "2022-09-18", D, REL),
    ("Minggu ini, harga sayur kembali naik.", THU, "Minggu ini", "2022-W38", W, REL),
    ("Pertandingan itu berlangsung Minggu (18/9/2022).", THU, "Minggu (18/9/2022)", "2022-09-18", D, ABS),
    ("Mahasiswa Universitas Sebelas Maret menggelar aksi pada Mei.", THU, "pada Mei", "2022-05", M, REL),
]

# Sentences with no date or time expression at all.
NEGATIVES: list[tuple[str, date | None]] = [
    ("Sebanyak 300,000 warga terdampak banjir.", THU),
    ("Ia menyelesaikan 11 putaran dalam waktu singkat.", THU),
    ("Beberapa minggu setelah kejadian itu, polisi menangkap pelaku.", THU),
    ("Aksi itu diikuti hingga 2000 orang dari berbagai daerah.", THU),
    ("Sebanyak 2019 orang mendaftar sebagai relawan.", THU),
    ("Bantuan disalurkan kepada 1.500 keluarga.", THU),
    ("Skor akhir pertandingan itu 21-22.", THU),
    ("Rasio utang terhadap PDB turun menjadi 1/2 dari tahun sebelumnya.", THU),
    ("Jan Ethes ikut dalam kunjungan itu.", THU),
    ("Mei Lan memenangi kompetisi menyanyi.", THU),
    ("Theresa May said the plan would fail.", THU),
    ("The March on Washington drew thousands.", THU),
    ("Ia kuliah di Universitas Sebelas Maret.", THU),
    ("Kampus Institut Teknologi Sepuluh Nopember menggelar wisuda.", THU),
    ("Minggu ketiga pelatihan difokuskan pada taktik.", THU),
    ("Minggu-minggu terakhir ini sangat melelahkan.", THU),
    ("Jumlah penumpang naik selama dua pekan.", THU),
    ("Ia menjalani hukuman 10 tahun penjara.", THU),
    ("Harga naik pada 1990-an.", THU),
    ("Pemerintah menargetkan 2030 ton produksi.", THU),
    ("Versi 3.5.10 dirilis dengan perbaikan.", THU),
    ("Pukul 07.30 WIB adalah waktu masuk sekolah.", THU),
    ("Ia bekerja berjam-jam setiap hari.", THU),
    ("Peristiwa pada hari itu tak terlupakan.", THU),
    ("Bulan itu penuh tantangan bagi para petani.", THU),
    ("Pertemuan tahunan digelar di Bali.", THU),
    ("Kasus COVID-19 kembali meningkat di Jakarta.", THU),
    ("Pasal 28 ayat 3 mengatur hal itu.", THU),
    ("Harga Rp 2.000 per kilogram dinilai terlalu murah.", THU),
    ("Jarak tempuhnya hingga 2000 km.", THU),
    ("Juniarto dan Agustina ditunjuk sebagai juru bicara.", THU),
    ("Seninnya dipamerkan di galeri nasional.", THU),
    ("Tim may consider a new plan.", THU),
    ("The agency processed 2019 cases in 2 days.", THU),
    ("Nomor antrean 2022 dipanggil terakhir.", THU),
    ("Hasilnya 12.45 persen lebih tinggi.", THU),
    ("Kenaikan mencapai 2,5 persen dibanding periode sebelumnya.", THU),
    ("Dia berusia 45 tahun dan tinggal di Bandung.", THU),
    ("Proses itu memakan waktu berbulan-bulan.", THU),
    ("Data hingga 2022% tidak valid.", THU),
    ("Sebanyak 24/7 petugas berjaga.", THU),
    ("Tim pekan olahraga nasional berlatih.", THU),
    ("Warga menuntut keadilan sejak lama.", THU),
    ("Kapal Mar Adriatico berlabuh di Tanjung Priok.", THU),
    ("Gelar juara itu diraih tim ini untuk ke-3 kalinya.", THU),
]

# Sentences with several mentions: every surface in order.
MULTI: list[tuple[str, date | None, list[tuple[str, str | None]]]] = [
    (
        "Korut pada Kamis (22/9/2022) membantah, sementara Moskow pada pekan lalu menyebut laporan itu palsu.",
        THU,
        [("Kamis (22/9/2022)", "2022-09-22"), ("pada pekan lalu", "2022-W37")],
    ),
    (
        "Sanksi berlaku sejak 2006, diperketat pada 2017, dan dibahas lagi bulan lalu.",
        THU,
        [("sejak 2006", "2006"), ("pada 2017", "2017"), ("bulan lalu", "2022-08")],
    ),
    (
        "Pada hari Senin, pada Agustus, pada bulan Mei, Pada bulan Juli, bulan lalu dan pekan lalu.",
        None,
        [
            ("Pada hari Senin", None),
            ("pada Agustus", None),
            ("pada bulan Mei", None),
            ("Pada bulan Juli", None),
            ("bulan lalu", None),
            ("pekan lalu", None),
        ],
    ),
    (
        "Senin (19/9/2022) hingga Rabu (21/9/2022), hujan turun setiap sore.",
        THU,
        [("Senin (19/9/2022)", "2022-09-19"), ("Rabu (21/9/2022)", "2022-09-21")],
    ),
    (
        "Rapat digelar Senin hingga Rabu.",
        THU,
        [("Senin", "2022-09-19"), ("hingga Rabu", "2022-09-21")],
    ),
    (
        "Harga BBM naik pada 3 September 2022, dua pekan setelah pengumuman pada Agustus.",
        THU,
        [("3 September 2022", "2022-09-03"), ("pada Agustus", "2022-08")],
    ),
    (
        "Kemarin, hari ini, dan besok jalan itu ditutup.",
        FRI,
        [("Kemarin", "2022-09-22"), ("hari ini", "2022-09-23"), ("besok", "2022-09-24")],
    ),
    (
        "The talks began on Monday, stalled on Wednesday and resumed yesterday.",
        FRI,
        [("on Monday", "2022-09-19"), ("on Wednesday", "2022-09-21"), ("yesterday", "2022-09-22")],
    ),
    (
        "Pada 2019 ia dilantik; tahun lalu ia mundur, dan Maret mendatang ia maju lagi.",
        FEB,
        [("Pada 2019", "2019"), ("tahun lalu", "2022"), ("Maret mendatang", "2023-03")],
    ),
    (
        "Pertemuan itu berlangsung beberapa minggu setelah pemilu pada bulan Juli.",
        THU,
        [("pada bulan Juli", "2022-07")],
    ),
]

LINES: list[tuple[str, date | None, datetime | None]] = [
    ("Kompas.com - 22/09/2022, 07:30 WIB", date(2022, 9, 22), datetime(2022, 9, 22, 7, 30, tzinfo=timezone(
        timedelta(hours=7)))),
    ("23 September 2022", date(2022, 9, 23), None),
    ("Kamis, 22 Sep 2022 07:30 WIB", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("22 September 2022 | 19:00 WITA", date(2022, 9, 22), datetime(2022, 9, 22, 11, 0, tzinfo=timezone.utc)),
    ("2022-09-22T07:30:00+07:00", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("Thursday, September 22, 2022 7:30 AM", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("Rabu, 21 September 2022 - 14:32 WIB", date(2022, 9, 21), datetime(2022, 9, 21, 7, 32, tzinfo=timezone.utc)),
    ("Jumat, 23 Sep 2022 08:15 WIT", date(2022, 9, 23), datetime(2022, 9, 22, 23, 15, tzinfo=timezone.utc)),
    ("22/09/2022 pukul 07.30", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("Diperbarui 22 Sep 2022, 10:15 WIB", date(2022, 9, 22), datetime(2022, 9, 22, 3, 15, tzinfo=timezone.utc)),
    ("Published: 22 Sep 2022 07:30 GMT+7", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("22 Sep 2022 07:30 UTC", date(2022, 9, 22), datetime(2022, 9, 22, 7, 30, tzinfo=timezone.utc)),
    ("22 Sep 2022 07:30 GMT", date(2022, 9, 22), datetime(2022, 9, 22, 7, 30, tzinfo=timezone.utc)),
    ("2022-09-22 07:30:00 +0700", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("2022-09-22T00:30:00Z", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("2022-09-22 07:30", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("2022-09-22", date(2022, 9, 22), None),
    ("Senin, 19/09/2022 17:05", date(2022, 9, 19), datetime(2022, 9, 19, 10, 5, tzinfo=timezone.utc)),
    ("Sept. 21, 2022, 10:45 p.m.", date(2022, 9, 21), datetime(2022, 9, 21, 15, 45, tzinfo=timezone.utc)),
    ("September 22, 2022 12:05 AM", date(2022, 9, 22), datetime(2022, 9, 21, 17, 5, tzinfo=timezone.utc)),
    ("September 22, 2022 12:05 PM", date(2022, 9, 22), datetime(2022, 9, 22, 5, 5, tzinfo=timezone.utc)),
    ("Selasa, 20 September 2022 | 21.10 WIB", date(2022, 9, 20), datetime(2022, 9, 20, 14, 10, tzinfo=timezone.utc)),
    ("Oleh Redaksi, 1 Okt 2022", date(2022, 10, 1), None),
    ("22.09.2022 07:30 WIB", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("07:30 WIB, 22/09/2022", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("Kamis 22 September 2022 (GMT+07:00)", date(2022, 9, 22), None),
    ("22 Sep 2022, 19:00 (WITA)", date(2022, 9, 22), datetime(2022, 9, 22, 11, 0, tzinfo=timezone.utc)),
    ("Updated 22 September 2022 09:00 EDT", date(2022, 9, 22), datetime(2022, 9, 22, 13, 0, tzinfo=timezone.utc)),
    ("22-Sep-2022 07:30", date(2022, 9, 22), datetime(2022, 9, 22, 0, 30, tzinfo=timezone.utc)),
    ("2022/09/22", date(2022, 9, 22), None),
    ("  23 September 2022  ", date(2022, 9, 23), None),
    ("Senin, 5 Desember 2022 06:00 WIB", date(2022, 12, 5), datetime(2022, 12, 4, 23, 0, tzinfo=timezone.utc)),
    ("2 jam lalu", None, None),
    ("Kemarin 07:30", None, None),
    ("September 2022", None, None),
    ("Kamis, 07:30 WIB", None, None),
    ("Penulis: Ahmad Fauzi", None, None),
    ("", None, None),
    ("31/02/2022 10:00", None, None),
]

URLS: list[tuple[str, date | None]] = [
    ("https://www.forbes.com/sites/roberthart/2022/09/22/north-korea-denies/", date(2022, 9, 22)),
    ("https://nasional.kompas.com/read/2022/09/22/07300081/judul-berita", date(2022, 9, 22)),
    ("https://example.co.id/berita/20220922/judul-berita", date(2022, 9, 22)),
    ("https://example.co.id/internasional/20220922123456-113-851234/judul", date(2022, 9, 22)),
    ("https://www.reuters.com/world/nkorea-says-it-never-supplied-weapons-2022-09-21/", date(2022, 9, 21)),
    ("https://example.com/news/2022-09-22-north-korea", date(2022, 9, 22)),
    ("https://example.com/2022/9/2/story.html", date(2022, 9, 2)),
    ("https://example.com/2021/12/31", date(2021, 12, 31)),
    ("https://example.com/read/2022/09/22/", date(2022, 9, 22)),
    ("http://example.com/a/b/2023/02/10/c?ref=home", date(2023, 2, 10)),
    ("https://example.com/berita_20220922_judul", date(2022, 9, 22)),
    ("example.com/2022/09/22/no-scheme", date(2022, 9, 22)),
    ("https://example.com/2022/09/22.html", date(2022, 9, 22)),
    ("https://www.idntimes.com/news/world/nama/korea-utara-bantah-jual-senjata", None),
    ("https://news.detik.com/internasional/d-6306325/judul-berita", None),
    ("https://example.com/article/1234567890123/title", None),
    ("https://example.com/article/98765432/title", None),
    ("https://example.com/2022/13/22/title", None),
    ("https://example.com/2022/02/30/title", None),
    ("https://example.com/1899/01/01/title", None),
    ("https://example.com/2022/09/title", None),
    ("https://example.com/20221399/title", None),
    ("https://example.com/20220922999999-1-2/title", None),
    ("https://example.com/search?date=2022-09-22", None),
    ("https://example.com/page#2022/09/22", None),
    ("https://example.com/", None),
    ("", None),
]


def _find(text: str, anchor: date | None, surface: str) -> DateMention:
    mentions = find_date_mentions(text, anchor)
    matching = [m for m in mentions if m.surface == surface]
    assert matching, f"{surface!r} not found in {text!r}; got {[m.surface for m in mentions]}"
    return matching[0]


@pytest.mark.parametrize(("text", "anchor", "surface", "value", "granularity", "resolution"), CASES)
def test_mention(text: str, anchor: date | None, surface: str, value: str, granularity: str, resolution: str):
    mention = _find(text, anchor, surface)
    assert mention.granularity == granularity
    if resolution == "unresolved":
        assert (mention.resolution, mention.resolved_value, mention.resolved_date) == ("unresolved", None, None)
        return
    assert mention.resolution == resolution
    assert mention.resolved_value == value
    assert mention.resolved_date == _first_day(value)


def _first_day(value: str) -> date:
    if "-W" in value:
        year, week = value.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


@pytest.mark.parametrize(("text", "anchor", "surface", "value", "granularity", "resolution"), CASES)
def test_mention_without_anchor(text, anchor, surface, value, granularity, resolution):
    """Relative expressions are never guessed without an anchor; absolute ones do not need it."""
    mention = _find(text, None, surface)
    assert mention.granularity == granularity
    if resolution == ABS:
        assert (mention.resolution, mention.resolved_value) == (ABS, value)
    else:
        assert (mention.resolution, mention.resolved_value, mention.resolved_date) == ("unresolved", None, None)


@pytest.mark.parametrize(("text", "anchor"), NEGATIVES)
def test_not_a_date(text: str, anchor: date | None):
    assert find_date_mentions(text, anchor) == []


@pytest.mark.parametrize(("text", "anchor", "expected"), MULTI)
def test_several_mentions(text: str, anchor: date | None, expected: list[tuple[str, str | None]]):
    got = [(m.surface, m.resolved_value) for m in find_date_mentions(text, anchor)]
    assert got == expected


ALL_TEXTS = [c[0] for c in CASES] + [n[0] for n in NEGATIVES] + [m[0] for m in MULTI]


@pytest.mark.parametrize("anchor", [THU, None])
def test_offsets_sorted_and_disjoint(anchor: date | None):
    text = "\n\n".join(ALL_TEXTS)
    mentions = find_date_mentions(text, anchor)
    assert len(mentions) >= len(CASES)
    previous_end = 0
    for m in mentions:
        assert text[m.char_start : m.char_end] == m.surface
        assert m.surface == m.surface.strip() and m.surface
        assert m.char_start >= previous_end
        previous_end = m.char_end
        assert m.granularity in {D, W, M, Y}
        assert m.resolution in {ABS, REL, "unresolved"}
        assert (m.resolved_value is None) == (m.resolved_date is None) == (m.resolution == "unresolved")


def test_offsets_in_a_longer_article():
    body = (
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo pada Kamis (22/9/2022) meninjau pasar.\n\n"
        "Sehari sebelumnya, Rabu (21/9/2022), ia berada di Bali. Pada pekan lalu ia ke Papua.\n\n"
        "Harga beras naik sejak awal bulan ini, tertinggi sejak 2018."
    )
    mentions = find_date_mentions(body, THU)
    assert [m.surface for m in mentions] == [
        "Kamis (22/9/2022)",
        "Rabu (21/9/2022)",
        "Pada pekan lalu",
        "sejak awal bulan ini",
        "sejak 2018",
    ]
    for m in mentions:
        assert body[m.char_start : m.char_end] == m.surface


def test_resolved_date_is_first_day_of_period():
    text = "pada pekan lalu, bulan lalu, tahun lalu dan kemarin"
    by_surface = {m.surface: m for m in find_date_mentions(text, THU)}
    assert by_surface["pada pekan lalu"].resolved_date == date(2022, 9, 12)
    assert by_surface["bulan lalu"].resolved_date == date(2022, 8, 1)
    assert by_surface["tahun lalu"].resolved_date == date(2021, 1, 1)
    assert by_surface["kemarin"].resolved_date == date(2022, 9, 21)


def test_empty_text():
    assert find_date_mentions("", THU) == []


def test_long_text_is_fast():
    import time

    text = "\n\n".join(ALL_TEXTS) * 5
    started = time.perf_counter()
    find_date_mentions(text, THU)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(("line", "day", "at"), LINES)
def test_parse_date_line(line: str, day: date | None, at: datetime | None):
    parsed = parse_date_line(line)
    if day is None:
        assert parsed is None
        return
    assert parsed is not None
    assert parsed.day == day
    if at is None:
        assert parsed.at is None
    else:
        assert parsed.at is not None and parsed.at.tzinfo is not None
        assert parsed.at == at


def test_parse_date_line_keeps_the_written_offset():
    parsed = parse_date_line("Kompas.com - 22/09/2022, 07:30 WIB")
    assert parsed is not None and parsed.at is not None
    assert parsed.at.utcoffset() == timedelta(hours=7)
    assert (parsed.at.hour, parsed.at.minute) == (7, 30)


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_date_from_url(url: str, expected: date | None):
    assert date_from_url(url) == expected
