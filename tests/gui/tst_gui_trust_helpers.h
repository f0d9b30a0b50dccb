// For tst_gui_trust.cpp: the test station's secrets, filling widgets without QTest::keyClicks (it
// aborts on Vietnamese letters), finding rows, screenshots, and a search of every widget for the
// sealed identity.
#pragma once

#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/SecretBytes.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "ui/main/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <memory>

namespace binhyen::test {

inline const QString kChiefPw = QStringLiteral("Chihuy-2026-mk");
inline const QString kTempPw = QStringLiteral("Tam-thoi-2026");
inline const QString kNewPw = QStringLiteral("Bình-Yên-2026-mới");
inline const QString kName = QStringLiteral("Nguyễn Văn Tư");
inline const QString kPhone = QStringLiteral("0909 123 456");

inline SecretBytes secret(const QString& text) {
    QByteArray bytes = text.toUtf8();
    return SecretBytes::takeFrom(bytes);
}

inline void setField(QWidget* root, const char* name, const QString& text) {
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

inline QString labelText(QWidget* root, const char* name) {
    auto* label = root->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

inline void shoot(QWidget* widget, const QString& name) {
    QVERIFY(widget->grab().save(
        QDir(QDir::tempPath()).filePath(QStringLiteral("binhyen-%1.png").arg(name))));
}

// The first row whose `column` shows `text` exactly, or -1.
inline int rowWith(const QAbstractItemView* view, int column, const QString& text) {
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// Every text any widget of the application holds (labels, fields, editors, window titles, tool
// tips, list cells) that mentions the sealed name or phone (digits compared without spaces).
inline QString findIdentityText() {
    const QString digits = QString(kPhone).remove(QLatin1Char(' '));
    QString found;
    auto check = [&](const QString& text) {
        if (text.contains(kName, Qt::CaseInsensitive) ||
            QString(text).remove(QLatin1Char(' ')).contains(digits))
            found += text + QLatin1Char('\n');
    };
    for (QWidget* widget : QApplication::allWidgets()) {
        check(widget->windowTitle());
        check(widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            check(label->text());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            check(edit->text());
        if (auto* editor = qobject_cast<QPlainTextEdit*>(widget))
            check(editor->toPlainText());
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    check(model->index(row, column).data().toString());
            }
        }
    }
    return found;
}

// The test station: a chief "truong", an officer "canbo1" and an inspector "thanhtra" logged on;
// an anonymous tip, then the 20:30 caller's tip whose identity the officer sealed; every record
// audited or vouched for, so the integrity check passes.
struct TrustStation {
    std::unique_ptr<TempRegister> temp;
    std::unique_ptr<FixedClock> clock;
    Session chief, officer, inspector;
    qint64 sealedTip = 0;
    QString pseudonym;

    // Empty when set up; otherwise what failed.
    QString setUp() {
        using namespace Qt::StringLiterals;
        temp = std::make_unique<TempRegister>();
        clock = std::make_unique<FixedClock>(SystemClock().now().addSecs(-3600));
        QSqlDatabase db = temp->reg->database();
        UserRepo users(db, *clock);
        auto chiefId = users.createFirstChief(
            {u"truong"_s, u"Lê Văn Trưởng"_s, u"Thiếu tá"_s, u"Trưởng Công an xã"_s, Role::Chief},
            secret(kChiefPw), KeyDerivation::escrowKey(temp->recovery));
        if (!chiefId)
            return chiefId.error().text();
        chief = users.logon(u"truong"_s, secret(kChiefPw)).take();
        auto officerId = users.createAccount(
            chief, {u"canbo1"_s, u"Phạm Văn Cán"_s, u"Thiếu úy"_s, {}, Role::Officer},
            secret(kTempPw));
        if (!officerId)
            return officerId.error().text();
        if (!users.createAccount(chief, {u"thanhtra"_s, u"Đỗ Thị Tra"_s, {}, {}, Role::Inspector},
                                 secret(kTempPw)))
            return u"inspector"_s;
        officer = users.logon(u"canbo1"_s, secret(kTempPw)).take();
        inspector = users.logon(u"thanhtra"_s, secret(kTempPw)).take();
        for (const QString& summary :
             {u"Tin báo nặc danh về đánh bạc"_s, u"Trộm bò ở ấp Cây Cám"_s}) {
            NewTip tip;
            tip.receivedAt = tip.createdAt = clock->now();
            tip.channel = u"phone"_s;
            tip.receivingOfficerId = tip.createdBy = officerId.value();
            tip.summary = summary;
            auto id = TipRepo(db).insert(tip);
            if (!id)
                return id.error().text();
            sealedTip = id.value();
            const AuditEntry created{u"tip.create"_s, u"tip"_s, sealedTip, {}, {}, {}};
            if (!AuditRepo(db, *clock).appendRecordChange(officer, created))
                return u"tip.create"_s;
        }
        InformantIdentity identity;
        identity.name = kName;
        identity.phone = kPhone;
        identity.address = u"Tổ 3, ấp Cây Cám"_s;
        identity.idNumber = u"077090001234"_s;
        identity.relationship = u"Hàng xóm của người bị hại"_s;
        identity.note = u"Chỉ gọi lại sau 20 giờ"_s;
        auto sealed = IdentityRepo(db, *clock).seal(officer, sealedTip, identity);
        if (!sealed)
            return sealed.error().text();
        pseudonym = sealed.value();
        // The accounts, made before any audit row existed, are vouched for by the chief.
        if (!AuditRepo(db, *clock).baseline(chief, u"first run"_s))
            return u"baseline"_s;
        return {};
    }

    std::unique_ptr<ui::MainWindow> openWindow(Session& session) const {
        auto window = std::make_unique<ui::MainWindow>(*temp->reg, session);
        window->resize(1280, 720);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    void tearDown() {
        if (temp)
            temp->reg->closeThreadConnection();
    }
};

} // namespace binhyen::test
