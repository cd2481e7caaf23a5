"""Where things live (issue 28), read from the source with Python's ast: each concept in one place.

- an analysis module imports shared modules of core/, never another analysis;
- every write goes through processing/io/: no algorithm builds a sink, every psycopg2 call is in io/postgis.py, a
  table is dropped one way, no algorithm borrows from another algorithm (it may run one: import its class);
- parameter names are declared one per line, each constant equal to the name a user types;
- the README's layout names every module of io/ and of core/analyses/.
"""
import ast
import os
import re

from ..helpers import ROOT

PLUGIN_DIRS = ("core", "processing", "ui")


def modules(*folders):
    """{path relative to the root: parsed module} of the plugin's Python files below `folders`."""
    out = {}
    for folder in folders:
        for base, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if name.endswith(".py"):
                    path = os.path.join(base, name)
                    with open(path, encoding="utf-8") as fh:
                        out[os.path.relpath(path, ROOT)] = ast.parse(fh.read(), path)
    return out


def imported(tree):
    """[(level, module, names)] of every `from … import …` and `import …` of a module."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.append((node.level, node.module or "", [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out += [(0, a.name, []) for a in node.names]
    return out


def test_an_analysis_imports_no_other_analysis():
    analyses = {os.path.splitext(os.path.basename(p))[0]: t for p, t in modules("core/analyses").items()}
    shared = {"__init__", "common"}
    assert {"summary", "risers_fallers", "pressure", "trajectories", "class_profile", "zones", "hotspots",
            "early_warning"} <= set(analyses)
    for name, tree in analyses.items():
        for level, module, names in imported(tree):
            if level == 1:  # from .x import … (a sibling in core/analyses/)
                assert module in shared, (name, module)
                assert not (module == "" and set(names) - shared), (name, names)
            if level == 0:
                assert not module.startswith(("qgis", "PyQt", "processing")), (name, module)


def test_the_package_lists_every_analysis():
    with open(os.path.join(ROOT, "core", "analyses", "__init__.py"), encoding="utf-8") as fh:
        doc = ast.get_docstring(ast.parse(fh.read()))
    for path in modules("core/analyses"):
        name = os.path.basename(path)
        if name not in ("__init__.py",):
            assert name in doc, name


def test_every_write_goes_through_io():
    trees = modules(*PLUGIN_DIRS)
    for path, tree in trees.items():
        in_io = path.startswith(os.path.join("processing", "io") + os.sep)
        calls = {n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
                 for n in ast.walk(tree) if isinstance(n, ast.Call)}
        if not in_io:
            assert not calls & {"SafeSink", "parameterAsSink"}, path
        for level, module, names in imported(tree):
            if "psycopg2" in module or "psycopg2" in names:
                assert path == os.path.join("processing", "io", "postgis.py"), path
            if path.startswith(os.path.join("processing", "algorithms")) and level == 1 and module:
                # Another algorithm may be run as a step (its class), never borrowed from (a writer, a helper).
                assert all(name.endswith("Algorithm") for name in names), (path, module, names)


def test_a_table_is_dropped_one_way():
    found = []
    for path, tree in modules(*PLUGIN_DIRS).items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(r"\bDROP TABLE\b", node.value):
                found.append((path, node.lineno))
    assert len(found) == 1 and found[0][0] == os.path.join("processing", "io", "postgis.py"), found


def test_parameter_names_one_per_line_each_equal_to_its_name():
    """In every algorithm class: no tuple of constants, and each UPPER_CASE string constant that names a parameter or
    output (everything but NAME, DISPLAY_NAME, GROUP) is equal to its own name."""
    descriptive = {"NAME", "DISPLAY_NAME", "GROUP"}
    checked = 0
    for path, tree in modules(os.path.join("processing", "algorithms")).items():
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for stmt in cls.body:
                if not isinstance(stmt, ast.Assign):
                    continue
                for target in stmt.targets:
                    assert not isinstance(target, ast.Tuple) or not all(
                        isinstance(e, ast.Name) and e.id.isupper() for e in target.elts), (path, stmt.lineno)
                    if (isinstance(target, ast.Name) and target.id.isupper() and target.id not in descriptive
                            and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                        assert stmt.value.value == target.id, (path, target.id, stmt.value.value)
                        checked += 1
    assert checked >= 140


def test_readme_layout_names_every_module_of_io():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        layout = fh.read().split("**Layout.**", 1)[1].split("**How an algorithm runs.**", 1)[0]
    for name in sorted(os.listdir(os.path.join(ROOT, "processing", "io"))):
        if name.endswith(".py") and name != "__init__.py":
            assert f"io/{name}" in layout, name
    for name in ("core/analyses/", "analyses/common.py", "core/stats.py", "core/names.py"):
        assert name in layout, name


# The fields of the analyses' outputs that other modules read (the panel, the views, the annexes, later tools): spelled
# in core/names.py only. Tagged ones by their prefix in an f-string ("rf_{a}_{b}"), the others whole.
TAGGED = ("rf_", "kstart_", "keind_", "drv_", "drvsh_", "gi_", "gip_", "spot_", "kd", "tr_")
WHOLE = ("k_laatst", "afw_laatst", "metingen_onder_druk", "aaneengesloten_tot_laatst", "zwakste_dimensie",
         "risico_label", "redenen", "marge", "dafw_trend", "traject_label", "spot_change")


def test_output_field_names_are_spelled_in_the_names_module_only():
    found = []
    for path, tree in modules(*PLUGIN_DIRS).items():
        if path == os.path.join("core", "names.py"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in WHOLE:
                found.append((path, node.lineno, node.value))
            if (isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant)
                    and str(node.values[0].value) in TAGGED and len(node.values) > 1):
                found.append((path, node.lineno, node.values[0].value))
    assert found == []


def test_names_of_tagged_fields():
    from leefbaarometer.core.names import change_field
    from leefbaarometer.core.names import hotspot_fields
    from leefbaarometer.core.names import risers_fields

    assert risers_fields(2022, 2024) == {"label": "rf_2022_2024", "k_start": "kstart_2022_2024", "k_end": "keind_2022_2024",
                                         "dafw": "dafw_2022_2024", "driver": "drv_2022_2024", "driver_share": "drvsh_2022_2024"}
    assert change_field("onv", 2014, 2022) == "donv_2014_2022" and hotspot_fields(2024) == ("gi_2024", "gip_2024", "spot_2024")
