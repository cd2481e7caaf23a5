"""leefbaarometer:summary — the national (or regional) picture per year and group of gemeenten."""
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination

from ...core.analyses.common import criteria_text
from ...core.analyses.summary import summary
from ...core.classify import CLASS_GROUPS
from ...core.i18n import tr_noop
from ...core.names import CRITERIA
from ...core.names import UNITS
from ...core.numformat import COUNT
from ...core.numformat import COUNT_CHANGE
from ...core.numformat import EXCEL_FORMATS
from ...core.numformat import SCORE
from ...core.numformat import YEAR
from ...core.values import group_codes
from ...core.weights import weight_column
from ..base import LbmAlgorithm
from ..compat import SOURCE_VECTOR
from ..compat import parameter_as_strings
from ..io.write import write_spreadsheet
from ..io.write import write_table
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import add_years_parameter
from ..params import suppressed_rule


def summary_formats(df):
    """Excel number formats of the summary's columns: means as scores (0,092), amounts whole (45.063), their change
    signed, the year as a year."""
    kinds = {}
    for c in df.columns:
        if c == "jaar":
            kinds[c] = YEAR
        elif c.endswith("_gem"):
            kinds[c] = SCORE
        elif c.endswith("_verschil"):
            kinds[c] = COUNT_CHANGE
        elif c == UNITS or c.endswith("_totaal") or "_k" in c or c.rsplit("_", 1)[-1] in CLASS_GROUPS:
            kinds[c] = COUNT
    return {c: EXCEL_FORMATS[k] for c, k in kinds.items()}


class SummaryAlgorithm(LbmAlgorithm):
    NAME = "summary"
    DISPLAY_NAME = tr_noop("National picture (summary)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    WEIGHTS = "WEIGHTS"
    GROUP_FIELD = "GROUP_FIELD"
    YEARS = "YEARS"
    OUTPUT = "OUTPUT"
    XLSX = "XLSX"
    HELP = (
        tr_noop("<p>The picture the reports open with, for the whole layer (the country, a province, a gemeente) and per group "
        "of gemeenten: per year the weighted mean of the total score and each dimension (weighted by the first weight "
        "field), and per weight field (households, dwellings, residents: whichever you give) the total and the amount "
        "living in each class and class group: onvoldoende of lager (1–3), zwak (4), voldoende t/m ruim voldoende "
        "(5–6), goed t/m uitstekend (7–9), plus the change of those amounts since the previous year in the table "
        "(\"963,000 households zwak or lower, 43,000 more than in 2022\").</p>"
        "<p><b>Group field</b>: any field of the units naming a group: G4/G40/rest, province, shrinking region. "
        "Units' classes are their own kscore where present, else computed with the release profile.</p>"
        "<p>Output: a table (rows: group × year) and, optionally, a spreadsheet with the same table and the sources.</p>"), RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(self.WEIGHTS, self.tr("Weight fields (households, dwellings, residents)"),
                                                      parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field (G4/G40/rest, province …)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        add_suppressed_parameter(self)
        add_years_parameter(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Summary"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.XLSX, self.tr("Spreadsheet"), "Excel (*.xlsx)", optional=True,
                                                                createByDefault=False))

    def compute(self, parameters, context, feedback):
        weight_fields = parameter_as_strings(self, parameters, self.WEIGHTS, context)
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        inp = self.read_input(parameters, context, feedback, weight_fields + [group_field])
        data, extra, release, years = inp.data, inp.extra, inp.release, inp.years
        weights = {f: weight_column(extra, f, feedback.pushWarning, suppressed_rule(self, parameters, context)) for f in weight_fields}
        df = summary(data, release, years, weights, group_codes(extra[group_field]) if group_field else None)
        crit = criteria_text(weights=",".join(weight_fields) or "units", group=group_field or "-", release=release.id)
        df[CRITERIA] = crit
        dest = write_table(self, parameters, self.OUTPUT, context, feedback, df)
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:  # full values, shown rounded by number formats (a user's own sums do not drift)
            write_spreadsheet(xlsx, {"samenvatting": df}, crit, release.credit, {"samenvatting": summary_formats(df)})
        return {self.OUTPUT: dest, self.XLSX: xlsx or None}
