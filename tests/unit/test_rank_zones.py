"""core/analyses/rank_zones.py without QGIS: rankings worked out by hand, and against pandas written out here."""
import numpy as np
import pandas as pd
import pytest


def _rank(columns, indicators, n_units=None, **rules):
    from leefbaarometer.core.analyses.rank_zones import RankRules
    from leefbaarometer.core.analyses.rank_zones import rank_zones

    return rank_zones(columns, indicators, n_units, RankRules(**rules))


def test_indicators_from_the_matrix():
    from leefbaarometer.core.analyses.rank_zones import Indicator
    from leefbaarometer.core.analyses.rank_zones import parse_indicators

    got = parse_indicators(["onv", "low", "1", "crime", "HOOG", "0,5", "soc", "laag", "", "", "", ""])
    assert got == [Indicator("onv", "low", 1.0), Indicator("crime", "high", 0.5), Indicator("soc", "low", 1.0)]
    assert [i.text() for i in got] == ["onv:low:1", "crime:high:0.5", "soc:low:1"]


@pytest.mark.parametrize("values, message", [
    ([], "give at least one indicator"),
    (["onv", "low"], "rows of three"),
    (["onv", "worse", "1"], "must be low or high"),
    (["onv", "low", "-1"], "a number ≥ 0, not '-1'"),
    (["onv", "low", "x"], "a number ≥ 0, not 'x'"),
    (["onv", "low", "1", "onv", "high", "1"], "more than once: onv"),
    (["onv", "low", "0", "soc", "low", "0"], "every indicator has weight 0"),
    (["", "low", "1"], "row 1 has no field"),
])
def test_bad_indicators_are_named(values, message):
    from leefbaarometer.core.analyses.rank_zones import parse_indicators
    from leefbaarometer.core.errors import LbmInputError

    with pytest.raises(LbmInputError, match=message):
        parse_indicators(values)


def test_three_zones_by_hand_z_and_percentile():
    from leefbaarometer.core.analyses.rank_zones import Indicator

    # x: low is worse (a score); y: high is worse (crime). Zone D lacks x.
    columns = {"x": np.array([1.0, 2.0, 3.0, np.nan]), "y": np.array([10.0, 20.0, 30.0, 40.0])}
    inds = [Indicator("x", "low", 2.0), Indicator("y", "high", 1.0)]
    r = _rank(columns, inds)
    t = r.table
    z = 1 / np.sqrt(2 / 3)  # turned x −1, −2, −3: mean −2, population sd √(2/3)
    assert t["z_x"].tolist()[:3] == pytest.approx([z, 0, -z]) and np.isnan(t["z_x"][3])
    assert t["z_y"].tolist()[:3] == pytest.approx([-z, 0, z])
    assert t["composite"].tolist()[:3] == pytest.approx([(2 * z - z) / 3, 0, (-2 * z + z) / 3])
    assert t["rank"].tolist() == [1, 2, 3, pd.NA]
    assert t["rank_x"].tolist() == [1, 2, 3, pd.NA] and t["rank_y"].tolist() == [3, 2, 1, pd.NA]
    assert t["n_worst_decile"].tolist() == [0, 0, 0, pd.NA]  # rank ≤ 0.3 for M = 3: none
    assert t["reason"].tolist() == [None, None, None, "ontbrekend: x"]
    assert r.ranked == 3

    p = _rank(columns, inds, method="percentile").table
    # turned x: C lowest (rank 1 from the favourable end) … A highest: 100 × (r − ½) / 3
    assert p["pct_x"].tolist()[:3] == pytest.approx([250 / 3, 50, 50 / 3])
    assert p["pct_y"].tolist()[:3] == pytest.approx([50 / 3, 50, 250 / 3])
    assert p["composite"].tolist()[:3] == pytest.approx([(500 / 3 + 50 / 3) / 3, 50, (100 / 3 + 250 / 3) / 3])
    assert p["rank"].tolist() == [1, 2, 3, pd.NA]


