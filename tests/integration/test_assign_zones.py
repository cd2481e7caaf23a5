"""assignzones on the real data: the national PC4 file imported onto CBS's PC4 boundaries (1,538 invalid polygons),
given the gemeenten of CBS's gemeenten 2023 (343 features, among them the pseudo-gemeente GM0998 'Buitenland'),
checked against QGIS's own 'Join attributes by location (largest overlap)' on geometries fixed beforehand."""
import hashlib

import pytest

from ..helpers import Log
from ..helpers import pdf_text
from ..helpers import shared

PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
# 's-Hertogenbosch's PC4 areas: the city (52xx), Rosmalen (5240s) and the former Maasdonk (538x, 539x)
DEN_BOSCH = ["5211", "5212", "5213", "5215", "5216", "5221", "5222", "5223", "5224", "5231", "5232", "5233", "5234",
             "5235", "5236", "5237", "5241", "5242", "5243", "5244", "5245", "5246", "5247", "5248", "5249", "5381",
             "5382", "5383", "5391", "5392"]


def digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


@pytest.fixture(scope="module")
def assigned(tmp_path_factory, lbm_provider_module):
    import processing

    folder = tmp_path_factory.mktemp("assign")
    pc4 = str(folder / "pc4.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": shared(*PC4_CSV),
                                                   "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": pc4})
    before = digest(pc4)
    log = Log()
    out = str(folder / "pc4_gm.gpkg")
    result = processing.run("leefbaarometer:assignzones", {"INPUT": pc4, "ZONES": shared("cbs", "gemeenten_2023.geojson"),
                                                          "OUTPUT": out}, feedback=log)
    return pc4, before, result, log


def gemeente_of_pc4(path):
    from qgis.core import QgsVectorLayer

    return {f["PC4"]: (f["gm_code"], f["gm_naam"]) for f in QgsVectorLayer(path, "pc4", "ogr").getFeatures()}


def test_every_pc4_area_gets_the_gemeente_qgis_finds_by_largest_overlap(assigned):
    """The second computation: QGIS's native tools, fix geometries first (its join stops on the invalid polygons
    otherwise), GM0998 taken out, both in RD New, 'Join attributes by location' with its largest-overlap method."""
    import processing

    pc4, _, result, _ = assigned
    ours = gemeente_of_pc4(result["OUTPUT"])
    fixed_pc4 = processing.run("native:fixgeometries", {"INPUT": pc4, "OUTPUT": "memory:"})["OUTPUT"]
    gemeenten = processing.run("native:extractbyexpression", {"INPUT": shared("cbs", "gemeenten_2023.geojson"),
                                                              "EXPRESSION": "\"gemeentecode\" <> 'GM0998'",
                                                              "OUTPUT": "memory:"})["OUTPUT"]
    gemeenten = processing.run("native:fixgeometries", {"INPUT": gemeenten, "OUTPUT": "memory:"})["OUTPUT"]
    gemeenten = processing.run("native:reprojectlayer", {"INPUT": gemeenten, "TARGET_CRS": "EPSG:28992",
                                                         "OUTPUT": "memory:"})["OUTPUT"]
    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": fixed_pc4, "JOIN": gemeenten, "PREDICATE": [0], "JOIN_FIELDS": ["gemeentecode", "gemeentenaam"],
        "METHOD": 2, "DISCARD_NONMATCHING": False, "PREFIX": "j_", "OUTPUT": "memory:"})["OUTPUT"]
    theirs = {f["PC4"]: (f["j_gemeentecode"], f["j_gemeentenaam"]) for f in joined.getFeatures()}
    assert len(ours) == len(theirs) == 4068  # 4,056 with scores and 12 without (kept by importscores)
    differ = sorted(c for c in ours if ours[c] != theirs[c])
    assert differ == []
    assert result["UNITS_WITHOUT_ZONE"] == 0 and result["CODE_FIELD_WRITTEN"] == "gm_code"


