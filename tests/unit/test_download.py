"""What leefbaarometer:download asks for (core/download.py): type names, the gemeente selection as a server filter,
the member of a ZIP, the header check and the cache key. No QGIS."""
import pytest

from leefbaarometer.core.download import bbox_filter
from leefbaarometer.core.download import check_scores_header
from leefbaarometer.core.download import choose_member
from leefbaarometer.core.download import combine_filters
from leefbaarometer.core.download import file_name_of
from leefbaarometer.core.download import is_file_source
from leefbaarometer.core.download import is_url
from leefbaarometer.core.download import match_typename
from leefbaarometer.core.download import needs_gemeente_names
from leefbaarometer.core.download import parse_gemeenten
from leefbaarometer.core.download import request_key
from leefbaarometer.core.download import selection_filter
from leefbaarometer.core.download import typename
from leefbaarometer.core.errors import LbmInputError

WFS_FIELDS = ["code", "naam", "gemeente", "year", "afw", "kscore"]


def test_type_names_per_level_and_year():
    assert typename("lbm", "buurt", 2024) == "lbm3:buurtscore24"
    assert typename("lbm", "grid", 2024) == "lbm3:clippedgridscore24"
    assert typename("lbm", "gemeente", 2008) == "lbm3:gemeentescore08"
    assert typename("cbs", "wijk", 2024) == "wijkenbuurten:wijken"
    with pytest.raises(LbmInputError, match="CBS key figures .* are not published per 100 m grid; choose one of: buurt, wijk"):
        typename("cbs", "grid", 2024)


def test_type_names_match_with_or_without_prefix():
    assert match_typename("lbm3:buurtscore24", ["buurtscore24", "gemeentescore24"]) == "buurtscore24"
    assert match_typename("buurtscore24", ["lbm3:buurtscore24", "lbm3:wijkscore24"]) == "lbm3:buurtscore24"
    assert match_typename("lbm3:buurtscore24", ["lbm3:buurtscore24", "buurtscore24"]) == "lbm3:buurtscore24"
    assert match_typename("lbm3:BuurtScore24", ["mirror:buurtscore24"]) == "mirror:buurtscore24"
    assert match_typename("lbm3:wijkscore24", ["buurtscore24"]) is None
    assert match_typename("lbm3:buurtscore24", ["a:buurtscore24", "b:buurtscore24"]) is None  # ambiguous


def test_gemeenten_codes_and_names():
    s = parse_gemeenten("GM0599, 14; 0363, Den Haag; 's-Hertogenbosch,\nSúdwest-Fryslân, gm0599")
    assert s.codes == ["GM0599", "GM0014", "GM0363"]
    assert s.names == ["Den Haag", "'s-Hertogenbosch", "Súdwest-Fryslân"]
    assert not parse_gemeenten(" , ;")


def test_selection_filters_per_level():
    sel = parse_gemeenten("GM0599, 14")
    assert selection_filter("buurt", WFS_FIELDS, sel) == "(\"code\" LIKE 'BU0599%' OR \"code\" LIKE 'BU0014%')"
    assert selection_filter("wijk", WFS_FIELDS, parse_gemeenten("599")) == "\"code\" LIKE 'WK0599%'"
    assert selection_filter("gemeente", WFS_FIELDS, parse_gemeenten("599")) == "\"code\" = 'GM0599'"
    # names: the gemeente name field, ignoring case; quotes doubled
    assert selection_filter("buurt", WFS_FIELDS, parse_gemeenten("'s-Hertogenbosch")) == \
        "\"gemeente\" ILIKE '''s-Hertogenbosch'"
    # CBS layers carry the gemeente code itself
    cbs = ["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "aantal_huishoudens"]
    assert selection_filter("buurt", cbs, parse_gemeenten("GM0233, Ermelo")) == \
        "(\"gemeentecode\" = 'GM0233' OR \"gemeentenaam\" ILIKE 'Ermelo')"
    assert selection_filter("buurt", WFS_FIELDS, parse_gemeenten("")) == ""


def test_grid_codes_go_through_names():
    grid = ["grid_id", "gemeente", "afw"]
    sel = parse_gemeenten("GM0014")
    assert needs_gemeente_names("grid", grid, sel) is True
    assert needs_gemeente_names("buurt", WFS_FIELDS, sel) is False
    assert selection_filter("grid", grid, sel, {"GM0014": "Groningen"}) == "\"gemeente\" ILIKE 'Groningen'"
    with pytest.raises(LbmInputError, match="unknown gemeente code"):
        selection_filter("grid", grid, sel, {})
    with pytest.raises(LbmInputError, match="no field with the gemeente name"):
        selection_filter("grid", ["grid_id", "afw"], parse_gemeenten("Groningen"))


def test_bbox_and_combined_filters():
    box = bbox_filter(229000.0, 579000.0, 236000.0, 585500.0)
    assert box == ("intersects_bbox($geometry, geom_from_wkt('POLYGON((229000.0 579000.0, 236000.0 579000.0, "
                   "236000.0 585500.0, 229000.0 585500.0, 229000.0 579000.0))'))")
    assert combine_filters("a", "", "b") == "(a) AND (b)"
    assert combine_filters("", "a") == "a" and combine_filters("", "") == ""


def test_sources_files_and_urls():
    assert is_file_source("https://example.org/Leefbaarometer-scores%20buurten%202002-2024.zip?x=1")
    assert is_file_source("/data/scores.CSV") and not is_file_source("https://geo.leefbaarometer.nl/lbm3/ows")
    assert is_url("https://a/b") and is_url("HTTP://a") and not is_url("/data/x.zip") and not is_url("file:///x.zip")
    assert file_name_of("https://e.org/open/Leefbaarometer-scores%20PC4%202002-2022.zip?download=1") == \
        "Leefbaarometer-scores PC4 2002-2022.zip"
    assert file_name_of("https://e.org/a%2Fb:c.csv") == "a_b_c.csv"


def test_choose_member_of_a_zip():
    members = ["readme.txt/", "Leefbaarometer-scores buurten 2002-2024.csv", "Leefbaarometer-scores wijken 2002-2024.csv",
               "Leefbaarometer-scores grids 2002-2024.csv"]
    assert choose_member(members, "wijk") == "Leefbaarometer-scores wijken 2002-2024.csv"
    assert choose_member(members, "grid") == "Leefbaarometer-scores grids 2002-2024.csv"
    assert choose_member(["x/only.csv", "buurt 2024.gpkg"], "gemeente") == "x/only.csv"
    with pytest.raises(LbmInputError, match="holds 3 CSV files and none .* is of level gemeente"):
        choose_member(members, "gemeente")
    with pytest.raises(LbmInputError, match="holds no CSV file"):
        choose_member(["buurt 2024.gpkg"], "buurt")


def test_header_check():
    check_scores_header("bu_code,bu_naam,jaar,lbm,afw\r\n", "x.csv")
    check_scores_header('"";"PC4";"jaar";"lbm"\n', "x.csv")
    with pytest.raises(LbmInputError, match="x.csv is not a Leefbaarometer score file.*gemeente;inwoners"):
        check_scores_header("gemeente;inwoners\n", "x.csv")


def test_request_key_is_stable_and_order_free():
    a = request_key({"url": "u", "level": "buurt", "gemeenten": ["GM0014"]})
    assert a == request_key({"gemeenten": ["GM0014"], "level": "buurt", "url": "u"})
    assert a != request_key({"url": "u", "level": "wijk", "gemeenten": ["GM0014"]})
    assert len(a) == 32
