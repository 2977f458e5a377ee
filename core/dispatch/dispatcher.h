#pragma once

#include "domain/attachment.h"
#include "domain/clock.h"
#include "messagecomposer.h"
#include "progresssnapshot.h"
#include "schedule/sendwindow.h"
#include "storage/database.h"
#include "storage/senderrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <deque>
#include <map>
#include <memory>

class QTimer;

namespace herald {

class NumberRotation;
class LinkListener;
class Provider;
struct OutgoingMessage;
struct SendOutcome;
struct MessageTransition;
struct DeliveryReport;
struct InboundMessage;
struct ChannelLink;

// Sends the workspace's Running channels. Claims Queued messages in batches (opted-out
// recipients end Opted Out at claim), hands them to each channel's provider
// asynchronously, and records outcomes in batched transactions. Pre-send errors are
// retried with back-off up to 3 attempts in all. The sweeper runs every second.
// Lives in one thread (its own QThread in the GUI, the main thread in heraldctl);
// only one dispatcher may send a workspace at a time (WorkspaceLock).
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    static constexpr int kMaxAttempts = 3;
    static constexpr int kFullRetryMs = 2000;

    struct Options
    {
        int tickMs = 20;
        int claimBatch = 200;
        int progressMs = 100;
        int sweepMs = 1000;
    };

    Dispatcher(Database db, const Clock &clock, Options options, QObject *parent = nullptr);
    ~Dispatcher() override;

    // Messages left in flight by a dispatcher that died are never sent again: they end
    // Timed Out. Call once, holding the workspace lock, before start(). In a team
    // workspace, where any number of dispatchers send, this one first takes its id (held
    // while it lives) and only settles the messages of dispatchers no longer alive; it
    // does so again every sweep, so a worker that dies mid-run is settled by the others.
    Result<int> recover();
    // How many dispatchers (windows and workers alike) send for a team workspace right
    // now; 0 on a workspace file, where WorkspaceLock says whether one does.
    static Result<int> senders(const Database &db);
    void start();
    // Stop claiming; what is in flight still finishes (drain before exit).
    void stopClaiming();
    qint64 inFlight() const { return m_inFlight.size(); }
    // Sending waits for space on the workspace's disk.
    bool held() const { return m_heldSince.isValid(); }
    // One round: claim and send, record results, and now and then sweep and report.
    void tick();
    // Writes pending results now.
    void flush();
    // Others (a team workspace's workers and windows) moved messages of `run`: count its
    // channels again and report their progress now, others' pace included.
    void recount(Id run);
    // Delivery reports read so far, applied or not (a late one that would move its
    // message backwards changes nothing but counts here).
    qint64 reportsRead() const { return m_reportsRead; }
    // Running channels of the workspace right now.
    int runningChannels() const { return int(m_channels.size()); }

signals:
    void progress(const herald::ProgressSnapshot &snapshot);
    void problem(const QString &message);
    // The workspace file is damaged: the dispatcher stopped claiming (see WorkspaceMaintenance).
    void damaged(const QString &message);
    // The disk holding the workspace is full: nothing new is claimed, what is done waits in
    // memory, and the dispatcher tries again every kFullRetryMs until there is space.
    void sendingHeld(const QString &reason);
    void sendingResumed();

private:
    struct ChannelKey
    {
        Id run;
        ChannelKind kind;
        bool operator==(const ChannelKey &) const = default;
    };
    friend size_t qHash(const ChannelKey &k, size_t seed) { return qHashMulti(seed, k.run, int(k.kind)); }

    struct Active
    {
        Id tenant = 0;
        Id campaign = 0;
        ChannelKind kind = ChannelKind::Email;
        ChannelStatus status = ChannelStatus::Running;
        QJsonObject frozen; // this channel's frozen content and sender
        QList<Attachment> attachments; // email: the frozen attachments, with their files
        SendWindow window = SendWindow::always();
        qint64 waitingForWindow = 0;
        QDateTime windowOpens; // the earliest closed zone's next opening
        QString campaignName;
        bool trackClicks = false; // the campaign's links go through the tenant's listener
        QDateTime expires;        // the campaign's TTL from the run's start; invalid: none
        std::array<qint64, allValues<MessageStatus>().size()> counts{};
        double tokens = 0;
        QDateTime lastRefill;
        std::deque<std::pair<qint64, qint64>> done; // (ms, messages) reaching Sent or final
        double latencyMs = -1; // provider's answer time, moving average; -1 until the first answer
    };

