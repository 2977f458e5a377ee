#include "numberpoolspage.h"

#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/shown.h"
#include "common/tones.h"
#include "domain/permissions.h"
#include "models/timetext.h"
#include "organisation/numberpoolservice.h"
#include "organisation/senderservice.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimeZone>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

using Tones::Tone;

namespace {

enum Column { Number, State, Today, Attempts, Successes, Failures, OptOuts, Rate, LastUsed, ColumnCount };

QString rotationLabel(const QString &rotation)
{
    if (rotation == u"least-used")
        return NumberPoolsPage::tr("Least used today");
    if (rotation == u"sticky")
        return NumberPoolsPage::tr("Sticky: a contact keeps their number");
    if (rotation == u"local-presence")
        return NumberPoolsPage::tr("Local presence: same area code");
    return NumberPoolsPage::tr("Round-robin");
}

QString stateLabel(PhoneNumber::State s)
{
    switch (s) {
    case PhoneNumber::State::Active:
        return NumberPoolsPage::tr("Active");
    case PhoneNumber::State::Paused:
        return NumberPoolsPage::tr("Paused");
    case PhoneNumber::State::Quarantined:
        return NumberPoolsPage::tr("Quarantined");
    }
    return {};
}

QString rateText(const PhoneNumber &n)
{
    const auto rate = n.successRate();
    return rate ? QLocale().toString(100.0 * *rate, 'f', 0) + u'%' : QStringLiteral("—");
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? TimeText::shortText(t) : NumberPoolsPage::tr("never");
}

} // namespace

