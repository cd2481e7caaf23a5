"""core.area_filter without QGIS: parsing gemeente codes and year ranges, and quoting the conditions."""
import pytest


def test_codes_and_conditions():
    from leefbaarometer.core.area_filter import gemeente_condition
    from leefbaarometer.core.area_filter import parse_gemeente_codes
    from leefbaarometer.core.area_filter import parse_year_range
    from leefbaarometer.core.area_filter import year_condition
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