def test_too_few_units_no_units_ties_and_the_worst_decile():
    from leefbaarometer.core.analyses.rank_zones import Indicator

    # 22 zones; zone 20 has 2 units, zone 21 none (and so no values). y ties: zones 0 and 1 share the best rank.
    y = np.array([50.0, 50.0] + list(range(18, 0, -1)) + [99.0, np.nan])
    x = np.arange(22, dtype=float)  # low is worse: zone 0 the worst
    units = np.array([10] * 20 + [2, 0])
    r = _rank({"x": x, "y": y}, [Indicator("x", "low", 1.0), Indicator("y", "high", 1.0)], units)
    t = r.table
    assert r.ranked == 20
    assert t["reason"][20] == "te weinig eenheden (2 < 5)" and t["reason"][21] == "geen eenheden"
    assert t["rank_y"].tolist()[:4] == [1, 1, 3, 4]
    assert t["rank_x"].tolist()[:3] == [1, 2, 3]
    # worst tenth of 20 zones: rank ≤ 2. Zone 0: x 1, y 1 → 2; zone 1: x 2, y 1 → 2; zone 2: x 3, y 3 → 0.
    assert t["n_worst_decile"].tolist()[:3] == [2, 2, 0]


def test_fewer_than_two_zones_and_empty_indicators_are_errors():
    from leefbaarometer.core.analyses.rank_zones import Indicator
    from leefbaarometer.core.errors import LbmInputError

    with pytest.raises(LbmInputError, match=r"fewer than two zones can be ranked \(1 of 2\).*ontbrekend: x"):
        _rank({"x": np.array([1.0, np.nan])}, [Indicator("x")])
    with pytest.raises(LbmInputError, match="indicator 'y' has no value in any zone"):
        _rank({"x": np.array([1.0, 2.0]), "y": np.array([np.nan, np.nan])}, [Indicator("x"), Indicator("y")])


def test_an_indicator_that_does_not_vary_counts_zero():
    from leefbaarometer.core.analyses.rank_zones import Indicator

    r = _rank({"x": np.array([1.0, 2.0, 3.0]), "c": np.array([5.0, 5.0, 5.0])}, [Indicator("x"), Indicator("c")])
    assert r.table["z_c"].tolist() == [0, 0, 0] and r.table["rank_c"].tolist() == [1, 1, 1]
    assert r.notes == ["indicator 'c' has the same value in every ranked zone: it does not tell them apart"]
    assert r.table["rank"].tolist() == [1, 2, 3]


def test_random_zones_against_pandas():
    """A second, simple implementation with pandas, on 500 zones with missing values and ties."""
    from leefbaarometer.core.analyses.rank_zones import Indicator

    rng = np.random.default_rng(7)
    n = 500
    df = pd.DataFrame({"a": rng.normal(size=n).round(2), "b": rng.integers(0, 30, n).astype(float),
                       "c": rng.uniform(size=n)})
    df.loc[rng.choice(n, 25, replace=False), "a"] = np.nan
    units = pd.Series(rng.integers(0, 12, n))
    inds = [Indicator("a", "low", 1.5), Indicator("b", "high", 1.0), Indicator("c", "low", 0.5)]
    w = pd.Series({"a": 1.5, "b": 1.0, "c": 0.5})
    ok = df.notna().all(axis=1) & (units >= 5)
    turned = pd.DataFrame({"a": -df.a, "b": df.b, "c": -df.c})[ok]
    m = len(turned)
    for method in ("z", "percentile"):
        t = _rank({k: df[k].to_numpy() for k in "abc"}, inds, units.to_numpy(), method=method).table
        if method == "z":
            score = (turned - turned.mean()) / turned.std(ddof=0)
        else:
            score = (turned.rank(method="average") - 0.5) / m * 100
        composite = (score * w).sum(axis=1) / w.sum()
        own = turned.rank(ascending=False, method="min")
        prefix = "z_" if method == "z" else "pct_"
        for k in "abc":
            assert t[prefix + k][ok].to_numpy() == pytest.approx(score[k].to_numpy(), abs=1e-12)
            assert t["rank_" + k][ok].astype(int).tolist() == own[k].astype(int).tolist()
        assert t["composite"][ok].to_numpy() == pytest.approx(composite.to_numpy(), abs=1e-12)
        # Equal composites share a rank: compared to 9 decimals (sums in another order differ at the 16th digit).
        want = composite.round(9).rank(ascending=False, method="min").astype(int)
        assert t["rank"][ok].astype(int).tolist() == want.tolist()
        assert method == "z" or want.duplicated().sum() > 10  # the percentile composites do have ties
        assert t["n_worst_decile"][ok].astype(int).tolist() == (own <= m / 10).sum(axis=1).tolist()
        assert t["rank"][~ok].isna().all() and t["reason"][~ok].notna().all() and t["reason"][ok].isna().all()


