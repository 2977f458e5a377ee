#include "preflightservice.h"

#include "audience/audiencequery.h"
#include "content/contenthash.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

namespace herald {

struct PreflightService::Catalog
{
    QHash<Id, CatalogEntry> goals, writers, reviewers;
    QHash<Id, MessageTemplate> templates;
    QHash<Id, Segment> segments;
    QHash<Id, SenderIdentity> senders;
    QHash<Id, int> activeNumbersByPool;
    QHash<ChannelKind, ProviderConfig> providers;
    QHash<ChannelKind, SenderRepository::ProviderCheck> failedChecks; // the last test of the saved settings failed
    QList<std::pair<Id, ChannelKind>> running;
    std::optional<qint64> balance;
    bool listenerReady = false;
    bool mailboxReady = false;
    QStringList customFields;
};

PreflightService::PreflightService(Database db, Id tenantId, User user)
    : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user))
{
}

PreflightService::~PreflightService() = default;

QString PreflightService::subject(const Campaign &c)
{
    return subjectText(c).english();
}

Text PreflightService::subjectText(const Campaign &c)
{
    return Text::tr("campaign '%1' (%2)").arg(c.name, c.shortId);
}

Status PreflightService::load()
{
    auto cat = std::make_unique<Catalog>();
    CatalogRepository catalog(m_db, m_tenantId);
    const std::pair<CatalogKind, QHash<Id, CatalogEntry> *> simple[] = {
        {CatalogKind::Goal, &cat->goals}, {CatalogKind::Writer, &cat->writers}, {CatalogKind::Reviewer, &cat->reviewers}};
    for (const auto &[kind, target] : simple) {
        auto list = catalog.list(kind);
        if (!list)
            return list.error();
        for (const CatalogEntry &e : std::as_const(*list))
            target->insert(e.id, e);
    }
    auto templates = ContentRepository(m_db, m_tenantId).templates();
    if (!templates)
        return templates.error();
    for (const MessageTemplate &t : std::as_const(*templates))
        cat->templates.insert(t.id, t);
    auto segments = AudienceRepository(m_db, m_tenantId).segments();
    if (!segments)
        return segments.error();
    for (const Segment &s : std::as_const(*segments))
        cat->segments.insert(s.id, s);
    auto customFields = AudienceRepository(m_db, m_tenantId).customFieldNames();
    if (!customFields)
        return customFields.error();
    cat->customFields = *customFields;

    SenderRepository senders(m_db, m_tenantId);
    auto senderList = senders.senders();
    if (!senderList)
        return senderList.error();
    for (const SenderIdentity &s : std::as_const(*senderList))
        cat->senders.insert(s.id, s);
    auto pools = senders.pools();
    if (!pools)
        return pools.error();
    for (const NumberPool &p : std::as_const(*pools)) {
        auto numbers = senders.numbers(p.id);
        if (!numbers)
            return numbers.error();
        cat->activeNumbersByPool.insert(
            p.id, int(std::count_if(numbers->begin(), numbers->end(),
                                    [](const PhoneNumber &n) { return n.state == PhoneNumber::State::Active; })));
    }
    auto providers = senders.providers();
    if (!providers)
        return providers.error();
    for (const ProviderConfig &p : std::as_const(*providers))
        cat->providers.insert(p.kind, p);
    auto checks = senders.providerChecks();
    if (!checks)
        return checks.error();
    for (const SenderRepository::ProviderCheck &check : std::as_const(*checks))
        if (!check.ok)
            cat->failedChecks.insert(check.kind, check);

    auto running = RunRepository(m_db, m_tenantId).runningChannels();
    if (!running)
        return running.error();
    cat->running = *running;

    auto tenant = TenantRepository(m_db).byId(m_tenantId);
    if (!tenant)
        return tenant.error();
    cat->balance = tenant->balanceCredits;
    cat->listenerReady = !tenant->listen.isEmpty() && !tenant->publicUrl.isEmpty() && !tenant->linkSecret.isEmpty();
    cat->mailboxReady = !tenant->mailbox.isEmpty();
    m_catalog = std::move(cat);
    return {};
}

