"""Bad input, round three (issue 30, the input side): every case ends in a clear message naming the file, field,
row or parameter at fault, or in a correct result, never in exit 0 with something else.

Each case of CASES builds its inputs in the test's own folder and runs one algorithm, in process (processing.run)
and, for one case of each class (THROUGH_QGIS_PROCESS), through qgis_process as a user would. Both assert:
- refused cases: the error (exit status 1) names the problem (a regular expression) and holds no traceback;
- correct results: exit status 0, the log says what was done (a regular expression) and the result is right
  (numbers worked out in the test);
- files: the inputs byte for byte as before (sha256 of every file in the folder), and nothing new but the
  outputs a correct result asked for: no part file, journal, WAL or shared-memory file.
The classes: layers without a CRS, score files ambiguous or damaged, release profiles, layout templates, encodings,
a locked input, parameters, geometry, inputs never change, the Python API.
"""
import json
import os
import re
import sqlite3
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from dataclasses import field

import numpy as np
import pytest

from ..helpers import N_UNITS
from ..helpers import ROOT
from ..helpers import C
from ..helpers import qgis_env
from ..helpers import snapshot
from ..helpers import square
from ..helpers import units_values
from ..helpers import write_gpkg

N = N_UNITS  # units: a 5 × 5 block of 100 m squares
LOCK_WAIT = 10  # processing/inputs.py


# --- inputs ---------------------------------------------------------------------------------------------------

def units(d, name="units.gpkg", **kwargs):
    return write_gpkg(d / name, units_values(), **kwargs)


def score_lines(header="bu_code,jaar,lbm,afw,fys", name=False, pad=0):
    """Lines of a published-style score file of the 25 units (2022, 2024): header first. `name`: a bu_naam column;
    `pad`: an extra column of that many characters (makes the file long)."""
    cols = units_values()
    if name:
        header = header.replace("bu_code,", "bu_code,bu_naam,")
    lines = [header + (",opmerking" if pad else "")]
    for year in ("2022", "2024"):
        for i, code in enumerate(cols["bu_code"]):
            afw = cols[f"afw_{year}"][i]
            line = f"{code}," + (f"Buurt {i}," if name else "") + f"{year},{C + afw!r},{afw!r},{cols[f'fys_{year}'][i]!r}"
            lines.append(line + ("," + "x" * pad if pad else ""))
    return lines


def scores_csv(d, lines=None, encoding="utf-8", name="scores.csv", sep=","):
    path = d / name
    text = "\n".join(lines or score_lines()) + "\n"
    path.write_bytes(text.replace(",", sep).encode(encoding))
    return str(path)


