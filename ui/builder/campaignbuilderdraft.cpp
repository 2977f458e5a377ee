// A channel's text drafted from the campaign's goal and writer: by the tenant's writer
// endpoint when Settings name one, else (or when it gives none, if the person agrees) by
// the built-in writer.
#include "campaignbuilder.h"

#include "campaignbuilderfields.h"
#include "common/dialogs.h"
#include "content/draftwriter.h"
#include "content/writerendpoint.h"
#include "storage/contentrepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QPlainTextEdit>

namespace herald {

using builder::comboId;

bool CampaignBuilder::draftChannel(ChannelKind kind)
{
    ChannelEditor &e = m_channels[kind];
    const auto goalId = comboId(m_goal);
    const auto writerId = comboId(m_writer);
    if (!goalId || !writerId || !e.text) {
        Dialogs::warn(this, tr("Draft from the writer"),
                      tr("Choose the goal and the writer on the Basics page first: the draft follows them."));
        return false;
    }
    ContentRepository content(*m_session.db, m_session.tenantId);
    auto goal = content.goal(*goalId);
    auto writer = content.writer(*writerId);
    if (!goal || !writer) {
        Dialogs::warn(this, tr("Draft from the writer"), (goal ? writer.error() : goal.error()).shown());
        return false;
    }
    if (m_chat) {
        emit statusMessage(tr("A draft is on its way from the writer's endpoint."));
        return false;
    }
    if (!e.text->toPlainText().trimmed().isEmpty()
        && !Dialogs::confirm(this, tr("Draft from the writer"),
                             tr("Replace the %1 text with a new draft from %2?").arg(displayName(kind), writer->name),
                             tr("Replace")))
        return false;
    const WriterBrief brief = WriterBrief::of(*writer);
    const auto builtIn = [this, kind, goal = *goal, brief, name = writer->name](const QString &why) {
        if (!Dialogs::confirm(
                this, tr("Draft from the writer"),
                tr("The writer's endpoint gave no draft: %1\n\nUse the built-in writer's draft instead?").arg(why),
                tr("Use the built-in draft")))
            return;
        applyDraft(kind, DraftWriter::draft(goal, brief, kind), name);
    };
    const auto endpoint =
        WriterEndpointSettings(*m_session.db, m_session.tenantId, m_session.user).load().value_or(WriterEndpoint{});
    if (!endpoint.configured()) {
        applyDraft(kind, DraftWriter::draft(*goal, brief, kind), writer->name);
        return true;
    }
    auto settings = WriterEndpointSettings::chatSettings(endpoint);
    if (!settings) {
        builtIn(settings.error().shown());
        return true;
    }
    m_chat = new ChatCompletions(*settings, this);
    const QString source = writer->name + u" (" + endpoint.model + u')';
    connect(m_chat, &ChatCompletions::drafted, this, [this, kind, source](const Draft &d) {
        m_chat->deleteLater();
        m_chat = nullptr;
        applyDraft(kind, d, source);
        emit drafted(kind);
    });
    connect(m_chat, &ChatCompletions::failed, this, [this, builtIn, kind](const QString &why) {
        m_chat->deleteLater();
        m_chat = nullptr;
        builtIn(why);
        emit drafted(kind);
    });
    emit statusMessage(tr("Asking %1 for a draft…").arg(endpoint.url.host()));
    m_chat->requestDraft(*goal, brief, kind);
    return true;
}

void CampaignBuilder::applyDraft(ChannelKind kind, const Draft &d, const QString &source)
{
    ChannelEditor &e = m_channels[kind];
    e.text->setPlainText(d.body);
    e.templateCombo->setCurrentIndex(0); // the text, not a template
    e.box->setChecked(true);
    emit statusMessage(d.notes.isEmpty() ? tr("Drafted the %1 text from %2.").arg(displayName(kind), source)
                                         : tr("Drafted the %1 text from %2; %3.")
                                               .arg(displayName(kind), source, d.notes.join(QStringLiteral("; "))));
}

} // namespace herald
