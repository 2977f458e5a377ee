#include "readinesslist.h"

#include "domain/labels.h"
#include "lifecycle/preflight.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace herald {

ReadinessList::ReadinessList(QWidget *parent) : QScrollArea(parent)
{
    setAccessibleName(tr("Readiness checklist"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    m_rows = new QVBoxLayout(m_content);
    setWidget(m_content);
}

QString ReadinessList::blockerLines(const QList<Finding> &findings, bool ignoreBusy)
{
    QStringList lines;
    for (const Finding &f : findings)
        if (Preflight::blocks(f, ignoreBusy))
            lines << u"\u2022 " + f.shown();
    return lines.join(u'\n');
}

qsizetype ReadinessList::setFindings(const QList<Finding> &findings)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto row = [&](QStyle::StandardPixmap icon, const QString &text, const QString &fix) {
        auto *w = new QWidget(m_content);
        auto *grid = new QGridLayout(w);
        grid->setContentsMargins(8, 2, 2, 2);
        auto *iconLabel = new QLabel(w);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
        grid->addWidget(iconLabel, 0, 0, Qt::AlignTop);
        auto *textLabel = new QLabel(text, w);
        textLabel->setWordWrap(true);
        textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(textLabel, 0, 1);
        if (!fix.isEmpty()) {
            auto *fixLabel = new QLabel(fix, w);
            fixLabel->setWordWrap(true);
            fixLabel->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(fixLabel, 1, 1);
        }
        grid->setColumnStretch(1, 1);
        m_rows->addWidget(w);
        return grid;
    };

    qsizetype blockers = 0;
    for (FindingGroup g : allValues<FindingGroup>()) {
        bool headed = false;
        for (const Finding &f : findings) {
            if (f.group() != g)
                continue;
            if (!headed) {
                auto *heading = new QLabel(u"<b>" + label(g).toHtmlEscaped() + u"</b>", m_content);
                m_rows->addWidget(heading);
                headed = true;
            }
            const bool blocker = f.severity == Severity::Blocker;
            blockers += blocker ? 1 : 0;
            QGridLayout *grid = row(blocker ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, f.shown(),
                                    f.fix.shown());
            auto *fix = new QLabel(u"<a href=\"fix\">" + tr("Fix") + u"</a>", grid->parentWidget());
            fix->setObjectName(u"fix_" + f.code);
            fix->setAccessibleName(tr("Fix: %1").arg(f.shown()));
            // Reached by Tab; Enter follows the focused link.
            fix->setTextInteractionFlags(Qt::TextBrowserInteraction);
            fix->setFocusPolicy(Qt::StrongFocus);
            connect(fix, &QLabel::linkActivated, this, [this, f] { emit fixRequested(f); });
            grid->addWidget(fix, 0, 2, Qt::AlignTop);
        }
    }
    if (findings.isEmpty())
        row(QStyle::SP_DialogApplyButton, tr("Every check passes: the campaign can run."), {});
    m_rows->addStretch(1);
    return blockers;
}

} // namespace herald
