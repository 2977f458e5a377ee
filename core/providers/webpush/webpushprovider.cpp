#include "webpushprovider.h"

#include "providers/httpapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace herald {

namespace {

// Seconds a Retry-After header asks for (a number of seconds or an HTTP date); 0: none.
int retryAfterOf(QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    bool ok = false;
    const int secs = value.toInt(&ok);
    if (ok)
        return std::clamp(secs, 0, 86400);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return at.isValid() ? int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0, 86400)) : 0;
}

} // namespace

WebPushProvider::WebPushProvider(const WebPushSettings &settings, const webpush::KeyPair &vapid, QObject *parent)
    : Provider(parent), m_settings(settings), m_vapid(vapid), m_network(std::make_unique<QNetworkAccessManager>()),
      m_pacing(settings.perSecond)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &WebPushProvider::pump);
    m_outcomeTimer.setSingleShot(true);
    m_outcomeTimer.setInterval(10);
    connect(&m_outcomeTimer, &QTimer::timeout, this, [this] { emit outcomes(std::exchange(m_outcomes, {})); });
}

WebPushProvider::~WebPushProvider()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

QByteArray WebPushProvider::payloadOf(const OutgoingMessage &m, const WebPushSettings &settings)
{
    static const QRegularExpression link(QStringLiteral(R"(https?://[^\s<>"']+)"));
    QString url = link.match(m.body).captured(0);
    while (!url.isEmpty() && QStringView(u".,;:!?)").contains(url.back()))
        url.chop(1); // the sentence's punctuation, not the link's
    if (url.isEmpty())
        url = settings.url.toString();
    QJsonObject o{{QStringLiteral("title"), m.subject}, {QStringLiteral("body"), m.body}};
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url);
    if (!settings.icon.isEmpty())
        o.insert(QStringLiteral("icon"), settings.icon.toString());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void WebPushProvider::send(const QList<OutgoingMessage> &messages)
{
    for (const OutgoingMessage &m : messages) {
        Pending &p = m_pending[m.messageId];
        p = Pending{};
        p.message = m;
        p.outcome = SendOutcome(m.messageId, MessageStatus::Failed);
        p.unanswered = int(m.pushSubscriptions.size());
        for (const PushSubscription &s : m.pushSubscriptions)
            m_queue.append({m.messageId, s});
        if (p.unanswered == 0) { // the dispatcher sends none such; should one come, it fails
            p.refused = QStringLiteral("The contact has no push subscription");
            settle(p);
        }
    }
    pump();
}

void WebPushProvider::cancel(Id messageId)
{
    auto pending = m_pending.find(messageId);
    if (pending == m_pending.end())
        return;
    const auto removed = int(m_queue.removeIf([messageId](const Push &p) { return p.messageId == messageId; }));
    if (removed == int(pending->message.pushSubscriptions.size())) {
        m_pending.erase(pending); // nothing went out: forgotten
        return;
    }
    // Some browsers have it already: the message ends with what their services say.
    pending->unanswered -= removed;
    if (removed > 0 && pending->unanswered == 0)
        settle(*pending);
}

Result<QByteArray> WebPushProvider::authorization(const QUrl &endpoint)
{
    const QString origin = endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto cached = m_tokens.constFind(origin); cached != m_tokens.cend() && cached->second > now.addSecs(3600))
        return cached->first;
    // Valid for 12 hours (push services take at most 24), signed again an hour before.
    const QDateTime expires = now.addSecs(12 * 3600);
    auto header = webpush::vapidAuthorization(endpoint, m_vapid, m_settings.subject, expires);
    if (header)
        m_tokens.insert(origin, {*header, expires});
    return header;
}

void WebPushProvider::pump()
{
    const qint64 now = m_clock.elapsed();
    while (!m_queue.isEmpty() && m_inFlight.size() < m_settings.window) {
        if (qint64 wake = -1; !m_pacing.allows(now, m_inFlight.size(), wake)) {
            if (wake >= 0)
                m_pumpTimer.start(int(std::max<qint64>(1, wake - now)));
            return;
        }
        const Push push = m_queue.takeFirst();
        auto pending = m_pending.find(push.messageId);
        if (pending == m_pending.end())
            continue;
        const OutgoingMessage &m = pending->message;
        const QUrl endpoint(push.subscription.endpoint);
        auto body = webpush::encrypt(payloadOf(m, m_settings), webpush::fromBase64Url(push.subscription.p256dh.toLatin1()),
                                     webpush::fromBase64Url(push.subscription.auth.toLatin1()));
        auto vapid = authorization(endpoint);
        if (!body || !vapid) {
            if (pending->refused.isEmpty())
                pending->refused = (!body ? body.error() : vapid.error()).message;
            if (--pending->unanswered == 0)
                settle(*pending);
            continue;
        }
        const qint64 ttl = m.expires.isValid()
                               ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m.expires))
                               : m_settings.defaultTtlSecs;
        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        request.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("aes128gcm"));
        request.setRawHeader(QByteArrayLiteral("TTL"), QByteArray::number(ttl));
        request.setRawHeader(QByteArrayLiteral("Urgency"), m_settings.urgency.toLatin1());
        request.setRawHeader(QByteArrayLiteral("Authorization"), *vapid);
        request.setTransferTimeout(m_settings.timeoutMs);
        QNetworkReply *reply = m_network->post(request, *body);
        m_inFlight.insert(reply, push.messageId);
        connect(reply, &QNetworkReply::finished, this, [this, reply, push] { finished(reply, push, requestWentOut(reply)); });
    }
}

