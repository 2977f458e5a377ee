// The live check: as the form changes, the campaign it shows goes through preflight and the
// audience count off the GUI thread, and the readiness list and the counts follow.
#include "campaignbuilder.h"

#include "audience/campaignaudience.h"
#include "audience/segmentrules.h"
#include "detail/readinesslist.h"
#include "lifecycle/campaignservice.h"
#include "schedule/recurrence.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace herald {

void CampaignBuilder::changed()
{
    if (m_filling)
        return;
    m_modified = campaign() != m_original;
    m_checkDelay->start();
}

void CampaignBuilder::markFieldErrors(const Campaign &c)
{
    // Mistakes the form can point at directly, before preflight.
    const Status rules = c.oneTimeRules.isEmpty() ? Status() : SegmentRules::validate(c.oneTimeRules);
    m_rulesError->setVisible(!rules);
    m_rulesError->setText(rules ? QString() : rules.error().shown());
    const Status recurrence = c.launchType == LaunchType::Recurring ? Recurrence::validate(c.recurrence) : Status();
    m_recurrenceError->setVisible(!recurrence);
    m_recurrenceError->setText(recurrence ? QString() : recurrence.error().shown());
}

bool CampaignBuilder::isChecking() const
{
    return m_check.isRunning() || m_checkDelay->isActive();
}

void CampaignBuilder::startCheck()
{
    if (!m_session.valid())
        return;
    if (m_check.isRunning()) {
        m_checkAgain = true;
        return;
    }
    Campaign c = campaign();
    markFieldErrors(c);
    m_readinessSummary->setText(tr("Checking…"));
    if (c.id == 0) { // findings name the campaign: give the unsaved one words to be named by
        c.shortId = tr("not saved yet");
        if (c.name.isEmpty())
            c.name = tr("New campaign");
    }
    m_check.start(*m_session.db,
                  [tenantId = m_session.tenantId, user = m_session.user, c](const Database &db) -> Result<Check> {
                      CampaignService service(db, tenantId, user);
                      auto findings = service.preflight(c, RunKind::Live);
                      if (!findings)
                          return findings.error();
                      Check check;
                      check.findings = *findings;
                      // Invalid one-time rules are already reported; counting would only fail again.
                      if (c.oneTimeRules.isEmpty() || SegmentRules::validate(c.oneTimeRules))
                          check.audience = previewAudience(db, tenantId, c, 0).value_or({});
                      return check;
                  });
}

void CampaignBuilder::checked(const Result<Check> &check)
{
    if (m_checkAgain) { // the form changed while this check ran: check it as it is now instead
        m_checkAgain = false;
        return startCheck();
    }
    if (!check) {
        m_readinessSummary->setText(tr("Could not check the campaign: %1").arg(check.error().shown()));
        return;
    }
    showCheck(*check);
}

void CampaignBuilder::showCheck(const Check &check)
{
    m_findings = check.findings;
    const qsizetype blockers = m_readiness->setFindings(check.findings);
    m_readinessSummary->setText(blockers == 0
                                    ? tr("<b>Ready to run</b> once saved.")
                                    : tr("<b>%n thing(s) to fix</b> before it can run; saving keeps it as a draft.",
                                         nullptr, int(blockers)));
    QStringList counts;
    for (const ChannelAudience &a : check.audience)
        counts << tr("%1: %2").arg(displayName(a.kind), QLocale().toString(a.count));
    m_audienceCount->setText(counts.isEmpty() ? tr("Choose channels to see how many they reach.")
                                              : counts.join(QStringLiteral(" · ")));
}

} // namespace herald
