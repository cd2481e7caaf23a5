"""leefbaarometer:dimensionprofile — how the dimensions go together, and which kind of weak unit the lowest on one
dimension are (the 2024 report's bijlage 5: overlast en onveiligheid)."""
import numpy as np
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.common import criteria_text
from ...core.analyses.dimension_profile import ProfileRules
from ...core.analyses.dimension_profile import correlation_matrix
from ...core.analyses.dimension_profile import correlations
from ...core.analyses.dimension_profile import lowest_units
from ...core.analyses.dimension_profile import profile_values
from ...core.charts import render
from ...core.charts.builders import heat_map
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import ALL
from ...core.names import BETWEEN
from ...core.names import CLASSIC
from ...core.names import COMPENSATED
from ...core.names import COMPENSATION
from ...core.names import CORR_A
from ...core.names import CORR_B
from ...core.names import CORR_GROUP
from ...core.names import CRITERIA
from ...core.names import PEARSON
from ...core.names import PROFILE_CLASS
from ...core.names import PROFILE_DIMENSION
from ...core.names import PROFILE_SCORE
from ...core.names import PROFILE_TOTAL_CLASS
from ...core.names import PROFILE_TYPE
from ...core.names import RANK
from ...core.names import SPEARMAN
from ...core.schema import DIMENSIONS
from ...core.schema import GEMEENTE_CODE_FIELDS
from ...core.schema import find_field
from ...core.schema import gemeente_of
from ...core.schema import unit_key_field
from ...core.values import constant
from ...core.values import group_codes
from ...core.views import MEASURE_LABELS
from ...core.views import category_spec
from ...core.weights import weight_column
from ...core.years import last_year
from ..base import LbmAlgorithm
from ..charts import locale_number
from ..charts import write_chart
from ..compat import NUMBER_DOUBLE
from ..compat import SOURCE_VECTOR
from ..io.write import write_table
from ..io.write import write_with_new_fields
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import optional_year
from ..params import suppressed_rule
from ..styling import name_output

R = ProfileRules()  # the defaults, shared with the panel's view
NAME_FIELDS = ("bu_naam", "wk_naam", "naam", "statnaam", "buurtnaam", "wijknaam")  # the unit's own name
GEMEENTE_FIELDS = ("gemeente", "gm_naam", "gemeentenaam") + GEMEENTE_CODE_FIELDS
SHOWN = 10  # the lowest units named in the log


def _help():
    """The help paragraph with the rules' defaults (a help part: see LbmAlgorithm.HELP)."""
    return tr(
        "<p>Two views of the five dimensions (fysieke omgeving, woningvoorraad, voorzieningen, sociale samenhang, "
        "overlast en onveiligheid), as the 2024 report gives them for overlast en onveiligheid.</p>"
        "<p><b>Correlations</b> (output <i>Correlations</i>): of the five dimensions and afw with each other, "
        "Spearman's rank correlation and Pearson's, weighted by the weight field where you give one (households: every "
        "household counts once), over all units (group <code>{all}</code>) and per group of the group field (gemeente, "
        "G4/G40/rest, province: any field). One row per group and pair, with <code>n</code>, the units with both scores "
        "(and a weight above 0). Empty where a group has fewer than 3 units. A chart (<i>Correlation chart</i>, PNG, or "
        "SVG when the file name ends in .svg) shows them over all units as a heat map: Spearman below the diagonal, "
        "Pearson above it, in your locale; charts need matplotlib (Debian: python3-matplotlib).</p>"
        "<p><b>The lowest units</b> (output <i>Lowest units</i>, a layer): the N units (default {count}) with the lowest "
        "score on the dimension (default {dimension}), or a share of the units with a score (Share, in %, when above 0). "
        "Equal scores share a rank, so a tie at the last place is listed whole. Each gets <code>{rank}</code> (1 = the "
        "lowest), the dimension's score and class, the total class, a <code>{type}</code>: <i>{classic}</i> where the "
        "total class is at most {classic_max} (zwak or lower: a weak unit overall), <i>{compensated}</i> where it is at "
        "least {compensated_min} (voldoende or better: the other dimensions make up for it, as in many city centres) "
        "and <i>{between}</i> in between; and <code>{compensation}</code>: the other dimensions that offset the low "
        "one, those in class {offset_min} or higher (ruim voldoende or better: above the neutral band of class 5, "
        "+0.0392 in release lbm3_2024), the highest score first (e.g. <code>vrz, won</code>; <code>geen</code> when "
        "none does). The layer keeps the input's fields (name, gemeente) and opens coloured by type.</p>"
        "<p><b>Year</b>: the layer's last year with dimension scores unless you give one (the open data has no "
        "dimensions in 2002, 2008, 2012 and 2016). Classes are the units' own (kscore, konv …: the official WFS "
        "classes) where the layer has them, else computed with the release profile.</p>").format(
        all=ALL, count=R.count, dimension=R.dimension, rank=RANK, type=PROFILE_TYPE, classic=CLASSIC,
        classic_max=R.classic_max, compensated=COMPENSATED, compensated_min=R.compensated_min, between=BETWEEN,
        compensation=COMPENSATION, offset_min=R.offset_min_class)


