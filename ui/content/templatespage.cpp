#include "templatespage.h"

#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/shown.h"
#include "common/tones.h"
#include "content/contentviews.h"
#include "content/emailcontent.h"
#include "content/htmltext.h"
#include "content/libraryservice.h"
#include "content/mergefields.h"
#include "content/smstext.h"
#include "domain/permissions.h"
#include "lifecycle/preflight.h"
#include "providers/sip/callaudio.h"
#include "providers/smtp/mimemessage.h"
#include "storage/audiencerepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace herald {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QPlainTextEdit *textEdit(const char *name, QWidget *parent, bool code)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setTabChangesFocus(true);
    if (code)
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return e;
}

} // namespace

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
                                               "the right and Save; New template starts one for SMS or a call "
                                               "script."));
    empty->setCondition([this] { return m_session.valid(); });
    leftLayout->addWidget(m_list, 1);
    m_new = button(tr("&New template"), "templateNew", left);
    auto *newMenu = new QMenu(m_new);
    for (ChannelKind kind : {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone})
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

QWidget *TemplatesPage::editor()
{
    auto *box = new QWidget(this);
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_form->addRow(tr("&Name:"), m_name);
    m_kind = new QLabel(box);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_form->addRow(tr("Channel:"), m_kind);
    m_fromName = new QLineEdit(box);
    m_fromName->setObjectName(QStringLiteral("templateFromName"));
    m_fromName->setPlaceholderText(tr("Empty: the name of the campaign's sender"));
    m_form->addRow(tr("&From name:"), m_fromName);
    m_subject = new QLineEdit(box);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_form->addRow(tr("&Subject:"), m_subject);
    m_preheader = new QLineEdit(box);
    m_preheader->setObjectName(QStringLiteral("templatePreheader"));
    m_preheader->setPlaceholderText(tr("The line an inbox shows after the subject"));
    m_form->addRow(tr("&Preheader:"), m_preheader);
    m_preheaderNote = new QLabel(tr("A preheader shows with an HTML body only (one that starts with “<”)."), box);
    m_preheaderNote->setObjectName(QStringLiteral("templatePreheaderNote"));
    m_preheaderNote->setWordWrap(true);
    m_form->addRow(QString(), m_preheaderNote);

    m_body = textEdit("templateBody", box, true);
    m_bodyLabel = new QLabel(tr("&Body:"), box);
    m_bodyLabel->setBuddy(m_body);
    m_form->addRow(m_bodyLabel, m_body);
    m_smsSize = new QLabel(box);
    m_smsSize->setObjectName(QStringLiteral("templateSmsSize"));
    m_smsSize->setWordWrap(true);
    m_form->addRow(QString(), m_smsSize);
    m_fields = new QComboBox(box);
    m_fields->setObjectName(QStringLiteral("templateInsertField"));
    m_fields->setToolTip(tr("Inserts {{field}} where the cursor is; {{field|text}} uses the text when a contact has no value"));
    m_form->addRow(tr("&Insert field:"), m_fields);

    m_textBody = textEdit("templateTextBody", box, false);
    m_textBody->setPlaceholderText(tr("Empty: the text part is made from the HTML body"));
    m_textBody->setMaximumHeight(80);
    m_form->addRow(tr("&Text part:"), m_textBody);

    m_attachmentBox = new QWidget(box);
    m_attachmentBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *files = new QVBoxLayout(m_attachmentBox);
    files->setContentsMargins(0, 0, 0, 0);
    m_attachmentList = new QListWidget(m_attachmentBox);
    m_attachmentList->setObjectName(QStringLiteral("templateAttachments"));
    m_attachmentList->setAccessibleName(tr("Attachments"));
    m_attachmentList->setMaximumHeight(56);
    files->addWidget(m_attachmentList);
    auto *fileButtons = new QHBoxLayout;
    m_attach = button(tr("&Attach…"), "templateAttach", m_attachmentBox);
    m_detach = button(tr("Remove"), "templateDetach", m_attachmentBox);
    m_attachmentTotal = new QLabel(m_attachmentBox);
    m_attachmentTotal->setObjectName(QStringLiteral("templateAttachmentTotal"));
    fileButtons->addWidget(m_attach);
    fileButtons->addWidget(m_detach);
    fileButtons->addWidget(m_attachmentTotal, 1);
    files->addLayout(fileButtons);
    m_form->addRow(tr("Attachments:"), m_attachmentBox);

    auto *buttons = new QHBoxLayout;
    m_delete = button(tr("&Delete…"), "templateDelete", box);
    m_revert = button(tr("Re&vert"), "templateRevert", box);
    m_save = button(tr("&Save"), "templateSave", box);
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_form->addRow(buttons);

    for (QLineEdit *e : {m_name, m_fromName, m_subject, m_preheader})
        connect(e, &QLineEdit::textChanged, this, &TemplatesPage::edited);
    for (QPlainTextEdit *e : {m_body, m_textBody})
        connect(e, &QPlainTextEdit::textChanged, this, &TemplatesPage::edited);
    connect(m_fields, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            insertField(m_fields->itemData(index).toString());
        m_fields->setCurrentIndex(0);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path =
            m_current.kind == ChannelKind::Phone
                ? QFileDialog::getOpenFileName(this, tr("Choose a recording"), QString(),
                                               tr("Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;"
                                                  "All files (*)"))
                : QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            addAttachment(path);
    });
    connect(m_detach, &QPushButton::clicked, this, [this] { removeAttachment(m_attachmentList->currentRow()); });
    connect(m_attachmentList, &QListWidget::currentRowChanged, this, &TemplatesPage::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { show(m_current); });
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteCurrent);
    return box;
}

