"""leefbaarometer:zonecompare — units inside zones, and the ring around them, against the rest."""
import numpy as np
from qgis.core import QgsGeometry
from qgis.core import QgsProcessingParameterDistance
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField

from ...core.analyses.common import criteria_text
from ...core.analyses.zones import compare_zones
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import CRITERIA
from ...core.weights import weight_column
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..geometry import repaired_geometries
from ..io.write import write_table
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_years_parameter


class ZoneCompareAlgorithm(LbmAlgorithm):
    NAME = "zonecompare"
    DISPLAY_NAME = tr_noop("Zones against the rest (and the ring around them)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    ZONES = "ZONES"
    DISTANCE = "DISTANCE"
    WEIGHT = "WEIGHT"
    YEARS = "YEARS"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Compares units inside given zones (new-build areas, programme areas such as NPLV, shrinking regions) with "
        "the rest, and the ring around the zones (within a distance, default 5 km) with the rest, to see whether "
        "problems moved next door (the reports' \"waterbed effect\"). A unit belongs to a zone or ring by its "
        "centroid. Per year and measure (afw and the dimensions): the weighted means in zone, ring and rest, the "
        "differences zone − rest and ring − rest, and their trend since the first year.</p>"), NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterDistance(self.DISTANCE, self.tr("Ring width"), defaultValue=5000, parentParameterName=self.INPUT, minValue=0))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight (households, dwellings)"), parentLayerParameterName=self.INPUT, optional=True))
        add_years_parameter(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Zones against the rest"), SOURCE_VECTOR))

    def compute(self, parameters, context, feedback):
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        inp = self.read_input(parameters, context, feedback, [weight])
        data, extra, release, years, source = inp.data, inp.extra, inp.release, inp.years, inp.source
        _, zone_geoms = repaired_geometries(zones, context, feedback, what=tr_noop("zones"))
        zone_geoms = [g for g in zone_geoms if not g.isNull() and not g.isEmpty()]
        if not zone_geoms:
            raise LbmInputError(tr("the zones layer has no polygons: give the areas to compare with the rest"))
        area = QgsGeometry.unaryUnion(zone_geoms)
        ring = area.buffer(distance, 16) if distance > 0 else QgsGeometry()
        inside_engine = QgsGeometry.createGeometryEngine(area.constGet())
        inside_engine.prepareGeometry()
        ring_engine = None
        if not ring.isNull():
            ring_engine = QgsGeometry.createGeometryEngine(ring.constGet())
            ring_engine.prepareGeometry()
        _, unit_geoms = repaired_geometries(source, context, feedback, data.fids)
        check_cancel(feedback)
        where = np.full(data.n, "rest", dtype=object)
        for i, g in enumerate(unit_geoms):
            if g.isNull():
                continue
            centroid = g.centroid()  # keep the geometry alive while the engine reads it
            if inside_engine.contains(centroid.constGet()):
                where[i] = "zone"
            elif ring_engine is not None and ring_engine.contains(centroid.constGet()):
                where[i] = "ring"
        w = weight_column(extra, weight, feedback.pushWarning)
        df = compare_zones(data, release, years, where, w)
        crit = criteria_text(ring_m=distance, weight=weight or "units", units_zone=int((where == "zone").sum()),
                             units_ring=int((where == "ring").sum()), units_rest=int((where == "rest").sum()), release=release.id)
        df[CRITERIA] = crit
        feedback.pushInfo(crit)
        return {self.OUTPUT: write_table(self, parameters, self.OUTPUT, context, feedback, df)}
