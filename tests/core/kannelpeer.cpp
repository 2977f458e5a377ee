#include "kannelpeer.h"

#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace herald::test {

namespace {
const QString kFakeSmsc = QStringLiteral("/usr/lib/kannel/test/fakesmsc");
const QString kAdminPassword = QStringLiteral("admin-test-secret");
} // namespace

bool KannelPeer::available()
{
    return QFile::exists(QStringLiteral("/usr/sbin/bearerbox")) && QFile::exists(QStringLiteral("/usr/sbin/smsbox"))
           && QFile::exists(kFakeSmsc);
}

KannelPeer::KannelPeer(const QString &inboundUrl, bool handsets)
{
    m_adminPort = freeLoopbackPort();
    const quint16 boxPort = freeLoopbackPort();
    const quint16 centrePort = freeLoopbackPort();
    m_sendsmsPort = freeLoopbackPort();
    const QString service = inboundUrl.isEmpty() ? QStringLiteral("text = \"ignored\"")
                                                 : u"get-url = \"" + inboundUrl + u'"';
    const QString conf = QStringLiteral(R"(group = core
admin-port = %1
admin-interface = 127.0.0.1
admin-password = %2
status-password = %2
admin-allow-ip = "127.0.0.1"
smsbox-port = %3
smsbox-interface = 127.0.0.1
box-allow-ip = "127.0.0.1"
log-file = "%5/bearerbox.log"
log-level = 1
dlr-storage = internal

group = smsc
smsc = fake
smsc-id = fake1
host = 127.0.0.1
port = %4
connect-allow-ip = "127.0.0.1"

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = %3
sendsms-port = %6
sendsms-interface = 127.0.0.1
log-file = "%5/smsbox.log"
log-level = 1

group = sendsms-user
username = %7
password = %8
max-messages = 10

group = sms-service
keyword = default
catch-all = true
max-messages = 0
omit-empty = true
%9
)")
                             .arg(m_adminPort)
                             .arg(kAdminPassword)
                             .arg(boxPort)
                             .arg(centrePort)
                             .arg(m_dir.path())
                             .arg(m_sendsmsPort)
                             .arg(user(), password(), service);
    const QString confPath = m_dir.filePath(QStringLiteral("kannel.conf"));
    QFile f(confPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(conf.toUtf8()) < 0) {
        m_failure = QStringLiteral("cannot write kannel.conf");
        return;
    }
    f.close();
    const QString status = u"http://127.0.0.1:" + QString::number(m_adminPort) + u"/status.txt?password=" + kAdminPassword;
    // Into files, never pipes: nobody may need to read them for the gateway to go on
    // (a test blocked waiting for heraldctl would stall a full pipe, and the gateway).
    m_bearerbox.setStandardOutputFile(m_dir.filePath(QStringLiteral("bearerbox.out")));
    m_bearerbox.setStandardErrorFile(m_dir.filePath(QStringLiteral("bearerbox.out")), QIODevice::Append);
    m_smsbox.setStandardOutputFile(m_dir.filePath(QStringLiteral("smsbox.out")));
    m_smsbox.setStandardErrorFile(m_dir.filePath(QStringLiteral("smsbox.out")), QIODevice::Append);
    m_fakesmsc.setStandardOutputFile(QProcess::nullDevice());
    m_fakesmsc.setStandardErrorFile(m_dir.filePath(QStringLiteral("centre.log")));
    m_bearerbox.start(QStringLiteral("/usr/sbin/bearerbox"), {confPath});
    if (!waitUntil([&] { return get(status).contains("Status: running"); }, 15000)) {
        m_failure = QStringLiteral("bearerbox did not come up");
        return;
    }
    // smsbox gives up at once without a bearerbox, so it starts second.
    m_smsbox.start(QStringLiteral("/usr/sbin/smsbox"), {confPath});
    // With handsets the fake SMS centre reads inbound messages from its input, one per
    // line; else it only receives ("-m 0" with a message it never sends).
    QStringList centre{QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"), QString::number(centrePort)};
    if (!handsets)
        centre << QStringLiteral("-m") << QStringLiteral("0") << QStringLiteral("unused");
    m_fakesmsc.start(kFakeSmsc, centre);
    m_up = waitUntil(
        [&] {
            const QByteArray s = get(status);
            return s.contains("(online") && s.contains("smsbox:") && !get(sendsmsUrl().toString()).isNull();
        },
        15000);
    if (!m_up)
        m_failure = u"the gateway did not come up: " + QString::fromUtf8(get(status));
}

KannelPeer::~KannelPeer()
{
    for (QProcess *p : {&m_fakesmsc, &m_smsbox, &m_bearerbox}) {
        p->kill();
        p->waitForFinished(5000);
    }
}

QString KannelPeer::errors()
{
    QString out = m_failure;
    for (const char *log : {"bearerbox.log", "smsbox.log"}) {
        QFile f(m_dir.filePath(QString::fromLatin1(log)));
        if (f.open(QIODevice::ReadOnly))
            out += u'\n' + QString::fromUtf8(f.readAll().right(2000));
    }
    return out;
}

QUrl KannelPeer::sendsmsUrl() const
{
    return QUrl(u"http://127.0.0.1:" + QString::number(m_sendsmsPort) + u"/cgi-bin/sendsms");
}

bool KannelPeer::waitUntil(const std::function<bool()> &ready, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (ready())
            return true;
        QTest::qWait(50);
    }
    return false;
}

QByteArray KannelPeer::get(const QString &url)
{
    // Listening at all first: a refused connection makes QNetworkAccessManager complain.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(QUrl(url).port()));
    if (!socket.waitForConnected(1000))
        return {};
    socket.abort();
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(2000);
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    delete reply;
    if (http == 0)
        return {};
    return body.isNull() ? QByteArray("") : body;
}

QStringList KannelPeer::received()
{
    QFile log(m_dir.filePath(QStringLiteral("centre.log")));
    const QByteArray centreLog = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    // "... DEBUG: Got message 1: <from to text the text>"
    static const QRegularExpression line(QStringLiteral("Got message \\d+: <(\\S+) (\\S+) \\S+ (.*)>\\s*$"),
                                         QRegularExpression::MultilineOption);
    QStringList out;
    auto it = line.globalMatch(QString::fromUtf8(centreLog));
    while (it.hasNext()) {
        const auto m = it.next();
        out << m.captured(1) + u' ' + m.captured(2) + u' ' + m.captured(3);
    }
    return out;
}

void KannelPeer::sendInbound(const QString &from, const QString &to, const QString &text)
{
    m_fakesmsc.write((from + u' ' + to + u" text " + text + u'\n').toUtf8());
}

} // namespace herald::test
