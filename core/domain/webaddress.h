#pragma once

#include <QHostAddress>

#include <optional>
#include <utility>

class QUrl;

namespace herald {

// "HOST:PORT" where a listener binds: an IP address (IPv6 in brackets) and a port from 1
// to 65535; empty when the text is not one. Callers name the setting in their error.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

// A valid http or https URL with a host: what Herald calls, or sends people to.
bool isWebAddress(const QUrl &url);

} // namespace herald
