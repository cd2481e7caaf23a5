"""leefbaarometer:risersfallers — stijgers en dalers between two measurements (annexes 3 and 4)."""
import numpy as np
import pandas as pd
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterNumber

from ...core.analyses.common import criteria_text
from ...core.analyses.risers_fallers import RiserRules
from ...core.analyses.risers_fallers import counts_per_zone
from ...core.analyses.risers_fallers import risers_fallers
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import ALL
from ...core.names import CRITERIA
from ...core.names import FALLER
from ...core.names import RISER
from ...core.names import SLIDER
from ...core.names import risers_fields
from ...core.values import constant
from ...core.values import group_codes
from ...core.views import category_spec
from ...core.weights import weight_column
from ...core.years import check_year_order
from ...core.years import year_pair
from ...core.years import years_text
from ..base import LbmAlgorithm
from ..compat import NUMBER_DOUBLE
from ..compat import SOURCE_VECTOR
from ..compat import parameter_as_strings
from ..io.write import write_table
from ..io.write import write_with_new_fields
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import optional_year
from ..params import suppressed_rule
from ..styling import name_output

R = RiserRules()  # the defaults, shared with the annexes (core/annex.AnnexSettings) and the panel's view
BY_OPTIONS = ("classes", "score")  # the values of RiserRules.by, in the order of the parameter's options


