"""Per-gemeente annexes on the sample: one PDF and one XLSX per gemeente whose text equals the analysis tables."""
import os
import shutil
import subprocess
import unicodedata

import pandas as pd
import pytest

from ..helpers import memory_layer


@pytest.fixture(scope="module")
def annexes(annex_inputs, tmp_path_factory):
    import processing

    buurten, gemeenten = annex_inputs
    folder = str(tmp_path_factory.mktemp("annexes"))
    result = processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "HOUSEHOLDS": "aantal_huishoudens",
                                                             "GEMEENTEN": gemeenten, "FOLDER": folder, "CSV": True})
    return folder, result


def expected_tables(buurten):
    """The analysis tables computed directly with core/, to compare the files with."""
    import numpy as np
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.annex import AnnexSettings
    from leefbaarometer.core.annex import annex_tables
    from leefbaarometer.core.neighbours import symmetric
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.schema import wide_fields
    from leefbaarometer.core.scoredata import ScoreData

    layer = QgsVectorLayer(buurten, "b", "ogr")
    feats = list(layer.getFeatures())
    data = ScoreData(n=len(feats))
    for (m, y), f in wide_fields(layer.fields().names()).items():
        data.values[(m, y)] = np.array([np.nan if str(x[f]) == "NULL" else float(x[f]) for x in feats])
    pairs = [(i, j) for i, a in enumerate(feats) for j, b in enumerate(feats)
             if i < j and a.geometry().intersection(b.geometry()).length() > 0]
    codes = np.array([f["bu_code"] for f in feats], dtype=object)
    return annex_tables(data, load_release(), codes, np.array([f["bu_naam"] for f in feats], dtype=object),
                        np.array(["GM" + c[2:6] for c in codes], dtype=object),
                        np.array([float(f["aantal_huishoudens"]) for f in feats]), symmetric(np.array(pairs)),
                        AnnexSettings(2024, 2022, years=(2014, 2016, 2018, 2020, 2022, 2024)))


def test_one_pdf_and_one_xlsx_per_gemeente(annexes):
    folder, result = annexes
    assert result["ANNEXES"] == 4
    files = sorted(os.listdir(folder))
    for base in ("GM9901_Veenhoven", "GM9902_s-Heerenwaarde", "GM9903_Lindeloo", "GM9904_Sudwaard"):
        assert f"{base}.pdf" in files and f"{base}.xlsx" in files and f"{base}_stijgers.csv" in files
    assert "index.xlsx" in files and "index.csv" in files
    assert not [f for f in files if f.startswith("tmp")]  # no temporary leftovers
    index = pd.read_csv(os.path.join(folder, "index.csv"))
    assert index.gemeente.tolist() == ["Veenhoven", "'s-Heerenwaarde", "Lindeloo", "Súdwaard"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_text_and_xlsx_equal_the_analysis_tables(annexes, annex_inputs, artifacts):
    folder, _ = annexes
    tables, index = expected_tables(annex_inputs[0])
    for code, base, name in (("GM9901", "GM9901_Veenhoven", "Veenhoven"), ("GM9902", "GM9902_s-Heerenwaarde", "'s-Heerenwaarde")):
        pdf = os.path.join(folder, f"{base}.pdf")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        text = unicodedata.normalize("NFKC", text)  # PDF text has ligatures: "ﬁ" -> "fi"
        flat = " ".join(text.split())  # the layout wraps long lines
        assert f"Leefbaarometer 2024 — {name} ({code})" in text
        assert "pagina 1 van" in flat and "Ministerie van Binnenlandse Zaken" in flat and "niet de officiële" in flat
        # The legends of both maps end in grey 'geen score', in Dutch though QGIS runs in English here.
        assert flat.count("geen score") == 2 and "no score" not in flat
        summary = tables[code]["samenvatting"].set_index("kenmerk")
        assert f"{summary.iloc[0]['gemeente']:.3f}".replace(".", ",").replace("-", "\u2212") in text
        assert summary.loc["klasse van het gemiddelde", "gemeente"] in text
        for t in ("onder_druk", "stijgers", "dalers", "laagste_onv"):
            for buurt, buurt_code in zip(tables[code][t].Buurt, tables[code][t].Buurtcode):
                assert buurt_code in text and buurt in text, (t, buurt_code)
        sheets = pd.read_excel(os.path.join(folder, f"{base}.xlsx"), sheet_name=None)
        assert list(sheets) == ["tekst", "samenvatting", "ontwikkeling", "verandering_gemiddelde",
                            "klassengroepen", "onder_druk", "stijgers", "dalers", "laagste_onv", "bron"]
        for t in ("onder_druk", "stijgers", "dalers", "laagste_onv"):
            got, want = sheets[t], tables[code][t]
            assert got.Buurtcode.tolist() == want.Buurtcode.tolist(), t
            assert len(got.columns) == len(want.columns)
        # The spreadsheet holds the full value (xlsxwriter writes 16 significant digits), not the 0,027 it shows.
        first = sheets["samenvatting"]["gemeente"].tolist()[0]
        assert first == pytest.approx(summary.iloc[0]["gemeente"], rel=1e-15) and abs(first - round(first, 3)) > 1e-7
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(artifacts, f"annex_{base}")], check=True)
    assert sum(len(tables[c]["laagste_onv"]) for c in tables) > 0 and sum(len(tables[c]["stijgers"]) for c in tables) > 0


