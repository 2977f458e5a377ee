#pragma once

#include "draftwriter.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace herald {

// Where a writer's drafts come from when not built in: an OpenAI-compatible
// chat-completions endpoint (Settings: URL, model; the key lives in the system keyring).
struct ChatSettings
{
    QUrl url;      // the API base, e.g. https://api.example.com/v1 ("/chat/completions" is added)
    QString model;
    QString apiKey;
    int timeoutMs = 60000;
};

// Asks the endpoint for one channel's draft with DraftWriter::prompt and reads back the
// subject and body. Nothing is sent to anyone: the draft becomes campaign content, which
// the reviewer approves before any run. Lives in the thread that uses it; asynchronous.
class ChatCompletions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCompletions)

public:
    explicit ChatCompletions(ChatSettings settings, QObject *parent = nullptr);
    ~ChatCompletions() override;

    void requestDraft(const Goal &goal, const WriterBrief &brief, ChannelKind kind);
    // "Test": lists the endpoint's models (GET /models) with the key, and says whether the
    // model is among them. probed() or failed().
    void probe();
    // The model's answer read as a draft: JSON {"subject", "body"} (also inside a ```json
    // fence), else the whole text as the body. Checked against the brief (Draft::notes).
    static Result<Draft> parseAnswer(const QByteArray &responseBody, const WriterBrief &brief, ChannelKind kind);

signals:
    void drafted(const herald::Draft &draft);
    // failed() and probed() say it in the user interface's language (they are shown, not kept).
    void failed(const QString &why);
    void probed(const QString &what);

private:
    bool ready(); // URL and model given; otherwise failed()
    QNetworkRequest request(const QString &path) const;
    // Reports timeouts, unreachable hosts and HTTP errors with failed(); hands a 2xx
    // answer's body to `done` with the URL it came from.
    void whenAnswered(QNetworkReply *reply, const std::function<void(const QByteArray &, const QString &)> &done);

    ChatSettings m_settings;
    QNetworkAccessManager *m_network;
};

} // namespace herald
