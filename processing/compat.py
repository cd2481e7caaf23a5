"""Version-dependent QGIS API in one place (QGIS 3.22 to 3.44, ready for QGIS 4 / Qt 6). Field types: QGIS 3.38+
takes QMetaType types, older QGIS (3.22) QVariant types; the text render format of PDF exports; calls QGIS
deprecated after 3.22, each beside its replacement (no deprecation warning on 3.44; scripts/check_qt6.py allows
old enum names here only)."""
from qgis.core import Qgis
from qgis.core import QgsMapLayer
from qgis.core import QgsTextFormat

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


def parameter_as_strings(algorithm, parameters, name, context):
    """A field-list parameter's names: parameterAsStrings since QGIS 3.32 (parameterAsFields is deprecated)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def set_label_font(label, font):
    """A layout label's font, size in points: setTextFormat since QGIS 3.24 (setFont is deprecated)."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)


def save_style_to_database(layer, name, description, use_as_default):
    """Saves the layer's style in its data source (a GeoPackage's layer_styles); returns the error text, "" when
    saved. saveStyleToDatabaseV2 since QGIS 3.44 reports QML and SLD apart (saveStyleToDatabase is deprecated)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        results, error = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        # The SLD copy may fail for a renderer SLD cannot express: QGIS reads the QML.
        failed = QgsMapLayer.SaveStyleResult.QmlGenerationFailed | QgsMapLayer.SaveStyleResult.DatabaseWriteFailed
        return (error or "the style was not saved") if results & failed else ""
    return layer.saveStyleToDatabase(name, description, use_as_default, "") or ""
