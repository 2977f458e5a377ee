#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QDialog;
class QWidget;

namespace herald {

// The Help menu's windows: the user guide (docs/gui.md with its screenshots, built into
// the program), the keyboard shortcuts of the window's own actions, and About.
class Help final
{
    Q_DECLARE_TR_FUNCTIONS(Help)

public:
    // Not modal: the guide stays open beside the window.
    static QDialog *guide(QWidget *parent);
    static QDialog *shortcuts(QWidget *parent, const QList<QAction *> &actions);
    static QString aboutText();
};

} // namespace herald
