#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QDateTime>

namespace herald {

// Fills an empty workspace with two realistic tenants: contacts, lists, segments,
// goals, writers, reviewers, templates, number pools, senders, ~30 campaigns in every
// status, launch type and channel kind, and past runs whose messages cover every
// message state. The same seed and `now` always give the same workspace.
class DemoWorkspace final
{
public:
    static constexpr quint32 kDefaultSeed = 20261122;

    static Status generate(const Database &db, quint32 seed = kDefaultSeed,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace herald
