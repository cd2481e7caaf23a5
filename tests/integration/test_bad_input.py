"""Bad input, faults and hostile names (issue 12): every case ends in a clear message, nothing is left behind and
the inputs are unchanged.

Each case of ERROR_CASES builds its inputs in the test's own folder, runs one algorithm and asserts:
- processing.run raises QgsProcessingException whose message names the problem (a regular expression), and no
  Python traceback is in it;
- the folder holds exactly what it held before, byte for byte (sha256 of every file): no output, no part file, no
  journal, and the inputs unchanged.
A few cases run again through qgis_process for the exit status; the kill tests stop a national-size import with
SIGTERM part-way, to a GeoPackage and to PostGIS, and find nothing left.
"""
import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass
from dataclasses import field

import numpy as np
import pytest

from ..helpers import qgis_env
from ..helpers import snapshot
from ..helpers import units_values
from ..helpers import write_gpkg

SUPPRESSED = -99997


# --- inputs ---------------------------------------------------------------------------------------------------

def units(folder, **overrides):
    return write_gpkg(folder / "units.gpkg", units_values(**overrides))


def scores_csv(folder, rows=None, header="bu_code,jaar,lbm,afw,fys"):
    """A published-style score file of the 25 units (2022, 2024), with `rows` {(unit, year): line} replaced."""
    cols = units_values()
    lines = [header]
    for year in ("2022", "2024"):
        for i, code in enumerate(cols["bu_code"]):
            afw = cols[f"afw_{year}"][i]
            line = f"{code},{year},{4.10226485114 + afw!r},{afw!r},{cols[f'fys_{year}'][i]!r}"
            lines.append((rows or {}).get((i, year), line))
    path = folder / "scores.csv"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def out(folder):
    return str(folder / "o.gpkg")


def with_geometry(folder, params):
    return {**params, "GEOMETRY": units(folder)}


def header_only(folder):
    (folder / "h.csv").write_text("bu_code,jaar,afw\n")
    return str(folder / "h.csv")


