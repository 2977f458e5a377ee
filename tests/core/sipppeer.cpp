#include "sipppeer.h"

#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <cmath>

namespace herald::test {

quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress);
    return s.localPort();
}

namespace {

// Whether a UDP socket holds `port`, found by trying to bind it (only before a peer starts).
bool bound(quint16 port)
{
    QUdpSocket udp;
    return !udp.bind(QHostAddress::LocalHost, port, QAbstractSocket::DontShareAddress);
}

// Whether some socket of this machine holds `port` (UDP bound, or TCP listening), read
// from /proc/net without binding it: a probe that binds could take the port from the
// peer starting that very moment.
bool held(quint16 port)
{
    const QByteArray hex = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const char *table : {"/proc/net/udp", "/proc/net/udp6", "/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const bool tcp = QByteArray(table).contains("tcp");
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 3 && fields.at(1).endsWith(hex) && (!tcp || fields.at(3) == "0A"))
                return true;
        }
    }
    return false;
}

// Starts `process` (its screen to nowhere, its errors to `errors`) and waits until it holds
// `port`, generously: a loaded machine starts it slowly. A connection to find out would
// reach the peer.
bool startUntilBound(QProcess &process, quint16 port, const QString &errors)
{
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(errors);
    process.start();
    if (!process.waitForStarted(10000))
        return false;
    const QDeadlineTimer limit(30000);
    while (!limit.hasExpired() && process.state() == QProcess::Running && !held(port))
        QTest::qWait(20);
    return process.state() == QProcess::Running && held(port);
}

void stop(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

bool SippPeer::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty();
}

QString SippPeer::scenarios()
{
    return QStringLiteral(HERALD_SIP_SCENARIOS);
}

SippPeer::SippPeer(const QString &scenario, const QHash<QString, QString> &keys, int calls, const QString &transport)
{
    if (!available() || !m_dir.isValid())
        return;
    // A port found free may be taken before SIPp binds it (another peer, an RTP socket):
    // then again on other ports.
    for (int attempt = 0; attempt < 5 && !m_up; ++attempt) {
        m_up = start(scenario, keys, calls, transport);
        if (m_up)
            break;
        stop(m_process);
        if (!errors().contains(u"Address already in use"))
            break;
    }
}

bool SippPeer::start(const QString &scenario, const QHash<QString, QString> &keys, int calls, const QString &transport)
{
    // SIP's port, and the media port SIPp plays keys from: SIPp binds that one and the
    // three after it (RTCP, video), none of which may be SIP's.
    m_port = freeUdpPort();
    quint16 media = 0;
    for (int tries = 0; tries < 100 && media == 0; ++tries) {
        const quint16 candidate = freeUdpPort();
        bool usable = candidate < 65530;
        for (quint16 p = candidate; usable && p < candidate + 4; ++p)
            usable = p != m_port && !bound(p);
        media = usable ? candidate : 0;
    }
    if (media == 0)
        return false;
    // {{key}} in the scenario is filled in here: SIPp reads some fields (a response's status
    // line) when it loads the scenario, before its own [key] fields are known.
    QFile source(QDir(scenarios()).filePath(scenario));
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(source.readAll());
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        text.replace(u"{{" + it.key() + u"}}", it.value());
    // A line that is a {{key}} alone is an optional header: gone when the key is not given.
    static const QRegularExpression optional(QStringLiteral(R"(\n[ \t]*\{\{\w+\}\}[ \t]*(?=\n))"));
    text.remove(optional);
    QFile copy(m_dir.filePath(scenario));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(text.toUtf8()) < 0)
        return false;
    copy.close();
    QStringList args{QStringLiteral("-sf"), copy.fileName(),
                     QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-mi"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-mp"), QString::number(media),
                     QStringLiteral("-t"), transport,
                     QStringLiteral("-m"), QString::number(calls),
                     QStringLiteral("-nostdin"),
                     QStringLiteral("-trace_err"), QStringLiteral("-error_file"), m_dir.filePath(QStringLiteral("errors.log")),
                     QStringLiteral("-trace_logs"), QStringLiteral("-log_file"), m_dir.filePath(QStringLiteral("log.log")),
                     QStringLiteral("-timeout"), QStringLiteral("300s"), QStringLiteral("-timeout_error")};
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        args << QStringLiteral("-key") << it.key() << it.value();
    m_process.setProgram(QStringLiteral("sipp"));
    m_process.setArguments(args);
    m_process.setWorkingDirectory(m_dir.path());
    return startUntilBound(m_process, m_port, m_dir.filePath(QStringLiteral("stderr.log")));
}

