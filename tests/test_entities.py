"""Entity extraction on sentences written in the style of Indonesian reporting."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import find_date_mentions
from tasks.entities import Gazetteer, discovered_entity, extract_entities, fold_name
from tasks.reference import GazetteerEntry

GAZ = Gazetteer([
    GazetteerEntry("loc-us", "United States", "location", "Q30", ("Amerika Serikat", "AS", "Amerika")),
    GazetteerEntry("loc-kp", "North Korea", "location", "Q423", ("Korea Utara", "Korut", "DPRK")),
    GazetteerEntry("loc-id", "Indonesia", "location", "Q252", ("Indonesia", "RI")),
    GazetteerEntry("org-un", "United Nations", "organization", None, ("PBB", "Perserikatan Bangsa-Bangsa")),
    GazetteerEntry("org-unsc", "UN Security Council", "organization", None, ("Dewan Keamanan PBB", "DK PBB")),
    GazetteerEntry("per-kju", "Kim Jong-un", "person", None, ("Kim Jong-un",)),
    GazetteerEntry("loc-jkt", "Jakarta", "location", None, ("Jakarta",)),
])


def surfaces(text: str, gazetteer_: Gazetteer | None = GAZ) -> dict[str, str]:
    """Surface -> "type:name"; the test gazetteer by default, the project's own with None."""
    entities, mentions = extract_entities(text, gazetteer_)
    names = {e.entity_id: e for e in entities}
    return {m.surface: f"{names[m.entity_id].entity_type}:{names[m.entity_id].name}" for m in mentions}


def test_aliases_resolve_to_one_entity_and_offsets_point_at_the_surface() -> None:
    text = "Korea Utara menolak tuduhan AS. Korut menyebut Amerika Serikat menyebar rumor tentang DPRK."
    entities, mentions = extract_entities(text, GAZ)
    assert {m.entity_id for m in mentions} == {"loc-kp", "loc-us"}
    assert all(text[m.char_start:m.char_end] == m.surface for m in mentions)
    assert {e.entity_id: e.curated for e in entities} == {"loc-kp": True, "loc-us": True}


def test_acronyms_match_only_in_capitals_and_longest_alias_wins() -> None:
    found = surfaces("Kapal itu bergerak as roda. Sanksi Dewan Keamanan PBB dan dewan keamanan PBB berlaku.")
    assert "as" not in found
    assert found["Dewan Keamanan PBB"] == "organization:UN Security Council"
    assert found["dewan keamanan PBB"] == "organization:UN Security Council"
    assert "PBB" not in found  # inside the longer alias


def test_lowercase_words_do_not_match_names() -> None:
    assert "indonesia" not in surfaces("bahasa indonesia diajarkan di sekolah-sekolah.")


def test_spelling_variants_fold_together() -> None:
    assert surfaces("Pemimpin Kim Jong Un hadir.")["Kim Jong Un"] == "person:Kim Jong-un"
    assert fold_name("KIM Jong-un") == fold_name("Kim Jong Un")


def test_acronym_defined_in_the_article_is_learned() -> None:
    text = ("Komisi Pemberantasan Korupsi (KPK) memeriksa dua pejabat. Juru bicara KPK mengatakan "
            "pemeriksaan berlanjut pekan depan.")
    entities, mentions = extract_entities(text, GAZ)
    kpk = [m for m in mentions if m.surface in {"KPK", "Komisi Pemberantasan Korupsi"}]
    assert len({m.entity_id for m in kpk}) == 1 and len(kpk) == 3
    assert next(e for e in entities if e.entity_id == kpk[0].entity_id).entity_type == "organization"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Juru bicara kepolisian Ade Prasetyo mengatakan pelaku sudah ditangkap.", "Ade Prasetyo"),
    ("Hal itu disampaikan Menteri Luar Negeri Retno Marsudi di Jakarta.", "Retno Marsudi"),
    ("Nadia Kusuma, seorang peneliti lembaga survei, menilai hasilnya wajar.", "Nadia Kusuma"),
    ("Yang Moo-jin, seorang profesor di universitas itu, menyebut langkah tersebut politis.", "Yang Moo-jin"),
    ("Asisten Menteri untuk Pendanaan Teroris dan Kejahatan Keuangan Laura Benson mengatakan sanksi berlanjut.",
     "Laura Benson"),
])
def test_people_are_discovered_from_their_role_or_speech(sentence: str, name: str) -> None:
    found = surfaces(sentence)
    assert found.get(name) == f"person:{name}"
    assert not [s for s, kind in found.items() if kind.startswith("person") and s != name]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The co-op's chair, Haryanto Wibisono, has denied wrongdoing.", "Haryanto Wibisono"),
    ("The case against the boat's captain, Yohanis Lumintang, was settled last week.", "Yohanis Lumintang"),
    ("Senada, Manajer Persik Andhika Rahmat Saputra menyampaikan permintaan maaf.", "Andhika Rahmat Saputra"),
    # a name that often comes second stays inside the name: the judge is Dedy Prasetyo Hartono, not Prasetyo Hartono
    ("Vonis itu dibacakan Ketua Majelis Hakim Dedy Prasetyo Hartono di ruang sidang.", "Dedy Prasetyo Hartono"),
])
def test_a_common_given_name_opens_a_name_with_no_other_cue(sentence: str, name: str) -> None:
    """Given names of Indonesia's regions (name_context.yaml) tell a person where no role or verb is beside it."""
    found = surfaces(sentence, None)
    assert found.get(name) == f"person:{name}"


def test_bare_surname_links_to_the_full_name() -> None:
    text = ("Juru bicara angkatan udara Yuri Gromov mengatakan serangan berlanjut. "
            "Gromov menambahkan bahwa pertahanan udara siap.")
    _, mentions = extract_entities(text, GAZ)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Gromov"] == ids["Yuri Gromov"]


def test_organizations_from_head_and_tail_words() -> None:
    found = surfaces("Menurut Universitas Studi Korea Utara dan stasiun Nusantara TV, Badan Pusat Statistik "
                     "mencatat kenaikan.")
    assert found["Universitas Studi Korea Utara"].startswith("organization")
    assert found["Nusantara TV"].startswith("organization")
    assert found["Badan Pusat Statistik"].startswith("organization")


def test_sentence_starters_days_and_headings_are_not_entities() -> None:
    found = surfaces("Pada Senin, Latar Belakang Kunci dibahas. Namun Kamis lalu rapat ditunda. Fakta Penting")
    assert not found


def test_discovered_ids_are_stable_across_articles() -> None:
    hyphenated, spaced = discovered_entity("Yang Moo-jin", "person"), discovered_entity("Yang Moo Jin", "person")
    assert hyphenated.entity_id == spaced.entity_id
    assert discovered_entity("Ade Prasetyo", "person").entity_id != discovered_entity(
        "Ade Prasetyo", "organization").entity_id


# --- issue 4: rules measured on samples/annotated (python -m kabar.evaluate_normalization) ---------------

GAZ2 = Gazetteer([
    GazetteerEntry("loc-ph", "Philippines", "location", "Q928", ("Filipina", "Philippines")),
    GazetteerEntry("loc-id", "Indonesia", "location", "Q252", ("Indonesia", "RI", "Republik Indonesia")),
    GazetteerEntry("loc-kr", "South Korea", "location", "Q884", ("Korea Selatan", "Korsel")),
    GazetteerEntry("loc-seoul", "Seoul", "location", None, ("Seoul",)),
    GazetteerEntry("loc-maluku", "Maluku", "location", None, ("Maluku",)),
    GazetteerEntry("loc-th", "Thailand", "location", None, ("Thailand",)),
    GazetteerEntry("loc-jkt", "Jakarta", "location", None, ("Jakarta",)),
    GazetteerEntry("loc-sulsel", "South Sulawesi", "location", None, ("Sulawesi Selatan", "Sulsel")),
    GazetteerEntry("org-detik", "detikcom", "organization", None, ("detikcom", "Detik.com")),
    GazetteerEntry("org-kpu", "KPU", "organization", None, ("KPU", "Komisi Pemilihan Umum")),
    GazetteerEntry("org-timnas", "Timnas Indonesia", "organization", None, ("Timnas Indonesia",)),
])


def found2(text: str) -> dict[str, str]:
    entities, mentions = extract_entities(text, GAZ2)
    names = {e.entity_id: e for e in entities}
    return {m.surface: f"{names[m.entity_id].entity_type}:{names[m.entity_id].name}" for m in mentions}


def ids2(text: str) -> dict[str, str]:
    return {m.surface: m.entity_id for m in extract_entities(text, GAZ2)[1]}


def test_an_acronym_must_fit_the_name_it_follows() -> None:
    found = found2("Penjaga Pantai Filipina (PCG) mengatakan api berasal dari ruang mesin. Juru bicara PCG "
                   "menyebut tujuh orang hilang.")
    assert found["Penjaga Pantai Filipina"] == "organization:Penjaga Pantai Filipina"
    assert "PCG" not in found and "Filipina" not in found  # PCG is not the Philippines


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("Kedutaan Besar Republik Indonesia (KBRI) Seoul meminta WNI waspada. Menurut KBRI, salju turun.",
     "Kedutaan Besar Republik Indonesia", "KBRI"),
    ("Badan Pangan Nasional (Bapanas) menggelar operasi pasar. Panel harga Bapanas mencatat kenaikan.",
     "Badan Pangan Nasional", "Bapanas"),
    ("Ekonom Institute for Development of Economics and Finance (Indef) menilai langkah itu tepat. "
     "Indef memperkirakan kredit naik.", "Institute for Development of Economics and Finance", "Indef"),
])
def test_unknown_names_defined_by_their_acronym_are_organizations(text: str, name: str, acronym: str) -> None:
    found, ids = found2(text), ids2(text)
    assert found[name] == f"organization:{name}"
    assert ids[acronym] == ids[name]
    assert "Republik Indonesia" not in found  # the embassy's name, not a mention of the country


def test_first_names_and_three_word_names_link_to_the_person() -> None:
    text = ("Ketua KPU Kota Palu Hendra Siregar memimpin rapat. Anggota Bawaslu Ratna Dewi Lestari hadir. "
            "Hendra mengatakan PSU digelar pekan depan. Menurut Ratna, 37 pemilih mencoblos dua kali.")
    ids = ids2(text)
    assert ids["Hendra"] == ids["Hendra Siregar"] and ids["Ratna"] == ids["Ratna Dewi Lestari"]
    assert "Dewi Lestari" not in ids


def test_a_role_before_a_place_and_a_rank_inside_the_run() -> None:
    text = ("Longsor melanda Kabupaten Tana Toraja, Sulawesi Selatan. Bupati Tana Toraja Yohanis Rante meninjau "
            "lokasi. Kapolres Tana Toraja AKBP Hendrik Palilu mengatakan empat warga masih dicari.")
    found, ids = found2(text), ids2(text)
    assert found["Yohanis Rante"] == "person:Yohanis Rante"
    assert found["Hendrik Palilu"] == "person:Hendrik Palilu"
    assert found["Kabupaten Tana Toraja"] == "location:Tana Toraja"
    assert ids["Tana Toraja"] == ids["Kabupaten Tana Toraja"]  # the later bare name is the same place


def test_places_from_head_words_and_directions() -> None:
    text = ("Gempa mengguncang Kabupaten Maluku Tengah, Maluku. Pusatnya di Laut Banda. Warga Maluku Tengah "
            "mengungsi. Bandara Sentani dan Pulau Seram tidak terdampak.")
    found, ids = found2(text), ids2(text)
    assert found["Laut Banda"] == "location:Laut Banda"
    assert found["Bandara Sentani"] == "location:Bandara Sentani"
    assert found["Pulau Seram"] == "location:Pulau Seram"
    assert ids["Maluku Tengah"] == ids["Kabupaten Maluku Tengah"] != ids["Maluku"]


def test_organization_names_joined_by_connectors_and_of() -> None:
    found = found2("Bank Indonesia bersama Bank of Thailand memperluas QRIS. Kementerian Dalam Negeri dan "
                   "Keselamatan menaikkan status siaga.")
    assert found["Bank of Thailand"] == "organization:Bank of Thailand"
    assert "Thailand" not in found
    assert found["Kementerian Dalam Negeri dan Keselamatan"].startswith("organization")


@pytest.mark.parametrize("sentence", [
    "Pasangan China, Liu Yang/Chen Bo, kalah di Istora Senayan, Jakarta.",
    "PT Kirim Cepat Nusantara memutus kontrak 200 karyawan. CEO Kirim Cepat Nusantara, Galih Pramudya, hadir.",
])
def test_places_and_companies_are_not_people(sentence: str) -> None:
    found = found2(sentence)
    assert not [s for s, kind in found.items() if kind.startswith("person") and s in {
        "Istora Senayan", "Cepat Nusantara", "Kirim Cepat Nusantara"}]


def test_a_one_word_speaker_confirms_the_full_name() -> None:
    found = found2("Dua gol Indonesia dicetak Arkan Wijaya dan Dimas Saputra. “Saya senang,” kata Dimas.")
    assert found["Dimas Saputra"] == "person:Dimas Saputra" and found["Dimas"] == "person:Dimas Saputra"


def test_lowercase_brands_match_as_written_and_age_groups_are_other_teams() -> None:
    ids = ids2("Hendra Siregar dihubungi detikcom. Timnas Indonesia U-23 menang, Timnas Indonesia kalah.")
    assert ids["detikcom"] == "org-detik"
    assert ids["Timnas Indonesia"] == "org-timnas" != ids["Timnas Indonesia U-23"]


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Kereta anjlok di antara Stasiun Kroya dan Stasiun Sumpiuh.", "Stasiun Kroya", "location"),
    ("Kepala Stasiun Geofisika Ambon, Rudy Latuconsina, mengatakan gempa terasa.", "Stasiun Geofisika Ambon",
     "organization"),
    ("Petani di Kabupaten Sidenreng Rappang (Sidrap) mulai panen. Produksi Sidrap naik.", "Sidrap", "location"),
    ("kata Kepala Posko Terpadu Arus Balik, Kombes Bayu Aditya, kepada wartawan.", "Posko Terpadu Arus Balik",
     "organization"),
])
def test_heads_decide_between_places_bodies_and_people(text: str, surface: str, kind: str) -> None:
    found = found2(text)
    assert found[surface].startswith(kind)
    assert "Arus Balik" not in found and "Stasiun Kroya dan Stasiun Sumpiuh" not in found


@pytest.mark.parametrize(("sentence", "people"), [
    # A given name (or a family name written first) opens a person's name: no role or speech verb needed.
    ("Dalam daftar itu ada Rizky Manurung dan Bagas Lumbantobing.", {"Rizky Manurung", "Bagas Lumbantobing"}),
    ("Gol penyeimbang dicetak Nguyen Thanh Binh pada babak kedua.", {"Nguyen Thanh Binh"}),
    # A name joined by "dan", "and", "&" or "/" to a person's name is a person's name too.
    ("Ganda campuran Rinov Sihombing/Dian Kurnia melaju ke semifinal usai menang atas Zhang Wei/Huang Li.",
     {"Rinov Sihombing", "Dian Kurnia", "Zhang Wei", "Huang Li"}),
    ("Ernawati Simatupang dan Khofifah Parawansa mengatakan pasar itu akan dibuka pekan depan.",
     {"Khofifah Parawansa", "Ernawati Simatupang"}),
    ("The pair Dian Kurnia and Rinov Sihombing won in straight games.", {"Dian Kurnia", "Rinov Sihombing"}),
    # A family name made like a noun (tambun + -an) is still a name.
    ("Penasihat hukum Darmawan, Robert Tambunan, menyebut kliennya tidak bersalah.", {"Robert Tambunan"}),
])
def test_people_from_a_given_name_or_joined_to_another_person(sentence: str, people: set[str]) -> None:
    found = {s for s, kind in found2(sentence).items() if kind.startswith("person")}
    assert people <= found, found


@pytest.mark.parametrize(("sentence", "not_people"), [
    ("Kemacetan panjang terjadi di Jalan Ahmad Yani sejak pagi.", {"Ahmad Yani"}),
    ("Mahasiswa Universitas Ahmad Dahlan menggelar aksi damai.", {"Ahmad Dahlan", "Universitas Ahmad Dahlan"}),
    ("Pasien dirujuk ke RS Siti Khadijah di Sidoarjo.", {"Siti Khadijah", "RS Siti Khadijah"}),
    ("Hotel Indonesia dan Bank Mandiri menjadi sponsor acara.", {"Bank Mandiri", "Hotel Indonesia"}),
    # A reduplicated word is no part of a name; a noun made with -an opens no name.
    ("Para tersangka dijerat Pasal 363 Kitab Undang-Undang Hukum Pidana tentang pencurian.",
     {"Undang-Undang Hukum Pidana", "Kitab Undang-Undang Hukum Pidana", "Hukum Pidana"}),
    ("“Kami senang,” kata Nadira. Unggahan Nadira mendapat sambutan hangat dari warganet.", {"Unggahan Nadira"}),
])
def test_places_organizations_laws_and_nouns_are_no_person(sentence: str, not_people: set[str]) -> None:
    found = {s for s, kind in found2(sentence).items() if kind.startswith("person")}
    assert not found & not_people, found


@pytest.mark.parametrize(("sentence", "person", "not_people"), [
    ("Pelaku akan kami proses, kata Kasat Reskrim setempat, AKP Andre Wijaya.", "Andre Wijaya", {"Kasat Reskrim"}),
    ("Kepala Satuan Reserse Kriminal Polres setempat, AKP Rudi Hartanto, mengatakan pelaku sudah ditahan.",
     "Rudi Hartanto", {"Reserse Kriminal"}),
    ("Plt Sekda Akhmad Marjuki meninjau lokasi banjir.", "Akhmad Marjuki", {"Sekda Akhmad Marjuki"}),
    # An acronym between the role and the name is the body the person speaks for.
    ("Juru bicara PCG Armando Reyes menyebut sebagian besar penumpang selamat.", "Armando Reyes",
     {"PCG Armando Reyes"}),
])
def test_abbreviated_unit_heads_are_roles_not_names(sentence: str, person: str, not_people: set[str]) -> None:
    people = {s for s, kind in found2(sentence).items() if kind.startswith("person")}
    assert person in people and not people & not_people, people


@pytest.mark.parametrize(("sentence", "organization", "person", "not_people"), [
    # "dan" inside an office's name continues it: neither half after the head names anyone.
    ("Kepala Dinas Sumber Daya Air dan Bina Marga Surabaya, Syamsul Hariadi, mengatakan banjir surut.",
     "Dinas Sumber Daya Air dan Bina Marga Surabaya", "Syamsul Hariadi", {"Daya Air", "Bina Marga"}),
    ("Kepala Dinas Pemuda dan Olahraga Kota Ambon, Rizal Makatita, membuka turnamen.",
     "Dinas Pemuda dan Olahraga Kota Ambon", "Rizal Makatita", {"Pemuda", "Olahraga Kota Ambon"}),
])
def test_an_office_named_with_dan_is_one_organization(sentence: str, organization: str, person: str,
                                                      not_people: set[str]) -> None:
    found = found2(sentence)
    assert found[organization].startswith("organization")
    people = {s for s, kind in found.items() if kind.startswith("person")}
    assert person in people and not people & not_people, people


def test_a_mayor_is_a_role_and_a_name_after_a_particle_is_whole() -> None:
    found = found2("Rapat dihadiri Wakil Wali Kota Ahmad Dani. Pelatih Nguyen Van Tuan mengaku puas.")
    assert found["Ahmad Dani"] == "person:Ahmad Dani"  # "Wali Kota" is the mayor, not a city
    assert found["Nguyen Van Tuan"] == "person:Nguyen Van Tuan"  # "tuan" (Mr.) after "Van" is his name
    # A real rule: a role followed by another person after "dan" still names that person.
    people = {s for s, kind in found2("Kepala Dinas Kesehatan Budi Santoso dan Bupati Lestari Wulandari hadir."
                                      ).items() if kind.startswith("person")}
    assert {"Budi Santoso", "Lestari Wulandari"} <= people, people


def test_people_known_by_one_name_need_a_cue_right_beside_the_name() -> None:
    text = ("Tim menemukan korban atas nama Darto. Pencarian Ibu Suwarni berlanjut. Dua korban lain, Karsono (52) "
            "dan Tarsiah, ditemukan kemarin. Suwarni, 30, adalah istri Darto. Banjir juga melanda Gedung (5) "
            "lantai. Karsono dikenal ramah.")
    people = {s: kind for s, kind in found2(text).items() if kind.startswith("person")}
    assert set(people) == {"Darto", "Suwarni", "Karsono", "Tarsiah"}, people
    _, mentions = extract_entities(text, GAZ2)
    assert sum(m.surface == "Karsono" for m in mentions) == 2  # named again without the cue


def test_an_administrative_head_makes_the_names_it_lists_places() -> None:
    gaz = Gazetteer([GazetteerEntry("org-tirto", "Tirto.id", "organization", None, ("Tirto", "Tirto.id"))])
    text = ("Banjir merendam Kecamatan Tirto, Wonokerto, dan Siwalan. Di Kecamatan Buaran, Senin (10/10), "
            "dan Bupati Rahmat Hidayat meninjau lokasi.")
    entities, mentions = extract_entities(text, gaz)
    kinds = {m.surface: next(e.entity_type for e in entities if e.entity_id == m.entity_id) for m in mentions}
    assert kinds["Kecamatan Tirto"] == kinds["Wonokerto"] == kinds["Siwalan"] == "location"
    assert "Tirto" not in kinds and "Senin" not in kinds  # not the outlet; a list closes with "dan"


def test_the_bare_name_is_the_regency_in_an_article_about_the_regency() -> None:
    gaz = Gazetteer([
        GazetteerEntry("loc-pekalongan", "Pekalongan", "location", None, ("Pekalongan", "Kota Pekalongan")),
        GazetteerEntry("loc-pekalongan-regency", "Pekalongan Regency", "location", None,
                       ("Pekalongan Regency", "Kabupaten Pekalongan"))])
    regency = extract_entities("Pekalongan (ANTARA) - Banjir melanda Kabupaten Pekalongan. Warga Pekalongan "
                               "mengungsi.", gaz)[1]
    assert [(m.surface, m.entity_id) for m in regency] == [
        ("Pekalongan", "loc-pekalongan"),  # the dateline: the reporter files from the city
        ("Kabupaten Pekalongan", "loc-pekalongan-regency"), ("Pekalongan", "loc-pekalongan-regency")]
    both = extract_entities("Banjir melanda Kota Pekalongan dan Kabupaten Pekalongan. Pekalongan siaga.", gaz)[1]
    assert [m.entity_id for m in both if m.surface == "Pekalongan"] == ["loc-pekalongan"]


def test_english_reports_of_indonesian_places_and_officials() -> None:
    text = ("Rescuers searched Kasimpar village in Petungkriyono district after the Sengkarang River overflowed. "
            "Residents of Kasimpar fled. Regent Rahmat Sudibyo said Suwarni's husband, Darto, was found.")
    found = found2(text)
    # The name alone is the mention, as readers quote it; the kind after it in lower case describes the place.
    assert found["Kasimpar"] == "location:Kasimpar" and "Kasimpar village" not in found
    assert found["Petungkriyono"] == "location:Petungkriyono" and "Petungkriyono district" not in found
    assert found["Sengkarang River"] == "location:Sengkarang River"
    assert found["Rahmat Sudibyo"] == "person:Rahmat Sudibyo" and found["Darto"] == "person:Darto"


def test_a_long_form_defined_by_a_known_acronym_is_that_entity_and_affiliations_are_bodies() -> None:
    gaz = Gazetteer([GazetteerEntry("org-kemenkeu", "Ministry of Finance", "organization", None, ("Kemenkeu",))])
    text = ("Kementerian Keuangan (Kemenkeu) memastikan akan berkoordinasi. Kementerian Keuangan menambah "
            "anggaran. Ekonom PT Bank Permata Tbk Yohanes Siburian dan Ekonom INDEF Tauhid Ahmad menilai "
            "kenaikan itu wajar.")
    entities, mentions = extract_entities(text, gaz)
    kinds = {e.entity_id: e.entity_type for e in entities}
    ids = {m.surface: m.entity_id for m in mentions}
    assert {m.entity_id for m in mentions if m.surface == "Kementerian Keuangan"} == {"org-kemenkeu"}
    assert kinds[ids["PT Bank Permata Tbk"]] == kinds[ids["INDEF"]] == "organization"
    assert kinds[ids["Yohanes Siburian"]] == kinds[ids["Tauhid Ahmad"]] == "person"


def test_an_english_body_name_and_a_nationality_are_no_person() -> None:
    text = ("South Korean officials condemned the launch, said the head of the Pekalongan Regional Disaster "
            "Mitigation Agency, Budi Haryanto.")
    people = {s for s, kind in found2(text).items() if kind.startswith("person")}
    assert people == {"Budi Haryanto"}, people


def test_a_role_cues_no_name_past_a_verb() -> None:
    text = ("Dewan Gubernur BI memutuskan menaikkan suku bunga BI-7 Day Reverse Repo Rate sebesar 50 bps. "
            "Gubernur BI juga menaikkan Deposit Facility menjadi 4 persen, kata Gubernur BI Perry Warjiyo.")
    people = {s for s, kind in found2(text).items() if kind.startswith("person")}
    assert people == {"Perry Warjiyo"}, people


def test_an_acronym_the_text_defines_stays_one_entity_after_a_role() -> None:
    text = ("Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi (BPPTKG) mencatat delapan kali awan "
            "panas. Kepala BPPTKG Agus Budi Santoso mengatakan status tetap Siaga.")
    _, mentions = extract_entities(text, GAZ2)
    assert len({m.entity_id for m in mentions if m.surface == "BPPTKG"}) == 1
    assert {m.entity_id for m in mentions if m.surface == "BPPTKG"} == {
        m.entity_id for m in mentions if m.surface.startswith("Balai Penyelidikan")}


def test_a_role_word_that_looks_like_a_verb_still_cues_a_name() -> None:
    people = {s for s, kind in found2("Acara itu dihadiri menteri Wiryo Sastrokusumo dan warga.").items()
              if kind.startswith("person")}
    assert people == {"Wiryo Sastrokusumo"}, people


def test_a_head_word_before_a_known_place_is_part_of_its_mention() -> None:
    _, mentions = extract_entities("Warga Kota Jakarta mengungsi ke Provinsi Jakarta.", GAZ)
    assert [(m.surface, m.entity_id) for m in mentions] == [("Kota Jakarta", "loc-jkt"),
                                                             ("Provinsi Jakarta", "loc-jkt")]


def test_a_regional_branch_is_one_organization_however_it_is_written() -> None:
    text = ("Badan Penanggulangan Bencana Daerah (BPBD) Boyolali menyiapkan tenda. Kepala BPBD Boyolali, Widodo, "
            "mengatakan BPBD Kabupaten Klaten juga bersiaga. Ketua KPU RI dan KPU Jawa Tengah hadir.")
    _, mentions = extract_entities(text)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Badan Penanggulangan Bencana Daerah (BPBD) Boyolali"] == ids["BPBD Boyolali"]
    assert ids["BPBD Kabupaten Klaten"] != ids["BPBD Boyolali"]
    assert ids["KPU Jawa Tengah"].startswith("x-org-")
    assert ids["KPU RI"] == "org-kpu"  # the country's own body is no branch
    assert "Boyolali" not in ids and "BPBD" not in ids


def test_a_branch_found_whole_and_its_long_form_are_one_entity() -> None:
    text = ("Sidang digelar di Pengadilan Negeri (PN) Jakarta Selatan, Senin. Majelis hakim PN Jakarta Selatan "
            "menolak eksepsi. Kejari Sleman menunggu salinan putusan.")
    entities, mentions = extract_entities(text)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Pengadilan Negeri (PN) Jakarta Selatan"] == ids["PN Jakarta Selatan"]
    assert "Kejari Sleman" in ids
    kinds = {e.entity_id: e.entity_type for e in entities}
    assert kinds[ids["PN Jakarta Selatan"]] == kinds[ids["Kejari Sleman"]] == "organization"


def test_people_named_by_whom_they_work_for_or_lead_and_by_an_age_or_a_relative() -> None:
    text = ("Adapun sopir Wiryo, Galang Prasetya, berstatus saksi. Majelis hakim yang diketuai Yudhistira Kurnia "
            "Ramadhan menjatuhkan vonis. Rumah adiknya, Dadan Hamdani (45), ikut tertimbun.")
    people = {s for s, kind in found2(text).items() if kind.startswith("person")}
    assert {"Galang Prasetya", "Yudhistira Kurnia Ramadhan", "Dadan Hamdani"} <= people, people


def test_a_company_after_a_role_keeps_its_whole_name() -> None:
    _, mentions = extract_entities("Direktur Utama PT Wibisana Graha Mandiri itu dinyatakan bersalah.")
    assert [m.surface for m in mentions] == ["PT Wibisana Graha Mandiri"]


def test_places_after_an_area_word_or_before_the_known_place_they_lie_in() -> None:
    _, mentions = extract_entities("Rumah di kawasan Cilandak dan vila di Parung, Bogor, digeledah. Gempa dipicu "
                                   "Sesar Cimandiri.")
    places = {m.surface for m in mentions if m.entity_id.startswith(("loc-", "x-loc-"))}
    assert {"Cilandak", "Parung", "Bogor", "Sesar Cimandiri"} <= places, places


def test_a_season_ends_a_persons_name_but_opens_no_sentence() -> None:
    _, mentions = extract_entities("Jaksa Budi Santoso Ramadhan hadir. Bulan Ramadhan tiba. Menjelang Lebaran pemudik "
                                   "naik. Mereka menggelar Festival Ramadan.")
    surfaces = [m.surface for m in mentions]
    assert "Budi Santoso Ramadhan" in surfaces and surfaces.count("Ramadhan") == 1, surfaces
    assert "Lebaran" in surfaces and "Ramadan" in surfaces


def test_a_prosecutors_acronym_and_a_sentence_name_people() -> None:
    text = "Sikap serupa disampaikan JPU Galang Prasetya. Rudi dihukum, sementara Fajar Maulana divonis 5 tahun."
    people = {s for s, kind in found2(text).items() if kind.startswith("person")}
    assert {"Galang Prasetya", "Fajar Maulana"} <= people, people


