"""Input checks of issue 30 in core/, without QGIS: encodings judged on the whole file, rows that lack fields,
release profiles checked in full, scores a release does not allow, long gemeente lists as one SQL expression."""
import json
import os
import sqlite3

import numpy as np
import pytest

from ..helpers import ROOT
from ..helpers import C

HEADER = "bu_code,bu_naam,jaar,lbm,afw"


def rows(n, name="Buurt"):
    return [f"BU0001{i:04d},{name} {i},2024,{C - 0.01 * i!r},{-0.01 * i!r}" for i in range(n)]


def write(path, lines, encoding="utf-8"):
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return str(path)


# --- encodings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, expected, note", [
    ("utf-8", "utf-8", "read as UTF-8 (all of it is valid UTF-8)"),
    ("utf-8-sig", "utf-8-sig", "read as UTF-8 with BOM (its byte-order mark says so)"),
    ("utf-16", "utf-16", "read as UTF-16 little-endian (its byte-order mark says so)"),
    ("utf-16-le", "utf-16-le", "read as UTF-16 little-endian (no byte-order mark; every second byte is zero)"),
    ("cp1252", "cp1252", "read as Windows-1252 (not UTF-8: line 3002 has the byte 0xE9)"),
])
def test_the_encoding_is_judged_on_the_whole_file(tmp_path, encoding, expected, note):
    from leefbaarometer.core.textfile import BLOCK
    from leefbaarometer.core.textfile import detect_encoding

    # 3,000 plain rows (more than the 8 KiB a text reader decodes first), then a name with € and é.
    lines = [HEADER] + rows(3000) + ["BU00019999,Café €uro,2024,4.1,0.0"]
    path = write(tmp_path / "s.csv", lines, encoding)
    assert os.path.getsize(path) > 8192 and BLOCK > 8192
    assert detect_encoding(path) == (expected, note)


def test_latin1_that_is_not_windows_1252(tmp_path):
    from leefbaarometer.core.textfile import detect_encoding

    path = tmp_path / "s.csv"
    path.write_bytes(b"bu_code,naam\nBU1,caf\xe9\nBU2,\x81\n")  # 0x81 has no character in Windows-1252
    assert detect_encoding(str(path)) == ("latin-1", "read as Latin-1 (not UTF-8: line 2 has the byte 0xE9; it is not "
                                                     "Windows-1252 either)")


def test_a_score_file_in_each_encoding_gives_the_same_names(tmp_path):
    from leefbaarometer.core.score_table import read_scores_csv

    names = []
    for encoding, sep in (("utf-8", ","), ("utf-8-sig", ","), ("utf-16", "\t"), ("cp1252", ";")):
        lines = [HEADER] + rows(400) + ["BU00019999,Súdwaard-Één,2024,4.1,0.0"]
        lines = [line.replace(",", sep) for line in lines]
        if sep == ";":
            lines = [line.replace(".", ",") if n else line for n, line in enumerate(lines)]
        table = read_scores_csv(write(tmp_path / f"{encoding}.csv", lines, encoding))
        names.append((table.labels["bu_naam"][-1], table.values["afw"][1], table.notes[0].split(" (")[0]))
    assert names == [("Súdwaard-Één", -0.01, "read as UTF-8"), ("Súdwaard-Één", -0.01, "read as UTF-8 with BOM"),
                     ("Súdwaard-Één", -0.01, "read as UTF-16 little-endian"), ("Súdwaard-Één", -0.01, "read as Windows-1252")]


# --- rows and columns -----------------------------------------------------------------------------------------

def test_rows_with_too_few_or_too_many_fields_are_named(tmp_path):
    from leefbaarometer.core.textfile import field_count_problems

    lines = [HEADER] + rows(10)
    lines[4] += ",extra"
    lines[-1] = lines[-1][:lines[-1].rindex(",")]  # cut off: one field short
    path = write(tmp_path / "s.csv", lines + [""])  # a blank last line is no row
    assert field_count_problems(path, "utf-8", ",", 5) == ([(5, 6), (11, 4)], 2)
    # Quoted fields may hold the separator: counted by the csv module, lines as an editor numbers them.
    lines[2] = 'BU00010001,"Noord, Oost",2024,4.1,0.0'
    path = write(tmp_path / "q.csv", lines)
    assert field_count_problems(path, "utf-8", ",", 5) == ([(5, 6), (11, 4)], 2)


