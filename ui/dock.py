"""The Leefbaarometer dock: a thin view. ui/controller.py does the wiring; this file only lays out widgets."""
from qgis.gui import QgsDockWidget
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox
from qgis.PyQt.QtWidgets import QFormLayout
from qgis.PyQt.QtWidgets import QGridLayout
from qgis.PyQt.QtWidgets import QGroupBox
from qgis.PyQt.QtWidgets import QHBoxLayout
from qgis.PyQt.QtWidgets import QLabel
from qgis.PyQt.QtWidgets import QPushButton
from qgis.PyQt.QtWidgets import QScrollArea
from qgis.PyQt.QtWidgets import QSlider
from qgis.PyQt.QtWidgets import QVBoxLayout
from qgis.PyQt.QtWidgets import QWidget

from ..core.i18n import tr
from ..core.i18n import tr_noop
from ..core.views import MEASURE_CHOICES
from ..core.views import MEASURE_LABELS
from ..core.views import VIEW_NAMES
from ..core.views import VIEWS
from ..processing.compat import VECTOR_LAYER_FILTER
from .area_profile import AreaProfile

PROCESSING_BUTTONS = (("download", tr_noop("Get official data")),
                      ("importscores", tr_noop("Import")), ("assignzones", tr_noop("Assign gemeenten")),
                      ("classify", tr_noop("Classes")), ("change", tr_noop("Change")),
                      ("summary", tr_noop("National picture")), ("pressure", tr_noop("Under pressure")),
                      ("risersfallers", tr_noop("Risers/fallers")), ("exportannexes", tr_noop("Annexes per gemeente")))


class LeefbaarometerDock(QgsDockWidget):
    OBJECT_NAME = "LeefbaarometerDock"

    def __init__(self, parent=None):
        super().__init__("Leefbaarometer", parent)
        self.setObjectName(self.OBJECT_NAME)
        self.body = body = QWidget(self)  # inside a scroll area: dock.widget() is the QScrollArea
        layout = QVBoxLayout(body)

        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setFilters(VECTOR_LAYER_FILTER)
        self.layer_combo.setObjectName("lbmLayer")
        form.addRow(tr("Layer"), self.layer_combo)
        self.view_combo = QComboBox(body)
        self.view_combo.setObjectName("lbmView")
        for v in VIEWS:
            self.view_combo.addItem(tr(VIEW_NAMES[v]), v)
        form.addRow(tr("View"), self.view_combo)
        self.measure_combo = QComboBox(body)
        self.measure_combo.setObjectName("lbmMeasure")
        for m in MEASURE_CHOICES:
            self.measure_combo.addItem(tr(MEASURE_LABELS[m]), m)
        form.addRow(tr("Measure"), self.measure_combo)
        self.from_combo = QComboBox(body)
        self.from_combo.setObjectName("lbmYearFrom")
        form.addRow(tr("From year"), self.from_combo)
        year_row = QHBoxLayout()
        self.year_slider = QSlider(Qt.Orientation.Horizontal, body)
        self.year_slider.setObjectName("lbmYear")
        self.year_slider.setPageStep(1)
        self.year_label = QLabel("–", body)
        self.play_button = QPushButton("▶", body)
        self.play_button.setObjectName("lbmPlay")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(tr("Play through the years"))
        year_row.addWidget(self.year_slider, 1)
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.play_button)
        form.addRow(tr("Year"), year_row)
        layout.addLayout(form)

        self.title_label = QLabel(body)
        self.title_label.setObjectName("lbmTitle")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("lbmStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        save_row = QGridLayout()
        self.theme_button = QPushButton(tr("Save as map theme"), body)
        self.qml_button = QPushButton(tr("Save style (QML)…"), body)
        save_row.addWidget(self.theme_button, 0, 0)
        save_row.addWidget(self.qml_button, 0, 1)
        layout.addLayout(save_row)

        profile_box = QGroupBox(tr("Area profile"), body)
        box_layout = QVBoxLayout(profile_box)
        self.profile = AreaProfile(profile_box)
        box_layout.addWidget(self.profile)
        layout.addWidget(profile_box)

        tools = QGroupBox(tr("Analyses (Processing)"), body)
        grid = QGridLayout(tools)
        self.processing_buttons = {}
        for i, (alg, label) in enumerate(PROCESSING_BUTTONS):
            button = QPushButton(tr(label), tools)
            button.setObjectName(f"lbmRun_{alg}")
            grid.addWidget(button, i // 2, i % 2)  # two columns: the dock can be narrow
            self.processing_buttons[alg] = button
        layout.addWidget(tools)
        layout.addStretch(1)
        # A short dock scrolls rather than squeezing the area profile.
        scroll = QScrollArea(self)
        scroll.setObjectName("lbmScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        # Never narrower than the panel's content: nothing is cut off at the right.
        scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self.setWidget(scroll)
