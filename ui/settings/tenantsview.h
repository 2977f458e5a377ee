#pragma once

#include "common/session.h"
#include "domain/tenant.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace herald {

// Settings → Organisations: the workspace's tenants. An admin creates one (becoming its
// first admin), and renames or archives those they administer (TenantService decides).
class TenantsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsView)

public:
    explicit TenantsView(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void refresh();
    // The actions, also for tests; false when nothing changed.
    bool createTenant();
    bool renameTenant();
    bool archiveTenant();
    // Herald's listener for the selected organisation: its address and public URL.
    bool editListener();
    // The selected organisation's own SMS stop words and its answer to HELP.
    bool editSmsKeywords();
    // The selected organisation's inbound mailbox: bounces, complaints, replies.
    bool editMailbox();

signals:
    void statusMessage(const QString &message);
    void tenantsChanged();

private:
    const Tenant *selected() const;
    void updateEnabled();

    Session m_session;
    QList<Tenant> m_tenants;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_listener = nullptr;
    QPushButton *m_keywords = nullptr;
    QPushButton *m_mailbox = nullptr;
};

} // namespace herald
