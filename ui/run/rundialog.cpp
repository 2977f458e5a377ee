#include "rundialog.h"

#include "audience/campaignaudience.h"
#include "calendar/calendarformat.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "content/contentviews.h"
#include "content/emailcontent.h"
#include "content/mergefields.h"
#include "content/smstext.h"
#include "detail/readinesslist.h"
#include "lifecycle/campaignservice.h"
#include "providers/sip/sipsettings.h"
#include "providers/smtp/mimemessage.h"
#include "providers/webpush/webpushprovider.h"
#include "run/callpreview.h"
#include "run/chatpreview.h"
#include "storage/contentrepository.h"
#include "storage/senderrepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace herald {

using Tones::Tone;

RunDialog::RunDialog(const Session &session, Id campaignId, RunKind kind, std::optional<ChannelKind> only,
                     QWidget *parent)
    : QDialog(parent), m_session(session), m_campaignId(campaignId), m_kind(kind), m_only(only)
{
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(kind == RunKind::Test ? tr("Test run") : tr("Run campaign"));
    auto overview = CampaignService(*session.db, session.tenantId, session.user).overview(QString::number(campaignId));
    if (!overview) {
        Dialogs::warn(parent, windowTitle(), overview.error().shown());
        return;
    }
    m_reference = overview->campaign.shortId;
    build(overview->campaign);
    m_usable = true;
}

void RunDialog::build(const Campaign &c)
{
    m_campaign = c;
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h3>" + c.name.toHtmlEscaped() + u" " + Tones::html(Tone::Neutral, c.shortId) + u"</h3>",
                             this);
    title->setObjectName(QStringLiteral("runCampaignName"));
    layout->addWidget(title);

    // Exactly what will be queued: the run's own audience query, or the test recipients.
    QList<ChannelAudience> audience;
    if (m_kind == RunKind::Live) {
        auto a = previewAudience(*m_session.db, m_session.tenantId, c, 1);
        if (!a)
            Dialogs::warn(this, windowTitle(), a.error().shown());
        else
            audience = *a;
    }
    auto *counts = new QFormLayout;
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("runPreview"));
    const bool choosing = m_kind == RunKind::Live && !m_only && c.channels.size() > 1;
    for (const CampaignChannel &ch : c.channels) {
        if (m_only && ch.kind != *m_only)
            continue;
        qint64 n = 0;
        const Contact *sample = nullptr;
        if (m_kind == RunKind::Test) {
            for (const QString &r : c.testRecipients)
                n += (ch.kind == ChannelKind::Email) == r.contains(u'@') ? 1 : 0;
        } else {
            for (const ChannelAudience &a : std::as_const(audience))
                if (a.kind == ch.kind) {
                    n = a.count;
                    sample = a.sample.isEmpty() ? nullptr : &a.sample.first();
                }
        }
        m_counts.insert(ch.kind, n);
        auto *count = new QLabel(tr("<b>%Ln</b> message(s)", nullptr, int(n)), this);
        count->setObjectName(u"runCount_" + nameOf(ch.kind));
        if (choosing) {
            auto *box = new QCheckBox(displayName(ch.kind) + u':', this);
            box->setObjectName(u"runStart_" + nameOf(ch.kind));
            box->setChecked(true);
            box->setToolTip(tr("Untick to hold this channel: it stays Ready in this run, and you start it later "
                               "from the campaign's page"));
            connect(box, &QCheckBox::toggled, this, &RunDialog::refreshSelection);
            m_channelBoxes.append({ch.kind, box});
            counts->addRow(box, count);
        } else {
            counts->addRow(displayName(ch.kind) + u':', count);
        }
        tabs->addTab(preview(c, ch, sample), displayName(ch.kind));
    }
    auto *countBox = new QGroupBox(m_kind == RunKind::Test ? tr("Test recipients") : tr("Messages this run sends"),
                                   this);
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addLayout(counts);
    m_heldNote = new QLabel(this);
    m_heldNote->setObjectName(QStringLiteral("runHeldNote"));
    m_heldNote->setWordWrap(true);
    m_heldNote->hide();
    countLayout->addWidget(m_heldNote);
    layout->addWidget(countBox);
    if (m_kind == RunKind::Live) {
        // When each channel will be done: rate limits, quiet hours and pool caps included.
        m_forecast = new QLabel(this);
        m_forecast->setObjectName(QStringLiteral("runForecast"));
        m_forecast->setWordWrap(true);
        auto *forecastBox = new QGroupBox(tr("Forecast if started now"), this);
        (new QVBoxLayout(forecastBox))->addWidget(m_forecast);
        layout->addWidget(forecastBox);
    }
    layout->addWidget(tabs, 1);

    auto *disclaimer = new QGroupBox(tr("Disclaimer"), this);
    auto *dl = new QVBoxLayout(disclaimer);
    auto *intro = new QLabel(RunService::disclaimer(m_kind), disclaimer);
    intro->setWordWrap(true);
    dl->addWidget(intro);
    QString list = QStringLiteral("<ol>");
    for (const QString &s : RunService::disclaimerStatements())
        list += u"<li>" + s.toHtmlEscaped() + u"</li>";
    auto *statements = new QLabel(list + u"</ol>", disclaimer);
    statements->setObjectName(QStringLiteral("disclaimerStatements"));
    statements->setWordWrap(true);
    dl->addWidget(statements);
    m_accept = new QCheckBox(tr("I con&firm all four statements"), disclaimer); // &C: the buttons' Cancel
    m_accept->setObjectName(QStringLiteral("runAccept"));
    dl->addWidget(m_accept);
    layout->addWidget(disclaimer);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("runError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { " + Tones::textStyle(Tone::Error) + u" }");
    m_error->hide();
    layout->addWidget(m_error);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setFormat(tr("Queueing %v of %m"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(m_kind == RunKind::Test ? tr("Send test") : tr("Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runConfirm"));
    m_run->setEnabled(false);
    connect(m_accept, &QCheckBox::toggled, this, [this](bool accepted) {
        m_run->setEnabled(accepted && m_accept->isEnabled());
    });
    refreshSelection();
    connect(m_run, &QPushButton::clicked, this, &RunDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_queueing.isRunning())
            reject();
    });
    layout->addWidget(buttons);
    resize(720, 640);
}

