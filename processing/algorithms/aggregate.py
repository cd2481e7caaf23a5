"""leefbaarometer:aggregate — from fine units to zones: weighted means, classes, and weight per class group."""
import numpy as np
from qgis.core import QgsField
from qgis.core import QgsFields
from qgis.core import QgsGeometry
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField

from ...core.aggregate import aggregate
from ...core.area_filter import parse_gemeente_codes
from ...core.classify import CLASS_GROUPS
from ...core.classify import GROUP_NAMES
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.join import examples
from ...core.schema import unit_key_field
from ...core.stats import ranks
from ...core.views import score_layer_spec
from ...core.weights import weight_column
from ...core.years import years_text
from ...core.zone_assign import largest_overlap
from ...core.zone_assign import zone_fields
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..compat import STRING
from ..compat import WKB_MULTIPOLYGON
from ..compat import WKB_NO_GEOMETRY
from ..geometry import repaired_geometries
from ..geometry import zone_overlaps
from ..io.write import feature_batches
from ..io.write import python_column
from ..io.write import qvariant_type
from ..io.write import write_layer
from ..params import GEMEENTE_FILTER
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import add_years_parameter
from ..params import suppressed_rule
from ..zones import read_zones
from ..zones import report_without_zone
from ..zones import zone_names
from ..zones import zones_in_filter
from ..zones import zones_of_codes


