"""leefbaarometer:rankzones on the real data: the official gemeenten 2024 (342), the official buurten 2024 aggregated to
wijken with CBS's households, the national PC4 file aggregated to gemeenten. Every figure (z-scores, percentile
ranks, composite, rank, n_worst_decile, the indicators' own ranks, the reasons) is checked against a second, simple
computation with pandas written out here."""
import json
import os

import numpy as np
import pandas as pd
import pytest

from ..helpers import Log
from ..helpers import memory_layer
from ..helpers import shared

PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
CLASS_3_TOP = -0.2790  # the total-score class is ≤ 3 (onvoldoende or lower) for afw below this (domain notes)


def reference(values, indicators, units=None, min_units=5, method="z"):
    """The ranking by pandas: `values` a DataFrame of the indicators (one row per zone); `indicators` [(field, 'low' or
    'high', weight)]. Returns a DataFrame with the expected output fields and the reason's kind."""
    ok = values.notna().all(axis=1)
    if units is not None:
        ok &= units >= min_units
    turned = pd.DataFrame({f: values[f] * (-1 if worse == "low" else 1) for f, worse, _ in indicators})[ok]
    m = len(turned)
    if method == "z":
        score = (turned - turned.mean()) / turned.std(ddof=0)
    else:
        score = (turned.rank(method="average") - 0.5) / m * 100
    w = pd.Series({f: weight for f, _, weight in indicators})
    out = pd.DataFrame(index=values.index)
    prefix = "z_" if method == "z" else "pct_"
    own = turned.rank(ascending=False, method="min")
    for f, _, _ in indicators:
        out[prefix + f] = score[f]
        out["rank_" + f] = own[f]
    out["composite"] = (score * w).sum(axis=1) / w.sum()
    out["rank"] = out["composite"].round(9).rank(ascending=False, method="min")
    out["n_worst_decile"] = (own <= m / 10).sum(axis=1)
    out.loc[~ok, "n_worst_decile"] = np.nan
    out["ranked"] = ok
    return out


