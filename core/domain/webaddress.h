#pragma once

#include <QHostAddress>

#include <optional>
#include <utility>

class QUrl;

namespace herald {

// "HOST:PORT" where a listener binds: an IP address (IPv6 in brackets) and a port from 1
// to 65535; empty when the text is not one. Callers name the setting in their error.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

// The http URL a listener bound to `address`:`port` is reached by from this machine
// (an any-address listener by 127.0.0.1).
QUrl localUrl(const QHostAddress &address, quint16 port);

// Where gateways and people reach a tenant's listener: its public URL, else the address
// it listens on ("HOST:PORT"); empty when it has no listener.
QUrl listenerBase(const QString &listen, const QString &publicUrl);

// A valid http or https URL with a host: what Herald calls, or sends people to.
bool isWebAddress(const QUrl &url);

// `base` with `tail` after its path and a slash: an API's method address
// (https://api.example/v1 + "send" -> https://api.example/v1/send).
QUrl underPath(const QUrl &base, const QString &tail);

} // namespace herald
