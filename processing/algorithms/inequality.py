"""leefbaarometer:inequality — livability and social inequality: a bivariate class of status and livability per
unit, the stacking of low status and low livability (laaglaag) and its clusters, correlations and shares per region."""
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsProcessingParameterString

from ...core.analyses.common import criteria_text
from ...core.analyses.inequality import LIVABILITY_GROUPINGS
from ...core.analyses.inequality import InequalityRules
from ...core.analyses.inequality import inequality
from ...core.analyses.inequality import region_lines
from ...core.classify import parse_user_breaks
from ...core.classify import unit_classes
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.names import BIV
from ...core.names import CRITERIA
from ...core.values import constant
from ...core.values import group_codes
from ...core.views import bivariate_legend_svg
from ...core.views import category_spec
from ...core.weights import indicator_column
from ...core.weights import weight_column
from ...core.years import last_year
from ..base import LbmAlgorithm
from ..compat import NUMBER_DOUBLE
from ..compat import SOURCE_VECTOR
from ..geometry import neighbour_rule
from ..geometry import unit_pairs
from ..io.write import write_svg
from ..io.write import write_table
from ..io.write import write_with_new_fields
from ..params import NOT_OFFICIAL
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_neighbour_tolerance
from ..params import add_release_parameters
from ..params import add_suppressed_parameter
from ..params import neighbour_help
from ..params import neighbour_tolerance
from ..params import optional_year
from ..params import suppressed_rule

D = InequalityRules()
LIVABILITY_NAMES = {"classes": tr_noop("By class: low ≤ LOW_MAX, high ≥ HIGH_MIN, middle between"),
                    "terciles": tr_noop("Terciles of afw (pooled over the input)")}


def _help():
    """The help's own paragraphs, with the defaults of core/analyses/inequality.InequalityRules."""
    return tr(
        "<p>Livability against the socio-economic status of the units, as in the reports' deeper analyses of 2020 "
        "(livability and SES-WOA): where low status and low livability stack up, and how strongly the two go together "
        "per region.</p>"
        "<p><b>Status field</b>: any number where a higher value means a higher status: the CBS SES-WOA score, or "
        "income per resident (<code>inkomenPerInwoner</code>) or the mean WOZ value (<code>wozWaarde</code>) of the CBS "
        "key figures. A unit without a status (NULL, or −99997: CBS suppresses small numbers) is never counted as 0: it "
        "gets no class, its count is in the log and per region (<code>n_no_status</code>).</p>"
        "<p>Per unit (the units with a score in <b>Year</b>, default the layer's last measurement, and a status):</p><ul>"
        "<li><code>biv</code>: the bivariate class <i>s-l</i>, status group 1–3 × livability group 1–3; "
        "<code>1-1</code> = low status and low livability, <code>3-3</code> = high and high. Status groups are the "
        "terciles of the status (a third of the units each, pooled over the input; ties stay together), or up to and "
        "including the two <b>Status breaks</b> you give. Livability groups by default by class: 1 = class ≤ {low_max} "
        "(zwak of lager), 3 = class ≥ {high_min} (goed t/m uitstekend), 2 = the classes between (voldoende, ruim "
        "voldoende); or the terciles of afw.</li>"
        "<li><code>laaglaag</code>: <i>ja</i> when the status is in the lowest {share:.0%} of the units (the lowest "
        "quintile) and the class at most {laaglaag_max} (zwak of lager), else <i>nee</i>.</li>"
        "<li><code>cluster</code>: whether a laaglaag unit sits among laaglaag units: <i>cluster</i> when its number of "
        "laaglaag neighbours (<code>ll_buren</code>) is significantly high (a local join count with a pseudo p-value "
        "<code>cluster_p</code> from {permutations} conditional permutations, the randomisation of the hot-spot tool: "
        "the unit keeps its flag, its neighbours are drawn from the other units; p &lt; {alpha}; seeded, so results "
        "repeat: such a unit is a core of the cluster), and for a laaglaag neighbour of a core; <i>los</i> when neither, "
        "<i>geen buren</i> for one without neighbours; <i>geen</i> for units that are not laaglaag. Neighbours as in the "
        "hot-spot tool (grid cells 8, polygons a shared boundary); a layer without polygons gets no cluster test.</li></ul>"
        "<p>Per region (<b>Region field</b>: gemeente, wijk, COROP …; the table <b>Regions</b>, first a row "
        "<i>alle</i> for every unit): <code>n</code> units with score and status, <code>n_no_status</code>, "
        "<code>n_no_score</code>, the <code>spearman</code> and <code>pearson</code> correlation of afw and status "
        "(weighted by the <b>Weights</b> field where given, e.g. households), <code>n_laaglaag</code>, "
        "<code>share_laaglaag</code> (of the n units), <code>weight_laaglaag</code> and <code>wshare_laaglaag</code> "
        "(their weight and its share), <code>n_cluster</code>, and <code>rank</code> on the share (1 = the highest; "
        "Kerkrade's 35 % tops the 2020 list). Regions with fewer than {min_units} units get <code>too_few</code> = 1 "
        "and no rank.</p>"
        "<p>The map opens in a 3 × 3 bivariate palette (colour-blind safe: the nine colours stay apart for protanopia, "
        "deuteranopia and tritanopia): darker is lower status and lower livability; low status adds blue, low "
        "livability red. The legend lists the nine classes row by row of the square; <b>Square legend</b> writes the "
        "3 × 3 legend as an image (SVG or PNG) for a print layout.</p>"
        "<p>An association, not a cause: the Leefbaarometer itself is partly built from such indicators.</p>").format(
            low_max=D.low_max, high_min=D.high_min, share=D.laaglaag_share, laaglaag_max=D.laaglaag_max,
            permutations=D.permutations, alpha=D.alpha, min_units=D.min_units)


