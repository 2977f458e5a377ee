#include "templatespage.h"

#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/shown.h"
#include "content/libraryservice.h"
#include "content/mergefields.h"
#include "storage/audiencerepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

// The page: the template list beside the editor (templatesform.cpp) and the preview
// (templatespreview.cpp), and moving between templates.

namespace herald {

TemplatesPage::TemplatesPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    auto *empty = EmptyState::over(m_list, QStringLiteral("templatesEmpty"));
    empty->setTexts(tr("No templates yet"), tr("A template is the message a channel sends. Write the first one on "
                                               "the right and Save; New template starts one for SMS, a call "
                                               "script, Telegram, Viber or Web Push."));
    empty->setCondition([this] { return m_session.valid(); });
    leftLayout->addWidget(m_list, 1);
    m_new = new QPushButton(tr("Ne&w template"), left);
    m_new->setObjectName(QStringLiteral("templateNew"));
    auto *newMenu = new QMenu(m_new);
    for (ChannelKind kind : {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone, ChannelKind::Telegram,
                             ChannelKind::Viber, ChannelKind::WebPush})
        newMenu->addAction(kind == ChannelKind::Phone ? tr("Call script") : displayName(kind), this,
                           [this, kind] { newTemplate(kind); });
    m_new->setMenu(newMenu);
    leftLayout->addWidget(m_new);
    splitter->addWidget(left);
    splitter->addWidget(editor());
    splitter->addWidget(preview());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 520, 460});
    layout->addWidget(splitter);

    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(200);
    connect(m_previewDelay, &QTimer::timeout, this, &TemplatesPage::updatePreview);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item, QListWidgetItem *previous) {
        if (!item || m_filling || item->data(Qt::UserRole).toLongLong() == m_current.id)
            return;
        if (!mayLeave()) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(previous);
            return;
        }
        auto t = LibraryService(*m_session.db, m_session.tenantId, m_session.user)
                     .messageTemplate(QString::number(item->data(Qt::UserRole).toLongLong()));
        if (t)
            show(*t);
        else
            emit statusMessage(t.error().shown());
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
}

void TemplatesPage::setSession(const Session &session)
{
    m_session = session;
    m_current = MessageTemplate{};
    m_attachments.clear();
    setModified(false);
    refresh();
}

void TemplatesPage::refresh()
{
    if (!m_session.valid())
        return;
    const auto templates = LibraryService(*m_session.db, m_session.tenantId, m_session.user).templates();
    if (!templates) { // keep what is shown rather than an empty list that looks real
        emit statusMessage(tr("Templates could not be read: %1").arg(templates.error().shown()));
        return;
    }
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const MessageTemplate &t : *templates) {
            if (t.deleted)
                continue;
            auto *item = new QListWidgetItem(t.name, m_list);
            item->setData(Qt::UserRole, t.id);
            item->setToolTip(displayName(t.kind));
            if (t.id == m_current.id)
                m_list->setCurrentItem(item);
        }
    }
    const QSignalBlocker block(m_fields);
    m_fields->clear();
    m_fields->addItem(tr("Choose a field…"));
    m_customFields = shown(AudienceRepository(*m_session.db, m_session.tenantId).customFieldNames(), this);
    for (const QString &f : MergeFields::standard() + m_customFields)
        m_fields->addItem(u"{{" + f + u"}}", f);
    fillSamples();
    if (m_current.id == 0 && !m_modified) {
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        else { // a starting point on an empty list: nothing to save until someone types
            newTemplate(ChannelKind::Email);
            setModified(false);
        }
    }
    updateEnabled();
}

bool TemplatesPage::select(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_list->setCurrentItem(items.first());
    return m_current.id == items.first()->data(Qt::UserRole).toLongLong();
}

void TemplatesPage::newTemplate(ChannelKind kind)
{
    if (!mayLeave())
        return;
    MessageTemplate t;
    t.kind = kind;
    t.tenantId = m_session.tenantId;
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    show(t);
    // A start that already passes the reviewer's checks.
    m_filling = true;
    if (kind == ChannelKind::Email)
        m_body->setPlainText(
            QStringLiteral("<html><body>\n<p>Hello {{first_name|there}},</p>\n\n<p></p>\n\n"
                           "<p>{{sender_name}}</p>\n<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>\n"
                           "</body></html>"));
    else if (kind == ChannelKind::Sms || kind == ChannelKind::Telegram || kind == ChannelKind::Viber)
        m_body->setPlainText(QStringLiteral("Hi {{first_name|there}}, . {{opt_out_text}}"));
    m_filling = false;
    setModified(true);
    updatePreview();
    m_name->setFocus();
}

bool TemplatesPage::mayLeave()
{
    if (!m_modified)
        return true;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("New template") : m_name->text().trimmed();
    return Dialogs::mayLeaveUnsaved(
        this, tr("Unsaved template"), tr("Template “%1” has unsaved changes.").arg(name),
        [this] { return save(); }, [this] { setModified(false); });
}

} // namespace herald
