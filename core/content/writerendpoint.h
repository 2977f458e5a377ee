#pragma once

#include "chatcompletions.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QUrl>

namespace herald {

// The tenant's OpenAI-compatible chat-completions endpoint, which writers draft with
// instead of the built-in writer when it is set. The API key is never in the workspace:
// it is kept in the system keyring, and the settings name its entry.
struct WriterEndpoint
{
    QUrl url;          // the API base, e.g. https://api.example.com/v1; empty: built-in writer
    QString model;
    int timeoutSecs = 60;
    QString keyKeychain; // the keyring entry holding the API key; empty: no key (a local server)

    bool configured() const { return !url.isEmpty(); }
};

class WriterEndpointSettings final
{
public:
    WriterEndpointSettings(Database db, Id tenantId, User user)
        : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user))
    {
    }

    Result<WriterEndpoint> load() const;
    // Admins only. `apiKey` not empty: kept in the system keyring (replacing the stored
    // key); `forgetKey`: the stored key is removed. An empty URL turns the endpoint off.
    Result<WriterEndpoint> save(WriterEndpoint endpoint, const QString &apiKey, bool forgetKey = false);

    // A URL (http or https with a host) and a model, and a key never sent in clear over
    // the network: with a key, plain http only to this machine.
    static Status validate(const WriterEndpoint &endpoint, bool hasKey);
    // What ChatCompletions needs: the key read from the keyring, or `typedKey` when given
    // (Test before saving).
    static Result<ChatSettings> chatSettings(const WriterEndpoint &endpoint, const QString &typedKey = {});

private:
    Database m_db;
    Id m_tenantId;
    User m_user;
};

} // namespace herald
