"""Word lists and sentence templates of the synthetic corpus (written for Kabar; no published text).

Templates are Python format strings over the slots an event and an article provide (see corpus.py):
place, country, org, figure, coin, thing, things, n1..n3, person names and roles, and date expressions.
"""

from __future__ import annotations

from dataclasses import dataclass

FIRST_NAMES = (
    "Adi", "Agung", "Ahmad", "Andi", "Anisa", "Arief", "Bambang", "Bayu", "Budi", "Citra", "Dewi", "Dian",
    "Eko", "Endang", "Fajar", "Fitri", "Gilang", "Hadi", "Hendra", "Indah", "Irwan", "Joko", "Kartika",
    "Lestari", "Lukman", "Maya", "Nanda", "Nur", "Putri", "Rahmat", "Ratna", "Rizky", "Sari", "Slamet",
    "Teguh", "Tri", "Wahyu", "Wulan", "Yanti", "Yusuf",
)
LAST_NAMES = (
    "Aritonang", "Batubara", "Gunawan", "Harahap", "Hidayat", "Kurniawan", "Lubis", "Manurung", "Mahendra",
    "Nasution", "Nugroho", "Pangaribuan", "Prasetyo", "Purnomo", "Rahardjo", "Santoso", "Saputra", "Setiawan",
    "Siregar", "Simanjuntak", "Sitompul", "Suryadi", "Tambunan", "Utomo", "Wibowo", "Widodo", "Wijaya",
    "Yulianto", "Pardede", "Tanjung",
)
SYLLABLES = ("ka", "ra", "su", "ma", "ju", "we", "lo", "bu", "si", "ja", "ti", "wa", "ri", "no", "pa", "de",
             "gu", "lu", "se", "ta", "mo", "ngan", "rang", "tan", "jo", "sa", "ba", "ni", "ke", "dor")
COIN_KINDS = ("Desa", "Kampung", "Dusun", "Kelurahan", "Jembatan", "Bendungan", "Pasar", "Terminal", "Gang")
UNIVERSITIES = ("Universitas Nusa Raya", "Universitas Tanjung Harapan", "Institut Teknologi Cendana",
                "Universitas Lembah Hijau", "Universitas Samudra Timur")
COMPANIES = ("PT Sinar Kencana Abadi", "PT Arus Data Nusantara", "PT Griya Mulia Persada",
             "PT Samudra Logistik Utama", "PT Cakra Pangan Lestari")
PERSON_ROLES = (
    "juru bicara {org}", "Kepala Dinas Pekerjaan Umum {place}", "pengamat kebijakan publik dari {uni}",
    "Direktur Utama {company}", "Ketua RT setempat", "warga {coin}", "peneliti senior di {uni}",
    "Kepala Bidang Humas {org}", "Sekretaris Daerah {place}", "ekonom {uni}", "Koordinator lapangan {org}",
    "analis keamanan siber {company}", "pelatih kepala tim {place}", "Kepala Puskesmas {coin}",
)
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
INDONESIAN_PLACES = ("loc-jakarta", "loc-surabaya", "loc-bandung", "loc-medan", "loc-semarang", "loc-makassar",
                     "loc-yogyakarta", "loc-bali", "loc-palembang", "loc-pekanbaru", "loc-balikpapan",
                     "loc-manado", "loc-padang", "loc-malang", "loc-bogor", "loc-depok", "loc-bekasi",
                     "loc-tangerang", "loc-aceh", "loc-papua", "loc-lombok", "loc-kupang", "loc-pontianak")
MENU = ("Beranda", "Nasional", "Ekonomi", "Internasional", "Olahraga", "Tekno", "Otomotif", "Gaya Hidup",
        "Indeks", "Video")
