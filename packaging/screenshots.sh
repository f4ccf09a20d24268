#!/usr/bin/env bash
# Renders the README's screenshots from the real window (under Xvfb when there is no display).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ALTINN_BUILD_DIR:-$ROOT/build}
OUT=$ROOT/packaging/screenshots
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
mkdir -p "$OUT"
export HOME=$HOME_DIR XDG_CONFIG_HOME=$HOME_DIR/.config XDG_DATA_HOME=$HOME_DIR/.local/share
run() { xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/designer/altinn-designer" "$@"; }
run --sample --language en --screenshot "$OUT/main-window.png"
run --sample --language nb --editor forms --screenshot "$OUT/form-builder-nb.png"
run --sample --language en --editor datamodel --screenshot "$OUT/datamodel-editor.png"
run --sample --language nn --editor texts --screenshot "$OUT/text-editor-nn.png"
echo "Wrote $OUT/main-window.png, form-builder-nb.png, datamodel-editor.png, text-editor-nn.png"
