"""Version-dependent QGIS API in one place (QGIS 3.22 to 3.44, ready for QGIS 4 / Qt 6). Field types: QGIS 3.38+
takes QMetaType types, older QGIS (3.22) QVariant types; the text render format of PDF exports; calls QGIS
deprecated after 3.22, each beside its replacement (no deprecation warning on 3.44; scripts/check_qt6.py allows
old enum names here only)."""
from contextlib import ExitStack
from contextlib import contextmanager

from osgeo import gdal
from osgeo import ogr
from osgeo import osr
from qgis.core import Qgis
from qgis.core import QgsFeatureRequest
from qgis.core import QgsFields
from qgis.core import QgsMapLayer
from qgis.core import QgsMapLayerProxyModel
from qgis.core import QgsMapLayerType
from qgis.core import QgsPalLayerSettings
from qgis.core import QgsProcessing
from qgis.core import QgsProcessingAlgorithm
from qgis.core import QgsProcessingFeatureSource
from qgis.core import QgsProcessingParameterDefinition
from qgis.core import QgsProcessingParameterFile
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsTextFormat
from qgis.core import QgsUnitTypes
from qgis.core import QgsWkbTypes
from qgis.PyQt.QtGui import QColor

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    STRING, DOUBLE, INT, LONG = QMetaType.Type.QString, QMetaType.Type.Double, QMetaType.Type.Int, QMetaType.Type.LongLong
else:
    from qgis.PyQt.QtCore import QVariant

    STRING, DOUBLE, INT, LONG = QVariant.String, QVariant.Double, QVariant.Int, QVariant.LongLong

# Text in exported PDFs as text (searchable, accessible), not as outlines. The enum moved from QgsRenderContext
# to Qgis (Qgis.TextRenderFormat exists on 3.22; QgsRenderContext's alias is gone in QGIS 4).
if hasattr(Qgis, "TextRenderFormat"):
    TEXT_AS_TEXT = Qgis.TextRenderFormat.AlwaysText
else:
    from qgis.core import QgsRenderContext

    TEXT_AS_TEXT = QgsRenderContext.TextFormatAlwaysText



def _scoped(enum_name, member, old_owner, old_name):
    """Qgis.<enum_name>.<member> where this QGIS has it (the enums QGIS moved to Qgis over 3.26–3.36; QGIS 4 keeps
    only these), else the 3.22 name <old_owner>.<old_name>, looked up only then."""
    kind = getattr(Qgis, enum_name, None)
    if kind is not None and hasattr(kind, member):
        return getattr(kind, member)
    return getattr(old_owner, old_name)