def test_many_wrong_rows_across_blocks(tmp_path, monkeypatch):
    from leefbaarometer.core import textfile

    monkeypatch.setattr(textfile, "BLOCK", 1000)  # rows straddle the blocks
    lines = [HEADER] + rows(500)
    for n in range(10, 501, 50):
        lines[n] = lines[n].rsplit(",", 1)[0]
    path = write(tmp_path / "s.csv", lines)
    found, total = textfile.field_count_problems(path, "utf-8", ",", 5)
    assert total == 10 and found == [(n + 1, 4) for n in range(10, 260, 50)]


def test_cut_off_and_repeated_columns_are_refused(tmp_path):
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.score_table import read_scores_csv

    lines = [HEADER] + rows(5)
    lines[-1] = lines[-1][:lines[-1].rindex(",") - 2]  # cut inside lbm: afw is gone
    with pytest.raises(LbmInputError, match=r"1 row\(s\) do not have the 5 fields of the header: line 6 has 4"):
        read_scores_csv(write(tmp_path / "cut.csv", lines))
    lines = [HEADER + ",AFW"] + [r + ",0.3" for r in rows(5)]
    with pytest.raises(LbmInputError, match=r"the column\(s\) 'afw' appear more than once \('afw': columns 5, 6\)"):
        read_scores_csv(write(tmp_path / "dup.csv", lines))
    # An ignored column may repeat: it is not read.
    lines = ["nr," + HEADER + ",nr"] + [f"{i}," + r + f",{i}" for i, r in enumerate(rows(5))]
    assert read_scores_csv(write(tmp_path / "nr.csv", lines)).ignored_columns == ["nr", "nr"]


# --- release profiles -----------------------------------------------------------------------------------------

def shipped():
    with open(os.path.join(ROOT, "resources", "releases", "lbm3_2024.json"), encoding="utf-8") as fh:
        return json.load(fh)


@pytest.mark.parametrize("changes, message", [
    ({"constant_c": "4.1"}, r"constant_c must be a number, not \"4\.1\""),
    ({"constant_c": float("inf")}, r"constant_c must be a number, not Infinity"),
    ({"constant_c": True}, r"constant_c must be a number, not true"),
    ({"dimension_cutpoints": [-0.2, -0.1, "0", 0.1, 0.2, 0.3, 0.4, 0.5]}, r"dimension_cutpoints must be 8 increasing numbers"),
    ({"change_cutpoints": [0.1] * 8}, r"change_cutpoints must be 8 increasing numbers, not \[0\.1, .*\] \(8 values\)"),
    ({"total_cutpoints_afw": [-0.4, -0.3]}, r"total_cutpoints_afw must be 8 increasing numbers, not \[-0\.4, -0\.3\] \(2 values\)"),
    ({"change_labels": ["a"] * 10}, r"change_labels must be 9 texts, one per class, not .* \(10 values\)"),
    ({"class_labels": ["a"] * 8 + [""]}, r"class_labels must be 9 texts"),
    ({"palette_change": ["#b35806"] * 8 + ["purple"]}, r"palette_change holds \"purple\", which is not a colour"),
    ({"palette_scores": "#d73027"}, r"palette_scores must be 9 colours, one per class, not \"#d73027\""),
    ({"title": None}, r"title must be a text, not null"),
    ({"plausible_afw": [1.5, -3]}, r"plausible_afw must be 2 increasing numbers"),
    ({"years": [2022, "2024"]}, r"years must be a list of whole years"),
])
def test_a_release_profile_is_checked_in_full(changes, message):
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.release import release_from_dict

    with pytest.raises(LbmInputError, match="release profile p.json: " + message):
        release_from_dict({**shipped(), **changes}, "p.json")


def test_the_shipped_profile_and_one_without_plausible_ranges():
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.release import release_from_dict

    rel = load_release()
    assert rel.constant_c == 4.10226485114 and rel.plausible_afw == (-3.0, 1.5) and rel.plausible_dimension == (-1.0, 1.0)
    old = {k: v for k, v in shipped().items() if not k.startswith("plausible")}  # a profile from before issue 30
    assert release_from_dict(old).plausible_afw == (-3.0, 1.5)
    with pytest.raises(KeyError):
        old["plausible_afw"]  # the caller's dict is not changed


