"""Annexes from the files as published: the official WFS buurten (one year, 2024) with CBS's household counts per
buurt, and CBS's gemeenten file exactly as it is (gemeentecode, gemeentenaam, WGS 84)."""
import os
import re
import shutil
import subprocess

import pandas as pd
import pytest

from ..helpers import dutch
from ..helpers import pdf_text
from ..helpers import shared
from ..helpers import wfs_with_households

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def published(lbm_provider_module, tmp_path_factory):
    """A copy of the WFS buurten with CBS households joined on (the input file itself is never touched)."""
    layer, feats, hh = wfs_with_households("GM0014", "GM0362")
    return layer, shared("cbs", "gemeenten_2023.geojson"), feats, hh


@pytest.fixture(scope="module")
def annexes(published, tmp_path_factory):
    import processing

    layer, gemeenten, _, _ = published
    folder = str(tmp_path_factory.mktemp("published"))
    result = processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "HOUSEHOLDS": "aantal_huishoudens",
                                                             "GEMEENTEN": gemeenten, "CODES": "GM0014 GM0362",
                                                             "FOLDER": folder})
    return folder, result


def test_published_files_make_an_annex_of_their_one_year(annexes, published, artifacts):
    folder, result = annexes
    _, _, feats, hh = published
    assert result["ANNEXES"] == 2
    assert sorted(os.listdir(folder)) == ["GM0014_Groningen.pdf", "GM0014_Groningen.xlsx", "GM0362_Amstelveen.pdf",
                                          "GM0362_Amstelveen.xlsx", "index.csv", "index.xlsx", "overzicht.pdf"]
    pdf = os.path.join(folder, "GM0014_Groningen.pdf")
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Leefbaarometer 2024 — Groningen (GM0014)" in text
    for heading in ("Scoreklassen", "Samenvatting", "Bijlage 2 — buurten waar de leefbaarheid structureel onder druk staat",
                    "Bijlage 3 — stijgers", "Bijlage 4 — dalers", "Bijlage 5 — laagste scores op overlast en onveiligheid",
                    "Bronnen en criteria"):
        assert heading in text, heading
    # The households of Groningen's buurten in the layer, summed here from CBS's own file.
    total = int(sum(hh.get(c) or 0 for c in feats if c.startswith("BU0014")))
    assert total > 100000
    assert re.search(rf"huishoudens 2024\s+{re.escape(dutch(total))}\s", text), dutch(total)
    # One year: the sections that compare years give way to one sentence each.
    assert ("Geen stijgers te bepalen: die vragen een basisjaar om mee te vergelijken, en de buurtlaag heeft alleen "
            "metingen van 2024.") in flat
    assert "Geen dalers te bepalen" in flat and "Geen kaart van de verandering: die vraagt twee metingen" in flat
    assert "structureel onder druk staan: dat vraagt minstens 3 metingen, en de buurtlaag heeft er 1 (2024)" in flat
    assert "verandering sinds" not in flat
    assert "CBS" in flat and "Ministerie van Binnenlandse Zaken" in flat
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Title:\s+Leefbaarometer 2024 — Groningen \(GM0014\)", info)
    assert "Keywords:" in info and "GM0014" in info and "Subject:" in info
    subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(artifacts, "annex_published_GM0014")], check=True)


def test_pdf_and_xlsx_carry_the_same_numbers(annexes, published):
    from openpyxl import load_workbook

    folder, _ = annexes
    _, _, feats, hh = published
    text = pdf_text(os.path.join(folder, "GM0014_Groningen.pdf"))
    lines = text.splitlines()
    sheets = pd.read_excel(os.path.join(folder, "GM0014_Groningen.xlsx"), sheet_name=None)
    assert list(sheets) == ["tekst", "samenvatting", "ontwikkeling", "verandering_gemiddelde",
                            "klassengroepen", "onder_druk", "stijgers", "dalers", "laagste_onv", "bron"]
    assert sheets["stijgers"].iloc[0, 0].startswith("Geen stijgers te bepalen")
    onv = sheets["laagste_onv"]
    assert len(onv) == 10
    # The ten lowest onv scores of Groningen, found here from the WFS file itself.
    own = sorted((f["onv"], c) for c, f in feats.items() if c.startswith("BU0014"))[:10]
    assert onv["Buurtcode"].tolist() == [c for _, c in own]
    for _, row in onv.iterrows():
        (line,) = [x for x in lines if row["Buurtcode"] in x and "Bijlage" not in x]
        assert row["Buurt"] in line
        assert dutch(round(row["Score overlast en onveiligheid"], 3)) in line
        assert dutch(int(row["Huishoudens"])) in line
        assert row["Huishoudens"] == (hh.get(row["Buurtcode"]) or 0)
    summary = sheets["samenvatting"]
    for _, row in summary.iterrows():
        (line,) = [x for x in lines if x.strip().startswith(row["kenmerk"])]
        value = row["gemeente"]
        if isinstance(value, str):
            assert value in line
        elif float(value).is_integer() and "afw" not in row["kenmerk"]:
            assert dutch(int(value)) in line
        else:
            assert dutch(float(value)) in line
    book = load_workbook(os.path.join(folder, "GM0014_Groningen.xlsx"))
    ws = book["laagste_onv"]
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width > 15  # buurt names are wide
    headers = [c.value for c in ws[1]]
    assert ws.cell(row=2, column=headers.index("Score overlast en onveiligheid") + 1).number_format == "0.000"
    assert ws.cell(row=2, column=headers.index("Huishoudens") + 1).number_format == "#,##0"
    assert "CBS" in " ".join(str(c.value) for c in book["bron"]["A"])


