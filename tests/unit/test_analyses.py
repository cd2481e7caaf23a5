"""core/analyses without QGIS: the parts of the report analyses worked out by hand."""
import numpy as np
import pytest


def test_pressure_duration_needs_enough_years():
    from leefbaarometer.core.analyses.pressure import PressureRules
    from leefbaarometer.core.analyses.pressure import pressure
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    data = ScoreData(n=1, values={("afw", 2024): np.array([-0.3]), ("afw", 2022): np.array([-0.3])})
    with pytest.raises(LbmInputError, match="duration needs 3 measurements"):
        pressure(data, load_release(), [2022, 2024], np.empty((0, 2), dtype=np.int64), np.ones(1), PressureRules())


def test_driver_of_a_riser():
    from leefbaarometer.core.analyses.risers_fallers import risers_fallers
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    dims0 = {"fys": 0.0, "onv": -0.1, "soc": -0.05, "vrz": 0.0, "won": -0.05}  # afw −0.2: zwak
    dims1 = {"fys": 0.0, "onv": 0.05, "soc": -0.05, "vrz": 0.0, "won": 0.0}  # afw 0.0: ruim voldoende
    values = {("afw", 2022): np.array([-0.2]), ("afw", 2024): np.array([0.0])}
    for d in dims0:
        values[(d, 2022)], values[(d, 2024)] = np.array([dims0[d]]), np.array([dims1[d]])
    r = risers_fallers(ScoreData(n=1, values=values), load_release(), 2022, 2024)
    assert r["label"].tolist() == ["stijger"] and r["driver"].tolist() == ["onv"]
    assert r["driver_share"][0] == pytest.approx(0.15 / 0.2)


def test_spatial_transitions_by_neighbourhood():
    from leefbaarometer.core.analyses.trajectories import neighbourhood_group
    from leefbaarometer.core.neighbours import grid_pairs

    ids = np.array(["E0N0", "E1N0", "E2N0", "E3N0"], dtype=object)
    k = np.array([2, 2, 8, 8])
    # neighbours' mean class at the start: 2, (2+8)/2 = 5, (2+8)/2 = 5, 8
    assert neighbourhood_group(k, grid_pairs(ids, 4), 4).tolist() == ["laag", "midden", "midden", "hoog"]


def test_fdr_threshold_by_hand():
    from leefbaarometer.core.analyses.hotspots import fdr_threshold
    from leefbaarometer.core.analyses.hotspots import hotspot_labels

    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216])
    # Benjamini–Hochberg at 0.05: largest p(k) <= 0.05·k/10 is p(2) = 0.008 (p(3) = 0.039 > 0.015)
    assert fdr_threshold(p, 0.05) == 0.008
    z = np.ones(10)
    assert (hotspot_labels(z, p, 0.05, fdr=True) == "hot").sum() == 2
    assert (hotspot_labels(z, p, 0.05, fdr=False) == "hot").sum() == 5


def test_spot_change_is_none_where_a_year_has_no_label():
    """A unit without a score in the first or last year (no label) has no spot change: None, not 'geen'."""
    from leefbaarometer.core.analyses.hotspots import hotspot_change

    first = np.array(["hot", "ns", None, "cold", None], dtype=object)
    last = np.array(["hot", "hot", "hot", None, None], dtype=object)
    z = np.array([2.0, 0.5, np.nan, -2.0, np.nan])
    out = hotspot_change(first, last, z, np.array([2.1, 2.5, 2.2, np.nan, np.nan]))
    assert out.tolist() == ["blijvend", "nieuw", None, None, None]


def test_check_of_totals_counts_only_units_with_scores():
    from leefbaarometer.core.scoredata import ScoreData
    from leefbaarometer.core.scoring import check_totals

    nan = np.nan
    data = ScoreData(n=4, values={("afw", 2022): np.array([0.1, 0.2, nan, 0.0]),
                                  ("lbm", 2022): np.array([4.20226485114, 4.0, nan, nan])})
    check = check_totals(data, 4.10226485114)
    assert check.flags[2022].tolist() == [False, True, False, False] and check.checked[2022] == 2


