#include "telegramprovider.h"

#include "providers/httpapi.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace herald {

namespace {

// What an answer of the Bot API says: {"ok": true, "result": ...} or {"ok": false,
// "error_code": N, "description": "...", "parameters": {"retry_after": N}}.
struct Answer
{
    bool ok = false;
    int code = 0; // error_code, else the HTTP status; 0: no answer
    QString description;
    int retryAfter = 0;
    QJsonValue result;
};

Answer answerOf(QNetworkReply *reply)
{
    Answer a;
    a.code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    if (o.isEmpty()) {
        a.description = reply->error() != QNetworkReply::NoError ? reply->errorString() : QStringLiteral("no JSON answer");
        return a;
    }
    a.ok = o.value(QLatin1StringView("ok")).toBool();
    a.result = o.value(QLatin1StringView("result"));
    if (!a.ok) {
        a.code = o.value(QLatin1StringView("error_code")).toInt(a.code);
        a.description = o.value(QLatin1StringView("description")).toString().left(300);
        a.retryAfter =
            o.value(QLatin1StringView("parameters")).toObject().value(QLatin1StringView("retry_after")).toInt();
    }
    return a;
}

// A chat id as the Bot API takes it: a number when it is one.
QJsonValue chatId(const QString &chat)
{
    bool ok = false;
    const qint64 id = chat.toLongLong(&ok);
    return ok ? QJsonValue(id) : QJsonValue(chat);
}

} // namespace

TelegramProvider::TelegramProvider(const TelegramSettings &settings, QObject *parent)
    : Provider(parent), m_settings(settings), m_network(std::make_unique<QNetworkAccessManager>()),
      m_pacing(settings.perSecond)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &TelegramProvider::pump);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &TelegramProvider::poll);
    m_outcomeTimer.setSingleShot(true);
    m_outcomeTimer.setInterval(10);
    connect(&m_outcomeTimer, &QTimer::timeout, this, [this] { emit outcomes(std::exchange(m_outcomes, {})); });
}

TelegramProvider::~TelegramProvider()
{
    for (QNetworkReply *r : std::as_const(m_inFlight)) {
        r->disconnect(this);
        r->abort();
    }
    if (m_poll) {
        m_poll->disconnect(this);
        m_poll->abort();
    }
}

QNetworkReply *TelegramProvider::post(const QString &method, const QByteArray &json, int timeoutMs)
{
    return postJson(*m_network, m_settings.methodUrl(method), json, timeoutMs);
}

void TelegramProvider::send(const QList<OutgoingMessage> &messages)
{
    m_queue += messages;
    pump();
}

void TelegramProvider::cancel(Id messageId)
{
    m_queue.removeIf([messageId](const OutgoingMessage &m) { return m.messageId == messageId; });
}

void TelegramProvider::pump()
{
    const qint64 now = m_clock.elapsed();
    qint64 wake = -1; // when pacing lets the next one go
    const auto later = [&wake](qint64 at) { wake = wake < 0 ? at : std::min(wake, at); };
    if (now < m_holdUntil)
        later(m_holdUntil);
    for (qsizetype i = 0; now >= m_holdUntil && i < m_queue.size() && m_inFlight.size() < m_settings.window;) {
        if (qint64 free = -1; !m_pacing.allows(now, m_inFlight.size(), free)) {
            if (free >= 0)
                later(free);
            break; // else the next answer pumps
        }
        const OutgoingMessage m = m_queue.at(i);
        const auto last = m_lastToChat.constFind(m.address);
        if (last != m_lastToChat.cend() && *last > now - m_settings.perChatMs) {
            later(*last + m_settings.perChatMs); // this chat waits; others may go
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        m_lastToChat.insert(m.address, now);
        QNetworkReply *reply = m.attachments.isEmpty() ? sendText(m) : sendPhoto(m, m.attachments.constFirst());
        m_inFlight.insert(m.messageId, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, m] { finished(reply, m); });
    }
    if (m_lastToChat.size() > 10000) // chats not written to for a while need no pacing
        m_lastToChat.removeIf([&](const auto &it) { return it.value() <= now - m_settings.perChatMs; });
    if (wake >= 0 && !m_queue.isEmpty())
        m_pumpTimer.start(int(std::max<qint64>(1, wake - now)));
}