ChannelSet RunDialog::selected() const
{
    if (m_only)
        return *m_only;
    QList<ChannelKind> ticked;
    for (const auto &[kind, box] : m_channelBoxes)
        if (box->isChecked())
            ticked.append(kind);
    return ticked.size() == m_channelBoxes.size() ? ChannelSet() : ChannelSet(ticked);
}

void RunDialog::refreshSelection()
{
    const ChannelSet chosen = selected();
    const bool none = !chosen.all() && chosen.named().isEmpty();
    m_total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (chosen.contains(it.key()) && !none)
            m_total += it.value();
    QStringList held;
    for (const auto &[kind, box] : std::as_const(m_channelBoxes))
        if (!box->isChecked())
            held << displayName(kind);
    m_heldNote->setText(tr("Held: %1. Held channels stay Ready in this run; start them later from the campaign's page.")
                            .arg(QLocale().createSeparatedList(held)));
    m_heldNote->setVisible(!held.isEmpty() && !none);
    if (m_forecast)
        m_forecast->setText(none ? QString()
                                 : CalendarFormat::forecastLines(*m_session.db, m_session.tenantId, m_campaign,
                                                                 QDateTime::currentDateTimeUtc(), chosen)
                                       .join(u'\n'));
    // What preflight blocks is said before the disclaimer, not after it.
    QString blocked;
    if (none) {
        blocked = tr("Tick at least one channel to start.");
    } else {
        auto findings = CampaignService(*m_session.db, m_session.tenantId, m_session.user)
                            .preflight(m_campaign.shortId, m_kind, chosen);
        blocked = findings ? ReadinessList::blockerLines(*findings) : findings.error().shown();
        if (!blocked.isEmpty())
            blocked = tr("This run cannot start until these are fixed:") + u'\n' + blocked;
    }
    m_error->setText(blocked);
    m_error->setVisible(!blocked.isEmpty());
    m_accept->setEnabled(blocked.isEmpty());
    m_run->setEnabled(blocked.isEmpty() && m_accept->isChecked());
    m_run->setToolTip(blocked.isEmpty() ? tr("Accept the disclaimer to run") : blocked);
}