def test_a_pair_of_candidates_joined_by_a_dash_is_two_people_and_a_judges_title_is_no_name() -> None:
    text = ("KPU menetapkan pasangan Yosias Korwa-Ronald Lumintang sebagai pemenang, disusul pasangan Daniel "
            "Rumaropen\u2013Andi Muhammad Saleh. Sidang dipimpin Hakim Konstitusi Sudarmanto Hadi.")
    _, mentions = extract_entities(text)
    people = [m.surface for m in mentions if m.entity_id.startswith("x-per-")]
    assert people == ["Yosias Korwa", "Ronald Lumintang", "Daniel Rumaropen", "Andi Muhammad Saleh",
                      "Sudarmanto Hadi"], people
    _, mentions = extract_entities("Pemimpin Korea Utara Kim Jong-un hadir.")
    assert "Kim Jong-un" in [m.surface for m in mentions]


def test_workplaces_ships_and_outlet_words_are_no_people_and_branches_take_their_longest_body() -> None:
    entities, mentions = extract_entities(
        "Karyawan Hotel Santika Premiere dan pegawai Bea Cukai diperiksa. Kapal bernama Sinar Bangun tenggelam. "
        "Waspada, hujan lebat diprediksi turun. Umar Al-Faruq Hasibuan hadir. Kepolisian Resor Kota Bandung "
        "menyebut Polresta Bandung siaga. DPRD Provinsi Jawa Barat dan DPRD Jabar rapat.")
    kinds = {e.entity_id: e.entity_type for e in entities}
    by_surface = {m.surface: m.entity_id for m in mentions}
    people = {m.surface for m in mentions if kinds[m.entity_id] == "person"}
    assert people <= {"Umar Al-Faruq Hasibuan"}, people
    assert "Waspada" not in by_surface
    assert by_surface["Kepolisian Resor Kota Bandung"] == by_surface["Polresta Bandung"]
    assert by_surface["DPRD Provinsi Jawa Barat"] == by_surface["DPRD Jabar"]


def test_the_running_mate_after_a_known_persons_name_and_a_dash() -> None:
    _, mentions = extract_entities("Pasangan Anies Baswedan-Muhaimin Iskandar dan pasangan Prabowo Subianto-Gibran "
                                   "Rakabuming Raka berdebat. Pasangan Nadia Kurniasari-Bagas Wiratama ikut.")
    surfaces = [m.surface for m in mentions]
    assert {"Muhaimin Iskandar", "Gibran Rakabuming Raka", "Nadia Kurniasari", "Bagas Wiratama"} <= set(surfaces)
    assert "Rakabuming Raka" not in surfaces


def test_company_names_with_their_legal_forms_and_the_person_after_them() -> None:
    _, mentions = extract_entities(
        "Direktur PT Laba Forexindo Berjangka Rudi Hartanto menilai rupiah melemah. Kepala Ekonom PT Bank Permata "
        "Tbk Yohanes Siburian sepakat. Ekonom PT Bank Mandiri (Persero) Tbk menyebut hal serupa, begitu pula "
        "Center of Reform on Economics (CORE).")
    surfaces = [m.surface for m in mentions]
    for name in ("PT Laba Forexindo Berjangka", "Rudi Hartanto", "PT Bank Permata Tbk", "Yohanes Siburian",
                 "PT Bank Mandiri (Persero) Tbk", "Center of Reform on Economics"):
        assert name in surfaces, (name, surfaces)


def test_ranks_in_english_and_malay_reports_open_a_name_and_are_not_part_of_it() -> None:
    _, mentions = extract_entities(
        "The meeting was chaired by western zone head First Admiral Yudi Kurniawan, who was accompanied by "
        "officers. The boat was headed for Nongsa, said Brigadier General Hendrik Manurung. Komandan Wilayah Dua, "
        "Asisten Komisioner Shahrul Nizam Ahmad, berkata. Direktur Interdiksi BNN Brigjen Pol Hendrik Manurung "
        "menambahkan. Region Two commander Asst Comm Shahrul Nizam Ahmad said so.")
    surfaces = {m.surface for m in mentions}
    assert {"Yudi Kurniawan", "Hendrik Manurung", "Shahrul Nizam Ahmad"} <= surfaces
    assert not any(s.startswith(("First", "Brigadier", "Pol ", "Asst", "Asisten")) for s in surfaces), surfaces


def test_a_nickname_after_alias_and_the_first_words_of_a_longer_name_are_the_same_person() -> None:
    _, mentions = extract_entities(
        "Majelis hakim menjatuhkan vonis seumur hidup kepada Rizky Ananda alias Kiki (31), kurir sabu asal Batam. "
        "Kiki mengaku menyesal. Asisten Komisioner Shahrul Nizam Ahmad hadir. Shahrul Nizam berkata, polisi akan "
        "bekerja sama. Dian Sastro Wardoyo dan Dian Pratama juga datang.")
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Kiki"] == ids["Rizky Ananda"]
    assert ids["Shahrul Nizam"] == ids["Shahrul Nizam Ahmad"]
    assert ids["Dian Pratama"] != ids["Dian Sastro Wardoyo"]


def test_malaysian_and_singaporean_bodies_and_the_riau_islands_places() -> None:
    _, mentions = extract_entities(
        "Polis Diraja Malaysia (PDRM) dan Biro Narkotik Pusat (CNB) Singapura dimaklumkan. Bot itu bertolak dari "
        "Pengerang, Johor, menuju Nongsa di Selat Singapura. Pertemuan digelar di Johor Bahru. Tim Bea Cukai Batam "
        "menangkap kurir di Belakang Padang.")
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Polis Diraja Malaysia"] == ids["PDRM"] == "org-royal-malaysia-police"
    assert ids["Biro Narkotik Pusat"] == ids["CNB"]
    assert ids["Johor"] != ids["Johor Bahru"]
    assert {"Pengerang", "Nongsa", "Selat Singapura", "Belakang Padang"} <= set(ids)
    assert ids["Bea Cukai Batam"] not in {ids.get("Bea Cukai"), "org-bea-cukai"}  # a branch, not the directorate


def test_a_seasons_word_after_a_given_name_or_a_role_and_a_name_is_a_surname() -> None:
    ids = surfaces("Anggota Komisi II dari Kalimantan Timur, Syahrul Ramadhan, mengingatkan warga. Pelatih "
                           "memastikan kiper Fajar Ramadhan siap tampil. Warga memadati Festival Ramadhan. Selama "
                           "bulan Ramadhan pasar buka.", None)
    assert ids["Syahrul Ramadhan"].startswith("person") and ids["Fajar Ramadhan"].startswith("person")
    assert "Festival Ramadhan" not in ids or not ids["Festival Ramadhan"].startswith("person")


def test_a_role_a_body_and_a_given_name_split_into_the_body_and_its_head() -> None:
    found = surfaces(
        "Ketua Yayasan Pendidikan Cahaya Mahakam Maria Lestari Gunawan memastikan sekolah terbuka. Direktur Rumah "
        "Sakit Siti Khadijah Ahmad Fauzi mengatakan pasien bertambah. Korban dibawa ke Rumah Sakit Mahakam Medika "
        "Nusantara dan Rumah Sakit Sardjito, Yogyakarta.", None)
    assert found["Yayasan Pendidikan Cahaya Mahakam"].startswith("organization")
    assert found["Maria Lestari Gunawan"].startswith("person")
    assert found["Ahmad Fauzi"].startswith("person")
    for hospital in ("Rumah Sakit Mahakam Medika Nusantara", "Rumah Sakit Sardjito"):
        assert found[hospital].startswith("organization"), found


def test_a_place_inside_a_company_name_and_the_company_with_or_without_its_legal_form() -> None:
    _, mentions = extract_entities(
        "PT Borneo Sehat Nusantara (BSN) membangun rumah sakit itu. Rumah sakit dibangun oleh PT Borneo Sehat "
        "Nusantara. Direktur Utama PT Jakarta Propertindo Iwan Takwin hadir.")
    ids = {m.surface: m.entity_id for m in mentions}
    assert {m.entity_id for m in mentions if "Borneo" in m.surface or m.surface == "BSN"} == {ids["BSN"]}
    assert [m.surface for m in mentions].count("PT Borneo Sehat Nusantara") == 2  # defined, then written again
    assert "PT Jakarta Propertindo" in ids and "Iwan Takwin" in ids
    assert "Borneo" not in ids and "Jakarta" not in ids


def test_villages_named_with_words_dams_and_beaches_are_places() -> None:
    found = surfaces(
        "Jalan penghubung Kelurahan Sepaku dan Desa Bumi Harapan tergenang. Presiden meninjau Bendungan Sepaku "
        "Semoi. Waduk Jatiluhur penuh. Petugas Stasiun Geofisika Ambon mencatat gempa.", None)
    for place in ("Desa Bumi Harapan", "Bendungan Sepaku Semoi", "Waduk Jatiluhur"):
        assert found[place].startswith("location"), found
    assert found["Stasiun Geofisika Ambon"].startswith("organization")


def test_malaysian_honorifics_and_singaporean_names() -> None:
    found = surfaces(
        "Foreign Minister Datuk Seri Azman Hakim Rahman said Malaysia will sit on a troika. Sharon Tan Hui Min, a "
        "fellow at the ISEAS-Yusof Ishak Institute in Singapore, said the target was a step forward. Asean leaders "
        "met at the East Asia Summit near the Second Thomas Shoal, known as Ayungin Shoal.", None)
    assert found["Azman Hakim Rahman"].startswith("person") and found["Sharon Tan Hui Min"].startswith("person")
    assert found["Asean"] == "organization:ASEAN"
    assert found["Ayungin Shoal"] == found["Second Thomas Shoal"]


def test_singaporean_and_malay_honorifics_stay_out_of_the_name() -> None:
    found = surfaces(
        "Mangsa dikenal pasti sebagai Encik Rahmat Hidayat Osman, 58 tahun. Isterinya, Mdm Goh Mei Ling, dirawat di "
        "hospital. Encik Rahmat berkata beliau tidak mendengar loceng penggera.", None)
    assert found["Rahmat Hidayat Osman"] == "person:Rahmat Hidayat Osman"
    assert found["Goh Mei Ling"] == "person:Goh Mei Ling"
    assert not any(surface.startswith(("Encik", "Mdm")) for surface in found), found


def test_a_hotel_or_a_body_is_no_ones_name_and_a_rank_belongs_to_the_person_after_it() -> None:
    found = surfaces(
        "Jenazah Wiryo, warga yang tewas dalam kebakaran Hotel Sinar Bahari, dipulangkan. Kasat Reskrim Polresta "
        "Sibolga Kompol Darmawan Lubis mengatakan penyebabnya diselidiki. \u201cHotel yang tidak memenuhi standar "
        "harus disegel,\u201d katanya.", None)
    assert not any(kind.startswith("person") and "Hotel" in kind for kind in found.values()), found
    assert "Jenazah Wiryo" not in found
    assert found["Darmawan Lubis"].startswith("person")
    assert not any(surface.endswith("Kompol") for surface in found), found


def test_an_acronym_in_an_alias_must_be_written_in_capitals_and_relatives_in_apposition() -> None:
    _, mentions = extract_entities(
        "Keduanya menikah pada 9 September 2017 di Yogyakarta. Pemda DI Yogyakarta hadir. Di sisi lain, suami "
        "Kirana, Rendy Pradipta Wiratama, tidak terlihat. Kirana tinggal bersama putri semata wayang mereka, Aruna "
        "Kinanti Wiratama, yang berusia lima tahun. Pendanaan dipimpin East Ventures dan MDI Ventures.")
    surfaces = {m.surface for m in mentions}
    assert "Yogyakarta" in surfaces and "DI Yogyakarta" in surfaces and "di Yogyakarta" not in surfaces
    assert {"Rendy Pradipta Wiratama", "Aruna Kinanti Wiratama", "East Ventures", "MDI Ventures"} <= surfaces


def test_subsidiaries_phone_series_and_company_names_are_no_people() -> None:
    found = surfaces(
        "Saham anak perusahaan Astra, Astra Otoparts, naik. Samsung merilis ponsel seri Galaxy Ultra. Direktur "
        "Utama PT Sinar Kartika Jaya mengatakan penjualan naik. Warga Perum Jember Permai mengeluhkan banjir.", None)
    assert not any(kind.startswith("person") for kind in found.values()), found


def test_a_unit_of_a_regional_police_force_is_an_organization_of_its_own() -> None:
    text = ("Kepala Satuan Reserse Kriminal (Satreskrim) Polres Sleman AKP Budi Santoso mengatakan tersangka ditahan. "
            "Satreskrim Polres Sleman bekerja sama dengan Ditlantas Polda Jateng dan Ditlantas Polda Jawa Tengah. "
            "Polres Sleman juga memeriksa saksi.")
    _entities, mentions = extract_entities(text)
    by_surface = {m.surface: m.entity_id for m in mentions}
    unit = by_surface["Satuan Reserse Kriminal (Satreskrim) Polres Sleman"]
    assert by_surface["Satreskrim Polres Sleman"] == unit
    assert by_surface["Ditlantas Polda Jateng"] == by_surface["Ditlantas Polda Jawa Tengah"] != unit
    assert by_surface["Polres Sleman"] not in {unit, by_surface["Ditlantas Polda Jateng"]}
    assert "Kepala Satuan Reserse Kriminal (Satreskrim) Polres Sleman" not in by_surface


def test_a_police_units_acronym_alone_is_the_unit_and_the_force_alone_stays_the_force() -> None:
    text = ("Polres Sleman menggandeng Laboratorium Forensik (Labfor) Polda DIY untuk memastikan sumber api. "
            "Labfor akan turun besok. Polda DIY juga mengirim penyidik.")
    _entities, mentions = extract_entities(text)
    by_surface = {m.surface: m.entity_id for m in mentions}
    assert by_surface["Labfor"] == by_surface["Laboratorium Forensik (Labfor) Polda DIY"] != by_surface["Polda DIY"]


def test_a_kind_written_before_a_proper_name_names_one_thing_however_the_kind_is_written() -> None:
    text = ("Penumpang Kapal Motor Penumpang (KMP) Sinar Laut Jaya dipindahkan ke KMP Dharma Bahari. Korban dibawa "
            "ke Rumah Sakit Umum Daerah (RSUD) Kanjuruhan dan RSUD dr. Iskak Tulungagung. Siswa SMA Negeri 3 Malang "
            "dan siswa SMAN 3 Malang ikut membantu. Jalan Tol Pandaan-Malang dan Tol Pandaan-Malang ditutup dekat "
            "Gerbang Tol (GT) Singosari.")
    entities, mentions = extract_entities(text)
    names = {e.entity_id: (e.name, e.entity_type) for e in entities}
    by_surface = {m.surface: names[m.entity_id] for m in mentions}
    assert by_surface["Kapal Motor Penumpang (KMP) Sinar Laut Jaya"] == ("KMP Sinar Laut Jaya", "other")
    assert by_surface["KMP Dharma Bahari"] == ("KMP Dharma Bahari", "other")
    assert by_surface["Rumah Sakit Umum Daerah (RSUD) Kanjuruhan"] == ("RSUD Kanjuruhan", "organization")
    assert by_surface["RSUD dr. Iskak Tulungagung"][0] == "RSUD dr. Iskak Tulungagung"
    assert by_surface["SMA Negeri 3 Malang"] == by_surface["SMAN 3 Malang"] == ("SMA Negeri 3 Malang", "organization")
    assert by_surface["Jalan Tol Pandaan-Malang"] == by_surface["Tol Pandaan-Malang"]
    assert by_surface["Gerbang Tol (GT) Singosari"] == ("Gerbang Tol Singosari", "location")
    assert "Dharma Bahari" not in by_surface and "Kapal Motor Penumpang" not in by_surface


def test_a_kind_before_a_lowercase_word_or_a_figure_is_no_name() -> None:
    text = "Kecelakaan terjadi di KM 389 ruas tol itu. Petugas tol mengalihkan arus. Tolong jaga jarak, kata petugas."
    assert not any(s.startswith(("Tol", "KM")) for s in surfaces(text, None))


def test_a_persons_initials_after_their_name_are_that_person_not_an_organization() -> None:
    text = ("Bupati Sleman Hendra Wirakusuma ditahan. KPK menetapkan Hendra Wirakusuma (HW) sebagai tersangka. HW "
            "diduga menerima suap. Badan Pusat Statistik (BPS) mencatat inflasi.")
    _entities, mentions = extract_entities(text)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["HW"] == ids["Hendra Wirakusuma"] and ids["HW"].startswith("x-per-")
    assert {m.entity_id for m in mentions if m.surface == "Hendra Wirakusuma"} == {ids["HW"]}
    assert ids["BPS"] == ids["Badan Pusat Statistik"]


def test_a_commission_of_the_house_is_one_organization_however_the_house_is_written() -> None:
    text = ("Kemenag rapat dengan Komisi VIII Dewan Perwakilan Rakyat (DPR) RI. Ketua Komisi VIII DPR Rahmat Hidayat "
            "hadir. Komisi VIII menyetujui biaya haji, sementara Komisi II DPR RI membahas pemilu. DPR menggelar "
            "paripurna.")
    entities, mentions = extract_entities(text)
    names = {e.entity_id: e.name for e in entities}
    by_surface = {m.surface: names[m.entity_id] for m in mentions}
    assert by_surface["Komisi VIII Dewan Perwakilan Rakyat (DPR) RI"] == by_surface["Komisi VIII DPR"] == (
        by_surface["Komisi VIII"]) == "Komisi VIII DPR"
    assert by_surface["Komisi II DPR RI"] == "Komisi II DPR"
    assert by_surface["DPR"] == "People's Representative Council"


@pytest.mark.parametrize("text", [
    "Macet di Tol Cipali Kamis pagi.",
    "Antrean di GT Kalikangkung Mengular sejak pagi.",
    "Kapal nelayan berukuran 7 GT Tenggelam di perairan Natuna.",
    "BTS merilis MV Terbaru mereka pekan ini.",
    "Pencuri Motor Ditangkap Polres Kendal Setelah Buron Sepekan.",
    "Coconuts are the island's main export.",
])
def test_ordinary_words_after_a_kind_or_before_a_force_name_nothing(text: str) -> None:
    found = surfaces(text, None)
    assert not any(s.endswith(("Kamis", "Mengular", "Tenggelam", "Terbaru")) or s.startswith(("Ditangkap", "Coconuts"))
                   or s.startswith("GT Tenggelam") for s in found), found


@pytest.mark.parametrize(("text", "person"), [
    ("Deputy House Speaker Haryo Wicaksono chaired the session.", "Haryo Wicaksono"),
    ("Koordinator Pusat BEM SI Fadhil Ramadhan Siregar menyebut mahasiswa akan datang.", "Fadhil Ramadhan Siregar"),
])
def test_a_person_after_an_english_title_of_office_or_a_student_body(text: str, person: str) -> None:
    assert surfaces(text, None).get(person, "").startswith("person:")


@pytest.mark.parametrize(("text", "name"), [
    # the gazetteer's airlines, airports and agencies
    ("Jetstar dan Virgin Australia membatalkan penerbangan ke Bali.", "Virgin Australia"),
    ("Penerbangan pulang dilayani Garuda Indonesia dan Saudia.", "Saudia"),
    ("Bandara Frans Seda di Maumere ditutup sementara.", "Bandara Frans Seda"),
    ("PT ASDP Indonesia Ferry menambah kapal di lintasan Ketapang-Gilimanuk.", "PT ASDP Indonesia Ferry"),
    ("Kepala PVMBG menaikkan status gunung itu.", "PVMBG"),
    # names after a kind that look like a verb or follow a year, a police unit
    ("Tim Pos SAR Mentawai membantu pencarian.", "Pos SAR Mentawai"),
    ("Penumpang KMP Mentari Nusantara dievakuasi.", "KMP Mentari Nusantara"),
    ("Siswa SMA Negeri 1 Mertoyudan ikut lomba.", "SMA Negeri 1 Mertoyudan"),
    ("Pada Juli 2024 KMP Bahari Nusa tenggelam.", "KMP Bahari Nusa"),
    ("Satbrimob Polda Jatim bergerak ke lokasi.", "Satbrimob Polda Jatim"),
])
def test_names_of_the_gazetteer_and_after_a_kind_are_found(text: str, name: str) -> None:
    assert name in surfaces(text, None)


def test_initials_defined_for_a_person_and_for_a_body_in_one_text_stay_the_bodys() -> None:
    text = "KPK menahan Bambang Irawan (BI) pada Senin. BI diduga menerima suap. Bank Indonesia (BI) menaikkan bunga."
    assert surfaces(text, None)["BI"] == "organization:Bank Indonesia"
    alone = "KPK menahan Bambang Irawan (BI) pada Senin. BI diduga menerima suap dari kontraktor."
    assert surfaces(alone, None)["BI"] == "person:Bambang Irawan"


def district_ids(text: str) -> dict[str, str]:
    """Surface -> entity id of the mentions the district pass made (the project's reference data)."""
    _, mentions = extract_entities(text, None)
    return {m.surface: m.entity_id for m in mentions if m.entity_id.startswith("loc-adm-")}


def test_districts_and_villages_are_places_of_the_regency_the_article_names() -> None:
    text = ("Banjir merendam 26 RT di Jakarta Timur, yakni di Kelurahan Kampung Melayu, Bidara Cina, Cawang, dan "
            "Balekambang. Lurah Bidara Cina meminta warga mengungsi.")
    found = surfaces(text, None)
    assert found["Kelurahan Kampung Melayu"] == "location:Kampung Melayu, East Jakarta"
    assert found["Bidara Cina"] == "location:Bidara Cina, East Jakarta"  # not China
    assert "Cina" not in found
    assert found["Cawang"].startswith("location:Cawang") and found["Balekambang"].startswith("location:Balekambang")
    # A name many regencies share is the one in the regency the article names.
    in_badung = district_ids("Polisi menangkap turis itu di sebuah vila di Canggu, Kabupaten Badung, Bali.")
    in_kediri = district_ids("Warga Desa Canggu di Kabupaten Kediri memanen padi.")
    assert in_badung["Canggu"] == "loc-adm-51-03-06-2005" and in_kediri["Desa Canggu"] == "loc-adm-35-06-26-2001"


def test_a_district_name_without_its_region_or_a_cue_is_not_taken() -> None:
    # Seven villages are named Canggu: with no region named, the article does not say which.
    assert district_ids("Turis itu menginap di Canggu selama dua pekan.") == {}
    # A cue word and a name the country has once is enough.
    assert district_ids("Jalan menuju Kecamatan Petungkriyono tertutup longsor.") == {
        "Kecamatan Petungkriyono": "loc-adm-33-26-04"}


def test_a_district_name_that_is_a_word_or_part_of_a_longer_name_needs_a_cue() -> None:
    # "Tanggul" (an embankment) is also a district of Jember: alone at a sentence's start it is the word.
    assert district_ids("Tanggul jebol di Kabupaten Jember.") == {}
    # The district's clinic is an organization of its own; the district alone is still the district.
    found = surfaces("Warga dirawat di Puskesmas Kalisat, Jember. Kalisat sepi.", None)
    assert found["Puskesmas Kalisat"] == "organization:Puskesmas Kalisat"
    assert found["Kalisat"] == "location:Kalisat, Jember"
    # A district's name inside a person's name is that person's, there and alone.
    assert district_ids("Warga Jember, Bagus Ledokombo, memimpin doa. Ledokombo lalu pulang.") == {}
    listed = district_ids("Campak menyebar di Kecamatan Sumberbaru, Tanggul, dan Ledokombo, Kabupaten Jember.")
    assert listed == {"Kecamatan Sumberbaru": "loc-adm-35-09-03", "Tanggul": "loc-adm-35-09-06",
                      "Ledokombo": "loc-adm-35-09-28"}
    # A street named after a district is not the district.
    assert district_ids("Air setinggi 1 meter menggenangi Jalan Jatinegara Barat, Jakarta Timur.") == {}


def test_a_company_named_after_its_parent_is_a_company_of_its_own() -> None:
    found = surfaces("Perseroan menunjuk PT BRI Danareksa Sekuritas sebagai penjamin. Saham dikuasai Danantara "
                     "melalui PT Danantara Asset Management (Persero) sebesar 85 persen.", None)
    assert found["PT BRI Danareksa Sekuritas"] == "organization:PT BRI Danareksa Sekuritas"
    assert found["PT Danantara Asset Management (Persero)"] == "organization:PT Danantara Asset Management"
    assert found["Danantara"] == "organization:Danantara" and "BRI" not in found


def test_rivers_floodgates_faults_and_the_exchange_are_known_places_and_bodies() -> None:
    found = surfaces("Debit Kali Ciliwung naik dan Pintu Air Manggarai siaga satu. Gempa dipicu Sesar Palu-Koro. "
                     "Saham itu tercatat di Bursa Efek Indonesia (BEI).", None)
    assert found["Kali Ciliwung"] == "location:Ciliwung River"
    assert found["Pintu Air Manggarai"] == "location:Manggarai Floodgate"  # not the regency in Flores
    assert found["Sesar Palu-Koro"] == "location:Palu-Koro Fault"
    assert found["Bursa Efek Indonesia"] == found["BEI"] == "organization:Indonesia Stock Exchange"


def test_suspects_written_by_their_initials_are_people() -> None:
    text = ("Polisi menangkap dua WNA berinisial LJK (34) dan CAW (29) di bandara. Liam James Kearney mengaku "
            "dibayar. Dari koper CAW ditemukan 640 gram kokain. KPK (2) tidak terlibat.")
    entities, mentions = extract_entities(text, None)
    names = {e.entity_id: e for e in entities}
    by_surface = {m.surface: m.entity_id for m in mentions}
    assert by_surface["LJK"] == by_surface["Liam James Kearney"]  # the person named in full later
    assert names[by_surface["CAW"]].entity_type == "person" and names[by_surface["CAW"]].name == "CAW"
    assert names[by_surface["KPK"]].entity_type == "organization"  # an acronym the gazetteer knows stays one


def test_candidate_pairs_and_a_person_after_a_role_and_a_company_are_found() -> None:
    found = surfaces("Pasangan nomor urut 2, Iwan Setiawan Rukmana-Siti Nurhasanah, meraih 481.927 suara. Direktur "
                     "Utama Surya Daya Nusantara Ardiansyah Wibisono mengatakan permintaan tinggi. Analis Panin "
                     "Sekuritas menilai harga wajar.", None)
    assert found["Iwan Setiawan Rukmana"] == "person:Iwan Setiawan Rukmana"  # a given name wordfreq also knows
    assert found["Siti Nurhasanah"] == "person:Siti Nurhasanah"
    assert found["Ardiansyah Wibisono"] == "person:Ardiansyah Wibisono"
    assert found["Panin Sekuritas"] == "organization:Panin Sekuritas"


def test_english_honorifics_ministries_with_the_and_hospitals() -> None:
    found = surfaces("“The haze could get worse,” said Mr Darren Seah, director-general of the service. Singapore's "
                     "Ministry of Sustainability and the Environment (MSE) said it was in contact. Dr Lim Hui Ting, a "
                     "physician at Tan Tock Seng Hospital, said clinics were busy. Mdm Tan Mei Ling said so.", None)
    assert found["Darren Seah"] == "person:Darren Seah"
    assert found["Ministry of Sustainability and the Environment"] == found["MSE"]
    assert found["Tan Tock Seng Hospital"] == "organization:Tan Tock Seng Hospital"
    assert found["Tan Mei Ling"] == "person:Tan Mei Ling"  # the honorific, as "Mr", stays out of the name


def test_a_ship_after_its_kind_and_a_minister_after_the_portfolio() -> None:
    found = surfaces("Kapal Motor (KM) Nusa Ina Jaya tenggelam. KM Nusa Ina Jaya berlayar dari Tulehu. Menteri "
                     "Komunikasi dan Digital Sekar Ayu Larasati mengatakan timnya bekerja. Truk mogok di KM 57.", None)
    assert found["Kapal Motor (KM) Nusa Ina Jaya"] == found["KM Nusa Ina Jaya"] == "other:KM Nusa Ina Jaya"
    assert found["Sekar Ayu Larasati"] == "person:Sekar Ayu Larasati"
    assert not any(surface.startswith("KM 57") for surface in found)


def test_an_official_named_after_a_portfolio_of_rare_words_or_an_acronym() -> None:
    """The name opens with a word no dictionary knows, after a portfolio's derived nouns or the body's acronym."""
    found = surfaces("Deputi Bidang Ketersediaan dan Stabilisasi Pangan NFA Sarwono Adi Prakoso meninjau pasar. "
                     "Direktur Penindakan dan Pemulihan Aset Sutarjo Wicaksono hadir.", None)
    assert found["Sarwono Adi Prakoso"] == "person:Sarwono Adi Prakoso"
    assert found["Sutarjo Wicaksono"] == "person:Sutarjo Wicaksono"
    # Balinese birth-order and Javanese ordinal names open a name: no portfolio word to trim.
    found = surfaces("Wakil Direktur Reserse Narkoba Polda Bali AKBP Gede Arya Pranata dan Kepala Seksi Dwi "
                     "Ratnasari Halim hadir. Kepala Bidang Humas Made Sutrisna Wibawa menjelaskan.", None)
    assert found["Gede Arya Pranata"] == "person:Gede Arya Pranata"
    assert found["Made Sutrisna Wibawa"] == "person:Made Sutrisna Wibawa"


def test_a_citys_nickname_and_the_police_food_task_force() -> None:
    found = surfaces("Harga beras di Kota Bengawan naik. Satgas Pangan Polri mengawasi pasar di Pulau Dewata.", None)
    assert found["Kota Bengawan"] == "location:Surakarta" and found["Pulau Dewata"] == "location:Bali"
    assert found["Satgas Pangan Polri"] == "organization:National Police Food Task Force"


