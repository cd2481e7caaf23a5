"""leefbaarometer:earlywarning — vroegsignalering: units still voldoende or better, at risk of sliding, with a
back-test of the warning on the layer's own history."""
import numpy as np
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingOutputString
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.common import criteria_text
from ...core.analyses.early_warning import RISK_LABELS
from ...core.analyses.early_warning import WarningRules
from ...core.analyses.early_warning import back_test
from ...core.analyses.early_warning import back_test_line
from ...core.analyses.early_warning import early_warning
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import CRITERIA
from ...core.names import MARGIN
from ...core.names import NEIGHBOURS
from ...core.names import NO_NEIGHBOURS
from ...core.names import REASONS
from ...core.names import RISK
from ...core.names import RISK_LABEL
from ...core.names import TREND
from ...core.values import constant
from ...core.views import CATEGORY_STYLES
from ...core.views import category_spec
from ..base import LbmAlgorithm
from ..compat import NUMBER_DOUBLE
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..geometry import neighbour_rule
from ..geometry import unit_pairs
from ..io.write import write_table
from ..io.write import write_with_new_fields
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_neighbour_tolerance
from ..params import add_release_parameters
from ..params import neighbour_help
from ..params import neighbour_tolerance

D = WarningRules()


def _help():
    """The help's own paragraphs, with the defaults they quote."""
    return tr("<p><b>Indicative.</b> Units that still score voldoende or better (class ≥ 5) in the last measurement but risk "
              "sliding a class in the not too long term. A warning needs <b>nearness</b>: afw within a margin (default "
              "{near}) of the lower boundary of the unit's class. Its level is <i>laag</i>, raised one step for each of: "
              "<b>very near</b> (within {very_near}); <b>neighbours</b> whose mean afw is at least {neighbour_gap} lower "
              "(buren lager) or fell at least {neighbour_decline} (dalende buren); a <b>falling trend</b> of the total (at "
              "least {decline}) or of a dimension (at least {dimension_decline}) over the last N measurements (default 1): "
              "<i>midden</i> with one, <i>hoog</i> with two or more. A weak dimension alone is no risk factor: it is the "
              "normal state of many areas. Neighbours: grid cells 8 neighbours; polygons a shared boundary (after repair of "
              "invalid polygons); units without neighbours have <code>buren</code> = geen buren.</p><p>Output fields: "
              "<code>risico</code> (−2 geen score, no total score in the year; −1 n.v.t., class below 5; 0 geen; 1 laag; 2 "
              "midden; 3 hoog), <code>risico_label</code>, <code>redenen</code>, <code>marge</code> (afw above the lower "
              "class boundary), <code>dafw_trend</code>.</p><p><b>Back-test</b>: the tool computes the same warning from the "
              "measurements up to an earlier year (default: the one before the last) and reports how the flagged and "
              "unflagged units fared up to the last measurement: the share flagged, the rate of falling at least one class "
              "per level and the lift (rate of the flagged / rate of the unflagged), in the log and in the back-test table. "
              "On the national PC4 file (warning from the data up to 2020, judged on 2020→2022) see the README. The "
              "thresholds are the plugin's own, chosen by such back-tests; they are not official.</p>").format(
        near=D.near, very_near=D.very_near, neighbour_gap=D.neighbour_gap, neighbour_decline=D.neighbour_decline, decline=D.decline, dimension_decline=D.dimension_decline)


