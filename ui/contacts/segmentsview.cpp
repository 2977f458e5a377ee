#include "segmentsview.h"

#include "audience/audiencequery.h"
#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/readonlytable.h"
#include "common/shown.h"
#include "content/libraryservice.h"
#include "domain/permissions.h"
#include "segmenteditor.h"
#include "storage/audiencerepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace herald {

namespace {

constexpr int kSampleSize = 5;

Result<SegmentsView::Preview> countSegment(const Database &db, Id tenantId, const QString &rules)
{
    AudienceQuery query(db, tenantId);
    AudienceSpec spec;
    spec.includeRules << rules;
    spec.dropOptedOut = false;
    SegmentsView::Preview out;
    auto matching = query.count(spec);
    if (!matching)
        return matching.error();
    out.matching = *matching;
    auto ids = query.ids(spec, kSampleSize);
    if (!ids)
        return ids.error();
    spec.dropOptedOut = true;
    auto reachable = query.count(spec);
    if (!reachable)
        return reachable.error();
    out.reachable = *reachable;
    auto sample = AudienceRepository(db, tenantId).contactsByIds(*ids);
    if (!sample)
        return sample.error();
    out.sample = *sample;
    return out;
}

} // namespace

SegmentsView::SegmentsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_list->setAccessibleName(tr("Segments"));
    auto *empty = EmptyState::over(m_list, QStringLiteral("segmentsEmpty"));
    empty->setTexts(tr("No segments yet"), tr("A segment picks contacts by their fields, tags and lists. Name it "
                                              "and set its conditions on the right, then Save."));
    empty->setCondition([this] { return m_session.valid(); });
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("Ne&w segment"), left);
    m_new->setObjectName(QStringLiteral("segmentNew"));
    m_delete = new QPushButton(tr("&Delete…"), left);
    m_delete->setObjectName(QStringLiteral("segmentDelete"));
    m_delete->setToolTip(tr("Delete the segment (Del); campaigns that use it will be told in their readiness check"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("Name shown when choosing segments for a campaign"));
    form->addRow(tr("&Name:"), m_name);
    rightLayout->addLayout(form);
    auto *scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Segment conditions"));
    m_editor = new SegmentEditor(scroll);
    m_editor->setObjectName(QStringLiteral("segmentEditor"));
    scroll->setWidget(m_editor);
    rightLayout->addWidget(scroll, 2);
    m_count = new QLabel(right);
    m_count->setObjectName(QStringLiteral("segmentCount"));
    m_count->setWordWrap(true);
    rightLayout->addWidget(m_count);
    m_sample = readOnlyTable(QStringLiteral("segmentSample"), {tr("Name"), tr("Email"), tr("Phone"), tr("Time zone")},
                             right);
    m_sample->setAccessibleName(tr("Sample of the segment's contacts"));
    m_sample->verticalHeader()->setDefaultSectionSize(m_sample->fontMetrics().height() + 6);
    m_sample->setMaximumHeight(m_sample->fontMetrics().height() * 9);
    rightLayout->addWidget(m_sample, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    m_save = new QPushButton(tr("&Save"), right);
    m_save->setObjectName(QStringLiteral("segmentSave"));
    m_save->setToolTip(tr("Save the segment (Ctrl+S)"));
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);
    splitter->setStretchFactor(1, 3);

    m_countDelay = new QTimer(this);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(250);
    connect(m_countDelay, &QTimer::timeout, this, &SegmentsView::startCount);
    connect(m_editor, &SegmentEditor::changed, this, &SegmentsView::edited);
    connect(m_name, &QLineEdit::textEdited, this, &SegmentsView::edited);
    connect(m_new, &QPushButton::clicked, this, &SegmentsView::newSegment);
    connect(m_save, &QPushButton::clicked, this, &SegmentsView::save);
    connect(m_delete, &QPushButton::clicked, this, &SegmentsView::deleteCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item, QListWidgetItem *previous) {
        if (m_loading || !item)
            return;
        const Id id = item->data(Qt::UserRole).toLongLong();
        if (id == m_current)
            return;
        if (!mayLeave()) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(previous);
            return;
        }
        showSegment(id);
    });
    auto *saveKey = new QShortcut(QKeySequence::Save, this, this, [this] { save(); });
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, this, [this] { deleteCurrent(); });
    deleteKey->setContext(Qt::WidgetShortcut);
}

void SegmentsView::setSession(const Session &session)
{
    m_session = session;
    m_current = 0;
    setModified(false);
    refresh();
}

bool SegmentsView::isCounting() const
{
    return m_counting || m_countDelay->isActive();
}

void SegmentsView::refresh()
{
    if (!m_session.valid())
        return;
    const bool mayEdit = Permissions::permits(m_session.user.role, Action::EditSegments);
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_name, m_editor})
        w->setEnabled(mayEdit);
    setModified(m_modified);
    m_delete->setEnabled(mayEdit && m_current != 0);
    if (!mayEdit)
        m_save->setToolTip(tr("Only managers and administrators edit segments."));
    m_editor->setChoices(shown(SegmentEditor::choicesFor(*m_session.db, m_session.tenantId), this));
    const QList<Segment> segments = shown(AudienceRepository(*m_session.db, m_session.tenantId).segments(), this);
    m_loading = true;
    m_list->clear();
    for (const Segment &s : segments) {
        if (s.deleted)
            continue;
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == m_current)
            m_list->setCurrentItem(item);
    }
    m_loading = false;
    if (m_current == 0 && !m_modified && m_list->count() > 0)
        m_list->setCurrentRow(0); // shows it
    else if (m_list->count() == 0 && !m_modified)
        newSegment();
}

