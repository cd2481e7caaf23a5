"""leefbaarometer:classprofile — livability against another indicator (health, income, crime …)."""
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterNumber
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtGui import QPainter

from ...core.analyses.class_profile import class_profile
from ...core.analyses.common import criteria_text
from ...core.classify import unit_classes
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import ALL
from ...core.names import CRITERIA
from ...core.names import GROUP
from ...core.values import group_codes
from ...core.weights import indicator_column
from ...core.weights import weight_column
from ...core.years import last_year
from ..base import LbmAlgorithm
from ..compat import SOURCE_VECTOR
from ..io.write import atomic_file
from ..io.write import write_table
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import optional_year


def bar_chart(path, labels, values, colours, title, credit):
    """A plain bar chart as PNG, drawn with Qt (no plotting library needed)."""
    width, height, left, bottom = 900, 500, 70, 70
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setFont(QFont("DejaVu Sans", 11))
    p.drawText(QRectF(0, 5, width, 30), Qt.AlignmentFlag.AlignCenter, title)
    finite = [v for v in values if v == v]
    top = max(finite) if finite else 1.0
    top = top if top > 0 else 1.0
    bar = (width - left - 20) / max(len(values), 1)
    for i, (lab, v, c) in enumerate(zip(labels, values, colours)):
        x = left + i * bar
        if v == v:
            h = (height - bottom - 50) * v / top
            p.fillRect(QRectF(x + 4, height - bottom - h, bar - 8, h), QColor(c))
            p.drawText(QRectF(x, height - bottom - h - 22, bar, 20), Qt.AlignmentFlag.AlignCenter, f"{v:.3g}")
        p.setFont(QFont("DejaVu Sans", 8))
        p.drawText(QRectF(x, height - bottom + 5, bar, 40), Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, lab)
        p.setFont(QFont("DejaVu Sans", 11))
    p.setFont(QFont("DejaVu Sans", 8))
    p.drawText(QRectF(0, height - 20, width, 18), Qt.AlignmentFlag.AlignCenter, credit)
    p.end()
    atomic_file(path, lambda tmp: _save(img, tmp))


def _save(image, path):
    if not image.save(path, "PNG"):
        raise OSError(f"could not write {path}")


class ClassProfileAlgorithm(LbmAlgorithm):
    NAME = "classprofile"
    DISPLAY_NAME = tr_noop("Livability against an indicator (class profile)")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    INDICATOR = "INDICATOR"
    YEAR = "YEAR"
    WEIGHT = "WEIGHT"
    GROUP_FIELD = "GROUP_FIELD"
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    HELP = (
        tr_noop("<p>How another indicator (share of residents with poor health, income, crime …) differs between the "
        "livability classes: per class and class group the weighted mean of the indicator, the ratio between the "
        "worst and the best group (onvoldoende of lager 1–3 against goed t/m uitstekend 7–9: the reports' "
        "\"factor 3.5\") and the rank correlation (Spearman) of afw and the indicator; overall and per group of "
        "gemeenten. A chart (PNG) shows the mean per class.</p>"
        "<p><b>Year</b> of the classes: the layer's last measurement unless you give one.</p>"
        "<p>An association, not a cause: the Leefbaarometer itself is built from such indicators.</p>"), NOT_OFFICIAL, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Units with scores and the indicator"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(self.INDICATOR, self.tr("Indicator field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, self.tr("Year of the livability classes (empty: the last year of the layer)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT, self.tr("Weight (residents, households)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD, self.tr("Group field"), parentLayerParameterName=self.INPUT, optional=True))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Class profile"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.CHART, self.tr("Chart"), "PNG (*.png)", optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        indicator = self.parameterAsString(parameters, self.INDICATOR, context)
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        group = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        inp = self.read_input(parameters, context, feedback, [indicator, weight, group])
        data, extra, release = inp.data, inp.extra, inp.release
        year = last_year(data.score_years(), optional_year(self, parameters, self.YEAR, context))
        k = unit_classes(data, release, year)
        ind = indicator_column(extra, indicator)
        w = weight_column(extra, weight, feedback.pushWarning)
        table, overall = class_profile(k, data.afw(year, release.constant_c), ind, w, group_codes(extra[group]) if group else None)
        table = table.merge(overall, on=GROUP, how="left")
        crit = criteria_text(indicator=indicator, year=year, weight=weight or "units", release=release.id)
        table[CRITERIA] = crit
        first = overall.iloc[0]
        feedback.pushInfo(tr("{indicator}: ratio 1-3 / 7-9 = {verhouding_13_79:.2f}, Spearman with afw = {spearman_afw:.2f}").format(
                             indicator=indicator, verhouding_13_79=first.verhouding_13_79, spearman_afw=first.spearman_afw))
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            rows = table[(table[GROUP] == ALL) & table.klasse.str.startswith("k")]
            bar_chart(chart, [f"{i} {lab}" for i, lab in enumerate(release.class_labels, 1)], rows.indicator_gem.tolist(),
                      release.palette_scores, f"{indicator} per Leefbaarometer class, {year}", release.credit)
        dest = write_table(self, parameters, self.OUTPUT, context, feedback, table)
        return {self.OUTPUT: dest, self.CHART: chart or None, "RATIO": float(first.verhouding_13_79),
                "SPEARMAN": float(first.spearman_afw)}
