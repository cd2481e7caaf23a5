"""Fixtures of both tiers: import paths, the sample, the artifacts folder. Nothing here imports QGIS.

The QGIS fixtures (provider, run_alg, PostGIS, the panel) are in tests/integration/conftest.py. Plugin modules are
imported inside fixtures, never at the top: in the integration tier pytest-qgis must start QGIS first, and the
unit tier runs without it (scripts/test.sh tests/unit).
"""
import os
import sys

import pytest

from .helpers import PLUGINS
from .helpers import ROOT

ARTIFACTS = os.environ.get("LBM_TEST_ARTIFACTS", os.path.join(os.path.realpath(ROOT), "test-artifacts"))
# QGIS's own 'processing' package must win over the plugin's 'processing' folder: keep the plugin folder
# itself (the current directory under `python -m pytest`) off the import path. pytest puts it back when it imports
# the test packages: at the end of the path (--import-mode=append in pytest.ini), after QGIS's plugins.
sys.path[:] = [p for p in sys.path if p not in ("", ".") and os.path.realpath(p) != os.path.realpath(ROOT)]
sys.path.append("/usr/share/qgis/python/plugins")
if not os.path.isdir(os.path.join(PLUGINS, "leefbaarometer")):
    raise RuntimeError(f"{PLUGINS}/leefbaarometer is missing: run scripts/setup.sh first")
sys.path.insert(0, PLUGINS)


def pytest_addoption(parser, pluginmanager):
    # pytest.ini sets pytest-qgis's option; without the plugin (the unit tier) it is declared here, unused.
    if not pluginmanager.has_plugin("pytest_qgis"):
        parser.addini("qgis_qui_enabled", "pytest-qgis's option (pytest-qgis is not loaded in this run)")


@pytest.fixture(scope="session")
def artifacts():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def sample_region():
    from leefbaarometer.sample.region import SAMPLE
    from leefbaarometer.sample.region import generate

    return generate(SAMPLE)


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory, sample_region):
    from leefbaarometer.sample.publish import publish

    folder = str(tmp_path_factory.mktemp("sample"))
    publish(sample_region, folder)
    return folder
