#include "dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace herald {

namespace {

struct Seam
{
    QList<int> answers;
    std::function<int(QDialog *)> hook;
    QString lastText;
    bool unattended = false;
    QStringList unanswered;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

int Dialogs::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                    int cancelIndex)
{
    seam().lastText = text;
    if (!seam().answers.isEmpty())
        return seam().answers.takeFirst();
    if (seam().unattended) {
        seam().unanswered << text;
        return cancelIndex;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const auto role = i == cancelIndex ? QMessageBox::RejectRole : QMessageBox::AcceptRole;
        QPushButton *b = box.addButton(choices.at(i), role);
        b->setObjectName(u"choice" + QString::number(i));
        buttons.append(b);
        if (i == 0)
            box.setDefaultButton(b);
    }
    if (cancelIndex >= 0 && cancelIndex < buttons.size())
        box.setEscapeButton(buttons.at(cancelIndex));
    box.exec();
    const qsizetype chosen = buttons.indexOf(box.clickedButton());
    return chosen < 0 ? cancelIndex : int(chosen);
}

bool Dialogs::mayLeaveUnsaved(QWidget *parent, const QString &title, const QString &text,
                              const std::function<bool()> &save, const std::function<void()> &discard)
{
    switch (choose(parent, title, text, {tr("Save"), tr("Discard changes"), tr("Keep editing")}, 2)) {
    case 0:
        return save();
    case 1:
        discard();
        return true;
    default:
        return false;
    }
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    return choose(parent, title, text, {action, tr("Cancel")}, 1) == 0;
}

QString Dialogs::csvSavePath(QWidget *parent, const QString &title, const QString &suggested, bool *bom)
{
    const QString excel = tr("CSV for Excel (UTF-8 with byte-order mark) (*.csv)");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, suggested, tr("CSV (UTF-8) (*.csv)") + QStringLiteral(";;") + excel, &filter);
    *bom = filter == excel;
    return path;
}

void Dialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    seam().lastText = text;
    if (!seam().answers.isEmpty()) {
        seam().answers.takeFirst();
        return;
    }
    if (seam().hook || seam().unattended)
        return; // under test: nothing to answer
    QMessageBox::information(parent, title, text);
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    seam().lastText = text;
    if (!seam().answers.isEmpty()) {
        seam().answers.takeFirst();
        return;
    }
    if (seam().hook || seam().unattended)
        return;
    QMessageBox::warning(parent, title, text);
}

int Dialogs::exec(QDialog *dialog)
{
    if (seam().hook)
        return seam().hook(dialog);
    if (seam().unattended) {
        seam().unanswered << dialog->windowTitle();
        return QDialog::Rejected;
    }
    return dialog->exec();
}

QDialogButtonBox *Dialogs::saveCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void Dialogs::answerNext(int choice)
{
    seam().answers.append(choice);
}

void Dialogs::setDialogHook(std::function<int(QDialog *)> hook)
{
    seam().hook = std::move(hook);
}

QString Dialogs::lastText()
{
    return seam().lastText;
}

void Dialogs::setUnattended(bool unattended)
{
    seam().unattended = unattended;
}

QStringList Dialogs::unanswered()
{
    return seam().unanswered;
}

void Dialogs::reset()
{
    const bool unattended = seam().unattended;
    seam() = {};
    seam().unattended = unattended;
}

} // namespace herald
