#include "pythonpeer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkReply>

namespace herald::test {

PythonPeer::PythonPeer(const QString &script, const QStringList &arguments)
{
    m_process.start(QStringLiteral("/usr/bin/python3"), QStringList{script} + arguments);
    QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired() && m_port == 0 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        if (out.startsWith("ready ") && out.contains('\n'))
            m_port = out.mid(6, out.indexOf('\n') - 6).trimmed().toUShort();
    }
}

PythonPeer::~PythonPeer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

QJsonDocument PythonPeer::control(const QString &path, const QJsonObject &body, bool get)
{
    return QJsonDocument::fromJson(controlBytes(path, body, get));
}

QByteArray PythonPeer::controlBytes(const QString &path, const QJsonObject &body, bool get)
{
    QNetworkRequest request(QUrl(url() + u"/control/" + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20000);
    QNetworkReply *reply = get ? m_network.get(request) : m_network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

} // namespace herald::test
