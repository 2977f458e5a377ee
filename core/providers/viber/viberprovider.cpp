#include "viberprovider.h"

#include "content/linktracking.h"
#include "providers/callbackregistry.h"
#include "providers/httpapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace herald {

namespace {

// Viber's status codes (https://developers.viber.com/docs/api/rest-bot-api/#error-codes).
enum ViberStatus {
    Ok = 0,
    InvalidAuthToken = 2,
    BadData = 3,
    MissingData = 4,
    ReceiverNotRegistered = 5,
    ReceiverNotSubscribed = 6,
    WebhookNotSet = 10,
    ReceiverNoSuitableDevice = 11,
    TooManyRequests = 12,
};

// What an answer says: {"status": N, "status_message": "...", ...} (HTTP 200 for all).
struct Answer
{
    int http = 0;    // 0: no answer
    int status = -1; // -1: no JSON answer
    QString message;
    QJsonObject json;
    QByteArray body;
};

Answer answerOf(QNetworkReply *reply)
{
    Answer a;
    a.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    if (a.json.isEmpty()) {
        a.message = reply->error() != QNetworkReply::NoError ? reply->errorString() : QStringLiteral("no JSON answer");
        return a;
    }
    a.status = a.json.value(QLatin1StringView("status")).toInt(-1);
    a.message = a.json.value(QLatin1StringView("status_message")).toString().left(300);
    return a;
}

// message_token as its digits: a 64-bit integer that JSON's doubles would round.
QString messageToken(const QByteArray &json)
{
    static const QRegularExpression token(QStringLiteral(R"("message_token"\s*:\s*"?(\d{1,20}))"));
    return token.match(QString::fromUtf8(json)).captured(1);
}

} // namespace

ViberProvider::ViberProvider(const ViberSettings &settings, const CallbackSite &site, QObject *parent)
    : Provider(parent), m_settings(settings), m_site(site), m_network(std::make_unique<QNetworkAccessManager>()),
      m_pacing(settings.perSecond)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ViberProvider::pump);
    m_emitTimer.setSingleShot(true);
    m_emitTimer.setInterval(10);
    connect(&m_emitTimer, &QTimer::timeout, this, [this] {
        if (!m_outcomes.isEmpty())
            emit outcomes(std::exchange(m_outcomes, {}));
        if (!m_reports.isEmpty())
            emit deliveryReports(std::exchange(m_reports, {}));
    });
}

ViberProvider::~ViberProvider()
{
    CallbackRegistry<ViberProvider>::detach(m_site.token, this);
    for (QNetworkReply *r : std::as_const(m_inFlight)) {
        r->disconnect(this);
        r->abort();
    }
    if (m_webhook) {
        m_webhook->disconnect(this);
        m_webhook->abort();
    }
}

QString ViberProvider::webhookUrl(const CallbackSite &site)
{
    return site.base.toString(QUrl::StripTrailingSlash) + u"/viber/callback?token=" + site.token;
}

QNetworkReply *ViberProvider::post(const QString &method, const QByteArray &json)
{
    return postJson(*m_network, m_settings.methodUrl(method), json, m_settings.timeoutMs,
                    {{QByteArrayLiteral("X-Viber-Auth-Token"), m_settings.token.toUtf8()}});
}

void ViberProvider::send(const QList<OutgoingMessage> &messages)
{
    m_queue += messages;
    pump();
}

void ViberProvider::cancel(Id messageId)
{
    m_queue.removeIf([messageId](const OutgoingMessage &m) { return m.messageId == messageId; });
}

