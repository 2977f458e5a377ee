#include "smtpreply.h"

#include <algorithm>

namespace herald {

QList<SmtpReplyReader::Reply> SmtpReplyReader::feed(const QByteArray &bytes)
{
    QList<Reply> out;
    if (m_overflow)
        return out;
    m_buffer += bytes;
    qsizetype start = 0, end;
    while ((end = m_buffer.indexOf("\r\n", start)) >= 0) {
        const QByteArrayView line = QByteArrayView(m_buffer).sliced(start, end - start);
        start = end + 2;
        if (line.size() < 3)
            continue;
        // Three digits, nothing else ("-45" and " 45" are no reply codes).
        const QByteArrayView digits = line.first(3);
        const bool numeric = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
        const int code = numeric ? digits.toInt() : 0;
        m_lines << QString::fromUtf8(line.size() > 4 ? line.sliced(4) : QByteArrayView());
        if (m_lines.size() > kMaxLines) {
            m_overflow = true;
            m_buffer.clear();
            return out;
        }
        if (line.size() > 3 && line.at(3) == '-')
            continue; // more lines follow
        out.append({numeric ? code : 0, std::exchange(m_lines, {})});
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLine) {
        m_overflow = true;
        m_buffer.clear();
    }
    return out;
}

} // namespace herald