QWidget *RunDialog::preview(const Campaign &c, const CampaignChannel &ch, const Contact *sample)
{
    auto content = RunService::channelContent(*m_session.db, m_session.tenantId, c, ch);
    auto *page = new QWidget(this);
    page->setObjectName(u"preview_" + nameOf(ch.kind));
    auto *layout = new QVBoxLayout(page);
    if (!content) {
        layout->addWidget(new QLabel(content.error().shown(), page));
        return page;
    }
    const QString senderName = content->value(QLatin1StringView("sender_name")).toString();
    const auto fields = sample ? MergeFields::values(sample->firstName, sample->lastName, sample->email,
                                                     sample->phone, c.name, senderName,
                                                     MergeFields::sampleUnsubscribeUrl(), MergeFields::samplePushToken(),
                                                     sample->customFields)
                               : MergeFields::values(tr("Alex"), tr("Sample"), QStringLiteral("alex@example.com"),
                                                     QStringLiteral("+15550100"), c.name, senderName,
                                                     MergeFields::sampleUnsubscribeUrl(), MergeFields::samplePushToken());
    const QString bodyTemplate = content->value(QLatin1StringView("body")).toString();
    // The rule sending goes by (MimeMessage::looksLikeHtml): what is previewed as HTML is
    // what goes out as HTML.
    const bool html = ch.kind == ChannelKind::Email && MimeMessage::looksLikeHtml(bodyTemplate);
    // Telegram's text is its HTML: merge fields escaped, as sending does.
    const bool escape = html || ch.kind == ChannelKind::Telegram;
    const QString body =
        MergeFields::apply(bodyTemplate, fields, escape ? MergeFields::Escape::Html : MergeFields::Escape::None);
    const QString who = sample ? QString(sample->firstName + u' ' + sample->lastName).trimmed() : tr("a sample contact");
    auto *note = new QLabel(ch.kind == ChannelKind::Phone ? tr("As %1 hears it:").arg(who.toHtmlEscaped())
                                                          : tr("As %1 receives it:").arg(who.toHtmlEscaped()),
                            page);
    layout->addWidget(note);
    if (ch.kind == ChannelKind::Sms) {
        auto *bubble = new QLabel(body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")), page);
        bubble->setObjectName(QStringLiteral("smsBubble"));
        bubble->setWordWrap(true);
        bubble->setMaximumWidth(340);
        bubble->setStyleSheet(Tones::bubbleStyle());
        layout->addWidget(bubble);
        auto *size = new QLabel(smsSizeText(SmsText::measure(body)), page);
        size->setObjectName(QStringLiteral("smsSize"));
        layout->addWidget(size);
        layout->addStretch(1);
    } else if (ch.kind == ChannelKind::Email) {
        auto *form = new QFormLayout;
        auto *subjectLabel = new QLabel(
            u"<b>" + MergeFields::apply(content->value(QLatin1StringView("subject")).toString(), fields).toHtmlEscaped()
                + u"</b>",
            page);
        subjectLabel->setObjectName(QStringLiteral("emailSubject"));
        form->addRow(tr("Subject:"), subjectLabel);
        form->addRow(tr("From:"), new QLabel(content->value(QLatin1StringView("from")).toString().toHtmlEscaped(), page));
        const QString preheader = content->value(QLatin1StringView("preheader")).toString();
        if (!preheader.isEmpty())
            form->addRow(tr("Preheader:"), new QLabel(MergeFields::apply(preheader, fields).toHtmlEscaped(), page));
        QStringList files;
        for (const Attachment &a : EmailContent::fromJson(content->value(QLatin1StringView("attachments")).toArray()))
            files << a.fileName + u" (" + EmailContent::sizeText(a.size) + u')';
        auto *attachments = new QLabel(files.isEmpty() ? tr("none") : files.join(QStringLiteral(", ")).toHtmlEscaped(), page);
        attachments->setObjectName(QStringLiteral("emailAttachments"));
        form->addRow(tr("Attachments:"), attachments);
        layout->addLayout(form);
        auto *text = new SafeHtmlView(page);
        text->setObjectName(QStringLiteral("emailBody"));
        if (html)
            text->showHtml(body);
        else
            text->setPlainText(body);
        layout->addWidget(text, 1);
    } else if (ch.kind == ChannelKind::Phone) {
        layout->addWidget(callPreview(body, content->value(QLatin1StringView("attachments")).toArray(), page), 1);
    } else if (ch.kind == ChannelKind::Telegram) {
        QByteArray photo; // the template's, shown as the chat shows it
        if (const auto files = EmailContent::fromJson(content->value(QLatin1StringView("attachments")).toArray());
            !files.isEmpty())
            if (auto withData = ContentRepository(*m_session.db, m_session.tenantId).withData(files))
                photo = withData->first().data;
        layout->addWidget(chatpreview::telegram(senderName, body, photo, page), 1);
    } else if (ch.kind == ChannelKind::Viber) {
        layout->addWidget(chatpreview::viber(senderName, body, page), 1);
        layout->addWidget(new QLabel(tr("Each message Viber accepts costs a credit."), page));
    } else if (ch.kind == ChannelKind::WebPush) {
        OutgoingMessage m;
        m.subject = MergeFields::apply(content->value(QLatin1StringView("subject")).toString(), fields);
        m.body = body;
        layout->addWidget(chatpreview::push(WebPushProvider::payloadOf(m, webPushSettings()), page), 1);
    } else {
        auto *text = new QTextBrowser(page);
        text->setPlainText(body);
        layout->addWidget(text, 1);
    }
    return page;
}

WebPushSettings RunDialog::webPushSettings() const
{
    for (const ProviderConfig &c : SenderRepository(*m_session.db, m_session.tenantId).providers().value_or({}))
        if (c.kind == ChannelKind::WebPush && c.provider == u"webpush")
            return WebPushSettings::fromJson(c.settings).value_or(WebPushSettings{});
    return {}; // the simulator: no icon, no default link
}

QWidget *RunDialog::callPreview(const QString &script, const QJsonArray &recording, QWidget *parent)
{
    // The voice the tenant's trunk speaks with; espeak-ng's English when it names none.
    QString voice = SipSettings().voice;
    if (auto providers = SenderRepository(*m_session.db, m_session.tenantId).providers())
        for (const ProviderConfig &p : *providers)
            if (p.kind == ChannelKind::Phone && p.provider == u"sip")
                voice = SipSettings::voiceOf(p.settings);
    Attachment file;
    if (!recording.isEmpty()) {
        auto withData = ContentRepository(*m_session.db, m_session.tenantId).withData(EmailContent::fromJson(recording));
        if (!withData)
            return new QLabel(withData.error().shown(), parent);
        file = withData->first();
    }
    return new CallPreview(script, file, voice, parent);
}

void RunDialog::start()
{
    if (!m_accept->isChecked() || m_queueing.isRunning())
        return;
    m_run->setEnabled(false);
    m_error->hide();
    m_progress->setRange(0, int(qMin<qint64>(m_total, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_progress->show();
    RunService::StartOptions options;
    options.kind = m_kind;
    options.only = selected();
    options.disclaimerAccepted = true;
    QPointer<QProgressBar> bar = m_progress;
    options.progress = [bar](qint64 queued, qint64 total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, queued, total] {
                if (!bar)
                    return;
                bar->setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
                bar->setValue(int(qMin<qint64>(queued, std::numeric_limits<int>::max())));
            },
            Qt::QueuedConnection);
    };
    m_queueing.start(*m_session.db, [tenantId = m_session.tenantId, user = m_session.user, reference = m_reference,
                                      options](const Database &db) {
        SystemClock clock;
        return RunService(db, tenantId, user, clock).start(reference, options);
    });
}

void RunDialog::started(const Result<Run> &run)
{
    if (!run) {
        m_error->setText(run.error().shown());
        m_error->show();
        m_progress->hide();
        m_run->setEnabled(m_accept->isChecked());
        return;
    }
    if (m_only && m_kind == RunKind::Live)
        m_outcome = tr("%1 channel started in run #%2: %Ln message(s) queued", nullptr, m_progress->maximum())
                        .arg(displayName(*m_only))
                        .arg(run->id);
    else
        m_outcome = tr("%1 #%2 started: %Ln message(s) queued", nullptr, m_progress->maximum())
                        .arg(m_kind == RunKind::Test ? tr("Test run") : tr("Run"))
                        .arg(run->id);
    accept();
}

} // namespace herald