def dimension_option(d):
    """An option of DIMENSION as the user reads it: 'onv: Nuisance and insecurity'."""
    return f"{d}: {tr(MEASURE_LABELS[d])}"


def correlation_chart(table, year, weight, credit):
    """The correlations over all units as a heat map: Spearman below the diagonal, Pearson above it."""
    spearman, pearson = correlation_matrix(table, ALL, SPEARMAN), correlation_matrix(table, ALL, PEARSON)
    labels = list(spearman.index)
    matrix = [[None if i == j else float((spearman if i > j else pearson).iloc[i, j]) for j in range(len(labels))]
              for i in range(len(labels))]
    title = tr("Correlations of the dimensions {year}: Spearman below the diagonal, Pearson above").format(year=year)
    note = tr("{credit}; weighted by {weight}").format(credit=credit, weight=weight) if weight else credit
    return heat_map(120.0, render.text_width, locale_number, labels, matrix, title, note)


class DimensionProfileAlgorithm(LbmAlgorithm):
    NAME = "dimensionprofile"
    DISPLAY_NAME = tr_noop("Dimension profiles (correlations, lowest units by type)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    YEAR = "YEAR"
    DIMENSION = "DIMENSION"
    COUNT = "COUNT"
    SHARE = "SHARE"
    GROUP_FIELD = "GROUP_FIELD"
    WEIGHTS = "WEIGHTS"
    CLASSIC_MAX = "CLASSIC_MAX"
    COMPENSATED_MIN = "COMPENSATED_MIN"
    OFFSET_MIN_CLASS = "OFFSET_MIN_CLASS"
    OUTPUT = "OUTPUT"
    CORRELATIONS = "CORRELATIONS"
    CHART = "CHART"
    HELP = (_help, NOT_OFFICIAL, RELEASE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, self.tr("Year (empty: the last year of the layer with dimension scores)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterEnum(self.DIMENSION, self.tr("Dimension to list the lowest units on"),
                                                     options=[dimension_option(d) for d in DIMENSIONS],
                                                     defaultValue=DIMENSIONS.index(R.dimension)))
        self.addParameter(QgsProcessingParameterNumber(self.COUNT, self.tr("Number of lowest units (N)"), defaultValue=R.count, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(self.SHARE, self.tr("… or a share of the units (%; 0: use the number)"),
                                                       NUMBER_DOUBLE, defaultValue=R.share, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD,
                                                      self.tr("Group field for the correlations (gemeente, G4/G40/rest …)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.WEIGHTS, self.tr("Weight field (households, dwellings)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        add_suppressed_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(self.CLASSIC_MAX, self.tr("'klassiek': total class at most"),
                                                       defaultValue=R.classic_max, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.COMPENSATED_MIN, self.tr("'gecompenseerd': total class at least"),
                                                       defaultValue=R.compensated_min, minValue=2, maxValue=9))
        self.addParameter(QgsProcessingParameterNumber(self.OFFSET_MIN_CLASS, self.tr("Another dimension offsets from class"),
                                                       defaultValue=R.offset_min_class, minValue=1, maxValue=9))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Lowest units")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.CORRELATIONS, self.tr("Correlations"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.CHART, self.tr("Correlation chart"), "PNG (*.png);;SVG (*.svg)",
                                                                optional=True, createByDefault=False))
        for name in ("LISTED", "CLASSIC", "COMPENSATED", "BETWEEN"):
            self.addOutput(QgsProcessingOutputNumber(name, name.lower()))

    def rules(self, parameters, context):
        return ProfileRules(dimension=DIMENSIONS[self.parameterAsEnum(parameters, self.DIMENSION, context)],
                            count=self.parameterAsInt(parameters, self.COUNT, context),
                            share=self.parameterAsDouble(parameters, self.SHARE, context),
                            classic_max=self.parameterAsInt(parameters, self.CLASSIC_MAX, context),
                            compensated_min=self.parameterAsInt(parameters, self.COMPENSATED_MIN, context),
                            offset_min_class=self.parameterAsInt(parameters, self.OFFSET_MIN_CLASS, context))

    def compute(self, parameters, context, feedback):
        rules = self.rules(parameters, context)
        rules.check()  # before the (long) read
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            render.require()  # before reading: the chart needs matplotlib
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        weight = self.parameterAsString(parameters, self.WEIGHTS, context)
        names = self.parameterAsSource(parameters, self.INPUT, context).fields().names()
        key = unit_key_field(names)
        label, gemeente = find_field(names, NAME_FIELDS), find_field(names, GEMEENTE_FIELDS)
        if key in GEMEENTE_CODE_FIELDS:  # a layer of gemeenten: its name is the gemeente's, no place beside it
            label, gemeente = label or find_field(names, ("gm_naam", "gemeentenaam")), None
        # else a unit without a name of its own (a PC4 area, a cell) is named by its code, with its gemeente beside it
        inp = self.read_input(parameters, context, feedback, [group, weight, label, gemeente, key],
                              available=lambda data, release: [y for y in data.score_years() if data.dims_present(y)])
        data, extra, release = inp.data, inp.extra, inp.release
        year = optional_year(self, parameters, self.YEAR, context)
        if not inp.years:
            raise LbmInputError(tr("the layer has no dimension scores (fys, onv, soc, vrz, won) in any year: the dimension "
                                   "profile needs them"))
        if year is not None and year in data.score_years() and year not in inp.years:
            raise LbmInputError(tr("{year} has no dimension scores in this layer; the years with them: {years}").format(
                year=year, years=", ".join(map(str, inp.years)) or "-"))
        year = last_year(inp.years, year)
        w = weight_column(extra, weight, feedback.pushWarning, suppressed_rule(self, parameters, context))

        table = correlations(profile_values(data, release, year), w, group_codes(extra[group]) if group else None)
        crit_corr = criteria_text(year=year, weights=weight or "units", group=group or "-", release=release.id)
        table[CRITERIA] = crit_corr
        self._log_correlations(table, rules.dimension, feedback)

        low = lowest_units(data, release, year, rules)
        crit = criteria_text(year=year) + "; " + rules.criteria() + "; " + criteria_text(release=release.id)
        selected = low["selected"]
        count = {t: int((low["type"][selected] == t).sum()) for t in (CLASSIC, COMPENSATED, BETWEEN)}
        feedback.pushInfo(tr("{crit}: {listed} units listed: {classic} klassiek, {compensated} gecompenseerd, {between} "
                             "tussen").format(crit=crit, listed=len(selected), classic=count[CLASSIC],
                                              compensated=count[COMPENSATED], between=count[BETWEEN]))
        self._log_lowest(low, extra, label, gemeente, key, rules.dimension, feedback)
        columns = {RANK: low["rank"], PROFILE_DIMENSION: constant(data.n, rules.dimension), PROFILE_SCORE: low["score"],
                   PROFILE_CLASS: low["class"].astype(np.int8), PROFILE_TOTAL_CLASS: low["total_class"].astype(np.int8),
                   PROFILE_TYPE: low["type"], COMPENSATION: low["compensation"], CRITERIA: constant(data.n, crit)}
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns, replace=True,
                                     fids=data.fids, gdal_source=inp.gdal, keep=selected)
        self.style_on_load(context, dest, category_spec(PROFILE_TYPE, "type"), release,
                           tr("Lowest on {dimension} {year} (type)").format(dimension=rules.dimension, year=year))
        dest_corr = write_table(self, parameters, self.CORRELATIONS, context, feedback, table)
        name_output(self, context, dest_corr, tr("Correlations of the dimensions {year}").format(year=year))
        if chart:
            write_chart(chart, correlation_chart(table, year, weight, release.credit))
        return {self.OUTPUT: dest, self.CORRELATIONS: dest_corr, self.CHART: chart or None, "LISTED": len(selected),
                "CLASSIC": count[CLASSIC], "COMPENSATED": count[COMPENSATED], "BETWEEN": count[BETWEEN]}

    @staticmethod
    def _log_correlations(table, dimension, feedback):
        """The chosen dimension's correlations with the others over all units, strongest first."""
        rows = table[(table[CORR_GROUP] == ALL) & ((table[CORR_A] == dimension) | (table[CORR_B] == dimension))]
        parts = []
        for r in rows.sort_values(SPEARMAN, key=lambda s: -s.abs()).itertuples(index=False):
            other = getattr(r, CORR_B) if getattr(r, CORR_A) == dimension else getattr(r, CORR_A)
            parts.append(f"{other} {getattr(r, SPEARMAN):+.2f} ({getattr(r, PEARSON):+.2f})")
        feedback.pushInfo(tr("Correlation of {dimension} with the others, all units, Spearman (Pearson): {parts}").format(
            dimension=dimension, parts="; ".join(parts) or "-"))

    @staticmethod
    def _log_lowest(low, extra, label, gemeente, key, dimension, feedback):
        """The first SHOWN of the list: rank, name (or code), gemeente, the score and class, the total class and type."""
        shown = low["selected"][:SHOWN]
        texts = {f: group_codes(np.asarray(extra[f], dtype=object)[shown]) for f in (label, gemeente, key) if f}
        for j, i in enumerate(shown):
            name = texts[label][j] if label else (texts[key][j] if key else "")
            place = texts[gemeente][j] if gemeente else (gemeente_of(texts[key][j]) if key else None)
            feedback.pushInfo(tr("{rank}. {name}{place}: {dimension} {score:.3f} (class {k}), total class {total}, {type}; "
                                 "compensatie {compensation}").format(
                rank=low["rank"][i], name=name, place=f" ({place})" if place and place != name else "", dimension=dimension,
                score=low["score"][i], k=low["class"][i], total=low["total_class"][i] or "-", type=low["type"][i] or "-",
                compensation=low["compensation"][i]))