def test_existing_files_are_not_overwritten_and_names_are_checked(annex_inputs, annexes, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    buurten, gemeenten = annex_inputs
    folder, _ = annexes
    before = os.path.getmtime(os.path.join(folder, "GM9901_Veenhoven.pdf"))
    with pytest.raises(QgsProcessingException, match="exist already"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "GEMEENTEN": gemeenten, "FOLDER": folder})
    assert os.path.getmtime(os.path.join(folder, "GM9901_Veenhoven.pdf")) == before
    with pytest.raises(QgsProcessingException, match="unknown gemeente code.*GM0000"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "GEMEENTEN": gemeenten, "CODES": "GM9901 GM0000",
                                                        "FOLDER": str(tmp_path / "x")})
    one = processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "HOUSEHOLDS": "aantal_huishoudens",
                                                          "GEMEENTEN": gemeenten, "CODES": "gm9903",
                                                          "FOLDER": str(tmp_path / "one")})
    assert one["ANNEXES"] == 1 and sorted(os.listdir(tmp_path / "one")) == ["GM9903_Lindeloo.pdf", "GM9903_Lindeloo.xlsx",
                                                                            "index.csv", "index.xlsx"]
    # One gemeente's annex is the same as in the run for all: it still compares with all buurten of the layer.
    alone = pd.read_excel(tmp_path / "one" / "GM9903_Lindeloo.xlsx", sheet_name="samenvatting")
    with_all = pd.read_excel(os.path.join(folder, "GM9903_Lindeloo.xlsx"), sheet_name="samenvatting")
    assert "alle buurten" in alone.columns
    pd.testing.assert_frame_equal(alone, with_all)


def test_cancel_between_gemeenten_leaves_no_half_file(annex_inputs, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    from qgis.core import QgsProcessingFeedback

    class CancelAfterFirst(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if value >= 25:
                self.cancel()

    buurten, gemeenten = annex_inputs
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "GEMEENTEN": gemeenten, "FOLDER": str(tmp_path)},
                       feedback=CancelAfterFirst())
    assert sorted(os.listdir(tmp_path)) == ["GM9901_Veenhoven.pdf", "GM9901_Veenhoven.xlsx"]



def test_a_gemeente_whose_spreadsheet_fails_keeps_no_pdf(annex_inputs, tmp_path, monkeypatch):
    """An annex is its PDF and spreadsheet together: when the spreadsheet of one gemeente cannot be written (here
    a disk error for GM9902's), its PDF, already in place, goes again; the other gemeenten get both files."""
    import processing
    from qgis.core import QgsProcessingException

    from leefbaarometer.processing.algorithms import export_annexes

    real = export_annexes.write_spreadsheet

    def failing_for_gm9902(path, *args, **kwargs):
        if os.path.basename(path).startswith("GM9902_"):
            raise OSError(28, "No space left on device")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(export_annexes, "write_spreadsheet", failing_for_gm9902)
    buurten, gemeenten = annex_inputs
    with pytest.raises(QgsProcessingException, match=r"1 of 4 annexes failed.*GM9902"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "GEMEENTEN": gemeenten, "FOLDER": str(tmp_path)})
    names = sorted(os.listdir(tmp_path))
    assert not [n for n in names if n.startswith("GM9902_")], names
    assert [n for n in names if n.startswith("GM99")] == [f"{stem}.{ext}" for stem in (
        "GM9901_Veenhoven", "GM9903_Lindeloo", "GM9904_Sudwaard") for ext in ("pdf", "xlsx")]

