"""The unit tier's promise: core/ and sample/ run without QGIS (or Qt), so they are tested and benchmarked alone."""
import json
import os
import subprocess
import sys

from ..helpers import PLUGINS

CHILD = """
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
names = []
for package in ("leefbaarometer.core", "leefbaarometer.sample"):
    pkg = importlib.import_module(package)
    names += [package] + [m.name for m in pkgutil.walk_packages(pkg.__path__, package + ".")]  # subpackages too
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip", "processing"))
print(json.dumps({"imported": names, "qgis": loaded}))
"""


def test_core_and_sample_import_nothing_from_qgis():
    # A fresh interpreter: in this one, another tier or pytest-qgis may already have imported QGIS.
    run = subprocess.run([sys.executable, "-c", CHILD, PLUGINS], capture_output=True, text=True, timeout=120,
                         env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    core = os.path.join(PLUGINS, "leefbaarometer", "core")
    expected = {os.path.relpath(os.path.join(base, f), PLUGINS)[:-3].replace(os.sep, ".").removesuffix(".__init__")
                for base, _, files in os.walk(core) for f in files if f.endswith(".py")}
    assert "leefbaarometer.core.analyses.early_warning" in expected  # a module of a subpackage
    assert expected <= set(result["imported"]) and len(expected) >= 30  # every module of core/ was imported
    assert result["qgis"] == []
