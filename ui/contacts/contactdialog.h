#pragma once

#include "common/session.h"
#include "domain/contact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace herald {

// Adds or edits one contact: name, email, phone (a number without "+" is read in the
// region given), time zone, tags, custom fields and the lists it is in. Save stores it
// with AudienceRepository::saveContact; a refusal (an address that is not one, an address
// another contact has) is shown here and the dialog stays open with everything typed.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    ContactDialog(const Session &session, const Contact &contact, QWidget *parent = nullptr);
    // The contact as stored once Save succeeded.
    const Contact &saved() const { return m_saved; }
    void accept() override;

private:
    void addFieldRow(const QString &name, const QString &value);

    Session m_session;
    Contact m_contact;
    Contact m_saved;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_telegram = nullptr;
    QLineEdit *m_viber = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_tags = nullptr;
    QTableWidget *m_fields = nullptr;
    QListWidget *m_lists = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace herald
