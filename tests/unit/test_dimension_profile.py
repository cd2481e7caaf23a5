"""core/analyses/dimension_profile.py without QGIS: correlations against pandas' and scipy's (weighted ones against the
unweighted ones of units repeated as often as their weight), the lowest units, their type and compensation worked out
by hand."""
import numpy as np
import pandas as pd
import pytest
import scipy.stats

DIMS = ("fys", "onv", "soc", "vrz", "won")


def _units(n=60, seed=24):
    """n units with correlated dimension scores (rounded: ties), afw their sum, a group of three and integer weights."""
    rng = np.random.default_rng(seed)
    base = rng.normal(0, 0.1, size=n)
    scores = {d: (base * f + rng.normal(0, 0.06, size=n)).round(2) for d, f in zip(DIMS, (0.3, 1.0, 0.9, -0.8, 0.7))}
    scores["afw"] = sum(scores[d] for d in DIMS)
    groups = np.array(["G4", "G40", "rest"], dtype=object)[rng.integers(0, 3, size=n)]
    weights = rng.integers(0, 6, size=n).astype(float)
    return scores, groups, weights


def test_correlations_equal_pandas_and_scipy_over_all_units_and_per_group():
    from leefbaarometer.core.analyses.dimension_profile import correlations

    scores, groups, _ = _units()
    scores["onv"][[4, 9]] = np.nan  # left out pairwise
    table = correlations(scores, groups=groups)
    assert table.columns.tolist() == ["group", "a", "b", "spearman", "pearson", "n"]
    assert table.group.unique().tolist() == ["alle", "G4", "G40", "rest"] and len(table) == 4 * 15
    frame = pd.DataFrame(scores)
    for g in ("alle", "G40"):
        part = frame if g == "alle" else frame[groups == g]
        sp, pe = part.corr(method="spearman"), part.corr(method="pearson")  # pandas: pairwise complete
        rows = table[table.group == g]
        for r in rows.itertuples():
            assert r.spearman == pytest.approx(sp.loc[r.a, r.b], abs=1e-12), (g, r.a, r.b)
            assert r.pearson == pytest.approx(pe.loc[r.a, r.b], abs=1e-12), (g, r.a, r.b)
            assert r.n == int(part[[r.a, r.b]].dropna().shape[0])
    onv_soc = table[(table.group == "alle") & (table.a == "onv") & (table.b == "soc")].iloc[0]
    ok = np.isfinite(scores["onv"])
    assert onv_soc.spearman == pytest.approx(scipy.stats.spearmanr(scores["onv"][ok], scores["soc"][ok])[0], abs=1e-12)
    assert onv_soc.n == 58
    # the pairs in the order fys, onv, soc, vrz, won, afw
    assert list(zip(table.a[:6], table.b[:6])) == [("fys", "onv"), ("fys", "soc"), ("fys", "vrz"), ("fys", "won"),
                                                  ("fys", "afw"), ("onv", "soc")]


def test_weighted_correlations_equal_the_unweighted_ones_of_repeated_units():
    from leefbaarometer.core.analyses.dimension_profile import correlations

    scores, groups, weights = _units()
    table = correlations(scores, weights, groups)
    for g in ("alle", "rest"):
        sel = np.ones(len(groups), dtype=bool) if g == "alle" else groups == g
        repeated = pd.DataFrame({m: np.repeat(v[sel], weights[sel].astype(int)) for m, v in scores.items()})
        for r in table[table.group == g].itertuples():
            assert r.spearman == pytest.approx(scipy.stats.spearmanr(repeated[r.a], repeated[r.b])[0], abs=1e-12)
            assert r.pearson == pytest.approx(scipy.stats.pearsonr(repeated[r.a], repeated[r.b])[0], abs=1e-12)
            assert r.n == int(((weights > 0) & sel).sum())  # weight 0 counts as absent


def test_correlations_of_a_tiny_group_are_missing_not_zero():
    from leefbaarometer.core.analyses.dimension_profile import correlations

    scores, _, _ = _units(n=5)
    groups = np.array(["a", "a", "b", "b", "b"], dtype=object)
    table = correlations(scores, groups=groups)
    a = table[table.group == "a"]
    assert a.spearman.isna().all() and a.pearson.isna().all() and (a.n == 2).all()
    assert table[table.group == "b"].spearman.notna().all()


def test_correlation_matrix_is_symmetric_with_ones_on_the_diagonal():
    from leefbaarometer.core.analyses.dimension_profile import correlation_matrix
    from leefbaarometer.core.analyses.dimension_profile import correlations

    scores, _, _ = _units()
    m = correlation_matrix(correlations(scores), "alle", "spearman")
    assert m.index.tolist() == list(DIMS) + ["afw"] and np.allclose(m.to_numpy(), m.to_numpy().T)
    assert np.allclose(np.diag(m), 1.0)
    assert m.loc["vrz", "onv"] == pytest.approx(pd.DataFrame(scores).corr(method="spearman").loc["onv", "vrz"])