QWidget *TemplatesPage::preview()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    auto *sampleRow = new QHBoxLayout;
    m_sample = new QComboBox(box);
    m_sample->setObjectName(QStringLiteral("templateSample"));
    auto *sampleLabel = new QLabel(tr("Pre&view for:"), box);
    sampleLabel->setBuddy(m_sample);
    sampleRow->addWidget(sampleLabel);
    sampleRow->addWidget(m_sample, 1);
    layout->addLayout(sampleRow);
    m_header = new QLabel(box);
    m_header->setObjectName(QStringLiteral("templatePreviewHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);

    m_previewStack = new QStackedWidget(box);
    m_emailTabs = new QTabWidget(m_previewStack);
    m_emailTabs->setObjectName(QStringLiteral("templatePreviewTabs"));
    m_html = new SafeHtmlView(m_emailTabs);
    m_html->setObjectName(QStringLiteral("templatePreviewHtml"));
    m_emailTabs->addTab(m_html, tr("HTML"));
    m_text = textEdit("templatePreviewText", m_emailTabs, false);
    m_text->setReadOnly(true);
    m_emailTabs->addTab(m_text, tr("Text"));
    m_previewStack->addWidget(m_emailTabs);
    auto *smsPage = new QWidget(m_previewStack);
    auto *smsLayout = new QVBoxLayout(smsPage);
    m_bubble = new QLabel(smsPage);
    m_bubble->setObjectName(QStringLiteral("templatePreviewBubble"));
    m_bubble->setWordWrap(true);
    m_bubble->setMaximumWidth(340);
    m_bubble->setTextFormat(Qt::PlainText);
    const Tones::Colors bubble = Tones::bubble();
    m_bubble->setStyleSheet(u"QLabel { background: " + bubble.background.name() + u"; color: " + bubble.text.name()
                            + u"; border-radius: 16px; padding: 10px 14px; }");
    smsLayout->addWidget(m_bubble);
    smsLayout->addStretch(1);
    m_previewStack->addWidget(smsPage);
    layout->addWidget(m_previewStack, 1);
    m_blocked = new QLabel(box);
    m_blocked->setObjectName(QStringLiteral("templatePreviewBlocked"));
    m_blocked->setWordWrap(true);
    layout->addWidget(m_blocked);
    m_findings = new QLabel(box);
    m_findings->setObjectName(QStringLiteral("templateFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    layout->addWidget(m_findings);
    connect(m_sample, &QComboBox::currentIndexChanged, this, &TemplatesPage::updatePreview);
    return box;
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

void TemplatesPage::fillSamples()
{
    m_samples = shown(AudienceRepository(*m_session.db, m_session.tenantId).findContacts({}, 0, 20), this);
    const QSignalBlocker block(m_sample);
    const int current = m_sample->currentIndex();
    m_sample->clear();
    m_sample->addItem(tr("A sample contact (Alex Sample)"));
    for (const Contact &c : std::as_const(m_samples)) {
        const QString name = QString(c.firstName + u' ' + c.lastName).trimmed();
        const QString address = c.email.isEmpty() ? c.phone : c.email;
        m_sample->addItem(name.isEmpty() ? address : name + u" \u2014 " + address);
    }
    m_sample->setCurrentIndex(std::clamp(current, 0, m_sample->count() - 1));
}

bool TemplatesPage::select(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_list->setCurrentItem(items.first());
    return m_current.id == items.first()->data(Qt::UserRole).toLongLong();
}

void TemplatesPage::show(const MessageTemplate &t)
{
    m_filling = true;
    m_current = t;
    m_attachments = t.attachments;
    m_name->setText(t.name);
    m_fromName->setText(t.fromName);
    m_subject->setText(t.subject);
    m_preheader->setText(t.preheader);
    m_body->setPlainText(t.body);
    m_textBody->setPlainText(t.textBody);
    fillAttachments();
    showKind(t.kind);
    m_filling = false;
    setModified(false);
    updatePreview();
}

void TemplatesPage::showKind(ChannelKind kind)
{
    const bool email = kind == ChannelKind::Email;
    m_kind->setText(kind == ChannelKind::Phone ? tr("Phone (call script)") : displayName(kind));
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromName, m_subject, m_preheader, m_preheaderNote,
                                                       m_textBody})
        m_form->setRowVisible(w, email);
    // A call script may have one recording, played instead of speaking the script.
    const bool phone = kind == ChannelKind::Phone;
    m_form->setRowVisible(m_attachmentBox, email || phone);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_attachmentBox)))
        label->setText(phone ? tr("Recording:") : tr("Attachments:"));
    m_attach->setText(phone ? tr("Choose &recording…") : tr("&Attach…"));
    m_attach->setToolTip(phone ? tr("A recording (WAV, FLAC, Ogg, ...) played to the callee instead of speaking "
                                    "the script; the script stays as its transcript")
                               : QString());
    m_form->setRowVisible(m_smsSize, kind == ChannelKind::Sms);
    m_bodyLabel->setText(email ? tr("&Body (HTML or text):") : kind == ChannelKind::Sms ? tr("&Text:") : tr("&Script:"));
    m_body->setPlaceholderText(email ? tr("<html><body>…</body></html>, or plain text") : QString());
    m_previewStack->setCurrentIndex(email ? 0 : 1);
}

