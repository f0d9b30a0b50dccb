#include "models/repo/demo/DemoRepo.h"

#include "models/domain/InformantIdentity.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoMonths.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Script.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

using namespace Qt::StringLiterals;

const char* const kLoading = QT_TRANSLATE_NOOP("DemoRepo", "Loading the demo register");

Error engineFailure(const QSqlError& e) {
    return engineError(e.nativeErrorCode().toInt(), e.databaseText(),
                       QCoreApplication::translate("DemoRepo", kLoading));
}

SecretBytes demoPassword() {
    QByteArray text(DemoRepo::kPassword);
    return SecretBytes::takeFrom(text);
}

// The story's 20:30 caller (TB-0004/2020). Only ever stored sealed.
InformantIdentity storyCaller() {
    InformantIdentity who;
    who.name = u"Nguyễn Văn Tư"_s;
    who.phone = u"0909 123 456"_s;
    who.address = u"Ấp Cây Cám, xã Láng Dài"_s;
    who.relationship = u"Người dân chứng kiến vụ trộm trước tiệm tạp hóa"_s;
    who.note = u"Gọi điện lúc 20 giờ 30 ngày 03/09/2020; đồng ý để công an liên hệ lại."_s;
    return who;
}

// Informants of a few recent tips (invented).
QList<InformantIdentity> recentCallers() {
    QList<InformantIdentity> all(3);
    all[0].name = u"Trần Thị Bích Ngọc"_s;
    all[0].phone = u"0918 555 012"_s;
    all[0].relationship = u"Chủ hộ kinh doanh gần nơi xảy ra vụ việc"_s;
    all[1].name = u"Lê Hữu Phước"_s;
    all[1].phone = u"0977 100 234"_s;
    all[1].relationship = u"Thành viên tổ tự quản"_s;
    all[1].note = u"Đề nghị giữ bí mật, chỉ liên hệ ngoài giờ làm việc."_s;
    all[2].name = u"Phan Thị Hồng"_s;
    all[2].phone = u"0903 777 815"_s;
    all[2].relationship = u"Người thân của bị hại"_s;
    return all;
}

} // namespace

DemoRepo::DemoRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<void> DemoRepo::refuseNonEmpty() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT (SELECT count(*) FROM tips) + (SELECT count(*) FROM users) "
                "+ (SELECT count(*) FROM places)"_s) ||
        !q.next())
        return engineFailure(q.lastError());
    if (q.value(0).toLongLong() > 0)
        return makeError(ErrorCode::Exists,
                         QCoreApplication::translate("DemoRepo",
                                                     "This register already holds data; the demo "
                                                     "can only fill an empty register."));
    return {};
}

// Account 1 of the story, created as the first chief (this makes the station key pairs), with
// the story's creation date; then logged on.
Result<Session> DemoRepo::createChief(const Clock& clock, const SecretBytes& escrowKey) {
    UserRepo users(m_db, clock);
    NewAccount chief;
    chief.username = u"truong"_s;
    chief.fullName = u"Nguyễn Hoàng Dũng"_s;
    chief.rank = u"Thiếu tá"_s;
    chief.position = u"Trưởng Công an xã"_s;
    chief.role = Role::Chief;
    auto id = users.createFirstChief(chief, demoPassword(), escrowKey);
    if (!id)
        return id.error();
    if (id.value() != 1)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("DemoRepo", "The demo's first account is not number 1."));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE users SET created_at = '2020-01-02T08:00:00' WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return engineFailure(q.lastError());
    return users.logon(chief.username, demoPassword());
}

Result<void> DemoRepo::enableAccounts(const Clock& clock, const Session& chief) {
    UserRepo users(m_db, clock);
    for (const QString& name : {u"canbo1"_s, u"canbo2"_s, u"thanhtra"_s}) {
        auto account = users.find(name);
        if (!account)
            return account.error();
        if (auto enabled = users.enableAccount(chief, account.value().id, demoPassword(), false);
            !enabled)
            return enabled;
    }
    return {};
}