void ViberProvider::pump()
{
    if (m_webhook)
        return; // its answer pumps
    const qint64 now = m_clock.elapsed();
    while (!m_queue.isEmpty() && m_inFlight.size() < m_settings.window) {
        if (qint64 wake = -1; !m_pacing.allows(now, m_inFlight.size(), wake)) {
            if (wake >= 0)
                m_pumpTimer.start(int(std::max<qint64>(1, wake - now)));
            return; // else the next answer pumps
        }
        const OutgoingMessage m = m_queue.takeFirst();
        QJsonObject sender{{QStringLiteral("name"), m.from.left(28)}};
        if (!m_settings.avatar.isEmpty())
            sender.insert(QStringLiteral("avatar"), m_settings.avatar.toString());
        const QJsonObject body{{QStringLiteral("receiver"), m.address},
                               {QStringLiteral("min_api_version"), 1},
                               {QStringLiteral("sender"), sender},
                               {QStringLiteral("tracking_data"), QString(u"herald:" + QString::number(m.messageId))},
                               {QStringLiteral("type"), QStringLiteral("text")},
                               {QStringLiteral("text"), m.body}};
        QNetworkReply *reply = post(QStringLiteral("send_message"), QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_inFlight.insert(m.messageId, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, m] { finished(reply, m); });
    }
}

void ViberProvider::finished(QNetworkReply *reply, const OutgoingMessage &m)
{
    reply->deleteLater();
    m_inFlight.remove(m.messageId);
    m_pacing.answered(m_clock.elapsed());
    const bool requestSent = requestWentOut(reply);
    const Answer a = answerOf(reply);
    const QString said = u"Viber: " + (a.message.isEmpty() ? QString::number(a.status) : a.message);
    SendOutcome o(m.messageId, MessageStatus::Retrying, said);
    switch (a.status) {
    case Ok:
        o = SendOutcome(m.messageId, MessageStatus::Sent, {}, messageToken(a.body));
        if (m_answered.size() > 100000)
            m_answered.clear(); // a late report then waits for the window to drain, at most 30 s
        m_answered.insert(o.providerId);
        break;
    case BadData:
    case MissingData:
    case ReceiverNotRegistered:
    case ReceiverNotSubscribed:
    case ReceiverNoSuitableDevice:
        o.to = MessageStatus::Failed;
        break;
    case InvalidAuthToken:
        o.reason = said + u" (the auth token is not the bot's: check it in Settings)";
        break;
    case WebhookNotSet:
        o.reason = said + u" (Viber sends only for a bot with a webhook: give the organisation a listener address "
                          u"and public URL in Settings)";
        break;
    case -1:
        if (a.http < 500 && a.http != 0) {
            o.to = MessageStatus::Failed; // an answer that is not Viber's (a wrong api_url says 404)
            o.reason = u"Viber: HTTP " + QString::number(a.http) + u' ' + a.message;
        } else if (a.http == 0 && requestSent) { // the request went out and no answer came: it may have arrived
            o.to = MessageStatus::TimedOut;
            o.reason = u"Viber did not answer: " + reply->errorString();
        }
        break;
    default: // too many requests, the account blocked, suspended or out of balance: later
        break;
    }
    queue(o);
    release(o.providerId);
    pump();
}

void ViberProvider::release(const QString &token)
{
    const qint64 now = m_clock.elapsed();
    const bool idle = m_inFlight.isEmpty();
    m_early.removeIf([&](const std::pair<qint64, DeliveryReport> &early) {
        if (!idle && early.second.providerId != token && early.first > now - 30000)
            return false;
        queue(early.second); // after its message's outcome, which the dispatcher writes first
        return true;
    });
}

void ViberProvider::queue(const SendOutcome &outcome)
{
    m_outcomes.append(outcome);
    if (!m_emitTimer.isActive())
        m_emitTimer.start();
}

void ViberProvider::queue(const DeliveryReport &report)
{
    m_reports.append(report);
    if (!m_emitTimer.isActive())
        m_emitTimer.start();
}

void ViberProvider::probe()
{
    QNetworkReply *reply = post(QStringLiteral("get_account_info"), QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const Answer a = answerOf(reply);
        if (a.status == Ok) {
            const QString webhook = a.json.value(QLatin1StringView("webhook")).toString();
            emit probed(true, tr("the Viber bot %1 (%2) answers; its webhook: %3")
                                  .arg(a.json.value(QLatin1StringView("name")).toString(),
                                       a.json.value(QLatin1StringView("uri")).toString(),
                                       webhook.isEmpty() ? tr("none") : webhook));
        } else if (a.status == InvalidAuthToken) {
            emit probed(false, tr("Viber does not know this auth token (%1): copy it again from the bot's page on "
                                  "Viber's Partners site")
                                   .arg(a.message));
        } else {
            emit probed(false, tr("Viber's API at %1 did not answer as expected: %2")
                                   .arg(m_settings.apiUrl.toString(), a.message));
        }
    });
}

