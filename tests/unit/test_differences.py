"""core/analyses/differences.py without QGIS: a small case worked out by hand (every pattern, a unit missing a year, a
unit in no zone), and random zones checked against a second, simple computation written here (a loop per zone)."""
import numpy as np
import pandas as pd
import pytest

from ..helpers import CUTS
from ..helpers import assert_same_differences
from ..helpers import differences_by_hand

# Units of zones A–F and one in no zone: (zone, afw 2014, afw 2022). Classes in 2014 by the release's cut-points
# (−0.4318, −0.3541, −0.2790, −0.1636, −0.1033, 0.0102, 0.0896, 0.1680): −0.40 → 2, −0.30 → 3, −0.15 → 5,
# 0.05 → 7, 0.10 → 8.
UNITS = [
    ("A", -0.30, -0.35), ("A", -0.40, -0.38), ("A", 0.05, 0.06), ("A", 0.10, 0.12), ("A", -0.15, -0.10),
    ("B", -0.30, -0.28), ("B", 0.05, 0.10),
    ("C", -0.30, -0.20), ("C", 0.05, 0.06),
    ("D", 0.05, 0.00),
    ("E", -0.30, -0.20),
    ("F", -0.30, np.nan),
    (None, -0.40, -0.45),
]


def run(units=UNITS, weights=None, rules=None):
    from leefbaarometer.core.analyses.differences import differences
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    zones = [u[0] for u in units]
    data = ScoreData(n=len(units), values={("afw", 2014): np.array([u[1] for u in units]),
                                           ("afw", 2022): np.array([u[2] for u in units])})
    return differences(data, load_release(), 2014, 2022, zones, weights, rules).set_index("zone")


def test_every_pattern_by_hand():
    t = run()
    assert t.index.tolist() == ["NL", "A", "B", "C", "D", "E", "F"]
    a = t.loc["A"]
    # weak: −0.30, −0.40 → −0.35, −0.38: means −0.35 and −0.365; strong: 0.05, 0.10 → 0.06, 0.12: 0.075 and 0.09
    assert (a.n_units, a.n_missing, a.n_weak, a.n_strong) == (5, 0, 2, 2)
    assert (a.weak_2014, a.weak_2022, a.strong_2014, a.strong_2022) == pytest.approx((-0.35, -0.365, 0.075, 0.09))
    assert (a.gap_2014, a.gap_2022, a.dgap) == pytest.approx((0.425, 0.455, 0.03))
    assert a.pattern == "zwak daalt"
    # all five in 2014: mean −0.14, squared deviations sum to 0.187, /5 = 0.0374; p10 −0.40, p90 0.10
    assert a.sd_2014 == pytest.approx(0.0374 ** 0.5)
    assert a.p90p10_2014 == pytest.approx(0.50)
    # 2022: −0.35 −0.38 0.06 0.12 −0.10, mean −0.13; squares .0484 .0625 .0361 .0625 .0009 = .2104
    assert a.sd_2022 == pytest.approx((0.2104 / 5) ** 0.5)
    assert a.p90p10_2022 == pytest.approx(0.12 + 0.38)
    b = t.loc["B"]  # gap 0.35 → 0.38, the weak unit rose 0.02
    assert (b.dgap, b.pattern) == (pytest.approx(0.03), "zwak stijgt minder")
    c = t.loc["C"]  # gap 0.35 → 0.26
    assert (c.dgap, c.pattern) == (pytest.approx(-0.09), "verschil kleiner")
    d = t.loc["D"]
    assert (d.n_weak, d.n_strong, d.pattern) == (0, 1, "geen zwakke eenheden")
    assert np.isnan(d.weak_2014) and np.isnan(d.gap_2014) and np.isnan(d.dgap) and d.strong_2022 == pytest.approx(0.0)
    e = t.loc["E"]
    assert (e.n_weak, e.n_strong, e.pattern) == (1, 0, "geen sterke eenheden")
    assert e.weak_2022 == pytest.approx(-0.20) and np.isnan(e.gap_2022)
    f = t.loc["F"]  # its only unit lacks 2022: left out everywhere, counted
    assert (f.n_units, f.n_missing, f.n_weak) == (0, 1, 0) and f.pattern is None and np.isnan(f.sd_2014)
    nl = t.loc["NL"]  # every unit, also the one in no zone; F's unit is missing
    assert (nl.n_units, nl.n_missing, nl.n_weak, nl.n_strong) == (12, 1, 6, 5)
    weak0 = [-0.30, -0.40, -0.30, -0.30, -0.30, -0.40]
    weak1 = [-0.35, -0.38, -0.28, -0.20, -0.20, -0.45]
    strong0, strong1 = [0.05, 0.10, 0.05, 0.05, 0.05], [0.06, 0.12, 0.10, 0.06, 0.00]
    assert nl.dgap == pytest.approx((np.mean(strong1) - np.mean(weak1)) - (np.mean(strong0) - np.mean(weak0)))