Result<PreflightInput> PreflightService::input(const Campaign &c)
{
    if (!m_catalog) {
        if (auto st = load(); !st)
            return st.error();
    }
    const Catalog &cat = *m_catalog;
    using In = PreflightInput;
    In in;
    in.campaign = subjectText(c);
    const auto ref = [](const QHash<Id, CatalogEntry> &table, std::optional<Id> id, In::Ref &state, QString &name) {
        if (!id || !table.contains(*id)) {
            state = In::Ref::Missing;
            return;
        }
        const CatalogEntry &e = table.value(*id);
        name = e.name;
        state = e.deleted ? In::Ref::Deleted : In::Ref::Ok;
    };
    ref(cat.goals, c.goalId, in.goal, in.goalName);
    ref(cat.writers, c.writerId, in.writer, in.writerName);
    ref(cat.reviewers, c.reviewerId, in.reviewer, in.reviewerName);
    // The content as it stands, for a campaign being edited as much as for a stored one.
    Campaign current = c;
    auto hash = ContentHash::of(m_db, m_tenantId, c);
    if (!hash)
        return hash.error();
    current.contentHash = *hash;
    in.approvalCurrent = current.approvalCurrent();
    in.activated = c.activated;
    in.role = m_user.role;
    in.userName = m_user.name;
    in.balanceCredits = cat.balance;
    in.trackClicks = c.trackClicks;
    in.listenerReady = cat.listenerReady;
    in.mailboxReady = cat.mailboxReady;
    in.customFields = cat.customFields;

    // Audience, counted with the query the run will queue with.
    AudienceQuery audience(m_db, m_tenantId);
    AudienceSpec spec;
    spec.contactListId = c.contactListId;
    in.audienceSourceMissing = !c.contactListId && c.sendToSegments.isEmpty();
    for (Id id : c.sendToSegments) {
        const Segment s = cat.segments.value(id);
        if (s.deleted) {
            in.deletedSegments << s.name;
            continue;
        }
        spec.includeRules << s.rules;
        AudienceSpec one;
        one.contactListId = c.contactListId;
        one.includeRules << s.rules;
        one.dropOptedOut = false;
        auto n = audience.count(one);
        if (!n)
            return n.error();
        if (*n == 0)
            in.emptySegments << s.name;
    }
    for (Id id : c.excludeSegments) {
        const Segment s = cat.segments.value(id);
        if (s.deleted)
            in.deletedSegments << s.name;
        else
            spec.excludeRules << s.rules;
    }
    if (!in.audienceSourceMissing) {
        AudienceSpec included = spec;
        included.excludeRules.clear();
        included.dropOptedOut = false;
        auto n = audience.count(included);
        if (!n)
            return n.error();
        in.includedCount = *n;
        spec.oneTimeRules = c.oneTimeRules;
        AudienceSpec excluded = spec;
        excluded.dropOptedOut = false;
        auto m = audience.count(excluded);
        if (!m)
            return m.error();
        in.afterExclusionsCount = *m;
    }

    for (const CampaignChannel &ch : c.channels) {
        In::Channel out;
        out.kind = ch.kind;
        QString templateText;
        if (ch.templateId) {
            const auto it = cat.templates.constFind(*ch.templateId);
            if (it == cat.templates.constEnd()) {
                out.templateRef = In::Ref::Missing;
            } else {
                out.templateName = it->name;
                out.templateRef = it->deleted ? In::Ref::Deleted : In::Ref::Ok;
                templateText = QStringList{it->subject, it->preheader, it->body, it->textBody}.join(u'\n');
                out.subject = it->subject;
            }
        }
        out.content = templateText.isEmpty() ? ch.messageText : templateText + u'\n' + ch.messageText;

        if (!ch.senderId || !cat.senders.contains(*ch.senderId)) {
            out.sender = In::Sender::Missing;
        } else {
            const SenderIdentity &s = cat.senders[*ch.senderId];
            out.senderName = s.name;
            const bool needsNumber = ch.kind == ChannelKind::Phone || (ch.kind == ChannelKind::Sms && s.numberPoolId);
            if (s.paused)
                out.sender = In::Sender::Paused;
            else if (needsNumber && (!s.numberPoolId || cat.activeNumbersByPool.value(*s.numberPoolId) == 0))
                out.sender = In::Sender::NoActiveNumber;
            else if (ch.kind == ChannelKind::Email && !s.address.contains(u'@'))
                out.sender = In::Sender::Incomplete;
            else
                out.sender = In::Sender::Ok;
        }

        const auto prov = cat.providers.constFind(ch.kind);
        if (prov == cat.providers.constEnd()) {
            out.provider = In::Provider::Missing;
        } else {
            out.providerName = prov->provider;
            out.provider = prov->credentialsComplete ? In::Provider::Ok : In::Provider::CredentialsMissing;
            if (const auto check = cat.failedChecks.constFind(ch.kind); check != cat.failedChecks.constEnd()) {
                out.failedCheck = check->detail;
                out.checkedAt = check->at;
            }
        }

        for (const auto &[campaignId, kind] : cat.running) {
            if (kind == ch.kind && campaignId != c.id) {
                auto other = CampaignRepository(m_db, m_tenantId).get(campaignId);
                out.busyWith = other ? subjectText(*other) : Text::tr("campaign %1").arg(QString::number(campaignId));
                break;
            }
        }

        if (!in.audienceSourceMissing && in.afterExclusionsCount > 0) {
            AudienceSpec perChannel = spec;
            perChannel.channel = ch.kind;
            auto n = audience.count(perChannel);
            if (!n)
                return n.error();
            out.audience = *n;
        }
        if (hasOwnAddress(ch.kind)) {
            auto reached = audience.testRecipients(ch.kind, c.testRecipients);
            if (!reached)
                return reached.error();
            out.testRecipients = int(reached->size());
        } else {
            for (const QString &r : c.testRecipients) {
                const bool isEmail = r.contains(u'@');
                if ((ch.kind == ChannelKind::Email) == isEmail)
                    ++out.testRecipients;
            }
        }
        in.channels.append(out);
    }
    return in;
}

Result<QList<Finding>> PreflightService::check(const Campaign &campaign, RunKind kind, const ChannelSet &only)
{
    auto in = input(campaign);
    if (!in)
        return in.error();
    return Preflight::evaluate(*in, kind, only);
}

} // namespace herald
