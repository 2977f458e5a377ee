#include "campaigndetaildata.h"

#include "lifecycle/campaignstatusrules.h"
#include "storage/audiencerepository.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"
#include "storage/uploadrepository.h"

namespace herald {

DetailLayout CampaignDetailData::layout() const
{
    return CampaignStatusRules::layoutFor(overview.status);
}

Result<CampaignDetailData> loadCampaignDetail(const Session &session, const QString &reference, Id runId)
{
    const Database &db = *session.db;
    CampaignService service(db, session.tenantId, session.user);
    CampaignDetailData d;
    auto overview = service.overview(reference);
    if (!overview)
        return overview.error();
    d.overview = *overview;
    const Campaign &c = d.overview.campaign;
    auto runs = service.runs(c.id);
    if (!runs)
        return runs.error();
    d.runs = *runs;
    std::sort(d.runs.begin(), d.runs.end(), [](const Run &a, const Run &b) { return a.id < b.id; });

    if (d.layout() == DetailLayout::Draft) {
        auto findings = service.preflight(c.shortId, RunKind::Live);
        if (!findings)
            return findings.error();
        d.findings = *findings;
        auto testFindings = service.preflight(c.shortId, RunKind::Test);
        if (!testFindings)
            return testFindings.error();
        d.testFindings = *testFindings;
        auto audience = previewAudience(db, session.tenantId, c);
        if (!audience)
            return audience.error();
        d.audience = *audience;
    }

    // The run the page describes (CampaignReport picks it): the one asked for, else the
    // newest live run, else the newest.
    if (!d.runs.isEmpty()) {
        auto report = CampaignReport::build(db, session.tenantId, session.user, d.overview, d.runs, runId);
        if (!report && runId != 0) // a run of another campaign, or gone: the default run instead
            report = CampaignReport::build(db, session.tenantId, session.user, d.overview, d.runs);
        if (!report)
            return report.error();
        d.focusRun = report->run;
        d.report = std::move(report).value();
    }
    // The numbers the run sent from, as the report counted them (ordered by number).
    if (d.report) {
        SenderRepository senders(db, session.tenantId);
        for (const CampaignReport::Number &number : std::as_const(d.report->numbers))
            if (auto n = senders.number(number.id))
                d.numbers.append({*n, number.attempts});
    }

    auto uploads = UploadRepository(db, session.tenantId).followUp(c.id);
    if (!uploads)
        return uploads.error();
    d.uploads = *uploads;

    auto users = TenantRepository(db).users(session.tenantId);
    auto templates = ContentRepository(db, session.tenantId).templates();
    auto segments = AudienceRepository(db, session.tenantId).segments();
    if (!users || !templates || !segments)
        return !users ? users.error() : !templates ? templates.error() : segments.error();
    for (const User &u : std::as_const(*users))
        d.userNames.insert(u.id, u.name);
    for (const MessageTemplate &t : std::as_const(*templates))
        d.templateNames.insert(t.id, t.name);
    for (const Segment &s : std::as_const(*segments))
        d.segmentNames.insert(s.id, s.name);
    auto senders = SenderRepository(db, session.tenantId).senders();
    if (!senders)
        return senders.error();
    for (const SenderIdentity &s : std::as_const(*senders))
        d.senderNames.insert(s.id, s.address.isEmpty() ? s.name : s.name + u" <" + s.address + u'>');
    auto tenant = TenantRepository(db).byId(session.tenantId);
    if (!tenant)
        return tenant.error();
    d.zone = QTimeZone(tenant->timeZone.toUtf8());
    if (!d.zone.isValid())
        d.zone = QTimeZone::utc();
    CatalogRepository catalog(db, session.tenantId);
    const auto name = [&catalog](CatalogKind kind, std::optional<Id> id) {
        if (!id)
            return QString();
        auto entry = catalog.byId(kind, *id);
        return entry ? entry->name : QString();
    };
    d.goalName = name(CatalogKind::Goal, c.goalId);
    d.writerName = name(CatalogKind::Writer, c.writerId);
    d.reviewerName = name(CatalogKind::Reviewer, c.reviewerId);
    d.listName = name(CatalogKind::ContactList, c.contactListId);
    return d;
}

} // namespace herald