# --- helpers of the tests below: small layers of units, worked out by hand ------------------------------------

C = 4.10226485114
# Total-score classes of afw with the shipped release (cut-points −0.4318 −0.3541 −0.279 −0.1636 −0.1033 0.0102 0.0896
# 0.168): −0.5 → 1, −0.3 → 3, −0.2 → 4, −0.12 → 5, 0.0 → 6, 0.1 → 8, 0.2 → 9.


def _data(afw_by_year, dims=None):
    """ScoreData from {year: afw per unit} (and {(dimension, year): values})."""
    from leefbaarometer.core.scoredata import ScoreData

    values = {("afw", y): np.asarray(v, dtype=float) for y, v in afw_by_year.items()}
    values.update({k: np.asarray(v, dtype=float) for k, v in (dims or {}).items()})
    return ScoreData(n=len(next(iter(afw_by_year.values()))), values=values)


def _release():
    from leefbaarometer.core.release import load_release

    return load_release()


# --- common.py ---------------------------------------------------------------------------------------------

def test_common_idioms_by_hand():
    from leefbaarometer.core.analyses.common import criteria_text
    from leefbaarometer.core.analyses.common import group_sets
    from leefbaarometer.core.analyses.common import mean_of
    from leefbaarometer.core.analyses.common import measure_values
    from leefbaarometer.core.analyses.common import require_years
    from leefbaarometer.core.analyses.common import weakest_dimension
    from leefbaarometer.core.analyses.common import weights_or_ones
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.scoredata import ScoreData

    nan = np.nan
    assert weights_or_ones(None, 3).tolist() == [1, 1, 1] and weights_or_ones([2, nan, 0], 3).tolist() == [2, 0, 0]
    sets = group_sets(["b", None, "a", "b"], 4)
    assert [(g, s.tolist()) for g, s in sets] == [("alle", [True] * 4), ("a", [False, False, True, False]),
                                                  ("b", [True, False, False, True])]
    assert [g for g, _ in group_sets(None, 2)] == ["alle"]
    assert mean_of([1, 2, nan, 4], [1, 3, 5, 0]) == pytest.approx((1 + 6) / 4)  # NaN and weight 0 count nothing
    assert mean_of([1, 2, nan, 4], [1, 3, 5, 1], [False, True, True, True]) == pytest.approx((6 + 4) / 4)
    assert np.isnan(mean_of([nan, nan], [1, 1]))
    data = ScoreData(n=2, values={("lbm", 2024): np.array([4.0, 4.2]), ("onv", 2024): np.array([0.1, -0.1])})
    assert measure_values(data, _release(), "afw", 2024) == pytest.approx([4.0 - C, 4.2 - C])
    assert measure_values(data, _release(), "onv", 2024).tolist() == [0.1, -0.1]
    assert measure_values(data, _release(), "fys", 2024) is None
    assert weakest_dimension([[0.1, -0.2, nan, 0.0, 0.3], [nan] * 5, [0, 0, 0, 0, -1]]).tolist() == ["onv", "fys", "won"]
    assert criteria_text(a=1, b="x") == "a=1; b=x"
    with pytest.raises(LbmInputError, match=r"year\(s\) 2020 not in the layer; it has 2024"):
        require_years(data, 2020, 2024)


