#pragma once

#include "audience/contactimport.h"
#include "common/backgroundtask.h"
#include "common/session.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace herald {

// Imports a CSV file into a contact list: choose the file (encoding and delimiter are
// detected and shown), preview its first rows with the field each column maps to (every
// mapping can be changed), name the list and the region of national phone numbers, then
// Import. The import runs off the GUI thread with a progress bar and Cancel; nothing is
// kept unless it completes. Then the four counts, and the rejected rows can be saved as
// CSV to correct.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(const Session &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file's format, header and first rows into the preview.
    bool loadFile(const QString &path);
    void setListName(const QString &name);
    // Follows the upload up in this campaign's detail (0: none).
    void setFollowUpCampaign(Id campaignId);
    void startImport();
    bool isImporting() const { return m_importTask.isRunning(); }
    // The finished import (id 0 before, or when it failed or was cancelled).
    const Upload &result() const { return m_result; }

    // Writes the finished import's rejected rows as CSV (UploadRepository::rejectionsCsv).
    bool saveRejectionsTo(const QString &path);

    void reject() override; // while importing: cancels, and closes once nothing was kept

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void imported(const herald::Upload &upload);

private:
    void browse();
    void finished(const Result<Upload> &result);
    void saveRejections();
    ContactImport::Options options() const;

    Session m_session;
    QLineEdit *m_path = nullptr;
    QString m_loadedPath; // the file the preview shows
    QLabel *m_format = nullptr;
    QComboBox *m_list = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_campaign = nullptr; // follow the upload up in this campaign (optional)
    QTableWidget *m_preview = nullptr;
    QList<QComboBox *> m_mapping; // one per column
    QStringList m_header;
    CsvFormat m_detected;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_saveRejections = nullptr;
    QPushButton *m_close = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    BackgroundTask<Result<Upload>> m_importTask{this, [this](const Result<Upload> &result) { finished(result); }};
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_closeWhenDone = false;
    Upload m_result;
};

} // namespace herald
