#include "mainwindow.h"

#include "campaigns/campaignlistmodel.h"
#include "campaigns/statusbadgedelegate.h"
#include "lifecycle/campaignservice.h"
#include "storage/tenantrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace herald {

MainWindow::MainWindow(Database db, QWidget *parent) : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Herald"));
    buildUi();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1180, 720);
    loadTenants();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Campaigns</b>"), central);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(new QLabel(tr("Tenant:"), central));
    m_tenantPicker = new QComboBox(central);
    m_tenantPicker->setObjectName(QStringLiteral("tenantPicker"));
    m_tenantPicker->setMinimumWidth(220);
    header->addWidget(m_tenantPicker);
    m_userLabel = new QLabel(central);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    header->addWidget(m_userLabel);
    layout->addLayout(header);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search by name or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (CampaignStatus s : allValues<CampaignStatus>())
        m_statusFilter->addItem(nameOf(s), int(s));
    filters->addWidget(m_statusFilter);
    layout->addLayout(filters);

    m_model = new CampaignListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(CampaignListModel::SortRole);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(CampaignListModel::Status, new StatusBadgeDelegate(m_table));
    m_table->setShowGrid(false);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setObjectName(QStringLiteral("actionFind"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quitAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refreshAction);
    view->addAction(findAction);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::refresh);
    connect(m_tenantPicker, &QComboBox::currentIndexChanged, this, &MainWindow::refresh);
}

void MainWindow::loadTenants()
{
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants) {
        showError(tenants.error().message);
        return;
    }
    const QString last = QSettings().value(QStringLiteral("mainWindow/tenant")).toString();
    QSignalBlocker block(m_tenantPicker);
    m_tenantPicker->clear();
    for (const Tenant &t : std::as_const(*tenants))
        m_tenantPicker->addItem(t.name, t.id);
    const int index = m_tenantPicker->findText(last);
    m_tenantPicker->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

void MainWindow::refresh()
{
    const Id tenantId = m_tenantPicker->currentData().toLongLong();
    if (tenantId == 0) {
        m_model->setCampaigns({});
        statusBar()->showMessage(tr("Choose a tenant to see its campaigns."));
        return;
    }
    TenantRepository tenants(m_db);
    auto user = tenants.userByName(tenantId, {});
    if (!user) {
        showError(user.error().message);
        return;
    }
    m_userLabel->setText(tr("%1 (%2)").arg(user->name, nameOf(user->role)));
    CampaignService service(m_db, tenantId, *user);
    CampaignService::Filter filter;
    const int status = m_statusFilter->currentData().toInt();
    // Archived campaigns appear only under the Archived filter.
    filter.archived = CampaignService::Filter::Archived::Exclude;
    if (status >= 0)
        filter.status = CampaignStatus(status);
    auto list = service.list(filter);
    if (!list) {
        showError(list.error().message);
        return;
    }
    m_model->setCampaigns(*list);
    m_table->resizeColumnsToContents();
    statusBar()->showMessage(list->size() == 1 ? tr("1 campaign") : tr("%1 campaigns").arg(list->size()));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    QMessageBox::warning(this, tr("Herald"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/tenant"), m_tenantPicker->currentText());
    event->accept();
}

} // namespace herald
