"""core/analyses/inequality.py without QGIS: bivariate classes, laaglaag, the cluster test and the table per region,
each against numbers worked out by hand or a second, simple computation (numpy's quantiles, scipy's correlations and
binomial tail); the bivariate palette against a colour-blindness simulation; the square legend."""
import itertools
import xml.etree.ElementTree as ET

import numpy as np
import pytest


def test_groups_flags_and_nulls_by_hand():
    from leefbaarometer.core.analyses.inequality import inequality

    # Twelve units: status 1..12 but unit 11 has none (CBS suppression) and unit 12 no score.
    status = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, np.nan, 12], dtype=float)
    k = np.array([2, 4, 5, 7, 3, 6, 9, 4, 8, 1, 2, 0])
    afw = np.linspace(-0.3, 0.3, 12)
    r = inequality(status, k, afw, np.empty((0, 2), dtype=np.int64))
    # The ten units with score and status: terciles by inverted cdf are 4 (4 of 10 ≥ 1/3) and 7; quintile 2.
    assert r["cuts"]["status"] == [4.0, 7.0] and r["cuts"]["laaglaag_status"] == 2.0
    assert r["units"]["biv"].tolist() == ["1-1", "1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1", "3-3", "3-1", None, None]
    # laaglaag: status ≤ 2 and class ≤ 4: units 1 and 2; unit 10 (class 1) has a high status. NULL status never 0:
    # unit 11 (class 2, the lowest status if counted as 0) is neither laaglaag nor in any group.
    assert r["units"]["laaglaag"].tolist() == ["ja", "ja"] + ["nee"] * 8 + [None, None]
    assert r["counts"]["no_status"] == 1 and r["counts"]["no_score"] == 1 and r["counts"]["both"] == 10
    assert r["counts"]["biv"]["1-1"] == 2 and r["counts"]["biv"]["3-1"] == 2 and sum(r["counts"]["biv"].values()) == 10
    # No neighbours at all: laaglaag units are 'geen buren', the others 'geen'.
    assert r["units"]["cluster"].tolist() == ["geen buren"] * 2 + ["geen"] * 8 + [None, None]


def test_cut_offs_equal_numpy_quantiles_and_groups_hold_their_share():
    from leefbaarometer.core.analyses.inequality import InequalityRules
    from leefbaarometer.core.analyses.inequality import inequality

    rng = np.random.default_rng(7)
    n = 997
    status = np.round(rng.lognormal(3, 0.4, n), 1)  # ties, as CBS's rounded incomes have
    status[rng.random(n) < 0.1] = np.nan
    afw = rng.normal(0, 0.1, n)
    k = np.clip(np.digitize(afw, [-0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15]) + 1, 1, 9)
    both = np.isfinite(status)
    r = inequality(status, k, afw, np.empty((0, 2), dtype=np.int64), rules=InequalityRules(livability="terciles"))
    s = status[both]
    assert r["cuts"]["status"] == list(np.quantile(s, [1 / 3, 2 / 3], method="inverted_cdf"))
    assert r["cuts"]["livability"] == list(np.quantile(afw[both], [1 / 3, 2 / 3], method="inverted_cdf"))
    assert r["cuts"]["laaglaag_status"] == np.quantile(s, 0.2, method="inverted_cdf")
    biv = r["units"]["biv"][both]
    first = np.array([b[0] for b in biv])
    q1, q2 = np.quantile(s, [1 / 3, 2 / 3], method="inverted_cdf")
    assert (first == "1").sum() == (s <= q1).sum() and (first == "3").sum() == (s > q2).sum()
    assert (s <= q1).mean() >= 1 / 3 and (s < q1).mean() < 1 / 3  # a cut-off holds its share, ties kept together
    low = s <= np.quantile(s, 0.2, method="inverted_cdf")
    assert (r["units"]["laaglaag"][both] == "ja").sum() == (low & (k[both] <= 4)).sum()


