"""core.classify and core.calibrate without QGIS: every scheme and the calibration on hand-built values."""
import numpy as np
import pytest


def release():
    from leefbaarometer.core.release import load_release

    return load_release()


def test_calibrate_reports_overlap_and_empty_classes():
    from leefbaarometer.core.calibrate import calibrate

    base = np.array([0.1, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    # classes 1 and 2 overlap (0.25 in class 1 above 0.2 in class 2); classes 4..9 are empty
    cal = calibrate([0.0, 0.25, 0.2, 0.3, 0.35], [1, 1, 2, 2, 3], base)
    assert [round(b.cut, 3) for b in cal.boundaries[:2]] == [0.225, 0.325]
    assert cal.overlaps()[0].lower_class == 1 and cal.overlaps()[0].gap == pytest.approx(-0.05)
    assert [b.from_data for b in cal.boundaries] == [True, True] + [False] * 6
    assert cal.agreement == pytest.approx(3 / 5)  # 0.25 (class 1) and 0.2 (class 2) land on the wrong side


def test_boundary_values_null_single_and_all_equal():
    from leefbaarometer.core.classify import classify_scores
    from leefbaarometer.core.scoredata import ScoreData

    rel = release()
    # exactly on the cut-points: the upper class; NaN: no class (0)
    v = np.array([-0.0392, 0.0392, 0.0391999, np.nan, -1.0, 1.0])
    assert rel.dimension_class(v).tolist() == [5, 6, 5, 0, 1, 9]
    assert rel.total_class(np.array([0.1680, 0.16799, -0.4318])).tolist() == [9, 8, 2]
    one = ScoreData(n=1, values={("afw", 2024): np.array([0.05])})
    out, _ = classify_scores(one, rel, "quantile", ("total",))
    assert out["kscore_2024"].tolist() == [2]  # quantiles of one value: all breaks equal it, upper class
    same = ScoreData(n=4, values={("afw", 2024): np.full(4, 0.1)})
    for scheme in ("quantile", "equal", "jenks"):
        out, _ = classify_scores(same, rel, scheme, ("total",))
        assert len(set(out["kscore_2024"].tolist())) == 1, scheme


def test_schemes_on_hand_built_values():
    from leefbaarometer.core.classify import classify_scores
    from leefbaarometer.core.classify import equal_breaks
    from leefbaarometer.core.classify import jenks_breaks
    from leefbaarometer.core.classify import parse_user_breaks
    from leefbaarometer.core.classify import quantile_breaks
    from leefbaarometer.core.scoredata import ScoreData

    v = np.arange(18, dtype=float)  # 0..17
    assert quantile_breaks(v).tolist() == pytest.approx([17 * q / 9 for q in range(1, 9)])
    assert equal_breaks(v).tolist() == pytest.approx([17 * q / 9 for q in range(1, 9)])
    assert jenks_breaks(np.array([1, 1.1, 1.2, 5, 5.1, 5.2, 9, 9.1, 9.3]), 3).tolist() == pytest.approx([3.1, 7.1])
    assert parse_user_breaks("-0,1; 0 0.1").tolist() == [-0.1, 0.0, 0.1]
    rel = release()
    # Pooled: one set of breaks over 2022 and 2024, so a value keeps its class across years.
    data = ScoreData(n=3, values={("afw", 2022): np.array([0.0, 0.1, 0.2]), ("afw", 2024): np.array([0.2, 0.3, 0.4])})
    out, used = classify_scores(data, rel, "user", ("total",), user_breaks=np.array([0.15, 0.25]))
    assert out["kscore_2022"].tolist() == [1, 1, 2] and out["kscore_2024"].tolist() == [2, 3, 3]
    out, _ = classify_scores(data, rel, "equal", ("total",), pooled=True)
    assert out["kscore_2022"][2] == out["kscore_2024"][0]  # 0.2 in both years: same class
    out, _ = classify_scores(data, rel, "equal", ("total",), pooled=False)
    assert out["kscore_2022"].tolist() == [1, 5, 9] and out["kscore_2024"].tolist() == [1, 5, 9]
