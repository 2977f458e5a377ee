// The builder's four pages, basics, channels, audience and launch: their fields, and what
// follows a field as it changes (the SMS length, which launch fields apply, the send time's zone).
#include "campaignbuilder.h"

#include "campaignbuilderfields.h"
#include "common/tones.h"
#include "contacts/segmenteditor.h"
#include "content/contentviews.h"
#include "content/smstext.h"
#include "models/timetext.h"
#include "storage/tenantrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace herald {

using builder::kTemplateBodyRole;
using builder::usesText;
using Tones::Tone;

namespace {

// A form at the top of its page, rows at their natural height.
QFormLayout *formOn(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

} // namespace

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
    form->addRow(tr("G&oal:"), m_goal);
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
                connect(e.templateCombo, &QComboBox::currentIndexChanged, this,
                        [this, kind] { updateSmsLength(kind); });
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
                window->setText(
                    TenantRepository(*m_session.db).byId(m_session.tenantId).value_or(Tenant{}).defaultSendWindow);
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
    auto *sendAtLabel = new QLabel(tr("Sen&d at:"), page);
    sendAtLabel->setBuddy(m_sendAt);
    form->addRow(sendAtLabel, sendAtRow);
    m_recurrence = new QLineEdit(page);
    m_recurrence->setObjectName(QStringLiteral("builderRecurrence"));
    m_recurrence->setPlaceholderText(tr("RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO"));
    form->addRow(tr("Recurre&nce:"), m_recurrence);
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
    form->addRow(tr("Time &zone:"), m_timeZone);
    m_ttl = new QSpinBox(page);
    m_ttl->setObjectName(QStringLiteral("builderTtl"));
    m_ttl->setRange(0, 60 * 24 * 30);
    m_ttl->setSuffix(tr(" minutes"));
    m_ttl->setSpecialValueText(tr("No limit"));
    m_ttl->setToolTip(tr("Messages not sent this long after the run started are not sent at all."));
    form->addRow(tr("Time t&o live:"), m_ttl);
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
    form->addRow(tr("Test reci&pients:"), m_testRecipients);

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

} // namespace herald