def test_regions_against_scipy_and_by_hand():
    from scipy import stats

    from leefbaarometer.core.analyses.inequality import InequalityRules
    from leefbaarometer.core.analyses.inequality import inequality

    rng = np.random.default_rng(3)
    n = 120
    regions = np.array(["A"] * 50 + ["B"] * 40 + ["C"] * 25 + ["D"] * 4 + [None], dtype=object)
    status = rng.normal(30, 5, n)
    status[[0, 1, 60]] = np.nan
    afw = 0.01 * (np.nan_to_num(status, nan=30) - 30) + rng.normal(0, 0.05, n)
    k = np.clip(np.round(afw / 0.05) + 5, 1, 9).astype(int)
    w = rng.integers(0, 500, n).astype(float)
    r = inequality(status, k, afw, np.empty((0, 2), dtype=np.int64), w, regions, InequalityRules(min_units=10))
    table = r["regions"].set_index("region")
    assert list(table.index) == ["alle", "A", "B", "C", "D"]
    ll = r["units"]["laaglaag"] == "ja"
    for region in ("A", "B", "C"):
        sel = (regions == region) & np.isfinite(status)
        row = table.loc[region]
        assert row["n"] == sel.sum() and row["n_no_status"] == ((regions == region) & ~np.isfinite(status)).sum()
        # Unweighted: scipy. Weighted Pearson by its formula, written out here.
        r_w = inequality(status, k, afw, np.empty((0, 2), dtype=np.int64), None, regions)["regions"].set_index("region")
        assert r_w.loc[region, "spearman"] == pytest.approx(stats.spearmanr(afw[sel], status[sel])[0], abs=1e-12)
        assert r_w.loc[region, "pearson"] == pytest.approx(stats.pearsonr(afw[sel], status[sel])[0], abs=1e-12)
        x, y, ww = afw[sel & (w > 0)], status[sel & (w > 0)], w[sel & (w > 0)]
        mx, my = (ww * x).sum() / ww.sum(), (ww * y).sum() / ww.sum()
        wp = (ww * (x - mx) * (y - my)).sum() / np.sqrt((ww * (x - mx) ** 2).sum() * (ww * (y - my) ** 2).sum())
        assert row["pearson"] == pytest.approx(wp, abs=1e-12)
        assert row["n_laaglaag"] == (ll & sel).sum()
        assert row["share_laaglaag"] == pytest.approx((ll & sel).sum() / sel.sum())
        assert row["weight_laaglaag"] == pytest.approx(w[ll & sel].sum())
        assert row["wshare_laaglaag"] == pytest.approx(w[ll & sel].sum() / w[sel].sum())
    # Ranks on the share among A, B, C (D has 4 units: marked, not ranked; 'alle' never ranked).
    shares = table.loc[["A", "B", "C"], "share_laaglaag"]
    order = shares.rank(ascending=False, method="min").astype(int)
    assert table.loc[["A", "B", "C"], "rank"].tolist() == order.tolist()
    assert table.loc["D", "too_few"] == 1 and table.loc["D", "rank"] is pd_na() and table.loc["alle", "rank"] is pd_na()
    assert table.loc["alle", "n"] == np.isfinite(status).sum()  # the unit without a region counts in 'alle'


def pd_na():
    import pandas as pd

    return pd.NA


def test_local_join_count_by_hand_and_against_the_binomial_tail():
    from scipy import stats

    from leefbaarometer.core.analyses.inequality import local_join_count
    from leefbaarometer.core.neighbours import grid_pairs

    # A 10 × 10 grid (8 neighbours) with a 3 × 3 block of flags in one corner, one lone flag, one unit without a value.
    ids = np.array([f"E{x}N{y}" for y in range(10) for x in range(10)], dtype=object)
    flag = np.zeros(100)
    block = [x + 10 * y for x in range(3) for y in range(3)]
    flag[block] = 1
    flag[77] = 1
    flag[11 + 1] = np.nan  # E2N1, next to the block
    pairs = grid_pairs(ids, 8)
    count, p, has = local_join_count(flag, pairs, 9999, 1)
    assert count[0] == 3 and count[11] == 7 and count[77] == 0 and count[3] == 1  # E3N0 touches E2N0 and E2N1 (NaN)
    assert count[12] == 5  # a unit without a value has its flagged neighbours counted too: E1N0, E2N0, E1N1, E1N2, E2N2
    assert has.all() and np.isnan(p[3]) and p[77] == 1.0
    # The conditional draws with replacement: the count of flags among k others is Binomial(k, (n1 − 1)/(n − 1)).
    n, n1 = 99, 9  # units with a value, flagged ones (the block less E2N1, plus unit 77)
    k_valid = {0: 3, 11: 7, 22: 7}  # neighbours with a value: E2N1 is left out
    for unit, kk in k_valid.items():
        exact = stats.binom.sf(count[unit] - 1, kk, (n1 - 1) / (n - 1))
        assert p[unit] == pytest.approx((exact * 9999 + 1) / 10000, abs=0.01), unit
    # The same seed gives the same p-values.
    assert np.array_equal(local_join_count(flag, pairs, 9999, 1)[1], p, equal_nan=True)


