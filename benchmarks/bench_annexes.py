"""Benchmark: annexes for every gemeente of the national-size synthetic set, beside QGIS's native atlas export.

Usage: .venv/bin/python benchmarks/bench_annexes.py [WORK_FOLDER]
Aim (issue 13): 340 annexes ≤ 1.5 × QGIS's own atlas export of the same layout, all under 5 minutes on 2 cores;
issue 26: 361 annexes with charts and text ≤ 1.2 × (the native export's layout carries the first gemeente's text,
tables and charts, as the plugin filled them).
Prepares (once) national buurt and gemeente layers from the sample generator, then times
leefbaarometer:exportannexes for all gemeenten (PDF + XLSX each, and the index) and
native:atlaslayouttomultiplepdf on the same layout (maps and layout as the last annex left them).
"""
import os
import shutil
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def prepare(work):
    buurten = os.path.join(work, "annex_buurten.gpkg")
    gemeenten = os.path.join(work, "annex_gemeenten.gpkg")
    if os.path.exists(buurten) and os.path.exists(gemeenten):
        return buurten, gemeenten
    import processing

    from leefbaarometer.sample import publish
    from leefbaarometer.sample.region import NATIONAL
    from leefbaarometer.sample.region import generate

    t = time.time()
    region = generate(NATIONAL)
    geo = os.path.join(work, "geo")
    os.makedirs(geo, exist_ok=True)
    paths = publish.write_scores(region, geo)
    publish.write_statistics(region, geo)
    b, w, g = region.buurten, region.wijken, region.gemeenten
    wk_of_bu, gm_of_wk = b["wk"].to_numpy(), w["gm"].to_numpy()
    polys = publish._polygonize(region.bu_raster, region, b)
    publish._write_gpkg(os.path.join(geo, "buurt.gpkg"), "buurt", {
        "bu_code": b.bu_code.to_numpy(), "bu_naam": b.bu_naam.to_numpy(),
        "gm_code": g.gm_code.to_numpy()[gm_of_wk[wk_of_bu]]}, [polys[i] for i in range(len(b))])
    polys = publish._polygonize(region.gm_raster, region, g)
    publish._write_gpkg(os.path.join(geo, "gemeente.gpkg"), "gemeente", {"gm_code": g.gm_code.to_numpy(),
                                                                          "gm_naam": g.gm_naam.to_numpy()},
                        [polys[i] for i in range(len(g))])
    imported = os.path.join(work, "annex_buurten_scores.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": paths["bu_code"], "GEOMETRY": os.path.join(geo, "buurt.gpkg"),
                                                   "OUTPUT": imported})
    processing.run("native:joinattributestable", {"INPUT": imported, "FIELD": "bu_code", "FIELD_2": "code",
                                                  "INPUT_2": os.path.join(geo, "cbs_kerncijfers_2024.csv"),
                                                  "FIELDS_TO_COPY": ["aantal_huishoudens"], "METHOD": 1, "OUTPUT": buurten})
    processing.run("leefbaarometer:importscores", {"SCORES": paths["gm_code"], "GEOMETRY": os.path.join(geo, "gemeente.gpkg"),
                                                   "OUTPUT": gemeenten})
    print(f"prepared national buurten and gemeenten in {time.time() - t:.0f} s")
    return buurten, gemeenten