def test_a_person_after_a_company_whose_name_ends_like_one_or_after_a_body_joined_by_dan() -> None:
    found = surfaces("Direktur PT Borneo Karya Lestari Hengky Wijaya ditahan. Kepala Dinas Bina Marga dan Tata Ruang "
                     "Agus Salim menjelaskan. Kontrak dimenangkan PT Sinar Jaya Abadi Sentosa. Direktur Utama PT "
                     "Bukit Asam Ahmad Jaya Putra Wijaya hadir. Kepala Desa Sukamaju Ujang Hendra Permana hadir.", None)
    assert found["PT Borneo Karya Lestari"].startswith("organization:")
    assert found["Hengky Wijaya"] == "person:Hengky Wijaya"
    assert found["Agus Salim"] == "person:Agus Salim"
    assert found["Dinas Bina Marga dan Tata Ruang"].startswith("organization:")
    # Companies' usual last words end no company inside another's name, nor inside a person's.
    assert found["PT Sinar Jaya Abadi Sentosa"].startswith("organization:")
    assert found["Ahmad Jaya Putra Wijaya"] == "person:Ahmad Jaya Putra Wijaya"
    assert found["Ujang Hendra Permana"] == "person:Ujang Hendra Permana"  # a first name the list lacks


def test_volcanoes_and_regencies_named_in_english_without_the_word_regency() -> None:
    found = surfaces("Mount Ibu in West Halmahera and Mount Lewotobi Laki-laki in East Flores erupted; Mount "
                     "Gamkonora stayed calm.", None)
    assert found["Mount Ibu"] == "location:Mount Ibu"
    assert found["West Halmahera"] == "location:West Halmahera Regency"
    assert found["Mount Lewotobi Laki-laki"] == "location:Mount Lewotobi"
    assert found["East Flores"] == "location:East Flores Regency"
    assert found["Mount Gamkonora"] == "location:Mount Gamkonora"  # a mountain the gazetteer lacks, by its head


def test_brands_in_one_word_firms_and_a_surname_that_is_a_season() -> None:
    found = surfaces("Unit baru dipimpin oleh Yudhistira Ramadhan, Presiden KelanaFood. KelanaPay bersaing dengan "
                     "ShopeePay. Analis Panin Sekuritas Gregorius Situmorang dan analis Samuel Sekuritas Indonesia "
                     "menilai saham PT Bank Negara Indonesia (Persero) Tbk naik. Ron DeSantis said DeSantis won. "
                     "Larutan NaCl dipakai. Selama Ramadhan harga naik.", None)
    assert found["Yudhistira Ramadhan"] == "person:Yudhistira Ramadhan"
    assert found["Ramadhan"] == "other:Ramadan"  # the season, after a word of the language
    assert found["KelanaFood"] == "organization:KelanaFood" and found["ShopeePay"] == "organization:ShopeePay"
    assert found["Panin Sekuritas"].startswith("organization:")
    assert found["Gregorius Situmorang"] == "person:Gregorius Situmorang"
    assert found["Samuel Sekuritas Indonesia"].startswith("organization:")
    assert found["PT Bank Negara Indonesia (Persero) Tbk"] == "organization:Bank Negara Indonesia"
    assert found["DeSantis"] == "person:Ron DeSantis" and "NaCl" not in found


def test_justices_by_title_and_jakartas_kelurahan_by_the_citys_name() -> None:
    found = surfaces("Chief Justice Rusdianto Hadiwijaya read the verdict. Justices Lusiana Pardede and Arsyad "
                     "Mulyono dissented.", None)
    assert found["Rusdianto Hadiwijaya"] == "person:Rusdianto Hadiwijaya"
    assert found["Lusiana Pardede"] == "person:Lusiana Pardede"
    found = surfaces("Banjir merendam Cawang, Jakarta Timur, dan Kemayoran di Jakarta. \u201dSumber air dari "
                     "hulu,\u201d katanya. Tanggul jebol di Bekasi.", None)
    assert found["Cawang"] == "location:Cawang, East Jakarta"
    assert found["Kemayoran"] == "location:Kemayoran, Central Jakarta"
    assert "Sumber" not in found and "Tanggul" not in found  # words opening a sentence, after a quote mark too


def test_people_named_as_whom_someone_replaces_or_who_leads_or_is_appointed() -> None:
    found = surfaces("Bimo menggantikan Satrio Wibisono yang menjabat sejak 2021. Tim jaksa yang dipimpin Yudhistira "
                     "Kurnia Ramadhan menuntut. Pemegang saham menunjuk Haryanto Kusumodiningrat sebagai Komisaris "
                     "Utama. Upah minimum di Serang naik.", None)
    assert found["Satrio Wibisono"] == "person:Satrio Wibisono"
    assert found["Yudhistira Kurnia Ramadhan"] == "person:Yudhistira Kurnia Ramadhan"
    assert found["Haryanto Kusumodiningrat"] == "person:Haryanto Kusumodiningrat"
    assert found["Serang"] == "location:Serang City"


def test_batak_names_schools_numbered_after_their_place_kitchens_and_a_hospital_with_or_without_its_city() -> None:
    found = surfaces("Pasien dievakuasi dari Rumah Sakit Umum Daerah (RSUD) Dr. Pirngadi Medan. Direktur RSUD Dr "
                     "Pirngadi menyebut Sariani br Ginting meninggal. Wali Kota Medan Zulham Effendi Tanjung hadir. "
                     "Siswa SDN Cimalaka 1 dan SMA Negeri 8 Jakarta sakit. Kepala SPPG Cimalaka Rizki Nurfalah "
                     "menjelaskan. Kawasan industri di Bintan dan Karimun.", None)
    assert found["Rumah Sakit Umum Daerah (RSUD) Dr. Pirngadi Medan"] == found["RSUD Dr Pirngadi"]
    assert found["Sariani br Ginting"] == "person:Sariani br Ginting"
    assert found["Zulham Effendi Tanjung"] == "person:Zulham Effendi Tanjung"
    assert found["SDN Cimalaka 1"] == "organization:SD Negeri Cimalaka 1"
    assert found["SMA Negeri 8 Jakarta"] == "organization:SMA Negeri 8 Jakarta"  # a number alone names no school
    assert found["SPPG Cimalaka"] == "organization:SPPG Cimalaka"
    assert found["Rizki Nurfalah"] == "person:Rizki Nurfalah"
    assert found["Bintan"] == "location:Bintan Regency" and found["Karimun"] == "location:Karimun Regency"


def test_what_this_stops_entity_rules_must_not_take() -> None:
    """Found in the review of the change: each name below kept its old reading."""
    found = surfaces("Siswa SD Negeri Sumber Agung 2 dibawa ke Puskesmas Kota Agung Barat. Kasus timah di Bangka "
                     "diperiksa di Jakarta Selatan. Seorang pedagang, Kamal, mengeluh di Jakarta. Nvidia replaced "
                     "Intel in the index. Pertamina menggantikan Shell sebagai pemasok. Wika Beton sebagai anggota "
                     "konsorsium. Seorang YouTuber dan TikToker diperiksa. Panitia menggelar Tarhib Ramadhan dan "
                     "Ngabuburit Ramadan. Analis Binaartha Sekuritas Ivan Rosanova menilai.", None)
    assert found["SD Negeri Sumber Agung 2"].startswith("organization:")
    assert found["Puskesmas Kota Agung Barat"].startswith("organization:")
    assert "Bangka" not in found
    assert found["Kamal"] == "person:Kamal"  # someone named between commas after "seorang pedagang" (stop 40), no place
    assert "Intel" not in found and "Shell" not in found and "Wika Beton" not in found
    assert "YouTuber" not in found and "TikToker" not in found
    assert found["Ramadhan"] == found["Ramadan"] == "other:Ramadan"
    assert found["Ivan Rosanova"] == "person:Ivan Rosanova"


def test_football_bodies_clubs_stadiums_and_supporters() -> None:
    found = surfaces("Persib menang di Stadion Gelora Bandung Lautan Api. Laga di GBLA itu ricuh; Komite Disiplin "
                     "PSSI menjatuhkan sanksi dan PT Liga Indonesia Baru menunda laga PSBS Biak. Bobotoh bentrok.",
                     None)
    assert found["Stadion Gelora Bandung Lautan Api"] == found["GBLA"] == "location:Gelora Bandung Lautan Api Stadium"
    assert found["Komite Disiplin PSSI"] == "organization:PSSI Disciplinary Committee"
    assert found["PT Liga Indonesia Baru"] == "organization:PT Liga Indonesia Baru"
    assert found["PSBS Biak"] == "organization:PSBS Biak" and found["Bobotoh"] == "organization:Bobotoh"


def test_what_the_new_passes_must_not_take() -> None:
    assert district_ids("Bantuan disalurkan ke setiap desa. Namun, sebagian warga belum menerima.") == {}
    found = surfaces("Penyanyi Indah Dewi Pertiwi mengatakan konser ditunda. Hasil pemilu: PKB (6), PSI (3), dan "
                     "PKN (1). Ketua KM ITB itu menolak hadir.", None)
    assert found["Indah Dewi Pertiwi"] == "person:Indah Dewi Pertiwi"  # no portfolio before a singer's name
    assert "PKN" not in found  # seats, not a suspect's initials
    assert not any(surface.startswith("KM ITB") for surface in found)  # a student body, no ship


def test_a_head_word_in_an_earlier_name_joins_no_portfolio_to_a_company() -> None:
    found = surfaces("Majelis hakim memvonis mantan Direktur Operasi dan Produksi PT Timah Tbk Rudianto Kusumadewa "
                     "dengan pidana 9 tahun. Hal itu disampaikan Menteri Komunikasi dan Digital Rahayu Setyaningsih. "
                     "Salah satunya CV Sinar Bangka Mandiri milik Hendra Lim. IMIP was developed by China's Tsingshan "
                     "Holding Group.", None)
    assert found["PT Timah Tbk"].startswith("organization:")
    assert found["Rudianto Kusumadewa"] == "person:Rudianto Kusumadewa"
    assert found["Rahayu Setyaningsih"] == "person:Rahayu Setyaningsih"
    assert found["CV Sinar Bangka Mandiri"] == "organization:CV Sinar Bangka Mandiri"
    assert found["Tsingshan Holding Group"] == "organization:Tsingshan Holding Group"


def test_corruption_courts_and_english_names_of_branches() -> None:
    found = {m.surface: m.entity_id for m in extract_entities(
        "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang memvonis Rudi. Putusan Pengadilan Tipikor "
        "Semarang itu final. Sidang di Pengadilan Negeri Jakarta Pusat dan Polda Sulawesi Tengah. A panel at the "
        "Central Jakarta District Court ruled, Central Sulawesi Police said.")[1]}
    assert found["Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang"] == found["Pengadilan Tipikor Semarang"]
    assert found["Central Jakarta District Court"] == found["Pengadilan Negeri Jakarta Pusat"]
    assert found["Central Sulawesi Police"] == found["Polda Sulawesi Tengah"]
    found = {m.surface: m.entity_id for m in extract_entities(
        "Hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Jakarta Pusat menolak.")[1]}
    assert found["Pengadilan Tindak Pidana Korupsi"] == "org-pengadilan-tipikor"
    assert "Tindak Pidana Korupsi" not in found and "Tipikor" not in found


def test_malaysian_districts_and_detention_centres() -> None:
    found = surfaces("Mangsa banjir di Pasir Mas, Tumpat, Besut dan Hulu Terengganu meningkat; di Johor, Segamat dan "
                     "Kluang paling teruk. Rudianto ditahan di Rutan Salemba Cabang Kejagung. Malaysia's Attorney "
                     "General's Office and Singapore's Manpower Ministry said. Jake Butterworth hadir.", None)
    for place in ("Pasir Mas", "Tumpat", "Besut", "Hulu Terengganu", "Segamat", "Kluang"):
        assert found[place] == f"location:{place}"
    assert found["Rutan Salemba"] == "organization:Salemba Detention Center"
    # Another country's attorney general or manpower ministry is not Indonesia's; a surname is no Malaysian town.
    assert "Attorney General's Office" not in found
    assert found.get("Manpower Ministry", "") in ("", "organization:Manpower Ministry")  # its own, not Indonesia's
    assert "Butterworth" not in found


def test_balinese_names_factions_streets_and_heads_before_a_fields_acronym() -> None:
    found = surfaces("Governor of Bali I Ketut Dharmayasa told reporters. Head of the Bali Tourism Office Ni Made Ayu "
                     "Sriwahyuni added. I think so. Dua fraksi menolak, yaitu Fraksi Gerindra dan Fraksi Demokrat. "
                     "Rapat kerja dengan Dinas Pekerjaan Umum (PU) Makassar membahas Jalan Abdullah Daeng Sirua. "
                     "Jalan Menuju Kemenangan Masih Panjang. Rapat di Kantor Dinas Kesehatan (Dinkes) Kota "
                     "Bandung. "
                     "Perth woman Jess McAllister, who has rented a villa, agreed.", None)
    assert found["I Ketut Dharmayasa"] == "person:I Ketut Dharmayasa"
    assert found["Ni Made Ayu Sriwahyuni"] == "person:Ni Made Ayu Sriwahyuni"
    assert "I" not in found  # neither the pronoun nor a Balinese name's first word is anyone's short name
    assert found["Fraksi Gerindra"] == "organization:Fraksi Gerindra"
    assert found["Fraksi Demokrat"].startswith("organization:Fraksi")
    assert found["Dinas Pekerjaan Umum (PU) Makassar"] == "organization:Dinas PU Makassar"
    assert found["Jalan Abdullah Daeng Sirua"] == "location:Jalan Abdullah Daeng Sirua"
    assert not any(surface.startswith("Jalan Menuju") for surface in found)  # a way, no street
    assert found["Dinas Kesehatan (Dinkes) Kota Bandung"] == "organization:Dinkes Bandung"  # not "Kantor Dinas ..."
    assert found["Jess McAllister"] == "person:Jess McAllister"


def test_a_first_and_last_name_and_a_regencys_acronym() -> None:
    found = ids2_project("Sekda NTT, Agustinus Bere Nahak, mengumumkan status darurat di Kabupaten Kupang dan Timor "
                         "Tengah Selatan (TTS). Menurut Agustinus Nahak, bantuan tiba di Kabupaten TTS, Jumat.")
    assert found["Agustinus Nahak"] == found["Agustinus Bere Nahak"]
    assert found["Kabupaten TTS"] == found["Timor Tengah Selatan"]


def ids2_project(text: str) -> dict[str, str]:
    """Surface -> entity id with the project's gazetteer."""
    return {m.surface: m.entity_id for m in extract_entities(text)[1]}


def test_riders_teams_fuel_companies_initials_and_possessives() -> None:
    found = surfaces("Pebalap Ducati Lenovo Team Luca Ferrandi menang di Sirkuit Mandalika. MGPA menggelar jumpa "
                     "penggemar bersama pebalap Adrián Castell. Tim Dorna Sports tiba. Corporate Secretary PT "
                     "Pertamina Patra Niaga Nadia Prameswari Lubis mengatakan. Anggota Komite BPH Migas Sulistyo "
                     "Wardhana menambahkan. Koordinator Aliansi Guru Honorer Jawa Barat, Dedi Kurnia, berorasi. Police "
                     "detained a man identified only as HS, with defender Sayed Hashim Mahdi's header saved. Two "
                     "attackers were identified as IS militants. Police arrested protesters in NSW (12) and QLD "
                     "(8). Anggota Komisi I Putu Supadma Rudana hadir. Ketua Fraksi DPR itu menolak.", None)
    assert found["Ducati Lenovo Team"].startswith("organization:")
    assert found["Luca Ferrandi"] == "person:Luca Ferrandi" and found["Adrián Castell"] == "person:Adrián Castell"
    assert found["Sirkuit Mandalika"] == "location:Pertamina Mandalika International Circuit"
    assert found["PT Pertamina Patra Niaga"] == "organization:PT Pertamina Patra Niaga"
    assert found["Nadia Prameswari Lubis"] == "person:Nadia Prameswari Lubis"
    assert found["Sulistyo Wardhana"] == "person:Sulistyo Wardhana"
    assert found["Aliansi Guru Honorer Jawa Barat"] == "organization:Aliansi Guru Honorer Jawa Barat"
    assert found["HS"] == "person:HS"
    assert found["Sayed Hashim Mahdi"] == "person:Sayed Hashim Mahdi" and "Sayed Hashim Mahdi's" not in found
    assert "IS" not in found and "QLD" not in found  # a group and a state's count, no suspects
    assert found["Komisi I"].startswith("organization:") and found["Putu Supadma Rudana"].startswith("person:")
    assert "Fraksi DPR" not in found  # only a party has a faction


def test_an_english_bodys_acronym_may_leave_out_its_closing_of_place() -> None:
    found = surfaces("The Maritime and Port Authority of Singapore (MPA) said the spill was contained. MPA added that "
                     "traffic was not affected.", None)
    assert found["Maritime and Port Authority of Singapore"] == "organization:Maritime and Port Authority of Singapore"
    assert found["MPA"] == found["Maritime and Port Authority of Singapore"]


def test_a_two_part_acronym_in_capitals_names_the_long_form_but_a_post_or_a_law_names_no_body() -> None:
    found = surfaces("Balai Besar Taman Nasional Bromo Tengger Semeru (BB TNBTS) menutup kawasan wisata. Kepala BB "
                     "TNBTS mengatakan api padam. Direktur Jenderal Penyelenggaraan Haji dan Umrah (Dirjen PHU) hadir. "
                     "Undang-Undang Pelindungan Data Pribadi (UU PDP) berlaku.", None)
    assert found["BB TNBTS"] == "organization:Balai Besar Taman Nasional Bromo Tengger Semeru"
    assert "Dirjen PHU" not in found and "UU PDP" not in found


def test_village_river_and_bus_stop_heads_name_places_and_keep_a_common_word_whole() -> None:
    found = surfaces("Reje Kampung Negeri Antara, Sabirin, mengatakan gajah datang dari hulu Krueng Peusangan. "
                     "Antrean mengular di Halte Bundaran Senayan hingga Halte Dukuh Atas.", None)
    assert found["Kampung Negeri Antara"] == "location:Negeri Antara"
    assert found["Krueng Peusangan"] == "location:Krueng Peusangan"
    assert found["Halte Bundaran Senayan"] == "location:Halte Bundaran Senayan"
    assert found["Halte Dukuh Atas"] == "location:Halte Dukuh Atas"
    assert surfaces("Warga Dukuh Atas mengungsi ke balai desa.", None)["Dukuh Atas"] == "location:Dukuh Atas"


def test_a_conservation_office_before_a_province_is_that_provinces_branch() -> None:
    found = surfaces("Balai Konservasi Sumber Daya Alam (BKSDA) Aceh menurunkan tim. Kepala BKSDA Aceh, Andi "
                     "Saputra Lubis, mengatakan tim sudah di lokasi.", None)
    assert found["Balai Konservasi Sumber Daya Alam (BKSDA) Aceh"] == found["BKSDA Aceh"] == "organization:BKSDA Aceh"


def test_a_role_word_that_is_also_a_family_name_and_an_offices_field_before_its_ministry() -> None:
    found = surfaces("Direktur Jenderal Bimbingan Masyarakat Islam Kementerian Agama (Kemenag), Imam Syafrudin "
                     "Nasution, yang hadir mewakili menteri. Bupati Bener Meriah, Zulfan Hakim, menjenguk korban. "
                     "Imam Besar Masjid Istiqlal memimpin salat.", None)
    assert found["Syafrudin Nasution"] == "person:Syafrudin Nasution"
    assert found["Zulfan Hakim"] == "person:Zulfan Hakim"
    assert not any(value.startswith("person:") for key, value in found.items() if "Bimbingan" in key or "Besar" in key)


def test_a_districts_officials_title_before_its_name_leaves_the_district_a_place() -> None:
    text = ("Gajah masuk ke Kecamatan Pintu Rime Gayo, Kabupaten Bener Meriah. Polisi, melalui Kapolsek Pintu Rime "
            "Gayo, Iptu Darmawan Siregar, membenarkan. Konflik di Pintu Rime Gayo, Kabupaten Bener Meriah, berulang.")
    ids = {m.surface: m.entity_id for m in extract_entities(text)[1]}
    assert surfaces(text, None)["Pintu Rime Gayo"].startswith("location:Pintu Rime Gayo")
    assert ids["Pintu Rime Gayo"] == ids["Kecamatan Pintu Rime Gayo"]


def test_a_one_word_name_set_off_by_commas_after_its_office_is_a_person() -> None:
    found = surfaces("Reje Kampung Negeri Antara, Sabirin, mengatakan gajah datang. Penyidik memeriksa murid "
                     "serta Kepala SDN 5 Palangga, Hasnawati, pekan lalu. Director General of Metal, Machinery, "
                     "Transportation Equipment, and Electronics Industries, Taufik Hidayatullah, said so.", None)
    assert found["Sabirin"] == "person:Sabirin" and found["Hasnawati"] == "person:Hasnawati"
    assert "Machinery" not in found


def test_hills_valleys_and_temples_are_places() -> None:
    found = surfaces("Api melalap savana Bukit Teletubbies di Lembah Watangan, tak jauh dari Pura Luhur Poten.", None)
    assert found["Bukit Teletubbies"] == "location:Bukit Teletubbies"
    assert found["Lembah Watangan"] == "location:Lembah Watangan"


def test_an_english_bodys_kind_ends_its_name_with_the_place_before_it_but_not_after_a_lists_comma() -> None:
    found = surfaces("The plan involves the Pengerang Municipal Council and the Southern Region Marine Department. "
                     "The Meteorology, Climatology and Geophysics Agency said rain would fall.", None)
    assert found["Pengerang Municipal Council"] == "organization:Pengerang Municipal Council"
    assert found["Southern Region Marine Department"] == "organization:Southern Region Marine Department"
    assert "Geophysics Agency" not in found


def test_team_positions_are_roles_before_a_players_name() -> None:
    found = surfaces("Setter Dinda Ayuningtyas rajin memanjakan rekannya. Opposite asal Brasil Larissa Monteiro "
                     "ditandu keluar lapangan di GOR Amongrogo.", None)
    assert found["Dinda Ayuningtyas"] == "person:Dinda Ayuningtyas"
    assert found["Larissa Monteiro"] == "person:Larissa Monteiro"


@pytest.mark.parametrize("text", [
    "Hundreds of protesters gathered opposite Merdeka Palace on Monday, police said.",
    "Kepala Puskesmas Kuta Baro, Samalanga, mengatakan stok obat mencukupi.",
    "She was named Director of Operations, Planning, and Logistics at the port authority.",
    "Analysts called the election a Turning Point for the region.",
])
def test_no_person_or_place_from_a_preposition_a_list_or_a_phrase(text: str) -> None:
    found = surfaces(text, None)
    assert not any(value.split(":")[0] == "person" for value in found.values()), found
    assert "Turning Point" not in found


def test_posts_and_programmes_before_their_initials_are_no_bodies_and_companies_stay_companies() -> None:
    found = surfaces("The Chief Minister of Penang (CM) said the bridge would open. Warga menerima Bantuan Langsung "
                     "Tunai Dana Desa (BLT DD). Lecturers from the University and College Union walked out.", None)
    assert found["Penang"] == "location:Penang" and "BLT DD" not in found
    assert found["University and College Union"] == "organization:University and College Union"


def test_a_kampung_outside_every_regency_the_article_names_is_linked_to_no_village() -> None:
    ids = {m.surface: m.entity_id for m in extract_entities(
        "Banjir merendam Kampung Melayu dan Kampung Pulo di Jakarta Timur.")[1]}
    assert not ids.get("Kampung Pulo", "").startswith("loc-adm-31-74")


def test_a_countrys_missions_abroad_are_one_organization_per_kind_and_city() -> None:
    found = surfaces("The coast guard informed the Indonesian Embassy in Manila and the Indonesian Consulate "
                     "General in Davao City. In a note, the Embassy of the Republic of Indonesia asked for access. "
                     "KBRI Manila menyatakan siap membantu.", None)
    assert found["Indonesian Embassy in Manila"] == found["KBRI Manila"] == (
        "organization:Embassy of Indonesia in Manila")
    assert found["Indonesian Consulate General in Davao City"] == (
        "organization:Consulate General of Indonesia in Davao City")
    # the article names one embassy of Indonesia, by its city: the bare name is that one
    assert found["Embassy of the Republic of Indonesia"] == "organization:Embassy of Indonesia in Manila"
    assert "Manila" not in found and "Davao City" not in found


def test_a_missions_bare_name_stays_apart_when_the_article_names_two_cities() -> None:
    found = surfaces("The Indonesian Embassy in Manila and the Indonesian Embassy in Bangkok were told. The Embassy "
                     "of the Republic of Indonesia asked for access.", None)
    assert found["Embassy of the Republic of Indonesia"] == "organization:Embassy of Indonesia"


def test_the_embassy_acronym_alone_keeps_its_own_definition() -> None:
    found = surfaces("Kedutaan Besar Republik Indonesia (KBRI) di Seoul mengimbau warga. KBRI juga membuka posko.",
                     None)
    assert found["KBRI"] == found["Kedutaan Besar Republik Indonesia"]


def test_what_an_office_commands_is_no_person() -> None:
    found = surfaces("The boat was intercepted, according to Commodore Rafael Tandoc, commander of Coast Guard "
                     "District Southwest. Tandoc said the crew was safe.", None)
    assert found["Rafael Tandoc"] == "person:Rafael Tandoc"
    assert not any(value.startswith("person:Coast") for value in found.values())


def test_a_village_longer_than_a_gazetteer_city_is_the_village() -> None:
    found = surfaces("Gudang di Desa Bitung Jaya, Kecamatan Cikupa, Kabupaten Tangerang digerebek polisi. Warga "
                     "di Bitung Jaya kaget. Kapal ikan itu berangkat dari Bitung, Sulawesi Utara.", None)
    assert found["Desa Bitung Jaya"] == found["Bitung Jaya"] == "location:Bitung Jaya, Tangerang Regency"
    assert found["Bitung"] == "location:Bitung"


def test_a_districts_police_keeps_its_name_after_a_gazetteer_city() -> None:
    found = surfaces("Warga Kecamatan Samarinda Utara melapor ke Polsek Samarinda Utara, Kota Samarinda, Senin.",
                     None)
    assert found["Polsek Samarinda Utara"].startswith("organization:")


def test_the_embassy_acronym_is_the_one_embassy_the_article_names_by_its_city() -> None:
    found = surfaces("Kedutaan Besar Republik Indonesia (KBRI) Seoul mengimbau warga berhati-hati. Menurut data KBRI, "
                     "ada 38 ribu WNI di sana, kata pejabat KBRI Seoul.", None)
    assert found["KBRI"] == found["KBRI Seoul"] == found["Kedutaan Besar Republik Indonesia"] == (
        "organization:Embassy of Indonesia in Seoul")


def test_initials_name_the_body_a_shared_english_long_form_stands_for() -> None:
    found = surfaces("The National Disaster Management Agency (NADMA) sent a team to Ranau. NADMA said the National "
                     "Disaster Management Agency would help. In Jakarta, the National Disaster Management Agency "
                     "(BNPB) said it was ready.", None)
    nadma = surfaces("The National Disaster Management Agency (NADMA) sent a team.", None)
    assert nadma["National Disaster Management Agency"] == found["NADMA"] == "organization:NADMA"
    assert found["BNPB"].endswith("Indonesian National Disaster Management Agency")


def test_english_bodies_named_by_their_kind() -> None:
    found = surfaces("The victims were taken to Ranau Hospital. The Town and Regional Planning Department will review "
                     "the slopes, the State Disaster Management Committee said, and the Chief Minister's Department "
                     "announced aid. The matter was raised in the State Legislative Assembly. Others went to Queen "
                     "Elizabeth Hospital.", None)
    for name in ("Ranau Hospital", "Town and Regional Planning Department", "State Disaster Management Committee",
                 "Chief Minister's Department", "State Legislative Assembly", "Queen Elizabeth Hospital"):
        assert found[name] == f"organization:{name}"


def test_grades_corps_and_kin_before_a_name_are_no_part_of_it() -> None:
    found = surfaces("Fire station chief Senior Fire Officer II Rudy Gintas said 18 firemen were deployed. Grandmother "
                     "Rosminah Gampalan, 61, was pulled out alive. Dandim 0722/Kudus Letkol Inf Wahyu Pranoto hadir.",
                     None)
    assert {"Rudy Gintas", "Rosminah Gampalan", "Wahyu Pranoto"} <= set(found)
    assert all(value.startswith("person:") for key, value in found.items() if key in (
        "Rudy Gintas", "Rosminah Gampalan", "Wahyu Pranoto"))


def test_a_regency_whose_bare_name_is_a_word_after_its_office_or_its_full_name() -> None:
    found = surfaces("Bupati Kudus Fauzan Hariri meresmikan dapur di Kabupaten Kudus. Warga Kudus antre sejak pagi. "
                     "Kapolres Kudus AKBP Bambang Heru Saputro hadir.", None)
    assert found["Kudus"] == "location:Kudus Regency"
    assert found["Fauzan Hariri"] == "person:Fauzan Hariri"
    holy = surfaces("Umat berdoa kepada Roh Kudus di gereja.", None)
    assert "location:Kudus Regency" not in holy.values()


def test_a_hospital_named_after_a_doctor_and_a_kitchens_head_after_it() -> None:
    found = surfaces("Siswa dirawat di RSUD dr. Loekmono Hadi. Kepala SPPG Loram Kulon Yusuf Arifianto menjelaskan "
                     "dapur itu.", None)
    assert found["RSUD dr. Loekmono Hadi"].startswith("organization:")
    assert found["Yusuf Arifianto"] == "person:Yusuf Arifianto"
    assert found["SPPG Loram Kulon"].startswith("organization:")


def test_townships_and_roads_are_places_and_an_article_is_no_name() -> None:
    found = surfaces("Residents of Myothit Ward fled to Tada-U Township. The Road was closed.", None)
    assert found["Myothit Ward"].startswith("location:") and found["Tada-U Township"].startswith("location:")
    assert "The Road" not in found


def test_initials_the_article_defines_are_its_own_name_for_them() -> None:
    found = surfaces("The Armed Forces of the Philippines (AFP) sent two ships. AFP troops searched the islands.", None)
    assert found["AFP"] == found["Armed Forces of the Philippines"] == (
        "organization:Armed Forces of the Philippines")


