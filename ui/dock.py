"""The Leefbaarometer dock. A shell for now: later work adds the view, measure and year controls."""
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget


class LeefbaarometerDock(QgsDockWidget):
    OBJECT_NAME = "LeefbaarometerDock"

    def __init__(self, parent=None):
        super().__init__("Leefbaarometer", parent)
        self.setObjectName(self.OBJECT_NAME)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        intro = QLabel(
            "Load published Leefbaarometer scores with Processing ▸ Leefbaarometer ▸ "
            "Import published scores. Map styling by dimension and year comes here."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addStretch(1)
        self.setWidget(body)
