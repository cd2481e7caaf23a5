"""The plugin object QGIS loads: registers the Processing provider, the dock and its menu action."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .processing.provider import LeefbaarometerProvider

ICON = os.path.join(os.path.dirname(__file__), "resources", "icon.png")
MENU = "&Leefbaarometer"


class LeefbaarometerPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.controller = None
        self.action = None

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
        self.action = QAction(QIcon(ICON), "Leefbaarometer panel", self.iface.mainWindow())
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