def test_unit_classes_and_class_groups_by_hand():
    from leefbaarometer.core.classify import class_totals
    from leefbaarometer.core.classify import group_totals
    from leefbaarometer.core.classify import unit_classes
    from leefbaarometer.core.scoredata import ScoreData

    r = _release()
    computed = _data({2024: [-0.5, -0.3, -0.2, -0.12, 0.0, 0.1, 0.2, np.nan]})
    assert unit_classes(computed, r, 2024).tolist() == [1, 3, 4, 5, 6, 8, 9, 0]
    # The unit's own kscore wins over its afw (the official class); a NULL kscore is no class.
    official = ScoreData(n=3, values={("afw", 2024): np.array([-0.5, 0.0, 0.1]), ("kscore", 2024): np.array([2, 7, np.nan])})
    assert unit_classes(official, r, 2024).tolist() == [2, 7, 0]
    per = class_totals([1, 3, 4, 5, 6, 8, 9, 0], [1, 2, 3, 4, 5, 6, 7, 100])
    assert per.tolist() == [100, 1, 0, 2, 3, 4, 5, 0, 6, 7]
    assert {k: float(v) for k, v in group_totals(per).items()} == {"w13": 3, "w4": 3, "w56": 9, "w79": 13}
    zones = group_totals(np.array([per, per * 2]))
    assert zones["w56"].tolist() == [9, 18]


# --- summary.py ---------------------------------------------------------------------------------------------

def test_summary_by_hand():
    """Four units in two groups; households 10, 20, 30, 40. Classes 2022: 1, 4, 6, 8; 2024: 3, 4, 8, none."""
    from leefbaarometer.core.analyses.summary import summary

    data = _data({2022: [-0.5, -0.2, 0.0, 0.1], 2024: [-0.3, -0.2, 0.1, np.nan]})
    df = summary(data, _release(), [2022, 2024], {"hh": np.array([10.0, 20, 30, 40])}, ["A", "A", "B", "B"])
    rows = df.set_index(["groep", "jaar"])
    alle24, alle22, b24 = rows.loc[("alle", 2024)], rows.loc[("alle", 2022)], rows.loc[("B", 2024)]
    assert list(df.groep) == ["alle", "alle", "A", "A", "B", "B"]
    assert alle24.eenheden == 4 and alle24.hh_totaal == 60  # the unit without a score in 2024 has no class
    assert [alle24[f"hh_k{c}"] for c in range(1, 10)] == [0, 0, 10, 20, 0, 0, 0, 30, 0]
    assert (alle24.hh_w13, alle24.hh_w4, alle24.hh_w56, alle24.hh_w79) == (10, 20, 0, 30)
    assert (alle22.hh_w13, alle22.hh_w4, alle22.hh_w56, alle22.hh_w79) == (10, 20, 30, 40)
    assert alle24.afw_gem == pytest.approx((10 * -0.3 + 20 * -0.2 + 30 * 0.1) / 60)
    assert alle24.lbm_gem == pytest.approx(alle24.afw_gem + C)
    assert (alle24.hh_w56_verschil, alle24.hh_w79_verschil) == (-30, -10) and np.isnan(alle22.hh_w56_verschil)
    assert b24.eenheden == 2 and b24.hh_totaal == 30 and b24.afw_gem == pytest.approx(0.1)
    assert "fys_gem" not in df.columns  # no dimension scores in this layer
    unweighted = summary(data, _release(), [2024], {})
    assert unweighted.eenheden_totaal.tolist() == [3] and unweighted.afw_gem.iloc[0] == pytest.approx(-0.4 / 3)


# --- risers_fallers.py ----------------------------------------------------------------------------------------

