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
