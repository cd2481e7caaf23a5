"""The report analyses on hand-built layers whose answers are worked out here, and on the real PC4 file."""
import numpy as np
import pandas as pd
import pytest

from ..helpers import memory_layer
from ..helpers import shared

NA = None
# afw values and their total-score classes (cut-points −0.4318 −0.3541 −0.2790 −0.1636 −0.1033 0.0102 0.0896 0.1680)
A = {1: -0.5, 2: -0.4, 3: -0.30, 4: -0.2, 5: -0.12, 6: 0.0, 7: 0.05, 8: 0.1, 9: 0.2}


def grid_layer(cells, years, extra=None):
    """Memory layer of 100 m cells: cells = {(x, y): [afw per year]}, extra = {field: {(x, y): value}}."""
    from qgis.core import QgsFeature
    from qgis.core import QgsField
    from qgis.core import QgsGeometry
    from qgis.core import QgsRectangle
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import DOUBLE
    from leefbaarometer.processing.compat import STRING

    extra = extra or {}
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "grid", "memory")
    fields = [QgsField("grid_id", STRING)] + [QgsField(f"afw_{y}", DOUBLE) for y in years]
    fields += [QgsField(name, STRING if isinstance(next(iter(v.values())), str) else DOUBLE)
               for name, v in extra.items()]
    lyr.dataProvider().addAttributes(fields)
    lyr.updateFields()
    feats = []
    for (x, y), values in cells.items():
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x * 100, y * 100, x * 100 + 100, y * 100 + 100)))
        f.setAttributes([f"E{x}N{y}", *values, *(v.get((x, y)) for v in extra.values())])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def rows(layer):
    return [{n: (None if str(f[n]) == "NULL" else f[n]) for n in layer.fields().names()} for f in layer.getFeatures()]


# --- pressure ----------------------------------------------------------------------------------------------

YEARS4 = (2018, 2020, 2022, 2024)


def pressure_grid():
    """5×5 cells. Cluster: (0,0) (1,0) (1,1) class 3 in all four years, 50 dwellings each; (2,2) class 3 always,
    40 dwellings, touching (1,1) only at a corner; (4,4) class 3 always but alone with 60 dwellings;
    (3,0) class 3 in only two of the four years. Everything else class 8."""
    cells, dwellings = {}, {}
    for x in range(5):
        for y in range(5):
            cells[(x, y)] = [A[8]] * 4
            dwellings[(x, y)] = 10.0
    for c in [(0, 0), (1, 0), (1, 1)]:
        cells[c], dwellings[c] = [A[3]] * 4, 50.0
    cells[(2, 2)], dwellings[(2, 2)] = [A[3]] * 4, 40.0
    cells[(4, 4)], dwellings[(4, 4)] = [A[3]] * 4, 60.0
    cells[(3, 0)] = [A[3], A[3], A[8], A[8]]
    return grid_layer(cells, YEARS4, {"woningen": dwellings, "buurt": {c: ("BU1" if c[0] < 2 else "BU2") for c in cells}})


def test_pressure_on_a_5x5_grid(run_alg):
    layer = pressure_grid()
    r8 = run_alg("pressure", {"INPUT": layer, "WEIGHT": "woningen", "CODE_FIELDS": ["buurt"], "OUTPUT": "memory:"})
    (c,) = rows(r8["OUTPUT"])
    # 8-connected: (2,2) joins through the corner of (1,1): 4 cells, 190 dwellings; (4,4) is too small (60 < 100)
    assert (c["eenheden"], c["woningen"], c["k_laatst"], c["metingen_onder_druk"], c["aaneengesloten_tot_laatst"]) == (4, 190, 3, 4, 4)
    assert c["buurt"] == "BU1, BU2" and c["afw_laatst"] == pytest.approx(A[3])
    assert r8["OUTPUT"].getFeature(next(r8["OUTPUT"].getFeatures()).id()).geometry().area() == pytest.approx(4 * 10000)
    assert "max_class=3" in c["criteria"] and "min_dwellings=100; weight=woningen" in c["criteria"]
    r4 = run_alg("pressure", {"INPUT": layer, "WEIGHT": "woningen", "CONNECTIVITY": 1, "OUTPUT": "memory:"})
    (c,) = rows(r4["OUTPUT"])
    assert (c["eenheden"], c["woningen"]) == (3, 150)  # 4-connected: (2,2) stays apart and is too small


