"""leefbaarometer:assignzones — each unit (PC4 area, buurt, grid cell) gets the code and name of its zone
(gemeente, wijk, an area of your own), the fields the other tools look for."""
import numpy as np
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingOutputString
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.join import examples
from ...core.release import load_release
from ...core.schema import unit_key_field
from ...core.values import key_text
from ...core.views import score_layer_spec
from ...core.zone_assign import PSEUDO_ZONE_CODES
from ...core.zone_assign import eligible
from ...core.zone_assign import largest_overlap
from ...core.zone_assign import output_fields
from ...core.zone_assign import split_units
from ...core.zone_assign import zone_fields
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..compat import SOURCE_POLYGON
from ..geometry import repaired_geometries
from ..geometry import zone_overlaps
from ..io.read import read_attributes
from ..io.write import write_with_new_fields

METHODS = (tr_noop("Largest overlap"), tr_noop("Point on surface"))


def _help():
    return tr(
        "<p>Gives every unit (PC4 areas, buurten, wijken, 100 m cells: any polygons, as <i>Import published scores</i> "
        "makes them) the code and name of the zone it lies in: a gemeente, a wijk or an area of your own. The output is "
        "the input with two fields added, named as the other tools look for them: <code>gm_code</code> and "
        "<code>gm_naam</code> when the zones are gemeenten (codes GM0796 …), <code>wk_code</code> and "
        "<code>wk_naam</code> for wijken (WK079601 …), otherwise <code>zone_code</code> and <code>zone_name</code>. "
        "With <code>gm_code</code> a PC4 layer works in the gemeente filter, <i>Aggregate to zones</i>, the lists of "
        "the report analyses and the annexes per gemeente.</p>"
        "<p><b>Zones</b>: a polygon layer such as CBS's gemeenten (any CRS). <b>Code field</b> and <b>name field</b> are "
        "detected when left empty: wk_code, wijkcode, gm_code, gemeentecode, statcode or code, and the name that goes "
        "with it (gemeentenaam, gm_naam, statnaam …). CBS's pseudo-gemeente {pseudo} <i>Buitenland</i> (the Belgian "
        "enclaves in Baarle-Nassau) and zones without a code are never chosen.</p>"
        "<p><b>Method</b> (default {default}): <i>largest overlap</i> gives a unit the zone that covers most of its area "
        "(a unit across a boundary, or along the coast where the zones end at the shoreline, still gets one; ties go "
        "to the lowest code); <i>point on surface</i> the zone that holds a point inside the unit (faster on fine "
        "units, but a unit whose point lies outside every zone gets none). Units in no zone keep NULL and are named "
        "in the log (the first ten), as are the units that overlap more than one zone with the smallest shares.</p>"
        "<p>Invalid polygons of either layer (CBS's PC4 areas have about 1,500) are repaired (makeValid) for the "
        "computation only: the input is not changed and the output keeps the unit's geometry as it is. Fields the "
        "input already has are never overwritten unless you allow it (<b>Replace</b>). The output opens styled in the "
        "score classes of its last year when it has scores.</p>").format(
        pseudo=", ".join(PSEUDO_ZONE_CODES), default=tr(METHODS[0]).lower())


