"""The area profile: the selected area's five dimension scores and its total score per year, as horizontal bars.

Every row is a label, a bar from a zero line and the value at the end of the bar, laid out from the font's own
metrics: the label column, the bars and the values each have their own space, so nothing overlaps at any width or
with negative scores. Below a width where a label and a bar no longer fit side by side, the label goes on a line of
its own above its bar. The widget asks for the height its rows need (the dock scrolls when it is shorter).
Colours are the map's class colours (core/views.area_profile); every bar has a darker edge, so that the pale
classes (5 voldoende) stay visible on white.
"""
from dataclasses import dataclass

from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtGui import QFontMetricsF
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtGui import QPen
from qgis.PyQt.QtWidgets import QSizePolicy
from qgis.PyQt.QtWidgets import QWidget

from ..core.i18n import tr

PAD = 4.0  # around the chart and between columns
STACK_BELOW = 300  # px: narrower than this, labels go above their bars
NOTES_FROM = 420  # px: from this width the class is written after each value
TEXT, MUTED, AXIS = QColor("#222222"), QColor("#666666"), QColor("#444444")


@dataclass
class Row:
    label: str
    note: str  # the class, written after the value where there is room
    value: object  # float or None
    colour: str


class AreaProfile(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LeefbaarometerAreaProfile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFont(QFont("DejaVu Sans", 8))
        self.clear()

    # --- content -----------------------------------------------------------------------------------------------

    def clear(self):
        self.title, self.dims, self.dims_year, self.totals = "", [], None, []
        self._changed()

    def set_profile(self, title, dims, dims_year, totals):
        """dims: [(name, score, class label, colour)]; totals: [(year, afw, class label, colour)]
        (core/views.area_profile)."""
        self.title, self.dims, self.dims_year, self.totals = title, dims, dims_year, totals
        self._changed()

    def sections(self):
        """[(heading, [Row])]: what is drawn."""
        if not self.title:
            return []
        dims = [Row(name, label, value, colour) for name, value, label, colour in self.dims]
        totals = [Row(str(year), label, afw, colour) for year, afw, label, colour in self.totals]
        heading = tr("Dimensions {year}").format(year=self.dims_year) if self.dims_year else tr("Dimensions: no scores")
        return [(heading, dims), (tr("Total score (afw) per year"), totals)]

    def _changed(self):
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 1)))
        self.updateGeometry()
        self.update()

    # --- layout --------------------------------------------------------------------------------------------------

    def hasHeightForWidth(self):  # noqa: N802
        return True

    def heightForWidth(self, width):  # noqa: N802
        return int(self._layout(width)[0] + 0.999)

    def sizeHint(self):  # noqa: N802
        size = super().sizeHint()
        size.setHeight(self.heightForWidth(max(self.width(), 200)))
        return size

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(event.size().width()))

    def _layout(self, width):
        """(height, [drawing steps]) for a width: every text and bar gets a rectangle of its own."""
        fm = QFontMetricsF(self.font())
        line = fm.height()
        row_h = line + 4
        steps = []
        if not self.title:
            message = tr("Select an area on the map to see its profile.")
            rect = fm.boundingRect(QRectF(PAD, PAD, width - 2 * PAD, 1e6), Qt.TextFlag.TextWordWrap, message)
            steps.append(("text", QRectF(PAD, PAD, width - 2 * PAD, rect.height()), message, MUTED, Qt.TextFlag.TextWordWrap))
            return PAD * 2 + rect.height(), steps
        y = PAD
        bold = QFont(self.font())
        bold.setBold(True)
        fm_bold = QFontMetricsF(bold)
        title_rect = fm_bold.boundingRect(QRectF(PAD, y, width - 2 * PAD, 1e6), Qt.TextFlag.TextWordWrap, self.title)
        steps.append(("title", QRectF(PAD, y, width - 2 * PAD, title_rect.height()), self.title, TEXT, Qt.TextFlag.TextWordWrap))
        y += title_rect.height() + PAD
        stacked = width < STACK_BELOW
        sections = []
        for heading, rows in self.sections():
            label_w = 0 if stacked else min(max((fm.horizontalAdvance(r.label) for r in rows), default=0), width * 0.45)
            sections.append((heading, rows, label_w, PAD + (label_w + PAD if label_w else 0)))
        right = width - PAD
        # The class after each value where every section's bars keep at least 40 % of the row, else the values alone.
        with_note = width >= NOTES_FROM and all(
            scale is None or scale[1] >= 0.4 * (right - left)
            for _, rows, _, left in sections
            for _, scale in [_scale(fm, rows, [_value_text(r, True) for r in rows], left, right)])
        for heading, rows, label_w, left in sections:
            y += PAD
            steps.append(("heading", QRectF(PAD, y, width - 2 * PAD, line), _elide(fm_bold, heading, width - 2 * PAD), TEXT, 0))
            y += line + 2
            texts = [_value_text(r, with_note) for r in rows]
            zero, scale = _scale(fm, rows, texts, left, right)
            per_unit = scale[0] if scale else 0.0
            top = y
            for row, text in zip(rows, texts):
                if stacked:
                    steps.append(("text", QRectF(PAD, y, width - 2 * PAD, line), _elide(fm, row.label, width - 2 * PAD), TEXT, 0))
                    y += line
                else:
                    steps.append(("text", QRectF(PAD, y, label_w, row_h), _elide(fm, row.label, label_w), TEXT,
                                  Qt.AlignmentFlag.AlignVCenter))
                bar_top, bar_h = y + 2, row_h - 4
                if row.value is None:
                    steps.append(("text", QRectF(zero + PAD, y, max(right - zero - PAD, 1), row_h), text, MUTED,
                                  Qt.AlignmentFlag.AlignVCenter))
                else:
                    end = zero + row.value * per_unit
                    x0, x1 = sorted((zero, end))
                    steps.append(("bar", QRectF(x0, bar_top, max(x1 - x0, 1.0), bar_h), row.colour))
                    if row.value < 0:
                        rect = QRectF(left, y, max(x0 - PAD / 2 - left, 1), row_h)
                        steps.append(("text", rect, text, TEXT, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight))
                    else:
                        rect = QRectF(x1 + PAD / 2, y, max(right - x1 - PAD / 2, 1), row_h)
                        steps.append(("text", rect, text, TEXT, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft))
                y += row_h
            steps.append(("axis", zero, top, y))
        return y + PAD, steps

    # --- drawing -------------------------------------------------------------------------------------------------

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        for step in self._layout(self.width())[1]:
            kind = step[0]
            if kind == "bar":
                _, rect, colour = step
                fill = QColor(colour)
                p.setPen(QPen(fill.darker(170), 1))
                p.setBrush(fill)
                p.drawRect(rect)
            elif kind == "axis":
                _, x, top, bottom = step
                p.setPen(QPen(AXIS, 1))
                p.drawLine(int(round(x)), int(top), int(round(x)), int(bottom))
            else:
                _, rect, text, colour, flags = step
                p.setFont(bold if kind in ("title", "heading") else self.font())
                p.setPen(colour)
                p.drawText(rect, int(flags), text)
        p.end()


