#pragma once

#include "domain/result.h"
#include "domain/tenant.h"

#include <QFrame>
#include <QPair>
#include <QStringList>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace herald {

struct SegmentNode;

// Edits segment rules (audience/segmentrules) as rows of field, operator and value in
// nested AND/OR groups, so nobody writes the JSON by hand. Emits changed() on every edit.
class SegmentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentEditor)

public:
    struct Choices
    {
        QStringList customFields;                   // the tenant's custom field names
        QList<QPair<QString, QString>> campaigns;   // short ID, name
        bool operator==(const Choices &) const = default;
    };

    // The tenant's custom fields and campaigns (archived ones too: rules may name them).
    static Result<Choices> choicesFor(const class Database &db, Id tenantId);

    explicit SegmentEditor(QWidget *parent = nullptr);
    // Rebuilds the rows (keeping the rules) only when the choices changed.
    void setChoices(const Choices &choices);
    // Shows the rules; rules that do not parse are kept as they are (and reported by
    // validity()) until the person changes something.
    void setRules(const QString &json);
    QString rules() const;
    Status validity() const;

signals:
    void changed();

private:
    class Group;
    class Row;
    void edited();

    Choices m_choices;
    Group *m_root = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_unreadable = nullptr;
    QString m_raw; // rules that did not parse, kept until an edit
    bool m_filling = false;
};

} // namespace herald
