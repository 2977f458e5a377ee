#!/usr/bin/env bash
# A new organisation, from an empty workspace to a delivered live run, with heraldctl
# commands only: a reviewer, an email sender, an SMTP provider at postfix's smtp-sink
# (started here on loopback), a goal, a writer, a template, a list of 50 contacts from
# CSV, a campaign from JSON, the reviewer's approval, Herald's listener for the
# unsubscribe links, a clean preflight, the run, and one recipient unsubscribing with
# one click (RFC 8058) through a worker's listener.
set -euo pipefail

: "${HERALDCTL:?HERALDCTL names the heraldctl binary}"
sink_binary=/usr/sbin/smtp-sink
if [ ! -x "$sink_binary" ]; then
    echo "FAIL: postfix's smtp-sink is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi

work=$(mktemp -d)
sink=
worker=
cleanup() {
    for pid in $sink $worker; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Waits (20 s at most) until something listens on the port, while process $2 lives.
await_port() {
    for _ in $(seq 1 200); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# smtp-sink on a free loopback port, dumping each message (as nobody when root: it
# refuses to run as root).
port=$(free_port)
mkdir "$work/mail"
chmod 0777 "$work" "$work/mail"
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(-u nobody)
"$sink_binary" "${as_user[@]}" -d "$work/mail/msg." "127.0.0.1:$port" 256 &
sink=$!
await_port "$port" "$sink" || fail "smtp-sink did not start"

ws="$work/acme.herald"
h() { "$HERALDCTL" --workspace "$ws" "$@"; }

h init --tenant "Acme Outdoor" --user "Ada Admin"
h users add "Rita Reviewer" --role reviewer --email rita@acme.example
h senders add --channel email --name "Acme Outdoor" --address news@acme.example --reply-to help@acme.example
h providers set --channel email --provider smtp \
    --settings "{\"host\":\"127.0.0.1\",\"port\":$port,\"tls\":\"none\",\"connections\":3}"
h providers test --channel email
h goals create --name "Spring replies" --metric replies --target 0.05
h writers create --name "Friendly" --instructions "Warm and short, no jargon." --key-point "New tents are in"
cat >"$work/spring.html" <<'HTML'
<html><body>
<p>Hello {{first_name|there}},</p>
<p>Our spring tents are in. Reply to this email and we will hold one for you.</p>
<p>{{sender_name}}</p>
<p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>
</body></html>
HTML
h templates create --channel email --name "Spring news" --subject "Spring is here, {{first_name|friend}}" \
    --html-file "$work/spring.html" --preheader "New tents, and one held for you"

{
    echo "first_name,last_name,email"
    for i in $(seq 1 50); do echo "Camper,Number $i,camper$i@example.net"; done
} >"$work/contacts.csv"
h import-contacts "$work/contacts.csv" --list "Newsletter"

cat >"$work/campaign.json" <<'JSON'
{
    "name": "Spring tents",
    "goal": "Spring replies",
    "writer": "Friendly",
    "reviewer": "Rita Reviewer",
    "contact_list": "Newsletter",
    "launch_type": "manual",
    "channels": [{"kind": "email", "template": "Spring news", "sender": "Acme Outdoor"}]
}
JSON
id=$(h campaigns create --json "$work/campaign.json" | jq -r .id)
[ -n "$id" ] && [ "$id" != null ] || fail "campaigns create printed no id"

h --user "Rita Reviewer" campaigns approve "$id" --comment "Good to go"
h campaigns activate "$id"
# Mail to real mailboxes carries working unsubscribe links, served by Herald's listener.
if h preflight "$id" >/dev/null 2>&1; then fail "preflight passed without the listener for unsubscribe links"; fi
listen="127.0.0.1:$(free_port)"
h tenants edit "Acme Outdoor" --listen "$listen" --public-url "http://$listen"
h preflight "$id" --json >"$work/preflight.json" || fail "preflight of $id is not clean: $(cat "$work/preflight.json")"
h run "$id" --accept-disclaimer --wait --json >/dev/null

delivered=$(h status "$id" --json | jq '[.runs[-1].channels[0].counts.Delivered // 0] | add')
[ "$delivered" -eq 50 ] || fail "$delivered of 50 messages were delivered"
stored=$(grep -l '^Message-ID:' "$work"/mail/msg.* | wc -l)
[ "$stored" -eq 50 ] || fail "smtp-sink stored $stored of 50 messages"
grep -q '^Reply-To: help@acme.example' "$work"/mail/msg.* || fail "the messages carry no Reply-To"

# One recipient unsubscribes as a mailbox provider does: POST One-Click to the message's
# List-Unsubscribe link, served by a worker's listener.
link=$(grep -h -A1 '^List-Unsubscribe:' "$work"/mail/msg.* | grep -o "http://$listen/u/[^>]*" | head -1)
[ -n "$link" ] || fail "the messages carry no List-Unsubscribe link to the listener"
"$HERALDCTL" --workspace "$ws" worker & # not through h(): $! is then the worker itself
worker=$!
await_port "${listen#*:}" "$worker" || fail "the worker's listener did not start"
status=$(python3 - "$link" <<'PY'
import sys, urllib.request
request = urllib.request.Request(sys.argv[1], data=b"List-Unsubscribe=One-Click", method="POST")
print(urllib.request.urlopen(request, timeout=60).status)
PY
)
[ "$status" = 200 ] || fail "one-click unsubscribe answered $status"
h optouts list --json | jq -e '[.[] | select(.source == "unsubscribe link" and .channel == "email")] | length == 1' \
    >/dev/null || fail "the unsubscribe is not on the opt-out list: $(h optouts list --json)"
echo "PASS: 50 messages delivered to smtp-sink, one unsubscribed with one click"
