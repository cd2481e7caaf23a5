#!/usr/bin/env bash
# Set everything up (idempotent) and run the main job on the embedded sample region.
# Writes the sample's published files and the plugin's outputs to ./output (or the folder given).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
VENV="${LBM_VENV:-$ROOT/.venv}"  # scripts/test_qgis_versions.sh --demo: a venv of its own in its chroot
exec "$VENV/bin/python" "$ROOT/scripts/run_demo.py" "${1:-$ROOT/output}"
