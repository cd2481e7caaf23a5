"""The two ways of reading a layer (GDAL's columnar stream for plain files, features otherwise) give the same data."""

import numpy as np

from ..helpers import import_sample


def test_fast_and_feature_paths_agree(run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProcessingContext
    from qgis.core import QgsProcessingFeatureSource
    from qgis.core import QgsProcessingFeatureSourceDefinition
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.io.gdal_columns import gdal_source_of
    from leefbaarometer.processing.io.read import read_scores

    path = str(tmp_path / "buurten.gpkg")
    import_sample(run_alg, sample_dir, "buurten", path)
    layer = QgsVectorLayer(path, "b", "ogr")
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    fast_source = gdal_source_of(layer)
    assert fast_source is not None and fast_source.path == path and not fast_source.where
    fast, fast_extra = read_scores(source, context, None, extra_fields=["bu_naam"], gdal_source=fast_source)
    slow, slow_extra = read_scores(source, context, None, extra_fields=["bu_naam"])
    assert fast.values.keys() == slow.values.keys() and len(fast.values) == 9 * 7
    for key in fast.values:
        assert np.array_equal(fast.values[key], slow.values[key], equal_nan=True), key
    assert np.isnan(fast.get("fys", 2002)).all() and not np.isnan(fast.get("fys", 2024)).any()
    assert fast.fids.tolist() == slow.fids.tolist()
    assert fast_extra["bu_naam"].tolist() == [str(v) for v in slow_extra["bu_naam"]]
    # A selection is read feature by feature.
    layer.selectByIds([1, 2])
    assert gdal_source_of(layer, QgsProcessingFeatureSourceDefinition(layer.id(), True)) is None
    # A filtered layer is read by GDAL with the same filter, and gives the same rows as QGIS's features.
    layer.setSubsetString("\"bu_code\" LIKE 'BU9901%'")
    filtered = gdal_source_of(layer)
    assert filtered.where == "\"bu_code\" LIKE 'BU9901%'"
    source = QgsProcessingFeatureSource(layer, context)
    fast, fast_extra = read_scores(source, context, None, extra_fields=["bu_code"], gdal_source=filtered)
    slow, slow_extra = read_scores(source, context, None, extra_fields=["bu_code"])
    assert 0 < fast.n == slow.n < 180 and all(c.startswith("BU9901") for c in fast_extra["bu_code"])
    assert fast.fids.tolist() == slow.fids.tolist()
    assert np.array_equal(fast.get("afw", 2024), slow.get("afw", 2024), equal_nan=True)


def test_opening_inputs_drops_only_the_refusal_of_update_mode():
    """GDAL's refusal to open a read-only driver for update is dropped; every other message reaches the handler
    that was there before, in order, once the inputs are open."""
    from osgeo import gdal

    from leefbaarometer.processing.io.read import opening_inputs

    seen = []
    gdal.PushErrorHandler(lambda cls, no, msg: seen.append((cls, no, msg)))
    try:
        with opening_inputs():
            gdal.Error(gdal.CE_Failure, gdal.CPLE_NotSupported, "Update of TopoJSON not supported")
            gdal.Error(gdal.CE_Failure, gdal.CPLE_OpenFailed, "real.gpkg: No such file or directory")
            gdal.Error(gdal.CE_Failure, gdal.CPLE_NotSupported, "Update of TopoJSON not supported, and more")
            assert seen == []
    finally:
        gdal.PopErrorHandler()
    assert seen == [(gdal.CE_Failure, gdal.CPLE_OpenFailed, "real.gpkg: No such file or directory"),
                    (gdal.CE_Failure, gdal.CPLE_NotSupported, "Update of TopoJSON not supported, and more")]
