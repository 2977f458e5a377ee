#include "contenthash.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>

namespace herald {

QString ContentHash::of(const QList<ChannelContent> &channels)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ChannelContent &c : channels) {
        // Length-prefixed fields: no two different contents serialise alike.
        for (const QString &field : {nameOf(c.kind), c.subject, c.body, c.text}) {
            const QByteArray utf8 = field.toUtf8();
            hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
            hash.addData(utf8);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> ContentHash::of(const Database &db, Id tenantId, const Campaign &campaign)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT subject, body FROM templates WHERE tenant_id = ? AND id = ?"));
    QList<ChannelContent> channels;
    for (const CampaignChannel &ch : campaign.channels) {
        ChannelContent content{ch.kind, {}, {}, ch.messageText};
        if (ch.templateId) {
            q.bind(tenantId).bind(*ch.templateId);
            if (auto st = q.exec(u"reading the template of the " + nameOf(ch.kind) + u" channel"); !st)
                return st.error();
            if (q.next()) {
                content.subject = q.text(0);
                content.body = q.text(1);
            }
        }
        channels.append(content);
    }
    return of(channels);
}

} // namespace herald
