#pragma once

#include "common/backgroundtask.h"
#include "common/session.h"
#include "dispatch/runservice.h"
#include "domain/contact.h"
#include "domain/launchtype.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace herald {

struct WebPushSettings;

// What a person sees before anything is sent: the campaign, the exact number of messages
// per channel (the audience query the run uses), a preview of each channel's content for
// a sample contact, and the disclaimer. Run stays disabled until the disclaimer is accepted;
// queueing then runs off the GUI thread with a progress bar. A live run of several channels
// may start some of them: the others are held, to be started later into the same run.
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    RunDialog(const Session &session, Id campaignId, RunKind kind, std::optional<ChannelKind> only = std::nullopt,
              QWidget *parent = nullptr);

    // False when the campaign could not be read (the reason was shown).
    bool isUsable() const { return m_usable; }
    bool isStarting() const { return m_queueing.isRunning(); }
    // What happened, for the status bar: "Run #12 started: 1,234 messages queued".
    QString outcome() const { return m_outcome; }
    qint64 totalMessages() const { return m_total; }

private:
    void build(const Campaign &campaign);
    // The channels this run starts: `only`, the ticked ones, or all.
    ChannelSet selected() const;
    // Counts, forecast and blockers of the channels ticked.
    void refreshSelection();
    QWidget *preview(const Campaign &campaign, const CampaignChannel &channel, const Contact *sample);
    // A call: its recording (the frozen "attachments") or its script spoken, to play.
    QWidget *callPreview(const QString &script, const QJsonArray &recording, QWidget *parent);
    // The tenant's Web Push settings (the notification's icon and default link).
    WebPushSettings webPushSettings() const;
    void start();
    void started(const Result<Run> &run);

    Session m_session;
    Id m_campaignId = 0;
    QString m_reference;
    RunKind m_kind;
    std::optional<ChannelKind> m_only;
    Campaign m_campaign;
    QList<std::pair<ChannelKind, QCheckBox *>> m_channelBoxes; // a live run of several channels
    QHash<ChannelKind, qint64> m_counts;
    bool m_usable = false;
    qint64 m_total = 0;
    QString m_outcome;
    QCheckBox *m_accept = nullptr;
    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_forecast = nullptr;
    QLabel *m_heldNote = nullptr;
    // Queueing holds the workspace: closing the dialog waits for it, never leaving it half-way.
    BackgroundTask<Result<Run>> m_queueing{this, [this](const Result<Run> &run) { started(run); }};
};

} // namespace herald
