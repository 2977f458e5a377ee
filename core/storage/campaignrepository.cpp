#include "campaignrepository.h"

#include "content/contenthash.h"

#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QRandomGenerator>

namespace herald {

namespace {

const char *const kColumns = "id, short_id, name, description, tags, goal_id, writer_id, reviewer_id, approved_at, "
                             "content_revision, approved_revision, contact_list_id, one_time_rules, test_recipients, "
                             "launch_type, send_at, recurrence, time_zone, schedule_pending, ttl_minutes, activated, "
                             "archived, created_at, created_by, schedule_accepted_by, schedule_accepted_at, approved_content_hash, "
                             "track_clicks";

QString joinList(const QStringList &items)
{
    return items.join(u',');
}

QStringList splitList(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

void bindFields(SqlQuery &q, const Campaign &c)
{
    q.bind(c.name).bind(c.description).bind(joinList(c.tags)).bind(c.goalId).bind(c.writerId).bind(c.reviewerId);
    q.bindTime(c.approvedAt).bind(c.contentRevision).bind(c.approvedRevision).bind(c.contactListId);
    q.bind(c.oneTimeRules).bind(joinList(c.testRecipients)).bind(nameOf(c.launchType)).bindTime(c.sendAt);
    q.bind(c.recurrence).bind(c.timeZone).bind(c.schedulePending ? 1 : 0).bind(c.ttlMinutes);
    q.bind(c.activated ? 1 : 0).bind(c.archived ? 1 : 0).bind(c.scheduleAcceptedBy).bindTime(c.scheduleAcceptedAt);
    q.bind(c.approvedContentHash).bind(c.trackClicks ? 1 : 0);
}

} // namespace

QString CampaignRepository::newShortId()
{
    // Crockford's base32 alphabet: no I, L, O or U to misread or misspeak.
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id = QStringLiteral("C-");
    for (int i = 0; i < 5; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    return id;
}

Result<Id> CampaignRepository::create(const Campaign &c)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO campaigns (tenant_id, short_id, name, description, tags, goal_id, "
                              "writer_id, reviewer_id, approved_at, content_revision, approved_revision, "
                              "contact_list_id, one_time_rules, test_recipients, launch_type, send_at, recurrence, "
                              "time_zone, schedule_pending, ttl_minutes, activated, archived, schedule_accepted_by, "
                              "schedule_accepted_at, approved_content_hash, track_clicks, created_at, created_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                              "RETURNING id"));
    q.bind(m_tenantId).bind(c.shortId.isEmpty() ? newShortId() : c.shortId);
    bindFields(q, c);
    q.bindTime(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()).bind(c.createdBy);
    auto id = q.execId(u"creating campaign " + c.name);
    if (!id)
        return id.error();
    if (auto st = writeChildren(db, *id, c); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status CampaignRepository::update(const Campaign &c)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st;
    SqlQuery q(db,
               QStringLiteral("UPDATE campaigns SET name = ?, description = ?, tags = ?, goal_id = ?, writer_id = ?, "
                              "reviewer_id = ?, approved_at = ?, content_revision = ?, approved_revision = ?, "
                              "contact_list_id = ?, one_time_rules = ?, test_recipients = ?, launch_type = ?, "
                              "send_at = ?, recurrence = ?, time_zone = ?, schedule_pending = ?, ttl_minutes = ?, "
                              "activated = ?, archived = ?, schedule_accepted_by = ?, schedule_accepted_at = ?, "
                              "approved_content_hash = ?, track_clicks = ? WHERE tenant_id = ? AND id = ?"));
    bindFields(q, c);
    q.bind(m_tenantId).bind(c.id);
    if (auto st = q.exec(u"saving campaign " + c.shortId); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("campaign %1 not found in this tenant").arg(c.shortId));
    for (const char *sql : {"DELETE FROM campaign_channels WHERE tenant_id = ? AND campaign_id = ?",
                            "DELETE FROM campaign_segments WHERE tenant_id = ? AND campaign_id = ?"}) {
        SqlQuery del(db, QString::fromLatin1(sql));
        del.bind(m_tenantId).bind(c.id);
        if (auto st = del.exec(u"saving campaign " + c.shortId); !st)
            return st;
    }
    if (auto st = writeChildren(db, c.id, c); !st)
        return st;
    return tx.commit();
}

Status CampaignRepository::writeChildren(const QSqlDatabase &db, Id campaignId, const Campaign &c)
{
    SqlQuery ch(
        db, QStringLiteral("INSERT INTO campaign_channels (tenant_id, campaign_id, kind, template_id, "
                           "message_text, sender_id, rate_per_minute, send_window) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CampaignChannel &channel : c.channels) {
        ch.bind(m_tenantId).bind(campaignId).bind(nameOf(channel.kind)).bind(channel.templateId);
        ch.bind(channel.messageText).bind(channel.senderId).bind(channel.ratePerMinute).bind(channel.sendWindow);
        if (auto st = ch.exec(u"saving the " + nameOf(channel.kind) + u" channel of campaign " + c.name); !st)
            return st;
    }
    SqlQuery seg(db,
                 QStringLiteral("INSERT INTO campaign_segments (tenant_id, campaign_id, segment_id, mode, position) "
                                "VALUES (?, ?, ?, ?, ?)"));
    const std::pair<const QList<Id> *, const char *> groups[] = {{&c.sendToSegments, "include"},
                                                                 {&c.excludeSegments, "exclude"}};
    for (const auto &[ids, mode] : groups) {
        for (qsizetype i = 0; i < ids->size(); ++i) {
            seg.bind(m_tenantId).bind(campaignId).bind(ids->at(i)).bind(QString::fromLatin1(mode)).bind(int(i));
            if (auto st = seg.exec(u"linking segments to campaign " + c.name); !st)
                return st;
        }
    }
    return {};
}

Result<QList<Campaign>> CampaignRepository::query(const QString &where, const QVariant &arg)
{
    QSqlDatabase db = m_db.connection();
    SqlQuery q(db, u"SELECT " + QLatin1StringView(kColumns) + u" FROM campaigns WHERE tenant_id = ? " + where +
                       u" ORDER BY created_at DESC, id DESC");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading campaigns"); !st)
        return st.error();
    QList<Campaign> out;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        Campaign c;
        c.id = q.id(0);
        c.tenantId = m_tenantId;
        c.shortId = q.text(1);
        c.name = q.text(2);
        c.description = q.text(3);
        c.tags = splitList(q.text(4));
        c.goalId = q.optionalId(5);
        c.writerId = q.optionalId(6);
        c.reviewerId = q.optionalId(7);
        c.approvedAt = q.time(8);
        c.contentRevision = q.value(9).toInt();
        c.approvedRevision = q.value(10).toInt();
        c.contactListId = q.optionalId(11);
        c.oneTimeRules = q.text(12);
        c.testRecipients = splitList(q.text(13));
        c.launchType = fromString<LaunchType>(q.text(14)).value_or(LaunchType::Manual);
        c.sendAt = q.time(15);
        c.recurrence = q.text(16);
        c.timeZone = q.text(17);
        c.schedulePending = q.value(18).toBool();
        c.ttlMinutes = q.value(19).toInt();
        c.activated = q.value(20).toBool();
        c.archived = q.value(21).toBool();
        c.createdAt = q.time(22);
        c.createdBy = q.optionalId(23);
        c.scheduleAcceptedBy = q.optionalId(24);
        c.scheduleAcceptedAt = q.time(25);
        c.approvedContentHash = q.text(26);
        c.trackClicks = q.value(27).toBool();
        index.insert(c.id, out.size());
        out.append(c);
    }
    if (out.isEmpty())
        return out;

    // Children of every campaign read in two queries, not two per campaign.
    const bool single = out.size() == 1;
    QString filter;
    if (single) {
        filter = QStringLiteral(" AND campaign_id = ?");
    } else if (where.contains(QLatin1StringView("id IN ("))) {
        QList<Id> ids;
        for (const Campaign &c : std::as_const(out))
            ids.append(c.id);
        filter = u" AND campaign_id IN (" + idList(ids) + u')';
    }
    // With each template's content: the campaign's content hash covers it.
    SqlQuery ch(db, u"SELECT cc.campaign_id, cc.id, cc.kind, cc.template_id, cc.message_text, cc.sender_id, "
                    u"cc.rate_per_minute, cc.send_window, " + ContentHash::templateColumns() + u" FROM campaign_channels cc "
                    u"LEFT JOIN templates t ON t.tenant_id = cc.tenant_id AND t.id = cc.template_id "
                    u"WHERE cc.tenant_id = ?" + QString(filter).replace(QStringLiteral("campaign_id"), QStringLiteral("cc.campaign_id"))
                    + u" ORDER BY cc.campaign_id, cc.id");
    ch.bind(m_tenantId);
    if (single)
        ch.bind(out.first().id);
    if (auto st = ch.exec(u"reading campaign channels"); !st)
        return st.error();
    QHash<qsizetype, QList<ChannelContent>> contents;
    while (ch.next()) {
        const auto it = index.constFind(ch.id(0));
        if (it == index.constEnd())
            continue;
        CampaignChannel channel;
        channel.id = ch.id(1);
        channel.kind = fromString<ChannelKind>(ch.text(2)).value_or(ChannelKind::Email);
        channel.templateId = ch.optionalId(3);
        channel.messageText = ch.text(4);
        channel.senderId = ch.optionalId(5);
        channel.ratePerMinute = ch.value(6).toInt();
        channel.sendWindow = ch.text(7);
        out[*it].channels.append(channel);
        contents[*it].append({channel.kind, ch.text(8), ch.text(9), channel.messageText, ch.text(10), ch.text(11),
                              ch.text(12), ch.text(13)});
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].contentHash = ContentHash::of(contents.value(i));
    SqlQuery seg(db, u"SELECT campaign_id, segment_id, mode FROM campaign_segments WHERE tenant_id = ?" + filter +
                         u" ORDER BY campaign_id, position");
    seg.bind(m_tenantId);
    if (single)
        seg.bind(out.first().id);
    if (auto st = seg.exec(u"reading campaign segments"); !st)
        return st.error();
    while (seg.next()) {
        const auto it = index.constFind(seg.id(0));
        if (it == index.constEnd())
            continue;
        Campaign &c = out[*it];
        (seg.text(2) == QLatin1StringView("include") ? c.sendToSegments : c.excludeSegments).append(seg.id(1));
    }
    return out;
}

Result<Campaign> CampaignRepository::get(Id id)
{
    return singleRow(query(QStringLiteral("AND id = ?"), id), Text::tr("campaign %1 not found in this tenant").arg(id));
}

Result<Campaign> CampaignRepository::find(const QString &reference)
{
    bool numeric = false;
    const Id id = reference.toLongLong(&numeric);
    return singleRow(numeric ? query(QStringLiteral("AND id = ?"), id)
                             : query(QStringLiteral("AND short_id = ?"), reference.trimmed().toUpper()),
                     Text::tr("campaign %1 not found in this tenant").arg(reference));
}

Result<QList<Campaign>> CampaignRepository::getMany(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<Campaign>();
    return query(u"AND id IN (" + idList(ids) + u')', {});
}

Result<QList<Campaign>> CampaignRepository::list(bool includeArchived)
{
    return includeArchived ? query({}, {}) : query(QStringLiteral("AND archived = 0"), {});
}

Status CampaignRepository::setFlag(Id id, const char *column, bool value)
{
    SqlQuery q(m_db.connection(),
               u"UPDATE campaigns SET " + QLatin1StringView(column) + u" = ? WHERE tenant_id = ? AND id = ?");
    q.bind(value ? 1 : 0).bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"updating campaign " + QString::number(id)); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("campaign %1 not found in this tenant").arg(id));
    return {};
}

Status CampaignRepository::setArchived(Id id, bool archived)
{
    return setFlag(id, "archived", archived);
}

Status CampaignRepository::setActivated(Id id, bool activated)
{
    return setFlag(id, "activated", activated);
}

Status CampaignRepository::remove(Id id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM campaigns WHERE tenant_id = ? AND id = ?"));
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"deleting campaign " + QString::number(id)); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("campaign %1 not found in this tenant").arg(id));
    return {};
}

Status CampaignRepository::addReview(const CampaignReview &r)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO campaign_reviews (tenant_id, campaign_id, at, actor, action, "
                                                 "comment, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(m_tenantId).bind(r.campaignId).bindTime(r.at).bind(r.actor).bind(r.action).bind(r.comment).bind(r.contentHash);
    return q.exec(u"recording the review of campaign " + QString::number(r.campaignId));
}

Result<QList<CampaignReview>> CampaignRepository::reviews(Id campaignId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, at, actor, action, comment, content_hash FROM campaign_reviews "
                                                 "WHERE tenant_id = ? AND campaign_id = ? ORDER BY id"));
    q.bind(m_tenantId).bind(campaignId);
    if (auto st = q.exec(u"reading the review history of campaign " + QString::number(campaignId)); !st)
        return st.error();
    QList<CampaignReview> out;
    while (q.next())
        out.append({q.id(0), campaignId, q.time(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return out;
}

} // namespace herald