void SegmentsView::showSegment(Id id)
{
    auto segment = AudienceRepository(*m_session.db, m_session.tenantId).segment(id);
    if (!segment) {
        emit statusMessage(segment.error().shown());
        return;
    }
    m_current = id;
    m_name->setText(segment->name);
    m_editor->setRules(segment->rules == QLatin1StringView("{}") ? QString() : segment->rules);
    setModified(false);
    m_delete->setEnabled(Permissions::permits(m_session.user.role, Action::EditSegments));
    startCount();
}

void SegmentsView::newSegment()
{
    if (!mayLeave())
        return;
    m_current = 0;
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    m_name->clear();
    m_editor->setRules({});
    setModified(false);
    m_delete->setEnabled(false);
    m_name->setFocus();
    startCount();
}

void SegmentsView::edited()
{
    setModified(true);
    m_countDelay->start();
}

void SegmentsView::setModified(bool modified)
{
    m_modified = modified;
    m_save->setEnabled(Permissions::permits(m_session.user.role, Action::EditSegments) && (modified || m_current == 0));
}

void SegmentsView::startCount()
{
    m_countDelay->stop();
    if (!m_session.valid())
        return;
    if (m_countTask.isRunning()) {
        m_countAgain = true; // counts the latest rules once this count is in
        return;
    }
    const QString rules = m_editor->rules();
    if (const Status st = m_editor->validity(); !st) {
        m_count->setText(tr("Cannot count: %1").arg(st.error().shown()));
        m_sample->setRowCount(0);
        return;
    }
    m_count->setText(tr("Counting…"));
    m_counting = true;
    m_countTask.start(*m_session.db, [tenantId = m_session.tenantId, rules](const Database &db) {
        return countSegment(db, tenantId, rules);
    });
}

void SegmentsView::showPreview(const Result<Preview> &preview)
{
    m_counting = false;
    if (m_countAgain) {
        m_countAgain = false;
        startCount();
        return;
    }
    if (!preview) {
        m_count->setText(tr("Cannot count: %1").arg(preview.error().shown()));
        return;
    }
    const QLocale l;
    QString text = preview->matching == 1 ? tr("1 contact matches")
                                          : tr("%1 contacts match").arg(l.toString(preview->matching));
    if (preview->matching != preview->reachable)
        text += tr(", %1 of them opted out of every channel").arg(l.toString(preview->matching - preview->reachable));
    text += u'.';
    if (!preview->sample.isEmpty())
        text += u' ' + tr("The first %1:").arg(preview->sample.size());
    m_count->setText(text);
    m_sample->setRowCount(int(preview->sample.size()));
    for (int r = 0; r < preview->sample.size(); ++r) {
        const Contact &c = preview->sample.at(r);
        const QStringList cells{QString(c.firstName + u' ' + c.lastName).trimmed(), c.email, c.phone, c.timeZone};
        for (int col = 0; col < cells.size(); ++col)
            m_sample->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_sample->resizeColumnsToContents();
}

bool SegmentsView::save()
{
    if (!m_session.valid() || !Permissions::permits(m_session.user.role, Action::EditSegments))
        return false;
    Segment s;
    s.id = m_current;
    s.tenantId = m_session.tenantId;
    s.name = m_name->text().trimmed();
    s.rules = m_editor->rules();
    if (s.name.isEmpty()) {
        Dialogs::warn(this, tr("Segment not saved"), tr("Give the segment a name, then save it again."));
        m_name->setFocus();
        return false;
    }
    auto saved = LibraryService(*m_session.db, m_session.tenantId, m_session.user).save(s);
    if (!saved) {
        Dialogs::warn(this, tr("Segment not saved"),
                      tr("Segment “%1” was not saved: %2").arg(s.name, saved.error().shown()));
        return false;
    }
    m_current = saved->id;
    setModified(false);
    refresh();
    emit statusMessage(tr("Segment “%1” saved.").arg(s.name));
    return true;
}

bool SegmentsView::deleteCurrent()
{
    if (m_current == 0 || !m_session.valid() || !Permissions::permits(m_session.user.role, Action::EditSegments))
        return false;
    LibraryService library(*m_session.db, m_session.tenantId, m_session.user);
    const QString name = m_name->text();
    const QStringList users = shown(library.campaignsUsing(CatalogKind::Segment, m_current), this);
    QString text = tr("Delete segment “%1”?").arg(name);
    if (!users.isEmpty())
        text += u"\n\n"
              + tr("These campaigns use it and will not pass their readiness check until another segment is "
                   "chosen: %1.")
                    .arg(users.join(QStringLiteral(", ")));
    if (!Dialogs::confirm(this, tr("Delete segment"), text, tr("Delete")))
        return false;
    if (auto removed = library.remove(CatalogKind::Segment, QString::number(m_current)); !removed) {
        Dialogs::warn(this, tr("Segment not deleted"), removed.error().shown());
        return false;
    }
    m_current = 0;
    setModified(false);
    refresh();
    emit statusMessage(tr("Segment “%1” deleted.").arg(name));
    return true;
}

bool SegmentsView::select(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_list->setCurrentItem(items.first());
    return m_current == items.first()->data(Qt::UserRole).toLongLong();
}

bool SegmentsView::mayLeave()
{
    return !m_modified
           || Dialogs::mayLeaveUnsaved(
               this, tr("Unsaved segment"), tr("Segment “%1” has unsaved changes.").arg(m_name->text()),
               [this] { return save(); }, [this] { setModified(false); });
}

} // namespace herald
