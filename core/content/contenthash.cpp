#include "contenthash.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>

namespace herald {

namespace {

void addField(QCryptographicHash &hash, const QString &field)
{
    // Length-prefixed: no two different contents serialise alike.
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
    hash.addData(utf8);
}

} // namespace

QString ContentHash::of(const QList<ChannelContent> &channels)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ChannelContent &c : channels) {
        for (const QString &field : {nameOf(c.kind), c.subject, c.body, c.text})
            addField(hash, field);
        // The email-only parts only when there are any, after a mark no length prefix
        // starts with: content without them keeps the hash it was approved with.
        const QString attachments = c.attachments == u"[]" ? QString() : c.attachments;
        if (c.preheader.isEmpty() && c.textBody.isEmpty() && c.fromName.isEmpty() && attachments.isEmpty())
            continue;
        hash.addData(QByteArrayView("+"));
        for (const QString &field : {c.preheader, c.textBody, c.fromName, attachments})
            addField(hash, field);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ContentHash::templateColumns()
{
    return QStringLiteral("t.subject, t.body, t.preheader, t.text_body, t.from_name, t.attachments");
}

Result<QString> ContentHash::of(const Database &db, Id tenantId, const Campaign &campaign)
{
    SqlQuery q(db.connection(),
               u"SELECT " + templateColumns() + u" FROM templates t WHERE t.tenant_id = ? AND t.id = ?");
    QList<ChannelContent> channels;
    for (const CampaignChannel &ch : campaign.channels) {
        ChannelContent content{ch.kind, {}, {}, ch.messageText, {}, {}, {}, {}};
        if (ch.templateId) {
            q.bind(tenantId).bind(*ch.templateId);
            if (auto st = q.exec(u"reading the template of the " + nameOf(ch.kind) + u" channel"); !st)
                return st.error();
            if (q.next())
                content = {ch.kind, q.text(0), q.text(1), ch.messageText, q.text(2), q.text(3), q.text(4), q.text(5)};
        }
        channels.append(content);
    }
    return of(channels);
}

} // namespace herald
