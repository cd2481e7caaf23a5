"""Aggregation to zones: real 2024 buurten to the official gemeente scores, and hand-built cases."""
import json

import numpy as np
import pytest

from ..helpers import import_sample
from ..helpers import memory_layer
from ..helpers import shared


def test_household_weighted_2024_buurten_match_official_gemeente_scores(run_alg):
    import pandas as pd

    households = {}
    for gm in ("GM0014", "GM0362", "GM0599"):
        with open(shared("cbs", "kwb2024", f"{gm}.json"), encoding="utf-8") as fh:
            for b in json.load(fh)["buurten"]:
                households[b["code"]] = b["demografie"]["huishoudens"]
    with open(shared("lbm", "wfs_buurtscore24_part.geojson"), encoding="utf-8") as fh:
        rows = [(f["properties"]["code"], f["properties"]["afw"]) for f in json.load(fh)["features"]
                if f["properties"]["code"][2:6] in ("0014", "0362")]
    rdam = pd.read_csv(shared("lbm", "scores_buurten_2024_rotterdam.csv"), float_precision="round_trip")
    rows += list(zip(rdam.bu_code, rdam.afw))
    assert len(rows) == 235
    units = memory_layer({"bu_code": "string", "gm_code": "string", "afw_2024": "double", "huishoudens": "double"},
                         [(code, "GM" + code[2:6], afw, households.get(code)) for code, afw in rows])
    out = run_alg("aggregate", {"INPUT": units, "WEIGHT": "huishoudens", "ZONE_FIELD": "gm_code", "OUTPUT": "memory:"})
    assert out["UNITS_WITHOUT_ZONE"] == 0
    ours = {f["gm_code"]: f for f in out["OUTPUT"].getFeatures()}
    with open(shared("lbm", "wfs_gemeentescore24.geojson"), encoding="utf-8") as fh:
        official = {f["properties"]["code"]: f["properties"] for f in json.load(fh)["features"]}
    for gm in ("GM0014", "GM0362", "GM0599"):
        assert abs(ours[gm]["afw_2024"] - official[gm]["afw"]) < 0.005, gm
        assert ours[gm]["kscore_2024"] == official[gm]["kscore"], gm
    assert ours["GM0599"]["n_units"] == 87
    assert ours["GM0599"]["afw_2024"] == pytest.approx(-0.0798937, abs=1e-6)  # Rotterdam: official −0.0800643


def test_hand_built_weighted_means_classes_and_groups(run_alg):
    # zone A: units with afw −0.3 (class 3), 0.0 (6), 0.2 (9) and weights 10, 30, 60; zone B: one unit with no afw
    units = memory_layer({"code": "string", "zone": "string", "afw_2024": "double", "fys_2024": "double", "w": "double"},
                         [("u1", "A", -0.3, -0.1, 10), ("u2", "A", 0.0, 0.0, 30), ("u3", "A", 0.2, 0.05, 60),
                          ("u4", "B", None, None, 5), ("u5", None, 0.1, 0.0, 7)])
    r = run_alg("aggregate", {"INPUT": units, "WEIGHT": "w", "ZONE_FIELD": "zone", "OUTPUT": "memory:"})
    assert r["UNITS_WITHOUT_ZONE"] == 1 and r["ZONES_WITHOUT_DATA"] == 1  # B: its one unit has no score
    z = {f["zone"]: f for f in r["OUTPUT"].getFeatures()}
    a = z["A"]
    assert a["afw_2024"] == pytest.approx((-0.3 * 10 + 0 * 30 + 0.2 * 60) / 100)  # 0.09
    assert a["fys_2024"] == pytest.approx((-0.1 * 10 + 0.05 * 60) / 100)  # 0.02
    assert (a["kscore_2024"], a["kafw_2024"], a["kfys_2024"]) == (8, 7, 5)  # 0.09 ≥ 0.0896; 0.09 in 0.0784…0.1568
    assert (a["n_units"], a["weight"]) == (3, 100)
    assert (a["w13_2024"], a["w4_2024"], a["w56_2024"], a["w79_2024"]) == (10, 0, 30, 60)
    assert (a["wk3_2024"], a["wk6_2024"], a["wk9_2024"]) == (10, 30, 60)
    b = z["B"]
    assert b["afw_2024"] is None or str(b["afw_2024"]) == "NULL"
    assert b["w79_2024"] == 0 and b["n_units"] == 1