def test_an_acronym_the_text_defines_is_not_a_foreign_bodys() -> None:
    found = surfaces("Agen pemegang merek (APM) Toyota menaikkan harga mobil. APM menyebut kurs sebagai alasan.", None)
    assert "Malaysia Civil Defence Force" not in " ".join(found.values())


def test_people_after_kin_and_speakers_and_of_are_people() -> None:
    found = surfaces("Hendra Wiratama, the grandfather of Dimas Prasetyo, said the family was safe. The spokesman of "
                     "Agus Wibowo declined to comment.", None)
    assert found["Dimas Prasetyo"] == "person:Dimas Prasetyo" and found["Agus Wibowo"] == "person:Agus Wibowo"


def test_words_before_and_at_a_sentences_start_are_no_part_of_a_body() -> None:
    found = surfaces("Villagers and Forestry Department staff searched the hillside on Monday.", None)
    assert "Villagers and Forestry Department" not in found


@pytest.mark.parametrize("text", ["Kapolres Banjar AKBP Hendra Gunawan meninjau lokasi di Kota Banjar, Jawa Barat.",
                                  "Kabupaten Pati menggelar apel. Pati Polri dirotasi pekan ini."])
def test_a_bare_regency_name_shared_with_a_city_or_a_word_is_left(text: str) -> None:
    found = surfaces(text, None)
    assert "location:Banjar Regency" not in found.values() and found.get("Pati") != "location:Pati Regency"


def test_an_embassy_in_a_country_is_its_embassy_there() -> None:
    found = surfaces("The Australian Embassy in Jakarta issued a warning. The Embassy of Australia in Indonesia said "
                     "it would help.", None)
    assert found["Australian Embassy in Jakarta"] == "organization:Embassy of Australia in Jakarta"
    # (placed in a country, it is not taken for the article's one mission in a city: that city may lie elsewhere)
    assert found["Embassy of Australia in Indonesia"] == "organization:Embassy of Australia"
    two = extract_entities("Kedutaan Besar Jepang di Jakarta menyatakan siap. Kedutaan Besar Jepang di Malaysia "
                           "juga.")[1]
    assert len({m.entity_id for m in two if m.surface == "Kedutaan Besar Jepang"}) == 2
    singapore = surfaces("The Indonesian embassy in Singapore said so. The Embassy of the Republic of Indonesia in "
                         "Singapore helped. The embassy declined to comment.", None)
    assert singapore["Indonesian embassy in Singapore"] == singapore[
        "Embassy of the Republic of Indonesia in Singapore"] == "organization:Embassy of Indonesia in Singapore"


def test_a_person_after_a_bodys_name_the_text_also_writes_alone() -> None:
    found = surfaces("Direktur Utama Bank Nagari Zulhendri Darwis meminta maaf. Pemimpin Divisi Sekretariat Perusahaan "
                     "Bank Nagari Mutia Rahmadani membenarkan. Bank Nagari menelusuri kebocoran. Kepala Dinas "
                     "Kesehatan TTU Yosefina Abi Tefa hadir. Dinas Kesehatan menolak.", None)
    assert found["Zulhendri Darwis"] == "person:Zulhendri Darwis"
    assert found["Mutia Rahmadani"] == "person:Mutia Rahmadani"
    assert found["Bank Nagari"].startswith("organization:")
    assert found["Yosefina Abi Tefa"] == "person:Yosefina Abi Tefa"  # not "TTU Yosefina Abi Tefa"


def test_a_mixed_case_acronym_before_a_name_is_the_body_and_a_removed_director_is_a_person() -> None:
    found = surfaces("Peneliti keamanan siber CISSReC Yudha Pranata menilai kasus ini serius, kata Yudha. RUPSLB "
                     "memberhentikan Rinaldi Usman dari jabatan Direktur Operasional.", None)
    assert found["Yudha Pranata"] == "person:Yudha Pranata"
    assert found["Rinaldi Usman"] == "person:Rinaldi Usman"


def test_an_app_is_a_product_and_no_village() -> None:
    found = surfaces("Aplikasi Nagari Mobile sempat lumpuh. Nasabah Sambara App mengeluh. Warga Desa Sukamaju "
                     "mengungsi ke Sungai Bone.", None)
    assert found["Nagari Mobile"] == "product:Nagari Mobile"
    assert found["Sambara App"] == "product:Sambara App"
    assert found["Desa Sukamaju"].startswith("location:")
    assert found["Sungai Bone"] == "location:Sungai Bone"


def test_a_companys_legal_name_and_the_name_it_goes_by_are_one_company() -> None:
    _, mentions = extract_entities(
        "PT Bank Pembangunan Daerah Sumatera Barat atau Bank Nagari menelusuri kebocoran. Bank Nagari membantah.")
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["PT Bank Pembangunan Daerah Sumatera Barat"] == ids["Bank Nagari"]


def test_a_unit_of_a_company_or_a_division_is_no_person() -> None:
    found = surfaces("Kepala Divisi Hubungan Media PT IMIP Dedy Kurniawan mengatakan hal itu. Ia pernah menjabat "
                     "Pemimpin Divisi Teknologi Informasi bank tersebut. Chalermchai Wongsakul, director of the "
                     "Earthquake Observation Division, said nine aftershocks were recorded.", None)
    assert found["PT IMIP"] == "organization:PT IMIP"
    assert found["Dedy Kurniawan"] == "person:Dedy Kurniawan"
    assert found["Divisi Teknologi Informasi"].startswith("organization:")
    assert found["Earthquake Observation Division"].startswith("organization:")


def test_a_malay_name_with_bin_or_binti_is_one_person_with_its_titles_and_its_given_part_names_them_later() -> None:
    text = ("JASTRe Acting Director Dayang Hajah Norhayati binti Haji Abdul Rahim said the park stays closed. Ketua "
            "Kampung Penanjong Awang Haji Abdul Ghani bin Haji Metali said 30 households fish. The Deputy Permanent "
            "Secretary, Dr Haji Amirul Hakim bin Haji Yusof, spoke. Dr Haji Amirul Hakim said the line was cut. "
            "Fisherman Awang Jaludin bin Haji Tuah lost his nets, Jaludin said.")
    entities, mentions = extract_entities(text)
    found = {m.surface: m.entity_id for m in mentions}
    people = {e.entity_id for e in entities if e.entity_type == "person"}
    for name in ("Dayang Hajah Norhayati binti Haji Abdul Rahim", "Awang Haji Abdul Ghani bin Haji Metali",
                 "Dr Haji Amirul Hakim bin Haji Yusof", "Awang Jaludin bin Haji Tuah"):
        assert found[name] in people
    assert found["Dr Haji Amirul Hakim"] == found["Dr Haji Amirul Hakim bin Haji Yusof"]
    assert found["Jaludin"] == found["Awang Jaludin bin Haji Tuah"]
    assert "Kampung Penanjong" in found


def test_numbered_commands_offices_by_class_and_hospitals_by_their_namesake() -> None:
    text = ("Personel Kodim 1311/Morowali dan Korem 042/Garuda Putih berjaga. Korban dirawat di RSUD Dr. H. Chasan "
            "Boesoirie Ternate. Data RSUD Chasan Boesoirie menyebut sembilan luka. Kantor Kesyahbandaran dan "
            "Otoritas Pelabuhan (KSOP) Kelas II Ternate menunda keberangkatan. KSOP Ternate menurunkan tim. Kapal "
            "bertolak dari Pelabuhan Ahmad Yani Ternate. Antrean di Halte Bundaran Senayan.")
    _, mentions = extract_entities(text)
    ids = {m.surface: m.entity_id for m in mentions}
    assert "Kodim 1311/Morowali" in ids and "Korem 042/Garuda Putih" in ids and "Morowali" not in ids
    assert ids["RSUD Dr. H. Chasan Boesoirie Ternate"] == ids["RSUD Chasan Boesoirie"]
    assert ids["KSOP Ternate"] == ids["Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas II Ternate"]
    assert "Pelabuhan Ahmad Yani" in ids and "Ternate" in ids  # the port named after a hero, then its city
    assert "Halte Bundaran Senayan" in ids


def test_sasak_and_balinese_titles_open_the_name_and_initials_after_a_legal_form_are_the_company() -> None:
    text = ("Gubernur NTB Lalu Arya Wiguna meminta warga menyambut penonton, kata Lalu Arya kepada wartawan. Bupati "
            "Lombok Timur, H. Lalu Syamsul Hakim, menjenguk korban. Lalu Budi pergi ke pasar. Koordinator Kantor SAR "
            "Mataram, I Gusti Ngurah Bayu Adnyana, menjelaskan pengangkatan korban. Pekerja PT Indonesia Morowali "
            "Industrial Park (IMIP) berunjuk rasa, dan manajemen PT IMIP menanggapi. Direktur Jenderal Pembinaan "
            "Pengawasan Ketenagakerjaan Kemnaker, Indah Permatasari Lubis, mengatakan tim dikirim.")
    _, mentions = extract_entities(text)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Lalu Arya"] == ids["Lalu Arya Wiguna"]
    assert "Lalu Syamsul Hakim" in ids and "Lalu Budi" not in ids
    assert "I Gusti Ngurah Bayu Adnyana" in ids
    assert ids["PT IMIP"] == ids["IMIP"]
    assert "Indah Permatasari Lubis" in ids


def test_review_of_stop_31_people_bodies_and_places_the_new_rules_must_leave() -> None:
    """Faults a review found in this stop's rules, on text of its own."""
    _, mentions = extract_entities(
        "Penerima bantuan mencairkan dana melalui PT Bank Rakyat Indonesia atau Bank Mandiri terdekat. Proyek itu "
        "digarap PT Wijaya Karya atau PT Waskita Karya. Putra Mahkota Arab Saudi Mohammed bin Salman menerima tamu. "
        "Polisi menahan warga Aceh Muhammad Yusuf bin Ibrahim di Johor. Terdakwa Rudi bin Sahlan divonis lima tahun. "
        "Saksi Rudi Hartono melihat kejadian itu. Komandan Kodim 0817/Gresik Letkol Inf Bayu Wirawan meninjau lokasi. "
        "Warga Desa Bone menolak tambang. Banjir melanda Kota Mobile di Alabama. Serikat Pekerja PT Sinar Jaya Abadi "
        "menggelar mogok. Bank Nagari menyalurkan kredit. Kepala Bank Nagari Area Pancor mengatakan target tercapai.")
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["PT Bank Rakyat Indonesia"] != ids["Bank Mandiri"]
    assert ids["PT Wijaya Karya"] != ids["PT Waskita Karya"]
    assert ids["Mohammed bin Salman"] == "per-mohammed-bin-salman" and "Arab Saudi" in ids
    assert "Muhammad Yusuf bin Ibrahim" in ids and "Aceh" in ids
    assert ids["Rudi Hartono"] != ids["Rudi bin Sahlan"]
    assert "Kodim 0817/Gresik" in ids and "Bayu Wirawan" in ids
    assert "Desa Bone" in ids
    assert not any(m.entity_id.startswith("x-pro") for m in mentions)  # "Kota Mobile" in Alabama is no app
    assert "Serikat Pekerja PT Sinar Jaya Abadi" in ids
    assert "Area Pancor" not in ids


def test_an_english_provincial_administrator_and_christian_given_names_before_who() -> None:
    found = surfaces("Enga Provincial Administrator Benjamin Yakali said the province released funds. Martha "
                     "Pyando, who lost her husband, said she would stay.", None)
    assert found["Benjamin Yakali"] == "person:Benjamin Yakali"
    assert found["Martha Pyando"] == "person:Martha Pyando"
    assert surfaces("Six people were killed in the Ambum valley.", None)["Ambum valley"].startswith("location:")


def test_an_honorific_inside_a_run_opens_the_name_after_a_portfolio() -> None:
    found = surfaces("Deputy Minister of Energy and Mines Mr Khamphet Sayalath led a technical team. Mdm Tan Mei Ling "
                     "said so.", None)
    assert found["Khamphet Sayalath"] == "person:Khamphet Sayalath"
    assert found["Tan Mei Ling"] == "person:Tan Mei Ling"  # the honorific, as "Mr", stays out of the name


def test_second_review_of_stop_31_names_and_companies() -> None:
    """Faults a second review found in this stop's later rules, on text of its own."""
    _, mentions = extract_entities(
        "Polisi menangkap Cut Nyak Aminah binti Ibrahim di Lhokseumawe. Hakim memvonis Andi Baso bin Andi Mappe. "
        "Terdakwa Teuku Rizal bin Teuku Ahmad hadir. Ketua Kampung Sri Aman Haji Osman bin Salleh mengesahkan itu. "
        "Warga menyetor melalui PT Bank Rakyat Indonesia atau Bank Kalsel terdekat. PT Pelayaran Nasional Indonesia "
        "atau Pelni menambah kapal. Ratusan warga mendatangi Kantor PT Sinar Harapan Sawit. Ketua Yayasan Tunas "
        "Bangsa Tony Wenas hadir. Yayasan Tunas Bangsa membagikan sembako. Reigning Miss Universe Opal Suchata "
        "visited the school. Bus Kota Express melayani rute baru.")
    ids = {m.surface: m.entity_id for m in mentions}
    for name in ("Cut Nyak Aminah binti Ibrahim", "Andi Baso bin Andi Mappe", "Teuku Rizal bin Teuku Ahmad",
                 "Haji Osman bin Salleh", "PT Sinar Harapan Sawit", "Tony Wenas"):
        assert name in ids, name
    assert ids["Bank Kalsel"] != ids["PT Bank Rakyat Indonesia"]
    assert ids["Pelni"] == ids["PT Pelayaran Nasional Indonesia"]
    assert "Universe Opal Suchata" not in ids and "Kota Express" not in ids


def test_stop_32_islands_vietnamese_officials_and_communes() -> None:
    """"Pulau Enggano" and the district "Enggano" are one place (not an island and the city named after it); the
    chairman of a committee named after its role; "Prime Minister" a role; Vietnam's communes and wards named
    alone; Quang Tri and Hue written alone."""
    text = ("Bantuan untuk warga Pulau Enggano diberangkatkan dari Kota Bengkulu, Provinsi Bengkulu. Camat Enggano "
            "Darwis Kaharuba menyebut stok beras habis.")
    found = surfaces(text, None)
    assert found["Pulau Enggano"] == found["Enggano"]
    ambon = surfaces("Kapal berlayar dari Pulau Ambon. Wali Kota Ambon Arman Latupeirissa melepasnya.", None)
    assert ambon["Pulau Ambon"] != ambon.get("Ambon")
    english = ("Chairman of the Quang Tri Provincial People's Committee Nguyen Dang Khoa said the storm crossed "
               "Trieu Phong commune in Quang Tri and Phong Dien ward in Hue. Prime Minister Pham Quoc Bao chaired "
               "a meeting.")
    found = surfaces(english, None)
    assert found["Nguyen Dang Khoa"] == "person:Nguyen Dang Khoa"
    assert found["Pham Quoc Bao"] == "person:Pham Quoc Bao" and "Prime" not in found
    assert found["Trieu Phong"] == "location:Trieu Phong" and found["Phong Dien"] == "location:Phong Dien"
    assert found["Quang Tri"] == "location:Quang Tri Province" and found["Hue"] == "location:Hu\u1ebf"


def test_stop_32_doubles_pairs_clubs_and_venues() -> None:
    """A doubles pair's first player whose family name is a season's ("Fajri Ramadhan/Tiara Anggraini"); a badminton
    club and an association's board ("PB Djarum", "PB PGRI"); a venue named with its kind ("Utilita Arena"), not
    the words after a known place ("Kumamoto Prefectural Gymnasium" is no "Prefectural Gymnasium")."""
    found = surfaces("Indonesia masih punya wakil, yakni Fajri Ramadhan/Tiara Anggraini, yang tampil Rabu. Dimas "
                     "adalah atlet binaan PB Djarum, kata Ketua PB PGRI.", None)
    assert found["Fajri Ramadhan"] == "person:Fajri Ramadhan" and "Ramadhan" not in found
    assert found["PB Djarum"] == "organization:PB Djarum" and found["PB PGRI"].startswith("organization:")
    venues = surfaces("The final was played at the Utilita Arena. The next round is at the Kumamoto Prefectural "
                      "Gymnasium.", None)
    assert venues["Utilita Arena"] == "location:Utilita Arena" and "Prefectural Gymnasium" not in venues


def test_stop_32_english_bodies_named_after_their_place_and_vietnamese_names() -> None:
    """An English body's kind ends its name and takes the place before it ("Quang Tri Provincial Police", "Banteay
    Meanchey Provincial Administration"), and opens none ("the Police Commissioner and the Defence Force"); an
    Indonesian region's police in English stays its Polda; "National" opens a centre's name; a joint-stock company;
    Vietnamese names written with their accents or after "the commune People's Committee"."""
    found = surfaces("The Quang Tri Provincial Police and the Quang Tri Provincial Military Command sent troops. "
                     "Pech Rachna, spokesman for the Banteay Meanchey Provincial Administration, said so. I have asked "
                     "the Police Commissioner and the Defence Force to stay. The National Centre for "
                     "Hydro-Meteorological Forecasting warned of rain. Lam Khe Energy Investment JSC was fined.", None)
    assert found["Quang Tri Provincial Police"] == "organization:Quang Tri Provincial Police"
    assert found["Quang Tri Provincial Military Command"].startswith("organization:")
    assert found["Banteay Meanchey Provincial Administration"].startswith("organization:")
    assert not any(surface.startswith("Police Commissioner") for surface in found)
    assert found["National Centre for Hydro-Meteorological Forecasting"].startswith("organization:")
    assert found["Lam Khe Energy Investment JSC"].startswith("organization:")
    bali = surfaces("He spoke at the Bali Regional Police (Polda Bali) headquarters in Denpasar.", None)
    assert bali["Bali Regional Police"] == bali["Polda Bali"] and "Regional Police" not in bali
    people = surfaces("Chairman of the commune People's Committee Ho Van Tham said. Deputy Minister L\u00ea Ho\u00e0i "
                      "Nam arrived at the site and said the search would go on.", None)
    assert people["Ho Van Tham"] == "person:Ho Van Tham" and people["L\u00ea Ho\u00e0i Nam"].startswith("person:")


def test_stop_32_an_acronym_defined_by_a_branchs_name_is_that_branch() -> None:
    ids = {m.surface: m.entity_id for m in extract_entities(
        "Bulog bersama Pemerintah Provinsi Sumatera Utara (Pemprovsu) menggelar operasi pasar. Pemprovsu akan "
        "memperluas operasi pasar.", None)[1]}
    assert ids["Pemprovsu"] == ids["Pemerintah Provinsi Sumatera Utara"]


def test_review_of_stop_32_the_new_entity_rules_stay_in_their_place() -> None:
    """Causeway Bay is no Johor causeway and "Sarana dan Prasarana" no Malaysian company; an island and the regency
    that holds part of it are two places; a school's board named after a person is no person; a Vietnamese name
    ending in a place's name is the person's."""
    found = surfaces("Protesters gathered in Causeway Bay. Kepala Bidang Sarana dan Prasarana Dinas Pendidikan hadir. "
                     "Gempa mengguncang Pulau Nias. Bupati Nias meninjau lokasi.", None)
    assert not any(name.endswith("Causeway") for name in found.values())
    assert "Prasarana" not in found and found["Pulau Nias"] != found["Nias"]
    school = surfaces("Director of the Phan Chau Trinh High School Board said classes resumed.", None)
    assert not any(name.startswith("person:") for name in school.values())
    people = surfaces("Reporter Nguyen Thi Hue said the storm had passed. Mr Nguyen Quang Tri, a farmer, lost his "
                      "roof.", None)
    assert people["Nguyen Thi Hue"].startswith("person:") and people["Nguyen Quang Tri"].startswith("person:")


def test_second_review_of_stop_32_a_river_and_a_village_of_one_name_are_two_places() -> None:
    found = surfaces("Residents along the Kasimpar river were evacuated, and officials in Kasimpar village opened a "
                     "shelter.", None)
    assert found["Kasimpar river"] != found["Kasimpar"]


def test_a_figure_after_a_comma_is_no_age() -> None:
    """"Suwarni, 30," gives her age; "Search and Rescue, 87,000 people" gives a count, and names no one."""
    found = surfaces("According to the Steering Committee for Disaster Prevention, Control, Search and Rescue, 87,000 "
                     "people left. Suwarni, 30, warga desa, mengungsi.", None)
    assert found["Suwarni"] == "person:Suwarni" and "Rescue" not in found


def test_an_english_ministry_named_by_its_portfolio_first() -> None:
    found = surfaces("The Finance Ministry said the cost would rise, and the Home Affairs Ministry added officers.",
                     None)
    assert found["Finance Ministry"] == "organization:Finance Ministry"
    assert found["Home Affairs Ministry"] == "organization:Home Affairs Ministry"


def ids(text: str) -> dict[str, str]:
    """Surface -> entity id, with the project's gazetteer."""
    _, mentions = extract_entities(text, None)
    return {m.surface: m.entity_id for m in mentions}


def test_an_office_class_is_no_part_of_the_office_name() -> None:
    found = ids("WN Kanada itu dideportasi Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai, Selasa. Menurut Kantor "
                "Imigrasi Ngurah Rai, hal itu sesuai aturan. Ia sempat ditahan di Lapas Kelas IIA "
                "Kerobokan. Lapas Kerobokan kini penuh.")
    assert found["Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai"] == found["Kantor Imigrasi Ngurah Rai"]
    assert found["Lapas Kelas IIA Kerobokan"] == found["Lapas Kerobokan"]


def test_a_place_of_origin_after_asal_and_before_its_country() -> None:
    found = surfaces("Markus Feldmann, wisatawan asal Bremerhaven, Jerman, ditemui di pantai.", None)
    assert found["Bremerhaven"] == "location:Bremerhaven"
    # "asal" is also "as long as"
    found = surfaces("Sejumlah warga boleh pulang asal Budi Santoso menjamin mereka tidak kabur.", None)
    assert found["Budi Santoso"] == "person:Budi Santoso"


def test_philippine_hamlets_are_places_and_barangay_bodies_are_not() -> None:
    found = surfaces("The landslide hit Sitio Kiwang. Residents of Kiwang fled. Barangay Health Workers gave "
                     "medicine and the Barangay Council met.", None)
    assert found["Sitio Kiwang"] == found["Kiwang"] == "location:Kiwang"
    assert not any(value.startswith("location:") for surface, value in found.items() if "Barangay" in surface)


def test_a_known_place_before_an_english_name_is_part_of_it() -> None:
    found = surfaces("Traders at the Baguio Vegetable Trading Post said prices fell.", None)
    assert found["Baguio Vegetable Trading Post"] == "organization:Baguio Vegetable Trading Post"


def test_balinese_names_with_ngurah_rai_are_people_and_an_office_is_named_by_its_airport() -> None:
    found = surfaces("Ketua PHRI Badung I Gusti Ngurah Rai Suryawijaya mengatakan okupansi hotel naik.", None)
    assert found["I Gusti Ngurah Rai Suryawijaya"] == "person:I Gusti Ngurah Rai Suryawijaya"
    offices = ids("Ia dideportasi Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai. Kantor Imigrasi Ngurah Rai mencatat "
                  "187 deportasi.")
    assert offices["Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai"] == offices["Kantor Imigrasi Ngurah Rai"]


def test_an_english_post_title_is_no_person() -> None:
    found = surfaces("Corporate Communications Super Air Jet, Ardhiansyah Putra, menyatakan maskapai memberi "
                     "kompensasi.", None)
    assert found["Ardhiansyah Putra"] == "person:Ardhiansyah Putra"
    assert not any("Corporate" in s for s in found)
    found = surfaces("Corporate Affairs Manager Sarah Johnson said the firm would comply.", None)
    assert found == {"Sarah Johnson": "person:Sarah Johnson"}


def test_a_translated_name_is_the_body_its_curated_acronym_names() -> None:
    found = ids("Officials from Indonesia's Ministry of Agriculture (Kementan) joined. The Ministry of Agriculture "
                "said the permits were ready.")
    assert found["Ministry of Agriculture"] == found["Kementan"] == "org-kementan"
    # another country's body whose initials are an Indonesian body's stays its own
    other = ids("Malaysia will keep the duty, the Ministry of Plantation and Commodities (KPK) said.")
    assert other["Ministry of Plantation and Commodities"] != "org-kpk"


def test_a_regional_council_commission_is_one_body_however_the_council_is_written() -> None:
    found = ids("Komisi IV DPRD Sumatera Barat menggelar rapat. Ketua Komisi IV DPRD Sumbar Budi Santoso mengatakan "
                "hal itu. Komisi IV akan memanggil balai jalan.")
    assert found["Komisi IV DPRD Sumatera Barat"] == found["Komisi IV DPRD Sumbar"] == found["Komisi IV"]
    both = ids("Komisi IV DPRD Sumbar rapat. Komisi IV DPR RI juga. Komisi IV lalu menolak.")
    assert both["Komisi IV"] == both["Komisi IV DPR RI"] != both["Komisi IV DPRD Sumbar"]


def test_a_place_found_by_its_kind_is_the_listed_village_of_its_name() -> None:
    found = ids("Peninjauan dihadiri Wali Nagari Singgalang Dasrul Malin Sutan. Ruas putus di hilir Air Terjun Lembah "
                "Anai, Nagari Singgalang, Kecamatan X Koto, Kabupaten Tanah Datar.")
    assert found["Nagari Singgalang"].startswith("loc-adm-")
    assert found["Air Terjun Lembah Anai"].startswith("x-loc-")


def test_two_word_heads_open_names() -> None:
    found = surfaces("Kepala Operasional PO NPM, Fadli Ramadhan, mengatakan armada memutar lewat Solok.", None)
    assert found["PO NPM"] == "organization:PO NPM"


def test_a_nickname_in_quotes_inside_a_name_and_a_balinese_name_after_a_place() -> None:
    found = surfaces('Benguet Governor Eduardo "Edong" Palangdao said the council met. Palangdao added more.', None)
    assert found['Eduardo "Edong" Palangdao'] == found["Palangdao"] == "person:Eduardo Palangdao"
    bali = surfaces("Bendesa Adat Pecatu I Made Kertayasa mengatakan area itu suci. Kertayasa menambahkan.", None)
    assert bali["I Made Kertayasa"] == bali["Kertayasa"] == "person:I Made Kertayasa"


def test_an_airport_authority_unit_is_named_by_its_airport() -> None:
    found = ids("Kepala Unit Penyelenggara Bandar Udara (UPBU) Oksibil, Yulius Mandowen, mengatakan penerbangan "
                "terhenti. UPBU Oksibil sudah berkoordinasi.")
    assert found["Unit Penyelenggara Bandar Udara (UPBU) Oksibil"] == found["UPBU Oksibil"]


def test_route_places_toll_short_names_and_regional_offices() -> None:
    found = ids("Rute yang dipindahkan yakni Kertajati-Denpasar dan Kertajati-Balikpapan. Jalan Tol Cileunyi-Sumedang-"
                "Dawuan (Cisumdawu) ramai, dan bus DAMRI melintas di Tol Cisumdawu. BP3MI Kalimantan Utara dan BP3MI "
                "Kaltara mendata mereka. Pangkalan TNI AL (Lanal) Nunukan dan Lanal Nunukan berpatroli. Imigrasi "
                "Nunukan dan Kantor Imigrasi Kelas II TPI Nunukan memeriksa. Depot Tahanan Imigresen (DTI) Tawau.")
    assert found["Denpasar"] == "loc-denpasar" and found["Balikpapan"] == "loc-balikpapan"
    assert found["Jalan Tol Cileunyi-Sumedang-Dawuan"] == found["Tol Cisumdawu"]
    assert found["BP3MI Kalimantan Utara"] == found["BP3MI Kaltara"]
    assert found["Pangkalan TNI AL (Lanal) Nunukan"] == found["Lanal Nunukan"]
    assert found["Imigrasi Nunukan"] == found["Kantor Imigrasi Kelas II TPI Nunukan"]
    assert found["DAMRI"] == "org-damri" and "Depot Tahanan Imigresen (DTI) Tawau" in found


def test_indonesian_missions_written_out_are_one_per_city() -> None:
    found = ids("KJRI Kota Kinabalu dan Konsulat Jenderal RI di Kota Kinabalu hadir. Konsulat RI Tawau mengawal "
                "mereka.")
    # the city after "di" stays a place of its own; the mission is the city's either way
    assert found["KJRI Kota Kinabalu"] == found["Konsulat Jenderal RI"] and found["Kota Kinabalu"].startswith("loc-")
    assert found["Konsulat RI Tawau"] != found["KJRI Kota Kinabalu"]


def test_second_review_of_stop_33_entities() -> None:
    minister = ids("Menteri Imigrasi dan Pemasyarakatan Agus Andrianto meninjau Lapas Nusakambangan.")
    assert "org-ditjen-imigrasi" not in minister.values()
    quoted = surfaces('Perajin Batik "Mega Mendung" Cirebon kebanjiran pesanan. Karnaval "Bangkit" Denpasar meriah.',
                      None)
    assert not any(value.startswith("person:") for value in quoted.values())
    assert quoted["Cirebon"] == "location:Cirebon" and quoted["Denpasar"] == "location:Denpasar"
    kinds = ids("Sebanyak 40 siswa dirawat di Puskesmas Cipanas (Cianjur). Sebagian dirujuk ke RSUD Cianjur.")
    assert kinds["Puskesmas Cipanas"] != kinds["RSUD Cianjur"]
    command = surfaces("Prajurit Kodam Pattimura dikerahkan ke lokasi.", None)
    assert "Airport" not in command["Kodam Pattimura"]


def test_a_defined_acronym_over_a_curated_one_of_other_words_and_initials_never_defined() -> None:
    defined = ids("Korea Aerospace Industries (KAI), the jet's developer, will place orders. KAI said the plan holds.")
    assert defined["KAI"] == defined["Korea Aerospace Industries"] != "org-kai"
    # the text names the body, then writes its initials without defining them
    undefined = ids("The Defense Acquisition Program Administration signed with Korea Aerospace Industries in "
                    "Gwacheon. DAPA said KAI would build the first jets in Sacheon.")
    assert undefined["DAPA"] == undefined["Defense Acquisition Program Administration"]
    # a curated body's initials stay its own, though the article names another body of the same initials
    banks = ids("The ADB raised its growth forecast for Indonesia, while the African Development Bank cut its outlook "
                "for Nigeria. ADB economists said exports held up.")
    assert banks["ADB"] != banks["African Development Bank"] and banks["ADB"].startswith("org-")


