#pragma once

#include "providers/persecondpacing.h"
#include "providers/provider.h"
#include "vibersettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald {

// Viber through its REST bot API (https://developers.viber.com/docs/api/rest-bot-api/):
// each message a send_message of the template's text to its contact's Viber user, from the
// sender's name (at most 28 characters) and the settings' avatar.
// Answers (status): 0 -> Sent (each costs a credit, as an SMS segment does), the answer's
// message_token kept as the message's provider id; 5 receiver not registered, 6 not
// subscribed, 11 no suitable device, 3 and 4 (a message Viber refuses) -> Failed with
// Viber's words; 12 too many requests, 2 a wrong token and the account's problems (7 to
// 10, 15, 24), 5xx or no connection -> Retrying (pre-send); no answer after the request
// went out -> Timed Out (it may have reached the user: never sent again).
// Callbacks come to the tenant's listener (ViberCallbacks), each verified by its
// X-Viber-Content-Signature before anything changes: delivered and seen -> Delivered,
// failed -> Failed; unsubscribed -> the user's contacts opt out of Viber; a conversation
// started from a deep link with Herald's context links the user to its contact; a message
// is a reply. When sending starts the bot's webhook is pointed at the tenant's listener
// (set_webhook), and nothing goes out before Viber has accepted it.
class ViberProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViberProvider)

public:
    // `site`: the tenant's secret in the callback URL and its listener.
    ViberProvider(const ViberSettings &settings, const CallbackSite &site, QObject *parent = nullptr);
    ~ViberProvider() override;

    void send(const QList<OutgoingMessage> &messages) override;
    void cancel(Id messageId) override;
    int window() const override { return m_settings.window; }
    // get_account_info: the bot is there and the token is its.
    void probe() override;
    Status startListening() override;

    // A callback from the listener: its body and X-Viber-Content-Signature. The HTTP
    // status to answer: 403 (and nothing changes) unless the signature is the bot's.
    int callback(const QByteArray &body, const QByteArray &signature);
    // <listener>/viber/callback?token=TOKEN
    static QString webhookUrl(const CallbackSite &site);

private:
    void pump();
    void finished(QNetworkReply *reply, const OutgoingMessage &message);
    void webhookSet(QNetworkReply *reply);
    QNetworkReply *post(const QString &method, const QByteArray &json);
    void queue(const SendOutcome &outcome);
    void queue(const DeliveryReport &report);

    ViberSettings m_settings;
    CallbackSite m_site;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<OutgoingMessage> m_queue;
    QHash<Id, QNetworkReply *> m_inFlight;
    QElapsedTimer m_clock;
    PerSecondPacing m_pacing;
    QTimer m_pumpTimer;
    QNetworkReply *m_webhook = nullptr; // set_webhook awaiting its answer: nothing is sent meanwhile
    // A callback can beat the answer to its send_message: its report waits for the answer
    // naming its token (at most 30 s; at once when nothing is in flight: an older message).
    void release(const QString &token);
    QSet<QString> m_answered; // tokens of the answers read lately
    QList<std::pair<qint64, DeliveryReport>> m_early; // (when it came, the report)
    QList<SendOutcome> m_outcomes;
    QList<DeliveryReport> m_reports;
    QTimer m_emitTimer; // outcomes, then the reports after them, go to the dispatcher in batches
};

} // namespace herald