SippPeer::~SippPeer()
{
    stop(m_process);
}

int SippPeer::finish(int ms)
{
    const QDeadlineTimer limit(ms);
    while (!limit.hasExpired() && m_process.state() != QProcess::NotRunning)
        QTest::qWait(20);
    if (m_process.state() != QProcess::NotRunning)
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString SippPeer::errors() const
{
    QString out;
    for (const char *name : {"stderr.log", "errors.log"}) {
        QFile f(m_dir.filePath(QString::fromLatin1(name)));
        if (f.open(QIODevice::ReadOnly))
            out += QString::fromUtf8(f.readAll().right(4000));
    }
    return out;
}

QString SippPeer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("log.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

TlsFront::TlsFront(quint16 sippPort, quint16 port)
{
    if (!m_dir.isValid() || QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty()
        || !loopbackCertificate(certificate(), m_dir.filePath(QStringLiteral("front.key"))))
        return;
    m_port = port != 0 ? port : freeLoopbackPort();
    m_process.setProgram(QStringLiteral("socat"));
    m_process.setArguments(
        {u"OPENSSL-LISTEN:" + QString::number(m_port) + u",bind=127.0.0.1,reuseaddr,fork,verify=0,cert="
             + certificate() + u",key=" + m_dir.filePath(QStringLiteral("front.key")),
         u"TCP:127.0.0.1:" + QString::number(sippPort)});
    m_up = startUntilBound(m_process, m_port, m_dir.filePath(QStringLiteral("stderr.log")));
}

TlsFront::~TlsFront()
{
    stop(m_process);
}

RtpReceiver::RtpReceiver()
{
    start();
    m_bound.acquire();
}

RtpReceiver::~RtpReceiver()
{
    m_stop = true;
    wait();
}

QList<RtpReceiver::Packet> RtpReceiver::packets() const
{
    QMutexLocker lock(&m_mutex);
    return m_packets;
}

void RtpReceiver::run()
{
    QUdpSocket socket;
    // Not shared: with SO_REUSEADDR the system may hand the port to SIPp as well.
    socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress);
    m_port = socket.localPort();
    QElapsedTimer clock;
    clock.start();
    m_bound.release();
    while (!m_stop) {
        if (!socket.waitForReadyRead(50))
            continue;
        while (socket.hasPendingDatagrams()) {
            const QByteArray d = socket.receiveDatagram().data();
            if (d.size() < 12)
                continue;
            Packet p;
            p.atMs = clock.elapsed();
            p.pt = d.at(1) & 0x7f;
            p.seq = qFromBigEndian<quint16>(d.constData() + 2);
            p.ts = qFromBigEndian<quint32>(d.constData() + 4);
            p.ssrc = qFromBigEndian<quint32>(d.constData() + 8);
            p.payload = d.mid(12);
            QMutexLocker lock(&m_mutex);
            m_packets.append(p);
        }
    }
}

QByteArray toneWav(int ms)
{
    constexpr int rate = 16000, channels = 2;
    const int frames = rate * ms / 1000;
    QByteArray data;
    for (int i = 0; i < frames; ++i) {
        const auto v = qint16(8000 * std::sin(2 * M_PI * 440 * i / rate));
        for (int c = 0; c < channels; ++c)
            data.append(reinterpret_cast<const char *>(&v), 2); // little-endian on the machines we build for
    }
    const auto u32 = [](quint32 v) { return QByteArray(reinterpret_cast<const char *>(&v), 4); };
    const auto u16 = [](quint16 v) { return QByteArray(reinterpret_cast<const char *>(&v), 2); };
    return "RIFF" + u32(quint32(36 + data.size())) + "WAVEfmt " + u32(16) + u16(1) + u16(channels) + u32(rate)
           + u32(rate * channels * 2) + u16(channels * 2) + u16(16) + "data" + u32(quint32(data.size())) + data;
}

} // namespace herald::test
