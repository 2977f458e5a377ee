#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace herald {

using Id = qint64;

// An organisation using the workspace. Every row of every table belongs to one.
struct Tenant
{
    Id id = 0;
    QString name;
    QString timeZone = QStringLiteral("UTC");
    std::optional<qint64> balanceCredits; // prepaid credits for SMS and calls; empty = unmetered
    bool isDefault = false;
    QDateTime createdAt;
    QDateTime archivedAt; // set: kept, hidden, nobody works in it
    QDateTime setUpAt;    // unset: the desktop opens the setup assistant for its admins
    QString defaultSendWindow; // new channels start with it; "": each kind's default
};

} // namespace herald
