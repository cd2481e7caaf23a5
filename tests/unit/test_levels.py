"""One place for the levels of area (core/levels.py): recognised from codes, named from the key column."""


def test_level_of_codes_and_names():
    from leefbaarometer.core.levels import level_name
    from leefbaarometer.core.levels import level_of_codes

    assert level_of_codes(["BU05990110", None, ""]).key == "buurt"
    assert level_of_codes(["GM0599", "GM0014"]).plural == "gemeenten"
    assert level_of_codes(["E1213N4879"]).key == "grid"
    assert level_of_codes(["5211", "BU05990110"]) is None  # no one level
    assert level_of_codes([]) is None
    # the key column of a published file names its level; the official WFS's `code` is named from the codes
    assert [level_name(k) for k in ("grid_id", "PC4", "bu_code", "wk_code", "gm_code")] == \
        ["grid", "PC4", "buurt", "wijk", "gemeente"]
    assert level_name("code", ["BU00140000", "BU00140001"]) == "buurt"
    assert level_name("code", ["WK001400"]) == "wijk"
    assert level_name("code", ["x1"]) == "code"  # codes of no level: the column's own name


def test_download_levels_are_levels():
    from leefbaarometer.core.download import SERVICE_LEVELS
    from leefbaarometer.core.levels import LEVELS

    assert set(SERVICE_LEVELS) <= set(LEVELS)


def test_unit_key_is_the_units_own_code_before_a_gemeente_code():
    from leefbaarometer.core.schema import unit_key_field

    assert unit_key_field(["gm_code", "code", "afw_2024"]) == "code"  # a WFS buurt layer with its gemeente (was gm_code)
    assert unit_key_field(["gm_code", "PC4"]) == "PC4"
    assert unit_key_field(["gm_code", "gm_naam"]) == "gm_code"  # a layer of gemeenten
    assert unit_key_field(["statcode", "gemeentecode"]) == "statcode"
    assert unit_key_field(["naam"]) is None
