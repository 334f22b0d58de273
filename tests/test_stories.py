"""Story clustering: the same event together, other events apart, ids stable across runs."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import duckdb
import pytest

from tasks import stories
from tasks.load import story_neighbours
from tasks.stories import StoryCandidate, assign_stories, candidate_for, features_frame, story_terms, write_features
from warehouse.schema import migrate

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


# --- issue 4: scale, figures, and the warehouse neighbours -------------------------------------------------


def _synthetic_pool(days: int, per_day: int) -> list[StoryCandidate]:
    """`per_day` articles a day, each about one of many small events (three entities drawn from thousands)."""
    pool = []
    for day in range(days):
        for k in range(per_day):
            event = (day * per_day + k) // 3
            entities = frozenset({f"e{event}", f"e{event % 997 + 10_000}", "loc-indonesia"})
            pool.append(StoryCandidate(f"a{day}-{k}", date(2024, 1, 1) + timedelta(days=day), entities,
                                       frozenset({f"w{event}", "banjir"})))
    return pool


def test_candidate_pairs_grow_linearly_with_the_warehouse(monkeypatch: pytest.MonkeyPatch) -> None:
    """No all-pairs comparison: at a constant number of articles a day, the comparisons made grow like the
    number of articles (blocking by shared entity within the date window), not like its square."""
    counts = []
    real = stories.similarities
    for days in (20, 80):
        compared = 0

        def counting(a: StoryCandidate, others: list[StoryCandidate], words: object = None,
                     event_days: object = None) -> list[float]:
            nonlocal compared
            compared += len(others)
            return real(a, others, words, event_days)

        monkeypatch.setattr(stories, "similarities", counting)
        assign_stories(_synthetic_pool(days, 60), [], window_days=3)
        counts.append(compared)
    articles = (20 * 60, 80 * 60)
    assert counts[1] / counts[0] < 1.3 * articles[1] / articles[0]  # linear: x4; all pairs would be x16
    assert counts[1] < articles[1] * 10  # a handful of comparisons per article, not thousands


def test_shared_figures_bring_reports_of_one_event_closer() -> None:
    actors = {"org-kpu", "org-bawaslu", "loc-palu"}
    revote_a = cand("a1", date(2026, 3, 10), actors, "KPU Kota Palu menggelar pemungutan suara ulang di 14 TPS "
                    "setelah Bawaslu menemukan 37 pemilih mencoblos dua kali.")
    revote_b = cand("a2", date(2026, 3, 10), actors, "Pemungutan ulang di 14 TPS Palu digelar karena 37 pemilih "
                    "diduga memberikan suara ganda, kata Bawaslu.")
    campus = cand("a3", date(2026, 3, 11), actors, "KPU dan Bawaslu Palu menandatangani nota kesepahaman dengan "
                  "universitas untuk pendidikan politik 5.000 mahasiswa baru.")
    assert "#14" in revote_a.terms and "#37" in revote_b.terms
    assert not [t for t in story_terms("pada Senin (9/3/2026) tahun 2026, pukul 07.30") if t.startswith("#")]
    assert stories.similarity(revote_a, revote_b) > stories.similarity(revote_a, campus)


def test_neighbours_are_read_only_around_the_batch_days() -> None:
    con = duckdb.connect()
    migrate(con)
    for i, day in enumerate([date(2019, 1, 1), date(2021, 6, 1), date(2024, 1, 3), date(2024, 1, 9), None]):
        con.execute("INSERT INTO articles (article_id, source_uri, source_name, body_text, published_date, "
                    "story_id) VALUES (?, 'x', 'x', 'Banjir merendam 14 rumah', ?, ?)", [f"a{i}", day, f"s{i}"])
    found = story_neighbours(con, [date(2019, 1, 2), date(2024, 1, 1), None], window_days=3)
    assert sorted(c.article_id for c in found) == ["a0", "a2"]  # not the 2021 article between them
    assert {c.story_id for c in found} == {"s0", "s2"} and "#14" in found[0].terms
    assert story_neighbours(con, [None], window_days=3) == []


# --- issue 5: no chaining, bounded work, features kept at load time ----------------------------------------

# Invented words: rare in Indonesian, so each weighs as much as a word can (see stories._weight).
_EVENT_WORDS = [frozenset(f"zq{k}x{j}" for j in range(4)) for k in range(6)]


def _topic_article(article_id: str, parts: tuple[int, ...], day: int = 5) -> StoryCandidate:
    """An article of one topic (the river, the agency, 'banjir') whose own words are the given word groups."""
    terms = frozenset({"banjir", "sungai"}).union(*(_EVENT_WORDS[k] for k in parts))
    return StoryCandidate(article_id, date(2024, 3, day), frozenset({"loc-citarum", f"per-{article_id}"}), terms)


def test_a_chain_of_one_topic_is_not_one_story() -> None:
    """A~B, B~C, C~D each share a group of words, A and D nothing but the topic: single linkage made them one
    story; a story is joined only by an article like its members on average, so the chain breaks."""
    chain = [_topic_article(name, (k, k + 1), day=5 + k) for k, name in enumerate("abcd")]
    links = [stories.similarity(x, y) for x, y in itertools.pairwise(chain)]
    assert min(links) >= 0.18  # each link alone is what the old single linkage joined on
    assigned = assign_stories(chain, [], window_days=3)
    assert len(set(assigned.values())) > 1
    assert assigned["a"] != assigned["d"]


def test_same_event_group_still_joins_when_a_chain_does_not() -> None:
    """Three reports of one event share their event's words (and each has words of its own): one story."""
    group = [_topic_article(name, (0, 1 + k)) for k, name in enumerate(("r1", "r2", "r3"))]
    group = [StoryCandidate(c.article_id, c.published_date, c.entity_ids | {"org-bpbd"}, c.terms) for c in group]
    other = _topic_article("x", (5,))
    assigned = assign_stories([*group, other], [], window_days=3)
    assert assigned["r1"] == assigned["r2"] == assigned["r3"] != assigned["x"]


