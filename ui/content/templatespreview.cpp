#include "templatespage.h"

#include "common/shown.h"
#include "common/tones.h"
#include "content/contentviews.h"
#include "content/htmltext.h"
#include "content/mergefields.h"
#include "content/smstext.h"
#include "lifecycle/preflight.h"
#include "providers/smtp/mimemessage.h"
#include "storage/audiencerepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

// The preview: the template as the chosen sample contact would receive it, and what a
// reviewer would be warned about.

namespace herald {

QWidget *TemplatesPage::preview()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    auto *sampleRow = new QHBoxLayout;
    m_sample = new QComboBox(box);
    m_sample->setObjectName(QStringLiteral("templateSample"));
    auto *sampleLabel = new QLabel(tr("Preview f&or:"), box);
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
    m_text = new QPlainTextEdit(m_emailTabs);
    m_text->setObjectName(QStringLiteral("templatePreviewText"));
    m_text->setTabChangesFocus(true);
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
    m_bubble->setStyleSheet(Tones::bubbleStyle());
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

void TemplatesPage::updatePreview()
{
    m_previewDelay->stop();
    if (!m_session.valid())
        return;
    const MessageTemplate t = fromForm();
    const int sample = m_sample->currentIndex() - 1;
    Contact c;
    if (sample >= 0 && sample < m_samples.size()) {
        c = m_samples.at(sample);
    } else {
        c.firstName = tr("Alex");
        c.lastName = tr("Sample");
        c.email = QStringLiteral("alex@example.com");
        c.phone = QStringLiteral("+15550100");
    }
    const QString senderName = t.fromName.isEmpty() ? tr("Your company") : t.fromName;
    const auto fields = MergeFields::values(c.firstName, c.lastName, c.email, c.phone, tr("Your campaign"), senderName,
                                            MergeFields::sampleUnsubscribeUrl(), MergeFields::samplePushToken(),
                                            c.customFields);
    QStringList notes;
    if (t.kind == ChannelKind::Email) {
        const bool html = MimeMessage::looksLikeHtml(t.body);
        m_form->setRowVisible(m_preheaderNote, !html && !t.preheader.trimmed().isEmpty());
        const QString preheader = MergeFields::apply(t.preheader, fields);
        m_header->setText(tr("<b>From:</b> %1<br><b>Subject:</b> %2")
                              .arg(t.fromName.isEmpty() ? tr("(the campaign's sender)") : t.fromName.toHtmlEscaped(),
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
        m_blocked->setText(
            blocked == 0 ? QString()
            : blocked == 1
                ? tr("1 image or other resource was not loaded: the preview loads nothing.")
                : tr("%1 images or other resources were not loaded: the preview loads nothing.").arg(blocked));
        if (!t.textBody.isEmpty() && html && t.body.contains(QLatin1StringView("{{unsubscribe_url}}"))
            && !t.textBody.contains(QLatin1StringView("{{unsubscribe_url}}")))
            notes << tr("The text part has no {{unsubscribe_url}}: readers of the text part cannot unsubscribe.");
    } else {
        const QString text = MergeFields::apply(t.body, fields);
        const QString file = t.attachments.isEmpty() ? QString() : t.attachments.first().fileName.toHtmlEscaped();
        switch (t.kind) {
        case ChannelKind::Sms:
            m_header->setText(smsSizeText(SmsText::measure(text)).toHtmlEscaped());
            break;
        case ChannelKind::Phone:
            m_header->setText(file.isEmpty() ? tr("The script the voice speaks to the callee:")
                                             : tr("The recording %1 is played; its transcript:").arg(file));
            break;
        case ChannelKind::Telegram:
            m_header->setText(file.isEmpty() ? tr("The message as the chat shows it:")
                                             : tr("The photo %1 goes with this caption:").arg(file));
            break;
        case ChannelKind::WebPush:
            m_header->setText(tr("The notification “%1” reads:")
                                  .arg(MergeFields::apply(t.subject, fields).toHtmlEscaped()));
            break;
        default:
            m_header->setText(tr("The message as it arrives:"));
        }
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
