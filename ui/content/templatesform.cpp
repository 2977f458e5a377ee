#include "templatespage.h"

#include "common/dialogs.h"
#include "common/shown.h"
#include "content/emailcontent.h"
#include "content/libraryservice.h"
#include "domain/permissions.h"
#include "providers/sip/callaudio.h"
#include "providers/telegram/telegramphoto.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

// The editor: the form for the template's fields, its attachments or recording, and
// saving or deleting what it holds.

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
    m_fields->setToolTip(
        tr("Inserts {{field}} where the cursor is; {{field|text}} uses the text when a contact has no value"));
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
            : m_current.kind == ChannelKind::Telegram
                ? QFileDialog::getOpenFileName(this, tr("Choose a photo"), QString(),
                                               tr("Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)"))
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
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromName, m_preheader, m_preheaderNote, m_textBody})
        m_form->setRowVisible(w, email);
    // A push notification's title is the template's subject.
    const bool push = kind == ChannelKind::WebPush;
    m_form->setRowVisible(m_subject, email || push);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_subject)))
        label->setText(push ? tr("Tit&le:") : tr("&Subject:"));
    // A call script may have one recording, played instead of speaking the script; a
    // Telegram message one photo, its text the caption.
    const bool phone = kind == ChannelKind::Phone;
    const bool telegram = kind == ChannelKind::Telegram;
    m_form->setRowVisible(m_attachmentBox, email || phone || telegram);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_attachmentBox)))
        label->setText(phone ? tr("Recording:") : telegram ? tr("Photo:") : tr("Attachments:"));
    m_attach->setText(phone ? tr("Choose &recording…") : telegram ? tr("Choose &photo…") : tr("&Attach…"));
    m_attach->setToolTip(phone ? tr("A recording (WAV, FLAC, Ogg, ...) played to the callee instead of speaking "
                                    "the script; the script stays as its transcript")
                         : telegram ? tr("A picture (JPEG, PNG or WebP, at most 10 MB) sent with the text as its "
                                         "caption (at most 1024 characters)")
                                    : QString());
    m_form->setRowVisible(m_smsSize, kind == ChannelKind::Sms);
    m_bodyLabel->setText(email ? tr("&Body (HTML or text):") : phone ? tr("S&cript:") : tr("&Text:"));
    m_body->setPlaceholderText(email ? tr("<html><body>…</body></html>, or plain text") : QString());
    m_previewStack->setCurrentIndex(email ? 0 : 1);
}

MessageTemplate TemplatesPage::fromForm() const
{
    MessageTemplate t = m_current;
    t.tenantId = m_session.tenantId;
    t.name = m_name->text().trimmed();
    t.body = m_body->toPlainText();
    if (t.kind == ChannelKind::Email || t.kind == ChannelKind::WebPush)
        t.subject = m_subject->text();
    if (t.kind == ChannelKind::Email) {
        t.fromName = m_fromName->text().trimmed();
        t.preheader = m_preheader->text();
        t.textBody = m_textBody->toPlainText();
    }
    if (t.kind == ChannelKind::Email || t.kind == ChannelKind::Phone || t.kind == ChannelKind::Telegram)
        t.attachments = m_attachments;
    return t;
}

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
    else if (m_current.kind == ChannelKind::Telegram)
        m_attachmentTotal->setText(m_attachments.isEmpty() ? tr("None: text only") : tr("The text is its caption"));
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
    const bool telegram = m_current.kind == ChannelKind::Telegram;
    auto file = phone      ? CallAudio::readRecording(path)
                : telegram ? telegramphoto::read(path)
                           : EmailContent::read(path, m_attachments);
    if (!file) {
        Dialogs::warn(this, tr("Not attached"), file.error().shown());
        return false;
    }
    if (phone || telegram) { // one recording or photo: the new one replaces the old
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

} // namespace herald
