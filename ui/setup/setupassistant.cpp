#include "setupassistant.h"

#include "common/dialogs.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "organisation/peopleservice.h"
#include "organisation/senderservice.h"
#include "organisation/tenantservice.h"
#include "settings/providerbox.h"
#include "storage/tenantrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <pwd.h>
#include <unistd.h>

namespace herald {

namespace {

// The full name of the operating system's account (its GECOS field), else its login.
QString osAccountName()
{
    if (const passwd *pw = ::getpwuid(::getuid())) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        return full.isEmpty() ? QString::fromLocal8Bit(pw->pw_name) : full;
    }
    return qEnvironmentVariable("USER");
}

QLabel *intro(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SetupAssistant::SetupAssistant(const Session &session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWindowTitle(tr("Set up Herald"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages); // the optional steps can be left out
    setPage(Organisation, organisationPage());
    setPage(You, youPage());
    setPage(Email, providerPage(Email));
    setPage(Sms, providerPage(Sms));
    setPage(Sender, senderPage());
    setPage(Teammates, teammatesPage());
    resize(720, 560);
}

QWizardPage *SetupAssistant::organisationPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your organisation"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro(tr("Herald keeps everything of an organisation together: its people, contacts, senders "
                               "and campaigns. Name it, and say where it works."),
                            page));
    auto *form = new QFormLayout;
    const Tenant tenant = TenantRepository(*m_session.db).byId(m_session.tenantId).value_or(Tenant{});
    m_tenantName = tenant.name;
    m_orgName = new QLineEdit(tenant.name, page);
    m_orgName->setObjectName(QStringLiteral("setupOrganisation"));
    form->addRow(tr("&Name:"), m_orgName);
    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("setupTimeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    // A tenant never set up is still on the workspace's UTC: suggest this machine's zone.
    const QString zone = tenant.timeZone == u"UTC" && !tenant.setUpAt.isValid()
                             ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                             : tenant.timeZone;
    m_timeZone->setCurrentText(zone);
    form->addRow(tr("&Time zone:"), m_timeZone);
    m_windowOn = new QCheckBox(tr("New campaigns send only &between"), page);
    m_windowOn->setObjectName(QStringLiteral("setupWindowOn"));
    m_windowFrom = new QTimeEdit(QTime(8, 0), page);
    m_windowFrom->setObjectName(QStringLiteral("setupWindowFrom"));
    m_windowTo = new QTimeEdit(QTime(21, 0), page);
    m_windowTo->setObjectName(QStringLiteral("setupWindowTo"));
    for (QTimeEdit *edit : {m_windowFrom, m_windowTo})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    if (const QStringList window = tenant.defaultSendWindow.split(u'-'); window.size() == 2) {
        m_windowOn->setChecked(true);
        m_windowFrom->setTime(QTime::fromString(window.at(0), QStringLiteral("HH:mm")));
        m_windowTo->setTime(QTime::fromString(window.at(1), QStringLiteral("HH:mm")));
    }
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowOn);
    window->addWidget(m_windowFrom);
    window->addWidget(new QLabel(tr("and"), page));
    window->addWidget(m_windowTo);
    window->addStretch();
    form->addRow(tr("Send window:"), window);
    layout->addLayout(form);
    layout->addWidget(intro(tr("Hours are the recipient's own. Without a window, SMS and calls go out between 08:00 "
                               "and 21:00 and email at any time; each campaign channel can set its own."),
                            page));
    layout->addStretch();
    const auto sync = [this] {
        m_windowFrom->setEnabled(m_windowOn->isChecked());
        m_windowTo->setEnabled(m_windowOn->isChecked());
    };
    connect(m_windowOn, &QCheckBox::toggled, page, sync);
    sync();
    return page;
}