def test_pressure_none_and_all_qualify(run_alg):
    layer = pressure_grid()
    none = run_alg("pressure", {"INPUT": layer, "WEIGHT": "woningen", "MAX_CLASS": 2, "OUTPUT": "memory:"})
    assert none["CLUSTERS"] == 0 and none["OUTPUT"].featureCount() == 0
    everything = run_alg("pressure", {"INPUT": layer, "MAX_CLASS": 9, "MIN_WEIGHT": 0, "OUTPUT": "memory:"})
    (c,) = rows(everything["OUTPUT"])
    assert c["eenheden"] == 25
    # Duration 2 of 4: (3,0) now qualifies too (class 3 in 2018 and 2020), but alone, with 10 dwellings, it is
    # too small; the cluster of 4 cells stays the only one.
    short = run_alg("pressure", {"INPUT": layer, "WEIGHT": "woningen", "MIN_YEARS": 2, "LAST_YEARS": 4, "OUTPUT": "memory:"})
    assert sorted(r["eenheden"] for r in rows(short["OUTPUT"])) == [4]  # (3,0) joins nothing: its neighbours are class 8


# --- risers and fallers ------------------------------------------------------------------------------------

def test_risers_fallers_by_classes_and_by_score(run_alg):
    units = memory_layer({"code": "string", "gm": "string", "afw_2022": "double", "afw_2024": "double", "woningen": "double"}, [
        ("u1", "G1", A[4], A[6], 20),   # zwak -> ruim voldoende: stijger
        ("u2", "G1", A[4], A[3], 30),   # zwak -> onvoldoende: daler
        ("u3", "G2", A[6], A[5], 40),   # ruim voldoende -> voldoende: afglijder
        ("u4", "G2", A[8], A[4], 50),   # zeer goed -> zwak: started too high to count
        ("u5", "G2", -0.2, -0.18, 60),  # zwak -> zwak
        ("u6", "G2", NA, A[4], 70)])    # no start score
    r = run_alg("risersfallers", {"INPUT": units, "REPORT_WEIGHTS": ["woningen"], "ZONE_FIELDS": ["gm"],
                                  "OUTPUT": "memory:", "LIST": "memory:"})
    assert (r["RISERS"], r["FALLERS"], r["SLIDERS"]) == (1, 1, 1)
    flagged = {x["code"]: x for x in rows(r["OUTPUT"])}
    assert set(flagged) == {"u1", "u2", "u3"}
    assert (flagged["u1"]["rf_2022_2024"], flagged["u1"]["kstart_2022_2024"], flagged["u1"]["keind_2022_2024"]) == ("stijger", 4, 6)
    assert flagged["u2"]["rf_2022_2024"] == "daler" and flagged["u3"]["rf_2022_2024"] == "afglijder"
    assert flagged["u1"]["dafw_2022_2024"] == pytest.approx(0.2)
    lists = {(x["zone"], x["label"]): x for x in rows(r["LIST"])}
    assert lists[("G1", "stijger")]["woningen"] == 20 and lists[("G1", "daler")]["eenheden"] == 1
    assert lists[("G2", "afglijder")]["woningen"] == 40 and len(lists) == 3
    by_score = run_alg("risersfallers", {"INPUT": units, "BY": 1, "DELTA": 0.05, "WEIGHT": "woningen", "MIN_WEIGHT": 25,
                                         "OUTPUT": "memory:", "LIST": "memory:"})
    # u1 rose 0.2 but has 20 < 25 dwellings; u2 fell 0.1; u3 fell 0.12; u5 rose only 0.02
    assert (by_score["RISERS"], by_score["FALLERS"], by_score["SLIDERS"]) == (0, 1, 1)


