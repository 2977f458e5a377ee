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
    static QString percent(qint64 part, qint64 whole);
};

} // namespace herald
