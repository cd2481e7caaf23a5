"""Paths and builders shared by the test files: test files import from here, never from each other.

QGIS is imported inside the builders, not at the top: the unit tier imports this module without QGIS, and in the
integration tier pytest-qgis must start QGIS before the first qgis import.
"""
import os
import subprocess

import numpy as np
import pandas as pd
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(os.path.realpath(ROOT), "..", "shared", "data"))
# The plugin is imported as the package 'leefbaarometer' (its installed folder name); scripts/setup.sh links it.
PLUGINS = os.path.join(os.path.realpath(ROOT), ".build", "plugins")
C = 4.10226485114  # lbm = C + afw in the 2022 and 2024 releases
CUTS = (-0.4318, -0.3541, -0.2790, -0.1636, -0.1033, 0.0102, 0.0896, 0.1680)  # total-score classes on afw (lbm3_2024)
DIMS = ("fys", "onv", "soc", "vrz", "won")

CLASS_LABELS = ["1 zeer onvoldoende", "2 ruim onvoldoende", "3 onvoldoende", "4 zwak", "5 voldoende",
                "6 ruim voldoende", "7 goed", "8 zeer goed", "9 uitstekend"]

# The sample's published files per level: (score file, geometry file or None for the grid, built from its ids).
SAMPLE_FILES = {level: (f"Leefbaarometer-scores {level} 2002-2024.csv", geometry) for level, geometry in (
    ("grids", None), ("PC4", "PC4 2024.gpkg"), ("buurten", "buurt 2024.gpkg"), ("wijken", "wijk 2024.gpkg"),
    ("gemeenten", "gemeente 2024.gpkg"))}


def shared(*parts):
    """A file of the real published data in ../shared/data; the test is skipped when it is absent."""
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        pytest.skip(f"real test data not found: {path}")
    return path


def sample_scores(sample_dir, level):
    """importscores parameters for one level of the published sample: its score file and its geometry."""
    scores, geometry = SAMPLE_FILES[level]
    params = {"SCORES": os.path.join(sample_dir, scores)}
    if geometry:
        params["GEOMETRY"] = os.path.join(sample_dir, geometry)
    return params


def import_sample(run, sample_dir, level, output):
    """One level of the sample imported into the field schema by leefbaarometer:importscores; the output."""
    return run("importscores", {**sample_scores(sample_dir, level), "OUTPUT": output})["OUTPUT"]


def memory_layer(fields, rows, geometry="None", crs="EPSG:28992"):
    """A memory layer: fields {name: 'string'|'double'}, rows of values (a geometry WKT first if geometry given)."""
    from qgis.core import QgsFeature
    from qgis.core import QgsField
    from qgis.core import QgsGeometry
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import DOUBLE
    from leefbaarometer.processing.compat import STRING

    uri = geometry if geometry == "None" else f"{geometry}?crs={crs}"
    lyr = QgsVectorLayer(uri, "units", "memory")
    lyr.dataProvider().addAttributes([QgsField(n, STRING if t == "string" else DOUBLE)
                                      for n, t in fields.items()])
    lyr.updateFields()
    feats = []
    for row in rows:
        f = QgsFeature(lyr.fields())
        if geometry != "None":
            f.setGeometry(QgsGeometry.fromWkt(row[0]))
            row = row[1:]
        f.setAttributes(list(row))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def squares_layer(field, codes, crs="EPSG:28992"):
    """A memory layer with one 100 m square per code: geometry for files the shared data has none for."""
    from qgis.core import QgsFeature
    from qgis.core import QgsField
    from qgis.core import QgsGeometry
    from qgis.core import QgsRectangle
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import STRING

    lyr = QgsVectorLayer(f"MultiPolygon?crs={crs}", "areas", "memory")
    lyr.dataProvider().addAttributes([QgsField(field, STRING)])
    lyr.updateFields()
    feats = []
    for n, code in enumerate(codes):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(n * 100, 0, n * 100 + 100, 100)))
        f.setAttributes([code])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def graduated_on(expression):
    """The value a graduated map of the plugin draws: a field ('afw_2024') or an expression, with NULL as -9999
    (processing/styling.py: the grey 'no score' class; QGIS would not draw NULL at all)."""
    inner = expression if expression.startswith("(") else '"' + expression + '"'
    return f"coalesce({inner}, -9999)"


