"""Copied web pages of outlets the rules were not written for (samples/blind), through the real nightly flow,
scored against their hand annotation with floors per area: a change that leaves more furniture in the body,
loses a byline or an entity, or merges two events fails here (samples/blind/README.md has the figures).

The seeds are held to every check in tests/test_seed_gold.py; these sets to floors, since a few of their
misses are conventions of the annotation (the outlet's name as "VIVA.co.id" or "VIVA") rather than faults.
Every set was blind when first scored; all have since been used to find faults (README there).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kabar.config import PROJECT_ROOT
from kabar.evaluate_pages import evaluate

BLIND = PROJECT_ROOT / "samples" / "blind"
# Per set and area, the lowest acceptable share of checks passed (measured: samples/blind/README.md).
FLOORS = {
    "set_a": {"body": 0.98, "metadata": 0.95, "entities": 0.93, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_b": {"body": 0.98, "metadata": 0.85, "entities": 0.95, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_c": {"body": 0.98, "metadata": 0.85, "entities": 0.95, "dates": 0.92, "quotes": 0.95, "stories": 0.85},
    "set_d": {"body": 0.98, "metadata": 0.9, "entities": 0.95, "dates": 0.95, "quotes": 0.95, "stories": 0.8},
    "set_e": {"body": 0.97, "metadata": 0.85, "entities": 0.93, "dates": 0.85, "quotes": 0.95, "stories": 0.9},
    "set_f": {"body": 0.97, "metadata": 0.85, "entities": 0.92, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_g": {"body": 0.97, "metadata": 0.88, "entities": 0.97, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_h": {"body": 0.95, "metadata": 0.93, "entities": 0.95, "dates": 0.93, "quotes": 0.95, "stories": 0.9},
    "set_i": {"body": 0.97, "metadata": 0.8, "entities": 0.97, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_j": {"body": 0.97, "metadata": 0.88, "entities": 0.96, "dates": 0.93, "quotes": 0.95, "stories": 0.9},
    "set_k": {"body": 0.97, "metadata": 0.9, "entities": 0.91, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_l": {"body": 0.97, "metadata": 0.95, "entities": 0.97, "dates": 0.9, "quotes": 0.95, "stories": 0.9},
    # Sports: line-ups and standings tables are body text in this gold, page furniture to Kabar (README there).
    "set_m": {"body": 0.93, "metadata": 0.88, "entities": 0.87, "dates": 0.93, "quotes": 0.95, "stories": 0.7},
    "set_n": {"body": 0.97, "metadata": 0.85, "entities": 0.9, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_o": {"body": 0.97, "metadata": 0.93, "entities": 0.95, "dates": 0.93, "quotes": 0.95, "stories": 0.9},
    "set_p": {"body": 0.97, "metadata": 0.9, "entities": 0.95, "dates": 0.9, "quotes": 0.95, "stories": 0.9},
    "set_q": {"body": 0.97, "metadata": 0.95, "entities": 0.95, "dates": 0.9, "quotes": 0.95, "stories": 0.6},
    "set_r": {"body": 0.97, "metadata": 0.9, "entities": 0.93, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_s": {"body": 0.97, "metadata": 0.9, "entities": 0.93, "dates": 0.9, "quotes": 0.95, "stories": 0.9},
    "set_t": {"body": 0.98, "metadata": 0.95, "entities": 0.88, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_u": {"body": 0.97, "metadata": 0.95, "entities": 0.9, "dates": 0.9, "quotes": 0.95, "stories": 0.9},
    "set_v": {"body": 0.98, "metadata": 0.9, "entities": 0.95, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_w": {"body": 0.98, "metadata": 0.9, "entities": 0.94, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_x": {"body": 0.98, "metadata": 0.9, "entities": 0.95, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_y": {"body": 0.98, "metadata": 0.9, "entities": 0.93, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_z": {"body": 0.95, "metadata": 0.85, "entities": 0.95, "dates": 0.95, "quotes": 0.95, "stories": 0.9},
    "set_aa": {"body": 0.95, "metadata": 0.9, "entities": 0.97, "dates": 0.95, "quotes": 0.95, "stories": 0.6},
    "set_ab": {"body": 0.98, "metadata": 0.85, "entities": 0.93, "dates": 0.88, "quotes": 0.95, "stories": 0.9},
    "set_ac": {"body": 0.98, "metadata": 0.92, "entities": 0.94, "dates": 0.92, "quotes": 0.98, "stories": 0.8},
    "set_ad": {"body": 0.98, "metadata": 0.95, "entities": 0.93, "dates": 0.95, "quotes": 0.98, "stories": 0.8},
    "set_ae": {"body": 0.97, "metadata": 0.95, "entities": 0.94, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_af": {"body": 0.98, "metadata": 0.98, "entities": 0.96, "dates": 0.95, "quotes": 0.98, "stories": 0.63},
    "set_ag": {"body": 0.98, "metadata": 0.95, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_ah": {"body": 0.98, "metadata": 0.92, "entities": 0.95, "dates": 0.95, "quotes": 0.98, "stories": 0.8},
    "set_ai": {"body": 0.97, "metadata": 0.92, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_aj": {"body": 0.97, "metadata": 0.95, "entities": 0.93, "dates": 0.86, "quotes": 0.98, "stories": 0.46},
    "set_ak": {"body": 0.94, "metadata": 0.95, "entities": 0.88, "dates": 0.88, "quotes": 0.98, "stories": 0.8},
    "set_al": {"body": 0.98, "metadata": 0.95, "entities": 0.94, "dates": 0.98, "quotes": 0.98, "stories": 0.6},
    "set_am": {"body": 0.98, "metadata": 0.98, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_an": {"body": 0.97, "metadata": 0.81, "entities": 0.9, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_ao": {"body": 0.97, "metadata": 0.84, "entities": 0.97, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_ap": {"body": 0.93, "metadata": 0.81, "entities": 0.92, "dates": 0.96, "quotes": 0.88, "stories": 0.8},
    "set_aq": {"body": 0.98, "metadata": 0.89, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_ar": {"body": 0.98, "metadata": 0.86, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_as": {"body": 0.98, "metadata": 0.95, "entities": 0.94, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_at": {"body": 0.98, "metadata": 0.92, "entities": 0.95, "dates": 0.95, "quotes": 0.98, "stories": 0.8},
    "set_au": {"body": 0.98, "metadata": 0.92, "entities": 0.94, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_av": {"body": 0.98, "metadata": 0.98, "entities": 0.96, "dates": 0.94, "quotes": 0.98, "stories": 0.8},
    "set_aw": {"body": 0.98, "metadata": 0.89, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_ax": {"body": 0.98, "metadata": 0.95, "entities": 0.94, "dates": 0.94, "quotes": 0.98, "stories": 0.8},
    "set_ay": {"body": 0.98, "metadata": 0.89, "entities": 0.96, "dates": 0.95, "quotes": 0.98, "stories": 0.47},
    "set_az": {"body": 0.98, "metadata": 0.92, "entities": 0.92, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_ba": {"body": 0.98, "metadata": 0.95, "entities": 0.95, "dates": 0.91, "quotes": 0.98, "stories": 0.8},
    "set_bb": {"body": 0.97, "metadata": 0.98, "entities": 0.97, "dates": 0.96, "quotes": 0.98, "stories": 0.8},
    "set_bc": {"body": 0.98, "metadata": 0.89, "entities": 0.93, "dates": 0.94, "quotes": 0.98, "stories": 0.8},
    "set_bd": {"body": 0.98, "metadata": 0.95, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_be": {"body": 0.97, "metadata": 0.95, "entities": 0.94, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bf": {"body": 0.96, "metadata": 0.98, "entities": 0.9, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bg": {"body": 0.98, "metadata": 0.95, "entities": 0.96, "dates": 0.95, "quotes": 0.98, "stories": 0.8},
    "set_bh": {"body": 0.98, "metadata": 0.89, "entities": 0.96, "dates": 0.94, "quotes": 0.98, "stories": 0.8},
    "set_bi": {"body": 0.98, "metadata": 0.86, "entities": 0.95, "dates": 0.9, "quotes": 0.98, "stories": 0.8},
    "set_bj": {"body": 0.98, "metadata": 0.89, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bk": {"body": 0.98, "metadata": 0.98, "entities": 0.95, "dates": 0.89, "quotes": 0.98, "stories": 0.8},
    "set_bl": {"body": 0.97, "metadata": 0.86, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bm": {"body": 0.98, "metadata": 0.95, "entities": 0.92, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bn": {"body": 0.95, "metadata": 0.89, "entities": 0.92, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bo": {"body": 0.98, "metadata": 0.95, "entities": 0.93, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bp": {"body": 0.98, "metadata": 0.95, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bq": {"body": 0.97, "metadata": 0.84, "entities": 0.94, "dates": 0.93, "quotes": 0.98, "stories": 0.8},
    "set_br": {"body": 0.96, "metadata": 0.98, "entities": 0.97, "dates": 0.95, "quotes": 0.98, "stories": 0.8},
    "set_bs": {"body": 0.97, "metadata": 0.95, "entities": 0.92, "dates": 0.9, "quotes": 0.98, "stories": 0.8},
    # Its annotator names Tempo's Indonesian and English pages "Tempo" (Kabar: Tempo.co, Tempo English).
    "set_bt": {"body": 0.98, "metadata": 0.9, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bu": {"body": 0.98, "metadata": 0.92, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bv": {"body": 0.98, "metadata": 0.92, "entities": 0.95, "dates": 0.96, "quotes": 0.98, "stories": 0.8},
    "set_bw": {"body": 0.97, "metadata": 0.89, "entities": 0.94, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bx": {"body": 0.97, "metadata": 0.98, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    # Stop 29 (set_ca is left out: its writer dated it after the day it was written, so its pages are quarantined).
    "set_by": {"body": 0.97, "metadata": 0.95, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_bz": {"body": 0.98, "metadata": 0.98, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_cb": {"body": 0.98, "metadata": 0.98, "entities": 0.93, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_cc": {"body": 0.98, "metadata": 0.86, "entities": 0.96, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_cd": {"body": 0.97, "metadata": 0.98, "entities": 0.93, "dates": 0.92, "quotes": 0.98, "stories": 0.8},
    "set_ce": {"body": 0.96, "metadata": 0.95, "entities": 0.95, "dates": 0.98, "quotes": 0.98, "stories": 0.8},
    "set_cf": {"body": 0.97, "metadata": 0.92, "entities": 0.92, "dates": 0.95, "quotes": 0.98, "stories": 0.8},
    "set_cg": {"body": 0.97, "metadata": 0.95, "entities": 0.96, "dates": 0.93, "quotes": 0.98, "stories": 0.8},
    # Its final and the national call-up it announces share the same chairman's remarks (README there).
    "set_ch": {"body": 0.95, "metadata": 0.92, "entities": 0.94, "dates": 0.94, "quotes": 0.98, "stories": 0.23},
    "set_ci": {"body": 0.97, "metadata": 0.92, "entities": 0.91, "dates": 0.93, "quotes": 0.98, "stories": 0.8},
    "set_cj": {"body": 0.97, "metadata": 0.9, "entities": 0.94, "dates": 0.91, "quotes": 0.98, "stories": 0.8},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest, prefect_harness: None, tmp_path_factory: pytest.TempPathFactory):
    from flows.nightly import NightlyParameters, nightly

    name = request.param
    folder = tmp_path_factory.mktemp(name)
    for path in (BLIND / name).iterdir():
        shutil.copy(path, folder / path.name)
    warehouse = tmp_path_factory.mktemp(f"{name}-warehouse") / "news.duckdb"
    assert nightly(NightlyParameters(input_path=str(folder), warehouse=str(warehouse))).status == "completed"
    return name, evaluate(warehouse, BLIND / name)


def test_each_area_stays_above_its_floor(scored) -> None:
    name, scores = scored
    below = {area: round(scores.areas[area].score, 3) for area, floor in FLOORS[name].items()
             if scores.areas[area].score < floor}
    assert not below, {area: scores.areas[area].misses[:5] for area in below}


def test_every_page_loads_with_a_title_and_a_publication_date(scored) -> None:
    name, scores = scored
    assert not [m for m in scores.areas["metadata"].misses if "not in the warehouse" in m
                or ": title =" in m or ": published_date =" in m], name


def test_the_evaluator_fails_a_warehouse_that_lost_the_pages(tmp_path: Path) -> None:
    """The scorer itself must be able to fail: an empty warehouse of the right schema scores zero."""
    import duckdb

    from warehouse.schema import migrate

    warehouse = tmp_path / "empty.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        migrate(con)
    scores = evaluate(warehouse, BLIND / "set_a")
    assert scores.overall == 0.0 and all(area.misses for area in scores.areas.values())