Status ViberProvider::startListening()
{
    CallbackRegistry<ViberProvider>::attach(m_site.token, this);
    if (!m_settings.setWebhook || m_site.base.isEmpty() || m_webhook)
        return {};
    // Viber checks the webhook by calling it before it answers: the listener, in this
    // thread, answers meanwhile.
    const QJsonObject body{
        {QStringLiteral("url"), webhookUrl(m_site)},
        {QStringLiteral("event_types"),
         QJsonArray{QStringLiteral("delivered"), QStringLiteral("seen"), QStringLiteral("failed"),
                    QStringLiteral("subscribed"), QStringLiteral("unsubscribed"), QStringLiteral("conversation_started")}},
        {QStringLiteral("send_name"), true},
        {QStringLiteral("send_photo"), false}};
    m_webhook = post(QStringLiteral("set_webhook"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_webhook, &QNetworkReply::finished, this, [this, reply = m_webhook] { webhookSet(reply); });
    return {};
}

void ViberProvider::webhookSet(QNetworkReply *reply)
{
    reply->deleteLater();
    m_webhook = nullptr;
    const Answer a = answerOf(reply);
    if (a.status != Ok) // sending goes on: Viber may have a webhook still, else each message says why it waits
        emit noticeFailed(Text::tr("Viber did not take %1 as the bot's webhook (%2): delivery reports, unsubscribes "
                                   "and linked users will not reach Herald; check the organisation's listener and "
                                   "public URL")
                              .arg(webhookUrl(m_site).section(u'?', 0, 0), a.message));
    pump();
}

int ViberProvider::callback(const QByteArray &body, const QByteArray &signature)
{
    const QByteArray expected =
        QMessageAuthenticationCode::hash(body, m_settings.token.toUtf8(), QCryptographicHash::Sha256).toHex();
    if (!LinkTracking::sameBytes(signature.trimmed().toLower(), expected))
        return 403;
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    if (event.isEmpty())
        return 400;
    const QString type = event.value(QLatin1StringView("event")).toString();
    const QString token = messageToken(body);
    const auto userOf = [&event](const char *key) { return event.value(QLatin1StringView(key)).toObject(); };
    if ((type == u"delivered" || type == u"seen" || type == u"failed") && !token.isEmpty()) {
        DeliveryReport r;
        r.providerId = token;
        if (type == u"failed") {
            r.to = MessageStatus::Failed;
            r.reason = u"Viber: " + event.value(QLatin1StringView("desc")).toString().left(300);
        }
        if (m_inFlight.isEmpty() || m_answered.contains(token))
            queue(r);
        else if (m_early.size() < 100000)
            m_early.append({m_clock.elapsed(), r});
    } else if (type == u"unsubscribed") {
        InboundMessage out;
        out.channel = ChannelKind::Viber;
        out.fromAddress = event.value(QLatin1StringView("user_id")).toString();
        out.optOutSource = QStringLiteral("unsubscribed");
        if (!out.fromAddress.isEmpty())
            emit inbound(out);
    } else if (type == u"conversation_started") {
        const QJsonObject user = userOf("user");
        const QString context = event.value(QLatin1StringView("context")).toString();
        if (!context.isEmpty() && !user.value(QLatin1StringView("id")).toString().isEmpty())
            emit linked({ChannelKind::Viber, context, user.value(QLatin1StringView("id")).toString(),
                         user.value(QLatin1StringView("name")).toString()});
    } else if (type == u"message") {
        const QJsonObject message = userOf("message");
        InboundMessage in;
        in.channel = ChannelKind::Viber;
        in.fromAddress = userOf("sender").value(QLatin1StringView("id")).toString();
        in.text = message.value(QLatin1StringView("text")).toString();
        if (!in.fromAddress.isEmpty() && !in.text.isEmpty())
            emit inbound(in);
    }
    // webhook (set_webhook's check), subscribed (the user may be written to again; who
    // they are is known only from a conversation started with a link), client_status: taken.
    return 200;
}

} // namespace herald
