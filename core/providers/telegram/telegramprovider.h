#pragma once

#include "providers/persecondpacing.h"
#include "providers/provider.h"
#include "telegramsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald {

// Telegram through the Bot API (https://core.telegram.org/bots/api): each message a
// sendMessage to its contact's chat, the text as Telegram's HTML (the template's tags, its
// merge fields escaped), or a sendPhoto with that text as the caption when the template
// has a photo (uploaded once, then sent by the file_id Telegram gave it); paced as
// Telegram asks of a bot: at most `per_second` messages a second in all and one a second
// to one chat.
// Answers: ok -> Delivered (the message is in the chat); 429 -> Retrying after its
// retry_after, and nothing more goes out until then; 403 "bot was blocked by the user" ->
// Opted Out, onto the opt-out list; 400 (chat not found, text Telegram cannot parse) ->
// Failed with Telegram's words; 401 and 404 (a wrong token), 5xx or no connection ->
// Retrying (pre-send); no answer after the request went out -> Timed Out (it may be in
// the chat: never sent again).
// With read_updates it reads the bot's updates by long polling (getUpdates: no public
// address needed): "/start TOKEN" from a deep link links that chat to the contact; a
// block (my_chat_member "kicked") opts the chat's contacts out of Telegram at once.
class TelegramProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelegramProvider)

public:
    explicit TelegramProvider(const TelegramSettings &settings, QObject *parent = nullptr);
    ~TelegramProvider() override;

    void send(const QList<OutgoingMessage> &messages) override;
    void cancel(Id messageId) override;
    int window() const override { return m_settings.window; }
    // getMe: the bot is there and the token is its.
    void probe() override;
    Status startListening() override;

private:
    void pump();
    void finished(QNetworkReply *reply, const OutgoingMessage &message);
    void poll();
    void polled(QNetworkReply *reply);
    QNetworkReply *post(const QString &method, const QByteArray &json, int timeoutMs);
    QNetworkReply *sendText(const OutgoingMessage &m);
    QNetworkReply *sendPhoto(const OutgoingMessage &m, const Attachment &photo);

    TelegramSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<OutgoingMessage> m_queue;
    QHash<Id, QNetworkReply *> m_inFlight;
    QElapsedTimer m_clock;              // pacing, in this process's monotonic time
    PerSecondPacing m_pacing;
    QHash<QString, qint64> m_lastToChat; // chat -> when its last message went out, then was answered
    qint64 m_holdUntil = 0;             // after a 429: nothing goes out before
    QTimer m_pumpTimer;
    QNetworkReply *m_poll = nullptr;
    qint64 m_offset = 0; // the next update to read
    QTimer m_pollTimer;  // the next getUpdates after a failed one
    QHash<QString, QString> m_photoIds; // a photo's sha256 -> the file_id Telegram gave it
    QList<SendOutcome> m_outcomes;
    QTimer m_outcomeTimer; // outcomes go to the dispatcher in batches
};

} // namespace herald
