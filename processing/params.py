"""Parameters several algorithms share: the release profile, years, the gemeente filter, and their help."""
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFile
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsProcessingParameterString

from ..core.i18n import tr
from ..core.i18n import tr_noop
from ..core.release import DEFAULT_RELEASE
from ..core.release import load_release
from ..core.release import release_names
from ..core.weights import SUPPRESSED_NAMES
from ..core.weights import SUPPRESSED_RULES
from .compat import NUMBER_DOUBLE
from .compat import PARAMETER_ADVANCED
from .compat import PARAMETER_HIDDEN
from .compat import PARAMETER_OPTIONAL
from .geometry import MIN_SHARED
from .geometry import TOLERANCE
from .io.read import opening_inputs

YEARS = "YEARS"
YEARS_DESCRIPTION = tr_noop("Years (e.g. 2022, 2024; empty = all)")
GEMEENTE_FILTER = "GEMEENTE_FILTER"
GEMEENTE_FILTER_FIELD = "GEMEENTE_FILTER_FIELD"
FILTER_HELP = tr_noop(
    "<p><b>Only these gemeenten</b>: gemeente codes (GM0363, or 363), separated by commas. The filter runs in "
    "the data source itself (a PostGIS table sends back only those rows), on the field with the gemeente code "
    "(gm_code, gemeentecode) or else the buurt or wijk code (bu_code, wk_code, code). Grid cells need a "
    "gemeente code joined first (the CBS square statistics carry gemeentecode).</p>"
)
SUPPRESSED = "SUPPRESSED"
NEIGHBOUR_TOLERANCE = "NEIGHBOUR_TOLERANCE"



def neighbour_help():
    """The help on NEIGHBOUR_TOLERANCE, with its defaults (a help part: see LbmAlgorithm.HELP)."""
    return tr(
        "<p><b>Neighbour tolerance</b> (metres, default {tolerance:g}): polygons are neighbours when their boundaries run "
        "within this distance of each other over at least {min_shared:g} m, or 3× the tolerance when that is more, so "
        "that a corner contact does not count (measured in RD New, whatever the layer's CRS; invalid polygons are "
        "repaired first). Grid cells are neighbours by their ids and ignore it. Units without neighbours are named in "
        "the log: on the official WFS buurten they are mostly village buurten whose surroundings are missing from the "
        "layer (buurten with few dwellings are left out), which no small tolerance changes.</p>"
    ).format(tolerance=TOLERANCE, min_shared=MIN_SHARED)


RELEASE = "RELEASE"
RELEASE_FILE = "RELEASE_FILE"
RELEASE_HELP = tr_noop(
    "<p><b>Release profile</b>: the constant C, labels, cut-points and palettes of a data release "
    "(shipped: lbm3_2024). The total-score cut-points are calibrated on the official 2024 classes, not "
    "published ones; <i>Calibrate classes</i> writes a profile from your own data, which you can give as "
    "<b>Release profile file</b>. The output's map uses the same profile.</p>"
)
NOT_OFFICIAL = tr_noop("<p><b>The official criteria are not published.</b> The defaults here are the plugin's own, chosen to "
                "follow the reports' wording; results can differ from the ministry's. Every output carries the "
                "criteria it used in its field <code>criteria</code>.</p>")
CREDIT_HELP = tr_noop(
    "<p><b>Sources.</b> Leefbaarometer open data, Ministerie van BZK (CC0). "
    "Where CBS boundaries or statistics are used: Bron: CBS (CC BY 4.0).</p>"
)


class InputLayerParameter(QgsProcessingParameterFeatureSource):
    """A feature source whose check opens the layer as every input is opened (io/read.opening_inputs): qgis_process
    checks each parameter itself, and that is where a TopoJSON layer is first opened."""

    @classmethod
    def of(cls, definition):
        copy = cls(definition.name(), definition.description(), definition.dataTypes(), definition.defaultValue(),
                   bool(definition.flags() & PARAMETER_OPTIONAL))
        copy.setFlags(definition.flags())
        copy.setHelp(definition.help())
        copy.setMetadata(definition.metadata())
        return copy

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        with opening_inputs():
            return super().checkValueIsAcceptable(value, context)

    def clone(self):
        return InputLayerParameter.of(self)


def add_release_parameters(alg):
    names = release_names()
    alg.addParameter(QgsProcessingParameterEnum(RELEASE, alg.tr("Release profile"), options=names,
                                                defaultValue=names.index(DEFAULT_RELEASE)))
    alg.addParameter(QgsProcessingParameterFile(RELEASE_FILE, alg.tr("Release profile file (overrides the above)"),
                                                optional=True, fileFilter=alg.tr("Release profile (*.json)")))


def release_from(alg, parameters, context):
    path = alg.parameterAsFile(parameters, RELEASE_FILE, context)
    if path:
        return load_release(path)
    return load_release(release_names()[alg.parameterAsEnum(parameters, RELEASE, context)])


