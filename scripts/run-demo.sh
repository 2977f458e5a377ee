#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine, builds Herald and starts the GUI.
# The first start creates the demo workspace; pass --workspace FILE to use another file.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target herald heraldctl
exec ./build/dev/bin/herald "$@"
