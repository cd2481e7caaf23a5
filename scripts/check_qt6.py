"""Is the plugin ready for Qt 6 (QGIS 4)? A check of every Python file that ships in the plugin ZIP.

    .venv/bin/python scripts/check_qt6.py          # prints each finding as path:line: rule: text; exit 1 if any

metadata.txt may say supportsQt6=True only when this prints nothing (tests/integration/test_qt6_check.py holds it
to that, on every QGIS version the tests run on). Rules:
- Qt through qgis.PyQt only: no PyQt5/PyQt6/sip module imported directly;
- no QtWebKit (gone from Qt 6, and from Debian's QGIS 3.40/3.44 already);
- nothing Qt 6 removed: exec_() and print_() (exec() and print() exist in PyQt5 too), QRegExp, QDesktopWidget,
  QFontMetrics.width (horizontalAdvance), QVariant as a type (field types come from processing/compat.py);
- scoped enums: a member of a Qt or QGIS enum named on its class (Qt.AlignLeft, QFont.Bold,
  QgsWkbTypes.PolygonGeometry) is a finding. Qt's is written Qt.AlignmentFlag.AlignLeft (PyQt5 has it too).
  QGIS moved its enums to Qgis.* with new member names over 3.26–3.40 and QGIS 4 drops the old names, so a
  QGIS enum is named as Qgis.<Enum>.<Member> where QGIS 3.22 already has it, else through processing/compat.py,
  the one module allowed to name either (by version). Members are told apart from classes and functions by
  importing the class (qgis.PyQt, qgis.core, qgis.gui), so the check runs where PyQGIS imports.
"""
import ast
import enum
import importlib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.path.join("processing", "compat.py")
# Outside the plugin ZIP (.gitattributes export-ignore) and not loaded by QGIS.
NOT_SHIPPED = ("tests/", "benchmarks/", "scripts/", "sample/", "docs/")
QT_PACKAGES = ("qgis.PyQt", "qgis.core", "qgis.gui", "qgis._core", "qgis._gui")
REMOVED_NAMES = {"QRegExp": "QRegularExpression", "QRegExpValidator": "QRegularExpressionValidator",
                 "QDesktopWidget": "QScreen (QGuiApplication.screens())", "QMatrix": "QTransform",
                 "QStringRef": "str"}
LINE_RULES = [
    (re.compile(r"^\s*(from|import)\s+(PyQt5|PyQt6|sip)\b"), "imports Qt directly (use qgis.PyQt)"),
    (re.compile(r"^\s*(from|import)\s+\S*QtWebKit"), "QtWebKit (not in Qt 6)"),
    (re.compile(r"\.(exec_|print_)\("), "exec_()/print_() (use exec()/print())"),
    (re.compile(r"\bQVariant\.[A-Z]\w*"), "QVariant type (use processing/compat.py's field types)"),
    (re.compile(r"\bfontMetrics\(\)\.width\(|\bQFontMetrics(F)?\([^)]*\)\.width\("), "QFontMetrics.width (use horizontalAdvance)"),
]


def shipped_files(root=ROOT):
    """The plugin's Python files: those git tracks, less what stays out of the ZIP (all .py files without git)."""
    try:
        out = subprocess.run(["git", "ls-files", "*.py"], cwd=root, check=True, capture_output=True, text=True).stdout
        files = out.split()
    except (OSError, subprocess.CalledProcessError):
        files = [os.path.relpath(os.path.join(d, f), root) for d, dirs, names in os.walk(root)
                 for f in names if f.endswith(".py") and not os.path.relpath(d, root).startswith(".")]
    return sorted({f for f in files if not f.startswith(NOT_SHIPPED)})  # a file once, also while merging


def is_enum_member(value):
    """A member of a sip enum (PyQt5, QGIS < 3.36), a Python enum (PyQt6, QGIS ≥ 3.36) or a flag of either."""
    if isinstance(value, type):
        return False
    if isinstance(value, enum.Enum):
        return True
    meta = type(type(value))
    return meta.__name__ == "enumtype" and meta.__module__ in ("sip", "PyQt5.sip", "PyQt6.sip")


