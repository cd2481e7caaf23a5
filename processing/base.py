"""What every Leefbaarometer algorithm shares: naming, help, icon, error translation, the input prologue
(release, source, scores, years) and styling of the output on loading."""
import os
from dataclasses import dataclass
from dataclasses import field

from qgis.core import QgsFeatureRequest
from qgis.core import QgsProcessingAlgorithm
from qgis.core import QgsProcessingException
from qgis.core import QgsProcessingFeatureSource
from qgis.core import QgsProcessingFeatureSourceDefinition
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.PyQt.QtGui import QIcon

from ..core.area_filter import combine
from ..core.area_filter import gemeente_condition
from ..core.area_filter import parse_gemeente_codes
from ..core.errors import LbmInputError
from ..core.i18n import tr
from ..core.i18n import tr_noop
from ..core.scoredata import check_years_scored
from ..core.years import choose_years
from ..core.years import years_to_read
from .cancel import Cancelled
from .cancel import terminate_as_cancel
from .inputs import check_inputs
from .inputs import integer_problem
from .io.files import disk_full_message
from .io.files import is_disk_full
from .io.files import outputs_of_run
from .io.gdal_columns import filter_error
from .io.gdal_columns import gdal_source_of
from .io.read import filtered_layer
from .io.read import opening_inputs
from .io.read import read_scores
from .params import CREDIT_HELP
from .params import FILTER_HELP
from .params import GEMEENTE_FILTER
from .params import GEMEENTE_FILTER_FIELD
from .params import YEARS
from .params import InputLayerParameter
from .params import parameters_help
from .params import release_from
from .styling import StylePostProcessor
from .styling import name_output
from .styling import save_default_style
from .targets import check_destinations
from .targets import folder_outputs
from .targets import os_error_message

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.png")


@dataclass
class Inputs:
    """What an algorithm reads before it computes (see LbmAlgorithm.read_input)."""

    release: object  # core.release.Release: the profile the run uses, for classes and for the map
    source: object  # the input as a QgsProcessingFeatureSource, filtered as asked
    data: object  # core.scoredata.ScoreData
    years: list  # the chosen years (YEARS), or every year with a total score
    extra: dict = field(default_factory=dict)  # {field: column} of the other fields asked for
    gdal: object = None  # how GDAL reads the input (io/gdal_columns.GdalSource), or None


class LbmAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP, HELP and implement initAlgorithm / compute.

    DISPLAY_NAME and GROUP are English, marked with tr_noop and translated here; HELP is a tuple of marked paragraphs
    and callables (help that quotes values, translated and formatted by the callable)."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = tr_noop("Data")
    HELP = ()

    def tr(self, text):
        """Translated through the plugin's one context (core/i18n.py), the same for core's messages."""
        return tr(text)

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP.lower().replace(" ", "")  # the English name: ids stay the same in every language

    def shortHelpString(self):  # noqa: N802
        own = "".join(part() if callable(part) else self.tr(part) for part in self.HELP)
        return (own + (self.tr(FILTER_HELP) if self.parameterDefinition(GEMEENTE_FILTER) else "")
                + parameters_help(self.parameterDefinitions(), f"leefbaarometer:{self.NAME}") + self.tr(CREDIT_HELP))

    def icon(self):
        return QIcon(ICON)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def addParameter(self, definition, createOutput=True):  # noqa: N802, N803
        if type(definition) is QgsProcessingParameterFeatureSource:
            definition = InputLayerParameter.of(definition)
        return super().addParameter(definition, createOutput)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        with opening_inputs():  # QGIS opens the input layers here first
            ok, message = super().checkParameterValues(parameters, context)
        problem = integer_problem(self, parameters, context) if ok else ""
        return (False, problem) if problem else (ok, message)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """compute() with the guarantees every algorithm gives: an output that is an input is refused before
        anything is read; outputs are complete or absent (one that is complete is removed again if a later one
        fails, see io/files.outputs_of_run); SIGTERM, SIGHUP and SIGINT cancel; bad input and file errors become messages."""
        try:
            check_destinations(self, parameters, context)
            check_inputs(self, parameters, context, feedback)  # issue 30: CRS, collections, locks, whole numbers
            with terminate_as_cancel(feedback), outputs_of_run(folder_outputs(self, parameters, context)):
                return self.compute(parameters, context, feedback)
        except Cancelled as exc:  # QGIS prints a traceback for a subclass of QgsProcessingException: the message only
            raise QgsProcessingException(str(exc)) from None
        except LbmInputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        except OSError as exc:
            raise QgsProcessingException(os_error_message(exc)) from exc

    def compute(self, parameters, context, feedback):
        raise NotImplementedError

    # --- input ---------------------------------------------------------------------------------------------

    def read_input(self, parameters, context, feedback, extra_fields=(), name="INPUT", require=True, available=None):
        """The prologue every analysis shares: the release profile, the (filtered) input, its scores and the
        chosen years.

        Years come from the YEARS parameter where the algorithm has one: checked against the layer's fields
        before reading (only those years' fields are read), then against the data. `available(data, release)`
        gives the years to choose from when they are not simply the years with a total score (hot spots: years
        with values of the chosen measure). `require=False` accepts a layer without scores.
        """
        release = release_from(self, parameters, context)
        source, fast = self.input_source(parameters, name, context, feedback)
        text = self.parameterAsString(parameters, YEARS, context) if self.parameterDefinition(YEARS) is not None else ""
        data, extra = read_scores(source, context, feedback, [f for f in dict.fromkeys(extra_fields) if f], require, fast,
                                  years=years_to_read(source.fields().names(), text))
        years = choose_years(text, available(data, release) if available else data.score_years())
        if available is None:
            check_years_scored(data, years, release.constant_c)
        return Inputs(release, source, data, years, extra, fast)

    def input_source(self, parameters, name, context, feedback=None, condition=""):
        """The input as a feature source, and how GDAL can read its columns directly (a GdalSource or None).

        A gemeente filter (GEMEENTE_FILTER) and any other `condition` (SQL, see core/area_filter.py) become the
        layer's own filter, its subset string, so that the database or file runs it and sends only those rows.
        Providers that cannot filter that way get a filtered copy in memory.
        """
        layer = self.parameterAsVectorLayer(parameters, name, context)
        value = parameters.get(name)
        codes = []
        if self.parameterDefinition(GEMEENTE_FILTER) is not None:
            codes = parse_gemeente_codes(self.parameterAsString(parameters, GEMEENTE_FILTER, context))
        if codes:
            if layer is None:
                raise LbmInputError(tr("no input layer"))
            field_name = self.parameterAsString(parameters, GEMEENTE_FILTER_FIELD, context) or None
            condition = combine(condition, gemeente_condition(layer.fields().names(), codes, field_name))
        if not condition:
            return self.parameterAsSource(parameters, name, context), gdal_source_of(layer, value)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
            raise LbmInputError(tr("choose either 'selected features only' or a filter (gemeenten, years), not both"))
        shown = condition if len(condition) <= 300 else condition[:300] + " …"
        if feedback is not None:
            feedback.pushInfo(tr("Filter, run by the data source: {condition}").format(condition=shown))
        filtered = filtered_layer(layer, condition)  # the data source filters; the input's bytes stay the same
        if filtered is None and layer.providerType() not in ("postgres", "ogr", "spatialite"):
            filtered = self.parameterAsSource(parameters, name, context).materialize(
                QgsFeatureRequest().setFilterExpression(condition))
        if filtered is None:
            raise LbmInputError(tr("the input layer ({layer}) cannot be filtered on {condition}").format(layer=layer.providerType(),
                                   condition=shown))
        # The run's context owns the copy and deletes it with the run: a layer left to Python could outlive
        # QGIS (in a traceback, say) and crash it on exit.
        context.temporaryLayerStore().addMapLayer(filtered)
        source = QgsProcessingFeatureSource(filtered, context)
        fast = gdal_source_of(filtered)
        if source.featureCount() == 0:
            refused = filter_error(fast) if fast is not None else ""
            if refused:  # QGIS reads a filter the data source refuses as "no features"
                raise LbmInputError(tr("the data source could not run the filter {condition}: {error}").format(
                    condition=shown, error=refused))
            raise LbmInputError(tr("the input layer has no features where {condition}").format(condition=shown))
        return source, fast

    # --- output --------------------------------------------------------------------------------------------

    def style_on_load(self, context, dest, spec, release, title):
        """Style the complete output `dest` by `spec` (core/views.py) with the run's release: as the default style
        of a GeoPackage or PostGIS output, and when QGIS loads it.

        A GeoPackage whose style cannot be stored fails the run, which removes the output (all or nothing); a
        PostGIS user may lack the right to write `layer_styles`, so there the table stays and the log says why."""
        if spec is None:
            return
        problem = save_default_style(dest, spec, release, title)
        if problem and dest.startswith("postgres://"):
            if context.feedback() is not None:
                context.feedback().pushWarning(self.tr(
                    "The table is written, but its style could not be stored in the database ({problem}); it is styled "
                    "when QGIS loads it now.").format(problem=problem))
        elif problem:
            path = dest.split("|")[0]
            if is_disk_full(LbmInputError(problem), path):
                raise QgsProcessingException(disk_full_message(path))
            raise QgsProcessingException(
                self.tr("the style of the output could not be stored in {dest}: {problem}").format(dest=dest, problem=problem))
        if context.willLoadLayerOnCompletion(dest):
            name_output(self, context, dest, title)
            self.post_processor = StylePostProcessor.create(spec, release, title)
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(self.post_processor)
