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
        from .params import FILTER_HELP, GEMEENTE_FILTER

        return self.tr(self.HELP) + (FILTER_HELP if self.parameterDefinition(GEMEENTE_FILTER) else "") + CREDIT_HELP

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

    def input_source(self, parameters, name, context, feedback=None, condition=""):
        """The input as a feature source, and how GDAL can read its columns directly (a GdalSource or None).

        A gemeente filter (GEMEENTE_FILTER) and any other `condition` (SQL, see core/area_filter.py) become the
        layer's own filter, its subset string, so that the database or file runs it and sends only those rows.
        Providers that cannot filter that way get a filtered copy in memory.
        """
        from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSource, QgsProcessingFeatureSourceDefinition

        from ..core.area_filter import combine, gemeente_condition, parse_gemeente_codes
        from .gdal_columns import gdal_source_of
        from .params import GEMEENTE_FILTER, GEMEENTE_FILTER_FIELD

        layer = self.parameterAsVectorLayer(parameters, name, context)
        value = parameters.get(name)
        codes = []
        if self.parameterDefinition(GEMEENTE_FILTER) is not None:
            codes = parse_gemeente_codes(self.parameterAsString(parameters, GEMEENTE_FILTER, context))
        if codes:
            if layer is None:
                raise LbmInputError("no input layer")
            field = self.parameterAsString(parameters, GEMEENTE_FILTER_FIELD, context) or None
            condition = combine(condition, gemeente_condition(layer.fields().names(), codes, field))
        if not condition:
            return self.parameterAsSource(parameters, name, context), gdal_source_of(layer, value)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
            raise LbmInputError("choose either 'selected features only' or a filter (gemeenten, years), not both")
        if feedback is not None:
            feedback.pushInfo(f"Filter, run by the data source: {condition}")
        if layer.providerType() in ("postgres", "ogr", "spatialite"):
            filtered = layer.clone()
            ok = filtered.setSubsetString(combine(layer.subsetString(), condition))
        else:
            filtered = self.parameterAsSource(parameters, name, context).materialize(
                QgsFeatureRequest().setFilterExpression(condition))
            ok = filtered is not None
        # The run's context owns the copy and deletes it with the run: a layer left to Python could outlive
        # QGIS (in a traceback, say) and crash it on exit.
        context.temporaryLayerStore().addMapLayer(filtered)
        if not ok:
            raise LbmInputError(f"the input layer ({layer.providerType()}) cannot be filtered on {condition}")
        source = QgsProcessingFeatureSource(filtered, context)
        fast = gdal_source_of(filtered)
        if source.featureCount() == 0:
            raise LbmInputError(f"the input layer has no features where {condition}")
        return source, fast


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


def _drop_database_table(destination):
    """Drop the PostGIS table of a `postgres://…` destination, if it exists; a message if that failed, else None."""
    if not destination.startswith("postgres://"):
        return None
    from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry

    uri = QgsDataSourceUri(destination[len("postgres://"):])
    schema, name = uri.schema() or "public", uri.table()
    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(uri.uri(False), {})
        if connection.tableExists(schema, name):
            connection.dropVectorTable(schema, name)  # the connection API quotes both names
    except QgsProviderConnectionException as exc:
        return f"the half-written table {schema}.{name} could not be removed ({exc}); drop it by hand"
    return None


class SafeSink:
    """A feature sink that is written completely or not at all.

    Algorithms compute first and create the sink last. If writing fails or is cancelled, `abort()`
    closes the sink (this object holds the only reference) and removes what it created: the new files,
    or the PostGIS table (QGIS writes a table as it goes). Files that existed before are left alone.
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
        """Remove what was written; a message if something could not be removed, else None."""
        self._sink = None  # destroys the writer, closing the file so it can be removed
        for leftover in _files_of(self.destination) - self._before:
            try:
                os.remove(leftover)
            except OSError:
                pass
        return _drop_database_table(self.destination)

    def write_all(self, feature_batches, feedback):
        """Write batches of features, checking for cancel between batches; abort on any failure."""
        try:
            for batch in feature_batches:
                check_cancel(feedback)
                self.add(batch)
        except BaseException as exc:
            problem = self.abort()
            if problem:
                raise QgsProcessingException(f"{exc}; and {problem}") from exc
            raise
        self._sink = None  # flush and close now, before QGIS loads the result
        return self.dest_id


def check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
