"""The fast write paths give the same layers as QGIS's feature writer, valid GeoPackages, inputs untouched.

GeoPackage -> GeoPackage outputs are a copy of the input with columns added (processing/io/gpkg.py); imports to a
GeoPackage are written in bulk. Each is compared value by value with the same run written to a memory layer
(QGIS's own sink), and checked as a GeoPackage with GDAL (feature count, extent, spatial index).
"""
import glob
import hashlib
import os
import sqlite3

import pytest


def sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def by_key(layer, key):
    names = layer.fields().names()
    return {f[key]: {n: (None if f[n] is None or str(f[n]) == "NULL" else f[n]) for n in names if n != "fid"}
            for f in layer.getFeatures()}


@pytest.fixture()
def buurten_gpkg(run_alg, sample_dir, tmp_path):
    path = str(tmp_path / "buurten.gpkg")
    run_alg("importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"),
                             "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"), "OUTPUT": path})
    return path


def test_import_to_geopackage_equals_qgis_writer(run_alg, sample_dir, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    for level, geometry in (("grids", None), ("buurten", "buurt 2024.gpkg")):
        params = {"SCORES": os.path.join(sample_dir, f"Leefbaarometer-scores {level} 2002-2024.csv")}
        if geometry:
            params["GEOMETRY"] = os.path.join(sample_dir, geometry)
        path = str(tmp_path / f"{level}.gpkg")
        run_alg("importscores", {**params, "OUTPUT": path})
        memory = run_alg("importscores", {**params, "OUTPUT": "memory:"})["OUTPUT"]
        layer = QgsVectorLayer(path, level, "ogr")
        key = "grid_id" if level == "grids" else "bu_code"
        assert by_key(layer, key) == by_key(memory, key)
        geoms = {f[key]: f.geometry() for f in memory.getFeatures()}
        assert all(f.geometry().equals(geoms[f[key]]) for f in layer.getFeatures())
        assert layer.fields().field("kscore_2024").isNumeric() if "kscore_2024" in layer.fields().names() else True
        # GDAL sees a valid GeoPackage with a working spatial index and the right extent.
        ds = ogr.Open(path)
        lyr = ds.GetLayer(0)
        assert lyr.GetFeatureCount() == memory.featureCount() == (9329 if level == "grids" else 180)
        assert lyr.GetExtent() == pytest.approx((150000, 174000, 420000, 438000))
        has_index = ds.ExecuteSQL(f"SELECT HasSpatialIndex('{lyr.GetName()}', 'geom')")
        assert has_index.GetNextFeature().GetField(0) == 1
        ds.ReleaseResultSet(has_index)
        first = next(memory.getFeatures()).geometry().pointOnSurface().asPoint()
        lyr.SetSpatialFilterRect(first.x() - 1, first.y() - 1, first.x() + 1, first.y() + 1)  # through the index
        assert 1 <= lyr.GetFeatureCount() <= 4
        del ds


def test_geopackage_output_is_the_input_with_columns_added(run_alg, buurten_gpkg, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    before = sha256(buurten_gpkg)
    old_umask = os.umask(0o022)
    try:
        out = run_alg("classify", {"INPUT": buurten_gpkg, "OUTPUT": str(tmp_path / "classes.gpkg")})["OUTPUT"]
    finally:
        os.umask(old_umask)
    memory = run_alg("classify", {"INPUT": buurten_gpkg, "OUTPUT": "memory:"})["OUTPUT"]
    assert sha256(buurten_gpkg) == before  # the input is not touched
    assert os.stat(out).st_mode & 0o777 == 0o644  # colleagues can read it; the umask decides
    layer = QgsVectorLayer(out, "c", "ogr")
    assert layer.fields().names() == memory.fields().names()
    assert by_key(layer, "bu_code") == by_key(memory, "bu_code")
    ds = ogr.Open(out)
    lyr = ds.GetLayer(0)
    src_ds = ogr.Open(buurten_gpkg)  # a layer lives only as long as its dataset
    src = src_ds.GetLayer(0)
    assert lyr.GetFeatureCount() == src.GetFeatureCount() == 180
    assert lyr.GetExtent() == src.GetExtent()
    has_index = ds.ExecuteSQL(f"SELECT HasSpatialIndex('{lyr.GetName()}', 'geom')")
    assert has_index.GetNextFeature().GetField(0) == 1
    ds.ReleaseResultSet(has_index)
    del ds, src_ds
    # No temporary part and no journal is left beside the output.
    assert sorted(os.listdir(tmp_path)) == ["buurten.gpkg", "classes.gpkg"]
    # Replacing fields the input has: the copy's columns are overwritten, the input's are not.
    again = run_alg("classify", {"INPUT": out, "REPLACE": True, "SCHEME": 1, "OUTPUT": str(tmp_path / "again.gpkg")})["OUTPUT"]
    quantiles = run_alg("classify", {"INPUT": out, "REPLACE": True, "SCHEME": 1, "OUTPUT": "memory:"})["OUTPUT"]
    assert by_key(QgsVectorLayer(again, "a", "ogr"), "bu_code") == by_key(quantiles, "bu_code")


def test_filtered_geopackage_input_copies_only_those_features(run_alg, buurten_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    out = run_alg("classify", {"INPUT": buurten_gpkg, "GEMEENTE_FILTER": "GM9902", "OUTPUT": str(tmp_path / "f.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(out, "f", "ogr")
    codes = [f["bu_code"] for f in layer.getFeatures()]
    assert len(codes) == 40 and all(c.startswith("BU9902") for c in codes)


def test_cancelled_geopackage_output_leaves_nothing(run_alg, buurten_gpkg, tmp_path, cancel_while_writing):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("change", {"INPUT": buurten_gpkg, "MODE": 1, "OUTPUT": str(tmp_path / "change.gpkg")}, cancel_while_writing)
    assert os.listdir(tmp_path) == ["buurten.gpkg"]


def test_stale_parts_of_a_killed_run_are_removed(run_alg, buurten_gpkg, tmp_path):
    dead = 2 ** 22 + 12345  # above Linux's default pid_max: no such process
    stale = tmp_path / f".classes.gpkg.part-{dead}-abcdef.gpkg"
    stale.write_bytes(b"half")
    run_alg("classify", {"INPUT": buurten_gpkg, "OUTPUT": str(tmp_path / "classes.gpkg")})
    assert not stale.exists() and not glob.glob(str(tmp_path / ".*part*"))


def test_change_writes_only_what_is_asked(run_alg, buurten_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    full = run_alg("change", {"INPUT": buurten_gpkg, "YEAR_FROM": 2022, "YEAR_TO": 2024, "OUTPUT": "memory:"})["OUTPUT"]
    new = [n for n in full.fields().names() if n.endswith("_2022_2024")]
    # Five dimensions and afw, each a difference and a class, plus transition, driver and its share; no lbm.
    assert len(new) == 2 * 6 + 3 and "dlbm_2022_2024" not in new and "kdlbm_2022_2024" not in new
    with_lbm = run_alg("change", {"INPUT": buurten_gpkg, "YEAR_FROM": 2022, "YEAR_TO": 2024, "WITH_LBM": True,
                                  "OUTPUT": "memory:"})["OUTPUT"]
    lbm = {f["bu_code"]: (f["dlbm_2022_2024"], f["dafw_2022_2024"]) for f in with_lbm.getFeatures()}
    assert max(abs(a - b) for a, b in lbm.values()) < 1e-12  # why it is left out by default
    only = run_alg("change", {"INPUT": buurten_gpkg, "YEAR_FROM": 2022, "YEAR_TO": 2024, "PARTS": [0],
                              "OUTPUT": "memory:"})["OUTPUT"]
    assert [n for n in only.fields().names() if n.endswith("_2022_2024")] == [
        f"d{m}_2022_2024" for m in ("afw", "fys", "onv", "soc", "vrz", "won")]
    # A table without geometry: the key and the new fields, equal to the full output's values.
    table = run_alg("change", {"INPUT": buurten_gpkg, "YEAR_FROM": 2022, "YEAR_TO": 2024, "TABLE_ONLY": True,
                               "OUTPUT": str(tmp_path / "table.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(table, "t", "ogr")
    assert not layer.isSpatial() and layer.fields().names() == ["fid", "bu_code"] + new
    expected = {k: {n: v[n] for n in new} for k, v in by_key(full, "bu_code").items()}
    assert {k: {n: v[n] for n in new} for k, v in by_key(layer, "bu_code").items()} == expected
    with sqlite3.connect(table) as db:  # a GeoPackage attributes table, as GDAL registers it
        assert db.execute("SELECT data_type FROM gpkg_contents").fetchall() == [("attributes",)]


def test_mixed_geopackage_and_postgis_outputs_equal_qgis_writer(run_alg, buurten_gpkg, postgis, tmp_path):
    """GeoPackage -> PostGIS (QGIS's writer: every digit kept) and PostGIS -> GeoPackage (GDAL copies the table
    with its keys as feature ids, the columns are added in the copy): the same values as QGIS's own writer."""
    from qgis.core import QgsVectorLayer

    memory = by_key(run_alg("classify", {"INPUT": buurten_gpkg, "OUTPUT": "memory:"})["OUTPUT"], "bu_code")
    out = run_alg("classify", {"INPUT": buurten_gpkg, "OUTPUT": postgis.destination("classes_from_gpkg")})["OUTPUT"]
    table = QgsVectorLayer(postgis.uri("classes_from_gpkg"), "t", "postgres")
    assert out.startswith("postgres://") and table.isValid() and table.featureCount() == 180
    assert by_key(table, "bu_code") == memory
    # And back: the PostGIS table classified again (replacing its classes) into a GeoPackage.
    back = run_alg("classify", {"INPUT": "postgres://" + postgis.uri("classes_from_gpkg"), "REPLACE": True,
                                "OUTPUT": str(tmp_path / "back.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(back, "b", "ogr")
    assert layer.featureCount() == 180 and by_key(layer, "bu_code") == memory
    assert sorted(os.listdir(tmp_path)) == ["back.gpkg", "buurten.gpkg"]