    struct InFlight
    {
        Id tenant = 0;
        Id run = 0;
        ChannelKind kind = ChannelKind::Email;
        MessageStatus status = MessageStatus::Sending;
        int attempts = 0;
        Provider *provider = nullptr;
        qint64 handedOverMs = 0; // when the provider got it, for its latency
        Id number = 0;           // the pool number it went out from
        int credits = 0;         // what the gateway's acceptance costs (SMS: its segments)
    };

    // Where a transition counts: its run's channel, and the number it went out from.
    struct Place
    {
        Id run = 0;
        ChannelKind kind = ChannelKind::Email;
        Id number = 0;
        int credits = 0; // spent from the tenant's balance when it becomes Sent
        QString optOutSource; // the recipient refused the channel: what the opt-out list records
        QStringList reachedEndpoints, expiredEndpoints; // Web Push: the browsers reached, and gone
    };

    Status refreshChannels();
    Status loadCounts(const ChannelKey &key, Active &a);
    // Counts again, adding what others moved since to the pace.
    Status recount(const ChannelKey &key, Active &a);
    // The provider sending the tenant's `kind`, created from its settings when needed.
    // nullptr while a provider whose settings changed still has messages in flight: new
    // messages wait for the provider made from the new settings.
    Result<Provider *> provider(Id tenant, ChannelKind kind);
    // Providers whose settings changed (in Settings, or `heraldctl providers set` in any
    // process) are retired: in flight they finish, then the next claim makes a new one.
    Status refreshProviders();
    // Claims the channel's next messages and hands them to its provider: how many it may
    // take now, which, what each becomes, then their transitions in one transaction.
    Status claim(const ChannelKey &key, Active &a);
    struct Claimable; // a message read for claiming, and its recipient
    struct Batch;     // what a claim makes of its messages
    // How many messages the channel may claim now: its provider's window less what is in
    // flight there, its rate limit's tokens, a phone pool's calls at once.
    Result<int> claimLimit(const Active &a, Provider *provider, const QDateTime &now);
    // Up to n waiting messages of the channel in id order (Queued, and Retrying ones whose
    // next attempt is due) whose recipients' send window is open, opted out or not.
    Result<QList<Claimable>> readClaimable(const ChannelKey &key, const Active &a, int n, const QDateTime &now);
    // A team workspace: keeps the rows this dispatcher could lock; inside the claim's transaction.
    Status lockClaimable(const ChannelKey &key, QList<Claimable> &rows);
    // Each row's transition, message and pool number: Opted Out, or sent from the number
    // the rotation picks; a row no number may send now stays Queued.
    Result<Batch> composeBatch(const ChannelKey &key, const Active &a, const QList<Claimable> &rows,
                               const QDateTime &now);
    // Applies the batch's transitions (inside the claim's transaction), puts the messages
    // that moved in flight and records their numbers' uses: the messages to hand over once
    // the transaction is committed.
    Result<QList<OutgoingMessage>> applyBatch(const ChannelKey &key, const Active &a, Provider *provider,
                                              const Batch &batch, const QDateTime &now);
    // The contact time zones of a tenant ('' means the tenant's own), cached per sweep.
    Result<QStringList> zones(Id tenant);
    // Zones whose window is open now; a zone of '' stands for the tenant's time zone.
    QStringList openZones(const Active &a, const QStringList &zones, QDateTime *nextOpening = nullptr);
    Status countWaiting(const ChannelKey &key, Active &a);
    Status applyOutcomes();
    // Writes the unwritten transitions, each tenant's in one transaction with what they
    // cost (credits, number results), then counts them. What cannot be written now (a
    // locked or full workspace) stays unwritten for the next try: an outcome is delayed,
    // never dropped.
    Status writeUnwritten();
    Status writeTenant(Id tenant, const QList<MessageTransition> &transitions, const QList<Place> &where);
    // The message's contact onto the opt-out list for its channel (inside writeTenant's transaction).
    Status optOutRecipient(Id tenant, Id messageId, const QString &source, const QDateTime &at);
    // A team workspace's dispatcher takes its id and holds it while it lives (once).
    Status announce();
    // Ends Timed Out what dead dispatchers left in flight (every dispatcher but this one
    // on a file); how many.
    Result<int> settleOrphans();
    // The channel's share of its rate limit now, from the bucket every dispatcher sending
    // it shares (run_channels); inside the claim's transaction.
    Result<int> takeTokens(const ChannelKey &key, Active &a, int rate, int wanted);
    static void countForNumber(SenderRepository::NumberResults &r, ChannelKind kind, MessageStatus from, MessageStatus to);
    // The pool's rotation for today in the tenant's zone, reloaded every sweep.
    Result<NumberRotation *> numberRotation(Id tenant, Id poolId);
    QString rotationDay(Id tenant);
    void reportOnce(const QString &key, const Error &error);
    // Starts, keeps or stops the tenants' listeners as their settings say.
    Status refreshListeners();
    // Reports from the tenant's provider of `kind`, applied once their messages' outcomes
    // are written (a report naming its message by the provider's id needs that id written).
    Status applyReports(Id tenant, ChannelKind kind, const QList<DeliveryReport> &reports);
    Status applyReports();
    // An SMS back: a reply stored, or a keyword (SmsKeywords) acted on: an opt-out, an
    // opt-in, HELP answered through `provider`.
    void handleInbound(Id tenant, const InboundMessage &message, Provider *provider);
    // A chat that followed the tenant's Telegram deep link: the contact its signed start
    // parameter names now has that chat (taken from any other contact).
    void handleLink(Id tenant, const ChannelLink &link);
    // START: the sender's contacts are back on the channel (not on channels they left
    // by other means), audited.
    void optBackIn(Id tenant, const InboundMessage &message);
    void count(Id run, ChannelKind kind, MessageStatus from, MessageStatus to);
    void progressed(Active &a, qint64 messages);
    void emitProgress();
    void report(const Error &error);
    // While held: whether the workspace takes writes again (what waited is written first).
    bool spaceAgain();

