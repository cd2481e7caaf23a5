"""Gemeente and year filters: parsing, quoting, and the same rows from every kind of data source."""

import pytest

from ..helpers import sample_scores


@pytest.fixture(scope="module")
def buurten(sample_dir, tmp_path_factory, lbm_provider_module):
    import processing

    path = str(tmp_path_factory.mktemp("filter") / "buurten.gpkg")
    processing.run("leefbaarometer:importscores", {**sample_scores(sample_dir, "buurten"), "OUTPUT": path})
    return path


def test_gemeente_filter_on_a_file_and_in_memory(buurten, run_alg):
    from qgis.core import QgsFeatureRequest
    from qgis.core import QgsVectorLayer

    whole = QgsVectorLayer(buurten, "b", "ogr")
    expected = sorted(f["bu_code"] for f in whole.getFeatures() if f["bu_code"].startswith(("BU9902", "BU9904")))
    assert 0 < len(expected) < 180
    memory = whole.materialize(QgsFeatureRequest())
    for source in (buurten, memory):
        out = run_alg("change", {"INPUT": source, "GEMEENTE_FILTER": "GM9902 9904", "YEAR_FROM": 2022, "YEAR_TO": 2024,
                                 "OUTPUT": "memory:"})["OUTPUT"]
        assert sorted(f["bu_code"] for f in out.getFeatures()) == expected
        d = {f["bu_code"]: f["dafw_2022_2024"] for f in out.getFeatures()}
        src = {f["bu_code"]: (f["afw_2022"], f["afw_2024"]) for f in whole.getFeatures()}
        assert all(d[c] == src[c][1] - src[c][0] for c in expected)
    # The input layer keeps no filter.
    assert whole.subsetString() == "" and QgsVectorLayer(buurten, "b", "ogr").featureCount() == 180


def test_gemeente_filter_errors_name_the_problem(buurten, run_alg):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no features where .*BU0363"):
        run_alg("classify", {"INPUT": buurten, "GEMEENTE_FILTER": "GM0363", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="not a gemeente code: Utrecht"):
        run_alg("classify", {"INPUT": buurten, "GEMEENTE_FILTER": "Utrecht", "OUTPUT": "memory:"})