def test_makers_carriers_and_firms_by_their_first_words_and_an_air_marshal() -> None:
    found = surfaces("Bayu Selatan Logistics Sdn Bhd told drivers on Sunday. The Social Security Organisation and "
                     "the South Korean Air Force were told. Air Marshal Hendra Wicaksono signed the deal.", None)
    assert found["Social Security Organisation"].startswith("organization:")
    assert found["South Korean Air Force"].startswith("organization:")
    assert found["Hendra Wicaksono"] == "person:Hendra Wicaksono" and "Air" not in found


def test_a_person_found_by_a_firms_first_words_is_the_firm() -> None:
    from tasks.entities import EntityMention, _firms_by_their_first_words

    firm, person = discovered_entity("Bayu Selatan Logistics Sdn Bhd", "organization"), discovered_entity(
        "Bayu Selatan", "person")
    other = discovered_entity("Bayu Pratama", "person")
    mentions = [EntityMention(firm.entity_id, "Bayu Selatan Logistics Sdn Bhd", 0, 30),
                EntityMention(person.entity_id, "Bayu Selatan", 40, 52),
                EntityMention(other.entity_id, "Bayu Pratama", 60, 72)]
    known = {e.entity_id: e for e in (firm, person, other)}
    moved = _firms_by_their_first_words(mentions, mentions[1:], known, {})
    assert moved == {person.entity_id: firm.entity_id}


def test_a_bodys_name_never_opens_with_and_the() -> None:
    found = surfaces("I have asked the Police Commissioner and the Defence Force to stay until the guns are handed "
                     "over.", None)
    assert found.get("Defence Force") == "organization:Defence Force" and "and the Defence Force" not in found


def test_review_of_stop_34_entities() -> None:
    # "through" before a number of four digits is no year's cue
    found = find_date_mentions("Investigators went through 2000 pages of bank records.", date(2026, 11, 20))
    assert found == []
    # "dan" joins two clauses, not a span, without "antara" before it
    values = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "Harga cabai terus naik sejak Oktober dan Desember tahun ini diperkirakan menjadi puncaknya.",
        date(2026, 3, 12))]
    assert values[0] == ("sejak Oktober", "2025-10")


def test_a_directorate_generals_short_form_and_a_firms_branch_by_its_town() -> None:
    found = surfaces("Kasus itu dilaporkan ke Direktorat Jenderal Perhubungan Laut (Ditjen Hubla) Kementerian "
                     "Perhubungan. Ditjen Hubla menunda izin berlayar. General Manager PT ASDP Indonesia Ferry "
                     "(Persero) Cabang Bakauheni, Hendra Gunawan Siregar, mengatakan antrean mengular.", None)
    assert found["Ditjen Hubla"] == found["Direktorat Jenderal Perhubungan Laut"]
    assert "Cabang Bakauheni" not in found and not any(v == "person:Cabang Bakauheni" for v in found.values())


def test_hyphenated_posts_piers_a_thai_navy_and_a_gulf() -> None:
    found = surfaces("DoF Director-General Chalermpol Srisawang spoke at Rassada Pier. The Royal Thai Navy sent a ship "
                     "to the Gulf of Thailand.", None)
    assert found["Chalermpol Srisawang"] == "person:Chalermpol Srisawang"
    assert not any(surface.startswith(("DoF Director", "General ", "Director-General")) for surface in found)
    assert found["Rassada Pier"].startswith("location:") and found["Gulf of Thailand"].startswith("location:")
    assert found["Royal Thai Navy"].startswith("organization:")


def test_a_place_of_the_article_is_no_persons_short_name() -> None:
    found = surfaces("Gubernur meninjau pengungsi di Desa Wuasa, Kecamatan Lore Utara, Poso. Markus Tobondo, Ketua "
                     "Majelis Jemaat GKST Imanuel Wuasa, mengatakan ibadah dipindahkan. Di Wuasa, warga tidur di "
                     "tenda.", None)
    assert found.get("Wuasa", "location:").startswith("location:")



def test_second_review_of_stop_34_entities() -> None:
    found = surfaces("Banjir melanda Kabupaten Puncak Jaya, Papua Tengah. Kepala BPBD setempat, Hendra Wijaya Jaya, "
                     "mengatakan dua jembatan putus. Menurut Jaya, bantuan logistik dikirim lewat udara.", None)
    assert found["Jaya"] == "person:Hendra Wijaya Jaya"
    airline = surfaces("Maskapai nasional Vietnam Airlines (VNA) menambah penerbangan ke Jakarta. Menurut VNA, "
                       "permintaan naik. Kupas Tuntas Syarat Daftar KIP Kuliah 2026 untuk lulusan SMA.", None)
    assert airline.get("VNA") != "organization:Vietnam News Agency" and "Kupas Tuntas" not in airline


def test_a_curated_body_by_its_last_words() -> None:
    found = surfaces("The Papua New Guinea Defence Force sent troops to Wabag. I have asked the Police Commissioner "
                     "and the Defence Force to stay until the guns are handed over.", None)
    assert found["Defence Force"] == found["Papua New Guinea Defence Force"]
    council = surfaces("Komisi D DPRD Kudus memanggil dinas pendidikan. DPRD Kudus akan membentuk panitia khusus.",
                       None)
    assert council.get("DPRD Kudus") != council.get("Komisi D DPRD Kudus")
    other = surfaces("An Indonesian Air Force pilot flew it. South Korea's Air Force is due to receive the jets.", None)
    assert other["Air Force"] != other["Indonesian Air Force"]


def test_a_prefix_before_a_hyphen_and_a_place_by_its_first_words() -> None:
    found = surfaces("Foreign passengers can pay through the e-VOA portal. The crossing takes as long as the "
                     "service from HarbourFront Centre, and HarbourFront slots are full.", None)
    assert "VOA" not in found and found["HarbourFront"] == found["HarbourFront Centre"]
    from tasks.entities import EntityMention, _places_by_their_first_words

    terminal = discovered_entity("Tanah Merah Ferry Terminal", "location")
    person = discovered_entity("Tanah Merah", "person")
    known = {terminal.entity_id: terminal, person.entity_id: person}
    moved = _places_by_their_first_words([EntityMention(terminal.entity_id, "Tanah Merah Ferry Terminal", 0, 26),
                                          EntityMention(person.entity_id, "Tanah Merah", 40, 51)], known)
    assert {m.entity_id for m in moved} == {terminal.entity_id}


def test_third_review_of_stop_34_entities() -> None:
    found = surfaces("Ratusan massa pro-Palestina berunjuk rasa. Sentimen anti-China juga muncul, sementara warga "
                     "non-Papua diminta tenang.", None)
    assert {"Palestina", "China", "Papua"} <= set(found)
    named = surfaces("Flights resumed at Ahmad Yani International Airport in Semarang on Monday. Taxi driver Ahmad "
                     "Yani, 45, said passengers had waited for hours.", None)
    assert named["Ahmad Yani"] == "person:Ahmad Yani"


def test_a_name_after_a_bodys_initials_keeps_its_first_word() -> None:
    found = surfaces("Kepala BPJT Teuku Ahmad Fauzi mengatakan tol dibuka. Deputi Bidang Pangan NFA Harjono Adi "
                     "Saputro mengatakan stok beras aman.", None)
    assert found.get("Teuku Ahmad Fauzi") == "person:Teuku Ahmad Fauzi"
    assert found.get("Harjono Adi Saputro") == "person:Harjono Adi Saputro"


def test_a_place_word_that_ends_a_persons_name_is_the_persons() -> None:
    found = surfaces("Bupati Malaka Laurensius Bere Mali said 300 traders had waited for the market to reopen.", None)
    assert found.get("Laurensius Bere Mali") == "person:Laurensius Bere Mali" and "Mali" not in found
    kept = surfaces("Penumpang tiba di Bandara Ahmad Yani Semarang dan melintasi Jalan Ahmad Yani Surabaya.", None)
    assert kept.get("Semarang") == "location:Semarang" and kept.get("Surabaya") == "location:Surabaya"
    named = surfaces("Pesawat mendarat di Bandara Internasional Sam Ratulangi Manado, lalu rombongan mengikuti misa "
                     "di Gereja Santo Fransiskus Xaverius Ende.", None)
    assert named.get("Manado") == "location:Manado" and "Ende" in named


def test_a_forecaster_whose_given_name_ends_in_syah() -> None:
    found = surfaces("Hal itu dikatakan Irwansyah Putra Nasution kepada wartawan di Pekanbaru.", None)
    assert found.get("Irwansyah Putra Nasution") == "person:Irwansyah Putra Nasution"


def test_an_airport_named_with_its_capitalised_kind() -> None:
    found = surfaces("The workers were handed over at Dara Sakor International Airport south of the capital.", None)
    assert found.get("Dara Sakor International Airport") == "location:Dara Sakor International Airport"
    headline = surfaces("Visitors Must Pay The Levy Before They Leave The Airport, the agency said.", None)
    assert not any(surface.endswith("Airport") for surface in headline)  # a headline in title case
    bridge = surfaces("Traffic was jammed on the Phu My Bridge on Sunday.", None)
    assert bridge.get("Phu My Bridge") == "location:Phu My Bridge"


def test_general_opens_a_departments_name_but_not_after_a_post() -> None:
    found = surfaces("Earlier this month, the General Department of Immigration handed over 88 Indonesians.", None)
    assert found.get("General Department of Immigration") == \
        "organization:General Department of Immigration"
    assert "General Office" not in surfaces("The Attorney General Office said it would appeal.", None)
    assert "General Office" not in surfaces("The Auditor General Office found irregularities.", None)
    chain = surfaces("Officials from the Provincial General Department of Customs met in Hanoi.", None)
    assert chain.get("Provincial General Department of Customs") == \
        "organization:Provincial General Department of Customs"


def test_register_entries_that_read_as_indonesian_names_stay_out() -> None:
    found = surfaces("Warga Desa Sepang di Kota Serang menginap di Hotel Wisma Putra Kupang.", None)
    assert "Malaysia" not in " ".join(found.values())
    river = surfaces("Warga Siak Hulu mengungsi karena the Siak River meluap.", None)
    assert "location:Siak Regency" not in river.values()  # Siak Hulu lies in Kampar; the river is no regency


def test_a_fire_brigades_operating_area_is_no_person() -> None:
    found = surfaces("Kepala Manggala Agni Daops Siak, Darwis Panjaitan, mengatakan timnya sudah memadamkan api. "
                     "Kepala Daops Manggala Agni Siak juga hadir; Daops Pontianak membantu.", None)
    assert found.get("Manggala Agni Daops Siak") == found.get("Daops Manggala Agni Siak") == \
        "organization:Manggala Agni Daops Siak"  # one brigade however the two names are ordered
    assert found.get("Daops Pontianak") == "organization:Manggala Agni Daops Pontianak"
    assert found.get("Darwis Panjaitan") == "person:Darwis Panjaitan"


def test_an_unlisted_airline_its_legal_name_in_front_and_its_officer() -> None:
    text = ("Pesawat milik maskapai PT Sorongan Angkasa Mandiri (Sorongan Air) hilang kontak. Manajer Operasi "
            "Sorongan Air Yosef Karubaba membenarkan kejadian itu, kata Yosef. Tahun lalu pesawat milik Rimbo Air juga "
            "tergelincir. Warga di Tanah Air diminta tidak panik.")
    found = surfaces(text, None)
    assert found.get("PT Sorongan Angkasa Mandiri") == found.get("Sorongan Air") == "organization:Sorongan Air"
    assert found.get("Yosef Karubaba") == "person:Yosef Karubaba"
    assert found.get("Rimbo Air") == "organization:Rimbo Air"
    assert "Tanah Air" not in found
    assert "Sumber Daya Air" not in surfaces("Dirjen Sumber Daya Air meninjau bandara yang terendam.", None)


def test_an_air_base_by_its_heros_name_ends_before_its_commanders_rank() -> None:
    found = surfaces("Komandan Lanud Raden Sadjad Marsma TNI Yudi Permana mengatakan helikopter siaga.", None)
    assert found.get("Lanud Raden Sadjad") == "organization:Lanud Raden Sadjad"
    assert found.get("Yudi Permana") == "person:Yudi Permana"


def test_a_regencys_seat_is_a_town_of_its_own() -> None:
    found = surfaces("Pesawat terbang dari Timika, ibu kota Kabupaten Mimika, menuju Ilaga.", None)
    assert found.get("Timika") == "location:Timika"
    assert found.get("Kabupaten Mimika") == "location:Mimika"


def test_a_ministry_named_without_its_country_beside_its_short_name() -> None:
    found = surfaces("Kementerian Perhubungan menyatakan akan memeriksa armada. Juru Bicara Kemenhub Adi Wirawan "
                     "menyebut pemeriksaan dilakukan pekan ini.", None)
    assert found.get("Kementerian Perhubungan") == found.get("Kemenhub")
    alone = surfaces("Kementerian Perhubungan Malaysia menyatakan akan memeriksa armada.", None)
    assert alone.get("Kementerian Perhubungan Malaysia") != found.get("Kemenhub")


def test_a_branch_defines_its_acronym_and_an_acronym_alone_names_its_body() -> None:
    text = ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Banyumas Dedi Kurniawan ditahan. Penyidik juga "
            "menggeledah kantor DPUPR. Tersangka lain Kepala Dinas PUPR Agus Salimun.")
    found = surfaces(text, None)
    assert found.get("DPUPR") == found.get("Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Banyumas")
    assert found.get("Agus Salimun") == "person:Agus Salimun"
    assert found.get("Dedi Kurniawan") == "person:Dedi Kurniawan"


def test_places_and_people_of_west_sumatra_and_a_regents_hall() -> None:
    found = surfaces("Longsor menimbun rumah di Jorong Koto Tuo, Nagari Malalak Timur. Seorang pengendara, Fadli (33), "
                     "selamat. Uang itu dibawa ke Pendopo Si Panji. Kepala BPJN Sumatera Barat Irwan Syukri meninjau.",
                     None)
    assert found.get("Jorong Koto Tuo", "").startswith("location:")
    assert found.get("Fadli") == "person:Fadli"
    assert found.get("Pendopo Si Panji") == "location:Pendopo Si Panji"
    assert found.get("BPJN Sumatera Barat", "").startswith("organization:BPJN")


def test_korean_coast_guards_ports_and_a_broadcasters_soundbite() -> None:
    text = ("The Tongyeong Coast Guard said the boat left Tongyeong Port on Saturday. The Korea Coast Guard (KCG) "
            "joined the search near Marado.\n\n[Park Ji-hoon/Tongyeong Coast Guard: \"Divers will go in at first "
            "light.\"]\n\nThe crew came through Hanbit Shipping and worked for Daesung Fisheries.")
    found = surfaces(text, None)
    assert found.get("Tongyeong Coast Guard") == "organization:Tongyeong Coast Guard"
    assert found.get("Korea Coast Guard") == found.get("KCG") == "organization:Korea Coast Guard"
    assert found.get("Park Ji-hoon") == "person:Park Ji-hoon"
    assert found.get("Hanbit Shipping") == "organization:Hanbit Shipping"
    assert found.get("Daesung Fisheries") == "organization:Daesung Fisheries"
    port = surfaces("The boat left Seogwipo Port on Saturday; the Busan Port Authority said nothing.", None)
    assert port.get("Seogwipo Port") == "location:Seogwipo Port"
    assert port.get("Busan Port Authority", "").startswith("organization:")


def test_a_city_police_force_a_body_without_its_town_and_haj_ministries() -> None:
    found = surfaces("Keluarga melapor ke Polresta Malang Kota. Kasat Reskrim Polresta Malang Kota AKP Budi Santoso "
                     "mengatakan laporan diterima. Data Stasiun Meteorologi Supadio Pontianak mencatat 684 titik "
                     "panas. "
                     "Kepala Stasiun Meteorologi Supadio, Ika Nurmalasari, menyebut hujan belum turun. Kemenhaj akan "
                     "mencabut izin, sedangkan Kementerian Haji dan Umrah Arab Saudi meninjau kontrak.", None)
    assert found.get("Polresta Malang Kota") == "organization:Polresta Malang Kota"
    assert not any(surface.startswith("Kota AKP") for surface in found)
    assert found.get("Budi Santoso") == "person:Budi Santoso"
    assert found.get("Stasiun Meteorologi Supadio") == found.get("Stasiun Meteorologi Supadio Pontianak")
    assert found.get("Kemenhaj") != found.get("Kementerian Haji dan Umrah Arab Saudi")


def test_a_districts_police_station_by_its_name() -> None:
    found = surfaces("Personel Polsek Bahodopi sudah berada di lokasi sejak subuh.", None)
    assert found.get("Polsek Bahodopi") == "organization:Polsek Bahodopi"


def test_review_of_stop_36_entities() -> None:
    kinds = surfaces("Pasien dirujuk dari Puskesmas Tanjung Raja ke RSUD Kayuagung. KMP Nusa Raja Bahari berlayar.",
                     None)
    assert "Puskesmas Tanjung Raja" in kinds and "KMP Nusa Raja Bahari" in kinds
    assert surfaces("Coach Eric Manning said the team was ready.", None).get("Eric Manning") == "person:Eric Manning"
    parent = surfaces("PT Sulawesi Mining Investment (Tsingshan Group) menghentikan tungku. PT Sulawesi Mining "
                      "Investment menyatakan siap diperiksa.", None)
    assert parent.get("PT Sulawesi Mining Investment") != parent.get("Tsingshan Group")
    haj = surfaces("Indonesia's Ministry of Hajj and Umrah said the pilgrims were safe. Kementerian Haji dan Umrah "
                   "Saudi memperpanjang visa mereka.", None)
    assert "Saudi" not in haj.get("Indonesia's Ministry of Hajj and Umrah", "")
    assert haj.get("Kementerian Haji dan Umrah Saudi") == "organization:Saudi Ministry of Hajj and Umrah"
    stations = surfaces("Kasus itu ditangani Polsek Pasar Minggu sejak kemarin. Anggota Polsek Tamalate Kota Makassar "
                        "datang.", None)
    assert stations.get("Polsek Pasar Minggu", "").startswith("organization:")
    assert stations.get("Kota Makassar") == "location:Makassar"
    brigade = surfaces("Personel Daops Manggala Agni bersama TNI memadamkan api. Daops Ogan Komering Ilir membantu.",
                       None)
    assert not any("Daops Manggala" in name for name in brigade.values())
    assert brigade.get("Daops Ogan Komering Ilir", "").endswith("Ogan Komering Ilir")
    towns = surfaces("Rumah Sakit Umum Daerah Banyumas dan Rumah Sakit Umum Daerah Cilacap penuh. Pihak Rumah Sakit "
                     "Umum Daerah menambah tempat tidur.", None)
    assert "Cilacap" not in towns.get("Rumah Sakit Umum Daerah", "")
    water = surfaces("Penerbangan dari bandara terganggu asap. Tinggi Muka Air di kanal turun; Operasi Pengeboman Air "
                     "berlanjut.", None)
    assert not any(surface.endswith(" Air") for surface in water)
    airport = surfaces("Flights at Soekarno-Hatta Airport were delayed.", None)
    assert airport.get("Soekarno-Hatta Airport", "location:").split(":")[1] != "Soekarno-Hatta Airport"
    force = surfaces("Personel Polres Pelabuhan Makassar Kota Makassar berjaga.", None)
    assert force.get("Kota Makassar") == "location:Makassar"
    assert "location:Merak" not in surfaces("Penari membawakan Tari Merak di pembukaan festival.", None).values()
    assert "Photo Credit" not in surfaces('[Photo Credit/Yonhap: "A patrol ship."]', None)


def test_second_review_of_stop_36_entities() -> None:
    posts = surfaces("Kepala Pos SAR Banyuwangi Koordinator Wahyu Setiabudi memimpin pencarian.", None)
    assert "Pos SAR Banyuwangi Koordinator" not in posts
    plane = surfaces("Pesawat Kurima Air hilang kontak di Intan Jaya. Penerbangan perintis dihentikan.", None)
    assert plane.get("Kurima Air") == "organization:Kurima Air"
    parent = surfaces("PT Tsingshan Steel Indonesia (Tsingshan Group) menghentikan tungku. PT Tsingshan Steel "
                      "Indonesia menyatakan siap diperiksa.", None)
    assert parent.get("PT Tsingshan Steel Indonesia") != parent.get("Tsingshan Group")
    saudi = surfaces("The families are waiting for word from the Ministry of Hajj and Umrah in Riyadh, while "
                     "Indonesia's Ministry of Hajj and Umrah sent a team.", None)
    assert saudi.get("Ministry of Hajj and Umrah") == "organization:Saudi Ministry of Hajj and Umrah"
    assert saudi.get("Indonesia's Ministry of Hajj and Umrah") == "organization:Indonesian Ministry of Haj and Umrah"
    kingdom = surfaces("Jemaah menunggu keputusan Kementerian Haji dan Umrah Kerajaan Arab Saudi soal visa.", None)
    assert kingdom.get("Kementerian Haji dan Umrah Kerajaan Arab Saudi") == \
        "organization:Saudi Ministry of Hajj and Umrah"


def test_an_english_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = surfaces("In Lundu, some 90km from Kuching, residents said the smell of smoke lingered.", None)
    assert "In Lundu" not in found
    assert found.get("Lundu") == "location:Lundu"


def test_a_company_by_the_first_words_after_its_legal_form() -> None:
    text = "Shares of PT Surya Daya Nusantara jumped on Tuesday. Surya Daya said the money would fund new plants."
    found = surfaces(text, None)
    assert found.get("Surya Daya") == found.get("PT Surya Daya Nusantara") == "organization:PT Surya Daya Nusantara"


def test_a_saints_or_doctors_title_inside_a_bodys_name_and_given_names_written_short() -> None:
    found = surfaces("Pasien dirujuk ke RS St. Gabriel Kewapante dan RS Dr. Oen Solo. Pejabat Pembuat Komitmen, "
                     "Moh. Rasyidi, diadili. Terdakwa Rasyidi hadir. Penasihat hukumnya, Ach. Zainuri, menolak. "
                     "Korban luka atas nama Muh. Fajrin dirawat. Fajrin kini pulih.", None)
    assert found["RS St. Gabriel Kewapante"] == "organization:RS St. Gabriel Kewapante"
    assert found["RS Dr. Oen Solo"] == "organization:RS Dr. Oen Solo"
    assert found["Moh. Rasyidi"] == found["Rasyidi"] == "person:Moh. Rasyidi"
    assert found["Ach. Zainuri"] == "person:Ach. Zainuri"
    assert found["Muh. Fajrin"] == found["Fajrin"] == "person:Muh. Fajrin"


def test_another_countrys_mission_in_indonesian_is_one_whatever_its_short_form() -> None:
    found = surfaces("Kami bersurat ke Kedutaan Vietnam. Kedutaan Besar Vietnam di Jakarta akan datang. Kedubes "
                     "Vietnam menyatakan siap. Konjen Australia di Denpasar juga dihubungi.", None)
    assert found["Kedutaan Vietnam"] == found["Kedutaan Besar Vietnam"] == found["Kedubes Vietnam"] == (
        "organization:Embassy of Vietnam in Jakarta")
    assert found["Jakarta"] == "location:Jakarta"
    assert found["Konjen Australia"] == "organization:Consulate General of Australia in Denpasar"


def test_an_english_ministry_written_either_way_round() -> None:
    found = surfaces("The Ministry of Foreign Affairs said on Monday. The Foreign Ministry handed a note. The "
                     "Defence Ministry and the Ministry of Health were not told.", None)
    assert found["Foreign Ministry"] == found["Ministry of Foreign Affairs"]
    assert found["Defence Ministry"] != found["Ministry of Health"]


def test_a_foreign_towns_police_courts_and_offices_are_organizations() -> None:
    found = surfaces("The Banteay Meanchey Provincial Police and the General Commissariat of National Police raided "
                     "a casino. Three managers were sent to the Banteay Meanchey Provincial Court on Sunday. The Sa "
                     "Kaeo Immigration Office and the Miyagi Prefectural Police's Ishinomaki Police Station said. He "
                     "was moved from Ishinomaki Red Cross Hospital to Tohoku University Hospital.", None)
    for name in ("Banteay Meanchey Provincial Police", "General Commissariat of National Police",
                 "Banteay Meanchey Provincial Court", "Sa Kaeo Immigration Office", "Miyagi Prefectural Police",
                 "Ishinomaki Police Station", "Ishinomaki Red Cross Hospital", "Tohoku University Hospital"):
        assert found[name] == f"organization:{name}", name
    assert not any("Sunday" in surface for surface in found)


def test_parks_hotels_and_the_offices_named_after_a_park() -> None:
    found = surfaces("Tambang itu berbatasan dengan Taman Nasional Bogani Nani Wartabone. Kepala Balai Taman "
                     "Nasional Gunung Rinjani hadir. Rapat digelar di Hotel Borobudur, Jakarta.", None)
    assert found["Taman Nasional Bogani Nani Wartabone"].startswith("location:")
    assert found["Balai Taman Nasional Gunung Rinjani"].startswith("organization:")
    assert found["Hotel Borobudur"] == "location:Hotel Borobudur"
    assert "Borobudur" not in found


def test_a_posts_department_is_no_word_of_the_firms_name() -> None:
    found = surfaces("Head of Research Kiwoom Sekuritas Indonesia, Yohanes Setiadi, menilai saham itu mahal. Kepala "
                     "Riset Phintraco Sekuritas, Ratna Dewi, sepakat.", None)
    assert found["Kiwoom Sekuritas Indonesia"] == "organization:Kiwoom Sekuritas Indonesia"
    assert found["Phintraco Sekuritas"] == "organization:Phintraco Sekuritas"


def test_malukus_negeri_villages_and_the_bodies_named_negeri() -> None:
    found = surfaces("Gempa merusak rumah di Negeri Soahuku, Kecamatan Amahai, Kabupaten Maluku Tengah. Warga "
                     "Negeri Tamilouw mengungsi. Pengadilan Negeri Ambon dan SMA Negeri 1 Masohi diliburkan.", None)
    assert found["Negeri Soahuku"].startswith("location:Soahuku")
    assert found["Negeri Tamilouw"].startswith("location:Tamilouw")
    assert found["Pengadilan Negeri Ambon"].startswith("organization:")
    assert "Negeri Ambon" not in found


def test_malaysias_immigration_by_its_state_offices() -> None:
    found = surfaces("Jabatan Imigresen Negeri Johor (JIM Johor) menahan 74 PATI. Pengarah Imigresen Johor "
                     "berkata mereka dihantar ke Depot Imigresen Pekan Nenas.", None)
    assert found["Jabatan Imigresen Negeri Johor"] == found["Imigresen Johor"]
    # "JIM" is the department's only where the article says so: "Jemaah Islah Malaysia (JIM)" is an association
    ngo = surfaces("Presiden Jemaah Islah Malaysia (JIM) berkata sukarelawan JIM akan membantu.", None)
    assert ngo["JIM"] == ngo["Jemaah Islah Malaysia"] == "organization:Jemaah Islah Malaysia"
    assert found["Depot Imigresen Pekan Nenas"].startswith("organization:")


def test_village_heads_titles_and_an_offices_sections_are_no_names() -> None:
    found = surfaces("Sangadi Bakan, Hendra Mokoginta, mengatakan. Kepala Seksi Pidana Khusus Kejari Sumenep, Yudha "
                     "Prasetya, hadir. Audit oleh Inspektorat Kabupaten Sumenep dan ahli Politeknik Negeri Madura.",
                     None)
    assert "Sangadi Bakan" not in found and "Seksi Pidana" not in found
    assert found["Hendra Mokoginta"] == "person:Hendra Mokoginta"
    assert found["Inspektorat Kabupaten Sumenep"].startswith("organization:")
    assert found["Politeknik Negeri Madura"].startswith("organization:")


def test_a_province_with_its_english_kind_and_a_company_with_its_abbreviation() -> None:
    found = surfaces("Their hometowns are in Indramayu, West Java Province. The plant, run by Kaiho Foods Co., "
                     "burned. The firm Kaiho Foods said it was sorry.", None)
    assert found["West Java Province"] == "location:West Java"
    assert found["Kaiho Foods Co."] == found["Kaiho Foods"]


def test_a_dinas_putr_with_its_acronym_and_regency_is_one_branch() -> None:
    found = surfaces("Kepala Dinas Pekerjaan Umum dan Tata Ruang (PUTR) Kabupaten Sumenep hadir. Dinas PUTR Sumenep "
                     "menyatakan siap.", None)
    assert found["Dinas Pekerjaan Umum dan Tata Ruang (PUTR) Kabupaten Sumenep"] == found["Dinas PUTR Sumenep"]


def test_a_posts_portfolio_is_no_one_but_a_batak_family_name_is() -> None:
    found = surfaces("Hendarto Wibisono, the regulator's Deputy Commissioner for Issuer Supervision, Securities "
                     "Transactions and Special Examinations, said the shares were overvalued. Kepala Dinas, Rahmat "
                     "Hidayat Nasution, mengatakan hal serupa.", None)
    assert not any(value.startswith("person:") for surface, value in found.items()
                   if "Supervision" in surface or "Examinations" in surface)
    assert found["Rahmat Hidayat Nasution"] == "person:Rahmat Hidayat Nasution"


def test_a_listed_companys_stock_code_is_the_company() -> None:
    found = surfaces("BEI menghentikan perdagangan saham PT Lasolo Nikel Mandiri Tbk (LSNM) mulai sesi I. Saham "
                     "LSNM naik 208 persen dalam tiga pekan.", None)
    assert found["LSNM"] == found["PT Lasolo Nikel Mandiri Tbk"]


