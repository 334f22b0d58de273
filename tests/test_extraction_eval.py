"""The extraction score (token-shingle F1) and the floor Kabar's extraction must stay above on samples/web.

The floor works like trafilatura's own CI: when a change to tasks/html.py, tasks/clean.py or the boilerplate
rules makes the main text worse on the test site, this fails. Raise KABAR_FLOOR when extraction improves.
"""

from __future__ import annotations

import pytest

from kabar import evaluate_extraction
from kabar.evaluate_extraction import ExtractionScores, evaluate, render, score, shingles, tokens

# Measured on the 18 articles: Kabar 1.000 macro and micro F1, plain trafilatura 0.883 macro / 0.887 micro.
# 16 of them were the development set; the 2 written afterwards scored 0.828 (Tribun <br> text) and 0.945
# (Antara English) before the loose-text fix and the English notice rule. The floor leaves room for one page
# losing a paragraph, not for a rule that starts eating text everywhere.
KABAR_FLOOR = 0.97
TEXT = "Banjir rob kembali merendam tiga kelurahan di Semarang Utara sejak Selasa dini hari."


def test_tokens_are_lowercase_words_without_punctuation() -> None:
    assert tokens("Banjir ROB, (12/3/2024) - \"kata\" Endro.") == ["banjir", "rob", "12", "3", "2024", "kata", "endro"]


def test_shingles_are_overlapping_four_token_windows() -> None:
    assert list(shingles("a b c d e")) == [("a", "b", "c", "d"), ("b", "c", "d", "e")]
    assert shingles("a b") == {("a", "b"): 1}  # shorter than n: one shingle
    assert shingles("") == {}


def test_identical_texts_score_one_whatever_the_spacing() -> None:
    result = score(TEXT, TEXT.upper().replace(" ", "\n\n"))
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_disjoint_and_empty_texts() -> None:
    assert score("satu dua tiga empat", "lima enam tujuh delapan").f1 == 0.0
    assert score("", TEXT).f1 == 0.0 and score("", TEXT).precision == 0.0
    assert score(TEXT, "").f1 == 0.0
    assert score("", "").f1 == 1.0


def test_extra_boilerplate_lowers_precision_only() -> None:
    extra = TEXT + " Baca juga: Pompa air rusak di Kali Semarang"
    result = score(extra, TEXT)
    assert result.recall == 1.0
    gold_shingles = len(tokens(TEXT)) - 3
    predicted = len(tokens(extra)) - 3
    assert result.precision == pytest.approx(gold_shingles / predicted)
    assert result.f1 == pytest.approx(2 * result.precision / (1 + result.precision))


def test_missing_paragraph_lowers_recall_and_repeats_count_once() -> None:
    half = score(TEXT, TEXT + " " + TEXT)
    assert half.precision == 1.0 and half.recall < 0.55
    doubled = score(TEXT + " " + TEXT, TEXT)
    assert doubled.recall == 1.0 and doubled.precision < 0.55  # a shingle predicted twice matches once


@pytest.fixture(scope="module")
def scores() -> ExtractionScores:
    return evaluate()


def test_kabar_beats_plain_trafilatura_and_stays_above_the_floor(scores: ExtractionScores) -> None:
    assert len(scores.pages) >= 16
    for average in (scores.macro, scores.micro):
        assert average("kabar").f1 >= average("trafilatura").f1
        assert average("kabar").f1 >= KABAR_FLOOR, render(scores)


def test_no_outlet_falls_below_trafilatura(scores: ExtractionScores) -> None:
    for outlet in scores.outlets():
        assert scores.macro("kabar", outlet).f1 >= scores.macro("trafilatura", outlet).f1, outlet


def test_render_lists_every_outlet_and_both_systems(scores: ExtractionScores) -> None:
    text = render(scores)
    assert all(outlet in text for outlet in scores.outlets())
    assert "all (macro)" in text and "all (micro)" in text and "trafilatura" in text


def test_module_runs_as_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_extraction.main([]) == 0
    assert "token-shingle F1, n = 4" in capsys.readouterr().out


# The held-out pages were written by someone who had not seen Kabar's rules, and the rules were not tuned
# on them afterwards: this is the figure to believe. Measured 0.984 (trafilatura 0.925) when they arrived.
HOLDOUT_FLOOR = 0.97


def test_on_held_out_pages_kabar_beats_trafilatura_and_stays_above_the_floor() -> None:
    held_out = evaluate(evaluate_extraction.SITE_ROOT.parent / "web_holdout")
    assert len(held_out.pages) == 16 and len(held_out.outlets()) == 8
    for average in (held_out.macro, held_out.micro):
        assert average("kabar").f1 >= average("trafilatura").f1, render(held_out)
        assert average("kabar").f1 >= HOLDOUT_FLOOR, render(held_out)