def test_risers_fallers_by_hand():
    from leefbaarometer.core.analyses.risers_fallers import RiserRules
    from leefbaarometer.core.analyses.risers_fallers import counts_per_zone
    from leefbaarometer.core.analyses.risers_fallers import risers_fallers

    #          3→4 rises  4→3 falls  6→5 slides  5→6 (start 5)  1→1     none→6   4→4, +0.06 in afw
    before = [-0.30, -0.20, 0.00, -0.12, -0.50, np.nan, -0.27]
    after = [-0.20, -0.30, -0.12, 0.00, -0.50, 0.00, -0.21]
    data, r = _data({2022: before, 2024: after}), _release()
    out = risers_fallers(data, r, 2022, 2024)
    assert out["label"].tolist() == ["stijger", "daler", "afglijder", None, None, None, None]
    assert out["k_start"].tolist() == [3, 4, 6, 5, 1, 0, 4] and out["k_end"].tolist() == [4, 3, 5, 6, 1, 6, 4]
    assert out["dafw"][:3] == pytest.approx([0.1, -0.1, -0.12])
    by_score = risers_fallers(data, r, 2022, 2024, rules=RiserRules(by="score", score_delta=0.05))
    assert by_score["label"].tolist() == ["stijger", "daler", "afglijder", None, None, None, "stijger"]
    heavy = risers_fallers(data, r, 2022, 2024, weights=[5, 50, 50, 50, 50, 50, 50], rules=RiserRules(min_weight=10))
    assert heavy["label"].tolist() == [None, "daler", "afglijder", None, None, None, None]
    wide = risers_fallers(data, r, 2022, 2024, rules=RiserRules(start_max_class=6, slide_min_class=7))
    assert wide["label"].tolist()[:4] == ["stijger", "daler", "daler", "stijger"]
    table = counts_per_zone(out["label"], ["Z1", "Z1", "Z2", "Z2", None, "Z1", "Z1"], {"hh": [1, 2, 3, 4, 5, 6, 7]})
    assert table.to_dict("records") == [{"zone": "Z1", "label": "daler", "eenheden": 1, "hh": 2.0},
                                        {"zone": "Z1", "label": "stijger", "eenheden": 1, "hh": 1.0},
                                        {"zone": "Z2", "label": "afglijder", "eenheden": 1, "hh": 3.0}]


# --- pressure.py -----------------------------------------------------------------------------------------------

def test_pressure_clusters_by_hand():
    """Five cells in a row. Cells 0 and 1 class 3 in all four years (60 + 50 dwellings); cell 2 class 6; cells 3 and 4
    class 3 in the last three years only (30 + 20 dwellings)."""
    from leefbaarometer.core.analyses.pressure import PressureRules
    from leefbaarometer.core.analyses.pressure import pressure
    from leefbaarometer.core.neighbours import grid_pairs

    years = [2018, 2020, 2022, 2024]
    afw = {2018: [-0.30, -0.29, 0.0, 0.0, 0.0], 2020: [-0.30, -0.29, 0.0, -0.30, -0.32],
           2022: [-0.31, -0.30, 0.0, -0.30, -0.30], 2024: [-0.30, -0.28, 0.0, -0.30, -0.30]}
    dims = {(d, 2024): [v] * 5 for d, v in zip(("fys", "onv", "soc", "vrz", "won"), (-0.05, -0.2, 0.0, 0.0, -0.05))}
    dims[("soc", 2024)] = [0.0, 0.0, 0.0, -0.25, -0.25]  # the second cluster is weakest on cohesion
    data = _data(afw, dims)
    pairs = grid_pairs(np.array(["E0N0", "E1N0", "E2N0", "E3N0", "E4N0"], dtype=object), 4)
    dwellings = np.array([60.0, 50, 1, 30, 20])
    labels, table = pressure(data, _release(), years, pairs, dwellings)
    assert labels.tolist() == [0, 0, -1, -1, -1]  # the second cluster has 50 dwellings, fewer than 100
    row = table.iloc[0]
    assert (row.cluster, row.eenheden, row.gewicht, row.k_laatst) == (1, 2, 110.0, 3)
    assert row.afw_laatst == pytest.approx((60 * -0.30 + 50 * -0.28) / 110)
    assert (row.metingen_onder_druk, row.aaneengesloten_tot_laatst, row.zwakste_dimensie) == (4, 4, "onv")
    labels, table = pressure(data, _release(), years, pairs, dwellings, PressureRules(min_weight=40))
    assert labels.tolist() == [0, 0, -1, 1, 1]
    second = table.iloc[1]
    assert (second.eenheden, second.gewicht, second.metingen_onder_druk, second.aaneengesloten_tot_laatst) == (2, 50, 3, 3)
    assert second.zwakste_dimensie == "soc"
    # Duration: in at least 4 of the last 4, only the first cluster qualifies.
    labels, _ = pressure(data, _release(), years, pairs, dwellings, PressureRules(min_years=4, min_weight=40))
    assert labels.tolist() == [0, 0, -1, -1, -1]


