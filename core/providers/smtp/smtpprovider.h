#pragma once

#include "providers/provider.h"
#include "smtpsession.h"

#include <QDateTime>
#include <QHash>
#include <QQueue>

namespace herald {

// Email over SMTP: a pool of up to `connections` sessions, each reused for many
// messages, one transaction at a time per session. Outcomes: 250 after the data ->
// Delivered; 4xx -> Retrying (the dispatcher backs off); 5xx -> Failed with the server's
// words; a connection refused or lost before the message was handed over -> Retrying
// (pre-send, 3 attempts in all); lost after the final "." before the reply -> Timed Out,
// never sent again.
class SmtpProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpProvider)

public:
    // `domain` names Message-IDs: "<run.message.random@domain>".
    explicit SmtpProvider(const SmtpSettings &settings, QObject *parent = nullptr);
    ~SmtpProvider() override;

    void send(const QList<OutgoingMessage> &messages) override;
    void cancel(Id messageId) override;
    // Enough claimed per connection that a session never waits for the dispatcher's next
    // claim; after a crash at most this many messages end Timed Out without being sent.
    int window() const override { return m_settings.connections * 50; }
    // Connects, negotiates TLS, authenticates, quits.
    void probe() override;

private:
    // Built into MIME only when a connection takes it: a queue of messages with large
    // attachments holds each file once, not once per message.
    struct Pending
    {
        OutgoingMessage message;
        QDateTime date;
        QByteArray messageId;
    };
    void pump();
    void sessionFailed(SmtpSession *session, const Text &reason, bool permanent);
    Result<SmtpSession::Mail> mail(const Pending &pending) const;

    SmtpSettings m_settings;
    QQueue<Pending> m_queue;
    QHash<Id, QString> m_handedOver; // message -> its Message-ID, until its outcome
    QList<SmtpSession *> m_sessions;
};

} // namespace herald
