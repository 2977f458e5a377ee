#include "kannelprovider.h"

#include "content/smstext.h"
#include "kannelcallbacklistener.h"
#include "providers/callbackregistry.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace herald {

namespace {

enum ReportType { Delivered = 1, Undeliverable = 2, Buffered = 4, SmscSubmit = 8, SmscReject = 16 };

QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QString bodyOf(QNetworkReply *reply)
{
    return QString::fromUtf8(reply->readAll().left(300)).simplified();
}

} // namespace

KannelProvider::KannelProvider(const KannelSettings &settings, const CallbackSite &site, QObject *parent)
    : Provider(parent), m_settings(settings), m_site(site),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setTransferTimeout(m_settings.timeoutMs);
    m_reportTimer.setSingleShot(true);
    m_reportTimer.setInterval(10);
    connect(&m_reportTimer, &QTimer::timeout, this, [this] { emit deliveryReports(std::exchange(m_reports, {})); });
}

KannelProvider::~KannelProvider()
{
    CallbackRegistry<KannelProvider>::detach(m_site.token, this);
    for (QNetworkReply *r : std::as_const(m_inFlight)) {
        r->disconnect(this);
        r->abort();
    }
}

Status KannelProvider::startListening()
{
    if (!m_listener && m_settings.listensItself(m_site.base)) {
        auto listener = KannelCallbackListener::acquire(m_settings.listenAddress, m_settings.listenPort);
        if (!listener)
            return listener.error();
        m_listener = *listener;
    }
    CallbackRegistry<KannelProvider>::attach(m_site.token, this); // the tenant's listener routes by token, too
    return {};
}

bool KannelProvider::isReportType(int type)
{
    return type == Delivered || type == Undeliverable || type == Buffered || type == SmscSubmit || type == SmscReject;
}

QUrl KannelProvider::callbackBase() const
{
    QUrl base = m_settings.callbackBase(m_site.base);
    if (m_settings.callbackUrl.isEmpty() && m_listener)
        base.setPort(m_listener->port()); // the port the system chose when 0 was configured
    return base;
}

QString KannelProvider::inboundUrl() const
{
    return inboundUrl(callbackBase(), m_site.token);
}

QString KannelProvider::inboundUrl(const KannelSettings &settings, const CallbackSite &site)
{
    return inboundUrl(settings.callbackBase(site.base), site.token);
}

QString KannelProvider::inboundUrl(const QUrl &callbackBase, const QString &token)
{
    // %p the sender, %P our number, %b the text as sent, %C its character set.
    return callbackBase.toString(QUrl::StripTrailingSlash) + u"/kannel/mo?token=" + token
           + u"&from=%p&to=%P&text=%b&charset=%C";
}

QUrl KannelProvider::sendsms(const QString &from, const QString &to, const QString &text, const QByteArray &extra) const
{
    const bool unicode = SmsText::measure(text).unicode;
    QByteArray query = "username=" + encode(m_settings.user) + "&password=" + encode(m_settings.password)
                       + "&from=" + encode(from.isEmpty() ? m_settings.from : from) + "&to=" + encode(to)
                       + "&text=" + encode(text) + "&charset=UTF-8&coding=" + (unicode ? "2" : "0") + extra;
    if (!m_settings.smsc.isEmpty())
        query += "&smsc=" + encode(m_settings.smsc);
    QUrl url = m_settings.url;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QUrl KannelProvider::sendUrl(const OutgoingMessage &m) const
{
    // %d is the report's type and %A the SMS centre's words, filled in by the gateway.
    const QString dlrUrl = callbackBase().toString(QUrl::StripTrailingSlash) + u"/kannel/dlr?token=" + m_site.token
                           + u"&id=" + QString::number(m.messageId) + u"&type=%d&reason=%A";
    return sendsms(m.from, m.address, m.body, "&dlr-mask=31&dlr-url=" + encode(dlrUrl));
}

void KannelProvider::sendNotice(const QString &to, const QString &from, const QString &text)
{
    QNetworkRequest request(sendsms(from, to, text, {}));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, to] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (http < 200 || http >= 300)
            emit noticeFailed(Text::tr("the SMS gateway at %1 did not take the answer to %2: %3")
                                  .arg(m_settings.url.toString(), to, http == 0 ? reply->errorString() : bodyOf(reply)));
    });
}

void KannelProvider::send(const QList<OutgoingMessage> &messages)
{
    for (const OutgoingMessage &m : messages)
        m_queue.enqueue(m);
    pump();
}

void KannelProvider::cancel(Id messageId)
{
    m_queue.removeIf([messageId](const OutgoingMessage &m) { return m.messageId == messageId; });
}

