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
