"""leefbaarometer:differences — differences within zones: the gap between their weak and strong units, and how it
changed (the 2016 report's bijlagen 2 and 3)."""
import numpy as np
import pandas as pd
from qgis.core import QgsGeometry
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterNumber

from ...core.aggregate import first_per_zone
from ...core.analyses.common import criteria_text
from ...core.analyses.differences import DifferenceRules
from ...core.analyses.differences import column_kinds
from ...core.analyses.differences import differences
from ...core.analyses.differences import zones_per_pattern
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.join import examples
from ...core.names import CRITERIA
from ...core.names import DGAP
from ...core.names import GAP_SMALLER
from ...core.names import N_MISSING
from ...core.names import NATIONAL
from ...core.names import NATIONAL_NAME
from ...core.names import PATTERN
from ...core.names import WEAK_FALLS
from ...core.names import WEAK_RISES_LESS
from ...core.names import ZONE
from ...core.names import ZONE_NAME
from ...core.names import difference_fields
from ...core.numformat import EXCEL_FORMATS
from ...core.schema import AREA_CODE_FIELDS
from ...core.schema import GEMEENTE_CODE_FIELDS
from ...core.schema import find_field
from ...core.schema import gemeente_of
from ...core.schema import unit_key_field
from ...core.values import group_codes
from ...core.values import key_text
from ...core.views import layer_scores
from ...core.views import view_spec
from ...core.weights import weight_column
from ...core.years import check_year_order
from ...core.years import year_pair
from ...core.years import years_text
from ...core.zone_assign import NAME_OF_CODE
from ..base import LbmAlgorithm
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..compat import WKB_MULTIPOLYGON
from ..io.write import write_spreadsheet
from ..io.write import write_table
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import optional_year
from ..params import suppressed_rule
from ..styling import name_output
from ..zones import read_zones

R = DifferenceRules()  # the defaults, shared with the annexes and the panel's view
# The gemeente's name beside a gemeente code derived from buurt or wijk codes (the official WFS: `gemeente`).
GEMEENTE_NAME_FIELDS = ("gm_naam", "gemeentenaam", "gemeente")