MessageTemplate TemplatesPage::fromForm() const
{
    MessageTemplate t = m_current;
    t.tenantId = m_session.tenantId;
    t.name = m_name->text().trimmed();
    t.body = m_body->toPlainText();
    if (t.kind == ChannelKind::Email) {
        t.fromName = m_fromName->text().trimmed();
        t.subject = m_subject->text();
        t.preheader = m_preheader->text();
        t.textBody = m_textBody->toPlainText();
    }
    if (t.kind == ChannelKind::Email || t.kind == ChannelKind::Phone)
        t.attachments = m_attachments;
    return t;
}

namespace {

bool sameContent(const MessageTemplate &a, const MessageTemplate &b)
{
    const auto files = [](const MessageTemplate &t) {
        QStringList out;
        for (const Attachment &f : t.attachments)
            out << f.fileName + u'/' + f.sha256;
        return out;
    };
    return a.subject == b.subject && a.body == b.body && a.preheader == b.preheader && a.textBody == b.textBody
           && a.fromName == b.fromName && files(a) == files(b);
}

} // namespace

void TemplatesPage::edited()
{
    if (m_filling)
        return;
    const MessageTemplate t = fromForm();
    setModified(m_current.id == 0 || t.name != m_current.name || !sameContent(t, m_current));
    m_previewDelay->start();
}

void TemplatesPage::setModified(bool modified)
{
    m_modified = modified;
    updateEnabled();
}

void TemplatesPage::updateEnabled()
{
    if (!m_save)
        return;
    const bool mayEdit = Permissions::permits(m_session.user.role, Action::EditTemplates);
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_name, m_fromName, m_subject, m_preheader, m_body,
                                                       m_textBody, m_fields, m_attach})
        w->setEnabled(mayEdit);
    for (QPlainTextEdit *e : {m_body, m_textBody})
        e->setReadOnly(!mayEdit);
    m_detach->setEnabled(mayEdit && m_attachmentList->currentRow() >= 0);
    m_save->setEnabled(mayEdit && m_modified);
    m_revert->setEnabled(m_modified && m_current.id != 0);
    m_delete->setEnabled(mayEdit && m_current.id != 0);
    // Unavailable, saying why (core refuses it anyway).
    const Status may = Permissions::require(m_session.user, Action::EditTemplates);
    for (QPushButton *b : {m_new, m_delete})
        b->setToolTip(may ? QString() : may.error().shown());
    m_save->setToolTip(may ? tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
                           : may.error().shown());
}

