#include "contactdialog.h"

#include "audience/contactservice.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "storage/audiencerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace herald {

namespace {

QLineEdit *line(const QString &text, const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

} // namespace

ContactDialog::ContactDialog(const Session &session, const Contact &contact, QWidget *parent)
    : QDialog(parent), m_session(session), m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id == 0 ? tr("New contact")
                                   : tr("Edit %1").arg(QString(contact.firstName + u' ' + contact.lastName).trimmed()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_first = line(contact.firstName, "contactFirstName", this);
    form->addRow(tr("&First name:"), m_first);
    m_last = line(contact.lastName, "contactLastName", this);
    form->addRow(tr("&Last name:"), m_last);
    m_email = line(contact.email, "contactEmail", this);
    m_email->setPlaceholderText(tr("ada@example.com"));
    form->addRow(tr("&Email:"), m_email);
    auto *phoneRow = new QHBoxLayout;
    m_phone = line(contact.phone, "contactPhone", this);
    m_phone->setPlaceholderText(tr("+44 7700 900123, or a national number of the region"));
    const QString localRegion = QLocale().name().section(u'_', 1, 1);
    m_region = line(localRegion.size() == 2 ? localRegion : QStringLiteral("US"), "contactRegion", this);
    m_region->setMaximumWidth(48);
    m_region->setToolTip(tr("The region (ISO code, e.g. GB) of numbers written without “+”"));
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(new QLabel(tr("Region:"), this));
    phoneRow->addWidget(m_region);
    auto *phoneLabel = new QLabel(tr("&Phone:"), this);
    phoneLabel->setBuddy(m_phone);
    form->addRow(phoneLabel, phoneRow);
    m_telegram = line(contact.telegramChat, "contactTelegramChat", this);
    m_telegram->setPlaceholderText(tr("the chat id the bot writes to, e.g. 123456789"));
    m_telegram->setToolTip(tr("Telegram gives the chat id when the contact starts a chat with the tenant's bot"));
    form->addRow(tr("Tele&gram chat:"), m_telegram);
    m_viber = line(contact.viberUser, "contactViberUser", this);
    m_viber->setPlaceholderText(tr("the Viber user id the bot writes to"));
    form->addRow(tr("&Viber user:"), m_viber);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("contactTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(contact.timeZone);
    form->addRow(tr("&Time zone:"), m_timeZone);
    m_tags = line(contact.tags.join(QStringLiteral(", ")), "contactTagsEdit", this);
    m_tags->setPlaceholderText(tr("comma-separated, e.g. vip, newsletter"));
    form->addRow(tr("T&ags:"), m_tags);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Custom fields (merge fields such as {{Shop}}):"), this));
    m_fields = new QTableWidget(0, 2, this);
    m_fields->setObjectName(QStringLiteral("contactFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->verticalHeader()->setVisible(false);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setMaximumHeight(130);
    for (auto it = contact.customFields.cbegin(); it != contact.customFields.cend(); ++it)
        addFieldRow(it.key(), it.value());
    layout->addWidget(m_fields);
    auto *fieldButtons = new QHBoxLayout;
    auto *addField = new QPushButton(tr("Add field"), this);
    addField->setObjectName(QStringLiteral("contactAddField"));
    auto *removeField = new QPushButton(tr("Remove field"), this);
    removeField->setObjectName(QStringLiteral("contactRemoveField"));
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch(1);
    layout->addLayout(fieldButtons);
    connect(addField, &QPushButton::clicked, this, [this] {
        addFieldRow({}, {});
        m_fields->editItem(m_fields->item(m_fields->rowCount() - 1, 0));
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
    });

    layout->addWidget(new QLabel(tr("In the lists:"), this));
    m_lists = new QListWidget(this);
    m_lists->setObjectName(QStringLiteral("contactLists"));
    m_lists->setMaximumHeight(110);
    AudienceRepository audience(*session.db, session.tenantId);
    QStringList member;
    QString readError; // said under the form once it is built
    if (contact.id != 0) {
        auto lists = audience.listsOf(contact.id);
        member = lists.value_or({});
        if (!lists)
            readError = lists.error().shown();
    }
    auto allLists = audience.lists();
    if (!allLists)
        readError = allLists.error().shown();
    for (const ContactList &l : allLists.value_or({})) {
        auto *item = new QListWidgetItem(l.name, m_lists);
        item->setData(Qt::UserRole, l.id);
        item->setCheckState(member.contains(l.name) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_lists);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Tones::textStyle(Tones::Tone::Error));
    m_error->setVisible(!readError.isEmpty());
    if (!readError.isEmpty())
        m_error->setText(tr("The contact's lists could not be read: %1").arg(readError));
    layout->addWidget(m_error);
    layout->addWidget(Dialogs::saveCancel(this));
    resize(520, 640);
}

void ContactDialog::addFieldRow(const QString &name, const QString &value)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, 0, new QTableWidgetItem(name));
    m_fields->setItem(row, 1, new QTableWidgetItem(value));
}

void ContactDialog::accept()
{
    Contact c = m_contact;
    c.firstName = m_first->text();
    c.lastName = m_last->text();
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.telegramChat = m_telegram->text();
    c.viberUser = m_viber->text();
    c.timeZone = m_timeZone->currentText();
    c.tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    c.customFields.clear();
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const QString name = m_fields->item(r, 0) ? m_fields->item(r, 0)->text() : QString();
        const QString value = m_fields->item(r, 1) ? m_fields->item(r, 1)->text() : QString();
        if (!name.trimmed().isEmpty() || !value.trimmed().isEmpty())
            c.customFields.insert(name, value);
    }
    QList<Id> lists;
    for (int i = 0; i < m_lists->count(); ++i)
        if (m_lists->item(i)->checkState() == Qt::Checked)
            lists << m_lists->item(i)->data(Qt::UserRole).toLongLong();
    auto saved = ContactService(*m_session.db, m_session.tenantId, m_session.user).save(c, m_region->text().trimmed(), lists);
    if (!saved) {
        m_error->setText(tr("Not saved: %1").arg(saved.error().shown()));
        m_error->show();
        // To the field the reason names (in English whatever the language shown).
        const QString why = saved.error().message;
        QWidget *field = why.startsWith(u"email") ? static_cast<QWidget *>(m_email)
                         : why.startsWith(u"phone") || why.startsWith(u"a contact needs") ? static_cast<QWidget *>(m_phone)
                         : why.startsWith(u"Telegram")                                    ? static_cast<QWidget *>(m_telegram)
                         : why.startsWith(u"Viber")                                       ? static_cast<QWidget *>(m_viber)
                         : why.startsWith(u"time zone")                                   ? static_cast<QWidget *>(m_timeZone)
                                                                                          : nullptr;
        if (field)
            field->setFocus();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace herald
