"""The main job on the embedded sample: generate the sample region and run the whole pipeline, writing real outputs.

Usage: python scripts/run_demo.py [OUTPUT_FOLDER]   (default: ./output)
Every GeoPackage gets its style saved as the default, so it opens styled in QGIS.
"""
import os
import sys
import time

from standalone import ROOT
from standalone import start_qgis


def main(out):
    start_qgis()
    import processing
    from qgis.core import NULL
    from qgis.core import QgsProcessingFeedback
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.views import category_spec
    from leefbaarometer.core.views import class_field_spec
    from leefbaarometer.core.views import ranking_spec
    from leefbaarometer.core.views import score_layer_spec
    from leefbaarometer.processing.compat import save_style_to_database
    from leefbaarometer.processing.styling import apply_style
    from leefbaarometer.sample.publish import publish
    from leefbaarometer.sample.region import SAMPLE
    from leefbaarometer.sample.region import generate

    t0 = time.time()
    os.makedirs(out, exist_ok=True)
    data = os.path.join(out, "sample")
    region = generate(SAMPLE)
    scores = publish(region, data)
    print(f"1. sample region: {len(region.dwellings)} cells, {len(region.buurten)} buurten, "
          f"{len(region.gemeenten)} gemeenten -> {data}")
    feedback = QgsProcessingFeedback()
    step = [1]

    def run(alg, params, name, style, note=""):
        target = os.path.join(out, name)
        if os.path.exists(target):
            os.remove(target)
        result = processing.run(f"leefbaarometer:{alg}", {**params, "OUTPUT": target}, feedback=feedback)
        layer = QgsVectorLayer(target, name[:-5], "ogr")
        count = layer.featureCount()  # before saving the style: OGR cannot count through that connection after it
        style(layer)
        error = save_style_to_database(layer, name[:-5], "Leefbaarometer")
        if error:
            raise RuntimeError(f"{target}: the style was not saved: {error}")
        step[0] += 1
        print(f"{step[0]}. {alg}{note}: {count} features -> {target}")
        return target, result

    release = load_release()  # the demo runs every tool with the shipped release profile

    def scores_style(title):
        return lambda layer: apply_style(layer, score_layer_spec(layer.fields().names(), release), release, title)

    def classes_style(field, title, change=False):
        return lambda layer: apply_style(layer, class_field_spec(field, release, change), release, title)

    def categories_style(field, kind, title):
        return lambda layer: apply_style(layer, category_spec(field, kind), release, title)

    levels = [("grid_id", None, "lbm_grid.gpkg"), ("PC4", "PC4 2024.gpkg", "lbm_pc4.gpkg"),
              ("bu_code", "buurt 2024.gpkg", "lbm_buurten.gpkg"), ("wk_code", "wijk 2024.gpkg", "lbm_wijken.gpkg"),
              ("gm_code", "gemeente 2024.gpkg", "lbm_gemeenten.gpkg")]
    imported = {}
    for key, geometry, name in levels:
        params = {"SCORES": scores[key]}
        if geometry:
            params["GEOMETRY"] = os.path.join(data, geometry)
        imported[key], _ = run("importscores", params, name, scores_style(f"Leefbaarometer {key}"), f" {key}")

    # PC4 areas have no gemeente in the published file: give them the one they overlap most.
    _, assigned = run("assignzones", {"INPUT": imported["PC4"], "ZONES": os.path.join(data, "gemeente 2024.gpkg")},
                      "lbm_pc4_gemeenten.gpkg", scores_style("Leefbaarometer PC4 with gemeente"), " (PC4 -> gemeenten)")
    print(f"   gemeente written to {assigned['CODE_FIELD_WRITTEN']}; {assigned['UNITS_WITHOUT_ZONE']} PC4 areas in no gemeente")
    _, checked = run("score", {"INPUT": imported["bu_code"]}, "lbm_buurten_checked.gpkg",
                     scores_style("Leefbaarometer buurten, checked"), " (check)")
    print(f"   check: {checked['DISAGREEMENTS']} buurt-years where afw ≠ Σ dimensions or lbm ≠ C + afw")
    classified, _ = run("classify", {"INPUT": imported["bu_code"]}, "lbm_buurten_classes.gpkg",
                        classes_style("kscore_2024", "Leefbaarometer buurten 2024, classes"))
    run("change", {"INPUT": classified, "YEAR_FROM": 2022, "YEAR_TO": 2024}, "lbm_buurten_change_2022_2024.gpkg",
        classes_style("kdafw_2022_2024", "Leefbaarometer buurten, change 2022-2024", change=True))
    run("change", {"INPUT": imported["grid_id"], "MODE": 1}, "lbm_grid_change.gpkg",
        classes_style("kdafw_2022_2024", "Leefbaarometer grid, change", change=True),
        " (every consecutive pair)")

    # Dwellings per cell from the CBS-style statistics, joined on the grid id, as aggregation weights.
    joined = processing.run("native:joinattributestable", {
        "INPUT": imported["grid_id"], "FIELD": "grid_id", "INPUT_2": os.path.join(data, "cbs_vierkant100m_2024.csv"),
        "FIELD_2": "c28992r100", "FIELDS_TO_COPY": ["aantal_woningen", "buurtcode", "gemeentecode"],
        "METHOD": 1, "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    # CBS suppresses counts below 5 (−99997): count them as 2, the middle of 0–4.
    run("aggregate", {"INPUT": joined, "WEIGHT": "aantal_woningen", "SUPPRESSED": 1,
                      "ZONES": os.path.join(data, "buurt 2024.gpkg")},
        "lbm_grid_to_buurten.gpkg", scores_style("Leefbaarometer: grid to buurten, dwelling-weighted"),
        " grid -> buurten (CBS dwellings, suppressed counted as 2)")
    run("aggregate", {"INPUT": joined, "WEIGHT": "aantal_woningen", "SUPPRESSED": 1,
                      "ZONES": os.path.join(data, "gemeente 2024.gpkg"), "ZONE_FIELD": "gemeentecode"},
        "lbm_grid_to_gemeenten.gpkg", scores_style("Leefbaarometer: grid to gemeenten, dwelling-weighted"),
        " grid -> gemeenten")

    # The analyses of the reports to parliament (criteria are the plugin's documented defaults, not official).
    grid_stats = processing.run("native:joinattributestable", {
        "INPUT": imported["grid_id"], "FIELD": "grid_id", "INPUT_2": os.path.join(data, "cbs_vierkant100m_2024.csv"),
        # Fields in the table's own order: QGIS 3.22's join names copied fields in the given order but fills them
        # in the table's order.
        "FIELD_2": "c28992r100", "FIELDS_TO_COPY": ["aantal_part_huishoudens", "aantal_woningen", "buurtcode", "wijkcode",
                                                    "gemeentecode"], "METHOD": 1, "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    buurt_stats = processing.run("native:joinattributestable", {
        "INPUT": imported["bu_code"], "FIELD": "bu_code", "INPUT_2": os.path.join(data, "cbs_kerncijfers_2024.csv"),
        "FIELD_2": "code", "FIELDS_TO_COPY": ["aantal_huishoudens", "woningvoorraad", "ervaren_gezondheid_slecht_pct"],
        "METHOD": 1, "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]

    def table(alg, params, name, note=""):
        target = os.path.join(out, name)
        result = processing.run(f"leefbaarometer:{alg}", {**params, "OUTPUT": target}, feedback=feedback)
        step[0] += 1
        print(f"{step[0]}. {alg}{note} -> {target}")
        return result

    xlsx = os.path.join(out, "summary.xlsx")
    table("summary", {"INPUT": grid_stats, "WEIGHTS": ["aantal_part_huishoudens", "aantal_woningen"],
                      "GROUP_FIELD": "gemeentecode", "XLSX": xlsx}, "summary.csv", f" (national picture; also {xlsx})")
    risers_list = os.path.join(out, "risers_fallers_per_zone.csv")
    r = run("risersfallers", {"INPUT": grid_stats, "REPORT_WEIGHTS": ["aantal_woningen", "aantal_part_huishoudens"],
                              "ZONE_FIELDS": ["gemeentecode", "wijkcode", "buurtcode"], "LIST": risers_list},
            "risers_fallers_2022_2024.gpkg", categories_style("rf_2022_2024", "rf", "Stijgers en dalers 2022-2024"))[1]
    print(f"   {r['RISERS']} stijgers, {r['FALLERS']} dalers, {r['SLIDERS']} afglijders (cells); lists -> {risers_list}")
    pressure_path, r = run("pressure", {"INPUT": grid_stats, "WEIGHT": "aantal_woningen", "HOUSEHOLDS": "aantal_part_huishoudens",
                                        "CODE_FIELDS": ["buurtcode", "wijkcode", "gemeentecode"]},
                           "structureel_onder_druk.gpkg", classes_style("k_laatst", "Structureel onder druk"))
    print(f"   {r['CLUSTERS']} areas structurally under pressure")
    run("trajectory", {"INPUT": imported["bu_code"], "SPATIAL": True, "MATRIX": os.path.join(out, "transitions_buurten.csv")},
        "trajectories_buurten.gpkg", categories_style("traject_label", "traject", "Trajectories 2002-2024"),
        " (2002-2024, with transition matrix)")
    r = table("classprofile", {"INPUT": buurt_stats, "INDICATOR": "ervaren_gezondheid_slecht_pct", "WEIGHT": "aantal_huishoudens",
                               "CHART": os.path.join(out, "health_per_class.png")}, "health_per_class.csv", " (poor health per class)")
    print(f"   poor health: {r['RATIO']:.1f} times as common in classes 1-3 as in 7-9; Spearman with afw {r['SPEARMAN']:.2f}")
    table("zonecompare", {"INPUT": imported["bu_code"], "ZONES": pressure_path, "DISTANCE": 1000},
          "pressure_areas_against_rest.csv", " (buurten in the pressure areas and the 1 km around them against the rest)")
    run("hotspots", {"INPUT": imported["grid_id"], "YEARS": "2014,2024"}, "hotspots_grid.gpkg",
        categories_style("spot_2024", "spot", "Hot and cold spots 2024"), " (Gi*, 2014 and 2024)")
    _, r = run("earlywarning", {"INPUT": imported["bu_code"]}, "early_warning_buurten.gpkg",
               categories_style("risico", "risico", "Early warning (indicative)"), " (indicative)")
    print(f"   {r['BACKTEST_LINE'] or 'no back-test (too few measurements)'}")
    # The reports' comparisons: the gap between weak and strong buurten per gemeente, the buurten lowest on onv
    # (klassiek or gecompenseerd), and the gemeenten ranked on several indicators.
    _, r = run("differences", {"INPUT": imported["bu_code"], "YEAR_FROM": 2014, "YEAR_TO": 2024,
                               "ZONES": os.path.join(data, "gemeente 2024.gpkg")}, "differences_gemeenten.gpkg",
               categories_style("pattern", "patroon", "Gap between weak and strong buurten 2014-2024"),
               " (weak and strong buurten per gemeente, 2014-2024)")
    print(f"   zwak daalt: {r['WEAK_FALLS']}, zwak stijgt minder: {r['WEAK_RISES_LESS']}, "
          f"verschil kleiner: {r['GAP_SMALLER']} gemeenten; all buurten: dgap {r['NATIONAL_DGAP']:+.3f}")
    chart = os.path.join(out, "dimension_correlations.png")
    _, r = run("dimensionprofile", {"INPUT": imported["bu_code"], "COUNT": 10, "CHART": chart,
                                    "CORRELATIONS": os.path.join(out, "dimension_correlations.csv")},
               "lowest_onv_buurten.gpkg", categories_style("type", "type", "Lowest buurten on onv, by type"),
               " (the 10 buurten lowest on onv; correlations chart)")
    print(f"   {r['CLASSIC']} klassiek, {r['COMPENSATED']} gecompenseerd, {r['BETWEEN']} tussen; chart -> {chart}")

    def ranking_style(layer):
        ranked = sum(1 for f in layer.getFeatures() if f["rank"] is not None and f["rank"] != NULL)
        apply_style(layer, ranking_spec(ranked), release, "Gemeenten ranked on afw, onv and soc 2024")

    _, r = run("rankzones", {"INPUT": imported["gm_code"], "INDICATORS": "afw_2024,low,2,onv_2024,low,1,soc_2024,low,1"},
               "ranking_gemeenten.gpkg", ranking_style, " (gemeenten on afw, onv and soc 2024)")
    print(f"   {r['RANKED']} gemeenten ranked, {r['NOT_RANKED']} not")
    annex_folder = os.path.join(out, "annexes")
    buurten_hh = processing.run("native:joinattributestable", {
        "INPUT": imported["bu_code"], "FIELD": "bu_code", "INPUT_2": os.path.join(data, "cbs_kerncijfers_2024.csv"),
        "FIELD_2": "code", "FIELDS_TO_COPY": ["aantal_huishoudens"], "METHOD": 1,
        "OUTPUT": os.path.join(out, "lbm_buurten_households.gpkg")}, feedback=feedback)["OUTPUT"]
    r = processing.run("leefbaarometer:exportannexes", {
        "BUURTEN": buurten_hh, "HOUSEHOLDS": "aantal_huishoudens", "GEMEENTEN": imported["gm_code"],
        "FOLDER": annex_folder, "OVERWRITE": True}, feedback=feedback)
    step[0] += 1
    print(f"{step[0]}. exportannexes: {r['ANNEXES']} gemeenten, a PDF and a spreadsheet each, and an index -> {annex_folder}")
    print(f"done in {time.time() - t0:.1f} s; open the GeoPackages in {out} with QGIS (they open styled).")


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "output")))
