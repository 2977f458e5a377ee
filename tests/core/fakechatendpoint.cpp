#include "fakechatendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace herald::test {

FakeChatEndpoint::FakeChatEndpoint()
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                requestHead = head;
                requestBody = buffer->mid(end + 4, length);
                ++requests;
                if (silent)
                    return;
                socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                              "Content-Length: " + QByteArray::number(response.size()) + "\r\nConnection: close\r\n\r\n"
                              + response);
                socket->disconnectFromHost();
            });
        }
    });
}

QUrl FakeChatEndpoint::url() const
{
    return QUrl(u"http://127.0.0.1:" + QString::number(m_server.serverPort()) + u"/v1");
}

QByteArray FakeChatEndpoint::completion(const QString &content)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"),
                                      QJsonArray{QJsonObject{{QStringLiteral("message"),
                                                              QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                          {QStringLiteral("content"), content}}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace herald::test
