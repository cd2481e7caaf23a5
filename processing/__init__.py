"""The Processing side of the plugin (QGIS). Importing it routes core's tr() through Qt's translator, so that
core's messages, labels and titles come out in QGIS's language (core/i18n.py; the plugin loads the .qm)."""
from qgis.PyQt.QtCore import QCoreApplication

from ..core.i18n import install

install(QCoreApplication.translate)
