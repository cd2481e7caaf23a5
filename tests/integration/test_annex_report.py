"""The annex as a report (issue 26), on the published data: the development chart, the households per class group,
the text, the overview of a set of gemeenten, full-precision spreadsheets and the class table it says it used.

Three inputs, each made as a user makes it:
- the national PC4 file 2002–2022, imported onto CBS's PC4 boundaries and given its gemeenten by assignzones, with
  a group field (G4 / overig) added to CBS's gemeenten: annexes of six gemeenten and their overview;
- the official WFS buurten 2024 of Groningen with CBS's households (the shared WFS file holds 7 provinces, not
  Zuid-Holland: Rotterdam is not in it);
- the official buurt scores 2024 of Rotterdam (rows of the published buurt file) with CBS's households, on stand-in
  squares (the shared data has no buurt boundaries of Rotterdam).
Every expected number is computed here from the published files, without the plugin's code.
"""
import csv
import json
import os
import re
import shutil

import numpy as np
import pandas as pd
import pytest

from ..helpers import MINUS
from ..helpers import ROOT
from ..helpers import axis_scale
from ..helpers import box_of
from ..helpers import dutch
from ..helpers import pdf_text
from ..helpers import shared
from ..helpers import svg_drawing
from ..helpers import wfs_with_households
from ..helpers import write_gpkg

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
G4 = ("GM0363", "GM0599", "GM0518", "GM0344")
CODES = ("GM0599", "GM0363", "GM0518", "GM0344", "GM0796", "GM0014")
YEARS = [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022]
DIMS = ("fys", "onv", "soc", "vrz", "won")


def cut_points():
    """The release profile's total-score cut-points, read from the file itself."""
    with open(os.path.join(ROOT, "resources", "releases", "lbm3_2024.json"), encoding="utf-8") as fh:
        return np.array(json.load(fh)["total_cutpoints_afw"])


def classes(afw):
    """Classes 1–9 of afw: the number of cut-points at or below it, plus one (NaN: 0)."""
    afw = np.asarray(afw, dtype=float)
    out = (afw[:, None] >= cut_points()[None, :]).sum(axis=1) + 1
    return np.where(np.isnan(afw), 0, out)


def groups_of(k, w):
    """Weight in classes 1–3, 4 and 5–9."""
    return [float(w[(k >= 1) & (k <= 3)].sum()), float(w[k == 4].sum()), float(w[k >= 5].sum())]


def tables_part(text):
    """The PDF's text without its first page (maps) and without the annex's paragraph: what the tables print."""
    pages = text.split("\f")
    rest = "\f".join(pages[1:])
    return rest[rest.index("Kenmerk"):]


def numbers_in(text):
    return re.findall(r"[+\u2212]?\d[\d.]*(?:,\d+)?", text)


def areas(n, singular="postcodegebied", plural="postcodegebieden"):
    return "geen " + plural if n == 0 else f"1 {singular}" if n == 1 else f"{dutch(int(n))} {plural}"


def series_values(marks, panel, key):
    """{year: value} of one series of a development chart, read back through the chart's own grid lines."""
    to_value, to_year = axis_scale(marks, "y", panel), axis_scale(marks, "x", panel)
    return {round(to_year(x)): to_value(y) for x, y in marks[f"series:{key}:{panel}"][0] if to_year(x) is not None}