def test_comparisons_per_article_are_bounded_in_a_crowded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """N and 4N articles in the same three days, each sharing an entity with a fifth of them: in a window that
    crowded single linkage compared every pair; now each article makes at most MAX_COMPARISONS."""
    counts = []
    real = stories.similarities
    for size in (600, 2400):
        compared = 0

        def counting(a: StoryCandidate, others: list[StoryCandidate], words: object = None,
                     event_days: object = None) -> list[float]:
            nonlocal compared
            compared += len(others)
            return real(a, others, words, event_days)

        monkeypatch.setattr(stories, "similarities", counting)
        pool = [StoryCandidate(f"a{i}", date(2024, 1, 1) + timedelta(days=i % 3),
                               frozenset({f"e{i // 3}", f"t{i % 5}"}), frozenset({f"w{i // 3}", "banjir"}))
                for i in range(size)]
        assign_stories(pool, [], window_days=3)
        counts.append(compared)
    # x4, plus the first articles of the smaller pool finding fewer than MAX_COMPARISONS; all pairs: x16
    assert counts[1] <= 5 * counts[0]
    assert counts[1] <= 2400 * stories.MAX_COMPARISONS


def test_neighbours_come_from_the_features_table_without_bodies() -> None:
    con = duckdb.connect()
    migrate(con)
    con.execute("INSERT INTO articles (article_id, source_uri, source_name, body_text, published_date, story_id) "
                "VALUES ('a1', 'x', 'x', 'Banjir merendam 14 rumah', DATE '2024-01-03', 's1')")
    assert features_frame([]).column_names == ["article_id", "terms", "entity_ids"]
    import pyarrow as pa

    features = pa.table({"article_id": ["a1"], "terms": [["#99", "gempa"]], "entity_ids": [["org-bmkg"]]})
    write_features(con, features)
    write_features(con, features)  # replaced, not duplicated
    assert con.execute("SELECT count(*) FROM staging.story_features").fetchone() == (1,)
    # The body says "banjir ... 14": if the terms are the features row's, the body was not read.
    con.execute("UPDATE articles SET body_text = 'tidak dibaca' WHERE article_id = 'a1'")
    (found,) = story_neighbours(con, [date(2024, 1, 2)], window_days=3)
    assert set(found.terms) == {"#99", "gempa"} and found.entity_ids == frozenset({"org-bmkg"})
    assert found.story_id == "s1"


