#include "kannelcallbacklistener.h"

#include "kannelprovider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QUrlQuery>

namespace herald {

namespace {

// Listeners of this thread by "address:port".
thread_local QHash<QString, std::weak_ptr<KannelCallbackListener>> t_listeners;

QString keyOf(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

QHttpServerResponse answer(QHttpServerResponse::StatusCode status, const char *text)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray(text) + '\n', status);
}

QString item(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
}

// Kannel's "to"/"from" of an inbound message: a number, a short code or an alphanumeric
// sender, never anything that could carry markup or control characters.
bool isAddress(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9A-Za-z .-]{1,32}$"));
    return re.match(s).hasMatch();
}

QUrlQuery queryOf(const QHttpServerRequest &request)
{
    // POST carries the same parameters in a form body.
    if (request.method() == QHttpServerRequest::Method::Post && !request.body().isEmpty())
        return QUrlQuery(QString::fromUtf8(request.body()));
    return request.query();
}

} // namespace

Result<std::shared_ptr<KannelCallbackListener>> KannelCallbackListener::acquire(const QHostAddress &address, quint16 port)
{
    const QString key = keyOf(address, port);
    if (port != 0)
        if (auto existing = t_listeners.value(key).lock())
            return existing;
    std::shared_ptr<KannelCallbackListener> listener(new KannelCallbackListener(address, port));
    if (listener->m_port == 0)
        return Error::runtime(u"cannot listen for Kannel's delivery reports on " + address.toString() + u':'
                              + QString::number(port)
                              + u": the address is in use or not on this machine; change \"listen\" in the SMS "
                                u"provider settings");
    listener->m_key = keyOf(address, listener->m_port);
    t_listeners.insert(listener->m_key, listener);
    return listener;
}

KannelCallbackListener::KannelCallbackListener(const QHostAddress &address, quint16 port)
    : m_server(std::make_unique<QHttpServer>())
{
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    m_server->route(QStringLiteral("/kannel/dlr"), methods,
                    [this](const QHttpServerRequest &request) { return deliveryReport(request); });
    m_server->route(QStringLiteral("/kannel/mo"), methods,
                    [this](const QHttpServerRequest &request) { return inbound(request); });
    m_port = m_server->listen(address, port);
}

KannelCallbackListener::~KannelCallbackListener()
{
    if (!m_key.isEmpty())
        t_listeners.remove(m_key);
}

void KannelCallbackListener::attach(const QString &token, KannelProvider *provider)
{
    m_providers.insert(token, provider);
}

void KannelCallbackListener::detach(const QString &token)
{
    m_providers.remove(token);
}

KannelProvider *KannelCallbackListener::providerFor(const QHttpServerRequest &request) const
{
    const QString token = item(queryOf(request), "token");
    return token.isEmpty() ? nullptr : m_providers.value(token).data();
}

QHttpServerResponse KannelCallbackListener::deliveryReport(const QHttpServerRequest &request)
{
    KannelProvider *provider = providerFor(request);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const QUrlQuery query = queryOf(request);
    bool idOk = false;
    bool typeOk = false;
    const Id id = item(query, "id").toLongLong(&idOk);
    const int type = item(query, "type").toInt(&typeOk);
    const QString reason = item(query, "reason");
    if (!idOk || id <= 0)
        return answer(QHttpServerResponse::StatusCode::BadRequest, "id must be a message number");
    if (!typeOk || !KannelProvider::isReportType(type))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "type must be 1, 2, 4, 8 or 16");
    if (reason.size() > kMaxText)
        return answer(QHttpServerResponse::StatusCode::BadRequest, "reason is too long");
    provider->deliveryReport(id, type, reason);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

QHttpServerResponse KannelCallbackListener::inbound(const QHttpServerRequest &request)
{
    KannelProvider *provider = providerFor(request);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const QUrlQuery query = queryOf(request);
    const QString from = item(query, "from");
    const QString to = item(query, "to");
    const QString text = item(query, "text");
    if (!isAddress(from))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "from must be a phone number");
    if (!to.isEmpty() && !isAddress(to))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "to must be a phone number");
    if (text.size() > kMaxText || text.contains(QChar(0)))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "text is too long or not text");
    provider->receive(from, to, text);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

} // namespace herald
