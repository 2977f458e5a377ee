#pragma once

#include <QString>
#include <QTextStream>

#include <unistd.h>

namespace herald::ctl {

// "[#########.........]  45%  4,500 of 10,000" on a terminal; nothing elsewhere.
class ProgressBar
{
public:
    explicit ProgressBar(QTextStream &err) : m_err(err), m_tty(::isatty(STDERR_FILENO) == 1) {}
    ~ProgressBar() { finish(); }

    void show(const QString &label, qint64 done, qint64 total)
    {
        if (!m_tty || total <= 0)
            return;
        const int width = 30;
        const int filled = int(width * done / total);
        m_err << '\r' << label << " [" << QString(filled, u'#') << QString(width - filled, u'.') << "] "
              << QString::number(100 * done / total).rightJustified(3) << "%  " << done << " of " << total << "  ";
        m_err.flush();
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            m_err << Qt::endl;
        m_shown = false;
    }

private:
    QTextStream &m_err;
    bool m_tty;
    bool m_shown = false;
};

} // namespace herald::ctl