    Database m_db;
    const Clock &m_clock;
    Options m_options;
    Id m_id = 0; // a team workspace dispatcher's id (messages.claimed_by)
    QTimer *m_timer = nullptr;
    bool m_claiming = true;
    QHash<ChannelKey, Active> m_channels;
    struct Made
    {
        Provider *provider = nullptr;
        QString settings; // the provider's name and settings it was made from
    };
    QHash<std::pair<Id, int>, Made> m_providers;           // (tenant, kind) -> provider
    QMultiHash<std::pair<Id, int>, Provider *> m_retiring; // (tenant, kind) -> ones finishing their messages
    QHash<Id, InFlight> m_inFlight;
    // Herald's listeners by address, and what tracked links need per tenant.
    std::map<QString, std::unique_ptr<LinkListener>> m_listeners;
    // Tenants with a link secret: their public URL and bounce address (either may be
    // empty) and the secret that signs links, VERP addresses and push tokens.
    QHash<Id, TenantWeb> m_web;
    QHash<QString, QDateTime> m_helpAnswered; // "tenant|sender" -> when HELP was last answered
    QHash<Id, QStringList> m_zones;       // tenant -> contact time zones
    QHash<Id, QString> m_tenantZones;     // tenant -> its own time zone
    QHash<Id, std::pair<QString, std::shared_ptr<NumberRotation>>> m_rotations; // pool -> (day, rotation)
    QSet<QString> m_reported;             // problems reported once
    QDateTime m_heldSince;                // the disk is full since then; invalid when it is not
    QDateTime m_lastSpaceTry;
    QString m_lastProblem;                // the newest problem reported, and when
    qint64 m_lastProblemMs = 0;
    QList<SendOutcome> m_outcomes;
    struct Unwritten
    {
        QList<MessageTransition> transitions;
        QList<Place> where; // per transition, where it counts
    };
    QHash<Id, Unwritten> m_unwritten;         // tenant -> transitions not yet in the workspace
    struct UnreadReport; // a report and the tenant and kind of the provider it came from
    QList<UnreadReport> m_unreadReports;      // reports waiting for their messages' outcomes
    qint64 m_reportsRead = 0;
    QDateTime m_lastSweep;
    bool m_listenersFresh = false; // start() has just opened them: the first sweep need not
    QDateTime m_lastProgress;
};

} // namespace herald
