#pragma once

#include "domain/messagestatus.h"
#include "domain/run.h"
#include "lifecycle/campaigndocument.h"
#include "storage/messagerepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

// A run's channels with their message counts, as 'status' lists them and 'run --wait'
// reports the end: one shape for both.
namespace herald::ctl {

// [{kind, status, counts: {every message state: n}, total}] for each channel of a run.
inline Result<QJsonArray> channelCounts(MessageRepository &messages, const Run &run)
{
    auto counts = messages.counts(run.id);
    if (!counts)
        return counts.error();
    QJsonArray channels;
    for (const RunChannel &rc : run.channels) {
        QJsonObject perState;
        qint64 total = 0;
        const auto byState = counts->value(rc.kind);
        for (MessageStatus s : allValues<MessageStatus>()) {
            perState.insert(nameOf(s), byState.value(s));
            total += byState.value(s);
        }
        // started_at: null while the channel is held (Ready) for a later start.
        channels.append(QJsonObject{{QStringLiteral("kind"), nameOf(rc.kind)},
                                    {QStringLiteral("status"), nameOf(rc.status)},
                                    {QStringLiteral("started_at"), CampaignDocument::time(rc.startedAt)},
                                    {QStringLiteral("counts"), perState},
                                    {QStringLiteral("total"), total}});
    }
    return channels;
}

// "  sms      Completed Delivered 652, Failed 22": the states that have messages.
inline void printChannels(QTextStream &out, const QJsonArray &channels, const QString &indent)
{
    for (const QJsonValue &v : channels) {
        const QJsonObject channel = v.toObject();
        QStringList parts;
        const QJsonObject counts = channel.value(QLatin1StringView("counts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (it.value().toInteger() > 0)
                parts << it.key() + u' ' + QString::number(it.value().toInteger());
        out << indent << channel.value(QLatin1StringView("kind")).toString().leftJustified(9)
            << channel.value(QLatin1StringView("status")).toString().leftJustified(10)
            << parts.join(QStringLiteral(", ")) << Qt::endl;
    }
}

} // namespace herald::ctl