def test_indicators_aggregated_from_units():
    from leefbaarometer.core.analyses.rank_zones import aggregated_indicators
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    # zone 0: three units, weights 1, 2, 1; zone 1: one unit; the fifth unit has no zone.
    afw22 = np.array([-0.30, 0.00, 0.10, 0.20, 0.5])
    afw24 = np.array([-0.40, 0.05, 0.10, 0.10, 0.5])  # classes 2024: 2, 6, 8, 9, 9 (cuts −0.4318 … 0.1680)
    onv24 = np.array([-0.10, 0.00, np.nan, 0.05, 0.0])
    data = ScoreData(n=5, values={("afw", 2022): afw22, ("afw", 2024): afw24, ("onv", 2024): onv24})
    zone = np.array([0, 0, 0, 1, -1])
    w = np.array([1.0, 2.0, 1.0, 3.0, 9.0])
    crime = np.array([10.0, np.nan, 30.0, 5.0, 1.0])
    names = ["afw_2024", "onv_2024", "dafw_2022_2024", "aandeel_w13_2024", "w13_2024", "crime", "n_units"]
    out, n_units, weight = aggregated_indicators(data, zone, 2, w, load_release(), names, {"crime": crime})
    assert out["afw_2024"] == pytest.approx([(-0.4 + 0.1 + 0.1) / 4, 0.1])
    assert out["onv_2024"] == pytest.approx([(-0.1 * 1 + 0) / 3, 0.05])  # the unit without onv left out
    assert out["dafw_2022_2024"] == pytest.approx([(-0.4 + 0.1 + 0.1) / 4 - (-0.3 + 0.1) / 4, 0.1 - 0.2])
    assert out["w13_2024"] == pytest.approx([1.0, 0.0]) and out["aandeel_w13_2024"] == pytest.approx([0.25, 0.0])
    assert out["crime"] == pytest.approx([(10 + 30) / 2, 5.0])
    assert n_units.tolist() == [3, 1] and weight.tolist() == [4.0, 3.0] and out["n_units"].tolist() == [3, 1]

    flat = ScoreData(n=2, values={("onv", 2024): np.array([0.1, 0.3]), ("afw", 2024): np.array([0.0, 0.0])})
    got, _, _ = aggregated_indicators(flat, np.array([0, 0]), 1, np.ones(2), load_release(), ["onv"])
    assert got["onv"] == pytest.approx([0.2])  # a bare measure on a layer of one year
    with pytest.raises(LbmInputError, match=r"'afw': the layer has it for 2022, 2024; name the year, e.g. afw_2024"):
        aggregated_indicators(data, zone, 2, w, load_release(), ["afw"])
    with pytest.raises(LbmInputError, match=r"'income' is neither a field of the units nor a figure of the aggregation"):
        aggregated_indicators(data, zone, 2, w, load_release(), ["income"])
    with pytest.raises(LbmInputError, match="first year must come before the second"):
        aggregated_indicators(data, zone, 2, w, load_release(), ["dafw_2024_2022"])


def test_map_classes_by_rank():
    from leefbaarometer.core.analyses.rank_zones import map_class
    from leefbaarometer.core.analyses.rank_zones import rank_limits
    from leefbaarometer.core.views import ranking_spec

    assert rank_limits(342) == [34, 85, 256, 307, 342] and rank_limits(5) == [0, 1, 3, 4, 5]
    assert [map_class(r, 342) for r in (1, 34, 35, 85, 86, 256, 257, 307, 308, 342, None)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0]
    spec = ranking_spec(5)
    assert spec.expression == ('CASE WHEN "rank" IS NULL THEN NULL WHEN "rank" <= 0 THEN 1 WHEN "rank" <= 1 THEN 2 '
                               'WHEN "rank" <= 3 THEN 3 WHEN "rank" <= 4 THEN 4 ELSE 5 END')
    assert [c[1] for c in spec.categories] == [
        "most unfavourable 10 % (no zone)", "unfavourable, 10–25 % (rank 1)", "middle, 25–75 % (rank 2–3)",
        "favourable, 75–90 % (rank 4)", "most favourable 10 % (rank 5)", "not ranked (see the field 'reason')"]
    assert spec.categories[-1][0] is None


