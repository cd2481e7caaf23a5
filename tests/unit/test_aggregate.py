"""core.aggregate and core.weights without QGIS: weights and weighted means on hand-built arrays."""
import numpy as np
import pytest


def test_suppressed_and_missing_weights():
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.weights import clean_weights

    raw = np.array([-99997, 10, np.nan, 5])
    w = clean_weights(raw, "zero")
    assert w.values.tolist() == [0, 10, 0, 5] and (w.suppressed, w.missing) == (1, 1)
    assert clean_weights(raw, "two").values.tolist() == [2, 10, 0, 5]
    with pytest.raises(LbmInputError, match="1 units have a suppressed"):
        clean_weights(raw, "error")
    with pytest.raises(LbmInputError, match="negative"):
        clean_weights(np.array([-1.0]), "zero")


def test_zero_weights_and_a_single_unit():
    from leefbaarometer.core.aggregate import weighted_mean

    # zone 0: only zero weights -> no mean; zone 1: one unit; zone 2: no units
    means = weighted_mean(np.array([0, 0, 1]), 3, np.array([0.0, 0.0, 1.0]), np.array([1.0, 2.0, 3.0]))
    assert np.isnan(means[0]) and means[1] == 3.0 and np.isnan(means[2])
    assert weighted_mean(np.array([0]), 1, np.array([4.0]), np.array([0.25])).tolist() == [0.25]


def test_ranks_highest_first_ties_share_and_no_value_no_rank():
    from leefbaarometer.core.aggregate import first_per_zone
    from leefbaarometer.core.stats import ranks

    assert ranks([0.1, np.nan, 0.3, 0.1, -0.2]).tolist() == [2, 0, 1, 2, 4]
    assert ranks([]).tolist() == [] and ranks([np.nan]).tolist() == [0]
    assert first_per_zone(np.array([1, 0, 1, -1]), 3, [None, "Oost", "West", "Nergens"]).tolist() == ["Oost", "West", None]