def test_baarle_nassau_den_bosch_and_the_coast(assigned):
    """PC4 5111 lies around the Belgian enclaves (GM0998) but is Baarle-Nassau's; 's-Hertogenbosch has 30 PC4 areas;
    the coastal areas whose point on the surface lies in the water get their gemeente by overlap."""
    _, _, result, log = assigned
    ours = gemeente_of_pc4(result["OUTPUT"])
    assert ours["5111"] == ("GM0744", "Baarle-Nassau")
    assert not any(code == "GM0998" for code, _ in ours.values())
    assert sorted(c for c, (code, _) in ours.items() if code == "GM0796") == DEN_BOSCH
    assert ours["5211"][1] == "'s-Hertogenbosch"
    assert ours["8752"][0] == "GM1900" and ours["1086"][0] == "GM0363" and ours["1779"][0] == "GM1911"  # Den Oever, Hollands Kroon
    assert "Never chosen: GM0998 Buitenland (pseudo-gemeente, not a gemeente of any unit)" in log.lines
    assert "4068 of 4068 units have a zone" in log.lines
    assert any(line.startswith("1543 of 4068 geometries (units) were invalid") for line in log.lines)
    assert not any(line.startswith("WARNING") for line in log.lines), log.lines


def test_point_on_surface_names_the_coastal_areas_it_leaves_without_a_gemeente(assigned, run_alg):
    pc4, _, _, _ = assigned
    log = Log()
    r = run_alg("assignzones", {"INPUT": pc4, "ZONES": shared("cbs", "gemeenten_2023.geojson"), "METHOD": 1,
                                "OUTPUT": "memory:"}, log)
    without = sorted(f["PC4"] for f in r["OUTPUT"].getFeatures() if f["gm_code"] in (None, "") or str(f["gm_code"]) == "NULL")
    assert r["UNITS_WITHOUT_ZONE"] == 5 and without == ["1086", "1095", "1779", "8242", "8752"]
    warning = next(line for line in log.lines if "lie in no zone" in line)
    assert all(code in warning for code in without) and "gm_code stays NULL" in warning
    inside = {f["PC4"]: f["gm_code"] for f in r["OUTPUT"].getFeatures()}
    assert inside["5111"] == "GM0744" and sum(1 for v in inside.values() if v == "GM0796") == 30


