"""What a chart shows, as marks and texts placed on a page: no drawing, no matplotlib, no QGIS.

A builder (core/charts/builders.py) turns figures into a `Chart`; render.py draws its marks (and, for a file or
the panel, its texts) with matplotlib; processing/charts.py puts the marks into a print layout as a picture and
the texts beside them as native layout labels, so that a PDF reader finds them (text inside a picture reaches a
PDF as outlines).

Positions are millimetres from the chart's top-left corner, y downwards (as in a print layout and in Qt); font
sizes are points, line widths points. Marks carry a `gid`: the id of their group in the SVG, which says what they
show (`series:gemeente:afw`, `bar:2022:w13`, `grid-y@afw:-0.1;0.1`), so that a reader of the file (a test) can
recover the plotted values from the drawing itself. Marks flagged `frame` (grid lines), with the tick texts, make
the chart's frame: the same for every chart on the same scale, so a run of annexes draws it once per scale
(render.svg's `part`).
"""
from dataclasses import dataclass
from dataclasses import field

PT = 25.4 / 72  # one point in mm
LINE_SPACING = 1.2  # a text line is this many times its font size high


def line_height(size):
    """The height (mm) of one line of text at `size` points."""
    return size * LINE_SPACING * PT


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # of the anchor: ha says which side of the text x is, va which side of its line y is
    text: str
    size: float = 7.0
    ha: str = "left"  # 'left', 'center', 'right'
    va: str = "center"  # 'top', 'center', 'bottom' of the text's line
    bold: bool = False
    colour: str = "#222222"
    role: str = ""  # 'title', 'heading', 'label', 'value', 'tick', 'legend', 'note'
    width: float = 0.0  # the text's width (mm) as measured by the builder

    def box(self):
        """(left, top, right, bottom) of the text's line (mm)."""
        h = line_height(self.size)
        left = self.x - {"left": 0.0, "center": self.width / 2, "right": self.width}[self.ha]
        top = self.y - {"top": 0.0, "center": h / 2, "bottom": h}[self.va]
        return left, top, left + self.width, top + h


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    edge: str = ""  # '' no edge
    edge_width: float = 0.0  # points
    gid: str = ""
    frame: bool = False  # part of the chart's frame (grid lines): the same for every chart with the same axes

    def box(self):
        return self.x, self.y, self.x + self.w, self.y + self.h


@dataclass(frozen=True)
class Line:
    points: tuple  # ((x, y), …) in mm; None between two points breaks the line (several segments in one mark)
    colour: str
    width: float = 1.0  # points
    dash: bool = False
    marker: float = 0.0  # diameter of a dot at every point (points); 0: none
    gid: str = ""
    frame: bool = False  # part of the chart's frame (grid lines): the same for every chart with the same axes


@dataclass
class Chart:
    """A chart of `width` × `height` mm: `marks` (Rect, Line) in drawing order and `texts`."""

    width: float
    height: float
    marks: list = field(default_factory=list)
    texts: list = field(default_factory=list)
    title: str = ""  # what the chart shows, in one line (a file's title; the layout prints its own heading)

    def text_boxes(self):
        return [(t, t.box()) for t in self.texts]

    def frame_key(self, roles):
        """What the chart's frame shows (its frame marks and the texts of `roles` drawn with them): charts with the
        same key share one drawing of the frame (an annex run draws the frame of a scale once, not per gemeente)."""
        return (self.width, self.height, tuple(m for m in self.marks if m.frame),
                tuple(t for t in self.texts if t.role in roles))
