#include "campaignbuilder.h"

#include "audience/campaignaudience.h"
#include "audience/segmentrules.h"
#include "common/dialogs.h"
#include "common/shown.h"
#include "common/tones.h"
#include "contacts/segmenteditor.h"
#include "content/contentviews.h"
#include "content/draftwriter.h"
#include "content/smstext.h"
#include "content/writerendpoint.h"
#include "detail/readinesslist.h"
#include "domain/labels.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/editpolicy.h"
#include "lifecycle/preflight.h"
#include "lifecycle/preflightservice.h"
#include "models/timetext.h"
#include "schedule/recurrence.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace herald {

using Tones::Tone;

namespace {

constexpr int kNoneId = 0;
constexpr int kTemplateBodyRole = Qt::UserRole + 1; // a template's text, to measure it

std::optional<Id> comboId(const QComboBox *combo)
{
    const Id id = combo->currentData().toLongLong();
    return id == kNoneId ? std::nullopt : std::optional<Id>(id);
}

// Selects `id`; one no longer offered (deleted since) is added so the form shows the truth.
void setComboId(QComboBox *combo, std::optional<Id> id, const QString &missingName)
{
    int index = combo->findData(QVariant::fromValue<qlonglong>(id.value_or(kNoneId)));
    if (index < 0) {
        combo->addItem(missingName, QVariant::fromValue<qlonglong>(*id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

// `ids` in `stored`'s order when they are the same set, so an untouched list compares equal.
QList<Id> sameOrder(QList<Id> ids, const QList<Id> &stored)
{
    QList<Id> a = ids, b = stored;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b ? stored : ids;
}

void setCheckedIds(QListWidget *list, const QList<Id> &ids)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                : Qt::Unchecked);
}

QStringList lines(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

// A form at the top of its page, rows at their natural height.
QFormLayout *formOn(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

bool usesText(ChannelKind kind)
{
    return kind != ChannelKind::Email;
}

} // namespace

CampaignBuilder::CampaignBuilder(QWidget *parent) : QWidget(parent)
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
    // Letters free beside the page's fields, &Activated, &Save, &Cancel, &Tenant: and the menus.
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
    connect(&m_watcher, &QFutureWatcher<Result<Check>>::finished, this, [this] {
        if (m_checkAgain) {
            m_checkAgain = false;
            return startCheck();
        }
        const auto check = m_watcher.result();
        if (!check) {
            m_readinessSummary->setText(tr("Could not check the campaign: %1").arg(check.error().shown()));
            return;
        }
        showCheck(*check);
    });
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

CampaignBuilder::~CampaignBuilder()
{
    m_watcher.waitForFinished();
}

QWidget *CampaignBuilder::basicsPage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("builderName"));
    m_name->setPlaceholderText(tr("What the team calls it, e.g. Spring sale"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("builderDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);
    m_tags = new QLineEdit(page);
    m_tags->setObjectName(QStringLiteral("builderTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. spring, retail"));
    form->addRow(tr("&Tags:"), m_tags);
    m_goal = new QComboBox(page);
    m_goal->setObjectName(QStringLiteral("builderGoal"));
    form->addRow(tr("&Goal:"), m_goal);
    m_writer = new QComboBox(page);
    m_writer->setObjectName(QStringLiteral("builderWriter"));
    form->addRow(tr("&Writer:"), m_writer);
    m_reviewer = new QComboBox(page);
    m_reviewer->setObjectName(QStringLiteral("builderReviewer"));
    m_reviewer->setToolTip(tr("The reviewer approves the content; any content change needs approval again."));
    form->addRow(tr("&Reviewer:"), m_reviewer);

    connect(m_name, &QLineEdit::textChanged, this, &CampaignBuilder::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CampaignBuilder::changed);
    connect(m_tags, &QLineEdit::textChanged, this, &CampaignBuilder::changed);
    for (QComboBox *c : {m_goal, m_writer, m_reviewer})
        connect(c, &QComboBox::currentIndexChanged, this, &CampaignBuilder::changed);
    return page;
}

QWidget *CampaignBuilder::channelsPage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Channels"));
    scroll->setAccessibleDescription(tr("Each channel the campaign sends on: its content, sender, rate and window"));
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    for (ChannelKind kind : allValues<ChannelKind>()) {
        const QString key = nameOf(kind);
        ChannelEditor e;
        e.box = new QGroupBox(displayName(kind), page);
        e.box->setObjectName(u"builderChannel_" + key);
        e.box->setCheckable(true);
        e.box->setChecked(false);
        e.box->setAccessibleName(tr("%1 channel").arg(displayName(kind)));
        auto *form = new QFormLayout(e.box);
        e.templateCombo = new QComboBox(e.box);
        e.templateCombo->setObjectName(u"builderTemplate_" + key);
        form->addRow(tr("Template:"), e.templateCombo);
        if (usesText(kind)) {
            e.text = new QPlainTextEdit(e.box);
            e.text->setObjectName(u"builderText_" + key);
            e.text->setTabChangesFocus(true);
            e.text->setMaximumHeight(70);
            e.text->setPlaceholderText(kind == ChannelKind::Phone ? tr("Call script when no template is chosen")
                                                                  : tr("Message text when no template is chosen; "
                                                                       "{{first_name}} merges a field"));
            form->addRow(kind == ChannelKind::Phone ? tr("Script:") : tr("Text:"), e.text);
            if (kind == ChannelKind::Sms) {
                e.length = new QLabel(e.box);
                e.length->setObjectName(QStringLiteral("builderSmsLength"));
                e.length->setWordWrap(true); // the reason for UCS-2 can be long
                form->addRow(QString(), e.length);
                connect(e.templateCombo, &QComboBox::currentIndexChanged, this, [this, kind] { updateSmsLength(kind); });
            }
            connect(e.text, &QPlainTextEdit::textChanged, this, [this, kind] {
                updateSmsLength(kind);
                changed();
            });
            auto *draft = new QPushButton(tr("Draft from the writer"), e.box);
            draft->setObjectName(u"builderDraft_" + key);
            draft->setToolTip(tr("Write this channel's text from the goal and the writer's brief (Basics); the "
                                 "reviewer approves it like any content"));
            form->addRow(QString(), draft);
            connect(draft, &QPushButton::clicked, this, [this, kind] { draftChannel(kind); });
        }
        e.sender = new QComboBox(e.box);
        e.sender->setObjectName(u"builderSender_" + key);
        form->addRow(tr("Sender:"), e.sender);
        e.rate = new QSpinBox(e.box);
        e.rate->setObjectName(u"builderRate_" + key);
        e.rate->setRange(0, 100000);
        e.rate->setSuffix(tr(" per minute"));
        e.rate->setSpecialValueText(tr("Provider default"));
        form->addRow(tr("Rate:"), e.rate);
        e.window = new QLineEdit(e.box);
        e.window->setObjectName(u"builderWindow_" + key);
        e.window->setPlaceholderText(tr("e.g. 08:00-21:00 in the recipient's time zone; none; empty for the default"));
        form->addRow(tr("Send window:"), e.window);
        layout->addWidget(e.box);

        connect(e.box, &QGroupBox::toggled, this, &CampaignBuilder::changed);
        // A channel turned on starts with the organisation's default send window.
        connect(e.box, &QGroupBox::clicked, this, [this, window = e.window](bool on) {
            if (on && window->text().isEmpty() && m_session.valid())
                window->setText(TenantRepository(*m_session.db).byId(m_session.tenantId).value_or(Tenant{}).defaultSendWindow);
        });
        for (QComboBox *c : {e.templateCombo, e.sender})
            connect(c, &QComboBox::currentIndexChanged, this, &CampaignBuilder::changed);
        connect(e.rate, &QSpinBox::valueChanged, this, &CampaignBuilder::changed);
        connect(e.window, &QLineEdit::textChanged, this, &CampaignBuilder::changed);
        m_channels.insert(kind, e);
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *CampaignBuilder::audiencePage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_contactList = new QComboBox(page);
    m_contactList->setObjectName(QStringLiteral("builderContactList"));
    form->addRow(tr("Contact &list:"), m_contactList);
    auto segmentList = [&](const char *name, const QString &accessible) {
        auto *list = new QListWidget(page);
        list->setObjectName(QString::fromLatin1(name));
        list->setAccessibleName(accessible);
        list->setMaximumHeight(110);
        connect(list, &QListWidget::itemChanged, this, &CampaignBuilder::changed);
        return list;
    };
    m_sendTo = segmentList("builderSendTo", tr("Send to segments"));
    form->addRow(tr("Send to segments:"), m_sendTo);
    m_exclude = segmentList("builderExclude", tr("Exclude segments"));
    form->addRow(tr("Exclude segments:"), m_exclude);
    m_oneTimeRules = new SegmentEditor(page);
    m_oneTimeRules->setObjectName(QStringLiteral("builderOneTimeRules"));
    m_oneTimeRules->setToolTip(tr("Conditions for this campaign only, on top of the list and segments; "
                                  "no condition keeps everyone"));
    form->addRow(tr("One-time rules:"), m_oneTimeRules);
    m_rulesError = new QLabel(page);
    m_rulesError->setObjectName(QStringLiteral("builderRulesError"));
    m_rulesError->setStyleSheet(Tones::textStyle(Tone::Error));
    m_rulesError->setWordWrap(true);
    m_rulesError->hide();
    form->addRow(QString(), m_rulesError);
    m_audienceCount = new QLabel(page);
    m_audienceCount->setObjectName(QStringLiteral("builderAudienceCount"));
    m_audienceCount->setWordWrap(true);
    form->addRow(tr("Reaches now:"), m_audienceCount);

    connect(m_contactList, &QComboBox::currentIndexChanged, this, &CampaignBuilder::changed);
    connect(m_oneTimeRules, &SegmentEditor::changed, this, &CampaignBuilder::changed);
    return page;
}

QWidget *CampaignBuilder::launchPage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_launchType = new QComboBox(page);
    m_launchType->setObjectName(QStringLiteral("builderLaunchType"));
    m_launchType->addItem(tr("Now: runs as soon as it is started"), int(LaunchType::Now));
    m_launchType->addItem(tr("Manual: someone presses Run"), int(LaunchType::Manual));
    m_launchType->addItem(tr("Schedule: once, at the send time"), int(LaunchType::Schedule));
    m_launchType->addItem(tr("Recurring: from the send time, by the recurrence rule"), int(LaunchType::Recurring));
    form->addRow(tr("&Launch:"), m_launchType);
    m_sendAt = new QDateTimeEdit(page);
    m_sendAt->setObjectName(QStringLiteral("builderSendAt"));
    m_sendAt->setCalendarPopup(true);
    m_sendAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_sendAt->setToolTip(tr("Typed and shown in the campaign's time zone (below)"));
    // The zone the time is in, named beside it, and the same moment in the window's zone.
    m_sendAtZone = new QLabel(page);
    m_sendAtZone->setObjectName(QStringLiteral("builderSendAtZone"));
    auto *sendAtRow = new QHBoxLayout;
    sendAtRow->addWidget(m_sendAt);
    sendAtRow->addWidget(m_sendAtZone, 1);
    auto *sendAtLabel = new QLabel(tr("Send &at:"), page);
    sendAtLabel->setBuddy(m_sendAt);
    form->addRow(sendAtLabel, sendAtRow);
    m_recurrence = new QLineEdit(page);
    m_recurrence->setObjectName(QStringLiteral("builderRecurrence"));
    m_recurrence->setPlaceholderText(tr("RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO"));
    form->addRow(tr("&Recurrence:"), m_recurrence);
    m_recurrenceError = new QLabel(page);
    m_recurrenceError->setObjectName(QStringLiteral("builderRecurrenceError"));
    m_recurrenceError->setStyleSheet(Tones::textStyle(Tone::Error));
    m_recurrenceError->setWordWrap(true);
    m_recurrenceError->hide();
    form->addRow(QString(), m_recurrenceError);
    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("builderTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    form->addRow(tr("&Time zone:"), m_timeZone);
    m_ttl = new QSpinBox(page);
    m_ttl->setObjectName(QStringLiteral("builderTtl"));
    m_ttl->setRange(0, 60 * 24 * 30);
    m_ttl->setSuffix(tr(" minutes"));
    m_ttl->setSpecialValueText(tr("No limit"));
    m_ttl->setToolTip(tr("Messages not sent this long after the run started are not sent at all."));
    form->addRow(tr("Time to &live:"), m_ttl);
    m_trackClicks = new QCheckBox(tr("Track link clicks"), page);
    m_trackClicks->setObjectName(QStringLiteral("builderTrackClicks"));
    m_trackClicks->setToolTip(tr("Links in the email and SMS content go through the organisation's listener, which "
                                 "counts each click per message and link (Settings → Organisations → "
                                 "Listener). The report shows clicks and the goal's conversion."));
    form->addRow(QString(), m_trackClicks);
    m_testRecipients = new QPlainTextEdit(page);
    m_testRecipients->setObjectName(QStringLiteral("builderTestRecipients"));
    m_testRecipients->setTabChangesFocus(true);
    m_testRecipients->setMaximumHeight(80);
    m_testRecipients->setPlaceholderText(tr("One email address or +E.164 number per line"));
    form->addRow(tr("Test &recipients:"), m_testRecipients);

    connect(m_launchType, &QComboBox::currentIndexChanged, this, [this] {
        updateLaunchFields();
        changed();
    });
    connect(m_sendAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateSendAtZone();
        changed();
    });
    connect(m_recurrence, &QLineEdit::textChanged, this, &CampaignBuilder::changed);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] {
        updateSendAtZone();
        changed();
    });
    connect(m_ttl, &QSpinBox::valueChanged, this, &CampaignBuilder::changed);
    connect(m_trackClicks, &QCheckBox::toggled, this, &CampaignBuilder::changed);
    connect(m_testRecipients, &QPlainTextEdit::textChanged, this, &CampaignBuilder::changed);
    return page;
}

void CampaignBuilder::setSession(const Session &session)
{
    m_session = session;
}

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
        if (!Dialogs::confirm(this, tr("Draft from the writer"),
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

void CampaignBuilder::loadCatalog()
{
    const Database &db = *m_session.db;
    m_oneTimeRules->setChoices(shown(SegmentEditor::choicesFor(db, m_session.tenantId), this));
    CatalogRepository catalog(db, m_session.tenantId);
    auto fillCombo = [&](QComboBox *combo, CatalogKind kind, const QString &none) {
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(none, QVariant::fromValue<qlonglong>(kNoneId));
        for (const CatalogEntry &e : shown(catalog.list(kind), this))
            if (!e.deleted)
                combo->addItem(e.name, QVariant::fromValue<qlonglong>(e.id));
    };
    fillCombo(m_goal, CatalogKind::Goal, tr("(no goal)"));
    fillCombo(m_writer, CatalogKind::Writer, tr("(no writer)"));
    fillCombo(m_reviewer, CatalogKind::Reviewer, tr("(no reviewer)"));
    fillCombo(m_contactList, CatalogKind::ContactList, tr("(every contact)"));
    const auto segments = shown(catalog.list(CatalogKind::Segment), this);
    for (QListWidget *list : {m_sendTo, m_exclude}) {
        QSignalBlocker block(list);
        list->clear();
        for (const CatalogEntry &e : segments) {
            if (e.deleted)
                continue;
            auto *item = new QListWidgetItem(e.name, list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(e.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    const auto templates = shown(ContentRepository(db, m_session.tenantId).templates(), this);
    const auto senders = shown(SenderRepository(db, m_session.tenantId).senders(), this);
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        QSignalBlocker blockTemplate(it->templateCombo);
        QSignalBlocker blockSender(it->sender);
        it->templateCombo->clear();
        it->templateCombo->addItem(usesText(it.key()) ? tr("(none: use the text below)") : tr("(no template)"),
                                   QVariant::fromValue<qlonglong>(kNoneId));
        for (const MessageTemplate &t : templates)
            if (t.kind == it.key() && !t.deleted) {
                it->templateCombo->addItem(t.name, QVariant::fromValue<qlonglong>(t.id));
                it->templateCombo->setItemData(it->templateCombo->count() - 1, t.body, kTemplateBodyRole);
            }
        it->sender->clear();
        it->sender->addItem(tr("(no sender)"), QVariant::fromValue<qlonglong>(kNoneId));
        for (const SenderIdentity &s : senders)
            if (s.kind == it.key())
                it->sender->addItem((s.address.isEmpty() ? s.name : s.name + u" <" + s.address + u'>')
                                        + (s.paused ? tr(" (paused)") : QString()),
                                    QVariant::fromValue<qlonglong>(s.id));
    }
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

void CampaignBuilder::fill(const Campaign &c)
{
    m_filling = true;
    loadCatalog();
    CatalogRepository catalog(*m_session.db, m_session.tenantId);
    auto missing = [&](CatalogKind kind, std::optional<Id> id) {
        if (!id)
            return QString();
        auto e = catalog.byId(kind, *id);
        return e ? tr("%1 (deleted)").arg(e->name) : tr("#%1 (not found)").arg(*id);
    };
    m_title->setText(c.id == 0 ? tr("New campaign") : tr("Edit %1 — %2").arg(c.shortId, c.name.toHtmlEscaped()));
    m_name->setText(c.name);
    m_description->setPlainText(c.description);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    setComboId(m_goal, c.goalId, missing(CatalogKind::Goal, c.goalId));
    setComboId(m_writer, c.writerId, missing(CatalogKind::Writer, c.writerId));
    setComboId(m_reviewer, c.reviewerId, missing(CatalogKind::Reviewer, c.reviewerId));
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        const auto ch = std::find_if(c.channels.cbegin(), c.channels.cend(),
                                     [&](const CampaignChannel &x) { return x.kind == it.key(); });
        const bool on = ch != c.channels.cend();
        it->box->setChecked(on);
        setComboId(it->templateCombo, on ? ch->templateId : std::nullopt,
                   missing(CatalogKind::Template, on ? ch->templateId : std::nullopt));
        setComboId(it->sender, on ? ch->senderId : std::nullopt,
                   missing(CatalogKind::Sender, on ? ch->senderId : std::nullopt));
        if (it->text)
            it->text->setPlainText(on ? ch->messageText : QString());
        it->rate->setValue(on ? ch->ratePerMinute : 0);
        it->window->setText(on ? ch->sendWindow : QString());
        updateSmsLength(it.key());
    }
    setComboId(m_contactList, c.contactListId, missing(CatalogKind::ContactList, c.contactListId));
    // Segments deleted since the campaign chose them stay listed, checked, so preflight names them.
    for (QListWidget *list : {m_sendTo, m_exclude}) {
        for (Id id : list == m_sendTo ? c.sendToSegments : c.excludeSegments) {
            bool listed = false;
            for (int i = 0; i < list->count() && !listed; ++i)
                listed = list->item(i)->data(Qt::UserRole).toLongLong() == id;
            if (listed)
                continue;
            auto *item = new QListWidgetItem(missing(CatalogKind::Segment, id), list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    setCheckedIds(m_sendTo, c.sendToSegments);
    setCheckedIds(m_exclude, c.excludeSegments);
    m_oneTimeRules->setRules(c.oneTimeRules);
    m_launchType->setCurrentIndex(m_launchType->findData(int(c.launchType)));
    const QTimeZone zone(c.timeZone.toUtf8());
    m_timeZone->setCurrentText(c.timeZone);
    const QDateTime local = (c.sendAt.isValid() ? c.sendAt : QDateTime::currentDateTimeUtc().addDays(1))
                                .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    m_shownSendAt = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
    m_sendAt->setDateTime(m_shownSendAt);
    updateSendAtZone();
    m_recurrence->setText(c.recurrence);
    m_ttl->setValue(c.ttlMinutes);
    m_trackClicks->setChecked(c.trackClicks);
    m_testRecipients->setPlainText(c.testRecipients.join(u'\n'));
    m_activated->setChecked(c.activated);
    updateLaunchFields();
    m_filling = false;
    m_modified = false;
    startCheck();
}

Campaign CampaignBuilder::campaign() const
{
    Campaign c = m_original;
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.tags = lines(m_tags->text(), u',');
    c.goalId = comboId(m_goal);
    c.writerId = comboId(m_writer);
    c.reviewerId = comboId(m_reviewer);
    // Channels in the stored order, new ones after: an untouched form equals the campaign.
    QList<ChannelKind> order;
    for (const CampaignChannel &old : m_original.channels)
        order << old.kind;
    for (ChannelKind kind : allValues<ChannelKind>())
        if (!order.contains(kind))
            order << kind;
    QList<CampaignChannel> channels;
    for (ChannelKind kind : std::as_const(order)) {
        const ChannelEditor &e = m_channels[kind];
        if (!e.box->isChecked())
            continue;
        // Keep the stored channel's id so its runs stay tied to it.
        CampaignChannel ch;
        for (const CampaignChannel &old : m_original.channels)
            if (old.kind == kind)
                ch = old;
        ch.kind = kind;
        ch.templateId = comboId(e.templateCombo);
        ch.messageText = e.text ? e.text->toPlainText() : QString();
        ch.senderId = comboId(e.sender);
        ch.ratePerMinute = e.rate->value();
        ch.sendWindow = e.window->text().trimmed();
        channels.append(ch);
    }
    c.channels = channels;
    c.contactListId = comboId(m_contactList);
    c.sendToSegments = sameOrder(checkedIds(m_sendTo), m_original.sendToSegments);
    c.excludeSegments = sameOrder(checkedIds(m_exclude), m_original.excludeSegments);
    c.oneTimeRules = m_oneTimeRules->rules();
    c.launchType = LaunchType(m_launchType->currentData().toInt());
    c.timeZone = m_timeZone->currentText().trimmed();
    // The send time as shown is minutes in the campaign's zone: unless someone changed
    // it, keep the stored one (which may be unset for a manual launch).
    if (m_sendAt->dateTime() != m_shownSendAt || c.timeZone != m_original.timeZone) {
        const QTimeZone zone(c.timeZone.toUtf8());
        c.sendAt = QDateTime(m_sendAt->date(), m_sendAt->time(), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
    }
    c.recurrence = m_recurrence->text().trimmed();
    c.ttlMinutes = m_ttl->value();
    c.trackClicks = m_trackClicks->isChecked();
    c.testRecipients = lines(m_testRecipients->toPlainText(), u'\n');
    c.activated = m_activated->isChecked();
    // Text the form shows trimmed stays as stored unless it really changed.
    if (c.description == m_original.description.trimmed())
        c.description = m_original.description;
    // The editor writes rules in one canonical form: the same rules stay as stored.
    if (c.oneTimeRules == m_original.oneTimeRules.trimmed()
        || SegmentRules::parse(c.oneTimeRules).value_or({}) == SegmentRules::parse(m_original.oneTimeRules).value_or({}))
        c.oneTimeRules = m_original.oneTimeRules;
    return c;
}

void CampaignBuilder::updateLaunchFields()
{
    const auto type = LaunchType(m_launchType->currentData().toInt());
    const bool timed = type == LaunchType::Schedule || type == LaunchType::Recurring;
    m_sendAt->setEnabled(timed);
    m_recurrence->setEnabled(type == LaunchType::Recurring);
}

void CampaignBuilder::updateSendAtZone()
{
    const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
    if (!zone.isValid()) {
        m_sendAtZone->setText(tr("UTC, until the time zone below is one Herald knows"));
        return;
    }
    const QDateTime at(m_sendAt->date(), m_sendAt->time(), zone);
    QString text = tr("%1 time (%2)").arg(QString::fromUtf8(zone.id()), zone.abbreviation(at));
    const QTimeZone shown = TimeText::displayZone();
    if (shown.id() != zone.id())
        text = tr("%1, which is %2 in %3").arg(text, TimeText::shortText(at, shown), QString::fromUtf8(shown.id()));
    m_sendAtZone->setText(text);
}

void CampaignBuilder::updateSmsLength(ChannelKind kind)
{
    const ChannelEditor &e = m_channels[kind];
    if (!e.length)
        return;
    // The template's text is what is sent when one is chosen.
    const QVariant body = e.templateCombo->currentData(kTemplateBodyRole);
    e.length->setText(body.isValid() ? tr("Template: %1").arg(smsSizeText(SmsText::measure(body.toString())))
                                     : smsSizeText(SmsText::measure(e.text->toPlainText())));
}

void CampaignBuilder::changed()
{
    if (m_filling)
        return;
    m_modified = campaign() != m_original;
    m_checkDelay->start();
}

void CampaignBuilder::markFieldErrors(const Campaign &c)
{
    // Mistakes the form can point at directly, before preflight.
    const Status rules = c.oneTimeRules.isEmpty() ? Status() : SegmentRules::validate(c.oneTimeRules);
    m_rulesError->setVisible(!rules);
    m_rulesError->setText(rules ? QString() : rules.error().shown());
    const Status recurrence = c.launchType == LaunchType::Recurring ? Recurrence::validate(c.recurrence) : Status();
    m_recurrenceError->setVisible(!recurrence);
    m_recurrenceError->setText(recurrence ? QString() : recurrence.error().shown());
}

bool CampaignBuilder::isChecking() const
{
    return m_watcher.isRunning() || m_checkDelay->isActive();
}

void CampaignBuilder::startCheck()
{
    if (!m_session.valid())
        return;
    if (m_watcher.isRunning()) {
        m_checkAgain = true;
        return;
    }
    Campaign c = campaign();
    markFieldErrors(c);
    m_readinessSummary->setText(tr("Checking…"));
    const Session session = m_session;
    if (c.id == 0) { // findings name the campaign: give the unsaved one words to be named by
        c.shortId = tr("not saved yet");
        if (c.name.isEmpty())
            c.name = tr("New campaign");
    }
    m_watcher.setFuture(QtConcurrent::run([session, c]() -> Result<Check> {
        Check check;
        {
            CampaignService service(*session.db, session.tenantId, session.user);
            auto findings = service.preflight(c, RunKind::Live);
            if (!findings) {
                session.db->closeThreadConnection();
                return findings.error();
            }
            check.findings = *findings;
            // Invalid one-time rules are already reported; counting would only fail again.
            if (c.oneTimeRules.isEmpty() || SegmentRules::validate(c.oneTimeRules))
                check.audience = previewAudience(*session.db, session.tenantId, c, 0).value_or({});
        }
        session.db->closeThreadConnection(); // pool threads outlive the check
        return check;
    }));
}

void CampaignBuilder::showCheck(const Check &check)
{
    m_findings = check.findings;
    const qsizetype blockers = m_readiness->setFindings(check.findings);
    m_readinessSummary->setText(blockers == 0
                                    ? tr("<b>Ready to run</b> once saved.")
                                    : tr("<b>%n thing(s) to fix</b> before it can run; saving keeps it as a draft.",
                                         nullptr, int(blockers)));
    QStringList counts;
    for (const ChannelAudience &a : check.audience)
        counts << tr("%1: %2").arg(displayName(a.kind), QLocale().toString(a.count));
    m_audienceCount->setText(counts.isEmpty() ? tr("Choose channels to see how many they reach.")
                                              : counts.join(QStringLiteral(" · ")));
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
