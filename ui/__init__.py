"""The Leefbaarometer panel. Its strings are English source text, translated through Qt (one context)."""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("LeefbaarometerDock", text)
