"""The area profile: the selected area's five dimension scores and its total score per year, as horizontal bars.

What the chart shows and how it is laid out is core/charts/builders.area_profile (labels, bars and values each in
their own room at any width, negative scores included; labels above their bars in a narrow dock); it is drawn by
matplotlib (core/charts/render.py) as SVG and shown here with QSvgRenderer. The panel decides when and how wide:
a new area is drawn at once, a resize of the dock after a short pause (drawing takes tens of milliseconds, a drag
sends many resizes). The widget asks for the height the chart needs at its width (the dock scrolls when shorter).
Numbers are in the user's locale (QGIS's), with a true minus sign.
"""
from qgis.PyQt.QtCore import QByteArray
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtGui import QFontMetricsF
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import QSizePolicy
from qgis.PyQt.QtWidgets import QWidget

from ..core.charts import builders
from ..core.charts import render
from ..core.errors import LbmInputError
from ..core.i18n import tr
from ..processing.charts import locale_number

RENDER_DELAY_MS = 150  # after the last resize
PAD = 4  # px around the message shown without an area


class AreaProfile(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LeefbaarometerAreaProfile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFont(QFont(render.FONT, int(builders.PANEL_SIZE)))
        self._renderer, self._drawn_width, self._problem = None, None, ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self._draw)
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

    def _mm(self, px):
        return px * 25.4 / max(self.logicalDpiX(), 1)

    def _px(self, mm):
        return mm * max(self.logicalDpiX(), 1) / 25.4

    def chart(self, width):
        """The chart (core/charts/spec.Chart, in mm) at a width in pixels."""
        return builders.area_profile(self._mm(width), render.text_width, locale_number, self.title, self.dims,
                                     self.dims_year, self.totals)

    def svg(self, width):
        """What the panel shows at a width in pixels, as SVG (its size in points: 1 pt on the page is 1 px on a
        96-dpi screen times 72/96; QSvgRenderer scales it to the widget)."""
        return render.svg(self.chart(width))

    def _changed(self):
        if self.title:
            self._draw()
        else:  # no area: a message, no chart (and no matplotlib when QGIS starts with the panel open)
            self._renderer, self._problem = None, ""
            self.update()
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 1)))
        self.updateGeometry()

    def _draw(self):
        """Draw the chart at the widget's width now."""
        width = max(self.width(), 1)
        try:
            data = self.svg(width)
        except LbmInputError as exc:  # matplotlib is missing: the message names the package
            self._renderer, self._problem = None, str(exc)
        else:
            self._renderer, self._problem = QSvgRenderer(QByteArray(data), self), ""
        self._drawn_width = width
        self.update()

    # --- size ----------------------------------------------------------------------------------------------------

    def hasHeightForWidth(self):  # noqa: N802
        return True

    def heightForWidth(self, width):  # noqa: N802
        if not self.title or self._problem:
            return int(self._message_rect(width).height() + 2 * PAD + 0.999)
        try:
            return int(self._px(self.chart(width).height) + 0.999)
        except LbmInputError:
            return 80

    def sizeHint(self):  # noqa: N802
        size = super().sizeHint()
        size.setHeight(self.heightForWidth(max(self.width(), 200)))
        return size

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(event.size().width()))
        if self.title and event.size().width() != self._drawn_width:
            self._timer.start()  # drawn again once the resizing pauses

    def _message(self):
        return self._problem or tr("Select an area on the map to see its profile.")

    def _message_rect(self, width):
        return QFontMetricsF(self.font()).boundingRect(QRectF(PAD, PAD, max(width - 2 * PAD, 1), 1e6),
                                                       int(Qt.TextFlag.TextWordWrap), self._message())

    # --- showing -------------------------------------------------------------------------------------------------

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if self._renderer is not None and self._renderer.isValid():
            size = self._renderer.defaultSize()  # points; shown at the size it was drawn for
            scale = self._drawn_width / max(size.width(), 1)
            self._renderer.render(p, QRectF(0, 0, self._drawn_width, size.height() * scale))
        else:
            p.setPen(QColor("#666666"))
            p.drawText(self._message_rect(self.width()), int(Qt.TextFlag.TextWordWrap), self._message())
        p.end()
