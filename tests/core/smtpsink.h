#pragma once

#include <memory>

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

class QTcpServer;

namespace herald::test {

// postfix's smtp-sink on a free loopback port, started with `flags` (its fault
// injection: -r/-f/-q COMMAND ...), dumping each message into a directory.
class SmtpSink final
{
public:
    explicit SmtpSink(const QStringList &flags, bool dump = true);
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    static bool available();
    bool isUp() const { return m_up; }
    quint16 port() const { return m_port; }
    QString errors();
    // The messages it received with their data (a transaction refused before DATA
    // leaves a file with its envelope only, which is not listed).
    QStringList messages() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_up = false;
};

// Whether `process` accepts connections on `port` of 127.0.0.1 within `ms` (false once it
// has exited).
bool waitUntilListening(const QProcess &process, quint16 port, int ms);

// A TCP port on 127.0.0.1 that nobody listens on right now.
quint16 freeLoopbackPort();

// Writes a throw-away certificate for 127.0.0.1 that is its own authority, and its key
// (openssl req); false when openssl failed.
bool loopbackCertificate(const QString &certificate, const QString &key);

// A port on 127.0.0.1 held until release(), so that ports picked meanwhile (a peer's)
// cannot be the same one: for a port Herald binds only later (its listener).
class ReservedPort final
{
public:
    ReservedPort();
    ~ReservedPort();
    quint16 port() const { return m_port; }
    void release();

private:
    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
};

} // namespace herald::test