class InequalityAlgorithm(LbmAlgorithm):
    NAME = "inequality"
    DISPLAY_NAME = tr_noop("Livability and social inequality")
    GROUP = tr_noop("Report analyses")
    INPUT = "INPUT"
    STATUS_FIELD = "STATUS_FIELD"
    YEAR = "YEAR"
    REGION_FIELD = "REGION_FIELD"
    WEIGHTS = "WEIGHTS"
    LIVABILITY = "LIVABILITY"
    LOW_MAX = "LOW_MAX"
    HIGH_MIN = "HIGH_MIN"
    STATUS_BREAKS = "STATUS_BREAKS"
    LAAGLAAG_SHARE = "LAAGLAAG_SHARE"
    LAAGLAAG_MAX = "LAAGLAAG_MAX"
    MIN_UNITS = "MIN_UNITS"
    PERMUTATIONS = "PERMUTATIONS"
    ALPHA = "ALPHA"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    REGIONS = "REGIONS"
    LEGEND = "LEGEND"
    HELP = (_help, neighbour_help, NOT_OFFICIAL, RELEASE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        inp, tr = self.INPUT, self.tr

        def number(name, description, default, kind=None, **limits):
            extra = {} if kind is None else {"type": kind}
            self.addParameter(QgsProcessingParameterNumber(name, description, defaultValue=default, **extra, **limits))

        def field(name, description, optional=True):
            self.addParameter(QgsProcessingParameterField(name, description, parentLayerParameterName=inp, optional=optional))

        self.addParameter(QgsProcessingParameterFeatureSource(inp, tr("Units with scores and a status"), [SOURCE_VECTOR]))
        field(self.STATUS_FIELD, tr("Status field (SES-WOA score, income per resident, WOZ value)"), optional=False)
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, tr("Year of the scores (empty: the last year of the layer)"),
                                                       optional=True, minValue=1990, maxValue=2100))
        field(self.REGION_FIELD, tr("Region field (gemeente, wijk …)"))
        field(self.WEIGHTS, tr("Weights (households, residents)"))
        add_suppressed_parameter(self)
        self.addParameter(QgsProcessingParameterEnum(self.LIVABILITY, tr("Livability groups"),
                                                     options=[tr(LIVABILITY_NAMES[g]) for g in LIVABILITY_GROUPINGS],
                                                     defaultValue=LIVABILITY_GROUPINGS.index(D.livability)))
        number(self.LOW_MAX, tr("Low livability: class at most"), D.low_max, minValue=1, maxValue=7)
        number(self.HIGH_MIN, tr("High livability: class at least"), D.high_min, minValue=3, maxValue=9)
        self.addParameter(QgsProcessingParameterString(self.STATUS_BREAKS, tr("Status breaks: ends of the low and middle group "
                                                                              "(empty: terciles)"), optional=True))
        number(self.LAAGLAAG_SHARE, tr("Laaglaag: status in the lowest share of the units"), D.laaglaag_share, NUMBER_DOUBLE,
               minValue=0.01, maxValue=0.99)
        number(self.LAAGLAAG_MAX, tr("Laaglaag: class at most"), D.laaglaag_max, minValue=1, maxValue=9)
        number(self.MIN_UNITS, tr("Regions: rank only with at least … units"), D.min_units, minValue=1)
        number(self.PERMUTATIONS, tr("Cluster test: permutations"), D.permutations, minValue=0, maxValue=9999)
        number(self.ALPHA, tr("Cluster test: significance level"), D.alpha, NUMBER_DOUBLE, minValue=0.0001, maxValue=0.5)
        number(self.SEED, tr("Random seed"), D.seed, minValue=0)
        add_neighbour_tolerance(self)
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Livability and status")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.REGIONS, self.tr("Regions"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(self.LEGEND, self.tr("Square legend"), "SVG (*.svg);;PNG (*.png)",
                                                                optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("LAAGLAAG_UNITS", self.tr("Laaglaag units")))
        self.addOutput(QgsProcessingOutputNumber("CLUSTER_UNITS", self.tr("Laaglaag units in a cluster")))
        self.addOutput(QgsProcessingOutputNumber("NO_STATUS", self.tr("Units with a score but no status")))

    def rules(self, parameters, context):
        """InequalityRules from the parameters, checked."""
        num = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        whole = lambda key: self.parameterAsInt(parameters, key, context)  # noqa: E731
        text = self.parameterAsString(parameters, self.STATUS_BREAKS, context).strip()
        breaks = tuple(float(b) for b in parse_user_breaks(text)) if text else ()
        if len(breaks) not in (0, 2):
            raise LbmInputError(tr("status breaks: give two numbers (the ends of the low and the middle group), or none for "
                                   "terciles; got {n_breaks}").format(n_breaks=len(breaks)))
        rules = InequalityRules(LIVABILITY_GROUPINGS[self.parameterAsEnum(parameters, self.LIVABILITY, context)],
                                whole(self.LOW_MAX), whole(self.HIGH_MIN), breaks, num(self.LAAGLAAG_SHARE),
                                whole(self.LAAGLAAG_MAX), whole(self.MIN_UNITS), whole(self.PERMUTATIONS), num(self.ALPHA),
                                whole(self.SEED))
        rules.check()
        return rules

    def compute(self, parameters, context, feedback):
        rules = self.rules(parameters, context)
        status_field = self.parameterAsString(parameters, self.STATUS_FIELD, context)
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context)
        weights_field = self.parameterAsString(parameters, self.WEIGHTS, context)
        inp = self.read_input(parameters, context, feedback, [status_field, region_field, weights_field])
        data, extra, release = inp.data, inp.extra, inp.release
        year = last_year(data.score_years(), optional_year(self, parameters, self.YEAR, context))
        k = unit_classes(data, release, year)
        afw = data.afw(year, release.constant_c)
        if afw is None:
            raise LbmInputError(tr("the layer has no afw (or lbm) in {year}: the correlations need it").format(year=year))
        status = indicator_column(extra, status_field)
        weights = weight_column(extra, weights_field, feedback.pushWarning, suppressed_rule(self, parameters, context))
        regions = group_codes(extra[region_field]) if region_field else None
        tolerance = neighbour_tolerance(self, parameters, context)
        pairs = unit_pairs(inp.source, context, feedback, data.fids, required=False, tolerance=tolerance,
                           gdal_source=inp.gdal)
        feedback.setProgress(40)
        result = inequality(status, k, afw, pairs, weights, regions, rules)
        counts, cuts = result["counts"], result["cuts"]
        self.report(feedback, status_field, year, rules, counts, cuts, regions)
        for line in region_lines(result["regions"]):
            feedback.pushInfo(line)
        crit = self.criteria(year, status_field, region_field, weights_field, rules, cuts, inp.source, tolerance, release)
        table = result["regions"]
        table[CRITERIA] = crit
        columns = {**result["units"], CRITERIA: constant(data.n, crit)}
        feedback.setProgress(60)
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, columns, replace=True, fids=data.fids,
                                     gdal_source=inp.gdal)
        self.style_on_load(context, dest, category_spec(BIV, "biv"), release,
                           tr("Livability and {status} {year}").format(status=status_field, year=year))
        regions_dest = write_table(self, parameters, self.REGIONS, context, feedback, table)
        legend = self.parameterAsFileOutput(parameters, self.LEGEND, context)
        if legend:
            write_svg(legend, bivariate_legend_svg())
        return {self.OUTPUT: dest, self.REGIONS: regions_dest, self.LEGEND: legend or None,
                "LAAGLAAG_UNITS": counts["laaglaag"], "CLUSTER_UNITS": counts["cluster"], "NO_STATUS": counts["no_status"]}

    def report(self, feedback, status_field, year, rules, counts, cuts, regions):
        """What the log says: units left out and why, the cut-offs, the nine classes, laaglaag and clusters."""
        if counts["no_status"]:
            feedback.pushWarning(tr("{count} of {units} units with a score in {year} have no {field} (NULL or −99997: CBS "
                                    "suppresses small numbers): they are left out of the groups, flags and correlations, never "
                                    "counted as 0").format(count=counts["no_status"], units=counts["units"] - counts["no_score"],
                                                           year=year, field=status_field))
        if counts["no_score"]:
            feedback.pushInfo(tr("{count} units have no score in {year}").format(count=counts["no_score"], year=year))
        if regions is not None:
            lacking = int(sum(r is None for r in regions))
            if lacking:
                feedback.pushWarning(tr("{count} units have no region: they count only in the row 'alle'").format(count=lacking))
        s1, s2 = cuts["status"]
        feedback.pushInfo(tr("{units} units with score and status. Status groups ({field}): 1 up to {s1:g}, 2 up to {s2:g}, "
                             "3 above ({how}); livability groups: {groups}").format(
            units=counts["both"], field=status_field, s1=s1, s2=s2,
            how=tr("your breaks") if rules.status_breaks else tr("terciles"),
            groups=(tr("1 class ≤ {low_max}, 2 classes {mid_lo}–{mid_hi}, 3 class ≥ {high_min}").format(
                low_max=rules.low_max, mid_lo=rules.low_max + 1, mid_hi=rules.high_min - 1, high_min=rules.high_min)
                if rules.livability == "classes" else tr("terciles of afw: 1 up to {a:g}, 2 up to {b:g}, 3 above").format(
                    a=cuts["livability"][0], b=cuts["livability"][1]))))
        feedback.pushInfo(tr("Bivariate classes (status-livability): {counts}").format(
            counts=", ".join(f"{code} {n}" for code, n in counts["biv"].items())))
        feedback.pushInfo(tr("Laaglaag (status up to {cut:g}, the lowest {share:.0%}, and class ≤ {laaglaag_max}): {n} units, "
                             "{clusters} of them in a cluster").format(
            cut=cuts["laaglaag_status"], share=rules.laaglaag_share, laaglaag_max=rules.laaglaag_max, n=counts["laaglaag"],
            clusters=counts["cluster"]))

    def criteria(self, year, status_field, region_field, weights_field, rules, cuts, source, tolerance, release):
        s1, s2 = cuts["status"]
        livability = (f"class<={rules.low_max}|{rules.low_max + 1}-{rules.high_min - 1}|>={rules.high_min}"
                      if rules.livability == "classes" else
                      "afw terciles<={:g}|<={:g}".format(*cuts["livability"]))
        return criteria_text(
            year=year, status=status_field,
            status_groups=("breaks" if rules.status_breaks else "terciles") + f"<={s1:g}|<={s2:g}",
            livability=livability,
            laaglaag=f"status<={cuts['laaglaag_status']:g} (lowest {rules.laaglaag_share:g}) and class<={rules.laaglaag_max}",
            weights=weights_field or "units", regions=region_field or "-", min_units=rules.min_units,
            cluster=f"local join count, {rules.permutations} permutations, alpha={rules.alpha:g}, seed={rules.seed}",
            neighbours=neighbour_rule(source.fields().names(), 8, tolerance), release=release.id)

