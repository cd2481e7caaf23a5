"""leefbaarometer:differences on the real data, every figure checked against a second, simple computation
(tests/helpers.differences_by_hand, pandas one zone at a time):
- the national PC4 file 2014→2022 on CBS's PC4 boundaries, each area given its gemeente by assignzones (CBS's
  gemeenten 2023), unweighted: the whole country and named gemeenten, the zone layer, its style and the spreadsheet;
- weighted: Amstelveen's 14 wijken 2014→2022 (the official wijk file, release 2022) with CBS's households 2024 per wijk
  (kwb2024); the official WFS buurten 2024 have one year, which the tool refuses with a message."""
import json

import numpy as np
import pandas as pd
import pytest

from ..helpers import Log
from ..helpers import assert_same_differences
from ..helpers import differences_by_hand
from ..helpers import memory_layer
from ..helpers import shared

PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
FIELDS = ["zone", "naam", "n_units", "n_missing", "n_weak", "n_strong", "weak_2014", "weak_2022", "strong_2014",
          "strong_2022", "gap_2014", "gap_2022", "dgap", "pattern", "sd_2014", "sd_2022", "p90p10_2014", "p90p10_2022",
          "criteria"]


@pytest.fixture(scope="module")
def pc4_gemeenten(tmp_path_factory, lbm_provider_module):
    import processing

    folder = tmp_path_factory.mktemp("differences")
    pc4 = str(folder / "pc4.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": shared(*PC4_CSV),
                                                   "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": pc4})
    out = str(folder / "pc4_gm.gpkg")
    processing.run("leefbaarometer:assignzones", {"INPUT": pc4, "ZONES": shared("cbs", "gemeenten_2023.geojson"), "OUTPUT": out})
    return out


@pytest.fixture(scope="module")
def pc4_result(pc4_gemeenten, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("differences_out")
    log = Log()
    result = processing.run("leefbaarometer:differences", {
        "INPUT": pc4_gemeenten, "YEAR_FROM": 2014, "YEAR_TO": 2022, "ZONES": shared("cbs", "gemeenten_2023.geojson"),
        "OUTPUT": str(folder / "verschillen.gpkg"), "XLSX": str(folder / "verschillen.xlsx")}, feedback=log)
    return result, log


def rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    records = [{n: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v) for n, v in zip(layer.fields().names(),
                f.attributes())} for f in layer.getFeatures()]
    return layer, pd.DataFrame(records).drop(columns=["fid"], errors="ignore").set_index("zone", drop=False)


def pc4_by_hand(pc4_gemeenten):
    """The PC4 file read with pandas, each area's gemeente from the assignzones output: the input of the by-hand
    computation."""
    from qgis.core import QgsVectorLayer

    df = pd.read_csv(shared(*PC4_CSV), na_values="NA", dtype={"PC4": str})
    afw = df.pivot(index="PC4", columns="jaar", values="afw")
    gm = {f["PC4"]: f["gm_code"] for f in QgsVectorLayer(pc4_gemeenten, "pc4", "ogr").getFeatures()}
    assert len(gm) == 4068  # every CBS PC4 area, 12 without scores; 2 codes of the file have no boundary
    units = pd.DataFrame({"zone": [gm.get(c) for c in afw.index], "a": afw[2014].to_numpy(), "b": afw[2022].to_numpy(),
                          "w": 1.0}, index=afw.index)
    return units[units.index.isin(list(gm))]


