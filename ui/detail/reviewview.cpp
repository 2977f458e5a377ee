#include "reviewview.h"

#include "common/dialogs.h"
#include "common/readonlytable.h"
#include "common/shown.h"
#include "content/emailcontent.h"
#include "dispatch/runservice.h"
#include "domain/permissions.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflightservice.h"
#include "models/timetext.h"
#include "storage/catalogrepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace herald {

ReviewView::ReviewView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    top->addWidget(m_state, 1);
    m_approve = new QPushButton(tr("A&pprove"), this); // &A: the detail page's Actions
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    m_comment = new QPushButton(tr("Co&mment…"), this);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    for (QPushButton *b : {m_approve, m_reject, m_comment})
        top->addWidget(b);
    layout->addLayout(top);
    m_lint = new QLabel(this);
    m_lint->setObjectName(QStringLiteral("reviewLint"));
    m_lint->setWordWrap(true);
    m_lint->setTextFormat(Qt::RichText);
    layout->addWidget(m_lint);
    m_content = new QTextBrowser(this);
    m_content->setObjectName(QStringLiteral("reviewContent"));
    m_content->setOpenLinks(false); // nothing is fetched or followed from content under review
    m_content->setAccessibleName(tr("Content under review"));
    layout->addWidget(m_content, 2);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    m_history = readOnlyTable(QStringLiteral("reviewHistory"), {tr("When"), tr("Who"), tr("What"), tr("Comment")}, this);
    m_history->setAccessibleName(tr("Review history"));
    layout->addWidget(m_history, 1);

    connect(m_approve, &QPushButton::clicked, this, [this] { approve(); });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        const QString why = askComment(tr("Reject content"), tr("What should change before you approve it?"), tr("Reject"));
        if (!why.isEmpty())
            reject(why);
    });
    connect(m_comment, &QPushButton::clicked, this, [this] {
        const QString text = askComment(tr("Comment"), tr("Your comment on the content:"), tr("Comment"));
        if (!text.isEmpty())
            comment(text);
    });
}

void ReviewView::setSession(const Session &session)
{
    m_session = session;
}

