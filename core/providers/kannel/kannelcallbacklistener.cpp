#include "kannelcallbacklistener.h"

#include "kannelprovider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTcpServer>

namespace herald {

namespace {

// Listeners of this thread by "address:port".
thread_local QHash<QString, std::weak_ptr<KannelCallbackListener>> t_listeners;

QString keyOf(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

QHttpServerResponse answer(QHttpServerResponse::StatusCode status, const char *text)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray(text) + '\n', status);
}

// Kannel form-encodes what it fills in: "+" for a space, %XX for other bytes.
using Form = QHash<QByteArray, QByteArray>;

Form parseForm(QByteArray encoded)
{
    Form form;
    encoded.replace('+', ' ');
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (!key.isEmpty() && !form.contains(key))
            form.insert(key, eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return form;
}

Form formOf(const QHttpServerRequest &request)
{
    // POST carries the same parameters in a form body.
    if (request.method() == QHttpServerRequest::Method::Post && !request.body().isEmpty())
        return parseForm(request.body());
    return parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
}

QString item(const Form &form, const char *key)
{
    return QString::fromUtf8(form.value(QByteArray(key)));
}

// Kannel's "to"/"from" of an inbound message: a number, a short code or an alphanumeric
// sender, never anything that could carry markup or control characters.
bool isAddress(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9A-Za-z .-]{1,32}$"));
    return re.match(s).hasMatch();
}

} // namespace

Result<std::shared_ptr<KannelCallbackListener>> KannelCallbackListener::acquire(const QHostAddress &address, quint16 port)
{
    const QString key = keyOf(address, port);
    if (port != 0)
        if (auto existing = t_listeners.value(key).lock())
            return existing;
    std::shared_ptr<KannelCallbackListener> listener(new KannelCallbackListener(address, port));
    if (listener->m_port == 0)
        return Error::runtime(u"cannot listen for Kannel's delivery reports on " + address.toString() + u':'
                              + QString::number(port)
                              + u": the address is in use or not on this machine; change \"listen\" in the SMS "
                                u"provider settings");
    listener->m_key = keyOf(address, listener->m_port);
    t_listeners.insert(listener->m_key, listener);
    return listener;
}

KannelCallbackListener::KannelCallbackListener(const QHostAddress &address, quint16 port)
    : m_server(std::make_unique<QHttpServer>())
{
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    m_server->route(QStringLiteral("/kannel/dlr"), methods,
                    [this](const QHttpServerRequest &request) { return deliveryReport(request); });
    m_server->route(QStringLiteral("/kannel/mo"), methods,
                    [this](const QHttpServerRequest &request) { return inbound(request); });
    // A gateway reports over many connections at once (smsbox opens a couple of hundred
    // under load): a short backlog would drop reports on the floor.
    auto *tcp = new QTcpServer(m_server.get());
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(address, port))
        return;
    m_server->bind(tcp);
    m_port = tcp->serverPort();
}

KannelCallbackListener::~KannelCallbackListener()
{
    if (!m_key.isEmpty())
        t_listeners.remove(m_key);
}

void KannelCallbackListener::attach(const QString &token, KannelProvider *provider)
{
    m_providers.insert(token, provider);
}

void KannelCallbackListener::detach(const QString &token)
{
    m_providers.remove(token);
}

KannelProvider *KannelCallbackListener::providerFor(const QHttpServerRequest &request) const
{
    const QString token = item(formOf(request), "token");
    return token.isEmpty() ? nullptr : m_providers.value(token).data();
}

QHttpServerResponse KannelCallbackListener::deliveryReport(const QHttpServerRequest &request)
{
    KannelProvider *provider = providerFor(request);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const Form query = formOf(request);
    bool idOk = false;
    bool typeOk = false;
    const Id id = item(query, "id").toLongLong(&idOk);
    const int type = item(query, "type").toInt(&typeOk);
    const QString reason = item(query, "reason");
    if (!idOk || id <= 0)
        return answer(QHttpServerResponse::StatusCode::BadRequest, "id must be a message number");
    if (!typeOk || !KannelProvider::isReportType(type))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "type must be 1, 2, 4, 8 or 16");
    if (reason.size() > kMaxText)
        return answer(QHttpServerResponse::StatusCode::BadRequest, "reason is too long");
    provider->deliveryReport(id, type, reason);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

QHttpServerResponse KannelCallbackListener::inbound(const QHttpServerRequest &request)
{
    KannelProvider *provider = providerFor(request);
    if (!provider)
        return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown or missing token");
    const Form query = formOf(request);
    const QString from = item(query, "from");
    const QString to = item(query, "to");
    // A UCS-2 message comes as its UTF-16 bytes, and says so in "charset" (%C).
    const QByteArray charset = query.value("charset").toUpper();
    if (!charset.isEmpty() && charset != "UTF-8" && charset != "UTF-16BE")
        return answer(QHttpServerResponse::StatusCode::BadRequest, "charset must be UTF-8 or UTF-16BE");
    QStringDecoder decode(charset == "UTF-16BE" ? QStringDecoder::Utf16BE : QStringDecoder::Utf8,
                          QStringConverter::Flag::Stateless);
    const QByteArray bytes = query.value("text");
    const QString text = decode(bytes);
    if (decode.hasError() || (charset == "UTF-16BE" && bytes.size() % 2))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "text is not in its charset");
    if (!isAddress(from))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "from must be a phone number");
    if (!to.isEmpty() && !isAddress(to))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "to must be a phone number");
    if (text.size() > kMaxText || text.contains(QChar(0)))
        return answer(QHttpServerResponse::StatusCode::BadRequest, "text is too long or not text");
    provider->receive(from, to, text);
    return answer(QHttpServerResponse::StatusCode::Accepted, "accepted");
}

} // namespace herald