NumberPoolsPage::NumberPoolsPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("poolNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(Tones::bannerStyle(Tone::Warning));
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *split = new QSplitter(this);
    layout->addWidget(split, 1);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_poolList = new QListWidget(left);
    m_poolList->setObjectName(QStringLiteral("poolList"));
    m_poolList->setMinimumWidth(220);
    m_poolList->setAccessibleName(tr("Number pools"));
    auto *noPools = EmptyState::over(m_poolList, QStringLiteral("poolsEmpty"));
    noPools->setTexts(tr("No number pools yet"),
                      tr("A pool holds the phone numbers SMS and calls go out from, taking turns by its rotation."),
                      tr("New pool…"), [this] { newPool(); });
    noPools->setCondition([this] { return m_session.valid(); });
    leftLayout->addWidget(m_poolList, 1);
    auto *poolButtons = new QHBoxLayout;
    m_newPool = new QPushButton(tr("&New pool…"), left);
    m_newPool->setObjectName(QStringLiteral("poolNew"));
    m_deletePool = new QPushButton(tr("&Delete pool"), left);
    m_deletePool->setObjectName(QStringLiteral("poolDelete"));
    poolButtons->addWidget(m_newPool);
    poolButtons->addWidget(m_deletePool);
    leftLayout->addLayout(poolButtons);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);

    auto *settings = new QGroupBox(tr("Pool"), right);
    auto *form = new QFormLayout(settings);
    m_rotation = new QComboBox(settings);
    m_rotation->setObjectName(QStringLiteral("poolRotation"));
    for (const QString &r : NumberPool::rotations())
        m_rotation->addItem(rotationLabel(r), r);
    form->addRow(tr("&Rotation:"), m_rotation);
    m_quarantineBelow = new QSpinBox(settings);
    m_quarantineBelow->setObjectName(QStringLiteral("poolQuarantineBelow"));
    m_quarantineBelow->setRange(0, 100);
    m_quarantineBelow->setSuffix(QStringLiteral("%"));
    m_quarantineBelow->setSpecialValueText(tr("never"));
    m_quarantineBelow->setToolTip(tr("Quarantine a number whose delivery or answer rate falls below this"));
    m_minSample = new QSpinBox(settings);
    m_minSample->setObjectName(QStringLiteral("poolMinSample"));
    m_minSample->setRange(1, 1000000);
    m_minSample->setSuffix(tr(" messages"));
    auto *quarantine = new QHBoxLayout;
    quarantine->addWidget(m_quarantineBelow);
    quarantine->addWidget(new QLabel(tr("over at least"), settings));
    quarantine->addWidget(m_minSample);
    quarantine->addStretch();
    auto *quarantineLabel = new QLabel(tr("&Quarantine below:"), settings);
    quarantineLabel->setBuddy(m_quarantineBelow);
    form->addRow(quarantineLabel, quarantine);
    m_maxCalls = new QSpinBox(settings);
    m_maxCalls->setObjectName(QStringLiteral("poolMaxCalls"));
    m_maxCalls->setRange(0, 10000);
    m_maxCalls->setSpecialValueText(tr("the trunk's limit"));
    m_maxCalls->setToolTip(tr("Phone: at most this many calls from the pool's numbers at once"));
    form->addRow(tr("&Calls at once:"), m_maxCalls);
    m_usedBy = new QLabel(settings);
    m_usedBy->setObjectName(QStringLiteral("poolUsedBy"));
    m_usedBy->setWordWrap(true);
    m_attach = new QPushButton(tr("A&ttach to sender…"), settings);
    m_attach->setObjectName(QStringLiteral("poolAttach"));
    auto *usedBy = new QHBoxLayout;
    usedBy->addWidget(m_usedBy, 1);
    usedBy->addWidget(m_attach);
    form->addRow(tr("Used by:"), usedBy);
    m_savePool = new QPushButton(tr("&Save pool"), settings);
    m_savePool->setObjectName(QStringLiteral("poolSave"));
    m_savePool->setEnabled(false);
    form->addRow(QString(), m_savePool);
    rightLayout->addWidget(settings);

    m_table = new QTableWidget(0, ColumnCount, right);
    m_table->setObjectName(QStringLiteral("numberTable"));
    m_table->setAccessibleName(tr("Numbers in the pool"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("State"), tr("Today / cap"), tr("Attempts"),
                                        tr("Delivered / answered"), tr("Failed"), tr("Opt-outs"), tr("Rate"),
                                        tr("Last used")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(m_table, 1);
    m_noNumbers = EmptyState::over(m_table, QStringLiteral("numbersEmpty"));
    m_noNumbers->setTexts(tr("No numbers in this pool"),
                          tr("Add one below in international form (+447700900123), or paste a list."),
                          tr("Paste list…"), [this] { pasteNumbers(); });
    m_noNumbers->setCondition([this] { return m_poolList->currentRow() >= 0; });

    auto *actions = new QHBoxLayout;
    m_newNumber = new QLineEdit(right);
    m_newNumber->setObjectName(QStringLiteral("newNumber"));
    m_newNumber->setPlaceholderText(tr("+447700900123"));
    m_newNumber->setClearButtonEnabled(true);
    m_newNumber->setAccessibleName(tr("New number"));
    m_newNumber->setAccessibleDescription(tr("A phone number in international form, e.g. +447700900123"));
    m_add = new QPushButton(tr("&Add number"), right);
    m_add->setObjectName(QStringLiteral("addNumber"));
    m_pause = new QPushButton(tr("&Pause"), right);
    m_pause->setObjectName(QStringLiteral("pauseNumber"));
    m_resume = new QPushButton(tr("Res&ume"), right);
    m_resume->setObjectName(QStringLiteral("resumeNumber"));
    m_release = new QPushButton(tr("&Release…"), right);
    m_release->setObjectName(QStringLiteral("releaseNumber"));
    m_cap = new QSpinBox(right);
    m_cap->setObjectName(QStringLiteral("numberCap"));
    m_cap->setRange(0, 1000000);
    m_cap->setSpecialValueText(tr("no cap"));
    m_cap->setSuffix(tr(" a day"));
    m_setCap = new QPushButton(tr("Set &cap"), right);
    m_setCap->setObjectName(QStringLiteral("setNumberCap"));
    m_paste = new QPushButton(tr("Paste &list…"), right);
    m_paste->setObjectName(QStringLiteral("pasteNumbers"));
    m_remove = new QPushButton(tr("Re&move"), right);
    m_remove->setObjectName(QStringLiteral("removeNumber"));
    // Adding numbers on one row, what to do with the selected number on the next.
    m_newNumber->setMinimumWidth(180);
    actions->addWidget(m_newNumber);
    actions->addWidget(m_add);
    actions->addWidget(m_paste);
    actions->addStretch();
    rightLayout->addLayout(actions);
    auto *numberActions = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_remove, m_pause, m_resume, m_release, m_cap, m_setCap})
        numberActions->addWidget(w);
    numberActions->addStretch();
    rightLayout->addLayout(numberActions);
    m_newNumberError = new QLabel(right);
    m_newNumberError->setObjectName(QStringLiteral("newNumberError"));
    m_newNumberError->setStyleSheet(Tones::textStyle(Tone::Error));
    m_newNumberError->hide();
    rightLayout->addWidget(m_newNumberError);

    auto *recordBox = new QGroupBox(tr("Number record"), right);
    auto *recordLayout = new QVBoxLayout(recordBox);
    m_record = new QLabel(recordBox);
    m_record->setObjectName(QStringLiteral("numberRecord"));
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    recordLayout->addWidget(m_record);
    rightLayout->addWidget(recordBox);
    split->setStretchFactor(1, 1);

    connect(m_poolList, &QListWidget::currentRowChanged, this, &NumberPoolsPage::showPool);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NumberPoolsPage::showNumber);
    const auto edited = [this] { m_savePool->setEnabled(m_poolList->currentRow() >= 0); };
    connect(m_rotation, &QComboBox::currentIndexChanged, this, edited);
    connect(m_quarantineBelow, &QSpinBox::valueChanged, this, edited);
    connect(m_minSample, &QSpinBox::valueChanged, this, edited);
    connect(m_maxCalls, &QSpinBox::valueChanged, this, edited);
    connect(m_savePool, &QPushButton::clicked, this, &NumberPoolsPage::savePool);
    connect(m_add, &QPushButton::clicked, this, &NumberPoolsPage::addNumber);
    connect(m_newNumber, &QLineEdit::returnPressed, this, &NumberPoolsPage::addNumber);
    connect(m_newNumber, &QLineEdit::textChanged, m_newNumberError, &QWidget::hide);
    connect(m_pause, &QPushButton::clicked, this, [this] { setState(PhoneNumber::State::Paused); });
    connect(m_resume, &QPushButton::clicked, this, [this] { setState(PhoneNumber::State::Active); });
    connect(m_release, &QPushButton::clicked, this, [this] { setState(PhoneNumber::State::Active); });
    connect(m_setCap, &QPushButton::clicked, this, &NumberPoolsPage::setCap);
    connect(m_newPool, &QPushButton::clicked, this, &NumberPoolsPage::newPool);
    connect(m_deletePool, &QPushButton::clicked, this, &NumberPoolsPage::deletePool);
    connect(m_paste, &QPushButton::clicked, this, &NumberPoolsPage::pasteNumbers);
    connect(m_remove, &QPushButton::clicked, this, &NumberPoolsPage::removeNumber);
    connect(m_attach, &QPushButton::clicked, this, &NumberPoolsPage::attachSender);
    showNumber();
}

