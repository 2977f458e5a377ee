#pragma once

#include "domain/tenant.h"
#include "storage/database.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace herald {

class CampaignListModel;

// The command center's main window: tenant picker, campaign list with status filter
// and search. Later issues add navigation, detail views and the builder.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void loadTenants();
    void showError(const QString &message);

    Database m_db;
    QComboBox *m_tenantPicker = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_userLabel = nullptr;
    QTableView *m_table = nullptr;
    CampaignListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace herald