def test_weights_and_zero_weights():
    """Weighted means and spread; a unit of weight 0 counts nowhere (as in core/stats)."""
    w = np.array([1, 3, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1], dtype=float)
    a = run(weights=w).loc["A"]
    assert (a.n_units, a.n_weak, a.n_strong) == (4, 2, 2)
    assert a.weak_2014 == pytest.approx((-0.30 * 1 - 0.40 * 3) / 4)
    assert a.weak_2022 == pytest.approx((-0.35 * 1 - 0.38 * 3) / 4)
    assert a.strong_2022 == pytest.approx(0.09)
    v, ww = np.array([-0.30, -0.40, 0.05, 0.10]), np.array([1, 3, 2, 2.0])
    m = np.average(v, weights=ww)
    assert a.sd_2014 == pytest.approx(np.sqrt(np.average((v - m) ** 2, weights=ww)))
    # weighted percentiles: sorted −0.40 (3), −0.30 (1), 0.05 (2), 0.10 (2) of 8: p10 at 0.8 → −0.40, p90 at 7.2 → 0.10
    assert a.p90p10_2014 == pytest.approx(0.50)


def test_classes_and_rules():
    from leefbaarometer.core.analyses.differences import DifferenceRules
    from leefbaarometer.core.errors import LbmInputError

    t = run(rules=DifferenceRules(weak_max_class=5, strong_min_class=8))
    a = t.loc["A"]  # the class-5 unit (−0.15) is now weak, the class-7 unit (0.05) no longer strong
    assert (a.n_weak, a.n_strong) == (3, 1)
    assert a.weak_2014 == pytest.approx((-0.30 - 0.40 - 0.15) / 3) and a.strong_2014 == pytest.approx(0.10)
    with pytest.raises(LbmInputError, match="weak is class ≤ 6, strong class ≥ 6"):
        run(rules=DifferenceRules(weak_max_class=6, strong_min_class=6))


def test_zones_per_pattern_and_years():
    from leefbaarometer.core.analyses.differences import zones_per_pattern
    from leefbaarometer.core.errors import LbmInputError

    assert zones_per_pattern(run().reset_index()) == {"zwak daalt": ["A"], "zwak stijgt minder": ["B"],
                                                      "verschil kleiner": ["C"], "geen zwakke eenheden": ["D"],
                                                      "geen sterke eenheden": ["E"]}
    from leefbaarometer.core.analyses.differences import differences
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    data = ScoreData(n=1, values={("afw", 2022): np.array([0.0])})
    with pytest.raises(LbmInputError, match="2014"):
        differences(data, load_release(), 2014, 2022, ["A"])


@pytest.mark.parametrize("weighted", [False, True])
def test_random_zones_against_a_simple_computation(weighted):
    rng = np.random.default_rng(23)
    n = 3000
    df = pd.DataFrame({"zone": rng.choice([f"Z{i:02d}" for i in range(40)], n), "a": rng.normal(-0.05, 0.2, n)})
    df["b"] = df.a + rng.normal(0, 0.05, n)
    df.loc[rng.random(n) < 0.02, "b"] = np.nan
    df.loc[rng.random(n) < 0.02, "a"] = np.nan
    df["w"] = rng.integers(0, 50, n).astype(float) if weighted else 1.0
    units = list(zip(df.zone, df.a, df.b))
    got = run(units, df.w.to_numpy() if weighted else None)
    want = differences_by_hand(df, CUTS)
    assert set(got.pattern) >= {"zwak daalt", "zwak stijgt minder", "verschil kleiner"}
    assert_same_differences(got, want)
