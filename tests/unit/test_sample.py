"""The embedded sample: deterministic, in the published format, and realistic (checked against the real data)."""
import hashlib
import json
import os

import numpy as np
import pandas as pd
from osgeo import ogr

from ..helpers import C
from ..helpers import shared

SAMPLE_DIGESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample_digests.json")


def scores(sample_dir, level):
    return pd.read_csv(os.path.join(sample_dir, f"Leefbaarometer-scores {level} 2002-2024.csv"), dtype={"PC4": str},
                       keep_default_na=False, na_values=["NA"])


def content_digest(path):
    """What a published file holds, comparable across platforms: {"sha256": digest of everything but the decimal
    numbers, "floats": {column: fingerprint}} for a CSV (numpy 2's sums differ from numpy 1's in the last bit, so
    %.17g text differs too), its bytes' sha256 for other files, and for a GeoPackage its content (layers, fields,
    features, geometry as WKB in GEOS's normal form: GDAL writes a timestamp into the file, GDAL 3.6's Polygonize
    draws rings clockwise and 3.10's counter-clockwise, the same polygons)."""
    h = hashlib.sha256()
    if path.endswith(".csv"):
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        floats = {}
        for name in table.columns:
            text = table[name]
            x = pd.to_numeric(text.where(text != "NA"), errors="coerce").to_numpy(float)
            if text.str.contains(".", regex=False).any() and (np.isnan(x) == text.isin(["NA", ""])).all():
                floats[name] = float_fingerprint(x)
                text = text.where(text.isin(["NA", ""]), "#")  # only where the values are missing
            h.update(repr((name, text.tolist())).encode())
        return {"sha256": h.hexdigest(), "floats": floats}
    if not path.endswith(".gpkg"):
        with open(path, "rb") as fh:
            h.update(fh.read())
        return h.hexdigest()
    ds = ogr.Open(path)
    for layer in (ds.GetLayer(i) for i in range(ds.GetLayerCount())):
        defn = layer.GetLayerDefn()
        fields = [defn.GetFieldDefn(k) for k in range(defn.GetFieldCount())]
        srs = layer.GetSpatialRef()
        h.update(repr((layer.GetName(), srs.GetAuthorityCode(None) if srs else None,
                       [(f.GetName(), f.GetTypeName()) for f in fields])).encode())
        for feat in layer:
            h.update(repr((feat.GetFID(), [feat.GetField(k) for k in range(len(fields))])).encode())
            h.update(feat.GetGeometryRef().Normalize().ExportToIsoWkb())
    return h.hexdigest()


def float_fingerprint(x):
    """Σ|x|, Σx² and Σx·(1 + i mod 101) over the non-NA values: any change of the values or of their order moves
    them far more than rounding in the last bit does."""
    i = np.flatnonzero(~np.isnan(x))
    v = x[i]
    return [float(np.abs(v).sum()), float((v * v).sum()), float((v * (1 + i % 101)).sum())]


def same_content(ours, stored):
    if isinstance(stored, str) or isinstance(ours, str):
        return ours == stored
    if ours["sha256"] != stored["sha256"] or ours["floats"].keys() != stored["floats"].keys():
        return False
    # Rounding differs in the last of 17 digits of each value: 1e-12 of Σ|x| (times the largest weight) is far
    # below what a change of the generator makes and far above what rounding does.
    return all(np.allclose(got, want, rtol=0, atol=1e-12 * 101 * max(want[0], 1.0))
               for got, want in ((ours["floats"][k], stored["floats"][k]) for k in stored["floats"]))


def test_deterministic(sample_dir):
    """Every published file of the sample equals the stored digest, so an accidental change of the generator (or of
    what numpy, pandas or GDAL make of it beyond rounding) is caught. After a deliberate change, store the digests
    printed below in tests/unit/sample_digests.json and say why in the commit."""
    with open(SAMPLE_DIGESTS, encoding="utf-8") as fh:
        stored = json.load(fh)
    ours = {name: content_digest(os.path.join(sample_dir, name)) for name in sorted(os.listdir(sample_dir))}
    assert ours.keys() == stored.keys(), json.dumps(ours, indent=1)
    changed = [name for name in stored if not same_content(ours[name], stored[name])]
    assert not changed, (changed, json.dumps(ours, indent=1))


