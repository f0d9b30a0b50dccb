// Shared by tst_gui_session.cpp and tst_gui_session_lock.cpp: filling the real widgets without
// QTest::keyClicks (it aborts on Vietnamese letters), screenshots, audit counts.
#pragma once

#include "models/security/SecretBytes.h"
#include "models/store/Register.h"
#include "ui/main/MainWindow.h"
#include "ui/session/LogonDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>
#include <QWizard>

namespace binhyen::test {

inline const QString kChiefPassword = QStringLiteral("Bình-Yên-2026-an");

inline SecretBytes secret(const QString& text) {
    QByteArray bytes = text.toUtf8();
    return SecretBytes::takeFrom(bytes);
}

inline void setField(QWidget* root, const char* name, const QString& text) {
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

inline QString labelText(QWidget* root, const char* name, QWidget* within = nullptr) {
    auto* label = (within ? within : root)->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

inline void shoot(QWidget* widget, const QString& name) {
    QVERIFY(widget->grab().save(
        QDir(QDir::tempPath()).filePath(QStringLiteral("binhyen-%1.png").arg(name))));
}

inline void fillStation(QWizard& wizard) {
    QWidget* page = wizard.currentPage();
    setField(page, "unitName", QStringLiteral("CÔNG AN XÃ ĐẤT ĐỎ"));
    setField(page, "parentBody", QStringLiteral("CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU"));
    setField(page, "communeCode", QStringLiteral("26698"));
    setField(page, "provinceCode", QStringLiteral("77"));
    setField(page, "provinceName", QStringLiteral("Bà Rịa - Vũng Tàu"));
    setField(page, "placeName", QStringLiteral("Đất Đỏ"));
    setField(page, "reportRecipient", QStringLiteral("Công an huyện Đất Đỏ"));
}

inline void fillChief(QWizard& wizard, const QString& username, const QString& password,
                      const QString& repeat = {}) {
    QWidget* page = wizard.currentPage();
    setField(page, "chiefUsername", username);
    setField(page, "chiefFullName", QStringLiteral("Nguyễn Văn Bình"));
    setField(page, "chiefRank", QStringLiteral("Thiếu tá"));
    setField(page, "chiefPosition", QStringLiteral("Trưởng Công an xã"));
    setField(page, "password", password);
    setField(page, "passwordRepeat", repeat.isEmpty() ? password : repeat);
}

inline void logOnWith(ui::LogonDialog* dialog, const QString& username, const QString& password) {
    QVERIFY(dialog);
    setField(dialog, "username", username);
    setField(dialog, "password", password);
    dialog->findChild<QAbstractButton*>(QStringLiteral("logonButton"))->click();
}

inline int auditCount(Register& reg, const QString& action) {
    QSqlQuery q(reg.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace binhyen::test