# --- PC4 areas of six gemeenten, 2002–2022 -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def pc4(lbm_provider_module, tmp_path_factory):
    import processing
    from qgis.core import QgsVectorLayer

    folder = tmp_path_factory.mktemp("pc4_report")
    imported = processing.run("leefbaarometer:importscores", {"SCORES": shared(*PC4_CSV), "GEOMETRY": shared(
        "cbs", "pc4_boundaries.topojson"), "OUTPUT": str(folder / "pc4.gpkg")})["OUTPUT"]
    assigned = processing.run("leefbaarometer:assignzones", {"INPUT": imported, "ZONES": shared("cbs", "gemeenten_2023.geojson"),
                                                            "OUTPUT": str(folder / "pc4_gm.gpkg")})["OUTPUT"]
    groups = processing.run("native:fieldcalculator", {
        "INPUT": shared("cbs", "gemeenten_2023.geojson"), "FIELD_NAME": "groep", "FIELD_TYPE": 2, "FIELD_LENGTH": 10,
        "FORMULA": "CASE WHEN \"gemeentecode\" IN ('" + "', '".join(G4) + "') THEN 'G4' ELSE 'overig' END",
        "OUTPUT": str(folder / "gemeenten_groep.gpkg")})["OUTPUT"]
    out = folder / "annexes"
    result = processing.run("leefbaarometer:exportannexes", {"BUURTEN": assigned, "GEMEENTEN": groups, "GEMEENTE_GROUP": "groep",
                                                             "CODES": " ".join(CODES), "FOLDER": str(out), "CHARTS": True,
                                                             "CSV": True})
    gm_of = {f["PC4"]: f["gm_code"] for f in QgsVectorLayer(assigned, "pc4", "ogr").getFeatures()}
    scores = pd.read_csv(shared(*PC4_CSV), na_values="NA", dtype={"PC4": str})
    scores = scores[scores.PC4.isin(gm_of)]  # two codes of the file have no boundary: not in the layer
    scores["gm"] = scores.PC4.map(gm_of)
    return out, result, scores


def test_development_chart_plots_the_mean_of_each_gemeente_all_areas_and_the_g4(pc4):
    """Rotterdam's development chart, read back from its SVG: its mean afw per year, all PC4 areas' and the G4's, and
    the five dimensions in the years that have them, equal the means computed here from the published file (no
    households in the PC4 layer: every area counts once)."""
    out, result, scores = pc4
    assert result["ANNEXES"] == 6
    marks = svg_drawing(open(out / "GM0599_Rotterdam_ontwikkeling.svg", "rb").read())["marks"]
    own = scores[scores.gm == "GM0599"].groupby("jaar").afw.mean()
    everyone = scores.groupby("jaar").afw.mean()
    g4 = scores[scores.gm.isin(G4)].groupby("jaar").afw.mean()
    for key, want in (("gemeente", own), ("alle", everyone), ("groep", g4)):
        got = series_values(marks, "afw", key)
        assert sorted(got) == YEARS, key
        assert [got[y] for y in YEARS] == pytest.approx([want[y] for y in YEARS], abs=2e-5), key
    assert own[2002] < -0.1 and everyone[2022] > 0.05  # the chart shows Rotterdam well below the country
    for d in DIMS:
        got = series_values(marks, d, "gemeente")
        want = scores[scores.gm == "GM0599"].groupby("jaar")[d].mean().dropna()
        assert sorted(got) == [2014, 2018, 2020, 2022] == sorted(want.index), d
        assert [got[y] for y in sorted(got)] == pytest.approx(want.tolist(), abs=2e-5), d


def test_areas_per_class_group_are_stacked_as_counted_here(pc4):
    out, _, scores = pc4
    marks = svg_drawing(open(out / "GM0599_Rotterdam_klassengroepen.svg", "rb").read())["marks"]
    to_value = axis_scale(marks, "y")
    own = scores[scores.gm == "GM0599"]
    for year in YEARS:
        rows = own[own.jaar == year]
        want = groups_of(classes(rows.afw.to_numpy()), np.ones(len(rows)))
        for key, value in zip(("w13", "w4", "w59"), want):
            if value == 0:
                assert f"bar:{year}:{key}" not in marks
                continue
            _, y0, _, y1 = box_of(marks[f"bar:{year}:{key}"][0])
            assert to_value(y0) - to_value(y1) == pytest.approx(value, abs=1e-3), (year, key)
    table = pd.read_csv(out / "GM0599_Rotterdam_klassengroepen.csv")
    last = own[own.jaar == 2022]
    assert table.iloc[-1, 1:4].tolist() == groups_of(classes(last.afw.to_numpy()), np.ones(len(last)))


