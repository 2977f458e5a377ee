#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace herald {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *label = new QLabel(u"<h2>" + title.toHtmlEscaped() + u"</h2><p>"
                                 + explanation.toHtmlEscaped() + u"</p>",
                             this);
    label->setObjectName(QStringLiteral("placeholderText"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch(2);
}

} // namespace herald