SHARE_TARGETS = ("Facebook", "X", "WhatsApp", "Telegram", "Salin tautan")


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    thing: str  # the event in two words: "banjir bandang"
    things: tuple[str, ...]  # distinctive words of the topic
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    sentences: tuple[str, ...]
    quotes: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "banjir", "banjir bandang", ("tanggul", "pengungsi", "genangan", "pompa", "curah hujan", "posko"),
        ("Banjir Bandang Rendam {coin}, {n1} Warga Mengungsi", "Tanggul Jebol, {coin} di {place} Terendam",
         "Ribuan Rumah di {place} Tergenang Usai Hujan Deras"),
        ("banjir bandang merendam {n2} rumah di {coin}, {place}, {day_phrase}, setelah tanggul sungai jebol "
         "akibat curah hujan tinggi sejak sore.",
         "sedikitnya {n1} warga {coin} mengungsi ke posko darurat {day_phrase} karena genangan setinggi "
         "{n3} sentimeter belum juga surut."),
        ("Petugas gabungan mengerahkan {n3} pompa untuk menyedot genangan di permukiman warga.",
         "Tim SAR menyisir gang-gang sempit dengan perahu karet untuk menjangkau warga lanjut usia.",
         "Posko pengungsian di balai warga kini menampung {n1} orang, termasuk puluhan balita.",
         "Menurut catatan petugas, curah hujan {day_phrase} mencapai {n3} milimeter dalam enam jam.",
         "Sejumlah ruas jalan menuju {coin} ditutup sementara karena arus air masih deras."),
        ("Kami sudah mengirim logistik tambahan, tetapi akses ke lokasi masih sulit",
         "Air naik sangat cepat, dalam satu jam sudah sepinggang orang dewasa",
         "Tanggul itu sebenarnya sudah lama retak dan kami sudah berkali-kali melapor"),
    ),
    Topic(
        "gempa", "gempa bumi", ("magnitudo", "episentrum", "gempa susulan", "tenda darurat", "retakan"),
        ("Gempa Magnitudo {mag} Guncang {place}, Warga Berhamburan",
         "Gempa Susulan Masih Terasa di {coin}", "{n2} Bangunan Rusak Akibat Gempa di {place}"),
        ("gempa bermagnitudo {mag} mengguncang wilayah {place} {day_phrase}, merusak {n2} bangunan di "
         "sekitar {coin}.",
         "warga {coin} di {place} masih bertahan di tenda darurat setelah gempa {day_phrase} diikuti "
         "{n3} kali gempa susulan."),
        ("Episentrum gempa berada sekitar {n3} kilometer dari pusat kota pada kedalaman dangkal.",
         "Retakan terlihat di dinding sekolah dan puskesmas, sehingga kegiatan belajar dihentikan sementara.",
         "Petugas mendata {n2} rumah rusak ringan dan {n1} rumah rusak berat.",
         "Warga diminta menjauhi bangunan tua sampai pemeriksaan struktur selesai dilakukan.",
         "Getaran dirasakan cukup kuat hingga kabupaten tetangga selama beberapa detik."),
        ("Kami masih mendata kerusakan dan kebutuhan mendesak para pengungsi",
         "Anak-anak takut tidur di dalam rumah, jadi kami bertahan di halaman",
         "Potensi gempa susulan masih ada sehingga warga perlu tetap waspada"),
    ),
    Topic(
        "pangan", "harga beras", ("inflasi", "operasi pasar", "pasokan", "cadangan", "harga eceran"),
        ("Harga Beras di {place} Naik {n3} Persen dalam Sepekan", "Operasi Pasar Digelar di {coin}",
         "Pedagang {coin} Keluhkan Pasokan Beras Seret"),
        ("harga beras medium di {coin}, {place}, naik menjadi Rp {price} per kilogram {day_phrase}, "
         "tertinggi dalam {n3} bulan terakhir.",
         "pemerintah daerah {place} menggelar operasi pasar di {coin} {day_phrase} untuk menahan laju "
         "kenaikan harga beras."),
        ("Pedagang mengaku pasokan dari sentra produksi berkurang hampir separuh.",
         "Inflasi bahan pangan bergejolak tercatat {n3} persen secara tahunan.",
         "Stok cadangan di gudang daerah disebut cukup untuk {n3} bulan ke depan.",
         "Antrean warga sudah mengular sejak pagi, sebagian membawa kupon dari kelurahan.",
         "Harga eceran tertinggi yang ditetapkan pemerintah sudah terlampaui di banyak lapak."),
        ("Kenaikan ini dipicu gagal panen di beberapa sentra produksi",
         "Kami batasi pembelian lima kilogram per orang supaya merata",
         "Kalau pasokan normal lagi, harga akan turun dalam dua pekan"),
    ),
    Topic(
        "kereta", "gangguan kereta", ("perjalanan", "penumpang", "sinyal", "jadwal", "peron", "gerbong"),
        ("Gangguan Sinyal, Perjalanan Kereta di {place} Terlambat", "Penumpang Menumpuk di Stasiun {coin}",
         "{n2} Perjalanan Kereta Dibatalkan Akibat Gangguan"),
        ("gangguan sinyal di lintas {coin} membuat {n2} perjalanan kereta di {place} terlambat hingga "
         "{n3} menit {day_phrase}.",
         "ribuan penumpang tertahan di peron Stasiun {coin} {day_phrase} setelah listrik aliran atas "
         "padam."),
        ("Petugas mengalihkan sebagian perjalanan ke jalur alternatif selama perbaikan.",
         "Penumpang yang membatalkan perjalanan dapat meminta pengembalian tiket penuh.",
         "Jadwal perjalanan berangsur normal menjelang malam setelah sinyal diperbaiki.",
         "Sejumlah penumpang terpaksa berjalan di sepanjang rel menuju stasiun terdekat.",
         "Operator menyiapkan {n3} bus gratis untuk mengangkut penumpang yang tertahan."),
        ("Kami mohon maaf atas ketidaknyamanan ini dan petugas sudah bekerja sejak subuh",
         "Saya sudah menunggu dua jam tanpa ada pengumuman yang jelas",
         "Evaluasi menyeluruh akan kami lakukan agar kejadian serupa tidak terulang"),
    ),
    Topic(
        "korupsi", "kasus korupsi", ("tersangka", "penyidik", "dakwaan", "kerugian negara", "sidang", "vonis"),
        ("Penyidik Tetapkan {n1} Tersangka Korupsi Proyek {coin}", "Sidang Dugaan Korupsi {coin} Digelar",
         "Kerugian Negara Kasus {coin} Capai Rp {price} Miliar"),
        ("penyidik menetapkan {n1} orang sebagai tersangka dugaan korupsi proyek {coin} di {place} "
         "{day_phrase}, dengan kerugian negara ditaksir Rp {price} miliar.",
         "sidang perdana dugaan korupsi pembangunan {coin} digelar di pengadilan {place} {day_phrase} "
         "dengan agenda pembacaan dakwaan."),
        ("Para tersangka diduga menggelembungkan nilai kontrak hingga berlipat ganda.",
         "Penyidik telah memeriksa {n3} saksi, termasuk pejabat dinas dan rekanan proyek.",
         "Barang bukti berupa dokumen kontrak dan uang tunai disita dari dua lokasi.",
         "Kuasa hukum terdakwa menyatakan akan mengajukan eksepsi pada sidang berikutnya.",
         "Majelis hakim menunda sidang selama sepekan untuk memberi kesempatan pembelaan."),
        ("Kami akan menelusuri aliran dana ke semua pihak yang menikmati hasilnya",
         "Klien kami kooperatif dan siap membuktikan bahwa tuduhan itu keliru",
         "Proyek ini seharusnya selesai dua tahun lalu, tetapi sampai sekarang mangkrak"),
    ),
    Topic(
        "diplomasi", "kerja sama bilateral", ("delegasi", "nota kesepahaman", "kunjungan", "perdagangan"),
        ("{place} dan {country} Teken Nota Kesepahaman Baru", "Delegasi {country} Kunjungi {place}",
         "Kerja Sama Dagang {country} Ditargetkan Naik {n3} Persen"),
        ("delegasi {country} tiba di {place} {day_phrase} untuk menandatangani nota kesepahaman di bidang "
         "perdagangan dan energi.",
         "pemerintah dan {country} sepakat memperluas kerja sama perdagangan senilai {price} juta dolar AS "
         "{day_phrase}."),
        ("Kedua pihak juga membahas pembukaan rute penerbangan langsung dan kemudahan visa.",
         "Nilai perdagangan kedua negara tahun lalu tercatat {price} juta dolar AS.",
         "Pertemuan berlangsung tertutup selama sekitar {n3} menit sebelum jumpa pers.",
         "Sejumlah pengusaha ikut dalam rombongan untuk menjajaki peluang investasi.",
         "{org} disebut akan memantau pelaksanaan kesepakatan tersebut."),
        ("Kesepakatan ini membuka peluang besar bagi pelaku usaha kecil di kedua negara",
         "Kami ingin hasilnya terasa nyata, bukan hanya di atas kertas",
         "Hubungan kedua negara sedang berada di titik terbaiknya"),
    ),
    Topic(
        "sepak bola", "laga sepak bola", ("pertandingan", "gol", "klasemen", "tim tamu", "babak kedua"),
        ("Tim {place} Menang {n4}-{n5} atas Tim Tamu", "Laga di Stadion {coin} Berakhir Imbang",
         "Gol Menit Akhir Bawa {place} ke Puncak Klasemen"),
        ("tim {place} menaklukkan tim tamu {n4}-{n5} di Stadion {coin} {day_phrase} dan naik ke papan atas "
         "klasemen.",
         "laga di Stadion {coin} {day_phrase} ditonton sekitar {n2} suporter meski hujan turun sejak sore."),
        ("Gol pembuka tercipta lewat sundulan pada menit ke-{n3}.",
         "Tim tamu sempat menekan di babak kedua, tetapi penyelesaian akhir kurang tenang.",
         "Kemenangan ini memperpanjang catatan tak terkalahkan menjadi {n4} laga.",
         "Panitia mencatat {n2} tiket terjual habis dua hari sebelum pertandingan.",
         "Wasit memberikan {n4} kartu kuning dalam laga yang berlangsung keras itu."),
        ("Anak-anak bermain disiplin dan menjalankan instruksi dengan baik",
         "Kami harus segera memperbaiki lini belakang sebelum laga berikutnya",
         "Dukungan suporter benar-benar membuat pemain tampil lebih percaya diri"),
    ),
    Topic(
        "data", "kebocoran data", ("peretas", "server", "data pribadi", "aplikasi", "enkripsi"),
        ("Data {n2} Pengguna Aplikasi Layanan {place} Diduga Bocor", "Server Layanan Publik {place} Diretas",
         "Peretas Minta Tebusan, Layanan {coin} Lumpuh"),
        ("data pribadi sekitar {n2} pengguna aplikasi layanan publik {place} diduga bocor dan dijual di "
         "forum gelap {day_phrase}.",
         "layanan daring {coin} di {place} lumpuh {day_phrase} setelah server utamanya diserang peretas "
         "yang meminta tebusan."),
        ("Data yang bocor mencakup nama, nomor telepon, dan alamat surel pengguna.",
         "Pengelola menonaktifkan sementara aplikasi untuk audit keamanan menyeluruh.",
         "Peretas mengklaim memiliki {n3} gigabita berkas dari server tersebut.",
         "Pengguna diimbau mengganti kata sandi dan mewaspadai pesan yang mencurigakan.",
         "Tim forensik digital masih menelusuri celah yang dimanfaatkan pelaku."),
        ("Kami sudah menutup celah itu dan tidak ada data keuangan yang terdampak",
         "Enkripsi seharusnya menjadi standar minimum untuk layanan publik",
         "Kebocoran seperti ini terus berulang karena pengawasan masih lemah"),
    ),
)

