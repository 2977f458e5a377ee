#pragma once

#include "common/backgroundtask.h"
#include "common/session.h"
#include "domain/contact.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace herald {

class SegmentEditor;

// The tenant's segments: pick one on the left, edit its name and conditions on the right
// (SegmentEditor), and see while editing how many contacts match and who the first ones
// are, counted off the GUI thread with the query runs use. Managers and admins create,
// save (Ctrl+S) and delete (asks first, naming the campaigns that use the segment).
class SegmentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsView)

public:
    struct Preview
    {
        qint64 matching = 0;
        qint64 reachable = 0; // not opted out of every channel
        QList<Contact> sample;
    };

    explicit SegmentsView(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();

    SegmentEditor *editor() const { return m_editor; }
    bool isCounting() const;
    // What the buttons do (tests call them directly).
    void newSegment();
    bool save();
    bool deleteCurrent();
    bool select(const QString &name);
    // Asks before dropping unsaved changes; true when it is fine to move on.
    bool mayLeave();

signals:
    void statusMessage(const QString &message);

private:
    void showSegment(Id id);
    void edited();
    void startCount();
    void showPreview(const Result<Preview> &preview);
    void setModified(bool modified);

    Session m_session;
    Id m_current = 0; // 0: a new, unsaved segment
    bool m_modified = false;
    bool m_loading = false;
    bool m_countAgain = false;
    bool m_counting = false; // until the result is shown
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    SegmentEditor *m_editor = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_sample = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QTimer *m_countDelay = nullptr;
    BackgroundTask<Result<Preview>> m_countTask{this, [this](const Result<Preview> &preview) { showPreview(preview); }};
};

} // namespace herald
