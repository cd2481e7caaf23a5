"""leefbaarometer:earlywarning — vroegsignalering: units still voldoende or better, at risk of sliding."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...core.analyses import RISK_LABELS, WarningRules, criteria_text, early_warning
from ...core.values import constant
from ...core.views import category_spec
from ..base import LbmAlgorithm
from ..geometry import unit_pairs
from ..io.write import write_with_new_fields
from ..params import NOT_OFFICIAL, RELEASE_HELP, add_gemeente_filter, add_release_parameters


class EarlyWarningAlgorithm(LbmAlgorithm):
    NAME = "earlywarning"
    DISPLAY_NAME = "Early warning (vroegsignalering)"
    GROUP = "Report analyses"
    INPUT, SPAN, DECLINE, WEAK_CLASS, OUTPUT = "INPUT", "SPAN", "DECLINE", "WEAK_CLASS", "OUTPUT"
    HELP = (
        "<p><b>Indicative.</b> Units that still score voldoende or better (class ≥ 5) in the last measurement but show "
        "signs of sliding. Four risk factors: the total score fell over the last N measurements (default 2) by at "
        "least a threshold (default 0.02); a dimension fell that much; the neighbours' scores fell that much on "
        "average (grid: 8 neighbours; polygons: a shared boundary); a dimension is in class 3 or lower. "
        "<code>risico</code> counts the factors (0 geen, 1 laag, 2 midden, 3 or more hoog; −1: not applicable, class "
        "below 5) and <code>redenen</code> names them. A signal to look closer, not a forecast.</p>" + NOT_OFFICIAL + RELEASE_HELP
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(self.SPAN, self.tr("Trend over the last … measurements"), defaultValue=2, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.DECLINE, self.tr("A fall of at least"), QgsProcessingParameterNumber.Double, defaultValue=0.02, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.WEAK_CLASS, self.tr("Weak dimension: class at most"), defaultValue=3, minValue=1, maxValue=8))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Early warning")))

    def compute(self, parameters, context, feedback):
        inp = self.read_input(parameters, context, feedback)
        data, release, years = inp.data, inp.release, inp.years
        rules = WarningRules(self.parameterAsInt(parameters, self.SPAN, context),
                             self.parameterAsDouble(parameters, self.DECLINE, context),
                             self.parameterAsInt(parameters, self.WEAK_CLASS, context))
        result = early_warning(data, release, years, unit_pairs(inp.source, context, feedback, data.fids, required=False), rules)
        crit = criteria_text(trend=f"{years[-1 - rules.span]}-{years[-1]}", fall=rules.decline,
                             weak_dimension_class=rules.weak_dimension_class, release=release.id, note="indicatief")
        risk = result["risico"]
        feedback.pushInfo(", ".join(f"{RISK_LABELS[r]}: {int((risk == r).sum())}" for r in sorted(RISK_LABELS)))
        columns = {"risico": risk.astype(np.int64), "risico_label": np.array([RISK_LABELS[r] for r in risk], dtype=object),
                   "redenen": result["redenen"], "dafw_trend": result["dafw_trend"], "criteria": constant(data.n, crit)}
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns, replace=True, fids=data.fids, gdal_source=inp.gdal)
        self.style_on_load(context, dest, category_spec("risico", "risico"), release, "Early warning (indicative)")
        return {self.OUTPUT: dest}