def unwritable_folder(tmp_path):
    """A folder no file can be made in: read-only for an ordinary user; for root (who may write anywhere on a
    normal disk) a read-only system folder."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        return str(folder)
    for folder in ("/sys/fs", "/proc/sys"):
        try:
            open(os.path.join(folder, "probe.csv"), "w").close()
        except OSError:
            return folder
        os.remove(os.path.join(folder, "probe.csv"))
    pytest.skip("no read-only folder on this machine")


# --- the cases ------------------------------------------------------------------------------------------------

@dataclass
class Case:
    alg: str
    params: dict
    message: str  # a regular expression the error message must match
    gone: list = field(default_factory=list)  # paths outside the test folder that must not exist afterwards


def _inf_csv(value):
    return lambda d: Case("importscores", with_geometry(d, {"SCORES": scores_csv(d, {(1, "2024"): f"BU00010001,2024,4.1,{value},0.01"}),
                                                            "OUTPUT": str(d / "out.gpkg")}),
                          r"column 'afw' has 1 value\(s\) that are no afw score: .*\(line 28\)")


def _all_null_2024(alg, params=None):
    nulls = {f"{m}_2024": [None] * 25 for m in ("afw", "fys", "onv", "soc", "vrz", "won")}
    return lambda d: Case(alg, {"INPUT": units(d, **nulls), "OUTPUT": str(d / "out.gpkg"), **(params or {})},
                          r"year 2024 has no total score in any of the 25 units \(field\(s\) afw_2024")


def _weights(alg, values, message, extra=None, weight_param="WEIGHT"):
    def build(d):
        weight = [values] * 25 if not isinstance(values, list) else values
        fields = ["woningen"] if weight_param in ("WEIGHTS", "REPORT_WEIGHTS") else "woningen"
        params = {"INPUT": units(d, woningen=weight), weight_param: fields, "OUTPUT": out(d), **(extra or {})}
        return Case(alg, params, message)
    return build


def _breaks(text, message):
    return lambda d: Case("classify", {"INPUT": units(d), "SCHEME": 4, "BREAKS": text, "OUTPUT": str(d / "out.gpkg")}, message)


ALL_ZERO = r"the weight field 'woningen' is 0 or NULL for every unit"
SUPPRESSED_ERROR = r"25 units have a suppressed woningen \(−99997, CBS\)"
RF = {"YEAR_FROM": 2022, "YEAR_TO": 2024, "LIST": "TEMPORARY_OUTPUT"}
TOO_LONG = "x" * 300 + ".csv"  # a file name no file system takes: the sink cannot be made
AGG = {"ZONE_FIELD": "gm_code"}

ERROR_CASES = {
    # Output over input: refused before anything is read.
    "classify: output is the input file": lambda d: Case(
        "classify", {"INPUT": units(d), "OUTPUT": str(d / "units.gpkg")}, r"the output OUTPUT \(.*units.gpkg\) is the input INPUT"),
    "change: output is the input layer": lambda d: Case(
        "change", {"INPUT": units(d) + "|layername=units",
                   "OUTPUT": f"ogr:dbname='{d / 'units.gpkg'}' table=\"units\" (geom)"}, r"is the input INPUT.*would destroy the input"),
    "summary: output is the input": lambda d: Case(
        "summary", {"INPUT": units(d), "OUTPUT": str(d / "units.gpkg")}, r"is the input INPUT"),
    "risersfallers: list is the input": lambda d: Case(
        "risersfallers", {"INPUT": units(d), **RF, "OUTPUT": str(d / "out.gpkg"), "LIST": str(d / "units.gpkg")},
        r"the output LIST .* is the input INPUT"),
    "importscores: output is the score file": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d), "OUTPUT": str(d / "scores.csv")}),
        r"the output OUTPUT .*scores.csv.* is the input SCORES"),
    "importscores: output is the geometry": lambda d: Case(
        "importscores", {"SCORES": scores_csv(d), "GEOMETRY": units(d), "OUTPUT": str(d / "units.gpkg")},
        r"is the input GEOMETRY"),
    # Scores that are no scores, refused at import with the line named.
    "importscores: inf": _inf_csv("inf"),
    "importscores: -inf": _inf_csv("-inf"),
    "importscores: 1e308": _inf_csv("1e308"),
    "importscores: 1e400": _inf_csv("1e400"),
    "importscores: lbm 25": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d, {(3, "2022"): "BU00010003,2022,25,0.1,0.01"}), "OUTPUT": out(d)}),
        r"column 'lbm' has 1 value\(s\) that are no lbm score: 25 \(line 5\)"),
    "importscores: text in afw": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d, {(0, "2022"): "BU00010000,2022,4.1,O.1,0.01"}), "OUTPUT": out(d)}),
        r"column 'afw' has 1 value\(s\) that are not numbers: 'O.1' \(line 2\)"),
    "importscores: a year without scores": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d, {(i, "2024"): f"BU0001{i:04d},2024,NA,NA,NA" for i in range(25)}),
                                          "OUTPUT": out(d)}),
        r"year\(s\) 2024 have rows but no total score \(lbm or afw\)"),
    "importscores: a measure without scores": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d, {(i, y): f"BU0001{i:04d},{y},4.1,0.0,NA" for i in range(25)
                                                                   for y in ("2022", "2024")}), "OUTPUT": out(d)}),
        r"column\(s\) fys have no value in any row"),
    "importscores: duplicate rows": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d, {(1, "2022"): "BU00010000,2022,4.1,0.0,0.0"}), "OUTPUT": out(d)}),
        r"2 rows repeat an area and year, e.g. bu_code BU00010000 in 2022 \(lines 2, 3\)"),
    "importscores: wrong columns": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": scores_csv(d, header="code_buurt,jaar,lbm,afw,fys"), "OUTPUT": out(d)}),
        r"no key column found.*the file has: code_buurt, jaar"),
    "importscores: codes of another boundary year": lambda d: Case(
        "importscores", {"SCORES": scores_csv(d), "OUTPUT": out(d),
                         "GEOMETRY": write_gpkg(d / "other.gpkg", {"bu_code": [f"BU0999{i:04d}" for i in range(25)]})},
        r"no code of the scores matches the geometry layer"),
    "importscores: header only": lambda d: Case(
        "importscores", with_geometry(d, {"SCORES": header_only(d), "OUTPUT": out(d)}),
        r"has a header but no rows"),
    # Scores in layers: numeric checks in core for every tool.
    "classify: inf in a score field": lambda d: Case(
        "classify", {"INPUT": units(d, afw_2024=[float("inf")] + [0.0] * 24), "OUTPUT": out(d)},
        r"the field 'afw_2024' has 1 value\(s\) that are no afw score: inf"),
    "summary: 1e308 in a score field": lambda d: Case(
        "summary", {"INPUT": units(d, afw_2022=[1e308, -1e308] + [0.0] * 23), "OUTPUT": out(d)},
        r"the field 'afw_2022' has 2 value\(s\) that are no afw score: 1e\+308, -1e\+308"),
    "change: text in a score field": lambda d: Case(
        "change", {"INPUT": units(d, afw_2022=["abc"] + ["0.1"] * 24), "OUTPUT": out(d)},
        r"field 'afw_2022' holds 1 value\(s\) that are not numbers, e.g. \['abc'\]"),
    "classify: a year without scores": _all_null_2024("classify"),
    "change: a year without scores": _all_null_2024("change"),
    "summary: a year without scores": _all_null_2024("summary"),
    "score: a year without scores": _all_null_2024("score"),
    "earlywarning: a year without scores": _all_null_2024("earlywarning"),
    "risersfallers: a year without scores": _all_null_2024("risersfallers", RF),
    "classify: a year the layer lacks": lambda d: Case(
        "classify", {"INPUT": units(d), "YEARS": "2030", "OUTPUT": out(d)},
        r"year\(s\) 2030 are not in the layer; it has 2022, 2024"),
    "classify: an empty layer": lambda d: Case(
        "classify", {"INPUT": write_gpkg(d / "empty.gpkg", {k: [] for k in units_values()}), "OUTPUT": out(d)},
        r"the input layer has no features"),
    # Weights: one rule in every weighted tool.
    "aggregate: all weights 0": _weights("aggregate", 0.0, ALL_ZERO, AGG),
    "summary: all weights 0": _weights("summary", 0.0, ALL_ZERO, weight_param="WEIGHTS"),
    "pressure: all weights NULL": _weights("pressure", None, ALL_ZERO),
    "risersfallers: all report weights 0": _weights("risersfallers", 0.0, ALL_ZERO, RF, weight_param="REPORT_WEIGHTS"),
    "aggregate: suppressed weights, rule 'error'": _weights("aggregate", SUPPRESSED, SUPPRESSED_ERROR, {**AGG, "SUPPRESSED": 2}),
    "summary: suppressed weights, rule 'error'": _weights("summary", SUPPRESSED, SUPPRESSED_ERROR, {"SUPPRESSED": 2}, "WEIGHTS"),
    "pressure: suppressed weights, rule 'error'": _weights("pressure", SUPPRESSED, SUPPRESSED_ERROR, {"SUPPRESSED": 2}),
    "risersfallers: suppressed weights, rule 'error'": _weights("risersfallers", SUPPRESSED, SUPPRESSED_ERROR, {**RF, "SUPPRESSED": 2}),
    "aggregate: negative weights": _weights("aggregate", [-5.0] + [1.0] * 24, r"woningen has negative values, e.g. -5.0", AGG),
    # Destinations: missing or unwritable folders named before anything is written; nothing of the other outputs.
    "classify: output folder missing": lambda d: Case(
        "classify", {"INPUT": units(d), "OUTPUT": str(d / "nowhere" / "o.gpkg")},
        r"the folder .*nowhere of the output OUTPUT does not exist"),
    "summary: spreadsheet in an unwritable folder": lambda d: Case(
        "summary", {"INPUT": units(d), "OUTPUT": str(d / "o.csv"), "XLSX": os.path.join(unwritable_folder(d), "s.xlsx")},
        r"you may not write in the folder .* \(output XLSX\)"),
    "risersfallers: list in an unwritable folder": lambda d: Case(
        "risersfallers", {"INPUT": units(d), **RF, "OUTPUT": out(d), "LIST": os.path.join(unwritable_folder(d), "l.csv")},
        r"you may not write in the folder .* \(output LIST\)"),
    "risersfallers: list cannot be made after the main output": lambda d: Case(
        "risersfallers", {"INPUT": units(d), **RF, "OUTPUT": out(d), "LIST": str(d / TOO_LONG)},
        r"could not write to .*x\.csv.*File name too long"),
    # User breaks: either notation, a message naming what is wrong.
    "classify: ambiguous commas in breaks": _breaks("0,1,0,2", r"the commas could be decimal commas or separators"),
    "classify: breaks that are no numbers": _breaks("-0.1; nul; 0.1", r"not numbers: 'nul'"),
    "classify: breaks that do not increase": _breaks("0.3, 0.1, -0.2", r"user breaks must increase: 0.3, 0.1, -0.2"),
    "classify: too many breaks": _breaks("1 2 3 4 5 6 7 8 9", r"give 1 to 8 user breaks .*got 9"),
}

# Cases that need the annex export's rewrite (export_annexes.py, core/annex.py; another branch): names as text in
# index.xlsx, capped file names, one failing gemeente not stopping the others. Not run here until that work lands.
@pytest.mark.parametrize("name", list(ERROR_CASES))
def test_bad_input_gives_a_clear_message_and_leaves_nothing(name, tmp_path, run_alg):
    from qgis.core import QgsProcessingException

    case = ERROR_CASES[name](tmp_path)
    params = case.params
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(case.alg, params)
    message = str(raised.value)
    assert re.search(case.message, message, re.S), message
    assert "Traceback" not in message
    # Nothing new (no output, no part file, no journal), nothing changed: the inputs byte for byte.
    assert snapshot(tmp_path) == before


def test_the_suite_covers_every_guarantee():
    """The figures of README's 'What the plugin guarantees' come from here: keep them in step."""
    algorithms = {name.split(":")[0] for name in ERROR_CASES}
    assert len(ERROR_CASES) == 46 and len(algorithms) == 9, (len(ERROR_CASES), sorted(algorithms))


