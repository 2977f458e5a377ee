#pragma once

#include "audience/campaignaudience.h"
#include "common/session.h"
#include "domain/phonenumber.h"
#include "domain/upload.h"
#include "lifecycle/campaignservice.h"
#include "reporting/campaignreport.h"

#include <QTimeZone>

namespace herald {

// Everything a campaign's detail page shows, read in one go off the GUI thread.
struct CampaignDetailData
{
    CampaignOverview overview;
    QList<Run> runs;                       // oldest first
    QList<Finding> findings;               // live preflight now (Draft layout)
    QList<Finding> testFindings;           // test-run preflight now (Draft layout)
    QList<ChannelAudience> audience;       // per channel count and sample (Draft layout)
    std::optional<Run> focusRun;           // the run the Active/Ended blocks describe
    std::optional<CampaignReport> report;  // of focusRun
    // The pool numbers focusRun sent from, with how many of its messages each sent.
    QList<std::pair<PhoneNumber, qint64>> numbers;
    QList<UploadFollowUp> uploads; // CSV uploads linked to the campaign
    QHash<Id, QString> userNames;
    QString goalName, writerName, reviewerName, listName;
    QHash<Id, QString> templateNames, segmentNames, senderNames;
    QTimeZone zone; // the tenant's

    DetailLayout layout() const;
};

// Reads it with the calling thread's connection. `runId` picks the run to describe;
// 0 means the newest live run (or the newest run when there is no live one).
Result<CampaignDetailData> loadCampaignDetail(const Session &session, const QString &reference, Id runId = 0);

} // namespace herald