void NumberPoolsPage::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void NumberPoolsPage::refresh()
{
    const QString current = m_poolList->currentItem() ? m_poolList->currentItem()->data(Qt::UserRole).toString() : QString();
    m_pools.clear();
    {
        QSignalBlocker block(m_poolList);
        m_poolList->clear();
    }
    if (!m_session.valid())
        return;
    SenderRepository senders(*m_session.db, m_session.tenantId);
    auto pools = senders.pools();
    if (!pools) {
        emit statusMessage(pools.error().shown());
        return;
    }
    m_pools = *pools;
    QStringList quarantined;
    int select = m_pools.isEmpty() ? -1 : 0;
    for (const NumberPool &p : std::as_const(m_pools)) {
        const auto numbers = shown(senders.numbers(p.id), this);
        const auto active = std::count_if(numbers.cbegin(), numbers.cend(),
                                          [](const PhoneNumber &n) { return n.state == PhoneNumber::State::Active; });
        for (const PhoneNumber &n : numbers)
            if (n.state == PhoneNumber::State::Quarantined)
                quarantined << tr("%1 (%2): %3").arg(n.e164, p.name, n.stateReason.isEmpty() ? tr("no reason recorded") : n.stateReason);
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3 of %4 active")
                                             .arg(p.name, rotationLabel(p.rotation))
                                             .arg(active)
                                             .arg(numbers.size()),
                                         m_poolList);
        item->setData(Qt::UserRole, QString::number(p.id));
        if (QString::number(p.id) == current)
            select = m_poolList->count() - 1;
    }
    m_notice->setVisible(!quarantined.isEmpty());
    m_notice->setText(tr("<b>Quarantined, not sending:</b> ") + quarantined.join(QStringLiteral("; ")).toHtmlEscaped()
                      + tr(". Select one and release it once the cause is fixed."));
    m_poolList->setCurrentRow(select);
    showPool();
}

