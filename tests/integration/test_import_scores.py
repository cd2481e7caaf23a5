"""leefbaarometer:importscores and importwfs through processing.run, on real data and the sample."""
import os

import pytest

from ..helpers import Log
from ..helpers import sample_scores
from ..helpers import shared
from ..helpers import squares_layer

PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")


def layer(path):
    from qgis.core import QgsVectorLayer

    lyr = QgsVectorLayer(path, "out", "ogr")
    assert lyr.isValid(), path
    return lyr


def feature(lyr, expression):
    return next(lyr.getFeatures(expression))


def pc4_without_scores():
    """The PC4 codes of CBS's boundaries that the published PC4 scores lack, worked out here from the two files."""
    import pandas as pd
    from qgis.core import QgsVectorLayer

    scored = set(pd.read_csv(shared(*PC4_CSV), dtype={"PC4": str}).PC4)
    cbs = QgsVectorLayer(shared("cbs", "pc4_boundaries.topojson"), "cbs", "ogr")
    codes = [str(f["postcode"]) for f in cbs.getFeatures()]
    assert len(codes) == len(set(codes)) == 4068
    return sorted(set(codes) - scored)


def test_real_pc4_scores_onto_cbs_pc4_polygons(run_alg, tmp_path):
    """Every area of CBS's 4,068 PC4 polygons is kept: 4,056 with scores, and the 12 without (Schiphol 1118, the
    Maasvlakte 3199 …) with NULL in every score field; ONLY_SCORED leaves the 12 out."""
    out = str(tmp_path / "pc4.gpkg")
    r = run_alg("importscores", {"SCORES": shared(*PC4_CSV), "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"),
                                 "OUTPUT": out})
    assert (r["AREAS"], r["AREAS_WITHOUT_SCORES"], r["KEYS_WITHOUT_GEOMETRY"], r["GEOMETRIES_WITHOUT_SCORES"],
            r["LEVEL"]) == (4068, 12, 2, 12, "PC4")
    lyr = layer(out)
    assert lyr.featureCount() == 4068
    assert lyr.crs().authid() == "EPSG:28992"
    f = feature(lyr, "\"PC4\" = '1011'")
    assert f["afw_2002"] == 0.11421926975639664
    assert f["fys_2002"] is None or f["fys_2002"] != f["fys_2002"] or str(f["fys_2002"]) == "NULL"
    assert f["lbm_2022"] == pytest.approx(4.10226485114 + f["afw_2022"], abs=1e-10)  # C is known to 11 decimals
    names = lyr.fields().names()
    assert names[:3] == ["fid", "PC4", "lbm_2002"] and "won_2022" in names and len(names) == 2 + 8 * 7
    # Amsterdam's 1011 lies in Amsterdam (RD x ≈ 121-123 km, y ≈ 486-488 km).
    c = f.geometry().centroid().asPoint()
    assert 120000 < c.x() < 124000 and 485000 < c.y() < 489000
    missing = pc4_without_scores()
    assert len(missing) == 12 and "1118" in missing and "3199" in missing
    empty = {g["PC4"]: g for g in lyr.getFeatures() if all(g[n] is None or str(g[n]) == "NULL" for n in names[2:])}
    assert sorted(empty) == missing  # exactly the 12, every score NULL
    assert all(not g.geometry().isEmpty() for g in empty.values())
    scored_only = str(tmp_path / "scored.gpkg")
    r = run_alg("importscores", {"SCORES": shared(*PC4_CSV), "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"),
                                 "ONLY_SCORED": True, "OUTPUT": scored_only})
    assert (r["AREAS"], r["AREAS_WITHOUT_SCORES"]) == (4056, 0)
    kept = {g["PC4"] for g in layer(scored_only).getFeatures()}
    assert len(kept) == 4056 and not kept & set(missing)


