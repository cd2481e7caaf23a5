"""leefbaarometer:trajectory — classes over all years per unit, a trajectory label, and transition matrices."""
import numpy as np
import pandas as pd
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.common import criteria_text
from ...core.analyses.trajectories import TrajectoryRules
from ...core.analyses.trajectories import consecutive
from ...core.analyses.trajectories import matrix_table
from ...core.analyses.trajectories import neighbourhood_group
from ...core.analyses.trajectories import spatial_markov_q
from ...core.analyses.trajectories import trajectories
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import ALL
from ...core.names import CRITERIA
from ...core.names import GROUP
from ...core.names import TRAJECTORY
from ...core.names import TRAJECTORY_LABEL
from ...core.values import constant
from ...core.values import group_codes
from ...core.views import CATEGORY_STYLES
from ...core.views import category_spec
from ...core.weights import weight_column
from ...core.years import years_text
from ..base import LbmAlgorithm
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
from ..params import add_years_parameter
from ..params import neighbour_help
from ..params import neighbour_tolerance

T = TrajectoryRules()  # the defaults


def by_neighbourhood(table, matrix):
    """The rows of a matrix table per neighbourhood (laag, midden, hoog), named 'buren …', without the overall ones."""
    rows = table[table[GROUP] != ALL]
    return rows.assign(**{GROUP: "buren " + rows[GROUP], "matrix": matrix})