def test_input_untouched_and_existing_fields_never_overwritten_silently(assigned, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    pc4, before, result, _ = assigned
    assert digest(pc4) == before
    zones = shared("cbs", "gemeenten_2023.geojson")
    with pytest.raises(QgsProcessingException, match=r"already has field\(s\) gm_code, gm_naam.*REPLACE"):
        run_alg("assignzones", {"INPUT": result["OUTPUT"], "ZONES": zones, "OUTPUT": str(tmp_path / "again.gpkg")})
    again = run_alg("assignzones", {"INPUT": result["OUTPUT"], "ZONES": zones, "REPLACE": True,
                                    "OUTPUT": str(tmp_path / "again.gpkg")})["OUTPUT"]
    assert gemeente_of_pc4(again)["5111"] == ("GM0744", "Baarle-Nassau")


def test_wijken_and_own_areas_get_their_own_fields(run_alg):
    """Zones of wijk codes write wk_code/wk_naam, any other codes zone_code/zone_name; a zone without a code is
    never chosen; a unit outside every zone is named."""
    from ..helpers import memory_layer

    square = "POLYGON(({x0} 0, {x1} 0, {x1} 100, {x0} 100, {x0} 0))"
    units = memory_layer({"bu_code": "string"}, [(square.format(x0=0, x1=100), "BU07960101"),
                                                 (square.format(x0=150, x1=250), "BU07960102"),
                                                 (square.format(x0=500, x1=600), "BU07960103")], geometry="Polygon")
    # unit 2 lies 40 % in the wijk WK079601 and 60 % in a zone without a code: it gets WK079601
    wijken = memory_layer({"wijkcode": "string", "wijknaam": "string"},
                          [(square.format(x0=-10, x1=190), "WK079601", "Centrum"),
                           (square.format(x0=190, x1=300), None, "zonder code")], geometry="Polygon")
    log = Log()
    r = run_alg("assignzones", {"INPUT": units, "ZONES": wijken, "OUTPUT": "memory:"}, log)
    got = {f["bu_code"]: (f["wk_code"], f["wk_naam"]) for f in r["OUTPUT"].getFeatures()}
    assert got["BU07960101"] == ("WK079601", "Centrum") and got["BU07960102"] == ("WK079601", "Centrum")
    assert got["BU07960103"][0] in (None, "") or str(got["BU07960103"][0]) == "NULL"
    assert "WARNING 1 zones have no code and are never chosen" in log.lines
    assert "WARNING 1 units lie in no zone; their wk_code stays NULL: BU07960103" in log.lines
    own = memory_layer({"gebied": "string", "naam": "string"}, [(square.format(x0=0, x1=600), "noord", "Noord")],
                       geometry="Polygon")
    r = run_alg("assignzones", {"INPUT": units, "ZONES": own, "CODE_FIELD": "gebied", "OUTPUT": "memory:"})
    assert [(f["zone_code"], f["zone_name"]) for f in r["OUTPUT"].getFeatures()] == [("noord", "Noord")] * 3


def test_zones_without_a_code_field_are_a_clear_error(run_alg):
    from qgis.core import QgsProcessingException

    from ..helpers import memory_layer

    units = memory_layer({"PC4": "string"}, [("POLYGON((0 0, 1 0, 1 1, 0 0))", "1011")], geometry="Polygon")
    zones = memory_layer({"fid2": "string"}, [("POLYGON((0 0, 1 0, 1 1, 0 0))", "x")], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="cannot tell the code field of the zones.*fid2.*CODE_FIELD"):
        run_alg("assignzones", {"INPUT": units, "ZONES": zones, "OUTPUT": "memory:"})


# --- the annex of 's-Hertogenbosch from the PC4 layer as imported and assigned ------------------------------------

@pytest.fixture(scope="module")
def pc4_annex(assigned, tmp_path_factory):
    import processing

    _, _, result, _ = assigned
    folder = str(tmp_path_factory.mktemp("annex_pc4"))
    log = Log()
    r = processing.run("leefbaarometer:exportannexes", {"BUURTEN": result["OUTPUT"], "GEMEENTEN": shared("cbs", "gemeenten_2023.geojson"),
                                                        "CODES": "GM0796", "FOLDER": folder}, feedback=log)
    return folder, r, log


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_annex_of_den_bosch_from_pc4_areas(pc4_annex, artifacts):
    """The annex names the areas as PC4 areas everywhere (never Buurt), lists each code once, labels exactly the
    30 areas of 's-Hertogenbosch on both maps, and credits the boundaries by their source."""
    import os
    import re
    import subprocess

    import pandas as pd

    folder, r, log = pc4_annex
    assert r["ANNEXES"] == 1
    pdf = os.path.join(folder, "GM0796_s-Hertogenbosch.pdf")
    text = pdf_text(pdf)
    assert "buurt" not in text.lower(), [line for line in text.splitlines() if "uurt" in line.lower()]
    assert "Bijlage 2 — postcodegebieden waar de leefbaarheid structureel onder druk staat" in text
    # 4,057 PC4 areas have a 2022 score in the published file; two of them (8269, 8323) have no CBS boundary
    assert re.search(r"postcodegebieden 2022\s+30\s+4\.055", text)
    assert "aantallen in postcodegebieden" in text and "Alle postcodegebieden" in text
    # the lowest scores on overlast en onveiligheid, recomputed from the published file: code once, no name column
    df = pd.read_csv(shared(*PC4_CSV), na_values="NA", dtype={"PC4": str})
    onv = df[(df.jaar == 2022) & df.PC4.isin(DEN_BOSCH)].sort_values("onv").head(10)
    header = next(line for line in text.splitlines() if "Score overlast en onveiligheid" in line)
    assert header.split() == ["PC4", "Score", "overlast", "en", "onveiligheid", "Klasse"]
    rows = [line.split() for line in text.splitlines() if re.match(r"^\d{4}\s+\u2212?\d,\d{3}\s", line)]
    assert sorted(row[0] for row in rows) == sorted(onv.PC4)  # in order of the score; ties (−0,068 ×3) in any order
    assert [row[1] for row in rows] == [f"{v:.3f}".replace(".", ",").replace("-", "\u2212") for v in onv.onv]
    assert all(len(row) == 3 for row in rows)  # code, score, class: the code is never printed twice
    # labels: page 1 carries the 30 codes on each map, and no code of a neighbouring gemeente
    labels = [c for c in re.findall(r"\b\d{4}\b", pdf_text(pdf, 1)) if not c.startswith("20")]  # 20xx: years
    assert sorted(set(labels)) == DEN_BOSCH and len(labels) == 60
    flat = " ".join(text.split())
    assert ("Grenzen van de postcodegebieden: 'pc4_gm'; gemeenten: CBS (gemeenten_2023). Bron: CBS (CC BY 4.0)."
            in flat)
    assert "Zonder huishoudens: elk postcodegebied telt één keer" in flat
    assert "Year 2022, base year 2020; counting postcodegebieden" in log.lines
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", pdf,
                    os.path.join(artifacts, "annex_pc4_GM0796")], check=True)


