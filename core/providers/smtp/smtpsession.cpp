#include "smtpsession.h"

#include "providers/providersecret.h"
#include "providers/settingsjson.h"

#include "mimemessage.h"

#include <QFile>
#include <QSslConfiguration>

namespace herald {

Result<SmtpSettings> SmtpSettings::fromJson(const QString &json, const QString &typedPassword)
{
    const Text what = Text::tr("SMTP settings");
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("tls"),
                                  QStringLiteral("ca_file"), QStringLiteral("user"), QStringLiteral("helo"),
                                  QStringLiteral("connections"), QStringLiteral("timeout_ms")});
    if (!o)
        return o.error();
    SmtpSettings s;
    auto host = o->text(QLatin1StringView("host"), s.host);
    auto tls = o->text(QLatin1StringView("tls"), QStringLiteral("starttls"));
    auto caFile = o->text(QLatin1StringView("ca_file"));
    auto user = o->text(QLatin1StringView("user"));
    auto helo = o->text(QLatin1StringView("helo"), s.heloName);
    for (const auto *r : {&host, &tls, &caFile, &user, &helo})
        if (!*r)
            return r->error();
    if (*tls == u"none")
        s.tls = Tls::None;
    else if (*tls == u"starttls")
        s.tls = Tls::StartTls;
    else if (*tls == u"implicit")
        s.tls = Tls::Implicit;
    else
        return Error::usage(Text::tr("%1: \"%2\" is '%3', not one of none, starttls, implicit")
                                .arg(what, QStringLiteral("tls"), tls->left(40)));
    auto port = o->integer(QLatin1StringView("port"), s.tls == Tls::Implicit ? 465 : 587, 1, 65535);
    auto connections = o->integer(QLatin1StringView("connections"), s.connections, 1, 64);
    auto timeout = o->integer(QLatin1StringView("timeout_ms"), s.timeoutMs, 100, 600000);
    for (const auto *r : {&port, &connections, &timeout})
        if (!*r)
            return r->error();
    if (host->trimmed().isEmpty())
        return Error::usage(
            Text::tr("%1: \"%2\" is empty: give the mail server's name").arg(what, QStringLiteral("host")));
    s.host = *host;
    s.port = quint16(*port);
    s.caFile = *caFile;
    s.user = *user;
    s.heloName = *helo;
    s.connections = *connections;
    s.timeoutMs = *timeout;
    auto password = readProviderPassword(o->object(), what, typedPassword);
    if (!password)
        return password.error();
    s.password = *password;
    return s;
}

SmtpSession::SmtpSession(const SmtpSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        onError(Text::tr("no answer from %1:%2 within %3 s")
                    .arg(m_settings.host, QString::number(m_settings.port),
                         QString::number(m_settings.timeoutMs / 1000.0)));
    });
    connect(&m_socket, &QSslSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // commands are small; answers are awaited
        if (m_settings.tls != SmtpSettings::Tls::Implicit) {
            m_state = State::Greeting;
            armTimeout();
        }
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_state == State::Connecting) { // implicit TLS: the greeting comes encrypted
            m_state = State::Greeting;
            armTimeout();
        } else if (m_state == State::Handshake) {
            ehlo(State::EhloTls);
        }
    });
    connect(&m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList why;
        for (const QSslError &e : errors)
            why << e.errorString();
        // Never ignored: a certificate that does not verify ends the connection.
        failSetup(
            Text::tr("the TLS certificate of %1 was rejected: %2").arg(m_settings.host, why.join(QStringLiteral("; "))),
            true);
    });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { onError(Text(m_socket.errorString())); });
    connect(&m_socket, &QSslSocket::disconnected, this,
            [this] { onError(Text::tr("%1 closed the connection").arg(m_settings.host)); });
}

SmtpSession::~SmtpSession()
{
    m_state = State::Closed;
    m_socket.abort();
}

void SmtpSession::armTimeout()
{
    m_timeout.start(m_settings.timeoutMs);
}

void SmtpSession::open()
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(m_settings.caFile);
        if (certificates.isEmpty())
            return failSetup(Text::tr("no CA certificate could be read from %1").arg(m_settings.caFile), true);
        ssl.addCaCertificates(certificates);
    }
    m_socket.setSslConfiguration(ssl);
    m_socket.setPeerVerifyName(m_settings.host);
    m_state = State::Connecting;
    m_replies = {};
    armTimeout();
    if (m_settings.tls == SmtpSettings::Tls::Implicit)
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port, m_settings.host);
    else
        m_socket.connectToHost(m_settings.host, m_settings.port);
}

