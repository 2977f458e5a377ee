#pragma once

#include "domain/tenant.h"
#include "storage/database.h"

#include <QList>
#include <QString>

namespace herald {

// What a new organisation has left to do before its first live run, read from the
// workspace's real state (so items tick themselves, whoever did the work, GUI or
// heraldctl). Shown on the campaign list until a live run has reached someone.
class GettingStarted final
{
public:
    // Listener: Herald's listener and public URL, which email through a real provider
    // needs for its unsubscribe links (done when set, or while no such provider is).
    enum class Step { Provider, Sender, Listener, Reviewer, Contacts, Template, GoalAndWriter, Campaign, LiveRun };
    struct Item
    {
        Step step;
        bool done = false;
    };
    // Every step in order with whether it is done; empty once a live run reached someone.
    static Result<QList<Item>> of(const Database &db, Id tenantId);
};

} // namespace herald
