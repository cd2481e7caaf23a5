"""The print layout of the per-gemeente annex: page 1 from the template (maps, legends, scale bars), the tables
as native layout tables on the pages after it, and the PDF export.

Native items only (QgsLayoutItemManualTable, labels): the HTML frame needs QtWebKit, which Debian's QGIS 3.40/3.44
and every Qt 6 build lack, and renders blank there. The table pages are laid out here, row by row, so that a long
table continues on the next page under its heading and column headers.
"""
import os

from qgis.core import QgsExpression
from qgis.core import QgsFillSymbol
from qgis.core import QgsLayoutExporter
from qgis.core import QgsLayoutFrame
from qgis.core import QgsLayoutItemLabel
from qgis.core import QgsLayoutItemManualTable
from qgis.core import QgsLayoutItemPage
from qgis.core import QgsLayoutMultiFrame
from qgis.core import QgsLayoutPoint
from qgis.core import QgsLayoutSize
from qgis.core import QgsLayoutTable
from qgis.core import QgsLayoutTableColumn
from qgis.core import QgsLayoutTableStyle
from qgis.core import QgsPalLayerSettings
from qgis.core import QgsPrintLayout
from qgis.core import QgsProject
from qgis.core import QgsProperty
from qgis.core import QgsReadWriteContext
from qgis.core import QgsRuleBasedRenderer
from qgis.core import QgsSingleSymbolRenderer
from qgis.core import QgsTableCell
from qgis.core import QgsTextBufferSettings
from qgis.core import QgsTextFormat
from qgis.core import QgsVectorLayerSimpleLabeling
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.annex import DIFF_HEADERS
from ..core.annex import GROUP_HEADERS
from ..core.annex import TABLES
from ..core.annex import column_kinds
from ..core.annex import table_titles
from ..core.charts import render
from ..core.charts.builders import wrap
from ..core.charts.spec import line_height
from ..core.errors import LbmInputError
from ..core.i18n import tr
from ..core.levels import LEVELS
from ..core.numformat import TEXT
from ..core.numformat import format_value
from .charts import LayoutCharts
from .compat import LABEL_HORIZONTAL
from .compat import LAYOUT_MM
from .compat import RENDER_POINTS
from .compat import TEXT_AS_TEXT
from .compat import dom_parse
from .compat import set_label_font
from .layout_items import FONT
from .layout_items import Kept
from .layout_items import Pool

MM = LAYOUT_MM
LEFT, WIDTH, TOP, BOTTOM = 12.0, 186.0, 14.0, 280.0  # table pages: text block on A4 portrait (mm)
CELL_MARGIN, ROW, GRID = 1.2, 2.6, 0.2
PITCH = ROW + 2 * CELL_MARGIN + GRID  # one table row as drawn (mm), measured on QGIS 3.22
HEADER = 5.0  # the header row (one line, bold 7 pt)
HEADING, GAP = 7.0, 4.0
# Column widths (mm, without the cell margins) by header; the area's name takes what is left.
WIDTHS = {"Buurtcode": 17, "Wijkcode": 17, "PC4": 12, "Gridcel": 22, "Code": 22, "Huishoudens": 17, "Woningen": 17,
          "Inwoners": 17, "Cluster": 12, "Metingen onder druk": 28, "Zwakste dimensie": 33, "Verandering afw": 23,
          "Vooral door": 33, "Score overlast en onveiligheid": 44, "Klasse onv": 26, "kenmerk": 110, "gemeente": 32,
          **{f"alle {level.plural}": 32 for level in LEVELS.values()},
          **{f"Alle {level.plural}": 32 for level in LEVELS.values()},
          "Jaar": 10, "Gemeente": 16, "Klasse": 25, "Verandering": 42, "Totaal": 17,
          **{h: 30 for h in GROUP_HEADERS.values()}, **{h: 18 for h in DIFF_HEADERS.values()}}
CLASS_WIDTH = 23
HEADER_NAMES = {"kenmerk": "Kenmerk", "gemeente": "Gemeente", "Klasse onv": "Klasse",
                **{f"alle {level.plural}": f"Alle {level.plural}" for level in LEVELS.values()}}
LABEL_SIZE = 6.5  # points: the areas' names or codes on the maps
TEXT_SIZE = 8  # points: sentences (the annex's text, notes, sources)


