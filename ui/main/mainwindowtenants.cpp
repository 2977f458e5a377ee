// The tenant picker and the session: which tenant the window works in, as whom, in which
// time zone, and the setup assistant that may rename both.
#include "mainwindow.h"

#include "builder/campaignbuilder.h"
#include "calendar/calendarpage.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "contacts/contactspage.h"
#include "content/goalspage.h"
#include "content/templatespage.h"
#include "detail/campaigndetailpage.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "models/timetext.h"
#include "organisation/peopleservice.h"
#include "pools/numberpoolspage.h"
#include "runs/runspage.h"
#include "settings/settingspage.h"
#include "setup/setupassistant.h"
#include "statistics/statisticspage.h"
#include "storage/tenantrepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace herald {

void MainWindow::loadTenants()
{
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants) {
        Dialogs::warn(this, tr("Herald"), tenants.error().shown());
        return;
    }
    const QString last = QSettings().value(QStringLiteral("mainWindow/tenant")).toString();
    {
        QSignalBlocker block(m_tenantPicker);
        m_tenantPicker->clear();
        m_tenantPicker->setPlaceholderText(tr("Choose a tenant…"));
        for (const Tenant &t : std::as_const(*tenants))
            m_tenantPicker->addItem(t.name, t.id);
        const int index = m_tenantPicker->findText(last);
        // With one tenant there is nothing to choose; otherwise the last one, or ask.
        m_tenantPicker->setCurrentIndex(index >= 0 ? index : (tenants->size() == 1 ? 0 : -1));
    }
    tenantChanged();
}

bool MainWindow::selectTenant(const QString &nameOrId)
{
    int index = m_tenantPicker->findText(nameOrId, Qt::MatchFixedString);
    if (index < 0)
        index = m_tenantPicker->findData(nameOrId.toLongLong());
    if (index < 0)
        return false;
    m_tenantPicker->setCurrentIndex(index);
    return true;
}

void MainWindow::tenantChanged()
{
    const Id tenantId = m_tenantPicker->currentData().toLongLong();
    if (m_session.tenantId != 0 && tenantId != m_session.tenantId && !leaveCurrentPage()) {
        QSignalBlocker block(m_tenantPicker); // keep editing in the tenant the campaign belongs to
        m_tenantPicker->setCurrentIndex(m_tenantPicker->findData(m_session.tenantId));
        return;
    }
    m_session.db = m_db;
    m_session.tenantId = 0;
    // The pages that list the tenant's things follow its session (the open campaign and the
    // builder only once there is one).
    const auto toPages = [this] {
        m_campaigns->setSession(m_session);
        m_runs->setSession(m_session);
        m_calendar->setSession(m_session);
        m_statistics->setSession(m_session);
        m_contacts->setSession(m_session);
        m_goals->setSession(m_session);
        m_templates->setSession(m_session);
        m_pools->setSession(m_session);
        m_settings->setSession(m_session);
    };
    if (tenantId == 0) {
        m_userLabel->clear();
        m_nav->setEnabled(false);
        toPages();
        showPage(m_noTenant, tr("Herald"));
        statusBar()->showMessage(tr("Choose a tenant to start."));
        return;
    }
    auto user = PeopleService::actingUser(m_db, tenantId, m_userName);
    if (!user) {
        Dialogs::warn(this, tr("Herald"), user.error().shown());
        return;
    }
    m_session.tenantId = tenantId;
    m_session.user = *user;
    showZone();
    statusBar()->clearMessage();
    m_userLabel->setText(tr("Signed in as <b>%1</b> (%2)").arg(user->name.toHtmlEscaped(), label(user->role)));
    m_nav->setEnabled(true);
    // Number pools are an administrator's business.
    for (int i = 0; i < m_nav->count(); ++i)
        if (Destination(m_nav->item(i)->data(Qt::UserRole).toInt()) == Destination::NumberPools)
            m_nav->item(i)->setHidden(!Permissions::permits(user->role, Action::ManageNumberPools));
    // Greyed with the reason for a role that may not; core refuses it anyway.
    const Status mayCreate = Permissions::require(*user, Action::CreateCampaigns);
    m_newCampaignAction->setEnabled(mayCreate.ok());
    m_newCampaignAction->setToolTip(mayCreate ? tr("Create a campaign (Ctrl+N)") : mayCreate.error().shown());
    m_detail->setSession(m_session);
    m_builder->setSession(m_session);
    toPages();
    navigate(Destination::Campaigns);
    // An organisation nobody set up yet (a fresh `heraldctl init`): its admins get the
    // setup assistant once the window is up.
    const Tenant tenant = TenantRepository(m_db).byId(tenantId).value_or(Tenant{});
    if (!tenant.setUpAt.isValid() && Permissions::permits(user->role, Action::ManageTenants))
        QTimer::singleShot(0, this, [this, tenantId] {
            if (m_session.tenantId == tenantId)
                openSetupAssistant();
        });
    if (const int missed = m_calendar->missedCount())
        statusBar()->showMessage(tr("Launches missed while Herald was not running: %1. The Calendar offers to send, "
                                    "reschedule or skip them.")
                                     .arg(missed));
}

void MainWindow::showZone()
{
    // Every time the window shows is in the tenant's zone, and the status bar says which.
    const Tenant tenant = TenantRepository(m_db).byId(m_session.tenantId).value_or(Tenant{});
    TimeText::setDisplayZone(QTimeZone(tenant.timeZone.toUtf8()));
    const QTimeZone zone = TimeText::displayZone();
    m_zoneLabel->setText(tr("Times in %1 (%2)")
                             .arg(QString::fromUtf8(zone.id()),
                                  zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::ShortName)));
    m_zoneLabel->setToolTip(tr("Every time shown is in the organisation's time zone, set in Settings → "
                               "Organisations"));
}

bool MainWindow::openSetupAssistant()
{
    if (!m_session.valid() || !leaveCurrentPage())
        return false;
    SetupAssistant assistant(m_session, this);
    connect(&assistant, &SetupAssistant::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    const bool finished = Dialogs::exec(&assistant) == QDialog::Accepted;
    // Whatever pages were applied stay applied: the tenant and its admin may have new names.
    if (!m_userName.isEmpty())
        m_userName = assistant.userName();
    QSettings().setValue(QStringLiteral("mainWindow/tenant"), assistant.tenantName());
    loadTenants();
    return finished;
}

} // namespace herald
