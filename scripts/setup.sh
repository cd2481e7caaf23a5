#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for the plugin: Debian's QGIS, a virtual environment
# that sees PyQGIS, and the plugin linked where QGIS looks for it. Idempotent: a second run
# only checks, and takes a few seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# PostGIS is packaged per PostgreSQL major version (15 on Debian 12; 17 on trixie, 18 on sid for
# scripts/test_qgis_versions.sh): take the one Debian's 'postgresql' depends on, 15 if unknown.
PG_MAJOR="$({ dpkg-query -W -f='${Depends}\n' postgresql 2>/dev/null; apt-cache depends postgresql 2>/dev/null; } \
            | grep -o 'postgresql-[0-9]\+' | head -n1 | cut -d- -f2 || true)"
# qttools5-dev-tools: lrelease, which compiles the translations (scripts/i18n.py). The last three lines are for the
# tests only: a throwaway PostgreSQL + PostGIS server (tests/integration/postgis_server.py), scipy as a second
# implementation of the χ² tail, git for the plugin ZIP, and QGIS Server's qgis_mapserver with its WFS module as a
# real WFS on loopback (tests/integration/wfs_server.py; the same package names in bookworm, trixie and sid).
DEBIAN_PACKAGES=(qgis python3-qgis qgis-providers python3-gdal python3-numpy python3-pandas qttools5-dev-tools
                 python3-venv python3-openpyxl python3-xlsxwriter python3-matplotlib xvfb xauth poppler-utils
                 postgresql postgresql-client "postgresql-${PG_MAJOR:-15}-postgis-3"
                 python3-scipy git
                 qgis-server-bin qgis-server-wfs)
# --packages: print the list and stop (scripts/test_qgis_versions.sh installs it into its chroots).
if [ "${1:-}" = --packages ]; then echo "${DEBIAN_PACKAGES[@]}"; exit 0; fi

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The venv must be made by Debian's python (PyQGIS is built for it), not a python on PATH.
# LBM_VENV puts it elsewhere (scripts/test_qgis_versions.sh: inside its chroots, apart from the host's .venv).
VENV="${LBM_VENV:-$ROOT/.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
stamp="$VENV/.requirements.sha256"
want="$(sha256sum requirements-dev.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$want" > "$stamp"
fi

# QGIS finds plugins by folder name: expose this checkout as 'leefbaarometer'.
mkdir -p "$ROOT/.build/plugins"
[ "$(readlink "$ROOT/.build/plugins/leefbaarometer")" = "$ROOT" ] || ln -sfn "$ROOT" "$ROOT/.build/plugins/leefbaarometer"

# Guard the numpy ABI: numpy must be Debian's, and PyQGIS + GDAL must import with it.
"$VENV/bin/python" - <<'PY'
import numpy, sys
assert numpy.__file__.startswith("/usr/lib/python3/dist-packages"), \
    f"numpy comes from {numpy.__file__}, not Debian: remove it from the venv (pip uninstall numpy)"
from osgeo import gdal  # noqa: F401
import qgis.core  # noqa: F401
PY
echo "setup: ok (QGIS $(dpkg-query -W -f='${Version}' qgis), venv $VENV)"