QNetworkReply *TelegramProvider::sendText(const OutgoingMessage &m)
{
    const QJsonObject body{{QStringLiteral("chat_id"), chatId(m.address)},
                           {QStringLiteral("text"), m.body},
                           {QStringLiteral("parse_mode"), QStringLiteral("HTML")}};
    return post(QStringLiteral("sendMessage"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                m_settings.timeoutMs);
}

QNetworkReply *TelegramProvider::sendPhoto(const OutgoingMessage &m, const Attachment &photo)
{
    // Uploaded once; then the file_id Telegram gave it, as the Bot API asks of a photo
    // sent again.
    if (const QString fileId = m_photoIds.value(photo.sha256); !fileId.isEmpty()) {
        const QJsonObject body{{QStringLiteral("chat_id"), chatId(m.address)},
                               {QStringLiteral("photo"), fileId},
                               {QStringLiteral("caption"), m.body},
                               {QStringLiteral("parse_mode"), QStringLiteral("HTML")}};
        return post(QStringLiteral("sendPhoto"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    m_settings.timeoutMs);
    }
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [form](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
        part.setBody(value);
        form->append(part);
    };
    field(QByteArrayLiteral("chat_id"), m.address.toUtf8());
    field(QByteArrayLiteral("caption"), m.body.toUtf8());
    field(QByteArrayLiteral("parse_mode"), QByteArrayLiteral("HTML"));
    QHttpPart file;
    QString fileName = photo.fileName;
    fileName.remove(u'"').remove(u'\\').remove(u'\r').remove(u'\n');
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"photo\"; filename=\"" + fileName.toUtf8() + '"'));
    file.setHeader(QNetworkRequest::ContentTypeHeader, photo.mimeType.toLatin1());
    file.setBody(photo.data);
    form->append(file);
    QNetworkRequest request(m_settings.methodUrl(QStringLiteral("sendPhoto")));
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_network->post(request, form);
    form->setParent(reply);
    return reply;
}

void TelegramProvider::finished(QNetworkReply *reply, const OutgoingMessage &m)
{
    reply->deleteLater();
    m_inFlight.remove(m.messageId);
    m_pacing.answered(m_clock.elapsed());
    m_lastToChat.insert(m.address, m_clock.elapsed()); // from its answer: it reached Telegram by then
    const bool requestSent = requestWentOut(reply);
    const Answer a = answerOf(reply);
    SendOutcome o(m.messageId, MessageStatus::Failed);
    const QString said = u"Telegram: " + (a.description.isEmpty() ? QString::number(a.code) : a.description);
    if (a.ok) {
        o.to = MessageStatus::Delivered;
        const QJsonObject sent = a.result.toObject();
        o.providerId = QString::number(sent.value(QLatin1StringView("message_id")).toInteger());
        // A photo's sizes, the largest last: its file_id sends the photo again.
        if (const QJsonArray sizes = sent.value(QLatin1StringView("photo")).toArray();
            !sizes.isEmpty() && !m.attachments.isEmpty())
            m_photoIds.insert(m.attachments.constFirst().sha256,
                              sizes.last().toObject().value(QLatin1StringView("file_id")).toString());
    } else if (a.code == 429) {
        o.to = MessageStatus::Retrying;
        o.reason = said;
        o.retryAfterSecs = std::max(1, a.retryAfter);
        m_holdUntil = std::max(m_holdUntil, m_clock.elapsed() + 1000LL * o.retryAfterSecs);
    } else if (a.code == 403 && a.description.contains(u"blocked by the user", Qt::CaseInsensitive)) {
        o.to = MessageStatus::OptedOut;
        o.reason = said;
        o.optOutSource = QStringLiteral("blocked bot");
    } else if (a.code == 401 || a.code == 404) {
        o.to = MessageStatus::Retrying;
        o.reason = said + u" (the bot token is not one Telegram knows: check it in Settings)";
    } else if (a.code >= 500 || (a.code == 0 && !requestSent)) {
        o.to = MessageStatus::Retrying;
        o.reason = said;
    } else if (a.code == 0) { // the request went out and no answer came: it may be in the chat
        o.to = MessageStatus::TimedOut;
        o.reason = u"Telegram did not answer: " + reply->errorString();
    } else {
        o.reason = said;
    }
    m_outcomes.append(o);
    if (!m_outcomeTimer.isActive())
        m_outcomeTimer.start();
    pump();
}