void NumberPoolsPage::showPool()
{
    const int row = m_poolList->currentRow();
    const NumberPool pool = row >= 0 && row < m_pools.size() ? m_pools.at(row) : NumberPool{};
    {
        QSignalBlocker a(m_rotation), b(m_quarantineBelow), c(m_minSample), d(m_maxCalls);
        m_rotation->setCurrentIndex(std::max(0, m_rotation->findData(pool.rotation)));
        m_quarantineBelow->setValue(pool.quarantineBelowPercent);
        m_minSample->setValue(pool.quarantineMinSample);
        m_maxCalls->setValue(pool.maxCalls);
    }
    m_savePool->setEnabled(false);
    const Id selected = selectedNumber() ? selectedNumber()->id : 0;
    m_numbers = row >= 0 && m_session.valid()
                    ? shown(SenderRepository(*m_session.db, m_session.tenantId).numbers(pool.id), this)
                    : QList<PhoneNumber>{};
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_numbers.size()));
    const QString today = this->today();
    int selectRow = -1;
    for (int r = 0; r < m_numbers.size(); ++r) {
        const PhoneNumber &n = m_numbers.at(r);
        const QStringList cells{n.e164,
                                stateLabel(n.state),
                                n.dailyCap > 0 ? tr("%1 / %2").arg(n.usesOn(today)).arg(n.dailyCap)
                                               : tr("%1 / no cap").arg(n.usesOn(today)),
                                QLocale().toString(n.attempts),
                                QLocale().toString(n.successes),
                                QLocale().toString(n.failures),
                                QLocale().toString(n.optOuts),
                                rateText(n),
                                timeText(n.lastUsedAt)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != Number && c != State && c != LastUsed)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == State && n.state != PhoneNumber::State::Active)
                item->setForeground(Tones::text(
                    n.state == PhoneNumber::State::Quarantined ? Tone::Error : Tone::Warning, m_table->palette()));
            m_table->setItem(r, c, item);
        }
        if (n.id == selected)
            selectRow = r;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else
        m_table->clearSelection();
    m_add->setEnabled(row >= 0);
    m_newNumber->setEnabled(row >= 0);
    m_paste->setEnabled(row >= 0);
    m_deletePool->setEnabled(row >= 0);
    m_attach->setEnabled(row >= 0);
    m_noNumbers->updateVisibility();
    const QStringList users = row >= 0 && m_session.valid()
                                  ? shown(NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                                              .sendersUsing(pool.id),
                                          this)
                                  : QStringList();
    m_usedBy->setText(users.isEmpty() ? tr("no sender") : users.join(QStringLiteral(", ")));
    showNumber();
}

const PhoneNumber *NumberPoolsPage::selectedNumber() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() || rows.first().row() >= m_numbers.size())
        return nullptr;
    return &m_numbers.at(rows.first().row());
}

void NumberPoolsPage::showNumber()
{
    const PhoneNumber *n = selectedNumber();
    m_pause->setEnabled(n && n->state == PhoneNumber::State::Active);
    m_resume->setEnabled(n && n->state == PhoneNumber::State::Paused);
    m_release->setEnabled(n && n->state == PhoneNumber::State::Quarantined);
    m_cap->setEnabled(n);
    m_setCap->setEnabled(n);
    m_remove->setEnabled(n);
    if (!n) {
        m_record->setText(tr("Select a number to see its record."));
        return;
    }
    m_cap->setValue(n->dailyCap);
    QString state = stateLabel(n->state);
    if (n->state != PhoneNumber::State::Active || !n->stateReason.isEmpty())
        state += u" \u2014 " + (n->stateReason.isEmpty() ? tr("no reason recorded") : n->stateReason);
    if (n->stateChangedAt.isValid())
        state += tr(" (since %1)").arg(timeText(n->stateChangedAt));
    m_record->setText(tr("<b>%1</b><br>State: %2<br>Messages handed over: %3; delivered or answered: %4; failed: %5 "
                         "(rate %6); opt-out replies: %7.<br>Last used: %8. Today: %9 of %10.")
                          .arg(n->e164.toHtmlEscaped(), state.toHtmlEscaped())
                          .arg(QLocale().toString(n->attempts), QLocale().toString(n->successes),
                               QLocale().toString(n->failures), rateText(*n), QLocale().toString(n->optOuts),
                               timeText(n->lastUsedAt))
                          .arg(n->usesOn(today()))
                          .arg(n->dailyCap > 0 ? QString::number(n->dailyCap) : tr("no cap")));
}

