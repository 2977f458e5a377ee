#include "help.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace herald {

namespace {

QDialog *window(QWidget *parent, const QString &name, const QString &title, QWidget *content, const QSize &size)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

} // namespace

QDialog *Help::guide(QWidget *parent)
{
    auto *text = new QTextBrowser;
    text->setObjectName(QStringLiteral("userGuide"));
    text->setOpenExternalLinks(true);
    text->setSearchPaths({QStringLiteral(":/guide")}); // its screenshots/...png
    QFile guide(QStringLiteral(":/guide/gui.md"));
    if (guide.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        text->setPlainText(tr("The user guide is missing from this build."));
    text->setAccessibleName(tr("User guide"));
    return window(parent, QStringLiteral("userGuideWindow"), tr("Herald User Guide"), text, QSize(900, 700));
}

QDialog *Help::shortcuts(QWidget *parent, const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *a : actions)
        if (!a->shortcut().isEmpty())
            rows.append({QString(a->text()).remove(u'&').remove(u'\u2026'),
                         a->shortcut().toString(QKeySequence::NativeText)});
    std::sort(rows.begin(), rows.end());
    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    return window(parent, QStringLiteral("shortcutsWindow"), tr("Keyboard Shortcuts"), table, QSize(460, 520));
}

QString Help::aboutText()
{
    return tr("<h3>Herald %1</h3><p>Command center for outbound campaigns over email, SMS and phone.</p>"
              "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace herald