def test_text_numbers_are_the_tables_and_the_published_figures(pc4, artifacts):
    """Every number of Rotterdam's text is printed in a table of the annex; the class, the mean, its changes, the
    dimension that drove the last one, the areas onvoldoende of lager and the risers and fallers are the ones computed
    here."""
    out, _, scores = pc4
    text = pdf_text(out / "GM0599_Rotterdam.pdf")
    tekst = pd.read_csv(out / "GM0599_Rotterdam_tekst.csv").tekst.tolist()
    paragraph = " ".join(tekst)
    assert " ".join(paragraph.split()) in " ".join(text.split())  # the PDF prints the text as its CSV holds it
    printed = numbers_in(tables_part(text))
    missing = [n for n in numbers_in(paragraph) if n not in printed]
    assert missing == [], (missing, paragraph)
    own = scores[scores.gm == "GM0599"]
    mean = own.groupby("jaar")[["afw", *DIMS]].mean()
    labels = ["zeer onvoldoende", "ruim onvoldoende", "onvoldoende", "zwak", "voldoende", "ruim voldoende", "goed",
              "zeer goed", "uitstekend"]
    klasse = labels[classes([mean.afw[2022]])[0] - 1]
    assert paragraph.startswith(f"In 2022 scoort Rotterdam gemiddeld {klasse} (afw {dutch(mean.afw[2022])}).")
    d_first, d_prev = mean.afw[2022] - mean.afw[2002], mean.afw[2022] - mean.afw[2020]
    assert (f"Sinds 2002 (de eerste meting) is het gemiddelde {'gestegen' if d_first > 0 else 'gedaald'} "
            f"({dutch(d_first, sign=True)}); sinds 2020 (de vorige meting) {'gestegen' if d_prev > 0 else 'gedaald'} "
            f"({dutch(d_prev, sign=True)})") in paragraph
    ddims = mean.loc[2022, list(DIMS)] - mean.loc[2020, list(DIMS)]
    driver = (ddims * np.sign(d_prev)).idxmax()
    names = {"fys": "fysieke omgeving", "onv": "overlast en onveiligheid", "soc": "sociale samenhang",
             "vrz": "voorzieningen", "won": "woningvoorraad"}
    assert f"vooral door {names[driver]} ({dutch(ddims[driver], sign=True)})" in paragraph
    k = {y: classes(own[own.jaar == y].set_index("PC4").afw) for y in (2020, 2022)}
    low = {y: int(((k[y] >= 1) & (k[y] <= 3)).sum()) for y in k}
    diff = low[2022] - low[2020]
    assert (f"In 2022 scoren {areas(low[2022])} onvoldoende of lager "
            f"({f'{dutch(diff, sign=True)} sinds 2020' if diff else 'evenveel als in 2020'}).") in paragraph
    start = own[own.jaar == 2020].set_index("PC4").afw
    end = own[own.jaar == 2022].set_index("PC4").afw.reindex(start.index)
    k0, k1 = classes(start.to_numpy()), classes(end.to_numpy())
    ok = (k0 > 0) & (k1 > 0) & (k0 <= 4)
    risers, fallers = int((ok & (k1 > k0)).sum()), int((ok & (k1 < k0)).sum())
    assert f"Stijgers sinds 2020: {areas(risers)}; dalers: {areas(fallers)}." in paragraph
    # The gap between the weak (class ≤ 3 in 2020) and the strong (class ≥ 6) areas scored in both years (issue 23).
    both = (k0 > 0) & (k1 > 0)
    weak, strong = both & (k0 <= 3), both & (k0 >= 6)
    gap = {y: v[strong].mean() - v[weak].mean() for y, v in ((2020, start.to_numpy()), (2022, end.to_numpy()))}
    how = ("het werd niet groter" if gap[2022] <= gap[2020] else "het werd groter doordat de zwakke postcodegebieden daalden"
           if end.to_numpy()[weak].mean() < start.to_numpy()[weak].mean() else
           "het werd groter: de zwakke postcodegebieden stegen, maar minder dan de sterke")
    assert (f"Het verschil tussen de zwakke postcodegebieden (in 2020 onvoldoende of lager: {int(weak.sum())}) en de sterke "
            f"(ruim voldoende of beter: {int(strong.sum())}) was in 2022 {dutch(gap[2022])} (afw), "
            f"{dutch(gap[2022] - gap[2020], sign=True)} sinds 2020: {how}.") in paragraph
    import subprocess

    for page in (2, 3):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), str(out / "GM0599_Rotterdam.pdf"),
                        os.path.join(artifacts, "annex_report_pc4_GM0599")], check=True)