GENERIC_SENTENCES = (
    "Peristiwa itu menjadi perhatian warganet dan ramai dibicarakan di media sosial.",
    "Pemerintah daerah {place} berjanji mengevaluasi penanganan kejadian tersebut.",
    "{org} disebut telah menerima laporan awal dan sedang mempelajarinya.",
    "Hingga berita ini diturunkan, belum ada keterangan resmi dari pihak terkait.",
    "Kejadian serupa pernah terjadi pada {year}, namun dampaknya tidak sebesar sekarang.",
    "Sejumlah anggota dewan meminta pemerintah bergerak lebih cepat.",
    "Warga berharap persoalan {thing} tidak lagi berulang setiap tahun.",
    "Situasi di lokasi {day_phrase2} berangsur kondusif, menurut petugas.",
    "Data sementara menunjukkan jumlah warga terdampak bertambah menjadi {n1} orang.",
    "{figure} pernah menyinggung persoalan serupa dalam pidato {month_phrase}.",
    "Pemeriksaan lanjutan dijadwalkan {future_phrase}, kata petugas.",
    "Anggaran penanganan {thing} tahun ini mencapai Rp {price} miliar.",
    "Sebagian warga memilih bertahan di rumah untuk menjaga harta benda mereka.",
    "Pihak berwenang membuka layanan pengaduan yang dapat diakses selama 24 jam.",
)
SPEECH_VERBS = ("kata", "ujar", "tutur", "ucap", "jelas", "tegas")
SUBHEADINGS = ("Kronologi kejadian", "Respons pemerintah", "Dampak bagi warga", "Langkah selanjutnya",
               "Latar belakang", "Poin utama")
