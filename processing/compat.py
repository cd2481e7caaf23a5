"""Version-dependent QGIS API in one place. Field types, ready for Qt6: QGIS 3.38+ takes QMetaType types, older
QGIS (3.22) QVariant types; the text render format of PDF exports."""
from qgis.core import Qgis
from qgis.core import QgsMapLayer

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
