#include "mailboxreader.h"

#include "inboundmailbox.h"
#include "mailboxsettings.h"

#include "storage/tenantrepository.h"

namespace herald {

MailboxReader::MailboxReader(Database db, const Clock &clock, int checkMs, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_timer(this)
{
    m_timer.setInterval(checkMs);
    connect(&m_timer, &QTimer::timeout, this, &MailboxReader::check);
}

MailboxReader::~MailboxReader() = default;

void MailboxReader::start()
{
    m_timer.start();
    check();
}

void MailboxReader::check()
{
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants) {
        emit problem(tenants.error().shown());
        return;
    }
    for (const Tenant &t : std::as_const(*tenants)) {
        if (m_cancel)
            return;
        const auto settings = MailboxSettings::withoutPassword(t.mailbox);
        if (!settings) {
            m_lastRead.remove(t.id);
            continue;
        }
        const QDateTime now = m_clock.now();
        const auto last = m_lastRead.constFind(t.id);
        if (last != m_lastRead.cend() && last->secsTo(now) < settings->intervalSecs)
            continue;
        m_lastRead.insert(t.id, now);
        const auto poll = InboundMailbox(m_db, t).poll({}, &m_cancel);
        if (m_cancel)
            return;
        const Text error = poll ? Text() : Text::tr("the mailbox of %1: %2").arg(t.name, poll.error().text());
        if (error.english() != m_reported.value(t.id)) {
            m_reported.insert(t.id, error.english());
            if (!error.isEmpty())
                emit problem(error.shown());
        }
    }
}

MailboxThread::MailboxThread(Database db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    m_thread.setObjectName(QStringLiteral("herald-mailbox"));
    m_reader = new MailboxReader(m_db, clock);
    m_reader->moveToThread(&m_thread);
    connect(m_reader, &MailboxReader::problem, this, &MailboxThread::problem, Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_reader, &MailboxReader::start, Qt::QueuedConnection);
}

MailboxThread::~MailboxThread()
{
    m_reader->cancel(); // a read under way stops now
    QMetaObject::invokeMethod(
        m_reader,
        [r = m_reader, db = m_db] {
            delete r;
            db.closeThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace herald
