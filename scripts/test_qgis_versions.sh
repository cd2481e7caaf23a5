#!/usr/bin/env bash
# Runs the whole test suite against newer QGIS releases: each Debian suite in a debootstrap chroot with Debian's
# own QGIS, PyQGIS, GDAL, numpy, PostgreSQL and PostGIS (trixie: QGIS 3.40, sid: QGIS 3.44 at the time of writing).
#
#   bash scripts/test_qgis_versions.sh                          # trixie and sid
#   bash scripts/test_qgis_versions.sh sid                      # the suites given
#   bash scripts/test_qgis_versions.sh trixie -- -k postgis -x  # what follows -- goes to pytest
#   bash scripts/test_qgis_versions.sh bookworm                 # any suite: bookworm is QGIS 3.22, as the host
#   bash scripts/test_qgis_versions.sh --demo sid               # the demo (scripts/demo.sh) instead of the tests,
#                                                               # outputs in test-artifacts/qgis-sid/demo/
#   bash scripts/test_qgis_versions.sh --wheels 3.13            # only the test wheels for that Python, into the
#                                                               # cache; prints their folder (no root, no chroot;
#                                                               # tests/integration/test_ci_scripts.py runs it)
#
# Runs as root (debootstrap, chroot, mounts). Each chroot is built once (debootstrap + apt, 1–2 minutes here,
# 2.5 GB) into a temporary folder that is renamed when complete, and kept outside the checkout; later runs reuse
# it and only check its packages (seconds); an interrupted build is removed and started again. Inside, the
# checkout is mounted at its own path with ../shared (the real test data) read-only beside it, and scripts/test.sh
# runs with its venv at /opt/lbm-venv, apart from the host's .venv.
# The test tools of requirements-dev.txt are downloaded as wheels by the host's pip (its configuration, index and
# CA bundle) and installed offline in the chroot; numpy and the rest come from Debian.
#
# Environment:
#   LBM_CHROOT_CACHE    where the chroots live (default /var/cache/leefbaarometer-chroots; one folder per suite)
#   LBM_CHROOT_REBUILD  1: build the chroots afresh (e.g. to follow sid)
#   LBM_MIRROR          Debian mirror (default: the one the host's apt uses, else http://deb.debian.org/debian)
#   LBM_SHARED          the real test data folder to show at ../shared (default: the checkout's ../shared)
#
#   LBM_CHROOT_SKIP     1: do nothing (exit 0 with a note), e.g. for a CI run that must not build chroots
#
# Output: per suite the full pytest log and screenshots in test-artifacts/qgis-<suite>/, and a summary at the end.
# With --demo: the demo's log and outputs in test-artifacts/qgis-<suite>/demo.log and demo/, and the first page of
# the first annex PDF as demo/annex_page-<n>.png (pdftoppm), one image a page.
# Exit status 0 only if every suite passed (1: tests failed, 2: a chroot could not be built or run).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CACHE="${LBM_CHROOT_CACHE:-/var/cache/leefbaarometer-chroots}"
SHARED="${LBM_SHARED:-$(dirname "$ROOT")/shared}"
CHROOT_VENV=/opt/lbm-venv
CHROOT_WHEELS=/opt/lbm-wheels
STAMP=.lbm-chroot-complete
# The Debian packages are those of scripts/setup.sh (its --packages, run inside the chroot: the PostGIS package is
# the one for the suite's PostgreSQL major version); setup.sh's own check in the chroot would install them too, but
# here they are installed once, when the chroot is built or found to lack one.
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }
duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

# --- Mounts and processes in a chroot, and their cleanup --------------------------------------------------------

# Mount points at or below a folder, deepest first (octal escapes of /proc/self/mountinfo decoded).
mounts_under() {
  local m
  while read -r m; do printf '%b\n' "$m"; done < <(awk '{print $5}' /proc/self/mountinfo) \
    | awk -v d="$1" '$0 == d || index($0, d "/") == 1' | sort -r
}

unmount_under() {
  local m
  while read -r m; do
    [ -n "$m" ] || continue
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || log "warning: could not unmount $m"
  done < <(mounts_under "$1")
}

