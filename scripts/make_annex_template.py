"""Writes resources/annex_template.qpt, page 1 of the per-gemeente annex (run once; the .qpt is committed).

Page 1: title and subtitle, a map in score classes and a map of the change, each with its legend beside it, a
scale bar and a north arrow. The pages with the tables follow from the export (processing/annex_layout.py), as
native layout tables. Items have ids the export fills in ('titel', 'ondertitel', 'kaart_klassen',
'kaart_verandering', 'legenda_klassen', 'legenda_verandering', 'kop_verandering'; scale bars and north arrows
'schaal_*', 'noord_*'); a user's own template may use any of them. The layout has an atlas over the gemeenten.
"""
import os
import sys

from standalone import ROOT
from standalone import start_qgis


def main():
    start_qgis()
    from qgis.core import QgsCoordinateReferenceSystem
    from qgis.core import QgsLayoutItemLabel
    from qgis.core import QgsLayoutItemLegend
    from qgis.core import QgsLayoutItemMap
    from qgis.core import QgsLayoutItemPage
    from qgis.core import QgsLayoutItemPicture
    from qgis.core import QgsLayoutItemScaleBar
    from qgis.core import QgsLayoutPoint
    from qgis.core import QgsLayoutSize
    from qgis.core import QgsLegendStyle
    from qgis.core import QgsPrintLayout
    from qgis.core import QgsProject
    from qgis.core import QgsReadWriteContext
    from qgis.core import QgsScaleBarSettings
    from qgis.core import QgsUnitTypes
    from qgis.PyQt.QtGui import QFont

    from leefbaarometer.processing.compat import set_label_font

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

    def label(text, x, y, w, h, item_id, size=9, bold=False):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        set_label_font(item, font)
        return place(item, x, y, w, h, item_id)

    label('Leefbaarometer — [% "gm_naam" %] ([% "gm_code" %])', 12, 10, 186, 9, "titel", 15, True)
    label("", 12, 19, 186, 6, "ondertitel", 9)
    for i, (suffix, caption) in enumerate((("klassen", "Scoreklassen"), ("verandering", "Verandering"))):
        y = 28 + i * 128
        label(caption, 12, y, 130, 6, f"kop_{suffix}", 10, True)
        m = QgsLayoutItemMap(layout)
        m.setFrameEnabled(True)
        m.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
        place(m, 12, y + 7, 130, 108, f"kaart_{suffix}")
        m.setAtlasDriven(True)
        m.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        m.setAtlasMargin(0.08)
        scale = QgsLayoutItemScaleBar(layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(m)
        scale.setUnits(QgsUnitTypes.DistanceKilometers)
        scale.setUnitLabel("km")
        scale.setNumberOfSegments(2)
        scale.setNumberOfSegmentsLeft(0)
        scale.setUnitsPerSegment(1)
        scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        scale.setMinimumBarWidth(20)
        scale.setMaximumBarWidth(45)
        scale.setHeight(1.5)
        scale.setFont(QFont("DejaVu Sans", 6))
        place(scale, 13, y + 116, 60, 8, f"schaal_{suffix}")
        north = QgsLayoutItemPicture(layout)
        north.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
        north.setLinkedMap(m)
        north.setNorthMode(QgsLayoutItemPicture.GridNorth)
        place(north, 133, y + 9, 7, 10, f"noord_{suffix}")
        legend = QgsLayoutItemLegend(layout)
        legend.setLinkedMap(m)
        legend.setTitle("")
        legend.setAutoUpdateModel(False)
        legend.setColumnCount(1)
        legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 7))
        legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 8))
        legend.setSymbolHeight(3.5)
        legend.setSymbolWidth(6)
        legend.setResizeToContents(False)
        place(legend, 146, y + 7, 52, 108, f"legenda_{suffix}")

    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    layout.saveAsTemplate(os.path.join(ROOT, "resources", "annex_template.qpt"), QgsReadWriteContext())
    print("wrote resources/annex_template.qpt")


if __name__ == "__main__":
    sys.exit(main())
