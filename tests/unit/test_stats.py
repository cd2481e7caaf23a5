"""core/stats.py without QGIS: each statistic against numbers worked out by hand or a second, simple computation
(weighted statistics as the unweighted ones of units repeated as often as their weight)."""
import numpy as np
import pandas as pd
import pytest


def test_chi2_tail_at_the_textbook_critical_values():
    from leefbaarometer.core.stats import chi2_sf

    # The 5 % and 1 % critical values of χ² (any table): P(χ²_df ≥ x) = 0.05 or 0.01.
    for df, x05, x01 in ((1, 3.841458820694124, 6.634896601021214), (2, 5.991464547107979, 9.210340371976184),
                         (5, 11.070497693516351, 15.086272469388987), (8, 15.50731305586545, 20.090235029663233)):
        assert chi2_sf(x05, df) == pytest.approx(0.05, rel=1e-9) and chi2_sf(x01, df) == pytest.approx(0.01, rel=1e-9)
    assert chi2_sf(3.0, 2) == pytest.approx(np.exp(-1.5)) and chi2_sf(0, 4) == 1.0 and np.isnan(chi2_sf(1.0, 0))


def _repeated(values, weights):
    return np.repeat(np.asarray(values, dtype=float), np.asarray(weights, dtype=int))


def test_weighted_pearson_and_spearman_equal_the_unweighted_ones_of_repeated_units():
    from leefbaarometer.core.stats import pearson
    from leefbaarometer.core.stats import spearman

    rng = np.random.default_rng(11)
    x = rng.normal(size=40).round(1)  # rounded: ties
    y = (x + rng.normal(size=40)).round(1)
    w = rng.integers(0, 5, size=40)
    x[3], y[7] = np.nan, np.nan
    ok = np.isfinite(x) & np.isfinite(y)
    xr, yr = _repeated(x[ok], w[ok]), _repeated(y[ok], w[ok])
    assert pearson(x, y, w) == pytest.approx(np.corrcoef(xr, yr)[0, 1], rel=1e-12)
    ranks = np.corrcoef(pd.Series(xr).rank().to_numpy(), pd.Series(yr).rank().to_numpy())[0, 1]
    assert spearman(x, y, w) == pytest.approx(ranks, rel=1e-12)
    plain = np.corrcoef(pd.Series(x[ok]).rank().to_numpy(), pd.Series(y[ok]).rank().to_numpy())[0, 1]
    assert spearman(x, y) == pytest.approx(plain, rel=1e-12)
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == 1.0 and spearman([1, 2, 3], [3, 1, 2]) == pytest.approx(-0.5)
    assert np.isnan(spearman([1, 2], [1, 2])) and np.isnan(pearson([1, 1, 1], [1, 2, 3]))


def test_weighted_quantile_equals_the_inverted_cdf_of_repeated_units():
    from leefbaarometer.core.stats import weighted_quantile

    rng = np.random.default_rng(2)
    v = rng.normal(size=25).round(2)
    w = rng.integers(1, 6, size=25)
    qs = [0.0, 0.1, 0.25, 0.5, 0.9, 1.0]
    want = np.quantile(_repeated(v, w), qs, method="inverted_cdf")
    assert weighted_quantile(v, w, qs).tolist() == want.tolist()
    # By hand: values 1, 2, 3 with weights 1, 1, 2: half the weight is reached at 2, 0.6 of it at 3.
    assert weighted_quantile([3, 1, 2, np.nan], [2, 1, 1, 5], 0.5) == 2.0
    assert weighted_quantile([3, 1, 2], [2, 1, 1], 0.6) == 3.0 and np.isnan(weighted_quantile([np.nan], None, 0.5))


def test_ranks_and_percentile_ranks_by_hand():
    from leefbaarometer.core.stats import percentile_ranks
    from leefbaarometer.core.stats import ranks

    assert ranks([0.1, 0.3, np.nan, 0.3, -0.2]).tolist() == [3, 1, 0, 1, 4]
    # Mid-ranks as shares: weights 1, 1, 2 on values 5, 7, 7: 5 → 0.5/4, 7 → (1 + 3/2)/4.
    assert percentile_ranks([5, 7, 7, np.nan], [1, 1, 2, 9]).tolist()[:3] == [0.125, 0.625, 0.625]
    assert percentile_ranks([2, 1, 3]).tolist() == pytest.approx([0.5, 1 / 6, 5 / 6])


def test_conditional_draws_and_pseudo_p():
    from leefbaarometer.core.stats import conditional_draws
    from leefbaarometer.core.stats import pseudo_p

    rng = np.random.default_rng(0)
    units = np.array([0, 5, 9])
    draws = conditional_draws(rng, units, 10, 500, 3)
    assert draws.shape == (3, 500, 3) and draws.min() >= 0 and draws.max() <= 9
    assert not (draws == units[:, None, None]).any()  # never the unit itself
    assert set(np.unique(draws[1])) == set(range(10)) - {5}  # every other unit can be drawn
    assert pseudo_p(np.array([0, 4, 99]), 99).tolist() == [0.01, 0.05, 1.0]
