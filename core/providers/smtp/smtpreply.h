#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace herald {

// SMTP replies (RFC 5321 4.2) from the bytes a server sends, in whatever pieces they
// arrive: "250-first\r\n250 last\r\n" is one reply, code 250, two lines. A line too
// short to hold a code is skipped. What a reply may hold is bounded: a line without its
// end past kMaxLine bytes, or a reply of more than kMaxLines lines, is an overflow and
// the session ends.
class SmtpReplyReader final
{
public:
    static constexpr qsizetype kMaxLine = 64 * 1024; // RFC 5321 says 512; servers say more
    static constexpr qsizetype kMaxLines = 1000;

    struct Reply
    {
        int code = 0;
        QStringList lines; // the text after each line's code and separator
    };

    // Takes the bytes received and returns the replies they complete.
    QList<Reply> feed(const QByteArray &bytes);
    bool overflowed() const { return m_overflow; }

private:
    QByteArray m_buffer;
    QStringList m_lines;
    bool m_overflow = false;
};

} // namespace herald
