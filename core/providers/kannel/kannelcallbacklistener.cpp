#include "kannelcallbacklistener.h"

#include "kannelcallback.h"
#include "kannelprovider.h"
#include "providers/callbackregistry.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpServer>

#include <optional>

namespace herald {

namespace {

// Own listeners of this thread by "address:port".
thread_local QHash<QString, std::weak_ptr<KannelCallbackListener>> t_listeners;
using Providers = CallbackRegistry<KannelProvider>;

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

// The provider a callback is for: none without a known token.
KannelProvider *providerFor(const QByteArray &form, std::optional<Id> messageId = std::nullopt)
{
    const QList<QPointer<KannelProvider>> attached = Providers::attached(kannelcallback::token(form));
    if (messageId)
        for (const QPointer<KannelProvider> &p : attached)
            if (p && p->awaits(*messageId))
                return p;
    return attached.isEmpty() ? nullptr : attached.last().data();
}

QHttpServerResponse deliveryReport(const QHttpServerRequest &request)
{
    const QByteArray form = formOf(request);
    if (!providerFor(form))
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const auto report = kannelcallback::decodeReport(form);
    if (!report)
        return refused(report.error());
    providerFor(form, report->messageId)->deliveryReport(report->messageId, report->type, report->reason);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

QHttpServerResponse inbound(const QHttpServerRequest &request)
{
    const QByteArray form = formOf(request);
    KannelProvider *provider = providerFor(form);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const auto in = kannelcallback::decodeInbound(form);
    if (!in)
        return refused(in.error());
    provider->receive(in->from, in->to, in->text);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

} // namespace

void KannelCallbackListener::route(QHttpServer &server)
{
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    server.route(QStringLiteral("/kannel/dlr"), methods,
                 [](const QHttpServerRequest &request) { return deliveryReport(request); });
    server.route(QStringLiteral("/kannel/mo"), methods, [](const QHttpServerRequest &request) { return inbound(request); });
}

Result<std::shared_ptr<KannelCallbackListener>> KannelCallbackListener::acquire(const QHostAddress &address, quint16 port)
{
    const QString key = keyOf(address, port);
    if (port != 0)
        if (auto existing = t_listeners.value(key).lock())
            return existing;
    std::shared_ptr<KannelCallbackListener> listener(new KannelCallbackListener(address, port));
    if (listener->m_port == 0)
        return Error::runtime(Text::tr("cannot listen for Kannel's delivery reports on %1:%2: the address is in use or "
                                       "not on this machine; change \"%3\" in the SMS provider settings")
                                  .arg(address.toString(), QString::number(port), QStringLiteral("listen")));
    listener->m_key = keyOf(address, listener->m_port);
    t_listeners.insert(listener->m_key, listener);
    return listener;
}

KannelCallbackListener::KannelCallbackListener(const QHostAddress &address, quint16 port)
    : m_server(std::make_unique<QHttpServer>())
{
    route(*m_server);
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

} // namespace herald
