"""Gemeente and year filters: parsing, quoting, and the same rows from every kind of data source."""
import os

import pytest


def test_codes_and_conditions():
    from leefbaarometer.core.area_filter import gemeente_condition, parse_gemeente_codes, parse_year_range, year_condition
    from leefbaarometer.core.errors import LbmInputError

    assert parse_gemeente_codes("GM0363, 599; gm0014 363") == ["GM0363", "GM0599", "GM0014"]
    assert parse_gemeente_codes("  ") == []
    with pytest.raises(LbmInputError, match="not a gemeente code: BU03630000"):
        parse_gemeente_codes("GM0363 BU03630000")
    assert gemeente_condition(["grid_id", "gemeentecode"], ["GM0363"]) == "\"gemeentecode\" IN ('GM0363')"
    assert gemeente_condition(["bu_code", "afw_2024"], ["GM0363"]) == (
        "(\"bu_code\" LIKE 'BU0363%' OR \"bu_code\" LIKE 'WK0363%' OR \"bu_code\" IN ('GM0363'))")
    # A chosen field is quoted whatever its name: quotes are doubled, so the name cannot end the identifier.
    assert gemeente_condition(['a"b\'c;'], ["GM0001"], field='a"b\'c;').startswith("(\"a\"\"b'c;\" LIKE 'BU0001%'")
    with pytest.raises(LbmInputError, match="gemeente code .*grid cells: join the CBS"):
        gemeente_condition(["grid_id", "afw_2024"], ["GM0363"])
    assert parse_year_range("2016-2024") == (2016, 2024) and parse_year_range("2016-") == (2016, None)
    assert parse_year_range("-2020") == (None, 2020) and parse_year_range("2020") == (2020, 2020)
    assert parse_year_range("") == (None, None)
    with pytest.raises(LbmInputError, match="ends before it starts"):
        parse_year_range("2024-2016")
    assert year_condition("jaar", 2016, 2024) == '"jaar" >= 2016 AND "jaar" <= 2024'
    assert year_condition("jaar", None, 2020, as_text=True) == "\"jaar\" <= '2020'"


@pytest.fixture(scope="module")
def buurten(sample_dir, tmp_path_factory, lbm_provider_module):
    import processing

    path = str(tmp_path_factory.mktemp("filter") / "buurten.gpkg")
    processing.run("leefbaarometer:importscores", {
        "SCORES": os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"),
        "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"), "OUTPUT": path})
    return path


def test_gemeente_filter_on_a_file_and_in_memory(buurten, run_alg):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

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
