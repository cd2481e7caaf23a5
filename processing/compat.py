"""Version-dependent QGIS API in one place. Field types, ready for Qt6: QGIS 3.38+ takes QMetaType types, older
QGIS (3.22) QVariant types; the text render format of PDF exports."""
from qgis.core import Qgis

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