def test_pc4_without_geometry_are_named_in_the_log(run_alg, tmp_path):
    log = Log()
    run_alg("importscores", {"SCORES": shared(*PC4_CSV), "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"),
                             "OUTPUT": str(tmp_path / "o.gpkg")}, feedback=log)
    text = "\n".join(log.lines)
    assert "2 code(s) have scores but no geometry: 8269, 8323" in text
    line = next(x for x in log.lines if "areas of the geometry layer have no scores" in x)
    named = line.split("no scores: ")[1].split(". They are kept")[0].split(", ")
    assert line.startswith("WARNING 12 areas") and sorted(named) == pc4_without_scores()  # all 12 named
    assert "kept with NULL scores" in line
    assert "Wrote 4068 areas, 12 of them without scores." in log.lines


def test_real_rotterdam_buurt_file_with_names(run_alg, tmp_path):
    import pandas as pd

    csv = shared("lbm", "scores_buurten_2024_rotterdam.csv")
    codes = pd.read_csv(csv, dtype=str)["bu_code"].tolist()
    out = str(tmp_path / "rdam.gpkg")
    r = run_alg("importscores", {"SCORES": csv, "GEOMETRY": squares_layer("buurtcode", codes), "OUTPUT": out})
    assert r["AREAS"] == 87 and r["LEVEL"] == "bu_code"
    f = feature(layer(out), "\"bu_code\" = 'BU05990111'")
    assert f["bu_naam"] == "Oude Westen" and f["afw_2024"] == -0.039255059728954


