"""leefbaarometer:rankzones — zones ranked on several indicators: composite, rank, worst-decile count, own ranks."""
import numpy as np
import pandas as pd
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterMatrix
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsWkbTypes

from ...core.analyses.common import criteria_text
from ...core.analyses.rank_zones import METHOD_NAMES
from ...core.analyses.rank_zones import METHODS
from ...core.analyses.rank_zones import RankRules
from ...core.analyses.rank_zones import aggregated_indicators
from ...core.analyses.rank_zones import parse_indicators
from ...core.analyses.rank_zones import rank_order
from ...core.analyses.rank_zones import rank_zones
from ...core.analyses.rank_zones import worst_indicators
from ...core.area_filter import parse_gemeente_codes
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.join import examples
from ...core.names import COMPOSITE
from ...core.names import CRITERIA
from ...core.names import N_UNITS
from ...core.names import RANK
from ...core.names import REASON
from ...core.names import ZONE_WEIGHT
from ...core.schema import ZONE_KEY_FIELDS
from ...core.schema import find_field
from ...core.schema import score_fields
from ...core.schema import unit_key_field
from ...core.values import group_codes
from ...core.values import key_text
from ...core.values import numeric
from ...core.views import ranking_spec
from ...core.weights import indicator_column
from ...core.weights import weight_column
from ...core.zone_assign import zone_fields
from ..base import LbmAlgorithm
from ..compat import PARAMETER_ADVANCED
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..compat import WKB_MULTIPOLYGON
from ..compat import WKB_NO_GEOMETRY
from ..geometry import linearised
from ..io.read import read_source
from ..io.write import write_spreadsheet
from ..io.write import write_table
from ..params import GEMEENTE_FILTER
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import suppressed_rule
from ..zones import read_zones
from ..zones import report_without_zone
from ..zones import zone_names
from ..zones import zones_in_filter
from ..zones import zones_of_codes

D = RankRules()


def _help():
    """The help's own paragraphs, with the defaults they quote."""
    return tr(
        "<p>Ranks zones (gemeenten, wijken, buurten, PC4 areas, a corporation's complexes: any layer) on several "
        "indicators at once, as the 2020 theme report ranks gemeenten in its bijlage 5. Each indicator is a row of "
        "<b>Indicators</b>: a field, its <b>worse end</b> (<code>low</code>: a low value is unfavourable, as with every "
        "Leefbaarometer score; <code>high</code>: a high value is, as with crime or the share of households in weak "
        "areas) and a <b>weight</b> (≥ 0). On the command line the rows follow each other: "
        "<code>INDICATORS=onv,low,1,soc,low,1,fys,low,1</code>.</p>"
        "<p><b>Zones or units.</b> Leave <b>Zone field</b> empty when the input already holds the zones (the official "
        "WFS <code>gemeentescore24</code>, the output of <i>Aggregate to zones</i>): the indicators are its fields. With "
        "a zone field (gm_code, wk_code …) the input holds units (cells, buurten, PC4 areas) and they are aggregated "
        "first, by the plugin's own aggregation (<i>Aggregate to zones</i>), weighted by <b>Weight</b> (households, "
        "dwellings; empty: every unit once). An indicator is then a score of a year (<code>onv_2024</code>; on an "
        "official WFS layer of one year just <code>onv</code>), the weight in a class group (<code>w13_2024</code>: "
        "classes 1–3), its share of the weight with a class (<code>aandeel_w13_2024</code>), the change of the zone's "
        "mean between two years (<code>dafw_2022_2024</code>), or any other numeric field of the units (its weighted "
        "mean per zone: CBS figures, the outputs of other tools). <b>Zones</b> (a polygon layer, joined by code) gives "
        "the output its geometry; zones without units are listed as not ranked.</p>"
        "<p><b>The ranking.</b> Only zones with a value on every indicator and, from units, at least <b>Minimum units per "
        "zone</b> units (default {min_units}; for a layer of zones it applies when the layer has the field "
        "<code>n_units</code> of <i>Aggregate to zones</i>) are ranked; the others are listed with their "
        "<code>reason</code> (<i>ontbrekend: onv</i>, <i>te weinig eenheden (3 &lt; 5)</i>, <i>geen eenheden</i>). Over "
        "the M ranked zones each indicator is turned so that higher is more unfavourable and standardised by the "
        "<b>Method</b> (default <code>{method}</code>): <code>z</code>, z-scores (mean 0, population standard deviation "
        "1; fields <code>z_{{field}}</code>), or <code>percentile</code>, percentile ranks 0–100 (100 × (rank from the "
        "favourable end − ½) / M, ties sharing one; fields <code>pct_{{field}}</code>). <code>composite</code> is their "
        "weighted mean; <code>rank</code> 1 is the most unfavourable zone; <code>rank_{{field}}</code> is the rank on one "
        "indicator; <code>n_worst_decile</code> counts the indicators on which the zone is among the worst tenth "
        "(rank_{{field}} ≤ M / 10); equal values share the best rank (1, 2, 2, 4). Missing values are NULL, never 0: "
        "CBS's suppressed counts (−99997) are missing too.</p>"
        "<p><b>Output</b>: one row per zone in rank order (the ranked zones, then the others), with the zone's code and "
        "name, the indicators' values and the fields above; the <b>{top}</b> most unfavourable zones in the log "
        "(<b>Zones named in the log</b>); optionally a spreadsheet in the same order. The map shows the zones by rank: "
        "the most unfavourable 10 %, 10–25 %, the middle half, 75–90 % and the most favourable 10 %, and the zones "
        "not ranked in grey. The ranking compares the zones with each other, not with a norm: a low rank is no "
        "judgement of the zone's own livability.</p>").format(min_units=D.min_units, method=D.method, top=D.top)


