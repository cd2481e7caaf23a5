"""The wheel step of scripts/test_qgis_versions.sh from an empty cache, as on a new CI machine (issue 22): it once
removed the folder it had just filled, so `.ci/run` failed wherever no earlier run had left wheels behind.

Runs the script's `--wheels` step alone (no root, no chroot); it downloads the pinned test tools for another Python
with the host's pip, as the real run does.
"""
import os
import subprocess

import pytest

from ..helpers import ROOT

SCRIPT = os.path.join(ROOT, "scripts", "test_qgis_versions.sh")


def wheels(cache, python="3.13"):
    done = subprocess.run(["bash", SCRIPT, "--wheels", python], env=dict(os.environ, LBM_CHROOT_CACHE=str(cache)),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1], done.stderr


def pinned():
    with open(os.path.join(ROOT, "requirements-dev.txt")) as fh:
        return {line.split("==")[0].replace("-", "_") + "-" + line.split("==")[1].strip()
                for line in fh if "==" in line and not line.startswith("#")}


@pytest.mark.skipif(bool(os.environ.get("PIP_NO_INDEX")), reason="pip is offline here (inside a test chroot): the "
                    "wheel step runs on the host, where CI runs this test")
def test_wheels_from_an_empty_cache_then_reused_and_old_ones_removed(tmp_path):
    cache = tmp_path / "cache"  # does not exist yet: a new machine
    older = cache / "wheels" / "py3.13-0123456789abcdef"  # wheels of earlier requirements
    other_python = cache / "wheels" / "py3.11-0123456789abcdef"
    older.mkdir(parents=True)
    other_python.mkdir()
    folder, log = wheels(cache)
    assert "downloading the test wheels for Python 3.13" in log
    names = os.listdir(folder)
    assert ".complete" in names
    have = {"-".join(n.split("-")[:2]) for n in names if n.endswith(".whl")}
    assert pinned() <= have, (pinned(), have)  # pytest-8.3.5, pytest_qgis-2.1.0, ruff-0.17.6 …
    assert not [n for n in names if n.lower().startswith("numpy")]
    left = sorted(os.listdir(cache / "wheels"))
    assert left == sorted([os.path.basename(folder), "py3.11-0123456789abcdef"])  # no .tmp, the older 3.13 set gone

    again, log = wheels(cache)
    assert again == folder and "downloading" not in log  # reused, not fetched again