def test_published_format(sample_dir, sample_region):
    header = {
        "grids": "grid_id,jaar,lbm,afw,fys,onv,soc,vrz,won",
        "PC4": "PC4,jaar,lbm,afw,fys,onv,soc,vrz,won",
        "buurten": "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won",
        "wijken": "wk_code,wk_naam,jaar,lbm,afw,fys,onv,soc,vrz,won",
        "gemeenten": "gm_code,gm_naam,jaar,lbm,afw,fys,onv,soc,vrz,won",
    }
    for level, line in header.items():
        with open(os.path.join(sample_dir, f"Leefbaarometer-scores {level} 2002-2024.csv"), encoding="utf-8") as fh:
            assert fh.readline().strip() == line
    g = scores(sample_dir, "grids")
    assert sorted(g.jaar.unique()) == [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    assert g.grid_id.str.fullmatch(r"E\d{4}N\d{4}").all()
    assert scores(sample_dir, "buurten").bu_code.str.fullmatch(r"BU\d{8}").all()
    assert scores(sample_dir, "wijken").wk_code.str.fullmatch(r"WK\d{6}").all()
    assert scores(sample_dir, "gemeenten").gm_code.str.fullmatch(r"GM\d{4}").all()
    assert scores(sample_dir, "PC4").PC4.str.fullmatch(r"\d{4}").all()
    # Dimensions NA exactly in 2002, 2008, 2012 and 2016, as in the open data.
    dims = ["fys", "onv", "soc", "vrz", "won"]
    hidden = g.jaar.isin([2002, 2008, 2012, 2016])
    assert g.loc[hidden, dims].isna().all().all() and g.loc[~hidden, dims].notna().all().all()
    assert g.afw.notna().all() and g.lbm.notna().all()
    # afw = Σ dimensions, lbm = C + afw, as measured on the real files.
    shown = g.loc[~hidden]
    assert np.abs(shown[dims].sum(axis=1) - shown.afw).max() < 1e-15
    assert np.abs(g.lbm - g.afw - C).max() < 1e-12
    assert 3000 < len(g) / 9 < 20000 and len(sample_region.gemeenten) == 4


def test_higher_levels_are_dwelling_weighted_means_of_cells(sample_dir, sample_region):
    from leefbaarometer.core.gridcodes import grid_ids

    g = scores(sample_dir, "grids")
    b = scores(sample_dir, "buurten")
    x, y = sample_region.cell_xy()
    cells = pd.DataFrame({"grid_id": grid_ids(x, y), "w": sample_region.dwellings,
                          "bu_code": sample_region.buurten.bu_code.to_numpy()[sample_region.cell_bu]})
    m = g[g.jaar == 2024].merge(cells, on="grid_id")
    m["wafw"] = m.afw * m.w
    agg = m.groupby("bu_code")[["wafw", "w"]].sum()
    expected = (agg.wafw / agg.w).rename("expected")
    got = b[b.jaar == 2024].set_index("bu_code").afw
    both = pd.concat([got, expected], axis=1, join="inner")
    assert len(both) == len(got) == len(expected)
    assert np.abs(both.afw - both.expected).max() < 1e-12


def test_class_frequencies_like_the_real_2024_buurten(sample_dir):
    from leefbaarometer.core.release import load_release

    rel = load_release()
    with open(shared("lbm", "wfs_buurtscore24_part.geojson"), encoding="utf-8") as fh:
        real = np.bincount([f["properties"]["kscore"] for f in json.load(fh)["features"]], minlength=10)[1:]
    real = real / real.sum()
    b = scores(sample_dir, "buurten")
    ours = np.bincount(rel.total_class(b[b.jaar == 2024].afw.to_numpy()), minlength=10)[1:]
    ours = ours / ours.sum()
    assert np.abs(ours - real).max() < 0.06, (ours.round(3), real.round(3))
    assert ours[:4].sum() < 0.08 and ours[6:].sum() > 0.55  # few weak buurten, most goed or better, as in reality


def test_spatially_coherent(sample_region):
    # Neighbouring inhabited cells (east neighbour) have strongly correlated scores.
    afw = sample_region.dims[:, -1, :].sum(axis=1)
    pos = {(a, b): i for i, (a, b) in enumerate(zip(sample_region.cell_ix.tolist(), sample_region.cell_iy.tolist()))}
    pairs = [(i, pos[(a + 1, b)]) for (a, b), i in pos.items() if (a + 1, b) in pos]
    i, j = np.array(pairs).T
    assert np.corrcoef(afw[i], afw[j])[0, 1] > 0.7


def test_change_over_time_and_persistently_weak_areas(sample_region):
    from leefbaarometer.core.release import load_release

    rel = load_release()
    afw = sample_region.dims.sum(axis=2)
    k = rel.total_class(afw)
    delta = afw[:, -1] - afw[:, 0]
    assert (delta > 0.1).sum() > 100 and (delta < -0.1).sum() > 100  # some areas improve, some decline
    assert 0.0 < delta.mean() < 0.1  # and nationally a slow rise, as in the real data
    persistent = (k[:, -4:] <= 3).sum(axis=1) >= 3
    assert 30 < persistent.sum() < 0.05 * len(k)  # a few persistently weak clusters, not a weak region
