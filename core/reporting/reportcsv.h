#pragma once

#include "campaignreport.h"

class QIODevice;

namespace herald {

// The report's tables as one CSV for spreadsheets, a section each, separated by a blank
// line: a section's first row names it, its second row holds the column headers. The run
// (key/value rows), Funnel, Outcomes (a column per message state that occurs), Failure
// reasons, Numbers, Replies, Throughput (a row per bucket, a column per channel) and,
// with diagnostics only, Latency. Same quoting and formula safety as the message export;
// times ISO 8601 in UTC. Returns the number of rows written.
class ReportCsv final
{
public:
    static Result<qint64> write(const CampaignReport &report, QIODevice &out, bool bom = false);
};

} // namespace herald