def test_pc4_2014_2022_every_figure_against_a_simple_computation(pc4_gemeenten, pc4_result):
    result, log = pc4_result
    layer, got = rows(result["OUTPUT"])
    want = differences_by_hand(pc4_by_hand(pc4_gemeenten))
    assert len(want) == 343 and got.index[0] == "NL"  # 342 gemeenten with PC4 areas (GM0998 'Buitenland' has none) and NL
    assert layer.fields().names()[1:] == FIELDS
    assert_same_differences(got, want)
    nl = got.loc["NL"]
    # The national row: 4,025 areas scored in both years (31 in one only), 62 weak in 2014 and 3,523 strong;
    # their gap shrank from 0.387 to 0.327.
    assert (nl.n_units, nl.n_missing, nl.n_weak, nl.n_strong) == (4025, 31, 62, 3523)
    assert (nl.gap_2014, nl.gap_2022, nl.dgap) == pytest.approx((0.387004, 0.327444, -0.059560), abs=1e-6)
    assert nl.pattern == "verschil kleiner" and nl.naam == "alle eenheden"
    assert (nl.sd_2014, nl.sd_2022, nl.p90p10_2014, nl.p90p10_2022) == pytest.approx((0.122411, 0.112971, 0.298729, 0.261984),
                                                                                     abs=1e-6)
    counts = got.iloc[1:].pattern.value_counts().to_dict()
    assert counts == {"geen zwakke eenheden": 318, "verschil kleiner": 21, "zwak daalt": 2, "zwak stijgt minder": 1}
    assert (result["WEAK_FALLS"], result["WEAK_RISES_LESS"], result["GAP_SMALLER"]) == (2, 1, 21)
    assert result["NATIONAL_DGAP"] == pytest.approx(-0.059560, abs=1e-6)
    # Named gemeenten: Rotterdam's six weak PC4 areas fell from −0.336 to −0.442 while its strong ones rose.
    rdam = got.loc["GM0599"]
    assert (rdam.naam, rdam.n_weak, rdam.n_strong, rdam.pattern) == ("Rotterdam", 6, 37, "zwak daalt")
    assert (rdam.weak_2014, rdam.weak_2022, rdam.dgap) == pytest.approx((-0.335940, -0.441699, 0.147806), abs=1e-6)
    assert (got.loc["GM0777", "naam"], got.loc["GM0777", "pattern"]) == ("Etten-Leur", "zwak daalt")
    assert (got.loc["GM0355", "naam"], got.loc["GM0355", "pattern"]) == ("Zeist", "zwak stijgt minder")
    adam = got.loc["GM0363"]
    assert (adam.n_weak, adam.n_strong, adam.pattern) == (7, 56, "verschil kleiner")
    assert (got.loc["GM0014", "n_weak"], got.loc["GM0014", "pattern"]) == (0, "geen zwakke eenheden")
    assert np.isnan(got.loc["GM0014", "dgap"]) and got.loc["GM0014", "strong_2022"] == pytest.approx(want.loc["GM0014", "strong_2022"])
    assert got.criteria.iloc[0] == ("years=2014-2022; weak_class_max=3; strong_class_min=6; weights=units; "
                                    "units=score in both years; zones=gm_code; release=lbm3_2024")
    # The log lists the zones of every pattern, by name and code.
    assert "Pattern 'zwak daalt': 2 zone(s): Rotterdam (GM0599), Etten-Leur (GM0777)" in log.lines
    assert "Pattern 'zwak stijgt minder': 1 zone(s): Zeist (GM0355)" in log.lines
    assert "Pattern 'geen sterke eenheden': 0 zone(s)" in log.lines
    assert any(line.startswith("Pattern 'verschil kleiner': 21 zone(s): Almere (GM0034), Leeuwarden (GM0080)") for line in log.lines)
    assert any(line.startswith("Pattern 'geen zwakke eenheden': 318 zone(s): Groningen (GM0014)") for line in log.lines)
    assert "31 units have a score in only one of 2014 and 2022: left out (n_missing per zone)" in log.lines
    assert "1 zone(s) of the zones layer have no units and are not in the output" in log.lines  # GM0998 Buitenland


