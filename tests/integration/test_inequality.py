"""leefbaarometer:inequality on the real data: the official 2024 buurten of Groningen and Amstelveen (WFS layer, with
their boundaries) and of Rotterdam (the official buurt file, no boundaries in the shared data) with CBS's key figures
2024 (households; WOZ value and income per resident as status, NULL where CBS suppresses). Every figure is checked
against a second, simple computation written here: numpy's quantiles, the classes from the cut-points, scipy's
correlations and binomial tail, GEOS neighbours."""
import json
import os

import numpy as np
import pandas as pd
import pytest

from ..helpers import Log
from ..helpers import shared

CUTS = np.array([-0.4318, -0.3541, -0.2790, -0.1636, -0.1033, 0.0102, 0.0896, 0.1680])  # total classes on afw
FIELDS = {"code": "string", "naam": "string", "gm_code": "string", "wijkcode": "string", "afw_2024": "double",
          "huishoudens": "double", "inkomen": "double", "woz": "double"}


def key_figures():
    """{buurtcode: CBS's demografie + wijkCode} for Groningen, Amstelveen and Rotterdam; None where CBS suppresses."""
    out = {}
    for gm in ("GM0014", "GM0362", "GM0599"):
        with open(shared("cbs", "kwb2024", f"{gm}.json"), encoding="utf-8") as fh:
            for b in json.load(fh)["buurten"]:
                out[b["code"]] = dict(b["demografie"], wijkCode=b["wijkCode"])
    return out


