#pragma once

#include "domain/optout.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace herald {

// The tenant's opt-out list as people manage it: by address, per channel or for all,
// each change kept with who made it (AudienceRepository::optOutEvents). The dispatcher
// honours the list when it claims; audience counts and the run dialog leave opted-out
// contacts out. Managers and admins change it; everyone may read it.
class OptOutList final
{
public:
    struct Entry
    {
        OptOut optOut;
        QString email, phone; // the contact's
    };

    OptOutList(Database db, Id tenantId, User user) : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user))
    {}

    Result<QList<Entry>> entries();
    // `address`: an email address, or a phone number (national ones in `region`). An
    // address no contact has becomes a contact tagged "suppressed", so a later import
    // skips it. Adding what is there already changes nothing.
    Result<Entry> add(const QString &address, std::optional<ChannelKind> channel, const QString &source,
                      const QString &region = QStringLiteral("US"));
    // NotFound when the address is not on the list for that channel.
    Status remove(const QString &address, std::optional<ChannelKind> channel,
                  const QString &region = QStringLiteral("US"));
    // email,phone,channel,source,created_at (UTC, ISO 8601), one line each.
    Result<QByteArray> exportCsv();

    struct ImportSummary
    {
        qint64 rowsRead = 0, added = 0, already = 0, rejected = 0; // added + already + rejected = rowsRead
        QStringList problems;                                      // "line 4: ..." for each rejected row
        QStringList shownProblems;                                 // the same in the user interface's language
    };
    // A suppression list as CSV (any format CsvReader reads): an email and/or phone column
    // found by header (as for contact imports), and an optional "channel" column (email,
    // sms, phone, ..., all); rows without one use `channel`. Each address is added with
    // source "import"; a row with neither an address nor a known channel is rejected.
    Result<ImportSummary> importCsv(QIODevice &device, std::optional<ChannelKind> channel,
                                    const QString &region = QStringLiteral("US"));

private:
    Result<Id> contactFor(const QString &address, const QString &region, bool create);
    Status mayChange() const;
    Database m_db;
    Id m_tenantId;
    User m_user;
};

} // namespace herald