def pick_layer(widget, layer):
    """Pick `layer` in the panel's layer list as a user does: QComboBox says `activated` only for a user's choice
    (the panel then restyles the layer); a layer chosen by program, or by the list itself, keeps its style."""
    widget.layer_combo.setLayer(layer)
    widget.layer_combo.activated.emit(widget.layer_combo.currentIndex())


def choose(dock, layer, view="classes", measure="total", year=None, year_from=None):
    """Drive the panel (the `dock` fixture) as a user would; the layer's renderer afterwards."""
    widget, controller = dock
    pick_layer(widget, layer)
    widget.view_combo.setCurrentIndex(widget.view_combo.findData(view))
    widget.measure_combo.setCurrentIndex(widget.measure_combo.findData(measure))
    if year is not None:
        widget.year_slider.setValue(controller.years.index(year))
    if year_from is not None:
        widget.from_combo.setCurrentIndex(widget.from_combo.findData(year_from))
    return layer.renderer()


def qgis_env(tmp_path):
    """Environment for QGIS's own programs: headless, the plugin on the plugin path, a fresh profile."""
    env = dict(os.environ)
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=PLUGINS, XDG_RUNTIME_DIR=str(runtime),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    return env


def qgis_process(env, *args):
    # Debian's /usr/bin/qgis_process wrapper adds --noversioncheck, which qgis_process.bin 3.22 rejects.
    return subprocess.run(["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=300)


def run_qgis_window(tmp_path, script_text, timeout=240, settings=""):
    """Start the real QGIS under Xvfb with the plugin enabled in a fresh profile, running `script_text` at start-up.
    `settings`: more of the profile's QGIS3.ini (e.g. a [locale] section)."""
    profile = tmp_path / "profiles" / "test" / "QGIS"
    profile.mkdir(parents=True)
    (profile / "QGIS3.ini").write_text("[PythonPlugins]\nleefbaarometer=true\n\n[qgis]\ncheckVersion=false\nshowTips=false\n\n"
                                       + settings)
    script = tmp_path / "startup.py"
    script.write_text(script_text)
    env = qgis_env(tmp_path)
    env.pop("QT_QPA_PLATFORM")  # a real window, on the virtual X screen
    return subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--profiles-path", str(tmp_path),
                           "--profile", "test", "--nologo", "--noversioncheck", "--code", str(script)],
                          env=env, capture_output=True, text=True, timeout=timeout)


class Log:
    """A Processing feedback that keeps what the tool said."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback  # only when a test asks: the unit tier imports this without QGIS

        class _Log(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushInfo(self, text):  # noqa: N802
                self.lines.append(text)

            def pushWarning(self, text):  # noqa: N802
                self.lines.append("WARNING " + text)

            def reportError(self, text, fatalError=False):  # noqa: N802, N803
                self.lines.append("ERROR " + text)

        return _Log()


def snapshot(folder):
    """{relative path: sha256} of every file (and every folder, as None) under `folder`: compared before and after a
    run, it shows any file changed, added (an output, a part file, a journal) or removed."""
    import hashlib

    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            out[os.path.relpath(os.path.join(root, name), folder)] = None
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as fh:
                out[os.path.relpath(path, folder)] = hashlib.sha256(fh.read()).hexdigest()
    return out


# --- small layers for bad-input tests ------------------------------------------------------------------------

N_UNITS = 25  # a 5 × 5 block of 100 m squares


def units_values(**overrides):
    """Columns of 25 units: codes, a name, dwellings, afw and the dimensions of 2022 and 2024 (plausible values
    worked out so that some units are weak and some rise or fall), with `overrides` {field: values}. Units 0–12 lie
    in GM0001, 13–24 in GM0002."""
    import numpy as np

    k = np.arange(N_UNITS)
    afw22 = -0.30 + 0.025 * k  # −0.30 … 0.30: classes from onvoldoende to goed
    afw24 = afw22 + np.where(k % 3 == 0, 0.08, np.where(k % 3 == 1, -0.08, 0.0))
    cols = {"bu_code": [f"BU0001{i:04d}" for i in range(N_UNITS)],
            "gm_code": ["GM0001" if i < 13 else "GM0002" for i in range(N_UNITS)],
            "naam": [f"Buurt {i}" for i in range(N_UNITS)], "woningen": (100.0 + 10 * k).tolist(),
            "afw_2022": afw22.tolist(), "afw_2024": afw24.tolist()}
    for year, afw in (("2022", afw22), ("2024", afw24)):
        for j, d in enumerate(DIMS):
            cols[f"{d}_{year}"] = (afw / 5 + 0.001 * (j - 2)).tolist()
    cols.update(overrides)
    return cols


def square(i):
    """The WKT of unit i's 100 m square (5 in a row, in RD New)."""
    x, y = 100000 + 100 * (i % 5), 400000 + 100 * (i // 5)
    return f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}))"