# --- trajectories ------------------------------------------------------------------------------------------

def test_three_year_trajectories_and_the_transition_matrix(run_alg):
    paths = {"a": (3, 3, 2), "b": (6, 4, 3), "c": (2, 5, 6), "d": (8, 7, 6), "e": (5, 6, 8), "f": (6, 6, 7), "g": (6, None, 6)}
    units = memory_layer({"code": "string", "afw_2014": "double", "afw_2018": "double", "afw_2024": "double", "hh": "double"},
                         [(k, *(A[c] if c else None for c in p), 10.0 * (i + 1)) for i, (k, p) in enumerate(paths.items())])
    r = run_alg("trajectory", {"INPUT": units, "WEIGHT": "hh", "OUTPUT": "memory:", "MATRIX": "memory:"})
    got = {x["code"]: (x["traject"], x["traject_label"]) for x in rows(r["OUTPUT"])}
    assert got == {"a": ("3-3-2", "persistent laag"), "b": ("6-4-3", "nieuw laag"), "c": ("2-5-6", "herstellend"),
                   "d": ("8-7-6", "dalend"), "e": ("5-6-8", "stijgend"), "f": ("6-6-7", "stabiel"), "g": ("6-?-6", "stabiel")}
    matrix = {(x["van"], x["naar"]): x for x in rows(r["MATRIX"]) if x["groep"] == "alle" and x["matrix"] == "eerste-laatste"}
    # first -> last: 3->2, 6->3, 2->6, 8->6, 5->8, 6->7, 6->6; weights 10..70 of 280
    assert {k: v["eenheden"] for k, v in matrix.items()} == {(3, 2): 1, (6, 3): 1, (2, 6): 1, (8, 6): 1, (5, 8): 1, (6, 7): 1, (6, 6): 1}
    assert matrix[(6, 6)]["aandeel_gewicht"] == pytest.approx(70 / 280)
    assert sum(v["aandeel_gewicht"] for v in matrix.values()) == pytest.approx(1.0)


# --- summary -----------------------------------------------------------------------------------------------

def test_summary_counts_households_per_class_group(run_alg, tmp_path):
    units = memory_layer({"code": "string", "grp": "string", "afw_2022": "double", "afw_2024": "double", "hh": "double", "won": "double"}, [
        ("a", "G4", A[2], A[3], 100, 110), ("b", "G4", A[4], A[4], 200, 190), ("c", "rest", A[6], A[4], 300, -99997),
        ("d", "rest", A[8], A[9], 400, 420)])
    xlsx = tmp_path / "summary.xlsx"
    r = run_alg("summary", {"INPUT": units, "WEIGHTS": ["hh", "won"], "GROUP_FIELD": "grp", "OUTPUT": "memory:", "XLSX": str(xlsx)})
    t = {(x["groep"], x["jaar"]): x for x in rows(r["OUTPUT"])}
    all24 = t[("alle", 2024)]
    assert (all24["hh_w13"], all24["hh_w4"], all24["hh_w56"], all24["hh_w79"], all24["hh_totaal"]) == (100, 500, 0, 400, 1000)
    assert all24["hh_w4_verschil"] == 500 - 200 and all24["hh_w13_verschil"] == 0
    assert all24["won_totaal"] == 110 + 190 + 0 + 420  # CBS-suppressed dwellings count as 0
    assert all24["afw_gem"] == pytest.approx((A[3] * 100 + A[4] * 200 + A[4] * 300 + A[9] * 400) / 1000)
    assert t[("G4", 2022)]["hh_w13"] == 100 and t[("rest", 2022)]["hh_w56"] == 300
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert set(sheets) == {"samenvatting", "bron"} and len(sheets["samenvatting"]) == 6
    assert "BZK" in sheets["bron"].iloc[0, 0]
    # Full values in the spreadsheet, shown rounded by their number format.
    from openpyxl import load_workbook

    ws = load_workbook(xlsx)["samenvatting"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in range(2, 8) if ws.cell(row=r, column=1).value == "alle" and ws.cell(row=r, column=2).value == 2024)
    cell = ws.cell(row=row, column=headers.index("afw_gem") + 1)
    assert cell.value == pytest.approx(all24["afw_gem"], rel=1e-15) and cell.number_format == "0.000"
    assert ws.cell(row=row, column=headers.index("hh_w4") + 1).number_format == "#,##0"
    assert ws.cell(row=row, column=headers.index("hh_w4_verschil") + 1).number_format == "+#,##0;-#,##0;0"


