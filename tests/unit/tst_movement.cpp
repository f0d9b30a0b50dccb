// The movement register (issue 6 item 2): models and their hamlets, hamlet Zalo groups with rules
// and moderation, mobilised residents (register persons) with a consent note, activities with
// attendance, results with a value in đồng, configurable model types. Every record is written by
// an officer and refused to an inspector; the audit trail stays intact.
#include "models/domain/Movement.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/movement/ActivityRepo.h"
#include "models/repo/movement/MobilisedRepo.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/repo/movement/ResultRepo.h"
#include "models/repo/movement/ZaloModerationRepo.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/repo/places/PlaceEditRepo.h"
#include "models/security/Session.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

QDate day(int y, int m, int d) {
    return QDate(y, m, d);
}

SecretBytes password(const char* text) {
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

} // namespace

class TestMovement : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    Session inspector;
    qint64 cayCam = 0;
    qint64 tanHoa = 0;
    qint64 newHamlet = 0; // valid from 01/01/2021 only

    MovementRepo models() { return MovementRepo(s->db(), s->clock); }

    qint64 hamlet(const QString& name, const QDate& from) {
        NewPlace p;
        p.name = name;
        p.households = 150;
        p.communeCode = u"26680"_s;
        p.validFrom = from;
        auto id = PlaceEditRepo(s->db(), s->clock).add(s->chief, p);
        if (!id)
            qFatal("hamlet: %s", qPrintable(id.error().text()));
        return id.value();
    }

    NewMovementModel zaloGroup() {
        NewMovementModel m;
        m.typeCode = kZaloGroupType;
        m.name = u"Kết nối toàn dân – Bình yên cuộc sống – ấp Cây Cám"_s;
        m.startedOn = day(2020, 5, 27);
        m.members = 35;
        m.households = 30;
        m.exemplary = true;
        m.responsibleOfficerId = s->officer.userId();
        m.placeIds = {cayCam};
        m.zalo.rules = u"1. Chỉ chia sẻ thông tin liên quan đến an ninh, trật tự."_s;
        return m;
    }

    int count(const QString& sql) {
        QSqlQuery q(s->db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    int auditRows(const QString& action) {
        return count(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(action));
    }

    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    template <typename R> static void expectRefused(const R& result, ErrorCode code) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { useVietnamese(); }

    void init() {
        s = std::make_unique<AuditStation>();
        UserRepo users(s->db(), s->clock);
        NewAccount a{u"thanhtra"_s, u"Lê Thị Thanh"_s, u"Đại úy"_s, u"Thanh tra"_s,
                     Role::Inspector};
        QVERIFY(users.createAccount(s->chief, a, password("Tam-thoi-2020")).ok());
        auto logged = users.logon(u"thanhtra"_s, password("Tam-thoi-2020"));
        QVERIFY(logged.ok());
        inspector = logged.take();
        cayCam = hamlet(u"Cây Cám"_s, day(2018, 1, 1));
        tanHoa = hamlet(u"Tân Hòa"_s, day(2018, 1, 1));
        newHamlet = hamlet(u"Tân Lập"_s, day(2021, 1, 1));
    }

    void cleanup() { verifyIntact(); }

    void zaloGroupWithRules() {
        expectRefused(models().create(inspector, zaloGroup()), ErrorCode::NotPermitted);
        auto id = models().create(s->officer, zaloGroup());
        QVERIFY2(id, id ? "" : qPrintable(id.error().text()));
        auto got = models().get(inspector, id.value());
        QVERIFY(got);
        const MovementModel& m = got.value();
        QVERIFY(m.isZaloGroup);
        QCOMPARE(m.typeCode, kZaloGroupType);
        QVERIFY(m.typeLabel.startsWith(u"Nhóm Zalo ấp/khu phố"_s));
        QCOMPARE(m.startedOn, day(2020, 5, 27));
        QVERIFY(!m.endedOn.isValid());
        QCOMPARE(m.households, 30);
        QCOMPARE(m.members, 35);
        QVERIFY(m.exemplary);
        QCOMPARE(m.responsibleOfficerName, u"Trần Văn Cán"_s);
        QCOMPARE(m.placeIds, QList<qint64>{cayCam});
        QCOMPARE(m.placeNames, QStringList{u"ấp Cây Cám"_s});
        QVERIFY(m.zalo.anttOnly);
        QVERIFY(m.zalo.officeHoursOnlyExceptUrgent);
        QCOMPARE(m.zalo.rules, zaloGroup().zalo.rules);
        QCOMPARE(count(u"SELECT count(*) FROM zalo_groups"_s), 1);
        QCOMPARE(auditRows(u"movement_model.create"_s), 1);

        // Rules changed by an update.
        NewMovementModel changed = zaloGroup();
        changed.zalo.officeHoursOnlyExceptUrgent = false;
        changed.members = 40;
        QVERIFY(models().update(s->officer, id.value(), changed));
        QVERIFY(!models().get(s->officer, id.value()).value().zalo.officeHoursOnlyExceptUrgent);
        QCOMPARE(models().get(s->officer, id.value()).value().members, 40);
        QCOMPARE(auditRows(u"movement_model.update"_s), 1);
        // The same again changes nothing and writes no audit row.
        QVERIFY(models().update(s->officer, id.value(), changed));
        QCOMPARE(auditRows(u"movement_model.update"_s), 1);
        // A Zalo group keeps its type.
        changed.typeCode = u"lien_gia"_s;
        expectRefused(models().update(s->officer, id.value(), changed), ErrorCode::InvalidInput);
    }

    void zaloGroupValidation() {
        NewMovementModel noHamlet = zaloGroup();
        noHamlet.placeIds.clear();
        expectRefused(models().create(s->officer, noHamlet), ErrorCode::InvalidInput);

        NewMovementModel tooEarly = zaloGroup();
        tooEarly.placeIds = {newHamlet}; // exists only from 01/01/2021
        auto refused = models().create(s->officer, tooEarly);
        expectRefused(refused, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(u"27/05/2020"_s));

        NewMovementModel unknown = zaloGroup();
        unknown.placeIds = {9999};
        expectRefused(models().create(s->officer, unknown), ErrorCode::InvalidInput);

        NewMovementModel backwards = zaloGroup();
        backwards.endedOn = day(2020, 5, 1);
        auto dates = models().create(s->officer, backwards);
        expectRefused(dates, ErrorCode::InvalidInput);
        QVERIFY(dates.error().message.contains(u"01/05/2020"_s));
        QVERIFY(dates.error().message.contains(u"27/05/2020"_s));

        NewMovementModel negative = zaloGroup();
        negative.households = -1;
        expectRefused(models().create(s->officer, negative), ErrorCode::InvalidInput);

        NewMovementModel unnamed = zaloGroup();
        unnamed.name = u"  "_s;
        expectRefused(models().create(s->officer, unnamed), ErrorCode::InvalidInput);

        NewMovementModel badType = zaloGroup();
        badType.typeCode = u"no_such_type"_s;
        expectRefused(models().create(s->officer, badType), ErrorCode::InvalidInput);

        QCOMPARE(count(u"SELECT count(*) FROM movement_models"_s), 0);
        QCOMPARE(auditRows(u"movement_model.create"_s), 0);
    }

    void moderationWarnedAndRemoved() {
        const qint64 group = models().create(s->officer, zaloGroup()).value();
        ZaloModerationRepo moderation(s->db(), s->clock);
        NewModeration warned{group, day(2020, 9, 5), u"warned"_s, 2,
                             u"Đăng tin quảng cáo bán hàng."_s};
        expectRefused(moderation.record(inspector, warned), ErrorCode::NotPermitted);
        QVERIFY(moderation.record(s->officer, warned));
        NewModeration removed{group, day(2020, 9, 21), u"removed"_s, 1, u"Tái phạm."_s};
        QVERIFY(moderation.record(s->officer, removed));

        auto totals = moderation.totals(inspector, group);
        QVERIFY(totals);
        QCOMPARE(totals.value().warned, 2);
        QCOMPARE(totals.value().removed, 1);
        QCOMPARE(models().get(inspector, group).value().warned, 2);
        QCOMPARE(models().get(inspector, group).value().removed, 1);
        QCOMPARE(
            moderation.totals(inspector, group, day(2020, 9, 10), day(2020, 9, 30)).value().warned,
            0);
        auto rows = moderation.list(inspector, group);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().first().action, u"removed"_s); // newest first
        QCOMPARE(rows.value().first().actionLabel, moderationActionLabel(u"removed"_s));
        QCOMPARE(rows.value().first().officerName, u"Trần Văn Cán"_s);

        NewModeration zero = warned;
        zero.count = 0;
        expectRefused(moderation.record(s->officer, zero), ErrorCode::InvalidInput);
        NewModeration before = warned;
        before.onDate = day(2020, 5, 1);
        expectRefused(moderation.record(s->officer, before), ErrorCode::InvalidInput);
        NewModeration oddAction = warned;
        oddAction.action = u"banned"_s;
        expectRefused(moderation.record(s->officer, oddAction), ErrorCode::InvalidInput);

        // Only a Zalo group is moderated.
        NewMovementModel lienGia;
        lienGia.typeCode = u"lien_gia"_s;
        lienGia.name = u"Liên gia tự quản ấp Cây Cám"_s;
        lienGia.startedOn = day(2018, 3, 15);
        lienGia.placeIds = {cayCam};
        const qint64 other = models().create(s->officer, lienGia).value();
        NewModeration notAGroup = warned;
        notAGroup.groupId = other;
        expectRefused(moderation.record(s->officer, notAGroup), ErrorCode::InvalidInput);
        QCOMPARE(count(u"SELECT count(*) FROM zalo_moderation"_s), 2);
        QCOMPARE(auditRows(u"zalo_moderation.create"_s), 2);
    }

    void otherModelsEndAndInForce() {
        NewMovementModel m;
        m.typeCode = u"lien_gia"_s;
        m.name = u"Liên gia tự quản phòng, chống tội phạm ấp Tân Hòa"_s;
        m.startedOn = day(2019, 9, 10);
        m.teams = 10;
        m.members = 74;
        m.households = 74;
        m.placeIds = {tanHoa};
        expectRefused(models().create(inspector, m), ErrorCode::NotPermitted);
        const qint64 id = models().create(s->officer, m).value();
        QVERIFY(!models().get(s->officer, id).value().isZaloGroup);
        QCOMPARE(count(u"SELECT count(*) FROM zalo_groups"_s), 0);

        expectRefused(models().end(inspector, id, day(2020, 9, 15)), ErrorCode::NotPermitted);
        expectRefused(models().end(s->officer, id, day(2019, 1, 1)), ErrorCode::InvalidInput);
        QVERIFY(models().end(s->officer, id, day(2020, 9, 15)));
        expectRefused(models().end(s->officer, id, day(2020, 9, 20)), ErrorCode::InvalidInput);
        QCOMPARE(models().get(s->officer, id).value().endedOn, day(2020, 9, 15));

        MovementFilter f;
        f.inForceOn = day(2020, 9, 14);
        QCOMPARE(models().list(inspector, f).value().size(), 1);
        f.inForceOn = day(2020, 9, 15);
        QCOMPARE(models().list(inspector, f).value().size(), 0);
        f.inForceOn = day(2019, 9, 10);
        QCOMPARE(models().list(inspector, f).value().size(), 1);
        f.inForceOn = day(2019, 9, 9);
        QCOMPARE(models().list(inspector, f).value().size(), 0);
        MovementFilter byPlace;
        byPlace.placeId = tanHoa;
        QCOMPARE(models().list(inspector, byPlace).value().size(), 1);
        byPlace.placeId = cayCam;
        QCOMPARE(models().list(inspector, byPlace).value().size(), 0);
        QCOMPARE(auditRows(u"movement_model.end"_s), 1);
    }

    void modelTypes() {
        // A chief adds "Camera kết nối"; an officer cannot.
        expectRefused(models().addType(s->officer, u"Camera kết nối"_s), ErrorCode::NotPermitted);
        auto code = models().addType(s->chief, u"Camera kết nối"_s);
        QVERIFY2(code, code ? "" : qPrintable(code.error().text()));
        QCOMPARE(code.value(), u"custom_1"_s);
        auto types = models().types(s->officer);
        QVERIFY(types);
        QCOMPARE(types.value().size(), 8);
        QStringList labels;
        for (const MovementModelType& t : types.value())
            labels << t.label;
        QVERIFY(labels.contains(u"Camera kết nối"_s));
        // Sorted after the built-in types and before "Mô hình khác".
        QCOMPARE(labels.indexOf(u"Camera kết nối"_s), 6);
        QCOMPARE(labels.last(), u"Mô hình khác"_s);
        expectRefused(models().addType(s->chief, u"camera ket noi"_s), ErrorCode::InvalidInput);
        expectRefused(models().addType(s->chief, u"  "_s), ErrorCode::InvalidInput);

        // An officer records a model of the new type.
        NewMovementModel m;
        m.typeCode = code.value();
        m.name = u"Camera kết nối ấp Cây Cám"_s;
        m.startedOn = day(2024, 1, 1);
        m.points = 12;
        m.placeIds = {cayCam};
        QVERIFY(models().create(s->officer, m));
        QCOMPARE(models().list(s->officer, {code.value(), {}, 0}).value().first().typeLabel,
                 u"Camera kết nối"_s);

        // Deactivated, never deleted: no new models, the old one keeps its type.
        expectRefused(models().setTypeActive(s->officer, code.value(), false),
                      ErrorCode::NotPermitted);
        QVERIFY(models().setTypeActive(s->chief, code.value(), false));
        QCOMPARE(models().types(s->officer).value().size(), 7);
        QCOMPARE(models().types(s->officer, true).value().size(), 8);
        m.name = u"Camera kết nối ấp Tân Hòa"_s;
        expectRefused(models().create(s->officer, m), ErrorCode::InvalidInput);
        QCOMPARE(count(u"SELECT count(*) FROM movement_models WHERE type_code = 'custom_1'"_s), 1);
        expectRefused(models().setTypeActive(s->chief, kZaloGroupType, false),
                      ErrorCode::InvalidInput);
        QCOMPARE(auditRows(u"movement_type.create"_s), 1);
        QCOMPARE(auditRows(u"movement_type.deactivate"_s), 1);
    }

    void mobilisedResidentIsAPerson() {
        const qint64 group = models().create(s->officer, zaloGroup()).value();
        MobilisedRepo mobilised(s->db(), s->clock);
        NewMobilised r;
        r.person.fullName = u"Hồ Thị Kim Loan"_s;
        r.person.birthYear = 1983;
        r.person.placeId = cayCam;
        r.modelId = group;
        r.role = u"team_leader"_s;
        r.consentNote = u"Đồng ý làm quản trị viên nhóm; đồng ý lưu số điện thoại."_s;
        r.joinedOn = day(2020, 5, 27);
        expectRefused(mobilised.add(inspector, r), ErrorCode::NotPermitted);

        const int persons = count(u"SELECT count(*) FROM persons"_s);
        NewMobilised noConsent = r;
        noConsent.consentNote = u" "_s;
        expectRefused(mobilised.add(s->officer, noConsent), ErrorCode::InvalidInput);
        NewMobilised badRole = r;
        badRole.role = u"boss"_s;
        expectRefused(mobilised.add(s->officer, badRole), ErrorCode::InvalidInput);
        NewMobilised noName = r;
        noName.person.fullName.clear();
        QVERIFY(!mobilised.add(s->officer, noName));
        QCOMPARE(count(u"SELECT count(*) FROM persons"_s), persons); // rolled back

        auto id = mobilised.add(s->officer, r);
        QVERIFY2(id, id ? "" : qPrintable(id.error().text()));
        QCOMPARE(count(u"SELECT count(*) FROM persons"_s), persons + 1);
        auto rows = mobilised.list(inspector, group);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 1);
        const MobilisedRow& row = rows.value().first();
        QCOMPARE(row.fullName, u"Hồ Thị Kim Loan"_s);
        QCOMPARE(row.placeName, u"ấp Cây Cám"_s);
        QCOMPARE(row.modelName, zaloGroup().name);
        QCOMPARE(row.roleLabel, residentRoleLabel(u"team_leader"_s));
        QCOMPARE(row.consentNote, r.consentNote);
        QCOMPARE(row.joinedOn, day(2020, 5, 27));
        auto person = PersonRepo(s->db(), s->clock).get(inspector, row.personId);
        QVERIFY(person);
        QCOMPARE(person.value().birthYear, 1983);
        QCOMPARE(auditRows(u"person.create"_s), 1);
        QCOMPARE(auditRows(u"mobilised_resident.create"_s), 1);

        // An existing person joins the grassroots security force (no model).
        NewMobilised force;
        force.personId = row.personId;
        force.role = u"grassroots_security_force"_s;
        force.consentNote = u"Đồng ý tham gia, ký cam kết ngày 01/03/2021."_s;
        force.joinedOn = day(2021, 3, 1);
        QVERIFY(mobilised.add(s->officer, force));
        QCOMPARE(count(u"SELECT count(*) FROM persons"_s), persons + 1);
        QCOMPARE(mobilised.list(inspector).value().size(), 2);
        QCOMPARE(mobilised.list(inspector, 0, day(2020, 12, 31)).value().size(), 1);

        expectRefused(mobilised.leave(s->officer, id.value(), day(2020, 1, 1)),
                      ErrorCode::InvalidInput);
        QVERIFY(mobilised.leave(s->officer, id.value(), day(2022, 6, 30)));
        QCOMPARE(mobilised.list(inspector, group, day(2023, 1, 1)).value().size(), 0);
        QCOMPARE(mobilised.list(inspector, group, day(2022, 6, 30)).value().size(), 1);
    }

    void activitiesWithAttendance() {
        const qint64 group = models().create(s->officer, zaloGroup()).value();
        ActivityRepo activities(s->db(), s->clock);
        NewActivity a;
        a.heldOn = day(2020, 9, 10);
        a.kind = u"meeting"_s;
        a.placeId = cayCam;
        a.modelId = group;
        a.title = u"Họp dân ấp Cây Cám: phòng, chống trộm cắp tài sản"_s;
        a.attendance = 64;
        expectRefused(activities.add(inspector, a), ErrorCode::NotPermitted);
        QVERIFY(activities.add(s->officer, a));
        NewActivity p;
        p.heldOn = day(2020, 9, 24);
        p.kind = u"propaganda"_s;
        p.title = u"Tuyên truyền lưu động phòng, chống tệ nạn xã hội"_s;
        p.attendance = 120;
        QVERIFY(activities.add(s->officer, p));

        auto rows = activities.list(inspector, day(2020, 9, 1), day(2020, 9, 30));
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(1).attendance, 64);
        QCOMPARE(rows.value().at(1).kindLabel, activityKindLabel(u"meeting"_s));
        QCOMPARE(rows.value().at(1).placeName, u"ấp Cây Cám"_s);
        QCOMPARE(rows.value().at(1).officerName, u"Trần Văn Cán"_s);
        QCOMPARE(rows.value().at(0).attendance, 120);
        QCOMPARE(activities.list(inspector, day(2020, 9, 11)).value().size(), 1);

        NewActivity negative = a;
        negative.attendance = -1;
        expectRefused(activities.add(s->officer, negative), ErrorCode::InvalidInput);
        NewActivity early = a;
        early.placeId = newHamlet;
        expectRefused(activities.add(s->officer, early), ErrorCode::InvalidInput);
        NewActivity noTitle = a;
        noTitle.title.clear();
        expectRefused(activities.add(s->officer, noTitle), ErrorCode::InvalidInput);
        QCOMPARE(auditRows(u"activity.create"_s), 2);
    }

    void resultsWithValueInDong() {
        ResultRepo results(s->db(), s->clock);
        NewMovementResult returned;
        returned.occurredOn = day(2020, 9, 2);
        returned.kind = u"documents_returned"_s;
        returned.valueVnd = 1500000;
        returned.placeId = tanHoa;
        returned.note = u"Trao trả ví, giấy tờ và tiền cho chủ sở hữu."_s;
        expectRefused(results.add(inspector, returned), ErrorCode::NotPermitted);
        QVERIFY(results.add(s->officer, returned));
        NewMovementResult weapons;
        weapons.occurredOn = day(2020, 9, 24);
        weapons.kind = u"weapons_handed_in"_s;
        weapons.count = 2;
        QVERIFY(results.add(s->officer, weapons));
        NewMovementResult found;
        found.occurredOn = day(2020, 9, 18);
        found.kind = u"lost_person_found"_s;
        QVERIFY(results.add(s->officer, found));
        NewMovementResult surrender;
        surrender.occurredOn = day(2020, 9, 28);
        surrender.kind = u"surrender"_s;
        QVERIFY(results.add(s->officer, surrender));

        auto rows = results.list(inspector, day(2020, 9, 1), day(2020, 9, 30));
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 4);
        const MovementResultRow& last = rows.value().last(); // oldest
        QCOMPARE(last.kind, u"documents_returned"_s);
        QCOMPARE(last.kindLabel, movementResultKindLabel(u"documents_returned"_s));
        QVERIFY(last.valueVnd.has_value());
        QCOMPARE(*last.valueVnd, qint64(1500000));
        QVERIFY(dongText(*last.valueVnd).startsWith(u"1.500.000 "_s));
        QCOMPARE(last.placeName, u"ấp Tân Hòa"_s);
        QCOMPARE(last.tipId, 0);
        QCOMPARE(rows.value().at(1).count, 2);
        QVERIFY(!rows.value().at(1).valueVnd.has_value());

        NewMovementResult valuedWeapons = weapons;
        valuedWeapons.valueVnd = 1000;
        expectRefused(results.add(s->officer, valuedWeapons), ErrorCode::InvalidInput);
        NewMovementResult negative = returned;
        negative.valueVnd = -1;
        expectRefused(results.add(s->officer, negative), ErrorCode::InvalidInput);
        NewMovementResult none = weapons;
        none.count = 0;
        expectRefused(results.add(s->officer, none), ErrorCode::InvalidInput);
        NewMovementResult kind = weapons;
        kind.kind = u"other"_s;
        expectRefused(results.add(s->officer, kind), ErrorCode::InvalidInput);
        QCOMPARE(count(u"SELECT count(*) FROM results WHERE tip_id IS NULL"_s), 4);
        QCOMPARE(auditRows(u"result.create"_s), 4);
    }

    void labels() {
        QVERIFY(dongText(0).startsWith(u"0 "_s));
        QVERIFY(dongText(18000000).startsWith(u"18.000.000 "_s));
        QVERIFY(dongText(999).startsWith(u"999 "_s));
        QVERIFY(dongText(1000).startsWith(u"1.000 "_s));
        QCOMPARE(movementDateText(day(2020, 9, 3)), u"03/09/2020"_s);
        for (const QString& k : movementResultKinds())
            QVERIFY(movementResultKindLabel(k) != k);
        for (const QString& k : activityKinds())
            QVERIFY(activityKindLabel(k) != k);
        for (const QString& k : residentRoles())
            QVERIFY(residentRoleLabel(k) != k);
        for (const QString& k : moderationActions())
            QVERIFY(moderationActionLabel(k) != k);
    }
};

QTEST_GUILESS_MAIN(TestMovement)
#include "tst_movement.moc"