class EarlyWarningAlgorithm(LbmAlgorithm):
    NAME = "earlywarning"
    DISPLAY_NAME = tr_noop("Early warning (vroegsignalering)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    NEAR = "NEAR"
    VERY_NEAR = "VERY_NEAR"
    NEIGHBOUR_GAP = "NEIGHBOUR_GAP"
    NEIGHBOUR_DECLINE = "NEIGHBOUR_DECLINE"
    SPAN = "SPAN"
    DECLINE = "DECLINE"
    DIMENSION_DECLINE = "DIMENSION_DECLINE"
    BACKTEST_YEAR = "BACKTEST_YEAR"
    OUTPUT = "OUTPUT"
    BACKTEST = "BACKTEST"
    HELP = (
        _help, neighbour_help, NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        dbl = NUMBER_DOUBLE
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterNumber(self.NEAR, self.tr("Near the lower class boundary: within (afw)"), dbl, defaultValue=D.near, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.VERY_NEAR, self.tr("Very near: within"), dbl, defaultValue=D.very_near, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.NEIGHBOUR_GAP, self.tr("Neighbours lower by at least"), dbl, defaultValue=D.neighbour_gap, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.NEIGHBOUR_DECLINE, self.tr("Neighbours fell by at least"), dbl, defaultValue=D.neighbour_decline, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.SPAN, self.tr("Trends over the last … measurements"), defaultValue=D.span, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.DECLINE, self.tr("Total fell by at least"), dbl, defaultValue=D.decline, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.DIMENSION_DECLINE, self.tr("A dimension fell by at least"), dbl, defaultValue=D.dimension_decline, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.BACKTEST_YEAR, self.tr("Back-test: warn from the data up to (default: the year before the last)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        add_neighbour_tolerance(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Early warning")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.BACKTEST, self.tr("Back-test"), SOURCE_VECTOR, optional=True))
        self.addOutput(QgsProcessingOutputNumber("LIFT", self.tr("Back-test: lift of the flagged units")))
        self.addOutput(QgsProcessingOutputString("BACKTEST_LINE", self.tr("Back-test in one line")))

    def compute(self, parameters, context, feedback):
        inp = self.read_input(parameters, context, feedback)
        data, release, years = inp.data, inp.release, inp.years
        num = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        rules = WarningRules(num(self.NEAR), num(self.VERY_NEAR), num(self.NEIGHBOUR_GAP), num(self.NEIGHBOUR_DECLINE),
                             self.parameterAsInt(parameters, self.SPAN, context), num(self.DECLINE), num(self.DIMENSION_DECLINE))
        if rules.very_near > rules.near:
            raise LbmInputError(tr("'very near' ({very_near}) cannot be wider than 'near' ({near})").format(very_near=rules.very_near,
                                   near=rules.near))
        tolerance = neighbour_tolerance(self, parameters, context)
        pairs = unit_pairs(inp.source, context, feedback, data.fids, required=False, tolerance=tolerance)
        result = early_warning(data, release, years, pairs, rules)
        start, last = result["trend_years"]
        crit = criteria_text(year=last, trend=f"{start}-{last}", near=rules.near, very_near=rules.very_near,
                             neighbour_gap=rules.neighbour_gap, neighbour_fall=rules.neighbour_decline,
                             fall=rules.decline, dimension_fall=rules.dimension_decline,
                             neighbours=neighbour_rule(inp.source.fields().names(), 8, tolerance), release=release.id,
                             note="indicatief")
        risk = result[RISK]
        counts = ", ".join(f"{tr(CATEGORY_STYLES['risico'][r][0])}: {int((risk == r).sum())}" for r in sorted(RISK_LABELS))
        feedback.pushInfo(tr("Warning for {year} ({criteria}): {counts}").format(year=last, criteria=crit, counts=counts))
        outputs = {"LIFT": None, "BACKTEST_LINE": None, self.BACKTEST: None}
        by_year = self.parameterAsString(parameters, self.BACKTEST_YEAR, context)
        test_year = int(float(by_year)) if by_year not in ("", None) else None
        if test_year is None and len([y for y in years if y < years[-1]]) < rules.span + 1:
            feedback.pushWarning(tr("No back-test: the layer has too few measurements before {years}").format(years=years[-1]))
        else:
            table, summary = back_test(data, release, years, pairs, rules, test_year)
            outputs["BACKTEST_LINE"] = back_test_line(summary)
            feedback.pushInfo(outputs["BACKTEST_LINE"])
            table[CRITERIA] = crit
            outputs["LIFT"] = summary["lift"]
            if parameters.get(self.BACKTEST) is not None:
                outputs[self.BACKTEST] = write_table(self, parameters, self.BACKTEST, context, feedback, table)
        columns = {RISK: risk.astype(np.int64), RISK_LABEL: np.array([RISK_LABELS[r] for r in risk], dtype=object),
                   REASONS: result[REASONS], MARGIN: result[MARGIN], TREND: result[TREND],
                   NEIGHBOURS: np.where(result[NEIGHBOURS], "ja", NO_NEIGHBOURS).astype(object), CRITERIA: constant(data.n, crit)}
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns, replace=True, fids=data.fids, gdal_source=inp.gdal)
        self.style_on_load(context, dest, category_spec(RISK, "risico"), release, tr("Early warning {year} (indicative)").format(
            year=last))
        return {self.OUTPUT: dest, **outputs}