def profile(d, **changes):
    """A copy of the shipped release profile with `changes`, as a file."""
    with open(os.path.join(ROOT, "resources", "releases", "lbm3_2024.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    raw.update(changes)
    path = d / "profile.json"
    path.write_text(json.dumps(raw, allow_nan=True))
    return str(path)


def shipped(key):
    with open(os.path.join(ROOT, "resources", "releases", "lbm3_2024.json"), encoding="utf-8") as fh:
        return json.load(fh)[key]


def gemeenten(d):
    """Two gemeenten covering the units: GM0001 the lower 13 squares' rows, GM0002 the rest."""
    wkt = ["POLYGON((100000 400000,100500 400000,100500 400300,100000 400300,100000 400000))",
           "POLYGON((100000 400300,100500 400300,100500 400500,100000 400500,100000 400300))"]
    return write_gpkg(d / "gemeenten.gpkg", {"gm_code": ["GM0001", "GM0002"], "gm_naam": ["Een", "Twee"]},
                      layer="gemeenten", geometries=wkt)


def template(d, cut=None, replace=None):
    with open(os.path.join(ROOT, "resources", "annex_template.qpt"), encoding="utf-8") as fh:
        text = fh.read()
    if cut:
        text = text[:cut]
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    path = d / "bijlage.qpt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def out(d, name="out.gpkg"):
    return str(d / name)


# --- what a correct result must hold --------------------------------------------------------------------------

def layer_of(result, key="OUTPUT"):
    from qgis.core import QgsVectorLayer

    value = result[key]
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def wkb_types(path, table):
    """The WKB geometry type of every blob in a GeoPackage table (GeoPackage 1.3, 2.1.3)."""
    db = sqlite3.connect(path)
    try:
        kinds = set()
        for (blob,) in db.execute(f'SELECT geom FROM "{table}"'):
            envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
            wkb = blob[8 + envelope:]
            kinds.add(struct.unpack("<I" if wkb[0] == 1 else ">I", wkb[1:5])[0])
        return kinds
    finally:
        db.close()


def _names_kept(expected_names):
    """The import kept the names (accents as in the file) and the scores of every unit."""
    def check(result):
        features = list(layer_of(result).getFeatures())
        names = {f["bu_code"]: f["bu_naam"] for f in features}
        assert len(names) == N and all(names[k] == v for k, v in expected_names.items()), names
        afw = {f["bu_code"]: f["afw_2024"] for f in features}
        assert afw == pytest.approx(dict(zip(units_values()["bu_code"], units_values()["afw_2024"])), abs=1e-12)
    return check


# --- the cases ------------------------------------------------------------------------------------------------

@dataclass
class Case:
    alg: str
    params: dict
    message: str  # a regular expression: in the error (refused) or in the log (correct result)
    ok: bool = False  # a correct result (exit 0) rather than a refusal
    check: object = None  # check(result) for a correct result
    outputs: list = field(default_factory=list)  # file names a correct result writes into the folder
    hold: object = None  # a context manager around the run (another program's lock)


def renamed(lines, names):
    """Score lines with units renamed in every year: {unit: name}."""
    out = list(lines)
    for unit, name in names.items():
        for n in (1 + unit, 1 + N + unit):
            out[n] = out[n].replace(f"Buurt {unit},", f"{name},")
    return out


def _encoded(encoding, names, message, file_name="scores.csv", sep=",", pad=0):
    def build(d):
        lines = renamed(score_lines(name=True, pad=pad), names)
        expected = {f"BU0001{unit:04d}": name for unit, name in names.items()}
        return Case("importscores", {"SCORES": scores_csv(d, lines, encoding, name=file_name, sep=sep), "GEOMETRY": units(d),
                                     "OUTPUT": out(d)}, message, ok=True, check=_names_kept(expected), outputs=["out.gpkg"])
    return build


def _implausible(stop):
    def build(d):
        lines = score_lines()
        lines[27] = "BU00010001,2024,4.15,5.0,0.01"  # afw 5.0 where lbm says 4.15 − C = 0.048
        params = {"SCORES": scores_csv(d, lines), "GEOMETRY": units(d), "OUTPUT": out(d)}
        message = (r"1 row\(s\) have scores that release lbm3_2024 does not allow: BU00010001 2024 \(afw outside -3 … 1\.5: 5; "
                   r"lbm ≠ C \+ afw \(C = 4\.10226485114\): 4\.15 ≠ 9\.10226\)")
        if stop:
            return Case("importscores", {**params, "STOP_ON_IMPLAUSIBLE": True},
                        message + r"\. Stopped because 'Stop when scores are implausible for the release' is on; nothing was written")
        return Case("importscores", params, message, ok=True, outputs=["out.gpkg"],
                    check=lambda result: result["SCORES_IMPLAUSIBLE"] == 1 or pytest.fail(result))
    return build


def _cut_off(d):
    lines = score_lines()
    lines[-1] = lines[-1][:lines[-1].rindex(",") - 3]  # cut inside afw: '…,-0.0' and no fys
    return Case("importscores", {"SCORES": scores_csv(d, lines), "GEOMETRY": units(d), "OUTPUT": out(d)},
                r"scores\.csv: 1 row\(s\) do not have the 5 fields of the header: line 51 has 4\. A file cut off part-way")


def _afw_twice(d):
    lines = [line + "," + line.split(",")[3] if n else line + ",afw" for n, line in enumerate(score_lines())]
    lines[3] = lines[3][:lines[3].rindex(",")] + ",0.25"  # the second afw differs
    return Case("importscores", {"SCORES": scores_csv(d, lines), "GEOMETRY": units(d), "OUTPUT": out(d)},
                r"the column\(s\) 'afw' appear more than once \('afw': columns 4, 6\); it is not clear which one")


def _profile(changes, message):
    return lambda d: Case("classify", {"INPUT": units(d), "RELEASE_FILE": profile(d, **changes), "OUTPUT": out(d)},
                          r"release profile .*profile\.json: " + message)


def _pressure_zero_area(d):
    """Units 0 and 24 stay weak (afw −0.5) in both years; unit 0 is a degenerate polygon (no area), far away."""
    cols = units_values()
    for y in ("2022", "2024"):
        for i in (0, 24):
            cols[f"afw_{y}"][i] = -0.5
    shapes = [square(i) for i in range(N)]
    shapes[0] = "POLYGON((90000 390000,90100 390000,90000 390000))"
    layer = write_gpkg(d / "units.gpkg", cols, geometries=shapes)

    def check(result):
        clusters = list(layer_of(result).getFeatures())
        assert result["CLUSTERS"] == 1 and len(clusters) == 1, result
        (c,) = clusters
        assert c["bu_code"] == "BU00010024" and c["cluster"] == 1 and c.geometry().area() == pytest.approx(10000.0)

    return Case("pressure", {"INPUT": layer, "WEIGHT": "woningen", "MIN_YEARS": 2, "LAST_YEARS": 2, "MIN_WEIGHT": 0,
                                         "OUTPUT": out(d)},
                r"1 cluster\(s\) are left out because their units have no area \(empty or zero-area geometry\): BU00010000",
                ok=True, check=check, outputs=["out.gpkg"])


def _curved(d):
    from osgeo import ogr

    shapes = [f"MULTISURFACE({square(i)[7:]})" for i in range(N)]
    shapes[6] = ("MULTISURFACE(CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING(100100 400100,100150 400150,100200 400100),"
                 "(100200 400100,100100 400100))))")
    geometry = write_gpkg(d / "curved.gpkg", {"bu_code": units_values()["bu_code"]}, kind=ogr.wkbMultiSurface, geometries=shapes)

    def check(result):
        assert wkb_types(str(d / "out.gpkg"), "out") == {6}  # every geometry a MultiPolygon, as the layer declares
        arc = next(f for f in layer_of(result).getFeatures() if f["bu_code"] == "BU00010006").geometry()
        assert arc.area() == pytest.approx(np.pi * 50 ** 2 / 2, rel=0.01)  # the half disc, in straight segments

    return Case("importscores", {"SCORES": scores_csv(d), "GEOMETRY": geometry, "OUTPUT": out(d)},
                r"1 geometries \(areas\) have curves \(arcs\); they are written as straight segments", ok=True, check=check,
                outputs=["out.gpkg"])


def _two_layers(d):
    path = units(d)
    write_gpkg(d / "units.gpkg", {"bu_code": ["BU00019999"]}, layer="other", geometries=[square(0)])

    def check(result):
        assert len(list(layer_of(result).getFeatures())) == N  # the units, not the other layer's one feature

    return Case("classify", {"INPUT": path, "OUTPUT": out(d)},
                r"INPUT: .*units\.gpkg holds 2 layers \(units, other\); reading 'units', the first\. To read another, give it "
                r"as .*units\.gpkg\|layername=…", ok=True, check=check, outputs=["out.gpkg"])


def _filtered(codes, expected, message, by_buurt_code=False):
    """classify with a gemeente filter; `by_buurt_code`: the layer has no gm_code, so the filter runs on bu_code."""
    def build(d):
        def check(result):
            got = sorted(f["bu_code"] for f in layer_of(result).getFeatures())
            assert got == expected, got
        cols = {k: v for k, v in units_values().items() if not (by_buurt_code and k == "gm_code")}
        return Case("classify", {"INPUT": write_gpkg(d / "units.gpkg", cols), "GEMEENTE_FILTER": codes, "OUTPUT": out(d)},
                    message, ok=True, check=check, outputs=["out.gpkg"])
    return build


class _Locked:
    """Another program writing to a GeoPackage: an exclusive SQLite lock held by a second process."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        code = ("import sqlite3, sys, time\n"
                "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "db.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n")
        self.process = subprocess.Popen([sys.executable, "-c", code, self.path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        assert self.process.stdout.readline().strip() == "locked"
        return self

    def __exit__(self, *exc):
        self.process.communicate("", timeout=30)


def _locked(d):
    path = units(d)
    return Case("classify", {"INPUT": path, "OUTPUT": out(d)},
                r"the input INPUT \(.*units\.gpkg\) is locked by another program that is writing to it .*; waited 10 s",
                hold=_Locked(path))


def _memory(crs, message):
    """The units as a memory layer (the Python API), its CRS `crs` ("" = none at all)."""
    def build(d):
        from qgis.core import QgsCoordinateReferenceSystem
        from qgis.core import QgsFeature
        from qgis.core import QgsGeometry
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(units(d))
        memory = QgsVectorLayer("Polygon", "units", "memory")
        memory.setCrs(QgsCoordinateReferenceSystem(crs))
        memory.dataProvider().addAttributes(layer.fields().toList()[1:])
        memory.updateFields()
        feats = []
        for f in layer.getFeatures():
            g = QgsFeature(memory.fields())
            g.setAttributes(f.attributes()[1:])
            g.setGeometry(QgsGeometry(f.geometry()))
            feats.append(g)
        memory.dataProvider().addFeatures(feats)
        return Case("hotspots", {"INPUT": memory, "OUTPUT": "memory:"}, message)
    return build


def _virtual_weight(d):
    from qgis.core import QgsField
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import DOUBLE

    layer = QgsVectorLayer(units(d))
    layer.addExpressionField('"woningen" * 2', QgsField("dubbel", DOUBLE))
    cols = units_values()
    w, afw, gm = np.array(cols["woningen"]) * 2, np.array(cols["afw_2024"]), np.array(cols["gm_code"])

    def check(result):
        got = {f["gm_code"]: (float(f["weight"]), float(f["afw_2024"])) for f in layer_of(result).getFeatures()}
        for code in ("GM0001", "GM0002"):
            sel = gm == code
            assert got[code] == pytest.approx((w[sel].sum(), (w[sel] * afw[sel]).sum() / w[sel].sum()), abs=1e-9), got

    return Case("aggregate", {"INPUT": layer, "WEIGHT": "dubbel", "ZONE_FIELD": "gm_code", "OUTPUT": out(d, "zones.csv")},
                r"2 zones from 25 units; weight: dubbel", ok=True, check=check, outputs=["zones.csv"])


ANNEX = lambda d, t: {"BUURTEN": units(d), "GEMEENTEN": gemeenten(d), "TEMPLATE": t, "FOLDER": str(d / "bijlagen")}  # noqa: E731
NO_CRS = r"the layer {name} \(.*units\.gpkg\) has no coordinate reference system \(srs_id 0 in the GeoPackage: 'undefined geographic'\)"

CASES = {
    # A layer without a coordinate reference system: refused before anything is read.
    "importscores: geometry with srs_id 0": ("no CRS", lambda d: Case(
        "importscores", {"SCORES": scores_csv(d), "GEOMETRY": units(d, srs=None), "OUTPUT": out(d)},
        NO_CRS.format(name="GEOMETRY") + r", so its coordinates cannot be placed\. Set it first")),
    "pressure: a layer with srs_id 0": ("no CRS", lambda d: Case(
        "pressure", {"INPUT": units(d, srs=None), "OUTPUT": out(d)}, NO_CRS.format(name="INPUT"))),
    "hotspots: a memory layer without CRS": ("no CRS", _memory("", (
        r"the layer INPUT \(a memory layer\) has no coordinate reference system, so its coordinates cannot be placed"))),
    "hotspots: a memory layer in degrees with metres": ("no CRS", _memory("EPSG:4326", (
        r"the layer INPUT \(a memory layer\) says its coordinates are degrees \(EPSG:4326\), but they run from 100000, "
        r"400000 to 100500, 400500: its coordinate reference system is wrong"))),
    # Score files that are ambiguous or damaged.
    "importscores: afw twice": ("score files", _afw_twice),
    "importscores: a file cut off inside its last row": ("score files", _cut_off),
    "importscores: afw 5.0 where lbm is 4.15, stop asked": ("score files", _implausible(stop=True)),
    "importscores: afw 5.0 where lbm is 4.15, warned": ("score files", _implausible(stop=False)),
    # Release profiles checked in full.
    "classify: a NaN cut-point": ("release profiles", _profile(
        {"total_cutpoints_afw": [float("nan")] + shipped("total_cutpoints_afw")[1:]},
        r"total_cutpoints_afw must be 8 increasing numbers, not \[NaN, -0\.3541")),
    "classify: eight labels": ("release profiles", _profile(
        {"class_labels": shipped("class_labels")[:8]},
        r"class_labels must be 9 texts, one per class, not \[.*\"zeer goed\"\] \(8 values\)")),
    "classify: eight colours": ("release profiles", _profile(
        {"palette_scores": shipped("palette_scores")[:8]}, r"palette_scores must be 9 colours, one per class")),
    "classify: a constant as text": ("release profiles", _profile(
        {"constant_c": "4.10226485114"}, r"constant_c must be a number, not \"4\.10226485114\"")),
    "classify: a constant as a list": ("release profiles", _profile(
        {"constant_c": [4.10226485114]}, r"constant_c must be a number, not \[4\.10226485114\]")),
    # Print-layout templates.
    "exportannexes: a template cut off": ("layout templates", lambda d: Case(
        "exportannexes", ANNEX(d, template(d, cut=20000)),
        r"the layout template .*bijlage\.qpt is not well-formed XML \(line 349, column 12: unexpected end of file\)")),
    "exportannexes: a template without title": ("layout templates", lambda d: Case(
        "exportannexes", ANNEX(d, template(d, replace={'id="titel"': 'id="kop"'})),
        r"the layout template .*bijlage\.qpt lacks the item\(s\) titel that the annex needs")),
    # Encodings, judged on the whole file.
    # Latin-1: lines of ~470 bytes, the first accent on line 24, after the first 8 KiB (where the old check stopped).
    "importscores: Latin-1 with the first accent after 8 KiB": ("encodings", _encoded(
        "latin-1", {22: "Gréveling", 24: "Één à Noord"}, r"read as Windows-1252 \(not UTF-8: line 24 has the byte 0xE9\)",
        pad=400)),
    "importscores: UTF-16 (Excel's Unicode text)": ("encodings", _encoded(
        "utf-16", {3: "Buurt Ŝ"}, r"read as UTF-16 little-endian \(its byte-order mark says so\)", file_name="unicode.txt", sep="\t")),
    "importscores: UTF-8 with BOM": ("encodings", _encoded(
        "utf-8-sig", {7: "Súdwaard"}, r"read as UTF-8 with BOM \(its byte-order mark says so\)")),
    # Another program writing to the input.
    "classify: input locked by another writer": ("a locked input", _locked),
    # Parameters.
    "risersfallers: a year of 2022.5": ("parameters", lambda d: Case(
        "risersfallers", {"INPUT": units(d), "YEAR_FROM": 2022.5, "YEAR_TO": 2024, "OUTPUT": out(d), "LIST": out(d, "list.csv")},
        r"YEAR_FROM \(Start year.*\) must be a whole number, not 2022\.5")),
    "classify: 600 gemeente codes": ("parameters", _filtered(
        ",".join(f"GM{i:04d}" for i in range(1, 601)), units_values()["bu_code"],
        r"Filter, run by the data source: \(substr\(\"bu_code\", 1, 6\) IN \('BU0001', 'WK0001', 'BU0002'", by_buurt_code=True)),
    # Geometry.
    "importscores: geometry collections": ("geometry", lambda d: Case(
        "importscores", {"SCORES": scores_csv(d), "OUTPUT": out(d), "GEOMETRY": write_gpkg(
            d / "collections.gpkg", {"bu_code": units_values()["bu_code"]}, kind=7,
            geometries=[f"GEOMETRYCOLLECTION({square(i)})" for i in range(N)])},
        r"the layer GEOMETRY \(.*collections\.gpkg\) holds geometry collections \(GeometryCollection\); the tools need polygons")),
    "importscores: curved polygons": ("geometry", _curved),
    "pressure: a unit without area": ("geometry", _pressure_zero_area),
    "classify: a GeoPackage with two layers": ("geometry", _two_layers),
    # Inputs never change.
    "classify: gemeente filter on a GeoPackage": ("inputs never change", _filtered(
        "GM0001", units_values()["bu_code"][:13], r"Filter, run by the data source: \"gm_code\" IN \('GM0001'\)")),
    # The Python API.
    "aggregate: a virtual weight field": ("Python API", _virtual_weight),
}

# One case of each class also through qgis_process (layers in memory exist only in the Python API).
THROUGH_QGIS_PROCESS = ["importscores: geometry with srs_id 0", "importscores: afw twice", "classify: a NaN cut-point",
                        "exportannexes: a template cut off", "importscores: Latin-1 with the first accent after 8 KiB",
                        "classify: input locked by another writer", "risersfallers: a year of 2022.5",
                        "importscores: curved polygons", "classify: gemeente filter on a GeoPackage",
                        "classify: 600 gemeente codes"]
IN_PROCESS = [name for name in CASES if name != "classify: input locked by another writer"]  # 10 s wait: qgis_process only


def _files_left_right(before, after, outputs):
    """Every file of before unchanged; new only the outputs (no part, journal, WAL or shared-memory file)."""
    changed = {p for p in before if after.get(p) != before[p]}
    new = set(after) - set(before)
    assert not changed, changed
    assert new == set(outputs), new


@pytest.mark.parametrize("name", IN_PROCESS)
def test_round3_in_process(name, tmp_path, run_alg):
    from qgis.core import QgsProcessingException

    from ..helpers import Log

    case = CASES[name][1](tmp_path)
    before = snapshot(tmp_path)
    log = Log()
    if case.ok:
        result = run_alg(case.alg, case.params, feedback=log)
        if case.check is not None:
            case.check(result)
        text = "\n".join(log.lines)
        assert re.search(case.message, text, re.S), text
    else:
        with pytest.raises(QgsProcessingException) as raised:
            run_alg(case.alg, case.params, feedback=log)
        text = str(raised.value)
        assert re.search(case.message, text, re.S), text
    assert "Traceback" not in text and "Traceback" not in "\n".join(log.lines)
    _files_left_right(before, snapshot(tmp_path), case.outputs)


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    """qgis_process's environment for this module: one profile outside the tests' folders, the plugin enabled."""
    env = qgis_env(tmp_path_factory.mktemp("qgis-profile"))
    run = subprocess.run(["qgis_process.bin", "plugins", "enable", "leefbaarometer"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    return env


@pytest.mark.slow
@pytest.mark.parametrize("name", THROUGH_QGIS_PROCESS)
def test_round3_through_qgis_process(name, tmp_path, qgis_process_env):
    case = CASES[name][1](tmp_path)
    env = qgis_process_env
    before = snapshot(tmp_path)
    args = ["qgis_process.bin", "run", f"leefbaarometer:{case.alg}", "--"]
    args += [f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in case.params.items()]
    start = time.monotonic()
    if case.hold is not None:
        with case.hold:
            run = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    else:
        run = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    output = run.stdout + run.stderr
    assert run.returncode == (0 if case.ok else 1), output
    if case.check is not None and case.ok:
        case.check({"OUTPUT": str(tmp_path / case.outputs[0])})
    assert re.search(case.message, output, re.S) and "Traceback" not in output, output
    if case.hold is not None:
        assert time.monotonic() - start >= LOCK_WAIT  # it waited before saying so
    _files_left_right(before, snapshot(tmp_path), case.outputs)


def test_a_filter_the_data_source_refuses_is_named(tmp_path):
    """One LIKE per code, as before issue 30: SQLite refuses the expression, and QGIS would read that as a layer
    without features; the plugin asks GDAL for the reason."""
    from leefbaarometer.processing.io.gdal_columns import GdalSource
    from leefbaarometer.processing.io.gdal_columns import filter_error

    path = units(tmp_path)
    many = " OR ".join(f"\"bu_code\" LIKE 'BU{i:04d}%'" for i in range(1200))
    assert filter_error(GdalSource(path, where=many)) == "Expression tree is too large (maximum depth 1000)"
    assert filter_error(GdalSource(path, where="\"bu_code\" = 'none'")) == ""  # no rows is no refusal


def test_every_class_has_a_case_through_qgis_process():
    """The figures of README's 'What the plugin guarantees' (round three) come from here: keep them in step."""
    classes = {cls for cls, _ in CASES.values()}
    assert len(CASES) == 27 and len(classes) == 10, (len(CASES), sorted(classes))
    assert {CASES[n][0] for n in THROUGH_QGIS_PROCESS} == classes - {"Python API"}