# Processes whose root is the chroot (a server or QGIS left by an interrupted run): TERM, then KILL.
kill_chroot_processes() {
  local dir="$1" p root pids=() alive=() i
  for p in /proc/[0-9]*; do
    root="$(readlink "$p/root" 2>/dev/null)" || continue
    if [ "$root" = "$dir" ] || [[ "$root" == "$dir"/* ]]; then pids+=("${p#/proc/}"); fi
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  log "stopping ${#pids[@]} processes left in $dir: ${pids[*]}"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  for i in $(seq 20); do
    alive=()
    for p in "${pids[@]}"; do ! kill -0 "$p" 2>/dev/null || alive+=("$p"); done
    [ ${#alive[@]} -gt 0 ] || return 0
    sleep 0.5
  done
  kill -KILL "${alive[@]}" 2>/dev/null || true
  sleep 1
}

release_chroot() {
  kill_chroot_processes "$1"
  unmount_under "$1"
}

# Removes a (partial) chroot, never through a mount into the host.
remove_chroot() {
  [ -e "$1" ] || return 0
  release_chroot "$1"
  [ -z "$(mounts_under "$1")" ] || die "$1 still has mounts: $(mounts_under "$1" | tr '\n' ' ')"
  rm -rf --one-file-system "$1"
}

ACTIVE=()  # chroots this run may have mounted into
cleanup() {
  local rc=$? d
  trap - EXIT INT TERM
  for d in "${ACTIVE[@]}"; do release_chroot "$d"; done
  exit "$rc"
}
CHILD=""  # the test run in progress (its process group)
on_signal() {
  trap - INT TERM
  log "$1: stopping"
  # pytest stops at an interrupt, but one that lands inside a Processing algorithm is taken by QGIS as that
  # algorithm's failure: repeat it for up to 30 s.
  local i
  for i in $(seq 60); do
    [ -n "$CHILD" ] && kill -0 "$CHILD" 2>/dev/null || break
    [ $((i % 10)) != 1 ] || kill -INT -- "-$CHILD" 2>/dev/null || true
    sleep 0.5
  done
  exit "$2"  # cleanup (EXIT) stops whatever is left in the chroot and unmounts
}
trap cleanup EXIT
trap 'on_signal interrupted 130' INT
trap 'on_signal terminated 143' TERM

bind() {  # bind <source> <target inside the chroot> [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}

mount_system() {
  local c="$1"
  mountpoint -q "$c/proc" || mount -t proc proc "$c/proc"
  local d
  for d in sys dev; do
    if ! mountpoint -q "$c/$d"; then
      mount --rbind "/$d" "$c/$d"
      mount --make-rslave "$c/$d"  # unmounting below it must not reach the host's /dev/pts, /dev/shm ...
    fi
  done
  rm -f "$c/etc/resolv.conf"
  cp -L /etc/resolv.conf "$c/etc/resolv.conf"
}

in_chroot() {
  chroot "$1" /usr/bin/env -i PATH="$CHROOT_PATH" HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "${@:2}"
}

# --- Building and checking a chroot -------------------------------------------------------------------------------

host_mirror() {
  local uri
  uri="$({ grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{for (i = 2; i <= NF; i++) print $i}'
           grep -hsE '^deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
             | awk '{for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) {print $i; break}}'
         } | grep -E '/debian/?($|[0-9/])' | grep -v -e '-security' -e '-ports' | head -n1 || true)"
  echo "${uri:-http://deb.debian.org/debian}"
}

configure_chroot() {
  local c="$1" suite="$2" mirror="$3"
  echo "deb $mirror $suite main" > "$c/etc/apt/sources.list"
  cat > "$c/etc/apt/apt.conf.d/90leefbaarometer" <<'EOF'
// A mirror or snapshot may serve Release files past their Valid-Until (sid's are valid for a week).
Acquire::Check-Valid-Until "false";
Acquire::Retries "3";
Acquire::Languages "none";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Dpkg::Options { "--force-confdef"; "--force-confold"; };
Dpkg::Use-Pty "false";
EOF
  echo force-unsafe-io > "$c/etc/dpkg/dpkg.cfg.d/90leefbaarometer"
  # No service starts inside the chroot (the tests start their own PostgreSQL).
  printf '#!/bin/sh\nexit 101\n' > "$c/usr/sbin/policy-rc.d"
  chmod 755 "$c/usr/sbin/policy-rc.d"
  cp /etc/hosts "$c/etc/hosts"
}

wanted_packages() {
  in_chroot "$1" /bin/bash -s -- --packages < "$ROOT/scripts/setup.sh" || die "cannot list the packages of $1"
}

missing_packages() {
  local c="$1" p installed
  installed="$(in_chroot "$c" dpkg-query -W -f='${db:Status-Abbrev}${Package}\n' 2>/dev/null || true)"
  for p in $(wanted_packages "$c"); do
    grep -qx "ii $p" <<< "$installed" || echo "$p"
  done
}

install_packages() {
  local c="$1"
  in_chroot "$c" apt-get update -q
  # shellcheck disable=SC2046
  in_chroot "$c" apt-get install -y -q $(wanted_packages "$c")
  in_chroot "$c" apt-get clean
}

# Ensures $CACHE/<suite> is a complete chroot; sets BUILD_NOTE.
ensure_chroot() {
  local suite="$1" c="$CACHE/$suite" tmp="$CACHE/.$suite.building" mirror t0 missing
  t0=$(date +%s)
  [ -z "${LBM_CHROOT_REBUILD:-}" ] || { log "$suite: rebuilding (LBM_CHROOT_REBUILD)"; remove_chroot "$c"; }
  if [ -e "$c" ] && [ ! -f "$c/$STAMP" ]; then
    log "$suite: $c is incomplete: removing it"
    remove_chroot "$c"
  fi
  if [ -f "$c/$STAMP" ]; then
    ACTIVE+=("$c")
    release_chroot "$c"  # whatever an interrupted run left mounted or running
    missing="$(missing_packages "$c" | tr '\n' ' ')"
    if [ -n "${missing// /}" ]; then
      log "$suite: installing missing packages: $missing"
      mount_system "$c"
      install_packages "$c"
      release_chroot "$c"
    fi
    BUILD_NOTE="reused, checked in $(duration $(($(date +%s) - t0)))"
    return 0
  fi

  mirror="${LBM_MIRROR:-$(host_mirror)}"
  log "$suite: building the chroot in $c from $mirror (once; later runs reuse it)"
  remove_chroot "$tmp"  # left by an interrupted build
  ACTIVE+=("$tmp")
  command -v debootstrap >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
  if ! debootstrap --variant=minbase "$suite" "$tmp" "$mirror" > "$CACHE/$suite.debootstrap.log" 2>&1; then
    tail -n 30 "$CACHE/$suite.debootstrap.log" >&2
    die "$suite: debootstrap failed (log: $CACHE/$suite.debootstrap.log)"
  fi
  configure_chroot "$tmp" "$suite" "$mirror"
  mount_system "$tmp"
  install_packages "$tmp"
  release_chroot "$tmp"
  printf 'suite=%s\nmirror=%s\nbuilt=%s\n' "$suite" "$mirror" "$(date -u +%FT%TZ)" > "$tmp/$STAMP"
  mv -T "$tmp" "$c"
  ACTIVE+=("$c")
  BUILD_NOTE="built cold in $(duration $(($(date +%s) - t0)))"
}

# --- Test wheels (downloaded on the host: its pip reaches the index with its own configuration and CA bundle) ------

host_pip() {
  local py
  for py in python3 /usr/bin/python3 "$ROOT/.venv/bin/python"; do
    if "$py" -m pip --version >/dev/null 2>&1; then echo "$py"; return 0; fi
  done
  die "no pip on the host to download the test wheels (requirements-dev.txt) with"
}

# Prints the folder of wheels for the chroot's python version, downloading them once.
test_wheels() {
  local pyver="$1" key dir
  key="$(sha256sum "$ROOT/requirements-dev.txt" | cut -c1-16)"
  dir="$CACHE/wheels/py$pyver-$key"
  if [ ! -f "$dir/.complete" ]; then
    log "downloading the test wheels for Python $pyver"
    rm -rf "$dir.tmp"
    mkdir -p "$dir.tmp"
    # Wheels for the chroot's Python version, whatever the host's is (pytest and pytest-qgis are pure Python, ruff
    # a manylinux wheel for any Linux of this machine's architecture).
    local pip
    pip="$(host_pip)" || exit 2  # die() inside $(…) ends only the subshell
    "$pip" -m pip download -q --disable-pip-version-check --only-binary=:all: --python-version "$pyver" \
      -d "$dir.tmp" -r "$ROOT/requirements-dev.txt" >&2
    if ls "$dir.tmp" | grep -qi '^numpy'; then die "the test requirements pull in numpy: it must come from Debian"; fi
    touch "$dir.tmp/.complete"
    rm -rf "$dir"
    mv -T "$dir.tmp" "$dir"
    # The wheels of earlier requirements, never the folder just filled (a glob over py$pyver-* once matched the
    # .tmp folder above and removed it before the mv: the cold-cache failure of issue 22).
    local old
    for old in "$CACHE/wheels/py$pyver-"*; do
      [ "$old" = "$dir" ] || rm -rf "$old"
    done
  fi
  echo "$dir"
}

# --- Running the suite --------------------------------------------------------------------------------------------

run_tests() {
  local suite="$1" c="$CACHE/$suite" art="$ROOT/test-artifacts/qgis-$suite" pyver wheels t0
  pyver="$(in_chroot "$c" python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  wheels="$(test_wheels "$pyver")"
  release_chroot "$c"
  # A fresh /tmp (and HOME in it) per run: no QGIS profile or server folder of an earlier run.
  find "$c/tmp" -xdev -mindepth 1 -delete
  mkdir -p "$c/tmp/home" "$art"
  mount_system "$c"
  bind "$ROOT" "$c$ROOT"
  if [ -d "$SHARED" ]; then
    bind "$SHARED" "$c$(dirname "$ROOT")/shared" ro
  else
    log "$suite: no real test data at $SHARED: the tests that need it are skipped"
  fi
  bind "$wheels" "$c$CHROOT_WHEELS" ro
  # A git worktree keeps its repository elsewhere (.git is a file naming it): the plugin ZIP test runs git archive.
  local gitdir
  gitdir="$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  if [ -n "$gitdir" ] && [[ "$gitdir/" != "$ROOT/"* ]]; then bind "$gitdir" "$c$gitdir" ro; fi
  log "$suite: running $WHAT (log: $art/$RUN_LOG)"
  t0=$(date +%s)
  # In a process group of its own (set -m), so that an interrupt reaches pytest through on_signal, which lets it
  # stop its PostgreSQL server and print what failed, rather than not at all or only when the run is over.
  set -m
  chroot "$c" /usr/bin/env -i PATH="$CHROOT_PATH" HOME=/tmp/home LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    DEBIAN_FRONTEND=noninteractive LBM_VENV="$CHROOT_VENV" LBM_TEST_ARTIFACTS="$art" \
    PIP_NO_INDEX=1 PIP_FIND_LINKS="$CHROOT_WHEELS" PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1 \
    /bin/bash -c 'cd "$0" && exec "$@"' "$ROOT" "${COMMAND[@]}" < /dev/null > "$art/$RUN_LOG" 2>&1 &
  CHILD=$!
  set +m
  tail -n +1 -f --pid="$CHILD" "$art/$RUN_LOG" &
  local tail_pid=$!
  TEST_RC=0
  wait "$CHILD" || TEST_RC=$?
  CHILD=""
  wait "$tail_pid" || true
  TEST_TIME=$(($(date +%s) - t0))
  release_chroot "$c"
}

# "N passed, M failed, ..." from a log of scripts/test.sh: its "both tiers:" line (the sum of tests/unit and
# tests/integration), else pytest's last summary line (a run of some paths or of one tier).
pytest_counts() {
  local line passed failed rest
  line="$(grep -E '^both tiers: ' "$1" | tail -n1 | sed 's/^both tiers: //; s/ (.*//' || true)"
  [ -n "$line" ] || line="$(grep -E '(passed|failed|skipped|errors?|deselected|no tests ran).* in [0-9.]+s' "$1" \
                            | tail -n1 || true)"
  [ -n "$line" ] || { echo "no pytest summary"; return; }
  passed="$(grep -o '[0-9]\+ passed' <<< "$line" | head -n1 | cut -d' ' -f1 || true)"
  failed="$(grep -o '[0-9]\+ failed' <<< "$line" | head -n1 | cut -d' ' -f1 || true)"
  rest="$(grep -oE '[0-9]+ (skipped|errors?|xfailed|xpassed|deselected)' <<< "$line" | paste -sd, - | sed 's/,/, /g' || true)"
  echo "${passed:-0} passed, ${failed:-0} failed${rest:+, $rest}"
}

main() {
  SUITES=(); PYTEST_ARGS=(); DEMO=""; WHEELS_ONLY=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --) shift; PYTEST_ARGS=("$@"); break ;;
      -h|--help) usage; exit 0 ;;
      --demo) DEMO=1; shift ;;
      --wheels) [ $# -ge 2 ] || die "--wheels needs a Python version such as 3.13"; WHEELS_ONLY="$2"; shift 2 ;;
      -*) die "unknown option $1 (pytest arguments go after --)" ;;
      *) SUITES+=("$1"); shift ;;
    esac
  done
  [ ${#SUITES[@]} -gt 0 ] || SUITES=(trixie sid)
  if [ -n "${LBM_CHROOT_SKIP:-}" ]; then
    log "LBM_CHROOT_SKIP is set: not testing on other QGIS versions"
    return 0
  fi
  if [ -n "$WHEELS_ONLY" ]; then
    mkdir -p "$CACHE"
    CACHE="$(cd "$CACHE" && pwd -P)"
    exec 9> "$CACHE/.lock"
    flock 9
    test_wheels "$WHEELS_ONLY"
    return 0
  fi
  [ "$(id -u)" = 0 ] || die "run as root: debootstrap, chroot and mounts need it"
  if [ -n "$DEMO" ]; then
    WHAT="the demo"; RUN_LOG=demo.log
    # The demo, then the first annex's pages as images (to look at: text and tables present).
    COMMAND=(/bin/bash -c 'out="$LBM_TEST_ARTIFACTS/demo"; rm -rf "$out" && bash scripts/demo.sh "$out" &&
      pdf="$(ls "$out"/annexes/*.pdf | head -n1)" && pdftoppm -png -r 100 "$pdf" "$out/annex_page" &&
      echo "annex pages: $(ls "$out"/annex_page-*.png | tr "\n" " ")(from $pdf)"')
  else
    WHAT="the test suite"; RUN_LOG=pytest.log
    COMMAND=(bash scripts/test.sh -p no:cacheprovider "${PYTEST_ARGS[@]}")
  fi

  mkdir -p "$CACHE"
  CACHE="$(cd "$CACHE" && pwd -P)"
  exec 9> "$CACHE/.lock"
  flock -n 9 || { log "another run uses $CACHE: waiting for it"; flock 9; }

  local summary=() failed=0 suite qgis result verdict line art
  for suite in "${SUITES[@]}"; do
    BUILD_NOTE=""; TEST_TIME=0; TEST_RC=0
    ensure_chroot "$suite"
    qgis="$(in_chroot "$CACHE/$suite" dpkg-query -W -f='${Version}' qgis | sed 's/^[0-9]*://; s/[+~-].*//')"
    run_tests "$suite"
    art="$ROOT/test-artifacts/qgis-$suite"
    if [ -n "$DEMO" ]; then result="demo"; else result="$(pytest_counts "$art/pytest.log")"; fi
    if [ "$TEST_RC" = 0 ]; then verdict=ok; else verdict="FAILED (exit $TEST_RC)"; failed=1; fi
    summary+=("QGIS $qgis ($suite): $result — $verdict; run $(duration "$TEST_TIME"), chroot $BUILD_NOTE")
    while read -r line; do summary+=("    $line"); done < <(grep -E '^(FAILED|ERROR) ' "$art/$RUN_LOG" | cut -c1-160 || true)
  done

  echo
  echo "== ${WHAT^} on other QGIS versions (logs: test-artifacts/qgis-<suite>/$RUN_LOG) =="
  printf '%s\n' "${summary[@]}"
  return "$failed"
}

# All of the script is read before it runs: editing or pulling it during a run does not disturb the run.
main "$@"; exit $?
