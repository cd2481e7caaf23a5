#!/usr/bin/env bash
# Set everything up (idempotent) and run the tests. Screenshots land in test-artifacts/.
#
#   bash scripts/test.sh [pytest options]       both tiers, one after the other: tests/unit (core/ and sample/,
#                                               without QGIS, seconds; also ruff), then tests/integration (QGIS,
#                                               qgis_process, the QGIS window, PostGIS); a last line sums them up
#   bash scripts/test.sh tests/unit [...]       only the unit tier, without QGIS (pytest-qgis disabled)
#   bash scripts/test.sh --unit [...]           the same;  --integration [...]: only the integration tier
#   bash scripts/test.sh tests/integration/test_x.py [...]   the paths given, in one run (with QGIS, unless
#                                               every path is in tests/unit)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# The pytest entry point (not `python -m pytest`) keeps the plugin folder off sys.path, so that
# QGIS's own 'processing' package is the one imported.
VENV="${LBM_VENV:-$ROOT/.venv}"  # scripts/test_qgis_versions.sh keeps a venv of its own in each chroot
PYTEST="$VENV/bin/pytest"
# pytest-qgis starts QGIS as soon as pytest loads it: the unit tier runs with the plugin disabled.
NO_QGIS=(-p no:pytest_qgis)

tier="" paths=0 unit_paths=0 args=()
for a in "$@"; do
  case "$a" in
    --unit) tier=unit ;;
    --integration) tier=integration ;;
    *)
      args+=("$a")
      if [[ "$a" != -* && -e "${a%%::*}" ]]; then
        paths=$((paths + 1))
        case "$(realpath "${a%%::*}")/" in "$ROOT/tests/unit/"*) unit_paths=$((unit_paths + 1)) ;; esac
      fi ;;
  esac
done

if [ -n "$tier" ]; then
  [ "$tier" = unit ] && exec "$PYTEST" "${NO_QGIS[@]}" tests/unit "${args[@]}"
  exec "$PYTEST" tests/integration "${args[@]}"
fi
if [ "$paths" -gt 0 ]; then
  [ "$paths" = "$unit_paths" ] && exec "$PYTEST" "${NO_QGIS[@]}" "${args[@]}"
  exec "$PYTEST" "${args[@]}"
fi

# Both tiers. Each prints its own report; the last line adds up their summaries (pytest's exit code 5, "no tests
# collected", of one tier is fine when options such as -k select tests of the other tier only).
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
color=(); [ -t 1 ] && color=(--color=yes)
status=0
set +e
"$PYTEST" "${NO_QGIS[@]}" "${color[@]}" tests/unit "${args[@]}" | tee "$logs/unit"
unit=${PIPESTATUS[0]}
"$PYTEST" "${color[@]}" tests/integration "${args[@]}" | tee "$logs/integration"
integration=${PIPESTATUS[0]}
set -e
for rc in "$unit" "$integration"; do
  [ "$rc" = 0 ] || [ "$rc" = 5 ] || status=1
done
[ "$unit" = 5 ] && [ "$integration" = 5 ] && status=5
"$VENV/bin/python" - "$logs/unit" "$logs/integration" <<'PY'
import re, sys
totals, parts = {}, []
for tier, path in zip(("unit", "integration"), sys.argv[1:]):
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", l).strip(" =\n") for l in open(path, encoding="utf-8", errors="replace")]
    last = next((l for l in reversed(lines) if l), "")
    parts.append(f"{tier}: {last}")
    for n, what in re.findall(r"(\d+) (tests? collected|passed|failed|skipped|deselected|xfailed|xpassed|errors?|warnings?)", last):
        what = "tests collected" if what.startswith("test") else what
        totals[what] = totals.get(what, 0) + int(n)
print("both tiers: " + ", ".join(f"{n} {w}" for w, n in totals.items()) + " (" + "; ".join(parts) + ")")
PY
exit "$status"