def test_the_run_window_sees_what_the_warehouse_holds_batch_after_batch() -> None:
    """The flow keeps a StoryWindow across batches instead of rereading the warehouse: after each batch is
    written and remembered, it must answer exactly what a fresh read of the warehouse answers."""
    from tasks.load import StoryWindow

    con = duckdb.connect()
    migrate(con)
    window = StoryWindow(window_days=3)

    def write(article_id: str, day: date, story: str, text: str) -> StoryCandidate:
        con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])
        con.execute("INSERT INTO articles (article_id, source_uri, source_name, body_text, published_date, "
                    "story_id) VALUES (?, 'x', 'x', ?, ?, ?)", [article_id, text, day, story])
        return cand(article_id, day, {"loc-bandung"}, text, story)

    def seen(found: list[StoryCandidate]) -> set[tuple]:
        return {(c.article_id, c.published_date, c.story_id, frozenset(c.terms)) for c in found}

    write("old", date(2024, 3, 1), "s-old", FLOOD_A)  # in the warehouse before the run
    batches = [[("b1", date(2024, 3, 2), "s1", FLOOD_A), ("b2", date(2024, 3, 3), "s1", FLOOD_B)],
               [("b3", date(2024, 3, 4), "s3", ELECTION), ("b1", date(2024, 3, 5), "s1", FLOOD_B)],  # b1 moves
               [("b4", date(2024, 3, 20), "s4", ELECTION)]]  # far ahead: the early days leave the window
    for batch in batches:
        days = [day for _, day, _, _ in batch]
        assert seen(window.neighbours(con, days)) == seen(story_neighbours(con, days, window_days=3))
        window.remember([write(*article) for article in batch])
        assert seen(window.neighbours(con, days)) == seen(story_neighbours(con, days, window_days=3))
    assert {c.article_id for c in window.neighbours(con, [date(2024, 3, 20)])} == {"b4"}


def test_scoring_many_candidates_at_once_matches_the_pairwise_definition() -> None:
    """similarities() weighs all of an article's comparisons in one numpy pass: each score must still be the
    entity Jaccard and the rarity-weighted word Jaccard of that pair alone, whatever else is in the batch."""
    a = cand("a", date(2026, 3, 10), {"org-kpu", "loc-palu"}, "KPU Palu menggelar pemungutan suara ulang di 14 TPS.")
    others = [
        cand("b", date(2026, 3, 10), {"org-kpu"}, "Pemungutan suara ulang di 14 TPS Palu digelar KPU."),
        cand("c", date(2026, 3, 11), {"org-bmkg"}, "Gempa magnitudo 6,1 mengguncang perairan Maluku."),
        StoryCandidate("d", None, frozenset(), ()),  # nothing to share
        StoryCandidate("e", None, frozenset({"loc-palu"}), ("palu", "menggelar", "festival")),  # window tuple
    ]

    def by_hand(x: StoryCandidate, y: StoryCandidate) -> float:
        shared = sum(stories._weight(t) for t in set(x.terms) & set(y.terms))
        union = sum(stories._weight(t) for t in set(x.terms) | set(y.terms))
        entities = len(x.entity_ids & y.entity_ids) / len(x.entity_ids | y.entity_ids) if y.entity_ids else 0.0
        return stories.ENTITY_WEIGHT * entities + (1 - stories.ENTITY_WEIGHT) * (shared / union if union else 0.0)

    scores = stories.similarities(a, others)
    assert scores == pytest.approx([by_hand(a, o) for o in others], abs=1e-12)
    assert scores[0] > scores[3] > scores[1] and scores[2] == 0.0
    assert [stories.similarity(a, o) for o in others] == pytest.approx(scores, abs=1e-12)


def test_stories_do_not_depend_on_where_the_files_were_read_from() -> None:
    """An article read from a file has an id made from its path, so the same corpus in another folder gets
    other ids: the articles of a day must still be placed in the same order (when each was published), or
    a clone of the project in another folder clusters the annotated set differently."""
    import dataclasses
    from pathlib import Path

    from tasks.clean import clean_document
    from tasks.ingest import read_file
    from tasks.normalize import normalize_article

    annotated = Path(__file__).resolve().parent.parent / "samples" / "annotated"
    paths = sorted(annotated.glob("*.txt"))
    candidates = [stories.article_candidate(normalize_article(clean_document(read_file(p, 1 << 24)[0])))
                  for p in paths]

    def groups(batch: list[StoryCandidate]) -> list[list[int]]:
        assigned = assign_stories(batch, [], 3)
        by_story: dict[str, list[int]] = {}
        for position, candidate in enumerate(batch):
            by_story.setdefault(assigned[candidate.article_id], []).append(position)
        return sorted(by_story.values())

    # Ids that sort the other way round, as another folder's paths may.
    elsewhere = [dataclasses.replace(c, article_id=f"id-{len(candidates) - i:03d}") for i, c in enumerate(candidates)]
    assert groups(elsewhere) == groups(candidates)
    assert len(groups(candidates)) < len(candidates)  # the set has stories of several articles


