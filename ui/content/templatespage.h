#pragma once

#include "common/session.h"
#include "domain/contact.h"
#include "domain/messagetemplate.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace herald {

class SafeHtmlView;

// Templates: the list, the editor and a live preview for a sample contact.
// Email: from name, subject, preheader, HTML body, text body (empty: made from the HTML)
// and attachments. SMS: the text with its length in characters and segments. Phone: the
// call script. The preview merges the fields for the chosen contact, renders the HTML
// without loading anything (SafeHtmlView) and lists what a reviewer would be warned
// about. Saving a template used by campaigns makes their approval stale, so the page
// says which campaigns before it saves; leaving unsaved changes asks first.
class TemplatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPage)

public:
    explicit TemplatesPage(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();

    // What the buttons do (tests call them directly).
    void newTemplate(ChannelKind kind);
    bool save();
    bool deleteCurrent();
    bool addAttachment(const QString &path);
    void removeAttachment(int row);
    bool select(const QString &name);
    // Asks what to do with unsaved changes; false: stay.
    bool mayLeave();
    bool isModified() const { return m_modified; }
    void updatePreview(); // at once, instead of after the typing pause

signals:
    void statusMessage(const QString &message);

private:
    QWidget *editor();
    QWidget *preview();
    void show(const MessageTemplate &t);
    MessageTemplate fromForm() const;
    void setModified(bool modified);
    void edited();
    void showKind(ChannelKind kind);
    void fillAttachments();
    void fillSamples();
    void insertField(const QString &field);
    void updateEnabled();

    Session m_session;
    MessageTemplate m_current; // as loaded or last saved; id 0 for a new one
    QList<Attachment> m_attachments;
    QList<Contact> m_samples;
    QStringList m_customFields; // the tenant's, read on refresh: the preview runs as you type
    bool m_modified = false;
    bool m_filling = false;
    QTimer *m_previewDelay = nullptr;

    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_kind = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_attachmentBox = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_preheader = nullptr;
    QLabel *m_preheaderNote = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_textBody = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QLabel *m_attachmentTotal = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_detach = nullptr;
    QLabel *m_smsSize = nullptr;
    QComboBox *m_fields = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;

    QComboBox *m_sample = nullptr;
    QLabel *m_header = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QTabWidget *m_emailTabs = nullptr;
    SafeHtmlView *m_html = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_bubble = nullptr;
    QLabel *m_findings = nullptr;
};

} // namespace herald
