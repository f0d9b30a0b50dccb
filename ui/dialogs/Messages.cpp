#include "ui/dialogs/Messages.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace binhyen::ui {

void showError(QWidget* parent, const QString& title, const Error& error) {
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::NoButton, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.addButton(QCoreApplication::translate("Messages", "Close"), QMessageBox::AcceptRole);
    box.exec();
}

void showInfo(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("Messages", "OK"), QMessageBox::AcceptRole);
    box.exec();
}

void showAlarm(QWidget* parent, const QString& title, const QString& text) {
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("securityAlarm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(QCoreApplication::translate("Messages", "Close"), QMessageBox::AcceptRole);
    box->open();
}

bool askYesNo(QWidget* parent, const QString& title, const QString& question) {
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton* yes =
        box.addButton(QCoreApplication::translate("Messages", "Yes"), QMessageBox::YesRole);
    box.addButton(QCoreApplication::translate("Messages", "No"), QMessageBox::NoRole);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace binhyen::ui