SECOND_FLOOD = ("hujan lebat sejak sore membuat sejumlah ruas jalan di Baleendah tergenang hingga malam. Kendaraan "
                "roda dua dilarang melintas dan petugas mengatur lalu lintas, sementara warga menyiapkan karung "
                "pasir di depan rumah. Sungai Citarum disebut belum meluap.")


def _dated(article_id: str, day: date, entities: set[str], text: str) -> StoryCandidate:
    """A candidate as normalize makes it: its words and figures, and the days its text names."""
    from tasks.dates import find_date_mentions

    return StoryCandidate(article_id, day, frozenset(entities),
                          story_terms(text) | stories.event_day_terms(find_date_mentions(text, day), text, day))


def test_reports_naming_other_days_are_other_events_of_the_same_actors() -> None:
    entities = {"loc-bandung", "org-bpbd"}
    monday = _dated("a1", date(2024, 3, 4), entities, "Pada Senin (4/3/2024), " + FLOOD_A)
    next_day = _dated("a2", date(2024, 3, 5), entities, "Kemarin, " + FLOOD_B)  # "kemarin": the same Monday
    # Rain floods Baleendah's roads three days later: the same actors, some of the same words.
    thursday = _dated("a3", date(2024, 3, 7), entities | {"loc-baleendah", "org-dishub"},
                      "Pada Kamis (7/3/2024), " + SECOND_FLOOD)
    assert monday.event_days == next_day.event_days == {date(2024, 3, 4).toordinal()}
    assigned = assign_stories([monday, next_day, thursday], [], window_days=3)
    assert assigned["a1"] == assigned["a2"] != assigned["a3"]
    # The words alone put the second flood in the first one's story: the days are what tell them apart.
    undated_days = [StoryCandidate(c.article_id, c.published_date, c.entity_ids,
                                   frozenset(t for t in c.terms if not t.startswith(("@", "^"))))
                    for c in (monday, next_day, thursday)]
    assert len(set(assign_stories(undated_days, [], window_days=3).values())) == 1


def test_a_day_apart_across_time_zones_or_no_days_named_still_joins() -> None:
    entities = {"loc-bandung", "org-bpbd"}
    assigned = assign_stories([
        _dated("a1", date(2024, 3, 5), entities, "Pada Selasa (5/3/2024), " + FLOOD_A),
        _dated("a2", date(2024, 3, 5), entities, "On Monday (4/3/2024) evening, " + FLOOD_B),
        _dated("a3", date(2024, 3, 6), entities, FLOOD_B)], [], window_days=3)
    assert len(set(assigned.values())) == 1


RATE_RISE_ID = (
    "Bank Indonesia pada Kamis (20/10/2022) menaikkan suku bunga acuan sebesar 50 basis poin menjadi 4,75 persen. "
    "Gubernur BI Perry Warjiyo mengatakan kenaikan itu untuk meredam ekspektasi inflasi yang masih tinggi dan "
    "menjaga nilai tukar rupiah yang melemah terhadap dolar AS.",
    "Dewan Gubernur BI memutuskan menaikkan BI-7 Day Reverse Repo Rate 50 bps menjadi 4,75 persen pada Kamis "
    "(20/10/2022). Ekonom menilai langkah Perry Warjiyo itu sesuai perkiraan pasar karena inflasi inti naik.")
RATE_RISE_EN = ("The central bank raised its key rate by 50 basis points to 4.75 percent on Thursday (Oct. 20), its "
                "third straight increase, as governor Perry Warjiyo said it would rein in price expectations and "
                "shore up the currency, which has weakened against the dollar this year. Economists had expected "
                "the move after core inflation accelerated, while exporters warned that borrowing costs would weigh "
                "on investment plans for the coming months and analysts expect further tightening. Bond yields "
                "climbed after the announcement, and lenders signalled they would pass the higher cost on to "
                "mortgage and consumer loans before the end of the year.")


