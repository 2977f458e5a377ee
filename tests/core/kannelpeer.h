#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace herald::test {

// A Kannel gateway on free loopback ports, as the tests' real SMS peer: bearerbox and
// smsbox from a generated kannel.conf, and /usr/lib/kannel/test/fakesmsc as the SMS
// centre. The fake centre acknowledges every message with delivery reports 8 and 1;
// inbound messages (MO) go to `inboundUrl` through an sms-service.
class KannelPeer final
{
public:
    // `handsets`: the centre takes inbound messages (sendInbound()), and then polls for
    // them between messages it receives, about one a second: for a few messages only.
    explicit KannelPeer(const QString &inboundUrl = {}, bool handsets = false);
    ~KannelPeer();
    KannelPeer(const KannelPeer &) = delete;
    KannelPeer &operator=(const KannelPeer &) = delete;

    static bool available();
    bool isUp() const { return m_up; }
    QString errors();
    // sendsms of the smsbox, and the user it takes.
    QUrl sendsmsUrl() const;
    static QString user() { return QStringLiteral("herald"); }
    static QString password() { return QStringLiteral("kannel-test-secret"); }
    // Messages the SMS centre received so far, as "from to text" lines.
    QStringList received();
    // A message from a handset: `from` sends `text` to `to`.
    void sendInbound(const QString &from, const QString &to, const QString &text);

private:
    bool waitUntil(const std::function<bool()> &ready, int ms);
    QByteArray get(const QString &url);
    QTemporaryDir m_dir;
    QProcess m_bearerbox;
    QProcess m_smsbox;
    QProcess m_fakesmsc;
    quint16 m_adminPort = 0;
    quint16 m_sendsmsPort = 0;
    bool m_up = false;
    QString m_failure;
};

} // namespace herald::test
