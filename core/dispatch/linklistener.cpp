#include "linklistener.h"

#include "content/linktracking.h"
#include "storage/linkclickrepository.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUrl>

namespace herald {

namespace {

// A page of its own, with nothing loaded from elsewhere.
QHttpServerResponse notFound()
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                 QByteArrayLiteral("<!doctype html><meta charset=\"utf-8\"><title>Link not found</title>"
                                                   "<p>This link is not valid. It may have been copied incompletely.</p>\n"),
                                 QHttpServerResponse::StatusCode::NotFound);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace

Result<std::unique_ptr<LinkListener>> LinkListener::listen(Database db, const QHostAddress &address, quint16 port)
{
    std::unique_ptr<LinkListener> listener(new LinkListener(std::move(db)));
    auto *tcp = new QTcpServer(listener->m_server.get());
    if (!tcp->listen(address, port))
        return Error::runtime(u"Herald's listener cannot listen on " + address.toString() + u':'
                              + QString::number(port) + u": " + tcp->errorString()
                              + u"; change the listener address in Settings \u2192 Organisation (heraldctl tenants edit "
                                u"NAME --listen HOST:PORT)");
    listener->m_server->bind(tcp);
    listener->m_port = tcp->serverPort();
    return listener;
}

LinkListener::LinkListener(Database db) : m_db(std::move(db)), m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/c/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &token, const QHttpServerRequest &request) { return click(token, request); });
}

LinkListener::~LinkListener() = default;

QHttpServerResponse LinkListener::click(const QString &token, const QHttpServerRequest &)
{
    auto tenant = LinkTracking::tenantOf(token);
    if (!tenant || !m_secrets.contains(*tenant))
        return notFound();
    auto clicked = LinkTracking::verify(token, m_secrets.value(*tenant));
    if (!clicked)
        return notFound();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto st = LinkClickRepository(m_db, clicked->tenantId).record(clicked->messageId, clicked->url, now);
        !st && st.error().kind != Error::Kind::NotFound)
        emit problem(st.error().message);
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader(QByteArrayLiteral("Location"), QUrl(clicked->url).toEncoded());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

} // namespace herald
