"""core.change without QGIS: year pairs, change classes, transitions and drivers on hand-built arrays."""
import numpy as np
import pytest

DIMS = ("fys", "onv", "soc", "vrz", "won")


def test_modes_and_defaults():
    from leefbaarometer.core.change import year_pairs
    from leefbaarometer.core.errors import LbmInputError

    years = [2014, 2018, 2022, 2024]
    assert year_pairs(years, "pair") == [(2022, 2024)]
    assert year_pairs(years, "consecutive") == [(2014, 2018), (2018, 2022), (2022, 2024)]
    assert year_pairs(years, "base", 2018) == [(2018, 2022), (2018, 2024)]
    with pytest.raises(LbmInputError, match="2020 is not in the layer"):
        year_pairs(years, "pair", 2020, 2024)
    with pytest.raises(LbmInputError, match="must come before"):
        year_pairs(years, "pair", 2024, 2014)
    with pytest.raises(LbmInputError, match="at least two years"):
        year_pairs([2024], "pair")


def test_hand_built_change_classes_transitions_and_drivers():
    from leefbaarometer.core.change import change_columns
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    rel = load_release()
    v = {("afw", 2022): np.array([0.0, 0.0, 0.0, np.nan]), ("afw", 2024): np.array([0.2, -0.0196, 0.0, 0.1])}
    dims22 = np.zeros((4, 5))
    dims24 = np.array([[0.1, 0.15, -0.05, 0, 0], [0, -0.0196, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0.1]])
    for k, d in enumerate(DIMS):
        v[(d, 2022)], v[(d, 2024)] = dims22[:, k], dims24[:, k]
    out = change_columns(ScoreData(n=4, values=v), rel, [(2022, 2024)])
    assert out["dafw_2022_2024"][:3].tolist() == pytest.approx([0.2, -0.0196, 0.0])
    # 0.2 > 0.1568: class 9; −0.0196 exactly on the 4|5 threshold: the upper class, 5; 0: stable 5; NaN: none (0)
    assert out["kdafw_2022_2024"].tolist() == [9, 5, 5, 0]
    # afw 0.0 is class 6, 0.2 class 9, −0.0196 class 6
    assert out["tr_2022_2024"].tolist() == ["6→9", "6→6", "6→6", None]
    # unit 0 rose by 0.2, most through onv (+0.15: 75 % of the rise); unit 1 fell through onv; unit 2 did not change
    assert out["drv_2022_2024"].tolist() == ["onv", "onv", None, None]
    assert out["drvsh_2022_2024"][:2].tolist() == pytest.approx([0.75, 1.0])
    assert "dlbm_2022_2024" not in out  # no lbm fields in, none out
    user = change_columns(ScoreData(n=4, values=v), rel, [(2022, 2024)], thresholds=np.linspace(-0.4, 0.4, 8))
    # thresholds −0.4, −0.286, −0.171, −0.057, 0.057, 0.171, 0.286, 0.4: 0.2 is class 7
    assert user["kdafw_2022_2024"].tolist()[:3] == [7, 5, 5]