def features(path_or_layer):
    from qgis.core import QgsVectorLayer

    layer = path_or_layer if not isinstance(path_or_layer, str) else QgsVectorLayer(path_or_layer, "ranking", "ogr")
    names = layer.fields().names()
    rows = [[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def check(got, want, key, indicators, method="z"):
    """Every figure of the output `got` equals the pandas computation `want` (both by zone key)."""
    got = got.set_index(key)
    want = want.loc[got.index]
    prefix = "z_" if method == "z" else "pct_"
    ranked = want["ranked"]
    assert got["rank"].notna().tolist() == ranked.tolist()
    for f, _, _ in indicators:
        assert got.loc[ranked, prefix + f].to_numpy(float) == pytest.approx(want.loc[ranked, prefix + f].to_numpy(float), abs=1e-9)
        assert got.loc[ranked, "rank_" + f].astype(int).tolist() == want.loc[ranked, "rank_" + f].astype(int).tolist()
    assert got.loc[ranked, "composite"].to_numpy(float) == pytest.approx(want.loc[ranked, "composite"].to_numpy(float), abs=1e-9)
    assert got.loc[ranked, "rank"].astype(int).tolist() == want.loc[ranked, "rank"].astype(int).tolist()
    assert got.loc[ranked, "n_worst_decile"].astype(int).tolist() == want.loc[ranked, "n_worst_decile"].astype(int).tolist()
    assert got.loc[~ranked, ["composite", "rank", "n_worst_decile"]].isna().all().all()
    assert got.loc[ranked, "reason"].isna().all() and got.loc[~ranked, "reason"].notna().all()


def official_gemeenten():
    with open(shared("lbm", "wfs_gemeentescore24.geojson"), encoding="utf-8") as fh:
        return pd.DataFrame([f["properties"] for f in json.load(fh)["features"]]).set_index("code")


# --- the official gemeenten 2024: zones as they are -------------------------------------------------------------

def test_gemeenten_2024_on_three_dimensions(run_alg, tmp_path):
    from qgis.core import QgsVectorLayer

    inds = [("onv", "low", 1.0), ("soc", "low", 1.0), ("fys", "low", 1.0)]
    out = str(tmp_path / "ranking.gpkg")
    log = Log()
    r = run_alg("rankzones", {"INPUT": shared("lbm", "wfs_gemeentescore24.geojson"), "INDICATORS": "onv,low,1,soc,low,1,fys,low,1",
                              "OUTPUT": out, "XLSX": str(tmp_path / "ranking.xlsx")}, log)
    assert (r["RANKED"], r["NOT_RANKED"]) == (342, 0)
    gem = official_gemeenten()
    got = features(out)
    check(got, reference(gem[["onv", "soc", "fys"]], inds), "code", inds)
    # In rank order; the top ten of this computation, named in the log with their worst-tenth indicators.
    assert got["rank"].tolist() == sorted(got["rank"].tolist())
    top = ["Rotterdam", "Amsterdam", "Schiedam", "Vlaardingen", "'s-Gravenhage", "Utrecht", "Delft", "Haarlem",
           "Eindhoven", "Leiden"]
    assert got["naam"].tolist()[:10] == top
    assert "1. Rotterdam (GM0599): composite 2.727; worst tenth on 3 of 3 indicators (onv, soc, fys)" in log.lines
    assert "5. 's-Gravenhage (GM0518): composite 2.152; worst tenth on 2 of 3 indicators (onv, soc)" in log.lines
    assert "The zones have no field n_units: the minimum of units per zone does not apply." in log.lines
    assert got["criteria"][0] == ("indicators=onv:low:1,soc:low:1,fys:low:1; method=z; min_units=-; "
                                  "worst_decile=rank<=0.1*M; ranked=342/342; weight=-; release=lbm3_2024")
    # The values of the indicators travel as they are.
    assert got.set_index("code")["onv"].to_dict() == pytest.approx(gem["onv"].to_dict())
    # The map: zones by rank in words, 34 in the most unfavourable tenth; its style is the GeoPackage's default.
    layer = QgsVectorLayer(out, "ranking", "ogr")
    cats = layer.renderer().categories()
    assert [c.label() for c in cats] == [
        "most unfavourable 10 % (rank 1–34)", "unfavourable, 10–25 % (rank 35–85)", "middle, 25–75 % (rank 86–256)",
        "favourable, 75–90 % (rank 257–307)", "most favourable 10 % (rank 308–342)", "not ranked (see the field 'reason')"]
    drawn = {}
    for f in layer.getFeatures():
        drawn[f["code"]] = 1 + sum(f["rank"] > lim for lim in (34, 85, 256, 307))
    assert sum(v == 1 for v in drawn.values()) == 34 and drawn["GM0599"] == 1
    # The spreadsheet: the same table in rank order, and its sources.
    import openpyxl

    book = openpyxl.load_workbook(str(tmp_path / "ranking.xlsx"))
    rows = list(book["rangorde"].iter_rows(values_only=True))
    assert rows[0][:3] == ("code", "naam", "onv") and [row[1] for row in rows[1:11]] == top and len(rows) == 343
    assert "Leefbaarometer 3.0" in book["bron"]["A2"].value


def test_gemeenten_2024_percentile_ranks_with_weights(run_alg):
    inds = [("onv", "low", 2.0), ("soc", "low", 1.0), ("vrz", "low", 0.5), ("won", "low", 0.0)]
    r = run_alg("rankzones", {"INPUT": shared("lbm", "wfs_gemeentescore24.geojson"), "METHOD": "percentile",
                              "INDICATORS": ["onv", "low", "2", "soc", "low", "1", "vrz", "laag", "0,5", "won", "low", "0"],
                              "OUTPUT": "memory:"})
    gem = official_gemeenten()
    check(features(r["OUTPUT"]), reference(gem[["onv", "soc", "vrz", "won"]], inds, method="percentile"), "code", inds,
          method="percentile")


# --- the official buurten 2024 aggregated to wijken, weighted by CBS's households -------------------------------------

def buurten_with_households():
    """The buurten of Groningen and Amstelveen (official WFS 2024) and Rotterdam (the official buurt file 2024), with CBS's
    households and registered crimes per 1,000 residents (None where CBS suppresses them)."""
    cbs = {}
    for gm in ("GM0014", "GM0362", "GM0599"):
        with open(shared("cbs", "kwb2024", f"{gm}.json"), encoding="utf-8") as fh:
            for b in json.load(fh)["buurten"]:
                cbs[b["code"]] = (b["demografie"]["huishoudens"], (b.get("veiligheid") or {}).get("per1000"))
    with open(shared("lbm", "wfs_buurtscore24_part.geojson"), encoding="utf-8") as fh:
        rows = [(p["code"], p["afw"], p["onv"], p["soc"]) for p in (f["properties"] for f in json.load(fh)["features"])
                if p["code"][2:6] in ("0014", "0362")]
    rdam = pd.read_csv(shared("lbm", "scores_buurten_2024_rotterdam.csv"), float_precision="round_trip")
    rows += list(zip(rdam.bu_code, rdam.afw, rdam.onv, rdam.soc))
    df = pd.DataFrame(rows, columns=["bu_code", "afw", "onv", "soc"])
    df["wk_code"] = "WK" + df.bu_code.str[2:8]
    df["hh"] = [cbs.get(c, (None, None))[0] for c in df.bu_code]
    df["crime"] = [cbs.get(c, (None, None))[1] for c in df.bu_code]
    return df.astype({"hh": float, "crime": float})


def test_buurten_aggregated_to_wijken_with_households(run_alg):
    df = buurten_with_households()
    assert len(df) == 235 and df.wk_code.nunique() == 52
    assert df.hh.isna().sum() == 2 and df.crime.isna().sum() > 0  # CBS suppresses some
    units = memory_layer({"bu_code": "string", "wk_code": "string", "afw_2024": "double", "onv_2024": "double",
                          "soc_2024": "double", "huishoudens": "double", "misdrijven": "double"},
                         [tuple(None if pd.isna(v) else v for v in row)
                          for row in df[["bu_code", "wk_code", "afw", "onv", "soc", "hh", "crime"]].itertuples(index=False)])
    inds = [("onv_2024", "low", 1.0), ("aandeel_w13_2024", "high", 1.0), ("misdrijven", "high", 0.5)]
    log = Log()
    r = run_alg("rankzones", {"INPUT": units, "ZONE_FIELD": "wk_code", "WEIGHT": "huishoudens", "MIN_UNITS": 3,
                              "INDICATORS": "onv_2024,low,1,aandeel_w13_2024,high,1,misdrijven,high,0.5", "OUTPUT": "memory:"}, log)
    assert "WARNING 2 units have no huishoudens (NULL): they count as 0" in log.lines

    # The aggregation by pandas: household-weighted means of the units with a value; the share of households in
    # buurten of class ≤ 3 among the households of buurten with a class.
    w = df.hh.fillna(0)

    def wmean(col):
        ok = df[col].notna() & (w > 0)
        num = (df[col] * w).where(ok, 0).groupby(df.wk_code).sum()
        den = w.where(ok, 0).groupby(df.wk_code).sum()
        return (num / den).where(den > 0)

    low = (df.afw < CLASS_3_TOP) & df.afw.notna()
    classed = w.where(df.afw.notna(), 0).groupby(df.wk_code).sum()
    values = pd.DataFrame({"onv_2024": wmean("onv"), "misdrijven": wmean("crime"),
                           "aandeel_w13_2024": (w.where(low, 0).groupby(df.wk_code).sum() / classed).where(classed > 0)})
    n_units = df.groupby("wk_code").size()
    want = reference(values[["onv_2024", "aandeel_w13_2024", "misdrijven"]], inds, n_units, min_units=3)
    got = features(r["OUTPUT"])
    check(got, want, "wk_code", inds)
    byk = got.set_index("wk_code")
    assert byk["n_units"].to_dict() == n_units.to_dict()
    assert byk["weight"].to_numpy(float) == pytest.approx(w.groupby(df.wk_code).sum().loc[byk.index].to_numpy())
    for col in ("onv_2024", "aandeel_w13_2024", "misdrijven"):
        assert byk[col].to_numpy(float) == pytest.approx(values.loc[byk.index, col].to_numpy(float), nan_ok=True)
    # The reasons, as pandas finds them: too few buurten, or no value (the wijk's buurten have no households or crimes).
    for code, row in byk[byk["rank"].isna()].iterrows():
        parts = []
        if n_units[code] < 3:
            parts.append(f"te weinig eenheden ({n_units[code]} < 3)")
        gone = [c for c in ("onv_2024", "aandeel_w13_2024", "misdrijven") if pd.isna(values.loc[code, c])]
        if gone:
            parts.append("ontbrekend: " + ", ".join(gone))
        assert row["reason"] == "; ".join(parts), code
    assert r["RANKED"] == int(want.ranked.sum()) and 30 <= r["RANKED"] < 52
    assert any(line.startswith("WARNING ") and "zones are not ranked" in line for line in log.lines)


# --- the national PC4 file aggregated to gemeenten, on the CBS gemeenten --------------------------------------------

@pytest.fixture(scope="module")
def pc4_gemeenten(tmp_path_factory, lbm_provider_module):
    import processing

    folder = tmp_path_factory.mktemp("pc4_rank")
    pc4 = str(folder / "pc4.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": shared(*PC4_CSV), "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"),
                                                   "OUTPUT": pc4})
    out = str(folder / "pc4_gm.gpkg")
    processing.run("leefbaarometer:assignzones", {"INPUT": pc4, "ZONES": shared("cbs", "gemeenten_2023.geojson"), "OUTPUT": out})
    return out


