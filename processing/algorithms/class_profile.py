"""leefbaarometer:classprofile — livability against another indicator (health, income, crime …)."""
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.class_profile import class_profile
from ...core.analyses.common import criteria_text
from ...core.charts import render
from ...core.charts.builders import class_bars
from ...core.charts.builders import significant_decimals
from ...core.classify import unit_classes
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import ALL
from ...core.names import CRITERIA
from ...core.names import GROUP
from ...core.values import group_codes
from ...core.weights import indicator_column
from ...core.weights import weight_column
from ...core.years import last_year
from ..base import LbmAlgorithm
from ..charts import locale_number
from ..charts import write_chart
from ..compat import SOURCE_VECTOR
from ..io.write import write_table
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import optional_year


class ClassProfileAlgorithm(LbmAlgorithm):
    NAME = "classprofile"
    DISPLAY_NAME = tr_noop("Livability against an indicator (class profile)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    INDICATOR = "INDICATOR"
    YEAR = "YEAR"
    WEIGHT = "WEIGHT"
    GROUP_FIELD = "GROUP_FIELD"
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    HELP = (
        tr_noop("<p>How another indicator (share of residents with poor health, income, crime …) differs between the "
        "livability classes: per class and class group the weighted mean of the indicator, the ratio between the "
        "worst and the best group (onvoldoende of lager 1–3 against goed t/m uitstekend 7–9: the reports' "
        "\"factor 3.5\") and the rank correlation (Spearman) of afw and the indicator; overall and per group of "
        "gemeenten. A chart (PNG, or SVG when the file name ends in .svg) shows the mean per class, its values in your "
        "locale; charts need matplotlib (Debian: python3-matplotlib).</p>"
        "<p><b>Year</b> of the classes: the layer's last measurement unless you give one.</p>"
        "<p>An association, not a cause: the Leefbaarometer itself is built from such indicators.</p>"), NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores and the indicator"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(self.INDICATOR, self.tr("Indicator field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, self.tr("Year of the livability classes (empty: the last year of the layer)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight (residents, households)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field"), parentLayerParameterName=self.INPUT, optional=True))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Class profile"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.CHART, self.tr("Chart"), "PNG (*.png);;SVG (*.svg)", optional=True,
                                                                createByDefault=False))

    def compute(self, parameters, context, feedback):
        indicator = self.parameterAsString(parameters, self.INDICATOR, context)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            render.require()  # before reading: the chart needs matplotlib
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        inp = self.read_input(parameters, context, feedback, [indicator, weight, group])
        data, extra, release = inp.data, inp.extra, inp.release
        year = last_year(data.score_years(), optional_year(self, parameters, self.YEAR, context))
        k = unit_classes(data, release, year)
        ind = indicator_column(extra, indicator)
        w = weight_column(extra, weight, feedback.pushWarning)
        table, overall = class_profile(k, data.afw(year, release.constant_c), ind, w, group_codes(extra[group]) if group else None)
        table = table.merge(overall, on=GROUP, how="left")
        crit = criteria_text(indicator=indicator, year=year, weight=weight or "units", release=release.id)
        table[CRITERIA] = crit
        first = overall.iloc[0]
        feedback.pushInfo(tr("{indicator}: ratio 1-3 / 7-9 = {verhouding_13_79:.2f}, Spearman with afw = {spearman_afw:.2f}").format(
                             indicator=indicator, verhouding_13_79=first.verhouding_13_79, spearman_afw=first.spearman_afw))
        if chart:
            rows = table[(table[GROUP] == ALL) & table.klasse.str.startswith("k")]
            values = rows.indicator_gem.tolist()
            write_chart(chart, class_bars(240.0, 135.0, render.text_width, locale_number,
                                          [f"{i} {lab}" for i, lab in enumerate(release.class_labels, 1)], values,
                                          release.palette_scores, significant_decimals(values),
                                          tr("{indicator} per Leefbaarometer class, {year}").format(indicator=indicator, year=year),
                                          release.credit))
        dest = write_table(self, parameters, self.OUTPUT, context, feedback, table)
        return {self.OUTPUT: dest, self.CHART: chart or None, "RATIO": float(first.verhouding_13_79),
                "SPEARMAN": float(first.spearman_afw)}
