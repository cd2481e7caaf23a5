#!/usr/bin/env bash
# Open QGIS (needs a screen) with the plugin installed and the sample's outputs loaded.
# Uses its own QGIS profile in .build/qgis-profile, so your own QGIS settings are not touched.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$ROOT/output/lbm_buurten.gpkg" ] || bash "$ROOT/scripts/demo.sh"
PROFILES="$ROOT/.build/qgis-profile"
mkdir -p "$PROFILES/profiles/leefbaarometer/QGIS"
INI="$PROFILES/profiles/leefbaarometer/QGIS/QGIS3.ini"
[ -f "$INI" ] || printf '[PythonPlugins]\nleefbaarometer=true\n' > "$INI"
export QGIS_PLUGINPATH="$ROOT/.build/plugins"
exec qgis --profiles-path "$PROFILES" --profile leefbaarometer --noversioncheck \
  "$ROOT/output/lbm_gemeenten.gpkg" "$ROOT/output/lbm_wijken.gpkg" "$ROOT/output/lbm_buurten.gpkg" "$@"