def test_the_reviews_cases_the_new_entity_rules_must_not_take() -> None:
    found = surfaces("The Ministry of Foreign Affairs in Jakarta summoned the ambassador. China's Foreign Ministry "
                     "rejected the protest. Juru bicara Kedubes Jepang Hiroshi Tanaka mengatakan. The report quoted "
                     "Le Thai Binh, a fisherman. The Hong Kong Police Force said. The Bali Police said. He was "
                     "appointed head of Public Works Department Penang.", None)
    assert found["Foreign Ministry"] != found["Ministry of Foreign Affairs"]
    one = surfaces("Hendra, secretary-general of Indonesia's Defence Ministry, signed. The Indonesian Ministry of "
                   "Defence has not placed an order.", None)
    assert one["Defence Ministry"] == one["Ministry of Defence"]
    assert found["Kedubes Jepang"].startswith("organization:Embassy of Japan")
    assert found["Hiroshi Tanaka"] == "person:Hiroshi Tanaka"
    assert found["Le Thai Binh"] == "person:Le Thai Binh"
    assert "Hong Kong Police" not in found and found["Bali Police"] != "organization:Bali Police"
    assert found["Public Works Department"] == "organization:Public Works Department"
    paragraph = surfaces("SUMENEP - Nasib Moh. Rasyidi, pejabat pembuat komitmen, kian suram. Rasyidi dituntut "
                         "enam tahun.", None)
    assert paragraph["Moh. Rasyidi"] == paragraph["Rasyidi"] == "person:Moh. Rasyidi"
    assert surfaces("Rumah kosong itu gelap. Seram, kata Budi Santoso.", None).get("Seram") is None
    papers = surfaces("The Quan Doi Nhan Dan newspaper and the Cong An Nhan Dan newspaper reported it.", None)
    assert "organization:Nhan Dan" not in papers.values()


def test_a_registered_committee_with_its_acronym_inside_and_a_citys_police() -> None:
    found = surfaces("Persik menerima sanksi dari Komite Disiplin (Komdis) PSSI. Komdis menjatuhkan denda. Pelatih "
                     "Persik Marcos Vilela kecewa. Kapolres Kediri Kota AKBP Yudhistira Wibisono berterima kasih "
                     "kepada Polres Kediri Kota. Pastor Amos Wanimbo dari Gereja Injili di Indonesia (GIDI) hadir.",
                     None)
    assert found["Komite Disiplin (Komdis) PSSI"] == found["Komdis"] == "organization:PSSI Disciplinary Committee"
    assert found["Marcos Vilela"] == "person:Marcos Vilela"
    assert found["Polres Kediri Kota"] == "organization:Polres Kediri Kota"
    assert not any(surface.startswith("Kota AKBP") for surface in found)
    assert found["Amos Wanimbo"] == "person:Amos Wanimbo"
    kept = surfaces("Badan Reserse Kriminal (Bareskrim) Polri membongkar jaringan itu. Komisi VIII Dewan Perwakilan "
                    "Rakyat (DPR) RI memanggil menteri. Warga Jalan Jenderal Sudirman terdampak.", None)
    assert "Badan Reserse Kriminal" in kept and "Polri" in kept
    assert kept["Komisi VIII Dewan Perwakilan Rakyat (DPR) RI"].startswith("organization:Komisi VIII")
    assert kept["Jalan Jenderal Sudirman"].startswith("location:")


def test_a_parks_acronym_goes_with_the_park() -> None:
    found = surfaces("Kebakaran melanda Taman Nasional Bromo Tengger Semeru (TNBTS), Jawa Timur. Petugas TNBTS "
                     "memadamkan api.", None)
    assert found["TNBTS"] == found["Taman Nasional Bromo Tengger Semeru"]


def test_the_third_reviews_cases_of_entities() -> None:
    found = surfaces("UN envoy Julie Bishop met junta leaders. Warga Kampung Raja mengeluh. Camat La Ode Moh. Arif "
                     "hadir. Ketua Komite Disiplin (Komdis) PSSI Erwin Tobing berkata. Head of Research Samuel "
                     "Sekuritas Indonesia, Budi, said. Kampot Provincial Police Chief Mao Sok said.", None)
    assert found["Julie Bishop"] == "person:Julie Bishop"
    assert found["Kampung Raja"].startswith("location:")
    assert found["La Ode Moh. Arif"] == "person:La Ode Moh. Arif"
    assert found["Komite Disiplin (Komdis) PSSI"] == "organization:PSSI Disciplinary Committee"
    assert found["Samuel Sekuritas Indonesia"] == "organization:Samuel Sekuritas Indonesia"
    assert found["Kampot Provincial Police"] == "organization:Kampot Provincial Police"


def test_one_word_speakers_after_a_lowercase_speech_verb_and_sentence_openers() -> None:
    found = surfaces("\u201cAir sudah masuk rumah,\u201d tutur Masitah ketika dihubungi, Kamis. Itu benar, kata Polri. "
                     "But Ratna Kusumawardhani, the deputy, said the rain was to blame.", None)
    assert found["Masitah"] == "person:Masitah"
    assert found["Ratna Kusumawardhani"] == "person:Ratna Kusumawardhani"
    assert not any(surface.startswith("But ") for surface in found)
    assert found["Polri"].startswith("organization:")


def test_resources_rivers_settlements_and_acehs_customary_posts() -> None:
    found = surfaces("Deputi Bidang Lingkungan Hidup dan Sumber Daya Alam Otorita IKN mengatakan warga di Kecamatan "
                     "Sepaku, Kabupaten Penajam Paser Utara, terutama di kawasan Sepaku Lama, mengungsi. Warga di "
                     "sekitar Kali Krasak diminta waspada. Kapal terdampar di Kecamatan Kembang Tanjong, Kabupaten "
                     "Pidie. Imum Mukim Pasi, Teungku Ibrahim Ali, dan Panglima Laot Lhok Kembang Tanjong, Abdul "
                     "Hamid Usman, hadir. Menuju Indonesia Baru.", None)
    assert "Daya Alam" not in found
    assert found["Sepaku Lama"] == "location:Sepaku Lama"
    assert found["Kecamatan Sepaku"].startswith("location:Sepaku")
    assert found["Kali Krasak"] == "location:Kali Krasak"
    assert found["Teungku Ibrahim Ali"] == "person:Teungku Ibrahim Ali"
    assert found["Abdul Hamid Usman"] == "person:Abdul Hamid Usman"
    assert not any(v.startswith("person:") and ("Mukim" in v or "Kembang" in v) for v in found.values())
    assert "Indonesia Baru" not in found


def test_walhis_provincial_executive_and_the_register_of_places_and_bodies() -> None:
    found = surfaces("Wahana Lingkungan Hidup Indonesia Kalimantan Timur (Walhi Kaltim) menilai banjir itu. Walhi "
                     "menyerukan evaluasi. UNHCR dan Organisasi Internasional untuk Migrasi (IOM) mendata pengungsi "
                     "dari Cox's Bazar.", None)
    assert found["Walhi Kaltim"] == found["Wahana Lingkungan Hidup Indonesia Kalimantan Timur"]
    assert found["Walhi Kaltim"] == "organization:WALHI East Kalimantan"
    assert found["IOM"] == found["Organisasi Internasional untuk Migrasi"] == (
        "organization:International Organization for Migration")
    assert found["Cox's Bazar"] == "location:Cox's Bazar"


def test_places_inside_a_companys_name_and_the_guards_of_the_new_rules() -> None:
    found = surfaces("Perusahaan angkutan, di antaranya PT Sumatra Riau Energi, hadir di Pekanbaru. Direktur Utama PT "
                     "MRT Jakarta Yusron Adikusuma hadir. Juru bicara Ned Price mengatakan itu. Hal itu penting, kata "
                     "Price.", None)
    assert found["PT Sumatra Riau Energi"] == "organization:PT Sumatra Riau Energi"
    assert found["Yusron Adikusuma"] == "person:Yusron Adikusuma"
    assert found["Price"] == found["Ned Price"]


def test_a_district_written_joined_and_a_defined_acronym_over_the_registers() -> None:
    found = surfaces("Korban tinggal di Kelurahan Kampung Bugis, Kecamatan Tanjungpinang Kota. A Police Coast Guard "
                     "(PCG) vessel escorted the ferry; PCG officers boarded it. According to Lloyd's List Intelligence "
                     "data, the ship was 19 years old.", None)
    assert found["Kecamatan Tanjungpinang Kota"].startswith("location:Tanjungpinang Kota")
    assert found["PCG"] == found["Police Coast Guard"] == "organization:Police Coast Guard"
    assert found["Lloyd's List Intelligence"] == "organization:Lloyd's List Intelligence"


def test_a_ministrys_provincial_office_legal_aid_and_a_companys_name_around_a_bank() -> None:
    found = surfaces("Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan mencabut izin PT Nur Arafah "
                     "Mandiri Wisata, Senin. Kepala Kanwil Kemenag Sulsel, Muhammad Arsyad Latief, mengatakan. Jemaah "
                     "didampingi Lembaga Bantuan Hukum (LBH) Makassar. Kata pengacara LBH Makassar, Akbar. Nurhayati, "
                     "the head of Pidie's social affairs office, said the province would help.", None)
    office = found["Kanwil Kemenag Sulsel"]
    assert office == found["Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan"]
    assert office.startswith("organization:Kanwil Kemenag")
    assert found["PT Nur Arafah Mandiri Wisata"] == "organization:PT Nur Arafah Mandiri Wisata"
    assert found["LBH Makassar"] == found["Lembaga Bantuan Hukum (LBH) Makassar"] == "organization:LBH Makassar"
    assert found["Nurhayati"] == "person:Nurhayati"


def test_a_village_heads_name_after_the_village_a_frequent_name_spoken_and_a_units_body() -> None:
    found = surfaces("Kepala Desa Siambul Hasanuddin langsung melapor ke Polsek Batang Gangsal, Kabupaten Indragiri "
                     "Hulu. \u201cTernak dikandangkan,\u201d kata Hasanuddin, Selasa.\n\nCIBINONG - Tangis Euis "
                     "Rohaeti "
                     "(52) pecah saat anaknya tiba. Bareskrim bekerja sama dengan Divisi Hubungan Internasional Polri. "
                     "Itu benar, kata Tuhan.", None)
    assert found["Desa Siambul"].startswith("location:Siambul")
    assert found["Hasanuddin"] == "person:Hasanuddin"
    assert found["Divisi Hubungan Internasional Polri"] == "organization:Divisi Hubungan Internasional Polri"
    assert "Tuhan" not in found


def test_the_reviews_cases_of_stop_38s_entity_rules() -> None:
    found = surfaces("Banjir melanda Kabupaten Lamongan. Ratusan warga Desa Sidomulyo Kidul mengungsi ke balai desa. "
                     "Kepala Dinas Pendidikan Bagus Santoso mengatakan sekolah diliburkan. The fire spread to Tumbit, "
                     "a hamlet whose residents tap rubber. Penggunaan kata Bajingan dalam unggahan itu dilarang. "
                     "Pemerintah daerah tambah Pospam di jalur mudik. \u201cAir naik sejak subuh,\u201d kata "
                     "Hasanuddin Sabtu (12/11). Menurut Hasanuddin, air surut. Macet di ruas Senen - Kemayoran, "
                     "Jakarta Pusat. Mereka berunjuk rasa di depan kantor Kementerian Agama.", None)
    assert found["Desa Sidomulyo Kidul"] == "location:Sidomulyo Kidul"
    assert found["Bagus Santoso"] == "person:Bagus Santoso"
    assert found["Hasanuddin"] == "person:Hasanuddin"
    assert found["Kemayoran"].startswith("location:Kemayoran")
    assert "Kementerian Agama" in found and "kantor Kementerian Agama" not in found
    assert not any(word in found for word in ("Tumbit", "Bajingan", "Pospam"))


def test_the_second_reviews_cases_of_stop_38s_entity_rules() -> None:
    found = surfaces("Earlier, a ministry spokesman said talks would continue. Still, the governor said no. "
                     "\u201cTidak ada korban,\u201d kata Menkes kepada wartawan. \u201cYa,\u201d ujar Mama. "
                     "Para pengungsi dibawa ke "
                     "Lhok Kruet, Pasie, lalu ke Calang. Penyanyi Kali Uchis akan tampil. Untuk Kali Pertama Timnas "
                     "lolos.\n\nHaryanto Dimas Pradipta, yang akrab disapa Dimas, ditetapkan sebagai tersangka.", None)
    people = {surface for surface, kind in found.items() if kind.startswith("person:")}
    assert "Haryanto Dimas Pradipta" in people
    assert not people & {"Earlier", "Still", "Menkes", "Mama", "Pasie", "Dimas Pradipta"}
    assert not any(surface.startswith("Kali") for surface in found)
    assert found["Lhok Kruet"].startswith("location:")
    assert surfaces("Polri Tetapkan Tiga Tersangka Baru dalam kasus itu. ", None)["Polri"].startswith("organization:")


def test_a_nickname_after_a_speech_verb_is_no_second_person() -> None:
    found = surfaces("Wali Kota Tri Rismaharini hadir. \u201cIni penting,\u201d kata Risma. \u201cYa,\u201d tutur "
                     "Masitah ketika ditemui.", None)
    assert "Risma" not in found or found["Risma"] == found["Tri Rismaharini"]
    assert found["Masitah"] == "person:Masitah"


def test_english_reefs_zones_courts_and_the_village_of_a_name() -> None:
    found = surfaces("The boats, from the village of Pepela on the island of Rote, were intercepted near Scott Reef "
                     "inside the Australian Fishing Zone, according to Maritime Border Command. The skipper was "
                     "convicted in the Darwin Local Court. Rear Admiral Daniel Harcourt said the reef was stripped. "
                     "He studied at Charles Darwin University.", None)
    assert found["Pepela"].startswith("location:") and found["Rote"].startswith("location:")
    assert found["Scott Reef"].startswith("location:")
    assert found["Australian Fishing Zone"].startswith("location:")
    assert found["Darwin Local Court"].startswith("organization:")
    assert found["Charles Darwin University"].startswith("organization:")
    assert found["Daniel Harcourt"] == "person:Daniel Harcourt" and "Rear" not in found


def test_a_place_read_into_a_name_lends_no_one_its_word() -> None:
    found = surfaces("Satuan Pelayanan Pemenuhan Gizi (SPPG) Cimalaka di Kecamatan Cimalaka ditutup. Korban berasal "
                     "dari SMPN 1 Cimalaka (27 siswa). Kepala SPPG Cimalaka Rizki Nurfalah mengatakan dapurnya siap "
                     "dievaluasi.", None)
    assert not found.get("Cimalaka", "").startswith("person:")
    assert found["Rizki Nurfalah"] == "person:Rizki Nurfalah"


def test_a_regional_banks_name_and_a_name_before_its_fiscal_year() -> None:
    found = surfaces("Layanan Bank Sumsel Babel lumpuh sejak Senin. Bank Indonesia Jakarta memantau. Kantor Bank "
                     "Jateng Semarang buka. Proyek ruas jalan Kampung Mesjid Tahun Anggaran 2023 itu mangkrak.", None)
    assert found["Bank Sumsel Babel"].startswith("organization:") and "Babel" not in found
    assert found["Bank Indonesia"] == "organization:Bank Indonesia" and found["Jakarta"].startswith("location:")
    assert found["Semarang"].startswith("location:")
    assert found["Kampung Mesjid"].startswith("location:")
    assert not any("Tahun" in surface for surface in found)


def test_numbered_navy_bases_and_kais_operating_areas_with_their_seat() -> None:
    found = surfaces("Personel Lantamal XIV Sorong ikut mencari. Lantamal VIII Laksamana Pertama TNI Budi Santoso "
                     "hadir. Manajer Humas KAI Daop 7 Madiun Tohari Wibisono mengatakan perlintasan ditutup. Daerah "
                     "Operasi 7 Madiun menambah petugas.", None)
    assert found["Lantamal XIV Sorong"] == "organization:Lantamal XIV Sorong"
    assert not any(surface.startswith("Lantamal VIII ") and "Laksamana" in surface for surface in found)
    assert found["Daop 7 Madiun"] == found["Daerah Operasi 7 Madiun"] == "organization:Daop 7 Madiun"
    assert found["Tohari Wibisono"] == "person:Tohari Wibisono"


def test_the_reviews_cases_of_stop_39s_entities() -> None:
    found = surfaces("Floods Hit Bogor School. Stalls at the Sanur Food Court reopened. It is a Time Zone matter. Rear "
                     "Wheel Drive models sold well. Kodim 0817 Gresik Gelar Karya Bakti. DAOP 8 Surabaya dan Divre III "
                     "Palembang menambah kereta. The Supreme Court ruled on it.", None)
    assert found["Bogor"].startswith("location:") and found["Gresik"].startswith("location:")
    assert not any(surface.endswith(("Food Court", "Time Zone")) or "Wheel" in surface for surface in found)
    assert found["DAOP 8 Surabaya"] == "organization:Daop 8 Surabaya"
    assert found["Divre III Palembang"] == "organization:Divre III Palembang"
    assert found["Supreme Court"].startswith("organization:")
    years = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "Under the 1974 MoU fishers may work the area.", date(2026, 10, 1))]
    assert years == [("1974", "1974")]


def test_a_hospital_named_after_a_doctor_and_its_spokeswoman_and_one_mention_per_span() -> None:
    text = ("Ia dirawat di ruang ICU RSUP Dr Kariadi karena cedera kepala. Kepala Instalasi Humas RSUP Dr Kariadi "
            "Nita Permatasari mengatakan kondisinya stabil. Dinas Kesehatan Provinsi Kalimantan Timur (Dinkes Kaltim) "
            "sebelumnya menyatakan siaga. Dinkes Kaltim meminta warga waspada.")
    found = surfaces(text, None)
    assert found["RSUP Dr Kariadi"].startswith("organization:")
    assert found["Nita Permatasari"] == "person:Nita Permatasari"
    _, mentions = extract_entities(text)
    spans = [(m.char_start, m.char_end, m.entity_id) for m in mentions]
    assert len(spans) == len(set(spans))
    died = [(m.surface, m.resolved_value) for m in find_date_mentions(
        "A six-year-old boy died on November 24, and another child died in March.", date(2026, 12, 2))]
    assert ("in March", "2026-03") in died


def test_a_district_clinics_head_named_after_it_is_no_clinic() -> None:
    # A whole copied page (set_fw): "Kepala Puskesmas Cicurug, Yuyun Rohayati, menyebut ..." once read the clinic's
    # name as a person's, whose last word then took every bare "Cicurug" and split "SMPN 1 Cicurug".
    from kabar.config import PROJECT_ROOT
    from tasks.clean import clean_document
    from tasks.ingest import read_file

    page = next((PROJECT_ROOT / "samples" / "blind" / "set_fw").glob("4558_*.txt"))
    document, _ = read_file(page, 1_000_000)
    assert document is not None
    found = surfaces(clean_document(document).body_text, None)
    assert found["SMPN 1 Cicurug"].startswith("organization:") and found["SDN 2 Cicurug"].startswith("organization:")
    assert found["Puskesmas Cicurug"].startswith("organization:") and found["Cicurug"].startswith("location:")
    assert found["Yuyun Rohayati"] == "person:Yuyun Rohayati"


def ids_of(text: str) -> dict[str, str]:
    """Surface -> entity id, the project's own gazetteer."""
    _, mentions = extract_entities(text)
    return {m.surface: m.entity_id for m in mentions}


def test_a_state_companys_units_and_an_unlisted_office_are_branches_of_their_seat() -> None:
    found = surfaces("Rustam meminta PLN UP3 Parepare memutus aliran listrik. PT PLN (Persero) Unit Induk Distribusi "
                     "Jawa Barat menyatakan pasokan aman. Manajer PLN ULP Soreang, Budi, hadir. Hasil pendataan Dinas "
                     "Perdagangan Kota Parepare mencatat 312 kios. Kepala Dinas Perdagangan Parepare, Hj. Nurhayati "
                     "Baso, mengatakan. Dinas Sosial DKI Jakarta membantu.", None)
    assert found["PLN UP3 Parepare"] == "organization:PLN UP3 Parepare" and "Parepare" not in found
    assert found["PT PLN (Persero) Unit Induk Distribusi Jawa Barat"] == "organization:PLN UID West Java"
    assert found["PLN ULP Soreang"].startswith("organization:PLN ULP")
    ids = ids_of("Hasil pendataan Dinas Perdagangan Kota Parepare mencatat 312 kios. Kepala Dinas Perdagangan "
                 "Parepare, Hj. Nurhayati Baso, mengatakan.")
    assert ids["Dinas Perdagangan Kota Parepare"] == ids["Dinas Perdagangan Parepare"]
    # a listed body's name is read before an office's: "Dinas Sosial" in "DKI Jakarta", not "Dinas Sosial DKI"
    assert found["Dinas Sosial DKI Jakarta"] == "organization:Dinsos Jakarta"


def test_a_police_unit_spelled_out_is_the_unit_its_acronym_names() -> None:
    ids = ids_of("Polres Parepare menerima hasil pemeriksaan Laboratorium Forensik Polda Sulawesi Selatan. Tim Labfor "
                 "Polda Sulsel sudah turun.")
    assert ids["Laboratorium Forensik Polda Sulawesi Selatan"] == ids["Labfor Polda Sulsel"]
    assert "Polda Sulawesi Selatan" not in ids


def test_a_bodys_short_name_before_its_heads_name_and_one_name_after_someone() -> None:
    found = surfaces("Dalam rapat itu, Kepala Damkar Muhammad Arsyad Lantara memaparkan kronologi. Kepala Dinkes Budi "
                     "Santoso hadir. Petugas Damkar Parepare datang. Salah seorang pedagang, Hasnah, mengaku lega. "
                     "Seorang pedagang, Kamis, datang.", None)
    assert found["Muhammad Arsyad Lantara"] == "person:Muhammad Arsyad Lantara"
    assert found["Budi Santoso"] == "person:Budi Santoso"
    assert found["Damkar Parepare"].startswith("organization:")
    assert found["Hasnah"] == "person:Hasnah" and "Kamis" not in found


def test_a_regional_councils_commission_spelled_out_and_an_e_procurement_office() -> None:
    ids = ids_of("Ketua Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Parepare, Andi Firman Tahir, meminta "
                 "hidran diperiksa. Komisi II juga memanggil dinas. Paket diumumkan melalui Layanan Pengadaan Secara "
                 "Elektronik (LPSE) Kota Parepare. LPSE Parepare mencatat 12 peserta.")
    found = surfaces("Ketua Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Parepare, Andi Firman Tahir, meminta "
                     "hidran diperiksa. Komisi VIII Dewan Perwakilan Rakyat (DPR) RI hadir.", None)
    assert found["Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Parepare"] == (
        "organization:Komisi II DPRD Parepare")
    assert found["Komisi VIII Dewan Perwakilan Rakyat (DPR) RI"] == "organization:Komisi VIII DPR"
    assert ids["Komisi II"] == ids["Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Parepare"]
    assert ids["Layanan Pengadaan Secara Elektronik (LPSE) Kota Parepare"] == ids["LPSE Parepare"]


def test_basarnas_alone_beside_its_office_written_as_kantor_sar_is_the_national_agency() -> None:
    ids = ids_of("Kepala Kantor SAR Medan Rudy Setiawan Hasibuan mengatakan pencarian berlanjut. Pencarian "
                 "melibatkan 150 personel dari Basarnas, Polri dan TNI.")
    assert ids["Basarnas"] == "org-basarnas" and ids["Kantor SAR Medan"] != "org-basarnas"
    ids = ids_of("BPBD Sleman mengerahkan tim. BPBD juga membuka posko.")
    assert ids["BPBD"] == ids["BPBD Sleman"]  # a branch written with the body's name still takes it alone


def test_lake_tobas_places_and_a_dutch_city() -> None:
    found = surfaces("A 27-year-old woman from Utrecht left Parapat for Tomok on Samosir island. Wisatawan menyeberang "
                     "ke Samosir. Kabupaten Toba Samosir dulu.", None)
    assert found["Utrecht"] == "location:Utrecht"
    assert found["Samosir island"] == "location:Samosir Island" and found["Samosir"] == "location:Samosir Regency"
    assert found["Kabupaten Toba Samosir"] == "location:Toba Regency"


def test_acronyms_of_posts_and_funds_name_no_body_and_a_hyphenated_acronym_does() -> None:
    found = surfaces("Massa yang tergabung dalam Forum Komunikasi Guru PPPK (FKG-PPPK) Sumbawa berkumpul. Ketua "
                     "FKG-PPPK Syamsul Hadi berbicara. Pemerintah mencairkan Dana Alokasi Umum (DAU) dan "
                     "Tambahan Penghasilan Pegawai (TPP). Sekretaris Daerah (Sekda) Kabupaten Sumbawa, Drs. H. "
                     "Mahmud Abdurrahman, M.Si., hadir. Poster bertuliskan \"Guru Bukan Relawan\" dibawa. Direktur "
                     "Lalu Lintas (Dirlantas) Polda Jateng Kombes Budi Santoso hadir. Para kepala dinas dikumpulkan "
                     "di kompleks Sekretariat Daerah Banyumas.", None)
    assert found["Forum Komunikasi Guru PPPK"] == found["FKG-PPPK"] == "organization:Forum Komunikasi Guru PPPK"
    assert not any(word in surface for surface in found for word in ("Dana", "DAU", "TPP", "Tambahan", "Sekda"))
    assert not any("Relawan" in surface or "Lintas" in surface for surface in found)
    assert found["Sekretariat Daerah Banyumas"].startswith("organization:")
    assert found["Mahmud Abdurrahman"] == "person:Mahmud Abdurrahman"


def test_a_square_named_with_and_without_its_town_but_no_post_or_village_field() -> None:
    ids = ids_of("Massa berkumpul di Lapangan Pahlawan Sumbawa Besar sejak pagi. Dari Lapangan Pahlawan, massa "
                 "bergerak. Koordinator Lapangan Tim Rescue Kantor SAR Mataram, I Gusti Ngurah Bayu Adnyana, "
                 "menjelaskan. Warga berkumpul di Lapangan Desa Eban. Pemerintah Buka Lapangan Kerja.")
    assert ids["Lapangan Pahlawan Sumbawa Besar"] == ids["Lapangan Pahlawan"]
    assert ids["Lapangan Pahlawan"].startswith("x-loc-")
    assert "Desa Eban" in ids and not any(s.startswith(("Lapangan Tim", "Lapangan Desa")) for s in ids)
    assert not any(s.startswith("Lapangan Kerja") and ids[s].startswith("x-loc-") for s in ids)  # jobs, no square
    assert "I Gusti Ngurah Bayu Adnyana" in ids


def test_a_council_named_after_its_building_and_sumbawa_alone_is_the_regency() -> None:
    ids = ids_of("Massa bergerak ke Kantor DPRD Sumbawa sebelum berakhir di Kantor Bupati Sumbawa. Wakil Ketua DPRD "
                 "Sumbawa menerima. Komisi IV DPRD Kabupaten Sumbawa menjadwalkan rapat. Ketua Komisi IV DPRD Sumbawa "
                 "hadir. Berita Pulau Sumbawa.")
    assert "Kantor DPRD Sumbawa" not in ids and ids["DPRD Sumbawa"].startswith("x-org-")
    assert ids["Komisi IV DPRD Kabupaten Sumbawa"] == ids["Komisi IV DPRD Sumbawa"]
    assert ids["Kantor Bupati Sumbawa"].startswith("x-org-")  # the regent's office is annotated as written
    assert ids["Pulau Sumbawa"] == "loc-sumbawa-island"


def test_an_acronym_one_initial_short_and_a_beach_in_english() -> None:
    ids = ids_of("Kepala Bidang Dinas Kelautan dan Perikanan (DKP) Jawa Timur, Wahyu Setiadi, menyebut pihaknya "
                 "berkoordinasi dengan Balai Pengelolaan Sumber Daya Pesisir dan Laut (BPSPL) Denpasar. Tim BPSPL "
                 "Denpasar tiba malam ini. DKP Jatim juga menurunkan tim.")
    # the office and its acronym, the place apart, as most annotators read "Name (ACRONYM) Place"
    assert ids["Dinas Kelautan dan Perikanan"] == ids["DKP"] and ids["Jawa Timur"] == "loc-east-java"
    assert ids["Balai Pengelolaan Sumber Daya Pesisir dan Laut"] == ids["BPSPL"]  # an acronym one initial short
    english = ids_of("The whales were found at Lombang beach in Sumenep regency. Villagers gathered on the beach.")
    indonesian = ids_of("Paus ditemukan di Pantai Lombang, Kabupaten Sumenep.")
    assert english["Lombang beach"] == indonesian["Pantai Lombang"]


def test_a_regencys_office_with_the_regencys_head_and_its_bare_name() -> None:
    ids = ids_of("Menurut data Dinas Kesehatan Kabupaten Asmat, jumlah anak yang meninggal bertambah. Kepala Dinkes "
                 "Asmat, dr. Yosefina Rumbiak, mengatakan vaksin tiba.")
    assert ids["Dinas Kesehatan Kabupaten Asmat"] == ids["Dinkes Asmat"]


def test_riders_beside_their_team_and_the_regions_offices_and_bodies() -> None:
    found = surfaces("Ducati Lenovo rider Lorenzo Bassani held off Honda's Kaito Morishita. KTM's Adrián Covas was "
                     "third. Indonesia's Ministry of Health agreed. Pebalap Ducati Lenovo, Lorenzo Bassani, disusul "
                     "Kaito Morishita (Honda). Harga di Bank Indonesia (BI) naik.", None)
    assert found["Kaito Morishita"] == "person:Kaito Morishita" and found["Adrián Covas"] == "person:Adrián Covas"
    assert found["Honda"] == "organization:Honda" and "Ministry of Health" in found
    assert not any(surface.startswith("Indonesia's") or surface == "Bank Indonesia (BI)" for surface in found)
    ids = ids_of("Kepala Kantor Otoritas Bandar Udara Wilayah V Makassar, Ruslan Effendi, menyatakan. Otban Wilayah "
                 "V Makassar mengawasi. Pesawat mendarat di Bandar Udara Internasional Sultan Hasanuddin. Juru bicara "
                 "Lion Air Group menyebut Lion Air memberi kompensasi.")
    assert ids["Kantor Otoritas Bandar Udara Wilayah V Makassar"] == ids["Otban Wilayah V Makassar"]
    assert ids["Bandar Udara Internasional Sultan Hasanuddin"] == "loc-sultan-hasanuddin-airport"
    assert ids["Lion Air Group"] != ids["Lion Air"]


