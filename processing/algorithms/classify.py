"""leefbaarometer:classify — class fields 1–9 (kscore_{year}, k{dim}_{year}, kafw_{year})."""
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterString

from ...core.classify import JENKS_EXACT_MAX
from ...core.classify import JENKS_SAMPLE
from ...core.classify import SCHEMES
from ...core.classify import classify_scores
from ...core.classify import parse_user_breaks
from ...core.classify import scheme_name
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.schema import DIMENSIONS
from ...core.views import MEASURE_LABELS
from ...core.views import class_field_spec
from ..base import LbmAlgorithm
from ..compat import SOURCE_VECTOR
from ..io.write import write_with_new_fields
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters
from ..params import add_years_parameter

TARGETS = ("total", "afw") + DIMENSIONS
TARGET_NAMES = [tr_noop("Total score (kscore)"), tr_noop("Deviation (kafw, official scheme only)")]


def target_names():
    """The MEASURES options as shown: the total, the deviation and each dimension with its class field."""
    return [tr(n) for n in TARGET_NAMES] + [f"{tr(MEASURE_LABELS[d])} (k{d})" for d in DIMENSIONS]


def _help():
    """The help's own paragraphs, with the defaults they quote."""
    return tr("<p>Adds class fields, integers 1–9 (1 zeer onvoldoende … 9 uitstekend): <code>kscore_{{year}}</code> for the "
              "total score, <code>k{{dim}}_{{year}}</code> for the dimensions (<code>kfys</code>, <code>konv</code>, "
              "<code>ksoc</code>, <code>kvrz</code>, <code>kwon</code>) and <code>kafw_{{year}}</code> for the deviation. "
              "Reads the plugin's field schema or a layer straight from the official WFS (flat <code>afw</code>, "
              "<code>fys</code> … with <code>year</code>). Input fields are never overwritten.</p><p><b>Schemes</b>. "
              "<i>Official</i> (default): the release's cut-points; dimensions and kafw use the symmetric cut-points "
              "±0.0392, ±0.0784, ±0.1568, ±0.2352, which reproduce the official classes; the total uses calibrated "
              "cut-points (the official ones are not published). A value exactly on a cut-point goes to the upper class. "
              "<i>Quantiles</i>, <i>equal intervals</i>, <i>natural breaks</i> (Fisher–Jenks: the classes of least "
              "within-class sum of squares, exact up to {exact_max:,} values; above that computed on {sample:,} "
              "evenly spaced order statistics, and the log says so) and <i>user breaks</i> (1–8 increasing numbers) compute "
              "breaks per measure; with <b>pool years</b> (default) one set of breaks serves all years, so maps of different "
              "years compare. Years without dimension scores (2002, 2008, 2012, 2016) get no dimension classes; units "
              "without a score get NULL.</p><p>The output opens styled by the total-score class of the latest year.</p>").format(
        exact_max=JENKS_EXACT_MAX, sample=JENKS_SAMPLE)


class ClassifyAlgorithm(LbmAlgorithm):
    NAME = "classify"
    DISPLAY_NAME = tr_noop("Classify scores")
    GROUP = tr_noop("Analysis")
    INPUT = "INPUT"
    SCHEME = "SCHEME"
    MEASURES = "MEASURES"
    YEARS = "YEARS"
    BREAKS = "BREAKS"
    POOLED = "POOLED"
    REPLACE = "REPLACE"
    OUTPUT = "OUTPUT"
    HELP = (
        _help, RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Leefbaarometer layer"),
                                                              [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterEnum(self.SCHEME, self.tr("Scheme"),
                                                     options=[scheme_name(s) for s in SCHEMES], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.MEASURES, self.tr("Measures (empty = all)"),
                                                     options=target_names(), allowMultiple=True, optional=True))
        add_years_parameter(self)
        self.addParameter(QgsProcessingParameterString(self.BREAKS, self.tr("User breaks (for the user scheme)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.POOLED, self.tr("Pool years (one set of breaks for all years)"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(self.REPLACE, self.tr("Replace class fields the input already has"),
                                                        defaultValue=False))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classified")))

    def compute(self, parameters, context, feedback):
        scheme = SCHEMES[self.parameterAsEnum(parameters, self.SCHEME, context)]
        # An optional multiple enum left empty reads as [0] in QGIS 3.22: look at the raw value instead.
        chosen = self.parameterAsEnums(parameters, self.MEASURES, context) if parameters.get(self.MEASURES) not in (None, "", []) else []
        targets = [TARGETS[i] for i in chosen] if chosen else list(TARGETS)
        user = None
        if scheme == "user":
            user = parse_user_breaks(self.parameterAsString(parameters, self.BREAKS, context))
        inp = self.read_input(parameters, context, feedback)
        data, release, years = inp.data, inp.release, inp.years
        classes, used = classify_scores(data, release, scheme, targets, years,
                                        self.parameterAsBool(parameters, self.POOLED, context), user,
                                        report=feedback.pushWarning)
        if not classes:
            raise LbmInputError(tr("nothing to classify: the chosen measures have no scores in the chosen years"))
        for target, per_year in used.items():
            first = next(iter(per_year.values()))
            feedback.pushInfo(tr("{target}: breaks {breaks} ({which})").format(target=target, breaks=', '.join(f'{b:.4f}' for b in first),
                                 which=tr('all years') if len({tuple(v) for v in per_year.values()}) == 1 else tr('first year')))
        feedback.pushInfo(tr("Scheme: {scheme}; release profile: {title}. {credit}.").format(scheme=scheme_name(scheme),
                             title=release.title, credit=release.credit))
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, classes,
                                     replace=self.parameterAsBool(parameters, self.REPLACE, context), fids=data.fids, gdal_source=inp.gdal)
        last = max(years)
        field = f"kscore_{last}" if f"kscore_{last}" in classes else sorted(classes)[-1]
        title = (tr("Classes {year}").format(year=last) if field.startswith("kscore_") else
                 tr("Classes {measure} {year}").format(measure=field.split("_")[0][1:], year=last))
        self.style_on_load(context, dest, class_field_spec(field, release), release, title)
        return {self.OUTPUT: dest, "FIELDS": ",".join(classes)}
