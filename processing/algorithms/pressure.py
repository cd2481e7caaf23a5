"""leefbaarometer:pressure — leefbaarheid structureel onder druk: contiguous clusters that stay weak (annex 2)."""
import numpy as np
from qgis.core import QgsFeature
from qgis.core import QgsField
from qgis.core import QgsFields
from qgis.core import QgsGeometry
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.common import criteria_text
from ...core.analyses.pressure import PressureRules
from ...core.analyses.pressure import cluster_codes
from ...core.analyses.pressure import pressure
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import AFW_LAST
from ...core.names import CLASS_LAST
from ...core.names import CLUSTER
from ...core.names import CRITERIA
from ...core.names import DWELLINGS
from ...core.names import HOUSEHOLDS
from ...core.names import RUN_TO_LAST
from ...core.names import UNITS
from ...core.names import WEAKEST_DIMENSION
from ...core.names import YEARS_UNDER_PRESSURE
from ...core.schema import unit_key_field
from ...core.values import group_codes
from ...core.views import class_field_spec
from ...core.weights import weight_column
from ...core.years import years_text
from ..base import LbmAlgorithm
from ..compat import DOUBLE
from ..compat import INT
from ..compat import NUMBER_DOUBLE
from ..compat import PARAMETER_ADVANCED
from ..compat import SOURCE_POLYGON
from ..compat import STRING
from ..compat import WKB_MULTIPOLYGON
from ..compat import parameter_as_strings
from ..geometry import neighbour_rule
from ..geometry import repaired_geometries
from ..geometry import unit_pairs
from ..io.write import write_layer
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_neighbour_tolerance
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import neighbour_help
from ..params import neighbour_tolerance
from ..params import suppressed_rule

D = PressureRules()


def _help():
    """The help's own paragraphs, with the defaults of core/analyses/pressure.PressureRules (shared with the annexes)."""
    return tr("<p>Areas where livability is <i>structureel onder druk</i>, selected on three criteria:</p><ul>"
              "<li><b>severity</b>: total-score class at most {max_class} (onvoldoende or lower) by default;</li>"
              "<li><b>duration</b>: in at least M of the last K measurements (default {min_years} of {last_years});</li>"
              "<li><b>size</b>: a contiguous cluster of such units with at least N dwellings (default {min_weight:g}; the "
              "weight field). Without a dwellings field the size counts units instead, with its own minimum (<b>Size "
              "without dwellings</b>, default {min_units}: any cluster, since a number of dwellings cannot be turned into "
              "a number of areas): the log says so, and so does the output's <code>criteria</code> "
              "(<code>min_units</code> instead of <code>min_dwellings</code>).</li></ul>"
              "<p>Grid cells (a <code>grid_id</code> field) are contiguous as 8- or 4-neighbours; other polygons (buurten) "
              "when they share a boundary. Each cluster becomes one dissolved area with its units, dwellings, households, "
              "the codes it touches (its own units' codes, e.g. PC4 or grid_id, and the buurt, wijk and gemeente code "
              "fields you give), its weighted afw and class in the last year, the number of the chosen measurements in "
              "which the cluster as a whole was under pressure, how many of them run without a break up to the last one, "
              "and its weakest dimension: the material of the reports' annex 2. The annexes per gemeente use the same "
              "criteria and defaults.</p>").format(max_class=D.max_class, min_years=D.min_years, last_years=D.last_years,
                                                     min_weight=D.min_weight, min_units=D.min_units)