def test_the_charts_texts_are_searchable_and_the_levels_named(pc4):
    out, _, _ = pc4
    text = pdf_text(out / "GM0599_Rotterdam.pdf")
    flat = " ".join(text.split())
    for words in ("Ontwikkeling", "Totaalscore (afw)", "Rotterdam", "alle postcodegebieden", "G4", "Fysieke omgeving",
                  "Overlast en onveiligheid", "Sociale samenhang", "Voorzieningen", "Woningvoorraad",
                  "Postcodegebieden per klassengroep", "onvoldoende of lager", "voldoende of hoger"):
        assert words in flat, words
    assert "buurt" not in text.lower()
    # The class table: the data end in 2022 (release 2022), the plugin's table is release 2024's, and it says so.
    assert ("Klassen volgens de tabel van Leefbaarometer 3.0, release 2024, niet van de release van de gegevens: die "
            "lopen tot en met 2022, dus release 2022") in flat


def test_spreadsheets_and_csv_hold_full_values(pc4):
    from openpyxl import load_workbook

    out, _, scores = pc4
    own = scores[scores.gm == "GM0599"].groupby("jaar").afw.mean()
    book = load_workbook(out / "GM0599_Rotterdam.xlsx")
    ws = book["ontwikkeling"]
    headers = [c.value for c in ws[1]]
    column = headers.index("Gemeente") + 1
    values = [ws.cell(row=r, column=column).value for r in range(2, 2 + len(YEARS))]
    assert values == pytest.approx([own[y] for y in YEARS], rel=1e-14)  # not rounded to 0.001
    assert any(abs(v - round(v, 3)) > 1e-6 for v in values)
    assert ws.cell(row=2, column=column).number_format == "0.000"
    assert ws.cell(row=2, column=headers.index("Jaar") + 1).value == 2002
    csv_values = pd.read_csv(out / "GM0599_Rotterdam_ontwikkeling.csv").Gemeente.tolist()
    assert csv_values == pytest.approx([own[y] for y in YEARS], rel=1e-15)
    index = pd.read_csv(out / "index.csv")
    assert set(index.gemeentecode) == set(CODES)