def test_a_cluster_is_its_cores_and_their_laaglaag_neighbours():
    from leefbaarometer.core.analyses.inequality import InequalityRules
    from leefbaarometer.core.analyses.inequality import inequality
    from leefbaarometer.core.neighbours import grid_pairs

    ids = np.array([f"E{x}N{y}" for y in range(10) for x in range(10)], dtype=object)
    status = np.arange(100, dtype=float) + 100
    k = np.full(100, 6)
    low = [0, 1, 10, 11, 2, 55, 99]  # a 2×2 block plus one unit beside it, and two lone units
    status[low] = np.arange(len(low))
    k[low] = 3
    rules = InequalityRules(laaglaag_share=0.07)  # the 7 lowest statuses
    r = inequality(status, k, np.zeros(100), grid_pairs(ids, 4), rules=rules)
    assert r["counts"]["laaglaag"] == 7
    cluster, p = r["units"]["cluster"], r["units"]["cluster_p"]
    # Rook neighbours. Unit 1's three (0, 2, 11) are all laaglaag: P(Bin(3, 6/99) = 3) ≈ 2e-4, a core. Unit 2 has one
    # of three (P(Bin(3, 6/99) ≥ 1) ≈ 0.17): not significant itself, but next to a core, so in the cluster too.
    assert p[1] < 0.05 and p[2] > 0.1
    assert cluster[[0, 1, 2, 10, 11]].tolist() == ["cluster"] * 5
    assert cluster[[55, 99]].tolist() == ["los", "los"] and r["counts"]["cluster"] == 5
    assert (cluster == "geen").sum() == 93


def test_rules_refuse_what_cannot_work():
    from leefbaarometer.core.analyses.inequality import InequalityRules
    from leefbaarometer.core.errors import LbmInputError

    with pytest.raises(LbmInputError, match="need a class between them"):
        InequalityRules(low_max=5, high_min=6).check()
    with pytest.raises(LbmInputError, match="two increasing numbers"):
        InequalityRules(status_breaks=(30.0, 20.0)).check()
    with pytest.raises(LbmInputError, match="between 0 and 1"):
        InequalityRules(laaglaag_share=1.5).check()


def test_too_few_units_is_a_message():
    from leefbaarometer.core.analyses.inequality import inequality
    from leefbaarometer.core.errors import LbmInputError

    with pytest.raises(LbmInputError, match="fewer than three units have both a score and a status"):
        inequality(np.array([1.0, np.nan, np.nan]), np.array([3, 4, 5]), np.zeros(3), np.empty((0, 2)))


# --- the bivariate palette: colour-blind safe ----------------------------------------------------------------
# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    "normal": np.eye(3).tolist(),
}


def lab(colour, matrix):
    """CIELAB (D65) of '#rrggbb' as seen through a colour-vision matrix."""
    c = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    rgb = np.clip(np.array(matrix) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_bivariate_palette_stays_apart_for_colour_blind_readers():
    from leefbaarometer.core.views import CATEGORY_STYLES

    styles = CATEGORY_STYLES["biv"]
    nine = [colour for code, (_, colour) in styles.items() if code]
    assert len(nine) == 9 and [c for c in styles if c] == ["1-3", "2-3", "3-3", "1-2", "2-2", "3-2", "1-1", "2-1", "3-1"]
    no_data = styles[None][1]
    for name, matrix in CVD.items():
        labs = [lab(c, matrix) for c in nine]
        nearest = min(np.linalg.norm(a - b) for a, b in itertools.combinations(labs, 2))
        assert nearest >= 12.5, name  # 13.0 at the closest (protanopia)
        assert min(np.linalg.norm(lab(no_data, matrix) - x) for x in labs) >= 16, name
    # Darker is lower status and lower livability: lightness falls along both axes of the square.
    lightness = {code: lab(colour, CVD["normal"])[0] for code, (_, colour) in styles.items() if code}
    for s, g in itertools.product((1, 2, 3), (1, 2, 3)):
        if s < 3:
            assert lightness[f"{s}-{g}"] < lightness[f"{s + 1}-{g}"]
        if g < 3:
            assert lightness[f"{s}-{g}"] < lightness[f"{s}-{g + 1}"]


def test_square_legend_puts_low_low_bottom_left():
    from leefbaarometer.core.views import CATEGORY_STYLES
    from leefbaarometer.core.views import bivariate_legend_svg

    root = ET.fromstring(bivariate_legend_svg(60))
    ns = "{http://www.w3.org/2000/svg}"
    cells = {}
    rects = [r for r in root.iter(f"{ns}rect") if r.get("width") == "60"]
    texts = [t for t in root.iter(f"{ns}text") if "-" in (t.text or "")]
    assert len(rects) == 9 and len(texts) == 9
    for rect, text in zip(rects, texts):
        cells[text.text] = (float(rect.get("x")), float(rect.get("y")), rect.get("fill"))
    assert cells["1-1"][0] < cells["2-1"][0] < cells["3-1"][0]  # status to the right
    assert cells["1-1"][1] > cells["1-2"][1] > cells["1-3"][1]  # livability upwards
    assert {code: fill for code, (_, _, fill) in cells.items()} == {
        code: colour for code, (_, colour) in CATEGORY_STYLES["biv"].items() if code}
    words = [t.text for t in root.iter(f"{ns}text")]
    assert "status →" in words and "livability →" in words and words.count("low") == 2 and words.count("high") == 2
