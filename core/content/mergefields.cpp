#include "mergefields.h"

#include <QRegularExpression>

namespace herald {

QString MergeFields::apply(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value == values.constEnd() ? m.captured(0) : *value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace herald
