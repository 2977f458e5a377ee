#include "numberpoolspage.h"

#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/shown.h"
#include "common/tones.h"
#include "domain/permissions.h"
#include "numberpoolslabels.h"
#include "storage/senderrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

// The page's widgets and what they are wired to, its session, and the ways to it from
// elsewhere (a pool or a number selected by name).

namespace herald {

using namespace numberpools;
using Tones::Tone;

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

bool NumberPoolsPage::mayChange()
{
    if (!m_session.valid())
        return false;
    auto may = Permissions::require(m_session.user, Action::ManageNumberPools);
    if (!may)
        Dialogs::warn(this, tr("Number pools"), may.error().shown());
    return may.ok();
}

} // namespace herald