def _data(rows, year=2024, official=False):
    """ScoreData of units given as (fys, onv, soc, vrz, won); afw their sum; official class fields when asked."""
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    a = np.array(rows, dtype=float)
    values = {(d, year): a[:, i] for i, d in enumerate(DIMS)}
    values[("afw", year)] = np.nansum(a, axis=1)
    if official:
        release = load_release()
        values[("kscore", year)] = release.total_class(values[("afw", year)]).astype(float)
        for i, d in enumerate(DIMS):
            values[(f"k{d}", year)] = release.dimension_class(a[:, i]).astype(float)
    return ScoreData(n=len(a), values=values)


# Units by hand (lbm3_2024: dimension cut-points ±0.0392, ±0.0784, ±0.1568, ±0.2352; class 6 from +0.0392; total classes
# on afw from −0.4318, −0.3541, −0.2790, −0.1636, −0.1033, 0.0102 …).
UNITS = [
    (0.00, -0.30, -0.05, 0.10, -0.05),  # 0: onv lowest; afw −0.30 class 3 → klassiek; vrz 0.10 (class 7) offsets
    (0.05, -0.28, 0.00, 0.50, 0.04),  # 1: afw 0.31 class 9 → gecompenseerd; vrz 0.50, fys 0.05, won 0.04 (class 6)
    (0.00, -0.20, -0.02, 0.00, 0.039),  # 2: afw −0.181 class 4; won 0.039 is still class 5: nothing offsets
    (0.00, -0.20, 0.00, 0.10, 0.00),  # 3: same onv as 2 (a tie); afw −0.10 class 6 → gecompenseerd
    (0.00, 0.10, 0.00, 0.00, 0.00),  # 4: high on onv
    (0.00, np.nan, 0.00, 0.00, 0.00),  # 5: no onv score
]


def test_lowest_units_by_hand():
    from leefbaarometer.core.analyses.dimension_profile import ProfileRules
    from leefbaarometer.core.analyses.dimension_profile import lowest_units
    from leefbaarometer.core.release import load_release

    r = lowest_units(_data(UNITS), load_release(), 2024, ProfileRules(count=3))
    # ranks 1, 2, then 3 shared by the tie (units 2 and 3): the tie at the last place is listed whole
    assert r["rank"].tolist() == [1, 2, 3, 3, 0, 0] and r["selected"].tolist() == [0, 1, 2, 3]
    assert r["class"].tolist() == [1, 1, 2, 2, 7, 0] and r["total_class"].tolist()[:4] == [3, 9, 4, 6]
    assert r["type"].tolist()[:4] == ["klassiek", "gecompenseerd", "klassiek", "gecompenseerd"]
    assert r["compensation"].tolist()[:4] == ["vrz", "vrz, fys, won", "geen", "vrz"]
    r2 = lowest_units(_data(UNITS), load_release(), 2024, ProfileRules(count=2))
    assert r2["selected"].tolist() == [0, 1]
    # a share of the 5 units with an onv score, rounded up: 30 % → 2 units; 100 % → all 5
    assert lowest_units(_data(UNITS), load_release(), 2024, ProfileRules(share=30))["selected"].tolist() == [0, 1]
    assert len(lowest_units(_data(UNITS), load_release(), 2024, ProfileRules(share=100))["selected"]) == 5


def test_thresholds_are_parameters():
    from leefbaarometer.core.analyses.dimension_profile import ProfileRules
    from leefbaarometer.core.analyses.dimension_profile import lowest_units
    from leefbaarometer.core.release import load_release

    rules = ProfileRules(count=4, classic_max=3, compensated_min=7, offset_min_class=5)
    r = lowest_units(_data(UNITS), load_release(), 2024, rules)
    assert r["type"].tolist()[:4] == ["klassiek", "gecompenseerd", "tussen", "tussen"]
    # class ≥ 5 offsets: unit 2's won (0.039, class 5) and its fys, soc, vrz at 0 (class 5) all count
    # (equal scores keep the order fys, soc, vrz, won)
    assert r["compensation"].tolist()[:3] == ["vrz, fys", "vrz, fys, won, soc", "won, fys, vrz, soc"]
    on_vrz = lowest_units(_data(UNITS), load_release(), 2024, ProfileRules(dimension="vrz", count=1))
    # vrz 0.00 is the lowest, in units 2, 4 and 5: they share rank 1 and are all listed
    assert on_vrz["rank"].tolist() == [0, 0, 1, 0, 1, 1] and on_vrz["selected"].tolist() == [2, 4, 5]
    assert on_vrz["compensation"].tolist()[4] == "onv"  # onv 0.10 (class 7)


