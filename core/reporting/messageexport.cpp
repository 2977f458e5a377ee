#include "messageexport.h"

#include "audience/csvreader.h"
#include "storage/sqlquery.h"

#include <QIODevice>

#include <cstdio>

namespace herald {

namespace {

constexpr int kPage = 5000;

// Stored milliseconds as ISO 8601 UTC ("2026-11-23T15:04:05Z"), written out by hand:
// QDateTime's formatting costs more than the rest of a row.
QString isoTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    const qint64 secs = value.toLongLong() / 1000;
    qint64 days = secs / 86400;
    qint64 rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", int(year), int(month), int(day),
                  int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QString::fromLatin1(text);
}

} // namespace

QStringList MessageExport::columns()
{
    return {QStringLiteral("message_id"),   QStringLiteral("run_id"),         QStringLiteral("run_kind"),
            QStringLiteral("channel"),      QStringLiteral("contact_id"),     QStringLiteral("first_name"),
            QStringLiteral("last_name"),    QStringLiteral("address"),        QStringLiteral("status"),
            QStringLiteral("attempts"),     QStringLiteral("failure_reason"), QStringLiteral("provider_id"),
            QStringLiteral("sent_from"),    QStringLiteral("queued_at"),      QStringLiteral("sent_at"),
            QStringLiteral("delivered_at"), QStringLiteral("finished_at"),    QStringLiteral("status_changed_at")};
}

Result<qint64> MessageExport::write(const Database &db, Id tenantId, Id campaignId, const Options &options,
                                    QIODevice &out, const std::function<bool(qint64, qint64)> &progress)
{
    const Id only = options.runId.value_or(0);
    SqlQuery runs(db.connection(),
                  QStringLiteral("SELECT r.id, r.kind, (SELECT COUNT(*) FROM messages m WHERE m.run_id = r.id) "
                                 "FROM runs r WHERE r.tenant_id = ? AND r.campaign_id = ? "
                                 "AND (? = 0 OR r.id = ?) ORDER BY r.id"));
    runs.bind(tenantId).bind(campaignId).bind(only).bind(only);
    if (auto st = runs.exec(u"listing the runs to export"); !st)
        return st.error();
    QList<std::pair<Id, QString>> chosen;
    qint64 total = 0;
    while (runs.next()) {
        chosen.append({runs.id(0), runs.text(1)});
        total += runs.value(2).toLongLong();
    }

    CsvWriter csv(out, options.bom);
    csv.row(columns());
    if (!csv.ok())
        return csv.error(Text::tr("the export"));

    // Pages in the order of the one-message-per-recipient key (run, channel, contact): an
    // index walk from where the last page ended, never a sort of the whole run.
    SqlQuery q(db.connection(),
               QStringLiteral("SELECT m.id, m.channel, m.contact_id, c.first_name, c.last_name, "
                              "CASE WHEN m.channel = 'email' THEN c.email ELSE c.phone END, m.status, m.attempts, "
                              "m.failure_reason, m.provider_id, COALESCE(p.e164, ''), m.queued_at, m.sent_at, "
                              "m.delivered_at, m.finished_at, m.status_changed_at FROM messages m "
                              "JOIN contacts c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
                              "LEFT JOIN phone_numbers p ON p.tenant_id = m.tenant_id AND p.id = m.sender_number_id "
                              "WHERE m.run_id = ? AND (m.channel, m.contact_id) > (?, ?) "
                              "ORDER BY m.channel, m.contact_id LIMIT ?"));
    qint64 written = 0;
    for (const auto &[run, kind] : std::as_const(chosen)) {
        const QString runText = QString::number(run);
        QString channel;
        Id contact = 0;
        for (;;) {
            q.bind(run).bind(channel).bind(contact).bind(kPage);
            if (auto st = q.exec(u"reading the messages of run " + runText); !st)
                return st.error();
            int rows = 0;
            while (q.next()) {
                QStringList cells{q.text(0), runText, kind};
                cells.reserve(18);
                for (int i = 1; i < 11; ++i)
                    cells << q.text(i);
                for (int i = 11; i < 16; ++i)
                    cells << isoTime(q.value(i));
                csv.row(cells);
                if (!csv.ok())
                    return csv.error(Text::tr("the export"));
                channel = q.text(1);
                contact = q.id(2);
                ++rows;
            }
            written += rows;
            if (progress && !progress(written, total))
                return Error::refused(Text::tr("the export was cancelled after %1 of %2 messages")
                                          .arg(QString::number(written), QString::number(total)));
            if (rows < kPage)
                break;
        }
    }
    return written;
}

} // namespace herald
