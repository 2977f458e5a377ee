#include "draftview.h"

#include "campaigndetaildata.h"
#include "detailformat.h"
#include "readinesslist.h"
#include "uploadfollowup.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace herald {

namespace {

void allowIf(QPushButton *button, bool mayRun, const QString &blocked, const QString &tip)
{
    button->setEnabled(mayRun && blocked.isEmpty());
    button->setToolTip(blocked.isEmpty() ? tip : DraftView::tr("Fix these first:") + u'\n' + blocked);
    button->setAccessibleDescription(button->toolTip());
}

} // namespace

DraftView::DraftView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("draftView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("readinessSummary"));
    buttons->addWidget(m_readiness, 1);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setObjectName(QStringLiteral("draftEdit"));
    m_testRun = new QPushButton(tr("Te&st run…"), this);
    m_testRun->setObjectName(QStringLiteral("draftTestRun"));
    m_schedule = new QPushButton(tr("Schedu&le…"), this);
    m_schedule->setObjectName(QStringLiteral("draftSchedule"));
    m_run = new QPushButton(tr("R&un…"), this);
    m_run->setObjectName(QStringLiteral("draftRun"));
    m_run->setDefault(true);
    for (QPushButton *b : {m_edit, m_testRun, m_schedule, m_run})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    connect(m_edit, &QPushButton::clicked, this, &DraftView::editRequested);
    connect(m_testRun, &QPushButton::clicked, this, &DraftView::testRunRequested);
    connect(m_run, &QPushButton::clicked, this, &DraftView::runRequested);
    connect(m_schedule, &QPushButton::clicked, this, &DraftView::scheduleRequested);

    auto *columns = new QHBoxLayout;
    auto *checkBox = new QGroupBox(tr("Readiness"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    m_checklist = new ReadinessList(checkBox);
    m_checklist->setObjectName(QStringLiteral("readinessChecklist"));
    connect(m_checklist, &ReadinessList::fixRequested, this, &DraftView::fixRequested);
    checkLayout->addWidget(m_checklist);
    columns->addWidget(checkBox, 3);

    auto *recapBox = new QGroupBox(tr("Configuration"), this);
    auto *recapLayout = new QVBoxLayout(recapBox);
    m_recap = new QLabel(recapBox);
    m_recap->setObjectName(QStringLiteral("configurationRecap"));
    m_recap->setWordWrap(true);
    m_recap->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_recap->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_recap, &QLabel::linkActivated, this, [this](const QString &link) {
        const qsizetype colon = link.indexOf(u':');
        if (colon > 0)
            emit objectRequested(link.left(colon), QUrl::fromPercentEncoding(link.mid(colon + 1).toLatin1()));
    });
    recapLayout->addWidget(m_recap);
    recapLayout->addStretch(1);
    columns->addWidget(recapBox, 2);
    layout->addLayout(columns, 3);

    auto *audienceBox = new QGroupBox(tr("Audience preview"), this);
    auto *audienceLayout = new QVBoxLayout(audienceBox);
    m_audience = new QTableWidget(0, 3, audienceBox);
    m_audience->setObjectName(QStringLiteral("audiencePreview"));
    m_audience->setAccessibleName(tr("Audience preview"));
    m_audience->setHorizontalHeaderLabels({tr("Channel"), tr("Messages a run sends now"), tr("Sample contacts")});
    m_audience->horizontalHeader()->setStretchLastSection(true);
    m_audience->verticalHeader()->hide();
    m_audience->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audience->setSelectionMode(QAbstractItemView::NoSelection);
    m_audience->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    audienceLayout->addWidget(m_audience);
    layout->addWidget(audienceBox, 2);
    // Uploads made for this campaign (import-contacts --campaign), before it runs.
    m_uploadsBox = new QGroupBox(tr("CSV upload follow-up"), this);
    auto *uploadsLayout = new QVBoxLayout(m_uploadsBox);
    m_uploads = new UploadFollowUpTable(m_uploadsBox);
    uploadsLayout->addWidget(m_uploads);
    m_uploadsBox->hide();
    layout->addWidget(m_uploadsBox);
}

void DraftView::show(const CampaignDetailData &d, bool mayRun)
{
    const qsizetype blockers = m_checklist->setFindings(d.findings);
    m_readiness->setText(blockers == 0 ? tr("<b>Ready to run.</b>")
                                       : tr("<b>%n thing(s) to fix before it can run.</b>", nullptr, int(blockers)));

    m_recap->setText(DetailFormat::recapHtml(d));
    m_uploadsBox->setVisible(m_uploads->show(d));

    m_audience->setRowCount(int(d.audience.size()));
    for (int i = 0; i < d.audience.size(); ++i) {
        const ChannelAudience &a = d.audience.at(i);
        QStringList sample;
        for (const Contact &c : a.sample)
            sample << DetailFormat::contactLabel(c, a.kind);
        m_audience->setItem(i, 0, new QTableWidgetItem(displayName(a.kind)));
        auto *count = new QTableWidgetItem(QLocale().toString(a.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_audience->setItem(i, 1, count);
        m_audience->setItem(i, 2, new QTableWidgetItem(sample.join(QStringLiteral(", "))));
    }
    m_audience->resizeColumnsToContents();
    m_audience->horizontalHeader()->setStretchLastSection(true);

    const bool schedulable = d.overview.campaign.launchType == LaunchType::Schedule
                             || d.overview.campaign.launchType == LaunchType::Recurring;
    // Run, Schedule and Test run stay disabled, saying why, while preflight blocks them.
    allowIf(m_run, mayRun, ReadinessList::blockerLines(d.findings), tr("Send to the audience now."));
    allowIf(m_schedule, mayRun, ReadinessList::blockerLines(d.findings, true), tr("Arm the campaign to launch at its send time."));
    allowIf(m_testRun, mayRun, ReadinessList::blockerLines(d.testFindings),
            tr("Send to the test recipients: %1").arg(d.overview.campaign.testRecipients.join(QStringLiteral(", "))));
    m_schedule->setVisible(schedulable);
    m_edit->setEnabled(mayRun);
}

} // namespace herald
