"""Story clustering: the same event together, other events apart, ids stable across runs."""

from __future__ import annotations

from datetime import date

from tasks.stories import StoryCandidate, assign_stories, candidate_for

FLOOD_A = ("Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot, Kabupaten Bandung, setelah Sungai Citarum "
           "meluap akibat hujan deras semalaman. Badan Penanggulangan Bencana Daerah mengevakuasi warga.")
FLOOD_B = ("Sungai Citarum meluap dan banjir setinggi satu meter merendam permukiman di Dayeuhkolot. Petugas "
           "Badan Penanggulangan Bencana Daerah mengevakuasi ratusan warga ke tempat pengungsian.")
ELECTION = ("Komisi Pemilihan Umum menetapkan jadwal kampanye pemilihan kepala daerah serentak. Partai politik "
            "diminta menyerahkan daftar calon sebelum akhir bulan, kata ketua komisi di Jakarta.")


def cand(article_id: str, day: date | None, entities: set[str], text: str, story: str | None = None):
    base = candidate_for(article_id, day, entities, text)
    return StoryCandidate(base.article_id, base.published_date, base.entity_ids, base.terms, story)


def test_same_event_shares_a_story_and_another_event_does_not() -> None:
    new = [cand("a1", date(2024, 3, 5), {"loc-bandung", "org-bpbd"}, FLOOD_A),
           cand("a2", date(2024, 3, 6), {"loc-bandung", "org-bpbd"}, FLOOD_B),
           cand("a3", date(2024, 3, 5), {"org-kpu", "loc-jakarta"}, ELECTION)]
    stories = assign_stories(new, [], window_days=3)
    assert stories["a1"] == stories["a2"] != stories["a3"]


def test_same_topic_outside_the_window_is_another_story() -> None:
    new = [cand("a1", date(2024, 3, 5), {"loc-bandung"}, FLOOD_A),
           cand("a2", date(2024, 4, 20), {"loc-bandung"}, FLOOD_B)]
    stories = assign_stories(new, [], window_days=3)
    assert stories["a1"] != stories["a2"]


def test_undated_article_joins_only_as_a_near_copy() -> None:
    new = [cand("a1", date(2024, 3, 5), {"loc-bandung"}, FLOOD_A),
           cand("a2", None, {"loc-bandung"}, FLOOD_B),
           cand("a3", None, {"loc-bandung"}, FLOOD_A + " (ant)")]
    stories = assign_stories(new, [], window_days=3)
    assert stories["a1"] != stories["a2"] and stories["a1"] == stories["a3"]


def test_new_article_takes_the_existing_story_id_and_reruns_keep_ids() -> None:
    existing = [cand("a1", date(2024, 3, 5), {"loc-bandung", "org-bpbd"}, FLOOD_A, story="st-old")]
    new = [cand("a2", date(2024, 3, 6), {"loc-bandung", "org-bpbd"}, FLOOD_B)]
    assert assign_stories(new, existing, window_days=3) == {"a2": "st-old"}
    first = assign_stories([cand("a3", date(2024, 3, 5), {"org-kpu"}, ELECTION)], [], window_days=3)
    rerun = assign_stories([cand("a3", date(2024, 3, 5), {"org-kpu"}, ELECTION)],
                           [cand("a3", date(2024, 3, 5), {"org-kpu"}, ELECTION, story=first["a3"])], 3)
    assert rerun == first
