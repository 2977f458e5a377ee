#pragma once

#include "common/session.h"
#include "domain/goal.h"
#include "domain/writer.h"
#include "storage/catalogrepository.h"

#include <QWidget>


class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace herald {

// Goals (the intended outcome: name, description, success metric, target) and writers
// (the brief drafts follow: instructions, tone, audience, key points, channel limits),
// each a list with its form. The writer's form previews the draft it writes for a goal
// and channel as you type (DraftWriter). Managers and admins create, save and delete
// (asks first; campaigns naming a deleted one report it in their readiness check).
class GoalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsPage)

public:
    explicit GoalsPage(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();
    void showWriters(bool writers);
    // Shows the goal of that name (the Goals tab); false when there is none.
    bool selectGoal(const QString &name);

    // What the buttons do (tests call them directly).
    bool saveGoal();
    bool saveWriter();
    bool deleteGoal();
    bool deleteWriter();
    void newGoal();
    void newWriter();

signals:
    void statusMessage(const QString &message);

private:
    QWidget *goalsTab();
    QWidget *writersTab();
    void showGoal(Id id);
    void showWriter(Id id);
    Writer writerFromForm() const;
    void updatePreview();
    void updateEnabled();
    // Asks, deletes with `remove`, clears `id` and refreshes.
    bool deleteEntry(CatalogKind kind, const QString &what, const QString &name, Id &id);

    Session m_session;
    Id m_goal = 0;
    Id m_writer = 0;
    QList<Goal> m_goals;
    QTabWidget *m_tabs = nullptr;

    QListWidget *m_goalList = nullptr;
    QLineEdit *m_goalName = nullptr;
    QPlainTextEdit *m_goalDescription = nullptr;
    QComboBox *m_goalMetric = nullptr;
    QLineEdit *m_goalUrl = nullptr;
    QDoubleSpinBox *m_goalTarget = nullptr;
    QPushButton *m_goalNew = nullptr;
    QPushButton *m_goalSave = nullptr;
    QPushButton *m_goalDelete = nullptr;

    QListWidget *m_writerList = nullptr;
    QLineEdit *m_writerName = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QComboBox *m_tone = nullptr;
    QLineEdit *m_audience = nullptr;
    QPlainTextEdit *m_keyPoints = nullptr;
    QSpinBox *m_smsSegments = nullptr;
    QSpinBox *m_subjectMax = nullptr;
    QComboBox *m_previewGoal = nullptr;
    QComboBox *m_previewChannel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_writerNew = nullptr;
    QPushButton *m_writerSave = nullptr;
    QPushButton *m_writerDelete = nullptr;
};

} // namespace herald