# --- class profile -----------------------------------------------------------------------------------------

def test_class_profile_ratio_and_rank_correlation(run_alg, tmp_path):
    # poor health: 30 % in class 2, 20 % in class 4, 10 % and 6 % in classes 8 and 9
    units = memory_layer({"code": "string", "afw_2024": "double", "ziek": "double", "inw": "double"}, [
        ("a", A[2], 30.0, 100), ("b", A[4], 20.0, 100), ("c", A[8], 10.0, 100), ("d", A[9], 6.0, 300), ("e", A[6], -99997, 50)])
    chart = tmp_path / "chart.png"
    r = run_alg("classprofile", {"INPUT": units, "INDICATOR": "ziek", "WEIGHT": "inw", "OUTPUT": "memory:", "CHART": str(chart)})
    best = (10 * 100 + 6 * 300) / 400  # 7.0
    assert r["RATIO"] == pytest.approx(30 / best)
    assert r["SPEARMAN"] == pytest.approx(-1.0)  # higher livability, less poor health, in perfect rank order
    t = {x["klasse"]: x for x in rows(r["OUTPUT"]) if x["groep"] == "alle"}
    assert t["w4"]["indicator_gem"] == 20 and t["k6"]["eenheden"] == 0  # suppressed value is missing, not −99997
    assert chart.stat().st_size > 5000


# --- zones against the rest --------------------------------------------------------------------------------

def test_zone_ring_and_rest(run_alg):
    cells = {(x, 0): [A[4] if x < 2 else (A[6] if x < 5 else A[8])] for x in range(10)}
    layer = grid_layer(cells, (2024,))
    zone = memory_layer({"naam": "string"}, [("POLYGON((0 0, 200 0, 200 100, 0 100, 0 0))", "wijkaanpak")], geometry="Polygon")
    r = run_alg("zonecompare", {"INPUT": layer, "ZONES": zone, "DISTANCE": 300, "OUTPUT": "memory:"})
    (row,) = [x for x in rows(r["OUTPUT"]) if x["maat"] == "afw"]
    # zone: cells 0,1 (−0.2); ring within 300 m of the zone: cells 2,3,4 (0.0); rest: cells 5..9 (0.1)
    assert (row["zone"], row["ring"], row["rest"]) == pytest.approx((A[4], A[6], A[8]))
    assert row["zone_min_rest"] == pytest.approx(A[4] - A[8]) and "units_zone=2; units_ring=3; units_rest=5" in row["criteria"]


# --- hot spots ---------------------------------------------------------------------------------------------

def reference_gi_star(x, neighbours):
    """Getis–Ord Gi* by the textbook formula, unit by unit (independent of the plugin's vectorised code)."""
    n, mean = len(x), sum(x) / len(x)
    s = (sum(v * v for v in x) / n - mean**2) ** 0.5
    z = []
    for i in range(n):
        members = [i] + list(neighbours[i])
        w = len(members)
        z.append((sum(x[j] for j in members) - mean * w) / (s * ((n * w - w * w) / (n - 1)) ** 0.5))
    return z


