#!/usr/bin/env bash
# `cmake --install` of a build into a throw-away root: every file a desktop and a software
# centre look for is there, the launcher entry and the AppStream metadata validate, and
# the installed programs run (without a display).
#   tests/packaging/install_layout.sh BUILD_DIR
set -euo pipefail
build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
for f in usr/bin/herald usr/bin/heraldctl \
    usr/share/applications/org.herald.Herald.desktop \
    usr/share/metainfo/org.herald.Herald.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.herald.Herald.svg \
    usr/share/icons/hicolor/16x16/apps/org.herald.Herald.png \
    usr/share/icons/hicolor/48x48/apps/org.herald.Herald.png \
    usr/share/icons/hicolor/256x256/apps/org.herald.Herald.png \
    usr/share/doc/herald/copyright usr/share/doc/herald/changelog.Debian.gz usr/share/doc/herald/README.md \
    usr/share/man/man1/herald.1.gz usr/share/man/man1/heraldctl.1.gz \
    usr/share/bash-completion/completions/heraldctl usr/lib/systemd/user/herald-worker.service; do
    if [ ! -e "$root/$f" ]; then
        echo "install_layout: $f is not installed" >&2
        exit 1
    fi
done
desktop-file-validate "$root/usr/share/applications/org.herald.Herald.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.herald.Herald.metainfo.xml" >/dev/null
grep -q '^Icon=org.herald.Herald$' "$root/usr/share/applications/org.herald.Herald.desktop"
# The man pages render without a warning and name every command of the table.
for page in herald heraldctl; do
    warnings=$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -ww -z 2>&1)
    if [ -n "$warnings" ]; then
        echo "install_layout: $page.1: $warnings" >&2
        exit 1
    fi
done
man_commands=$(zcat "$root/usr/share/man/man1/heraldctl.1.gz" | grep -c '^\.B ')
help_commands=$("$root/usr/bin/heraldctl" --help | sed -n '/^Commands:/,/^$/p' | grep -c '^  [a-z]')
if [ "$man_commands" -lt "$help_commands" ]; then
    echo "install_layout: heraldctl.1 has $man_commands entries for $help_commands commands" >&2
    exit 1
fi
# The completion completes: a command word, a subcommand, a command's options.
complete_at() { # the words typed; prints what the completion offers
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _heraldctl; echo "${COMPREPLY[*]}"' \
        _ "$root/usr/share/bash-completion/completions/heraldctl" "$@"
}
[ "$(complete_at heraldctl poo)" = "pools" ]
complete_at heraldctl pools e | grep -qw edit
complete_at heraldctl pools edit UK --max | grep -qw -- --max-calls
complete_at heraldctl --tenant Acme templates edit T --aud | grep -qw -- --audio-file
grep -q "^ExecStart=heraldctl worker$" "$root/usr/lib/systemd/user/herald-worker.service"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/herald" --version)
case "$version" in "Herald "*) ;; *) echo "install_layout: herald --version said '$version'" >&2; exit 1 ;; esac
"$root/usr/bin/heraldctl" --version | grep -q '^heraldctl '
echo "install_layout: $(find "$root" -type f | wc -l) files installed and checked"