READ_ALSO = ("Baca juga: {title}", "Baca Juga: {title}", "Simak juga: {title}", "Lihat juga: {title}")
CAPTION_CREDITS = ("(dok. Humas {org})", "(Foto: {outlet}/{author})", "(ANTARA FOTO/{author})",
                   "(Ilustrasi: {outlet})")
AD_LINES = ("ADVERTISEMENT", "Iklan", "SCROLL TO CONTINUE WITH CONTENT", "Iklan - Scroll untuk Melanjutkan")
PROMO_LINES = (
    "Ikuti berita terkini dari {outlet} di Google News.",
    "Dapatkan update berita pilihan setiap hari: ikuti kami di WhatsApp Channel.",
    "Download aplikasi {outlet} untuk membaca berita lebih cepat.",
    "Bagikan artikel ini melalui",
    "Salin link",
    "Komentar",
    "Login untuk menulis komentar dan menyimpan artikel.",
    "Baca berita tanpa iklan. Gabung {outlet}+",
)
TRENDING_HEADINGS = ("Terpopuler", "Berita Terkini", "Paling Banyak Dibaca", "Terkini Lainnya")

# Filler sentences are put together from these four parts (subject, verb, object, circumstance): over
# ten thousand combinations, so long articles do not repeat themselves too visibly.
FILLER_SUBJECTS = ("Petugas di lapangan", "Pemerintah setempat", "Sejumlah warga", "Aparat keamanan",
                   "Para relawan", "Pengurus lingkungan", "Tim gabungan", "Pejabat dinas terkait",
                   "Beberapa pedagang", "Kalangan akademisi", "Organisasi masyarakat sipil", "Anggota DPRD")
FILLER_VERBS = ("terus memantau", "mulai mendata", "mempertanyakan", "menyoroti", "membahas", "menyiapkan",
                "meninjau ulang", "mendokumentasikan", "mengkaji", "menindaklanjuti", "menyosialisasikan")
FILLER_OBJECTS = ("perkembangan situasi", "kebutuhan warga terdampak", "prosedur penanganan darurat",
                  "anggaran cadangan daerah", "rencana pemulihan jangka panjang", "laporan masyarakat",
                  "jalur distribusi bantuan", "koordinasi antarinstansi", "data korban dan kerugian",
                  "kesiapan sarana umum")
FILLER_TAILS = ("sejak pagi", "hingga larut malam", "bersama instansi terkait", "secara bergiliran",
                "di sejumlah titik", "dalam rapat terbatas", "tanpa banyak publikasi", "dengan hati-hati",
                "menjelang akhir pekan", "di tengah cuaca yang tidak menentu")