def _scale(fm, rows, texts, left, right):
    """(x of the zero line, (px per score unit, px of the bars)) for rows between `left` and `right`, with room
    for the value texts: on the left of negative bars, on the right of the others; None without values."""
    values = [r.value for r in rows if r.value is not None]
    neg = max([-v for v in values if v < 0] + [0.0])
    pos = max([v for v in values if v > 0] + [0.0])
    text_neg = max([fm.horizontalAdvance(t) for r, t in zip(rows, texts) if r.value is not None and r.value < 0] + [0.0])
    text_pos = max([fm.horizontalAdvance(t) for r, t in zip(rows, texts) if r.value is None or r.value >= 0] + [0.0])
    bars_left, bars_right = left + (text_neg + PAD if text_neg else 0), right - (text_pos + PAD if text_pos else 0)
    span = max(bars_right - bars_left, 1.0)
    if neg + pos <= 0:
        return bars_left, None
    return bars_left + span * neg / (neg + pos), (span / (neg + pos), span)


def _value_text(row, with_note):
    """The value in the locale's notation with a true minus sign, and its class where there is room."""
    if row.value is None:
        return tr("no score")
    text = QLocale().toString(float(row.value), "f", 3).replace("-", "\u2212")
    return f"{text} {row.note}" if with_note and row.note else text


def _elide(fm, text, width):
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 1))
