"""The Processing provider `leefbaarometer`: every tool of the plugin is one of its algorithms."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import ICON
from .aggregate import AggregateAlgorithm
from .calibrate import CalibrateAlgorithm
from .change import ChangeAlgorithm
from .classify import ClassifyAlgorithm
from .import_scores import ImportScoresAlgorithm
from .import_wfs import ImportWfsAlgorithm
from .score import ScoreAlgorithm

ALGORITHMS = (ImportScoresAlgorithm, ImportWfsAlgorithm, ClassifyAlgorithm, CalibrateAlgorithm, ChangeAlgorithm, AggregateAlgorithm, ScoreAlgorithm)


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