class AggregateAlgorithm(LbmAlgorithm):
    NAME = "aggregate"
    DISPLAY_NAME = tr_noop("Aggregate to zones")
    GROUP = tr_noop("Analysis")
    INPUT = "INPUT"
    WEIGHT = "WEIGHT"
    SUPPRESSED = "SUPPRESSED"
    ZONE_FIELD = "ZONE_FIELD"
    ZONES = "ZONES"
    ZONE_KEY = "ZONE_KEY"
    YEARS = "YEARS"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Rolls scores of fine units (100 m cells, buurten) up to zones (buurten, wijken, gemeenten, your own "
        "areas), as the Leefbaarometer does for its higher levels: per zone the weighted mean of every measure and "
        "year (<code>afw_2024</code> …), the classes recomputed from those means (<code>kscore_2024</code>, "
        "<code>kafw_2024</code>, <code>kfys_2024</code> …), the number of units and the total weight, and the weight "
        "living in each class of the units (<code>wk1_2024</code> … <code>wk9_2024</code>) and class group: "), ", ".join(f"<code>{k}_{{year}}</code> {v} ({lo}{'' if lo == hi else f'–{hi}'})" for k, v in GROUP_NAMES.items()
                    for lo, hi in [CLASS_GROUPS[k]]), tr_noop(".</p>"
        "<p><b>Weight</b>: dwellings, households or residents (a field of the units); empty = every unit counts once. "
        "The official weights are not published: a household- or dwelling-weighted mean of 2024 buurten reproduces "
        "the official gemeente scores within about 0.003; an unweighted mean can be far off. Units without a weight "
        "(NULL) count as 0 and are reported. CBS suppresses small counts as −99997: choose how to count them.</p>"
        "<p><b>Zones</b>: a code field on the units (<b>Zone code field</b>, e.g. gm_code), and/or a polygon layer "
        "(<b>Zones</b>) with its key field. With both, zones join by code; with the polygon layer only, a unit belongs "
        "to the zone that contains its centroid. With the code field only, the output is a table without geometry. "
        "Zones without units and units without a zone are counted and named in the log (the first ten).</p>"
        "<p>The output carries the zones' names (the name field of the zones, e.g. gemeentenaam, or of the units, e.g. "
        "gm_naam beside gm_code) and per year <code>rank_{year}</code>: 1 for the zone with the highest afw of the "
        "zones with a score that year (equal scores share a rank; a zone without a score has none). With <b>Only "
        "these gemeenten</b> the output holds only their zones: zones whose code or gemeente code is one of them, "
        "or, for zones of your own, the zones that received units.</p>"
        "<p>Unit classes for the weights per class are the units' own <code>kscore_{year}</code> where present, else "
        "computed from their afw with the release profile.</p>"), RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores (cells, buurten)"), [SOURCE_VECTOR]))
        # Any type: weights joined from a CBS CSV arrive as text; numeric() converts them or names the bad values.
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight field (dwellings, households; empty = unweighted)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        add_suppressed_parameter(self)
        self.addParameter(QgsProcessingParameterField(self.ZONE_FIELD, self.tr("Zone code field on the units"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (polygons)"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(self.ZONE_KEY, self.tr("Key field of the zones (detected if empty)"),
                                                      parentLayerParameterName=self.ZONES, optional=True))
        add_years_parameter(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Zones with scores"), SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber("ZONES_WITHOUT_DATA", self.tr("Zones without units")))
        self.addOutput(QgsProcessingOutputNumber("UNITS_WITHOUT_ZONE", self.tr("Units without a zone")))

    def compute(self, parameters, context, feedback):
        weight_field = self.parameterAsString(parameters, self.WEIGHT, context)
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if not zone_field and zones is None:
            raise LbmInputError(tr("give the zones: a zone code field on the units, or a polygon layer of zones (or both)"))
        fields_in = self.parameterAsSource(parameters, self.INPUT, context)
        unit_key = unit_key_field(fields_in.fields().names()) if fields_in is not None else None
        zone_name_field = zone_fields(fields_in.fields().names(), zone_field)[1] if zone_field and fields_in is not None else None
        inp = self.read_input(parameters, context, feedback, [weight_field, zone_field, unit_key, zone_name_field])
        data, extra, release, years, source = inp.data, inp.extra, inp.release, inp.years, inp.source
        if weight_field:
            weights = weight_column(extra, weight_field, feedback.pushWarning, suppressed_rule(self, parameters, context))
        else:
            weights = np.ones(data.n)
        feedback.setProgress(30)

        zone_keys, zone_geoms, zone_labels, zone_gemeente = None, None, {}, None
        if zones is not None:
            zone_keys, zone_geoms, zone_labels, key_name, zone_gemeente = read_zones(
                zones, self.parameterAsString(parameters, self.ZONE_KEY, context), context, feedback)
        if zone_field:
            if zone_keys is None:
                key_name = zone_field
            zone, zone_keys = zones_of_codes(extra[zone_field], zone_keys, feedback)
        else:
            zone = self._spatial_join(source, data.fids, zone_geoms, context, feedback)
        check_cancel(feedback)
        without_zone = report_without_zone(zone, extra[unit_key] if unit_key else None, data.fids, feedback)
        names_of_zones = zone_names(zone, len(zone_keys), extra[zone_name_field]) if zone_name_field and zones is None else None
        if names_of_zones is not None:  # names from the units (gm_naam beside gm_code), if they name the zones
            zone_labels = {zone_name_field: names_of_zones, **zone_labels}
        columns = aggregate(data, zone, len(zone_keys), weights, release, years)
        for y in years:
            if f"afw_{y}" in columns:
                columns[f"rank_{y}"] = ranks(columns[f"afw_{y}"])
        keep = zones_in_filter(parse_gemeente_codes(self.parameterAsString(parameters, GEMEENTE_FILTER, context)),
                               zone_gemeente, columns["n_units"])
        if keep is not None:
            feedback.pushInfo(tr("{kept} of {n} zones belong to the chosen gemeenten").format(kept=int(keep.sum()), n=len(keep)))
            zone_keys, columns = zone_keys[keep], {k: v[keep] for k, v in columns.items()}
            zone_labels = {k: np.asarray(v, dtype=object)[keep] for k, v in zone_labels.items()}
            zone_geoms = [g for g, k in zip(zone_geoms, keep) if k] if zone_geoms is not None else None
        # Zones without any score: no units, or only units without scores (areas kept by importscores with NULL).
        scored = np.zeros(len(zone_keys), dtype=bool)
        for y in years:
            if f"afw_{y}" in columns:
                scored |= np.isfinite(columns[f"afw_{y}"])
        empty = np.flatnonzero(~scored)
        if len(empty):
            feedback.pushWarning(tr("{n_empty} zones have no units with scores: {zone_keys}").format(n_empty=len(empty),
                                    zone_keys=examples(zone_keys[empty])))
        feedback.pushInfo(tr("{n_zone_keys} zones from {without_zone} units; weight: {weight_field}; release profile {title}. "
                             "{credit}.").format(n_zone_keys=len(zone_keys), without_zone=data.n - without_zone,
                             weight_field=weight_field or tr('none (unweighted)'), title=release.title, credit=release.credit))
        dest = self._write(parameters, context, feedback, key_name, zone_keys, zone_geoms, zone_labels, columns)
        if zone_geoms is not None:
            spec = score_layer_spec([key_name, *columns], release)
            self.style_on_load(context, dest, spec, release, tr("Leefbaarometer by {zone} {years}").format(
                zone=key_name, years=years_text(years or data.score_years())))
        return {self.OUTPUT: dest, "ZONES_WITHOUT_DATA": len(empty), "UNITS_WITHOUT_ZONE": without_zone}

    def _spatial_join(self, source, fids, zone_geoms, context, feedback):
        """Zone index of each unit: the zone polygon that holds the unit's centroid (−1: none; on a boundary between
        two zones, the first of them)."""
        _, unit_geoms = repaired_geometries(source, context, feedback, fids)
        points = [g.centroid() if not g.isNull() else g for g in unit_geoms]
        unit, zone, area, _ = zone_overlaps(points, zone_geoms, feedback, points=True)
        return largest_overlap(unit, zone, area, len(points))[0]

    def _write(self, parameters, context, feedback, key_name, keys, geoms, labels, columns):
        fields = QgsFields()
        fields.append(QgsField(key_name, STRING))
        for lab in labels:
            fields.append(QgsField(lab, STRING))
        for name, arr in columns.items():
            fields.append(QgsField(name, qvariant_type(arr)))
        wkb = WKB_MULTIPOLYGON if geoms is not None else WKB_NO_GEOMETRY
        # A rank of 0 is no rank (a zone without a score that year): NULL.
        values = [python_column(np.asarray(keys, dtype=object))] + [python_column(labels[lab]) for lab in labels] + [
            [v or None for v in arr.tolist()] if name.startswith("rank_") else python_column(arr)
            for name, arr in columns.items()]
        rows = [list(r) for r in zip(*values)]

        def multi(lo, hi):
            out = [QgsGeometry(g) for g in geoms[lo:hi]]
            for g in out:
                g.convertToMultiType()
            return out

        return write_layer(self, parameters, self.OUTPUT, context, feedback, fields, wkb,
                           feature_batches(fields, len(rows), multi if geoms is not None else None, lambda lo, hi: rows[lo:hi]))
