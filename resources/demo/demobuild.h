#pragma once

// Shared by the demo workspace's sources only: what a campaign in the demo looks like, and
// the builder that fills one tenant. One random generator runs through the whole build,
// in a fixed order, so that a seed always gives the same workspace.

#include "domain/campaign.h"
#include "domain/launchtype.h"
#include "domain/result.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace herald::demo {

// How a campaign's history looks in the demo.
enum class History { None, TestOnly, Running, Paused, Completed, Stopped, FailedStart };

struct ChannelSpec
{
    ChannelKind kind;
    QString templateName; // empty: use text
    QString text;
    QString sender;
};

struct CampaignSpec
{
    QString name;
    QString description;
    QStringList tags;
    QList<ChannelSpec> channels;
    QString goal = QStringLiteral("Grow repeat purchases");
    QString writer = QStringLiteral("Friendly retail voice");
    QString reviewer = QStringLiteral("Priya Shah");
    bool approved = true;
    QString list = QStringLiteral("All customers");
    QStringList include;
    QStringList exclude;
    LaunchType launch = LaunchType::Manual;
    int sendInDays = 0; // schedule / recurring: first launch this many days from now
    QString rrule;
    bool schedulePending = false;
    bool activated = true;
    bool archived = false;
    int createdDaysAgo = 10;
    History history = History::None;
    int audience = 400; // messages per channel in the demo run
    bool trackClicks = false; // its email links went through the listener: the run has clicks
};

// The campaigns of each demo tenant (democampaigns.cpp).
QList<CampaignSpec> northwindCampaigns();
QList<CampaignSpec> bluebirdCampaigns();

// Fills one tenant. Its steps live beside what they generate: the organisation (users,
// number pools, senders), the audience (contacts, lists, segments), the content (goals,
// writers, templates), the campaigns and their runs; build() calls them in order.
class TenantBuilder
{
public:
    TenantBuilder(const Database &db, QRandomGenerator &rng, const QDateTime &now)
        : m_db(db), m_rng(rng), m_now(now)
    {
    }

    Status build(const QString &name, const QString &timeZone, bool isDefault, int contactCount, bool uk,
                 const QList<CampaignSpec> &campaigns);

private:
    Status people(bool uk);
    Status contacts(int count, bool uk, const QString &domain);
    Status content(bool uk);
    Status senders(bool uk, const QString &domain);
    Status campaign(const CampaignSpec &spec);
    Status history(const CampaignSpec &spec, const Campaign &c);
    Status runWithMessages(const CampaignSpec &spec, const Campaign &c, RunKind kind, const QDateTime &start);
    QString phoneNumber(bool uk);
    QString shortId();
    QDateTime ago(int days, int hours = 0) const { return m_now.addDays(-days).addSecs(-3600LL * hours); }

    const Database &m_db;
    QRandomGenerator &m_rng;
    QDateTime m_now;
    Id m_tenant = 0;
    User m_manager;
    QHash<QString, Id> m_ids; // "<kind>:<name>" -> id
    QList<Id> m_staff;        // contacts that receive test runs
    bool m_roundTheClock = false;
    QStringList m_staffAddresses;
};

} // namespace herald::demo