@pytest.fixture(scope="module")
def buurten(lbm_provider_module, tmp_path_factory):
    """(GeoPackage path, DataFrame of the same rows, official kscore of the WFS buurten): 148 WFS buurten with their
    polygons and Rotterdam's 87 buurten without geometry, CBS's figures joined by buurt code."""
    from qgis.core import QgsCoordinateReferenceSystem
    from qgis.core import QgsCoordinateTransform
    from qgis.core import QgsFeature
    from qgis.core import QgsField
    from qgis.core import QgsGeometry
    from qgis.core import QgsProject
    from qgis.core import QgsVectorFileWriter
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.compat import DOUBLE
    from leefbaarometer.processing.compat import STRING

    kwb = key_figures()
    wfs = QgsVectorLayer(shared("lbm", "wfs_buurtscore24_part.geojson"), "wfs", "ogr")
    to_rd = QgsCoordinateTransform(wfs.crs(), QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance())
    rows, official = [], {}
    for f in wfs.getFeatures():
        if f["code"][2:6] in ("0014", "0362"):
            g = QgsGeometry(f.geometry())
            g.transform(to_rd)
            rows.append((g, f["code"], f["naam"], f["afw"]))
            official[f["code"]] = f["kscore"]
    rdam = pd.read_csv(shared("lbm", "scores_buurten_2024_rotterdam.csv"), float_precision="round_trip")
    rows += [(QgsGeometry(), r.bu_code, r.bu_naam, r.afw) for r in rdam.itertuples()]
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "buurten", "memory")
    layer.dataProvider().addAttributes([QgsField(n, STRING if t == "string" else DOUBLE) for n, t in FIELDS.items()])
    layer.updateFields()
    feats, records = [], []
    for g, code, naam, afw in rows:
        k = kwb.get(code, {})
        values = [code, naam, "GM" + code[2:6], k.get("wijkCode"), afw, k.get("huishoudens"), k.get("inkomenPerInwoner"),
                  k.get("wozWaarde")]
        f = QgsFeature(layer.fields())
        f.setGeometry(g)
        f.setAttributes(values)
        feats.append(f)
        records.append(dict(zip(FIELDS, values)))
    layer.dataProvider().addFeatures(feats)
    path = str(tmp_path_factory.mktemp("inequality") / "buurten.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    df = pd.DataFrame.from_records(records)
    assert len(df) == 235 and df.code.str[2:6].value_counts().to_dict() == {"0014": 104, "0599": 87, "0362": 44}
    return path, df, official


def classes(afw):
    """Total-score classes from afw, a value on a cut-point in the upper class."""
    return np.searchsorted(CUTS, np.asarray(afw, dtype=float), side="right") + 1


def weighted_spearman(x, y, w):
    """Pearson's correlation of weighted mid-ranks (the weight below a value plus half the weight at it), written out."""
    def midranks(v):
        total = w.sum()
        return np.array([(w[v < a].sum() + w[v == a].sum() / 2) / total for a in v])

    return weighted_pearson(midranks(x), midranks(y), w)


def weighted_pearson(x, y, w):
    mx, my = (w * x).sum() / w.sum(), (w * y).sum() / w.sum()
    return (w * (x - mx) * (y - my)).sum() / np.sqrt((w * (x - mx) ** 2).sum() * (w * (y - my) ** 2).sum())


def expected(df, status_field, share=0.2):
    """The units' groups, flags and the cut-offs, computed here from the DataFrame of the input."""
    k = classes(df.afw_2024)
    status = df[status_field].to_numpy(dtype=float)
    both = np.isfinite(status)
    q1, q2 = np.quantile(status[both], [1 / 3, 2 / 3], method="inverted_cdf")
    low = np.quantile(status[both], share, method="inverted_cdf")
    s_group = np.where(status <= q1, 1, np.where(status <= q2, 2, 3))
    l_group = np.where(k <= 4, 1, np.where(k <= 6, 2, 3))
    biv = [f"{s}-{g}" if ok else None for s, g, ok in zip(s_group, l_group, both)]
    laaglaag = [("ja" if st <= low and kk <= 4 else "nee") if ok else None for st, kk, ok in zip(status, k, both)]
    return pd.DataFrame({"code": df.code, "biv": biv, "laaglaag": laaglaag, "k": k}), (q1, q2, low)


def null(v):
    return v is None or str(v) == "NULL"


def test_woz_as_status_with_households_per_gemeente(buurten, tmp_path, artifacts):
    import processing
    from qgis.core import QgsVectorLayer

    path, df, official = buurten
    # The classes of the second computation are the official ones for the WFS buurten.
    wfs_rows = df.code.isin(official)
    assert (classes(df.afw_2024[wfs_rows]) == df.code[wfs_rows].map(official)).all()
    log = Log()
    out = str(tmp_path / "ineq.gpkg")
    legend = str(tmp_path / "legend.svg")
    res = processing.run("leefbaarometer:inequality", {
        "INPUT": path, "STATUS_FIELD": "woz", "REGION_FIELD": "gm_code", "WEIGHTS": "huishoudens", "OUTPUT": out,
        "REGIONS": "memory:", "LEGEND": legend}, feedback=log)
    want, (q1, q2, low) = expected(df, "woz")
    no_woz = int(df.woz.isna().sum())
    assert no_woz == 15 and res["NO_STATUS"] == no_woz  # 4 Groningen, 2 Amstelveen, 9 Rotterdam: never counted as 0
    assert (q1, q2, low) == (291.0, 439.0, 258.0)  # thousands of euros
    assert any(f"{no_woz} of 235 units with a score in 2024 have no woz" in line for line in log.lines)
    layer = QgsVectorLayer(out, "out", "ogr")
    got = pd.DataFrame([{n: (None if null(f[n]) else f[n]) for n in ("code", "biv", "laaglaag", "cluster", "ll_buren",
                                                                      "cluster_p")} for f in layer.getFeatures()])
    merged = got.merge(want, on="code", suffixes=("", "_want"))
    assert len(merged) == 235
    assert merged.biv.tolist() == merged.biv_want.tolist()
    assert merged.laaglaag.tolist() == merged.laaglaag_want.tolist()
    assert merged.biv.isna().sum() == no_woz and merged.laaglaag.isna().sum() == no_woz
    ll = merged.laaglaag == "ja"
    assert res["LAAGLAAG_UNITS"] == ll.sum() == 21
    # Rotterdam has no boundaries here: its laaglaag buurten have no neighbours; the log names the units alone.
    rotterdam = merged.code.str[2:6] == "0599"
    assert (merged.cluster[ll & rotterdam] == "geen buren").all() and (ll & rotterdam).sum() == 15
    assert any("87 areas have no neighbours" in line or "areas have no neighbours" in line for line in log.lines)
    assert set(merged.cluster[~ll & merged.biv.notna()]) == {"geen"}
    # The table per gemeente.
    table = pd.DataFrame([f.attributes() for f in res["REGIONS"].getFeatures()], columns=res["REGIONS"].fields().names())
    table = table.set_index("region")
    assert list(table.index) == ["alle", "GM0014", "GM0362", "GM0599"]
    hh = df.huishoudens.fillna(0).to_numpy()
    for region in ("GM0014", "GM0362", "GM0599"):
        in_region = (df.gm_code == region).to_numpy()
        sel = in_region & df.woz.notna().to_numpy()
        row = table.loc[region]
        assert row["n"] == sel.sum() and row["n_no_status"] == (in_region & df.woz.isna().to_numpy()).sum()
        x, y = df.afw_2024.to_numpy()[sel], df.woz.to_numpy()[sel]
        ww = hh[sel]
        pos = ww > 0
        assert row["pearson"] == pytest.approx(weighted_pearson(x[pos], y[pos], ww[pos]), abs=1e-12)
        assert row["spearman"] == pytest.approx(weighted_spearman(x[pos], y[pos], ww[pos]), abs=1e-12)
        lls = ll.to_numpy() & in_region
        assert row["n_laaglaag"] == lls.sum()
        assert row["share_laaglaag"] == pytest.approx(lls.sum() / sel.sum())
        assert row["weight_laaglaag"] == pytest.approx(hh[lls].sum())
        assert row["wshare_laaglaag"] == pytest.approx(hh[lls].sum() / hh[sel].sum())
    assert table.loc["GM0599", "rank"] == 1 and table.loc["GM0014", "rank"] == 2 and table.loc["GM0362", "rank"] == 3
    assert null(table.loc["alle", "rank"]) and table.loc[:, "too_few"].tolist() == [0, 0, 0, 0]
    assert "weights=huishoudens" in table.loc["alle", "criteria"] and "status=woz" in table.loc["alle", "criteria"]
    # Correlations unweighted: scipy.
    from scipy import stats

    unweighted = processing.run("leefbaarometer:inequality", {"INPUT": path, "STATUS_FIELD": "woz", "REGION_FIELD": "gm_code",
                                                               "PERMUTATIONS": 0, "OUTPUT": "memory:", "REGIONS": "memory:"})
    rows = {f["region"]: f for f in unweighted["REGIONS"].getFeatures()}
    for region in ("GM0014", "GM0362", "GM0599"):
        sel = (df.gm_code == region) & df.woz.notna()
        assert rows[region]["spearman"] == pytest.approx(stats.spearmanr(df.afw_2024[sel], df.woz[sel])[0], abs=1e-12)
        assert rows[region]["pearson"] == pytest.approx(stats.pearsonr(df.afw_2024[sel], df.woz[sel])[0], abs=1e-12)
    assert rows["GM0014"]["spearman"] == pytest.approx(0.8737, abs=1e-4)  # higher WOZ, higher livability
    # The map and its square legend.
    r = layer.renderer()
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "biv"
    assert [c.value() for c in r.categories()][:9] == ["1-3", "2-3", "3-3", "1-2", "2-2", "3-2", "1-1", "2-1", "3-1"]
    assert [c.label() for c in r.categories()][6] == "1-1 low status, low livability"
    assert r.categories()[9].value() in ("", None) and r.categories()[9].label() == "no status or no score"  # NULL
    assert len(r.categories()) == 10  # no second NULL category
    with open(legend, encoding="utf-8") as fh:
        assert fh.read().count("<rect") == 10
    import shutil

    shutil.copy(out, f"{artifacts}/inequality_woz.gpkg")


def test_laaglaag_neighbours_and_cluster_test_against_geos_and_the_binomial_tail(buurten):
    """ll_buren of the WFS buurten against a GEOS computation (1 m buffers overlapping along ≥ 5 m), and cluster_p of
    the laaglaag ones against the exact tail of the conditional draws: Binomial(k, (n1 − 1)/(n − 1)). Groningen and
    Amstelveen only (the gemeente filter): Rotterdam's buurten, without boundaries here, would join the pool of draws
    with their many laaglaag buurten (15 of 78) and raise the chance of a laaglaag neighbour."""
    import processing
    from qgis.core import QgsVectorLayer
    from scipy import stats

    path, df, _ = buurten
    res = processing.run("leefbaarometer:inequality", {"INPUT": path, "STATUS_FIELD": "woz", "PERMUTATIONS": 9999,
                                                       "GEMEENTE_FILTER": "GM0014, GM0362", "OUTPUT": "memory:",
                                                       "REGIONS": "memory:"})
    out = {f["code"]: f for f in res["OUTPUT"].getFeatures()}
    src = {f["code"]: f for f in QgsVectorLayer(path, "b", "ogr").getFeatures() if not f.geometry().isEmpty()}
    grown = {c: f.geometry().buffer(1.0, 8) for c, f in src.items()}
    has_status = {c: not null(f["woz"]) for c, f in src.items()}
    laaglaag = {c: f["laaglaag"] == "ja" for c, f in out.items()}
    n = int(df.woz[df.gm_code != "GM0599"].notna().sum())
    n1 = sum(laaglaag.values())
    assert (n, n1, len(out)) == (142, 6, 148)
    checked = 0
    amstelveen = sorted(c for c in src if c.startswith("BU0362"))[:3]  # no laaglaag buurten there
    for code in [c for c in src if laaglaag[c]] + amstelveen:
        box = grown[code].boundingBox()
        near = [c for c, g in grown.items() if c != code and g.boundingBox().intersects(box)
                and grown[code].intersection(g).area() >= 2 * 1.0 * 5.0]
        assert out[code]["ll_buren"] == sum(laaglaag[c] for c in near), code
        if laaglaag[code] and out[code]["ll_buren"] > 0:
            k = sum(has_status[c] for c in near)
            tail = stats.binom.sf(out[code]["ll_buren"] - 1, k, (n1 - 1) / (n - 1))
            assert out[code]["cluster_p"] == pytest.approx((tail * 9999 + 1) / 10000, abs=0.01), code
            checked += 1
    assert checked >= 3
    cores = [c for c in src if laaglaag[c] and not null(out[c]["cluster_p"]) and out[c]["cluster_p"] < 0.05]
    assert len(src) == 148 and not any(c.startswith("BU0599") for c in src)
    assert sorted(cores) == ["BU00140903"]  # Friesestraatweg, between Vinkhuizen-Noord and Paddepoel-Zuid
    members = sorted(c for c in src if out[c]["cluster"] == "cluster")
    assert members == ["BU00140900", "BU00140903", "BU00141001"] and res["CLUSTER_UNITS"] == 3


def test_income_per_wijk_marks_small_wijken_and_counts_suppressed_incomes(buurten):
    import processing

    path, df, _ = buurten
    log = Log()
    res = processing.run("leefbaarometer:inequality", {"INPUT": path, "STATUS_FIELD": "inkomen", "REGION_FIELD": "wijkcode",
                                                       "MIN_UNITS": 5, "PERMUTATIONS": 0, "OUTPUT": "memory:",
                                                       "REGIONS": "memory:"}, feedback=log)
    no_income = int(df.inkomen.isna().sum())
    assert res["NO_STATUS"] == no_income == 115  # CBS suppresses the income of most small buurten
    table = {f["region"]: f for f in res["REGIONS"].getFeatures()}
    wijken = df.groupby("wijkcode")
    assert set(table) == {"alle"} | set(wijken.groups)
    ranked = []
    for wijk, rows in wijken:
        n = int(rows.inkomen.notna().sum())
        row = table[wijk]
        assert row["n"] == n and row["n_no_status"] == int(rows.inkomen.isna().sum()), wijk
        assert row["too_few"] == (1 if n < 5 else 0), wijk
        assert null(row["rank"]) == (n < 5), wijk
        if n >= 5:
            ranked.append((row["share_laaglaag"], row["rank"]))
    # Ranks by share, 1 = the highest, ties sharing the best rank.
    for share, rank in ranked:
        assert rank == 1 + sum(s > share for s, _ in ranked)
    assert any("region(s) with too few units, not ranked" in line for line in log.lines)
    want, _ = expected(df, "inkomen")
    got = {f["code"]: f["biv"] for f in res["OUTPUT"].getFeatures()}
    assert [None if null(got[c]) else got[c] for c in want.code] == want.biv.tolist()


def test_bad_input_is_a_message(buurten):
    import processing
    from qgis.core import QgsProcessingException

    path, _, _ = buurten
    base = {"INPUT": path, "STATUS_FIELD": "woz", "OUTPUT": "memory:", "REGIONS": "memory:"}
    with pytest.raises(QgsProcessingException, match="give two numbers"):
        processing.run("leefbaarometer:inequality", {**base, "STATUS_BREAKS": "200; 300; 400"})
    with pytest.raises(QgsProcessingException, match="need a class between them"):
        processing.run("leefbaarometer:inequality", {**base, "LOW_MAX": 5, "HIGH_MIN": 6})
    with pytest.raises(QgsProcessingException, match="'naam' holds .* not numbers"):
        processing.run("leefbaarometer:inequality", {**base, "STATUS_FIELD": "naam"})
    with pytest.raises(QgsProcessingException, match="year 2022 is not in the layer|2022"):
        processing.run("leefbaarometer:inequality", {**base, "YEAR": 2022})
    # Breaks of your own: WOZ up to 250 and up to 400 (thousands of euros).
    res = processing.run("leefbaarometer:inequality", {**base, "STATUS_BREAKS": "250; 400", "PERMUTATIONS": 0})
    got = [f for f in res["OUTPUT"].getFeatures() if not null(f["woz"])]
    assert all(f["biv"][0] == ("1" if f["woz"] <= 250 else "2" if f["woz"] <= 400 else "3") for f in got)


def test_the_output_opens_in_the_panels_bivariate_view(buurten, dock, tmp_path):
    """Picked in the panel, the output keeps its bivariate map (the panel chooses the view 'Livability and social
    status'); the classes view restyles it, and choosing the bivariate view again draws the nine classes. A layer
    without `biv` in that view says what to run."""
    import processing
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    from ..helpers import pick_layer

    path, df, _ = buurten
    out = processing.run("leefbaarometer:inequality", {"INPUT": path, "STATUS_FIELD": "woz", "PERMUTATIONS": 0,
                                                       "OUTPUT": str(tmp_path / "biv.gpkg"), "REGIONS": "memory:"})["OUTPUT"]
    layer = QgsVectorLayer(out, "biv", "ogr")
    plain = QgsVectorLayer(path, "buurten", "ogr")
    QgsProject.instance().addMapLayers([layer, plain])
    try:
        widget, controller = dock
        pick_layer(widget, layer)
        assert widget.view_combo.currentData() == "inequality" and widget.status_label.text() == ""
        r = layer.renderer()
        assert r.type() == "categorizedSymbol" and r.classAttribute() == "biv"
        assert [c.value() for c in r.categories()][:9] == ["1-3", "2-3", "3-3", "1-2", "2-2", "3-2", "1-1", "2-1", "3-1"]
        assert r.categories()[6].symbol().color().name() == "#3f2949"  # low-low darkest
        assert widget.title_label.text().startswith("<b>Livability and social status (bivariate)</b>")
        widget.view_combo.setCurrentIndex(widget.view_combo.findData("classes"))
        assert layer.renderer().type() == "graduatedSymbol"
        widget.view_combo.setCurrentIndex(widget.view_combo.findData("inequality"))
        assert layer.renderer().classAttribute() == "biv"
        pick_layer(widget, plain)
        widget.view_combo.setCurrentIndex(widget.view_combo.findData("inequality"))
        assert "run 'Livability and social inequality' on it first" in widget.status_label.text()
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_the_annex_of_the_output_counts_laaglaag_buurten(buurten, tmp_path, artifacts):
    """Groningen's annex made from the inequality output: its key figures and its text give the buurten with a WOZ
    value, the laaglaag ones with their households and those in a cluster, as the output's own flags count them
    (and as the table Regions has them); the national column counts every area of the layer (Groningen and
    Amstelveen here)."""
    import subprocess

    import processing
    from qgis.core import QgsVectorLayer

    from ..helpers import pdf_text

    path, df, _ = buurten
    res = processing.run("leefbaarometer:inequality", {
        "INPUT": path, "STATUS_FIELD": "woz", "REGION_FIELD": "gm_code", "WEIGHTS": "huishoudens",
        "GEMEENTE_FILTER": "GM0014, GM0362", "OUTPUT": str(tmp_path / "ineq.gpkg"), "REGIONS": "memory:"})
    feats = list(QgsVectorLayer(res["OUTPUT"], "out", "ogr").getFeatures())
    rows = {f["region"]: f for f in res["REGIONS"].getFeatures()}
    gm = np.array([f["gm_code"] for f in feats])
    flag = np.array([None if null(f["laaglaag"]) else f["laaglaag"] for f in feats], dtype=object)
    cluster = np.array([None if null(f["cluster"]) else f["cluster"] for f in feats], dtype=object)
    hh = np.array([0.0 if null(f["huishoudens"]) else f["huishoudens"] for f in feats])
    own = gm == "GM0014"
    known, ll = own & (flag != None), own & (flag == "ja")  # noqa: E711
    figures = (int(known.sum()), int(ll.sum()), float(hh[ll].sum()), int((ll & (cluster == "cluster")).sum()))
    assert figures[:3] == (100, 6, 13710.0)  # as in the table Regions of the whole input
    assert (rows["GM0014"]["n"], rows["GM0014"]["n_laaglaag"], rows["GM0014"]["weight_laaglaag"],
            rows["GM0014"]["n_cluster"]) == figures
    out = tmp_path / "annex"
    log = Log()
    processing.run("leefbaarometer:exportannexes", {"BUURTEN": str(tmp_path / "ineq.gpkg"), "UNIT_FIELD": "code",
                                                    "HOUSEHOLDS": "huishoudens",
                                                    "CODES": "GM0014", "GEMEENTEN": shared("cbs", "gemeenten_2023.geojson"),
                                                    "FOLDER": str(out)}, feedback=log)
    assert any("carry the flag laaglaag" in line for line in log.lines)
    sheet = pd.read_excel(out / "GM0014_Groningen.xlsx", sheet_name="samenvatting").set_index("kenmerk")
    assert sheet.loc["buurten met een status (leefbaarheid en sociale status)", "gemeente"] == figures[0]
    assert sheet.loc["laaglaag (lage status en lage leefbaarheid): buurten", "gemeente"] == figures[1]
    assert sheet.loc["laaglaag: huishoudens", "gemeente"] == figures[2]
    assert sheet.loc["laaglaag in een cluster: buurten", "gemeente"] == figures[3]
    everywhere = flag == "ja"
    assert sheet.loc["laaglaag (lage status en lage leefbaarheid): buurten", "alle buurten"] == everywhere.sum()
    assert sheet.loc["buurten met een status (leefbaarheid en sociale status)", "alle buurten"] == (flag != None).sum()  # noqa: E711
    flat = " ".join(pdf_text(out / "GM0014_Groningen.pdf").split())
    in_cluster = (f"; {figures[3]} ervan liggen in een cluster van zulke buurten" if figures[3] > 1 else
                  "; 1 ervan ligt in een cluster van zulke buurten" if figures[3] else
                  "; geen ervan ligt in een cluster van zulke buurten")
    sentence = ("Lage status en lage leefbaarheid vallen samen (laaglaag) in 6 van de 100 buurten met een status, met "
                f"13.710 huishoudens{in_cluster}.")
    assert sentence in flat
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", str(out / "GM0014_Groningen.pdf"),
                    os.path.join(artifacts, "annex_inequality_GM0014")], check=True)
