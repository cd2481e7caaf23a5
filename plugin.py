"""The plugin object QGIS loads: its translation, the Processing provider, the dock and its menu action."""
import os

from qgis.core import QgsApplication
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtCore import QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.i18n import tr
from .processing.provider import LeefbaarometerProvider

ICON = os.path.join(os.path.dirname(__file__), "resources", "icon.png")
I18N = os.path.join(os.path.dirname(__file__), "i18n")
MENU = "&Leefbaarometer"


def qgis_language():
    """QGIS's language as the plugin template reads it: the setting locale/userLocale (Settings ▸ Options ▸ General ▸
    Override system locale; QGIS writes the system locale there when not overridden), else QGIS's own locale
    (qgis_process with a fresh profile). 'nl' of 'nl_NL'."""
    return (QgsSettings().value("locale/userLocale", "") or QgsApplication.locale() or "en")[:2]


def install_translator(language=None):
    """Install the plugin's translation for `language` (default: QGIS's) and return the QTranslator, or None when
    there is none (English, the source language, or a language without a .qm)."""
    path = os.path.join(I18N, f"leefbaarometer_{language or qgis_language()}.qm")
    translator = QTranslator()
    if not os.path.exists(path) or not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class LeefbaarometerPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.controller = None
        self.action = None
        # Before the provider and the dock are made: their names and texts are translated when they are built.
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802
        # Called by qgis_process too (hasProcessingProvider=yes), where there is no GUI.
        if self.provider is None:
            self.provider = LeefbaarometerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        from .ui.controller import DockController  # the panel loads only with a GUI: qgis_process never needs it
        from .ui.dock import LeefbaarometerDock  # (same reason)

        self.dock = LeefbaarometerDock(self.iface.mainWindow())
        self.controller = DockController(self.iface, self.dock)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(QIcon(ICON), tr("Leefbaarometer panel"), self.iface.mainWindow())
        self.action.setObjectName("LeefbaarometerShowDock")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(MENU, self.action)
        self.iface.addToolBarIcon(self.action)

    def unload(self):
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.controller.close()
            self.controller = None
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
