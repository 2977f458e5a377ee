#include "smtpprovider.h"

#include "mimemessage.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace herald {

namespace {

QByteArray domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QByteArrayLiteral("herald.localdomain") : address.mid(at + 1).toLatin1();
}

} // namespace

SmtpProvider::SmtpProvider(const SmtpSettings &settings, QObject *parent) : Provider(parent), m_settings(settings) {}

SmtpProvider::~SmtpProvider()
{
    for (SmtpSession *s : std::as_const(m_sessions))
        s->quit();
}

void SmtpProvider::send(const QList<OutgoingMessage> &messages)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutgoingMessage &m : messages) {
        const QByteArray id = "herald." + QByteArray::number(m.runId) + '.' + QByteArray::number(m.messageId) + '.'
                              + QByteArray::number(QRandomGenerator::global()->generate(), 36) + '@'
                              + domainOf(m.from);
        m_queue.enqueue({m, now, id});
    }
    pump();
}

void SmtpProvider::probe()
{
    auto *session = new SmtpSession(m_settings, this);
    connect(session, &SmtpSession::ready, this, [this, session] {
        const bool tls = m_settings.tls != SmtpSettings::Tls::None;
        // What Test connection shows, kept nowhere: in the user interface's language.
        const QString port = QString::number(m_settings.port);
        Text connected;
        if (tls && m_settings.user.isEmpty())
            connected = Text::tr("connected to %1:%2, TLS certificate verified").arg(m_settings.host, port);
        else if (tls)
            connected = Text::tr("connected to %1:%2, TLS certificate verified, authenticated as %3")
                            .arg(m_settings.host, port, m_settings.user);
        else if (m_settings.user.isEmpty())
            connected = Text::tr("connected to %1:%2, without TLS").arg(m_settings.host, port);
        else
            connected = Text::tr("connected to %1:%2, without TLS, authenticated as %3")
                            .arg(m_settings.host, port, m_settings.user);
        emit probed(true, connected.shown());
        session->quit();
        session->deleteLater();
    });
    connect(session, &SmtpSession::failed, this, [this, session](const Text &reason) {
        emit probed(false, reason.shown());
        session->deleteLater();
    });
    session->open();
}

void SmtpProvider::cancel(Id messageId)
{
    m_queue.removeIf([messageId](const Pending &p) { return p.message.messageId == messageId; });
}

Result<SmtpSession::Mail> SmtpProvider::mail(const Pending &pending) const
{
    const OutgoingMessage &m = pending.message;
    MailContent content;
    content.fromAddress = m.from;
    content.fromName = m.senderName;
    content.replyTo = m.replyTo;
    content.to = m.address;
    content.subject = m.subject;
    if (MimeMessage::looksLikeHtml(m.body)) {
        content.html = m.body;
        content.text = m.textBody;
    } else {
        content.text = m.body;
    }
    content.attachments = m.attachments;
    content.unsubscribeUrl = m.unsubscribeUrl;
    const auto from = MimeMessage::wireAddress(m.envelopeFrom.isEmpty() ? m.from : m.envelopeFrom);
    const auto to = MimeMessage::wireAddress(m.address);
    if (!from || !to)
        return Error::usage(from ? to.error().message : from.error().message);
    return SmtpSession::Mail{m.messageId, from->bytes, to->bytes,
                             MimeMessage::build(content, pending.date, pending.messageId),
                             from->needsSmtpUtf8 || to->needsSmtpUtf8};
}

void SmtpProvider::pump()
{
    for (SmtpSession *s : std::as_const(m_sessions))
        while (s->isReady() && !s->isBusy() && !m_queue.isEmpty()) {
            const Pending next = m_queue.dequeue();
            auto built = mail(next);
            if (!built) { // an address no server can take: this message fails, the next one goes
                QMetaObject::invokeMethod(
                    this,
                    [this, out = SendOutcome{next.message.messageId, MessageStatus::Failed, built.error().message, {}}] {
                        emit outcomes({out});
                    },
                    Qt::QueuedConnection);
                continue;
            }
            m_handedOver.insert(next.message.messageId, QString::fromLatin1(next.messageId));
            s->send(*built);
        }
    // Open more connections while messages wait, up to the pool size.
    qsizetype idleOrOpening = 0;
    for (SmtpSession *s : std::as_const(m_sessions))
        idleOrOpening += s->isBusy() ? 0 : 1;
    while (m_queue.size() > idleOrOpening && m_sessions.size() < m_settings.connections) {
        auto *session = new SmtpSession(m_settings, this);
        m_sessions.append(session);
        ++idleOrOpening;
        connect(session, &SmtpSession::ready, this, &SmtpProvider::pump);
        connect(session, &SmtpSession::finished, this, [this](Id id, MessageStatus to, const QString &reason) {
            // The Message-ID is kept with the message: replies and bounces name it.
            emit outcomes({SendOutcome{id, to, reason, m_handedOver.take(id)}});
        });
        connect(session, &SmtpSession::failed, this, [this, session](const Text &reason, bool permanent) {
            sessionFailed(session, reason, permanent);
        });
        session->open();
    }
}

void SmtpProvider::sessionFailed(SmtpSession *session, const Text &reason, bool permanent)
{
    m_sessions.removeOne(session);
    session->deleteLater();
    // While another connection works, it carries the queue. Otherwise what waits cannot
    // go: each message gets the reason now (Retrying: the dispatcher backs off and the
    // next send() connects again; permanent: Failed) instead of reconnecting in a loop.
    const bool carried = std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                                     [](const SmtpSession *s) { return s->isReady() || s->isBusy(); });
    if (carried || m_queue.isEmpty())
        return pump();
    QList<SendOutcome> out;
    // The messages' failure reasons are kept: in English.
    const QString why = permanent ? reason.english() : Text::tr("not handed over: %1").arg(reason).english();
    while (!m_queue.isEmpty())
        out.append({m_queue.dequeue().message.messageId, permanent ? MessageStatus::Failed : MessageStatus::Retrying,
                    why, {}});
    emit outcomes(out);
}

} // namespace herald
