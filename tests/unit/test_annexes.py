"""core.annex and core.schema without QGIS: gemeente codes and file names of the annexes."""


def test_gemeente_of_a_code():
    from leefbaarometer.core.schema import gemeente_of

    assert [gemeente_of(c) for c in ("BU05990110", "WK036201", "GM0599", None, "BU0363AB10")] == ["GM0599", "GM0362", None, None, "GM0363"]


def test_safe_file_names():
    from leefbaarometer.core.annex import safe_file_name

    assert safe_file_name("GM0599", "Rotterdam") == "GM0599_Rotterdam"
    assert safe_file_name("GM0796", "'s-Hertogenbosch") == "GM0796_s-Hertogenbosch"
    assert safe_file_name("GM1900", "Súdwest-Fryslân") == "GM1900_Sudwest-Fryslan"
    assert safe_file_name("GM9999", "A/B \"C\"") == "GM9999_A_B_C"
    assert safe_file_name("GM0001", "..") == "GM0001_gemeente"
    long = safe_file_name("GM0001", "Gemeente " + "x" * 400)
    assert long == "GM0001_Gemeente_" + "x" * 71 and len(long) == 87  # 80 characters of the name


def test_the_level_of_the_areas_from_their_codes_or_field():
    from leefbaarometer.core.levels import unit_level

    assert unit_level("code", ["BU05990110", "BU0363AB10"]).code_header == "Buurtcode"
    assert unit_level("statcode", ["WK059901", None]).plural == "wijken"
    pc4 = unit_level("PC4", ["5211", "0101"])
    assert (pc4.code_header, pc4.name_header, pc4.plural, pc4.layer) == ("PC4", "Postcodegebied", "postcodegebieden",
                                                                        "de laag met postcodegebieden")
    assert unit_level("grid_id", ["E1213N4879"]).code_header == "Gridcel"
    assert unit_level("postcode", []).key == "pc4"  # no codes to look at: the field's name
    assert unit_level("code", ["A", "B"]).key == "gebied" and unit_level("bu_code", ["x"]).key == "buurt"


def test_cbs_boundaries_are_told_from_what_the_layer_shows():
    from leefbaarometer.core.sources import boundary_credit
    from leefbaarometer.core.sources import is_cbs

    assert is_cbs(["id", "gemeentecode", "gemeentenaam", "water"])
    assert is_cbs(["statcode", "statnaam"]) and not is_cbs(["statcode"]) and not is_cbs(["gemeentecode", "PC4"])
    assert is_cbs([], ["", "© CBS, Kadaster"]) and is_cbs([], ["Centraal Bureau voor de Statistiek"])
    assert not is_cbs([], ["ABCSBX"]) and not is_cbs(["PC4", "gm_code", "gm_naam"], [], "/data/pc4_gm.gpkg")
    assert is_cbs([], [], "/data/cbs_pc4_2023.gpkg|layername=pc4") and not is_cbs([], [], "/data/abcsb.gpkg")
    assert boundary_credit("gemeenten_2023", True) == "CBS (gemeenten_2023)" and boundary_credit("pc4_gm", False) == "'pc4_gm'"
