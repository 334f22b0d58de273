"""Entity extraction on sentences written in the style of Indonesian reporting."""

from __future__ import annotations

import pytest

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


def surfaces(text: str) -> dict[str, str]:
    entities, mentions = extract_entities(text, GAZ)
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
