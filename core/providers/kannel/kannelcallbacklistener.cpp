#include "kannelcallbacklistener.h"

#include "kannelcallback.h"
#include "kannelprovider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

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

// The callback's parameters: the query of a GET, or the body of a POST.
QByteArray formOf(const QHttpServerRequest &request)
{
    if (request.method() == QHttpServerRequest::Method::Post && !request.body().isEmpty())
        return request.body();
    return request.url().query(QUrl::FullyEncoded).toLatin1();
}

QHttpServerResponse refused(const Error &why)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), why.message.toUtf8() + '\n',
                               QHttpServerResponse::StatusCode::BadRequest);
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
    // A gateway reports over many connections at once (smsbox opens a couple of hundred
    // under load): a short backlog would drop reports on the floor.
    auto *tcp = new QTcpServer(m_server.get());
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(address, port))
        return;
    m_server->bind(tcp);
    m_port = tcp->serverPort();
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
    const QString token = kannelcallback::token(formOf(request));
    return token.isEmpty() ? nullptr : m_providers.value(token).data();
}

QHttpServerResponse KannelCallbackListener::deliveryReport(const QHttpServerRequest &request)
{
    KannelProvider *provider = providerFor(request);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const auto report = kannelcallback::decodeReport(formOf(request));
    if (!report)
        return refused(report.error());
    provider->deliveryReport(report->messageId, report->type, report->reason);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

QHttpServerResponse KannelCallbackListener::inbound(const QHttpServerRequest &request)
{
    KannelProvider *provider = providerFor(request);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const auto in = kannelcallback::decodeInbound(formOf(request));
    if (!in)
        return refused(in.error());
    provider->receive(in->from, in->to, in->text);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

} // namespace herald
