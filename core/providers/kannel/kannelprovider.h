#pragma once

#include "kannelsettings.h"
#include "providers/provider.h"

#include <QHash>
#include <QQueue>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald {

class KannelCallbackListener;

// SMS through a Kannel gateway's sendsms interface, GSM-7 or UCS-2 as the text needs,
// every message asking for all delivery reports (dlr-mask 31) at the tenant's listener
// (or the provider's own, KannelSettings).
// Gateway accepted (2xx) -> Sent; 5xx or no connection -> Retrying (pre-send); any other
// answer -> Failed with the gateway's words; no answer after the request went out ->
// Timed Out (it may have been sent: never sent again). Delivery reports: 1 -> Delivered,
// 2 and 16 -> Failed with the reason, 4 and 8 keep Sent. A report that arrives before
// the gateway's answer to its message waits for that answer.
class KannelProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KannelProvider)

public:
    // `site`: the tenant's secret in the callback URLs and its listener.
    KannelProvider(const KannelSettings &settings, const CallbackSite &site, QObject *parent = nullptr);
    ~KannelProvider() override;

    void send(const QList<OutgoingMessage> &messages) override;
    void cancel(Id messageId) override;
    int window() const override { return m_settings.window; }
    // Asks the gateway for a message without a receiver: any answer but "authorization
    // failed" means it is there and takes these credentials.
    void probe() override;
    Status startListening() override;
    void sendNotice(const QString &to, const QString &from, const QString &text) override;

    static bool isReportType(int type);
    // From the callback listener.
    void deliveryReport(Id messageId, int type, const QString &reason);
    void receive(const QString &from, const QString &to, const QString &text);
    // Reports held until the gateway answers for their message.
    qsizetype heldReports() const;
    // Whether the gateway's answer for the message is still awaited.
    bool awaits(Id messageId) const { return m_inFlight.contains(messageId); }

    // The URL the gateway's sms-service calls for inbound messages (its get-url).
    QString inboundUrl() const;
    static QString inboundUrl(const KannelSettings &settings, const CallbackSite &site);

private:
    void pump();
    void finished(QNetworkReply *reply, const OutgoingMessage &message, bool requestSent);
    QUrl sendUrl(const OutgoingMessage &message) const;
    // sendsms for `text` from `from` (empty: the settings' sender) to `to`, plus `extra`.
    QUrl sendsms(const QString &from, const QString &to, const QString &text, const QByteArray &extra) const;
    QUrl callbackBase() const;
    static QString inboundUrl(const QUrl &callbackBase, const QString &token);
    void queueReport(const DeliveryReport &report);

    KannelSettings m_settings;
    CallbackSite m_site;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::shared_ptr<KannelCallbackListener> m_listener;
    QQueue<OutgoingMessage> m_queue;
    QHash<Id, QNetworkReply *> m_inFlight;
    QHash<Id, QList<DeliveryReport>> m_early; // reports that beat the gateway's answer
    QList<DeliveryReport> m_reports;
    QTimer m_reportTimer; // reports go to the dispatcher in batches
};

} // namespace herald
