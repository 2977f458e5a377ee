#pragma once

#include "mailboxsettings.h"

#include <QList>

#include <atomic>
#include <memory>

namespace herald {

// A tenant's mailbox over IMAP, through libcurl: TLS always (implicit, or STARTTLS
// required), the server's certificate verified against the system's CAs and the
// settings' ca_file. Blocking: it runs on the mailbox's own thread or in heraldctl. One
// connection, reused for every command of a poll.
//
// Herald marks what it has read with its own keyword, HeraldRead, rather than \Seen: a
// person reading the mailbox in a mail program does not hide mail from Herald, and every
// dispatcher of a team reads the same mailbox without a cursor of its own.
class ImapClient final
{
public:
    // `cancel`, once set, aborts what is under way.
    explicit ImapClient(const MailboxSettings &settings, const std::atomic<bool> *cancel = nullptr);
    ~ImapClient();
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    // Logs in and selects the folder.
    Status probe();
    // The UIDs of the messages Herald has not read yet, oldest first.
    Result<QList<qint64>> unread();
    // One message as it is stored; messages over `maxBytes` are an error.
    Result<QByteArray> fetch(qint64 uid, qsizetype maxBytes);
    // Marks a message read by Herald; `leaveUnseen`: also for people, who still see it as
    // new (replies).
    Status markRead(qint64 uid, bool leaveUnseen);

private:
    Result<QByteArray> perform(const QString &url, const QByteArray &command, qsizetype maxBytes, const Text &doing);

    struct Handle;
    std::unique_ptr<Handle> m_handle;
    MailboxSettings m_settings;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace herald
