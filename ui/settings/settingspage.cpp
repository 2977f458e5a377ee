#include "settingspage.h"

#include "peopleview.h"
#include "providerbox.h"
#include "sendersview.h"
#include "tenantsview.h"
#include "writerendpointbox.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace herald {

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    outer->addWidget(m_tabs);

    auto *providersTab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(providersTab);
    m_providers = new ProviderBox(providersTab);
    layout->addWidget(m_providers);
    m_writerEndpoint = new WriterEndpointBox(providersTab);
    layout->addWidget(m_writerEndpoint);
    layout->addStretch(1);
    auto *assistant = new QHBoxLayout;
    auto *openAssistant = new QPushButton(tr("Setup &assistant\u2026"), providersTab);
    openAssistant->setObjectName(QStringLiteral("openSetupAssistant"));
    openAssistant->setToolTip(tr("The organisation, its sending, a sender and teammates, step by step"));
    assistant->addWidget(openAssistant);
    assistant->addStretch();
    layout->addLayout(assistant);
    m_tabs->addTab(providersTab, tr("&Providers"));
    m_people = new PeopleView(m_tabs);
    m_people->setObjectName(QStringLiteral("peopleView"));
    m_tabs->addTab(m_people, tr("P&eople"));
    m_senders = new SendersView(m_tabs);
    m_senders->setObjectName(QStringLiteral("sendersView"));
    m_tabs->addTab(m_senders, tr("Se&nders"));
    m_tenants = new TenantsView(m_tabs);
    m_tenants->setObjectName(QStringLiteral("tenantsView"));
    m_tabs->addTab(m_tenants, tr("&Organisations"));
    connect(m_tenants, &TenantsView::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_tenants, &TenantsView::tenantsChanged, this, &SettingsPage::tenantsChanged);

    connect(m_providers, &ProviderBox::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_writerEndpoint, &WriterEndpointBox::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_people, &PeopleView::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_senders, &SendersView::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_people, &PeopleView::peopleChanged, this, &SettingsPage::organisationChanged);
    connect(m_senders, &SendersView::sendersChanged, this, &SettingsPage::organisationChanged);
    connect(m_providers, &ProviderBox::providerSaved, this, &SettingsPage::organisationChanged);
    connect(openAssistant, &QPushButton::clicked, this, &SettingsPage::setupAssistantRequested);
}

void SettingsPage::setSession(const Session &session)
{
    m_session = session;
    m_providers->setSession(session);
    m_writerEndpoint->setSession(session);
    m_people->setSession(session);
    m_senders->setSession(session);
    m_tenants->setSession(session);
}

void SettingsPage::refresh()
{
    m_providers->refresh();
    m_people->refresh();
    m_senders->refresh();
    m_tenants->refresh();
}

void SettingsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString SettingsPage::formJson() const
{
    return m_providers->formJson();
}

QString SettingsPage::typedPassword() const
{
    return m_providers->typedPassword();
}

} // namespace herald
