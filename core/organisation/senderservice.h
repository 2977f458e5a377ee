#pragma once

#include "domain/senderidentity.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace herald {

// Who messages come from, per channel kind: email identities (from name, address,
// reply-to), SMS sender IDs or a pool's numbers, phone caller IDs from a pool, Viber
// sender names, Telegram bots, Web Push site names. Changing them needs the right to
// manage senders; a sender a campaign that has not ended uses is never deleted, and
// deleted ones stay for the runs that used them. A name is one sender of its kind in any
// letter case.
class SenderService final
{
public:
    SenderService(Database db, Id tenantId, User actor);

    // What `add` needs for a kind: name, address, reply-to, pool.
    struct Changes
    {
        std::optional<QString> name;
        std::optional<QString> address;
        std::optional<QString> replyTo;
        std::optional<QString> pool; // a pool's name or id; empty: none
    };

    // Not deleted, by kind then name.
    Result<QList<SenderIdentity>> list();
    // By id or name (any letter case); `kind` tells apart senders of one name
    // (SenderRepository::find).
    Result<SenderIdentity> find(const QString &reference, std::optional<ChannelKind> kind = std::nullopt);
    Result<SenderIdentity> add(ChannelKind kind, const Changes &what);
    Result<SenderIdentity> edit(const QString &reference, std::optional<ChannelKind> kind, const Changes &changes);
    // Preflight blocks the campaigns using a paused sender until it is resumed.
    Result<SenderIdentity> setPaused(const QString &reference, std::optional<ChannelKind> kind, bool paused);
    Result<SenderIdentity> remove(const QString &reference, std::optional<ChannelKind> kind);
    // "'Spring sale' (C-4V72Q)" for each campaign that has not ended and uses the sender.
    Result<QStringList> campaignsUsing(Id senderId);
    // The pool's name, for people ("" without one).
    Result<QString> poolName(const SenderIdentity &sender);

private:
    // `s` fit to keep: the checks of its kind, its pool resolved, its name free.
    Status check(SenderIdentity &s, const Changes &changes);

    Database m_db;
    Id m_tenantId;
    User m_actor;
};

} // namespace herald