# --- trajectories.py --------------------------------------------------------------------------------------------

def test_trajectory_labels_by_hand():
    from leefbaarometer.core.analyses.trajectories import TrajectoryRules
    from leefbaarometer.core.analyses.trajectories import trajectories

    value = {1: -0.5, 2: -0.4, 3: -0.3, 4: -0.2, 5: -0.12, 6: 0.0, 7: 0.05, 8: 0.1, 9: 0.2, 0: np.nan}
    paths = [(3, 3, 3, 3), (3, 4, 4, 3), (5, 5, 4, 3), (2, 4, 5, 6), (7, 6, 5, 5), (5, 6, 7, 7), (6, 6, 5, 6),
             (0, 5, 5, 5), (3, 4, 3, 3)]
    years = [2018, 2020, 2022, 2024]
    data = _data({y: [value[p[t]] for p in paths] for t, y in enumerate(years)})
    path, label, k = trajectories(data, _release(), years)
    assert path.tolist()[:2] == ["3-3-3-3", "3-4-4-3"] and path[7] == "?-5-5-5"
    assert label.tolist() == ["persistent laag", "wisselend laag", "nieuw laag", "herstellend", "dalend", "stijgend",
                              "stabiel", None, "wisselend laag"]
    _, label, _ = trajectories(data, _release(), years, TrajectoryRules(persist_min=3, persist_last=4))
    assert label[8] == "persistent laag" and label[1] == "wisselend laag"  # 3 of 4 low, against 2 of 4
    _, label, _ = trajectories(data, _release(), years, TrajectoryRules(steps=3))
    assert label[4] == "stabiel" and label[5] == "stabiel"  # 7 → 5 and 5 → 7 are two steps


def test_transition_matrices_by_hand():
    from leefbaarometer.core.analyses.trajectories import consecutive
    from leefbaarometer.core.analyses.trajectories import matrix_table
    from leefbaarometer.core.analyses.trajectories import transition_matrix

    k = np.array([[3, 4, 4], [3, 3, 5], [6, 0, 6]])
    f, to, w = consecutive(k, np.array([1.0, 2, 3]))
    assert f.tolist() == [3, 3, 6, 4, 3, 0] and to.tolist() == [4, 3, 0, 4, 5, 6] and w.tolist() == [1, 2, 3, 1, 2, 3]
    counts, share = transition_matrix(f, to, w)
    assert counts[2, 3] == 1 and counts[2, 2] == 1 and counts[3, 3] == 1 and counts[2, 4] == 1 and counts.sum() == 4
    assert share[2, 4] == pytest.approx(2 / 6)  # weights 1 + 2 + 1 + 2 of the steps with a class at both ends
    table = matrix_table(k[:, 0], k[:, -1], np.array([1.0, 2, 3]), ["a", "b", "b"])
    assert table.to_dict("records") == [
        {"groep": "alle", "van": 3, "naar": 4, "eenheden": 1, "aandeel_gewicht": pytest.approx(1 / 6)},
        {"groep": "alle", "van": 3, "naar": 5, "eenheden": 1, "aandeel_gewicht": pytest.approx(2 / 6)},
        {"groep": "alle", "van": 6, "naar": 6, "eenheden": 1, "aandeel_gewicht": pytest.approx(3 / 6)},
        {"groep": "a", "van": 3, "naar": 4, "eenheden": 1, "aandeel_gewicht": 1.0},
        {"groep": "b", "van": 3, "naar": 5, "eenheden": 1, "aandeel_gewicht": pytest.approx(2 / 5)},
        {"groep": "b", "van": 6, "naar": 6, "eenheden": 1, "aandeel_gewicht": pytest.approx(3 / 5)}]