def test_pc4_zone_layer_is_styled_by_pattern_in_words(pc4_result):
    from qgis.core import QgsVectorLayer

    result, _ = pc4_result
    layer, got = rows(result["OUTPUT"])  # opens with its default style from the GeoPackage
    assert layer.crs().authid() == "EPSG:28992" and layer.featureCount() == 343
    geoms = {f["zone"]: f.geometry() for f in layer.getFeatures()}
    assert geoms["NL"].isNull() or geoms["NL"].isEmpty()
    assert geoms["GM0599"].area() > 1e8  # Rotterdam, in m²
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "pattern"
    cats = {c.value() or None: c.label() for c in renderer.categories()}  # NULL: None, or '' read back from the file
    assert cats == {"zwak daalt": "gap wider: the weak units fell",
                    "zwak stijgt minder": "gap wider: the weak units rose less than the strong",
                    "verschil kleiner": "gap not wider", "geen zwakke eenheden": "no weak units",
                    "geen sterke eenheden": "no strong units", None: "no score"}
    again = QgsVectorLayer(result["OUTPUT"], "again", "ogr")
    assert again.renderer().type() == "categorizedSymbol"


def test_opened_from_the_toolbox_named_styled_and_credited(pc4_gemeenten, toolbox, tmp_path):
    """Only two gemeenten (the filter runs in the data source): their two rows after NL, whose figures are then
    those of these two gemeenten's areas."""
    from qgis.core import QgsProject

    QgsProject.instance().removeAllMapLayers()
    r = toolbox("leefbaarometer:differences", {"INPUT": pc4_gemeenten, "YEAR_FROM": 2014, "GEMEENTE_FILTER": "GM0599, GM0363",
                                               "ZONES": shared("cbs", "gemeenten_2023.geojson"), "OUTPUT": str(tmp_path / "d.gpkg")})
    layer = next(iter(QgsProject.instance().mapLayers().values()))
    assert layer.name() == "Differences 2014–2022"
    assert [f["zone"] for f in layer.getFeatures()] == ["NL", "GM0363", "GM0599"]
    assert layer.renderer().classAttribute() == "pattern"
    assert "BZK" in layer.metadata().rights()[0] and "2014–2022" in layer.metadata().title()
    assert r["WEAK_FALLS"] == 1 and r["GAP_SMALLER"] == 1
    QgsProject.instance().removeAllMapLayers()


def test_pc4_spreadsheet_holds_full_precision_with_a_display_format(pc4_result):
    import openpyxl

    result, _ = pc4_result
    _, got = rows(result["OUTPUT"])
    book = openpyxl.load_workbook(result["XLSX"])
    assert book.sheetnames == ["verschillen", "bron"]
    sheet = book["verschillen"]
    header = [c.value for c in sheet[1]]
    assert header == FIELDS[:-1]
    cells = {row[0].value: dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)}
    rdam = cells["GM0599"]
    assert rdam["dgap"].value == pytest.approx(got.loc["GM0599", "dgap"], rel=1e-15)  # the full double (16 digits), not 0.148
    assert rdam["dgap"].number_format == "+0.000;-0.000;0.000"
    assert rdam["weak_2014"].number_format == "0.000" and rdam["n_weak"].number_format == "#,##0"
    assert rdam["pattern"].value == "zwak daalt" and cells["NL"]["naam"].value == "alle eenheden"
    assert cells["GM0014"]["dgap"].value is None
    bron = [c.value for c in book["bron"]["A"]]
    assert any("Leefbaarometer" in str(v) for v in bron) and any(str(v).startswith("years=2014-2022") for v in bron)


def amstelveen_wijken():
    """Amstelveen's wijken: afw 2014 and 2022 of the official wijk file (release 2022), and CBS's households 2024."""
    df = pd.read_csv(shared("lbm", "scores_wijken_2014-2022_amstelveen.csv"))
    afw = df.pivot(index="wk_code", columns="jaar", values="afw")
    with open(shared("cbs", "kwb2024", "GM0362.json"), encoding="utf-8") as fh:
        households = {w["code"]: w["demografie"]["huishoudens"] for w in json.load(fh)["wijken"]}
    assert set(households) == set(afw.index)  # the same 14 wijk codes
    return pd.DataFrame({"a": afw[2014], "b": afw[2022], "w": [float(households[c]) for c in afw.index]}, index=afw.index)


