"""Renderers from core.views specs, and the one post-processor that styles every algorithm output on loading.

The spec (what to style, breaks, labels, colours) comes from core/views.py, the same code the panel uses, built
with the release profile the run used; this module only turns it into QGIS objects and credits the sources.
"""
from qgis.core import QgsCategorizedSymbolRenderer
from qgis.core import QgsFillSymbol
from qgis.core import QgsGraduatedSymbolRenderer
from qgis.core import QgsProcessingLayerPostProcessorInterface
from qgis.core import QgsRendererCategory
from qgis.core import QgsRendererRange

from ..core.i18n import tr
from ..core.views import NO_SCORE_COLOUR
from ..core.views import NO_SCORE_LABEL

_LOW, _HIGH = -1e9, 1e9
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


def renderer_from_spec(spec):
    """A renderer for a core.views.Spec: graduated ranges or categories, plus a grey 'geen score' for NULL."""
    if spec.kind == "graduated":
        bounds = [_LOW, *spec.breaks, _HIGH]
        ranges = [QgsRendererRange(bounds[k], bounds[k + 1], _fill(spec.colours[k]), spec.labels[k])
                  for k in range(len(bounds) - 1)]
        return QgsGraduatedSymbolRenderer(_attribute(spec.expression), ranges)
    cats = [QgsRendererCategory(value, _fill(colour), label) for value, label, colour in spec.categories]
    cats.append(QgsRendererCategory(None, _fill(NO_SCORE_COLOUR), tr(NO_SCORE_LABEL)))
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