// Sealed by the officer who received each tip: TB-0004/2020 by canbo1, then the newest recent
// tips from identified informants received by canbo1 or canbo2.
Result<void> DemoRepo::sealIdentities(const Clock& clock) {
    UserRepo users(m_db, clock);
    auto canbo1 = users.logon(u"canbo1"_s, demoPassword());
    if (!canbo1)
        return canbo1.error();
    auto canbo2 = users.logon(u"canbo2"_s, demoPassword());
    if (!canbo2)
        return canbo2.error();
    IdentityRepo identities(m_db, clock);

    QSqlQuery story(m_db);
    if (!story.exec(u"SELECT id FROM tips WHERE year = 2020 AND seq = 4"_s) || !story.next())
        return engineFailure(story.lastError());
    if (auto sealed = identities.seal(canbo1.value(), story.value(0).toLongLong(), storyCaller());
        !sealed)
        return sealed.error();

    const QList<InformantIdentity> callers = recentCallers();
    QSqlQuery recent(m_db);
    recent.prepare(u"SELECT t.id, u.username FROM tips t JOIN users u "
                   "ON u.id = t.receiving_officer_id WHERE t.year > 2020 "
                   "AND t.informant_kind = 'identified' AND t.informant_sealed IS NULL "
                   "AND u.username IN ('canbo1', 'canbo2') ORDER BY t.received_at DESC LIMIT ?"_s);
    recent.addBindValue(int(callers.size()));
    if (!recent.exec())
        return engineFailure(recent.lastError());
    QList<QPair<qint64, QString>> tips; // oldest first: pseudonyms follow the tips' order
    while (recent.next())
        tips.prepend({recent.value(0).toLongLong(), recent.value(1).toString()});
    for (qsizetype i = 0; i < tips.size(); ++i) {
        const Session& officer = tips.at(i).second == u"canbo1" ? canbo1.value() : canbo2.value();
        if (auto sealed = identities.seal(officer, tips.at(i).first, callers.at(i)); !sealed)
            return sealed.error();
    }
    return {};
}

Result<void> DemoRepo::leaveWorkForTheChief() {
    const QStringList statements = {
        u"UPDATE tips SET status = 'new', classification = NULL WHERE id = (SELECT id FROM tips "
        "WHERE status = 'verifying' AND year > 2020 ORDER BY received_at DESC LIMIT 1)"_s,
        u"UPDATE tips SET valuable_proposed_by = receiving_officer_id, valuable_proposed_at = "
        "updated_at WHERE id = (SELECT id FROM tips WHERE status = 'resolved' AND valuable = 0 "
        "AND year > 2020 ORDER BY received_at DESC LIMIT 1)"_s,
        u"INSERT INTO tip_status_history (tip_id, from_status, to_status, at, user_id, reason, "
        "extra) SELECT id, status, status, valuable_proposed_at, valuable_proposed_by, "
        "'Tin báo giúp xử lý kịp thời, đề nghị công nhận tin có giá trị.', "
        "'{\"step\":\"valuable.propose\"}' FROM tips WHERE valuable_proposed_by IS NOT NULL "
        "AND valuable = 0"_s};
    for (const QString& sql : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return engineFailure(q.lastError());
    }
    return {};
}

Result<void> DemoRepo::fill(const Clock& clock, const SecretBytes& escrowKey) {
    QFile file(u":/demo/story.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("DemoRepo", "The demo data is missing from this build."),
            file.errorString());
    const QString script = QString::fromUtf8(file.readAll());

    if (auto empty = refuseNonEmpty(); !empty)
        return empty;
    if (!m_db.transaction())
        return engineFailure(m_db.lastError());
    Session chief;
    Result<void> done = [&]() -> Result<void> {
        auto session = createChief(clock, escrowKey);
        if (!session)
            return session.error();
        chief = session.take();
        if (auto r = executeScript(m_db, script); !r)
            return r;
        if (auto r = demo::Months(m_db, clock.now()).run(); !r)
            return r;
        if (auto r = leaveWorkForTheChief(); !r)
            return r;
        if (auto r = enableAccounts(clock, chief); !r)
            return r;
        if (auto r = sealIdentities(clock); !r)
            return r;
        if (auto r = AuditRepo(m_db, clock).baseline(chief, u"demo"_s); !r)
            return r.error();
        // The months before the current one are reported: locked, as the chief.
        const QString current = clock.now().toTimeZone(Clock::stationZone()).toString(u"yyyy-MM"_s);
        if (auto r =
                MonthLockRepo(m_db, clock).lockThrough(chief, monthfigures::previousMonth(current));
            !r)
            return r.error();
        return {};
    }();
    if (done && !m_db.commit())
        done = engineFailure(m_db.lastError());
    if (!done) {
        m_db.rollback();
        return done;
    }
    // A checkpoint commits on its own, after the records it covers.
    if (auto checkpoint = AuditRepo(m_db, clock).checkpoint(chief, u"demo"_s); !checkpoint)
        return checkpoint.error();
    return {};
}

} // namespace binhyen