def main(work):
    from standalone import start_qgis

    start_qgis()
    import processing
    from qgis.core import QgsProcessingContext
    from qgis.core import QgsProcessingFeedback
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.annex import AnnexSettings
    from leefbaarometer.core.release import load_release
    from leefbaarometer.processing.algorithms.export_annexes import ExportAnnexesAlgorithm

    os.makedirs(work, exist_ok=True)
    buurten, gemeenten = prepare(work)
    n_bu = QgsVectorLayer(buurten, "b", "ogr").featureCount()
    out = os.path.join(work, "annexes")
    shutil.rmtree(out, ignore_errors=True)
    # The first gemeente's annex as the plugin filled it (tables, text, charts), for the native export below.
    from leefbaarometer.processing.annex_layout import AnnexLayout

    first = {}
    real_fill = AnnexLayout.fill

    def keep_first(annex, name, code, tables, notes, title, subtitle, sources, charts=None, svgs=None):
        first.setdefault("fill", (name, code, tables, notes, charts, svgs))
        return real_fill(annex, name, code, tables, notes, title, subtitle, sources, charts, svgs)

    AnnexLayout.fill = keep_first
    t = time.time()
    r = processing.run("leefbaarometer:exportannexes", {"BUURTEN": buurten, "HOUSEHOLDS": "aantal_huishoudens",
                                                        "GEMEENTEN": gemeenten, "FOLDER": out})
    ours = time.time() - t
    AnnexLayout.fill = real_fill
    print(f"exportannexes: {r['ANNEXES']} gemeenten ({n_bu} buurten) in {ours:.0f} s = {ours / r['ANNEXES']:.2f} s per annex "
          f"(PDF + XLSX; including the analyses and finding neighbouring buurten)")

    # The same layout through QGIS's own atlas export.
    project = QgsProject.instance()
    buurt_layer, gem_layer = QgsVectorLayer(buurten, "buurten", "ogr"), QgsVectorLayer(gemeenten, "gemeenten", "ogr")
    alg = ExportAnnexesAlgorithm()
    alg.initAlgorithm()
    codes = sorted(str(f["gm_code"]) for f in gem_layer.getFeatures())
    # The same layout the plugin used, with the pages of its first gemeente filled in as the plugin filled them
    # (text, tables, charts with their labels; the atlas repeats them).
    annex = alg._layout({}, QgsProcessingContext(), buurt_layer, gem_layer, "gm_code", "gm_code", "bu_code", "bu_naam",
                        load_release(), AnnexSettings(2024, 2022, years=(2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024)),
                        project=project)
    annex.select(codes)
    layout = annex.layout
    name, code, tables, missing, charts, svgs = first["fill"]
    annex.atlas.beginRender()
    annex.seek(0)
    annex.fill(name, code, tables, missing, "titel", "ondertitel", "bronnen", charts, svgs)
    annex.atlas.endRender()
    layout.setName("bench annex")
    project.layoutManager().addLayout(layout)
    native_out = os.path.join(work, "native_atlas")
    shutil.rmtree(native_out, ignore_errors=True)
    os.makedirs(native_out)
    context = QgsProcessingContext()
    context.setProject(project)
    # QGIS 3.22 has native:atlaslayouttopdf (one PDF for the whole atlas); native:atlaslayouttomultiplepdf came
    # in 3.24 and calls QgsLayoutExporter.exportToPdfs, timed here directly.
    from qgis.core import QgsApplication
    from qgis.core import QgsLayoutExporter

    multi = QgsApplication.processingRegistry().algorithmById("native:atlaslayouttomultiplepdf")
    t = time.time()
    if multi is not None:
        processing.run("native:atlaslayouttomultiplepdf", {"LAYOUT": "bench annex", "FILENAME_EXPRESSION": '"gm_code"', "DPI": 150,
                                                           "OUTPUT_FOLDER": native_out}, context=context, feedback=QgsProcessingFeedback())
        label = "native:atlaslayouttomultiplepdf"
    else:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        layout.atlas().setFilenameExpression('"gm_code"')
        result, error = QgsLayoutExporter.exportToPdfs(layout.atlas(), os.path.join(native_out, "atlas.pdf"), settings)
        label = "QgsLayoutExporter.exportToPdfs (what the 3.24+ algorithm runs)"
    native = time.time() - t
    n_native = len([f for f in os.listdir(native_out) if f.endswith(".pdf")])
    print(f"{label}, same layout: {n_native} PDFs in {native:.0f} s = {native / max(n_native, 1):.2f} s per PDF")
    print(f"ratio plugin / native: {ours / native:.2f} (the plugin also computes the analyses and writes the spreadsheets)")
    t = time.time()
    processing.run("native:atlaslayouttopdf", {"LAYOUT": "bench annex", "DPI": 150, "OUTPUT": os.path.join(work, "native_atlas.pdf")},
                   context=context, feedback=QgsProcessingFeedback())
    single = time.time() - t
    print(f"native:atlaslayouttopdf (all gemeenten in one PDF), same layout: {single:.0f} s -> ratio plugin / native {ours / single:.2f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