@pytest.mark.parametrize("weak_max, strong_min, n_weak, n_strong", [(3, 6, 1, 13), (6, 8, 3, 5)])
def test_weighted_by_households_amstelveen_wijken(run_alg, weak_max, strong_min, n_weak, n_strong):
    """Weighted by CBS's households per wijk; the gemeente comes from the wijk codes (WK036201 → GM0362). Default
    classes: one weak wijk (Uilenstede - Kronenburg, class 2 in 2014)."""
    wijken = amstelveen_wijken()
    layer = memory_layer({"wk_code": "string", "afw_2014": "double", "afw_2022": "double", "huishoudens": "double"},
                         [(c, float(r.a), float(r.b), float(r.w)) for c, r in wijken.iterrows()])  # numpy floats are not added
    result = run_alg("differences", {"INPUT": layer, "WEIGHTS": "huishoudens", "WEAK_MAX": weak_max, "STRONG_MIN": strong_min,
                                     "OUTPUT": "memory:"})
    _, got = rows_of(result["OUTPUT"])
    want = differences_by_hand(wijken.assign(zone="GM0362"), weak_max=weak_max, strong_min=strong_min)
    assert_same_differences(got, want)
    assert (got.loc["GM0362", "n_weak"], got.loc["GM0362", "n_strong"]) == (n_weak, n_strong)
    hh = wijken.w
    weak = wijken.index[np.searchsorted((-0.4318, -0.3541, -0.2790, -0.1636, -0.1033, 0.0102, 0.0896, 0.1680), wijken.a,
                                        side="right") + 1 <= weak_max]
    assert got.loc["GM0362", "weak_2022"] == pytest.approx((wijken.b[weak] * hh[weak]).sum() / hh[weak].sum())
    assert got.loc["GM0362", "criteria"].startswith(f"years=2014-2022; weak_class_max={weak_max}; strong_class_min={strong_min}; "
                                                    "weights=huishoudens;")
    assert got.loc["GM0362", "criteria"].endswith("zones=wk_code (gemeente of the code); release=lbm3_2024")


