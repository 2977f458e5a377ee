#pragma once

#include "common/session.h"

#include <QWidget>

class QTabWidget;

namespace herald {

class PeopleView;
class ProviderBox;
class SendersView;
class TenantsView;
class WriterEndpointBox;

// Settings, in tabs: Providers (how each channel sends, and the writer endpoint below),
// People, Senders and Organisations (the workspace's), and This computer (the person's:
// the language and light or dark); and the setup assistant, reopened from here.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void refresh();
    enum class Tab { Providers, People, Senders, Organisations, ThisComputer };
    void showTab(Tab tab);
    ProviderBox *providers() const { return m_providers; }
    // The provider form's settings JSON and typed password (see ProviderBox).
    QString formJson() const;
    QString typedPassword() const;

signals:
    void statusMessage(const QString &message);
    // People, senders or providers changed (the getting-started checklist follows).
    void organisationChanged();
    void setupAssistantRequested();
    // An organisation was created, renamed or archived.
    void tenantsChanged();

private:
    QWidget *thisComputerTab();

    Session m_session;
    QTabWidget *m_tabs = nullptr;
    ProviderBox *m_providers = nullptr;
    WriterEndpointBox *m_writerEndpoint = nullptr;
    PeopleView *m_people = nullptr;
    SendersView *m_senders = nullptr;
    TenantsView *m_tenants = nullptr;
};

} // namespace herald