def write_gpkg(path, columns, layer="units", geometry=True, srs=28992, kind=None, geometries=None):
    """A GeoPackage layer with `columns` {name: list} (text or real fields, None = NULL) and geometries (WKT; default
    the squares; geometry=False: a table), in EPSG `srs` (None: no CRS, srs_id 0 as `ogr2ogr -a_srs None` writes),
    of OGR type `kind` (default Polygon). A file that exists gets the layer added."""
    import sqlite3

    from osgeo import ogr
    from osgeo import osr

    n = len(next(iter(columns.values()))) if columns else 0
    ds = ogr.Open(str(path), 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    ref = None
    if srs is not None and geometry:
        ref = osr.SpatialReference()
        ref.ImportFromEPSG(srs)
    lyr = ds.CreateLayer(layer, ref, (kind if kind is not None else ogr.wkbPolygon) if geometry else ogr.wkbNone)
    for name, values in columns.items():
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString if any(isinstance(v, str) for v in values) else ogr.OFTReal))
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        for name, values in columns.items():
            if values[i] is not None:
                f.SetField(name, values[i])
        if geometry:
            f.SetGeometry(ogr.CreateGeometryFromWkt(geometries[i] if geometries else square(i)))
        lyr.CreateFeature(f)
    ds = None
    if srs is None and geometry:  # GDAL writes −1 ('undefined Cartesian') for a layer without SRS; -a_srs None writes 0
        db = sqlite3.connect(str(path))
        with db:
            db.execute("UPDATE gpkg_geometry_columns SET srs_id = 0 WHERE table_name = ?", (layer,))
            db.execute("UPDATE gpkg_contents SET srs_id = 0 WHERE table_name = ?", (layer,))
        db.close()
    return str(path)


def differences_by_hand(df, cuts=CUTS, weak_max=3, strong_min=6, years=(2014, 2022)):
    """leefbaarometer:differences the plain way, one zone at a time, as a second computation for its tests: `df` has
    per unit `zone` (None: in no zone), `a` and `b` (afw in the two years, NaN missing) and `w` (weight). Rows per zone
    and 'NL' (all units), columns as the tool names them."""
    rows = {}
    for zone, z in [("NL", df)] + list(df[df.zone.notna()].groupby("zone")):
        both = z[z.a.notna() & z.b.notna() & (z.w > 0)]
        k = np.searchsorted(np.asarray(cuts), both.a.to_numpy(), side="right") + 1  # on a cut-point: the upper class
        weak, strong = both[k <= weak_max], both[k >= strong_min]
        r = {"n_units": len(both), "n_missing": int((z.a.isna() != z.b.isna()).sum()), "n_weak": len(weak),
             "n_strong": len(strong)}
        for year, col in zip(years, ("a", "b")):
            r[f"weak_{year}"], r[f"strong_{year}"] = (np.average(s[col], weights=s.w) if len(s) else np.nan
                                                      for s in (weak, strong))
            r[f"gap_{year}"] = r[f"strong_{year}"] - r[f"weak_{year}"]
            v, w = both[col].to_numpy(), both.w.to_numpy()
            m = np.average(v, weights=w)
            r[f"sd_{year}"] = np.sqrt(np.average((v - m) ** 2, weights=w))
            o = np.argsort(v)  # percentiles: the smallest value whose cumulative weight reaches q of the total
            cw = np.cumsum(w[o])
            p10, p90 = (v[o][np.nonzero(cw >= q * cw[-1] - 1e-9)[0][0]] for q in (0.1, 0.9))
            if (w == 1).all():  # unweighted, that is numpy's 'inverted_cdf'
                assert [p10, p90] == list(np.quantile(v, [0.1, 0.9], method="inverted_cdf"))
            r[f"p90p10_{year}"] = p90 - p10
        r["dgap"] = r[f"gap_{years[1]}"] - r[f"gap_{years[0]}"]
        r["pattern"] = ("geen zwakke eenheden" if not len(weak) else "geen sterke eenheden" if not len(strong) else
                        ("zwak daalt" if r[f"weak_{years[1]}"] < r[f"weak_{years[0]}"] else "zwak stijgt minder")
                        if r["dgap"] > 0 else "verschil kleiner")
        rows[zone] = r
    return pd.DataFrame(rows).T


