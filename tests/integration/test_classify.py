"""Classification and calibration: the official 2024 classes from real data, and hand-built cases for every scheme."""
import json

import numpy as np
import pytest

from ..helpers import DIMS
from ..helpers import graduated_on
from ..helpers import import_sample
from ..helpers import sample_scores
from ..helpers import shared
from ..helpers import squares_layer

WFS = ("lbm", "wfs_buurtscore24_part.geojson")


def test_official_classes_of_real_2024_buurten(run_alg):
    from leefbaarometer.core.release import load_release

    rel = load_release()
    out = run_alg("classify", {"INPUT": shared(*WFS), "OUTPUT": "memory:"})["OUTPUT"]
    feats = list(out.getFeatures())
    assert len(feats) == 6958
    disagreements = []
    for field, official, value, cuts in [("kscore_2024", "kscore", "afw", rel.total_cutpoints_afw),
                                         ("kafw_2024", "kafw", "afw", rel.dimension_cutpoints)] + [
            (f"k{d}_2024", f"k{d}", d, rel.dimension_cutpoints) for d in DIMS]:
        wrong = [(f["code"], f[value], f[official], f[field]) for f in feats if f[field] != f[official]]
        assert len(wrong) / len(feats) <= 0.001, (field, wrong[:10])
        disagreements += [(field, code, v, off, ours, float(np.min(np.abs(cuts - v)))) for code, v, off, ours in wrong]
    # Every disagreement lies on a class boundary (within 0.0002 of a cut-point): rounding, not a wrong scheme.
    for field, code, v, off, ours, distance in disagreements:
        print(f"{field} {code}: score {v}, official {off}, ours {ours}, {distance:.6f} from a cut-point")
        assert distance < 0.0002 and abs(off - ours) == 1
    assert [d[1] for d in disagreements if d[0] == "kscore_2024"] != []  # the calibrated total cut-points miss 2


def test_calibrate_writes_a_profile_that_reproduces_its_input(run_alg, tmp_path):
    profile = str(tmp_path / "cal.json")
    r = run_alg("calibrate", {"INPUT": shared(*WFS), "PROFILE": profile})
    assert r["TOTAL_AGREEMENT"] == 1.0 and r["DIMENSION_AGREEMENT"] == 1.0 and r["OVERLAPS"] == 0
    raw = json.load(open(profile, encoding="utf-8"))
    assert "CALIBRATED by leefbaarometer:calibrate" in raw["total_cutpoints_provenance"]
    assert raw["years"][-1] == 2024  # the release of the classes it learnt from: what the annexes compare with the data
    # Close to the cut-points measured by hand in the domain notes.
    assert np.allclose(raw["total_cutpoints_afw"], [-0.4318, -0.3541, -0.2790, -0.1636, -0.1033, 0.0102, 0.0896, 0.1680], atol=6e-5)
    out = run_alg("classify", {"INPUT": shared(*WFS), "RELEASE_FILE": profile, "OUTPUT": "memory:"})["OUTPUT"]
    for f in out.getFeatures():
        assert f["kscore_2024"] == f["kscore"] and all(f[f"k{d}_2024"] == f[f"k{d}"] for d in DIMS)


def test_years_without_dimensions_get_no_dimension_classes(run_alg, tmp_path):
    csv = tmp_path / "s.csv"
    csv.write_text("gm_code,jaar,lbm,afw,fys,onv,soc,vrz,won\n"
                   "GM0001,2016,4.1,-0.05,NA,NA,NA,NA,NA\nGM0001,2018,4.2,0.1,0.02,0.02,0.02,0.02,0.02\n")
    imported = run_alg("importscores", {"SCORES": str(csv), "GEOMETRY": squares_layer("gm_code", ["GM0001"]),
                                        "OUTPUT": "memory:"})["OUTPUT"]
    out = run_alg("classify", {"INPUT": imported, "OUTPUT": "memory:"})["OUTPUT"]
    names = out.fields().names()
    assert "kscore_2016" in names and "kfys_2016" not in names and "kfys_2018" in names
    f = next(out.getFeatures())
    # afw −0.05: total class 6 (−0.1033 … 0.0102), deviation class 4 (−0.0784 … −0.0392);
    # afw 0.1: total class 8 (0.0896 … 0.1680); fys 0.02: class 5 (−0.0392 … 0.0392)
    assert (f["kscore_2016"], f["kafw_2016"], f["kscore_2018"], f["kfys_2018"]) == (6, 4, 8, 5)


def test_input_fields_are_never_overwritten(run_alg):
    from qgis.core import QgsProcessingException

    first = run_alg("classify", {"INPUT": shared(*WFS), "OUTPUT": "memory:"})["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="already has field"):
        run_alg("classify", {"INPUT": first, "OUTPUT": "memory:"})
    again = run_alg("classify", {"INPUT": first, "REPLACE": True, "SCHEME": 1, "OUTPUT": "memory:"})["OUTPUT"]
    assert again.fields().names().count("kscore_2024") == 1


def test_layer_without_scores_gets_a_clear_message(run_alg):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="has no Leefbaarometer scores"):
        run_alg("classify", {"INPUT": squares_layer("code", ["A"]), "OUTPUT": "memory:"})