# Items a template must have: the annex's title and its map of score classes. The others (ondertitel,
# kaart_verandering, legenda_klassen, legenda_verandering) are filled where the template has them.
REQUIRED_ITEMS = ("titel", "kaart_klassen")


def check_template(path):
    """Refuse a template that load_template would refuse, before any annex work (nothing is kept)."""
    project = QgsProject()
    try:
        layout = load_template(path, project)
        del layout  # the layout goes before its project, or QGIS crashes
    finally:
        del project


def load_template(path, project):
    """A print layout of `project` from the template at `path`, checked in full: it must parse as XML, be a layout
    template and hold the REQUIRED_ITEMS; otherwise an error names the file, the line or the missing items."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except UnicodeDecodeError as exc:
        raise LbmInputError(tr("the layout template {path} is not a text file in UTF-8 ({exc})").format(path=path, exc=exc)) from exc
    doc = QDomDocument()
    ok, error, line, column = dom_parse(doc, text)
    if not ok:
        raise LbmInputError(tr("the layout template {path} is not well-formed XML (line {line}, column {column}: {error}); a file "
                               "cut off part-way ends like this. Save the template again from QGIS's layout designer.").format(
                               path=path, line=line, column=column, error=error))
    if doc.documentElement().tagName() != "Layout":
        raise LbmInputError(tr("{path} is not a QGIS print-layout template (.qpt): its root element is <{tag}>, not "
                               "<Layout>").format(path=path, tag=doc.documentElement().tagName()))
    layout = QgsPrintLayout(project)
    _, loaded = layout.loadFromTemplate(doc, QgsReadWriteContext())
    missing = [i for i in REQUIRED_ITEMS if layout.itemById(i) is None]
    if not loaded or missing:
        ids = sorted(i.id() for i in layout.items() if hasattr(i, "id") and i.id())
        del layout
        raise LbmInputError(tr("the layout template {path} lacks the item(s) {missing} that the annex needs (a label with id "
                               "'titel' and a map with id 'kaart_klassen'); it has {ids}").format(
                               path=path, missing=", ".join(missing) or "?", ids=", ".join(ids) or tr("no items with an id")))
    return layout


class _Reused:
    """The labels, tables and pages the cursor fills, kept from one annex to the next (processing/layout_items.py):
    `release` before an annex, `finish` after it hides what it did not use and leaves unused pages out of exports."""

    def _reuse(self, layout, fixed_pages):
        self.layout, self.fixed_pages = layout, fixed_pages
        self._labels = Pool(lambda: Kept(_label(self.layout, "", TEXT_SIZE)))
        self._tables = Pool(lambda: _KeptTable(*_new_table(self.layout)))
        self._pages = Pool(self._new_page)

    def _new_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        return _KeptPage(page)

    def take_label(self, text, size, bold=False, align=Qt.AlignmentFlag.AlignLeft):
        label = self._labels.take()
        label.font(size, bold)
        label.text(text)
        label.align(align)
        label.show()
        return label

    def take_table(self):
        table = self._tables.take()
        table.frame.show()
        return table

    def take_page(self):
        """The number of a further A4 page (one left out of exports since an earlier annex, or a new one)."""
        self._pages.take().exported(True)
        return self.fixed_pages + self._pages.used - 1

    def pages_used(self):
        return self.fixed_pages + self._pages.used

    def release(self):
        for pool in (self._labels, self._tables, self._pages):
            pool.release()

    def finish(self):
        self._labels.finish(lambda label: label.show(False))
        self._tables.finish(lambda table: table.frame.show(False))
        self._pages.finish(lambda page: page.exported(False))

    def drop_reused(self):
        for pool in (self._labels, self._tables, self._pages):
            pool.clear()


class _KeptTable:
    """A styled manual table with its one frame; headers, widths and row heights set only when they change."""

    def __init__(self, table, frame):
        self.table, self.frame, self.shape = table, Kept(frame), None

    def fill(self, headers, widths, rows):
        shape = ([(h.heading(), h.hAlignment()) for h in headers], list(widths), len(rows))
        if shape != self.shape:
            # emptied first: every setter lays the table out again, which costs little for an empty one
            self.table.setTableContents([])
            self.table.setHeaders(headers)
            self.table.setColumnWidths(widths)
            self.table.setRowHeights([ROW] * len(rows))
            self.shape = shape
        self.table.setTableContents(rows)


class _KeptPage:
    def __init__(self, page):
        self.page, self.state = page, None

    def exported(self, yes):
        if self.state != yes:
            self.page.setExcludeFromExports(not yes)
            self.state = yes


class AnnexLayout(_Reused):
    """One layout for all annexes of a run: `fill` it for a gemeente (after the atlas moved there), then `export`."""

    def __init__(self, template_path, buurt_layer, gem_layer, gem_code_field, buurt_gm_expression, label_field,
                 renderers, project=None, level=LEVELS["buurt"], unit="huishoudens"):
        """`renderers`: {'classes': renderer, 'change': renderer or None} from the run's styling specs;
        `buurt_gm_expression`: a QGIS expression giving an area's gemeente code; `label_field`: the areas' name or
        code, drawn on both maps (not for 100 m cells); `level`: what the areas are (core/annex.Level)."""
        self.project = project or QgsProject()
        self.level, self.unit = level, unit
        self._gem_code_field = gem_code_field
        self.project.setCrs(buurt_layer.crs())
        here = f"({buurt_gm_expression}) = attribute(@atlas_feature, {QgsExpression.quotedString(gem_code_field)})"
        others = buurt_layer.clone()
        others.setName(f"Overige {level.plural}")
        others.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "#e6e6e6", "outline_color": "#ffffff", "outline_width": "0.1"})))
        self.layers = {}
        for key, title in (("classes", "Scoreklassen"), ("change", "Verandering")):
            if renderers.get(key) is None:
                continue
            lyr = buurt_layer.clone()
            lyr.setName(title)
            lyr.setRenderer(_only_where(renderers[key], here))
            self.layers[key] = lyr
        if label_field and level.key != "grid":  # cells of 100 m never hold a readable label at gemeente scale
            for lyr in self.layers.values():
                lyr.setLabeling(_area_labels(label_field, here))
                lyr.setLabelsEnabled(True)
        self.coverage = gem_layer.clone()
        self.coverage.setName("Gemeentegrens")
        self.coverage.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#222222", "outline_width": "0.5"})))
        for lyr in [others, *self.layers.values(), self.coverage]:
            self.project.addMapLayer(lyr)
        self.layout = load_template(template_path, self.project)
        self.template_pages = self.layout.pageCollection().pageCount()
        self._reuse(self.layout, self.template_pages)
        for key in ("classes", "change"):
            suffix = "klassen" if key == "classes" else "verandering"
            m = self.layout.itemById(f"kaart_{suffix}")
            if m is not None and key in self.layers:
                m.setLayers([self.coverage, self.layers[key], others])
                m.setKeepLayerSet(True)
            legend = self.layout.itemById(f"legenda_{suffix}")
            if legend is not None and key in self.layers:
                root = legend.model().rootGroup()
                root.clear()
                root.addLayer(self.layers[key])
                legend.updateLegend()
        self._map_sizes = [(m, m.sizeWithUnits()) for m in (self.layout.itemById(i) for i in ("kaart_klassen", "kaart_verandering"))
                           if m is not None]
        self.atlas = self.layout.atlas()
        self.atlas.setCoverageLayer(self.coverage)
        self.atlas.setEnabled(True)
        self.charts = LayoutCharts(self.layout)  # the charts' pictures and labels, kept from one annex to the next

    def select(self, codes):
        """Run the atlas over these gemeente codes only, sorted."""
        field = QgsExpression.quotedColumnRef(self._gem_code_field)
        self.atlas.setFilterFeatures(True)
        self.atlas.setFilterExpression(f"{field} IN (" + ", ".join(QgsExpression.quotedString(c) for c in codes) + ")")
        self.atlas.setSortFeatures(True)
        self.atlas.setSortExpression(field)

    def seek(self, n):
        """Move the atlas to its n-th gemeente. The maps keep their size: the atlas fits a boundary given in another
        CRS (CBS's files are in WGS 84) by resizing the map item, so the extent is fitted again at the template's size."""
        self.atlas.seekTo(n)
        for m, size in self._map_sizes:
            if m.sizeWithUnits() != size:
                extent = m.extent()
                m.attemptResize(size)
                m.zoomToExtent(extent)

    def hide_change(self, sentence):
        """Single-year layers: the change map, its legend and scale bar give way to one sentence."""
        m = self.layout.itemById("kaart_verandering")
        if m is None:
            return
        for item in self.layout.items():
            if hasattr(item, "id") and item.id().endswith("_verandering") and item.id() != "kop_verandering":
                item.setVisibility(False)
        pos = m.positionWithUnits()
        label = _label(self.layout, sentence, 9)
        label.attemptMove(QgsLayoutPoint(pos.x(), pos.y() + 4, MM), page=m.page())
        label.attemptResize(QgsLayoutSize(WIDTH, 20, MM))
        kop = self.layout.itemById("kop_verandering")
        if kop is not None:
            kop.setText("Verandering")

    def clear(self):
        """Start the next gemeente's table pages: the last one's labels, tables, charts and pages are filled anew, and
        what the next one does not use is hidden when it is filled (`fill` ends with `finish`)."""
        self.release()
        self.charts.release()

    def fill(self, name, code, tables, notes, title, subtitle, sources, charts=None, svgs=None):
        """The texts and table pages of one gemeente; the atlas must stand on it. `charts`: {table: Chart} drawn
        above that table, `svgs`: {table: the chart's drawing} (LayoutCharts.drawn)."""
        self.clear()
        for item_id, text in (("titel", title), ("ondertitel", subtitle)):
            item = self.layout.itemById(item_id)
            if item is not None:
                item.setText(text)
        cursor = _Cursor(self)
        cursor.new_page()
        titles = table_titles(self.level, self.unit)
        charts, svgs = charts or {}, svgs or {}
        for t in TABLES:
            if t not in tables:  # a section the run did not ask for (POSITION without a ranking)
                continue
            if t == "tekst":
                cursor.heading(titles[t])
                if tables.get(t) is not None:
                    cursor.paragraph(" ".join(tables[t]["tekst"]))
                continue
            if t != "samenvatting":  # the key figures follow the text under its heading
                cursor.heading(titles[t], charts[t].height + 2 if t in charts and tables.get(t) is not None else None)
            if t in charts and tables.get(t) is not None:
                cursor.chart(charts[t], svgs[t])
            if tables.get(t) is None:
                cursor.text(notes.get(t, f"Niet te bepalen met {self.level.layer}."))
            elif len(tables[t]) == 0:
                cursor.text(f"Geen {self.level.plural}.")
            else:
                cursor.table(tables[t], titles[t])
        cursor.heading("Bronnen en criteria")
        cursor.paragraph(sources)
        n = self.pages_used()
        for p in range(n):
            label = self.take_label(f"{name} ({code}) — pagina {p + 1} van {n}", 7, align=Qt.AlignmentFlag.AlignRight)
            label.place(LEFT, 287, WIDTH, 5, p)
        self.finish()
        self.charts.finish()

    def close(self):
        """Delete the layout and its project now: left to Python (a traceback keeps frames alive) they could outlive
        QGIS and crash it on exit."""
        self.charts.close()
        self.drop_reused()
        self.layers, self.coverage, self.atlas, self._map_sizes = {}, None, None, []
        self.layout = None
        self.project.removeAllMapLayers()
        self.project = None

    def export(self, path, title, subject, keywords):
        """The PDF, text as text, with title, subject, author and keywords in its metadata."""
        _export(self.layout, self.project, path, title, subject, keywords)


def _export(layout, project, path, title, subject, keywords):
    """A layout as PDF, text as text, with title, subject, author and keywords in its metadata."""
    md = project.metadata()
    md.setTitle(title)
    md.setAbstract(subject)
    md.setAuthor("Leefbaarometer-plugin voor QGIS")
    md.setKeywords({"leefbaarometer": list(keywords)})
    project.setMetadata(md)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.exportMetadata = True
    settings.textRenderFormat = TEXT_AS_TEXT
    result = QgsLayoutExporter(layout).exportToPdf(path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise LbmInputError(tr("could not write {path} (layout export error {result})").format(path=path, result=result))
    # Qt's PDF writer does not report a failed write (a full disk): the exporter says Success over a cut-off file.
    # A whole PDF ends with %%EOF; the caller's io.files.writing names a full disk as such.
    if not _pdf_is_whole(path):
        raise LbmInputError(tr("could not write {path}: the PDF ends part-way (the disk may be full)").format(path=path))


def _pdf_is_whole(path):
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(fh.tell() - 64, 0))
            return fh.read().rstrip().endswith(b"%%EOF")
    except OSError:
        return False


def export_overview(path, title, subtitle, chart, tables, titles, notes, sources):
    """The overview of a set of gemeenten as a PDF: title, the chart of gemeenten per class with its table, the largest
    risers and fallers (core/overview.py), sources; on pages of its own layout."""
    page = _Page(QgsProject())
    try:
        cursor = _Cursor(page)
        cursor.new_page()
        cursor._place(page.take_label(title, 14, bold=True), 9)
        cursor.text(subtitle, 8)
        for t, df in tables.items():
            cursor.heading(titles[t], chart.height + 2 if t == "klassenverdeling" else None)
            if t == "klassenverdeling":
                cursor.chart(chart, page.charts.drawn(t, [chart])[0])
            if df is None:
                cursor.text(notes.get(t, ""))
            elif len(df) == 0:
                cursor.text("Geen gemeenten.")
            else:
                cursor.table(df, titles[t])
        cursor.heading("Bronnen en criteria")
        cursor.paragraph(sources)
        page.finish()
        page.charts.finish()
        _export(page.layout, page.project, path, title, subtitle, ["Leefbaarometer", "overzicht"])
    finally:
        page.close()


class _Page(_Reused):
    """A layout of its own (no template, no atlas) for pages the cursor fills: the overview."""

    def __init__(self, project):
        self.project = project
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        layout.pageCollection().deletePage(0)
        self._reuse(layout, 0)
        self.charts = LayoutCharts(layout)

    def close(self):
        self.charts.close()
        self.drop_reused()
        self.layout = None
        self.project = None


class _Cursor:
    """Where the next item goes on the table pages; adds a page when the next one does not fit."""

    def __init__(self, annex):
        self.annex, self.layout = annex, annex.layout
        self.page, self.y = -1, TOP

    def new_page(self):
        self.page, self.y = self.annex.take_page(), TOP

    def _place(self, item, height):
        item.place(LEFT, self.y, WIDTH, height, self.page)
        self.y += height

    def heading(self, text, keep=None):
        """A heading; it keeps at least three table rows, or `keep` mm (a chart), with it on its page."""
        keep = HEADER + 3 * PITCH if keep is None else keep
        if self.y + HEADING + keep > BOTTOM:
            self.new_page()
        elif self.y > TOP:
            self.y += GAP
        self._place(self.annex.take_label(text, 10, bold=True), HEADING)

    def text(self, text, height=10):
        if self.y + height > BOTTOM:
            self.new_page()
        self._place(self.annex.take_label(text, TEXT_SIZE), height)

    def paragraph(self, text):
        """A text of several lines, as high as it wraps (measured with the charts' font metrics, a little narrower
        than the label, so that QGIS never needs more lines than measured)."""
        lines = sum(len(wrap(part, WIDTH - 6, TEXT_SIZE, render.text_width)) for part in text.split("\n"))
        self.text(text, lines * line_height(TEXT_SIZE) + 3)

    def chart(self, chart, svg):
        """A chart (core/charts) with its drawing `svg`: the picture and its searchable texts as labels."""
        if self.y + chart.height > BOTTOM:
            self.new_page()
        elif self.y > TOP:
            self.y += 1.0
        self.annex.charts.place(chart, svg, LEFT, self.y, self.page)
        self.y += chart.height + 2.0

    def table(self, df, title):
        rows = [[_cell(v, k, a) for v, k, a in zip(r, kinds, right)] for r, kinds, right in _rows_with_kinds(df)]
        headers, widths = _columns(df)
        start = 0
        while start < len(rows):
            room = int((BOTTOM - self.y - HEADER) // PITCH)
            if room < 3:
                self.new_page()
                self._place(self.annex.take_label(f"{title} (vervolg)", 10, bold=True), HEADING)
                continue
            chunk = rows[start:start + room]
            self._table(headers, widths, chunk)
            start += len(chunk)

    def _table(self, headers, widths, rows):
        table = self.annex.take_table()
        table.fill(headers, widths, rows)
        height = HEADER + len(rows) * PITCH + 1
        table.frame.place(LEFT, self.y, WIDTH, height, self.page)
        self.y += height


def _new_table(layout):
    """A manual table of the annex's style with one frame, added to `layout`: (table, frame)."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setContentTextFormat(_format(6.5))
    table.setHeaderTextFormat(_format(7, bold=True))
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(GRID)
    table.setGridColor(QColor("#999999"))
    table.setVerticalGrid(False)
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    style = QgsLayoutTableStyle()
    style.enabled = True
    style.cellBackgroundColor = QColor("#e8eef4")
    table.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, style)
    table.setIncludeTableHeader(True)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    return table, frame


def _rows_with_kinds(df):
    """(row values, kinds per cell): the summary has a kind per row, the other tables per column."""
    row_kinds = df.attrs.get("row_kinds")
    col_kinds = list(column_kinds(df).values())
    for i, r in enumerate(df.itertuples(index=False, name=None)):
        if row_kinds is not None:
            yield r, [TEXT] + [row_kinds[i]] * (len(df.columns) - 1), [False] + [True] * (len(df.columns) - 1)
        else:
            yield r, col_kinds, [k != TEXT for k in col_kinds]


def _cell(value, kind, right):
    cell = QgsTableCell(format_value(value, kind))
    if right:  # numbers right-aligned (and the summary's values, whatever their kind)
        cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
    return cell


def _columns(df):
    """Layout table columns (Dutch headers, numbers right-aligned) and their widths."""
    own_widths = df.attrs.get("widths", {})
    fixed = [own_widths.get(c, WIDTHS.get(c, CLASS_WIDTH if str(c).startswith("Klasse ") else None)) for c in df.columns]
    margins = 2 * CELL_MARGIN * len(fixed)
    rest = WIDTH - margins - sum(w for w in fixed if w)
    own = column_kinds(df)
    # What is left goes to the columns without a width: a name column (text) keeps at least 20 mm, a number 12.
    widths = [w if w else max(rest / max(fixed.count(None), 1), 20 if own[c] == TEXT else 12)
              for c, w in zip(df.columns, fixed)]
    kinds = df.attrs.get("row_kinds")
    headers = []
    for c in df.columns:
        col = QgsLayoutTableColumn(HEADER_NAMES.get(c, c))
        numeric = (c != df.columns[0]) if kinds is not None else own[c] != TEXT
        col.setHAlignment(Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
        headers.append(col)
    return headers, widths


def _format(size, bold=False):
    font = QFont(FONT)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(RENDER_POINTS)
    return fmt


def _label(layout, text, size, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(FONT, size)
    font.setBold(bold)
    set_label_font(label, font)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    return label


def _only_where(renderer, condition):
    """The renderer as rules that draw only features meeting `condition` (the atlas gemeente's own buurten);
    legend labels stay those of the renderer."""
    rules = QgsRuleBasedRenderer.convertFromRenderer(renderer)
    children = rules.rootRule().children()
    others = [r.filterExpression() for r in children if r.filterExpression() and not r.isElse()]
    for rule in children:
        own = rule.filterExpression()
        if rule.isElse():  # an ELSE rule cannot be combined: spell out what it means
            own = "NOT (" + " OR ".join(f"({f})" for f in others) + ")" if others else ""
            rule.setIsElse(False)
        rule.setFilterExpression(f"({own}) AND {condition}" if own else condition)
    return rules


def _area_labels(field, condition):
    """The areas' names or codes, only in the atlas gemeente, on a white halo. A label starts inside its area and
    may reach over its edge, so that the small areas of a town centre are labelled too (all 30 PC4 areas of
    's-Hertogenbosch at the template's scale; only labels that fit whole inside left 13 of them out, and all but one
    of Groningen's buurt names); labels never overlap each other (QGIS's engine leaves out the ones that would), so a
    dense gemeente shows fewer labels rather than a clutter of them."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.placement = LABEL_HORIZONTAL
    settings.fitInPolygonOnly = False
    fmt = _format(LABEL_SIZE)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.5)
    buffer.setColor(QColor(255, 255, 255, 200))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    props = settings.dataDefinedProperties()
    props.setProperty(QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(condition))
    settings.setDataDefinedProperties(props)
    return QgsVectorLayerSimpleLabeling(settings)
