"""Writes resources/annex_template.qpt, the print layout of the per-gemeente annex (run once; the .qpt is committed).

Page 1: title, a map in score classes and a map of the change, their legends, the summary and the sources.
Page 2 on: the annex tables in an HTML frame that adds pages as needed. Items have ids the export fills in
('titel', 'kaart_klassen', 'kaart_verandering', 'legenda_klassen', 'legenda_verandering', 'samenvatting',
'tabellen', 'bronnen'); a user's own template may use any of them. The layout has an atlas over the gemeenten.
"""
import os
import sys

from standalone import ROOT, start_qgis


def main():
    start_qgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutFrame,
        QgsLayoutItemHtml,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutMultiFrame,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QFont

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    layout.setName("Leefbaarometer bijlage")
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
    mm = QgsUnitTypes.LayoutMillimeters

    def place(item, x, y, w, h, item_id, page=0):
        item.setId(item_id)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, mm), page=page)
        item.attemptResize(QgsLayoutSize(w, h, mm))
        return item

    def label(text, x, y, w, h, item_id, size=9, bold=False, html=False):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        item.setFont(font)
        if html:
            item.setMode(QgsLayoutItemLabel.ModeHtml)
        return place(item, x, y, w, h, item_id)

    label('Leefbaarometer — [% "gm_naam" %] ([% "gm_code" %])', 10, 8, 190, 10, "titel", 16, True)
    for i, (item_id, caption) in enumerate((("kaart_klassen", "Scoreklassen"), ("kaart_verandering", "Verandering"))):
        x = 10 + i * 97
        label(caption, x, 20, 93, 6, f"{item_id}_kop", 10, True)
        m = QgsLayoutItemMap(layout)
        m.setFrameEnabled(True)
        m.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
        place(m, x, 27, 93, 92, item_id)
        m.setAtlasDriven(True)
        m.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        m.setAtlasMargin(0.05)
        legend = QgsLayoutItemLegend(layout)
        legend.setLinkedMap(m)
        legend.setTitle("")
        legend.setAutoUpdateModel(False)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 7))
        legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 8))
        legend.setSymbolHeight(3)
        legend.setSymbolWidth(5)
        legend.setResizeToContents(False)
        place(legend, x, 121, 93, 40, item_id.replace("kaart", "legenda"))
    label("", 10, 163, 190, 100, "samenvatting", 9, html=True)
    label("", 10, 266, 190, 22, "bronnen", 7)

    layout.pageCollection().addPage(QgsLayoutItemPage(layout))
    layout.pageCollection().page(1).setPageSize("A4", QgsLayoutItemPage.Portrait)
    html = QgsLayoutItemHtml(layout)
    html.setContentMode(QgsLayoutItemHtml.ManualHtml)
    html.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    html.setHtml("<p></p>")
    frame = QgsLayoutFrame(layout, html)
    frame.setId("tabellen")
    frame.attemptMove(QgsLayoutPoint(10, 12, mm), page=1)
    frame.attemptResize(QgsLayoutSize(190, 262, mm))
    html.addFrame(frame)
    layout.addMultiFrame(html)

    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    layout.saveAsTemplate(os.path.join(ROOT, "resources", "annex_template.qpt"), QgsReadWriteContext())
    print("wrote resources/annex_template.qpt")


if __name__ == "__main__":
    sys.exit(main())