# --- hostile names and units without a score: written, and written safely ---------------------------------

FORMULAS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\",\"y\")"]


def test_formula_names_stay_text_in_spreadsheets_and_csv(tmp_path, run_alg):
    import openpyxl

    names = FORMULAS + [f"Buurt {i}" for i in range(20)]
    layer = units(tmp_path, naam=names)
    xlsx, csv = tmp_path / "s.xlsx", tmp_path / "s.csv"
    run_alg("summary", {"INPUT": layer, "GROUP_FIELD": "naam", "OUTPUT": str(csv), "XLSX": str(xlsx)})
    sheet = openpyxl.load_workbook(xlsx)["samenvatting"]
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("groep")] for row in sheet.iter_rows(min_row=2)]
    hostile = [c for c in cells if c.value in FORMULAS]
    assert {c.value for c in hostile} == set(FORMULAS) and all(c.data_type == "s" for c in hostile)
    text = csv.read_text()
    for name in FORMULAS:
        quoted = '"' + ("'" + name).replace('"', '""') + '"' if '"' in name or "," in name else "'" + name
        assert f"\n{quoted}," in text or f",{quoted}," in text or f",{quoted}\n" in text, (name, text[:500])


def test_units_without_a_score_are_labelled_so_in_the_early_warning(tmp_path, run_alg):
    from qgis.core import QgsVectorLayer

    values = units_values()
    none = [None] + values["afw_2024"][1:]
    out = run_alg("earlywarning", {"INPUT": units(tmp_path, afw_2024=none), "OUTPUT": "memory:"})["OUTPUT"]
    layer = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out)
    labels = {f["bu_code"]: (f["risico"], f["risico_label"]) for f in layer.getFeatures()}
    assert labels["BU00010000"] == (-2, "geen score")
    # Units with a score keep their own labels: none of them is 'geen score'.
    assert all(label != "geen score" for code, (_, label) in labels.items() if code != "BU00010000")