def test_lampungs_villages_unions_and_a_regencys_labour_office_by_its_bare_name() -> None:
    village = ids_of("Harimau menyerang petani di Pekon Sumber Agung, Kecamatan Suoh, Kabupaten Lampung Barat. Warga "
                     "Sumber Agung resah.")
    assert village["Pekon Sumber Agung"].startswith("loc-adm-18-04")
    ids = ids_of("Konflik terjadi di Lampung Barat. Rapat dengan KSPI, KSPSI, Apindo serta "
                 "Disnakertrans Jateng digelar. Kasus di Batang menjadi perhatian. Mediasi difasilitasi Dinas "
                 "Ketenagakerjaan (Disnaker) Kabupaten Batang. \"Kami minta Disnaker Batang turun tangan,\" kata "
                 "Nanang. Massa berkumpul di Simpang Lima.")
    assert ids["KSPI"] == "org-kspi" and ids["KSPSI"] == "org-kspsi" and ids["Apindo"] == "org-apindo"
    assert ids["Simpang Lima"].startswith("x-loc-")
    assert ids["Dinas Ketenagakerjaan (Disnaker) Kabupaten Batang"] == ids["Disnaker"]


def test_the_reviews_cases_of_stop_40s_entities() -> None:
    found = surfaces("Hujan deras turun sejak pagi. Nahas, warga setempat mengaku kesal. Senada, warga lain "
                     "mengeluh. Banjir melanda lima desa. Salah satu desa terdampak, Sebewe, berada di tepi sungai. "
                     "Salah satu sekolah, Smansa, diliburkan. Ukiran suku Asmat dipamerkan. BMKG memperingatkan "
                     "gelombang tinggi di Pesisir Barat Sumatera. Mount Tambora on the island of Sumbawa erupted.",
                     None)
    assert not any(value.startswith("person:") for value in found.values())
    assert not any(value.endswith("Regency") for value in found.values())
    ids = ids_of("Kepala Dinas Perdagangan Kabupaten Bandung, Dadang Supriatna, bertemu Kepala Dinas Perdagangan Kota "
                 "Bandung, Elly Wasliah. Satuan Lalu Lintas Polresta Mataram mengatur arus. Satlantas Polresta "
                 "Mataram menutup jalan.")
    assert ids["Dinas Perdagangan Kabupaten Bandung"] != ids["Dinas Perdagangan Kota Bandung"]
    assert ids["Satuan Lalu Lintas Polresta Mataram"] == ids["Satlantas Polresta Mataram"]
    ids = ids_of("Massa ke Kantor DPRD Sumbawa. Pemerintah Kabupaten Sumbawa membayar. Warga Sumbawa lega.")
    assert ids["Pemerintah Kabupaten Sumbawa"] != ids["DPRD Sumbawa"] and "Island" not in " ".join(ids)


def test_titles_ships_and_figured_acronyms() -> None:
    found = surfaces("Kepala Dinas Kesehatan Kabupaten TTS, dr. Ria Marlina Tefa, mengatakan. Kapal curah MV "
                     "Golden Mariana kandas di dekat Misool. Tanker MT Ocean Star bocor. Ketua MS Glow hadir. "
                     "Direktur Utama PT Nada Gemilang Kreasi Rendra Wicaksana memilih diam.", None)
    assert found["Ria Marlina Tefa"] == "person:Ria Marlina Tefa" and found["Misool"] == "location:Misool"
    assert found["MV Golden Mariana"] == "other:MV Golden Mariana" and found["MT Ocean Star"] == "other:MT Ocean Star"
    assert "MS Glow" not in found and found["Rendra Wicaksana"] == "person:Rendra Wicaksana"
    ids = ids_of("Petugas Pos Pelayanan Penempatan dan Pelindungan Pekerja Migran Indonesia (P4MI) Nunukan mendata. "
                 "P4MI juga.")
    assert ids["P4MI"].startswith("x-org-")


def test_a_music_video_near_a_harbour_is_no_ship() -> None:
    found = surfaces("Ia menunggu di pelabuhan sambil menonton video klip MV Dynamite milik BTS.", None)
    assert "MV Dynamite" not in found


def test_an_airport_written_out_is_the_texts_own_short_name() -> None:
    ids = ids_of("Pesawat mendarat di Bandar Udara Oksibil. Kepala Bandara Oksibil menyebut landasan aman.")
    assert ids["Bandar Udara Oksibil"] == ids["Bandara Oksibil"]


def test_acronyms_a_text_defines_for_companies_regencies_and_offices() -> None:
    # a company whose first word names a kind of place is still a company, its legal form with it
    found = surfaces("Tambang milik PT Gunung Emas Raya (GER) ditutup. PT GER belum berkomentar.", None)
    assert found["PT Gunung Emas Raya"] == found["GER"] == found["PT GER"] == "organization:PT Gunung Emas Raya"
    # a regency defined by its short name after its kind; the short name then reads as the place
    ids = ids_of("Banjir melanda Kabupaten Barito Timur (Bartim). Kepala Dinas PUPR Bartim Markus Dahan meninjau "
                 "jembatan.")
    assert ids["Bartim"] == ids["Kabupaten Barito Timur"] == "loc-barito-timur-regency"
    assert "Markus Dahan" in ids and ids["Markus Dahan"].startswith("x-per-")
    # an office written whole, its branch's short name in brackets after it
    ids = ids_of("Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat (Dinas ESDM Jabar) menyegel tambang. "
                 "Kepala Dinas ESDM Jabar hadir.")
    assert ids["Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat"] == ids["Dinas ESDM Jabar"]
    # a company's initials after its legal form, never defined in brackets
    ids = ids_of("Proyek dikerjakan CV Sinar Baru Abadi. Direktur CV SBA diperiksa polisi.")
    assert ids["CV Sinar Baru Abadi"] == ids["CV SBA"]
    # a forum named after its region, its acronym spelling the region too: one body, no branch of the region
    ids = ids_of("Pengurus Badan Koordinasi Majelis Taklim Lampung (Bakomtala) hadir. Bakomtala mengajak warga "
                 "tenang.")
    assert ids["Badan Koordinasi Majelis Taklim Lampung"] == ids["Bakomtala"]
    # the legal form and the defined initials with the words the definition is followed by
    ids = ids_of("Hadir jajaran direksi PT Bank Pembangunan Daerah (BPD) Jambi. Direktur Utama PT BPD Jambi berbicara.")
    assert ids["PT Bank Pembangunan Daerah"] == ids["PT BPD Jambi"]


def test_regional_offices_the_gazetteer_does_not_know_teams_and_cut_given_names() -> None:
    ids = ids_of("Petugas BKSDA Jawa Barat dan Kanwil Ditjenpas Jawa Barat datang. Kepala Kantor Wilayah Direktorat "
                 "Jenderal Pemasyarakatan (Kanwil Ditjenpas) Jawa Barat meninjau.")
    assert ids["BKSDA Jawa Barat"].startswith("x-org-") and ids["Kanwil Ditjenpas Jawa Barat"] == ids[
        "Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas) Jawa Barat"]
    found = surfaces("The crash split the peloton. Fadil Pratama (Sinar Cycling Team) was third. Ketua Ikatan "
                     "Sport Sepeda Indonesia (ISSI) Jember hadir; lomba berlisensi UCI.", None)
    assert found["Fadil Pratama"] == "person:Fadil Pratama" and found["UCI"].startswith("organization")
    assert found["Ikatan Sport Sepeda Indonesia (ISSI) Jember"].startswith("organization:ISSI")
    assert "Indeks Standar" not in " ".join(surfaces("Nilai Indeks Standar Pencemar (BMKG) naik.", None))
    ids = ids_of("Ketua forum, Fransiskus Xaverius Dopo, mengatakan aksi damai. \"Kami lelah,\" kata Frans Dopo.")
    assert ids["Frans Dopo"] == ids["Fransiskus Xaverius Dopo"]
    ids = ids_of("Kepala Dinas Pendidikan, Pemuda dan Olahraga (PPO) Ende, Yulius Kami, hadir. Dinas PPO menyerahkan "
                 "daftar penerima.")
    assert ids["Dinas PPO"] == ids["Dinas Pendidikan, Pemuda dan Olahraga"]


def test_a_district_before_its_police_the_central_banks_offices_and_a_regencys_force() -> None:
    found = surfaces("The man went missing off Nusa Penida in Bali. Nusa Penida Police Chief Commissioner I Made "
                     "Sudana said the crew was questioned.", None)
    assert found["Nusa Penida"].startswith("location")
    ids = ids_of("Kantor Perwakilan Bank Indonesia (KPw BI) Provinsi Maluku mencatat inflasi. Kepala KPw BI Maluku "
                 "mengatakan. Bank Indonesia menahan suku bunga.")
    assert ids["Kantor Perwakilan Bank Indonesia (KPw BI) Provinsi Maluku"] == ids["KPw BI Maluku"] != ids[
        "Bank Indonesia"]
    ids = ids_of("Lomba di Kabupaten Magelang. Kepolisian Resor Kota (Polresta) Magelang menyelidiki. Petugas Polresta "
                 "Magelang berjaga.")
    assert ids["Polresta Magelang"] == ids["Kepolisian Resor Kota (Polresta) Magelang"]
    found = surfaces("Di Kabupaten Bandung, Polrestabes Bandung membantu.", None)
    assert not found["Polrestabes Bandung"].endswith("Regency")  # a big city's force is the city's


def test_the_reviews_cases_of_stop_41s_entities() -> None:
    names = {m.surface: m.entity_id for m in extract_entities(
        "Dua pengendara, Budiman Santoso (45) dan Budi Santoso (38), terluka. Kapolsek Iptu Andika Saputra "
        "mengatakan. Andi Saputra, saksi mata, melihatnya. Terdakwa Mochammad Nurhadi divonis. Kades nonaktif Moch "
        "Nurhadi menangis.")[1]}
    assert names["Budi Santoso"] != names["Budiman Santoso"] and names["Andi Saputra"] != names["Andika Saputra"]
    assert names["Moch Nurhadi"] == names["Mochammad Nurhadi"]
    found = surfaces("PT Surya Mandiri Pratama menyalurkan beasiswa kepada siswa SMP dan SMA di Kurun.", None)
    assert "SMP" not in found
    found = surfaces("Banjir merendam desa di Kabupaten Gorontalo. Personel Polda Gorontalo dan Kejati Gorontalo "
                     "dikerahkan. Ketua Umum KONI Indonesia hadir; atlet KONI Banyuwangi berangkat.", None)
    assert not found["Polda Gorontalo"].endswith("Regency") and not found["Kejati Gorontalo"].endswith("Regency")
    assert "KONI" not in found  # the national committee is no branch of Banyuwangi's
    found = surfaces("Seorang penumpang, Salma Hi. Kadir (45), selamat. \"Kami lalai,\" kata Ruslan Hi. Abdullah. "
                     "SB Putri Halmahera 07 terbalik; penumpang SB Putri Halmahera 07 dievakuasi.", None)
    assert found["Ruslan Hi. Abdullah"].startswith("person") and found["Salma Hi. Kadir"].startswith("person")
    assert found["SB Putri Halmahera 07"] == "other:SB Putri Halmahera 07"


def test_the_second_reviews_cases_of_stop_41s_entities() -> None:
    found = surfaces("Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung mengirim kapal patroli ke utara. "
                     "Motoris speedboat Cahaya Bacan, Yusuf Hasan, selamat.", None)
    assert found["Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung"].startswith("organization")
    assert "Cahaya Bacan" not in found and found["Yusuf Hasan"].startswith("person")
    ids = ids_of("Sementara itu PT Indah Kiat Pulp and Paper juga terdampak asap. Juru bicara IKPP mengatakan operasi "
                 "normal.")
    assert ids["IKPP"] == ids["PT Indah Kiat Pulp and Paper"]


def test_another_countrys_consulate_written_konsulat() -> None:
    """ "Konsulat <country>" named a kind the missions' table did not hold, and normalizing the article failed."""
    found = surfaces("Pihak Konsulat Singapura di Batam menyampaikan duka kepada keluarga korban.", None)
    assert found["Konsulat Singapura"] == "organization:Consulate of Singapore in Batam"


def test_a_rural_banks_name_keeps_its_place_and_its_kind_written_out_or_short() -> None:
    ids = ids_of("OJK mencabut izin PT Bank Perekonomian Rakyat Sinar Pinrang Sejahtera yang berkantor di Kabupaten "
                 "Pinrang. Nasabah PT BPR Sinar Pinrang Sejahtera antre. PT BPR Pinrang Makmur tidak terdampak.")
    assert ids["PT Bank Perekonomian Rakyat Sinar Pinrang Sejahtera"] == ids["PT BPR Sinar Pinrang Sejahtera"]
    assert ids["PT BPR Pinrang Makmur"].startswith("x-org-")
    assert "PT BPR Pinrang" not in ids


def test_football_clubs_by_name_short_name_or_nickname_and_a_defender_before_his_name() -> None:
    found = surfaces("PSMS Medan menahan Persiraja 1-1. Laskar Wong Kito kalah, dan bek Sriwijaya FC, Andi Pratama, "
                     "diusir wasit. Askar Bertuah kini memimpin klasemen; PSPS menjamu Persikota pekan depan.", None)
    assert found["Laskar Wong Kito"] == found["Sriwijaya FC"] == "organization:Sriwijaya FC"
    assert found["Askar Bertuah"] == found["PSPS"] == "organization:PSPS Pekanbaru"
    assert found["Persiraja"] == "organization:Persiraja Banda Aceh"
    assert found["PSMS Medan"] == "organization:PSMS Medan"
    assert found["Andi Pratama"] == "person:Andi Pratama"
    assert not any(surface.startswith("bek ") or surface.startswith("Bek ") for surface in found), found


def test_pacific_capitals_and_a_magistrates_grade() -> None:
    found = surfaces("The crew appeared before Principal Magistrate Augustine Ramo in Honiara on Monday, a week after "
                     "their boat was held off Rennell and Bellona.", None)
    assert found["Honiara"] == "location:Honiara" and found["Rennell and Bellona"].startswith("location")
    assert found["Augustine Ramo"] == "person:Augustine Ramo"
    assert not any(surface.startswith("Principal") for surface in found), found


def test_review_42_honorifics_cue_a_single_name_and_an_office_of_the_mayor_stays() -> None:
    found = surfaces("\u201cWe lost everything,\u201d said Mdm Lee. Encik Rosli berkata kedainya terjejas. The Office "
                     "of the Mayor Sarah Duterte released a statement.", None)
    assert found["Lee"] == "person:Lee" and found["Rosli"] == "person:Rosli"
    assert found["Office of the Mayor"].startswith("organization") and found["Sarah Duterte"].startswith("person")


def test_review_42_a_bank_kind_alone_is_not_its_short_form() -> None:
    """"BPD" alone is mostly a village's council (Badan Permusyawaratan Desa): only a bank's own name after the kind
    makes the written-out kind and the short one the same bank."""
    def key(name: str) -> str:
        return discovered_entity(name, "organization").entity_id

    assert key("Bank Pembangunan Daerah") != key("BPD") and key("Bank Perkreditan Rakyat") != key("BPR")
    assert key("PT Bank Perekonomian Rakyat Sinar Pinrang") == key("PT BPR Sinar Pinrang")


def test_review_42_an_honorific_before_a_known_persons_surname_or_a_possessive_is_that_person() -> None:
    found = surfaces("Prime Minister Lee Hsien Loong attended the summit. \u201cIt matters,\u201d Mr Lee told "
                     "reporters. Chloe Anne Whitfield, 29, was detained. Ms Whitfield's family asked for privacy.",
                     None)
    assert found["Lee"] == found["Lee Hsien Loong"]
    assert "Whitfield's" not in found or found["Whitfield's"] == found["Chloe Anne Whitfield"]


def test_a_station_named_after_a_listed_body_is_the_station() -> None:
    found = surfaces("Penumpang LRT turun di Stasiun DJKA pada pagi hari, lalu DJKA memeriksa jalur.", None)
    assert found["Stasiun DJKA"].startswith("location")
    assert found["DJKA"] == "organization:Directorate General of Railways"


def test_review_42b_a_weather_station_or_a_broadcaster_keeps_its_body_and_names_stay_whole() -> None:
    found = surfaces("Kepala Stasiun BMKG Kupang mengatakan hujan lebat. Berita itu disiarkan Stasiun RRI pada Senin. "
                     "The figure will stand at Madam Tussauds.", None)
    assert found["BMKG"].startswith("organization") and found["RRI"].startswith("organization")
    assert "Tussauds" not in found, found


def test_a_sailing_motor_vessel_by_its_prefix_beside_a_word_of_ships() -> None:
    found = surfaces("Kapal wisata KLM Arunika Jaya tenggelam di perairan Pulau Padar. Penumpang maskapai KLM tiba di "
                     "Amsterdam.", None)
    assert found["KLM Arunika Jaya"].startswith("other")


def test_review_42c_airline_news_holds_no_vessel_and_stations_keep_their_names() -> None:
    found = surfaces("Awak kapal MV Sea Star dipulangkan dengan pesawat KLM Boeing 777 dari Amsterdam. Penumpang LRT "
                     "turun di Stasiun BNI City. Penumpang TransJakarta menunggu di Halte BI. \u201cAnak-anak "
                     "baik,\u201d said Principal Nora Ahmad.", None)
    assert not any(surface.startswith("KLM") for surface in found), found
    assert found["Stasiun BNI City"].startswith("location") and found["Halte BI"].startswith("location")
    assert found["Nora Ahmad"] == "person:Nora Ahmad"


def test_a_suspect_and_the_name_after_alias_are_one_person() -> None:
    found = surfaces("Polisi menetapkan pria berinisial RS (41) sebagai tersangka. Tersangka RS alias Aman Rusli "
                     "diamankan, kata Kapolres. Budi Santoso alias Ucok juga diperiksa.", None)
    assert found["Aman Rusli"] == found["RS"]
    assert found["Ucok"] == "person:Budi Santoso"


def test_a_ticker_given_in_brackets_is_the_company_also_after_a_post() -> None:
    found = surfaces("PT Tirta Samudra Pangan Tbk (TSPN) resmi mencatatkan sahamnya. Pemukulan gong dilakukan Presiden "
                     "Direktur TSPN Hendarto Kusuma didampingi direksi.", None)
    assert found["TSPN"] == "organization:PT Tirta Samudra Pangan Tbk"


def test_a_weather_station_by_its_class_and_by_the_agencys_name_and_a_hospital_with_run_together_initials() -> None:
    entities, mentions = extract_entities(
        "Sementara itu, Stasiun Meteorologi Kelas I Juanda menjelaskan awan tumbuh cepat. Prakirawan BMKG Juanda, "
        "Dimas Aryo Pratama, mengatakan udara panas. Korban dirujuk ke RSUD R.T. Notopuro Sidoarjo.")
    by_surface = {m.surface: m.entity_id for m in mentions}
    assert by_surface["BMKG Juanda"] == by_surface["Stasiun Meteorologi Kelas I Juanda"]
    assert "RSUD R.T. Notopuro Sidoarjo" in by_surface
    assert not any(e.entity_type == "person" and "Kelas" in e.name for e in entities)


def test_a_place_written_with_its_kind_after_it_then_alone_and_an_office_of_a_named_kind() -> None:
    found = surfaces("The firm will build cold storage at Sungai Lais Port in Bengkulu. It plans to finish the cold "
                     "storage in Sungai Lais by March. Kepala Kantor UPBU Kelas I Wamena, Agustinus Rumaropen, "
                     "membenarkan.", None)
    assert found["Sungai Lais"] == found["Sungai Lais Port"]
    assert "UPBU Kelas I Wamena" in found and "Kantor UPBU Kelas I Wamena" not in found, found


def test_a_district_named_as_its_city_under_its_cue_and_a_police_forces_headquarters() -> None:
    _, mentions = extract_entities(
        "Polisi menggerebek sebuah ruko di Kelurahan Cikokol, Kecamatan Tangerang, Kota Tangerang, Rabu. Ratusan "
        "guru berunjuk rasa di depan Mapolres Wajo. Kapolres Wajo mengatakan Polres Wajo akan memediasi.")
    by_surface = {m.surface: m.entity_id for m in mentions}
    assert by_surface["Kecamatan Tangerang"] != by_surface["Kota Tangerang"]
    assert by_surface["Mapolres Wajo"] == by_surface["Polres Wajo"]


def test_pacific_and_philippine_names_in_indonesian_and_english_reports() -> None:
    found = surfaces("The body was recovered off Sarangani Island, Davao Occidental. Their families in Sangihe have "
                     "been waiting. Tim Coast Guard Filipina menemukan mereka.", None)
    assert found["Sarangani Island"] == "location:Sarangani Island"
    assert found["Sangihe"] == "location:Sangihe Islands Regency"
    assert found["Coast Guard Filipina"] == "organization:Philippine Coast Guard"


def test_a_mosque_by_its_name_and_an_airport_company_keeps_its_name() -> None:
    found = surfaces("Atap Masjid Nurul Huda di Sicincin ambruk saat salat Jumat. Jemaah Masjid Nurul Huda panik. "
                     "PT Angkasa Pura menutup bandara sementara.", None)
    assert found["Masjid Nurul Huda"] == "location:Masjid Nurul Huda"
    assert found["PT Angkasa Pura"].startswith("organization")


def test_review_43b_a_regencys_districts_in_lower_case_and_a_mosque_before_its_city() -> None:
    found = surfaces("Banjir melanda 12 kecamatan Gresik. Ribuan jemaah memadati Masjid Raya Baiturrahman Banda Aceh.",
                     None)
    assert found["Gresik"].startswith("location:Gresik")
    assert "," not in found["Gresik"]
    assert found["Banda Aceh"] == "location:Banda Aceh"


def test_a_long_syllable_acronym_names_its_office() -> None:
    found = surfaces("Data itu disampaikan Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Polman, Andi "
                     "Syukri. Warga diminta mendaftar di Disnakertrans.", None)
    assert found["Disnakertrans"] == found["Dinas Tenaga Kerja dan Transmigrasi"]


def test_a_posts_acronym_and_a_list_of_places_name_no_body() -> None:
    found = surfaces("Direktur Reserse Narkoba (Dirresnarkoba) Polda Sumut, Kombes Rudi Hartono, memimpin operasi. "
                     "Jemaah asal Cirebon, Indramayu, Majalengka dan Kuningan (Ciayumajakuning) berangkat. Menteri "
                     "Agama (Menag) Nasaruddin Umar hadir.", None)
    assert "Dirresnarkoba" not in found and "Direktur Reserse Narkoba" not in found
    assert "Menag" not in found and "Menteri Agama" not in found
    assert found["Indramayu"].startswith("location:")
    assert not any(value.startswith("organization:Cirebon") for value in found.values())


def test_another_given_name_before_a_known_persons_surname() -> None:
    found = surfaces("Kepala Seksi Aplikasi Bapenda Jawa Tengah, Yulianto Prabowo, mengaku banyak belajar. Kata Budi "
                     "Prabowo, simulasi itu penting. Presiden Prabowo menyapa warga.", None)
    assert found["Yulianto Prabowo"] == "person:Yulianto Prabowo"
    assert found["Budi Prabowo"] == "person:Budi Prabowo"
    assert found["Prabowo"] == "person:Prabowo Subianto"
    # a post's acronym, a headline's verb or a title before the name is no given name
    known = surfaces("Menparekraf Sandiaga hadir. Megawati Sentil Jokowi Soal Pemilu. Ayatollah Khamenei berpidato.",
                     None)
    assert known["Jokowi"] == "person:Joko Widodo" and known["Khamenei"] == "person:Ali Khamenei"
    assert not any(surface.endswith(" Sandiaga") for surface in known)


def test_a_bodys_long_name_before_the_regions_initials_is_its_branch() -> None:
    _, mentions = extract_entities("Jaksa pada Kejaksaan Negeri Timor Tengah Selatan (Kejari TTS) membuktikan dakwaan. "
                                   "Kepala Kejaksaan Negeri TTS, Adrianus Sinaga, menyampaikan putusan itu.", None)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Kejaksaan Negeri TTS"] == ids["Kejari TTS"] == ids["Kejaksaan Negeri Timor Tengah Selatan"]


def test_a_named_building_and_a_building_named_by_common_words() -> None:
    found = surfaces("Latihan digelar di Gedung Gradhika Bhakti Praja, Semarang. Gedung Baru itu dibangun tahun "
                     "lalu.", None)
    assert found["Gedung Gradhika Bhakti Praja"] == "location:Gedung Gradhika Bhakti Praja"
    assert "Gedung Baru" not in found
    # a body's building names the body
    body = surfaces("Wartawan menunggu di Gedung Kejagung sejak pagi.", None)
    assert body["Kejagung"] == "organization:Attorney General's Office of Indonesia"


def test_an_information_desks_acronym_stays_the_desk() -> None:
    found = surfaces("Pejabat Pengelola Informasi dan Dokumentasi (PPID) menjawab permohonan itu.", None)
    assert found["PPID"] == found["Pejabat Pengelola Informasi dan Dokumentasi"]
    assert not any(value.startswith("person:") for value in found.values())


def test_an_initial_inside_a_hospitals_name_a_club_named_by_its_province_and_a_scorer() -> None:
    found = surfaces("Pasien dirawat di RSUD Ade M. Djoen Sintang. Laga perdana melawan Sumsel United pada Minggu. "
                     "Persiraja unggul lewat sundulan Fachrul Razi Ananda pada menit ke-39.", None)
    assert found["RSUD Ade M. Djoen Sintang"].startswith("organization:RSUD Ade M. Djoen")
    assert found["Sumsel United"] == "organization:Sumsel United"
    assert found["Fachrul Razi Ananda"] == "person:Fachrul Razi Ananda"


def test_review_44b_a_known_surname_after_a_name_written_alone_or_a_rank_and_no_club_of_a_country() -> None:
    found = surfaces("Mantan Menteri KKP Edhy Prabowo divonis. Edhy mengaku menyesal. Kapolda Irjen Yulianto Prabowo "
                     "memimpin apel.", None)
    assert found["Edhy Prabowo"] == "person:Edhy Prabowo" and found["Yulianto Prabowo"] == "person:Yulianto Prabowo"
    clubs = surfaces("The Indonesia FC Forum drew coaches from Malaysia United and Thailand. Laga antara Kota Bandung "
                     "FC dan Persikabo.", None)
    assert clubs["Malaysia"] == "location:Malaysia" and clubs["Indonesia"] == "location:Indonesia"
    assert not any(value.startswith("organization:") and "FC" in value for value in clubs.values())


def test_a_brand_run_together_is_its_company_and_no_persons_first_name() -> None:
    _, mentions = extract_entities("OJK mencabut izin usaha PT Dana Mitra Nusantara, penyelenggara fintech dengan "
                                   "merek dagang DanaMitra. Direktur Utama DanaMitra Wisnu Hartanto belum menjawab.",
                                   None)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["DanaMitra"] == ids["PT Dana Mitra Nusantara"]
    assert "Wisnu Hartanto" in ids and not any(surface.startswith("DanaMitra ") for surface in ids)


def test_an_international_airport_written_with_its_word() -> None:
    found = surfaces("Sembilan penerbangan di Bandara Internasional Sultan Syarif Kasim II tertunda.", None)
    assert found["Bandara Internasional Sultan Syarif Kasim II"] == (
        "location:Sultan Syarif Kasim II International Airport")


def test_review_44c_a_name_with_a_capital_inside_and_a_group_named_like_its_company() -> None:
    found = surfaces("Kata JoAnne Marie Stevens, juru bicara kedutaan, kunjungan itu sudah dijadwalkan.", None)
    assert found["JoAnne Marie Stevens"] == "person:JoAnne Marie Stevens"
    _, mentions = extract_entities("PT Sinar Mas Agro Resources and Technology Tbk mencatat laba naik. Induk "
                                   "usahanya, SinarMas, juga menambah investasi.", None)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["SinarMas"] != ids["PT Sinar Mas Agro Resources and Technology Tbk"]


def test_a_badminton_club_with_its_town_and_no_board_or_hospital_merged() -> None:
    _, mentions = extract_entities(
        "Pebulu tangkis binaan PB Suryanaga Surabaya menang 21-18 di final. Pelatih PB Suryanaga senang. Ketua PB "
        "PGRI juga hadir.", None)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["PB Suryanaga Surabaya"] == ids["PB Suryanaga"]
    # review 44d: a town after an administrative kind is the thing's, and "Pengurus Besar" opens a board's name
    found = surfaces("RSUD Kota Bogor dan RSUD Kota Depok penuh. PB Persatuan Bulutangkis Seluruh Indonesia (PBSI) "
                     "memanggil Nayla.", None)
    assert found["RSUD Kota Bogor"] != found["RSUD Kota Depok"]
    assert found["PBSI"] == "organization:Badminton Association of Indonesia"


def test_review_44e_a_ministers_post_and_office_before_a_known_name() -> None:
    found = surfaces("Menko Marves Luhut menyebut investasi naik. Kemenko Marves mencatat realisasi Rp200 triliun. "
                     "Menko Kumham Imipas Yusril hadir.", None)
    assert found["Luhut"] == "person:Luhut Binsar Pandjaitan" and found["Yusril"] == "person:Yusril Ihza Mahendra"


def test_a_persons_initials_a_cruise_line_a_ship_named_alone_and_blok_m() -> None:
    _, mentions = extract_entities(
        "KPK menetapkan Kepala Dinas PUPR Kabupaten Bulungan, Hendra Wijaya Saputra, sebagai tersangka. \"Tersangka "
        "HWS diduga mengatur agar perusahaan milik ASR menang lelang,\" ujar juru bicara. Direktur perusahaan itu, "
        "Andi Saiful Rahman, juga ditahan.", None)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["HWS"] == ids["Hendra Wijaya Saputra"] and ids["ASR"] == ids["Andi Saiful Rahman"]
    # not initials the text gives a meaning of its own, nor a body's name holds
    found = surfaces("Status Kejadian Luar Biasa (KLB) ditetapkan. Kristoforus Leo Bunga, kepala dinas, menyebut "
                     "KLB berlaku sebulan.", None)
    assert not found["KLB"].startswith("person:")
    found = surfaces("Perjalanan Moda Raya Terpadu atau MRT Jakarta terhenti. Direktur PT MRT Jakarta Tuhiyat "
                     "menyebut MRT kembali normal.", None)
    assert found.get("PT MRT Jakarta", "").startswith("organization:")
    found = surfaces("More than 100 guests aboard Austral Pearl Cruises' ship fell ill, Austral Pearl Cruises said. "
                     "Kapal pesiar MV Ocean Lyra sandar di Pelabuhan Benoa. Kepala dinas mengatakan Ocean Lyra "
                     "merupakan kapal langganan. Warga Blok M ikut menonton.", None)
    assert found["Austral Pearl Cruises"] == "organization:Austral Pearl Cruises"
    assert found["Ocean Lyra"] == found["MV Ocean Lyra"] == "other:MV Ocean Lyra"
    assert found["Blok M"] == "location:Blok M"


