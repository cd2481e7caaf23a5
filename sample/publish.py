"""Write a generated region exactly as the ministry publishes the open data (and CBS its statistics).

Files, in one folder:
- `Leefbaarometer-scores {grids|PC4|buurten|wijken|gemeenten} 2002-2024.csv`: long format,
  `<key>,[<naam>],jaar,lbm,afw,fys,onv,soc,vrz,won`, `NA` where missing (dimensions in 2002/2008/2012/2016);
- `grid 2024.gpkg`, `buurt 2024.gpkg`, `wijk 2024.gpkg`, `gemeente 2024.gpkg`, `PC4 2024.gpkg` (EPSG:28992);
- `cbs_vierkant100m_2024.csv` (cell counts, rounded to 5, −99997 where suppressed) and
  `cbs_kerncijfers_2024.csv` (residents, households and dwellings per buurt, wijk and gemeente).

Scores above the grid are dwelling-weighted means of the cells; `afw` = Σ dimensions, `lbm` = C + afw.
"""
import os

import numpy as np
import pandas as pd
from osgeo import gdal
from osgeo import ogr
from osgeo import osr

from ..core.gridcodes import grid_ids
from ..core.schema import DIMENSIONS
from ..core.schema import YEARS_WITHOUT_DIMENSIONS

CONSTANT_C = 4.10226485114  # lbm - afw in the 2022 and 2024 releases
SUPPRESSED = -99997
LEVEL_FILES = {"grid_id": "grids", "PC4": "PC4", "bu_code": "buurten", "wk_code": "wijken", "gm_code": "gemeenten"}


def weighted_means(index, n, weights, dims):
    """Dwelling-weighted mean of (cells, years, dims) per area index; NaN for areas without dwellings."""
    w = np.bincount(index, weights=weights, minlength=n)
    out = np.full((n,) + dims.shape[1:], np.nan)
    has = w > 0
    for t in range(dims.shape[1]):
        for k in range(dims.shape[2]):
            out[has, t, k] = np.bincount(index, weights=weights * dims[:, t, k], minlength=n)[has] / w[has]
    return out, w


def level_scores(region):
    """{key column: (codes, names or None, dims (areas, years, 5))} for every published level, areas with dwellings only."""
    cb = region.cell_bu
    wk_of_bu = region.buurten["wk"].to_numpy()
    gm_of_wk = region.wijken["gm"].to_numpy()
    x, y = region.cell_xy()
    out = {"grid_id": (grid_ids(x, y), None, region.dims)}
    for key, idx, table, code, name in (
        ("PC4", region.cell_pc4, region.pc4, "PC4", None),
        ("bu_code", cb, region.buurten, "bu_code", "bu_naam"),
        ("wk_code", wk_of_bu[cb], region.wijken, "wk_code", "wk_naam"),
        ("gm_code", gm_of_wk[wk_of_bu[cb]], region.gemeenten, "gm_code", "gm_naam"),
    ):
        means, w = weighted_means(idx, len(table), region.dwellings, region.dims)
        has = w > 0
        names = table[name].to_numpy()[has] if name else None
        out[key] = (table[code].to_numpy()[has], names, means[has])
    return out


def long_frame(key, codes, names, dims, years):
    """The published long format: one row per area and year, NA dimensions where the open data has them."""
    n, ny = len(codes), len(years)
    frame = {key: np.repeat(np.asarray(codes, dtype=object), ny)}
    if names is not None:
        frame[key.replace("_code", "_naam")] = np.repeat(np.asarray(names, dtype=object), ny)
    frame["jaar"] = np.tile(np.asarray(years), n)
    flat = dims.reshape(n * ny, len(DIMENSIONS))
    afw = flat.sum(axis=1)
    frame["lbm"] = CONSTANT_C + afw
    frame["afw"] = afw
    hidden = np.isin(frame["jaar"], YEARS_WITHOUT_DIMENSIONS)
    for k, d in enumerate(DIMENSIONS):
        col = flat[:, k].copy()
        col[hidden] = np.nan
        frame[d] = col
    return pd.DataFrame(frame)


