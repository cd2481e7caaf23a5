"""The two ways of reading a layer (GDAL's columnar stream for plain files, features otherwise) give the same data."""

import os
import subprocess
import sys

import numpy as np
import pytest
from osgeo import gdal

from ..helpers import PLUGINS
from ..helpers import import_sample

NEEDS_EXCEPTION_MGR = pytest.mark.skipif(not hasattr(gdal, "ExceptionMgr"),
                                         reason="GDAL < 3.7 (QGIS 3.22) has one global exception setting, left alone")


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


@pytest.mark.parametrize("exceptions", [False, pytest.param(True, marks=NEEDS_EXCEPTION_MGR)])
def test_opening_inputs_drops_only_the_refusal_of_update_mode(exceptions):
    """GDAL's refusal to open a read-only driver for update is dropped; every other message reaches the handler
    that was there before, in order, once the inputs are open. Also when GDAL's Python exceptions are on, as QGIS
    3.40+'s own Processing plugin turns them on for the whole session: the messages come from QGIS's C++ (here
    gdal.Error in return-value mode), and passing them on raises nothing."""
    from leefbaarometer.processing.compat import gdal_return_codes
    from leefbaarometer.processing.io.read import opening_inputs

    before = gdal.GetUseExceptions()
    (gdal.UseExceptions if exceptions else gdal.DontUseExceptions)()
    seen = []
    gdal.PushErrorHandler(lambda cls, no, msg: seen.append((cls, no, msg)))
    try:
        with opening_inputs():
            with gdal_return_codes():
                gdal.Error(gdal.CE_Failure, gdal.CPLE_NotSupported, "Update of TopoJSON not supported")
                gdal.Error(gdal.CE_Failure, gdal.CPLE_OpenFailed, "real.gpkg: No such file or directory")
                gdal.Error(gdal.CE_Failure, gdal.CPLE_NotSupported, "Update of TopoJSON not supported, and more")
            assert seen == []
    finally:
        gdal.PopErrorHandler()
        (gdal.UseExceptions if before else gdal.DontUseExceptions)()
    assert seen == [(gdal.CE_Failure, gdal.CPLE_OpenFailed, "real.gpkg: No such file or directory"),
                    (gdal.CE_Failure, gdal.CPLE_NotSupported, "Update of TopoJSON not supported, and more")]


@NEEDS_EXCEPTION_MGR
def test_gdal_reports_by_return_values_when_exceptions_are_on(tmp_path):
    """Another plugin may turn GDAL exceptions on for all of QGIS: the fast path still falls back (None) on a
    source GDAL cannot open instead of raising, and the setting is as it was afterwards."""
    from leefbaarometer.processing.io.gdal_columns import GdalSource
    from leefbaarometer.processing.io.gdal_columns import read_columns

    before = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        with pytest.raises(RuntimeError):
            gdal.OpenEx(str(tmp_path / "absent.gpkg"), gdal.OF_VECTOR)
        assert read_columns(GdalSource(str(tmp_path / "absent.gpkg")), ["afw_2024"]) is None
        assert gdal.GetUseExceptions() == 1
    finally:
        if not before:
            gdal.DontUseExceptions()


@NEEDS_EXCEPTION_MGR
def test_no_gdal_future_warning_from_the_plugin(sample_dir):
    """GDAL 3.7+ warns once per process (FutureWarning: exceptions by default in GDAL 4) at the first call made
    without an explicit setting: the plugin's calls say which they want. A fresh Python that only reads through
    the plugin, warnings as errors."""
    code = (f"import sys; sys.path.insert(0, {PLUGINS!r})\n"
            "from leefbaarometer.processing.io.gdal_columns import GdalSource, read_columns\n"
            f"cols, _ = read_columns(GdalSource({os.path.join(sample_dir, 'buurt 2024.gpkg')!r}), ['bu_code'])\n"
            "print(len(cols['bu_code']))\n")
    out = subprocess.run([sys.executable, "-W", "error::FutureWarning", "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-1] == "180"