def test_spatial_markov_q_against_a_second_implementation():
    """Q = Σ_r Σ_i Σ_j n_i(r) (p_ij(r) − p_ij)² / p_ij and its degrees of freedom, written again with plain loops."""
    from leefbaarometer.core.analyses.trajectories import spatial_markov_q
    from leefbaarometer.core.stats import chi2_sf

    rng = np.random.default_rng(3)
    n = 3000
    k_from = rng.integers(1, 10, n)
    regimes = np.array(rng.choice(["laag", "midden", "hoog"], n), dtype=object)
    drift = np.where(regimes == "laag", -1, np.where(regimes == "hoog", 1, 0))
    k_to = np.clip(k_from + drift * (rng.random(n) < 0.3) + rng.integers(-1, 2, n) * (rng.random(n) < 0.2), 1, 9)
    names = sorted(set(regimes))
    pooled = {}
    per = {r: {} for r in names}
    for a, b, r in zip(k_from.tolist(), k_to.tolist(), regimes.tolist()):
        pooled[(a, b)] = pooled.get((a, b), 0) + 1
        per[r][(a, b)] = per[r].get((a, b), 0) + 1
    row = {i: sum(v for (a, _), v in pooled.items() if a == i) for i in range(1, 10)}
    q, dof = 0.0, 0
    for i in range(1, 10):
        reached = [j for j in range(1, 10) if pooled.get((i, j), 0) > 0]
        present = [r for r in names if sum(v for (a, _), v in per[r].items() if a == i) > 0]
        if reached and present:
            dof += (len(present) - 1) * (len(reached) - 1)
        for r in present:
            n_i = sum(v for (a, _), v in per[r].items() if a == i)
            for j in reached:
                p = pooled[(i, j)] / row[i]
                q += n_i * (per[r].get((i, j), 0) / n_i - p) ** 2 / p
    got = spatial_markov_q(k_from, k_to, regimes)
    assert got[0] == pytest.approx(q, rel=1e-12) and got[1] == dof and got[2] == pytest.approx(chi2_sf(q, dof))
    assert got[2] < 1e-6  # the drift by regime is found


# --- class_profile.py ---------------------------------------------------------------------------------------------

def test_class_profile_by_hand():
    from leefbaarometer.core.analyses.class_profile import class_profile

    k = np.array([1, 2, 3, 7, 8, 9, 5, 0])
    afw = np.array([-0.5, -0.4, -0.3, 0.05, 0.1, 0.2, -0.12, np.nan])
    indicator = np.array([30.0, 20, 10, 6, 4, 2, np.nan, 99])
    w = np.array([1.0, 1, 2, 1, 1, 2, 1, 1])
    table, overall = class_profile(k, afw, indicator, w)
    rows = table.set_index("klasse")
    assert rows.loc["w13", "indicator_gem"] == pytest.approx((30 + 20 + 2 * 10) / 4)  # 17.5
    assert rows.loc["w79", "indicator_gem"] == pytest.approx((6 + 4 + 2 * 2) / 4)  # 3.5
    assert (rows.loc["w56", "eenheden"], np.isnan(rows.loc["w56", "indicator_gem"])) == (0, True)  # class 5 has no value
    assert rows.loc["k3", "gewicht"] == 2 and rows.loc["k8", "indicator_gem"] == 4
    assert overall.verhouding_13_79.iloc[0] == pytest.approx(17.5 / 3.5)
    assert overall.spearman_afw.iloc[0] == pytest.approx(-1.0)  # the indicator falls wherever afw rises
    _, per_group = class_profile(k, afw, indicator, w, ["a", "a", "a", "b", "b", "b", "a", "b"])
    assert per_group.groep.tolist() == ["alle", "a", "b"] and np.isnan(per_group.verhouding_13_79.iloc[1])


# --- zones.py -----------------------------------------------------------------------------------------------------