def test_gemeenten_layer_without_gm_code(annex_inputs, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    wrong = memory_layer({"gmc": "string"}, [("POLYGON((0 0, 1 0, 1 1, 0 0))", "GM9901")], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="no gemeente code field .*choose it"):
        processing.run("leefbaarometer:exportannexes", {"BUURTEN": annex_inputs[0], "GEMEENTEN": wrong, "FOLDER": str(tmp_path)})
    assert list(tmp_path.iterdir()) == []


def test_suppressed_households_follow_the_weights_rule(annex_inputs, tmp_path):
    """Two buurten with CBS's −99997 households: by default they count as 0 and the log says so; with the rule
    'error' the run stops and names them, before any file is written."""
    import processing
    from osgeo import gdal
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    from ..helpers import Log

    buurten, gemeenten = annex_inputs
    copy = str(tmp_path / "buurten.gpkg")
    gdal.VectorTranslate(copy, buurten)
    ds = ogr.Open(copy, 1)
    lyr = ds.GetLayer(0)
    for fid in sorted(f.GetFID() for f in lyr)[:2]:
        f = lyr.GetFeature(fid)
        f["aantal_huishoudens"] = -99997
        lyr.SetFeature(f)
    ds = None
    params = {"BUURTEN": copy, "HOUSEHOLDS": "aantal_huishoudens", "GEMEENTEN": gemeenten}
    log = Log()
    processing.run("leefbaarometer:exportannexes", {**params, "FOLDER": str(tmp_path / "zero")}, feedback=log)
    assert "WARNING 2 units have a suppressed aantal_huishoudens (−99997): count as 0 (the unit adds nothing)" in log.lines, log.lines
    with pytest.raises(QgsProcessingException, match=r"2 units have a suppressed aantal_huishoudens \(−99997, CBS\)"):
        processing.run("leefbaarometer:exportannexes", {**params, "SUPPRESSED": 2, "FOLDER": str(tmp_path / "error")})
    assert not (tmp_path / "error").exists() or not os.listdir(tmp_path / "error")


def test_each_gemeente_starts_from_a_clean_layout(annex_inputs):
    """The table pages of one gemeente are filled anew for the next one, their items kept, never added again: a run
    of hundreds of annexes keeps as many labels, tables and pages as its longest annex needs (creating them for
    every annex cost more than the export; removed items that stayed connected made every later seek slower).
    Nothing of the last gemeente shows in the next: what it does not use is hidden, its pages left out of exports."""
    import pandas as pd
    from qgis.core import QgsLayoutFrame
    from qgis.core import QgsLayoutItemLabel
    from qgis.core import QgsProcessingContext
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.annex import AnnexSettings
    from leefbaarometer.core.release import load_release
    from leefbaarometer.processing.algorithms.export_annexes import ExportAnnexesAlgorithm

    buurten, gemeenten = (QgsVectorLayer(p, n, "ogr") for p, n in zip(annex_inputs, ("buurten", "gemeenten")))
    alg = ExportAnnexesAlgorithm()
    alg.initAlgorithm()
    annex = alg._layout({}, QgsProcessingContext(), buurten, gemeenten, "gm_code", "gm_code", "bu_code", "bu_naam",
                        load_release(), AnnexSettings(2024, 2022, years=(2022, 2024)))
    table = pd.DataFrame({"Buurtcode": [f"BU{i:08d}" for i in range(80)], "Huishoudens": [100.0] * 80})
    tables = {"samenvatting": table, "onder_druk": table, "stijgers": None, "dalers": None, "laagste_onv": None}

    def shown():
        items = annex.layout.items()
        labels = [i for i in items if isinstance(i, QgsLayoutItemLabel) and i.isVisible()
                  and (i.text().startswith("BU") or "pagina" in i.text())]
        frames = [i for i in items if isinstance(i, QgsLayoutFrame) and i.isVisible()]
        pages = annex.layout.pageCollection()
        exported = [p for p in range(pages.pageCount()) if not pages.page(p).excludeFromExports()]
        return labels, frames, exported

    try:
        annex.select(["GM9901", "GM9902"])
        annex.atlas.beginRender()
        annex.seek(0)
        annex.fill("Veenhoven", "GM9901", tables, {}, "titel", "ondertitel", "bronnen")
        labels, frames, exported = shown()
        first = list(annex.layout.multiFrames())
        pages = annex.layout.pageCollection().pageCount()
        assert len(frames) >= 4 and len(exported) == pages >= 4  # 80 rows twice: tables continued over further pages
        assert len(labels) == pages and all("Veenhoven" in lab.text() for lab in labels)
        annex.clear()
        annex.seek(1)
        short = {**tables, "onder_druk": table.head(3)}
        annex.fill("'s-Heerenwaarde", "GM9902", short, {}, "titel", "ondertitel", "bronnen")
        assert list(annex.layout.multiFrames()) == first and annex.layout.pageCollection().pageCount() == pages
        labels, frames, exported = shown()
        # fewer pages: the ones left over are hidden from the export, with their tables and page numbers
        assert len(exported) < pages and len(labels) == len(exported) and len(frames) < len(first)
        assert all("'s-Heerenwaarde" in lab.text() and f"van {len(exported)}" in lab.text() for lab in labels)
        annex.atlas.endRender()
    finally:
        annex.close()


def test_annexes_of_wijken_cells_and_pc4_areas_name_their_level(annex_inputs, sample_dir, run_alg, tmp_path):
    """Wijken and 100 m cells as importscores makes them: the annex says Wijk / Gridcel, never Buurt; wijken find
    their gemeente in their code, cells through assignzones; PC4 areas without a gemeente field are told how to get
    one."""
    from qgis.core import QgsProcessingException

    from ..helpers import import_sample

    _, gemeenten = annex_inputs
    wijken = import_sample(run_alg, sample_dir, "wijken", str(tmp_path / "wijken.gpkg"))
    run_alg("exportannexes", {"BUURTEN": wijken, "GEMEENTEN": gemeenten, "CODES": "GM9901", "FOLDER": str(tmp_path / "w")})
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "w" / "GM9901_Veenhoven.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "buurt" not in text.lower()
    assert "Bijlage 2 — wijken waar de leefbaarheid structureel onder druk staat" in text and "Alle wijken" in text
    header = next(line for line in text.splitlines() if "Score overlast en onveiligheid" in line)
    assert header.split()[:2] == ["Wijkcode", "Wijk"]

    grid = import_sample(run_alg, sample_dir, "grids", str(tmp_path / "grid.gpkg"))
    cells = run_alg("assignzones", {"INPUT": grid, "ZONES": gemeenten, "METHOD": 1, "OUTPUT": str(tmp_path / "cells.gpkg")})
    assert cells["UNITS_WITHOUT_ZONE"] == 0 and cells["CODE_FIELD_WRITTEN"] == "gm_code"
    run_alg("exportannexes", {"BUURTEN": cells["OUTPUT"], "GEMEENTEN": gemeenten, "CODES": "GM9901",
                              "FOLDER": str(tmp_path / "g")})
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "g" / "GM9901_Veenhoven.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "buurt" not in text.lower() and "Alle gridcellen" in text and "aantallen in gridcellen" in text
    header = next(line for line in text.splitlines() if "Score overlast en onveiligheid" in line)
    assert header.split()[0] == "Gridcel" and "Naam" not in header

    pc4 = import_sample(run_alg, sample_dir, "PC4", str(tmp_path / "pc4.gpkg"))
    with pytest.raises(QgsProcessingException, match=r"the postcodegebieden have no gemeente code field.*assignzones"):
        run_alg("exportannexes", {"BUURTEN": pc4, "GEMEENTEN": gemeenten, "FOLDER": str(tmp_path / "p")})