class RankZonesAlgorithm(LbmAlgorithm):
    NAME = "rankzones"
    DISPLAY_NAME = tr_noop("Rank zones on several indicators")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    ZONE_FIELD = "ZONE_FIELD"
    INDICATORS = "INDICATORS"
    METHOD = "METHOD"
    MIN_UNITS = "MIN_UNITS"
    WEIGHT = "WEIGHT"
    ZONES = "ZONES"
    ZONE_KEY = "ZONE_KEY"
    TOP = "TOP"
    OUTPUT = "OUTPUT"
    XLSX = "XLSX"
    HELP = (_help, NOT_OFFICIAL, RELEASE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Zones (gemeenten …), or units with a zone field"),
                                                              [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone field of the units (empty: the input holds the zones)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterMatrix(self.INDICATORS, self.tr("Indicators (field, worse end low or high, weight)"),
                                                       numberRows=3, hasFixedNumberRows=False,
                                                       headers=[self.tr("Field"), self.tr("Worse end (low or high)"), self.tr("Weight")]))
        self.addParameter(QgsProcessingParameterEnum(self.METHOD, self.tr("Method (z: z-scores; percentile: percentile ranks)"),
                                                     options=list(METHODS), defaultValue=D.method, usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_UNITS, self.tr("Minimum units per zone"), defaultValue=D.min_units,
                                                       minValue=1))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT, self.tr("Weight of the units (households, dwellings; empty = unweighted)"), parentLayerParameterName=self.INPUT,
            optional=True))
        add_suppressed_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones for the map (polygons, joined by code)"),
                                                              [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(self.ZONE_KEY, self.tr("Key field of the zones (detected if empty)"),
                                                      parentLayerParameterName=self.ZONES, optional=True))
        top = QgsProcessingParameterNumber(self.TOP, self.tr("Zones named in the log"), defaultValue=D.top, minValue=0)
        top.setFlags(top.flags() | PARAMETER_ADVANCED)
        self.addParameter(top)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Ranking"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.XLSX, self.tr("Spreadsheet"), "Excel (*.xlsx)", optional=True,
                                                                createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("RANKED", self.tr("Zones ranked")))
        self.addOutput(QgsProcessingOutputNumber("NOT_RANKED", self.tr("Zones not ranked")))

    def compute(self, parameters, context, feedback):
        indicators = parse_indicators(self.parameterAsMatrix(parameters, self.INDICATORS, context))
        rules = RankRules(method=self.parameterAsEnumString(parameters, self.METHOD, context) or D.method,
                          min_units=self.parameterAsInt(parameters, self.MIN_UNITS, context),
                          top=self.parameterAsInt(parameters, self.TOP, context))
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        weight_field = self.parameterAsString(parameters, self.WEIGHT, context)
        if not zone_field:
            for name, given in ((self.WEIGHT, weight_field), (self.ZONES, parameters.get(self.ZONES))):
                if given:
                    raise LbmInputError(tr("{name} applies to units aggregated to zones: give the zone field of the units "
                                           "(ZONE_FIELD), or leave {name} empty").format(name=name))
            zones = self._from_zones(parameters, context, feedback, indicators)
        else:
            zones = self._from_units(parameters, context, feedback, indicators, zone_field, weight_field)
        release, keys, key_name, labels, geoms, columns, n_units, weight = zones
        ranking = rank_zones(columns, indicators, n_units, rules)
        for note in ranking.notes:
            feedback.pushWarning(note)

        table = pd.DataFrame({key_name: keys, **{k: np.asarray(v, dtype=object) for k, v in labels.items()}})
        if weight is not None:
            table[N_UNITS], table[ZONE_WEIGHT] = np.asarray(n_units, dtype=np.int64), np.asarray(weight, dtype=float)
        for ind in indicators:
            table[ind.field] = np.asarray(columns[ind.field], dtype=float)
        clash = sorted(set(table.columns) & set(ranking.table.columns) | {c for c in table.columns if c == CRITERIA})
        if clash:
            raise LbmInputError(tr("the output would have field(s) {fields} twice: rename the indicator or the zones' field").format(
                fields=", ".join(clash)))
        table = pd.concat([table, ranking.table], axis=1)
        crit = criteria_text(indicators=",".join(i.text() for i in indicators), method=rules.method,
                             min_units=rules.min_units if n_units is not None else "-",
                             worst_decile=f"rank<={rules.worst_share:g}*M", ranked=f"{ranking.ranked}/{len(table)}",
                             weight=(weight_field or "units") if weight is not None else "-", release=release.id)
        table[CRITERIA] = crit
        order = rank_order(table)
        worst = worst_indicators(table, indicators, ranking.ranked, rules)
        self._log(feedback, table, order, worst, key_name, labels, indicators, ranking.ranked, rules)
        table = table.iloc[order].reset_index(drop=True)

        title = tr("Ranking on {indicators} ({method})").format(indicators=", ".join(i.field for i in indicators),
                                                                method=rules.method)
        dest = write_table(self, parameters, self.OUTPUT, context, feedback, table,
                           None if geoms is None else [geoms[i] for i in order], self._wkb(geoms))
        if geoms is not None:
            self.style_on_load(context, dest, ranking_spec(ranking.ranked), release, title)
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:
            formats = {c: "0.000" for c in table.columns if c.startswith(("z_", "pct_")) or c == COMPOSITE}
            write_spreadsheet(xlsx, {"rangorde": table}, crit, release.credit, {"rangorde": formats},
                              notes=[tr("1 = most unfavourable; method: {method}").format(method=tr(METHOD_NAMES[rules.method]))])
        return {self.OUTPUT: dest, self.XLSX: xlsx or None, "RANKED": ranking.ranked, "NOT_RANKED": len(table) - ranking.ranked}

    # --- the zones and their indicators -------------------------------------------------------------------

    def _from_zones(self, parameters, context, feedback, indicators):
        """The input holds the zones: their key, name, n_units (if there), indicators and geometry."""
        names = self.parameterAsSource(parameters, self.INPUT, context).fields().names()
        key, name_field = zone_fields(names, find_field(names, ZONE_KEY_FIELDS) or unit_key_field(names))
        absent = [i.field for i in indicators if i.field not in names]
        if absent:
            raise LbmInputError(tr("the zones have no field(s) {fields} (their fields: {names}). If the input holds units, give "
                                   "their zone field (ZONE_FIELD) and the indicators are aggregated first").format(
                fields=", ".join(absent), names=examples(names, 20)))
        units_field = N_UNITS if N_UNITS in names else None
        wanted = [key, name_field, units_field, *(i.field for i in indicators)]
        inp = self.read_input(parameters, context, feedback, wanted, require=False)
        if units_field is None:
            feedback.pushInfo(tr("The zones have no field n_units: the minimum of units per zone does not apply."))
        keys = (np.array([key_text(v) for v in inp.extra[key]], dtype=object) if key else
                np.array([str(f) for f in inp.data.fids], dtype=object))
        labels = {name_field: group_codes(inp.extra[name_field])} if name_field else {}
        columns = {i.field: indicator_column(inp.extra, i.field) for i in indicators}
        n_units = numeric(inp.extra[units_field], units_field) if units_field else None
        geoms = None
        if inp.source.wkbType() != WKB_NO_GEOMETRY:
            geoms = linearised(read_source(inp.source, [], context, feedback, fids=inp.data.fids)[1], feedback, tr_noop("zones"))
        return inp.release, keys, key or "zone", labels, geoms, columns, n_units, None

    def _from_units(self, parameters, context, feedback, indicators, zone_field, weight_field):
        """Units with a zone field: aggregated to the zones (core/aggregate.py), with the zones' geometry if given."""
        names = self.parameterAsSource(parameters, self.INPUT, context).fields().names()
        scores = set(score_fields(names).values())
        plain = [i.field for i in indicators if i.field in names and i.field not in scores]
        unit_key = unit_key_field(names)
        zone_name_field = zone_fields(names, zone_field)[1]
        inp = self.read_input(parameters, context, feedback, [weight_field, zone_field, unit_key, zone_name_field, *plain],
                              require=False)
        data, extra = inp.data, inp.extra
        weights = (weight_column(extra, weight_field, feedback.pushWarning, suppressed_rule(self, parameters, context))
                   if weight_field else np.ones(data.n))
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        zone_keys, geoms, labels, key_name, gemeente = None, None, {}, zone_field, None
        if zones is not None:
            zone_keys, geoms, labels, key_name, gemeente = read_zones(
                zones, self.parameterAsString(parameters, self.ZONE_KEY, context), context, feedback)
        zone, zone_keys = zones_of_codes(extra[zone_field], zone_keys, feedback)
        without = report_without_zone(zone, extra[unit_key] if unit_key else None, data.fids, feedback)
        names_of_zones = zone_names(zone, len(zone_keys), extra[zone_name_field]) if zone_name_field and zones is None else None
        if names_of_zones is not None:  # names from the units (gm_naam beside gm_code)
            labels = {zone_name_field: names_of_zones}
        columns, n_units, weight = aggregated_indicators(data, zone, len(zone_keys), weights, inp.release,
                                                         [i.field for i in indicators],
                                                         {f: indicator_column(extra, f) for f in plain})
        keep = zones_in_filter(parse_gemeente_codes(self.parameterAsString(parameters, GEMEENTE_FILTER, context)),
                               gemeente, n_units)
        if keep is not None:
            feedback.pushInfo(tr("{kept} of {n} zones belong to the chosen gemeenten").format(kept=int(keep.sum()), n=len(keep)))
            zone_keys, n_units, weight = zone_keys[keep], n_units[keep], weight[keep]
            columns = {k: v[keep] for k, v in columns.items()}
            labels = {k: np.asarray(v, dtype=object)[keep] for k, v in labels.items()}
            geoms = [g for g, k in zip(geoms, keep) if k] if geoms is not None else None
        feedback.pushInfo(tr("{n_zones} zones from {n_units} units; weight: {weight}; release profile {title}. {credit}.").format(
            n_zones=len(zone_keys), n_units=data.n - without, weight=weight_field or tr("none (unweighted)"),
            title=inp.release.title, credit=inp.release.credit))
        return inp.release, zone_keys, key_name, labels, geoms, columns, n_units, weight

    @staticmethod
    def _wkb(geoms):
        """The output's geometry type: polygons as MultiPolygon (curves made straight), others as their multi type."""
        first = next((g for g in geoms or () if not g.isNull()), None)
        if first is None:
            return WKB_MULTIPOLYGON if geoms else WKB_NO_GEOMETRY
        for g in geoms:
            if not g.isNull() and not QgsWkbTypes.isMultiType(g.wkbType()):
                g.convertToMultiType()
        return QgsWkbTypes.multiType(QgsWkbTypes.linearType(first.wkbType()))

    def _log(self, feedback, table, order, worst, key_name, labels, indicators, ranked, rules):
        """The ranking in the log: how many zones, the most unfavourable `top`, and the zones not ranked with why."""
        name_col = next(iter(labels), None)

        def zone_text(i):
            code, name = table[key_name].iloc[i], table[name_col].iloc[i] if name_col else None
            return f"{name} ({code})" if name and name != code else str(code)

        feedback.pushInfo(tr("{ranked} of {n} zones ranked on {indicators} ({method}); 1 = most unfavourable.").format(
            ranked=ranked, n=len(table), indicators=", ".join(i.text() for i in indicators), method=tr(METHOD_NAMES[rules.method])))
        for i in order[:min(rules.top, ranked)]:
            feedback.pushInfo(tr("{rank}. {zone}: composite {composite:.3f}; worst tenth on {k} of {n} indicators{which}").format(
                rank=int(table[RANK].iloc[i]), zone=zone_text(i), composite=float(table[COMPOSITE].iloc[i]),
                k=len(worst[i]), n=len(indicators), which=f" ({', '.join(worst[i])})" if worst[i] else ""))
        not_ranked = [i for i in order if pd.isna(table[RANK].iloc[i])]
        if not_ranked:
            feedback.pushWarning(tr("{count} zones are not ranked: {zones}").format(
                count=len(not_ranked), zones=examples([f"{zone_text(i)}: {table[REASON].iloc[i]}" for i in not_ranked])))

