"""score: totals from dimensions and their check on real data, indicator scoring and the regional view by hand."""
import numpy as np
import pytest

from ..helpers import C
from ..helpers import memory_layer
from ..helpers import shared


def values(layer, field):
    return [f[field] for f in layer.getFeatures()]


def test_official_wfs_layer_gets_lbm_and_passes_the_check_at_its_rounding(run_alg):
    wfs = shared("lbm", "wfs_buurtscore24_part.geojson")
    r = run_alg("score", {"INPUT": wfs, "TOLERANCE": 1e-5, "OUTPUT": "memory:"})
    assert r["DISAGREEMENTS"] == 0  # the WFS rounds to 6 decimals: afw = Σ dimensions within 1e-5
    out = r["OUTPUT"]
    f = next(out.getFeatures("\"code\" = 'BU00140000'"))
    assert f["lbm_2024"] == pytest.approx(C + 0.189053, abs=1e-12)
    assert "afw_2024" not in out.fields().names()  # the layer has afw: not written again
    strict = run_alg("score", {"INPUT": wfs, "TOLERANCE": 1e-9, "OUTPUT": "memory:"})
    assert strict["DISAGREEMENTS"] > 1000  # … but not to 1e-9: the check sees the rounding


def test_real_pc4_totals_agree_with_their_dimensions(run_alg, tmp_path):
    imported = str(tmp_path / "pc4.gpkg")
    run_alg("importscores", {"SCORES": shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
                             "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": imported})
    r = run_alg("score", {"INPUT": imported, "OUTPUT": "memory:"})
    assert r["DISAGREEMENTS"] == 0
    names = r["OUTPUT"].fields().names()
    assert "chk_2014" in names and "chk_2002" in names  # 2002: lbm against C + afw only


def test_check_flags_a_wrong_total(run_alg):
    rows = [("a", 0.1, 0.02, 0.02, 0.02, 0.02, 0.02, C + 0.1), ("b", 0.5, 0.02, 0.02, 0.02, 0.02, 0.02, C + 0.1),
            ("c", 0.1, 0.02, 0.02, 0.02, 0.02, 0.02, 9.9)]
    fields = {"code": "string", "afw_2024": "double", **{f"{d}_2024": "double" for d in ("fys", "onv", "soc", "vrz", "won")},
              "lbm_2024": "double"}
    r = run_alg("score", {"INPUT": memory_layer(fields, rows), "OUTPUT": "memory:"})
    assert r["DISAGREEMENTS"] == 2
    assert values(r["OUTPUT"], "chk_2024") == [0, 1, 1]


def test_dimensions_from_indicators_with_a_weight_table(run_alg, tmp_path):
    table = tmp_path / "weights.csv"
    table.write_text("indicator;dimension;weight;transform\ngroen;fys;0,5;z\nlawaai;fys;-0.1;none\n"
                     "overlast;onv;-0.02;\n")
    units = memory_layer({"code": "string", "groen": "double", "lawaai": "double", "overlast": "double"},
                         [("a", 1.0, 0.0, 1.0), ("b", 2.0, 1.0, 2.0), ("c", 3.0, 2.0, None)])
    out = run_alg("score", {"INPUT": units, "WEIGHTS": str(table), "INDICATOR_YEAR": 2024, "OUTPUT": "memory:"})["OUTPUT"]
    # groen z-scores: (1−2)/sd, 0, (3−2)/sd with sd = sqrt(2/3)
    sd = np.sqrt(2 / 3)
    assert values(out, "fys_2024") == pytest.approx([0.5 * -1 / sd, 0.5 * 0 - 0.1, 0.5 / sd - 0.2])
    onv = values(out, "onv_2024")
    assert onv[:2] == pytest.approx([-0.02, -0.04]) and (onv[2] is None or str(onv[2]) == "NULL")
    assert "afw_2024" not in out.fields().names()  # only two of five dimensions: no total


@pytest.mark.parametrize("content, message", [
    ("indicator,dimension\nx,fys\n", "missing: weight"),
    ("indicator,dimension,weight\nx,groen,1\n", "line 2: dimension 'groen'"),
    ("indicator,dimension,weight,transform\nx,fys,1,sqrt\n", "transform 'sqrt'"),
    ("indicator,dimension,weight\nx,fys,veel\n", "line 2: weight is not a number"),
    ("indicator,dimension,weight\nnope,fys,1\n", "does not have: nope"),
])
def test_bad_weight_tables(run_alg, tmp_path, content, message):
    from qgis.core import QgsProcessingException

    table = tmp_path / "w.csv"
    table.write_text(content)
    units = memory_layer({"code": "string", "x": "double"}, [("a", 1.0)])
    with pytest.raises(QgsProcessingException) as err:
        run_alg("score", {"INPUT": units, "WEIGHTS": str(table), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert message in str(err.value)
    assert not (tmp_path / "o.gpkg").exists()


def test_regional_view(run_alg):
    units = memory_layer({"code": "string", "gm": "string", "afw_2024": "double", "hh": "double"},
                         [("a", "X", 0.1, 1), ("b", "X", 0.3, 3), ("c", "Y", -0.2, 5)])
    out = run_alg("score", {"INPUT": units, "CHECK": False, "REGION_FIELD": "gm", "REGION_WEIGHT": "hh",
                            "OUTPUT": "memory:"})["OUTPUT"]
    # region X: weighted mean (0.1·1 + 0.3·3)/4 = 0.25; Y: −0.2
    assert values(out, "rafw_2024") == pytest.approx([-0.15, 0.05, 0.0])
    assert values(out, "lbm_2024") == pytest.approx([C + 0.1, C + 0.3, C - 0.2])
