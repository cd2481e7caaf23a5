"""Change between years: real PC4 data (exact differences, NULL dimensions before 2014) and hand-built cases."""
import numpy as np
import pandas as pd
import pytest

from ..helpers import DIMS
from ..helpers import import_sample
from ..helpers import shared


@pytest.fixture(scope="module")
def pc4_layer(lbm_provider_module, tmp_path_factory):
    """The real PC4 file imported once, as a GeoPackage path (memory layers do not outlive their run)."""
    import processing

    out = str(tmp_path_factory.mktemp("pc4") / "pc4.gpkg")
    processing.run("leefbaarometer:importscores", {
        "SCORES": shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
        "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": out})
    return out


def frame(layer, fields):
    return pd.DataFrame([{f: (None if feat[f] is None or str(feat[f]) == "NULL" else feat[f]) for f in fields}
                         for feat in layer.getFeatures()])


def test_real_pc4_2020_2022(run_alg, pc4_layer):
    out = run_alg("change", {"INPUT": pc4_layer, "YEAR_FROM": 2020, "YEAR_TO": 2022, "WITH_LBM": True, "OUTPUT": "memory:"})["OUTPUT"]
    df = frame(out, ["PC4", "afw_2020", "afw_2022", "dafw_2020_2022", "dlbm_2020_2022", "tr_2020_2022",
                     "drv_2020_2022", "drvsh_2020_2022"] + [f"d{d}_2020_2022" for d in DIMS])
    assert len(df) == 4068  # CBS's PC4 areas, 12 of them without scores
    both = df.afw_2020.notna() & df.afw_2022.notna()
    assert (df.afw_2020.isna() & df.afw_2022.isna()).sum() >= 12
    assert both.sum() > 4000
    assert (df.dafw_2020_2022[both] == (df.afw_2022 - df.afw_2020)[both]).all()  # the difference, exactly
    assert df.dafw_2020_2022[~both].isna().all()  # a missing year gives NULL, not a number
    dims_sum = df[[f"d{d}_2020_2022" for d in DIMS]].sum(axis=1, min_count=5)
    assert np.nanmax(np.abs(dims_sum - df.dafw_2020_2022)) < 1e-12
    row = df[df.PC4 == "1011"].iloc[0]
    raw = pd.read_csv(shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"), dtype={"PC4": str}, float_precision="round_trip")
    r = raw[raw.PC4 == "1011"].set_index("jaar")
    assert row.dafw_2020_2022 == r.afw[2022] - r.afw[2020]
    assert row.dlbm_2020_2022 == r.lbm[2022] - r.lbm[2020]
    assert row.dsoc_2020_2022 == r.soc[2022] - r.soc[2020]
    # The driver is the dimension with the largest change in the direction of the total change.
    deltas = {d: r[d][2022] - r[d][2020] for d in DIMS}
    sign = np.sign(row.dafw_2020_2022)
    expected = max(DIMS, key=lambda d: deltas[d] * sign)
    assert row.drv_2020_2022 == expected
    assert row.drvsh_2020_2022 == pytest.approx(deltas[expected] / row.dafw_2020_2022)
    assert df.tr_2020_2022.str.fullmatch(r"[1-9]→[1-9]").all()


def test_real_pc4_2012_2014_has_null_dimension_changes(run_alg, pc4_layer):
    out = run_alg("change", {"INPUT": pc4_layer, "YEAR_FROM": 2012, "YEAR_TO": 2014, "OUTPUT": "memory:"})["OUTPUT"]
    df = frame(out, ["dafw_2012_2014", "drv_2012_2014", "kdafw_2012_2014"] + [f"d{d}_2012_2014" for d in DIMS])
    assert df.dafw_2012_2014.notna().sum() > 4000
    assert (df.dafw_2012_2014.notna() == df.kdafw_2012_2014.notna()).all()
    for d in DIMS:
        assert df[f"d{d}_2012_2014"].isna().all()  # NULL, not zero
    assert df.drv_2012_2014.isna().all()


def test_sample_consecutive_pairs_styled(run_alg, sample_dir):

    imported = import_sample(run_alg, sample_dir, "gemeenten", "memory:")
    r = run_alg("change", {"INPUT": imported, "MODE": 1, "OUTPUT": "memory:"})
    assert r["PAIRS"] == "2002_2008,2008_2012,2012_2014,2014_2016,2016_2018,2018_2020,2020_2022,2022_2024"
    names = r["OUTPUT"].fields().names()
    assert "dafw_2022_2024" in names and "kdonv_2016_2018" in names and "drv_2002_2008" in names
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.views import class_field_spec
    from leefbaarometer.processing.styling import apply_style

    apply_style(r["OUTPUT"], class_field_spec("kdafw_2022_2024", load_release(), change=True), load_release(), "t")
    cats = r["OUTPUT"].renderer().categories()
    assert cats[0].label() == "1 sterke daling" and cats[4].label() == "5 stabiel" and cats[0].symbol().color().name() == "#b35806"
