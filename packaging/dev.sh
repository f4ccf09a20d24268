#!/usr/bin/env bash
# Sets up, builds and runs Altinn Designer on Debian 12, as root or as a user with sudo.
#
#   packaging/dev.sh run     install what is missing, build, open the designer on the sample app
#   packaging/dev.sh test    install what is missing, build, run the whole test suite headless
#   packaging/dev.sh build   install what is missing and build
#   packaging/dev.sh deps    only install what is missing
#
# Every step is skipped when it has nothing to do, so a second run is quick.
# Environment: ALTINN_BUILD_DIR (default: build), ALTINN_FUZZ_SECONDS (default: 45),
# ALTINN_SHARED_DIR (default: ../shared beside the project).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ALTINN_BUILD_DIR:-$ROOT/build}
FUZZ_BUILD=${BUILD}-fuzz
SHARED=${ALTINN_SHARED_DIR:-$ROOT/../shared}
JOBS=2

# Debian 12 packages: compiler and build tools, Qt 6, the libraries the models use, and
# what the tests need (a display server for GUI screenshots, git, clang's libFuzzer, and node
# with npm: the tests judge written layouts with the official schema through ajv, which they
# install into the build folder's node-tools/ the first time).
PACKAGES=(
  cmake ninja-build g++ pkg-config git ca-certificates
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev
  libgit2-dev libxerces-c-dev libyaml-cpp-dev
  xvfb xauth fonts-dejavu-core
  clang libclang-rt-14-dev libxml2-utils
  nodejs npm
)
# Packages whose command may come from elsewhere (NodeSource's nodejs bundles npm and cannot be
# installed beside Debian's npm): skipped when the command is there.
declare -A PROVIDED_BY_COMMAND=([nodejs]=node [npm]=npm)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if [ -n "${PROVIDED_BY_COMMAND[$p]:-}" ] && command -v "${PROVIDED_BY_COMMAND[$p]}" >/dev/null; then
      continue
    fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root, or install sudo." >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  if [ ! -f "$BUILD/build.ninja" ]; then
    say "Configuring in $BUILD"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DALTINN_SHARED_DIR="$SHARED" -DALTINN_WERROR=ON
  fi
  say "Building"
  cmake --build "$BUILD" -j "$JOBS"
}

build_fuzz() {
  if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
    say "Configuring the fuzz targets (clang) in $FUZZ_BUILD"
    cmake -S "$ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DALTINN_FUZZ_ONLY=ON \
      -DALTINN_SHARED_DIR="$SHARED" -DALTINN_FUZZ_SECONDS="${ALTINN_FUZZ_SECONDS:-45}"
  fi
  cmake --build "$FUZZ_BUILD" -j "$JOBS"
}

run_designer() {
  local cmd=("$BUILD/designer/altinn-designer" --sample)
  # QtWebEngine (used by the preview) refuses to run as root without this.
  [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    say "No display found: running under xvfb-run (use a desktop session to see the window)"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "${cmd[@]}"
  fi
  say "Opening the designer on the sample app"
  exec "${cmd[@]}"
}

run_tests() {
  if [ ! -d "$SHARED/corpus" ]; then
    echo "The shared corpus is missing at $SHARED (set ALTINN_SHARED_DIR)." >&2
    [ "${CI:-}" = "true" ] && exit 1
  fi
  say "Running the test suite (headless)"
  local status=0
  (cd "$BUILD" && QT_QPA_PLATFORM=offscreen ctest -j "$JOBS" --output-on-failure --timeout 600) || status=$?
  build_fuzz
  say "Fuzzing the JSON layer for ${ALTINN_FUZZ_SECONDS:-45} s"
  (cd "$FUZZ_BUILD" && ctest --output-on-failure) || status=$?
  return $status
}

case "${1:-}" in
  run)   install_deps; build; run_designer ;;
  test)  install_deps; build; run_tests ;;
  build) install_deps; build ;;
  deps)  install_deps ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
