#include "demoworkspace.h"

#include "demobuild.h"
#include "storage/tenantrepository.h"

#include <QRandomGenerator>

namespace herald {

namespace demo {

// Here, beside build(), as several steps draw them (contacts, senders, campaigns).
QString TenantBuilder::shortId()
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id = QStringLiteral("C-");
    for (int i = 0; i < 5; ++i)
        id += QLatin1Char(alphabet[m_rng.bounded(32)]);
    return id;
}

QString TenantBuilder::phoneNumber(bool uk)
{
    if (uk)
        return u"+447" + QString::number(700000000 + m_rng.bounded(299999999));
    static const int areas[] = {212, 312, 415, 617, 646, 718, 773, 917};
    return u"+1" + QString::number(areas[m_rng.bounded(8)]) + QString::number(2000000 + m_rng.bounded(7999999));
}

Status TenantBuilder::build(const QString &name, const QString &timeZone, bool isDefault, int contactCount, bool uk,
                            const QList<CampaignSpec> &campaigns)
{
    Tenant t;
    t.name = name;
    t.timeZone = timeZone;
    t.isDefault = isDefault;
    t.createdAt = ago(500);
    t.setUpAt = t.createdAt;
    t.balanceCredits = uk ? std::optional<qint64>() : std::optional<qint64>(250000);
    auto id = TenantRepository(m_db).create(t);
    if (!id)
        return id.error();
    m_tenant = *id;
    m_roundTheClock = uk;
    const QString domain = uk ? QStringLiteral("northwind.example") : QStringLiteral("bluebird.example");
    if (auto st = people(uk); !st)
        return st;
    if (auto st = contacts(contactCount, uk, domain); !st)
        return st;
    if (auto st = content(uk); !st)
        return st;
    if (auto st = senders(uk, domain); !st)
        return st;
    for (const CampaignSpec &spec : campaigns)
        if (auto st = campaign(spec); !st)
            return st;
    return {};
}

} // namespace demo

Status DemoWorkspace::generate(const Database &db, quint32 seed, const QDateTime &now)
{
    QRandomGenerator rng(seed);
    const QDateTime fixedNow = now.toUTC();
    {
        demo::TenantBuilder builder(db, rng, fixedNow);
        if (auto st = builder.build(QStringLiteral("Northwind Outfitters"), QStringLiteral("Europe/London"), true, 3600,
                                    true, demo::northwindCampaigns());
            !st)
            return st;
    }
    demo::TenantBuilder builder(db, rng, fixedNow);
    return builder.build(QStringLiteral("Bluebird Health Clinics"), QStringLiteral("America/New_York"), false, 1800,
                         false, demo::bluebirdCampaigns());
}

} // namespace herald