def test_hotspots_match_a_reference_on_real_pc4_data(run_alg, tmp_path):
    """Real PC4 polygons (shared boundaries): z equals the reference exactly; permutation p-values agree with the
    reference's own permutations within Monte-Carlo error."""
    import random

    from qgis.core import QgsProcessingContext
    from qgis.core import QgsProcessingFeatureSource
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.analyses.hotspots import getis_ord
    from leefbaarometer.processing.geometry import unit_pairs

    path = str(tmp_path / "pc4.gpkg")
    run_alg("importscores", {"SCORES": shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
                             "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": path})
    layer = QgsVectorLayer(path, "pc4", "ogr")
    # Amsterdam and surroundings, a few hundred areas; those without scores (Schiphol …) are not in the statistic
    layer.setSubsetString("\"PC4\" < '1400' AND \"afw_2022\" IS NOT NULL")
    context = QgsProcessingContext()
    fids = [f.id() for f in layer.getFeatures()]
    pairs = unit_pairs(QgsProcessingFeatureSource(layer, context), context, None, fids)
    x = np.array([f["afw_2022"] for f in layer.getFeatures()], dtype=float)
    assert np.isfinite(x).all() and 100 < len(x) < 1000
    neighbours = [[] for _ in x]
    for i, j in pairs.tolist():
        neighbours[i].append(j)
    z, p = getis_ord(x, pairs, permutations=999, seed=1)
    ref = reference_gi_star(x.tolist(), neighbours)
    assert np.allclose(z, ref, atol=1e-9)
    rng = random.Random(7)
    checked = 0
    for i in range(0, len(x), 7):
        k = len(neighbours[i])
        if not k:
            continue
        others = [v for j, v in enumerate(x) if j != i]
        obs = x[i] + sum(x[j] for j in neighbours[i])
        expected = x.mean() * (k + 1)
        sims = [x[i] + sum(rng.sample(others, k)) for _ in range(999)]
        extreme = sum(s >= obs for s in sims) if obs >= expected else sum(s <= obs for s in sims)
        ref_p = (extreme + 1) / 1000
        # Two independent Monte-Carlo estimates of one p-value: their difference has a standard error of
        # sqrt(2 p (1 - p) / 999); allow 4 of those (and a little for the discrete steps).
        assert abs(p[i] - ref_p) <= 4 * (2 * ref_p * (1 - ref_p) / 999) ** 0.5 + 0.003, (i, p[i], ref_p)
        checked += 1
    assert checked > 20


def test_hotspot_labels_have_the_right_sign(run_alg):
    cells = {}
    for x in range(10):
        for y in range(10):
            cells[(x, y)] = [A[9] if x < 3 and y < 3 else (A[2] if x > 6 and y > 6 else A[6]),
                             A[9] if x < 3 and y < 3 else A[6]]
    r = run_alg("hotspots", {"INPUT": grid_layer(cells, (2022, 2024)), "PERMUTATIONS": 199, "OUTPUT": "memory:"})
    got = {x["grid_id"]: x for x in rows(r["OUTPUT"])}
    assert got["E1N1"]["spot_2024"] == "hot" and got["E1N1"]["gi_2024"] > 3
    assert got["E8N8"]["spot_2022"] == "cold" and got["E8N8"]["gi_2022"] < -3
    assert got["E8N8"]["spot_2024"] == "ns" and got["E8N8"]["spot_change"] == "verdwenen"
    assert got["E1N1"]["spot_change"] in ("blijvend", "versterkt")
    assert "Getis-Ord Gi*" in got["E1N1"]["criteria"]


# --- early warning -----------------------------------------------------------------------------------------