def test_zones_against_the_rest_by_hand():
    from leefbaarometer.core.analyses.zones import compare_zones

    where = np.array(["zone", "zone", "ring", "rest", "rest"], dtype=object)
    data = _data({2020: [-0.2, -0.1, 0.0, 0.1, 0.3], 2024: [-0.1, 0.1, 0.0, 0.1, 0.1]})
    df = compare_zones(data, _release(), [2020, 2024], where, [1, 3, 1, 1, 1])
    first, last = df.iloc[0], df.iloc[1]
    assert (first.jaar, first.maat, last.jaar) == (2020, "afw", 2024) and len(df) == 2  # no dimension scores
    assert first.zone == pytest.approx((-0.2 - 0.3) / 4) and first.rest == pytest.approx(0.2) and first.ring == 0
    assert first.zone_min_rest == pytest.approx(-0.125 - 0.2) and last.zone_min_rest == pytest.approx(0.05 - 0.1)
    assert last.trend_zone_min_rest == pytest.approx((0.05 - 0.1) - (-0.125 - 0.2))
    assert last.trend_ring_min_rest == pytest.approx((0 - 0.1) - (0 - 0.2))


# --- hotspots.py ----------------------------------------------------------------------------------------------------

def test_getis_ord_against_the_formula():
    """z_i = (Σ_j∈N(i)∪{i} x_j − x̄ W_i) / (S √((n W_i − W_i²)/(n − 1))), written again per unit; NaN units are out."""
    from leefbaarometer.core.analyses.hotspots import getis_ord
    from leefbaarometer.core.neighbours import grid_pairs

    ids = np.array([f"E{i}N{j}" for j in range(4) for i in range(5)], dtype=object)
    x = np.array([0.3, 0.25, 0.2, 0.0, -0.1, 0.28, 0.22, 0.1, -0.05, -0.2, 0.05, 0.0, -0.1, -0.3, -0.35,
                  np.nan, -0.1, -0.2, -0.3, -0.4])
    pairs = grid_pairs(ids, 8)
    z, p = getis_ord(x, pairs, permutations=0)
    ok = np.isfinite(x)
    v = x[ok]
    n, mean, s = len(v), v.mean(), v.std()
    index = {u: k for k, u in enumerate(np.flatnonzero(ok))}
    for i in np.flatnonzero(ok):
        members = [i] + [j for a, j in pairs.tolist() if a == i and ok[j]]
        w = len(members)
        want = (x[members].sum() - mean * w) / (s * np.sqrt((n * w - w * w) / (n - 1)))
        assert z[i] == pytest.approx(want, rel=1e-12), (i, index[i])
    assert np.isnan(z[15]) and np.isnan(p).all()  # no permutations: no p-values
    z, p = getis_ord(x, pairs, permutations=199, seed=1)
    assert np.isnan(p[15]) and ((p[ok] > 0) & (p[ok] <= 1)).all()
    assert p[0] < 0.05 and z[0] > 2  # the corner of high scores is a hot spot
    assert (getis_ord(x, pairs, permutations=199, seed=1)[1][ok] == p[ok]).all()  # seeded: it repeats


def test_hotspot_defaults_come_from_the_rules():
    from leefbaarometer.core.analyses.hotspots import HotspotRules
    from leefbaarometer.core.analyses.hotspots import hotspot_change
    from leefbaarometer.core.analyses.hotspots import hotspot_labels

    z, p = np.array([2.5, -2.5, 2.5, 0.1]), np.array([0.04, 0.01, 0.06, 0.5])
    assert hotspot_labels(z, p).tolist() == ["hot", "cold", "ns", "ns"]
    assert hotspot_labels(z, p).tolist() == hotspot_labels(z, p, HotspotRules().alpha).tolist()
    before, after = np.array(["hot", "hot", "cold", "ns"], dtype=object), np.array(["hot", "hot", "hot", "cold"], dtype=object)
    out = hotspot_change(before, after, np.array([2.0, 3.5, -2.0, 0.0]), np.array([3.0, 2.0, 2.0, -2.0]))
    assert out.tolist() == ["versterkt", "afnemend", "omgeslagen", "nieuw"]  # |z| up or down by ≥ 1 (intensify)


# --- early_warning.py ----------------------------------------------------------------------------------------------