def test_a_profile_that_is_not_json_or_not_utf8(tmp_path):
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.release import load_release

    (tmp_path / "latin.json").write_bytes('{"title": "caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(LbmInputError, match="is not valid JSON"):
        load_release(str(tmp_path / "latin.json"))
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(LbmInputError, match="must be a JSON object"):
        load_release(str(tmp_path / "list.json"))


# --- scores the release does not allow -------------------------------------------------------------------------

def test_scores_the_release_does_not_allow_are_named_by_code_and_year():
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.score_table import ScoreTable
    from leefbaarometer.core.score_table import release_check

    rel = load_release()
    afw = np.array([0.1, 5.0, -0.2, np.nan, 0.0])
    lbm = np.array([C + 0.1, 4.15, C - 0.2 + 0.0004, 3.0, C + 0.0])
    fys = np.array([0.01, 0.01, 1.2, 0.0, np.nan])
    table = ScoreTable("bu_code", np.array(["A", "B", "C", "D", "E"], dtype=object), np.array([2024] * 5),
                       {"lbm": lbm, "afw": afw, "fys": fys})
    count, message = release_check(table, rel)
    # B: afw 5 and lbm ≠ C + afw; C: fys 1.2 (lbm within 0.001); D: afw missing, not judged; E: fys missing.
    assert count == 2
    assert message == ("2 row(s) have scores that release lbm3_2024 does not allow: B 2024 (afw outside -3 … 1.5: 5; "
                       "lbm ≠ C + afw (C = 4.10226485114): 4.15 ≠ 9.10226), C 2024 (fys outside -1 … 1: 1.2)")
    other = ScoreTable("bu_code", np.array(["A", "B"], dtype=object), np.array([2024, 2024]),
                       {"lbm": np.array([4.0, 4.1]), "afw": np.array([0.0, 0.1])})
    assert release_check(other, rel)[1].endswith("In most rows lbm − afw is 4, not the release's C: a file of another "
                                                 "release? Choose its release profile")


# --- long gemeente lists --------------------------------------------------------------------------------------

def test_six_hundred_gemeenten_are_one_expression_sqlite_runs():
    from leefbaarometer.core.area_filter import LIKE_CODES
    from leefbaarometer.core.area_filter import gemeente_condition

    codes = [f"GM{i:04d}" for i in range(1, 601)]
    condition = gemeente_condition(["bu_code"], codes)
    assert condition.startswith("(substr(\"bu_code\", 1, 6) IN ('BU0001', 'WK0001', 'BU0002'") and "LIKE" not in condition
    assert "LIKE" in gemeente_condition(["bu_code"], codes[:LIKE_CODES])
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (bu_code TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [("BU05990110",), ("WK059901",), ("GM0599",), ("BU07010000",), ("BU0599",)])
    got = sorted(r for (r,) in db.execute(f"SELECT bu_code FROM t WHERE {condition}"))
    assert got == ["BU0599", "BU05990110", "GM0599", "WK059901"]  # 701 is not asked for
    like = " OR ".join(f"bu_code LIKE 'BU{i:04d}%'" for i in range(1, 1200))
    with pytest.raises(sqlite3.OperationalError, match="Expression tree is too large"):
        db.execute(f"SELECT bu_code FROM t WHERE {like}").fetchall()  # what one LIKE per code did



def test_a_row_with_a_field_too_many_is_refused(tmp_path):
    """The CSV parser reads only the columns it needs and would drop a field too many without a word."""
    from leefbaarometer.core.errors import LbmInputError
    from leefbaarometer.core.score_table import read_scores_csv

    lines = [HEADER] + rows(10)
    lines[3] = lines[3].rsplit(",", 1)[0]  # one short …
    lines[7] += ",0.5"  # … and one long: the separators add up, the rows do not
    with pytest.raises(LbmInputError, match=r"2 row\(s\) do not have the 5 fields of the header: line 4 has 4; line 8 has 6"):
        read_scores_csv(write(tmp_path / "s.csv", lines))