def test_overview_of_the_set_of_gemeenten(pc4, artifacts):
    """overzicht.pdf: the six gemeenten per class of their mean, and the largest risers and fallers 2020–2022 in the
    order of their change, computed here."""
    import subprocess

    out, _, scores = pc4
    text = pdf_text(out / "overzicht.pdf")
    flat = " ".join(text.split())
    assert "Leefbaarometer 2022 — overzicht van 6 gemeenten" in flat and "Gemeenten per klasse (2022)" in flat
    mean = scores[scores.gm.isin(CODES)].groupby(["gm", "jaar"]).afw.mean().unstack()
    k = classes(mean[2022].to_numpy())
    table = pd.read_excel(out / "index.xlsx", sheet_name="klassenverdeling")
    assert table["Gemeenten 2022"].tolist() == np.bincount(k, minlength=10)[1:].tolist()
    change = (mean[2022] - mean[2020]).sort_values()
    names = pd.read_excel(out / "index.xlsx", sheet_name="gemeenten").set_index("gemeentecode").gemeente
    fallers = [names[c] for c in change.index if change[c] < 0][:5]
    risers = [names[c] for c in change.index[::-1] if change[c] > 0][:5]
    sheet = pd.read_excel(out / "index.xlsx", sheet_name="grootste_stijgers")
    assert sheet.Gemeente.tolist() == risers
    assert pd.read_excel(out / "index.xlsx", sheet_name="grootste_dalers").Gemeente.tolist() == fallers
    positions = [flat.index(n, flat.index("grootste stijgers")) for n in risers]
    assert positions == sorted(positions)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(out / "overzicht.pdf"), os.path.join(artifacts, "overview_pc4")],
                   check=True)


# --- buurten with CBS households: the WFS of Groningen, the buurt rows of Rotterdam ------------------------------

@pytest.fixture(scope="module")
def groningen(lbm_provider_module, tmp_path_factory):
    import processing

    layer, feats, hh = wfs_with_households("GM0014")
    out = tmp_path_factory.mktemp("wfs_report")
    processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "HOUSEHOLDS": "aantal_huishoudens", "CODES": "GM0014",
                                                    "GEMEENTEN": shared("cbs", "gemeenten_2023.geojson"), "FOLDER": str(out),
                                                    "CHARTS": True})
    return out, feats, hh


def test_wfs_households_per_class_group_follow_the_official_classes(groningen, artifacts):
    """The WFS carries the official classes (kscore): the stacked bar of 2024 holds CBS's households of Groningen's
    buurten in classes 1–3, 4 and 5–9, and the development chart its one point, the household-weighted mean."""
    import subprocess

    out, feats, hh = groningen
    own = {c: f for c, f in feats.items() if c.startswith("BU0014")}
    w = np.array([float(hh.get(c) or 0) for c in own])
    k = np.array([int(f["kscore"]) for f in own.values()])
    marks = svg_drawing(open(out / "GM0014_Groningen_klassengroepen.svg", "rb").read())["marks"]
    to_value = axis_scale(marks, "y")
    for key, value in zip(("w13", "w4", "w59"), groups_of(k, w)):
        if value:
            _, y0, _, y1 = box_of(marks[f"bar:2024:{key}"][0])
            assert to_value(y0) - to_value(y1) == pytest.approx(value, abs=0.5)
        else:
            assert f"bar:2024:{key}" not in marks
    afw = np.array([f["afw"] for f in own.values()])
    got = series_values(svg_drawing(open(out / "GM0014_Groningen_ontwikkeling.svg", "rb").read())["marks"], "afw",
                        "gemeente")
    assert got == {2024: pytest.approx(float((w * afw).sum() / w.sum()), abs=2e-5)}
    text = pdf_text(out / "GM0014_Groningen.pdf")
    flat = " ".join(text.split())
    assert "Er is één meting (2024): een verandering is niet te bepalen." in flat
    assert "Klassen volgens de tabel van Leefbaarometer 3.0, release 2024; die past bij de gegevens" in flat
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", str(out / "GM0014_Groningen.pdf"),
                    os.path.join(artifacts, "annex_report_wfs_GM0014")], check=True)


