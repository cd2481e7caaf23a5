"""Renderers for Leefbaarometer layers, and the post-processor that styles algorithm outputs on loading."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererRange,
)

from ..core.release import load_release
from ..core.schema import years_in

_LOW, _HIGH = -1e9, 1e9


def class_ranges(cutpoints, labels, palette):
    """Nine graduated ranges with the release's labels ("1 zeer onvoldoende" …) and colours."""
    bounds = [_LOW, *[float(c) for c in cutpoints], _HIGH]
    ranges = []
    for k in range(len(bounds) - 1):
        symbol = QgsFillSymbol.createSimple({"color": palette[k], "outline_style": "no"})
        ranges.append(QgsRendererRange(bounds[k], bounds[k + 1], symbol, f"{k + 1} {labels[k]}"))
    return ranges


def total_score_renderer(field, release):
    """Graduated renderer of the total score classes on an `afw_*` or `lbm_*` field."""
    cuts = release.total_cutpoints_afw
    if field.startswith("lbm_"):
        cuts = cuts + release.constant_c
    renderer = QgsGraduatedSymbolRenderer(field, class_ranges(cuts, release.class_labels, release.palette_scores))
    return renderer


def class_renderer(field, labels, palette):
    """Categorized renderer of a class field (1–9) with labels "1 zeer onvoldoende" … and a NULL category."""
    cats = []
    for k, (label, colour) in enumerate(zip(labels, palette), start=1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        cats.append(QgsRendererCategory(k, symbol, f"{k} {label}"))
    cats.append(QgsRendererCategory(None, QgsFillSymbol.createSimple({"color": "#cccccc", "outline_style": "no"}),
                                    "geen score"))
    return QgsCategorizedSymbolRenderer(field, cats)


def renderer_from_spec(spec):
    """A renderer for a core.views.Spec: graduated ranges or categories, plus a grey 'geen score' for NULL."""
    no_value = QgsFillSymbol.createSimple({"color": "#cccccc", "outline_style": "no"})
    if spec.kind == "graduated":
        bounds = [_LOW, *spec.breaks, _HIGH]
        ranges = [QgsRendererRange(bounds[k], bounds[k + 1],
                                   QgsFillSymbol.createSimple({"color": spec.colours[k], "outline_style": "no"}), spec.labels[k])
                  for k in range(len(bounds) - 1)]
        return QgsGraduatedSymbolRenderer(spec.expression, ranges)
    cats = [QgsRendererCategory(value, QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}), label)
            for value, label, colour in spec.categories]
    cats.append(QgsRendererCategory(None, no_value, "geen score"))
    return QgsCategorizedSymbolRenderer(spec.expression, cats)


class ClassLayerPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a loaded output by one class field (scores: sequential palette; change: diverging)."""

    _instances = []

    @classmethod
    def create(cls, field, title, change=False):
        inst = cls(field, title, change)
        cls._instances.append(inst)
        return inst

    def __init__(self, field, title, change):
        super().__init__()
        self.field, self.title, self.change = field, title, change

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        style_class_layer(layer, self.field, self.title, self.change)


def style_class_layer(layer, field, title, change=False, release=None):
    release = release or load_release()
    if change:
        layer.setRenderer(class_renderer(field, release.change_labels, release.palette_change))
    else:
        layer.setRenderer(class_renderer(field, release.class_labels, release.palette_scores))
    _credit(layer, title, release, f"Map: {field} ({'change classes' if change else 'classes'}, profile '{release.title}').")
    layer.triggerRepaint()


def _credit(layer, title, release, what):
    md = layer.metadata()
    md.setTitle(title)
    md.setRights([release.credit, "Bron: CBS (CC BY 4.0), where CBS boundaries or statistics are used"])
    md.setAbstract(f"Leefbaarometer layer in the plugin's field schema ({{measure}}_{{year}}). {what} "
                   "Total-score cut-points are calibrated, not official.")
    layer.setMetadata(md)


# Categorical styles of the report analyses: value -> (label, colour). Colour-blind safe (ColorBrewer).
CATEGORY_STYLES = {
    "spot": {"hot": ("hot spot: hoge scores geclusterd", "#4575b4"), "cold": ("cold spot: lage scores geclusterd", "#d73027"),
             "ns": ("niet significant", "#eeeeee")},
    "risico": {3: ("hoog", "#b2182b"), 2: ("midden", "#ef8a62"), 1: ("laag", "#fddbc7"), 0: ("geen", "#f7f7f7"),
               -1: ("n.v.t. (klasse < 5)", "#cccccc")},
    "rf": {"stijger": ("stijger", "#542788"), "daler": ("daler", "#b35806"), "afglijder": ("afglijder", "#fdb863")},
    "traject": {"persistent laag": ("persistent laag", "#d73027"), "nieuw laag": ("nieuw laag", "#fc8d59"),
                "herstellend": ("herstellend", "#91bfdb"), "dalend": ("dalend", "#fee090"),
                "stijgend": ("stijgend", "#4575b4"), "stabiel": ("stabiel", "#eeeeee")},
}


def style_categories(layer, field, kind, title, release=None):
    release = release or load_release()
    cats = [QgsRendererCategory(value, QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}), label)
            for value, (label, colour) in CATEGORY_STYLES[kind].items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
    _credit(layer, title, release, f"Map: {field}. Criteria in the field 'criteria' (not official).")
    layer.triggerRepaint()


class CategoryPostProcessor(QgsProcessingLayerPostProcessorInterface):
    _instances = []

    @classmethod
    def create(cls, field, kind, title):
        inst = cls(field, kind, title)
        cls._instances.append(inst)
        return inst

    def __init__(self, field, kind, title):
        super().__init__()
        self.field, self.kind, self.title = field, kind, title

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        style_categories(layer, self.field, self.kind, self.title)


class ScoreLayerPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a loaded output by the total-score classes of its latest year and credits the source."""

    _instances = []  # Processing keeps no Python reference to post-processors

    @classmethod
    def create(cls, title):
        inst = cls(title)
        cls._instances.append(inst)
        return inst

    def __init__(self, title):
        super().__init__()
        self.title = title

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        style_score_layer(layer, self.title)


def style_score_layer(layer, title, release=None):
    """Total-score classes of the latest year, and metadata that credits the sources and names the release."""
    release = release or load_release()
    names = layer.fields().names()
    years = years_in(names)
    field = next((f"{m}_{y}" for y in reversed(years) for m in ("afw", "lbm") if f"{m}_{y}" in names), None)
    if field is not None:
        layer.setRenderer(total_score_renderer(field, release))
    _credit(layer, title, release, f"Map: total-score classes of {field} with the profile '{release.title}'.")
    layer.triggerRepaint()
