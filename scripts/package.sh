#!/usr/bin/env bash
# Build the plugin ZIP for QGIS's "Install from ZIP" from the committed files: dist/leefbaarometer-<version>.zip
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
version="$(sed -n 's/^version=//p' metadata.txt)"
mkdir -p dist
git archive --format=zip --prefix=leefbaarometer/ -o "dist/leefbaarometer-$version.zip" HEAD
echo "dist/leefbaarometer-$version.zip"
