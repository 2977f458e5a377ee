#include "contactsview.h"

#include "audience/contactservice.h"
#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/readonlytable.h"
#include "common/shown.h"
#include "communicationstable.h"
#include "contactdialog.h"
#include "domain/permissions.h"
#include "models/timetext.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace herald {

namespace {
constexpr int kPage = 500;
}

ContactsView::ContactsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search name, email, phone or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    leftLayout->addWidget(m_search);
    m_table = readOnlyTable(QStringLiteral("contactTable"),
                            {tr("Name"), tr("Email"), tr("Phone"), tr("Time zone"), tr("Tags")}, left);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_table, 1);
    m_empty = EmptyState::over(m_table, QStringLiteral("contactsEmpty")); // the texts: refresh()
    m_empty->setCondition([this] { return m_session.valid(); });
    auto *bottom = new QHBoxLayout;
    m_found_label = new QLabel(left);
    m_found_label->setObjectName(QStringLiteral("contactFound"));
    m_found_label->setWordWrap(true); // long in some languages; the splitter may be narrow
    m_new = new QPushButton(tr("&New contact…"), left);
    m_new->setObjectName(QStringLiteral("contactNew"));
    m_edit = new QPushButton(tr("&Edit…"), left);
    m_edit->setObjectName(QStringLiteral("contactEdit"));
    bottom->addWidget(m_found_label, 1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_edit);
    leftLayout->addLayout(bottom);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_record = new QLabel(right);
    m_record->setObjectName(QStringLiteral("contactRecord"));
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rightLayout->addWidget(m_record);
    auto *tagsRow = new QHBoxLayout;
    auto *tagsLabel = new QLabel(tr("&Tags:"), right);
    m_tags = new QLineEdit(right);
    m_tags->setObjectName(QStringLiteral("contactTags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. vip, newsletter"));
    tagsLabel->setBuddy(m_tags);
    m_saveTags = new QPushButton(tr("Save tags"), right);
    m_saveTags->setObjectName(QStringLiteral("contactSaveTags"));
    tagsRow->addWidget(tagsLabel);
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_saveTags);
    rightLayout->addLayout(tagsRow);
    rightLayout->addWidget(new QLabel(tr("<b>Communications</b>: every message, reply and opt-out, newest first"), right));
    m_communications = new CommunicationsTable(CommunicationsTable::About::Contact, right);
    m_communications->setObjectName(QStringLiteral("contactCommunications"));
    m_communications->setAccessibleName(tr("Communications with the contact"));
    m_communications->setAccessibleDescription(tr("Every message, reply and opt-out, newest first"));
    rightLayout->addWidget(m_communications, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_found.size())
            showRecord(m_found.at(row).id);
    });
    connect(m_saveTags, &QPushButton::clicked, this, [this] { saveTags(m_tags->text()); });
    connect(m_new, &QPushButton::clicked, this, &ContactsView::newContact);
    connect(m_edit, &QPushButton::clicked, this, &ContactsView::editContact);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editContact(); });
    connect(m_tags, &QLineEdit::returnPressed, this, [this] { saveTags(m_tags->text()); });
}

void ContactsView::setSession(const Session &session)
{
    m_session = session;
    m_current = 0;
    refresh();
}

void ContactsView::search(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    refresh();
}

void ContactsView::refresh()
{
    if (!m_session.valid())
        return;
    auto found = AudienceRepository(*m_session.db, m_session.tenantId).findContacts(m_search->text(), 0, kPage + 1);
    if (!found) {
        m_found_label->setText(found.error().shown());
        return;
    }
    const bool more = found->size() > kPage;
    m_found = found->mid(0, kPage);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_found.size()));
    int selected = -1;
    for (int r = 0; r < m_found.size(); ++r) {
        const Contact &c = m_found.at(r);
        const QStringList cells{QString(c.firstName + u' ' + c.lastName).trimmed(), c.email, c.phone, c.timeZone,
                                c.tags.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
        if (c.id == m_current)
            selected = r;
    }
    m_table->resizeColumnsToContents();
    m_found_label->setText(more ? tr("The first %1 matches: refine the search to see others.").arg(kPage)
                                : tr("%1 contacts").arg(QLocale().toString(m_found.size())));
    if (selected >= 0)
        m_table->selectRow(selected);
    const bool mayEdit = Permissions::permits(m_session.user.role, Action::EditContacts);
    m_tags->setReadOnly(!mayEdit);
    m_saveTags->setEnabled(mayEdit && m_current != 0);
    m_new->setEnabled(mayEdit);
    m_edit->setEnabled(mayEdit && m_current != 0);
    if (!mayEdit)
        m_saveTags->setToolTip(tr("Only managers and administrators edit contacts."));
    // An empty table says why: no contacts yet (import them), or none match (clear the search).
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty()) {
        m_empty->setTexts(tr("No contacts yet"),
                          tr("Import a CSV file of contacts into a list; New contact… adds one by hand."),
                          tr("Import contacts…"), [this] { emit importRequested(); });
        m_empty->setActionEnabled(Permissions::permits(m_session.user.role, Action::ImportContacts),
                                  tr("Only managers and administrators import contacts."));
    } else {
        m_empty->setTexts(tr("No contacts match “%1”").arg(typed),
                          tr("The search looks at names, email addresses, phone numbers and tags."),
                          tr("Clear the search"), [this] { search(QString()); });
        m_empty->setActionEnabled(true);
    }
    m_empty->updateVisibility();
}

