#pragma once

#include "domain/result.h"
#include "domain/tenant.h"
#include "storage/database.h"

#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace herald {

// A campaign's messages, one CSV row each, for spreadsheets: every run, or one. RFC 4180
// quoting, CRLF line ends, UTF-8 (with a byte-order mark on request: some spreadsheets
// read UTF-8 only with one), and formula-safe: a cell starting with =, +, -, @, tab or
// carriage return gets a leading ' so a spreadsheet shows it instead of running it.
// Messages are read 5,000 at a time by id and written as they come: any number takes the
// same memory.
class MessageExport final
{
public:
    struct Options
    {
        std::optional<Id> runId; // empty: every run of the campaign
        bool bom = false;
    };
    // message_id, run_id, run_kind, channel, contact_id, first_name, last_name, address,
    // status, attempts, failure_reason, provider_id, sent_from, queued_at, sent_at,
    // delivered_at, finished_at, status_changed_at (times ISO 8601, UTC).
    static QStringList columns();

    // Writes the header and the rows to `out`; `progress(done, total)` after each page
    // returns false to cancel (then the error says so and what was written is partial:
    // the caller discards it). Returns the number of rows written.
    static Result<qint64> write(const Database &db, Id tenantId, Id campaignId, const Options &options, QIODevice &out,
                                const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace herald
