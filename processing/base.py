"""What every Leefbaarometer algorithm shares: naming, help, icon, error translation, safe output."""
import glob
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import LbmInputError

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.png")

CREDIT_HELP = (
    "<p><b>Sources.</b> Leefbaarometer open data, Ministerie van BZK (CC0). "
    "Where CBS boundaries or statistics are used: Bron: CBS (CC BY 4.0).</p>"
)


class LbmAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP, HELP and implement initAlgorithm / compute."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "Data"
    HELP = ""

    def tr(self, text):
        return QCoreApplication.translate("Leefbaarometer", text)

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP.lower().replace(" ", "")

    def shortHelpString(self):  # noqa: N802
        return self.tr(self.HELP) + CREDIT_HELP

    def icon(self):
        return QIcon(ICON)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            return self.compute(parameters, context, feedback)
        except LbmInputError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def compute(self, parameters, context, feedback):
        raise NotImplementedError

    def style_on_load(self, context, dest, make_post_processor):
        """Style the output when QGIS loads it (post-processors run on the main thread, after the algorithm)."""
        if context.willLoadLayerOnCompletion(dest):
            self.post_processor = make_post_processor()
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(self.post_processor)

    def ogr_source(self, parameters, name, context):
        """(path, layer) when the input is a plain OGR file read whole: read it through GDAL's fast path."""
        from .layer_io import ogr_path_of

        return ogr_path_of(self.parameterAsVectorLayer(parameters, name, context), parameters.get(name))


class Cancelled(QgsProcessingException):
    def __init__(self):
        super().__init__("Cancelled: no output was written.")


def _files_of(destination):
    """Files a file-based destination consists of (a shapefile has siblings); empty for other providers."""
    path = destination.split("|")[0]
    if path.startswith(("memory:", "postgres:", "postgis:", "ogr:", "spatialite:")) or not path:
        return set()
    stem, _ = os.path.splitext(path)
    return set(glob.glob(glob.escape(stem) + ".*")) | ({path} if os.path.exists(path) else set())


class SafeSink:
    """A feature sink that is written completely or not at all.

    Algorithms compute first and create the sink last. If writing fails or is cancelled, `abort()`
    closes the sink (this object holds the only reference) and removes the files it created;
    files that existed before are left alone.
    """

    def __init__(self, algorithm, parameters, name, context, fields, wkb_type, crs):
        self.destination = algorithm.parameterAsOutputLayer(parameters, name, context) or ""
        self._before = _files_of(self.destination)
        self._sink, self.dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if self._sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))

    def add(self, features):
        if not self._sink.addFeatures(features):
            raise QgsProcessingException(f"could not write to {self.destination or 'the output'}: "
                                         f"{self._sink.lastError() if hasattr(self._sink, 'lastError') else ''}")

    def abort(self):
        self._sink = None  # destroys the writer, closing the file so it can be removed
        for leftover in _files_of(self.destination) - self._before:
            try:
                os.remove(leftover)
            except OSError:
                pass

    def write_all(self, feature_batches, feedback):
        """Write batches of features, checking for cancel between batches; abort on any failure."""
        try:
            for batch in feature_batches:
                check_cancel(feedback)
                self.add(batch)
        except BaseException:
            self.abort()
            raise
        self._sink = None  # flush and close now, before QGIS loads the result
        return self.dest_id


def check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