def test_the_annex_section_reads_a_ranking_as_the_algorithm_writes_it():
    """core/annex_ranking.py on a ranking of 20 zones (what rankzones writes): the table, the sentence, the reasons."""
    from leefbaarometer.core.analyses.rank_zones import Indicator
    from leefbaarometer.core.annex_ranking import position_sentence
    from leefbaarometer.core.annex_ranking import position_table
    from leefbaarometer.core.annex_ranking import read_ranking

    onv = np.array([-0.30, -0.25] + [0.01 * k for k in range(17)] + [np.nan])
    crime = np.array([10.0, 90.0] + [20.0 + k for k in range(17)] + [5.0])
    r = _rank({"onv": onv, "crime": crime}, [Indicator("onv", "low", 2.0), Indicator("crime", "high", 1.0)])
    table = pd.concat([pd.DataFrame({"gm_code": [f"GM{k:04d}" for k in range(20)], "onv": onv, "crime": crime}), r.table],
                      axis=1)
    table["criteria"] = "indicators=onv:low:2,crime:high:1; method=z; min_units=-; ranked=19/20"
    # As QGIS hands the features over: NULL as None, integers as numbers.
    table = table.astype(object).where(table.notna(), None)
    ranking = read_ranking(table, "gm_code")
    assert ranking.ranked == 19 and [i.field for i in ranking.indicators] == ["onv", "crime"]
    # Zone 1: onv second lowest (rank 2 ≤ 1.9? no), crime highest (rank 1 ≤ 1.9: the worst tenth of 19).
    t = position_table(ranking, "GM0001")
    assert t["Indicator"].tolist() == ["Overlast en onveiligheid (onv)", "crime", "Samengesteld (z-scores)"]
    assert t["Ongunstig"].tolist() == ["laag", "hoog", ""] and t["Gewicht"].tolist() == ["2", "1", None]
    assert t["Waarde"].tolist()[:2] == [-0.25, 90.0] and t["Waarde"][2] == pytest.approx(r.table["composite"][1])
    assert t["Rang"].tolist() == [2, 1, 1] and t["Ongunstigste tiende"].tolist() == ["", "ja", ""]
    # By hand: z of onv (turned) and crime over the 19 ranked zones; zone 1 has the highest composite.
    turned = pd.DataFrame({"onv": -onv[:19], "crime": crime[:19]})
    z = (turned - turned.mean()) / turned.std(ddof=0)
    composite = (2 * z.onv + z.crime) / 3
    assert composite.idxmax() == 1 and t["Waarde"][2] == pytest.approx(composite[1])
    assert position_sentence("Zone 1", ranking, "GM0001") == (
        "In de rangorde van 19 gebieden op onv en crime staat Zone 1 op plaats 1 (1 = meest ongunstig); bij het "
        "ongunstigste tiende hoort Zone 1 op 1 van de 2 indicatoren (crime).")
    assert position_sentence("Zone 19", ranking, "GM0019") == (
        "In de rangorde van 19 gebieden op onv en crime is Zone 19 niet gerangschikt: ontbrekend: onv.")
    assert position_sentence("Elders", ranking, "GM9999") == (
        "Elders staat niet in de gegeven rangorde (19 gerangschikte gebieden op onv en crime).")
    assert position_table(ranking, "GM9999") is None
    # A ranking layer filtered to some zones: M stays the ranking's own (criteria 'ranked=19/20').
    assert read_ranking(table[table.gm_code != "GM0003"], "gm_code").ranked == 19
    no_m = table.assign(criteria="indicators=onv:low:2,crime:high:1; method=z")
    assert read_ranking(no_m[no_m.gm_code != "GM0003"], "gm_code").ranked == 18  # else the ranks the layer holds
    with pytest.raises(ValueError, match="rank_crime"):
        read_ranking(table.drop(columns="rank_crime"), "gm_code")
    with pytest.raises(ValueError, match="composite"):
        read_ranking(table.drop(columns="composite"), "gm_code")