QString NumberPoolsPage::today() const
{
    // Daily caps count the tenant's calendar day.
    const QTimeZone zone(m_session.valid() ? TenantRepository(*m_session.db).byId(m_session.tenantId).value_or({}).timeZone.toUtf8()
                                           : QByteArray("UTC"));
    return QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}

bool NumberPoolsPage::mayChange()
{
    if (!m_session.valid())
        return false;
    auto may = Permissions::require(m_session.user, Action::ManageNumberPools);
    if (!may)
        Dialogs::warn(this, tr("Number pools"), may.error().shown());
    return may.ok();
}

void NumberPoolsPage::savePool()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return;
    NumberPool pool = m_pools.at(row);
    pool.rotation = m_rotation->currentData().toString();
    pool.quarantineBelowPercent = m_quarantineBelow->value();
    pool.quarantineMinSample = m_minSample->value();
    pool.maxCalls = m_maxCalls->value();
    if (auto st = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).save(pool); !st) {
        Dialogs::warn(this, tr("Number pools"), st.error().shown());
        return;
    }
    emit statusMessage(tr("Saved number pool %1.").arg(pool.name));
    refresh();
}

void NumberPoolsPage::addNumber()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return;
    auto added = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                     .addNumbers(QString::number(m_pools.at(row).id), m_newNumber->text());
    if (!added) {
        // Kept as typed, with what is wrong beside it.
        m_newNumberError->setText(added.error().shown());
        m_newNumberError->show();
        m_newNumber->setFocus();
        return;
    }
    emit statusMessage(added->size() == 1 ? tr("Added %1 to %2.").arg(added->first().e164, m_pools.at(row).name)
                                          : tr("Added %1 numbers to %2.").arg(added->size()).arg(m_pools.at(row).name));
    m_newNumber->clear();
    refresh();
}

void NumberPoolsPage::setState(PhoneNumber::State state)
{
    const PhoneNumber *selected = selectedNumber();
    if (!selected || !mayChange())
        return;
    const PhoneNumber n = *selected;
    QString reason;
    if (n.state == PhoneNumber::State::Quarantined) {
        if (!Dialogs::confirm(this, tr("Release number"),
                              tr("Release %1? It was quarantined: %2.\n\nIt sends again from the next message on; if "
                                 "the cause is not fixed it will be quarantined again.")
                                  .arg(n.e164, n.stateReason.isEmpty() ? tr("no reason recorded") : n.stateReason),
                              tr("Release")))
            return;
        reason = tr("released by %1").arg(m_session.user.name);
    } else {
        reason = (state == PhoneNumber::State::Paused ? tr("paused by %1") : tr("resumed by %1")).arg(m_session.user.name);
    }
    auto st = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).setNumberState(n.id, state, reason);
    if (!st) {
        Dialogs::warn(this, tr("Number pools"), st.error().shown());
        return;
    }
    emit statusMessage(tr("%1 is %2.").arg(n.e164, stateLabel(state).toLower()));
    refresh();
}

void NumberPoolsPage::setCap()
{
    const PhoneNumber *n = selectedNumber();
    if (!n || !mayChange())
        return;
    if (auto st = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).setDailyCap(n->id, m_cap->value());
        !st) {
        Dialogs::warn(this, tr("Number pools"), st.error().shown());
        return;
    }
    emit statusMessage(tr("Daily cap of %1 set.").arg(n->e164));
    refresh();
}

bool NumberPoolsPage::selectPool(const QString &name)
{
    for (int row = 0; row < m_pools.size(); ++row)
        if (m_pools.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_poolList->setCurrentRow(row);
            return true;
        }
    return false;
}

bool NumberPoolsPage::selectNumber(const QString &e164)
{
    const auto numbers = shown(SenderRepository(*m_session.db, m_session.tenantId).allNumbers(), this);
    const auto number = std::find_if(numbers.cbegin(), numbers.cend(),
                                     [&](const PhoneNumber &n) { return n.e164 == e164 && !n.removed; });
    if (number == numbers.cend())
        return false;
    for (int row = 0; row < m_pools.size(); ++row)
        if (m_pools.at(row).id == number->poolId)
            m_poolList->setCurrentRow(row);
    for (int r = 0; r < m_numbers.size(); ++r)
        if (m_numbers.at(r).id == number->id)
            m_table->selectRow(r);
    return true;
}

