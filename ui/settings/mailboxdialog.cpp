#include "mailboxdialog.h"

#include "common/dialogs.h"
#include "mailbox/inboundmailbox.h"
#include "mailbox/mailboxsettings.h"
#include "providers/settingsjson.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace herald {

MailboxDialog::MailboxDialog(const Session &session, const Tenant &tenant, QWidget *parent)
    : QDialog(parent), m_session(session), m_tenant(tenant)
{
    setWindowTitle(tr("Mailbox of %1").arg(tenant.name));
    const auto stored = MailboxSettings::withoutPassword(tenant.mailbox);
    const MailboxSettings s = stored.value_or(MailboxSettings{});
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Bounces, spam complaints and replies come back to this mailbox. Herald reads it over "
                                "TLS wherever it sends: a hard bounce fails its message and stops further mail to the "
                                "address, a complaint opts the recipient out, replies appear in Communications. With a "
                                "bounce address, each email is sent from its own address under it, so that every "
                                "bounce finds its message."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_host = new QLineEdit(s.host, this);
    m_host->setObjectName(QStringLiteral("mailboxHost"));
    m_host->setPlaceholderText(tr("e.g. imap.example.org; empty for none"));
    form->addRow(tr("IMAP &server:"), m_host);
    auto *security = new QHBoxLayout;
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("mailboxTls"));
    m_tls->addItem(tr("TLS (port 993)"), QStringLiteral("implicit"));
    m_tls->addItem(tr("STARTTLS (port 143)"), QStringLiteral("starttls"));
    m_tls->setCurrentIndex(s.tls == MailboxSettings::Tls::StartTls ? 1 : 0);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("mailboxPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(stored ? s.port : 993);
    m_port->setAccessibleName(tr("Port"));
    security->addWidget(m_tls, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    security->addWidget(portLabel);
    security->addWidget(m_port);
    auto *securityLabel = new QLabel(tr("&Security:"), this);
    securityLabel->setBuddy(m_tls);
    form->addRow(securityLabel, security);
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_port->value() == 993 || m_port->value() == 143)
            m_port->setValue(index == 0 ? 993 : 143);
    });
    m_folder = new QLineEdit(s.folder, this);
    m_folder->setObjectName(QStringLiteral("mailboxFolder"));
    form->addRow(tr("&Folder:"), m_folder);
    m_user = new QLineEdit(s.user, this);
    m_user->setObjectName(QStringLiteral("mailboxUser"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("mailboxPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(stored ? tr("unchanged; type to replace (kept in the system keyring)")
                                          : tr("kept in the system keyring"));
    form->addRow(tr("&Password:"), m_password);
    auto *ca = new QHBoxLayout;
    m_caFile = new QLineEdit(s.caFile, this);
    m_caFile->setObjectName(QStringLiteral("mailboxCaFile"));
    m_caFile->setPlaceholderText(tr("only for a server with a private certificate"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    ca->addWidget(m_caFile, 1);
    ca->addWidget(browse);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, ca);
    m_bounce = new QLineEdit(s.bounceAddress, this);
    m_bounce->setObjectName(QStringLiteral("mailboxBounceAddress"));
    m_bounce->setPlaceholderText(tr("e.g. bounces@example.org: mail sent from bounces+…@example.org"));
    form->addRow(tr("&Bounce address:"), m_bounce);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("mailboxInterval"));
    m_interval->setRange(1, 1440);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(std::max(1, s.intervalSecs / 60));
    form->addRow(tr("&Read every:"), m_interval);
    auto *actions = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("mailboxTest"));
    m_read = new QPushButton(tr("Read &now"), this);
    m_read->setObjectName(QStringLiteral("mailboxReadNow"));
    m_read->setToolTip(tr("Reads the saved mailbox now"));
    actions->addWidget(m_test);
    actions->addWidget(m_read);
    actions->addStretch();
    form->addRow(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mailboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);
    form->addRow(Dialogs::saveCancel(this));
    connect(m_test, &QPushButton::clicked, this, &MailboxDialog::testConnection);
    connect(m_read, &QPushButton::clicked, this, &MailboxDialog::readNow);
    connect(m_host, &QLineEdit::textChanged, this, &MailboxDialog::updateEnabled);
    updateEnabled();
}

QString MailboxDialog::settingsJson() const
{
    if (m_host->text().trimmed().isEmpty())
        return {};
    const QJsonObject stored = QJsonDocument::fromJson(m_tenant.mailbox.toUtf8()).object();
    QJsonObject o{{QStringLiteral("host"), m_host->text().trimmed()},
                  {QStringLiteral("port"), m_port->value()},
                  {QStringLiteral("tls"), m_tls->currentData().toString()},
                  {QStringLiteral("interval_secs"), m_interval->value() * 60}};
    const auto text = [&o](const char *key, const QLineEdit *edit) {
        if (!edit->text().trimmed().isEmpty())
            o.insert(QLatin1StringView(key), edit->text().trimmed());
    };
    text("folder", m_folder);
    text("user", m_user);
    text("ca_file", m_caFile);
    text("bounce_address", m_bounce);
    for (const QString &key : SettingsJson::passwordSources()) // where the stored password is
        if (stored.contains(key))
            o.insert(key, stored.value(key));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString MailboxDialog::typedPassword() const
{
    return m_password->text();
}

void MailboxDialog::updateEnabled()
{
    const bool idle = !m_task.isRunning();
    m_test->setEnabled(idle && !m_host->text().trimmed().isEmpty());
    m_read->setEnabled(idle && !m_tenant.mailbox.isEmpty());
}

void MailboxDialog::run(const QString &doing, std::function<Answer(const Database &)> work)
{
    m_status->setText(doing);
    m_task.start(*m_session.db, std::move(work));
    updateEnabled();
}

void MailboxDialog::showAnswer(const Answer &answer)
{
    const auto &[ok, text] = answer;
    m_status->setText(text);
    updateEnabled();
    emit answered(ok, text);
}

void MailboxDialog::testConnection()
{
    Tenant draft = m_tenant;
    draft.mailbox = settingsJson();
    const QString password = typedPassword();
    // probe() opens no database connection (the handle is only InboundMailbox's to hold).
    run(tr("Connecting…"), [user = m_session.user, draft, password](const Database &db) {
        const Status st = InboundMailbox(db, draft, user).probe(password);
        return Answer(bool(st), st ? tr("Connected: logged in over TLS and opened the folder.") : st.error().shown());
    });
}

void MailboxDialog::readNow()
{
    run(tr("Reading the mailbox…"), [user = m_session.user, tenant = m_tenant](const Database &db) {
        const auto poll = InboundMailbox(db, tenant, user).poll();
        if (!poll)
            return Answer(false, poll.error().shown());
        return Answer(true, tr("Read %n mail(s): ", nullptr, poll->read)
               + tr("%1 hard bounces, %2 soft bounces, %3 complaints, %4 replies, %5 automatic replies, "
                    "%6 unsubscribes, %7 unmatched.")
                     .arg(poll->bouncesHard)
                     .arg(poll->bouncesSoft)
                     .arg(poll->complaints)
                     .arg(poll->replies)
                     .arg(poll->autoReplies)
                     .arg(poll->unsubscribes)
                     .arg(poll->unmatched));
    });
}

} // namespace herald