def test_kais_division_by_its_province_or_short_name_and_offices_written_short() -> None:
    _, mentions = extract_entities(
        "PT Kereta Api Indonesia (Persero) Divisi Regional I Sumatera Utara menutup perlintasan liar. Manager Humas "
        "KAI Divre I Sumut, Junaidi Harahap, mengatakan pagar dipasang. Kantor Pencarian dan Pertolongan (Kansar) "
        "Mataram mengerahkan tim. Kansar Mataram menyebut cuaca buruk. Ketua SPSI Kota Batam menolak keputusan "
        "BP Batam.", None)
    ids = {m.surface: m.entity_id for m in mentions}
    assert ids["Divisi Regional I Sumatera Utara"] == ids["Divre I Sumut"]
    assert ids["Kansar Mataram"] == ids["Kantor Pencarian dan Pertolongan (Kansar) Mataram"]
    assert ids["SPSI"] == "org-spsi" and ids["BP Batam"] == "org-bp-batam"


def test_review_45a_heroes_named_after_ships_and_common_acronyms_stay_apart() -> None:
    found = surfaces("KRI Frans Kaisiepo berlayar ke Lebanon, Senin. Kapal itu diberi nama sesuai pahlawan asal Biak. "
                     "Frans Kaisiepo adalah gubernur keempat Papua.", None)
    assert found["Frans Kaisiepo"] == "person:Frans Kaisiepo"
    found = surfaces("KM Dewi Sri terbakar di perairan Selat Madura, Rabu. Di desa-desa Jawa, petani menggelar "
                     "syukuran untuk Dewi Sri setiap musim panen.", None)
    assert not found["Dewi Sri"].startswith("other:")
    found = surfaces("Bupati Agus Salim Nasution meminta seluruh ASN di lingkungan Pemkab Labuhanbatu hadir. Kepala "
                     "SPBU, Budi Bagus Mulyono, mengatakan stok BBM aman.", None)
    assert not found.get("ASN", "").startswith("person:") and not found.get("BBM", "").startswith("person:")
    # ... but a suspect's common letters right after the word that introduces them
    found = surfaces("Terdakwa Suryadi Agus Dalimunthe divonis dua tahun. Jaksa menilai putusan terhadap terdakwa SAD "
                     "terlalu ringan.", None)
    assert found["SAD"] == found["Suryadi Agus Dalimunthe"]


def test_an_airport_authority_without_its_seat_a_temple_and_asita() -> None:
    found = surfaces("Kantor Otoritas Bandar Udara (Otban) Wilayah IV menurunkan tim. Kepala Otban Wilayah IV Agus "
                     "Priyanto mengatakan pilot selamat. Drone jatuh saat upacara piodalan di Pura Gunung Lebah. Ketua "
                     "ASITA Bali meminta wisatawan tenang.", None)
    assert found["Otban Wilayah IV"] == found["Kantor Otoritas Bandar Udara (Otban) Wilayah IV"]
    assert found["Pura Gunung Lebah"] == "location:Pura Gunung Lebah"
    assert found["ASITA"] == "organization:Association of the Indonesian Tours and Travel Agencies"
    # a company's name that closes with "Pura" names no temple
    found = surfaces("PT Angkasa Pura Indonesia mencatat kenaikan penumpang.", None)
    assert not any(value.startswith("location:Pura") for value in found.values())


def test_review_45b_given_names_as_initials_and_cues_inside_words() -> None:
    found = surfaces("Polres Metro Bekasi menangkap Andi Dwi Irawan. Kapolres mengatakan ADI sudah menipu puluhan "
                     "korban. Kejati menahan Siti Rahma Indah. Penyidik menyebut SRI memindahkan dana.", None)
    assert found["ADI"] == "person:Andi Dwi Irawan" and found["SRI"] == "person:Siti Rahma Indah"
    found = surfaces("PT Angkasa Pura Logistik membuka gudang baru pada Jumat.", None)
    assert not any(value.startswith("location:") for value in found.values())


def test_review_45c_frequent_acronyms_prefixed_cues_and_a_directorate_after_dirjen() -> None:
    found = surfaces("Ketua paguyuban, Purnomo Kusuma Laksana, menyebut PKL sudah membayar retribusi.", None)
    assert not found.get("PKL", "").startswith("person:")
    found = surfaces("Kapal MV Sea Star kandas di perairan Bangka. Sea Star dinakhodai Kapten Amir Lubis.", None)
    assert found["Sea Star"] == "other:MV Sea Star"
    # review 45d: "ber-" words are figurative as often ("bermuatan politik")
    found = surfaces("Kapal MV Ksatria Muda tiba. Ksatria Muda bermuatan politik itu menjadi sorotan.", None)
    assert found.get("Ksatria Muda", "") != "other:MV Ksatria Muda"
    # the directorate's name is not glued to the person after "Dirjen" (as a post it was; review 45d kept it no post)
    found = surfaces("Dirjen Hubla Antoni Arif Priadi meninjau pelabuhan.", None)
    assert not any(key.startswith("Hubla") for key in found)


def test_review_45d_a_suspects_initials_that_spell_a_word() -> None:
    found = surfaces("Polisi menangkap Muhammad Rizky Saputra. Kapolres mengatakan MRS sudah ditahan.", None)
    assert found["MRS"] == "person:Muhammad Rizky Saputra"


def test_head_of_an_airport_office_after_the_airport_name() -> None:
    # "Ngurah" opens Balinese names, so the person read from it was lost with the office named by its airport
    found = surfaces("Kepala Kantor Imigrasi Ngurah Rai Bambang Sutejo Prawiro menyebut tiga warga asing dideportasi.",
                     None)
    assert found["Bambang Sutejo Prawiro"] == "person:Bambang Sutejo Prawiro"


def test_names_listed_beside_people_in_a_line_up() -> None:
    found = surfaces("Susunan pemain Persekat: Bagas Prakoso; Oktavianus Rumbiak, Jeroen van Dalen, Kevin Santoso, "
                     "Yehezkiel Mandagi; Ramon Quaresma.", None)
    assert found["Yehezkiel Mandagi"] == "person:Yehezkiel Mandagi"
    assert found["Ramon Quaresma"] == "person:Ramon Quaresma"
    # a post's last words before its holder in apposition are no item of a list
    found = surfaces("Deputi Bidang Pemulihan dan Kerusakan Pesisir, Bagas Prakoso, menyatakan timnya sudah turun.",
                     None)
    assert not any(key.startswith("Kerusakan") and value.startswith("person:") for key, value in found.items())


def test_the_scorer_after_a_goal_or_a_penalty() -> None:
    found = surfaces("Tuan rumah menang berkat penalti Lucas Monteverde pada menit ke-90.", None)
    assert found["Lucas Monteverde"] == "person:Lucas Monteverde"
    # a team's nickname after "gol" is no one
    found = surfaces("Dua gol Skuad Rajawali dicetak pada babak kedua.", None)
    assert not any(value.startswith("person:") for value in found.values())


def test_one_name_of_an_offices_holder_after_the_office() -> None:
    found = surfaces("Kepala Dinas Sosial Sumbar Warsidah mengatakan bantuan sudah disalurkan.", None)
    assert found["Warsidah"] == "person:Warsidah"
    # the office's region before its holder in apposition is no one
    found = surfaces("Kepala OJK Sulselbar, Darmanto Halim, mengatakan literasi naik.", None)
    assert not found.get("Sulselbar", "").startswith("person:")


def test_suspects_initials_after_their_word_and_in_a_list() -> None:
    found = surfaces("Polisi menetapkan empat tersangka, yakni BK, RW, JN, dan LT. Mereka ditahan di Polres.", None)
    assert all(found.get(letters) == f"person:{letters}" for letters in ("BK", "RW", "JN", "LT"))
    found = surfaces("Berkas perkara tersangka GHW, pemilik gudang, sudah lengkap.", None)
    assert found["GHW"] == "person:GHW"


def test_one_name_between_commas_after_an_office_as_frequent_as_a_word() -> None:
    found = surfaces("Camat Sukaraja, Marwan, yang ikut meninjau mengatakan jalan itu rusak.", None)
    assert found["Marwan"] == "person:Marwan"
    # the office's acronym in brackets inside the window
    found = surfaces("Kepala Dinas Perhubungan (Dishub) Garut, Yusmarti, menyebut jalur ditutup.", None)
    assert found["Yusmarti"] == "person:Yusmarti"
    found = surfaces("Kepala Dinas Perhubungan Garut, Senin, menyebut jalur ditutup.", None)
    assert not found.get("Senin", "").startswith("person:")


@pytest.mark.parametrize(("text", "hospital"), [
    ("Korban dibawa ke RSUD dr. H. Moh. Anwar Sumenep untuk dirawat.", "RSUD dr. H. Moh. Anwar Sumenep"),
    ("Pasien dirawat di RSUD Drs. H. Amri Tambunan sejak kemarin.", "RSUD Drs. H. Amri Tambunan"),
    ("Santri itu dirujuk ke RSUD Hj. Anna Lasmanah Banjarnegara pada malam harinya.",
     "RSUD Hj. Anna Lasmanah Banjarnegara"),
])
def test_a_hospital_named_after_someone_with_abbreviated_titles_is_one_organization(text: str, hospital: str) -> None:
    found = surfaces(text, None)
    assert found.get(hospital, "").startswith("organization:")
    assert not any(kind.startswith("person:") for kind in found.values())


def test_an_offices_class_takes_no_word_of_its_places_name() -> None:
    """"KSOP Kelas III Labuan Bajo": the class is no part of the name, which keeps its two-word place; a captain's
    title after it opens the person's name, not the office's."""
    found = surfaces("Kepala KSOP Kelas III Labuan Bajo, Yohanes Tukan, menahan kapal itu. Petugas KSOP Labuan Bajo "
                     "memeriksa izinnya. Menurut KSOP Kelas I Samarinda Capt. Heru Wicaksana, cuaca buruk.", None)
    assert found.get("KSOP Kelas III Labuan Bajo", "").startswith("organization:")
    assert found.get("KSOP Labuan Bajo") == found["KSOP Kelas III Labuan Bajo"]
    assert found.get("KSOP Kelas I Samarinda", "").startswith("organization:")


def test_review_46b_no_person_from_a_village_a_band_a_nickname_or_a_case() -> None:
    """A list item beside one person is no person by that alone (a winner's village, a singer's band); a team's
    nickname after "gol" is no scorer; "tersangka TPPU" names the case, "PT ABC" a company (review 46b)."""
    for text in ("Pemenang lomba adalah Budi Santoso, Cikaret Wetan; Siti Aminah, Sukamaju Kidul.",
                 "Acara itu dihadiri Ari Lasso, Padi Reborn, dan Sheila Gank.",
                 "Satu-satunya gol Harimau Malaya dijaringkan pada minit ke-70.",
                 "Kejaksaan menetapkan bupati itu sebagai tersangka TPPU. Ia diduga menyamarkan aset."):
        found = surfaces(text, None)
        assert not any(value.startswith("person:") and key not in ("Budi Santoso", "Siti Aminah", "Ari Lasso")
                       for key, value in found.items()), (text, found)
    found = surfaces("Tiga tersangka yakni Direktur PT ABC, AB, CD, dan EF ditahan.", None)
    assert found.get("PT ABC", "").startswith("organization:") and found.get("AB", "").startswith("person:")


def test_a_squad_listed_between_commas_keeps_its_players() -> None:
    found = surfaces("Lini tengah tim tamu diisi Mohamed Jaffar Al-Sayed, Zayan Bukhazir, Taqi Al-Hardani; lini depan "
                     "Ali Al-Mahmood.", None)
    assert found.get("Zayan Bukhazir") == "person:Zayan Bukhazir"


def test_patrol_vessels_by_their_prefix_and_a_captains_title_before_his_name() -> None:
    found = surfaces("Kapal pengawas KP Hiu Macan 07 dan KN Pulau Rote 325 menggiring kapal ikan asing ke dermaga.",
                     None)
    assert found.get("KP Hiu Macan 07", "").startswith("other:")
    assert found.get("KN Pulau Rote 325", "").startswith("other:")
    found = surfaces("Kepala KSOP Kelas IV Kalianget Capt. Ahmad Fauzan mengatakan kapal itu laik berlayar.", None)
    assert found.get("KSOP Kelas IV Kalianget", "").startswith("organization:")
    assert not any(key.endswith("Capt") for key in found)


def test_review_46c_no_person_from_an_english_place_and_no_ship_from_a_kampung() -> None:
    found = surfaces("John Smith, Green Bay, Wisconsin, said the game was postponed.", None)
    assert not found.get("Green Bay", "").startswith("person:")
    found = surfaces("Warga KP Cibeureum 02 dekat pelabuhan menolak proyek itu.", None)
    assert not any(value.startswith("other:") for value in found.values())


def test_regional_water_companies_by_their_name_and_the_pdam_they_were() -> None:
    found = surfaces("Pompa milik Perusahaan Umum Daerah (Perumda) Air Minum Tirta Sejuk atau PDAM Tanjung Sari rusak "
                     "sejak Minggu. Direktur Utama Perumda Air Minum Tirta Sejuk Arifin Lamato mengatakan pompa baru "
                     "tiba Kamis.", None)
    company = found.get("Perusahaan Umum Daerah (Perumda) Air Minum Tirta Sejuk")
    assert company == "organization:Perumda Air Minum Tirta Sejuk"
    assert found.get("PDAM Tanjung Sari") == found.get("Perumda Air Minum Tirta Sejuk") == company
    assert found.get("Arifin Lamato") == "person:Arifin Lamato"
    found = surfaces("Pelanggan PDAM Tirta Kahuripan atau PDAM Tirta Pakuan terdekat bisa membayar di loket.", None)
    assert found.get("PDAM Tirta Kahuripan") != found.get("PDAM Tirta Pakuan")
    assert found.get("PDAM Tirta Pakuan", "").startswith("organization:")


def test_a_dateline_and_its_wire_credit_are_no_part_of_the_long_form_before_an_acronym() -> None:
    # (a place whose initial is the acronym's: "Payakumbuh ... Polres" fitted letter by letter)
    for lead in ("Payakumbuh (ANTARA) - ", "Payakumbuh — "):
        found = surfaces(lead + "Kepolisian Resor (Polres) Payakumbuh menyimpulkan kebakaran itu akibat korsleting.",
                         None)
        assert found.get("Kepolisian Resor (Polres) Payakumbuh") == "organization:Polres Payakumbuh", found
        assert not any(key.startswith("Payakumbuh ") for key in found)


def test_a_person_in_apposition_by_what_they_do_and_no_body_from_a_subheading() -> None:
    found = surfaces("Pasar sementara dibuka Kamis.\n\nRosmawati Pohan, pedagang kain yang kiosnya ludes, berharap "
                     "pasar cepat dibangun.", None)
    assert found.get("Rosmawati Pohan") == "person:Rosmawati Pohan"
    found = surfaces("Pasar terbakar Minggu malam.\n\nDPRD Minta Pendataan Transparan\n\nAnggota DPRD Kota Batu "
                     "meminta data pedagang dibuka. Pemkot Batu menyiapkan lahan.", None)
    assert not any(key.startswith("DPRD Minta") for key in found)
    assert found.get("Pemkot Batu", "").startswith("organization:")


def test_technical_units_national_commissions_halls_and_hajj_places() -> None:
    found = surfaces("Korban didampingi Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak (UPTD PPA) Kota "
                     "Palu. Komisioner Komisi Nasional Anti Kekerasan terhadap Perempuan (Komnas Perempuan), Sri "
                     "Lestari, menyebut kasus itu berat. Wisuda digelar di Auditorium Mokodompit, lalu jemaah "
                     "berkumpul di Asrama Haji Sudiang.", None)
    assert found.get("UPTD PPA") == found.get("Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak")
    assert found.get("UPTD PPA", "").startswith("organization:")
    assert found.get("Komnas Perempuan") == found.get("Komisi Nasional Anti Kekerasan terhadap Perempuan")
    assert found.get("Komnas Perempuan", "").startswith("organization:")
    assert found.get("Auditorium Mokodompit", "").startswith("location:")
    assert found.get("Asrama Haji Sudiang", "").startswith("location:")


def test_an_english_ministry_without_its_country_is_the_one_the_article_names() -> None:
    found = surfaces("The Ministry of Religious Affairs (Kemenag) said the flight to Prince Mohammad bin Abdulaziz "
                     "International Airport was delayed. Kemenag apologised.", None)
    assert found.get("Ministry of Religious Affairs") == found.get("Kemenag")
    assert found.get("Prince Mohammad bin Abdulaziz International Airport", "").startswith("location:")


def test_review_47a_headings_abbreviations_foreign_ministries_and_apposition() -> None:
    found = surfaces("Air mati tiga hari.\n\nPerumda Air Minum Tanggapi Keluhan Warga\n\nKendaraan Melintas Gerbang "
                     "Tol Kalikangkung Tembus 60 Ribu\n\nLalu Lintas di Tol Cipali Mulai Padat\n\nWarga resah.", None)
    assert not any("Tanggapi" in key or "Tembus" in key for key in found), found
    assert found.get("Gerbang Tol Kalikangkung", "").startswith("location:")
    assert found.get("Tol Cipali", "").startswith("location:")
    found = surfaces("Pasien dirujuk ke Rumah Sakit St. Carolus (RSSC) Jakarta. RSSC menambah tempat tidur.", None)
    assert found.get("RSSC") == found.get("Rumah Sakit St. Carolus")
    found = surfaces("Management of the dam rests with the State Disaster Management Committee.\n\nThe Malaysian "
                     "Meteorological Department (MetMalaysia) issued a warning.", None)
    assert not any("\n" in key for key in found)
    found = surfaces("The Ministry of Foreign Affairs said Indonesians in Tokyo were safe. Kemlu staff called them. "
                     "Japan's Ministry of Foreign Affairs confirmed the evacuation.", None)
    assert found.get("Ministry of Foreign Affairs") != found.get("Kemlu")
    found = surfaces("Di Perumahan Griya Asri, ibu rumah tangga mengungsi ke masjid.", None)
    assert not any(value.startswith("person:") for value in found.values())


def test_numbered_boats_fishing_ports_and_a_companys_hospital() -> None:
    found = surfaces("Kapal nelayan KM Putra Bahari 05 terbakar di Pangkalan Pendaratan Ikan (PPI) Tanjung Limau. "
                     "Korban dirawat di Rumah Sakit Pupuk Kaltim. Antrean mengular di Tol Cipali KM 101.", None)
    assert found.get("KM Putra Bahari 05", "").startswith("other:")
    assert found.get("Pangkalan Pendaratan Ikan (PPI) Tanjung Limau") == "organization:PPI Tanjung Limau"
    assert found.get("Rumah Sakit Pupuk Kaltim") == "organization:RS Pupuk Kaltim"
    assert not any(key.startswith("KM 101") for key in found)
    found = surfaces("Pasien dirujuk ke RS Mitra Keluarga Bekasi Timur.", None)
    assert found.get("RS Mitra Keluarga Bekasi Timur", "").startswith("organization:")


def test_review_47b_a_noun_before_a_place_a_count_after_a_boat_and_a_candidate_by_number() -> None:
    found = surfaces("Stok pupuk Indonesia cukup, kata menteri. Petani mengeluh pupuk Kaltim langka.", None)
    assert not any(value.startswith("organization:") for value in found.values()), found
    assert found.get("Indonesia") == "location:Indonesia"
    assert surfaces("Direktur Utama Pupuk Indonesia Rahmad Pribadi hadir.", None).get(
        "Pupuk Indonesia", "").startswith("organization:")
    found = surfaces("Kapal KM Sinar 2 orang ABK hilang, kata Kapolres.", None)
    assert "KM Sinar 2" not in found
    found = surfaces("Calon nomor urut 3 Saparwadi memperoleh 900 suara.", None)
    assert found.get("Saparwadi") == "person:Saparwadi"


def test_sports_and_anti_doping_bodies_and_ride_hailing_firms_in_the_register() -> None:
    found = surfaces("The federation informed the Indonesia Anti-Doping Organization (IADO), formerly LADI. PB PABSI "
                     "said drivers of Maxim Indonesia protested.", None)
    assert found.get("IADO") == found.get("Indonesia Anti-Doping Organization") == found.get("LADI")
    assert found.get("PB PABSI", "").startswith("organization:")
    assert found.get("Maxim Indonesia", "").startswith("organization:")


def test_review_47c_a_person_named_maxim_stays_a_person() -> None:
    found = surfaces("Russian coach Maxim Tsigalko arrived in Jakarta on Monday.", None)
    assert found.get("Maxim Tsigalko") == "person:Maxim Tsigalko"


def test_higher_education_bodies_in_the_register() -> None:
    found = surfaces("Program studi itu belum diakreditasi ulang oleh Lembaga Akreditasi Mandiri Ekonomi, Manajemen, "
                     "Bisnis, dan Akuntansi (LAMEMBA) dan datanya tidak ada di PDDikti. The Ministry of Higher "
                     "Education, Science and Technology and BAN-PT were informed.", None)
    assert found.get("LAMEMBA") == found.get("Lembaga Akreditasi Mandiri Ekonomi, Manajemen, Bisnis, dan Akuntansi")
    assert found.get("PDDikti", "").startswith("organization:")
    assert found.get("Ministry of Higher Education, Science and Technology", "").startswith("organization:Indonesian")
    assert found.get("BAN-PT", "").startswith("organization:")


def test_restaurants_by_their_kind_and_a_landmark() -> None:
    found = surfaces("Tabung elpiji meledak di Rumah Makan (RM) Puti Bungsu dekat Jam Gadang. RM Puti Bungsu ditutup. "
                     "Harga paketnya RM50 per orang.", None)
    assert found.get("RM Puti Bungsu") == found.get("Rumah Makan (RM) Puti Bungsu") == (
        "organization:Rumah Makan Puti Bungsu")
    assert found.get("Jam Gadang") == "location:Jam Gadang"
    assert not any(key.startswith("RM5") for key in found)


def test_river_basin_offices_and_a_long_regional_bodys_name_with_its_place() -> None:
    found = surfaces("Kepala Balai Besar Wilayah Sungai (BBWS) Pemali Juana Nurul Fadhilah mengatakan air surut. BBWS "
                     "Pemali Juana memompa air. Balai Wilayah Sungai Sumatera VII (BWS Sumatera VII) membantu.", None)
    assert found.get("BBWS Pemali Juana") == found.get("Balai Besar Wilayah Sungai (BBWS) Pemali Juana") == (
        "organization:BBWS Pemali Juana")
    assert found.get("Nurul Fadhilah") == "person:Nurul Fadhilah"
    assert found.get("BWS Sumatera VII") == found.get("Balai Wilayah Sungai Sumatera VII")
    found = surfaces("Satwa diserahkan kepada Balai Besar Konservasi Sumber Daya Alam Sumatera Utara (BBKSDA Sumut).",
                     None)
    assert found.get("BBKSDA Sumut") == found.get("Balai Besar Konservasi Sumber Daya Alam Sumatera Utara")


def test_a_given_name_made_from_a_month_is_no_noun() -> None:
    """"Febrian" ends in -an after a word wordfreq knows ("Febri"), as "Rekaman" does: a listed given name is a name."""
    for text in ("Koordinator tim medis SRS, drh. Febrian Saputra, menjelaskan kebuntingan dipantau.",
                 "Our job was to stay quiet, said Dr. Febrian Saputra, who coordinates the medical team."):
        assert surfaces(text, None).get("Febrian Saputra") == "person:Febrian Saputra"


def test_national_parks_and_offices_named_with_their_seat() -> None:
    found = surfaces("The calf was born in Way Kambas National Park. Rangers patrol Tesso Nilo National Park daily. "
                     "Hasil uji Balai Besar POM (BBPOM) di Yogyakarta keluar. Kepala BBPOM di Yogyakarta, Rina "
                     "Puspitasari, menyebut KKP melalui Direktorat Jenderal Perikanan Budi Daya (DJPB) membantu.", None)
    assert found["Way Kambas National Park"].startswith("location:")
    assert found["Tesso Nilo National Park"].startswith("location:")
    assert found["Balai Besar POM (BBPOM) di Yogyakarta"] == found["BBPOM di Yogyakarta"]
    assert found["Direktorat Jenderal Perikanan Budi Daya"] == found["DJPB"]
    assert "Budi Daya" not in found  # cultivation, no person


def test_an_airports_initials_name_the_airport_the_gazetteer_knows() -> None:
    _, mentions = extract_entities("Penyelundupan digagalkan di Bandara Internasional Zainuddin Abdul Madjid "
                                   "(BIZAM), Lombok Tengah. Petugas BIZAM memeriksa koper.", None)
    airport = {m.entity_id for m in mentions if m.surface in ("BIZAM", "Bandara Internasional Zainuddin Abdul Madjid")}
    assert airport == {"loc-lombok-airport"}


def test_churches_bodies_and_their_priests_titles() -> None:
    """A parish and a diocese are organizations; "Romo" and "Rato" are a priest's and Sumba's customary priest's
    titles, not their names: "Romo Aloysius" is Aloysius Leba Ngara, "para Rato" no one."""
    found = surfaces("Pastor Paroki Bondo Kodi, RD Aloysius Leba Ngara, mengajak umat berdamai. Uskup Keuskupan "
                     "Weetebula hadir.\n\nMenurut Romo Aloysius, sebagian umat terlibat. Para Rato akan berkumpul, "
                     "ujar Rato Martinus Ngongo Leba.", None)
    assert found["Paroki Bondo Kodi"].startswith("organization:")
    assert found["Keuskupan Weetebula"].startswith("organization:")
    assert found.get("Aloysius") == found["Aloysius Leba Ngara"]
    assert "Rato" not in found and "Romo Aloysius" not in found


def test_a_middle_initial_stays_inside_the_name() -> None:
    found = surfaces("Ketua Majelis Jemaat GPM Batu Meja, Pdt. Helena M. Souisa, mengatakan posko dibuka. Ketua "
                     "Sinode, Pdt. Ruben A. Lekahena, hadir. Banjir melanda Blok A. Warga mengungsi. Direktur RSUD Ade "
                     "M. Djoen Sintang menjelaskan.", None)
    assert found.get("Helena M. Souisa") == "person:Helena M. Souisa"
    assert found.get("Ruben A. Lekahena") == "person:Ruben A. Lekahena"
    assert not any("Warga" in surface for surface in found)  # a sentence after an initial is no name's
    assert found.get("RSUD Ade M. Djoen Sintang", "").startswith("organization:")


def test_a_congregation_and_a_classis_are_organizations() -> None:
    found = surfaces("Gedung gereja milik Jemaat GPM Batu Meja terbakar. Sekretaris Klasis GPM Kota Ambon, Pdt. Johan "
                     "Leiwakabessy, menyebut kerugian besar.", None)
    assert found["Jemaat GPM Batu Meja"].startswith("organization:")
    assert found["Klasis GPM Kota Ambon"].startswith("organization:")
    assert found["Johan Leiwakabessy"] == "person:Johan Leiwakabessy"


def test_waters_islands_and_mountains_are_places() -> None:
    found = surfaces("Polisi menertibkan ponton di perairan Batu Perahu dan di Pulau Bangka. Petani di lereng Sumbing "
                     "dan Sindoro menolak.", None)
    assert all(found.get(name, "").startswith("location:") for name in ("Batu Perahu", "Pulau Bangka", "Sumbing",
                                                                       "Sindoro"))


def test_a_player_after_his_teams_name_under_his_post() -> None:
    found = surfaces("Empat pemain luka: kiper Muria Putra Rafi Ardiansyah, bek Muria Putra Ilham Maulana. Gol dicetak "
                     "striker Muhammad Dafa Nugroho.", None)
    assert found["Rafi Ardiansyah"] == "person:Rafi Ardiansyah"
    assert found["Ilham Maulana"] == "person:Ilham Maulana"
    assert found["Muhammad Dafa Nugroho"] == "person:Muhammad Dafa Nugroho"  # a given name opens it: whole


def test_review_48s_entity_cases() -> None:
    """Found in review 48 of stop 48's rules: each keeps its reading from before them."""
    found = surfaces("Polisi menangkap Rudi S. Ahmad, tetangga korban, melaporkan kejadian itu. Ia ditangkap bersama "
                     "rekannya, Dedi K. Keduanya ditahan. Menurut warga La Ode Muhammad Rusdi, banjir datang sejak "
                     "subuh. Bupati Bangka meninjau lokasi. Kanwil Direktorat Jenderal Perbendaharaan (DJPB) Bali "
                     "mencatat belanja naik. Kecelakaan terjadi di Jl. Basuki Rahmat, Surabaya. Band Linkin Park "
                     "konser di Jakarta. Kebakaran lahan terjadi di Kecamatan Sebangau. Petugas Balai POM di Pasar "
                     "Oeba menemukan boraks.", None)
    assert "Rudi S. Ahmad" not in found and "Dedi K. Keduanya" not in found
    assert found.get("La Ode Muhammad Rusdi") == "person:La Ode Muhammad Rusdi"
    assert not found.get("Bangka", "").endswith("Bangka Island")
    assert "aquaculture" not in found.get("DJPB", "").casefold()
    assert "Basuki Rahmat" not in found and "Linkin Park" not in found
    assert "Sebangau National Park" not in found.get("Kecamatan Sebangau", "")
    assert "Balai POM di Pasar Oeba" not in found