# Processing (Qgis.Processing* since 3.36)
SOURCE_VECTOR = _scoped("ProcessingSourceType", "Vector", QgsProcessing, "TypeVector")
SOURCE_POLYGON = _scoped("ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")
NUMBER_DOUBLE = _scoped("ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber, "Double")
NUMBER_INTEGER = _scoped("ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber, "Integer")
FILE_BEHAVIOR_FILE = _scoped("ProcessingFileParameterBehavior", "File", QgsProcessingParameterFile, "File")
PARAMETER_OPTIONAL = _scoped("ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition, "FlagOptional")
PARAMETER_ADVANCED = _scoped("ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition, "FlagAdvanced")
PARAMETER_HIDDEN = _scoped("ProcessingParameterFlag", "Hidden", QgsProcessingParameterDefinition, "FlagHidden")
NO_THREADING = _scoped("ProcessingAlgorithmFlag", "NoThreading", QgsProcessingAlgorithm, "FlagNoThreading")
SKIP_GEOMETRY_CHECKS = _scoped("ProcessingFeatureSourceFlag", "SkipGeometryValidityChecks",
                               QgsProcessingFeatureSource, "FlagSkipGeometryValidityChecks")
# Features, geometry, layers (Qgis.FeatureRequestFlag since 3.36, LayerFilter 3.34, WkbType, GeometryType,
# LayerType and the units 3.30, LabelPlacement 3.26)
NO_GEOMETRY = _scoped("FeatureRequestFlag", "NoGeometry", QgsFeatureRequest, "NoGeometry")
FIELD_FROM_EXPRESSION = _scoped("FieldOrigin", "Expression", QgsFields, "OriginExpression")  # a virtual field
WKB_MULTIPOLYGON = _scoped("WkbType", "MultiPolygon", QgsWkbTypes, "MultiPolygon")
WKB_NO_GEOMETRY = _scoped("WkbType", "NoGeometry", QgsWkbTypes, "NoGeometry")
WKB_UNKNOWN = _scoped("WkbType", "Unknown", QgsWkbTypes, "Unknown")
WKB_COLLECTION = _scoped("WkbType", "GeometryCollection", QgsWkbTypes, "GeometryCollection")
POLYGON_GEOMETRY = _scoped("GeometryType", "Polygon", QgsWkbTypes, "PolygonGeometry")
VECTOR_LAYER = _scoped("LayerType", "Vector", QgsMapLayerType, "VectorLayer")
VECTOR_LAYER_FILTER = _scoped("LayerFilter", "VectorLayer", QgsMapLayerProxyModel, "VectorLayer")
LAYOUT_MM = _scoped("LayoutUnit", "Millimeters", QgsUnitTypes, "LayoutMillimeters")
RENDER_POINTS = _scoped("RenderUnit", "Points", QgsUnitTypes, "RenderPoints")
LABEL_HORIZONTAL = _scoped("LabelPlacement", "Horizontal", QgsPalLayerSettings, "Horizontal")


def parameter_as_strings(algorithm, parameters, name, context):
    """A field-list parameter's names: parameterAsStrings since QGIS 3.32 (parameterAsFields is deprecated)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def set_label_font(label, font, colour=None):
    """A layout label's font, size in points, and colour (#rrggbb; None: black): setTextFormat since QGIS 3.24
    (setFont and setFontColor are deprecated)."""
    if hasattr(label, "setTextFormat"):
        fmt = QgsTextFormat.fromQFont(font)
        if colour:
            fmt.setColor(QColor(colour))
        label.setTextFormat(fmt)
    else:
        label.setFont(font)
        if colour:
            label.setFontColor(QColor(colour))


def save_style_to_database(layer, name, description):
    """Store the layer's style as the default style of its data source (GeoPackage or PostGIS `layer_styles`).
    Returns an error message, empty on success. Newer QGIS deprecates saveStyleToDatabase for
    saveStyleToDatabaseV2, which reports the parts separately: only the QML and the database write matter (QGIS
    loads the QML; an SLD that cannot express an expression renderer is no failure)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        results, message = layer.saveStyleToDatabaseV2(name, description, True, "")
        result = QgsMapLayer.SaveStyleResult
        failed = _flag(result.DatabaseWriteFailed) | _flag(result.QmlGenerationFailed)
        return (message or "the style was not saved") if _flag(results) & failed else ""
    return layer.saveStyleToDatabase(name, description, True, "") or ""


def _flag(value):
    """A Qt flag as an int: PyQt5 QFlags convert with int(), PyQt6 enum flags carry .value."""
    return int(getattr(value, "value", value))


@contextmanager
def gdal_return_codes():
    """GDAL reports errors by return value (None, error codes) inside, as the plugin's GDAL code expects, also when
    other code in QGIS turned GDAL exceptions on. GDAL 3.7+ (QGIS 3.40, 3.44) says so explicitly, per thread, which
    also keeps its FutureWarning ("In GDAL 4.0, exceptions will be enabled by default") away; older GDAL has one
    global setting, return values unless changed. Usable as a decorator."""
    with ExitStack() as stack:
        for module in (gdal, ogr, osr):
            if hasattr(module, "ExceptionMgr"):
                stack.enter_context(module.ExceptionMgr(useExceptions=False))
        yield


def dom_parse(doc, text):
    """(ok, error, line, column) of QDomDocument.setContent: PyQt5 returns a tuple (which is always true, so its
    first element must be read), Qt 6.5+ a ParseResult."""
    result = doc.setContent(text)
    if isinstance(result, tuple):
        return (bool(result[0]), *result[1:4])
    return (bool(result), getattr(result, "errorMessage", ""), getattr(result, "errorLine", 0),
            getattr(result, "errorColumn", 0))
