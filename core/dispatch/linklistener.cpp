#include "linklistener.h"

#include "content/linktracking.h"
#include "content/unsubscribepage.h"
#include "providers/kannel/kannelcallbacklistener.h"
#include "providers/viber/vibercallbacks.h"
#include "audience/contactfields.h"
#include "providers/webpush/webpushcrypto.h"
#include "providers/webpush/webpushsettings.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/linkclickrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
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
    vibercallbacks::route(*m_server);
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post
                         | QHttpServerRequest::Method::Options;
    m_server->route(QStringLiteral("/push/<arg>/<arg>"), methods,
                    [this](const QString &tenant, const QString &action, const QHttpServerRequest &request) {
                        return push(tenant, action, request);
                    });
}

QHttpServerResponse LinkListener::push(const QString &tenantText, const QString &action, const QHttpServerRequest &request)
{
    using Code = QHttpServerResponse::StatusCode;
    const auto json = [](Code code, const QJsonObject &body) {
        QHttpServerResponse r(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), code);
        r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    };
    const auto error = [&json](Code code, const QString &why) { return json(code, {{QStringLiteral("error"), why}}); };
    bool isNumber = false;
    const Id tenant = tenantText.toLongLong(&isNumber);
    if (!isNumber || !m_sites.contains(tenant))
        return error(Code::NotFound, QStringLiteral("no such organisation here"));
    auto configs = SenderRepository(m_db, tenant).providers();
    if (!configs)
        return error(Code::ServiceUnavailable, QStringLiteral("try again in a few minutes"));
    const auto config = std::find_if(configs->cbegin(), configs->cend(), [](const ProviderConfig &c) {
        return c.kind == ChannelKind::WebPush && c.provider == u"webpush";
    });
    auto settings = WebPushSettings::fromJson(config == configs->cend() ? QString() : config->settings);
    if (config == configs->cend() || !settings)
        return error(Code::NotFound, QStringLiteral("the organisation sends no Web Push"));
    // Pages of the organisation's sites only (a script elsewhere is refused before it
    // changes anything); a call without an Origin is the organisation's own server.
    const QByteArray origin = header(request, "Origin");
    const bool allowed = origin.isEmpty() || settings->allowsSite(QString::fromLatin1(origin));
    const auto cors = [&](QHttpServerResponse r) {
        if (!origin.isEmpty() && allowed) {
            r.setHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
            r.setHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, OPTIONS"));
            r.setHeader(QByteArrayLiteral("Access-Control-Allow-Headers"), QByteArrayLiteral("Content-Type"));
            r.setHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
        }
        r.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
        return r;
    };
    if (!allowed)
        return cors(error(Code::Forbidden, QStringLiteral("this site may not subscribe browsers: add its origin to the "
                                                          "Web Push provider's sites")));
    if (request.method() == QHttpServerRequest::Method::Options)
        return cors(QHttpServerResponse(Code::NoContent));
    if (action == u"key" && request.method() == QHttpServerRequest::Method::Get) {
        auto key = webpush::keyPairOf(webpush::fromBase64Url(TenantRepository(m_db).byId(tenant).value_or(Tenant{}).vapidKey.toLatin1()));
        if (!key)
            return cors(error(Code::NotFound, QStringLiteral("no VAPID key yet")));
        return cors(json(Code::Ok, {{QStringLiteral("public_key"), QString::fromLatin1(webpush::base64Url(key->publicKey))}}));
    }
    const bool subscribing = action == u"subscribe", leaving = action == u"unsubscribe";
    if ((!subscribing && !leaving) || request.method() != QHttpServerRequest::Method::Post)
        return cors(error(Code::NotFound, QStringLiteral("GET key, POST subscribe or unsubscribe")));
    if (request.body().size() > 16 * 1024)
        return cors(error(Code::PayloadTooLarge, QStringLiteral("at most 16 KB")));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    // The contact's token, signed by Herald for this tenant (ContactService::pushToken).
    auto contact = LinkTracking::verifyLinkToken(ChannelKind::WebPush, body.value(u"contact").toString(),
                                                 m_sites.value(tenant).secret);
    if (!contact)
        return cors(error(Code::Forbidden, QStringLiteral("\"contact\" is not a token Herald gave this organisation")));
    ChannelAddressRepository browsers(m_db, tenant);
    if (leaving) {
        auto removed = browsers.unsubscribe(body.value(u"endpoint").toString(), *contact);
        if (!removed)
            return cors(error(Code::ServiceUnavailable, QStringLiteral("try again in a few minutes")));
        return cors(json(Code::Ok, {{QStringLiteral("removed"), *removed}}));
    }
    auto subscription = contactfields::pushSubscriptionFromJson(
        QJsonDocument(body.value(u"subscription").toObject()).toJson(QJsonDocument::Compact));
    if (!subscription)
        return cors(error(Code::BadRequest, subscription.error().message));
    auto stored = browsers.subscribe(*contact, *subscription, QDateTime::currentDateTimeUtc());
    if (!stored && stored.error().kind == Error::Kind::NotFound)
        return cors(error(Code::NotFound, QStringLiteral("the contact is no longer there")));
    if (!stored) {
        emit problem(Text::tr("a Web Push subscription could not be stored: %1").arg(stored.error().text()));
        return cors(error(Code::ServiceUnavailable, QStringLiteral("try again in a few minutes")));
    }
    return cors(json(Code::Created, {{QStringLiteral("ok"), true}}));
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
