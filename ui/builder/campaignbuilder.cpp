// The builder's frame (title, activation, save and cancel, banners, sections, readiness),
// opening a campaign, going to what a finding is about, and saving. The pages' fields are
// built in campaignbuilderpages.cpp, filled and read back in campaignbuilderform.cpp, checked
// as they change in campaignbuildercheck.cpp, and drafted in campaignbuilderdraft.cpp.
#include "campaignbuilder.h"

#include "audience/campaignaudience.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "detail/readinesslist.h"
#include "domain/labels.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/editpolicy.h"
#include "lifecycle/preflightservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

namespace herald {

using Tones::Tone;

CampaignBuilder::CampaignBuilder(QWidget *parent)
    : QWidget(parent), m_check(this, [this](const Result<Check> &check) { checked(check); })
{
    setObjectName(QStringLiteral("campaignBuilder"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("builderTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_activated = new QCheckBox(tr("&Activated"), this);
    m_activated->setObjectName(QStringLiteral("builderActivated"));
    m_activated->setToolTip(tr("Only an activated campaign can run or be scheduled; leave it off while the plan is "
                               "still being worked on."));
    header->addWidget(m_activated);
    header->addSpacing(16);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("builderCancel"));
    m_cancel->setToolTip(tr("Leave the campaign without saving (Esc)"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("builderSave"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    header->addWidget(m_cancel);
    header->addWidget(m_save);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("builderBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(Tones::bannerStyle(Tone::Warning));
    m_banner->hide();
    layout->addWidget(m_banner);

    // Someone else saved this campaign while it is open here (a team workspace).
    m_elsewhere = new QFrame(this);
    m_elsewhere->setObjectName(QStringLiteral("builderChangedElsewhere"));
    m_elsewhere->setFrameShape(QFrame::StyledPanel);
    const Tones::Colors info = Tones::banner(Tone::Info);
    m_elsewhere->setStyleSheet(u"#builderChangedElsewhere { background: " + info.background.name()
                               + u"; border: 1px solid " + info.border.name()
                               + u"; border-radius: 3px; } QLabel { color: " + info.text.name() + u"; }");
    auto *elsewhere = new QHBoxLayout(m_elsewhere);
    m_elsewhereText = new QLabel(m_elsewhere);
    m_elsewhereText->setObjectName(QStringLiteral("builderChangedElsewhereText"));
    m_elsewhereText->setWordWrap(true);
    elsewhere->addWidget(m_elsewhereText, 1);
    m_reload = new QPushButton(tr("&Reload"), m_elsewhere);
    m_reload->setObjectName(QStringLiteral("builderReload"));
    m_reload->setToolTip(tr("Show the campaign as it is saved now; your unsaved changes are dropped"));
    auto *dismiss = new QPushButton(tr("Dis&miss"), m_elsewhere);
    dismiss->setObjectName(QStringLiteral("builderDismissElsewhere"));
    elsewhere->addWidget(m_reload);
    elsewhere->addWidget(dismiss);
    m_elsewhere->hide();
    layout->addWidget(m_elsewhere);
    connect(m_reload, &QPushButton::clicked, this, [this] { reload(); });
    connect(dismiss, &QPushButton::clicked, m_elsewhere, &QWidget::hide);

    auto *body = new QHBoxLayout;
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("builderSections"));
    m_sections->setAccessibleName(tr("Campaign sections"));
    // Letters free beside the page's fields, &Activated, &Save, &Cancel and the menus.
    m_sections->addTab(basicsPage(), tr("&Basics"));
    m_sections->addTab(channelsPage(), tr("Chann&els"));
    m_sections->addTab(audiencePage(), tr("Aud&ience"));
    m_sections->addTab(launchPage(), tr("La&unch"));
    body->addWidget(m_sections, 3);

    auto *readinessBox = new QGroupBox(tr("Readiness"), this);
    auto *readinessLayout = new QVBoxLayout(readinessBox);
    m_readinessSummary = new QLabel(readinessBox);
    m_readinessSummary->setObjectName(QStringLiteral("builderReadinessSummary"));
    m_readinessSummary->setWordWrap(true);
    readinessLayout->addWidget(m_readinessSummary);
    m_readiness = new ReadinessList(readinessBox);
    m_readiness->setObjectName(QStringLiteral("builderReadiness"));
    readinessLayout->addWidget(m_readiness, 1);
    body->addWidget(readinessBox, 2);
    layout->addLayout(body, 1);

    m_checkDelay = new QTimer(this);
    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(300);
    connect(m_checkDelay, &QTimer::timeout, this, &CampaignBuilder::startCheck);
    connect(m_readiness, &ReadinessList::fixRequested, this, [this](const Finding &f) {
        if (sectionFor(f))
            focusFinding(f);
        else
            Dialogs::inform(this, tr("How to fix"), f.message.shown() + u"\n\n" + f.fix.shown());
    });
    connect(m_activated, &QCheckBox::toggled, this, &CampaignBuilder::changed);
    connect(m_save, &QPushButton::clicked, this, &CampaignBuilder::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (mayLeave())
            emit closed();
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &CampaignBuilder::save);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, m_cancel, &QPushButton::click);
}

// Here, where the check's audience type is complete; the check task waits for a running check.
CampaignBuilder::~CampaignBuilder() = default;

void CampaignBuilder::setSession(const Session &session)
{
    m_session = session;
}

void CampaignBuilder::startNew()
{
    Campaign c;
    c.tenantId = m_session.tenantId;
    c.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    c.sendAt = QDateTime::currentDateTimeUtc().addDays(1);
    m_original = c;
    m_banner->hide();
    m_elsewhere->hide();
    fill(c);
    m_sections->setCurrentIndex(int(Section::Basics));
    m_name->setFocus();
    if (!isVisible())
        m_focusOnShow = m_name; // a hidden page keeps no focus: showEvent() gives it
}

void CampaignBuilder::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (QWidget *target = m_focusOnShow) {
        m_focusOnShow = nullptr;
        target->setFocus(Qt::OtherFocusReason);
    }
}

bool CampaignBuilder::edit(const QString &reference, const std::optional<Finding> &fix)
{
    CampaignService service(*m_session.db, m_session.tenantId, m_session.user);
    auto o = service.overview(reference);
    if (!o) {
        Dialogs::warn(this, tr("Edit campaign"), o.error().shown());
        return false;
    }
    const Text subject = PreflightService::subjectText(o->campaign);
    const Status configuration = EditPolicy::mayEdit(o->status, EditPolicy::Edit::Configuration, subject);
    const Status content = EditPolicy::mayEdit(o->status, EditPolicy::Edit::Content, subject);
    if (!configuration && !content) {
        Dialogs::warn(this, tr("Edit campaign"), configuration.error().shown());
        return false;
    }
    m_original = o->campaign;
    m_elsewhere->hide();
    // Paused takes content edits only: say so before anyone types.
    m_banner->setVisible(!configuration);
    if (!configuration)
        m_banner->setText(configuration.error().shown());
    fill(o->campaign);
    m_sections->setCurrentIndex(int(Section::Basics));
    if (fix)
        focusFinding(*fix);
    return true;
}

void CampaignBuilder::changedElsewhere(const QString &login)
{
    if (m_original.id == 0)
        return;
    const QString who = login.isEmpty() ? tr("Someone") : login;
    const auto tell = [this](const QString &text, bool offerReload) {
        m_elsewhereText->setText(text);
        m_reload->setVisible(offerReload);
        m_elsewhere->show();
    };
    CampaignService service(*m_session.db, m_session.tenantId, m_session.user);
    auto o = service.overview(QString::number(m_original.id));
    if (!o)
        return tell(tr("%1 changed this campaign elsewhere, and it cannot be read now: %2").arg(who, o.error().shown()),
                    false);
    if (o->campaign == m_original)
        return; // nothing this form shows changed (a run started, a review was added)
    const Text subject = PreflightService::subjectText(o->campaign);
    if (const Status may = EditPolicy::mayEdit(o->status, EditPolicy::Edit::Content, subject); !may)
        return tell(tr("%1 changed this campaign elsewhere: %2").arg(who, may.error().shown()), false);
    if (!m_modified && reload())
        return tell(tr("%1 changed this campaign elsewhere; the form shows it as saved now.").arg(who), false);
    tell(tr("%1 changed this campaign elsewhere since you opened it. Reload to see their changes (yours are "
            "dropped), or keep editing: saving replaces their changes.")
             .arg(who),
         true);
}

bool CampaignBuilder::reload()
{
    const int section = m_sections->currentIndex();
    if (!edit(QString::number(m_original.id)))
        return false;
    m_sections->setCurrentIndex(section);
    return true;
}

std::optional<CampaignBuilder::Section> CampaignBuilder::sectionFor(const Finding &f)
{
    const QString area = f.code.section(u'.', 0, 0);
    if (area == u"segment")
        return Section::Audience;
    if (area == u"template" || area == u"content" || area == u"sender" || f.code == u"channel.missing")
        return Section::Channels;
    if (area == u"goal" || area == u"writer" || f.code == u"reviewer.missing" || f.code == u"reviewer.deleted"
        || f.code == u"campaign.not_activated")
        return Section::Basics;
    return std::nullopt;
}

CampaignBuilder::Section CampaignBuilder::currentSection() const
{
    return Section(m_sections->currentIndex());
}

bool CampaignBuilder::showSection(const QString &name)
{
    static const QStringList names{QStringLiteral("basics"), QStringLiteral("channels"), QStringLiteral("audience"),
                                   QStringLiteral("launch")};
    const qsizetype index = names.indexOf(name.toLower());
    if (index < 0)
        return false;
    m_sections->setCurrentIndex(int(index));
    return true;
}

void CampaignBuilder::focusFinding(const Finding &f)
{
    const auto section = sectionFor(f);
    if (!section)
        return;
    m_sections->setCurrentIndex(int(*section));
    QWidget *target = nullptr;
    const QString area = f.code.section(u'.', 0, 0);
    if (*section == Section::Channels) {
        const ChannelKind kind = f.channel.value_or(ChannelKind::Email);
        const ChannelEditor &e = m_channels[kind];
        if (auto *scroll = qobject_cast<QScrollArea *>(m_sections->currentWidget()))
            scroll->ensureWidgetVisible(e.box);
        target = area == u"sender" ? static_cast<QWidget *>(e.sender)
                 : f.channel       ? static_cast<QWidget *>(e.templateCombo)
                                   : static_cast<QWidget *>(e.box);
    } else if (*section == Section::Audience) {
        target = m_contactList;
    } else {
        target = area == u"goal"       ? static_cast<QWidget *>(m_goal)
                 : area == u"writer"   ? static_cast<QWidget *>(m_writer)
                 : area == u"reviewer" ? static_cast<QWidget *>(m_reviewer)
                                       : static_cast<QWidget *>(m_activated);
    }
    target->setFocus(Qt::OtherFocusReason);
    if (!isVisible())
        m_focusOnShow = target;
}

QString CampaignBuilder::subjectText() const
{
    return m_original.id == 0 ? tr("the new campaign") : PreflightService::subjectText(m_original).shown();
}

bool CampaignBuilder::mayLeave()
{
    return !m_modified
           || Dialogs::mayLeaveUnsaved(
               this, tr("Unsaved changes"), tr("Save the changes to %1 before leaving?").arg(subjectText()),
               [this] {
                   save();
                   return !m_modified;
               },
               [this] { m_modified = false; });
}

void CampaignBuilder::save()
{
    const Campaign c = campaign();
    if (c.name.isEmpty()) {
        m_sections->setCurrentIndex(int(Section::Basics));
        m_name->setFocus();
        return Dialogs::warn(this, tr("Save campaign"), tr("Give the campaign a name before saving it."));
    }
    markFieldErrors(c); // what was typed since the last check counts too
    if (!m_rulesError->isHidden() || !m_recurrenceError->isHidden()) {
        m_sections->setCurrentIndex(int(!m_rulesError->isHidden() ? Section::Audience : Section::Launch));
        return Dialogs::warn(this, tr("Save campaign"),
                             tr("Correct the marked field first: %1")
                                 .arg(!m_rulesError->isHidden() ? m_rulesError->text() : m_recurrenceError->text()));
    }
    CampaignService service(*m_session.db, m_session.tenantId, m_session.user);
    auto result = c.id == 0 ? service.create(c) : service.update(c);
    if (!result)
        return Dialogs::warn(this, tr("Save campaign"), result.error().shown());
    const bool contentReapproval = m_original.id != 0 && m_original.approvalCurrent()
                                   && !result->campaign.approvalCurrent();
    m_original = result->campaign;
    m_modified = false;
    emit statusMessage(contentReapproval
                           ? tr("Saved %1: the content changed, so it needs the reviewer's approval again.")
                                 .arg(PreflightService::subjectText(result->campaign).shown())
                           : tr("Saved %1 (%2).")
                                 .arg(PreflightService::subjectText(result->campaign).shown(), label(result->status)));
    emit saved(result->campaign.id);
}

} // namespace herald
