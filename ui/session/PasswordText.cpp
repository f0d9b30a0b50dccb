#include "ui/session/PasswordText.h"

#include <QLineEdit>

namespace binhyen::ui {

SecretBytes passwordOf(const QLineEdit* edit) {
    QString text = edit->text();
    QByteArray utf8 = text.toUtf8();
    wipe(text);
    return SecretBytes::takeFrom(utf8);
}

SecretBytes takePassword(QLineEdit* edit) {
    SecretBytes password = passwordOf(edit);
    clearPassword(edit);
    return password;
}

void clearPassword(QLineEdit* edit) {
    QString text = edit->text();
    wipe(text);
    edit->clear();
}

} // namespace binhyen::ui