void WebPushProvider::finished(QNetworkReply *reply, const Push &push, bool requestSent)
{
    reply->deleteLater();
    m_inFlight.remove(reply);
    m_pacing.answered(m_clock.elapsed());
    auto pending = m_pending.find(push.messageId);
    if (pending == m_pending.end()) {
        pump();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString endpoint = push.subscription.endpoint;
    const QString said = u"push service: HTTP " + QString::number(status) + u' '
                         + QString::fromUtf8(reply->readAll()).simplified().left(200);
    SendOutcome &o = pending->outcome;
    if (status >= 200 && status < 300) {
        o.reachedEndpoints << endpoint;
    } else if (status == 404 || status == 410) {
        o.expiredEndpoints << endpoint;
    } else if (status == 429 || status >= 500 || (status == 0 && !requestSent)) {
        pending->retry = true;
        o.retryAfterSecs = std::max(o.retryAfterSecs, retryAfterOf(reply));
        o.reason = status == 0 ? u"push service unreachable: " + reply->errorString() : said;
    } else if (status == 0) {
        pending->timedOut = true;
    } else if (pending->refused.isEmpty()) {
        pending->refused = status == 401 || status == 403
                               ? said + u" (the browser subscribed with another VAPID key than the organisation's)"
                               : said;
    }
    if (--pending->unanswered == 0)
        settle(*pending);
    pump();
}

void WebPushProvider::settle(Pending &p)
{
    SendOutcome o = p.outcome;
    const int subscriptions = int(p.message.pushSubscriptions.size());
    if (!o.reachedEndpoints.isEmpty()) {
        o.to = MessageStatus::Delivered;
        o.reason.clear();
        o.retryAfterSecs = 0;
    } else if (p.retry) {
        o.to = MessageStatus::Retrying;
    } else if (p.timedOut) {
        o.to = MessageStatus::TimedOut;
        o.reason = QStringLiteral("The push service did not answer");
    } else if (subscriptions > 0 && o.expiredEndpoints.size() == subscriptions) {
        o.to = MessageStatus::Failed;
        o.reason = QStringLiteral("subscription expired");
    } else {
        o.to = MessageStatus::Failed;
        o.reason = p.refused;
    }
    const Id id = p.message.messageId;
    m_outcomes.append(o);
    m_pending.remove(id); // `p` with it
    if (!m_outcomeTimer.isActive())
        m_outcomeTimer.start();
}

void WebPushProvider::probe()
{
    emit probed(true, tr("the organisation's VAPID public key is %1: browsers subscribe with it as "
                         "applicationServerKey; messages are signed for %2")
                          .arg(QString::fromLatin1(webpush::base64Url(m_vapid.publicKey)), m_settings.subject));
}

} // namespace herald
