#include "linklistener.h"

#include "content/linktracking.h"
#include "content/unsubscribepage.h"
#include "providers/kannel/kannelcallbacklistener.h"
#include "storage/audiencerepository.h"
#include "storage/linkclickrepository.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUrl>

namespace herald {

namespace {

QHttpServerResponse htmlPage(const QByteArray &html, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html, status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // Nothing from elsewhere, no script, no framing; the form posts to this address only.
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                         "frame-ancestors 'none'"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// RFC 8058's POST body, form-urlencoded (as the confirmation page and most mailbox
// providers send it) or multipart/form-data.
bool isOneClick(const QByteArray &body)
{
    if (body.size() > 64 * 1024)
        return false;
    if (body.split('&').contains(QByteArrayLiteral("List-Unsubscribe=One-Click")))
        return true;
    static const QByteArray part = QByteArrayLiteral("name=\"List-Unsubscribe\"");
    const qsizetype at = body.indexOf(part);
    return at >= 0 && body.mid(at + part.size()).trimmed().startsWith("One-Click");
}

// A page of its own, with nothing loaded from elsewhere.
QHttpServerResponse notFound()
{
    return htmlPage(QByteArrayLiteral("<!doctype html><meta charset=\"utf-8\"><title>Link not found</title>"
                                      "<p>This link is not valid. It may have been copied incompletely.</p>\n"),
                    QHttpServerResponse::StatusCode::NotFound);
}

} // namespace

Result<std::unique_ptr<LinkListener>> LinkListener::listen(Database db, const QHostAddress &address, quint16 port)
{
    std::unique_ptr<LinkListener> listener(new LinkListener(std::move(db)));
    auto *tcp = new QTcpServer(listener->m_server.get());
    tcp->setListenBacklogSize(1024); // an SMS gateway reports over a couple of hundred connections at once
    if (!tcp->listen(address, port))
        return Error::runtime(Text::tr("Herald's listener cannot listen on %1:%2: %3; change the listener address in "
                                       "Settings → Organisation (%4)")
                                  .arg(address.toString(), QString::number(port), tcp->errorString(),
                                       QStringLiteral("heraldctl tenants edit NAME --listen HOST:PORT")));
    listener->m_server->bind(tcp);
    listener->m_port = tcp->serverPort();
    return listener;
}

LinkListener::LinkListener(Database db) : m_db(std::move(db)), m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/c/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &token, const QHttpServerRequest &request) { return click(token, request); });
    m_server->route(QStringLiteral("/u/<arg>"), QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post,
                    [this](const QString &token, const QHttpServerRequest &request) {
                        return unsubscribe(token, request);
                    });
    KannelCallbackListener::route(*m_server);
}

LinkListener::~LinkListener() = default;

QHttpServerResponse LinkListener::click(const QString &token, const QHttpServerRequest &)
{
    auto tenant = LinkTracking::tenantOf(token);
    if (!tenant || !m_sites.contains(*tenant))
        return notFound();
    auto clicked = LinkTracking::verify(token, m_sites.value(*tenant).secret);
    if (!clicked)
        return notFound();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto st = LinkClickRepository(m_db, clicked->tenantId).record(clicked->messageId, clicked->url, now);
        !st && st.error().kind != Error::Kind::NotFound)
        emit problem(st.error().text());
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader(QByteArrayLiteral("Location"), QUrl(clicked->url).toEncoded());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

QHttpServerResponse LinkListener::unsubscribe(const QString &token, const QHttpServerRequest &request)
{
    using Code = QHttpServerResponse::StatusCode;
    const QByteArray accepted = header(request, "Accept-Language");
    const auto tenant = LinkTracking::tenantOf(token);
    const Site site = tenant ? m_sites.value(*tenant) : Site{};
    const auto link = LinkTracking::verifyUnsubscribe(token, site.secret);
    if (!link)
        return htmlPage(UnsubscribePage::invalid(UnsubscribePage::language({}, accepted)), Code::Forbidden);
    auto contacts = AudienceRepository(m_db, link->tenantId).contactsByIds({link->contactId});
    if (!contacts) {
        emit problem(contacts.error().text());
        return htmlPage(UnsubscribePage::failed(UnsubscribePage::language({}, accepted)), Code::ServiceUnavailable);
    }
    const Contact contact = contacts->isEmpty() ? Contact{} : contacts->first();
    const QString language = UnsubscribePage::language(contact.customFields, accepted);
    if (request.method() == QHttpServerRequest::Method::Get)
        return htmlPage(UnsubscribePage::confirm(language, contact.email, site.organisation), Code::Ok);
    if (!isOneClick(request.body()))
        return htmlPage(UnsubscribePage::confirm(language, contact.email, site.organisation), Code::BadRequest);
    if (!contacts->isEmpty()) { // a contact deleted since is on no list to leave
        auto changed = AudienceRepository(m_db, link->tenantId)
                           .optOutFromMessage(link->contactId, link->messageId, QStringLiteral("unsubscribe link"),
                                              QDateTime::currentDateTimeUtc(), QStringLiteral("recipient"));
        if (!changed && changed.error().kind != Error::Kind::NotFound) {
            emit problem(Text::tr("an unsubscribe could not be recorded: %1").arg(changed.error().text()));
            return htmlPage(UnsubscribePage::failed(language), Code::ServiceUnavailable);
        }
    }
    return htmlPage(UnsubscribePage::done(language, contact.email, site.organisation), Code::Ok);
}

} // namespace herald