class PressureAlgorithm(LbmAlgorithm):
    NAME = "pressure"
    DISPLAY_NAME = tr_noop("Structurally under pressure (structureel onder druk)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    WEIGHT = "WEIGHT"
    HOUSEHOLDS = "HOUSEHOLDS"
    MAX_CLASS = "MAX_CLASS"
    MIN_YEARS = "MIN_YEARS"
    LAST_YEARS = "LAST_YEARS"
    MIN_WEIGHT = "MIN_WEIGHT"
    MIN_UNITS = "MIN_UNITS"
    CONNECTIVITY = "CONNECTIVITY"
    CODE_FIELDS = "CODE_FIELDS"
    OUTPUT = "OUTPUT"
    HELP = (
        _help, neighbour_help, NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Grid cells or areas with scores"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Dwellings (size criterion)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.HOUSEHOLDS, self.tr("Households (reported)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MAX_CLASS, self.tr("Severity: class at most"), defaultValue=D.max_class, minValue=1, maxValue=9))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_YEARS, self.tr("Duration: in at least … measurements"), defaultValue=D.min_years, minValue=1, maxValue=9))
        self.addParameter(QgsProcessingParameterNumber(self.LAST_YEARS, self.tr("… of the last … measurements"), defaultValue=D.last_years, minValue=1, maxValue=9))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_WEIGHT, self.tr("Size: at least … dwellings in the cluster"),
                                                       NUMBER_DOUBLE, defaultValue=D.min_weight, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_UNITS, self.tr("Size without dwellings: at least … units in the cluster"),
                                                       defaultValue=D.min_units, minValue=1))
        contiguity = QgsProcessingParameterEnum(self.CONNECTIVITY, self.tr("Contiguity of grid cells (ignored for buurten and other polygons)"),
                                                options=[self.tr("8 neighbours (corners too)"), self.tr("4 neighbours (edges)")], defaultValue=0)
        contiguity.setFlags(contiguity.flags() | PARAMETER_ADVANCED)  # grids only
        self.addParameter(contiguity)
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELDS, self.tr("Code fields to list (buurt, wijk, gemeente)"),
                                                      parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        add_suppressed_parameter(self)
        add_neighbour_tolerance(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Areas structurally under pressure"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("CLUSTERS", self.tr("Clusters")))

    def compute(self, parameters, context, feedback):
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        households = self.parameterAsString(parameters, self.HOUSEHOLDS, context)
        codes = parameter_as_strings(self, parameters, self.CODE_FIELDS, context)
        own = unit_key_field(self.parameterAsSource(parameters, self.INPUT, context).fields().names())
        codes = ([own] if own and own not in codes else []) + codes  # the codes of the units' own level first
        inp = self.read_input(parameters, context, feedback, [weight, households] + codes)
        data, extra, release, source = inp.data, inp.extra, inp.release, inp.source
        rules = PressureRules(self.parameterAsInt(parameters, self.MAX_CLASS, context),
                              self.parameterAsInt(parameters, self.MIN_YEARS, context),
                              self.parameterAsInt(parameters, self.LAST_YEARS, context),
                              self.parameterAsDouble(parameters, self.MIN_WEIGHT, context),
                              self.parameterAsInt(parameters, self.MIN_UNITS, context))
        w = weight_column(extra, weight, feedback.pushWarning, suppressed_rule(self, parameters, context)) if weight else np.ones(data.n)
        if not weight:
            feedback.pushWarning(tr("No dwellings field (WEIGHT): the size criterion counts units instead, so a cluster needs at "
                                    "least {min_units} unit(s) (MIN_UNITS), not {min_weight:g} dwellings. Give the dwellings field "
                                    "to apply the dwellings criterion.").format(min_units=rules.min_units, min_weight=rules.min_weight))
        connectivity = (8, 4)[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        tolerance = neighbour_tolerance(self, parameters, context)
        rule = neighbour_rule(source.fields().names(), connectivity, tolerance)
        if connectivity != 8 and not rule.startswith("grid"):
            feedback.pushInfo(self.tr("Contiguity of grid cells is ignored: the input is not a grid. Neighbours: {rule}").format(rule=rule))
        pairs = unit_pairs(source, context, feedback, data.fids, connectivity, tolerance=tolerance)
        labels, table = pressure(data, release, inp.years, pairs, w if weight else None, rules)
        years = inp.years[-rules.last_years:]
        crit = criteria_text(max_class=rules.max_class, duration=f"{rules.min_years} of {'/'.join(map(str, years))}",
                             **rules.size_criterion(weight), contiguity=rule, release=release.id)
        feedback.pushInfo(tr("{n_table} clusters ({crit})").format(n_table=len(table), crit=crit))
        hh = weight_column(extra, households, feedback.pushWarning, suppressed_rule(self, parameters, context))
        touched = cluster_codes(labels, {c: group_codes(extra[c]) for c in codes})
        # Only the clusters' units are dissolved: read (and repair) just those, not the whole layer (a national grid
        # has 435,577 cells, its clusters some thousands). Repaired and counted once already for the neighbours.
        in_cluster = np.flatnonzero(labels >= 0)
        _, member_geoms = repaired_geometries(source, context, None, np.asarray(data.fids)[in_cluster], only=True) \
            if len(in_cluster) else (None, [])
        geoms = dict(zip(in_cluster.tolist(), member_geoms))
        fields = QgsFields()
        for name, kind in [(CLUSTER, INT), (UNITS, INT), (DWELLINGS, DOUBLE), (HOUSEHOLDS, DOUBLE), (AFW_LAST, DOUBLE),
                           (CLASS_LAST, INT), (YEARS_UNDER_PRESSURE, INT), (RUN_TO_LAST, INT),
                           (WEAKEST_DIMENSION, STRING)] + [(c, STRING) for c in codes] + [(CRITERIA, STRING)]:
            fields.append(QgsField(name, kind))
        # A cluster is an area: one whose units have no area (empty or degenerate geometry) is left out, named.
        areas, left_out = {}, []
        for row in table.itertuples():
            members = np.flatnonzero(labels == row.cluster - 1)
            geom = QgsGeometry.unaryUnion([geoms[i] for i in members])
            if geom.isNull() or geom.isEmpty() or geom.area() <= 0:
                left_out.append(touched[codes[0]].get(row.cluster - 1) if codes else str(row.cluster))
                continue
            geom.convertToMultiType()
            areas[row.cluster] = (members, geom)
        if left_out:
            feedback.pushWarning(tr("{count} cluster(s) are left out because their units have no area (empty or zero-area "
                                    "geometry): {units}. Repair those geometries to have them judged.").format(
                                    count=len(left_out), units="; ".join(left_out)))

        def features():
            batch = []
            for number, row in enumerate((r for r in table.itertuples() if r.cluster in areas), start=1):
                members, geom = areas[row.cluster]
                f = QgsFeature(fields)
                f.setGeometry(geom)
                f.setAttributes([number, row.eenheden, row.gewicht if weight else None,
                                 float(hh[members].sum()) if hh is not None else None, row.afw_laatst, row.k_laatst,
                                 row.metingen_onder_druk, row.aaneengesloten_tot_laatst, row.zwakste_dimensie]
                                + [touched[c].get(row.cluster - 1) for c in codes] + [crit])
                batch.append(f)
            yield batch

        dest = write_layer(self, parameters, self.OUTPUT, context, feedback, fields, WKB_MULTIPOLYGON, features())
        self.style_on_load(context, dest, class_field_spec(CLASS_LAST, release), release, tr("Structurally under pressure {years}").format(
            years=years_text(years)))
        return {self.OUTPUT: dest, "CLUSTERS": len(areas)}