class TrajectoryAlgorithm(LbmAlgorithm):
    NAME = "trajectory"
    DISPLAY_NAME = tr_noop("Trajectories and transitions")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    YEARS = "YEARS"
    LOW_MAX = "LOW_MAX"
    STEPS = "STEPS"
    PERSIST_MIN = "PERSIST_MIN"
    PERSIST_LAST = "PERSIST_LAST"
    WEIGHT = "WEIGHT"
    GROUP_FIELD = "GROUP_FIELD"
    SPATIAL = "SPATIAL"
    OUTPUT = "OUTPUT"
    MATRIX = "MATRIX"
    HELP = (
        tr_noop("<p>Per unit its class in every chosen year (<code>traject</code>, e.g. <code>4-4-3-3-5</code>, ? where a year "
        "has no score) and a label over <b>all</b> those measurements: <i>persistent laag</i>: low (onvoldoende or "
        "lower, class ≤ 3 by default) in every measurement, or in at least M of the last K measurements when you set "
        "them (the reports' \"onvoldoende in 2002 and still\"); <i>wisselend laag</i>: low at the first and the last "
        "measurement but not persistently (e.g. 3-4-3-4-4-4-5-3); <i>nieuw laag</i>: low at the end, not at the start; "
        "<i>herstellend</i>: low at the start, not at the end; <i>dalend</i> / <i>stijgend</i>: never low at the "
        "ends, at least N classes down or up from the first to the last; <i>stabiel</i> otherwise.</p>"
        "<p>The second output holds class-transition matrices (counts and shares of the weight): "
        "<code>matrix</code> = <i>eerste-laatste</i> (first to last year) and <i>opeenvolgend</i> (all consecutive "
        "measurements pooled), overall and per group; optionally per neighbourhood (the neighbours' mean class at "
        "the start of each step: laag ≤ 3, midden, hoog ≥ 7), the spatial transitions, with the test whether the "
        "neighbourhood changes the transitions: the spatial Markov homogeneity statistic Q (Bickenbach & Bode 2003, "
        "as in PySAL giddy) and its chi-square p-value, in the log and as outputs Q and Q_P.</p>"), neighbour_help, NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_VECTOR]))
        add_years_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(self.LOW_MAX, self.tr("Low: class at most"), defaultValue=T.low_max, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.STEPS, self.tr("Rising or falling: at least … classes"), defaultValue=T.steps, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.PERSIST_MIN, self.tr("Persistent laag: low in at least … (0 = every measurement)"), defaultValue=T.persist_min, minValue=0, maxValue=20))
        self.addParameter(QgsProcessingParameterNumber(self.PERSIST_LAST, self.tr("… of the last … measurements (0 = all)"), defaultValue=T.persist_last, minValue=0, maxValue=20))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight (households, dwellings)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.SPATIAL, self.tr("Also per neighbourhood (spatial transitions)"), defaultValue=False))
        add_neighbour_tolerance(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Trajectories")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.MATRIX, self.tr("Transition matrix"), SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber("Q", self.tr("Spatial Markov Q")))
        self.addOutput(QgsProcessingOutputNumber("Q_P", self.tr("Spatial Markov Q: p-value")))

    def compute(self, parameters, context, feedback):
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        inp = self.read_input(parameters, context, feedback, [weight, group])
        data, extra, release, years = inp.data, inp.extra, inp.release, inp.years
        if len(years) < 2:
            raise LbmInputError(tr("trajectories need at least two years"))
        low, steps = self.parameterAsInt(parameters, self.LOW_MAX, context), self.parameterAsInt(parameters, self.STEPS, context)
        m, last = self.parameterAsInt(parameters, self.PERSIST_MIN, context), self.parameterAsInt(parameters, self.PERSIST_LAST, context)
        path, label, k = trajectories(data, release, years, TrajectoryRules(low, steps, m, last))
        window = last or len(years)
        persist = f"all {len(years)}" if not m and not last else f"{m or window} of the last {window}"
        crit = criteria_text(years=f"{years[0]}-{years[-1]}", low_class_max=low, persistent=persist, steps=steps, release=release.id)
        w = weight_column(extra, weight, feedback.pushWarning)
        groups = group_codes(extra[group]) if group else None
        tables = [matrix_table(k[:, 0], k[:, -1], w, groups).assign(matrix="eerste-laatste")]
        pooled = consecutive(k, w if w is not None else np.ones(data.n),
                             np.column_stack([groups] * len(years)) if groups is not None else None)
        tables.append(matrix_table(pooled[0], pooled[1], pooled[2], pooled[3] if groups is not None else None).assign(matrix="opeenvolgend"))
        outputs = {"Q": None, "Q_P": None}
        if self.parameterAsBool(parameters, self.SPATIAL, context):
            tolerance = neighbour_tolerance(self, parameters, context)
            pairs = unit_pairs(inp.source, context, feedback, data.fids, tolerance=tolerance)
            crit += f"; neighbours={neighbour_rule(inp.source.fields().names(), 8, tolerance)}"
            hoods = np.column_stack([neighbourhood_group(k[:, t], pairs, data.n) for t in range(len(years))])
            t = matrix_table(k[:, 0], k[:, -1], w, hoods[:, 0])
            tables.append(by_neighbourhood(t, "eerste-laatste"))
            f, to, ww, hood = consecutive(k, w if w is not None else np.ones(data.n), hoods)
            t = matrix_table(f, to, ww, hood)
            tables.append(by_neighbourhood(t, "opeenvolgend"))
            q, dof, pval = spatial_markov_q(f, to, hood)
            outputs.update(Q=q, Q_P=pval)
            verdict = (tr("the neighbourhood changes the transitions") if pval < 0.05 else
                       tr("no evidence that the neighbourhood changes the transitions"))
            feedback.pushInfo(tr("Spatial Markov test over {steps} steps (neighbourhood laag / midden / hoog): Q = {q:.1f}, "
                                 "{dof} degrees of freedom, p = {p:.3g} — {verdict}").format(
                                     steps=len(years) - 1, q=q, dof=dof, p=pval, verdict=verdict))
        matrix = pd.concat(tables, ignore_index=True)
        matrix[CRITERIA] = crit
        counts = pd.Series(label).value_counts()
        feedback.pushInfo(", ".join(f"{n} {tr(CATEGORY_STYLES['traject'][lab][0])}" for lab, n in counts.items()))
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source,
                                     {TRAJECTORY: path, TRAJECTORY_LABEL: label, CRITERIA: constant(data.n, crit)},
                                     replace=True, fids=data.fids, gdal_source=inp.gdal)
        self.style_on_load(context, dest, category_spec(TRAJECTORY_LABEL, "traject"), release, tr("Trajectories {years}").format(years=years_text(years)))
        return {self.OUTPUT: dest, self.MATRIX: write_table(self, parameters, self.MATRIX, context, feedback, matrix), **outputs}
