#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

namespace herald::test {

// One of the HTTP peers in tests/integration/peers (python3, standard library only),
// started with `arguments` on a port of its choosing ("ready PORT" on its output), and
// its control API (/control/...) for the test. Stopped when destroyed.
class PythonPeer
{
public:
    PythonPeer(const QString &script, const QStringList &arguments);
    virtual ~PythonPeer();
    PythonPeer(const PythonPeer &) = delete;
    PythonPeer &operator=(const PythonPeer &) = delete;

    bool isUp() const { return m_port != 0; }
    QString url() const { return u"http://127.0.0.1:" + QString::number(m_port); }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }
    // POST (or GET) /control/PATH; its JSON answer, or its bytes as they came.
    QJsonDocument control(const QString &path, const QJsonObject &body = {}, bool get = false);
    QByteArray controlBytes(const QString &path, const QJsonObject &body = {}, bool get = false);

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

} // namespace herald::test
