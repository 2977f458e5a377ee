#pragma once

#include <QTest>

// A test whose real peer (smtp-sink, aiosmtpd, Kannel, a keyring, PostgreSQL) is missing:
// skipped when run by hand, a failure under the test command (scripts/run-tests.sh sets
// HERALD_REQUIRE_PEERS), so a green run always means the real peers were exercised.
#define HERALD_PEER_MISSING(message)                                                                                   \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("HERALD_REQUIRE_PEERS"))                                                         \
            QFAIL(message " (HERALD_REQUIRE_PEERS is set: scripts/install-deps.sh installs every peer)");              \
        QSKIP(message);                                                                                                \
    } while (false)
