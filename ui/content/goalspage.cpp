#include "goalspage.h"

#include "common/dialogs.h"
#include "common/emptystate.h"
#include "content/draftwriter.h"
#include "content/libraryservice.h"
#include "domain/permissions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace herald {

namespace {

// A list on the left, a form and buttons on the right.
QSplitter *listAndForm(QWidget *parent, QListWidget *list, QWidget *form)
{
    auto *splitter = new QSplitter(parent);
    splitter->addWidget(list);
    splitter->addWidget(form);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

GoalsPage::GoalsPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("goalsTabs"));
    m_tabs->setAccessibleName(tr("Goals & Writers sections"));
    m_tabs->addTab(goalsTab(), tr("G&oals"));
    m_tabs->addTab(writersTab(), tr("&Writers"));
    layout->addWidget(m_tabs);
}

QWidget *GoalsPage::goalsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    m_goalList = new QListWidget(tab);
    m_goalList->setObjectName(QStringLiteral("goalList"));
    m_goalList->setAccessibleName(tr("Goals"));
    auto *empty = EmptyState::over(m_goalList, QStringLiteral("goalsEmpty"));
    empty->setTexts(tr("No goals yet"), tr("A goal is the outcome a campaign aims at, measured by its metric. "
                                           "Describe one on the right and Save."));
    empty->setCondition([this] { return m_session.valid(); });
    auto *form = new QWidget(tab);
    auto *formLayout = new QFormLayout(form);
    m_goalName = new QLineEdit(form);
    m_goalName->setObjectName(QStringLiteral("goalName"));
    formLayout->addRow(tr("&Name:"), m_goalName);
    m_goalDescription = new QPlainTextEdit(form);
    m_goalDescription->setObjectName(QStringLiteral("goalDescription"));
    m_goalDescription->setTabChangesFocus(true);
    m_goalDescription->setMaximumHeight(90);
    formLayout->addRow(tr("&Description:"), m_goalDescription);
    m_goalMetric = new QComboBox(form);
    m_goalMetric->setObjectName(QStringLiteral("goalMetric"));
    m_goalMetric->setEditable(true);
    m_goalMetric->addItems({QStringLiteral("replies"), QStringLiteral("clicks"), QStringLiteral("answered calls"),
                            QStringLiteral("keypresses")});
    m_goalMetric->setToolTip(tr("What counts as a conversion: a reply, a click on the goal's URL (campaigns with "
                                "click tracking), an answered call or a key pressed during a call"));
    formLayout->addRow(tr("Success &metric:"), m_goalMetric);
    m_goalUrl = new QLineEdit(form);
    m_goalUrl->setObjectName(QStringLiteral("goalUrl"));
    m_goalUrl->setPlaceholderText(tr("https://… (a click here counts; empty: any tracked link)"));
    formLayout->addRow(tr("&URL:"), m_goalUrl);
    m_goalTarget = new QDoubleSpinBox(form);
    m_goalTarget->setObjectName(QStringLiteral("goalTarget"));
    m_goalTarget->setRange(0, 100);
    m_goalTarget->setSuffix(tr(" % of recipients"));
    formLayout->addRow(tr("&Target:"), m_goalTarget);
    auto *buttons = new QHBoxLayout;
    m_goalNew = button(tr("New goal"), "goalNew", form);
    m_goalSave = button(tr("&Save"), "goalSave", form);
    m_goalDelete = button(tr("Delete…"), "goalDelete", form);
    buttons->addWidget(m_goalNew);
    buttons->addStretch(1);
    buttons->addWidget(m_goalDelete);
    buttons->addWidget(m_goalSave);
    formLayout->addRow(buttons);
    layout->addWidget(listAndForm(tab, m_goalList, form));
    connect(m_goalList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showGoal(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_goalNew, &QPushButton::clicked, this, &GoalsPage::newGoal);
    connect(m_goalSave, &QPushButton::clicked, this, &GoalsPage::saveGoal);
    connect(m_goalDelete, &QPushButton::clicked, this, &GoalsPage::deleteGoal);
    return tab;
}