def test_user_breaks_in_either_notation_give_the_same_classes(tmp_path, run_alg):
    from qgis.core import QgsVectorLayer

    layer = units(tmp_path)
    classes = []
    for text in ("-0.1; 0; 0.1", "-0,1 0 0,1", "-0.1, 0, 0.1", "-0,1;0;0,1"):
        out = run_alg("classify", {"INPUT": layer, "SCHEME": 4, "BREAKS": text, "MEASURES": [0], "YEARS": "2022",
                                   "OUTPUT": "memory:"})["OUTPUT"]
        out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out)
        classes.append([f["kscore_2022"] for f in out.getFeatures()])
    afw = np.array(units_values()["afw_2022"])
    expected = (1 + (afw > -0.1).astype(int) + (afw > 0).astype(int) + (afw > 0.1).astype(int)).tolist()
    assert all(c == classes[0] for c in classes) and sorted(classes[0]) == sorted(expected)


# --- PostGIS --------------------------------------------------------------------------------------------------

def _table_state(postgis, table):
    return postgis.psql(f"SELECT count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM {table} t")


def test_postgis_output_that_is_the_input_table_is_refused(postgis, tmp_path, run_alg):
    from osgeo import gdal
    from qgis.core import QgsProcessingException

    gdal.VectorTranslate("PG:service=lbmtest", units(tmp_path), layerName="bad_units", options=["-overwrite", "-lco", "FID=fid"])
    before = _table_state(postgis, "bad_units")
    with pytest.raises(QgsProcessingException, match=r"the output OUTPUT \(table public.bad_units .*\) is the input INPUT"):
        run_alg("classify", {"INPUT": "postgres://" + postgis.uri("bad_units"), "OUTPUT": postgis.destination("bad_units")})
    assert _table_state(postgis, "bad_units") == before


