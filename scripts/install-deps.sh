#!/usr/bin/env bash
# Installs the Debian 12 packages Herald needs to build, run and test.
# Idempotent: when everything is installed already it changes nothing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev
    libical-dev
    # ICU's charset detector: the encoding of CSV files that are not UTF-8
    libicu-dev
    # phone numbers: parsing, E.164 and possible-number checks for every region
    libphonenumber-dev
    # SQLite's online backup API (heraldctl workspace backup); Qt's driver uses the same library
    libsqlite3-dev
    # the inbound mailbox (bounces, complaints, replies): IMAP over TLS and a MIME parser;
    # Dovecot is the IMAP server the tests start with a throw-away configuration
    libcurl4-openssl-dev libgmime-3.0-dev dovecot-imapd
    # HTML as text (an email's text part, an HTML-only reply)
    libxml2-dev
    # phone calls: SIP, SDP, RTP (libre), the script spoken (espeak-ng), audio files read
    # and resampled (libsndfile, libsamplerate); SIPp is the far end the tests call
    libre-dev libssl-dev espeak-ng libsndfile1-dev libsamplerate0-dev sip-tester
    # a TLS front for SIPp in the tests (SIPp is built without TLS)
    socat
    # the run dialog plays a call's message through the system's audio output
    qt6-multimedia-dev
    # Qt's own dialogs and buttons in the user's language (qtbase_de.qm, …)
    qt6-translations-l10n
    # the icons (Breeze, built in as SVG) drawn by Qt's SVG icon engine
    libqt6svg6
    # the gateway callback listener; Debian's qt6-httpserver-dev forgets its WebSockets dependency
    qt6-httpserver-dev qt6-websockets-dev
    # provider passwords in the desktop's keyring
    qtkeychain-qt6-dev
    # running the GUI and its offscreen tests
    fonts-dejavu-core
    # the installed launcher entry and AppStream metadata are validated by the tests;
    # the icon's PNGs are rendered from its SVG (scripts/render-icons.sh)
    desktop-file-utils appstream librsvg2-bin
    # the man pages are checked by rendering them; CPack's Debian package (its library
    # dependencies from dpkg-shlibdeps, which needs file and readelf), checked by lintian
    groff-base dpkg-dev file binutils lintian
    # real peers the integration tests start on loopback: smtp-sink; an SMTP server
    # with STARTTLS and AUTH (tests/integration/peers) and its throw-away certificate
    postfix python3-aiosmtpd openssl
    # the new-organisation journey test (a shell script) reads heraldctl's JSON
    jq
    # unshare: the fault tests give heraldctl a small disk (a tmpfs in a mount namespace)
    util-linux
    # an SMS gateway: bearerbox and smsbox, and the fake SMS centre from the extras
    kannel kannel-extras
    # a system keyring for the keyring tests: a private session bus and GNOME Keyring's
    # Secret Service (libsecret is what QtKeychain talks to it with)
    dbus-daemon gnome-keyring libsecret-1-0
    # team workspaces: Qt's PostgreSQL driver, libpq (connection URIs), and the server
    # the tests start a throw-away cluster of (initdb, pg_ctl)
    libqt6sql6-psql libpq-dev postgresql
    # print preview and PDF reports; pdftotext and pdfinfo check the PDFs the tests write
    poppler-utils
)
# Node.js runs the independent Web Push service the tests send to (npm's
# web-push-testing, below); Debian's, unless the machine has a Node.js of its own.
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    # Dovecot is a test peer only (the tests start their own on loopback): the system IMAP
    # server its package starts on a machine with systemd is switched off again.
    if printf '%s\n' "${missing[@]}" | grep -qx dovecot-imapd && command -v systemctl > /dev/null \
        && [ -d /run/systemd/system ]; then
        "${sudo[@]}" systemctl disable --now dovecot.service || true
    fi
fi

# The Web Push service the tests send to (npm's web-push-testing, pinned by its lock
# file), into the source tree; again only when the lock file changed.
peer="$(dirname "$0")/../tests/integration/peers/webpush"
if ! cmp -s "$peer/package-lock.json" "$peer/node_modules/.installed-lock.json" 2>/dev/null; then
    echo "Installing the Web Push test peer (npm ci)"
    npm ci --prefix "$peer" --no-audit --no-fund --loglevel=error
    cp "$peer/package-lock.json" "$peer/node_modules/.installed-lock.json"
fi
