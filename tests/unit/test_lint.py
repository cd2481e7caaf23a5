"""The code stays as ruff wants it (rules in pyproject.toml; ruff is pinned in requirements-dev.txt)."""
import os
import subprocess
import sys

from ..helpers import ROOT


def test_ruff_finds_nothing():
    ruff = os.path.join(os.path.dirname(sys.executable), "ruff")
    assert os.path.exists(ruff), "ruff is missing from the venv: run scripts/setup.sh (requirements-dev.txt)"
    run = subprocess.run([ruff, "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