def test_zones_by_polygon_centroid_and_zones_without_data(run_alg):
    cell = "POLYGON(({x} 0, {x2} 0, {x2} 100, {x} 100, {x} 0))"
    units = memory_layer({"grid_id": "string", "afw_2024": "double", "woningen": "double"},
                         [(cell.format(x=x, x2=x + 100), f"E{x // 100}N0", v, w)
                          for x, v, w in ((0, 0.1, 1), (100, 0.3, 3), (900, -0.2, 2))], geometry="Polygon")
    zones = memory_layer({"bu_code": "string", "bu_naam": "string"},
                         [("POLYGON((0 0, 250 0, 250 100, 0 100, 0 0))", "BU00010001", "West"),
                          ("POLYGON((300 0, 500 0, 500 100, 300 100, 300 0))", "BU00010002", "Leeg")], geometry="Polygon")
    r = run_alg("aggregate", {"INPUT": units, "WEIGHT": "woningen", "ZONES": zones, "OUTPUT": "memory:"})
    assert (r["UNITS_WITHOUT_ZONE"], r["ZONES_WITHOUT_DATA"]) == (1, 1)
    z = {f["bu_code"]: f for f in r["OUTPUT"].getFeatures()}
    assert z["BU00010001"]["afw_2024"] == pytest.approx(0.25) and z["BU00010001"]["bu_naam"] == "West"
    assert z["BU00010002"]["n_units"] == 0 and not z["BU00010002"].geometry().isNull()


def test_no_zones_is_a_clear_error(run_alg):
    from qgis.core import QgsProcessingException

    units = memory_layer({"code": "string", "afw_2024": "double"}, [("a", 0.1)])
    with pytest.raises(QgsProcessingException, match="give the zones"):
        run_alg("aggregate", {"INPUT": units, "OUTPUT": "memory:"})


def test_sample_grid_to_buurten_reproduces_the_published_buurt_scores(run_alg, sample_dir, sample_region, tmp_path):
    """The sample's buurt file is the dwelling-weighted mean of its cells: aggregate must give it back exactly."""
    import os

    import pandas as pd

    from leefbaarometer.core.gridcodes import grid_ids

    grid = import_sample(run_alg, sample_dir, "grids", str(tmp_path / "grid.gpkg"))
    x, y = sample_region.cell_xy()
    stats = pd.DataFrame({"grid_id": grid_ids(x, y), "woningen": sample_region.dwellings,
                          "bu_code": sample_region.buurten.bu_code.to_numpy()[sample_region.cell_bu]})
    stats_csv = tmp_path / "stats.csv"
    stats.to_csv(stats_csv, index=False)
    import processing

    joined = processing.run("native:joinattributestable", {"INPUT": grid, "FIELD": "grid_id", "INPUT_2": str(stats_csv),
                                                           "FIELD_2": "grid_id", "FIELDS_TO_COPY": ["woningen", "bu_code"],
                                                           "METHOD": 1, "OUTPUT": "memory:"})["OUTPUT"]
    out = run_alg("aggregate", {"INPUT": joined, "WEIGHT": "woningen", "ZONE_FIELD": "bu_code", "OUTPUT": "memory:"})["OUTPUT"]
    ours = {f["bu_code"]: f for f in out.getFeatures()}
    published = pd.read_csv(os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"), float_precision="round_trip")
    assert len(ours) == published.bu_code.nunique()
    for row in published.itertuples():
        f = ours[row.bu_code]
        assert f[f"afw_{row.jaar}"] == pytest.approx(row.afw, abs=1e-12)
        if row.jaar == 2024:
            assert f["onv_2024"] == pytest.approx(row.onv, abs=1e-12)
            in_buurt = sample_region.buurten.bu_code.to_numpy()[sample_region.cell_bu] == row.bu_code
            assert f["weight"] == sum(sample_region.dwellings[in_buurt])


def test_aggregate_reads_the_official_wfs_layer_directly(run_alg):
    """Flat WFS fields (afw, year, gemeente) work without conversion; unweighted means checked against the file."""
    path = shared("lbm", "wfs_buurtscore24_part.geojson")
    out = run_alg("aggregate", {"INPUT": path, "ZONE_FIELD": "gemeente", "OUTPUT": "memory:"})["OUTPUT"]
    with open(path, encoding="utf-8") as fh:
        groningen = [f["properties"] for f in json.load(fh)["features"] if f["properties"]["gemeente"] == "Groningen"]
    f = next(out.getFeatures("\"gemeente\" = 'Groningen'"))
    assert f["n_units"] == len(groningen)
    assert f["afw_2024"] == pytest.approx(np.mean([p["afw"] for p in groningen]), abs=1e-12)
    # weight per class uses the units' official kscore: the counts per class group add up to the units
    assert f["w13_2024"] + f["w4_2024"] + f["w56_2024"] + f["w79_2024"] == len(groningen)
    assert f["wk9_2024"] == sum(1 for p in groningen if p["kscore"] == 9)
