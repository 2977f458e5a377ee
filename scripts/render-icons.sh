#!/bin/sh
# Renders the application icon's PNG sizes from its SVG (Debian: librsvg2-bin). Run after
# changing resources/desktop/org.herald.Herald.svg and commit the PNGs.
set -eu
dir=$(cd "$(dirname "$0")/../resources/desktop" && pwd)
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$dir/icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$dir/org.herald.Herald.svg" \
        -o "$dir/icons/hicolor/${size}x${size}/apps/org.herald.Herald.png"
done