void TemplatesPage::fillAttachments()
{
    m_attachmentList->clear();
    qint64 total = 0;
    for (const Attachment &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(a.fileName + u" (" + EmailContent::sizeText(a.size) + u')', m_attachmentList);
        item->setToolTip(a.mimeType + u", SHA-256 " + a.sha256);
        total += a.size;
    }
    if (m_current.kind == ChannelKind::Phone)
        m_attachmentTotal->setText(m_attachments.isEmpty() ? tr("None: spoken") : tr("Played in calls"));
    else
        m_attachmentTotal->setText(m_attachments.isEmpty()
                                       ? tr("None")
                                       : tr("%1 of %2").arg(EmailContent::sizeText(total),
                                                            EmailContent::sizeText(EmailContent::kMaxAttachmentBytes)));
    updateEnabled();
}

bool TemplatesPage::addAttachment(const QString &path)
{
    const bool phone = m_current.kind == ChannelKind::Phone;
    auto file = phone ? CallAudio::readRecording(path) : EmailContent::read(path, m_attachments);
    if (!file) {
        Dialogs::warn(this, tr("Not attached"), file.error().shown());
        return false;
    }
    if (phone) { // one recording: the new one replaces the old
        m_attachments = {*file};
        fillAttachments();
        edited();
        return true;
    }
    for (const Attachment &a : std::as_const(m_attachments))
        if (a.sha256 == file->sha256) {
            Dialogs::inform(this, tr("Already attached"),
                            tr("%1 is attached already, as “%2”.").arg(file->fileName, a.fileName));
            return false;
        }
    m_attachments.append(*file);
    fillAttachments();
    edited();
    return true;
}

void TemplatesPage::removeAttachment(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    fillAttachments();
    edited();
}

void TemplatesPage::insertField(const QString &field)
{
    QWidget *focus = focusWidget();
    const QString text = u"{{" + field + u"}}";
    if (auto *line = qobject_cast<QLineEdit *>(focus); line && line != m_name)
        line->insert(text);
    else if (focus == m_textBody)
        m_textBody->insertPlainText(text);
    else
        m_body->insertPlainText(text);
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
        m_body->setPlainText(QStringLiteral("<html><body>\n<p>Hello {{first_name|there}},</p>\n\n<p></p>\n\n"
                                            "<p>{{sender_name}}</p>\n<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>\n"
                                            "</body></html>"));
    else if (kind == ChannelKind::Sms)
        m_body->setPlainText(QStringLiteral("Hi {{first_name|there}}, . {{opt_out_text}}"));
    m_filling = false;
    setModified(true);
    updatePreview();
    m_name->setFocus();
}

bool TemplatesPage::save()
{
    const MessageTemplate t = fromForm();
    if (t.name.isEmpty()) {
        Dialogs::warn(this, tr("Template not saved"), tr("Give the template a name, then save it again."));
        m_name->setFocus();
        return false;
    }
    LibraryService library(*m_session.db, m_session.tenantId, m_session.user);
    if (t.id != 0 && !sameContent(t, m_current)) {
        const QStringList campaigns = shown(library.campaignsUsing(CatalogKind::Template, t.id), this);
        if (!campaigns.isEmpty()
            && !Dialogs::confirm(this, tr("Save template"),
                                 tr("Template “%1” is used by %2. Saving changes what they send: their "
                                    "reviewers must approve the content again before they run or resume.")
                                     .arg(t.name, campaigns.join(QStringLiteral(", "))),
                                 tr("Save")))
            return false;
    }
    auto saved = library.save(t);
    if (!saved) {
        Dialogs::warn(this, tr("Template not saved"),
                      tr("Template “%1” was not saved: %2").arg(t.name, saved.error().shown()));
        return false;
    }
    m_current = *saved;
    show(m_current);
    refresh();
    emit statusMessage(tr("Template “%1” saved.").arg(t.name));
    return true;
}