# --- aggregate the assigned PC4 areas to gemeenten ------------------------------------------------------------------

def test_aggregate_to_gemeenten_names_ranks_and_filters(assigned, run_alg):
    """PC4 areas with their gm_code rolled up to CBS's gemeenten: names from gemeentenaam, rank_2022 checked against
    pandas' rank of the unweighted means computed here; the gemeente filter leaves one zone."""
    import numpy as np
    import pandas as pd

    _, _, result, _ = assigned
    gemeenten = shared("cbs", "gemeenten_2023.geojson")
    out = run_alg("aggregate", {"INPUT": result["OUTPUT"], "ZONE_FIELD": "gm_code", "ZONES": gemeenten, "YEARS": "2020, 2022",
                                "OUTPUT": "memory:"})["OUTPUT"]
    rows = {f["gemeentecode"]: f for f in out.getFeatures()}
    assert len(rows) == 343 and rows["GM0796"]["gemeentenaam"] == "'s-Hertogenbosch" and rows["GM0796"]["n_units"] == 30
    scores = pd.read_csv(shared(*PC4_CSV), na_values="NA", dtype={"PC4": str})
    gm = pd.Series({c: code for c, (code, _) in gemeente_of_pc4(result["OUTPUT"]).items()})
    s22 = scores[scores.jaar == 2022].set_index("PC4").afw
    means = s22.groupby(gm.reindex(s22.index)).mean()
    expected = means.rank(ascending=False, method="min").astype(int)
    got = {c: f["rank_2022"] for c, f in rows.items() if f["rank_2022"] not in (None,) and str(f["rank_2022"]) != "NULL"}
    assert got == expected.to_dict()
    assert str(rows["GM0998"]["rank_2022"]) == "NULL" or rows["GM0998"]["rank_2022"] is None
    best = expected.idxmin()
    assert rows[best]["afw_2022"] == pytest.approx(means.max()) and np.isclose(rows["GM0796"]["afw_2022"], means["GM0796"])
    only = run_alg("aggregate", {"INPUT": result["OUTPUT"], "ZONE_FIELD": "gm_code", "ZONES": gemeenten, "YEARS": "2022",
                                 "GEMEENTE_FILTER": "GM0796", "OUTPUT": "memory:"})["OUTPUT"]
    (f,) = list(only.getFeatures())
    assert (f["gemeentecode"], f["gemeentenaam"], f["n_units"], f["rank_2022"]) == ("GM0796", "'s-Hertogenbosch", 30, 1)
    # a code field alone: names from the units' gm_naam, the filter limits the zones too
    table = run_alg("aggregate", {"INPUT": result["OUTPUT"], "ZONE_FIELD": "gm_code", "YEARS": "2022",
                                  "GEMEENTE_FILTER": "GM0796, GM0744", "OUTPUT": "memory:"})["OUTPUT"]
    assert sorted((f["gm_code"], f["gm_naam"], f["n_units"]) for f in table.getFeatures()) == [
        ("GM0744", "Baarle-Nassau", int((gm == "GM0744").sum())), ("GM0796", "'s-Hertogenbosch", 30)]


def test_aggregate_names_the_units_without_a_zone(assigned, run_alg):
    """By centroid (zones only), PC4 areas whose centroid lies in the water or in GM0998 have no zone: the log names
    them, the first ten."""
    _, _, result, _ = assigned
    log = Log()
    r = run_alg("aggregate", {"INPUT": result["OUTPUT"], "ZONES": shared("cbs", "gemeenten_2023.geojson"), "YEARS": "2022",
                              "OUTPUT": "memory:"}, log)
    warning = next(line for line in log.lines if "units have no zone" in line)
    n = r["UNITS_WITHOUT_ZONE"]
    assert n > 0 and warning.startswith(f"WARNING {n} units have no zone and are left out: ")
    named = warning.split(": ", 1)[1].split(", … (")[0].split(", ")
    assert len(named) == min(n, 10) and all(len(code) == 4 and code.isdigit() for code in named)
