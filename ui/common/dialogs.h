#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace herald {

// Every question the GUI asks goes through here, so tests answer it without a person:
// they queue answers (or a hook for a whole dialog) and read back what was asked.
class Dialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    // Asks with buttons named by `choices` (the first is the default); returns the index
    // chosen, or `cancelIndex` when the question is dismissed.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                      int cancelIndex);
    // Before leaving unsaved changes: Save / Discard changes / Keep editing (choices 0, 1,
    // 2; dismissing it keeps editing). True when leaving is fine: `save` succeeded, or
    // the changes were dropped with `discard`.
    static bool mayLeaveUnsaved(QWidget *parent, const QString &title, const QString &text,
                                const std::function<bool()> &save, const std::function<void()> &discard);
    // Yes/No style confirmation: `action` names the button that goes ahead.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // Where to save a CSV (`suggested` is the file name offered), and in `bom` whether the
    // user chose the byte-order mark some spreadsheets need; empty when cancelled.
    static QString csvSavePath(QWidget *parent, const QString &title, const QString &suggested, bool *bom);
    // Runs a dialog (QDialog::exec) or, under test, hands it to the hook instead.
    static int exec(QDialog *dialog);
    // Save and Cancel buttons for `dialog`, wired to its accept() (an override included)
    // and reject(); the caller places them.
    static QDialogButtonBox *saveCancel(QDialog *dialog);

    // Test seams.
    static void answerNext(int choice);
    static void setDialogHook(std::function<int(QDialog *)> hook);
    static QString lastText();
    // Unattended (tests): a question nobody queued an answer for does not wait for a
    // person; it is dismissed (cancel, reject) and its text kept for unanswered().
    static void setUnattended(bool unattended);
    static QStringList unanswered();
    // Clears answers, hook, last text and unanswered questions (not unattended).
    static void reset();
};

} // namespace herald
