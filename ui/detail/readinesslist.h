#pragma once

#include "lifecycle/finding.h"

#include <QScrollArea>

class QVBoxLayout;

namespace herald {

// Preflight findings grouped as people read them (Plan, Templates, Sender details,
// Audience, Balance & permissions): each with what is wrong, how to fix it and a "Fix" link, the
// text wrapped rather than cut. The draft layout and the builder's live checklist show it.
class ReadinessList final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessList)

public:
    explicit ReadinessList(QWidget *parent = nullptr);
    // Returns the number of blockers among them.
    qsizetype setFindings(const QList<Finding> &findings);
    // The blockers among findings, one "• message" line each; empty when none. What a
    // disabled Run button or a run dialog says instead of refusing later.
    static QString blockerLines(const QList<Finding> &findings, bool ignoreBusy = false);

signals:
    void fixRequested(const herald::Finding &finding);

private:
    QWidget *m_content = nullptr;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace herald
