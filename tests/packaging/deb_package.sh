#!/usr/bin/env bash
# The Debian package: built by CPack from the build directory, installed with apt on this
# machine (its dependencies must resolve), run (`herald --version`, `heraldctl init
# --demo`), then removed, leaving none of its files behind. lintian checks it first.
#   tests/packaging/deb_package.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
installed=
cleanup() {
    if [ -n "$installed" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y herald >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
if [ "$(id -u)" != 0 ]; then
    echo "deb_package: installing a package needs root (run the tests as root, as CI does)" >&2
    exit 1
fi
if dpkg -s herald >/dev/null 2>&1; then
    echo "deb_package: a herald package is installed already; remove it first" >&2
    exit 1
fi
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/herald_*.deb)
dpkg-deb -f "$deb" Depends | grep -q 'espeak-ng' || { echo "deb_package: Depends lacks espeak-ng" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "deb_package: Depends lacks Qt (shlibdeps)" >&2; exit 1; }
# Debian's policy checks: any error or warning fails (overrides would need a reason here).
lint=$(lintian --tag-display-limit 0 --fail-on error,warning "$deb" 2>&1) \
    || { echo "deb_package: lintian: $lint" >&2; exit 1; }
installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; exit 1; }
# Whole outputs first: `grep -q` would close the pipe early and, with pipefail, fail the
# writer's SIGPIPE.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/herald --version)
grep -q '^Herald ' <<<"$version" || { echo "deb_package: herald --version said: $version" >&2; exit 1; }
HOME="$work/home" XDG_DATA_HOME="$work/home/data" /usr/bin/heraldctl --workspace "$work/demo.herald" init --demo >/dev/null
list=$(HOME="$work/home" /usr/bin/heraldctl --workspace "$work/demo.herald" campaigns list --json)
grep -q '"name"' <<<"$list" || { echo "deb_package: heraldctl campaigns list --json said: ${list:0:300}" >&2; exit 1; }
files=$(dpkg -L herald | grep -c '^/usr/')
DEBIAN_FRONTEND=noninteractive apt-get remove -y herald >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
installed=
for f in /usr/bin/herald /usr/bin/heraldctl /usr/share/applications/org.herald.Herald.desktop \
    /usr/share/man/man1/heraldctl.1.gz /usr/share/man/man1/heraldctl.1; do
    if [ -e "$f" ]; then
        echo "deb_package: $f is left after removal" >&2
        exit 1
    fi
done
echo "deb_package: $(basename "$deb") installed ($files paths), ran and removed"