def test_a_report_in_english_joins_the_indonesian_reports_of_its_event_by_their_names_and_figures() -> None:
    entities = {"org-bi", "loc-indonesia", "per-perry", "org-bps", "loc-jakarta", "org-fed"}
    indonesian = [_dated("id1", date(2022, 10, 20), entities | {"org-indef"}, RATE_RISE_ID[0]),
                  _dated("id2", date(2022, 10, 20), entities | {"org-core"}, RATE_RISE_ID[1])]
    english = _dated("en", date(2022, 10, 20),
                     {"org-bi", "loc-indonesia", "per-perry", "org-antara", "loc-washington"}, RATE_RISE_EN)
    assert english.english and not indonesian[0].english
    assigned = assign_stories([*indonesian, english], [], window_days=3)
    assert len(set(assigned.values())) == 1


def test_across_languages_only_names_and_figures_are_compared_so_a_long_english_report_is_not_diluted() -> None:
    """Words of the other language cannot be shared: an English report's own words ("raised", "currency") are
    left out of the words it is compared on with an Indonesian one, else the longer it is the less it shares
    (before: the report below scored 0.14 with the Indonesian ones, 0.54 now, and was a story of its own)."""
    entities = {"org-bi", "per-perry"}
    indonesian = [_dated(f"id{i}", date(2022, 10, 20), entities | {"loc-jakarta", *others}, text)
                  for i, (others, text) in enumerate(zip(({"org-indef", "org-ojk"}, {"org-core", "org-bps"}),
                                                          RATE_RISE_ID, strict=True))]
    english = _dated("en", date(2022, 10, 20),
                     entities | {"org-antara", "loc-washington", "org-fed", "org-imf", "loc-united-states"},
                     RATE_RISE_EN)
    # Another decision of the same bank a month on, in English, with its own figures: still another event.
    later = _dated("en2", date(2022, 10, 22), entities | {"org-antara", "org-fed"},
                   "Governor Perry Warjiyo said on Saturday (Oct. 22) the bank would sell 12 trillion rupiah of "
                   "government bonds from its portfolio next month, to draw liquidity from the banks, after a "
                   "meeting with lenders at its Jakarta headquarters that also discussed digital payments.")
    similar = stories.similarities(english, indonesian)
    assert min(similar) >= stories.SAME_EVENT > max(stories.similarities(later, indonesian))
    assigned = assign_stories([*indonesian, english, later], [], window_days=3)
    assert assigned["id0"] == assigned["id1"] == assigned["en"] != assigned["en2"]


SUMMIT_TALKS = ("Para menteri luar negeri ASEAN membahas krisis Myanmar, kerja sama pangan dan keamanan Laut China "
                "Selatan di Phnom Penh. Deklarasi bersama disusun oleh para pejabat senior selama dua hari.")


def test_a_report_whose_lead_names_another_day_is_another_event_though_it_recalls_this_ones_day() -> None:
    entities = {"org-asean", "loc-myanmar", "loc-phnom-penh"}
    # The ministers meet on Monday (and their reports look ahead to the leaders' summit on Thursday) ...
    monday = [_dated(f"m{i}", date(2022, 11, 7), entities,
                     f"Pada Senin (7/11/2022), {SUMMIT_TALKS} {tail} KTT para pemimpin digelar Kamis (10/11/2022).")
              for i, tail in enumerate(("Rapat berlangsung tertutup.", "Rapat dibuka oleh tuan rumah."))]
    # ... and the report of the summit leads with Thursday and recalls the ministers' Monday further down.
    thursday = _dated("t", date(2022, 11, 10), {"org-asean", "loc-phnom-penh", "per-hun-sen", "loc-cambodia", "org-un"},
                      "Pada Kamis (10/11/2022), para pemimpin ASEAN membuka KTT dengan pidato tuan rumah tentang "
                      "pemulihan ekonomi kawasan dan perdagangan digital. Senin (7/11/2022) para menteri sudah "
                      "menyiapkan deklarasi.")
    assert thursday.lead_days == {date(2022, 11, 10).toordinal()}
    assigned = assign_stories([*monday, thursday], [], window_days=7)
    assert assigned["m0"] == assigned["m1"] != assigned["t"]
    # Without the leads' days, the days both name and the shared words put them in one story.
    no_lead = [StoryCandidate(c.article_id, c.published_date, c.entity_ids,
                              frozenset(t for t in c.terms if not t.startswith("^"))) for c in (*monday, thursday)]
    assert len(set(assign_stories(no_lead, [], window_days=7).values())) == 1


