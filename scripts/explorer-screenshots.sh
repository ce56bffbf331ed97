#!/usr/bin/env bash
# Copies the explorer screenshots of the last e2e run (.tmp/screenshots/explorer/) into
# docs/screenshots/, where the docs link them. Run the e2e tier first:
#   npx jest --selectProjects e2e && bash scripts/explorer-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src=.tmp/screenshots/explorer
compgen -G "$src/explorer-*.png" >/dev/null || { echo "no screenshots in $src: run the e2e tier first" >&2; exit 1; }
mkdir -p docs/screenshots
cp "$src"/explorer-*.png docs/screenshots/
ls docs/screenshots/explorer-*.png
