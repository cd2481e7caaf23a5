"""scripts/check_qt6.py, the Qt 6 (QGIS 4) readiness check, and metadata.txt's supportsQt6 held to it."""
import importlib.util
import os

from ..helpers import ROOT


def load_check():
    spec = importlib.util.spec_from_file_location("check_qt6", os.path.join(ROOT, "scripts", "check_qt6.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SNIPPET = '''\
from PyQt5.QtCore import Qt as RawQt
from qgis.PyQt.QtCore import QRegExp
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QFont
from qgis.core import Qgis
from qgis.core import QgsLayoutExporter
from qgis.core import QgsWkbTypes
import qgis.PyQt.QtWebKit
dialog.exec_()
a = Qt.AlignLeft | Qt.AlignmentFlag.AlignRight
b = QFont.Bold, QFont.Weight.Bold
c = QgsWkbTypes.PolygonGeometry
d = QgsLayoutExporter.ExportResult.Success, QgsLayoutExporter.exportToPdf
e = QgsWkbTypes.GeometryType.PolygonGeometry
f = QVariant.String  # QtWebKit in a comment is no finding, nor exec_() here
'''


def test_check_finds_each_rule_and_nothing_else():
    from qgis.core import Qgis

    check = load_check()
    found = {(line, rule.split(" (")[0]) for line, rule, _ in check.check_source(SNIPPET)}
    expected = {(1, "imports Qt directly"), (1, "QRegExp"), (9, "QtWebKit"), (10, "exec_()/print_()"),
                (11, "unscoped enum Qt.AlignLeft"), (12, "unscoped enum QFont.Bold"),
                (13, "unscoped enum QgsWkbTypes.PolygonGeometry"), (16, "QVariant type")}
    # QGIS 3.30 moved QgsWkbTypes.GeometryType to Qgis.GeometryType (Polygon); QGIS 4 drops the old names.
    if hasattr(Qgis, "GeometryType"):
        expected.add((15, "old QGIS enum name QgsWkbTypes.GeometryType.PolygonGeometry"))
    assert found == expected


def test_compat_module_may_name_old_qgis_enums():
    check = load_check()
    code = "from qgis.core import QgsWkbTypes\nfrom qgis.PyQt.QtCore import Qt\nX = QgsWkbTypes.PolygonGeometry, Qt.AlignLeft\n"
    assert [r for _, r, _ in check.check_source(code, "processing/compat.py")] == [
        "unscoped enum Qt.AlignLeft (use Qt.<Enum>.AlignLeft)"]


def test_checks_the_shipped_files():
    files = load_check().shipped_files()
    assert "plugin.py" in files and "processing/compat.py" in files and "ui/dock.py" in files
    assert not any(f.startswith(("tests/", "scripts/", "sample/", "benchmarks/")) for f in files)


def test_supports_qt6_declared_exactly_when_the_check_passes():
    """metadata.txt's supportsQt6=True only with no finding; and once there are none, say so there."""
    check = load_check()
    findings = check.check()
    assert check.supports_qt6_declared() == (not findings), f"{len(findings)} findings: {findings[:5]}"