def add_years_parameter(alg, description=YEARS_DESCRIPTION):
    alg.addParameter(QgsProcessingParameterString(YEARS, alg.tr(description), optional=True))


def optional_year(alg, parameters, name, context):
    """The year of an optional year parameter, or None when left empty (the tool then follows the data)."""
    value = parameters.get(name)
    return None if value is None or value == "" else int(alg.parameterAsDouble(parameters, name, context))


def add_gemeente_filter(alg, parent="INPUT"):
    """GEMEENTE_FILTER (codes) and, under Advanced, the field that holds them (see LbmAlgorithm.input_source)."""
    alg.addParameter(QgsProcessingParameterString(
        GEMEENTE_FILTER, alg.tr("Only these gemeenten (codes, e.g. GM0363, GM0599; empty = all)"), optional=True))
    field = QgsProcessingParameterField(GEMEENTE_FILTER_FIELD, alg.tr("Field with the gemeente, buurt or wijk code (detected if empty)"),
                                        parentLayerParameterName=parent, optional=True)
    field.setFlags(field.flags() | PARAMETER_ADVANCED)
    alg.addParameter(field)


def add_suppressed_parameter(alg):
    """SUPPRESSED: how every weighted tool counts CBS's suppressed counts (−99997) in its weight fields; NULL weights
    count as 0. Both are reported with their counts (core/weights.py weight_column)."""
    alg.addParameter(QgsProcessingParameterEnum(SUPPRESSED, alg.tr("Suppressed weights (−99997, CBS)"),
                                                options=[alg.tr(SUPPRESSED_NAMES[r]) for r in SUPPRESSED_RULES], defaultValue=0))


def suppressed_rule(alg, parameters, context):
    """The chosen rule for −99997 weights ('zero', 'two' or 'error'), for core/weights.weight_column."""
    return SUPPRESSED_RULES[alg.parameterAsEnum(parameters, SUPPRESSED, context)]


def _default_text(d):
    """The default of a parameter in words, for the help."""
    kind, value = d.type(), d.defaultValue()
    if d.isDestination():
        return tr("a temporary output unless you choose one")
    if kind == "enum":
        if d.usesStaticStrings() and value not in (None, "", []):  # the value is the option itself (METHOD=z)
            return ", ".join(value) if isinstance(value, list) else str(value)
        if value in (None, "", []):
            return tr("all") if d.allowMultiple() else tr("the first")
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(d.options()[int(i)] for i in chosen)
    if kind == "boolean":
        return tr("yes") if value else tr("no")
    if kind in ("number", "distance") and value is not None:
        number = float(value)
        return f"{int(number)}" if number.is_integer() else f"{number:g}"
    if value not in (None, ""):
        return str(value)
    return tr("empty") if d.flags() & PARAMETER_OPTIONAL else tr("required")


def _example_value(d):
    kind = d.type()
    if d.isDestination():
        if kind == "fileDestination":
            return "out." + (d.defaultFileExtension() or "txt")
        return "annexes" if kind == "folderDestination" else "out.gpkg"
    return {"source": "layer.gpkg", "vector": "layer.gpkg", "file": "file.csv", "field": "field_name",
            "matrix": "onv,low,1,soc,low,1"}.get(kind, "…")


def parameters_help(definitions, algorithm_id):
    """Each parameter with its name and default, and a qgis_process example with the required ones."""
    shown = [d for d in definitions if not d.flags() & PARAMETER_HIDDEN]
    rows = "".join(tr("<li>{description} (<code>{name}</code>): default {default}</li>").format(
        description=d.description(), name=d.name(), default=_default_text(d)) for d in shown)
    needed = [d for d in shown if d.isDestination() or (
        not d.flags() & PARAMETER_OPTIONAL and d.defaultValue() in (None, ""))]
    example = " ".join(f"{d.name()}={_example_value(d)}" for d in needed)
    return (tr("<p><b>Parameters and defaults</b></p>") + f"<ul>{rows}</ul>"
            + tr("<p><b>Example</b>: <code>qgis_process run {algorithm} -- {example}</code></p>").format(
                algorithm=algorithm_id, example=example))
def add_neighbour_tolerance(alg):
    """NEIGHBOUR_TOLERANCE (metres) under Advanced: how close polygon boundaries must run to make neighbours."""
    param = QgsProcessingParameterNumber(NEIGHBOUR_TOLERANCE, alg.tr("Neighbour tolerance for polygons (metres)"),
                                         NUMBER_DOUBLE, defaultValue=TOLERANCE, minValue=0.0,
                                         maxValue=1000.0)
    param.setFlags(param.flags() | PARAMETER_ADVANCED)
    alg.addParameter(param)


def neighbour_tolerance(alg, parameters, context):
    return alg.parameterAsDouble(parameters, NEIGHBOUR_TOLERANCE, context)
