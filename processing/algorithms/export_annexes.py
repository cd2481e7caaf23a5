"""leefbaarometer:exportannexes — per gemeente a PDF annex from a print-layout template, and a spreadsheet."""
import os

import numpy as np
import pandas as pd
from qgis.core import QgsExpression
from qgis.core import QgsFeatureRequest
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFile
from qgis.core import QgsProcessingParameterFolderDestination
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsProcessingParameterString

from ...core.annex import TABLES
from ...core.annex import WEIGHT_KINDS
from ...core.annex import AnnexSettings
from ...core.annex import annex_tables
from ...core.annex import annex_years
from ...core.annex import column_kinds
from ...core.annex import release_note
from ...core.annex import safe_file_name
from ...core.annex import weight_kind
from ...core.annex_charts import development_chart
from ...core.annex_charts import groups_chart
from ...core.annex_ranking import ABSENT
from ...core.annex_ranking import POSITION
from ...core.annex_ranking import read_ranking
from ...core.area_filter import parse_gemeente_codes
from ...core.charts import render
from ...core.charts.builders import class_bars
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.join import examples
from ...core.levels import LEVELS
from ...core.levels import UNIT_CODE_FIELDS
from ...core.levels import unit_level
from ...core.names import CRITERIA
from ...core.names import LAAGLAAG
from ...core.names import LL_CLUSTER
from ...core.numformat import EXCEL_FORMATS
from ...core.numformat import TEXT
from ...core.numformat import dutch_number
from ...core.overview import OVERVIEW_TABLES
from ...core.overview import overview_tables
from ...core.overview import overview_titles
from ...core.schema import GEMEENTE_CODE_FIELDS
from ...core.schema import KEY_ALIASES
from ...core.schema import NAME_ALIASES
from ...core.schema import ZONE_KEY_FIELDS
from ...core.schema import find_field
from ...core.schema import gemeente_of
from ...core.schema import layout_of
from ...core.schema import years_in
from ...core.sources import boundary_credit
from ...core.sources import is_cbs
from ...core.values import group_codes
from ...core.values import key_text
from ...core.views import NO_SCORE_LABEL_NL
from ...core.views import layer_scores
from ...core.views import view_spec
from ...core.weights import weight_column
from ..annex_layout import AnnexLayout
from ..annex_layout import check_template
from ..annex_layout import export_overview
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..charts import write_chart
from ..compat import NO_GEOMETRY
from ..compat import NO_THREADING
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..geometry import unit_pairs
from ..io.files import DiskFullError
from ..io.files import remove_quietly
from ..io.read import read_attributes
from ..io.write import atomic_file
from ..io.write import write_csv
from ..io.write import write_spreadsheet
from ..params import RELEASE_HELP
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import suppressed_rule
from ..styling import renderer_from_spec

DEFAULT_TEMPLATE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "annex_template.qpt")


