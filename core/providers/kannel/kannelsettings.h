#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QUrl>

namespace herald {

// Where and how Herald sends SMS through a Kannel gateway for one tenant, and where the
// gateway's delivery reports and inbound messages arrive: the tenant's listener when it
// has one, unless "listen" gives the provider a listener of its own.
struct KannelSettings
{
    QUrl url = QUrl(QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms")); // smsbox's sendsms
    QString user;
    QString password; // never stored: read from the keyring, password_file or password_env
    QString from;     // sender when the campaign's sender names none
    QString smsc;     // route through this SMSC id; empty: the gateway chooses
    QString region;   // ISO 3166 region of the national numbers the gateway reports; empty: none
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 14013;
    bool ownListener = false; // "listen" was given
    QUrl callbackUrl; // how the gateway reaches the listener; empty: the listener's address or public URL
    int window = 100; // sendsms requests in flight
    int timeoutMs = 30000;

    // {"url", "user", "password_keychain" | "password_file" | "password_env", "from", "smsc",
    //  "region", "listen": "address:port", "callback_url", "window", "timeout_ms"}
    static Result<KannelSettings> fromJson(const QString &json, const QString &typedPassword = {});
    // "127.0.0.1:14013"
    QString listen() const;
    // The base of the delivery report and inbound URLs the gateway calls, given the
    // tenant's listener (`site.base`, empty for none).
    QUrl callbackBase(const QUrl &tenantListener) const;
    // Whether the provider listens itself: "listen" was given, or the tenant has none.
    bool listensItself(const QUrl &tenantListener) const { return ownListener || tenantListener.isEmpty(); }
    // A number the gateway reports (an inbound message's sender or recipient) as E.164:
    // "+" numbers as they are, national ones of `region`, then digits alone as
    // international ones without their "+"; anything else (a short code, a name) as it is.
    QString e164(const QString &reported) const;
};

} // namespace herald
