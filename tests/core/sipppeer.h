#pragma once

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSemaphore>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

namespace herald::test {

// SIPp (Debian sip-tester) as the far end of Herald's calls: a UAS running one of the
// scenarios in tests/integration/sip on a free loopback UDP port, `keys` filling the
// scenario's [key] and {{key}} fields (a line that is a {{key}} alone is an optional header,
// dropped when the key is not given). It answers `calls` calls, then exits.
class SippPeer final
{
public:
    SippPeer(const QString &scenario, const QHash<QString, QString> &keys = {}, int calls = 1,
             const QString &transport = QStringLiteral("u1"));
    ~SippPeer();
    SippPeer(const SippPeer &) = delete;
    SippPeer &operator=(const SippPeer &) = delete;

    static bool available();
    // The directory of the scenario files.
    static QString scenarios();
    bool isUp() const { return m_up; }
    quint16 port() const { return m_port; }
    // Waits until SIPp has run its calls; its exit code: 0 when every call went as the
    // scenario says, 1 when one failed.
    int finish(int ms);
    // What SIPp said about unexpected messages, and its own log.
    QString errors() const;
    QString log() const;

private:
    bool start(const QString &scenario, const QHash<QString, QString> &keys, int calls, const QString &transport);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_up = false;
};

// A TLS front for a SippPeer on TCP ("t1"): Debian's SIPp is built without TLS, so socat
// ends TLS with a throw-away certificate for 127.0.0.1 (its own authority) and forwards
// each connection to SIPp.
class TlsFront final
{
public:
    // On `port` (0: a free one), to SIPp's TCP `sippPort`.
    explicit TlsFront(quint16 sippPort, quint16 port = 0);
    ~TlsFront();
    TlsFront(const TlsFront &) = delete;
    TlsFront &operator=(const TlsFront &) = delete;

    bool isUp() const { return m_up; }
    quint16 port() const { return m_port; }
    // The certificate to trust (tls_ca_file).
    QString certificate() const { return m_dir.filePath(QStringLiteral("front.pem")); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_up = false;
};

// What the callee's side receives as RTP, on a thread of its own: the test's thread may
// be blocked (heraldctl running) while thousands of packets arrive.
class RtpReceiver final : public QThread
{
public:
    struct Packet
    {
        qint64 atMs = 0;
        int pt = -1;
        quint16 seq = 0;
        quint32 ts = 0;
        quint32 ssrc = 0;
        QByteArray payload;
    };
    RtpReceiver();
    ~RtpReceiver() override;
    quint16 port() const { return m_port; }
    QList<Packet> packets() const;

protected:
    void run() override;

private:
    std::atomic_bool m_stop = false;
    std::atomic<quint16> m_port = 0;
    QSemaphore m_bound;
    mutable QMutex m_mutex;
    QList<Packet> m_packets;
};

// A UDP port on 127.0.0.1 nothing is bound to right now.
quint16 freeUdpPort();

// A WAV file as a call script's recording might come: 16-bit stereo at 16 kHz, a 440 Hz
// tone lasting `ms`.
QByteArray toneWav(int ms);

} // namespace herald::test