void SmtpSession::command(const QByteArray &line, State next)
{
    m_state = next;
    m_socket.write(line + "\r\n");
    armTimeout();
}

void SmtpSession::ehlo(State next)
{
    command("EHLO " + m_settings.heloName.toLatin1(), next);
}

void SmtpSession::onReadyRead()
{
    for (const SmtpReplyReader::Reply &reply : m_replies.feed(m_socket.readAll())) {
        onReply(reply.code, reply.lines);
        if (m_state == State::Closed)
            return;
    }
    if (m_replies.overflowed())
        onError(Text::tr("%1 sent a reply longer than an SMTP server may").arg(m_settings.host));
}

void SmtpSession::onReply(int code, const QStringList &lines)
{
    m_timeout.stop();
    const QString text = QString::number(code) + u' ' + lines.join(u' ');
    auto status = [code] { return code >= 500 ? MessageStatus::Failed : MessageStatus::Retrying; };
    switch (m_state) {
    case State::Greeting:
        return code == 220 ? ehlo(State::Ehlo) : failSetup(Text::tr("greeting refused: %1").arg(text), code >= 500);
    case State::Ehlo:
    case State::EhloTls: {
        if (code != 250)
            return failSetup(Text::tr("EHLO refused: %1").arg(text), code >= 500);
        m_capabilities.clear();
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_capabilities << lines.at(i).toUpper();
        m_pipelining = m_capabilities.contains(QStringLiteral("PIPELINING"));
        return afterEhlo();
    }
    case State::StartTls:
        if (code != 220)
            return failSetup(Text::tr("%1 refused STARTTLS: %2").arg(m_settings.host, text), true);
        m_state = State::Handshake;
        armTimeout();
        m_socket.startClientEncryption();
        return;
    case State::AuthPlain:
    case State::AuthPass:
        return code == 235
                   ? becomeReady()
                   : failSetup(Text::tr("authentication as %1 refused: %2").arg(m_settings.user, text), code >= 500);
    case State::AuthLogin:
        if (code != 334)
            return failSetup(Text::tr("AUTH LOGIN refused: %1").arg(text), code >= 500);
        return command(m_settings.user.toUtf8().toBase64(), State::AuthUser);
    case State::AuthUser:
        if (code != 334)
            return failSetup(Text::tr("authentication as %1 refused: %2").arg(m_settings.user, text), code >= 500);
        return command(m_settings.password.toUtf8().toBase64(), State::AuthPass);
    case State::Mail:
    case State::Rcpt:
    case State::Data: {
        const bool expected = m_state == State::Data ? code == 354 : code == 250;
        if (!expected && m_transactionError.isEmpty()) {
            m_transactionError = text;
            m_transactionStatus = status();
        }
        if (m_pipelining) { // MAIL, RCPT and DATA went together: their replies come in order
            if (--m_pendingPipelined > 0) {
                m_state = m_state == State::Mail ? State::Rcpt : State::Data;
                armTimeout();
                return;
            }
        } else if (expected && m_state != State::Data) {
            return m_state == State::Mail ? command("RCPT TO:<" + m_mail->to + '>', State::Rcpt)
                                          : command("DATA", State::Data);
        }
        if (m_transactionError.isEmpty()) { // 354: the message, then "."
            QByteArray data = MimeMessage::dotStuffed(m_mail->message);
            if (!data.endsWith("\r\n"))
                data += "\r\n";
            m_state = State::Body;
            m_socket.write(data + ".\r\n");
            armTimeout();
            return;
        }
        const QString reason = m_transactionError;
        const MessageStatus to = m_transactionStatus;
        if (code == 354) { // the server took DATA after refusing a recipient: end it empty
            m_socket.write(".\r\n");
            m_pendingPipelined = 1;
        }
        finish(to, reason);
        return command("RSET", State::Reset);
    }
    case State::Body:
        finish(code >= 200 && code < 300 ? MessageStatus::Delivered : status(), code < 300 ? QString() : text);
        return becomeReady();
    case State::Reset:
        if (m_pendingPipelined > 0) { // the reply to the empty message's "."
            --m_pendingPipelined;
            armTimeout();
            return;
        }
        return becomeReady();
    case State::Quit:
    case State::Closed:
    case State::Connecting:
    case State::Handshake:
    case State::Ready:
        return;
    }
}