bool ContactsView::selectContact(Id contactId)
{
    for (int r = 0; r < m_found.size(); ++r)
        if (m_found.at(r).id == contactId) {
            m_table->selectRow(r);
            return m_current == contactId;
        }
    return false;
}

void ContactsView::showRecord(Id contactId)
{
    AudienceRepository audience(*m_session.db, m_session.tenantId);
    auto contacts = audience.contactsByIds({contactId});
    if (!contacts || contacts->isEmpty())
        return;
    const Contact c = contacts->first();
    m_current = c.id;
    QString html = u"<h3>" + QString(c.firstName + u' ' + c.lastName).trimmed().toHtmlEscaped() + u"</h3><table>";
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td><i>" + label.toHtmlEscaped() + u"</i>&nbsp;&nbsp;</td><td>" + value.toHtmlEscaped()
                  + u"</td></tr>";
    };
    row(tr("Email"), c.email);
    row(tr("Phone"), c.phone);
    row(tr("Telegram chat"), c.telegramChat);
    if (c.telegramChat.isEmpty()) // what to send the contact so that they link their chat with the bot
        row(tr("Telegram link"),
            shown(ContactService(*m_session.db, m_session.tenantId, m_session.user).telegramLink(c.id), this));
    row(tr("Viber user"), c.viberUser);
    if (c.viberUser.isEmpty())
        row(tr("Viber link"),
            shown(ContactService(*m_session.db, m_session.tenantId, m_session.user).viberLink(c.id), this));
    // Each browser by its push service, when it subscribed and when a push last reached it.
    const auto browsers = shown(ChannelAddressRepository(*m_session.db, m_session.tenantId).subscriptions(c.id), this);
    for (const PushSubscription &s : browsers)
        row(tr("Push subscription"),
            s.lastSuccessAt.isValid()
                ? tr("%1, since %2, last delivered %3")
                      .arg(QUrl(s.endpoint).host(), TimeText::shortText(s.createdAt), TimeText::shortText(s.lastSuccessAt))
                : tr("%1, since %2").arg(QUrl(s.endpoint).host(), TimeText::shortText(s.createdAt)));
    row(tr("Time zone"), c.timeZone);
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        row(it.key(), it.value());
    row(tr("Lists"), shown(audience.listsOf(c.id), this).join(QStringLiteral(", ")));
    row(tr("Added"), TimeText::shortText(c.createdAt));
    html += u"</table>";
    m_record->setText(html);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_saveTags->setEnabled(Permissions::permits(m_session.user.role, Action::EditContacts));
    m_edit->setEnabled(Permissions::permits(m_session.user.role, Action::EditContacts));
    m_communications->show(shown(Communications::ofContact(*m_session.db, m_session.tenantId, c.id), this));
}

bool ContactsView::newContact()
{
    return runDialog(Contact{});
}

bool ContactsView::editContact()
{
    if (m_current == 0)
        return false;
    auto found = AudienceRepository(*m_session.db, m_session.tenantId).contactsByIds({m_current});
    return found && !found->isEmpty() && runDialog(found->first());
}

bool ContactsView::runDialog(const Contact &contact)
{
    if (!Permissions::permits(m_session.user.role, Action::EditContacts))
        return false;
    ContactDialog dialog(m_session, contact, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const Contact saved = dialog.saved();
    m_current = saved.id;
    if (contact.id == 0)
        m_search->setText(saved.email.isEmpty() ? saved.phone : saved.email); // show the new one
    m_searchDelay->stop();
    refresh();
    selectContact(saved.id);
    showRecord(saved.id);
    emit statusMessage(contact.id == 0 ? tr("Contact added.") : tr("Contact saved."));
    return true;
}

bool ContactsView::saveTags(const QString &tags)
{
    if (m_current == 0 || !Permissions::permits(m_session.user.role, Action::EditContacts))
        return false;
    if (const Status st = ContactService(*m_session.db, m_session.tenantId, m_session.user)
                              .setTags(m_current, tags.split(u',', Qt::SkipEmptyParts));
        !st) {
        Dialogs::warn(this, tr("Tags not saved"), st.error().shown());
        return false;
    }
    refresh();
    showRecord(m_current);
    emit statusMessage(tr("Tags saved."));
    return true;
}

} // namespace herald
