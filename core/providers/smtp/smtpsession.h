#pragma once

#include "domain/messagestatus.h"
#include "domain/result.h"
#include "domain/tenant.h"
#include "smtpreply.h"

#include <QObject>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

namespace herald {

// Where and how Herald speaks SMTP for one tenant.
struct SmtpSettings
{
    enum class Tls { None, StartTls, Implicit };
    QString host = QStringLiteral("localhost");
    quint16 port = 587;
    Tls tls = Tls::StartTls; // StartTls: required, never falls back to plain text
    QString caFile;          // extra CA certificates (PEM) besides the system's
    QString user;            // empty: no AUTH
    QString password;        // never stored: read from the keyring, password_file or password_env
    QString heloName = QStringLiteral("herald.localdomain");
    int connections = 2;
    int timeoutMs = 60000; // per step: connect, each reply, the message data

    // {"host", "port", "tls": "none"|"starttls"|"implicit", "ca_file", "user",
    //  one of "password_keychain", "password_file", "password_env" (providersecret.h),
    //  "helo", "connections", "timeout_ms"}. A "password" in the JSON is refused: the
    //  settings live in the workspace, and passwords never do. `typedPassword`: see there.
    static Result<SmtpSettings> fromJson(const QString &json, const QString &typedPassword = {});
};

// One SMTP connection, reused for many messages: greeting, EHLO with its capabilities,
// STARTTLS (or implicit TLS) with the certificate verified, AUTH PLAIN or LOGIN, then one
// transaction at a time (pipelined when the server offers PIPELINING). Every step has
// a timeout. Each message ends in finished() with the status it moves to.
class SmtpSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpSession)

public:
    struct Mail
    {
        Id messageId = 0;
        QByteArray from;    // envelope sender address
        QByteArray to;      // envelope recipient address
        QByteArray message; // the RFC 5322 message, CRLF line ends
        // An address has UTF-8 before the @: sent with SMTPUTF8, refused (Failed) by a
        // server that does not offer it.
        bool smtpUtf8 = false;
    };

    explicit SmtpSession(const SmtpSettings &settings, QObject *parent = nullptr);
    ~SmtpSession() override;

    void open();
    bool isReady() const { return m_state == State::Ready; }
    bool isBusy() const { return m_mail.has_value(); }
    // Sends one message; the session must be ready.
    void send(const Mail &mail);
    void quit();
    QStringList capabilities() const { return m_capabilities; }

signals:
    void ready();
    // The connection could not be set up or was lost while idle; `permanent` for what
    // retrying will not fix (authentication refused, certificate rejected).
    void failed(const herald::Text &reason, bool permanent);
    void finished(herald::Id messageId, herald::MessageStatus to, const QString &reason);

private:
    enum class State {
        Closed, Connecting, Greeting, Ehlo, StartTls, Handshake, EhloTls, AuthPlain, AuthLogin, AuthUser, AuthPass,
        Ready, Mail, Rcpt, Data, Body, Reset, Quit
    };
    void onReadyRead();
    void onReply(int code, const QStringList &lines);
    void onError(const Text &reason);
    void command(const QByteArray &line, State next);
    void ehlo(State next);
    void afterEhlo();
    void authenticate();
    void becomeReady();
    void finish(MessageStatus to, const QString &reason);
    void failSetup(const Text &reason, bool permanent);
    void armTimeout();

    SmtpSettings m_settings;
    QSslSocket m_socket;
    QTimer m_timeout;
    State m_state = State::Closed;
    SmtpReplyReader m_replies;
    QStringList m_capabilities;
    bool m_pipelining = false;
    int m_pendingPipelined = 0; // replies still due for a pipelined MAIL/RCPT/DATA
    std::optional<Mail> m_mail;
    QString m_transactionError; // first 4xx/5xx of a pipelined transaction
    MessageStatus m_transactionStatus = MessageStatus::Failed;
};

} // namespace herald
