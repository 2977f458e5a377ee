#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace herald::test {

namespace {
const QString kSink = QStringLiteral("/usr/sbin/smtp-sink");
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool loopbackCertificate(const QString &certificate, const QString &key)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

ReservedPort::ReservedPort() : m_server(std::make_unique<QTcpServer>())
{
    m_server->listen(QHostAddress::LocalHost, 0);
    m_port = m_server->serverPort();
}

ReservedPort::~ReservedPort() = default;

void ReservedPort::release()
{
    m_server->close();
}

bool SmtpSink::available()
{
    return QFile::exists(kSink);
}

SmtpSink::SmtpSink(const QStringList &flags, bool dump)
{
    m_port = freeLoopbackPort();
    QStringList args = flags;
    if (::geteuid() == 0)
        args << QStringLiteral("-u") << QStringLiteral("nobody"); // it refuses to run as root
    if (dump) {
        QDir(m_dir.path()).mkpath(QStringLiteral("mail"));
        // Written by the unprivileged user smtp-sink switches to.
        QFile::setPermissions(m_dir.filePath(QStringLiteral("mail")), QFileDevice::Permissions(0x7777));
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        args << QStringLiteral("-d") << m_dir.filePath(QStringLiteral("mail/msg."));
    }
    args << u"127.0.0.1:" + QString::number(m_port) << QStringLiteral("256");
    m_process.start(kSink, args);
    m_up = waitUntilListening(m_process, m_port, 10000);
}

bool waitUntilListening(const QProcess &process, quint16 port, int ms)
{
    // Listening once a connection is accepted.
    QTcpSocket socket;
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            socket.abort();
            return true;
        }
        socket.abort();
        QTest::qWait(20);
    }
    return false;
}

SmtpSink::~SmtpSink()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString SmtpSink::errors()
{
    return QString::fromLocal8Bit(m_process.readAllStandardError());
}

QStringList SmtpSink::messages() const
{
    QStringList out;
    QDirIterator it(m_dir.filePath(QStringLiteral("mail")), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            if (const QString content = QString::fromUtf8(f.readAll()); content.contains(u"Message-ID:"))
                out << content;
    }
    return out;
}

} // namespace herald::test