def rows_of(layer):
    names = layer.fields().names()
    frame = pd.DataFrame([[None if (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]
                          for f in layer.getFeatures()], columns=names)
    return layer, frame.set_index("zone", drop=False)


def test_wfs_buurten_2024_have_one_year_which_is_refused(run_alg):
    """The official WFS layer holds 2024 only: the tool needs two measurements and says so."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="the start year must come before 2024, and the layer has no "
                                                     "measurement before it; it has 2024"):
        run_alg("differences", {"INPUT": shared("lbm", "wfs_buurtscore24_part.geojson"), "GEMEENTE_FILTER": "GM0014",
                                "OUTPUT": "memory:"})


def test_bad_input_is_named(run_alg, pc4_gemeenten):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="weak is class ≤ 6, strong class ≥ 5"):
        run_alg("differences", {"INPUT": pc4_gemeenten, "WEAK_MAX": 6, "STRONG_MIN": 5, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match=r"the start year \(2022\) must come before the end year \(2014\)"):
        run_alg("differences", {"INPUT": pc4_gemeenten, "YEAR_FROM": 2022, "YEAR_TO": 2014, "OUTPUT": "memory:"})
    units = memory_layer({"PC4": "string", "afw_2014": "double", "afw_2022": "double"}, [("1011", 0.1, 0.2)])
    with pytest.raises(QgsProcessingException, match=r"no gemeente code field .*\(leefbaarometer:assignzones\)"):
        run_alg("differences", {"INPUT": units, "OUTPUT": "memory:"})


def test_years_follow_the_data_and_units_without_zone_are_named(run_alg):
    """Empty years: the last measurement and the one before it. A unit without a gemeente counts in NL only."""
    units = memory_layer({"gm_code": "string", "PC4": "string", "afw_2018": "double", "afw_2020": "double",
                          "afw_2022": "double"},
                         [("GM0001", "0001", 0.0, -0.35, -0.40), ("GM0001", "0002", 0.0, 0.05, 0.10), (None, "0003", 0.0, -0.30, -0.20)])
    log = Log()
    result = run_alg("differences", {"INPUT": units, "OUTPUT": "memory:"}, log)
    _, got = rows_of(result["OUTPUT"])
    assert "Years: 2020 → 2022" in log.lines
    assert "WARNING 1 units have no zone in 'gm_code': they count only in the row of all units (NL): 0003" in log.lines
    assert got.loc["GM0001", "pattern"] == "zwak daalt" and got.loc["GM0001", "dgap"] == pytest.approx(0.10)
    assert (got.loc["NL", "n_weak"], got.loc["NL", "weak_2022"]) == (2, pytest.approx(-0.30))


def test_panel_shows_the_zones_by_pattern_and_the_units_by_group(dock, pc4_gemeenten, pc4_result):
    """The output opens in the panel's differences view; on the PC4 areas themselves the view marks each area's group
    in 2014 (by the tool's rules) and whether its afw fell, as a second computation finds them."""
    from qgis.core import QgsExpression
    from qgis.core import QgsExpressionContext
    from qgis.core import QgsExpressionContextUtils
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    from ..helpers import CUTS
    from ..helpers import choose
    from ..helpers import pick_layer

    widget, controller = dock
    zones = QgsVectorLayer(pc4_result[0]["OUTPUT"], "verschillen", "ogr")
    units = QgsVectorLayer(pc4_gemeenten, "pc4", "ogr")
    QgsProject.instance().addMapLayers([zones, units])
    try:
        pick_layer(widget, zones)
        assert widget.view_combo.currentData() == "differences" and widget.status_label.text() == ""
        r = zones.renderer()
        assert r.type() == "categorizedSymbol" and r.classAttribute() == "pattern"
        assert [c.label() for c in r.categories()][:3] == ["gap wider: the weak units fell",
                                                          "gap wider: the weak units rose less than the strong", "gap not wider"]
        assert "Gap between weak and strong units 2014–2022" in widget.title_label.text()
        widget.view_combo.setCurrentIndex(widget.view_combo.findData("classes"))
        assert "'Differences within zones': choose that view" in widget.status_label.text()

        r = choose(dock, units, "differences", "total", 2022, 2014)
        assert [c.label() for c in r.categories()] == ["weak, fell", "weak, rose or the same", "neither weak nor strong",
                                                      "strong, fell", "strong, rose or the same", "no score"]
        assert "weak: class ≤ 3, strong: class ≥ 6 in 2014" in widget.title_label.text()
        ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(units))
        expression = QgsExpression(r.classAttribute())
        shown, want = {}, {}
        for f in units.getFeatures():
            ctx.setFeature(f)
            value = expression.evaluate(ctx)
            shown[value] = shown.get(value, 0) + 1
            a, b = f["afw_2014"], f["afw_2022"]
            if a is None or b is None or (hasattr(a, "isNull") and a.isNull()) or (hasattr(b, "isNull") and b.isNull()):
                group = None
            else:
                k = int(np.searchsorted(CUTS, a, side="right")) + 1
                group = "midden" if 3 < k < 6 else ("zwak" if k <= 3 else "sterk") + (" gedaald" if b < a else " gestegen")
            want[group] = want.get(group, 0) + 1
        assert shown == want
        assert shown["zwak gedaald"] + shown["zwak gestegen"] == 62 and shown[None] == 4068 - 4025  # the tool's n_weak, n_units
    finally:
        QgsProject.instance().removeAllMapLayers()