QWidget *GoalsPage::writersTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    m_writerList = new QListWidget(tab);
    m_writerList->setObjectName(QStringLiteral("writerList"));
    m_writerList->setAccessibleName(tr("Writers"));
    auto *empty = EmptyState::over(m_writerList, QStringLiteral("writersEmpty"));
    empty->setTexts(tr("No writers yet"), tr("A writer is the brief drafts follow: instructions, tone and key "
                                             "points. Describe one on the right and Save."));
    empty->setCondition([this] { return m_session.valid(); });
    auto *form = new QWidget(tab);
    auto *formLayout = new QFormLayout(form);
    m_writerName = new QLineEdit(form);
    m_writerName->setObjectName(QStringLiteral("writerName"));
    formLayout->addRow(tr("&Name:"), m_writerName);
    m_instructions = new QPlainTextEdit(form);
    m_instructions->setObjectName(QStringLiteral("writerInstructions"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setMaximumHeight(70);
    m_instructions->setPlaceholderText(tr("How to write: voice, what to avoid (a language model gets this as is)"));
    formLayout->addRow(tr("&Instructions:"), m_instructions);
    m_tone = new QComboBox(form);
    m_tone->setObjectName(QStringLiteral("writerTone"));
    m_tone->setEditable(true);
    m_tone->addItems({QStringLiteral("friendly"), QStringLiteral("formal"), QStringLiteral("urgent")});
    formLayout->addRow(tr("&Tone:"), m_tone);
    m_audience = new QLineEdit(form);
    m_audience->setObjectName(QStringLiteral("writerAudience"));
    m_audience->setPlaceholderText(tr("e.g. loyal customers"));
    formLayout->addRow(tr("&Audience:"), m_audience);
    m_keyPoints = new QPlainTextEdit(form);
    m_keyPoints->setObjectName(QStringLiteral("writerKeyPoints"));
    m_keyPoints->setTabChangesFocus(true);
    m_keyPoints->setMaximumHeight(80);
    m_keyPoints->setPlaceholderText(tr("One per line; the first is the email subject"));
    formLayout->addRow(tr("&Key points:"), m_keyPoints);
    m_smsSegments = new QSpinBox(form);
    m_smsSegments->setObjectName(QStringLiteral("writerSmsSegments"));
    m_smsSegments->setRange(1, 10);
    formLayout->addRow(tr("SMS at most (segments):"), m_smsSegments);
    m_subjectMax = new QSpinBox(form);
    m_subjectMax->setObjectName(QStringLiteral("writerSubjectMax"));
    m_subjectMax->setRange(20, 200);
    m_subjectMax->setSuffix(tr(" characters"));
    formLayout->addRow(tr("Email subject at most:"), m_subjectMax);
    auto *previewRow = new QHBoxLayout;
    m_previewGoal = new QComboBox(form);
    m_previewGoal->setObjectName(QStringLiteral("writerPreviewGoal"));
    m_previewChannel = new QComboBox(form);
    m_previewChannel->setObjectName(QStringLiteral("writerPreviewChannel"));
    for (ChannelKind kind : {ChannelKind::Sms, ChannelKind::Email, ChannelKind::Phone})
        m_previewChannel->addItem(displayName(kind), int(kind));
    previewRow->addWidget(m_previewGoal, 1);
    previewRow->addWidget(m_previewChannel);
    formLayout->addRow(tr("Draft for:"), previewRow);
    m_preview = new QPlainTextEdit(form);
    m_preview->setObjectName(QStringLiteral("writerPreview"));
    m_preview->setReadOnly(true);
    formLayout->addRow(tr("Draft:"), m_preview);
    auto *buttons = new QHBoxLayout;
    m_writerNew = button(tr("New writer"), "writerNew", form);
    m_writerSave = button(tr("&Save"), "writerSave", form);
    m_writerDelete = button(tr("Delete…"), "writerDelete", form);
    buttons->addWidget(m_writerNew);
    buttons->addStretch(1);
    buttons->addWidget(m_writerDelete);
    buttons->addWidget(m_writerSave);
    formLayout->addRow(buttons);
    layout->addWidget(listAndForm(tab, m_writerList, form));
    connect(m_writerList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showWriter(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_writerNew, &QPushButton::clicked, this, &GoalsPage::newWriter);
    connect(m_writerSave, &QPushButton::clicked, this, &GoalsPage::saveWriter);
    connect(m_writerDelete, &QPushButton::clicked, this, &GoalsPage::deleteWriter);
    for (QPlainTextEdit *e : {m_instructions, m_keyPoints})
        connect(e, &QPlainTextEdit::textChanged, this, &GoalsPage::updatePreview);
    for (QLineEdit *e : {m_writerName, m_audience})
        connect(e, &QLineEdit::textChanged, this, &GoalsPage::updatePreview);
    connect(m_tone, &QComboBox::currentTextChanged, this, &GoalsPage::updatePreview);
    for (QSpinBox *s : {m_smsSegments, m_subjectMax})
        connect(s, &QSpinBox::valueChanged, this, &GoalsPage::updatePreview);
    for (QComboBox *c : {m_previewGoal, m_previewChannel})
        connect(c, &QComboBox::currentIndexChanged, this, &GoalsPage::updatePreview);
    return tab;
}

void GoalsPage::setSession(const Session &session)
{
    m_session = session;
    m_goal = m_writer = 0;
    refresh();
}

void GoalsPage::showWriters(bool writers)
{
    m_tabs->setCurrentIndex(writers ? 1 : 0);
}

void GoalsPage::refresh()
{
    if (!m_session.valid())
        return;
    LibraryService library(*m_session.db, m_session.tenantId, m_session.user);
    const auto goals = library.goals();
    const auto writerList = library.writers();
    if (!goals || !writerList) { // keep what is shown rather than empty lists that look real
        emit statusMessage(tr("Goals and writers could not be read: %1")
                               .arg((!goals ? goals.error() : writerList.error()).shown()));
        return;
    }
    m_goals.clear();
    for (const Goal &g : *goals)
        if (!g.deleted)
            m_goals.append(g);
    const auto fill = [](QListWidget *list, const QList<std::pair<Id, QString>> &items, Id current) {
        const QSignalBlocker block(list);
        list->clear();
        for (const auto &[id, name] : items) {
            auto *item = new QListWidgetItem(name, list);
            item->setData(Qt::UserRole, id);
            if (id == current)
                list->setCurrentItem(item);
        }
    };
    QList<std::pair<Id, QString>> goalItems, writers;
    for (const Goal &g : std::as_const(m_goals))
        goalItems.append({g.id, g.name});
    for (const Writer &w : *writerList)
        if (!w.deleted)
            writers.append({w.id, w.name});
    fill(m_goalList, goalItems, m_goal);
    fill(m_writerList, writers, m_writer);
    {
        const QSignalBlocker block(m_previewGoal);
        const QVariant current = m_previewGoal->currentData();
        m_previewGoal->clear();
        for (const Goal &g : std::as_const(m_goals))
            m_previewGoal->addItem(g.name, g.id);
        m_previewGoal->setCurrentIndex(std::max(0, m_previewGoal->findData(current)));
    }
    if (m_goal == 0 && !goalItems.isEmpty())
        m_goalList->setCurrentRow(0);
    if (m_writer == 0 && !writers.isEmpty())
        m_writerList->setCurrentRow(0);
    updateEnabled();
    updatePreview();
}

void GoalsPage::updateEnabled()
{
    const bool mayEdit = Permissions::permits(m_session.user.role, Action::EditGoals);
    for (QWidget *w : std::initializer_list<QWidget *>{m_goalNew, m_goalSave, m_writerNew, m_writerSave, m_goalName,
                                                       m_goalDescription, m_goalMetric, m_goalUrl, m_goalTarget, m_writerName,
                                                       m_instructions, m_tone, m_audience, m_keyPoints, m_smsSegments,
                                                       m_subjectMax})
        w->setEnabled(mayEdit);
    m_goalDelete->setEnabled(mayEdit && m_goal != 0);
    m_writerDelete->setEnabled(mayEdit && m_writer != 0);
    // Unavailable, saying why (core refuses it anyway).
    const Status may = Permissions::require(m_session.user, Action::EditGoals);
    for (QPushButton *b : {m_goalNew, m_goalSave, m_goalDelete, m_writerNew, m_writerSave, m_writerDelete})
        b->setToolTip(may ? QString() : may.error().shown());
}

bool GoalsPage::selectGoal(const QString &name)
{
    showWriters(false);
    const auto items = m_goalList->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_goalList->setCurrentItem(items.first());
    return true;
}

void GoalsPage::showGoal(Id id)
{
    for (const Goal &g : std::as_const(m_goals)) {
        if (g.id != id)
            continue;
        m_goal = id;
        m_goalName->setText(g.name);
        m_goalDescription->setPlainText(g.description);
        m_goalMetric->setCurrentText(g.metric);
        m_goalUrl->setText(g.url);
        m_goalTarget->setValue(g.target * 100);
    }
    updateEnabled();
}

void GoalsPage::showWriter(Id id)
{
    auto w = LibraryService(*m_session.db, m_session.tenantId, m_session.user).writer(QString::number(id));
    if (!w) {
        emit statusMessage(w.error().shown());
        return;
    }
    m_writer = id;
    m_writerName->setText(w->name);
    m_instructions->setPlainText(w->instructions);
    m_tone->setCurrentText(w->tone);
    m_audience->setText(w->audience);
    m_keyPoints->setPlainText(w->keyPoints.join(u'\n'));
    m_smsSegments->setValue(w->smsMaxSegments);
    m_subjectMax->setValue(w->emailSubjectMax);
    updateEnabled();
    updatePreview();
}

Writer GoalsPage::writerFromForm() const
{
    Writer w;
    w.id = m_writer;
    w.tenantId = m_session.tenantId;
    w.name = m_writerName->text().trimmed();
    w.instructions = m_instructions->toPlainText().trimmed();
    w.tone = m_tone->currentText().trimmed();
    w.audience = m_audience->text().trimmed();
    for (const QString &line : m_keyPoints->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            w.keyPoints << line.trimmed();
    w.smsMaxSegments = m_smsSegments->value();
    w.emailSubjectMax = m_subjectMax->value();
    return w;
}

void GoalsPage::updatePreview()
{
    const Id goalId = m_previewGoal->currentData().toLongLong();
    Goal goal;
    for (const Goal &g : std::as_const(m_goals))
        if (g.id == goalId)
            goal = g;
    if (goal.id == 0) {
        m_preview->setPlainText(tr("Add a goal to see the draft this writer makes for it."));
        return;
    }
    const auto kind = ChannelKind(m_previewChannel->currentData().toInt());
    const WriterBrief brief = WriterBrief::of(writerFromForm());
    const Draft d = DraftWriter::draft(goal, brief, kind);
    QString text = d.subject.isEmpty() ? d.body : tr("Subject: %1").arg(d.subject) + u"\n\n" + d.body;
    if (!d.notes.isEmpty())
        text += u"\n\n\u2014 " + d.notes.join(QStringLiteral("\n— "));
    m_preview->setPlainText(text);
}

void GoalsPage::newGoal()
{
    m_goal = 0;
    m_goalList->clearSelection();
    m_goalName->clear();
    m_goalDescription->clear();
    m_goalMetric->setCurrentIndex(0);
    m_goalUrl->clear();
    m_goalTarget->setValue(0);
    m_goalName->setFocus();
    updateEnabled();
}

void GoalsPage::newWriter()
{
    m_writer = 0;
    m_writerList->clearSelection();
    m_writerName->clear();
    m_instructions->clear();
    m_tone->setCurrentIndex(0);
    m_audience->clear();
    m_keyPoints->clear();
    m_smsSegments->setValue(1);
    m_subjectMax->setValue(60);
    m_writerName->setFocus();
    updateEnabled();
}

bool GoalsPage::saveGoal()
{
    Goal g{m_goal, m_session.tenantId, m_goalName->text().trimmed(), m_goalDescription->toPlainText().trimmed(),
           m_goalMetric->currentText().trimmed(), m_goalTarget->value() / 100, false, m_goalUrl->text().trimmed()};
    if (g.name.isEmpty()) {
        Dialogs::warn(this, tr("Goal not saved"), tr("Give the goal a name, then save it again."));
        return false;
    }
    auto saved = LibraryService(*m_session.db, m_session.tenantId, m_session.user).save(g);
    if (!saved) {
        Dialogs::warn(this, tr("Goal not saved"),
                      tr("Goal “%1” was not saved: %2").arg(g.name, saved.error().shown()));
        return false;
    }
    m_goal = saved->id;
    refresh();
    emit statusMessage(tr("Goal “%1” saved.").arg(g.name));
    return true;
}

bool GoalsPage::saveWriter()
{
    const Writer w = writerFromForm();
    if (w.name.isEmpty()) {
        Dialogs::warn(this, tr("Writer not saved"), tr("Give the writer a name, then save it again."));
        return false;
    }
    auto saved = LibraryService(*m_session.db, m_session.tenantId, m_session.user).save(w);
    if (!saved) {
        Dialogs::warn(this, tr("Writer not saved"),
                      tr("Writer “%1” was not saved: %2").arg(w.name, saved.error().shown()));
        return false;
    }
    m_writer = saved->id;
    refresh();
    emit statusMessage(tr("Writer “%1” saved.").arg(w.name));
    return true;
}

bool GoalsPage::deleteEntry(CatalogKind kind, const QString &what, const QString &name, Id &id)
{
    if (id == 0 || !Dialogs::confirm(this, tr("Delete %1").arg(what),
                                     tr("Delete %1 “%2”? Campaigns that name it will ask for another in "
                                        "their readiness check.")
                                         .arg(what, name),
                                     tr("Delete")))
        return false;
    if (auto removed = LibraryService(*m_session.db, m_session.tenantId, m_session.user).remove(kind, QString::number(id));
        !removed) {
        Dialogs::warn(this, tr("Not deleted"), removed.error().shown());
        return false;
    }
    id = 0;
    refresh();
    emit statusMessage(tr("Deleted %1 “%2”.").arg(what, name));
    return true;
}

bool GoalsPage::deleteGoal()
{
    return deleteEntry(CatalogKind::Goal, tr("goal"), m_goalName->text(), m_goal);
}

bool GoalsPage::deleteWriter()
{
    return deleteEntry(CatalogKind::Writer, tr("writer"), m_writerName->text(), m_writer);
}

} // namespace herald
