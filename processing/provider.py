"""The Processing provider `leefbaarometer`: every tool of the plugin is one of its algorithms."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import ICON
from .aggregate import AggregateAlgorithm
from .calibrate import CalibrateAlgorithm
from .change import ChangeAlgorithm
from .classify import ClassifyAlgorithm
from .class_profile import ClassProfileAlgorithm
from .early_warning import EarlyWarningAlgorithm
from .export_annexes import ExportAnnexesAlgorithm
from .hotspots import HotspotsAlgorithm
from .import_scores import ImportScoresAlgorithm
from .import_wfs import ImportWfsAlgorithm
from .pressure import PressureAlgorithm
from .risers_fallers import RisersFallersAlgorithm
from .score import ScoreAlgorithm
from .summary import SummaryAlgorithm
from .trajectory import TrajectoryAlgorithm
from .zone_compare import ZoneCompareAlgorithm

ALGORITHMS = (
    ImportScoresAlgorithm, ImportWfsAlgorithm,  # data
    ScoreAlgorithm, ClassifyAlgorithm, CalibrateAlgorithm, ChangeAlgorithm, AggregateAlgorithm,  # analysis
    SummaryAlgorithm, RisersFallersAlgorithm, PressureAlgorithm, TrajectoryAlgorithm,  # report analyses
    ClassProfileAlgorithm, ZoneCompareAlgorithm, HotspotsAlgorithm, EarlyWarningAlgorithm,
    ExportAnnexesAlgorithm,  # reports
)


class LeefbaarometerProvider(QgsProcessingProvider):
    def id(self):
        return "leefbaarometer"

    def name(self):
        return "Leefbaarometer"

    def longName(self):  # noqa: N802
        return "Leefbaarometer (Dutch livability monitor)"

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for alg in ALGORITHMS:
            self.addAlgorithm(alg())
