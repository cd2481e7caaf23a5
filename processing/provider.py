"""The Processing provider `leefbaarometer`: every tool of the plugin is one of its algorithms."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from .algorithms.aggregate import AggregateAlgorithm
from .algorithms.assign_zones import AssignZonesAlgorithm
from .algorithms.calibrate import CalibrateAlgorithm
from .algorithms.change import ChangeAlgorithm
from .algorithms.class_profile import ClassProfileAlgorithm
from .algorithms.classify import ClassifyAlgorithm
from .algorithms.differences import DifferencesAlgorithm
from .algorithms.dimension_profile import DimensionProfileAlgorithm
from .algorithms.download import DownloadAlgorithm
from .algorithms.early_warning import EarlyWarningAlgorithm
from .algorithms.export_annexes import ExportAnnexesAlgorithm
from .algorithms.hotspots import HotspotsAlgorithm
from .algorithms.import_scores import ImportScoresAlgorithm
from .algorithms.import_wfs import ImportWfsAlgorithm
from .algorithms.inequality import InequalityAlgorithm
from .algorithms.pressure import PressureAlgorithm
from .algorithms.rank_zones import RankZonesAlgorithm
from .algorithms.risers_fallers import RisersFallersAlgorithm
from .algorithms.score import ScoreAlgorithm
from .algorithms.summary import SummaryAlgorithm
from .algorithms.trajectory import TrajectoryAlgorithm
from .algorithms.zone_compare import ZoneCompareAlgorithm
from .base import ICON

ALGORITHMS = (
    DownloadAlgorithm, ImportScoresAlgorithm, ImportWfsAlgorithm, AssignZonesAlgorithm,  # data
    ScoreAlgorithm, ClassifyAlgorithm, CalibrateAlgorithm, ChangeAlgorithm, AggregateAlgorithm,  # analysis
    SummaryAlgorithm, RisersFallersAlgorithm, PressureAlgorithm, TrajectoryAlgorithm,  # report analyses
    ClassProfileAlgorithm, ZoneCompareAlgorithm, HotspotsAlgorithm, EarlyWarningAlgorithm,
    DimensionProfileAlgorithm,
    DifferencesAlgorithm,
    ExportAnnexesAlgorithm,  # reports
    RankZonesAlgorithm,
    InequalityAlgorithm,  # issue 23
)


class LeefbaarometerProvider(QgsProcessingProvider):
    def id(self):
        return "leefbaarometer"

    def name(self):
        return "Leefbaarometer"

    def longName(self):  # noqa: N802
        return tr("Leefbaarometer (Dutch livability monitor)")

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for alg in ALGORITHMS:
            self.addAlgorithm(alg())