bool TemplatesPage::deleteCurrent()
{
    if (m_current.id == 0)
        return false;
    LibraryService library(*m_session.db, m_session.tenantId, m_session.user);
    const QStringList campaigns = shown(library.campaignsUsing(CatalogKind::Template, m_current.id), this);
    QString text = tr("Delete template “%1”?").arg(m_current.name);
    if (!campaigns.isEmpty())
        text += u' ' + tr("%1 use it and will ask for another template in their readiness check; runs that "
                          "started keep what they send.")
                           .arg(campaigns.join(QStringLiteral(", ")));
    if (!Dialogs::confirm(this, tr("Delete template"), text, tr("Delete")))
        return false;
    if (auto removed = library.remove(CatalogKind::Template, QString::number(m_current.id)); !removed) {
        Dialogs::warn(this, tr("Template not deleted"), removed.error().shown());
        return false;
    }
    const QString name = m_current.name;
    m_current = MessageTemplate{};
    setModified(false);
    refresh();
    emit statusMessage(tr("Deleted template “%1”.").arg(name));
    return true;
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

void TemplatesPage::updatePreview()
{
    m_previewDelay->stop();
    if (!m_session.valid())
        return;
    const MessageTemplate t = fromForm();
    const int sample = m_sample->currentIndex() - 1;
    const Contact c = sample >= 0 && sample < m_samples.size()
                          ? m_samples.at(sample)
                          : Contact{0, 0, tr("Alex"), tr("Sample"), QStringLiteral("alex@example.com"),
                                    QStringLiteral("+15550100"), {}, {}, {}, {}};
    const QString senderName = t.fromName.isEmpty() ? tr("Your company") : t.fromName;
    const auto fields = MergeFields::values(c.firstName, c.lastName, c.email, c.phone, tr("Your campaign"), senderName,
                                            MergeFields::sampleUnsubscribeUrl(), c.customFields);
    QStringList notes;
    if (t.kind == ChannelKind::Email) {
        const bool html = MimeMessage::looksLikeHtml(t.body);
        m_form->setRowVisible(m_preheaderNote, !html && !t.preheader.trimmed().isEmpty());
        const QString preheader = MergeFields::apply(t.preheader, fields);
        m_header->setText(tr("<b>From:</b> %1<br><b>Subject:</b> %2").arg(t.fromName.isEmpty() ? tr("(the campaign's sender)") : t.fromName.toHtmlEscaped(),
                                                                           MergeFields::apply(t.subject, fields).toHtmlEscaped())
                          + (html && !preheader.trimmed().isEmpty()
                                 ? u"<br>" + Tones::html(Tones::Tone::Neutral, preheader.toHtmlEscaped())
                                 : QString()));
        if (html) {
            const QString body = MergeFields::apply(t.body, fields, MergeFields::Escape::Html);
            m_html->showHtml(body);
            m_html->document()->size(); // lays it out: the resources it asks for are known now
            m_text->setPlainText(t.textBody.isEmpty() ? HtmlText::toText(body)
                                                      : MergeFields::apply(t.textBody, fields));
            m_emailTabs->setTabText(1, t.textBody.isEmpty() ? tr("Text (made from the HTML)") : tr("Text"));
        } else {
            const QString body = MergeFields::apply(t.body, fields);
            m_html->setPlainText(body);
            m_text->setPlainText(body);
            m_emailTabs->setTabText(1, tr("Text"));
        }
        const bool wasHtml = m_emailTabs->isTabEnabled(0);
        m_emailTabs->setTabEnabled(0, html);
        if (html != wasHtml)
            m_emailTabs->setCurrentIndex(html ? 0 : 1);
        const int blocked = html ? m_html->blockedResources() : 0;
        m_blocked->setText(blocked == 0 ? QString()
                           : blocked == 1 ? tr("1 image or other resource was not loaded: the preview loads nothing.")
                                          : tr("%1 images or other resources were not loaded: the preview loads nothing.")
                                                .arg(blocked));
        if (!t.textBody.isEmpty() && html && t.body.contains(QLatin1StringView("{{unsubscribe_url}}"))
            && !t.textBody.contains(QLatin1StringView("{{unsubscribe_url}}")))
            notes << tr("The text part has no {{unsubscribe_url}}: readers of the text part cannot unsubscribe.");
    } else {
        const QString text = MergeFields::apply(t.body, fields);
        m_header->setText(t.kind == ChannelKind::Sms ? smsSizeText(SmsText::measure(text)).toHtmlEscaped()
                          : t.attachments.isEmpty()
                              ? tr("The script the voice speaks to the callee:")
                              : tr("The recording %1 is played; its transcript:")
                                    .arg(t.attachments.first().fileName.toHtmlEscaped()));
        m_bubble->setText(text);
        m_blocked->clear();
        m_smsSize->setText(tr("As written: %1").arg(smsSizeText(SmsText::measure(t.body))));
    }

    PreflightInput::Channel ch;
    ch.kind = t.kind;
    ch.subject = t.subject;
    ch.content = QStringList{t.subject, t.preheader, t.body, t.textBody}.join(u'\n');
    QStringList lines;
    for (const Finding &f : Preflight::contentFindings(ch, Text(tr("this template")), m_customFields))
        lines << u"\u26a0 " + f.message.shown().toHtmlEscaped() + u" \u2014 " + f.fix.shown().toHtmlEscaped();
    for (const QString &n : std::as_const(notes))
        lines << u"\u26a0 " + n.toHtmlEscaped();
    m_findings->setText(lines.isEmpty() ? tr("✔ Nothing a reviewer would be warned about.")
                                        : lines.join(QStringLiteral("<br>")));
}

} // namespace herald
