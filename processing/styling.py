"""Renderers from core.views specs, and the one post-processor that styles every algorithm output on loading.

The spec (what to style, breaks, labels, colours) comes from core/views.py, the same code the panel uses, built
with the release profile the run used; this module only turns it into QGIS objects and credits the sources.
"""
import os
import sqlite3
from decimal import ROUND_CEILING
from decimal import Decimal

from qgis.core import QgsCategorizedSymbolRenderer
from qgis.core import QgsFillSymbol
from qgis.core import QgsGraduatedSymbolRenderer
from qgis.core import QgsProcessingLayerPostProcessorInterface
from qgis.core import QgsRendererCategory
from qgis.core import QgsRendererRange
from qgis.core import QgsVectorLayer

from ..core.i18n import tr
from ..core.views import NO_SCORE_COLOUR
from ..core.views import NO_SCORE_LABEL
from .compat import save_style_to_database
from .io.files import completed
from .io.gpkg import without_wal
from .io.postgis import forget_styles
from .io.postgis import postgis_destination
from .io.postgis import remove_styles

# Graduated maps: the outer classes reach far beyond any score (afw and dimensions lie within ±10, lbm within 0–20,
# their changes within ±20); NULL is drawn as the value NO_SCORE below them, grey and labelled 'no score'.
_LOW, _HIGH = -1000.0, 1000.0
NO_SCORE = -9999
# The release a layer was styled with, so that the panel keeps using it (see ui/controller.py).
RELEASE_PROPERTY = "leefbaarometer/release"


def _fill(colour):
    return QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})


def _attribute(expression):
    """A quoted field name ("afw_2024") as the bare name: QGIS reads a field directly, while it evaluates an
    expression per feature."""
    inner = expression[1:-1]
    if len(expression) >= 2 and expression[0] == expression[-1] == '"' and '"' not in inner.replace('""', ""):
        return inner.replace('""', '"')
    return expression


def _just_below(cut):
    """The largest number below `cut` that keeps its value through QGIS's style files, which store a range's bounds
    with 15 decimals (QML, project, a GeoPackage's or PostGIS's layer_styles): at most 2e-15 below it."""
    step = Decimal("1e-15")
    bound = Decimal(cut).quantize(step, rounding=ROUND_CEILING) - step
    while True:
        value = float(f"{float(bound):.15f}")
        if value < cut and float(f"{value:.15f}") == value:
            return value
        bound -= step


def range_bounds(breaks):
    """The bounds of a graduated renderer's ranges for class breaks (cut-points), so that a score exactly on a
    cut-point is drawn in the upper class, the class the plugin computes for it (core/release.classify). QGIS's ranges
    include their upper bound: each range ends just below its cut-point (_just_below; a score less than 2e-15 below a
    cut-point, and more than 1e-16 away from any published score, is drawn in the upper class too)."""
    return [_LOW, *(_just_below(float(b)) for b in breaks), _HIGH]


def renderer_from_spec(spec, no_score_label=None):
    """A renderer for a core.views.Spec: graduated ranges or categories, plus a grey 'no score' (translated; or
    `no_score_label`, e.g. the Dutch of an annex) for NULL, last in the legend.

    A graduated renderer skips features whose value is NULL (they are not drawn, nor is their selection): its value
    is coalesce(expression, NO_SCORE), and NO_SCORE has a grey class of its own. A value on a cut-point is drawn in
    the upper class (range_bounds)."""
    label = no_score_label or tr(NO_SCORE_LABEL)
    if spec.kind == "graduated":
        bounds = range_bounds(spec.breaks)
        ranges = [QgsRendererRange(bounds[k], bounds[k + 1], _fill(spec.colours[k]), spec.labels[k])
                  for k in range(len(bounds) - 1)]
        ranges.append(QgsRendererRange(NO_SCORE, NO_SCORE, _fill(NO_SCORE_COLOUR), label))
        return QgsGraduatedSymbolRenderer(f"coalesce({spec.expression}, {NO_SCORE})", ranges)
    cats = [QgsRendererCategory(value, _fill(colour), text) for value, text, colour in spec.categories]
    # Early warning has a 'no score' code of its own; a ranking its own NULL category ('not ranked'), and the bivariate
    # map draws NULL itself (a category of value None).
    if label not in (text for _, text, _ in spec.categories) and all(v is not None for v, _, _ in spec.categories):
        cats.append(QgsRendererCategory(None, _fill(NO_SCORE_COLOUR), label))
    return QgsCategorizedSymbolRenderer(_attribute(spec.expression), cats)