def test_early_warning_factors_by_hand(run_alg):
    fields = {"code": "string"}
    for y in (2020, 2022, 2024):
        fields[f"afw_{y}"] = "double"
        for d in ("fys", "onv", "soc", "vrz", "won"):
            fields[f"{d}_{y}"] = "double"

    def unit(code, afw, onv):  # afw per year; onv per year, the rest of afw spread over the other four
        row = [code]
        for a, o in zip(afw, onv):
            rest = (a - o) / 4
            row += [a, rest, o, rest, rest, rest]
        return row

    layer = memory_layer(fields, [
        unit("steady", (0.05, 0.05, 0.05), (0.0, 0.0, 0.0)),        # class 7, 0.0398 above its boundary 0.0102: geen
        unit("sliding", (0.1, 0.07, 0.05), (0.0, 0.0, 0.0)),        # fell, but far from the boundary: geen
        unit("near", (0.02, 0.02, 0.02), (0.0, 0.0, 0.0)),          # margin 0.0098 < 0.015: laag
        unit("falling", (0.1, 0.1, 0.014), (0.0, 0.0, 0.0)),        # margin 0.0038 (very near) and fell 0.086: hoog
        unit("weak", (0.05, 0.05, 0.05), (-0.3, -0.3, -0.3)),       # onv class 1, but a weak dimension alone: geen
        unit("low", (-0.3, -0.3, -0.3), (0.0, 0.0, 0.0)),           # class 3: not applicable
    ])
    out = {x["code"]: x for x in rows(run_alg("earlywarning", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"])}
    assert out["steady"]["risico"] == 0 and out["steady"]["redenen"] is None
    assert out["sliding"]["risico"] == 0 and out["sliding"]["dafw_trend"] == pytest.approx(-0.02)
    assert out["near"]["risico"] == 1 and out["near"]["redenen"] == "dicht bij ondergrens (marge 0.010)"
    assert out["falling"]["risico"] == 3 and out["falling"]["redenen"] == "zeer dicht bij ondergrens (marge 0.004); dalende score"
    assert out["weak"]["risico"] == 0
    assert out["low"]["risico"] == -1 and out["low"]["risico_label"] == "n.v.t. (klasse < 5)"
    assert "indicatief" in out["steady"]["criteria"]


# --- real PC4 file: internal consistency -------------------------------------------------------------------

@pytest.fixture(scope="module")
def pc4_path(tmp_path_factory):
    return str(tmp_path_factory.mktemp("pc4a") / "pc4.gpkg")


def test_real_pc4_summary_risers_and_trajectories(run_alg, pc4_path):
    run_alg("importscores", {"SCORES": shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
                             "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": pc4_path})
    s = rows(run_alg("summary", {"INPUT": pc4_path, "OUTPUT": "memory:"})["OUTPUT"])
    assert [x["jaar"] for x in s] == [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022]
    for x in s:
        assert sum(x[f"eenheden_k{c}"] for c in range(1, 10)) == x["eenheden_totaal"]
        assert x["eenheden_w13"] + x["eenheden_w4"] + x["eenheden_w56"] + x["eenheden_w79"] == x["eenheden_totaal"]
        assert x["eenheden_totaal"] <= 4056
    assert s[-1]["afw_gem"] > s[0]["afw_gem"]  # livability rose 2002-2022, as the reports say
    rf = run_alg("risersfallers", {"INPUT": pc4_path, "YEAR_FROM": 2014, "YEAR_TO": 2022, "OUTPUT": "memory:", "LIST": "memory:"})
    flagged = rows(rf["OUTPUT"])
    assert rf["RISERS"] > 0 and rf["FALLERS"] > 0 and len(flagged) == rf["RISERS"] + rf["FALLERS"] + rf["SLIDERS"]
    for x in flagged:
        if x["rf_2014_2022"] == "stijger":
            assert x["keind_2014_2022"] > x["kstart_2014_2022"] and x["kstart_2014_2022"] <= 4
        elif x["rf_2014_2022"] == "daler":
            assert x["keind_2014_2022"] < x["kstart_2014_2022"] <= 4
    tr = run_alg("trajectory", {"INPUT": pc4_path, "OUTPUT": "memory:", "MATRIX": "memory:"})
    units = rows(tr["OUTPUT"])
    for x in units:
        if x["traject_label"] == "persistent laag":
            first, last = x["traject"].split("-")[0], x["traject"].split("-")[-1]
            assert int(first) <= 3 and int(last) <= 3
    matrix = [x for x in rows(tr["MATRIX"]) if x["groep"] == "alle" and x["matrix"] == "eerste-laatste"]
    labelled = sum(1 for x in units if x["traject_label"] is not None)
    assert sum(x["eenheden"] for x in matrix) == labelled


def test_the_sample_gives_every_analysis_something_to_find(run_alg, sample_dir, tmp_path):
    """The embedded sample is built so that each analysis has a plausible, non-empty result."""
    import os

    import processing

    grid = run_alg("importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores grids 2002-2024.csv"),
                                    "OUTPUT": str(tmp_path / "grid.gpkg")})["OUTPUT"]
    cells = processing.run("native:joinattributestable", {
        "INPUT": grid, "FIELD": "grid_id", "INPUT_2": os.path.join(sample_dir, "cbs_vierkant100m_2024.csv"),
        "FIELD_2": "c28992r100", "FIELDS_TO_COPY": ["aantal_woningen", "gemeentecode"], "METHOD": 1,
        "OUTPUT": str(tmp_path / "cells.gpkg")})["OUTPUT"]
    rf = run_alg("risersfallers", {"INPUT": cells, "OUTPUT": "memory:", "LIST": "memory:"})
    assert rf["RISERS"] > 10 and rf["FALLERS"] > 10
    pr = run_alg("pressure", {"INPUT": cells, "WEIGHT": "aantal_woningen", "CODE_FIELDS": ["gemeentecode"], "OUTPUT": "memory:"})
    assert pr["CLUSTERS"] >= 1
    assert all(r["woningen"] >= 100 and r["k_laatst"] >= 1 for r in rows(pr["OUTPUT"]))
    spots = rows(run_alg("hotspots", {"INPUT": cells, "YEARS": "2024", "PERMUTATIONS": 49, "OUTPUT": "memory:"})["OUTPUT"])
    assert {r["spot_2024"] for r in spots} - {"geen buren"} == {"hot", "cold", "ns"}  # lone cells: geen buren
    buurten = run_alg("importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"),
                                       "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"), "OUTPUT": str(tmp_path / "b.gpkg")})["OUTPUT"]
    labels = {r["traject_label"] for r in rows(run_alg("trajectory", {"INPUT": buurten, "OUTPUT": "memory:", "MATRIX": "memory:"})["OUTPUT"])}
    assert {"stabiel", "stijgend", "dalend"} <= labels and labels & {"persistent laag", "nieuw laag", "herstellend"}
    risk = [r["risico"] for r in rows(run_alg("earlywarning", {"INPUT": buurten, "OUTPUT": "memory:"})["OUTPUT"])]
    assert 0 in risk and max(risk) >= 2
    with_health = processing.run("native:joinattributestable", {
        "INPUT": buurten, "FIELD": "bu_code", "INPUT_2": os.path.join(sample_dir, "cbs_kerncijfers_2024.csv"), "FIELD_2": "code",
        # in the table's own order: QGIS 3.22 names copied fields in the given order but fills them in the table's
        "FIELDS_TO_COPY": ["aantal_huishoudens", "ervaren_gezondheid_slecht_pct"], "METHOD": 1, "OUTPUT": "memory:"})["OUTPUT"]
    cp = run_alg("classprofile", {"INPUT": with_health, "INDICATOR": "ervaren_gezondheid_slecht_pct", "WEIGHT": "aantal_huishoudens",
                                  "OUTPUT": "memory:"})
    assert cp["RATIO"] > 2 and cp["SPEARMAN"] < -0.8  # poor health far more common where livability is low


