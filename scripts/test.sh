#!/usr/bin/env bash
# Set everything up (idempotent) and run all tests. Screenshots land in test-artifacts/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# The pytest entry point (not `python -m pytest`) keeps the plugin folder off sys.path, so that
# QGIS's own 'processing' package is the one imported.
exec "$ROOT/.venv/bin/pytest" "$@"
