#include "settingspage.h"

#include "peopleview.h"
#include "providerbox.h"
#include "sendersview.h"
#include "tenantsview.h"
#include "writerendpointbox.h"

#include "common/appearance.h"
#include "common/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace herald {

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    outer->addWidget(m_tabs);

    auto *providersTab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(providersTab);
    m_providers = new ProviderBox(providersTab);
    layout->addWidget(m_providers);
    m_writerEndpoint = new WriterEndpointBox(providersTab);
    layout->addWidget(m_writerEndpoint);
    layout->addStretch(1);
    auto *assistant = new QHBoxLayout;
    auto *openAssistant = new QPushButton(tr("Setup &assistant…"), providersTab);
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
    m_tabs->addTab(thisComputerTab(), tr("This &computer"));
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

// What this person prefers on this computer, whatever the workspace: language and appearance.
QWidget *SettingsPage::thisComputerTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *form = new QFormLayout(tab);
    auto *language = new QComboBox(tab);
    language->setObjectName(QStringLiteral("languageChoice"));
    const QLocale system = QLocale::system();
    language->addItem(tr("The system's (%1)").arg(system.nativeLanguageName()), QString());
    for (const Language::Choice &c : Language::available())
        language->addItem(c.name, c.code);
    language->setCurrentIndex(std::max(0, language->findData(Language::chosen())));
    form->addRow(tr("&Language:"), language);
    auto *appearance = new QComboBox(tab);
    appearance->setObjectName(QStringLiteral("appearanceChoice"));
    appearance->addItem(tr("The desktop's"), QString());
    appearance->addItem(tr("Light"), QStringLiteral("light"));
    appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    appearance->setCurrentIndex(std::max(0, appearance->findData(Appearance::chosen())));
    form->addRow(tr("&Appearance:"), appearance);
    auto *note = new QLabel(tr("Both apply from Herald's next start. Dates and numbers follow the language."), tab);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    connect(language, &QComboBox::currentIndexChanged, this, [this, language] {
        Language::choose(language->currentData().toString());
        emit statusMessage(tr("Language: %1, from Herald's next start").arg(language->currentText()));
    });
    connect(appearance, &QComboBox::currentIndexChanged, this, [this, appearance] {
        Appearance::choose(appearance->currentData().toString());
        emit statusMessage(tr("Appearance: %1, from Herald's next start").arg(appearance->currentText()));
    });
    return tab;
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