def test_early_warning_by_hand():
    """A row of cells. Cell 1 is class 5 just above its lower boundary (−0.1636): margin 0.0036, very near; its
    neighbours average −0.3, far lower: level 1 + 1 + 1 = hoog. Cell 3: class 6, margin 0.0133 (near, not very near),
    its own afw fell 0.06, its neighbours average −0.075 (higher): midden. Cells 4 (class 8) and 5 (class 6) lie far
    above their boundaries: geen. Cells 0 and 2: class 3, n.v.t.; cell 6 has no score: geen score."""
    from leefbaarometer.core.analyses.early_warning import WarningRules
    from leefbaarometer.core.analyses.early_warning import early_warning
    from leefbaarometer.core.neighbours import grid_pairs

    before = [-0.30, -0.16, -0.30, -0.03, 0.15, 0.0, 0.0]
    after = [-0.30, -0.16, -0.30, -0.09, 0.15, 0.005, np.nan]
    data = _data({2022: before, 2024: after})
    pairs = grid_pairs(np.array([f"E{i}N0" for i in range(7)], dtype=object), 4)
    w = early_warning(data, _release(), [2022, 2024], pairs)
    assert w["risico"].tolist() == [-1, 3, -1, 2, 0, 0, -2]
    assert w["marge"][1] == pytest.approx(-0.16 + 0.1636) and w["marge"][3] == pytest.approx(-0.09 + 0.1033)
    assert np.isnan(w["marge"][0]) and w["trend_years"] == (2022, 2024)
    assert w["redenen"][1] == "zeer dicht bij ondergrens (marge 0.004); buren lager"
    assert w["redenen"][3] == "dicht bij ondergrens (marge 0.013); dalende score"
    assert w["redenen"][4] is None and w["buren"].tolist() == [True] * 7
    strict = early_warning(data, _release(), [2022, 2024], pairs, WarningRules(near=0.01, very_near=0.001))
    assert strict["risico"].tolist() == [-1, 2, -1, 0, 0, 0, -2]  # 0.0036 stays near (not very near); 0.0133 not


def test_back_test_against_a_second_implementation():
    """The back-test's table recounted with plain Python: warning from the data up to 2022, judged on 2022 → 2024."""
    from leefbaarometer.core.analyses.early_warning import back_test
    from leefbaarometer.core.analyses.early_warning import early_warning
    from leefbaarometer.core.neighbours import grid_pairs

    rng = np.random.default_rng(5)
    n = 600
    base = rng.uniform(-0.25, 0.2, n)
    years = [2018, 2020, 2022, 2024]
    data = _data({y: base + rng.normal(0, 0.03, n) * t for t, y in enumerate(years)})
    ids = np.array([f"E{i % 30}N{i // 30}" for i in range(n)], dtype=object)
    pairs = grid_pairs(ids, 8)
    table, summary = back_test(data, _release(), years, pairs)
    r = _release()
    risk = early_warning(data, r, years[:3], pairs)["risico"].tolist()
    k0, k1 = r.total_class(data.afw(2022, C)).tolist(), r.total_class(data.afw(2024, C)).tolist()
    judged = [i for i in range(n) if risk[i] >= 0 and k1[i] > 0]
    rate = {}
    for name, levels in (("geen", {0}), ("laag", {1}), ("midden", {2}), ("hoog", {3}), ("gewaarschuwd", {1, 2, 3})):
        units = [i for i in judged if risk[i] in levels]
        fell = sum(1 for i in units if k1[i] < k0[i])
        rate[name] = fell / len(units)
        row = table.set_index("groep").loc[name]
        assert (row.eenheden, row.klasse_gedaald) == (len(units), fell)
        assert row.kans_daling == pytest.approx(rate[name]) and row.aandeel == pytest.approx(len(units) / len(judged))
    assert summary["lift"] == pytest.approx(rate["gewaarschuwd"] / rate["geen"]) and summary["units"] == len(judged)
    assert (summary["year"], summary["end"]) == (2022, 2024) and rate["gewaarschuwd"] > rate["geen"]