def imported_classes(tree):
    """{local name: (module, name)} for `from <Qt or QGIS module> import Name [as local]`."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(QT_PACKAGES):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def resolve(module, name):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def enum_problem(node, classes):
    """(class name, rule) when an attribute names an enum member the Qt 6 way does not; None otherwise. Looks at
    Name.Member (unscoped) and Name.Enum.Member (an enum QGIS moved to Qgis, or a member it renamed)."""
    if not isinstance(node, ast.Attribute):
        return None
    if isinstance(node.value, ast.Name) and node.value.id in classes:
        name = node.value.id
        if classes[name][1] == "QVariant":
            return None  # a rule of its own
        owner = resolve(*classes[name])
        value = getattr(owner, node.attr, None)
        if not is_enum_member(value):
            return None
        if is_enum_type(owner):  # a top-level enum (QgsMapLayerType.VectorLayer): scoped, but maybe moved
            return enum_moved(name, owner, value, node.attr)
        if classes[name][1] == "Qt":
            return "Qt", f"unscoped enum {name}.{node.attr} (use Qt.<Enum>.{node.attr})"
        return name, f"unscoped enum {name}.{node.attr} (use {scoped_name(value, node.attr)})"
    inner = node.value
    if isinstance(inner, ast.Attribute) and isinstance(inner.value, ast.Name) and inner.value.id in classes:
        name = inner.value.id
        kind = getattr(resolve(*classes[name]), inner.attr, None)
        if not isinstance(kind, type):
            return None
        value = getattr(kind, node.attr, None)
        if not is_enum_member(value):
            return None
        return enum_moved(f"{name}.{inner.attr}", kind, value, node.attr)
    return None


def is_enum_type(owner):
    return isinstance(owner, enum.EnumMeta) or type(owner).__name__ == "enumtype"


def enum_moved(name, kind, value, attr):
    """(name, rule) when <name>.<attr> is an enum QGIS moved to Qgis, or a member it renamed (QGIS 4 drops the old
    names)."""
    moved = not name.startswith("Qgis.") and kind.__qualname__.startswith("Qgis.")
    renamed = isinstance(value, enum.Enum) and value.name != attr
    if moved or renamed:
        return name.split(".")[0], f"old QGIS enum name {name}.{attr} (use {scoped_name(value, attr)})"
    return None


def scoped_name(value, attr):
    """Where this QGIS version keeps the member: Qgis.<Enum>.<Member> (via processing/compat.py while QGIS 3.22
    lacks it) or <Class>.<Enum>.<Member>."""
    kind = type(value).__qualname__
    member = value.name if isinstance(value, enum.Enum) else attr
    if kind.startswith("Qgis."):
        return f"{kind}.{member}, through processing/compat.py if QGIS 3.22 lacks it"
    return f"{kind}.{member}"


def check_source(source, path="<string>"):
    """Findings in one file's text, as (line, rule, text)."""
    findings = []
    lines = source.splitlines()
    in_compat = path.replace(os.sep, "/").endswith(COMPAT.replace(os.sep, "/"))
    for number, line in enumerate(lines, 1):
        code = line.split("#", 1)[0] if not line.lstrip().startswith(("'", '"')) else ""
        for pattern, rule in LINE_RULES:
            if pattern.search(code) and not (in_compat and rule.startswith("QVariant")):  # compat: QGIS < 3.38
                findings.append((number, rule, line.strip()))
    tree = ast.parse(source, path)
    classes = imported_classes(tree)
    for module, original in classes.values():
        if original in REMOVED_NAMES:
            findings.append((1, f"{original} (not in Qt 6; use {REMOVED_NAMES[original]})", f"from {module} import {original}"))
    for node in ast.walk(tree):
        problem = enum_problem(node, classes)
        if problem and not (in_compat and problem[0] != "Qt"):  # compat.py names QGIS's old and new enums
            findings.append((node.lineno, problem[1], lines[node.lineno - 1].strip()))
    return sorted(set(findings))


def check(root=ROOT):
    """Findings of every shipped file, as (path, line, rule, text)."""
    found = []
    for path in shipped_files(root):
        with open(os.path.join(root, path), encoding="utf-8") as fh:
            found += [(path, *f) for f in check_source(fh.read(), path)]
    return found


def supports_qt6_declared(root=ROOT):
    with open(os.path.join(root, "metadata.txt"), encoding="utf-8") as fh:
        return any(re.fullmatch(r"supportsQt6\s*=\s*(true|yes|1)", line.strip(), re.IGNORECASE) for line in fh)


def main():
    found = check()
    for path, line, rule, text in found:
        print(f"{path}:{line}: {rule}: {text[:100]}")
    files = len({f[0] for f in found})
    print(f"Qt 6 check: {len(found)} findings in {files} files" if found else "Qt 6 check: no findings", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
