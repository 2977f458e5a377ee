#!/bin/sh
# tst_faults fullDiskWhileSending, in a mount namespace of its own: $FULL gets a 16 MiB
# tmpfs; $WS is the demo workspace, $HERALDCTL the binary, $FLASH and $SPRING campaign
# ids, $ERR where the workers' standard error goes. Each wait is on a condition, with a
# generous limit (tenths of a second).
set -u
mount -t tmpfs -o size=16m tmpfs "$FULL" || exit 99
cp "$WS" "$FULL/w.herald"
H() { "$HERALDCTL" --workspace "$FULL/w.herald" "$@"; }
waitfor() { i=0; until eval "$1"; do i=$((i+1)); [ $i -gt 1800 ] && { echo "gave up on: $1"; return 1; }; sleep 0.1; done; }
# A full disk before anything starts: nothing is queued, and the worker cannot open.
dd if=/dev/zero of="$FULL/.filler" bs=1024 2>/dev/null
H run "$SPRING" --accept-disclaimer --wait > /dev/null 2> "$ERR.wait"; echo "wait-exit=$?"
H worker 2> "$ERR.start"; echo "start-exit=$?"
rm -f "$FULL/.filler"
H status "$SPRING" --json | grep -c '"kind": "live"' | sed 's/^/spring-live-runs=/'
# The disk fills while the worker sends (one message at a time, so it is still sending).
H providers set --channel sms --provider simulator --settings '{"latency_ms":20,"window":1}' > /dev/null || exit 94
H run "$FLASH" --accept-disclaimer > /dev/null || exit 90
"$HERALDCTL" --workspace "$FULL/w.herald" worker 2> "$ERR" &
W=$!
waitfor 'H status "$FLASH" --json | grep -q "\"Delivered\": [1-9]"' || exit 95
dd if=/dev/zero of="$FULL/.filler" bs=1024 2>/dev/null
waitfor 'grep -q "sending held" "$ERR"' || exit 91
rm -f "$FULL/.filler"
waitfor 'grep -q "sending resumed" "$ERR"' || exit 92
waitfor 'H status "$FLASH" --json | grep -q "\"campaign_status\": \"Completed\""' || exit 93
kill -TERM $W; wait $W; echo "worker-exit=$?"
echo "held-lines=$(grep -c "sending held" "$ERR")"
H status "$FLASH" --json