def test_a_later_follow_up_that_leads_with_the_event_day_joins_though_the_next_days_reports_lead_with_theirs() -> None:
    entities = {"org-sinar-bahari", "loc-pulau-kelapa", "org-basarnas"}
    fire = _dated("f", date(2025, 6, 2), entities,
                  "Senin (2/6/2025), kapal motor penumpang Sinar Bahari terbakar di perairan Pulau Kelapa dengan 86 "
                  "penumpang. Api muncul dari ruang mesin; nelayan setempat menolong penumpang yang melompat ke laut "
                  "dan tiga orang hilang.")
    # The third day's report leads with its own day ...
    search = _dated("s", date(2025, 6, 4), entities,
                    "Rabu (4/6/2025), tim SAR menemukan dua dari tiga penumpang yang hilang sejak kapal motor Sinar "
                    "Bahari terbakar di perairan Pulau Kelapa dengan 86 penumpang, Senin (2/6/2025). Api muncul dari "
                    "ruang mesin.")
    # ... and four days on, with the first report out of the window, the follow-up opens with the fire's Monday.
    follow_up = _dated("u", date(2025, 6, 6), entities | {"per-nakhoda", "org-polres"},
                       "Kebakaran kapal motor Sinar Bahari pada Senin (2/6/2025) berujung pidana. Polisi menetapkan "
                       "nakhoda sebagai tersangka karena membawa bensin dalam jeriken di dek bawah dan mengabaikan "
                       "larangan syahbandar. Penyidik menyita buku pelayaran, dan pemilik kapal ikut diperiksa pekan "
                       "depan.")
    # The same day's safety meeting recalls the fire too, but leads with its own day.
    meeting = _dated("m", date(2025, 6, 6), {"loc-pulau-kelapa", "org-dishub", "org-basarnas"},
                     "Jumat (6/6/2025), Dinas Perhubungan menggelar rapat keselamatan pelayaran bersama operator kapal "
                     "rakyat. Setiap kapal wajib membawa jaket pelampung dan radio, menyusul kebakaran Sinar Bahari "
                     "Senin (2/6/2025).")
    assert follow_up.lead_days == fire.lead_days != search.lead_days
    # Report by report, the follow-up's lead disagrees with the search's and it stays below the threshold ...
    assert stories.similarity(follow_up, search) < stories.SAME_EVENT
    assigned = assign_stories([fire, search, follow_up, meeting], [], window_days=3)
    # ... but its lead names the day of the story the search belongs to.
    assert assigned["f"] == assigned["s"] == assigned["u"] != assigned["m"]


def test_reports_a_day_apart_that_each_lead_with_their_own_day_need_more_in_common() -> None:
    entities = {"per-menteri", "loc-kampar", "org-hutama-karya"}
    opening = _dated("o", date(2025, 3, 6), entities,
                     "Kamis (6/3/2025), Presiden meresmikan jalan tol Bangkinang di Kampar didampingi menteri.")
    visit = _dated("v", date(2025, 3, 7), entities,
                   "Jumat (7/3/2025), menteri meninjau bendungan di Kuansing, sehari setelah jalan tol Bangkinang "
                   "diresmikan.")
    next_day = _dated("n", date(2025, 3, 7), entities,
                      "Kemarin, Presiden meresmikan jalan tol Bangkinang di Kampar didampingi menteri.")
    plain = stories.similarity(opening, visit)
    assert opening.own_day_lead and visit.own_day_lead and not next_day.own_day_lead
    # The visit's likeness to the opening is scaled down; a next-day report of the opening is not.
    unscaled = StoryCandidate("v2", None, visit.entity_ids, visit.terms)
    assert plain == pytest.approx(stories.OWN_DAY_LEADS * stories.similarity(opening, unscaled))


