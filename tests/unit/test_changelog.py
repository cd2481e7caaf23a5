"""metadata.txt's changelog is made from CHANGELOG.md (scripts/changelog_to_metadata.py), and the metadata is valid."""
import configparser
import os
import subprocess
import sys

from ..helpers import ROOT


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]


def test_metadata_changelog_is_made_from_changelog_md():
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        from changelog_to_metadata import changelog_line  # scripts/ is not a package: on the path for this test only
    finally:
        sys.path.pop(0)
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as fh:
        line = changelog_line(fh.read())
    assert metadata()["changelog"] == line
    assert line.startswith(metadata()["version"] + " ")  # the newest release first, and it is this version
    check = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "changelog_to_metadata.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_category_is_one_the_plugin_repository_accepts():
    assert metadata()["category"] in ("Raster", "Vector", "Database", "Mesh", "Web")
