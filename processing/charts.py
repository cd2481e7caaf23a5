"""Charts (core/charts) as Processing outputs and in print layouts.

- `write_chart`: a chart as a file output, SVG or PNG by the file's extension, written atomically (whole or absent).
- `LayoutCharts`: a chart in a print layout. Its marks go in as a picture (SVG, drawn by matplotlib); the texts a
  reader may search (titles, headings, legend names, values, class names, notes) go in as native layout labels at
  the places the builder gave them, because text inside a picture reaches a PDF as outlines that no PDF reader
  finds. Tick numbers and years stay in the picture: they are part of the drawing, and the values themselves are
  in the table below each chart.
- `locale_number`: numbers in the user's locale with a true minus sign (the panel and the tools' own charts).

Layout labels are expensive to create on QGIS 3.22 (2–5 ms each: the constructor sets up a web page for HTML
labels), so one LayoutCharts keeps its labels and pictures for the next annex and only changes their text and
place (processing/layout_items.py). A chart goes in as two pictures: its frame (grid lines, tick numbers and years),
drawn once per scale for the whole run, and its data over it; the drawings are made by a worker thread ahead of
the annex that needs them, while the main thread exports the PDF of the one before.
"""
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor

from qgis.core import QgsLayoutItemLabel
from qgis.core import QgsLayoutItemPicture
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtCore import Qt

from ..core.charts import render
from ..core.charts.spec import line_height
from ..core.numformat import MINUS
from .io.files import atomic_file
from .layout_items import Kept
from .layout_items import Pool

NATIVE_ROLES = frozenset({"title", "heading", "legend", "value", "label", "note"})
DRAWN_ROLES = frozenset({"tick"})
_SLACK = 1.5  # mm added to a label's measured width: QGIS and matplotlib round glyph advances differently


def locale_number(value, decimals, sign=False):
    """`value` in the user's locale (QGIS's: 0,123 in Dutch, 0.123 in English) with a true minus sign."""
    text = QLocale().toString(float(value), "f", int(decimals)).replace("-", MINUS)
    return "+" + text if sign and round(float(value), int(decimals)) > 0 else text


def write_chart(path, chart):
    """The chart as a file, SVG or PNG by the extension of `path` (PNG at 150 dpi), whole or absent."""
    kind = "svg" if str(path).lower().endswith(".svg") else "png"
    data = render.to_bytes(chart, kind)

    def write(tmp):
        with open(tmp, "wb") as fh:
            fh.write(data)

    atomic_file(path, write)
    return path


def frame_svg(chart):
    """The SVG of a chart's frame as a print layout shows it: grid lines and the texts that stay in the drawing (tick
    numbers and years)."""
    return render.svg(chart, roles=DRAWN_ROLES, part="frame")


def data_svg(chart):
    """The SVG of a chart's data (lines, bars, legend samples) on a transparent ground, laid over its frame."""
    return render.svg(chart, part="data")


class LayoutCharts:
    """Charts in one print layout, for a run of many annexes: pictures and labels are kept and reused
    (processing/layout_items.py); `release` before an annex, `finish` after it."""

    def __init__(self, layout):
        self.layout = layout
        self.folder = tempfile.mkdtemp(prefix="lbm_charts_")
        self._labels = Pool(self._new_label)
        self._frames = Pool(self._new_picture)  # made before the data pictures: they lie under them
        self._pictures = Pool(self._new_picture)
        self._count = 0
        self._executor = None
        self._pending = {}
        self._frame_svgs = {}  # frame key -> future of its SVG (one drawing per scale, for all annexes of the run)
        self._frame_paths = {}  # frame key -> its file

    @property
    def executor(self):
        """The worker thread that draws the charts ahead (and may take other work of the run: files to write)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lbm-charts")
        return self._executor

    # --- drawing ahead --------------------------------------------------------------------------------------

    def prepare(self, key, charts):
        """Start drawing `charts` (a list) for `key` (a gemeente) in the worker thread: their data, and the frame of
        any scale not drawn before."""
        self._pending[key] = [self._submit(c) for c in charts]

    def _submit(self, chart):
        frame = chart.frame_key(DRAWN_ROLES)
        if frame not in self._frame_svgs:
            self._frame_svgs[frame] = self.executor.submit(frame_svg, chart)
        return frame, self.executor.submit(data_svg, chart)

    def drawn(self, key, charts):
        """The drawings of `charts` for `key` (what `place` takes): from the worker where prepared, else drawn now."""
        drawings = self._pending.pop(key, None)
        if drawings is None:
            drawings = [self._submit(c) for c in charts]
        return [(frame, data.result()) for frame, data in drawings]

    # --- placing --------------------------------------------------------------------------------------------

    def release(self):
        for pool in (self._labels, self._frames, self._pictures):
            pool.release()

    def finish(self):
        """Hide the pictures and labels the last annex did not use."""
        self._labels.finish(lambda label: label.show(False))
        for pool in (self._frames, self._pictures):
            pool.finish(lambda picture: picture.show(False))

    def place(self, chart, drawing, x, y, page):
        """Put `chart` at (x, y) mm of `page`: its frame and its data (`drawing`, from `drawn`) as two pictures, and
        a label per searchable text."""
        frame, data = drawing
        if frame not in self._frame_paths:  # drawn by the worker, or (a drawing made for another layout) now
            future = self._frame_svgs.get(frame)
            self._frame_paths[frame] = self._file(future.result() if future is not None else frame_svg(chart))
        for pool, path in ((self._frames, self._frame_paths[frame]), (self._pictures, self._file(data))):
            picture = pool.take()
            picture.picture(path)
            picture.place(x, y, chart.width, chart.height, page)
            picture.show()
        for t in chart.texts:
            if t.role in NATIVE_ROLES:
                self._text(t, x, y, page)

    def _file(self, svg):
        """A new file for an SVG (a new name: QGIS caches pictures by their path)."""
        self._count += 1
        path = os.path.join(self.folder, f"chart_{self._count}.svg")
        with open(path, "wb") as fh:
            fh.write(svg)
        return path

    def _new_picture(self):
        picture = QgsLayoutItemPicture(self.layout)
        self.layout.addLayoutItem(picture)
        return Kept(picture)

    def _new_label(self):
        label = QgsLayoutItemLabel(self.layout)
        label.setMarginX(0)
        label.setMarginY(0)
        self.layout.addLayoutItem(label)
        return Kept(label)

    def _text(self, t, x, y, page):
        label = self._labels.take()
        label.font(t.size, t.bold, t.colour)
        label.text(t.text)
        label.align({"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                     "right": Qt.AlignmentFlag.AlignRight}[t.ha], Qt.AlignmentFlag.AlignVCenter)
        width, height = t.width + _SLACK, line_height(t.size) + 0.6
        left, top, right, bottom = t.box()
        left = {"left": left, "center": (left + right - width) / 2, "right": right - width}[t.ha]
        label.place(x + left, y + (top + bottom - height) / 2, width, height, page)
        label.show()

    def close(self):
        if self._executor is not None:
            for drawings in self._pending.values():  # [(frame key, future of the data drawing)]
                for _, f in drawings:
                    f.cancel()
            self._executor.shutdown(wait=True)
            self._executor = None
        self._pending, self._frame_svgs, self._frame_paths = {}, {}, {}
        for pool in (self._labels, self._frames, self._pictures):
            pool.clear()
        shutil.rmtree(self.folder, ignore_errors=True)
