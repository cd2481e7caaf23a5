"""leefbaarometer:change — change between measurements, per measure, with classes, transitions and drivers."""
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsProcessingParameterString

from ...core.change import MODE_NAMES
from ...core.change import MODES
from ...core.change import PART_NAMES
from ...core.change import PARTS
from ...core.change import change_columns
from ...core.change import year_pairs
from ...core.classify import parse_user_breaks
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.views import class_field_spec
from ...core.years import years_text
from ..base import LbmAlgorithm
from ..compat import SOURCE_VECTOR
from ..io.write import write_new_fields_table
from ..io.write import write_with_new_fields
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import optional_year
from ..styling import name_output


class ChangeAlgorithm(LbmAlgorithm):
    NAME = "change"
    DISPLAY_NAME = tr_noop("Change between years")
    GROUP = tr_noop("Analysis")
    INPUT = "INPUT"
    MODE = "MODE"
    YEAR_FROM = "YEAR_FROM"
    YEAR_TO = "YEAR_TO"
    THRESHOLDS = "THRESHOLDS"
    PARTS = "PARTS"
    WITH_LBM = "WITH_LBM"
    TABLE_ONLY = "TABLE_ONLY"
    REPLACE = "REPLACE"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Change between two measurements, for the total and each dimension. For each pair of years "
        "<i>a</i>→<i>b</i> it adds:</p><ul>"
        "<li><code>d{measure}_{a}_{b}</code>: the difference (<code>dafw</code>, <code>dfys</code> …);</li>"
        "<li><code>kd{measure}_{a}_{b}</code>: a change class, 1 sterke daling … 5 stabiel … 9 sterke stijging;</li>"
        "<li><code>tr_{a}_{b}</code>: the transition of the total-score class, e.g. <code>4→6</code>;</li>"
        "<li><code>drv_{a}_{b}</code> and <code>drvsh_{a}_{b}</code>: the dimension that contributed most to the change "
        "(in its direction) and its share of it (1.0 = this dimension alone; above 1, others partly undid it).</li></ul>"
        "<p><b>Fields to write</b> (default all four kinds). The change in lbm (<code>dlbm</code>, <code>kdlbm</code>) "
        "equals the change in afw within one release (lbm = C + afw), so it is written only when asked (default: no). "
        "<b>Table without geometry</b> (default: no): the output is the layer's key (grid_id, PC4, bu_code …) and the "
        "new fields only, to join back to a layer you have; much smaller and faster at national size.</p>"
        "<p><b>Pairs</b>: one pair (default: the layer's last measurement and the one before it; a given to-year with the "
        "measurement before it), every consecutive pair, or a base year against every later year. Years without dimension scores (2002, 2008, 2012, 2016) give NULL dimension changes and no driver, "
        "never zeros.</p>"
        "<p><b>Change classes</b>: the official reports' thresholds are not published. The default cut-points "
        "(±0.0196, ±0.0392, ±0.0784, ±0.1568: half, one, two and four dimension-class widths) are the plugin's own and "
        "are stored in the release profile; give 8 other numbers in <b>Thresholds</b> to override them.</p>"
        "<p>Only compare years of one release: every release recomputes all years. The output opens styled with a "
        "diverging, colour-blind safe palette (orange = decline, purple = improvement).</p>"), RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Leefbaarometer layer"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterEnum(self.MODE, self.tr("Pairs of years"), options=[self.tr(MODE_NAMES[m]) for m in MODES], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_FROM, self.tr("From year (or base year)"), optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR_TO, self.tr("To year"), optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterString(self.THRESHOLDS, self.tr("Change-class thresholds (8 numbers; empty = release profile)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PARTS, self.tr("Fields to write (empty = all)"),
                                                     options=[self.tr(PART_NAMES[p]) for p in PARTS], allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.WITH_LBM, self.tr("Also the change in lbm (equal to the change in afw)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.TABLE_ONLY, self.tr("Table without geometry (key and new fields)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(self.REPLACE, self.tr("Replace change fields the input already has"), defaultValue=False))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Change")))

    def compute(self, parameters, context, feedback):
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        year_from = optional_year(self, parameters, self.YEAR_FROM, context)
        year_to = optional_year(self, parameters, self.YEAR_TO, context)
        text = self.parameterAsString(parameters, self.THRESHOLDS, context)
        thresholds = None
        if text.strip():
            thresholds = parse_user_breaks(text)
            if len(thresholds) != 8:
                raise LbmInputError(tr("give exactly 8 increasing change-class thresholds, e.g. -0.16 -0.08 -0.04 -0.02 0.02 0.04 "
                                       "0.08 0.16"))
        inp = self.read_input(parameters, context, feedback)
        data, release = inp.data, inp.release
        pairs = year_pairs(inp.years, mode, year_from, year_to)
        feedback.pushInfo(tr("Pairs: {pairs}; thresholds {thresholds} ({source})").format(pairs=', '.join(f'{a}→{b}' for a, b in pairs),
                             thresholds=', '.join(str(x) for x in (thresholds if thresholds is not None else release.change_cutpoints)),
                             source=tr('user') if thresholds is not None else tr('release profile, plugin default, not official')))
        # An optional multiple enum left empty reads as [0] in QGIS 3.22: look at the raw value instead.
        chosen = self.parameterAsEnums(parameters, self.PARTS, context) if parameters.get(self.PARTS) not in (None, "", []) else []
        parts = [PARTS[i] for i in chosen] or list(PARTS)
        columns = change_columns(data, release, pairs, thresholds, parts, self.parameterAsBool(parameters, self.WITH_LBM, context))
        if self.parameterAsBool(parameters, self.TABLE_ONLY, context):
            dest = write_new_fields_table(self, parameters, context, feedback, inp.source, columns, data.fids, inp.gdal)
            return {self.OUTPUT: dest, "PAIRS": ",".join(f"{a}_{b}" for a, b in pairs)}
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns,
                                     replace=self.parameterAsBool(parameters, self.REPLACE, context), fids=data.fids, gdal_source=inp.gdal)
        a, b = pairs[-1]
        title = tr("Change afw {years}").format(years=years_text((a, b)))  # the map: the change class of the last pair
        if "classes" in parts:
            self.style_on_load(context, dest, class_field_spec(f"kdafw_{a}_{b}", release, change=True), release, title)
        else:
            name_output(self, context, dest, title)
        return {self.OUTPUT: dest, "PAIRS": ",".join(f"{a}_{b}" for a, b in pairs)}