@pytest.fixture(scope="module")
def rotterdam(lbm_provider_module, tmp_path_factory):
    """The published buurt scores 2024 of Rotterdam on stand-in squares, CBS's households joined by code, and one
    gemeente (a square around them) in the group G4."""
    import processing

    folder = tmp_path_factory.mktemp("rotterdam")
    with open(shared("lbm", "scores_buurten_2024_rotterdam.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["bu_code"] for r in rows]
    squares = write_gpkg(folder / "squares.gpkg", {"bu_code": codes})
    buurten = processing.run("leefbaarometer:importscores", {"SCORES": shared("lbm", "scores_buurten_2024_rotterdam.csv"),
                                                             "GEOMETRY": squares, "OUTPUT": str(folder / "b.gpkg")})["OUTPUT"]
    from ..helpers import cbs_households

    hh = cbs_households("GM0599")
    pd.DataFrame({"code": list(hh), "aantal_huishoudens": [v if v is not None else "" for v in hh.values()]}).to_csv(
        folder / "kerncijfers.csv", index=False)
    with_hh = processing.run("native:joinattributestable", {"INPUT": buurten, "FIELD": "bu_code", "FIELD_2": "code",
                                                            "INPUT_2": str(folder / "kerncijfers.csv"),
                                                            "FIELDS_TO_COPY": ["aantal_huishoudens"], "METHOD": 1,
                                                            "OUTPUT": str(folder / "bh.gpkg")})["OUTPUT"]
    n = len(codes)
    gemeente = write_gpkg(folder / "gemeente.gpkg", {"gm_code": ["GM0599"], "gm_naam": ["Rotterdam"], "groep": ["G4"]},
                          geometries=[f"POLYGON((99990 399990,{100010 + 100 * 5} 399990,{100010 + 100 * 5} "
                                      f"{400010 + 100 * (n // 5 + 1)},99990 {400010 + 100 * (n // 5 + 1)},99990 399990))"])
    out = folder / "annex"
    processing.run("leefbaarometer:exportannexes", {"BUURTEN": with_hh, "HOUSEHOLDS": "aantal_huishoudens",
                                                    "GEMEENTEN": gemeente, "GEMEENTE_GROUP": "groep", "FOLDER": str(out),
                                                    "CHARTS": True, "CSV": True})
    return out, rows, hh


def test_rotterdam_buurten_with_cbs_households(rotterdam, artifacts):
    """The households of Rotterdam's buurten per class group in 2024, the household-weighted mean and the text, from
    the published buurt rows and CBS's key figures."""
    import subprocess

    out, rows, hh = rotterdam
    afw = np.array([float(r["afw"]) for r in rows])
    w = np.array([float(hh.get(r["bu_code"]) or 0) for r in rows])
    k = classes(afw)
    low, weak, good = groups_of(k, w)
    table = pd.read_csv(out / "GM0599_Rotterdam_klassengroepen.csv")
    assert table.iloc[0, 1:5].tolist() == [low, weak, good, low + weak + good]
    mean = float((w * afw).sum() / w.sum())
    text = " ".join(pd.read_csv(out / "GM0599_Rotterdam_tekst.csv").tekst)
    labels = ["zeer onvoldoende", "ruim onvoldoende", "onvoldoende", "zwak", "voldoende", "ruim voldoende", "goed",
              "zeer goed", "uitstekend"]
    assert text.startswith(f"In 2024 scoort Rotterdam gemiddeld {labels[classes([mean])[0] - 1]} (afw {dutch(mean)}).")
    assert f"In 2024 wonen {dutch(int(low))} huishoudens in buurten die onvoldoende of lager scoren." in text
    assert MINUS in dutch(mean) and mean == pytest.approx(-0.08, abs=0.01)  # the official gemeente score is −0,080
    marks = svg_drawing(open(out / "GM0599_Rotterdam_klassengroepen.svg", "rb").read())["marks"]
    to_value = axis_scale(marks, "y")
    _, y0, _, y1 = box_of(marks["bar:2024:w13"][0])
    assert to_value(y0) - to_value(y1) == pytest.approx(low, abs=0.5)
    flat = " ".join(pdf_text(out / "GM0599_Rotterdam.pdf").split())
    assert "Huishoudens per klassengroep" in flat and "G4" in flat and dutch(int(low)) in flat
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", str(out / "GM0599_Rotterdam.pdf"),
                    os.path.join(artifacts, "annex_report_buurten_GM0599")], check=True)
