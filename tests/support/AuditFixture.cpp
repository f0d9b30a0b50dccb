#include "tests/support/AuditFixture.h"

#include "models/domain/Tip.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/AuditChain.h"
#include "models/security/Crypto.h"
#include "models/security/KeyDerivation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace binhyen::test {

namespace {

SecretBytes password(const char* text) {
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

Session logon(UserRepo& users, const char* name, const char* pw) {
    auto s = users.logon(QString::fromLatin1(name), password(pw));
    if (!s)
        qFatal("logon %s: %s", name, qPrintable(s.error().text()));
    return s.take();
}

} // namespace

AuditStation::AuditStation() {
    UserRepo users(db(), clock);
    NewAccount first{QStringLiteral("truong"), QStringLiteral("Nguyễn Văn Trưởng"),
                     QStringLiteral("Thiếu tá"), QStringLiteral("Trưởng Công an xã"), Role::Chief};
    auto chiefId = users.createFirstChief(first, password("BinhYen-demo-2020"),
                                          KeyDerivation::escrowKey(t.recovery));
    if (!chiefId)
        qFatal("first chief: %s", qPrintable(chiefId.error().text()));
    chief = logon(users, "truong", "BinhYen-demo-2020");
    NewAccount second{QStringLiteral("canbo1"), QStringLiteral("Trần Văn Cán"),
                      QStringLiteral("Thượng úy"), QStringLiteral("Cán bộ"), Role::Officer};
    auto officerId = users.createAccount(chief, second, password("Tam-thoi-2020"));
    if (!officerId)
        qFatal("officer: %s", qPrintable(officerId.error().text()));
    officer = logon(users, "canbo1", "Tam-thoi-2020");

    AuditRepo trail = audit();
    // The chief was created before any session could sign (first run); the officer's account
    // creation is already audited by UserRepo, so the baseline covers the chief alone.
    if (auto b = trail.baseline(chief, QStringLiteral("first run")); !b || b.value() != 1)
        qFatal("baseline failed");
    NewTip tip;
    tip.receivedAt = clock.now();
    tip.channel = QStringLiteral("phone");
    tip.receivingOfficerId = officer.userId();
    tip.summary = QStringLiteral("Đánh nhau tại quán ấp Cây Cám");
    tip.createdBy = officer.userId();
    tip.createdAt = clock.now();
    auto id = TipRepo(db()).insert(tip);
    if (!id)
        qFatal("tip: %s", qPrintable(id.error().text()));
    tipId = id.value();
    tipEvent(officer, QStringLiteral("tip.create")); // row 3
    clock.advanceSecs(60);
    tipEvent(chief, QStringLiteral("tip.view")); // row 4
    clock.advanceSecs(60);
    tipEvent(officer, QStringLiteral("tip.update")); // row 5
}

qint64 AuditStation::tipEvent(const Session& who, const QString& action) {
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("tip");
    e.entityId = tipId;
    e.detail = action;
    auto row = audit().appendRecordChange(who, e);
    if (!row)
        qFatal("audit append: %s", qPrintable(row.error().text()));
    return row.value();
}

qint64 AuditStation::lastRowId() {
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

namespace insider {

void exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("insider SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

void dropAppendOnlyTriggers(QSqlDatabase db) {
    for (const char* name : {"audit_log_no_update", "audit_log_no_delete",
                             "audit_checkpoints_no_update", "audit_checkpoints_no_delete"})
        exec(db, QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
}

void rechain(QSqlDatabase db, qint64 fromId, const Session* signer) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, at, user_id, action, object_type, object_id, detail, "
                             "record_hash, key_id, monotonic_ms FROM audit_log WHERE id >= ? "
                             "ORDER BY id"));
    q.addBindValue(fromId);
    if (!q.exec())
        qFatal("rechain read");
    QSqlQuery before(db);
    before.prepare(
        QStringLiteral("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1"));
    before.addBindValue(fromId);
    QByteArray prev =
        before.exec() && before.next() ? before.value(0).toByteArray() : auditchain::zeroHash();
    struct Update {
        qint64 id;
        QByteArray prev, hash, signature;
        bool resign;
    };
    QList<Update> updates;
    while (q.next()) {
        auditchain::ChainRow row;
        row.prevHash = prev;
        row.at = q.value(1).toString();
        row.userId = q.value(2).toLongLong();
        row.action = q.value(3).toString();
        row.objectType = q.value(4).toString();
        row.objectId = q.value(5).toLongLong();
        row.detail = q.value(6).toString();
        row.recordHash = q.value(7).toByteArray();
        row.keyId = q.value(8).toLongLong();
        row.monotonicMs = q.value(9).toLongLong();
        const QByteArray hash = auditchain::rowHash(row);
        const bool resign = signer && row.userId == signer->userId();
        updates.append(
            {q.value(0).toLongLong(), prev, hash,
             resign ? crypto::sign(signer->signingSecret(), hash, auditchain::kRowSignatureContext)
                    : QByteArray(),
             resign});
        prev = hash;
    }
    for (const Update& u : updates) {
        QSqlQuery w(db);
        w.prepare(
            u.resign ? QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ?, "
                                      "signature = ? WHERE id = ?")
                     : QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
        w.addBindValue(u.prev);
        w.addBindValue(u.hash);
        if (u.resign)
            w.addBindValue(u.signature);
        w.addBindValue(u.id);
        if (!w.exec())
            qFatal("rechain write: %s", qPrintable(w.lastError().text()));
    }
}

} // namespace insider

} // namespace binhyen::test
