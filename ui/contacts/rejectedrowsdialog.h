#pragma once

#include "common/session.h"
#include "domain/upload.h"

#include <QDialog>

class QTableWidget;

namespace herald {

// The rejected rows of one upload, any earlier one included: each with its file line, the
// reason and the row's fields, to read here and save as CSV, correct and import again.
class RejectedRowsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsDialog)

public:
    RejectedRowsDialog(const Session &session, const Upload &upload, QWidget *parent = nullptr);
    qsizetype rowCount() const;
    // Writes the rows as CSV (what `heraldctl uploads rejections` prints); false, having
    // said why, when they cannot be read or written.
    static bool save(QWidget *parent, const Session &session, Id uploadId, const QString &path);

private:
    void saveAs();

    Session m_session;
    Upload m_upload;
    QTableWidget *m_table = nullptr;
};

} // namespace herald
