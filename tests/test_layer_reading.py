"""The two ways of reading a layer (GDAL's columnar stream for plain files, features otherwise) give the same data."""
import os

import numpy as np


def test_fast_and_feature_paths_agree(run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource, QgsProcessingFeatureSourceDefinition, QgsVectorLayer

    from leefbaarometer.processing.layer_io import ogr_path_of
    from leefbaarometer.processing.score_layers import read_scores

    path = str(tmp_path / "buurten.gpkg")
    run_alg("importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"),
                             "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"), "OUTPUT": path})
    layer = QgsVectorLayer(path, "b", "ogr")
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    fast_source = ogr_path_of(layer)
    assert fast_source is not None and fast_source[0] == path
    fast, fast_extra = read_scores(source, context, None, extra_fields=["bu_naam"], ogr_source=fast_source)
    slow, slow_extra = read_scores(source, context, None, extra_fields=["bu_naam"])
    assert fast.values.keys() == slow.values.keys() and len(fast.values) == 9 * 7
    for key in fast.values:
        assert np.array_equal(fast.values[key], slow.values[key], equal_nan=True), key
    assert np.isnan(fast.get("fys", 2002)).all() and not np.isnan(fast.get("fys", 2024)).any()
    assert fast.fids.tolist() == slow.fids.tolist()
    assert fast_extra["bu_naam"].tolist() == [str(v) for v in slow_extra["bu_naam"]]
    # A selection or a filtered layer is not a plain file read: it takes the feature path.
    layer.selectByIds([1, 2])
    assert ogr_path_of(layer, QgsProcessingFeatureSourceDefinition(layer.id(), True)) is None
    layer.setSubsetString("\"bu_code\" LIKE 'BU9901%'")
    assert ogr_path_of(layer) is None
