"""Attribute field types, ready for Qt6: QGIS 3.38+ takes QMetaType types, older QGIS (3.22) QVariant types."""
from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    STRING, DOUBLE, INT, LONG = QMetaType.Type.QString, QMetaType.Type.Double, QMetaType.Type.Int, QMetaType.Type.LongLong
else:
    from qgis.PyQt.QtCore import QVariant

    STRING, DOUBLE, INT, LONG = QVariant.String, QVariant.Double, QVariant.Int, QVariant.LongLong