def test_postgis_output_of_a_run_that_fails_later_is_dropped(postgis, tmp_path, run_alg):
    """risersfallers writes its flagged units to PostGIS, then cannot make its LIST: the table goes again."""
    from qgis.core import QgsProcessingException

    tables = set(map(tuple, postgis.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")))
    postgis.psql("SELECT pg_stat_statements_reset()")
    with pytest.raises(QgsProcessingException, match="File name too long"):
        run_alg("risersfallers", {"INPUT": units(tmp_path), **RF, "OUTPUT": postgis.destination("rf_units"),
                                  "LIST": str(tmp_path / TOO_LONG)})
    # The flagged units had been written completely (staged, renamed into place) before the LIST failed.
    ran = [q for (q,) in postgis.psql("SELECT query FROM pg_stat_statements WHERE query ~ 'rf_units'")]
    assert any(q.startswith("ALTER TABLE") and 'RENAME TO "rf_units"' in q for q in ran), ran
    assert any(q.startswith("DROP TABLE") for q in ran), ran
    assert set(map(tuple, postgis.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))) == tables


# --- qgis_process: the exit status ----------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("name", ["classify: output is the input file", "importscores: 1e400", "classify: output folder missing"])
def test_qgis_process_exit_status(name, tmp_path):
    case = ERROR_CASES[name](tmp_path)
    env = _qgis_env(tmp_path)
    before = snapshot(tmp_path)
    run = subprocess.run(["qgis_process.bin", "run", f"leefbaarometer:{case.alg}", "--",
                          *[f"{k}={v}" for k, v in case.params.items()]], env=env, capture_output=True, text=True, timeout=120)
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert re.search(case.message, output, re.S) and "Traceback" not in output, output
    assert snapshot(tmp_path) == before


def _qgis_env(tmp_path):
    """qgis_process's environment, its profile outside the test folder's snapshot, the plugin enabled."""
    home = tmp_path.parent / (tmp_path.name + "-qgis")
    home.mkdir(exist_ok=True)
    env = qgis_env(home)
    run = subprocess.run(["qgis_process.bin", "plugins", "enable", "leefbaarometer"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    return env


# --- killed part-way ------------------------------------------------------------------------------------------

def national_grid_csv(path, cells=300_000, years=(2022, 2024)):
    """A grid score file of national size per year (300,000 cells; the real grid has about 430,000)."""
    rng = np.random.default_rng(12)
    ex = 1000 + np.arange(cells) % 1500
    ny = 3000 + np.arange(cells) // 1500
    ids = np.char.add(np.char.add("E", ex.astype(str)), np.char.add("N", ny.astype(str)))
    with open(path, "w") as fh:
        fh.write("grid_id,jaar,lbm,afw\n")
        for year in years:
            afw = rng.normal(0.0, 0.15, cells).round(6)
            lines = np.char.add(np.char.add(ids, f",{year},"), np.char.add(np.char.add((afw + 4.1).astype(str), ","), afw.astype(str)))
            fh.write("\n".join(lines.tolist()) + "\n")
    return str(path)


def _start_import(tmp_path, output):
    env = _qgis_env(tmp_path)
    scores = national_grid_csv(tmp_path / "grid.csv")
    return subprocess.Popen(["qgis_process.bin", "run", "leefbaarometer:importscores", "--", f"SCORES={scores}", f"OUTPUT={output}"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for(condition, process, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=["SIGTERM", "SIGHUP", "SIGINT"])
def test_signal_during_a_national_import_to_geopackage_leaves_nothing(tmp_path, signum):
    """A kill (TERM), a closed terminal (HUP) and Ctrl+C (INT) stop the run as a cancel does: nothing is left. The
    signal is delivered again after the clean-up, so the process ends as the sender asked."""
    out = tmp_path / "out"
    out.mkdir()
    process = _start_import(tmp_path, out / "grid.gpkg")

    def writing():  # the temporary GeoPackage exists and rows are going in
        parts = [p for p in out.iterdir() if ".part-" in p.name and not p.name.endswith("-journal")]
        return any(p.stat().st_size > 1_000_000 for p in parts)

    assert _wait_for(writing, process), process.communicate()[0]
    process.send_signal(signum)
    output = process.communicate(timeout=60)[0]
    assert process.returncode == -signum, output
    assert "Traceback" not in output
    assert list(out.iterdir()) == []  # no file, no part, no journal


@pytest.mark.slow
def test_sigterm_during_a_national_import_to_postgis_leaves_no_table(tmp_path, postgis):
    def tables():
        return {r[0] for r in postgis.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}

    before = tables()
    process = _start_import(tmp_path, postgis.destination("killed_grid"))

    def writing():  # the import's transaction is open and has sent rows (COPY into its temporary tables)
        return postgis.psql("SELECT count(*) FROM pg_stat_activity WHERE xact_start IS NOT NULL "
                            "AND query LIKE 'COPY lbm_%'") != [["0"]]

    assert _wait_for(writing, process, timeout=90), process.communicate()[0]
    process.send_signal(signal.SIGTERM)
    output = process.communicate(timeout=60)[0]
    assert process.returncode == -signal.SIGTERM, output
    assert tables() == before  # neither the staging table nor killed_grid


# --- annexes: hostile gemeente names, killed part-way ------------------------------------------------------------

LONG_NAME = "Gemeente " + "lang" * 100  # 409 characters
FORMULA_NAME = '=HYPERLINK("http://example.com","klik")'


def hostile_gemeenten(gemeenten, path):
    """A copy of the annex gemeenten with a field 'naam': one name of 409 characters, one formula."""
    from osgeo import gdal
    from osgeo import ogr

    gdal.VectorTranslate(str(path), gemeenten)
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayer(0)
    lyr.CreateField(ogr.FieldDefn("naam", ogr.OFTString))
    codes = sorted(f["gm_code"] for f in lyr)
    names = {codes[0]: LONG_NAME, codes[1]: FORMULA_NAME}
    for f in lyr:
        f["naam"] = names.get(f["gm_code"], f["gm_code"])
        lyr.SetFeature(f)
    ds = None
    return codes[:2]


def test_annexes_with_a_very_long_and_a_formula_name(annex_inputs, tmp_path, run_alg):
    from openpyxl import load_workbook

    buurten, gemeenten = annex_inputs
    long_code, formula_code = hostile_gemeenten(gemeenten, tmp_path / "gemeenten.gpkg")
    out = tmp_path / "annexes"
    result = run_alg("exportannexes", {"BUURTEN": buurten, "GEMEENTEN": str(tmp_path / "gemeenten.gpkg"),
                                       "GEMEENTE_NAME": "naam", "CODES": f"{long_code} {formula_code}",
                                       "FOLDER": str(out), "CSV": True})
    assert result["ANNEXES"] == 2
    files = sorted(os.listdir(out))
    long_stem = f"{long_code}_Gemeente_" + ("lang" * 100)[:71]  # the name cut at 80 characters
    formula_stem = f"{formula_code}_HYPERLINK_http_example.com_klik"
    assert f"{long_stem}.pdf" in files and f"{long_stem}.xlsx" in files, files
    assert f"{formula_stem}.pdf" in files and f"{formula_stem}.xlsx" in files, files
    assert max(len(f) for f in files) < 120 and not [f for f in files if ".part-" in f]
    ws = load_workbook(out / "index.xlsx")["gemeenten"]
    names = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2) for r in range(2, ws.max_row + 1)}
    assert names[formula_code].value == FORMULA_NAME and names[formula_code].data_type == "s"  # text, not a formula
    assert names[long_code].value == LONG_NAME
    with open(out / "index.csv", encoding="utf-8") as fh:
        text = fh.read()
    assert "'" + FORMULA_NAME.replace('"', '""') in text  # the CSV cell starts with an apostrophe


@pytest.mark.slow
def test_sigterm_during_annex_export_leaves_only_whole_annexes(annex_inputs, tmp_path):
    buurten, gemeenten = annex_inputs
    out = tmp_path / "annexes"
    out.mkdir()
    env = _qgis_env(tmp_path)
    process = subprocess.Popen(["qgis_process.bin", "run", "leefbaarometer:exportannexes", "--", f"BUURTEN={buurten}",
                                f"GEMEENTEN={gemeenten}", f"FOLDER={out}", "CSV=true"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # The first annex's PDF is being written: the signal lands with all four annexes of the sample still to finish,
    # however slowly this test's poll gets to run on a loaded machine.
    assert _wait_for(lambda: any(out.iterdir()), process, timeout=180), process.communicate()[0]
    process.send_signal(signal.SIGTERM)
    output = process.communicate(timeout=60)[0]
    assert process.returncode == -signal.SIGTERM, output
    assert "Traceback" not in output
    files = sorted(p.name for p in out.iterdir())
    assert not [f for f in files if ".part-" in f or f.startswith("tmp")], files
    assert "index.xlsx" not in files  # the index is written after the last annex
    stems = {f.rsplit(".", 1)[0] for f in files if f.endswith(".pdf")}
    assert len(stems) < 4 and all(f"{s}.xlsx" in files for s in stems)  # stopped part-way; annexes whole: PDF and spreadsheet
    for stem in stems:
        assert (out / f"{stem}.pdf").read_bytes().rstrip().endswith(b"%%EOF")