bool NumberPoolsPage::newPool()
{
    if (!mayChange())
        return false;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New number pool"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("newPoolName"));
    auto *rotation = new QComboBox(&dialog);
    rotation->setObjectName(QStringLiteral("newPoolRotation"));
    for (const QString &r : NumberPool::rotations())
        rotation->addItem(rotationLabel(r), r);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Rotation:"), rotation);
    form->addRow(Dialogs::saveCancel(&dialog));
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        NumberPool wanted;
        wanted.name = name->text();
        wanted.rotation = rotation->currentData().toString();
        auto created = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).create(wanted);
        if (created) {
            refresh();
            selectPool(created->name);
            emit statusMessage(tr("Created number pool %1: add its numbers next.").arg(created->name));
            return true;
        }
        Dialogs::warn(this, tr("Pool not created"), created.error().shown());
    }
    return false;
}

bool NumberPoolsPage::deletePool()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return false;
    const NumberPool pool = m_pools.at(row);
    if (!Dialogs::confirm(this, tr("Delete number pool"),
                          tr("Delete number pool %1? Its numbers leave it; what they sent stays in the history.")
                              .arg(pool.name),
                          tr("Delete")))
        return false;
    auto removed = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).remove(QString::number(pool.id));
    if (!removed) {
        Dialogs::warn(this, tr("Pool not deleted"), removed.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(tr("Deleted number pool %1.").arg(pool.name));
    return true;
}

bool NumberPoolsPage::pasteNumbers()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return false;
    const NumberPool pool = m_pools.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add numbers to %1").arg(pool.name));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("One number per line, with + (or 00) and the country code. All of them are added, or "
                                "none: every problem is listed first."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("pasteNumbersText"));
    text->setPlaceholderText(QStringLiteral("+44 7700 900123\n+44 7700 900124"));
    layout->addWidget(text, 1);
    auto *problems = new QLabel(&dialog);
    problems->setObjectName(QStringLiteral("pasteNumbersProblems"));
    problems->setWordWrap(true);
    problems->setStyleSheet(Tones::textStyle(Tone::Error));
    problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(problems);
    layout->addWidget(Dialogs::saveCancel(&dialog));
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        auto added = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                         .addNumbers(QString::number(pool.id), text->toPlainText());
        if (added) {
            refresh();
            selectPool(pool.name);
            emit statusMessage(tr("Added %n number(s) to %1.", nullptr, int(added->size())).arg(pool.name));
            return true;
        }
        problems->setText(added.error().shown()); // the list stays as pasted, to correct
    }
    return false;
}

bool NumberPoolsPage::removeNumber()
{
    const PhoneNumber *selected = selectedNumber();
    if (!selected || !mayChange())
        return false;
    const PhoneNumber n = *selected;
    if (!Dialogs::confirm(this, tr("Remove number"),
                          tr("Remove %1 from the pool? Messages stop going out from it; its history stays, and "
                             "adding it again brings it back with its counters.")
                              .arg(n.e164),
                          tr("Remove")))
        return false;
    auto removed = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                       .removeNumbers(QString::number(n.poolId), n.e164);
    if (!removed) {
        Dialogs::warn(this, tr("Number not removed"), removed.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(tr("Removed %1.").arg(n.e164));
    return true;
}

bool NumberPoolsPage::attachSender()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return false;
    const NumberPool pool = m_pools.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Attach %1 to a sender").arg(pool.name));
    auto *form = new QFormLayout(&dialog);
    auto *sender = new QComboBox(&dialog);
    sender->setObjectName(QStringLiteral("attachSender"));
    for (const SenderIdentity &s : shown(SenderService(*m_session.db, m_session.tenantId, m_session.user).list(), this))
        if (s.kind == ChannelKind::Sms || s.kind == ChannelKind::Phone)
            sender->addItem(tr("%1 (%2)").arg(s.name, displayName(s.kind)), QString::number(s.id));
    if (sender->count() == 0) {
        Dialogs::inform(this, tr("Attach to sender"),
                        tr("There is no SMS or phone sender yet: add one in Settings → Senders."));
        return false;
    }
    form->addRow(tr("&Sender:"), sender);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto attached = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                        .attach(QString::number(pool.id), sender->currentData().toString(), std::nullopt);
    if (!attached) {
        Dialogs::warn(this, tr("Not attached"), attached.error().shown());
        return false;
    }
    refresh();
    selectPool(pool.name);
    emit statusMessage(tr("%1 sends from %2 now.").arg(attached->name, pool.name));
    return true;
}

} // namespace herald