def test_pc4_areas_aggregated_to_gemeenten(pc4_gemeenten, run_alg, tmp_path):
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "rank.gpkg")
    r = run_alg("rankzones", {"INPUT": pc4_gemeenten, "ZONE_FIELD": "gm_code", "ZONES": shared("cbs", "gemeenten_2023.geojson"),
                              "INDICATORS": "dafw_2020_2022,low,1,afw_2022,low,2,aandeel_w13_2022,high,1", "OUTPUT": out})
    # The aggregation by pandas, unweighted, from the published file and each area's gemeente.
    scores = pd.read_csv(shared(*PC4_CSV), na_values="NA", dtype={"PC4": str}).pivot(index="PC4", columns="jaar", values="afw")
    areas = features(QgsVectorLayer(pc4_gemeenten, "pc4", "ogr"))[["PC4", "gm_code"]].set_index("PC4")
    afw = scores.reindex(areas.index)
    g = areas.gm_code
    values = pd.DataFrame({"afw_2022": afw[2022].groupby(g).mean(), "afw_2020": afw[2020].groupby(g).mean()})
    values["dafw_2020_2022"] = values.afw_2022 - values.afw_2020
    values["aandeel_w13_2022"] = (afw[2022] < CLASS_3_TOP).groupby(g).sum() / afw[2022].notna().groupby(g).sum()
    n_units = g.value_counts()
    inds = [("dafw_2020_2022", "low", 1.0), ("afw_2022", "low", 2.0), ("aandeel_w13_2022", "high", 1.0)]
    with open(shared("cbs", "gemeenten_2023.geojson"), encoding="utf-8") as fh:
        codes = [f["properties"]["gemeentecode"] for f in json.load(fh)["features"]]
    values = values.reindex(codes)
    n_units = n_units.reindex(codes).fillna(0)
    want = reference(values[["dafw_2020_2022", "afw_2022", "aandeel_w13_2022"]], inds, n_units)
    got = features(out)
    assert len(got) == len(codes) == 343
    check(got, want, "gemeentecode", inds)
    assert (r["RANKED"], r["NOT_RANKED"]) == (int(want.ranked.sum()), 343 - int(want.ranked.sum()))
    byk = got.set_index("gemeentecode")
    assert byk.loc["GM0998", "reason"] == "geen eenheden"  # CBS's pseudo-gemeente Buitenland gets no PC4 area
    assert byk.loc["GM0088", "reason"] == "te weinig eenheden (1 < 5)"  # Schiermonnikoog: one PC4 area
    assert byk.loc["GM0088", "gemeentenaam"] == "Schiermonnikoog"
    # The zones' polygons, and the map by rank.
    layer = QgsVectorLayer(out, "rank", "ogr")
    assert layer.geometryType() == 2 and layer.featureCount() == 343
    assert layer.renderer().categories()[0].label() == "most unfavourable 10 % (rank 1–{})".format(int(want.ranked.sum()) // 10)


# --- bad input -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("params, message", [
    ({"INDICATORS": "onv,low"}, "rows of three"),
    ({"INDICATORS": "inkomen,high,1"}, r"the zones have no field\(s\) inkomen .* give their zone field \(ZONE_FIELD\)"),
    ({"INDICATORS": "onv,low,1", "WEIGHT": "afw"}, "WEIGHT applies to units aggregated to zones"),
    ({"INDICATORS": "onv,up,1"}, "must be low or high"),
    ({"INDICATORS": "onv_2022,low,1", "ZONE_FIELD": "gemeente"}, r"'onv_2022' is neither a field of the units"),
])
def test_bad_input_is_named(run_alg, params, message):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        run_alg("rankzones", {"INPUT": shared("lbm", "wfs_gemeentescore24.geojson"), "OUTPUT": "memory:", **params})