class ExportAnnexesAlgorithm(LbmAlgorithm):
    NAME = "exportannexes"
    DISPLAY_NAME = tr_noop("Export annexes per gemeente")
    GROUP = tr_noop("Reports")
    BUURTEN = "BUURTEN"
    UNIT_FIELD = "UNIT_FIELD"
    HOUSEHOLDS = "HOUSEHOLDS"
    WEIGHT_KIND = "WEIGHT_KIND"
    GM_FIELD = "GM_FIELD"
    GEMEENTEN = "GEMEENTEN"
    GEMEENTE_CODE = "GEMEENTE_CODE"
    GEMEENTE_NAME = "GEMEENTE_NAME"
    GEMEENTE_GROUP = "GEMEENTE_GROUP"
    CODES = "CODES"
    YEAR = "YEAR"
    BASE_YEAR = "BASE_YEAR"
    TEMPLATE = "TEMPLATE"
    FOLDER = "FOLDER"
    OVERWRITE = "OVERWRITE"
    CSV = "CSV"
    CHARTS = "CHARTS"
    OVERVIEW = "OVERVIEW"
    RANKING = "RANKING"
    WEIGHT_KIND_OPTIONS = (tr_noop("Detected from the field's name (woning…: dwellings, inwoner…: residents, else households)"),
                           tr_noop("Households"), tr_noop("Dwellings"), tr_noop("Residents"))
    HELP = (
        tr_noop("<p>For every gemeente (or the codes you list) an annex as the ministry sends the gemeenten concerned: a PDF "
        "made from a print-layout template with an atlas over the gemeenten, and a spreadsheet with the same tables. "
        "The PDF holds a map of the gemeente's areas in score classes and a map of the change since the base year "
        "(the other areas pale grey; the gemeente's areas labelled with their name or code, labels never overlapping; "
        "scale bar, north arrow and legend); a short text written from the figures (the class of the last year, the change "
        "since the first and the previous measurement and the dimension that drove it, the households in areas onvoldoende "
        "or lower, the areas and households among the risers, fallers and areas under pressure; every number of it is in a "
        "table of the annex); the key figures (weighted mean afw and class, households per class group and their change, beside the "
        "figures for all areas of the layer); the development over the years: a chart of the gemeente's mean afw per "
        "measurement beside all areas of the layer (and the gemeente's group, G4/G40/rest, where the gemeenten layer "
        "has a group field), the five dimensions in small multiples, and the table of those means and their change; the "
        "households per class group (onvoldoende of lager, zwak, voldoende of hoger) per measurement as stacked bars, "
        "with the table and the change since the previous measurement; and the tables: areas structurally under pressure (bijlage 2), stijgers "
        "(3), dalers (4) and the lowest scores on overlast en onveiligheid (5); sources, release, the class table used and "
        "why, criteria; page numbers. Numbers in Dutch notation; the PDF's text is text (searchable: headings, legends "
        "and values of the charts too) and it carries a title and keywords. Once per run an index lists every gemeente "
        "with its counts, and an overview (overzicht.pdf) shows how many gemeenten fall in each class and the five "
        "largest risers and fallers among them. Charts need matplotlib (Debian: python3-matplotlib).</p>"
        "<p><b>Areas</b> of every level as <i>Import published scores</i> makes them: buurten, wijken, PC4 areas or "
        "100 m cells. The annex names them as what they are (Buurt, Wijk, Postcodegebied/PC4, Gridcel) and lists "
        "names only where the layer has them. <b>Code field of the areas</b> is detected when empty (grid_id, PC4, "
        "postcode, bu_code, buurtcode, wk_code, wijkcode, code, statcode). The <b>gemeente</b> of an area comes from "
        "a field gm_code or gemeentecode, else from a buurt or wijk code (BU05990110 lies in GM0599); PC4 areas and "
        "cells get theirs from <i>Assign zones</i> (leefbaarometer:assignzones) first.</p>"
        "<p><b>Files as published</b> work as they are: the official WFS buurten (one year, fields code and naam) and "
        "CBS's gemeenten (gemeentecode, gemeentenaam; also gm_code/gm_naam, statcode/statnaam) — or choose the "
        "fields. Year and base year follow the data when left empty: the last year of the layer and the one before "
        "it. With one year the annex shows that year; the change map, stijgers and dalers, and the duration of "
        "pressure each give way to one sentence saying why.</p>"
        "<p>File names are safe and predictable: <code>GM0599_Rotterdam.pdf</code>, <code>GM0796_s-Hertogenbosch.xlsx</code>. "
        "Existing files are not overwritten unless you allow it. Each file is written to a temporary name and moved "
        "into place when complete; cancelling stops between gemeenten. A gemeente whose annex fails does not stop "
        "the others: the run finishes them, lists the failures and then fails.</p>"
        "<p><b>Template</b>: the plugin's own (<code>resources/annex_template.qpt</code>) or yours for page 1; the export "
        "fills items with the ids titel, ondertitel, kaart_klassen, kaart_verandering, legenda_klassen, "
        "legenda_verandering where the template has them, and adds the table pages.</p>"
        "<p>Households weigh the means and counts (CBS key figures joined to the areas), or dwellings or residents: "
        "<b>What the weight field counts</b> names them in the annex (detected from the field's name by default); "
        "the same counts serve every year, so the change in households per class group comes from the classes. "
        "Without a weight field every area counts once and the annex counts areas. Spreadsheets and CSV files "
        "hold every value at full precision (the spreadsheet shows it rounded through a number format). The criteria are the plugin's defaults, not the ministry's (not "
        "published). The sources name the boundaries by their source: CBS where the layer shows it is CBS's (CBS's "
        "field names, its metadata, or a file or layer name naming CBS), else the layer's title.</p>"),
        tr_noop("<p><b>Ranking of the gemeenten</b> (optional): the output of <i>Rank zones on several indicators</i> "
                "(leefbaarometer:rankzones) for gemeenten, joined by the gemeente code (gm_code, gemeentecode, code …). "
                "With it each annex gets the section <i>Positie van de gemeente</i>: a table of the indicators (value, "
                "unfavourable end, weight, the gemeente's rank on each and whether it is among the worst tenth) and the "
                "composite with the gemeente's rank of M, and a sentence in the text; a gemeente the ranking did not rank "
                "gets its reason, one the ranking lacks a sentence saying so. The ranking's criteria are added to the "
                "annex's. Empty (the default): no such section.</p>"), RELEASE_HELP,
    )

    def flags(self):
        # Layout export must run on the main thread.
        return super().flags() | NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.BUURTEN, self.tr("Areas with scores (buurten, wijken, PC4 areas, cells)"),
                                                              [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.UNIT_FIELD, self.tr("Code field of the areas (empty: detected)"),
                                                      parentLayerParameterName=self.BUURTEN, optional=True))
        self.addParameter(QgsProcessingParameterField(self.HOUSEHOLDS, self.tr("Households (empty: every area counts once)"),
                                                      parentLayerParameterName=self.BUURTEN, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.WEIGHT_KIND, self.tr("What the weight field counts"),
                                                     options=[self.tr(o) for o in self.WEIGHT_KIND_OPTIONS], defaultValue=0))
        add_suppressed_parameter(self)
        self.addParameter(QgsProcessingParameterField(self.GM_FIELD, self.tr("Gemeente code field of the areas (empty: gm_code, gemeentecode, else from the buurt or wijk code)"),
                                                      parentLayerParameterName=self.BUURTEN, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.GEMEENTEN, self.tr("Gemeenten"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.GEMEENTE_CODE, self.tr("Gemeente code field (empty: gm_code, gemeentecode, statcode …)"),
                                                      parentLayerParameterName=self.GEMEENTEN, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GEMEENTE_NAME, self.tr("Gemeente name field (empty: gm_naam, gemeentenaam, statnaam …)"),
                                                      parentLayerParameterName=self.GEMEENTEN, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GEMEENTE_GROUP, self.tr("Group field of the gemeenten (G4/G40/rest …; empty: no group line)"),
                                                      parentLayerParameterName=self.GEMEENTEN, optional=True))
        self.addParameter(QgsProcessingParameterString(self.CODES, self.tr("Only these gemeenten (codes, e.g. GM0599 GM0014)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, self.tr("Year (empty: the last year of the layer)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(self.BASE_YEAR, self.tr("Base year (empty: the measurement before the year, if any)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterFile(self.TEMPLATE, self.tr("Layout template (.qpt; empty: the plugin's)"),
                                                     optional=True, fileFilter="Layout templates (*.qpt)"))
        self.addParameter(QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.CSV, self.tr("Also CSV files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.CHARTS, self.tr("Also the charts as SVG files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.OVERVIEW, self.tr("Overview of the gemeenten (overzicht.pdf, two gemeenten or more)"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RANKING, self.tr("Ranking of the gemeenten (output of 'Rank zones on several indicators'; empty: no section)"),
            [SOURCE_VECTOR], optional=True))
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFolderDestination(self.FOLDER, self.tr("Folder for the annexes")))
        self.addOutput(QgsProcessingOutputNumber("ANNEXES", self.tr("Annexes written")))

    def _optional_year(self, parameters, name, context):
        value = parameters.get(name)
        return None if value is None or value == "" else self.parameterAsInt(parameters, name, context)

    def compute(self, parameters, context, feedback):
        # Everything that can be wrong with the input is checked first, before neighbours, tables and layout.
        render.require()  # the charts need matplotlib: a message naming the package, before any work
        buurt_layer = self.parameterAsVectorLayer(parameters, self.BUURTEN, context)
        gem_layer = self.parameterAsVectorLayer(parameters, self.GEMEENTEN, context)
        if buurt_layer is None or gem_layer is None:
            raise LbmInputError(tr("give the areas and the gemeenten as layers"))
        names = buurt_layer.fields().names()
        code_f, name_f, level = self._unit_fields(parameters, context, buurt_layer)
        gm_f = self.parameterAsString(parameters, self.GM_FIELD, context) or find_field(names, GEMEENTE_CODE_FIELDS)
        if gm_f is None and level.key not in ("buurt", "wijk"):
            raise LbmInputError(tr("the {plural} have no gemeente code field (gm_code, gemeentecode), and their codes do not "
                                   "tell the gemeente: give them their gemeente first with 'Assign zones' "
                                   "(leefbaarometer:assignzones), or choose GM_FIELD").format(plural=level.plural))
        hh_f = self.parameterAsString(parameters, self.HOUSEHOLDS, context)
        year, base_year = self._optional_year(parameters, self.YEAR, context), self._optional_year(parameters, self.BASE_YEAR, context)
        if layout_of(names) == "wide":  # the years are in the field names: check them before reading anything
            annex_years(years_in(names), year, base_year)
        gem_code_f, gem_names, gem_groups = self._gemeenten(parameters, context, gem_layer)
        wanted = parse_gemeente_codes(self.parameterAsString(parameters, self.CODES, context))
        unknown = [c for c in wanted if c not in gem_names]
        if unknown:
            raise LbmInputError(tr("unknown gemeente code(s): {unknown}; the gemeenten layer has e.g. {gem_names}").format(
                                   unknown=', '.join(unknown), gem_names=', '.join(sorted(gem_names)[:5])))
        ranking = self._ranking(parameters, context)
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        check_template(self.parameterAsFile(parameters, self.TEMPLATE, context) or DEFAULT_TEMPLATE)  # before any work

        # Every area is read, also when only some gemeenten are asked for: each annex compares its gemeente
        # with all areas of the layer, and pressure clusters may cross a gemeente boundary.
        # The output of 'Livability and social inequality' carries its flags: the key figures and the text count them.
        ll_f = LAAGLAAG if LAAGLAAG in names else None
        cl_f = LL_CLUSTER if ll_f and LL_CLUSTER in names else None
        inp = self.read_input(parameters, context, feedback, [code_f, name_f, gm_f, hh_f, ll_f, cl_f], name=self.BUURTEN)
        data, extra, release, source = inp.data, inp.extra, inp.release, inp.source
        y, b = annex_years(data.score_years(), year, base_year)
        kind = self.parameterAsEnum(parameters, self.WEIGHT_KIND, context)
        settings = AnnexSettings(y, b, weighted=bool(hh_f), years=tuple(v for v in data.score_years() if v <= y), level=level,
                                 weight_kind=weight_kind(hh_f) if kind == 0 else list(WEIGHT_KINDS)[kind - 1])
        codes = group_codes(extra[code_f])
        gm_codes = group_codes(extra[gm_f]) if gm_f else np.array([gemeente_of(c) for c in codes], dtype=object)
        chosen = self._chosen(wanted, gm_codes, gem_names, gem_code_f)
        if ranking is not None:
            self._log_ranking(ranking, chosen, feedback)
        targets = {c: os.path.join(folder, safe_file_name(c, gem_names[c])) for c in chosen}
        if not self.parameterAsBool(parameters, self.OVERWRITE, context):
            existing = [t + ext for t in targets.values() for ext in (".pdf", ".xlsx") if os.path.exists(t + ext)]
            if existing:
                raise LbmInputError(tr("{n_existing} annex file(s) exist already, e.g. {existing}; allow overwriting, or choose "
                                       "another folder").format(n_existing=len(existing), existing=os.path.basename(existing[0])))
        missing = settings.missing_sections()
        feedback.pushInfo(tr("Year {y}, base year {b}; counting {unit}").format(y=y, b=b if b is not None else tr('— (one measurement)'),
                             unit=settings.unit))
        for sentence in missing.values():
            feedback.pushInfo(sentence)
        if not settings.weighted and "onder_druk" not in missing:
            feedback.pushWarning(tr("No households field: the size criterion of 'structurally under pressure' ({n:g} households) "
                                    "cannot be applied; clusters of at least {units} {level} are listed. Give the households field.").format(
                                    n=settings.pressure.min_weight, units=settings.pressure.min_units, level=settings.level.plural))
        os.makedirs(folder, exist_ok=True)

        pairs = None
        if "onder_druk" not in missing:  # only the pressure clusters need neighbours
            feedback.pushInfo(tr("Finding neighbouring areas …"))
            pairs = unit_pairs(source, context, feedback, data.fids)
        tables, index = annex_tables(data, release, codes, group_codes(extra[name_f]) if name_f else None, gm_codes,
                                     weight_column(extra, hh_f, feedback.pushWarning, suppressed_rule(self, parameters, context)), pairs, settings,
                                     gem_names, gem_groups, ranking=ranking,
                                     laaglaag=(extra[ll_f], extra[cl_f] if cl_f else [None] * data.n) if ll_f else None)
        if ll_f:
            feedback.pushInfo(tr("The {plural} carry the flag laaglaag of 'Livability and social inequality': the key figures "
                                 "and the text count them (its criteria are in the field criteria)").format(plural=level.plural))
        note = release_note(release, data.score_years())
        feedback.pushInfo(note)
        credit = self._credit(release, hh_f, buurt_layer, gem_layer, level, settings.unit, note)
        crit = settings.text() + (f" Rangorde (positie van de gemeente): {ranking.criteria}." if ranking else "")
        annex = self._layout(parameters, context, buurt_layer, gem_layer, gem_code_f, gm_f, code_f, name_f, release, settings)
        options = {"csv": self.parameterAsBool(parameters, self.CSV, context),
                   "svg": self.parameterAsBool(parameters, self.CHARTS, context)}
        try:
            written, failed = self._write_all(annex, chosen, missing, tables, gem_names, gem_code_f, settings, release,
                                              credit, crit, targets, options, feedback)
        finally:
            annex.close()
        index = index[index.gemeentecode.isin(written)].copy()
        index.insert(1, "gemeente", [gem_names.get(c, c) for c in index.gemeentecode])
        index["pdf"] = [os.path.basename(targets[c]) + ".pdf" for c in index.gemeentecode]
        index[CRITERIA] = crit
        sheets, formats = {"gemeenten": index}, {"gemeenten": _formats(index)}
        if self.parameterAsBool(parameters, self.OVERVIEW, context) and len(written) >= 2:
            overview = overview_tables(index, gem_names, release, y, b, settings.unit)
            self._overview(os.path.join(folder, "overzicht.pdf"), overview, release, settings, len(written), credit, crit)
            for t in OVERVIEW_TABLES:
                if overview[t] is not None:
                    sheets[t], formats[t] = overview[t], _formats(overview[t])
        write_spreadsheet(os.path.join(folder, "index.xlsx"), sheets, crit, credit, formats)
        write_csv(os.path.join(folder, "index.csv"), index)
        if failed:
            raise LbmInputError(tr("{failed} of {chosen} annexes failed (the other {written} are written): {which}").format(
                failed=len(failed), chosen=len(chosen), written=len(written), which="; ".join(failed)))
        return {self.FOLDER: folder, "ANNEXES": len(written)}

    def _write_all(self, annex, chosen, missing, tables, gem_names, gem_code_f, settings, release, credit, crit, targets,
                   options, feedback):
        """Every chosen gemeente's annex; a failing one is reported and the others go on. (written, failed).

        The main thread fills and exports the PDFs (QGIS's layouts live there); one worker thread draws the charts of
        the next gemeente and writes the spreadsheet, CSV and SVG files of the last one while the main thread exports
        the next PDF (QGIS's export releases Python's lock, so the two overlap)."""
        annex.select(chosen)
        if "verandering" in missing:
            annex.hide_change(missing["verandering"])
        order = sorted(chosen)  # the atlas's order: sorted on the code
        charts = {}

        def prepare(code):  # lay out a gemeente's charts and have the worker draw them
            if code is not None and code not in charts:
                charts[code] = self._charts(tables[code], gem_names.get(code, code), settings, release)
                annex.charts.prepare(code, list(charts[code].values()))

        written, failed, pending = [], [], []  # pending: (code, name, future) of the files the worker is writing
        atlas = annex.atlas
        atlas.beginRender()
        try:
            for n in range(atlas.count()):
                check_cancel(feedback)
                self._collect(pending, written, failed, feedback, wait=False)
                annex.clear()
                annex.seek(n)
                code = key_text(atlas.layout().reportContext().feature()[gem_code_f])
                name = gem_names.get(code, code)
                feedback.pushInfo(tr("{n}/{total}: {code} {name}").format(n=n + 1, total=atlas.count(), code=code, name=name))
                try:
                    prepare(code)
                    own = charts.pop(code)
                    svgs = dict(zip(own, annex.charts.drawn(code, list(own.values()))))
                    export_pdf, rest, own_files = self._fill_annex(annex, tables[code], missing, code, name, settings,
                                                                   release, credit, crit, targets[code], options, own, svgs)
                    # While the main thread exports the PDF (QGIS releases Python's lock), the worker writes the other
                    # files and draws the next gemeente's charts.
                    future = annex.charts.executor.submit(rest)
                    if n + 1 < len(order):
                        try:  # should laying them out fail, the next round does it again and fails as that gemeente
                            prepare(order[n + 1])
                        except Exception:  # noqa: BLE001
                            charts.pop(order[n + 1], None)
                    try:
                        export_pdf()
                    except BaseException:
                        future.exception()  # the other files are written (or not) first, then all of them go
                        _remove(own_files)
                        raise
                    pending.append((code, name, future, own_files))
                except DiskFullError as exc:  # every later annex would fail the same way
                    self._disk_full(exc, code, name, written)
                except Exception as exc:  # noqa: BLE001 — one gemeente's failure must not stop the others
                    feedback.reportError(tr("{code} {name}: {exc}").format(code=code, name=name, exc=exc), False)
                    failed.append(f"{code} {name} ({exc})")
                feedback.setProgress(100.0 * (n + 1) / max(atlas.count(), 1))
            self._collect(pending, written, failed, feedback, wait=True)
        finally:
            atlas.endRender()
            for _, _, future, own_files in pending:  # cancelled or stopped: each annex ends whole or absent
                if future.exception() is not None:
                    _remove(own_files)
        return written, failed

    def _collect(self, pending, written, failed, feedback, wait):
        """Take the finished file writes of `pending` (all of them with `wait`), in order, into written or failed."""
        while pending and (wait or pending[0][2].done()):
            code, name, future, own_files = pending.pop(0)
            try:
                future.result()
                written.append(code)
            except BaseException as exc:
                _remove(own_files)  # the PDF too: an annex is all its files or none
                if isinstance(exc, DiskFullError):
                    self._disk_full(exc, code, name, written)
                if not isinstance(exc, Exception):
                    raise
                feedback.reportError(tr("{code} {name}: {exc}").format(code=code, name=name, exc=exc), False)
                failed.append(f"{code} {name} ({exc})")

    @staticmethod
    def _disk_full(exc, code, name, written):
        raise LbmInputError(tr("{exc} The disk filled at the annex of {code} {name}: {n} annexes before it are whole "
                               "and kept; no index was written.").format(exc=exc, code=code, name=name, n=len(written))) from exc

    @staticmethod
    def _charts(tables, name, settings, release):
        """{table: Chart} of one gemeente's annex: the development and the households per class group."""
        out = {}
        if tables.get("ontwikkeling") is not None:
            out["ontwikkeling"] = development_chart(tables["ontwikkeling"], name, settings.level, render.text_width)
        if tables.get("klassengroepen") is not None:
            out["klassengroepen"] = groups_chart(tables["klassengroepen"], settings.unit, release, render.text_width)
        return out

    def _gemeenten(self, parameters, context, gem_layer):
        """The gemeenten layer's code field and {code: name}, read without geometry."""
        fields = gem_layer.fields().names()
        code_f = self.parameterAsString(parameters, self.GEMEENTE_CODE, context) or find_field(fields, KEY_ALIASES["gm_code"])
        if code_f is None:
            raise LbmInputError(tr("the gemeenten layer has no gemeente code field (gm_code, gemeentecode, statcode or code); "
                                   "choose it as 'Gemeente code field'. Its fields: {fields}").format(fields=', '.join(fields)))
        name_f = self.parameterAsString(parameters, self.GEMEENTE_NAME, context) or find_field(fields, NAME_ALIASES["gm_code"])
        group_f = self.parameterAsString(parameters, self.GEMEENTE_GROUP, context)
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setSubsetOfAttributes(
            [f for f in (code_f, name_f, group_f) if f], gem_layer.fields())
        out, groups = {}, {}
        for f in gem_layer.getFeatures(request):
            code = key_text(f[code_f])
            if code:
                name = f[name_f] if name_f else None
                out[code] = str(name) if name not in (None, "") and str(name) != "NULL" else code
                group = key_text(f[group_f]) if group_f else None
                if group:
                    groups[code] = group
        if not out:
            raise LbmInputError(tr("the gemeenten layer has no gemeente codes in field {field}").format(field=code_f))
        if group_f and not groups:
            raise LbmInputError(tr("the group field {field} of the gemeenten is empty for every gemeente").format(field=group_f))
        return code_f, out, groups

    @staticmethod
    def _chosen(wanted, gm_codes, gem_names, gem_code_f):
        available = sorted({c for c in gm_codes if c is not None and c in gem_names})
        if not available:
            some = sorted({c for c in gm_codes if c is not None})[:3]
            raise LbmInputError(tr("no gemeente code of the areas (e.g. {some}) is in the gemeenten layer (field {gem_code_f}, "
                                   "e.g. {gem_names})").format(some=', '.join(some) or '-', gem_code_f=gem_code_f,
                                   gem_names=', '.join(sorted(gem_names)[:3])))
        if not wanted:
            return available
        without = [c for c in wanted if c not in available]
        if without:
            raise LbmInputError(tr("the layer has no areas of {without}").format(without=', '.join(without)))
        return wanted

    def _unit_fields(self, parameters, context, layer):
        """(code field, name field or None, Level) of the areas: the code field given or detected, the level from
        its codes (a sample of them) or name, a name field only where that level has one."""
        names = layer.fields().names()
        code_f = self.parameterAsString(parameters, self.UNIT_FIELD, context) or find_field(names, UNIT_CODE_FIELDS)
        if code_f is None:
            raise LbmInputError(tr("the layer has no code field of its areas (grid_id, PC4, postcode, bu_code, buurtcode, "
                                   "wk_code, wijkcode, code or statcode): choose it as 'Code field of the areas' "
                                   "(UNIT_FIELD). Its first fields: {names}").format(names=examples(names, 12)))
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setSubsetOfAttributes([code_f], layer.fields()).setLimit(200)
        level = unit_level(code_f, [key_text(f[code_f]) for f in layer.getFeatures(request)])
        aliases = {"buurt": NAME_ALIASES["bu_code"], "wijk": NAME_ALIASES["wk_code"], "gebied": NAME_ALIASES["code"]}
        name_f = find_field([n for n in names if n != code_f], aliases.get(level.key, ()))
        return code_f, name_f, level

    @staticmethod
    def _credit(release, hh_f, buurt_layer, gem_layer, level=LEVELS["buurt"], unit="huishoudens", note=None):
        counts = (f"{unit[:1].upper()}{unit[1:]}: veld {hh_f} (CBS, kerncijfers wijken en buurten), in elk jaar dezelfde."
                  if hh_f else f"Zonder huishoudens: {level.each} {level.singular} telt één keer; de aantallen zijn {level.plural}.")
        sources = [(level.plural, buurt_layer), ("gemeenten", gem_layer)]
        cbs = {what: is_cbs(lyr.fields().names(), _metadata_texts(lyr), lyr.source()) for what, lyr in sources}
        bounds = "; ".join(f"{what}: {boundary_credit(_title(lyr), cbs[what])}" for what, lyr in sources)
        cbs_used = any(cbs.values()) or bool(hh_f)
        return (f"Bron: {release.credit}. {counts} Grenzen van de {bounds}."
                + (" Bron: CBS (CC BY 4.0)." if cbs_used else "") + " " + (note or f"Classificatie: {release.title}."))

    def _layout(self, parameters, context, buurt_layer, gem_layer, gem_code_f, gm_f, code_f, name_f, release, settings,
                project=None):
        scores = layer_scores(buurt_layer.fields().names(), settings.year)
        renderers = {}
        for key, view in (("classes", "classes"), ("change", "change")):
            if view == "change" and settings.base_year is None:
                continue
            spec = view_spec(scores, release, view, "total", settings.year, settings.base_year)
            if spec is None:
                raise LbmInputError(tr("the layer lacks the scores to draw the {view} map of {year}").format(view=view,
                                       year=settings.year))
            renderers[key] = renderer_from_spec(spec, NO_SCORE_LABEL_NL)  # an annex is Dutch in every language
        gm_expr = (QgsExpression.quotedColumnRef(gm_f) if gm_f
                   else f"'GM' || substr({QgsExpression.quotedColumnRef(code_f)}, 3, 4)")
        path = self.parameterAsFile(parameters, self.TEMPLATE, context) or DEFAULT_TEMPLATE
        return AnnexLayout(path, buurt_layer, gem_layer, gem_code_f, gm_expr, name_f or code_f, renderers, project,
                           settings.level, settings.unit)

    def _ranking(self, parameters, context):
        """The ranking of the gemeenten for the section 'Positie van de gemeente' (core/annex_ranking.py), or None."""
        source = self.parameterAsSource(parameters, self.RANKING, context)
        if source is None:
            return None
        names = source.fields().names()
        key = find_field(names, GEMEENTE_CODE_FIELDS) or find_field(names, ZONE_KEY_FIELDS)
        columns, _ = read_attributes(source, names, context)
        table = pd.DataFrame({f: [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in columns[f]]
                              for f in names})
        if key:
            table[key] = [key_text(v) for v in table[key]]
        try:
            ranking = read_ranking(table, key or "gm_code")
        except ValueError as exc:
            raise LbmInputError(tr("the ranking is not an output of 'Rank zones on several indicators' for gemeenten: it "
                                   "lacks {fields} (its fields: {names})").format(fields=exc, names=examples(names, 20))) from None
        return ranking

    @staticmethod
    def _log_ranking(ranking, chosen, feedback):
        present = [c for c in chosen if c in ranking.rows]
        feedback.pushInfo(tr("Ranking: {ranked} zones ranked ({criteria}), {n} in the layer; {present} of the {chosen} "
                             "gemeenten of the annexes are in it.").format(ranked=ranking.ranked, n=len(ranking.rows), criteria=ranking.criteria,
                                                              present=len(present), chosen=len(chosen)))
        if not present:
            feedback.pushWarning(tr("None of the gemeenten of the annexes is in the ranking (its codes: {codes}): is it a "
                                    "ranking of gemeenten?").format(codes=examples(list(ranking.rows), 5)))

    @staticmethod
    def _fill_annex(annex, tables, missing, code, name, settings, release, credit, crit, target, options, charts, svgs):
        """Fill the layout for one gemeente; (write its PDF, write its other files, all its file names)."""
        y, b = settings.year, settings.base_year
        title = f"Leefbaarometer {y} — {name} ({code})"
        since = f"verandering sinds {b}" if b is not None else f"één meting ({y})"
        subtitle = f"Bijlage per gemeente · {release.title} · {since} · aantallen in {settings.unit}"
        if tables.get(POSITION, 0) is None:  # a ranking is given, but not for this gemeente
            missing = {**missing, POSITION: ABSENT}
        notes = [missing[t] for t in TABLES if t in missing]
        sources = f"{credit}\nCriteria: {crit}"
        annex.fill(name, code, tables, missing, title, subtitle, sources, charts, svgs)
        subject = f"Leefbaarometer-bijlage van de gemeente {name} ({code}), {since}"
        sheets, formats = {}, {}
        for t in (t for t in TABLES if t in tables):  # POSITION only with a ranking
            df = tables[t]
            sheets[t] = df if df is not None else missing.get(t, "")
            if df is not None:
                formats[t] = _formats(df)
        # One gemeente's annex is its PDF, spreadsheet, CSVs and charts together: when one of them fails or a cancel
        # or SIGTERM lands between them, all of that gemeente's files go, also those of an earlier run it was
        # overwriting (never a set mixed from two runs); the run lists the gemeente as failed.
        own_files = ([target + ".pdf", target + ".xlsx"] + [f"{target}_{t}.csv" for t in TABLES]
                     + [f"{target}_{t}.svg" for t in charts])

        def rest():
            write_spreadsheet(target + ".xlsx", sheets, crit, credit, formats, notes)
            for t in TABLES:
                if options["csv"] and tables.get(t) is not None:
                    write_csv(f"{target}_{t}.csv", tables[t])
            for t, chart in charts.items():
                if options["svg"]:
                    write_chart(f"{target}_{t}.svg", chart)

        def export_pdf():
            atomic_file(target + ".pdf", lambda tmp: annex.export(tmp, title, subject, ["Leefbaarometer", str(y), name, code,
                                                                                         "bijlage"]))

        return export_pdf, rest, own_files

    @staticmethod
    def _overview(path, overview, release, settings, n, credit, crit):
        """overzicht.pdf: the gemeenten per class and the largest risers and fallers (core/overview.py)."""
        y, b = settings.year, settings.base_year
        classes = overview["klassenverdeling"]
        chart = class_bars(186.0, 70.0, render.text_width, dutch_number, list(classes["Klasse"]),
                           list(classes[f"Gemeenten {y}"]), release.palette_scores, decimals=0)
        title = f"Leefbaarometer {y} — overzicht van {n} gemeenten"
        since = f"verandering sinds {b}" if b is not None else f"één meting ({y})"
        subtitle = (f"{release.title} · {since} · het gemiddelde van een gemeente is dat van haar {settings.level.plural} "
                    f"in de laag, gewogen met {settings.unit}")
        titles = overview_titles(y, b, settings.unit)
        notes = {t: f"Geen {t.split('_')[1]}: die vragen een basisjaar om mee te vergelijken, en de laag heeft één meting ({y})."
                 for t in ("grootste_stijgers", "grootste_dalers")}
        atomic_file(path, lambda tmp: export_overview(tmp, title, subtitle, chart, overview, titles, notes,
                                                      f"{credit}\nCriteria: {crit}"))


def _remove(paths):
    for path in paths:
        remove_quietly(path)


def _formats(df):
    """Excel number formats of a table: per row for the key figures, else per column by its kind."""
    kinds = df.attrs.get("row_kinds")
    if kinds is not None:
        return [EXCEL_FORMATS.get(k) for k in kinds]
    return {c: EXCEL_FORMATS[k] for c, k in column_kinds(df).items() if k != TEXT}


def _title(layer):
    """The layer's title as the user gave it: its metadata title, else its name (in the project; a file given by
    path is named after the file)."""
    return layer.metadata().title().strip() or layer.name()


def _metadata_texts(layer):
    md = layer.metadata()
    return [layer.name(), md.title(), md.abstract(), " ".join(md.rights()), md.identifier(), layer.attribution()]
