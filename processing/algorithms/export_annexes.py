"""leefbaarometer:exportannexes — per gemeente a PDF annex from a print-layout template, and a spreadsheet."""
import html as html_lib
import os

import numpy as np
from qgis.core import (
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemHtml,
    QgsLayoutItemLabel,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsReadWriteContext,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ...core.annex import TABLE_TITLES, TABLES, AnnexSettings, annex_tables, safe_file_name
from ...core.area_filter import parse_gemeente_codes
from ...core.errors import LbmInputError
from ...core.schema import GEMEENTE_CODE_FIELDS, KEY_ALIASES, NAME_ALIASES, find_field, gemeente_of
from ...core.values import group_codes, key_text
from ...core.views import layer_scores, view_spec
from ...core.weights import weight_column
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..geometry import unit_pairs
from ..io.write import atomic_file, write_spreadsheet
from ..params import RELEASE_HELP, add_release_parameters
from ..styling import renderer_from_spec

TEMPLATE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "annex_template.qpt")


class ExportAnnexesAlgorithm(LbmAlgorithm):
    NAME = "exportannexes"
    DISPLAY_NAME = "Export annexes per gemeente"
    GROUP = "Reports"
    (BUURTEN, HOUSEHOLDS, GM_FIELD, GEMEENTEN, CODES, YEAR, BASE_YEAR, TEMPLATE_FILE, FOLDER, OVERWRITE, CSV) = (
        "BUURTEN", "HOUSEHOLDS", "GM_FIELD", "GEMEENTEN", "CODES", "YEAR", "BASE_YEAR", "TEMPLATE", "FOLDER",
        "OVERWRITE", "CSV")
    HELP = (
        "<p>For every gemeente (or the codes you list) an annex as the ministry sends the gemeenten concerned: a PDF "
        "made from a print-layout template with an atlas over the gemeenten, and a spreadsheet with the same tables. "
        "The PDF holds a map of the buurten in score classes and a map of the change since the base year, a summary "
        "(weighted mean afw and class, households per class group and their change since the base year, beside the "
        "figures for all buurten of the layer), and the tables: buurten structurally under pressure (bijlage 2), "
        "stijgers (3), dalers (4) and the lowest scores on overlast en onveiligheid (5); sources, release, classification "
        "and criteria; page numbers. Once per run an index lists every gemeente with its counts.</p>"
        "<p>File names are safe and predictable: <code>GM0599_Rotterdam.pdf</code>, <code>GM0796_s-Hertogenbosch.xlsx</code>. "
        "Existing files are not overwritten unless you allow it. Each file is written to a temporary name and moved "
        "into place when complete; cancelling stops between gemeenten.</p>"
        "<p><b>Template</b>: the plugin's own (<code>resources/annex_template.qpt</code>) or yours; the export fills "
        "items with the ids titel, kaart_klassen, kaart_verandering, legenda_klassen, legenda_verandering, "
        "samenvatting, bronnen and the HTML frame of the tables, where the template has them.</p>"
        "<p>Households weigh the means and counts (CBS key figures joined to the buurten); without them every buurt "
        "counts once. The criteria are the plugin's defaults, not the ministry's (not published).</p>" + RELEASE_HELP
    )

    def flags(self):
        # Layout export must run on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.BUURTEN, self.tr("Buurten with scores"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(self.HOUSEHOLDS, self.tr("Households"), parentLayerParameterName=self.BUURTEN, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GM_FIELD, self.tr("Gemeente code field of the buurten (empty: from the buurt code)"),
                                                      parentLayerParameterName=self.BUURTEN, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.GEMEENTEN, self.tr("Gemeenten (gm_code, gm_naam)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString(self.CODES, self.tr("Only these gemeenten (codes, e.g. GM0599 GM0014)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, self.tr("Year"), defaultValue=2024, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(self.BASE_YEAR, self.tr("Base year"), defaultValue=2022, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterFile(self.TEMPLATE_FILE, self.tr("Layout template (.qpt; empty: the plugin's)"),
                                                     optional=True, fileFilter="Layout templates (*.qpt)"))
        self.addParameter(QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.CSV, self.tr("Also CSV files"), defaultValue=False))
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFolderDestination(self.FOLDER, self.tr("Folder for the annexes")))
        self.addOutput(QgsProcessingOutputNumber("ANNEXES", self.tr("Annexes written")))

    def compute(self, parameters, context, feedback):
        buurt_layer = self.parameterAsVectorLayer(parameters, self.BUURTEN, context)
        gem_layer = self.parameterAsVectorLayer(parameters, self.GEMEENTEN, context)
        if buurt_layer is None or gem_layer is None:
            raise LbmInputError("give the buurten and the gemeenten as layers")
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        os.makedirs(folder, exist_ok=True)
        names = buurt_layer.fields().names()
        code_f = find_field(names, KEY_ALIASES["bu_code"])
        name_f = find_field(names, NAME_ALIASES["bu_code"])
        if code_f is None:
            raise LbmInputError(f"the buurt layer has no buurt code field (bu_code or code); its fields: {', '.join(names)}")
        gm_f = self.parameterAsString(parameters, self.GM_FIELD, context) or find_field(names, GEMEENTE_CODE_FIELDS)
        hh_f = self.parameterAsString(parameters, self.HOUSEHOLDS, context)
        # Every buurt is read, also when only some gemeenten are asked for: each annex compares its gemeente
        # with all buurten of the layer, and pressure clusters may cross a gemeente boundary.
        inp = self.read_input(parameters, context, feedback, [code_f, name_f, gm_f, hh_f], name=self.BUURTEN)
        data, extra, release, source = inp.data, inp.extra, inp.release, inp.source
        codes = group_codes(extra[code_f])
        gm_codes = group_codes(extra[gm_f]) if gm_f else np.array([gemeente_of(c) for c in codes], dtype=object)
        settings = AnnexSettings(int(self.parameterAsDouble(parameters, self.YEAR, context)),
                                 int(self.parameterAsDouble(parameters, self.BASE_YEAR, context)))
        feedback.pushInfo("Finding neighbouring buurten …")
        pairs = unit_pairs(source, context, feedback, data.fids)
        tables, index = annex_tables(data, release, codes, group_codes(extra[name_f]) if name_f else codes, gm_codes,
                                     weight_column(extra, hh_f), pairs, settings)
        gem_fields = gem_layer.fields().names()
        if "gm_code" not in gem_fields:
            raise LbmInputError(f"the gemeenten layer needs a field gm_code (and gm_naam for the names); its fields: {', '.join(gem_fields)}")
        gem_names = {key_text(f["gm_code"]): (str(f["gm_naam"]) if "gm_naam" in gem_fields else key_text(f["gm_code"]))
                     for f in gem_layer.getFeatures()}
        chosen = self._chosen(parameters, context, tables, gem_names)
        targets = {c: os.path.join(folder, safe_file_name(c, gem_names.get(c, c))) for c in chosen}
        if not self.parameterAsBool(parameters, self.OVERWRITE, context):
            existing = [t + ext for t in targets.values() for ext in (".pdf", ".xlsx") if os.path.exists(t + ext)]
            if existing:
                raise LbmInputError(f"{len(existing)} annex file(s) exist already, e.g. {os.path.basename(existing[0])}; "
                                    "allow overwriting, or choose another folder")
        credit = f"{release.credit}. Bron buurtgrenzen en huishoudens: CBS. Classificatie: {release.title}."
        crit = settings.text()
        layout, project = self._layout(parameters, context, buurt_layer, gem_layer, release, settings, chosen)
        written = 0
        atlas = layout.atlas()
        atlas.beginRender()
        for n in range(atlas.count()):
            check_cancel(feedback)
            atlas.seekTo(n)
            code = key_text(atlas.layout().reportContext().feature()["gm_code"])
            name = gem_names.get(code, code)
            feedback.pushInfo(f"{n + 1}/{atlas.count()}: {code} {name}")
            self._fill(layout, tables[code], name, code, settings, credit, crit)
            atomic_file(targets[code] + ".pdf", lambda tmp: _export_pdf(layout, tmp))
            sheets = {t: tables[code][t] for t in TABLES}
            write_spreadsheet(targets[code] + ".xlsx", sheets, crit, credit)
            if self.parameterAsBool(parameters, self.CSV, context):
                for t in TABLES:
                    atomic_file(f"{targets[code]}_{t}.csv", lambda tmp, df=sheets[t]: df.to_csv(tmp, index=False))
            written += 1
            feedback.setProgress(100.0 * (n + 1) / max(atlas.count(), 1))
        atlas.endRender()
        index = index[index.gemeentecode.isin(chosen)].copy()
        index.insert(1, "gemeente", [gem_names.get(c, c) for c in index.gemeentecode])
        index["pdf"] = [os.path.basename(targets[c]) + ".pdf" for c in index.gemeentecode]
        index["criteria"] = crit
        write_spreadsheet(os.path.join(folder, "index.xlsx"), {"gemeenten": index}, crit, credit)
        atomic_file(os.path.join(folder, "index.csv"), lambda tmp: index.to_csv(tmp, index=False))
        del project
        return {self.FOLDER: folder, "ANNEXES": written}

    def _chosen(self, parameters, context, tables, gem_names):
        available = [c for c in sorted(tables) if c in gem_names]
        if not available:
            raise LbmInputError("no gemeente code of the buurten is in the gemeenten layer (field gm_code)")
        wanted = parse_gemeente_codes(self.parameterAsString(parameters, self.CODES, context))
        if not wanted:
            return available
        unknown = [c for c in wanted if c not in available]
        if unknown:
            raise LbmInputError(f"unknown gemeente code(s): {', '.join(unknown)}; the layers have e.g. {', '.join(available[:5])}")
        return wanted

    def _layout(self, parameters, context, buurt_layer, gem_layer, release, settings, chosen, project=None):
        """A project of its own (or the one given) with the styled layers, and the layout from the template with its atlas."""
        project = project or QgsProject()
        project.setCrs(buurt_layer.crs())
        scores = layer_scores(buurt_layer.fields().names())
        classes = buurt_layer.clone()
        classes.setName("Scoreklassen")
        change = buurt_layer.clone()
        change.setName("Verandering")
        for lyr, view in ((classes, "classes"), (change, "change")):
            spec = view_spec(scores, release, view, "total", settings.year, settings.base_year)
            if spec is None:
                raise LbmInputError(f"the buurt layer lacks the scores of {settings.year} or {settings.base_year}")
            lyr.setRenderer(renderer_from_spec(spec))
        outline = gem_layer.clone()
        outline.setName("Gemeentegrens")
        outline.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#222222", "outline_width": "0.6"})))
        for lyr in (classes, change, outline):
            project.addMapLayer(lyr)
        path = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context) or TEMPLATE
        doc = QDomDocument()
        with open(path, encoding="utf-8") as fh:
            if not doc.setContent(fh.read()):
                raise LbmInputError(f"{path} is not a QGIS layout template (.qpt)")
        layout = QgsPrintLayout(project)
        layout.loadFromTemplate(doc, QgsReadWriteContext())
        for item_id, layers in (("kaart_klassen", [outline, classes]), ("kaart_verandering", [outline, change])):
            m = layout.itemById(item_id)
            if m is not None:
                m.setLayers(layers)
                m.setKeepLayerSet(True)
        for item_id, layer in (("legenda_klassen", classes), ("legenda_verandering", change)):
            legend = layout.itemById(item_id)
            if legend is not None:
                root = legend.model().rootGroup()
                root.clear()
                root.addLayer(layer)
                legend.updateLegend()
        atlas = layout.atlas()
        atlas.setCoverageLayer(outline)
        atlas.setEnabled(True)
        atlas.setFilterFeatures(True)
        atlas.setFilterExpression('"gm_code" IN (' + ", ".join("'" + c.replace("'", "''") + "'" for c in chosen) + ")")
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"gm_code"')
        self._page_labels = []
        return layout, project

    def _fill(self, layout, tables, name, code, settings, credit, crit):
        title = layout.itemById("titel")
        if title is not None:
            title.setText(f"Leefbaarometer {settings.year} — {name} ({code})")
        summary = layout.itemById("samenvatting")
        if summary is not None:
            summary.setText(f"<h3 style='font-family:DejaVu Sans'>Samenvatting {settings.year} (basisjaar {settings.base_year})</h3>"
                            + _html_table(tables["samenvatting"]))
        sources = layout.itemById("bronnen")
        if sources is not None:
            sources.setText(f"{credit}\nCriteria: {crit}")
        html = next((mf for mf in layout.multiFrames() if isinstance(mf, QgsLayoutItemHtml)), None)
        if html is not None:
            body = "".join(f"<h3>{html_lib.escape(TABLE_TITLES[t])}</h3>" + (_html_table(tables[t]) if len(tables[t]) else "<p>Geen buurten.</p>")
                           for t in TABLES if t != "samenvatting")
            html.setHtml(f"<div style='font-family:DejaVu Sans;font-size:8pt'>{body}</div>")
            html.loadHtml()
        for label in self._page_labels:  # page numbers: the table pages vary per gemeente
            layout.removeLayoutItem(label)
        self._page_labels = []
        pages = layout.pageCollection().pageCount()
        for p in range(pages):
            label = QgsLayoutItemLabel(layout)
            label.setText(f"{name} — pagina {p + 1} van {pages}")
            label.setFont(QFont("DejaVu Sans", 7))
            layout.addLayoutItem(label)
            label.attemptMove(QgsLayoutPoint(130, 289, QgsUnitTypes.LayoutMillimeters), page=p)
            label.attemptResize(QgsLayoutSize(70, 5, QgsUnitTypes.LayoutMillimeters))
            self._page_labels.append(label)
        # no layout.refresh(): the exporter renders every item afresh, and the atlas has set the maps


def _cell(v):
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        return f"{int(v):,}".replace(",", ".") if v.is_integer() else f"{v:.4f}"
    return str(v)


def _html_table(df):
    head = "".join(f"<th style='text-align:left;border-bottom:1px solid #444'>{html_lib.escape(str(c))}</th>" for c in df.columns)
    rows = "".join("<tr>" + "".join(f"<td style='padding-right:6px'>{html_lib.escape(_cell(v))}</td>" for v in row) + "</tr>"
                   for row in df.itertuples(index=False))
    return f"<table style='font-family:DejaVu Sans;font-size:8pt;border-collapse:collapse'><tr>{head}</tr>{rows}</table>"


def _export_pdf(layout, path):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    result = QgsLayoutExporter(layout).exportToPdf(path, settings)
    if result != QgsLayoutExporter.Success:
        raise QgsProcessingException(f"could not write {path} (layout export error {result})")

