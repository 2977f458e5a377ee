#include "vibercallbacks.h"

#include "providers/callbackregistry.h"
#include "viberprovider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace herald::vibercallbacks {

namespace {

QHttpServerResponse answer(QHttpServerResponse::StatusCode status, const char *text)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray(text) + '\n', status);
}

QHttpServerResponse callback(const QHttpServerRequest &request)
{
    const QString token = QUrlQuery(request.url()).queryItemValue(QStringLiteral("token"));
    const QByteArray signature = request.value(QByteArrayLiteral("X-Viber-Content-Signature"));
    // The newest provider first; an older one still finishing (its token changed since)
    // verifies with its own.
    const auto attached = CallbackRegistry<ViberProvider>::attached(token);
    for (auto it = attached.crbegin(); it != attached.crend(); ++it) {
        if (!*it)
            continue;
        switch ((*it)->callback(request.body(), signature)) {
        case 200:
            return answer(QHttpServerResponse::StatusCode::Ok, "ok");
        case 400:
            return answer(QHttpServerResponse::StatusCode::BadRequest, "not a Viber callback");
        default:
            break;
        }
    }
    return answer(QHttpServerResponse::StatusCode::Forbidden, "unknown token or signature");
}

} // namespace

void route(QHttpServer &server)
{
    server.route(QStringLiteral("/viber/callback"), QHttpServerRequest::Method::Post,
                 [](const QHttpServerRequest &request) { return callback(request); });
}

} // namespace herald::vibercallbacks