def write_scores(region, folder):
    paths = {}
    first, last = region.years[0], region.years[-1]
    for key, (codes, names, dims) in level_scores(region).items():
        path = os.path.join(folder, f"Leefbaarometer-scores {LEVEL_FILES[key]} {first}-{last}.csv")
        long_frame(key, codes, names, dims, region.years).to_csv(path, index=False, na_rep="NA", float_format="%.17g")
        paths[key] = path
    return paths


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return srs


def _polygonize(raster, region, names):
    """Polygons of each value of an index raster (row 0 = south), as {index: MultiPolygon}."""
    s = region.scale
    drv = gdal.GetDriverByName("MEM")
    ds = drv.Create("", s.nx, s.ny, 1, gdal.GDT_Int32)
    ds.SetGeoTransform((s.x0, 100.0, 0.0, s.y0 + 100.0 * s.ny, 0.0, -100.0))
    ds.SetProjection(_srs().ExportToWkt())
    ds.GetRasterBand(1).WriteArray(raster[::-1].astype(np.int32))
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = mem.CreateLayer("p", _srs(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("idx", ogr.OFTInteger))
    gdal.Polygonize(ds.GetRasterBand(1), None, layer, 0, [], callback=None)
    parts = {}
    for feat in layer:
        parts.setdefault(feat.GetField(0), []).append(feat.GetGeometryRef().Clone())
    out = {}
    for idx, polys in parts.items():
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in polys:
            multi.AddGeometry(p)
        out[idx] = multi
    return out


def _write_gpkg(path, layer_name, columns, geometries):
    """A GeoPackage with text/int columns {name: values} and one geometry per row."""
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer(layer_name, _srs(), ogr.wkbMultiPolygon)
    for name, values in columns.items():
        kind = ogr.OFTInteger if np.issubdtype(np.asarray(values).dtype, np.integer) else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(name, kind))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for i, geom in enumerate(geometries):
        feat = ogr.Feature(defn)
        for name, values in columns.items():
            v = values[i]
            feat.SetField(name, int(v) if isinstance(v, (np.integer, int)) else str(v))
        feat.SetGeometry(geom)
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None


def _cell_square(x, y):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for px, py in ((x, y), (x + 100, y), (x + 100, y + 100), (x, y + 100), (x, y)):
        ring.AddPoint_2D(px, py)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    multi.AddGeometry(poly)
    return multi


def write_geometry(region, folder):
    b, w, g = region.buurten, region.wijken, region.gemeenten
    wk_of_bu = b["wk"].to_numpy()
    gm_of_wk = w["gm"].to_numpy()
    year = region.years[-1]
    polys = _polygonize(region.bu_raster, region, b)
    _write_gpkg(os.path.join(folder, f"buurt {year}.gpkg"), "buurt", {
        "bu_code": b.bu_code.to_numpy(), "bu_naam": b.bu_naam.to_numpy(),
        "wk_code": w.wk_code.to_numpy()[wk_of_bu], "gm_code": g.gm_code.to_numpy()[gm_of_wk[wk_of_bu]],
        "gm_naam": g.gm_naam.to_numpy()[gm_of_wk[wk_of_bu]],
    }, [polys[i] for i in range(len(b))])
    polys = _polygonize(region.wk_raster, region, w)
    _write_gpkg(os.path.join(folder, f"wijk {year}.gpkg"), "wijk", {
        "wk_code": w.wk_code.to_numpy(), "wk_naam": w.wk_naam.to_numpy(),
        "gm_code": g.gm_code.to_numpy()[gm_of_wk], "gm_naam": g.gm_naam.to_numpy()[gm_of_wk],
    }, [polys[i] for i in range(len(w))])
    polys = _polygonize(region.gm_raster, region, g)
    _write_gpkg(os.path.join(folder, f"gemeente {year}.gpkg"), "gemeente",
                {"gm_code": g.gm_code.to_numpy(), "gm_naam": g.gm_naam.to_numpy()}, [polys[i] for i in range(len(g))])
    polys = _polygonize(region.pc4_raster, region, region.pc4)
    _write_gpkg(os.path.join(folder, f"PC4 {year}.gpkg"), "pc4", {"PC4": region.pc4.PC4.to_numpy()},
                [polys[i] for i in range(len(region.pc4))])
    x, y = region.cell_xy()
    _write_gpkg(os.path.join(folder, f"grid {year}.gpkg"), "grid", {"grid_id": grid_ids(x, y)},
                [_cell_square(a, c) for a, c in zip(x.tolist(), y.tolist())])