def test_edge_cases_nothing_qualifies_nulls_and_zero_weights(run_alg):
    # No unit starts unfavourable: no risers or fallers, an empty (but valid) output and list.
    good = memory_layer({"code": "string", "afw_2022": "double", "afw_2024": "double"}, [("a", A[8], A[9]), ("b", A[9], A[9])])
    r = run_alg("risersfallers", {"INPUT": good, "OUTPUT": "memory:", "LIST": "memory:"})
    assert (r["RISERS"], r["FALLERS"], r["SLIDERS"], r["OUTPUT"].featureCount(), r["LIST"].featureCount()) == (0, 0, 0, 0, 0)
    # Zero weights: a group whose households are all 0 has totals 0 and no mean.
    units = memory_layer({"code": "string", "grp": "string", "afw_2024": "double", "hh": "double"},
                         [("a", "X", A[3], 0), ("b", "Y", A[6], 10)])
    t = {(x["groep"], x["jaar"]): x for x in rows(run_alg("summary", {"INPUT": units, "WEIGHTS": ["hh"], "GROUP_FIELD": "grp",
                                                                      "OUTPUT": "memory:"})["OUTPUT"])}
    assert t[("X", 2024)]["hh_totaal"] == 0 and t[("X", 2024)].get("afw_gem") is None
    assert t[("alle", 2024)]["hh_w13"] == 0 and t[("alle", 2024)]["hh_w56"] == 10
    # NULL scores: a unit without a score gets no Gi*, and is left out of its neighbours' sums.
    cells = {(x, y): [A[9] if (x, y) == (0, 0) else A[6]] for x in range(4) for y in range(4)}
    cells[(3, 3)] = [None]
    spots = {x["grid_id"]: x for x in rows(run_alg("hotspots", {"INPUT": grid_layer(cells, (2024,)), "PERMUTATIONS": 19,
                                                                 "OUTPUT": "memory:"})["OUTPUT"])}
    assert spots["E3N3"]["gi_2024"] is None and spots["E3N3"]["spot_2024"] is None
    assert spots["E2N2"]["gi_2024"] is not None