def assert_same_differences(got, want):
    """Every figure of `want` (differences_by_hand) in `got` (the tool's rows, indexed by zone): patterns equal,
    numbers to 1e-12, NULL where NaN."""
    assert sorted(got.index) == sorted(want.index)
    for col in want.columns:
        g, w = got.loc[want.index, col], want[col]
        if col == "pattern":
            assert g.tolist() == w.tolist()
        else:
            np.testing.assert_allclose(g.to_numpy(dtype=float), w.to_numpy(dtype=float), rtol=1e-12, atol=1e-15, err_msg=col)


# --- reading back what a chart draws (SVG written by matplotlib, core/charts/render.py) --------------------------

_SVG = "{http://www.w3.org/2000/svg}"
_XLINK = "{http://www.w3.org/1999/xlink}href"


def _numbers(text):
    import re

    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]


def _path_points(d):
    """The points of an SVG path of straight segments ('M x y L x y … z'), a None between subpaths."""
    import re

    points = []
    for command, args in re.findall(r"([MLZz])([^MLZz]*)", d):
        if command == "M" and points:
            points.append(None)
        values = _numbers(args)
        points += list(zip(values[0::2], values[1::2]))
    return points


def svg_drawing(svg):
    """What an SVG of the plugin's charts draws, read from the file alone, in the SVG's units (points):
    {'size': (width, height), 'texts': [(text, (x0, y0, x1, y1) of its glyphs)], 'marks': {gid: [[points] per path]}}.

    Texts are matplotlib's glyph outlines (a comment holds the text; the box is the union of the glyphs' outlines);
    marks are the groups with an id the builders gave (bars, series, grid lines)."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(svg, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    width, height = (_numbers(root.get(a))[0] for a in ("width", "height"))
    glyphs = {}
    for path in root.iter(f"{_SVG}path"):
        if path.get("id") and path.get("transform", "").startswith("scale("):
            scale = _numbers(path.get("transform"))[0]
            pts = [p for p in _path_points(path.get("d", "")) if p is not None] if path.get("d") else []
            # Curves ('Q') carry control points: their numbers are taken too, a box at least as large as the glyph.
            values = _numbers(" ".join(c for c in path.get("d", "") if c not in "MLQZz")) if path.get("d") else []
            pts = list(zip(values[0::2], values[1::2])) or pts
            if pts:
                xs, ys = [x * scale for x, _ in pts], [y * scale for _, y in pts]
                glyphs[path.get("id")] = (min(xs), min(ys), max(xs), max(ys))
    texts, marks = [], {}
    for group in root.iter(f"{_SVG}g"):
        gid = group.get("id", "")
        if gid.startswith("text:"):
            comment = next((c.text.strip() for c in group if c.tag is ET.Comment), "")
            inner = group.find(f"{_SVG}g")
            tx, ty, s = _numbers(inner.get("transform"))[:3]
            boxes = []
            for use in inner.iter(f"{_SVG}use"):
                box = glyphs.get(use.get(_XLINK, "").lstrip("#"))
                if box:
                    x = float(use.get("x", 0))
                    boxes.append((tx + s * (x + box[0]), ty - s * box[3], tx + s * (x + box[2]), ty - s * box[1]))
            if boxes:
                texts.append((comment, (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                        max(b[2] for b in boxes), max(b[3] for b in boxes))))
        elif ":" in gid:
            marks[gid] = [_path_points(p.get("d", "")) for p in group.iter(f"{_SVG}path")]
    return {"size": (width, height), "texts": texts, "marks": marks}


def box_of(points):
    pts = [p for p in points if p is not None]
    return min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts)


def boxes_overlap(a, b, slack=0.0):
    """Do two boxes (x0, y0, x1, y1) overlap by more than `slack` in both directions?"""
    return min(a[2], b[2]) - max(a[0], b[0]) > slack and min(a[3], b[3]) - max(a[1], b[1]) > slack


def axis_scale(marks, axis, panel="plot"):
    """A chart's own scale, from its grid lines ('grid-y@panel:v1;v2' and 'grid-y@panel:0' marks, one segment per
    value in order): a function from an SVG coordinate back to a value (a straight line through the grid lines)."""
    pairs = []
    for gid, paths in marks.items():
        if not gid.startswith(f"grid-{axis}@{panel}:"):
            continue
        values = [float(v) for v in gid.split(":", 1)[1].split(";")]
        segments = [[]]
        for p in paths[0]:
            if p is None:
                segments.append([])
            else:
                segments[-1].append(p)
        pairs += [(value, seg[0][1 if axis == "y" else 0]) for value, seg in zip(values, segments)]
    (v0, c0), (v1, c1) = min(pairs), max(pairs)
    if v0 == v1:  # one grid line (one year): only a point on it has a value
        return lambda c: v0 if abs(c - c0) < 0.01 else None
    return lambda c: v0 + (c - c0) * (v1 - v0) / (c1 - c0)


# --- annexes from the published files ---------------------------------------------------------------------------

MINUS = "\u2212"


def pdf_text(path, *pages):
    """The text of a PDF as pdftotext finds it (layout kept, ligatures undone); `pages`: first (and last) page."""
    import unicodedata

    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    out = subprocess.run(["pdftotext", "-layout", *first_last, str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)


def dutch(n, decimals=3, sign=False):
    """A second, simple implementation of the notation: 45063 -> '45.063', -0.035 -> '−0,035' (ints without decimals)."""
    if isinstance(n, int):
        return ("+" if sign and n > 0 else "") + f"{n:,}".replace(",", ".").replace("-", MINUS)
    text = f"{abs(n):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return (MINUS if round(n, decimals) < 0 else "+" if sign and round(n, decimals) > 0 else "") + text


def cbs_households(*gemeenten):
    """{buurtcode: households} from CBS's key figures 2024 of these gemeenten (GM0014 …); None where CBS suppresses."""
    import json

    out = {}
    for gm in gemeenten:
        with open(shared("cbs", "kwb2024", f"{gm}.json"), encoding="utf-8") as fh:
            for b in json.load(fh)["buurten"]:
                out[b["code"]] = b["demografie"]["huishoudens"]
    return out


def wfs_with_households(*gemeenten):
    """A copy (memory layer) of the official WFS buurten 2024 with CBS's households of these gemeenten joined on as
    aantal_huishoudens (the input file is never touched); also {code: WFS feature} and {code: households}."""
    from qgis.core import QgsFeatureRequest
    from qgis.core import QgsField
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import DOUBLE

    wfs = QgsVectorLayer(shared("lbm", "wfs_buurtscore24_part.geojson"), "buurtscore24", "ogr")
    layer = wfs.materialize(QgsFeatureRequest())
    layer.setName("buurtscore24")
    hh = cbs_households(*gemeenten)
    layer.dataProvider().addAttributes([QgsField("aantal_huishoudens", DOUBLE)])
    layer.updateFields()
    idx = layer.fields().indexOf("aantal_huishoudens")
    layer.dataProvider().changeAttributeValues({f.id(): {idx: hh.get(f["code"])} for f in layer.getFeatures()
                                                if hh.get(f["code"]) is not None})
    return layer, {f["code"]: f for f in wfs.getFeatures()}, hh
