#include "chatcompletions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace herald {

ChatCompletions::ChatCompletions(ChatSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_network(new QNetworkAccessManager(this))
{
}

ChatCompletions::~ChatCompletions() = default;

QNetworkRequest ChatCompletions::request(const QString &path) const
{
    QUrl url = m_settings.url;
    url.setPath(url.path() + (url.path().endsWith(u'/') ? path : u'/' + path));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    return request;
}

void ChatCompletions::whenAnswered(QNetworkReply *reply, const std::function<void(const QByteArray &, const QString &)> &done)
{
    const QString where = reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, where] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
            emit failed(Text::tr("%1 did not answer within %2 s")
                            .arg(where, QString::number(m_settings.timeoutMs / 1000.0))
                            .shown());
            return;
        }
        const QByteArray data = reply->readAll();
        if (status == 0) {
            emit failed(Text::tr("cannot reach %1: %2").arg(where, reply->errorString()).shown());
            return;
        }
        if (status < 200 || status > 299) {
            const QString message = QJsonDocument::fromJson(data)
                                        .object()
                                        .value(QLatin1StringView("error"))
                                        .toObject()
                                        .value(QLatin1StringView("message"))
                                        .toString();
            const bool keyRefused = status == 401 || status == 403;
            const QString code = QString::number(status);
            Text why;
            if (message.isEmpty())
                why = keyRefused ? Text::tr("%1 answered %2 (check the API key in Settings)").arg(where, code)
                                 : Text::tr("%1 answered %2").arg(where, code);
            else
                why = (keyRefused ? Text::tr("%1 answered %2: %3 (check the API key in Settings)")
                                  : Text::tr("%1 answered %2: %3"))
                          .arg(where, code, message);
            emit failed(why.shown());
            return;
        }
        done(data, where);
    });
}

bool ChatCompletions::ready()
{
    if (m_settings.url.isValid() && !m_settings.url.scheme().isEmpty() && !m_settings.model.isEmpty())
        return true;
    emit failed(Text::tr("the writer's endpoint is not set up: give its URL and model in Settings").shown());
    return false;
}

void ChatCompletions::requestDraft(const Goal &goal, const WriterBrief &brief, ChannelKind kind)
{
    if (!ready())
        return;
    const QJsonObject body{
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("temperature"), 0.7},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"),
                                 brief.instructions.isEmpty()
                                     ? QStringLiteral("You write short, honest marketing messages.")
                                     : brief.instructions}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), DraftWriter::prompt(goal, brief, kind)}}}}};
    QNetworkReply *reply =
        m_network->post(request(QStringLiteral("chat/completions")), QJsonDocument(body).toJson(QJsonDocument::Compact));
    whenAnswered(reply, [this, brief, kind](const QByteArray &data, const QString &where) {
        auto draft = parseAnswer(data, brief, kind);
        if (!draft) {
            emit failed(Text::tr("%1: %2").arg(where, draft.error().text()).shown());
            return;
        }
        emit drafted(*draft);
    });
}

void ChatCompletions::probe()
{
    if (!ready())
        return;
    whenAnswered(m_network->get(request(QStringLiteral("models"))), [this](const QByteArray &data, const QString &where) {
        QStringList models;
        for (const QJsonValue &m : QJsonDocument::fromJson(data).object().value(QLatin1StringView("data")).toArray())
            models << m.toObject().value(QLatin1StringView("id")).toString();
        const QString host = QUrl(where).host();
        if (models.contains(m_settings.model))
            emit probed(Text::tr("connected to %1: model %2 is available").arg(host, m_settings.model).shown());
        else if (models.isEmpty())
            emit probed(Text::tr("connected to %1 (it does not list its models)").arg(host).shown());
        else
            emit failed(Text::tr("%1 does not offer model %2; it offers %3")
                            .arg(host, m_settings.model, models.mid(0, 8).join(QStringLiteral(", ")))
                            .shown());
    });
}

Result<Draft> ChatCompletions::parseAnswer(const QByteArray &responseBody, const WriterBrief &brief, ChannelKind kind)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(responseBody, &error);
    const QJsonArray choices = doc.object().value(QLatin1StringView("choices")).toArray();
    if (!doc.isObject() || choices.isEmpty())
        return Error::runtime(error.error == QJsonParseError::NoError
                                  ? Text::tr("the answer is not a chat completion (no choices)")
                                  : Text::tr("the answer is not a chat completion (no choices): %1")
                                        .arg(error.errorString()));
    QString content = choices.first()
                          .toObject()
                          .value(QLatin1StringView("message"))
                          .toObject()
                          .value(QLatin1StringView("content"))
                          .toString()
                          .trimmed();
    if (content.isEmpty())
        return Error::runtime(Text::tr("the model answered with no text"));
    static const QRegularExpression fence(QStringLiteral("^```(?:json)?\\s*(.*?)\\s*```$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = fence.match(content); m.hasMatch())
        content = m.captured(1);
    Draft d;
    d.kind = kind;
    const QJsonDocument inner = QJsonDocument::fromJson(content.toUtf8());
    if (inner.isObject()) {
        d.subject = inner.object().value(QLatin1StringView("subject")).toString().trimmed();
        d.body = inner.object().value(QLatin1StringView("body")).toString().trimmed();
    } else {
        d.body = content;
    }
    if (kind != ChannelKind::Email)
        d.subject.clear();
    d.notes = DraftWriter::check(d, brief);
    return d;
}

} // namespace herald
