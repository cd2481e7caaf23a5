"""Layout items kept from one annex to the next, and told only what changed.

An annex run fills one print layout hundreds of times. Creating its labels, tables and pages anew for every
gemeente cost more than exporting it (on QGIS 3.22 a label takes 2–5 ms to create, it sets up a web page for HTML
labels; a styled table 25–30 ms, every setter lays it out again; deleting a page 25 ms). A kept item remembers what
it was last given, so that a setter QGIS would redo work for is only called when the value changes.
"""
from qgis.core import QgsLayoutPoint
from qgis.core import QgsLayoutSize
from qgis.PyQt.QtGui import QFont

from .compat import LAYOUT_MM
from .compat import set_label_font

FONT = "DejaVu Sans"  # the charts' font (matplotlib ships it) and the annexes'


class Kept:
    """A layout item (label, picture, table frame) and the state last given to it."""

    __slots__ = ("item", "_state")

    def __init__(self, item):
        self.item, self._state = item, {}

    def _changed(self, key, value):
        if self._state.get(key, _UNSET) == value:
            return False
        self._state[key] = value
        return True

    def show(self, visible=True):
        if self._changed("visible", visible):
            self.item.setVisibility(visible)

    def place(self, x, y, width, height, page):
        """Position (mm) on a page, and size (mm)."""
        if self._changed("position", (x, y, page)):
            self.item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM), page=page)
        if self._changed("size", (width, height)):
            self.item.attemptResize(QgsLayoutSize(width, height, LAYOUT_MM))

    def font(self, size, bold=False, colour=None):
        """A label's font (points) and colour."""
        if self._changed("font", (size, bold, colour)):
            font = QFont(FONT)
            font.setPointSizeF(size)
            font.setBold(bold)
            set_label_font(self.item, font, colour)

    def text(self, text):
        if self._changed("text", text):
            self.item.setText(text)

    def picture(self, path):
        """A picture item's file (read again only when it is another file)."""
        if self._changed("path", path):
            self.item.setPicturePath(path)

    def align(self, horizontal, vertical=None):
        if self._changed("halign", horizontal):
            self.item.setHAlign(horizontal)
        if vertical is not None and self._changed("valign", vertical):
            self.item.setVAlign(vertical)


class Pool:
    """Items of one kind, made by `make()` when more are needed: `take` the next one; `release` before an annex,
    `finish` after it (hides those the annex did not take)."""

    def __init__(self, make):
        self.make, self.items, self.used = make, [], 0

    def take(self):
        if self.used == len(self.items):
            self.items.append(self.make())
        item = self.items[self.used]
        self.used += 1
        return item

    def release(self):
        self.used = 0

    def finish(self, hide):
        for item in self.items[self.used:]:
            hide(item)

    def clear(self):
        self.items, self.used = [], 0


_UNSET = object()