def test_gemeente_filter_ranks_only_those_zones(run_alg):
    r = run_alg("rankzones", {"INPUT": shared("lbm", "wfs_gemeentescore24.geojson"), "INDICATORS": "onv,low,1,soc,low,1",
                              "GEMEENTE_FILTER": "GM0014, GM0362, GM0599, GM0363", "OUTPUT": "memory:"})
    got = features(r["OUTPUT"])
    gem = official_gemeenten().loc[["GM0014", "GM0362", "GM0599", "GM0363"]]
    inds = [("onv", "low", 1.0), ("soc", "low", 1.0)]
    check(got, reference(gem[["onv", "soc"]], inds), "code", inds)
    assert got["naam"].tolist() == ["Rotterdam", "Amsterdam", "Groningen", "Amstelveen"]


def test_the_ranking_view_of_the_panel(dock, run_alg, tmp_path):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "ranking.gpkg")
    run_alg("rankzones", {"INPUT": shared("lbm", "wfs_gemeentescore24.geojson"), "INDICATORS": "onv,low,1,soc,low,1,fys,low,1",
                          "OUTPUT": out})
    layer = QgsVectorLayer(out, "ranking", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        widget, controller = dock
        widget.layer_combo.setLayer(layer)
        assert widget.view_combo.currentData() == "ranking"  # a layer holding a ranking and no scores
        widget.layer_combo.activated.emit(widget.layer_combo.currentIndex())
        cats = layer.renderer().categories()
        assert [c.label() for c in cats][0] == "most unfavourable 10 % (rank 1–34)"
        assert layer.renderer().classAttribute().startswith('CASE WHEN "rank" IS NULL THEN NULL WHEN "rank" <= 34 THEN 1')
        assert "Ranking of 342 zones (1 = most unfavourable)" in widget.title_label.text()
        widget.view_combo.setCurrentIndex(widget.view_combo.findData("classes"))
        assert "holds a ranking of zones" in widget.status_label.text()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.slow
def test_qgis_process_reads_the_indicators_as_typed(tmp_path):
    from ..helpers import qgis_env
    from ..helpers import qgis_process

    env = qgis_env(tmp_path)
    assert qgis_process(env, "plugins", "enable", "leefbaarometer").returncode == 0
    out = tmp_path / "r.gpkg"
    run = qgis_process(env, "run", "leefbaarometer:rankzones", "--", f"INPUT={shared('lbm', 'wfs_gemeentescore24.geojson')}",
                       "INDICATORS=onv,low,1,soc,low,1,fys,low,1", "METHOD=percentile", f"OUTPUT={out}")
    assert run.returncode == 0, run.stderr
    assert "342 of 342 zones ranked on onv:low:1, soc:low:1, fys:low:1 (percentile ranks" in run.stdout
    assert os.path.exists(out)


# --- the annex: 'Positie van de gemeente' ----------------------------------------------------------------------------

@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_annex_section_position_of_the_gemeente(run_alg, tmp_path, artifacts):
    """The gemeenten 2024 ranked on onv, soc and fys; the ranking layer without Amstelveen (as a user might filter
    it) given to the annexes of Groningen and Amstelveen (WFS buurten with CBS's households). Groningen's section
    holds its ranks as pandas finds them; Amstelveen's says the ranking lacks it; without a ranking no section."""
    import subprocess

    import openpyxl
    from qgis.core import QgsVectorLayer

    from ..helpers import pdf_text
    from ..helpers import wfs_with_households

    inds = [("onv", "low", 1.0), ("soc", "low", 1.0), ("fys", "low", 1.0)]
    ranking = str(tmp_path / "ranking.gpkg")
    run_alg("rankzones", {"INPUT": shared("lbm", "wfs_gemeentescore24.geojson"), "INDICATORS": "onv,low,1,soc,low,1,fys,low,1",
                          "OUTPUT": ranking})
    filtered = QgsVectorLayer(ranking, "ranking", "ogr")
    filtered.setSubsetString("\"code\" <> 'GM0362'")
    assert filtered.featureCount() == 341
    gem = official_gemeenten()
    want = reference(gem[["onv", "soc", "fys"]], inds).loc["GM0014"]
    rank, own = int(want["rank"]), {f: int(want["rank_" + f]) for f, _, _ in inds}
    worst = [f for f in own if own[f] <= 34.2]

    layer, _, _ = wfs_with_households("GM0014", "GM0362")
    out = tmp_path / "annexes"
    log = Log()
    run_alg("exportannexes", {"BUURTEN": layer, "HOUSEHOLDS": "aantal_huishoudens", "CODES": "GM0014 GM0362",
                              "GEMEENTEN": shared("cbs", "gemeenten_2023.geojson"), "RANKING": filtered, "FOLDER": str(out),
                              "OVERVIEW": False}, log)
    assert any(line.startswith("Ranking: 342 zones ranked (indicators=onv:low:1")
               and "341 in the layer; 1 of the 2 gemeenten of the annexes are in it" in line
               for line in log.lines)
    flat = " ".join(pdf_text(out / "GM0014_Groningen.pdf").split())
    tenth = (f"op {len(worst)} van de 3 indicatoren ({', '.join(worst)})" if worst else "op geen van de 3 indicatoren")
    assert (f"In de rangorde van 342 gebieden op onv, soc en fys staat Groningen op plaats {rank} (1 = meest ongunstig); "
            f"bij het ongunstigste tiende hoort Groningen {tenth}.") in flat
    assert "Positie van de gemeente" in flat
    # The ranking's criteria in the sources (the PDF wraps the long line anywhere: compared without spaces).
    assert "Rangorde(positievandegemeente):indicators=onv:low:1,soc:low:1,fys:low:1;method=z" in flat.replace(" ", "")
    book = openpyxl.load_workbook(str(out / "GM0014_Groningen.xlsx"))
    rows = list(book["positie"].iter_rows(values_only=True))
    assert rows[0] == ("Indicator", "Ongunstig", "Gewicht", "Waarde", "Rang", "Ongunstigste tiende")
    assert [r[0] for r in rows[1:]] == ["Overlast en onveiligheid (onv)", "Sociale samenhang (soc)", "Fysieke omgeving (fys)",
                                        "Samengesteld (z-scores)"]
    by_name = {r[0]: r for r in rows[1:]}
    for f, _, _ in inds:
        row = next(r for name, r in by_name.items() if name.endswith(f"({f})"))
        assert row[1:3] == ("laag", "1") and row[3] == pytest.approx(gem.loc["GM0014", f])
        assert row[4] == own[f] and (row[5] or "") == ("ja" if f in worst else "")
    comp = by_name["Samengesteld (z-scores)"]
    assert comp[3] == pytest.approx(want["composite"], abs=1e-9) and comp[4] == rank
    flat_a = " ".join(pdf_text(out / "GM0362_Amstelveen.pdf").split())
    assert "Amstelveen staat niet in de gegeven rangorde (342 gerangschikte gebieden op onv, soc en fys)." in flat_a
    assert "De gemeente staat niet in de gegeven rangorde." in flat_a
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(out / "GM0014_Groningen.pdf"),
                    os.path.join(artifacts, "annex_position_GM0014")], check=True)

    plain = tmp_path / "plain"
    run_alg("exportannexes", {"BUURTEN": layer, "HOUSEHOLDS": "aantal_huishoudens", "CODES": "GM0362", "OVERVIEW": False,
                              "GEMEENTEN": shared("cbs", "gemeenten_2023.geojson"), "FOLDER": str(plain)})
    assert "Positie van de gemeente" not in pdf_text(plain / "GM0362_Amstelveen.pdf")
    assert "positie" not in openpyxl.load_workbook(str(plain / "GM0362_Amstelveen.xlsx")).sheetnames


def test_annex_ranking_that_is_no_ranking_is_named(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    from ..helpers import wfs_with_households

    layer, _, _ = wfs_with_households("GM0014")
    with pytest.raises(QgsProcessingException, match=r"the ranking is not an output of 'Rank zones on several indicators' "
                                                     r"for gemeenten: it lacks rank, composite, criteria"):
        run_alg("exportannexes", {"BUURTEN": layer, "CODES": "GM0014", "GEMEENTEN": shared("cbs", "gemeenten_2023.geojson"),
                                  "RANKING": shared("lbm", "wfs_gemeentescore24.geojson"), "FOLDER": str(tmp_path / "a")})
