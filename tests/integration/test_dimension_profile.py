"""dimensionprofile on the real data, every figure against a second, simple computation written here (pandas' corr
and rank, scipy.stats; weighted ones as the unweighted ones of buurten repeated once per household):

- the official WFS buurten 2024 (7 provinces, 6,958 buurten): the correlations over all buurten and per gemeente, the
  2024 report's claim about onv, and the 50 buurten lowest on onv with their type and compensation;
- the WFS buurten of Groningen and Amstelveen with CBS's households 2024, and the Rotterdam buurt rows of the official
  file with CBS's households: weighted correlations;
- the WFS gemeenten 2024 (342) with CBS's households 2023 and a G4/rest field: weighted, per group, the lowest 10;
- the national PC4 file 2002–2022 with gemeenten from assignzones: the last year with dimensions, a share of the units,
  per gemeente, and a year without dimensions refused.
"""
import json

import numpy as np
import pandas as pd
import pytest
import scipy.stats

from ..helpers import Log
from ..helpers import shared
from ..helpers import squares_layer

DIMS = ["fys", "onv", "soc", "vrz", "won"]
MEASURES = DIMS + ["afw"]
G4 = ("GM0363", "GM0599", "GM0518", "GM0344")  # Amsterdam, Rotterdam, Den Haag, Utrecht (set here: the plugin has no list)


def run(name, params, feedback=None):
    import processing

    return processing.run(f"leefbaarometer:{name}", params, feedback=feedback)


