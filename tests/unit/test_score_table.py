"""core.score_table: reading published score files, on the real open data and on hand-made bad files."""
import numpy as np
import pytest

from ..helpers import shared


def read(path, **kw):
    from leefbaarometer.core.score_table import read_scores_csv

    return read_scores_csv(str(path), **kw)


def wide(path, **kw):
    from leefbaarometer.core.score_table import to_wide

    return to_wide(read(path, **kw))


def value(w, key, field):
    i = list(w.keys).index(key)
    return w.values[i, w.field_names().index(field)]


def test_real_pc4_file_keeps_every_value():
    w = wide(shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"))
    assert w.key == "PC4"
    assert len(w.keys) == 4058
    assert w.values.shape == (4058, 8 * 7)  # 8 years × lbm, afw and five dimensions
    assert value(w, "1011", "afw_2002") == 0.11421926975639664
    assert value(w, "1011", "lbm_2014") == 4.3321922994307975
    assert value(w, "1011", "won_2014") == -0.006256742215966049
    assert np.isnan(value(w, "1011", "fys_2002"))
    # Dimensions are NA in 2002, 2008, 2012 and 2016 for every area, present in 2014.
    for year in (2002, 2008, 2012, 2016):
        assert np.isnan(w.values[:, w.field_names().index(f"soc_{year}")]).all()
    assert not np.isnan(w.values[:, w.field_names().index("soc_2014")]).all()


def test_real_wijk_file_with_leading_row_number_column():
    t = read(shared("lbm", "scores_wijken_2014-2022_amstelveen.csv"))
    assert t.key == "wk_code"
    assert t.ignored_columns == ["1"]
    w = wide(shared("lbm", "scores_wijken_2014-2022_amstelveen.csv"))
    assert w.keys[0] == "WK036201" and w.labels["wk_naam"][0] == "Randwijck"
    assert value(w, "WK036201", "afw_2014") == 0.1683347537237974


def test_real_buurt_file_rotterdam():
    w = wide(shared("lbm", "scores_buurten_2024_rotterdam.csv"))
    assert len(w.keys) == 87
    assert value(w, "BU05990110", "lbm_2024") == 4.20717183273632
    assert w.labels["bu_naam"][list(w.keys).index("BU05990111")] == "Oude Westen"


def test_semicolon_and_decimal_comma(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text("PC4;jaar;lbm;afw;fys;onv;soc;vrz;won\n"
                 "1011;2024;4,2;0,1;0,02;0,02;0,02;0,02;0,02\n"
                 "1011;2002;4,0;-0,1;NA;NA;NA;NA;\n", encoding="utf-8")
    w = wide(p)
    assert value(w, "1011", "afw_2024") == 0.1
    assert value(w, "1011", "afw_2002") == -0.1
    assert np.isnan(value(w, "1011", "won_2002"))  # empty cell is missing too


def test_keys_stay_text(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("PC4,jaar,afw\n0101,2024,0.1\n1011,2024,0.2\n")
    assert list(wide(p).keys) == ["0101", "1011"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "the file is empty"),
        ("PC4,jaar,afw\n", "has a header but no rows"),
        ("postcode,jaar,afw\n1011,2024,0.1\n", "no key column found"),
        ("PC4,afw\n1011,0.1\n", "no year column"),
        ("PC4,jaar,score\n1011,2024,0.1\n", "no score columns found"),
        ("PC4,jaar,afw\n1011,2024,0.1\n1012,2024,0.2\n1011,2024,0.3\n", "PC4 1011 in 2024 (lines 2, 4)"),
        ("PC4,jaar,afw\n1011,2024,0.1\n1012,2024,hoog\n", "'hoog' (line 3)"),
        ("PC4,jaar,afw\n1011,twintig,0.1\n", "line 2"),
        ("PC4,jaar,afw\n,2024,0.1\n", "no value in key column 'PC4' (line 2)"),
    ],
)
def test_bad_files_get_a_message_that_names_the_problem(tmp_path, content, message):
    from leefbaarometer.core.errors import LbmInputError

    p = tmp_path / "bad.csv"
    p.write_text(content)
    with pytest.raises(LbmInputError, match=None) as err:
        read(p)
    assert message in str(err.value)


def test_key_given_by_the_user(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("mijncode,jaar,afw\nX1,2024,0.1\n")
    assert wide(p, key="mijncode").keys.tolist() == ["X1"]


def test_unknown_year_is_kept_with_a_warning(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("PC4,jaar,afw\n1011,2026,0.1\n")
    t = read(p)
    assert t.years.tolist() == [2026] and "2026" in t.warnings[0]


def test_grid_codes_round_trip():
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.gridcodes import grid_corners
    from leefbaarometer.core.gridcodes import grid_ids

    x, y = grid_corners(np.array(["E1213N4879", "E0N0"], dtype=object))
    assert x.tolist() == [121300.0, 0.0] and y.tolist() == [487900.0, 0.0]
    assert grid_ids([121399.9], [487900.0]).tolist() == ["E1213N4879"]
    with pytest.raises(LbmInputError, match="'1213-4879'"):
        grid_corners(np.array(["E1N1", "1213-4879"], dtype=object))


def test_match_keys_counts_and_duplicates():
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.join import match_keys

    m = match_keys(np.array(["a", "b", "c"], dtype=object), np.array(["c", "x", None, "a"], dtype=object))
    assert m.row_of_geometry.tolist() == [2, -1, -1, 0]
    assert m.keys_without_geometry.tolist() == ["b"]
    assert m.geometries_without_scores.tolist() == ["x", None]
    with pytest.raises(LbmInputError, match=r"a \(2×\)"):
        match_keys(np.array(["a"], dtype=object), np.array(["a", "a"], dtype=object))