def test_output_is_styled_with_labels(sample_dir, run_alg):

    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.views import class_field_spec
    from leefbaarometer.processing.styling import apply_style

    imported = import_sample(run_alg, sample_dir, "buurten", "memory:")
    out = run_alg("classify", {"INPUT": imported, "OUTPUT": "memory:"})["OUTPUT"]
    apply_style(out, class_field_spec("kscore_2024", load_release()), load_release(), "t")
    cats = out.renderer().categories()
    assert [c.label() for c in cats[:9]] == ["1 zeer onvoldoende", "2 ruim onvoldoende", "3 onvoldoende", "4 zwak",
                                              "5 voldoende", "6 ruim voldoende", "7 goed", "8 zeer goed", "9 uitstekend"]
    assert cats[0].symbol().color().name() == "#d73027" and cats[8].symbol().color().name() == "#4575b4"


def test_outputs_open_styled_when_loaded(toolbox, sample_dir, tmp_path):
    """runAndLoadResults is what the toolbox does: the post-processors style and credit the loaded layers."""

    import processing
    from qgis.core import QgsProject

    buurten = str(tmp_path / "b.gpkg")
    processing.run("leefbaarometer:importscores", {**sample_scores(sample_dir, "buurten"), "OUTPUT": buurten})
    QgsProject.instance().removeAllMapLayers()
    r = toolbox("leefbaarometer:classify", {"INPUT": buurten, "OUTPUT": str(tmp_path / "c.gpkg")})
    r2 = toolbox("leefbaarometer:change", {"INPUT": buurten, "OUTPUT": str(tmp_path / "d.gpkg")})
    loaded = {lyr.source().split("|")[0]: lyr for lyr in QgsProject.instance().mapLayers().values()}
    classes, change = loaded[r["OUTPUT"]], loaded[r2["OUTPUT"]]
    assert classes.renderer().type() == "categorizedSymbol" and classes.renderer().classAttribute() == "kscore_2024"
    assert change.renderer().classAttribute() == "kdafw_2022_2024"
    assert change.renderer().categories()[8].label() == "9 sterke stijging"
    assert "BZK" in classes.metadata().rights()[0]
    QgsProject.instance().removeAllMapLayers()


def test_outputs_are_styled_with_the_release_of_the_run(toolbox, sample_dir, tmp_path):
    """A calibrated RELEASE_FILE reaches the map, not only the classes: classify's categories carry its labels and
    colours, aggregate's graduated breaks are its cut-points, and the layer remembers the profile for the panel."""
    import json
    import os

    import processing
    from qgis.core import QgsProject

    from leefbaarometer.core.release import RELEASES_DIR

    with open(os.path.join(RELEASES_DIR, "lbm3_2024.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    cuts = [-0.31, -0.21, -0.11, -0.05, 0.01, 0.07, 0.13, 0.23]  # not the shipped ones
    raw.update(id="test_calibrated", title="Test calibrated profile", total_cutpoints_afw=cuts,
               class_labels=["heel laag"] + raw["class_labels"][1:], palette_scores=["#123456"] + raw["palette_scores"][1:])
    profile = tmp_path / "calibrated.json"
    profile.write_text(json.dumps(raw), encoding="utf-8")

    buurten = str(tmp_path / "b.gpkg")
    processing.run("leefbaarometer:importscores", {**sample_scores(sample_dir, "buurten"), "OUTPUT": buurten})
    QgsProject.instance().removeAllMapLayers()
    r = toolbox("leefbaarometer:classify", {
        "INPUT": buurten, "RELEASE_FILE": str(profile), "OUTPUT": str(tmp_path / "c.gpkg")})
    r2 = toolbox("leefbaarometer:aggregate", {
        "INPUT": buurten, "ZONES": os.path.join(sample_dir, "gemeente 2024.gpkg"), "RELEASE_FILE": str(profile),
        "OUTPUT": str(tmp_path / "g.gpkg")})
    loaded = {lyr.source().split("|")[0]: lyr for lyr in QgsProject.instance().mapLayers().values()}
    classes, zones = loaded[r["OUTPUT"]], loaded[r2["OUTPUT"]]

    cats = classes.renderer().categories()
    assert classes.renderer().classAttribute() == "kscore_2024"
    assert cats[0].label() == "1 heel laag" and cats[0].symbol().color().name() == "#123456"
    assert zones.renderer().type() == "graduatedSymbol" and zones.renderer().classAttribute() == graduated_on("afw_2024")
    # Each range ends just below its cut-point (a score on it is drawn in the upper class, as the plugin classifies it).
    uppers = [rg.upperValue() for rg in zones.renderer().ranges()][:8]
    assert all(0 < c - u <= 2e-15 for u, c in zip(uppers, cuts)) and len(uppers) == len(cuts)
    assert zones.renderer().ranges()[0].label() == "1 heel laag"
    assert json.loads(classes.customProperty("leefbaarometer/release"))["id"] == "test_calibrated"
    assert "Test calibrated profile" in zones.metadata().abstract()
    QgsProject.instance().removeAllMapLayers()
