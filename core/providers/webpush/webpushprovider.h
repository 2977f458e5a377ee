#pragma once

#include "providers/persecondpacing.h"
#include "providers/provider.h"
#include "webpushcrypto.h"
#include "webpushsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald {

// Web Push (RFC 8030): each message a notification to every browser its contact
// subscribed, the payload {"title", "body", "url", "icon"} (the template's subject and
// text, the text's first link or the settings' url, the settings' icon) encrypted for
// each browser (RFC 8291, aes128gcm) and signed for the push service with the tenant's
// VAPID key (RFC 8292); TTL the time left of the campaign's TTL, Urgency the settings'.
// Each browser's push service answers: 201 -> taken (its last success recorded); 404 and
// 410 -> the subscription is gone and removed; 429 and 5xx -> again later, after its
// Retry-After; anything else -> refused with its words.
// A message is Delivered once any of its browsers' services took it; Retrying when none
// did and one asks for later; Failed "subscription expired" when every subscription was
// gone, else with the services' words; Timed Out when a request went out unanswered.
class WebPushProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPushProvider)

public:
    WebPushProvider(const WebPushSettings &settings, const webpush::KeyPair &vapid, QObject *parent = nullptr);
    ~WebPushProvider() override;

    void send(const QList<OutgoingMessage> &messages) override;
    void cancel(Id messageId) override;
    int window() const override { return m_settings.window; }
    // Nothing to connect to before a browser subscribes: says the key is ready.
    void probe() override;

    // The JSON a message's browsers are sent.
    static QByteArray payloadOf(const OutgoingMessage &message, const WebPushSettings &settings);

private:
    struct Push // one message to one browser
    {
        Id messageId = 0;
        PushSubscription subscription;
    };
    struct Pending // a message whose browsers have not all answered
    {
        OutgoingMessage message;
        int unanswered = 0;
        SendOutcome outcome;
        bool retry = false, timedOut = false;
        QString refused; // the first service's refusal
    };
    void pump();
    void finished(QNetworkReply *reply, const Push &push, bool requestSent);
    void settle(Pending &pending);
    Result<QByteArray> authorization(const QUrl &endpoint);

    WebPushSettings m_settings;
    webpush::KeyPair m_vapid;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<Push> m_queue;
    QHash<Id, Pending> m_pending;
    QHash<QNetworkReply *, Id> m_inFlight;
    QHash<QString, std::pair<QByteArray, QDateTime>> m_tokens; // push service origin -> VAPID header, until
    QElapsedTimer m_clock;
    PerSecondPacing m_pacing;
    QTimer m_pumpTimer;
    QList<SendOutcome> m_outcomes;
    QTimer m_outcomeTimer;
};

} // namespace herald
