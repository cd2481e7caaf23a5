"""The area profile: the selected area's five dimension scores as bars, and its total score over the years."""
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtGui import QPen
from qgis.PyQt.QtWidgets import QSizePolicy
from qgis.PyQt.QtWidgets import QWidget

from ..core.i18n import tr


class AreaProfile(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LeefbaarometerAreaProfile")
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.clear()

    def clear(self):
        self.title, self.dims, self.dims_year, self.totals = "", [], None, []
        self.update()

    def set_profile(self, title, dims, dims_year, totals):
        """dims: [(label, score, colour)]; totals: [(year, afw, class label, colour)]."""
        self.title, self.dims, self.dims_year, self.totals = title, dims, dims_year, totals
        self.update()

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        p.setFont(QFont("DejaVu Sans", 8))
        w, h = self.width(), self.height()
        if not self.title:
            p.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       tr("Select an area on the map to see its profile."))
            return
        p.drawText(QRectF(4, 2, w - 8, 16), Qt.AlignmentFlag.AlignLeft, self.title)
        # Dimensions: horizontal bars around a zero line.
        top, row = 22, 16
        mid = w * 0.62
        scale = (w * 0.34) / max([abs(v) for _, v, _ in self.dims if v is not None] + [0.2])
        p.drawText(QRectF(4, top, w, row), Qt.AlignmentFlag.AlignLeft, tr("Dimensions {year}").format(year=self.dims_year or ""))
        for i, (label, value, colour) in enumerate(self.dims):
            y = top + row * (i + 1)
            p.drawText(QRectF(4, y, mid - 8, row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            if value is not None:
                x0, x1 = sorted((mid, mid + value * scale))
                p.fillRect(QRectF(x0, y + 3, max(x1 - x0, 1), row - 6), QColor(colour))
        p.setPen(QPen(QColor("#444444")))
        p.drawLine(int(mid), top + row, int(mid), top + row * (len(self.dims) + 1))
        # Totals: one bar per year, height by afw, coloured by class.
        base_top = top + row * (len(self.dims) + 2)
        p.drawText(QRectF(4, base_top, w, row), Qt.AlignmentFlag.AlignLeft, tr("Total score (afw) per year"))
        chart_top, chart_bottom = base_top + row, h - 18
        values = [t[1] for t in self.totals if t[1] is not None]
        span = max([abs(v) for v in values] + [0.1])
        zero = (chart_top + chart_bottom) / 2
        bar = (w - 8) / max(len(self.totals), 1)
        for i, (year, afw, _label, colour) in enumerate(self.totals):
            x = 4 + i * bar
            if afw is not None:
                y0, y1 = sorted((zero, zero - 0.9 * afw / span * (chart_bottom - chart_top) / 2))
                p.fillRect(QRectF(x + 2, y0, bar - 4, max(y1 - y0, 1)), QColor(colour))
            p.drawText(QRectF(x, chart_bottom, bar, 16), Qt.AlignmentFlag.AlignCenter, str(year)[2:])
        p.drawLine(4, int(zero), w - 4, int(zero))