def test_imported_layer_is_named_by_level_and_years(toolbox):
    """From the toolbox the layer is named by its level and years, not 'Leefbaarometer scores'."""
    import pandas as pd
    from qgis.core import QgsProject

    csv = shared("lbm", "scores_wijken_2014-2022_amstelveen.csv")
    codes = sorted(set(pd.read_csv(csv, dtype=str)["wk_code"]))
    toolbox("leefbaarometer:importscores", {"SCORES": csv, "GEOMETRY": squares_layer("wk_code", codes), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert [lyr.name() for lyr in QgsProject.instance().mapLayers().values()] == ["Leefbaarometer wijk 2014–2022"]
    QgsProject.instance().removeAllMapLayers()


def test_real_amstelveen_wijk_file(run_alg, tmp_path):
    import pandas as pd

    csv = shared("lbm", "scores_wijken_2014-2022_amstelveen.csv")
    codes = sorted(set(pd.read_csv(csv, dtype=str)["wk_code"]))
    out = str(tmp_path / "wk.gpkg")
    r = run_alg("importscores", {"SCORES": csv, "GEOMETRY": squares_layer("wk_code", codes), "OUTPUT": out})
    assert r["AREAS"] == len(codes) == 14
    lyr = layer(out)
    assert "1" not in lyr.fields().names()  # the row-number column is not a score
    assert feature(lyr, "\"wk_code\" = 'WK036201'")["afw_2014"] == 0.1683347537237974


def test_official_wfs_layer_converts_to_the_same_schema(run_alg, tmp_path):
    out = str(tmp_path / "wfs.gpkg")
    r = run_alg("importwfs", {"INPUT": shared("lbm", "wfs_buurtscore24_part.geojson"), "OUTPUT": out})
    assert r["AREAS"] == 6958
    lyr = layer(out)
    f = feature(lyr, "\"code\" = 'BU00140000'")
    assert (f["naam"], f["gemeente"], f["afw_2024"], f["kscore_2024"], f["konv_2024"]) == (
        "Binnenstad-Noord", "Groningen", 0.189053, 9, 3)
    assert "lbm_2024" not in lyr.fields().names()  # the WFS has no lbm; it is not invented
    assert lyr.crs().authid() == "EPSG:28992"


def test_sample_grid_builds_cells_from_ids(run_alg, sample_dir, sample_region, tmp_path):
    out = str(tmp_path / "grid.gpkg")
    r = run_alg("importscores", {**sample_scores(sample_dir, "grids"), "OUTPUT": out})
    assert r["AREAS"] == len(sample_region.dwellings) and r["LEVEL"] == "grid_id"
    lyr = layer(out)
    f = next(lyr.getFeatures())
    box = f.geometry().boundingBox()
    e, n = f["grid_id"][1:].split("N")
    assert (box.xMinimum(), box.yMinimum(), box.width(), box.height()) == (int(e) * 100, int(n) * 100, 100, 100)
    assert len([n for n in lyr.fields().names() if n.endswith("_2024")]) == 7


def test_sample_buurten_all_with_geometry(run_alg, sample_dir, sample_region, tmp_path):
    r = run_alg("importscores", {**sample_scores(sample_dir, "buurten"), "OUTPUT": str(tmp_path / "b.gpkg")})
    assert r["KEYS_WITHOUT_GEOMETRY"] == 0
    assert r["AREAS"] + r["GEOMETRIES_WITHOUT_SCORES"] == len(sample_region.buurten)


def _fails(run_alg, tmp_path, params, message):
    from qgis.core import QgsProcessingException

    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("importscores", {**params, "OUTPUT": str(out)})
    assert message in str(err.value)
    assert not out.exists(), "a failed run must not leave an output file"


@pytest.mark.parametrize(
    "content, message",
    [
        ("naam,jaar,afw\nA,2024,0.1\n", "no key column found"),
        ("gm_code,jaar,afw\nGM0001,2024,0.1\nGM0001,2024,0.2\n", "gm_code GM0001 in 2024 (lines 2, 3)"),
        ("gm_code,jaar,afw\nGM0001,2024,0.1\nGM0002,2024,x\n", "'x' (line 3)"),
        ("", "the file is empty"),
    ],
)
def test_bad_score_files(run_alg, tmp_path, content, message):
    p = tmp_path / "bad.csv"
    p.write_text(content)
    _fails(run_alg, tmp_path, {"SCORES": str(p), "GEOMETRY": squares_layer("gm_code", ["GM0001"])}, message)


def test_geometry_without_the_key_field(run_alg, tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("gm_code,jaar,afw\nGM0001,2024,0.1\n")
    _fails(run_alg, tmp_path, {"SCORES": str(p), "GEOMETRY": squares_layer("naam", ["GM0001"])},
           "the geometry layer has no field 'gm_code'")


def test_level_other_than_grid_needs_geometry(run_alg, tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("bu_code,jaar,afw\nBU00010000,2024,0.1\n")
    _fails(run_alg, tmp_path, {"SCORES": str(p)}, "give the GEOMETRY layer")


def test_duplicate_codes_in_geometry(run_alg, tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("gm_code,jaar,afw\nGM0001,2024,0.1\n")
    _fails(run_alg, tmp_path, {"SCORES": str(p), "GEOMETRY": squares_layer("gm_code", ["GM0001", "GM0001"])},
           "GM0001 (2×)")


def test_no_matching_codes(run_alg, tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("gm_code,jaar,afw\nGM0001,2024,0.1\n")
    _fails(run_alg, tmp_path, {"SCORES": str(p), "GEOMETRY": squares_layer("gm_code", ["GM0002"])},
           "no code of the scores matches")


def test_cancelled_run_leaves_no_file(run_alg, sample_dir, tmp_path, cancel_while_writing):
    from qgis.core import QgsProcessingException

    out = tmp_path / "grid.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("importscores", {**sample_scores(sample_dir, "grids"), "OUTPUT": str(out)}, feedback=cancel_while_writing)
    assert not out.exists()


def test_input_files_are_not_modified(run_alg, sample_dir, tmp_path):
    import hashlib

    paths = [os.path.join(sample_dir, "Leefbaarometer-scores gemeenten 2002-2024.csv"), os.path.join(sample_dir, "gemeente 2024.gpkg")]
    before = [hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths]
    run_alg("importscores", {"SCORES": paths[0], "GEOMETRY": paths[1], "OUTPUT": str(tmp_path / "g.gpkg")})
    assert [hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths] == before