def test_the_day_a_state_began_is_not_the_lead_day() -> None:
    from tasks.dates import find_date_mentions

    # The ferry stopped weeks before; this report is of the airlift two days ago, which a later paragraph dates.
    text = ("Krisis pangan di Pulau Enggano kian terasa.\n\nKMP Pulo Tello tidak berlayar sejak 3 Februari 2026 "
            "akibat pendangkalan alur.\n\nKRI Teluk Bintuni diberangkatkan Selasa (10/3/2026).")
    published = date(2026, 3, 11)
    terms = stories.event_day_terms(find_date_mentions(text, published), text, published)
    assert "^2026-02-03" not in terms and "@2026-02-03" in terms and "^2026-03-10" in terms
    english = "Flights have been suspended since February 2, 2026.\n\nThe airline resumed service on March 9, 2026."
    terms = stories.event_day_terms(find_date_mentions(english, date(2026, 3, 10)), english, date(2026, 3, 10))
    assert "^2026-02-02" not in terms and "^2026-03-09" in terms
    # Undated, a "sejak" day is still the start of a state.
    undated = "Kapal tidak berlayar sejak 3 Februari 2026.\n\nPada Rabu (11/3/2026), TNI AL mengangkut penumpang."
    assert "^2026-03-11" in stories.event_day_terms(find_date_mentions(undated, None), undated, None)
    # A flood's night "since Sunday" in Monday's report is the event's own day.
    flood = "Banjir merendam 300 rumah sejak Minggu (8/11/2026) malam.\n\nBPBD mendirikan posko Senin (9/11/2026)."
    terms = stories.event_day_terms(find_date_mentions(flood, date(2026, 11, 9)), flood, date(2026, 11, 9))
    assert "^2026-11-08" in terms
    # A clause that opens with "since" some days back, its day at the end: the state's start, not the lead's day.
    watch = ("The regulator is examining trading in the shares after the exchange suspended them.\n\nIt has been "
             "in contact with the exchange since the stock was put on its watchlist last Thursday.\n\nThe "
             "suspension took effect on Tuesday.")
    terms = stories.event_day_terms(find_date_mentions(watch, date(2026, 7, 15)), watch, date(2026, 7, 15))
    assert "^2026-07-09" not in terms and "^2026-07-14" in terms
    # ... not a "since" with its own time before the day: "sejak pekan lalu akhirnya surut pada Selasa"
    receded = "Banjir yang merendam permukiman warga sejak pekan lalu akhirnya surut pada Selasa (17/11/2026)."
    terms = stories.event_day_terms(find_date_mentions(receded, date(2026, 11, 20)), receded, date(2026, 11, 20))
    assert "^2026-11-17" in terms


def test_a_day_after_publication_in_the_lead_is_a_plan_not_the_lead_day() -> None:
    from tasks.dates import find_date_mentions

    text = ("DPRD Kota Banjarmasin bakal memanggil Pertamina menyusul kelangkaan elpiji.\n\nRapat dijadwalkan "
            "digelar Kamis (12/11/2026). Warga antre sejak Senin (9/11/2026).")
    published = date(2026, 11, 10)
    terms = stories.event_day_terms(find_date_mentions(text, published), text, published)
    assert "^2026-11-09" in terms and "^2026-11-12" not in terms and "@2026-11-12" in terms


def test_a_time_of_day_alone_is_not_the_lead_day() -> None:
    """A lone time in the lead is dated by the report's own day (no day named before it): the lead's day is the day
    the lead names, not the day the report came out."""
    from tasks.dates import find_date_mentions

    text = ("Sekitar pukul 14.30 WIB warga melihat asap hitam dari gudang itu. Kebakaran terjadi Kamis (24/9/2026) "
            "dan baru padam malam hari.\n\nPolisi memeriksa lima saksi.")
    published = date(2026, 9, 26)
    mentions = find_date_mentions(text, published)
    assert [m.surface for m in mentions] == ["pukul 14.30 WIB", "Kamis (24/9/2026)"]
    terms = stories.event_day_terms(mentions, text, published)
    assert "^2026-09-24" in terms and "^2026-09-26" not in terms and "@2026-09-26" not in terms


def test_a_story_is_joined_by_its_best_match_with_its_average_but_never_by_one_member_alone() -> None:
    """The fit to a story is the mean of the average and the best similarity to its dated members: a report of
    the event's second day that tells what the first bulletin did not (0.09 with it) and matches the fuller report
    well (0.20) belongs; one that matches a single member of three does not (the half rule against chaining)."""
    second_day = StoryCandidate("n", date(2024, 3, 5), frozenset({"loc-bandung"}), frozenset())
    assert stories._link(second_day, [(0.20, True), (0.09, True)]) >= 1.0
    assert stories._link(second_day, [(0.30, True), (0.05, True), (0.05, True)]) < 1.0
    # Below the threshold on average and at best, it is still apart.
    assert stories._link(second_day, [(0.15, True), (0.14, True)]) < 1.0
