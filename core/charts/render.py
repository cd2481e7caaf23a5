"""Drawing a Chart (core/charts/spec.py) to SVG or PNG bytes: the only module of the plugin that imports matplotlib.

matplotlib is imported lazily, on the first chart, and only through its object API (`matplotlib.figure.Figure`
with the SVG or Agg canvas): never pyplot and never `matplotlib.use()`, because the backend and pyplot's state are
global to QGIS's Python and shared with every other plugin. No rcParams are changed either: every mark and text
gets its colour, width and font here.

A chart is drawn in one Axes that spans the figure, in millimetres (no ticks, spines or legends of matplotlib: the
builders place every mark and text themselves, which keeps a chart fast to draw, 10–30 ms, and lets a print layout
put the same texts as native labels where the builder placed them). Text is drawn as glyph outlines (matplotlib's
SVG default), so that the panel's QSvgRenderer shows exactly the extent the builder measured.
"""
import io
import threading
from functools import lru_cache

from ..errors import LbmInputError
from ..i18n import tr
from .spec import PT

FONT = "DejaVu Sans"  # matplotlib ships it; the print layouts use it too
_REFERENCE = 100.0  # points: glyph advances are read once at this size and scaled


def missing_message():
    return tr("charts need the Python package matplotlib, which is missing here; on Debian and Ubuntu install the package "
              "python3-matplotlib (sudo apt install python3-matplotlib), with other installers 'pip install matplotlib' "
              "in QGIS's Python, and restart QGIS")


@lru_cache(maxsize=1)
def _matplotlib():
    """The matplotlib modules the charts use, imported on first use; an LbmInputError naming the package where
    it is missing."""
    try:
        from matplotlib import ft2font
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.backends.backend_svg import FigureCanvasSVG
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties
        from matplotlib.font_manager import findfont
        from matplotlib.lines import Line2D
        from matplotlib.patches import Rectangle
        from matplotlib.text import Text
        from matplotlib.transforms import Affine2D
    except ImportError as exc:
        raise LbmInputError(missing_message()) from exc
    return {"Figure": Figure, "svg": FigureCanvasSVG, "agg": FigureCanvasAgg, "FontProperties": FontProperties,
            "findfont": findfont, "ft2font": ft2font, "Line2D": Line2D, "Rectangle": Rectangle, "Text": Text,
            "Affine2D": Affine2D}


def require():
    """Raise the message naming python3-matplotlib where matplotlib is missing (before any work is done)."""
    _matplotlib()


def available():
    try:
        _matplotlib()
    except LbmInputError:
        return False
    return True


@lru_cache(maxsize=2)
def _font_properties(bold):
    mpl = _matplotlib()
    return mpl["FontProperties"](family=FONT, weight="bold" if bold else "normal")


class _Advances(dict):
    """Glyph advances (points at _REFERENCE size) of one font, read from the font file on first use.

    The font is an FT2Font of its own: matplotlib's get_font() hands out one cached object per file and thread, and
    its Agg renderer sets that object's size to whatever it draws (a PNG chart at 6 pt), so glyphs first measured
    after a drawing came out several times too narrow (labels then overflowed the panel and wrapped in the annex)."""

    def __init__(self, bold):
        super().__init__()
        mpl = _matplotlib()
        ft2font = mpl["ft2font"]
        self.font = ft2font.FT2Font(mpl["findfont"](_font_properties(bold)))
        # matplotlib 3.10 moved the load flags into LoadFlags (the module constants are deprecated there)
        self.flags = ft2font.LoadFlags.NO_HINTING if hasattr(ft2font, "LoadFlags") else ft2font.LOAD_NO_HINTING
        self.lock = threading.Lock()  # the annex export measures in the main thread while a worker draws

    def __missing__(self, char):
        with self.lock:
            self.font.set_size(_REFERENCE, 72)
            advance = self.font.load_char(ord(char), flags=self.flags).linearHoriAdvance / 65536.0
        self[char] = advance
        return advance


@lru_cache(maxsize=2)
def _advances(bold):
    return _Advances(bold)


def text_width(text, size, bold=False):
    """The width (mm) of `text` at `size` points in the charts' font, as matplotlib lays it out (the sum of the
    glyph advances; kerning only narrows it)."""
    advances = _advances(bool(bold))
    return sum(advances[c] for c in str(text)) * size / _REFERENCE * PT


def _figure(chart, canvas, roles, part=None):
    """A Figure holding the chart's marks (and texts): artists placed straight on the figure in millimetres, y down,
    through one transform (no Axes: an Axes and its tick machinery cost more than the whole chart)."""
    mpl = _matplotlib()
    fig = mpl["Figure"](figsize=(chart.width / 25.4, chart.height / 25.4), dpi=72)
    mpl[canvas](fig)
    fig.patch.set_facecolor("none" if part == "data" else "white")  # the data lies over its frame
    # mm (y down) -> inches (y up) -> the figure's pixels at whatever dpi it is saved with
    mm = mpl["Affine2D"]().scale(1 / 25.4, -1 / 25.4).translate(0, chart.height / 25.4) + fig.dpi_scale_trans
    rectangle, line = mpl["Rectangle"], mpl["Line2D"]
    for mark in chart.marks:
        if part is not None and mark.frame != (part == "frame"):
            continue
        if hasattr(mark, "w"):
            artist = rectangle((mark.x, mark.y), mark.w, mark.h, facecolor=mark.fill, edgecolor=mark.edge or "none",
                               linewidth=mark.edge_width if mark.edge else 0.0)
        else:
            points = [p if p is not None else (float("nan"), float("nan")) for p in mark.points]
            xs, ys = zip(*points) if points else ((), ())
            artist = line(xs, ys, color=mark.colour, linewidth=mark.width, linestyle=(0, (4, 2)) if mark.dash else "-",
                          marker="o" if mark.marker else "None", markersize=mark.marker, markerfacecolor=mark.colour,
                          markeredgewidth=0, solid_capstyle="butt", dash_capstyle="butt")
        artist.set_transform(mm)
        artist.set_clip_on(False)
        if mark.gid:
            artist.set_gid(mark.gid)
        fig.add_artist(artist)
    text = mpl["Text"]
    for i, t in enumerate(chart.texts):
        if (roles is None or t.role in roles) and part != "data":
            artist = text(t.x, t.y, t.text, fontproperties=_font_properties(t.bold), color=t.colour, ha=t.ha, va=t.va,
                          transform=mm, clip_on=False, gid=f"text:{t.role or 'text'}:{i}")
            artist.set_fontsize(t.size)
            fig.add_artist(artist)
    return fig


def svg(chart, roles=None, part=None):
    """The chart as SVG bytes: its marks and the texts of `roles` (None: every text; a print layout places the
    others as labels of its own). `part`: 'frame' (frame marks and the texts), 'data' (the other marks, no text) or
    None (all): a print layout lays the data of each chart over a frame it draws once per scale."""
    fig = _figure(chart, "svg", roles, part)
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def png(chart, dpi=150, roles=None):
    """The chart as PNG bytes at `dpi`."""
    fig = _figure(chart, "agg", roles)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def to_bytes(chart, kind):
    """'svg' or 'png' bytes of the whole chart (every text drawn)."""
    return svg(chart) if kind == "svg" else png(chart)
