#include "workspaceevents.h"

#include "sqlquery.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEvents, "herald.storage.events")

namespace herald {

namespace {

constexpr int kCheckMs = 5000; // how often the listening connection is checked, and tenants re-read
constexpr int kFileCheckMs = 300; // how often a workspace file's data version is compared

std::optional<WorkspaceChange::What> whatOf(QStringView word)
{
    if (word == u"campaign")
        return WorkspaceChange::What::Campaign;
    if (word == u"run")
        return WorkspaceChange::What::Run;
    if (word == u"messages")
        return WorkspaceChange::What::Messages;
    return std::nullopt;
}

} // namespace

WorkspaceEvents::WorkspaceEvents(Database db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_gather = new QTimer(this);
    m_gather->setSingleShot(true);
    m_gather->setInterval(100);
    connect(m_gather, &QTimer::timeout, this, [this] {
        const QList<WorkspaceChange> changes = std::exchange(m_pending, {});
        if (!changes.isEmpty())
            emit changed(changes);
    });
    m_check = new QTimer(this);
    m_check->setInterval(kCheckMs);
    connect(m_check, &QTimer::timeout, this, &WorkspaceEvents::check);
}

WorkspaceEvents::~WorkspaceEvents()
{
    if (!m_connectionName.isEmpty())
        m_db.closeConnection(m_connectionName);
}

bool WorkspaceEvents::start()
{
    if (const QString version = m_db.dialect().dataVersion(); !version.isEmpty()) {
        // A workspace file: from the newest change on, whenever another connection wrote.
        QSqlDatabase conn = m_db.extraConnection(QStringLiteral("follow"));
        m_connectionName = conn.connectionName();
        SqlQuery newest(conn, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        if (auto st = newest.exec(u"reading the workspace's newest change"); !st) {
            emit problem(st.error().shown());
            return false;
        }
        m_lastSeq = newest.next() ? newest.value(0).toLongLong() : 0;
        m_check->setInterval(kFileCheckMs);
        m_check->start();
        readChanges();
        return true;
    }
    if (m_db.dialect().notifyChannels().isEmpty())
        return false;
    {
        SqlQuery pid(m_db.connection(), m_db.dialect().backendId());
        if (auto st = pid.exec(u"asking the team database for this window's connection"); !st) {
            emit problem(st.error().shown());
            return false;
        }
        m_ownPid = pid.next() ? pid.value(0).toLongLong() : 0;
    }
    m_check->start();
    return listen();
}

bool WorkspaceEvents::listen()
{
    QSqlDatabase conn = m_db.extraConnection(QStringLiteral("listen"));
    m_connectionName = conn.connectionName();
    if (!conn.isOpen()) {
        m_lost = true;
        return false;
    }
    SqlQuery q(conn, m_db.dialect().notifyChannels());
    if (auto st = q.exec(u"reading the tenants' notification channels"); !st) {
        emit problem(st.error().shown());
        m_lost = true;
        return false;
    }
    QSet<QString> wanted;
    while (q.next())
        wanted.insert(q.text(0));
    QSqlDriver *driver = conn.driver();
    if (driver != m_driver) { // a new connection: nothing listened to on it yet
        m_channels.clear();
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &WorkspaceEvents::onNotification);
    }
    for (const QString &gone : m_channels - wanted) {
        driver->unsubscribeFromNotification(gone);
        m_channels.remove(gone);
    }
    for (const QString &channel : wanted - m_channels) {
        if (!driver->subscribeToNotification(channel)) {
            emit problem(Text::tr("cannot follow the team workspace's changes: %1")
                             .arg(driver->lastError().text().trimmed())
                             .shown());
            continue;
        }
        m_channels.insert(channel);
    }
    if (m_lost) {
        m_lost = false;
        qCInfo(lcEvents) << "following the team workspace's changes again";
        emit resynced();
    }
    return !m_channels.isEmpty();
}

void WorkspaceEvents::check()
{
    if (!m_db.dialect().dataVersion().isEmpty()) {
        readChanges();
        return;
    }
    if (!m_lost) {
        (void)listen(); // tenants may have come or gone; a failure says the connection is lost
        if (!m_lost)
            return;
        qCWarning(lcEvents) << "lost the connection that follows the team workspace's changes";
    }
    // A new connection; what changed while none listened is told by resynced().
    m_db.closeConnection(m_connectionName);
    (void)listen();
}

void WorkspaceEvents::readChanges()
{
    QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
    {
        SqlQuery version(conn, m_db.dialect().dataVersion());
        if (auto st = version.exec(u"asking whether the workspace changed"); !st) {
            emit problem(st.error().shown());
            return;
        }
        const qint64 now = version.next() ? version.value(0).toLongLong() : 0;
        if (now == m_dataVersion)
            return; // nobody else wrote: nothing read
        m_dataVersion = now;
    }
    SqlQuery q(conn, QStringLiteral("SELECT seq, tenant_id, what, campaign_id, run_id FROM changes WHERE seq > ? ORDER BY seq"));
    q.bind(m_lastSeq);
    if (auto st = q.exec(u"reading the workspace's changes"); !st) {
        emit problem(st.error().shown());
        return;
    }
    bool first = true;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        // Rows are numbered without holes; one missing was dropped before it was read.
        if (first && seq > m_lastSeq + 1)
            emit resynced();
        first = false;
        m_lastSeq = seq;
        if (const auto what = whatOf(q.text(2)))
            add({*what, q.id(1), q.id(3), q.id(4), {}, false});
    }
}

void WorkspaceEvents::add(const WorkspaceChange &change)
{
    if (!m_pending.contains(change))
        m_pending.append(change);
    if (!m_gather->isActive())
        m_gather->start();
}

void WorkspaceEvents::onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (!m_channels.contains(channel))
        return;
    // "what tenant campaign run backend-pid login"
    const QString text = payload.toString();
    const QList<QStringView> parts = QStringView(text).split(u' ');
    const auto what = parts.size() >= 6 ? whatOf(parts.at(0)) : std::nullopt;
    if (!what) {
        qCWarning(lcEvents) << "ignored a notification that is not Herald's:" << text;
        return;
    }
    WorkspaceChange c;
    c.what = *what;
    c.tenantId = parts.at(1).toLongLong();
    c.campaignId = parts.at(2).toLongLong();
    c.runId = parts.at(3).toLongLong();
    c.byThisWindow = m_ownPid != 0 && parts.at(4).toLongLong() == m_ownPid;
    c.login = text.section(u' ', 5);
    add(c);
}

} // namespace herald