def test_zone_without_units_gives_no_mean(run_alg):
    layer = grid_layer({(x, 0): [A[6]] for x in range(3)}, (2024,))
    far = memory_layer({"naam": "string"}, [("POLYGON((5000 5000, 5100 5000, 5100 5100, 5000 5100, 5000 5000))", "ver weg")],
                       geometry="Polygon")
    (row,) = [x for x in rows(run_alg("zonecompare", {"INPUT": layer, "ZONES": far, "DISTANCE": 100, "OUTPUT": "memory:"})["OUTPUT"])
              if x["maat"] == "afw"]
    assert row["zone"] is None and row["ring"] is None and row["rest"] == pytest.approx(A[6])


def test_spreadsheet_without_an_excel_package_is_a_clear_error(monkeypatch, tmp_path):
    import importlib.util

    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.processing.io.write import write_spreadsheet

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(LbmInputError, match="needs the Python package openpyxl or xlsxwriter"):
        write_spreadsheet(str(tmp_path / "x.xlsx"), {"a": pd.DataFrame({"x": [1]})}, "c", "credit")
    assert list(tmp_path.iterdir()) == []


def test_empty_zones_and_a_measure_without_scores_get_a_message(run_alg):
    from qgis.core import QgsProcessingException
    from qgis.core import QgsVectorLayer

    layer = grid_layer({(x, 0): [A[6]] for x in range(3)}, (2024,))
    empty = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "zones", "memory")
    with pytest.raises(QgsProcessingException, match="the zones layer has no polygons"):
        run_alg("zonecompare", {"INPUT": layer, "ZONES": empty, "OUTPUT": "memory:"})
    no_dims = memory_layer({"grid_id": "string", "afw_2024": "double", "fys_2024": "double"},
                           [("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", "E0N0", 0.1, None)], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="no values of fys in any year"):
        run_alg("hotspots", {"INPUT": no_dims, "MEASURE": 1, "OUTPUT": "memory:"})
