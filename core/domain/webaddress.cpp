#include "webaddress.h"

#include <QUrl>

namespace herald {

std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (address.isNull() || !portOk || port < 1 || port > 65535)
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

QUrl localUrl(const QHostAddress &address, quint16 port)
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    const bool any = address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::Any)
                     || address == QHostAddress(QHostAddress::AnyIPv6);
    u.setHost(any ? QStringLiteral("127.0.0.1") : address.toString());
    u.setPort(port);
    return u;
}

QUrl listenerBase(const QString &listen, const QString &publicUrl)
{
    const auto address = parseListenAddress(listen);
    if (!address)
        return {};
    return publicUrl.isEmpty() ? localUrl(address->first, address->second) : QUrl(publicUrl);
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QUrl underPath(const QUrl &base, const QString &tail)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + tail);
    return url;
}

} // namespace herald
