#pragma once

#include "domain/result.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace herald {

// Where and how Herald places calls for one tenant: a SIP trunk or PBX reached through
// its proxy, the credentials it challenges for, and the limits of the trunk.
struct SipSettings
{
    enum class Transport { Udp, Tcp, Tls };

    QString proxyHost = QStringLiteral("127.0.0.1"); // from "proxy": sip:HOST[:PORT]
    quint16 proxyPort = 5060;                         // 5061 for TLS
    Transport transport = Transport::Udp;
    // TLS: the trunk's certificate must be valid for proxyHost and signed by an authority
    // the system trusts, or by the one in this PEM file.
    QString tlsCaFile;
    QString user;     // digest user; also the user part of the Contact
    QString password; // never stored: read from the keyring, password_file or password_env
    QString domain;   // the host of caller IDs (From, P-Asserted-Identity); empty: the proxy's
    QString callerIdFormat = QStringLiteral("e164"); // "e164" (+15550100) or "digits" (15550100)
    QHostAddress localAddress; // where SIP and RTP bind; null: the address that routes to the proxy
    int ringTimeoutSecs = 30;  // then CANCEL: No Answer
    int maxCalls = 10;         // simultaneous calls
    int callsPerMinute = 60;
    int keypressWaitSecs = 5;  // after the script, for a keypress, before BYE
    QString voice = QStringLiteral("en"); // espeak-ng voice for script text
    QChar optOutKey = u'9';    // the callee opts out of calls with it; null: no key does
    QHash<QChar, QString> keys; // what other keys mean, recorded as replies ("1: call me back")

    // {"proxy": "sip:HOST:PORT", "transport": "udp"|"tcp"|"tls", "user",
    //  "password_keychain" | "password_file" | "password_env", "domain",
    //  "caller_id_format": "e164"|"digits", "local_address", "ring_timeout_secs",
    //  "max_calls", "calls_per_minute", "keypress_wait_secs", "voice", "opt_out_key": "9",
    //  "keys": {"1": "call me back"}, "tls_ca_file": "/path/ca.pem"}
    static Result<SipSettings> fromJson(const QString &json, const QString &typedPassword = {});
    // The voice the settings name, or the default: what a preview of a call needs, with
    // nothing else checked and no password read.
    static QString voiceOf(const QString &json);

    // The request URI for a number: sip:+15550100@proxy (sip:15550100@... with "digits").
    QString uriFor(const QString &e164) const;
    // The caller ID URI for a number, in `domain`.
    QString callerIdFor(const QString &e164) const;
    QString transportName() const;
    // "pbx.example.org:5060", "[2001:db8::1]:5060": the proxy in messages and URIs.
    QString proxyAddress() const;
    // What a key pressed during a call is recorded as: "1: call me back", or "1".
    QString replyFor(QChar key) const;
};

} // namespace herald