def features(path_or_layer):
    from qgis.core import QgsVectorLayer

    layer = path_or_layer if not isinstance(path_or_layer, str) else QgsVectorLayer(path_or_layer, "out", "ogr")
    names = layer.fields().names()
    rows = [[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def geojson_frame(*parts):
    with open(shared(*parts), encoding="utf-8") as fh:
        return pd.DataFrame([f["properties"] for f in json.load(fh)["features"]])


def expected_correlations(frame, group_col=None, weights=None):
    """{(group, a, b): (spearman, pearson, n)}: pandas' pairwise correlations, or (weighted) scipy's of the rows
    repeated once per unit of weight."""
    out = {}
    groups = [("alle", frame)] + ([(g, part) for g, part in frame.groupby(group_col)] if group_col else [])
    for g, part in groups:
        if weights is not None:
            w = part[weights].fillna(0).astype(int).to_numpy()
            rep = pd.DataFrame({m: np.repeat(part[m].to_numpy(dtype=float), w) for m in MEASURES})
            for i, a in enumerate(MEASURES):
                for b in MEASURES[i + 1:]:
                    ok = rep[[a, b]].dropna()
                    n = int(((part[weights].fillna(0) > 0) & part[a].notna() & part[b].notna()).sum())
                    sp = scipy.stats.spearmanr(ok[a], ok[b])[0] if n >= 3 else np.nan  # fewer than 3 units: empty
                    pe = scipy.stats.pearsonr(ok[a], ok[b])[0] if n >= 3 else np.nan
                    out[(g, a, b)] = (sp, pe, n)
        else:
            # min_periods=3: a group with fewer than 3 units has no correlation (the help says so)
            sp, pe = part[MEASURES].corr("spearman", min_periods=3), part[MEASURES].corr("pearson", min_periods=3)
            for i, a in enumerate(MEASURES):
                for b in MEASURES[i + 1:]:
                    out[(g, a, b)] = (sp.loc[a, b], pe.loc[a, b], int(part[[a, b]].dropna().shape[0]))
    return out


def check_table(table, expected, tol=1e-9):
    assert len(table) == len(expected)
    for r in table.itertuples():
        sp, pe, n = expected[(r.group, r.a, r.b)]
        assert r.n == n, (r.group, r.a, r.b)
        if np.isnan(sp):
            assert r.spearman is None or np.isnan(r.spearman), (r.group, r.a, r.b)
        else:
            assert r.spearman == pytest.approx(sp, abs=tol), (r.group, r.a, r.b)
            assert r.pearson == pytest.approx(pe, abs=tol), (r.group, r.a, r.b)


def expected_lowest(frame, count, dim="onv", classic_max=4, compensated_min=5, offset_min=6, key="code"):
    """{code: (rank, type, compensatie, dimension class, total class)} of the `count` lowest, written out: rank by pandas
    (method 'min': ties share the best rank), types from kscore, compensation from the official dimension classes."""
    ranks = frame[dim].rank(method="min")
    low = frame[ranks <= count].copy()
    low["rank"] = ranks[ranks <= count].astype(int)
    out = {}
    for _, u in low.iterrows():
        k = int(u["kscore"])
        kind = "klassiek" if k <= classic_max else ("gecompenseerd" if k >= compensated_min else "tussen")
        offsets = sorted([d for d in DIMS if d != dim and u[f"k{d}"] >= offset_min], key=lambda d: -u[d])
        out[u[key]] = (u["rank"], kind, ", ".join(offsets) or "geen", int(u[f"k{dim}"]), k)
    return out


# --- the official WFS buurten 2024 ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def buurten(lbm_provider_module, tmp_path_factory):
    folder = tmp_path_factory.mktemp("profile")
    log = Log()
    result = run("dimensionprofile", {"INPUT": shared("lbm", "wfs_buurtscore24_part.geojson"), "GROUP_FIELD": "gemeente",
                                      "OUTPUT": str(folder / "laagste.gpkg"), "CORRELATIONS": str(folder / "corr.gpkg")}, log)
    return result, log, geojson_frame("lbm", "wfs_buurtscore24_part.geojson")


def test_wfs_buurten_correlations_equal_pandas_overall_and_per_gemeente(buurten):
    result, _, frame = buurten
    table = features(result["CORRELATIONS"])
    assert table.columns.tolist() == ["fid", "group", "a", "b", "spearman", "pearson", "n", "criteria"]
    assert table.group.nunique() == 1 + frame.gemeente.nunique() == 187  # alle + 186 gemeenten
    check_table(table, expected_correlations(frame, "gemeente"))
    assert table.criteria.iloc[0] == "year=2024; weights=units; group=gemeente; release=lbm3_2024"


def test_the_reports_claim_about_onv_holds_on_the_wfs_buurten(buurten):
    """The 2024 report: onv goes most strongly with sociale samenhang, positively with woningvoorraad, negatively with
    voorzieningen. On the 6,958 buurten (pandas, written out here): Spearman soc +0.846, won +0.764, vrz −0.712, fys
    +0.161 (Pearson +0.815, +0.687, −0.723, +0.118)."""
    result, log, frame = buurten
    table = features(result["CORRELATIONS"])
    alle = table[table.group == "alle"]
    onv = {(r.b if r.a == "onv" else r.a): (r.spearman, r.pearson) for r in alle.itertuples() if "onv" in (r.a, r.b)}
    sp = frame[MEASURES].corr(method="spearman")["onv"]
    assert onv["soc"][0] == pytest.approx(sp["soc"], abs=1e-12) == pytest.approx(0.846, abs=5e-4)
    assert onv["won"][0] == pytest.approx(0.764, abs=5e-4) and onv["vrz"][0] == pytest.approx(-0.712, abs=5e-4)
    others = {d: abs(onv[d][0]) for d in DIMS if d != "onv"}
    assert max(others, key=others.get) == "soc"  # strongest …
    assert max({d: abs(onv[d][1]) for d in others}.items(), key=lambda kv: kv[1])[0] == "soc"  # … by Pearson too
    assert onv["won"][0] > 0 and onv["won"][1] > 0 and onv["vrz"][0] < 0 and onv["vrz"][1] < 0
    line = next(x for x in log.lines if x.startswith("Correlation of onv"))
    assert "soc +0.85 (+0.82); won +0.76 (+0.69); vrz -0.71 (-0.72)" in line


def test_wfs_buurten_lowest_on_onv_by_type(buurten):
    """The 50 buurten lowest on onv: 27 klassiek (total class ≤ 4), 23 gecompenseerd (≥ 5; 14 of them class 9, the
    Amsterdam centre's Burgwallen and Grachtengordel buurten, with vrz offsetting). Every field against the pandas
    computation above, from the official classes of the WFS."""
    result, log, frame = buurten
    out = features(result["OUTPUT"])
    want = expected_lowest(frame, 50)
    assert len(out) == 50 and result["LISTED"] == 50
    assert result["CLASSIC"] == 27 and result["COMPENSATED"] == 23 and result["BETWEEN"] == 0
    got = {r.code: (r.rank, r.type, r.compensatie, r.dimensie_klasse, r.totaal_klasse) for r in out.itertuples()}
    assert got == want
    assert set(out.dimensie) == {"onv"} and (out.dimensie_score == frame.set_index("code").onv[out.code].to_numpy()).all()
    assert out.set_index("rank").loc[1, "naam"] == "Riekerhaven" and out.set_index("rank").loc[1, "gemeente"] == "Amsterdam"
    compensated = out[out.type == "gecompenseerd"]
    assert (compensated.totaal_klasse == 9).sum() == 14 and compensated.compensatie.str.startswith("vrz").all()
    assert out.criteria.iloc[0] == ("year=2024; dimension=onv; count=50; klassiek=kscore<=4; gecompenseerd=kscore>=5; "
                                    "compensatie=other dimensions with class>=6, highest score first; release=lbm3_2024")
    assert "1. Riekerhaven (Amsterdam): onv -0.413 (class 1), total class 3, klassiek; compensatie vrz, soc" in log.lines
    assert "3. Kalverdriehoek (Amsterdam): onv -0.339 (class 1), total class 9, gecompenseerd; compensatie vrz, fys" in log.lines


def test_the_lowest_units_open_styled_by_type(buurten):
    from qgis.core import QgsVectorLayer

    result, _, _ = buurten
    layer = QgsVectorLayer(result["OUTPUT"], "laagste", "ogr")
    renderer = layer.renderer()  # the GeoPackage's default style
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "type"
    cats = {c.value(): (c.label(), c.symbol().color().name()) for c in renderer.categories() if c.value() not in (None, "")}
    assert cats == {"klassiek": ("klassiek: low overall too", "#d73027"), "tussen": ("tussen: in between", "#fee090"),
                    "gecompenseerd": ("gecompenseerd: offset by other dimensions", "#4575b4")}


def test_thresholds_and_another_dimension(lbm_provider_module):
    """klassiek ≤ 3, gecompenseerd ≥ 6 (class 4 and 5 are tussen), compensation from class 7, the 30 lowest on vrz."""
    frame = geojson_frame("lbm", "wfs_buurtscore24_part.geojson")
    r = run("dimensionprofile", {"INPUT": shared("lbm", "wfs_buurtscore24_part.geojson"), "DIMENSION": 3, "COUNT": 30,
                                 "CLASSIC_MAX": 3, "COMPENSATED_MIN": 6, "OFFSET_MIN_CLASS": 7, "OUTPUT": "memory:",
                                 "CORRELATIONS": "memory:"})
    out = features(r["OUTPUT"])
    want = expected_lowest(frame, 30, "vrz", 3, 6, 7)
    assert {x.code: (x.rank, x.type, x.compensatie, x.dimensie_klasse, x.totaal_klasse) for x in out.itertuples()} == want
    types = out.type.value_counts().to_dict()
    assert sum(types.values()) == len(want) >= 30 and types == pd.Series([v[1] for v in want.values()]).value_counts().to_dict()
    assert "tussen" in types and "klassiek=kscore<=3" in out.criteria.iloc[0] and "class>=7" in out.criteria.iloc[0]


# --- weighted by CBS's households ------------------------------------------------------------------------------------

def cbs_households(*gemeenten):
    out = {}
    for gm in gemeenten:
        with open(shared("cbs", "kwb2024", f"{gm}.json"), encoding="utf-8") as fh:
            out.update({b["code"]: b["demografie"]["huishoudens"] for b in json.load(fh)["buurten"]})
    return out


def with_households(layer, key, households):
    """`layer` (a memory layer) with a field huishoudens: CBS's households by the unit's code in `key`, NULL where CBS
    suppresses them."""
    from qgis.core import QgsField

    from leefbaarometer.processing.compat import DOUBLE

    layer.dataProvider().addAttributes([QgsField("huishoudens", DOUBLE)])
    layer.updateFields()
    idx = layer.fields().indexOf("huishoudens")
    layer.dataProvider().changeAttributeValues({f.id(): {idx: households[f[key]]} for f in layer.getFeatures()
                                                if households.get(f[key]) is not None})
    return layer


def test_weighted_by_cbs_households_groningen_and_amstelveen(lbm_provider_module):
    """The WFS buurten of Groningen and Amstelveen with CBS's households 2024 (CBS suppresses none of these 148); the
    weighted correlations equal scipy's on the buurten repeated once per household."""
    from qgis.core import QgsFeatureRequest
    from qgis.core import QgsVectorLayer

    wfs = QgsVectorLayer(shared("lbm", "wfs_buurtscore24_part.geojson"), "wfs", "ogr")
    layer = wfs.materialize(QgsFeatureRequest().setFilterExpression("\"gemeente\" IN ('Groningen', 'Amstelveen')"))
    with_households(layer, "code", cbs_households("GM0014", "GM0362"))
    log = Log()
    r = run("dimensionprofile", {"INPUT": layer, "WEIGHTS": "huishoudens", "GROUP_FIELD": "gemeente", "COUNT": 10,
                                 "OUTPUT": "memory:", "CORRELATIONS": "memory:"}, log)
    frame = features(layer)
    assert len(frame) == 148 and frame.huishoudens.notna().all()  # 104 + 44 buurten, CBS suppresses none of them
    assert not any("huishoudens" in line for line in log.lines if line.startswith("WARNING"))
    table = features(r["CORRELATIONS"])
    check_table(table, expected_correlations(frame, "gemeente", "huishoudens"), tol=1e-9)
    assert table.criteria.iloc[0].startswith("year=2024; weights=huishoudens; group=gemeente")
    # unweighted and weighted differ: households matter
    plain = frame[MEASURES].corr(method="spearman").loc["onv", "soc"]
    weighted = table[(table.group == "alle") & (table.a == "onv") & (table.b == "soc")].spearman.iloc[0]
    assert abs(weighted - plain) > 0.005


def test_weighted_rotterdam_buurten_from_the_published_file(lbm_provider_module, tmp_path):
    """The 87 Rotterdam buurt rows of the official 2024 file (imported onto squares: the shared data has no geometry for
    them) with CBS's households: weighted correlations against scipy; the 15 lowest on onv against pandas."""
    from qgis.core import QgsFeatureRequest
    from qgis.core import QgsVectorLayer

    path = shared("lbm", "scores_buurten_2024_rotterdam.csv")
    csv = pd.read_csv(path, na_values="NA")
    hh = cbs_households("GM0599")
    squares = squares_layer("bu_code", csv.bu_code.tolist())
    imported = run("importscores", {"SCORES": path, "GEOMETRY": squares, "OUTPUT": str(tmp_path / "rdam.gpkg")})["OUTPUT"]
    layer = with_households(QgsVectorLayer(imported, "rdam", "ogr").materialize(QgsFeatureRequest()), "bu_code", hh)
    log = Log()
    r = run("dimensionprofile", {"INPUT": layer, "WEIGHTS": "huishoudens", "COUNT": 15, "OUTPUT": "memory:",
                                 "CORRELATIONS": "memory:"}, log)
    frame = csv.copy()
    frame["huishoudens"] = frame.bu_code.map(hh)
    assert len(frame) == 87 and frame.huishoudens.isna().sum() == 2  # CBS suppresses 2 of them: weight 0, said in the log
    assert "WARNING 2 units have no huishoudens (NULL): they count as 0" in log.lines
    table = features(r["CORRELATIONS"])
    check_table(table, expected_correlations(frame, None, "huishoudens"))
    # the lowest 15 on onv: classes computed with the release (the file has no class fields)
    out = features(r["OUTPUT"])
    ranks = frame.onv.rank(method="min")
    assert sorted(out.bu_code) == sorted(frame.bu_code[ranks <= 15]) and len(out) == 15
    cuts = np.array([-0.4318, -0.3541, -0.2790, -0.1636, -0.1033, 0.0102, 0.0896, 0.1680])
    k = dict(zip(frame.bu_code, np.searchsorted(cuts, frame.afw, side="right") + 1))
    assert all(x.totaal_klasse == k[x.bu_code] for x in out.itertuples())
    assert all(x.type == ("klassiek" if k[x.bu_code] <= 4 else "gecompenseerd") for x in out.itertuples())
    assert any(line.startswith("1. ") and "(GM0599)" in line for line in log.lines)  # gemeente from the buurt code


# --- the WFS gemeenten 2024 ----------------------------------------------------------------------------------------

def test_wfs_gemeenten_weighted_by_cbs_households_per_group(lbm_provider_module):
    """342 gemeenten, weighted by CBS's households 2023 (joined on the code; gemeenten of 2024 that CBS 2023 lacks
    weigh 0), grouped G4 / rest by a field made here; the 10 gemeenten lowest on onv."""
    from qgis.core import QgsFeatureRequest
    from qgis.core import QgsField
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import DOUBLE
    from leefbaarometer.processing.compat import STRING

    cbs = geojson_frame("cbs", "gemeenten_2023.geojson").set_index("gemeentecode").aantalHuishoudens
    layer = QgsVectorLayer(shared("lbm", "wfs_gemeentescore24.geojson"), "gem", "ogr").materialize(QgsFeatureRequest())
    layer.dataProvider().addAttributes([QgsField("huishoudens", DOUBLE), QgsField("groep", STRING)])
    layer.updateFields()
    ih, ig = layer.fields().indexOf("huishoudens"), layer.fields().indexOf("groep")
    layer.dataProvider().changeAttributeValues({f.id(): {ih: float(cbs[f["code"]]) if f["code"] in cbs.index else None,
                                                         ig: "G4" if f["code"] in G4 else "rest"} for f in layer.getFeatures()})
    log = Log()
    r = run("dimensionprofile", {"INPUT": layer, "WEIGHTS": "huishoudens", "GROUP_FIELD": "groep", "COUNT": 10,
                                 "OUTPUT": "memory:", "CORRELATIONS": "memory:"}, log)
    frame = features(layer)
    assert len(frame) == 342
    table = features(r["CORRELATIONS"])
    assert table.group.tolist()[::15] == ["alle", "G4", "rest"] and (table[table.group == "G4"].n == 4).all()
    check_table(table, expected_correlations(frame, "groep", "huishoudens"))
    out = features(r["OUTPUT"])
    assert {x.code: (x.rank, x.type, x.compensatie, x.dimensie_klasse, x.totaal_klasse) for x in out.itertuples()} == \
        expected_lowest(frame, 10)
    # the lowest gemeenten on onv (pandas above): Rotterdam −0.134, Schiedam −0.116, Amsterdam −0.110
    assert out.sort_values("rank").naam.tolist()[:3] == ["Rotterdam", "Schiedam", "Amsterdam"]
    # a gemeente is named once, not 'Rotterdam (Rotterdam)'
    assert "1. Rotterdam: onv -0.134 (class 3), total class 6, gecompenseerd; compensatie vrz" in log.lines


# --- the national PC4 file -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pc4(lbm_provider_module, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pc4profile")
    imported = run("importscores", {"SCORES": shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
                                    "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": str(folder / "pc4.gpkg")})
    assigned = run("assignzones", {"INPUT": imported["OUTPUT"], "ZONES": shared("cbs", "gemeenten_2023.geojson"),
                                   "OUTPUT": str(folder / "pc4_gm.gpkg")})
    return assigned["OUTPUT"]


def test_pc4_last_year_with_dimensions_a_share_and_per_gemeente(pc4):
    """Year empty: 2022, the file's last year (with dimensions). A share of 1 % of the 4,055 areas with an onv score is
    41 (40.55 rounded up). Correlations per gemeente (from assignzones) against pandas on the published CSV."""
    log = Log()
    r = run("dimensionprofile", {"INPUT": pc4, "SHARE": 1, "GROUP_FIELD": "gm_code", "OUTPUT": "memory:",
                                 "CORRELATIONS": "memory:"}, log)
    csv = pd.read_csv(shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"), na_values="NA", dtype={"PC4": str})
    y22 = csv[csv.jaar == 2022].set_index("PC4")
    gm = features(pc4).set_index("PC4").gm_code
    frame = y22.join(gm, how="inner").reset_index()
    # 4,057 areas with 2022 scores in the file; 8269 and 8323 have no CBS boundary (importscores says so): 4,055
    assert len(frame) == 4055 and frame.onv.notna().all() and not {"8269", "8323"} & set(frame.PC4)
    table = features(r["CORRELATIONS"])
    assert table.criteria.iloc[0].startswith("year=2022;")
    check_table(table, expected_correlations(frame, "gm_code"))
    out = features(r["OUTPUT"])
    ranks = frame.onv.rank(method="min")
    assert r["LISTED"] == 41 == len(out) and sorted(out.PC4) == sorted(frame.PC4[ranks <= 41])
    cuts = np.array([-0.4318, -0.3541, -0.2790, -0.1636, -0.1033, 0.0102, 0.0896, 0.1680])
    k = dict(zip(frame.PC4, np.searchsorted(cuts, frame.afw, side="right") + 1))
    assert all(x.totaal_klasse == k[x.PC4] for x in out.itertuples())
    assert "share=1%" in out.criteria.iloc[0] and "year=2022" in out.criteria.iloc[0]
    top = out.set_index("rank").loc[1]
    # a PC4 area is named by its code (it has no name of its own), with its gemeente
    assert any(line.startswith(f"1. {top.PC4} ({top.gm_naam}): onv ") for line in log.lines)
    assert "1. 3198 (Rotterdam): onv -0.422 (class 1), total class 1, klassiek; compensatie geen" in log.lines


def test_pc4_year_without_dimensions_and_bad_thresholds_are_named(pc4):
    from qgis.core import QgsProcessingException

    years = "2014, 2018, 2020, 2022"
    with pytest.raises(QgsProcessingException, match=f"2016 has no dimension scores in this layer; the years with them: {years}"):
        run("dimensionprofile", {"INPUT": pc4, "YEAR": 2016, "OUTPUT": "memory:", "CORRELATIONS": "memory:"})
    with pytest.raises(QgsProcessingException, match="overlap: the first must be below the second"):
        run("dimensionprofile", {"INPUT": pc4, "CLASSIC_MAX": 5, "COMPENSATED_MIN": 5, "OUTPUT": "memory:",
                                 "CORRELATIONS": "memory:"})
