#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace herald::test {

// An OpenAI-compatible endpoint on loopback (base URL .../v1) that answers every request
// with one canned response and keeps what it was asked last.
class FakeChatEndpoint final : public QObject
{
public:
    FakeChatEndpoint();
    QUrl url() const;

    int status = 200;
    QByteArray response;
    bool silent = false; // reads requests, never answers
    QByteArray requestHead, requestBody;
    int requests = 0;

    // A chat completion whose message is `content`.
    static QByteArray completion(const QString &content);

private:
    QTcpServer m_server;
};

} // namespace herald::test