def test_without_households_the_annex_counts_buurten(published, tmp_path):
    import processing

    layer, gemeenten, feats, _ = published
    result = processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "GEMEENTEN": gemeenten, "CODES": "GM0362",
                                                             "FOLDER": str(tmp_path)})
    assert result["ANNEXES"] == 1
    text = pdf_text(str(tmp_path / "GM0362_Amstelveen.pdf"))
    flat = " ".join(text.split())
    n = sum(1 for c in feats if c.startswith("BU0362"))
    assert re.search(rf"\bbuurten 2024\s+{n}\s", text)
    assert "huishoudens 2024" not in text and "Huishoudens" not in text
    assert "Zonder huishoudens: elke buurt telt één keer" in flat and "Huishoudens: veld" not in flat
    assert "buurten tellen even zwaar" in flat
    sheet = pd.read_excel(tmp_path / "GM0362_Amstelveen.xlsx", sheet_name="laagste_onv")
    assert "Huishoudens" not in sheet.columns


def test_published_errors_come_early_and_name_the_problem(published, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    layer, gemeenten, _, _ = published
    with pytest.raises(QgsProcessingException, match="base year 2022 is not in the layer; it has 2024"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "GEMEENTEN": gemeenten, "BASE_YEAR": 2022,
                                                        "FOLDER": str(tmp_path / "a")})
    with pytest.raises(QgsProcessingException, match="unknown gemeente code.*GM0000"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "GEMEENTEN": gemeenten, "CODES": "GM0014 GM0000",
                                                        "FOLDER": str(tmp_path / "b")})
    with pytest.raises(QgsProcessingException, match="the layer has no areas of GM0599"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "GEMEENTEN": gemeenten, "CODES": "GM0599",
                                                        "FOLDER": str(tmp_path / "c")})
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists() and not (tmp_path / "c").exists()


def test_one_failing_gemeente_does_not_stop_the_others(published, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    layer, gemeenten, _, _ = published
    (tmp_path / "GM0014_Groningen.pdf").mkdir()  # a folder where Groningen's PDF should go: it cannot be written
    with pytest.raises(QgsProcessingException, match=r"1 of 2 annexes failed.*GM0014 Groningen"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": layer, "GEMEENTEN": gemeenten, "CODES": "GM0014 GM0362",
                                                        "OVERWRITE": True, "FOLDER": str(tmp_path)})
    files = sorted(os.listdir(tmp_path))
    assert "GM0362_Amstelveen.pdf" in files and "GM0362_Amstelveen.xlsx" in files
    assert pd.read_csv(tmp_path / "index.csv").gemeentecode.tolist() == ["GM0362"]
    assert not [f for f in files if f.startswith("tmp")]


def test_names_are_written_as_text_never_as_formulas(tmp_path):
    from openpyxl import load_workbook

    from leefbaarometer.processing.io.write import write_spreadsheet

    df = pd.DataFrame({"Buurt": ["=HYPERLINK(\"http://x\")", "+31", "-1", "@som"], "Huishoudens": [1.0, 2.0, 3.0, 4.0]})
    write_spreadsheet(str(tmp_path / "x.xlsx"), {"t": df}, "criteria", "bron", {"t": {"Huishoudens": "#,##0"}})
    ws = load_workbook(tmp_path / "x.xlsx")["t"]
    cells = [ws.cell(row=r, column=1) for r in range(2, 6)]
    assert [c.value for c in cells] == df.Buurt.tolist()
    assert {c.data_type for c in cells} == {"s"}
    assert [ws.cell(row=r, column=2).value for r in range(2, 6)] == [1, 2, 3, 4]
    assert ws.cell(row=2, column=2).data_type == "n"


def test_multi_year_buurten_default_to_the_last_two_years(annex_inputs, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    buurten, gemeenten = annex_inputs
    result = processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "HOUSEHOLDS": "aantal_huishoudens",
                                                             "GEMEENTEN": gemeenten, "CODES": "GM9901", "FOLDER": str(tmp_path)})
    assert result["ANNEXES"] == 1
    text = pdf_text(str(tmp_path / "GM9901_Veenhoven.pdf"))
    flat = " ".join(text.split())
    assert "Leefbaarometer 2024 — Veenhoven (GM9901)" in text and "verandering sinds 2022" in flat
    assert "Bijlage 3 — stijgers" in text and "Geen stijgers te bepalen" not in flat and "Geen kaart van de verandering" not in flat
    values = [f["aantal_huishoudens"] for f in QgsVectorLayer(buurten, "b", "ogr").getFeatures() if f["bu_code"].startswith("BU9901")]
    total = int(sum(float(v) for v in values if v is not None and str(v) not in ("", "NULL")))
    assert re.search(rf"huishoudens 2024\s+{re.escape(dutch(total))}\s", text), dutch(total)