void TelegramProvider::probe()
{
    QNetworkReply *reply = post(QStringLiteral("getMe"), QByteArrayLiteral("{}"), m_settings.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const Answer a = answerOf(reply);
        if (a.ok) {
            const QJsonObject bot = a.result.toObject();
            emit probed(true, tr("the bot @%1 (%2) answers")
                                  .arg(bot.value(QLatin1StringView("username")).toString(),
                                       bot.value(QLatin1StringView("first_name")).toString()));
        } else if (a.code == 401 || a.code == 404) {
            emit probed(false, tr("Telegram does not know this bot token (%1): copy it again from @BotFather")
                                   .arg(a.description.isEmpty() ? QString::number(a.code) : a.description));
        } else {
            emit probed(false, tr("Telegram's Bot API at %1 did not answer: %2")
                                   .arg(m_settings.apiUrl.toString(), a.description));
        }
    });
}

Status TelegramProvider::startListening()
{
    if (m_settings.readUpdates && !m_poll)
        poll();
    return {};
}

void TelegramProvider::poll()
{
    const QJsonObject body{{QStringLiteral("offset"), m_offset},
                           {QStringLiteral("timeout"), m_settings.pollSecs},
                           {QStringLiteral("allowed_updates"),
                            QJsonArray{QStringLiteral("message"), QStringLiteral("my_chat_member")}}};
    m_poll = post(QStringLiteral("getUpdates"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                  m_settings.pollSecs * 1000 + m_settings.timeoutMs);
    connect(m_poll, &QNetworkReply::finished, this, [this, reply = m_poll] { polled(reply); });
}

void TelegramProvider::polled(QNetworkReply *reply)
{
    reply->deleteLater();
    m_poll = nullptr;
    const Answer a = answerOf(reply);
    if (!a.ok) { // Telegram unreachable, or another reader of the bot's updates (409): try again later
        m_pollTimer.start(a.retryAfter > 0 ? a.retryAfter * 1000 : 5000);
        return;
    }
    for (const QJsonValue &u : a.result.toArray()) {
        const QJsonObject update = u.toObject();
        m_offset = std::max(m_offset, update.value(QLatin1StringView("update_id")).toInteger() + 1);
        // The user blocked the bot: onto the opt-out list now, not at the next message.
        const QJsonObject member = update.value(QLatin1StringView("my_chat_member")).toObject();
        if (member.value(QLatin1StringView("new_chat_member")).toObject().value(QLatin1StringView("status")).toString()
                == u"kicked"
            && member.value(QLatin1StringView("chat")).toObject().value(QLatin1StringView("type")).toString() == u"private") {
            InboundMessage blocked;
            blocked.channel = ChannelKind::Telegram;
            blocked.fromAddress =
                QString::number(member.value(QLatin1StringView("chat")).toObject().value(QLatin1StringView("id")).toInteger());
            blocked.optOutSource = QStringLiteral("blocked bot");
            emit inbound(blocked);
            continue;
        }
        const QJsonObject message = update.value(QLatin1StringView("message")).toObject();
        const QString text = message.value(QLatin1StringView("text")).toString().trimmed();
        const QJsonObject chat = message.value(QLatin1StringView("chat")).toObject();
        // "/start TOKEN" (or "/start@Bot TOKEN") in a private chat: a deep link was followed.
        if (!text.startsWith(QLatin1StringView("/start")) || chat.value(QLatin1StringView("type")).toString() != u"private")
            continue;
        const QString token = text.section(u' ', 1, 1, QString::SectionSkipEmpty);
        if (token.isEmpty())
            continue;
        const QJsonObject from = message.value(QLatin1StringView("from")).toObject();
        emit linked({ChannelKind::Telegram, token,
                     QString::number(chat.value(QLatin1StringView("id")).toInteger()),
                     QString(from.value(QLatin1StringView("first_name")).toString() + u' '
                             + from.value(QLatin1StringView("last_name")).toString())
                         .trimmed()});
    }
    poll();
}

} // namespace herald