void SmtpSession::afterEhlo()
{
    const bool encrypted = m_socket.isEncrypted();
    if (!encrypted && m_settings.tls == SmtpSettings::Tls::StartTls) {
        if (!m_capabilities.contains(QStringLiteral("STARTTLS")))
            return failSetup(Text::tr("%1 does not offer STARTTLS, which the settings require (%2)")
                                 .arg(m_settings.host, QStringLiteral("tls: starttls")),
                             true);
        return command("STARTTLS", State::StartTls);
    }
    authenticate();
}

void SmtpSession::authenticate()
{
    if (m_settings.user.isEmpty())
        return becomeReady();
    QStringList mechanisms;
    for (const QString &cap : std::as_const(m_capabilities))
        if (cap.startsWith(QStringLiteral("AUTH ")) || cap.startsWith(QStringLiteral("AUTH=")))
            mechanisms << cap.mid(5).split(u' ', Qt::SkipEmptyParts);
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        const QByteArray token = '\0' + m_settings.user.toUtf8() + '\0' + m_settings.password.toUtf8();
        return command("AUTH PLAIN " + token.toBase64(), State::AuthPlain);
    }
    if (mechanisms.contains(QStringLiteral("LOGIN")))
        return command("AUTH LOGIN", State::AuthLogin);
    failSetup(Text::tr("%1 offers no AUTH PLAIN or LOGIN for user %2").arg(m_settings.host, m_settings.user), true);
}

void SmtpSession::becomeReady()
{
    m_state = State::Ready;
    m_timeout.stop();
    emit ready();
}

void SmtpSession::send(const Mail &mail)
{
    Q_ASSERT(m_state == State::Ready);
    m_mail = mail;
    m_transactionError.clear();
    if (mail.smtpUtf8 && !m_capabilities.contains(QStringLiteral("SMTPUTF8"))) {
        // After send() returns: the provider may be sending to other sessions just now.
        QMetaObject::invokeMethod(
            this,
            [this, to = QString::fromUtf8(mail.to), from = QString::fromUtf8(mail.from)] {
                finish(MessageStatus::Failed,
                       Text::tr("%1 or %2 has characters other than ASCII before the @, and %3 does not offer "
                                "SMTPUTF8, which such an address needs")
                           .arg(to, from, m_settings.host)
                           .english());
                if (m_state == State::Ready)
                    becomeReady(); // nothing was said to the server: the next message may go
            },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray mailFrom = "MAIL FROM:<" + mail.from + '>' + (mail.smtpUtf8 ? " SMTPUTF8" : "");
    if (m_pipelining) {
        m_pendingPipelined = 3;
        m_state = State::Mail;
        m_socket.write(mailFrom + "\r\nRCPT TO:<" + mail.to + ">\r\nDATA\r\n");
        armTimeout();
    } else {
        command(mailFrom, State::Mail);
    }
}

void SmtpSession::quit()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Quit;
    m_timeout.stop();
    m_socket.write("QUIT\r\n");
    m_socket.disconnectFromHost();
}

void SmtpSession::finish(MessageStatus to, const QString &reason)
{
    if (!m_mail)
        return;
    const Id id = m_mail->messageId;
    m_mail.reset();
    emit finished(id, to, reason);
}

void SmtpSession::failSetup(const Text &reason, bool permanent)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timeout.stop();
    m_socket.abort();
    emit failed(reason, permanent);
}

void SmtpSession::onError(const Text &reason)
{
    if (m_state == State::Closed || m_state == State::Quit)
        return;
    if (m_state == State::Connecting)
        return failSetup(Text::tr("cannot connect to %1:%2: %3")
                             .arg(m_settings.host, QString::number(m_settings.port), reason),
                         false);
    if (m_mail) {
        // After the final "." the server may have taken the message: never send it again.
        const bool handedOver = m_state == State::Body && m_socket.bytesToWrite() == 0;
        if (handedOver)
            finish(MessageStatus::TimedOut,
                   Text::tr("Timed Out: the connection to %1 ended after the message was handed over (%2); it is "
                            "not sent again")
                       .arg(m_settings.host, reason)
                       .english());
        else
            finish(MessageStatus::Retrying, Text::tr("not handed over: %1").arg(reason).english());
    }
    failSetup(reason, false);
}

} // namespace herald
