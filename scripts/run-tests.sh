#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine, builds Herald with the CI preset
# (warnings are errors) and runs the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