def apply_style(layer, spec, release, title):
    """Style a layer by a spec, credit the sources in its metadata and remember the release it was styled with."""
    layer.setRenderer(renderer_from_spec(spec))
    md = layer.metadata()
    md.setTitle(title)
    md.setRights([release.credit, tr("Bron: CBS (CC BY 4.0), where CBS boundaries or statistics are used")])
    md.setAbstract(tr("Leefbaarometer layer in the plugin's field schema ({{measure}}_{{year}}). Map: {map}; release profile "
                      "'{release}'. {note}").format(map=spec.title or title, release=release.title, note=spec.note))
    layer.setMetadata(md)
    layer.setCustomProperty(RELEASE_PROPERTY, release.to_json())
    layer.triggerRepaint()


def styled_data_source(destination):
    """(uri, provider) of an output that keeps a default style of its own (a GeoPackage layer, a PostGIS table);
    None for others (memory layers, shapefiles, CSV: those are styled when QGIS loads them)."""
    if destination.startswith("postgres://"):
        return destination[len("postgres://"):], "postgres"
    path = destination.split("|")[0]
    if path.lower().endswith(".gpkg") and os.path.isfile(path):
        return destination, "ogr"
    return None


STYLE_NAME_CHARS = 30


def save_default_style(destination, spec, release, title):
    """Store the style of `spec` as the default style of a complete output (its `layer_styles` table), so that it
    opens styled in any QGIS: from the toolbox, a model, qgis_process or the browser. Returns an error message,
    empty when stored (or when the output is not a data source that keeps styles)."""
    source = styled_data_source(destination)
    if source is None:
        return ""
    # The output's own default style is what is being written: do not load a stale one first.
    layer = QgsVectorLayer(source[0], title, source[1], QgsVectorLayer.LayerOptions(False, False))
    if not layer.isValid():
        return "the output could not be opened to store its style"
    apply_style(layer, spec, release, title)
    table = postgis_destination(destination)
    had_styles = False
    if table is not None:
        # The table was made anew: a style stored for its name belongs to the table it replaced. Saving over it
        # would make QGIS 3.22's PostGIS provider ask "overwrite?" in a dialog, which hangs a Processing run.
        had_styles, refused = forget_styles(table)
        if refused:  # e.g. no right to change layer_styles: the caller warns and keeps the table
            return refused
    # A GeoPackage's layer_styles holds names of at most 30 characters (GDAL warns and QGIS lists them cut).
    problem = save_style_to_database(layer, title[:STYLE_NAME_CHARS], f"Leefbaarometer plugin: {title}; release profile "
                                     f"'{release.title}'")
    del layer  # closes QGIS's connection to the file
    if table is not None and not problem:  # a run that fails later takes the style (and a new layer_styles) too
        completed(lambda: remove_styles(table, drop_styles_table=not had_styles))
    if source[1] == "ogr" and not problem:
        try:
            journal = without_wal(destination.split("|")[0])
        except sqlite3.Error as exc:  # "database is locked": another program has the file open
            journal = str(exc)
        if journal != "delete":
            return f"the GeoPackage stays in WAL mode (is it open elsewhere? {journal})"
    return problem


def name_output(algorithm, context, destination, title):
    """Name an output that QGIS loads by what it shows ('Change afw 2014–2022', 'Classes 2022') instead of the output's
    generic description ('Change', 'Classified'). A name the user gave (a model's output name) is kept, and so is
    QGIS's own choice of the file name for file outputs (Processing ▸ Options ▸ Prefer output filename)."""
    if not context.willLoadLayerOnCompletion(destination):
        return
    details = context.layerToLoadOnCompletionDetails(destination)
    definition = algorithm.parameterDefinition(details.outputName)
    if details.name in ("", details.outputName) or (definition is not None and details.name == definition.description()):
        details.name = title


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an output when QGIS loads it (post-processors run on the main thread, after the algorithm)."""

    _instances = []  # Processing keeps no Python reference to post-processors

    @classmethod
    def create(cls, spec, release, title):
        inst = cls(spec, release, title)
        cls._instances.append(inst)
        return inst

    def __init__(self, spec, release, title):
        super().__init__()
        self.spec, self.release, self.title = spec, release, title

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        apply_style(layer, self.spec, self.release, self.title)
