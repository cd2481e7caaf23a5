"""leefbaarometer:trajectory — classes over all years per unit, a trajectory label, and transition matrices."""
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core.analyses import criteria_text, matrix_table, neighbourhood_group, trajectories
from ...core.values import constant, group_codes
from ...core.views import category_spec
from ...core.weights import weight_column
from ..base import LbmAlgorithm
from ..geometry import unit_pairs
from ..io.write import write_table, write_with_new_fields
from ..params import NOT_OFFICIAL, RELEASE_HELP, add_gemeente_filter, add_release_parameters, add_years_parameter


class TrajectoryAlgorithm(LbmAlgorithm):
    NAME = "trajectory"
    DISPLAY_NAME = "Trajectories and transitions"
    GROUP = "Report analyses"
    INPUT, YEARS, LOW_MAX, STEPS, WEIGHT, GROUP_FIELD, SPATIAL, OUTPUT, MATRIX = (
        "INPUT", "YEARS", "LOW_MAX", "STEPS", "WEIGHT", "GROUP_FIELD", "SPATIAL", "OUTPUT", "MATRIX")
    HELP = (
        "<p>Per unit its class in every chosen year (<code>traject</code>, e.g. <code>4-4-3-3-5</code>) and a label "
        "comparing the first and the last of them: <i>persistent laag</i> (onvoldoende or lower, class ≤ 3, at both: "
        "the reports' \"onvoldoende in 2002 and still\"), <i>nieuw laag</i>, <i>herstellend</i> (low at the start, not "
        "at the end), <i>dalend</i> / <i>stijgend</i> (at least N classes down or up, never low) and <i>stabiel</i>.</p>"
        "<p>The second output is the class-transition matrix from the first to the last year: counts and shares of the "
        "weight, overall and per group; optionally also per neighbourhood (the neighbours' mean class at the start: "
        "laag ≤ 3, midden, hoog ≥ 7), the spatial transitions.</p>" + NOT_OFFICIAL + RELEASE_HELP
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [QgsProcessing.TypeVector]))
        add_years_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(self.LOW_MAX, self.tr("Low: class at most"), defaultValue=3, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.STEPS, self.tr("Rising or falling: at least … classes"), defaultValue=2, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight (households, dwellings)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.SPATIAL, self.tr("Also per neighbourhood (spatial transitions)"), defaultValue=False))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Trajectories")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.MATRIX, self.tr("Transition matrix"), QgsProcessing.TypeVector))

    def compute(self, parameters, context, feedback):
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        inp = self.read_input(parameters, context, feedback, [weight, group])
        data, extra, release, years = inp.data, inp.extra, inp.release, inp.years
        low, steps = self.parameterAsInt(parameters, self.LOW_MAX, context), self.parameterAsInt(parameters, self.STEPS, context)
        path, label, k = trajectories(data, release, years, low, steps)
        crit = criteria_text(years=f"{years[0]}-{years[-1]}", low_class_max=low, steps=steps, release=release.id)
        w = weight_column(extra, weight, feedback.pushWarning)
        tables = [matrix_table(k[:, 0], k[:, -1], w, group_codes(extra[group]) if group else None)]
        if self.parameterAsBool(parameters, self.SPATIAL, context):
            hood = neighbourhood_group(k[:, 0], unit_pairs(inp.source, context, feedback, data.fids), data.n)
            t = matrix_table(k[:, 0], k[:, -1], w, hood, group_name="groep")
            tables.append(t[t.groep != "alle"].assign(groep=lambda d: "buren " + d.groep))
        matrix = pd.concat(tables, ignore_index=True)
        matrix["criteria"] = crit
        counts = pd.Series(label).value_counts()
        feedback.pushInfo(", ".join(f"{n} {lab}" for lab, n in counts.items()))
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source,
                                     {"traject": path, "traject_label": label, "criteria": constant(data.n, crit)},
                                     replace=True, fids=data.fids)
        self.style_on_load(context, dest, category_spec("traject_label", "traject"), release, "Trajectories")
        return {self.OUTPUT: dest, self.MATRIX: write_table(self, parameters, self.MATRIX, context, feedback, matrix)}
