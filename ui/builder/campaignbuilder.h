#pragma once

#include "common/backgroundtask.h"
#include "common/session.h"
#include "domain/campaign.h"
#include "lifecycle/finding.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace herald {

class ChatCompletions;
struct Draft;
class ReadinessList;
class SegmentEditor;
struct ChannelAudience;

// Creates and edits a campaign in one flow: basics (name, description, tags, goal,
// writer, reviewer), channels (template or text, sender, rate, send window), audience
// (contact list, send-to and exclude segments, one-time rules) and launch (type, send
// time, recurrence, time zone, TTL, test recipients), with the activation switch.
// Preflight runs off the GUI thread as the form changes, so what is missing shows while
// editing; saving goes through CampaignService, which applies the status's edit rules.
class CampaignBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignBuilder)

public:
    enum class Section { Basics, Channels, Audience, Launch };

    explicit CampaignBuilder(QWidget *parent = nullptr);
    ~CampaignBuilder() override;

    void setSession(const Session &session);
    void startNew();
    // Opens a campaign for editing; with `fix`, on the field that finding is about.
    // Refuses (with the reason) a campaign whose status allows no edit at all.
    bool edit(const QString &reference, const std::optional<Finding> &fix = std::nullopt);
    // The builder page that changes what a finding is about; none when the fix lies
    // elsewhere (providers, balance, permissions, the reviewer's approval).
    static std::optional<Section> sectionFor(const Finding &finding);
    Section currentSection() const;
    // By name: "basics", "channels", "audience" or "launch".
    bool showSection(const QString &name);

    // The form read back as a campaign.
    Campaign campaign() const;
    bool isModified() const { return m_modified; }
    bool isChecking() const;
    QList<Finding> findings() const { return m_findings; }
    // Asks before dropping unsaved changes; true when it is fine to leave the builder.
    bool mayLeave();
    void save();
    // Fills a text channel from the chosen goal and writer: with the tenant's writer
    // endpoint when Settings name one (drafted() once it has answered; when it fails, asks
    // whether to use the built-in writer), else with the built-in writer at once. Asks
    // before replacing text. False when nothing was or will be drafted.
    bool draftChannel(ChannelKind kind);
    // `login` saved the campaign open here from elsewhere (a team workspace's teammate):
    // an unchanged form shows their version at once; one with unsaved changes offers to
    // reload. Nothing happens when what the form shows did not change.
    void changedElsewhere(const QString &login);

signals:
    void drafted(herald::ChannelKind kind);
    void saved(herald::Id campaignId);
    void closed();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyDraft(ChannelKind kind, const Draft &draft, const QString &source);
    bool reload();
    struct ChannelEditor
    {
        QGroupBox *box = nullptr;
        QComboBox *templateCombo = nullptr;
        QPlainTextEdit *text = nullptr;
        QLabel *length = nullptr;
        QComboBox *sender = nullptr;
        QSpinBox *rate = nullptr;
        QLineEdit *window = nullptr;
    };
    struct Check
    {
        QList<Finding> findings;
        QList<ChannelAudience> audience;
    };

    QWidget *basicsPage();
    QWidget *channelsPage();
    QWidget *audiencePage();
    QWidget *launchPage();
    void loadCatalog();
    void fill(const Campaign &campaign);
    void changed();
    void startCheck();
    void checked(const Result<Check> &check);
    void showCheck(const Check &check);
    void updateLaunchFields();
    void updateSendAtZone();
    void updateSmsLength(ChannelKind kind);
    void focusFinding(const Finding &finding);
    void markFieldErrors(const Campaign &campaign);
    QString subjectText() const;

    Session m_session;
    Campaign m_original; // as loaded; id 0 for a new campaign
    QDateTime m_shownSendAt;
    bool m_modified = false;
    bool m_filling = false;
    ChatCompletions *m_chat = nullptr; // a draft on its way from the writer endpoint
    bool m_checkAgain = false;
    QList<Finding> m_findings;
    BackgroundTask<Result<Check>> m_check; // set up where ChannelAudience is complete, in the constructor
    QTimer *m_checkDelay = nullptr;
    // Gets the focus when the page is shown: startNew() and a fix run while it is hidden.
    QPointer<QWidget> m_focusOnShow;

    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QFrame *m_elsewhere = nullptr;
    QLabel *m_elsewhereText = nullptr;
    QPushButton *m_reload = nullptr;
    QCheckBox *m_activated = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_sections = nullptr;
    ReadinessList *m_readiness = nullptr;
    QLabel *m_readinessSummary = nullptr;

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_goal = nullptr;
    QComboBox *m_writer = nullptr;
    QComboBox *m_reviewer = nullptr;

    QHash<ChannelKind, ChannelEditor> m_channels;

    QComboBox *m_contactList = nullptr;
    QListWidget *m_sendTo = nullptr;
    QListWidget *m_exclude = nullptr;
    SegmentEditor *m_oneTimeRules = nullptr;
    QLabel *m_rulesError = nullptr;
    QLabel *m_audienceCount = nullptr;

    QComboBox *m_launchType = nullptr;
    QDateTimeEdit *m_sendAt = nullptr;
    QLabel *m_sendAtZone = nullptr; // the zone the send time is in, named
    QLineEdit *m_recurrence = nullptr;
    QLabel *m_recurrenceError = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_ttl = nullptr;
    QCheckBox *m_trackClicks = nullptr;
    QPlainTextEdit *m_testRecipients = nullptr;
};

} // namespace herald