QWizardPage *SetupAssistant::youPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("You, its first administrator"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro(tr("Administrators set up sending, senders, number pools and people. Your name is what "
                               "the history shows beside what you do."),
                            page));
    auto *form = new QFormLayout;
    // `heraldctl init` names the first admin "admin": suggest the operating system's account.
    m_adminName = new QLineEdit(m_session.user.name == u"admin" ? osAccountName() : m_session.user.name, page);
    m_adminName->setObjectName(QStringLiteral("setupAdminName"));
    m_adminEmail = new QLineEdit(m_session.user.email, page);
    m_adminEmail->setObjectName(QStringLiteral("setupAdminEmail"));
    m_adminEmail->setPlaceholderText(QStringLiteral("you@example.com"));
    form->addRow(tr("Your &name:"), m_adminName);
    form->addRow(tr("Your &email:"), m_adminEmail);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage *SetupAssistant::providerPage(PageId id)
{
    const bool email = id == Email;
    auto *page = new QWizardPage(this);
    page->setTitle(email ? tr("Sending email (optional)") : tr("Sending SMS (optional)"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro(email ? tr("Herald hands email to your SMTP server. Fill in its settings and test the "
                                       "connection; or go on and do it later in Settings → Providers.")
                                  : tr("Herald sends SMS through a Kannel gateway. Fill in its settings and test the "
                                       "connection; or go on and do it later in Settings → Providers."),
                            page));
    auto *box = new ProviderBox(page);
    box->setObjectName(email ? QStringLiteral("setupEmail") : QStringLiteral("setupSms"));
    box->setSession(m_session);
    box->setChannel(email ? ChannelKind::Email : ChannelKind::Sms, true);
    layout->addWidget(box, 1);
    (email ? m_email : m_sms) = box;
    page->setFinalPage(true); // what follows may be left for later
    return page;
}

QWizardPage *SetupAssistant::senderPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Who your email comes from (optional)"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro(tr("The name and address recipients see. More senders (SMS sender IDs, caller IDs from "
                               "number pools) are added in Settings → Senders. Leave it empty to skip."),
                            page));
    auto *form = new QFormLayout;
    page->setFinalPage(true);
    m_senderName = new QLineEdit(page);
    m_senderName->setObjectName(QStringLiteral("setupSenderName"));
    m_senderAddress = new QLineEdit(page);
    m_senderAddress->setObjectName(QStringLiteral("setupSenderAddress"));
    m_senderAddress->setPlaceholderText(QStringLiteral("news@example.com"));
    m_senderReplyTo = new QLineEdit(page);
    m_senderReplyTo->setObjectName(QStringLiteral("setupSenderReplyTo"));
    m_senderReplyTo->setPlaceholderText(tr("optional: where replies go"));
    form->addRow(tr("From &name:"), m_senderName);
    form->addRow(tr("From &address:"), m_senderAddress);
    form->addRow(tr("&Reply-to:"), m_senderReplyTo);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage *SetupAssistant::teammatesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Teammates (optional)"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro(tr("Who else works in Herald: a reviewer approves each campaign's content before it "
                               "runs; managers build and run campaigns. More in Settings → People."),
                            page));
    m_teammates = new QTableWidget(0, 3, page);
    m_teammates->setObjectName(QStringLiteral("setupTeammates"));
    m_teammates->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Role")});
    m_teammates->horizontalHeader()->setStretchLastSection(true);
    m_teammates->verticalHeader()->hide();
    layout->addWidget(m_teammates, 1);
    auto *add = new QPushButton(tr("Add &teammate"), page);
    add->setObjectName(QStringLiteral("setupAddTeammate"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, page, [this] {
        const int row = m_teammates->rowCount();
        m_teammates->insertRow(row);
        m_teammates->setItem(row, 0, new QTableWidgetItem);
        m_teammates->setItem(row, 1, new QTableWidgetItem);
        auto *role = new QComboBox(m_teammates);
        for (Role r : allValues<Role>())
            role->addItem(label(r), int(r));
        role->setCurrentIndex(role->findData(int(row == 0 ? Role::Reviewer : Role::Manager)));
        m_teammates->setCellWidget(row, 2, role);
        m_teammates->setCurrentCell(row, 0);
        m_teammates->editItem(m_teammates->item(row, 0));
    });
    return page;
}

void SetupAssistant::refuse(const QString &message)
{
    Dialogs::warn(this, tr("Set up Herald"), message);
}

bool SetupAssistant::validateCurrentPage()
{
    return apply(currentId());
}

void SetupAssistant::accept()
{
    // Finish on an earlier page: the steps after it are left out, and the organisation
    // is set up all the same.
    if (currentId() != Teammates && !apply(Teammates))
        return;
    QWizard::accept();
}

bool SetupAssistant::apply(int id)
{
    switch (id) {
    case Organisation: {
        const QString window = m_windowOn->isChecked() ? m_windowFrom->time().toString(QStringLiteral("HH:mm")) + u'-'
                                                             + m_windowTo->time().toString(QStringLiteral("HH:mm"))
                                                       : QString();
        auto t = TenantService(*m_session.db, m_session.user)
                     .configure(m_tenantName, m_orgName->text(), m_timeZone->currentText(), window);
        if (!t) {
            refuse(t.error().shown());
            return false;
        }
        m_tenantName = t->name;
        return true;
    }
    case You: {
        auto me = PeopleService(*m_session.db, m_session.tenantId, m_session.user)
                      .update(m_session.user.name, m_adminName->text(), m_adminEmail->text());
        if (!me) {
            refuse(me.error().shown());
            return false;
        }
        m_session.user.name = me->name; // who acts from now on
        m_session.user.email = me->email;
        return true;
    }
    case Email:
    case Sms: {
        ProviderBox *box = id == Email ? m_email : m_sms;
        return !box->isModified() || box->save(); // untouched: skipped
    }
    case Sender: {
        if (m_senderName->text().trimmed().isEmpty() && m_senderAddress->text().trimmed().isEmpty())
            return true;
        SenderService senders(*m_session.db, m_session.tenantId, m_session.user);
        SenderService::Changes what;
        what.name = m_senderName->text();
        what.address = m_senderAddress->text();
        what.replyTo = m_senderReplyTo->text();
        // Back and Next again: the sender made the first time is changed, not made twice.
        auto existing = senders.find(m_senderName->text(), ChannelKind::Email);
        auto done = existing ? senders.edit(QString::number(existing->id), ChannelKind::Email, what)
                             : senders.add(ChannelKind::Email, what);
        if (!done) {
            refuse(done.error().shown());
            return false;
        }
        return true;
    }
    case Teammates: {
        PeopleService people(*m_session.db, m_session.tenantId, m_session.user);
        for (int row = 0; row < m_teammates->rowCount(); ++row) {
            const QString name = m_teammates->item(row, 0) ? m_teammates->item(row, 0)->text().trimmed() : QString();
            if (name.isEmpty())
                continue;
            const QString email = m_teammates->item(row, 1) ? m_teammates->item(row, 1)->text() : QString();
            const auto *role = static_cast<QComboBox *>(m_teammates->cellWidget(row, 2));
            if (auto existing = TenantRepository(*m_session.db).userByName(m_session.tenantId, name))
                continue; // added on an earlier Finish that failed later
            auto added = people.add(name, Role(role->currentData().toInt()), email);
            if (!added) {
                refuse(added.error().shown());
                return false;
            }
        }
        auto done = TenantService(*m_session.db, m_session.user).markSetUp(m_tenantName);
        if (!done) {
            refuse(done.error().shown());
            return false;
        }
        emit statusMessage(tr("%1 is set up.").arg(m_tenantName));
        return true;
    }
    }
    return true;
}

} // namespace herald