def cbs_rounded(counts, suppress_below):
    """CBS style: counts rounded to 5, small counts suppressed as −99997."""
    out = (np.round(np.asarray(counts) / 5.0) * 5).astype(np.int64)
    out[np.asarray(counts) < suppress_below] = SUPPRESSED
    return out


def write_statistics(region, folder):
    x, y = region.cell_xy()
    cb = region.cell_bu
    b, w, g = region.buurten, region.wijken, region.gemeenten
    wk = b["wk"].to_numpy()[cb]
    gm = w["gm"].to_numpy()[wk]
    pd.DataFrame({
        "c28992r100": grid_ids(x, y),
        "aantal_inwoners": cbs_rounded(region.residents, 5),
        "aantal_part_huishoudens": cbs_rounded(region.households, 5),
        "aantal_woningen": cbs_rounded(region.dwellings, 5),
        "buurtcode": b.bu_code.to_numpy()[cb],
        "wijkcode": w.wk_code.to_numpy()[wk],
        "gemeentecode": g.gm_code.to_numpy()[gm],
    }).to_csv(os.path.join(folder, f"cbs_vierkant100m_{region.years[-1]}.csv"), index=False)
    rows = []
    # A health indicator like the reports use: share of adults rating their health poor, higher where
    # livability is lower (about 3 times as high in the weakest as in the best areas), with noise.
    rng = np.random.default_rng(7)
    for idx, table, code, name in ((cb, b, "bu_code", "bu_naam"), (wk, w, "wk_code", "wk_naam"),
                                   (gm, g, "gm_code", "gm_naam")):
        n = len(table)
        counts = [np.bincount(idx, weights=v, minlength=n).astype(np.int64)
                  for v in (region.residents, region.households, region.dwellings)]
        afw, has = _mean_afw(region, idx, n)
        health = np.where(has, np.clip(np.round(17 * np.exp(-4.0 * afw) + rng.normal(0, 1.5, n), 1), 1, 60), np.nan)
        rows.append(pd.DataFrame({"code": table[code].to_numpy(), "naam": table[name].to_numpy(),
                                  "aantal_inwoners": counts[0], "aantal_huishoudens": counts[1],
                                  "woningvoorraad": counts[2], "ervaren_gezondheid_slecht_pct": health}))
    pd.concat(rows).to_csv(os.path.join(folder, f"cbs_kerncijfers_{region.years[-1]}.csv"), index=False)


def _mean_afw(region, idx, n):
    """Dwelling-weighted afw of the last year per area index, and which areas have dwellings."""
    w = np.bincount(idx, weights=region.dwellings, minlength=n)
    afw = np.bincount(idx, weights=region.dwellings * region.dims[:, -1, :].sum(axis=1), minlength=n)
    has = w > 0
    return np.where(has, afw / np.where(has, w, 1), 0.0), has


README = """Leefbaarometer sample region (fictional)
=======================================

Made by the Leefbaarometer QGIS plugin's generator (sample/region.py), deterministic: the same files
every time. The places, codes and scores are invented; the files are shaped exactly like the
Leefbaarometer 3.0 open data (release 2024) and the CBS statistics, so every tool of the plugin can be
tried on them. Do not use them as real data.

Formats as published: scores in long format per level, dimension scores NA in 2002, 2008, 2012 and 2016;
afw = fys + onv + soc + vrz + won; lbm = 4.10226485114 + afw; buurt, wijk, gemeente and PC4 scores are
dwelling-weighted means of the 100 m cells. Geometry in EPSG:28992 (RD New).
"""


def publish(region, folder, with_geometry=True):
    """Write every file of the region into `folder` (created if needed). Returns the score file paths."""
    os.makedirs(folder, exist_ok=True)
    paths = write_scores(region, folder)
    write_statistics(region, folder)
    if with_geometry:
        write_geometry(region, folder)
    with open(os.path.join(folder, "README.txt"), "w", encoding="utf-8") as fh:
        fh.write(README)
    return paths
