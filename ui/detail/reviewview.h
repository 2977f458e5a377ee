#pragma once

#include "common/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace herald {

// The Review tab: what the reviewer approves (each channel's subject and text, shown as
// plain text), the lint findings about it (no unsubscribe link or opt-out text, unknown
// merge fields, a shouting subject), whether the approval is current, and the history of
// approvals, rejections and comments. Reviewers and admins Approve or Reject (saying what
// to change); anyone but a viewer comments.
class ReviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewView)

public:
    explicit ReviewView(QWidget *parent = nullptr);
    void setSession(const Session &session);
    // Reads the campaign when the tab is shown (at once when it is visible).
    void show(const QString &campaignReference);

    // What the buttons do once their dialogs have answered (tests call them directly).
    bool approve(const QString &comment = {});
    bool reject(const QString &comment);
    bool comment(const QString &text);

signals:
    void changed(); // the approval changed: the campaign's status may have
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    // Asks for a comment; empty when cancelled.
    QString askComment(const QString &title, const QString &prompt, const QString &action);

    Session m_session;
    QString m_reference;
    bool m_stale = true;
    QLabel *m_state = nullptr;
    QTextBrowser *m_content = nullptr;
    QLabel *m_lint = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_comment = nullptr;
};

} // namespace herald
