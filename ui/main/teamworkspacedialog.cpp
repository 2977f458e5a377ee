#include "teamworkspacedialog.h"

#include "common/dialogs.h"
#include "providers/keyring.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herald {

namespace {

constexpr int kRecentMax = 8;
const QString kRecentKey = QStringLiteral("teamWorkspaces/recent");

} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Team Workspace"));
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    auto *intro = new QLabel(tr("A team workspace is a PostgreSQL database your team shares. You work in it as your "
                                "database login; your admin gives you one."),
                             this);
    intro->setWordWrap(true);

    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->addItem(tr("New connection"));
    for (const QVariantMap &c : recent())
        m_recent->addItem(tr("%1 on %2 as %3")
                              .arg(c.value(QStringLiteral("database")).toString(), c.value(QStringLiteral("host")).toString(),
                                   c.value(QStringLiteral("login")).toString()),
                          c);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("herald"), this);
    m_database->setObjectName(QStringLiteral("database"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass, a service file or the server decides"));
    m_keep = new QCheckBox(tr("Keep the password in the system keyring"), this);
    m_keep->setObjectName(QStringLiteral("keepPassword"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Open)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamWorkspaceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            fill(m_recent->itemData(index).toMap());
    });
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
    else
        m_login->setText(qEnvironmentVariable("USER"));
    resize(520, sizeHint().height());
}

void TeamWorkspaceDialog::fill(const QVariantMap &c)
{
    m_host->setText(c.value(QStringLiteral("host")).toString());
    m_port->setValue(c.value(QStringLiteral("port"), 5432).toInt());
    m_database->setText(c.value(QStringLiteral("database")).toString());
    m_login->setText(c.value(QStringLiteral("login")).toString());
    m_password->clear();
    m_keep->setChecked(c.value(QStringLiteral("keyring")).toBool());
}

QVariantMap TeamWorkspaceDialog::connection() const
{
    return {{QStringLiteral("host"), m_host->text().trimmed()},
            {QStringLiteral("port"), m_port->value()},
            {QStringLiteral("database"), m_database->text().trimmed()},
            {QStringLiteral("login"), m_login->text().trimmed()},
            {QStringLiteral("keyring"), m_keep->isChecked()}};
}

QString TeamWorkspaceDialog::conninfoOf(const QVariantMap &c)
{
    QStringList parts;
    if (const QString host = c.value(QStringLiteral("host")).toString(); !host.isEmpty())
        parts << u"host=" + Database::conninfoValue(host);
    parts << u"port=" + QString::number(c.value(QStringLiteral("port")).toInt());
    parts << u"dbname=" + Database::conninfoValue(c.value(QStringLiteral("database")).toString());
    if (const QString login = c.value(QStringLiteral("login")).toString(); !login.isEmpty())
        parts << u"user=" + Database::conninfoValue(login);
    parts << QStringLiteral("connect_timeout=10");
    return parts.join(u' ');
}

QList<QVariantMap> TeamWorkspaceDialog::recent()
{
    QList<QVariantMap> out;
    for (const QVariant &v : QSettings().value(kRecentKey).toList())
        out.append(v.toMap());
    return out;
}

QString TeamWorkspaceDialog::passwordKey(const QString &conninfo)
{
    return u"team workspace " + conninfo;
}

bool TeamWorkspaceDialog::passwordKept(const QString &conninfo)
{
    for (const QVariantMap &c : recent())
        if (conninfoOf(c) == conninfo)
            return c.value(QStringLiteral("keyring")).toBool();
    return false;
}

void TeamWorkspaceDialog::accept()
{
    const QVariantMap c = connection();
    if (c.value(QStringLiteral("database")).toString().isEmpty()) {
        m_error->setText(tr("Name the database (ask your admin; often \"herald\")."));
        m_error->show();
        m_database->setFocus();
        return;
    }
    const QString info = conninfoOf(c);
    QString password = m_password->text();
    if (password.isEmpty() && m_keep->isChecked() && passwordKept(info))
        password = keyring::read(passwordKey(info)).value_or(QString());
    m_error->setText(tr("Connecting…"));
    m_error->show();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto db = Database::openPostgres(info, Database::Mode::OpenExisting, password);
    QGuiApplication::restoreOverrideCursor();
    if (!db) {
        m_error->setText(db.error().shown());
        return;
    }
    if (m_keep->isChecked() && !m_password->text().isEmpty())
        if (auto st = keyring::write(passwordKey(info), m_password->text()); !st) {
            Dialogs::warn(this, tr("Password not kept"),
                          tr("Connected, but the password could not be kept in the keyring: %1").arg(st.error().shown()));
            m_keep->setChecked(false);
        }
    if (!m_keep->isChecked() && passwordKept(info))
        (void)keyring::remove(passwordKey(info)); // no longer to be kept: nothing stays behind
    QVariantList list{connection()};
    for (const QVariantMap &old : recent())
        if (conninfoOf(old) != info && list.size() < kRecentMax)
            list.append(old);
    QSettings().setValue(kRecentKey, list);
    m_conninfo = info;
    m_usedPassword = password;
    QDialog::accept();
}

} // namespace herald
