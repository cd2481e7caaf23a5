"""Parameters several algorithms share: the release profile, years, and the choice of measures."""
from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.errors import LbmInputError
from ..core.release import DEFAULT_RELEASE, load_release, release_names

GEMEENTE_FILTER = "GEMEENTE_FILTER"
GEMEENTE_FILTER_FIELD = "GEMEENTE_FILTER_FIELD"
FILTER_HELP = (
    "<p><b>Only these gemeenten</b>: gemeente codes (GM0363, or 363), separated by commas. The filter runs in "
    "the data source itself (a PostGIS table sends back only those rows), on the field with the gemeente code "
    "(gm_code, gemeentecode) or else the buurt or wijk code (bu_code, wk_code, code). Grid cells need a "
    "gemeente code joined first (the CBS square statistics carry gemeentecode).</p>"
)
RELEASE = "RELEASE"
RELEASE_FILE = "RELEASE_FILE"
RELEASE_HELP = (
    "<p><b>Release profile</b>: the constant C, labels, cut-points and palettes of a data release "
    "(shipped: lbm3_2024). The total-score cut-points are calibrated on the official 2024 classes, not "
    "published ones; <i>Calibrate classes</i> writes a profile from your own data, which you can give as "
    "<b>Release profile file</b>.</p>"
)


def add_release_parameters(alg):
    names = release_names()
    alg.addParameter(QgsProcessingParameterEnum(RELEASE, alg.tr("Release profile"), options=names,
                                                defaultValue=names.index(DEFAULT_RELEASE)))
    alg.addParameter(QgsProcessingParameterFile(RELEASE_FILE, alg.tr("Release profile file (overrides the above)"),
                                                optional=True, fileFilter="Release profile (*.json)"))


def release_from(alg, parameters, context):
    path = alg.parameterAsFile(parameters, RELEASE_FILE, context)
    if path:
        return load_release(path)
    return load_release(release_names()[alg.parameterAsEnum(parameters, RELEASE, context)])


def add_years_parameter(alg, name="YEARS", description="Years (e.g. 2022, 2024; empty = all)"):
    alg.addParameter(QgsProcessingParameterString(name, alg.tr(description), optional=True))


def parse_years(text, available):
    """Years from '2022, 2024' (empty: all available); unknown years are an error naming what exists."""
    text = (text or "").replace(";", ",").replace(" ", ",")
    if not text.strip(","):
        return list(available)
    try:
        years = [int(t) for t in text.split(",") if t]
    except ValueError as exc:
        raise LbmInputError(f"years must be numbers like 2022, 2024: {text}") from exc
    missing = [y for y in years if y not in available]
    if missing:
        raise LbmInputError(
            f"year(s) {', '.join(map(str, missing))} are not in the layer; it has {', '.join(map(str, available))}"
        )
    return years


def add_gemeente_filter(alg, parent="INPUT"):
    """GEMEENTE_FILTER (codes) and, under Advanced, the field that holds them (see LbmAlgorithm.input_source)."""
    alg.addParameter(QgsProcessingParameterString(
        GEMEENTE_FILTER, alg.tr("Only these gemeenten (codes, e.g. GM0363, GM0599; empty = all)"), optional=True))
    field = QgsProcessingParameterField(GEMEENTE_FILTER_FIELD, alg.tr("Field with the gemeente, buurt or wijk code (detected if empty)"),
                                        parentLayerParameterName=parent, optional=True)
    field.setFlags(field.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(field)