class DifferencesAlgorithm(LbmAlgorithm):
    NAME = "differences"
    DISPLAY_NAME = tr_noop("Differences within zones (weak and strong units)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    ZONE_FIELD = "ZONE_FIELD"
    YEAR_FROM = "YEAR_FROM"
    YEAR_TO = "YEAR_TO"
    WEIGHTS = "WEIGHTS"
    WEAK_MAX = "WEAK_MAX"
    STRONG_MIN = "STRONG_MIN"
    ZONES = "ZONES"
    ZONE_KEY = "ZONE_KEY"
    OUTPUT = "OUTPUT"
    XLSX = "XLSX"
    HELP = (
        tr_noop("<p>Did the differences within a gemeente (or any zone) grow, and how? The 2016 report named cities where the "
        "differences between good and bad buurten grew because the buurten that were onvoldoende got worse, and others "
        "where those buurten improved, but less than the ruim voldoende and goed ones.</p>"
        "<p>Per zone the units are fixed by their class in the start year: <b>weak</b> (class ≤ 3, onvoldoende or lower, "
        "by default) and <b>strong</b> (class ≥ 6, ruim voldoende or better). For both years: the weighted mean afw of "
        "the weak units (<code>weak_{year}</code>) and of the strong units (<code>strong_{year}</code>), the gap "
        "strong − weak (<code>gap_{year}</code>, the same units in both years) and its change <code>dgap</code>; the "
        "counts <code>n_weak</code>, <code>n_strong</code>; the spread of all units of the zone: the standard deviation "
        "of afw (<code>sd_{year}</code>, weighted: Σw(afw − mean)² / Σw, square-rooted; unweighted the population "
        "standard deviation) and the distance between its 90th and 10th percentile (<code>p90p10_{year}</code>, weighted "
        "percentiles where weights are given: the smallest afw at which the cumulative weight reaches 10 % or 90 %).</p>"
        "<p><b>pattern</b>: <i>zwak daalt</i> (the gap widened and the weak units' mean fell), <i>zwak stijgt minder</i> "
        "(the gap widened; the weak units' mean rose, or stayed, but less than the strong units'), <i>verschil "
        "kleiner</i> (the gap did not widen: dgap ≤ 0), <i>geen zwakke eenheden</i> (no weak units: no gap), <i>geen "
        "sterke eenheden</i> (weak units but no strong ones: no gap; the weak means are given). A zone whose units all "
        "lack a score in one of the years has no pattern (NULL).</p>"
        "<p><b>The same units in both years.</b> Every figure of a zone is computed on its units with a score in both "
        "years (weighted: and a weight above 0), so that a change is a change of those units and never one of which "
        "units are there. Units with a score in only one of the years are left out, counted per zone in "
        "<code>n_missing</code> and in the log; units without any score do not count. The class of the start year is "
        "the unit's own kscore where the layer has one, else computed from afw with the release profile.</p>"
        "<p><b>Zones</b>: the <b>Zone field</b> of the units (any zone code: gemeente, wijk, region); empty: the "
        "gemeente code (gm_code, gemeentecode), else the gemeente taken from buurt or wijk codes (BU05990110 → GM0599, "
        "as the official WFS layers carry them). PC4 areas and cells get their gemeente from <i>Assign zones to "
        "units</i> (leefbaarometer:assignzones). Units in no zone count only in the row of all units, and are named in "
        "the log.</p>"
        "<p><b>Output</b>: one row per zone (<code>zone</code> its code, <code>naam</code> its name where the units or the "
        "zones have one) after the row of all units of the input (<code>zone</code> = NL): a table, or, with "
        "<b>Zones</b> (polygons, joined on their key field, detected if empty), a zone layer styled by pattern (the row "
        "NL has no geometry). The log lists the zones per pattern. <b>Spreadsheet</b> (optional): the same table, "
        "values at full precision shown with three decimals, and a sheet with the sources and criteria.</p>"
        "<p><b>Years</b> follow the data: the end year is the layer's last measurement, the start year the measurement "
        "before it, unless you give them. <b>Weights</b> (households, dwellings; empty: every unit counts once): NULL "
        "counts as 0, CBS's suppressed counts as you choose.</p>"), NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(self.ZONE_FIELD, self.tr("Zone field (empty: the gemeente code)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_FROM, self.tr("Start year (empty: the measurement before the end year)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_TO, self.tr("End year (empty: the last year of the layer)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterField(self.WEIGHTS, self.tr("Weight field (households, dwellings; empty = unweighted)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        add_suppressed_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(self.WEAK_MAX, self.tr("Weak: class in the start year at most"),
                                                       defaultValue=R.weak_max_class, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.STRONG_MIN, self.tr("Strong: class in the start year at least"),
                                                       defaultValue=R.strong_min_class, minValue=2, maxValue=9))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (polygons, for a map; optional)"),
                                                              [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(self.ZONE_KEY, self.tr("Key field of the zones (detected if empty)"),
                                                      parentLayerParameterName=self.ZONES, optional=True))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Differences within zones"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.XLSX, self.tr("Spreadsheet"), "Excel (*.xlsx)", optional=True,
                                                                createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("NATIONAL_DGAP", self.tr("Change of the gap, all units")))
        for name in ("WEAK_FALLS", "WEAK_RISES_LESS", "GAP_SMALLER"):
            self.addOutput(QgsProcessingOutputNumber(name, name.lower()))

    def compute(self, parameters, context, feedback):
        y0, y1 = optional_year(self, parameters, self.YEAR_FROM, context), optional_year(self, parameters, self.YEAR_TO, context)
        if y0 is not None and y1 is not None:
            check_year_order(y0, y1)  # before the (long) read
        rules = DifferenceRules(weak_max_class=self.parameterAsInt(parameters, self.WEAK_MAX, context),
                                strong_min_class=self.parameterAsInt(parameters, self.STRONG_MIN, context))
        rules.check()
        weight = self.parameterAsString(parameters, self.WEIGHTS, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        names = source.fields().names() if source is not None else []
        zone_field, from_codes, name_field = self._zone_fields(names, self.parameterAsString(parameters, self.ZONE_FIELD, context))
        unit_key = unit_key_field(names)
        inp = self.read_input(parameters, context, feedback, [zone_field, name_field, weight, unit_key])
        data, extra, release = inp.data, inp.extra, inp.release
        y0, y1 = year_pair(data.score_years(), y0, y1)
        feedback.pushInfo(tr("Years: {year_from} → {year_to}").format(year_from=y0, year_to=y1))
        codes = np.array([gemeente_of(key_text(v)) if from_codes else key_text(v) for v in extra[zone_field]], dtype=object)
        self._report_without_zone(codes, extra, unit_key, data, zone_field, from_codes, feedback)
        w = weight_column(extra, weight, feedback.pushWarning, suppressed_rule(self, parameters, context))
        table = differences(data, release, y0, y1, codes, w, rules)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        geometries = None
        if zones is not None:
            geometries, zone_names = self._zone_geometries(zones, parameters, context, feedback, table[ZONE].to_numpy())
        else:
            zone, keys = pd.factorize(pd.Series(codes, dtype=object), sort=True)
            zone_names = (first_per_zone(zone, len(keys), group_codes(extra[name_field])) if name_field
                          else np.full(len(keys), None, dtype=object))
            zone_names = np.concatenate([[NATIONAL_NAME], zone_names])
        table.insert(1, ZONE_NAME, zone_names)
        crit = criteria_text(years=f"{y0}-{y1}", weak_class_max=rules.weak_max_class, strong_class_min=rules.strong_min_class,
                             weights=weight or "units", units="score in both years",
                             zones=f"{zone_field} (gemeente of the code)" if from_codes else zone_field, release=release.id)
        table[CRITERIA] = crit
        self._log(table, y0, y1, crit, feedback)
        title = tr("Differences {years}").format(years=years_text((y0, y1)))
        dest = write_table(self, parameters, self.OUTPUT, context, feedback, table, geometries, WKB_MULTIPOLYGON)
        if geometries is not None:
            self.style_on_load(context, dest, view_spec(layer_scores(list(table.columns)), release, "differences"), release, title)
        else:
            name_output(self, context, dest, title)
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:
            formats = {col: EXCEL_FORMATS[kind] for col, kind in column_kinds(table).items()}
            write_spreadsheet(xlsx, {"verschillen": table.drop(columns=[CRITERIA])}, crit, release.credit, {"verschillen": formats})
        counts = table.loc[table[ZONE] != NATIONAL, PATTERN].value_counts()
        national = float(table.loc[0, DGAP])
        return {self.OUTPUT: dest, self.XLSX: xlsx or None, "NATIONAL_DGAP": national if np.isfinite(national) else None,
                **{key: int(counts.get(value, 0)) for key, value in (("WEAK_FALLS", WEAK_FALLS), ("WEAK_RISES_LESS", WEAK_RISES_LESS),
                                                                     ("GAP_SMALLER", GAP_SMALLER))}}

    def _zone_fields(self, names, given):
        """(zone code field, whether its codes are buurt or wijk codes that give the gemeente, name field or None)."""
        if given:
            paired = NAME_OF_CODE.get(given.lower())
            return given, False, find_field(names, (paired,)) if paired else None
        gm = find_field(names, GEMEENTE_CODE_FIELDS)
        if gm:
            return gm, False, find_field(names, (NAME_OF_CODE.get(gm.lower(), "gm_naam"),))
        area = find_field(names, AREA_CODE_FIELDS)
        if area:
            return area, True, find_field(names, GEMEENTE_NAME_FIELDS)
        raise LbmInputError(tr("the units have no gemeente code field (gm_code, gemeentecode) and no buurt or wijk codes: choose "
                               "a ZONE_FIELD, or give them their gemeente first with 'Assign zones to units' "
                               "(leefbaarometer:assignzones)"))

    def _report_without_zone(self, codes, extra, unit_key, data, zone_field, from_codes, feedback):
        missing = np.array([c is None for c in codes], dtype=bool)
        if missing.all():
            raise LbmInputError(tr("no unit has a zone in '{field}'{how}: choose another ZONE_FIELD, or give the units their "
                                   "gemeente with 'Assign zones to units' (leefbaarometer:assignzones)").format(
                                       field=zone_field, how=tr(" (as buurt or wijk codes)") if from_codes else ""))
        if missing.any():
            units = (group_codes(extra[unit_key]) if unit_key else
                     np.array([tr("feature {fid}").format(fid=f) for f in data.fids], dtype=object))
            feedback.pushWarning(tr("{n} units have no zone in '{field}': they count only in the row of all units (NL): "
                                    "{units}").format(n=int(missing.sum()), field=zone_field, units=examples(units[missing])))

    def _zone_geometries(self, zones, parameters, context, feedback, table_zones):
        """Per row of the table its zone's polygon (None for NL and for codes the zones layer lacks) and name."""
        keys, geoms, labels, key, _ = read_zones(zones, self.parameterAsString(parameters, self.ZONE_KEY, context), context,
                                                 feedback)
        at = pd.Index(keys).get_indexer(pd.Index(table_zones))
        at[0] = -1  # NL: no geometry (even if the zones layer had a zone 'NL')
        unknown = [z for z, i in zip(table_zones[1:], at[1:]) if i < 0]
        if unknown:
            feedback.pushWarning(tr("{n} zone(s) of the units are not in the zones layer (key '{key}'); they have no geometry: "
                                    "{zones}").format(n=len(unknown), key=key, zones=examples(unknown)))
        unused = len(keys) - int((at >= 0).sum())
        if unused:
            feedback.pushInfo(tr("{n} zone(s) of the zones layer have no units and are not in the output").format(n=unused))
        names = next(iter(labels.values()), None)
        zone_names = [NATIONAL_NAME] + [None if i < 0 or names is None else names[i] for i in at[1:]]
        return [None if i < 0 else _multi(geoms[i]) for i in at], np.array(zone_names, dtype=object)

    def _log(self, table, y0, y1, crit, feedback):
        f = difference_fields(y0, y1)
        nl = table.iloc[0]
        feedback.pushInfo(tr("Criteria (not official): {crit}").format(crit=crit))
        feedback.pushInfo(tr("All units: {n_weak} weak, {n_strong} strong; weak {weak_a:.4f} → {weak_b:.4f}, strong {strong_a:.4f} → "
                             "{strong_b:.4f}; gap {gap_a:.4f} → {gap_b:.4f} (dgap {dgap:+.4f}): {pattern}").format(
                                 n_weak=nl.n_weak, n_strong=nl.n_strong, weak_a=nl[f["weak_a"]], weak_b=nl[f["weak_b"]],
                                 strong_a=nl[f["strong_a"]], strong_b=nl[f["strong_b"]], gap_a=nl[f["gap_a"]],
                                 gap_b=nl[f["gap_b"]], dgap=nl[DGAP], pattern=nl[PATTERN]))
        if nl[N_MISSING]:
            feedback.pushInfo(tr("{n} units have a score in only one of {year_from} and {year_to}: left out (n_missing per "
                                 "zone)").format(n=int(nl[N_MISSING]), year_from=y0, year_to=y1))
        zones = table.iloc[1:]
        label = {z: (f"{n} ({z})" if n else z) for z, n in zip(zones[ZONE], zones[ZONE_NAME])}
        for pattern, members in zones_per_pattern(table).items():
            feedback.pushInfo(tr("Pattern '{pattern}': {n} zone(s){colon}{zones}").format(
                pattern=pattern, n=len(members), colon=": " if members else "", zones=", ".join(label[z] for z in members)))
        empty = zones.loc[zones[PATTERN].isna(), ZONE].tolist()
        if empty:
            feedback.pushWarning(tr("{n} zone(s) have no units with a score in both years (no pattern): {zones}").format(
                n=len(empty), zones=", ".join(label[z] for z in empty)))


def _multi(geometry):
    """A copy of a zone's polygon as a multipolygon (the output's type)."""
    out = QgsGeometry(geometry)
    out.convertToMultiType()
    return out
