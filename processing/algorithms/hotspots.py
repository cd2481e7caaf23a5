"""leefbaarometer:hotspots — local clusters of high and low scores (Getis–Ord Gi*), and how they change."""
import numpy as np
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.common import criteria_text
from ...core.analyses.common import measure_values
from ...core.analyses.hotspots import HotspotRules
from ...core.analyses.hotspots import getis_ord
from ...core.analyses.hotspots import hotspot_change
from ...core.analyses.hotspots import hotspot_labels
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import CRITERIA
from ...core.names import NEIGHBOURS
from ...core.names import NO_NEIGHBOURS
from ...core.names import SPOT_CHANGE
from ...core.names import hotspot_fields
from ...core.schema import DIMENSIONS
from ...core.values import constant
from ...core.views import category_spec
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..compat import NUMBER_DOUBLE
from ..compat import SOURCE_POLYGON
from ..geometry import neighbour_counts
from ..geometry import neighbour_rule
from ..geometry import unit_pairs
from ..io.write import write_with_new_fields
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_neighbour_tolerance
from ..params import add_release_parameters
from ..params import add_years_parameter
from ..params import neighbour_help
from ..params import neighbour_tolerance

MEASURE_OPTIONS = ("afw",) + DIMENSIONS
H = HotspotRules()  # the defaults


class HotspotsAlgorithm(LbmAlgorithm):
    NAME = "hotspots"
    DISPLAY_NAME = tr_noop("Hot and cold spots")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    MEASURE = "MEASURE"
    YEARS = "YEARS"
    PERMUTATIONS = "PERMUTATIONS"
    ALPHA = "ALPHA"
    FDR = "FDR"
    CONNECTIVITY = "CONNECTIVITY"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Local spatial clusters of low scores (<i>cold</i>) and high scores (<i>hot</i>) with the Getis–Ord Gi* "
        "statistic: each unit with its neighbours (grid cells: 8 or 4 neighbours; other polygons: a shared boundary, see <b>Neighbour tolerance</b> below), "
        "binary weights. Per year: <code>gi_{year}</code> (the z-score), <code>gip_{year}</code> (a pseudo p-value from "
        "conditional permutations: the unit keeps its score, its neighbours are drawn at random from the others) and "
        "<code>spot_{year}</code> (hot, cold or ns at the chosen significance level, <i>geen buren</i> for a unit without neighbours, whose count is in <code>buren</code>; optionally with the "
        "Benjamini–Hochberg false-discovery-rate correction, advisable with many units). Over the years, "
        "<code>spot_change</code> compares the first and the last year: nieuw, blijvend, versterkt / afnemend "
        "(|z| up or down by at least 1), verdwenen, omgeslagen. Computed with numpy, so the plugin needs no extra "
        "library; random draws are seeded, so results repeat.</p>"), neighbour_help, NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterEnum(self.MEASURE, self.tr("Measure"), options=list(MEASURE_OPTIONS), defaultValue=0))
        add_years_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations"), defaultValue=H.permutations, minValue=0, maxValue=9999))
        self.addParameter(QgsProcessingParameterNumber(self.ALPHA, self.tr("Significance level"), NUMBER_DOUBLE, defaultValue=H.alpha, minValue=0.0001, maxValue=0.5))
        self.addParameter(QgsProcessingParameterBoolean(self.FDR, self.tr("False-discovery-rate correction"), defaultValue=H.fdr))
        self.addParameter(QgsProcessingParameterEnum(self.CONNECTIVITY, self.tr("Grid neighbours"), options=[self.tr("8 (corners too)"), self.tr("4 (edges)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), defaultValue=H.seed, minValue=0))
        add_neighbour_tolerance(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hot and cold spots")))

    def compute(self, parameters, context, feedback):
        measure = MEASURE_OPTIONS[self.parameterAsEnum(parameters, self.MEASURE, context)]

        def values(data, release, y):
            return measure_values(data, release, measure, y)

        inp = self.read_input(parameters, context, feedback, available=lambda data, release: [
            y for y in data.score_years() if values(data, release, y) is not None and np.isfinite(values(data, release, y)).any()])
        data, release, years = inp.data, inp.release, inp.years
        if not years:
            raise LbmInputError(tr("the layer has no values of {measure} in any year").format(measure=measure))
        perms = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        fdr = self.parameterAsBool(parameters, self.FDR, context)
        connectivity = (8, 4)[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        tolerance = neighbour_tolerance(self, parameters, context)
        pairs = unit_pairs(inp.source, context, feedback, data.fids, connectivity, tolerance=tolerance)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        columns, spots, zs = {NEIGHBOURS: neighbour_counts(pairs, data.n).astype(np.int64)}, [], []
        for n, y in enumerate(years):
            check_cancel(feedback)
            v = values(data, release, y)
            z, p = getis_ord(v, pairs, perms, seed + n)
            lab = hotspot_labels(z, p, alpha, fdr)
            # No neighbour with a value this year (none at all, or only areas without a score): no cluster to speak of.
            scored = np.isfinite(v)
            alone = neighbour_counts(pairs[scored[pairs[:, 0]] & scored[pairs[:, 1]]], data.n) == 0
            lab[alone & np.isfinite(z)] = NO_NEIGHBOURS
            gi, gip, spot = hotspot_fields(y)
            columns[gi], columns[gip], columns[spot] = z, p, lab
            spots.append(lab)
            zs.append(z)
            feedback.pushInfo(tr("{year}: {hot} hot, {cold} cold").format(year=y, hot=int((lab == 'hot').sum()), cold=int((lab == 'cold').sum())))
            feedback.setProgress(50 * (n + 1) / len(years))
        if len(years) > 1:
            columns[SPOT_CHANGE] = hotspot_change(spots[0], spots[-1], zs[0], zs[-1], H.intensify)
        crit = criteria_text(measure=measure, statistic="Getis-Ord Gi*", permutations=perms, alpha=alpha,
                             fdr="Benjamini-Hochberg" if fdr else "no", seed=seed,
                             neighbours=neighbour_rule(inp.source.fields().names(), connectivity, tolerance))
        columns[CRITERIA] = constant(data.n, crit)
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns, replace=True, fids=data.fids, gdal_source=inp.gdal)
        self.style_on_load(context, dest, category_spec(hotspot_fields(years[-1])[2], "spot"), release,
                           tr("Hot and cold spots {measure} {year}").format(measure=measure, year=years[-1]))
        return {self.OUTPUT: dest}