def test_official_classes_are_used_where_the_layer_has_them():
    """kscore and k{dimension} of the layer (the WFS) decide, not the release's cut-points."""
    from leefbaarometer.core.analyses.dimension_profile import ProfileRules
    from leefbaarometer.core.analyses.dimension_profile import lowest_units
    from leefbaarometer.core.release import load_release

    data = _data(UNITS, official=True)
    data.values[("kscore", 2024)][0] = 5.0  # as if the ministry had classed unit 0 voldoende
    data.values[("kvrz", 2024)][0] = 5.0
    r = lowest_units(data, load_release(), 2024, ProfileRules(count=1))
    assert r["total_class"][0] == 5 and r["type"][0] == "gecompenseerd" and r["compensation"][0] == "geen"


def test_bad_rules_are_named():
    from leefbaarometer.core.analyses.dimension_profile import ProfileRules
    from leefbaarometer.core.analyses.dimension_profile import lowest_units
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    data, release = _data(UNITS), load_release()
    for rules, words in ((ProfileRules(classic_max=5, compensated_min=5), "overlap"),
                         (ProfileRules(dimension="afw"), "must be one of"), (ProfileRules(share=120), "between 0 and 100"),
                         (ProfileRules(count=0), "at least 1")):
        with pytest.raises(LbmInputError, match=words):
            lowest_units(data, release, 2024, rules)
    no_dims = ScoreData(n=1, values={("afw", 2016): np.array([0.1])})
    with pytest.raises(LbmInputError, match="no scores of the dimension"):
        lowest_units(no_dims, release, 2016)


def test_criteria_name_every_threshold():
    from leefbaarometer.core.analyses.dimension_profile import ProfileRules

    assert ProfileRules().criteria() == ("dimension=onv; count=50; klassiek=kscore<=4; gecompenseerd=kscore>=5; "
                                         "compensatie=other dimensions with class>=6, highest score first")
    assert "share=2.5%" in ProfileRules(share=2.5).criteria() and "count" not in ProfileRules(share=2.5).criteria()


def test_heat_map_writes_every_value_in_its_cell_coloured_by_sign_without_overlaps():
    """The correlation chart: a cell per pair, coloured on the diverging scale (red negative, blue positive, grey
    without a value), its value (two decimals, signed, Dutch notation here) read back from the SVG inside its cell;
    the long title wraps within the width; no two texts overlap."""
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    from ..helpers import box_of
    from ..helpers import boxes_overlap
    from ..helpers import svg_drawing

    labels = ["fys", "onv", "soc"]
    matrix = [[None, 0.12, -0.13], [0.16, None, -0.004], [-0.95, float("nan"), None]]
    chart = builders.heat_map(90.0, render.text_width, dutch_number, labels, matrix,
                              "Correlations of the dimensions 2024: Spearman below the diagonal, Pearson above", "bron")
    cells = {m.gid: m for m in chart.marks}
    assert cells["cell:0:1"].fill == "#d1e5f0" and cells["cell:1:2"].fill == "#f7f7f7"  # +0.12: blue, −0.004: white
    assert cells["cell:0:2"].fill == "#fddbc7" and cells["cell:2:0"].fill == "#b2182b"  # −0.13, −0.95: red
    assert cells["cell:0:0"].fill == cells["cell:2:1"].fill == "#e0e0e0"  # the diagonal and NaN: no value
    assert len([t for t in chart.texts if t.role == "title"]) == 2 and all(t.box()[2] <= 90.0 for t in chart.texts)
    drawing = svg_drawing(render.svg(chart))
    texts = dict(drawing["texts"])
    for (i, j), want in {(0, 1): "+0,12", (0, 2): "\u22120,13", (1, 0): "+0,16", (1, 2): "0,00", (2, 0): "\u22120,95"}.items():
        x0, y0, x1, y1 = box_of(drawing["marks"][f"cell:{i}:{j}"][0])
        tx0, ty0, tx1, ty1 = texts[want]
        assert x0 < tx0 < tx1 < x1 and y0 < ty0 < ty1 < y1, want
    assert "\u22120,00" not in texts and len([t for t in chart.texts if t.role == "value"]) == 5
    boxes = drawing["texts"]
    for k, (name, box) in enumerate(boxes):
        for other, box2 in boxes[k + 1:]:
            assert not boxes_overlap(box, box2, 0.3), (name, other)