void ReviewView::show(const QString &campaignReference)
{
    m_reference = campaignReference;
    m_stale = true;
    if (isVisible())
        refresh();
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReviewView::refresh()
{
    if (!m_session.valid() || m_reference.isEmpty())
        return;
    m_stale = false;
    CampaignService service(*m_session.db, m_session.tenantId, m_session.user);
    auto o = service.overview(m_reference);
    if (!o) {
        m_state->setText(o.error().shown());
        return;
    }
    const Campaign &c = o->campaign;
    const auto reviewer = c.reviewerId ? CatalogRepository(*m_session.db, m_session.tenantId).byId(CatalogKind::Reviewer, *c.reviewerId)
                                       : Result<CatalogEntry>(Error::notFound(QString()));
    const QString who = reviewer ? reviewer->name : tr("no reviewer chosen");
    if (c.approvalCurrent())
        m_state->setText(tr("<b>Approved</b> %1 (reviewer: %2).").arg(TimeText::shortText(c.approvedAt), who));
    else if (c.approvedAt.isValid())
        m_state->setText(tr("<b>Changed since it was approved</b> on %1: %2 must approve it again before it runs.")
                             .arg(TimeText::shortText(c.approvedAt), who));
    else
        m_state->setText(tr("<b>Not approved yet</b> (reviewer: %1).").arg(who));

    // The content, as plain text: nothing in it is rendered, fetched or run.
    QString text;
    for (const CampaignChannel &ch : c.channels) {
        auto content = RunService::channelContent(*m_session.db, m_session.tenantId, c, ch);
        text += u"\u2500\u2500 " + displayName(ch.kind) + u" \u2500\u2500\n";
        if (!content) {
            text += content.error().shown() + u"\n\n";
            continue;
        }
        const auto part = [&](const char *key) { return content->value(QLatin1StringView(key)).toString(); };
        if (ch.kind == ChannelKind::Email)
            text += tr("From: %1").arg(part("from")) + u'\n';
        if (!part("subject").isEmpty())
            text += tr("Subject: %1").arg(part("subject")) + u'\n';
        if (!part("preheader").isEmpty())
            text += tr("Preheader: %1").arg(part("preheader")) + u'\n';
        for (const Attachment &a : EmailContent::fromJson(content->value(QLatin1StringView("attachments")).toArray()))
            text += tr("Attachment: %1 (%2, %3, SHA-256 %4)")
                        .arg(a.fileName, a.mimeType, EmailContent::sizeText(a.size), a.sha256.left(16))
                    + u'\n';
        text += part("body") + u"\n\n";
        if (!part("text_body").isEmpty())
            text += tr("Text part:") + u'\n' + part("text_body") + u"\n\n";
    }
    m_content->setPlainText(text.isEmpty() ? tr("This campaign has no channels yet.") : text);

    QStringList lint;
    const auto findings = service.preflight(m_reference, RunKind::Live);
    for (const Finding &f : shown(findings, this))
        if (f.code.startsWith(QLatin1StringView("content.")) || f.code.startsWith(QLatin1StringView("template.")))
            lint << u"\u26a0 " + f.shown().toHtmlEscaped() + u" \u2014 " + f.fix.shown().toHtmlEscaped();
    m_lint->setText(lint.isEmpty() ? tr("No findings about the content.") : lint.join(QStringLiteral("<br>")));

    const QList<CampaignReview> history = shown(service.reviews(m_reference), this);
    m_history->setRowCount(int(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const CampaignReview &h = history.at(r);
        const QStringList cells{TimeText::shortText(h.at), h.actor, h.action, h.comment};
        for (int col = 0; col < cells.size(); ++col)
            m_history->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_history->resizeColumnsToContents();

    const bool decides = Permissions::permits(m_session.user.role, Action::ApproveCampaigns);
    const bool open = o->status != CampaignStatus::Completed && o->status != CampaignStatus::Archived;
    m_approve->setEnabled(decides && open && c.reviewerId && !c.approvalCurrent());
    m_reject->setEnabled(decides && open && c.reviewerId.has_value());
    m_comment->setEnabled(Permissions::permits(m_session.user.role, Action::CommentOnCampaigns));
    if (!decides)
        m_approve->setToolTip(tr("Reviewers and admins approve content."));
}

QString ReviewView::askComment(const QString &title, const QString &prompt, const QString &action)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(prompt, &dialog));
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("reviewCommentText"));
    edit->setTabChangesFocus(true);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    ok->setEnabled(false);
    connect(edit, &QPlainTextEdit::textChanged, ok, [edit, ok] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return {};
    return edit->toPlainText().trimmed();
}

bool ReviewView::approve(const QString &comment)
{
    auto done = CampaignService(*m_session.db, m_session.tenantId, m_session.user).approve(m_reference, comment);
    if (!done) {
        Dialogs::warn(this, tr("Approve"), done.error().shown());
        return false;
    }
    refresh();
    emit changed();
    emit statusMessage(tr("Approved the content of %1.").arg(PreflightService::subjectText(done->campaign).shown()));
    return true;
}

bool ReviewView::reject(const QString &comment)
{
    auto done = CampaignService(*m_session.db, m_session.tenantId, m_session.user).reject(m_reference, comment);
    if (!done) {
        Dialogs::warn(this, tr("Reject"), done.error().shown());
        return false;
    }
    refresh();
    emit changed();
    emit statusMessage(tr("Sent the content of %1 back.").arg(PreflightService::subjectText(done->campaign).shown()));
    return true;
}

bool ReviewView::comment(const QString &text)
{
    if (const Status st = CampaignService(*m_session.db, m_session.tenantId, m_session.user).comment(m_reference, text);
        !st) {
        Dialogs::warn(this, tr("Comment"), st.error().shown());
        return false;
    }
    refresh();
    return true;
}

} // namespace herald