class AssignZonesAlgorithm(LbmAlgorithm):
    NAME = "assignzones"
    DISPLAY_NAME = tr_noop("Assign zones (gemeenten, wijken) to units")
    GROUP = tr_noop("Data")
    INPUT = "INPUT"
    ZONES = "ZONES"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    METHOD = "METHOD"
    REPLACE = "REPLACE"
    OUTPUT = "OUTPUT"
    HELP = (_help,)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units (PC4 areas, buurten, cells …)"),
                                                              [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (gemeenten, wijken, your own areas)"),
                                                              [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Code field of the zones (detected if empty)"),
                                                      parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterField(self.NAME_FIELD, self.tr("Name field of the zones (detected if empty)"),
                                                      parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.METHOD, self.tr("Method"), options=[self.tr(m) for m in METHODS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.REPLACE, self.tr("Replace zone fields the input already has"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Units with zones"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("UNITS_WITHOUT_ZONE", self.tr("Units without a zone")))
        self.addOutput(QgsProcessingOutputString("CODE_FIELD_WRITTEN", self.tr("Field with the zone code")))

    def compute(self, parameters, context, feedback):
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            raise LbmInputError(tr("give the zones: a polygon layer such as CBS's gemeenten"))
        code_f, name_f = zone_fields(zones.fields().names(), self.parameterAsString(parameters, self.CODE_FIELD, context),
                                     self.parameterAsString(parameters, self.NAME_FIELD, context))
        if code_f is None:
            raise LbmInputError(tr("cannot tell the code field of the zones (fields: {names}); choose CODE_FIELD").format(
                                   names=", ".join(zones.fields().names())))
        source, fast = self.input_source(parameters, self.INPUT, context, feedback)
        key = unit_key_field(source.fields().names())
        cols, fids = read_attributes(source, [key] if key else [], context, feedback, fast)
        labels = ([key_text(v) or tr("feature {fid}").format(fid=f) for v, f in zip(cols[key], fids)] if key
                  else [tr("feature {fid}").format(fid=f) for f in fids])
        _, unit_geoms = repaired_geometries(source, context, feedback, fids)
        feedback.setProgress(20)
        zcols, zone_geoms = repaired_geometries(zones, context, feedback, what=tr_noop("zones"),
                                                field_names=[code_f] + ([name_f] if name_f else []))
        codes = np.array([key_text(v) for v in zcols[0]], dtype=object)
        names = np.array([key_text(v) for v in zcols[1]], dtype=object) if name_f else np.full(len(codes), None, dtype=object)
        ok = eligible(codes, names)
        self._report_skipped(codes, names, ok, feedback)
        known = sorted(set(codes[ok]))
        if not known:
            raise LbmInputError(tr("the zones have no codes in field {field}").format(field=code_f))
        number = {c: n for n, c in enumerate(known)}  # in code order: a tie goes to the lowest code
        name_of = {}
        for c, n in zip(codes[ok], names[ok]):
            if n and c not in name_of:
                name_of[c] = n
        code_out_f, name_out_f = output_fields(known)
        feedback.pushInfo(tr("Zones: {n} with a code (field {code_f}, names from {name_f}); written to {code_out}{name_out}").format(
            n=len(known), code_f=code_f, name_f=name_f or tr("none"), code_out=code_out_f,
            name_out=f", {name_out_f}" if name_f else ""))

        by_point = self.parameterAsEnum(parameters, self.METHOD, context) == 1
        check_cancel(feedback)
        features = np.flatnonzero(ok)
        geoms = [g.pointOnSurface() if not g.isNull() else g for g in unit_geoms] if by_point else unit_geoms
        unit, zone, area, failed = zone_overlaps(geoms, [zone_geoms[i] for i in features.tolist()], feedback, points=by_point)
        if failed:
            feedback.pushWarning(tr("the overlap of {n} units with a zone could not be measured (GEOS): {units}").format(
                                    n=len(failed), units=examples([labels[i] for i in failed])))
        zone_key = np.array([number[c] for c in codes[features]], dtype=np.int64)[zone] if len(zone) else zone
        chosen, best, count = largest_overlap(unit, zone_key, area, len(fids))
        feedback.setProgress(60)
        self._report(chosen, best, count, unit_geoms, labels, known, code_out_f, by_point, feedback)

        code_out = np.array([known[c] if c >= 0 else None for c in chosen], dtype=object)
        columns = {code_out_f: code_out}
        if name_f:
            columns[name_out_f] = np.array([name_of.get(c) for c in code_out], dtype=object)
        dest = write_with_new_fields(self, parameters, context, feedback, source, columns,
                                     replace=self.parameterAsBool(parameters, self.REPLACE, context), fids=fids, gdal_source=fast)
        release = load_release()  # no release parameter: a layer with scores shows the shipped profile's classes
        names_out = list(source.fields().names()) + [c for c in columns if c not in source.fields().names()]
        self.style_on_load(context, dest, score_layer_spec(names_out, release), release,
                           tr("Leefbaarometer with {field}").format(field=code_out_f))
        return {self.OUTPUT: dest, "UNITS_WITHOUT_ZONE": int((chosen < 0).sum()), "CODE_FIELD_WRITTEN": code_out_f}

    @staticmethod
    def _report_skipped(codes, names, ok, feedback):
        pseudo = sorted({f"{c} {n or ''}".strip() for c, n in zip(codes[~ok], names[~ok]) if c})
        if pseudo:
            feedback.pushInfo(tr("Never chosen: {zones} (pseudo-gemeente, not a gemeente of any unit)").format(
                                 zones=", ".join(pseudo)))
        without = int(sum(1 for c in codes if not c))
        if without:
            feedback.pushWarning(tr("{n} zones have no code and are never chosen").format(n=without))

    @staticmethod
    def _report(chosen, best, count, unit_geoms, labels, known, field, by_point, feedback):
        n, outside = len(chosen), np.flatnonzero(chosen < 0)
        feedback.pushInfo(tr("{assigned} of {n} units have a zone").format(assigned=n - len(outside), n=n))
        if not by_point:
            areas = np.array([g.area() if not g.isNull() else 0.0 for g in unit_geoms])
            n_split, below, smallest = split_units(chosen, best, count, areas, labels)
            if n_split:
                feedback.pushInfo(tr("{n_split} units overlap more than one zone and have the one they overlap most (mostly "
                                     "slivers where the boundary files differ: {below} lie less than 90 % in their zone); the "
                                     "smallest shares: {smallest}").format(n_split=n_split, below=below, smallest=", ".join(
                                         f"{label} {share:.0%} {known[z]}" for label, share, z in smallest)))
        if len(outside):
            feedback.pushWarning(tr("{n} units lie in no zone; their {field} stays NULL: {units}").format(
                n=len(outside), field=field, units=examples([labels[i] for i in outside])))