class RisersFallersAlgorithm(LbmAlgorithm):
    NAME = "risersfallers"
    DISPLAY_NAME = tr_noop("Risers and fallers (stijgers en dalers)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    YEAR_FROM = "YEAR_FROM"
    YEAR_TO = "YEAR_TO"
    START_MAX = "START_MAX"
    BY = "BY"
    STEPS = "STEPS"
    DELTA = "DELTA"
    WEIGHT = "WEIGHT"
    MIN_WEIGHT = "MIN_WEIGHT"
    REPORT_WEIGHTS = "REPORT_WEIGHTS"
    ZONE_FIELDS = "ZONE_FIELDS"
    OUTPUT = "OUTPUT"
    LIST = "LIST"
    HELP = (
        tr_noop("<p>Between a start and an end year, the units that started with an unfavourable class (zwak or lower, "
        "class ≤ 4 by default) and then <b>rose</b> substantially (<i>stijger</i>) or <b>fell</b> further "
        "(<i>daler</i>), and the units that started (ruim) voldoende (5–6) and fell (<i>afglijder</i>). "
        "Substantial: at least N class steps (default 1, e.g. onvoldoende → zwak) or a change in afw of at least a "
        "given amount. Units below a minimum weight (e.g. dwellings) are left out.</p>"
        "<p>Outputs: the flagged units (only those) with their classes, change, the dimension that contributed most "
        "(<code>driver</code>) and its share, and a list per zone (gemeente, wijk, buurt code fields) with counts and "
        "weights per label: the material of the reports' annexes 3 and 4.</p>"
        "<p><b>Years</b> follow the data: the end year is the layer's last measurement, the start year the measurement "
        "before the end year, unless you give them.</p>"), NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_FROM, self.tr("Start year (empty: the measurement before the end year)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_TO, self.tr("End year (empty: the last year of the layer)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(self.START_MAX, self.tr("Unfavourable: start class at most"), defaultValue=R.start_max_class, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterEnum(self.BY, self.tr("Substantial change measured in"), options=[self.tr("class steps"), self.tr("change in afw")], defaultValue=BY_OPTIONS.index(R.by)))
        self.addParameter(QgsProcessingParameterNumber(self.STEPS, self.tr("Class steps"), defaultValue=R.class_steps, minValue=1, maxValue=8))
        self.addParameter(QgsProcessingParameterNumber(self.DELTA, self.tr("Change in afw"), NUMBER_DOUBLE, defaultValue=R.score_delta, minValue=0))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight for the minimum (dwellings)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_WEIGHT, self.tr("Minimum weight"), NUMBER_DOUBLE, defaultValue=R.min_weight, minValue=0))
        self.addParameter(QgsProcessingParameterField(self.REPORT_WEIGHTS, self.tr("Weights to report (dwellings, households)"),
                                                      parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(self.ZONE_FIELDS, self.tr("Zone code fields for the lists (gemeente, wijk, buurt)"),
                                                      parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        add_suppressed_parameter(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Risers and fallers")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.LIST, self.tr("Risers and fallers per zone"), SOURCE_VECTOR))
        for name in ("RISERS", "FALLERS", "SLIDERS"):
            self.addOutput(QgsProcessingOutputNumber(name, name.lower()))

    def compute(self, parameters, context, feedback):
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        report = parameter_as_strings(self, parameters, self.REPORT_WEIGHTS, context)
        zones = parameter_as_strings(self, parameters, self.ZONE_FIELDS, context)
        y0, y1 = optional_year(self, parameters, self.YEAR_FROM, context), optional_year(self, parameters, self.YEAR_TO, context)
        if y0 is not None and y1 is not None:
            check_year_order(y0, y1)  # before the (long) read
        inp = self.read_input(parameters, context, feedback, [weight] + report + zones)
        data, extra, release = inp.data, inp.extra, inp.release
        y0, y1 = year_pair(data.score_years(), y0, y1)
        feedback.pushInfo(tr("Years: {year_from} → {year_to}").format(year_from=y0, year_to=y1))
        rules = RiserRules(start_max_class=self.parameterAsInt(parameters, self.START_MAX, context),
                           by=BY_OPTIONS[self.parameterAsEnum(parameters, self.BY, context)],
                           class_steps=self.parameterAsInt(parameters, self.STEPS, context),
                           score_delta=self.parameterAsDouble(parameters, self.DELTA, context),
                           min_weight=self.parameterAsDouble(parameters, self.MIN_WEIGHT, context))
        w = weight_column(extra, weight, feedback.pushWarning, suppressed_rule(self, parameters, context))
        r = risers_fallers(data, release, y0, y1, w, rules)
        crit = criteria_text(years=f"{y0}-{y1}", start_class_max=rules.start_max_class, by=rules.by,
                             steps=rules.class_steps if rules.by == "classes" else "-",
                             delta=rules.score_delta if rules.by == "score" else "-", min_weight=rules.min_weight,
                             release=release.id)
        flagged = np.flatnonzero(r["label"] != None)  # noqa: E711 (object array)
        count = {lab: int((r["label"] == lab).sum()) for lab in (RISER, FALLER, SLIDER)}
        feedback.pushInfo(tr("{crit}: {risers} stijgers, {fallers} dalers, {sliders} afglijders").format(crit=crit,
                             risers=count[RISER], fallers=count[FALLER], sliders=count[SLIDER]))
        fields = risers_fields(y0, y1)
        columns = {**{name: r[key] for key, name in fields.items()}, CRITERIA: constant(data.n, crit)}
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns, replace=True, fids=data.fids, gdal_source=inp.gdal,
                                     keep=flagged)
        weights = {f: weight_column(extra, f, feedback.pushWarning, suppressed_rule(self, parameters, context)) for f in report}
        lists = []
        for z in zones:
            t = counts_per_zone(r["label"], group_codes(extra[z]), weights)
            t.insert(0, "niveau", z)
            lists.append(t)
        table = pd.concat(lists, ignore_index=True) if lists else counts_per_zone(r["label"], constant(data.n, ALL), weights)
        table[CRITERIA] = crit
        self.style_on_load(context, dest, category_spec(fields["label"], "rf"), release,
                           tr("Risers and fallers {year_from}–{year_to}").format(year_from=y0, year_to=y1))
        dest_list = write_table(self, parameters, self.LIST, context, feedback, table)
        name_output(self, context, dest_list, tr("Risers and fallers per zone {years}").format(years=years_text((y0, y1))))
        return {self.OUTPUT: dest, self.LIST: dest_list, "RISERS": count[RISER], "FALLERS": count[FALLER],
                "SLIDERS": count[SLIDER]}
