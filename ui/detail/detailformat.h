#pragma once

#include "domain/channelkind.h"

#include <QCoreApplication>
#include <QString>

namespace herald {

struct CampaignDetailData;
struct Contact;
struct Run;

// How the detail views put core data into words, in one place.
class DetailFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DetailFormat)

public:
    // The configuration recap: goal, people, channels (content with its ID, sender, rate),
    // audience, launch, creation in the tenant's zone, TTL, test recipients, tags. With
    // `links`, goal, templates, list and segments are links "kind:name" (name percent-
    // encoded) that CampaignDetailPage::objectRequested opens.
    static QString recapHtml(const CampaignDetailData &data, bool links = true);
    static QString contactLabel(const Contact &contact, ChannelKind kind);
    // "Live run #12 (manual), 2026-11-22 10:00 by Ada"
    static QString runLabel(const Run &run, const CampaignDetailData &data);
    static QString time(const QDateTime &t);
    // A campaign's send time in the window's zone and, when the campaign's own zone
    // differs, also in that zone, named: "5 Dec 2026 05:30 (20:30 Europe/London)".
    static QString sendTime(const QDateTime &t, const QString &campaignZone);
    static QString percent(qint64 part, qint64 whole);
};

} // namespace herald