void KannelProvider::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_settings.window) {
        const OutgoingMessage m = m_queue.dequeue();
        QNetworkRequest request(sendUrl(m));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = m_network->get(request);
        auto sent = std::make_shared<bool>(false);
        connect(reply, &QNetworkReply::requestSent, this, [sent] { *sent = true; });
        connect(reply, &QNetworkReply::finished, this, [this, reply, m, sent] { finished(reply, m, *sent); });
        m_inFlight.insert(m.messageId, reply);
    }
}

void KannelProvider::finished(QNetworkReply *reply, const OutgoingMessage &m, bool requestSent)
{
    reply->deleteLater();
    m_inFlight.remove(m.messageId);
    SendOutcome o{m.messageId, MessageStatus::Failed, {}, {}};
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (http >= 200 && http < 300) {
        o.to = MessageStatus::Sent;
    } else if (http >= 500) {
        o.to = MessageStatus::Retrying;
        o.reason = Text::tr("the SMS gateway answered %1: %2").arg(QString::number(http), bodyOf(reply)).english();
    } else if (http > 0) {
        o.reason = Text::tr("the SMS gateway refused the message (%1): %2")
                       .arg(QString::number(http), bodyOf(reply))
                       .english();
    } else if (!requestSent) {
        o.to = MessageStatus::Retrying;
        o.reason = Text::tr("cannot reach the SMS gateway at %1: %2")
                       .arg(m_settings.url.toString(), reply->errorString())
                       .english();
    } else {
        o.to = MessageStatus::TimedOut;
        o.reason = Text::tr("Timed Out: the SMS gateway took the message but did not answer (%1)")
                       .arg(reply->errorString())
                       .english();
    }
    emit outcomes({o});
    // Reports that arrived before this answer follow it now, in order.
    for (const DeliveryReport &r : m_early.take(m.messageId))
        queueReport(r);
    pump();
}

void KannelProvider::deliveryReport(Id messageId, int type, const QString &reason)
{
    DeliveryReport r{messageId, MessageStatus::Delivered, {}, {}};
    switch (type) {
    case Delivered:
        break;
    case Undeliverable:
        r.to = MessageStatus::Failed;
        r.reason = reason.isEmpty() ? Text::tr("not delivered to the handset: no reason given").english()
                                    : Text::tr("not delivered to the handset: %1").arg(reason).english();
        break;
    case SmscReject:
        r.to = MessageStatus::Failed;
        r.reason = reason.isEmpty() ? Text::tr("rejected by the SMS centre: no reason given").english()
                                    : Text::tr("rejected by the SMS centre: %1").arg(reason).english();
        break;
    default:
        return; // buffered or submitted: still Sent
    }
    if (m_inFlight.contains(messageId))
        m_early[messageId].append(r);
    else
        queueReport(r);
}

qsizetype KannelProvider::heldReports() const
{
    qsizetype n = 0;
    for (const QList<DeliveryReport> &held : m_early)
        n += held.size();
    return n;
}

void KannelProvider::queueReport(const DeliveryReport &report)
{
    m_reports.append(report);
    if (m_reports.size() >= 500) {
        m_reportTimer.stop();
        emit deliveryReports(std::exchange(m_reports, {}));
    } else if (!m_reportTimer.isActive()) {
        m_reportTimer.start();
    }
}

void KannelProvider::receive(const QString &from, const QString &to, const QString &text)
{
    // SMS centres give numbers without their "+", or national ones; contacts keep E.164.
    emit inbound(InboundMessage{ChannelKind::Sms, m_settings.e164(from), m_settings.e164(to), text, {}});
}

void KannelProvider::probe()
{
    QUrl url = m_settings.url;
    url.setQuery(QString::fromLatin1("username=" + encode(m_settings.user) + "&password=" + encode(m_settings.password)),
                 QUrl::StrictMode);
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // What Test connection shows, kept nowhere: in the user interface's language.
        if (http == 0)
            emit probed(false, Text::tr("cannot reach the SMS gateway at %1: %2")
                                   .arg(m_settings.url.toString(), reply->errorString())
                                   .shown());
        else if (http == 401 || http == 403)
            emit probed(false, Text::tr("the SMS gateway at %1 refused user %2: %3")
                                   .arg(m_settings.url.toString(), m_settings.user, bodyOf(reply))
                                   .shown());
        else if (http >= 500)
            emit probed(false, Text::tr("the SMS gateway at %1 answered %2: %3")
                                   .arg(m_settings.url.toString(), QString::number(http), bodyOf(reply))
                                   .shown());
        else
            emit probed(true, Text::tr("reached the SMS gateway at %1 as %2")
                                  .arg(m_settings.url.toString(), m_settings.user)
                                  .shown());
    });
}

} // namespace herald
