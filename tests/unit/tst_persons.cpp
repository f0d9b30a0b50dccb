// Persons (issue 5): validation, accent-blind picker, roles across cases, suspect outcomes,
// duplicate suggestions (never touching sealed informants), merging, and the audit of it all.
#include "models/domain/InformantIdentity.h"
#include "models/domain/PersonMatch.h"
#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/persons/CasePersonRepo.h"
#include "models/repo/persons/PersonDuplicates.h"
#include "models/repo/persons/PersonRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

NewPerson named(const QString& name, int year = 0, const QString& phone = {},
                const QString& idNumber = {}) {
    NewPerson p;
    p.fullName = name;
    p.birthYear = year;
    p.phone = phone;
    p.idNumber = idNumber;
    return p;
}

bool mentions(const QList<DuplicatePair>& pairs, qint64 a, qint64 b) {
    for (const DuplicatePair& d : pairs) {
        if ((d.a.id == a && d.b.id == b) || (d.a.id == b && d.b.id == a))
            return true;
    }
    return false;
}

} // namespace

class TestPersons : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;

    PersonRepo persons() { return PersonRepo(s->db(), s->clock); }
    CasePersonRepo casePersons() { return CasePersonRepo(s->db(), s->clock); }
    PersonDuplicates duplicates() { return PersonDuplicates(s->db(), s->clock); }

    qint64 person(const NewPerson& p) {
        auto id = persons().create(s->officer, p);
        if (!id)
            qFatal("person: %s", qPrintable(id.error().text()));
        return id.value();
    }

    // A case as the case repository would write it, audited.
    qint64 newCase(int seq, const QString& title) {
        QSqlQuery q(s->db());
        q.prepare(QStringLiteral("INSERT INTO cases (year, seq, title, opened_at, created_at, "
                                 "updated_at, created_by) VALUES (2020, ?, ?, ?, ?, ?, ?)"));
        const QString now = stationTimeText(s->clock.now());
        q.addBindValue(seq);
        q.addBindValue(title);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(s->officer.userId());
        if (!q.exec())
            qFatal("case: %s", qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        AuditEntry e{QStringLiteral("case.create"), QStringLiteral("case"), id, {}, {}, {}};
        if (!s->audit().appendRecordChange(s->officer, e))
            qFatal("audit case");
        return id;
    }

    QVariant scalar(const QString& sql) {
        QSqlQuery q(s->db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private Q_SLOTS:
    void initTestCase() { useVietnamese(); }
    void init() { s = std::make_unique<AuditStation>(); }

    void pureRules() {
        QCOMPARE(personmatch::normalisePhone(QStringLiteral("0909 123.456")).value(),
                 QStringLiteral("0909123456"));
        QCOMPARE(personmatch::normalisePhone(QStringLiteral("+84 909 123 456")).value(),
                 QStringLiteral("0909123456"));
        QVERIFY(!personmatch::normalisePhone(QStringLiteral("0909 12")).ok());
        QVERIFY(!personmatch::normalisePhone(QStringLiteral("0909 123 456 789")).ok());
        QVERIFY(!personmatch::normalisePhone(QStringLiteral("09O9123456")).ok());
        QCOMPARE(personmatch::normaliseIdNumber(QStringLiteral("079 090 001 234")).value(),
                 QStringLiteral("079090001234"));
        QCOMPARE(personmatch::normaliseIdNumber(QStringLiteral("025123456")).value(),
                 QStringLiteral("025123456"));
        QVERIFY(!personmatch::normaliseIdNumber(QStringLiteral("0790900012")).ok());
        QVERIFY(!personmatch::normaliseIdNumber(QStringLiteral("07909000123A")).ok());
        QCOMPARE(personmatch::editDistance(QStringLiteral("nguyen van tu"),
                                           QStringLiteral("nguyen van tu"), 1),
                 0);
        QCOMPARE(personmatch::editDistance(QStringLiteral("nguyen vn tu"),
                                           QStringLiteral("nguyen van tu"), 1),
                 1);
        QCOMPARE(personmatch::editDistance(QStringLiteral("nguyen van tu"),
                                           QStringLiteral("nguyen van ba"), 1),
                 2);
        QVERIFY(personmatch::similarNames(QStringLiteral("nguyen van tu"), 1980,
                                          QStringLiteral("nguyen van tu"), 0));
        QVERIFY(!personmatch::similarNames(QStringLiteral("nguyen van tu"), 1980,
                                           QStringLiteral("nguyen van tu"), 1981));
        QVERIFY(personmatch::similarNames(QStringLiteral("nguyen vn tu"), 1980,
                                          QStringLiteral("nguyen van tu"), 1980));
        QVERIFY(!personmatch::similarNames(QStringLiteral("nguyen vn tu"), 0,
                                           QStringLiteral("nguyen van tu"), 1980));
        QCOMPARE(personmatch::lastWord(QStringLiteral("nguyen van tu")), QStringLiteral("tu"));
        QCOMPARE(personmatch::roleLabel(QStringLiteral("suspect")),
                 QCoreApplication::translate("PersonMatch", "Suspect"));
    }

    void validation() {
        auto refused = [&](const NewPerson& p, const QString& fragment) {
            auto r = persons().create(s->officer, p);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        };
        refused(named(QStringLiteral("   ")),
                QCoreApplication::translate("PersonMatch", "Enter the person's full name."));
        refused(named(QStringLiteral("Lê Văn A"), 1899), QStringLiteral("1900"));
        refused(named(QStringLiteral("Lê Văn A"), 2021), QStringLiteral("2020"));
        refused(named(QStringLiteral("Lê Văn A"), 1980, {}, QStringLiteral("12345")),
                QCoreApplication::translate(
                    "PersonMatch",
                    "An ID number has 12 digits (CCCD) or 9 digits (old CMND); this one has %1.")
                    .arg(5));
        refused(named(QStringLiteral("Lê Văn A"), 1980, {}, QStringLiteral("07909000123X")),
                QCoreApplication::translate("PersonMatch",
                                            "An ID number (CCCD or CMND) holds only digits."));
        refused(named(QStringLiteral("Lê Văn A"), 1980, QStringLiteral("0909 12")),
                QCoreApplication::translate("PersonMatch",
                                            "A phone number has 9 to 11 digits; this one has %1.")
                    .arg(6));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 0);

        NewPerson ok = named(QStringLiteral("  Lê   Văn A "), 1980, QStringLiteral("0909 123 456"),
                             QStringLiteral("079 090 001 234"));
        ok.address = QStringLiteral("Tổ 3, ấp Lò Vôi");
        const qint64 id = person(ok);
        auto got = persons().get(s->chief, id);
        QVERIFY(got.ok());
        QCOMPARE(got.value().fullName, QStringLiteral("Lê Văn A"));
        QCOMPARE(got.value().phone, QStringLiteral("0909123456"));
        QCOMPARE(got.value().idNumber, QStringLiteral("079090001234"));
        QCOMPARE(got.value().birthYear, 1980);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'person.create' AND object_type = 'person'"))
                     .toInt(),
                 1);

        // Update: only the changed fields, before and after.
        NewPerson changed = ok;
        changed.phone = QStringLiteral("0912345678");
        QVERIFY(persons().update(s->officer, id, changed).ok());
        const QString detail = scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                                     "'person.update'"))
                                   .toString();
        QVERIFY2(detail.contains(QStringLiteral("0912345678")) &&
                     detail.contains(QStringLiteral("0909123456")) &&
                     !detail.contains(QStringLiteral("full_name")),
                 qPrintable(detail));
        QCOMPARE(persons().update(s->officer, id, named(QString())).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(persons().update(s->officer, 9999, changed).error().code, ErrorCode::NotFound);
        verifyIntact();
    }

    void findAccentBlind() {
        const qint64 m = person(named(QStringLiteral("Trần Thị M."), 1975));
        const qint64 dang =
            person(named(QStringLiteral("Đặng Văn Hùng"), 1990, QStringLiteral("0988 777 666")));
        person(named(QStringLiteral("Trần Văn Nam"), 1960));
        auto ids = [&](const QString& text) {
            QList<qint64> out;
            const auto found = persons().find(s->officer, text);
            for (const Person& p : found.value())
                out << p.id;
            return out;
        };
        QCOMPARE(ids(QStringLiteral("tran thi m")), QList<qint64>{m});
        QCOMPARE(ids(QStringLiteral("dang")), QList<qint64>{dang});
        QCOMPARE(ids(QStringLiteral("hung")), QList<qint64>{dang});
        QCOMPARE(ids(QStringLiteral("TRẦN")).size(), 2);
        QCOMPARE(ids(QStringLiteral("ang")), QList<qint64>{}); // not the start of a word
        QCOMPARE(ids(QStringLiteral("777 666")), QList<qint64>{dang});
        QCOMPARE(ids(QStringLiteral("%")), QList<qint64>{});
        QCOMPARE(ids(QStringLiteral("")), QList<qint64>{});
    }

    void rolesAcrossCases() {
        const qint64 p = person(named(QStringLiteral("Phạm Văn Bảy"), 1985));
        const qint64 theft = newCase(1, QStringLiteral("Trộm xe máy ấp Lò Vôi"));
        const qint64 fight = newCase(2, QStringLiteral("Đánh nhau quán ấp Cây Cám"));
        auto suspect = casePersons().add(s->officer, theft, p, QStringLiteral("suspect"));
        QVERIFY2(suspect.ok(), qPrintable(suspect.error().text()));
        QVERIFY(casePersons().add(s->officer, fight, p, QStringLiteral("witness")).ok());
        auto again = casePersons().add(s->officer, fight, p, QStringLiteral("witness"));
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        QVERIFY(again.error().message.contains(QStringLiteral("Phạm Văn Bảy")));
        QCOMPARE(casePersons().add(s->officer, fight, p, QStringLiteral("informant")).error().code,
                 ErrorCode::InvalidInput);

        auto roles = persons().casesOf(s->chief, p);
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().size(), 2);
        QStringList seen;
        for (const PersonCaseRole& r : roles.value())
            seen << r.caseNumber + QLatin1Char(' ') + r.role + QLatin1Char(' ') + r.roleLabel;
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("VV-0001/2020 suspect ") +
                                        QCoreApplication::translate("PersonMatch", "Suspect"),
                                    QStringLiteral("VV-0002/2020 witness ") +
                                        QCoreApplication::translate("PersonMatch", "Witness")}));

        auto listed = casePersons().list(s->officer, theft);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().fullName, QStringLiteral("Phạm Văn Bảy"));
        QCOMPARE(listed.value().first().birthYear, 1985);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'case.person.add' AND object_type = 'case'"))
                     .toInt(),
                 2);
        QVERIFY(casePersons().remove(s->officer, suspect.value()).ok());
        QCOMPARE(persons().casesOf(s->chief, p).value().size(), 1);
        verifyIntact();
    }

    void suspectOutcomes() {
        const qint64 c = newCase(1, QStringLiteral("Trộm gà"));
        const qint64 thief = person(named(QStringLiteral("Võ Văn Tám"), 1992));
        const qint64 owner = person(named(QStringLiteral("Lý Thị Chín"), 1970));
        const qint64 sus =
            casePersons().add(s->officer, c, thief, QStringLiteral("suspect")).value();
        const qint64 vic =
            casePersons().add(s->officer, c, owner, QStringLiteral("victim")).value();
        const QDateTime now = s->clock.now();

        SuspectOutcome o;
        o.identifiedAt = now.addDays(-2);
        auto victim = casePersons().setSuspectOutcome(s->officer, vic, o);
        QCOMPARE(victim.error().code, ErrorCode::InvalidInput);
        QVERIFY2(victim.error().message.contains(
                     QCoreApplication::translate("PersonMatch", "Victim").toLower()),
                 qPrintable(victim.error().message));

        SuspectOutcome future = o;
        future.arrestedAt = now.addSecs(3600);
        QCOMPARE(casePersons().setSuspectOutcome(s->officer, sus, future).error().code,
                 ErrorCode::InvalidInput);
        SuspectOutcome early = o;
        early.arrestedAt = now.addDays(-3);
        QCOMPARE(casePersons().setSuspectOutcome(s->officer, sus, early).error().code,
                 ErrorCode::InvalidInput);
        SuspectOutcome handedEarly = o;
        handedEarly.handedOverAt = now.addDays(-3);
        QCOMPARE(casePersons().setSuspectOutcome(s->officer, sus, handedEarly).error().code,
                 ErrorCode::InvalidInput);

        SuspectOutcome good = o;
        good.arrestedAt = now.addDays(-1);
        good.caughtInAct = true;
        good.handedOverAt = now;
        auto set = casePersons().setSuspectOutcome(s->officer, sus, good);
        QVERIFY2(set.ok(), qPrintable(set.error().text()));
        const auto rows = casePersons().list(s->chief, c).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().role, QStringLiteral("suspect")); // suspects first
        QCOMPARE(rows.first().outcome.arrestedAt, good.arrestedAt);
        QVERIFY(rows.first().outcome.caughtInAct);
        QCOMPARE(rows.first().outcome.handedOverAt, now);
        QVERIFY(!rows.last().outcome.identifiedAt.isValid());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'case.person.outcome'"))
                     .toInt(),
                 1);
        verifyIntact();
    }

    void duplicateSuggestions() {
        const qint64 phoneA =
            person(named(QStringLiteral("Hồ Văn Một"), 1980, QStringLiteral("0909 123 456")));
        const qint64 phoneB =
            person(named(QStringLiteral("Mai Thị Hai"), 1991, QStringLiteral("0909123456")));
        const qint64 idA =
            person(named(QStringLiteral("Đỗ Văn Ba"), 1970, {}, QStringLiteral("079090001234")));
        const qint64 idB = person(
            named(QStringLiteral("Cao Văn Bốn"), 1971, {}, QStringLiteral("079 090 001 234")));
        const qint64 tuA = person(named(QStringLiteral("Nguyễn Văn Tư"), 1980));
        const qint64 tuB = person(named(QStringLiteral("Nguyen Van Tu"), 1980));
        const qint64 tuOld = person(named(QStringLiteral("Nguyễn Văn Tư"), 1950));
        const qint64 namA = person(named(QStringLiteral("Trương Văn Năm"), 1988));
        const qint64 namB = person(named(QStringLiteral("Trương Vn Năm"), 1988));
        const qint64 namOther = person(named(QStringLiteral("Trương Vn Năm"), 1989));

        auto all = duplicates().suggest(s->officer, 100);
        QVERIFY2(all.ok(), qPrintable(all.error().text()));
        const QList<DuplicatePair>& pairs = all.value();
        QVERIFY(mentions(pairs, phoneA, phoneB));
        QVERIFY(mentions(pairs, idA, idB));
        QVERIFY(mentions(pairs, tuA, tuB));
        QVERIFY(mentions(pairs, namA, namB));
        QVERIFY(!mentions(pairs, tuA, tuOld));
        QVERIFY(!mentions(pairs, tuB, tuOld));
        QVERIFY(!mentions(pairs, namA, namOther));
        QVERIFY(!mentions(pairs, phoneA, tuA));
        QCOMPARE(pairs.size(), 4);
        for (const DuplicatePair& d : pairs) {
            QVERIFY(d.a.id < d.b.id);
            QCOMPARE(d.reasons.size(), 1);
            if (d.a.id == phoneA)
                QCOMPARE(d.reasons.first(),
                         QCoreApplication::translate("PersonDuplicates", "Same phone number %1")
                             .arg(QStringLiteral("0909123456")));
            if (d.a.id == idA)
                QVERIFY2(d.reasons.first() ==
                             QCoreApplication::translate("PersonDuplicates", "Same ID number %1")
                                 .arg(QStringLiteral("079090001234")),
                         qPrintable(d.reasons.first()));
            if (d.a.id == tuA)
                QCOMPARE(
                    d.reasons.first(),
                    QCoreApplication::translate("PersonDuplicates", "Similar names: %1 / %2")
                        .arg(QStringLiteral("Nguyễn Văn Tư"), QStringLiteral("Nguyen Van Tu")));
        }

        auto one = duplicates().suggestFor(s->officer, tuB);
        QVERIFY(one.ok());
        QCOMPARE(one.value().size(), 1);
        QCOMPARE(one.value().first().a.id, tuB);
        QCOMPARE(one.value().first().b.id, tuA);
        QCOMPARE(duplicates().suggestFor(s->officer, tuOld).value().size(), 0);
        QCOMPARE(duplicates().suggestFor(s->officer, 9999).error().code, ErrorCode::NotFound);
        QCOMPARE(duplicates().suggest(s->officer, 2).value().size(), 2);
    }

    void sealedInformantsNeverSuggested() {
        InformantIdentity informant;
        informant.name = QStringLiteral("Lâm Thị Kín");
        informant.phone = QStringLiteral("0909 555 444");
        informant.idNumber = QStringLiteral("079090009999");
        auto sealed = IdentityRepo(s->db(), s->clock).seal(s->officer, s->tipId, informant);
        QVERIFY2(sealed.ok(), qPrintable(sealed.error().text()));
        // A person with the informant's phone and ID number, and a real pair of duplicates.
        const qint64 p =
            person(named(QStringLiteral("Bùi Văn Khác"), 1960, QStringLiteral("0909555444"),
                         QStringLiteral("079090009999")));
        const qint64 x1 = person(named(QStringLiteral("Hà Văn Xa"), 1977));
        const qint64 x2 = person(named(QStringLiteral("Ha Van Xa"), 1977));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 3);

        auto all = duplicates().suggest(s->chief, 100);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        QVERIFY(mentions(all.value(), x1, x2));
        auto mine = duplicates().suggestFor(s->chief, p);
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), 0);
        for (const DuplicatePair& d : all.value()) {
            const QString text = d.a.fullName + d.b.fullName + d.reasons.join(QLatin1Char(' '));
            QVERIFY(!text.contains(QStringLiteral("Kín")) && !text.contains(QStringLiteral("Kin")));
            QVERIFY(!text.contains(QStringLiteral("0909555444")));
        }
        // A sealed informant is never copied into persons.
        QCOMPARE(persons().find(s->chief, QStringLiteral("lam thi kin")).value().size(), 0);
        const auto byPhone = persons().find(s->chief, QStringLiteral("0909555444")).value();
        QCOMPARE(byPhone.size(), 1);
        QCOMPARE(byPhone.first().id, p);
        verifyIntact();
    }

    void merge() {
        NewPerson keepIn = named(QStringLiteral("Nguyễn Văn Tư"), 1980);
        keepIn.address = QStringLiteral("ấp Lò Vôi");
        const qint64 keep = person(keepIn);
        NewPerson goneIn = named(QStringLiteral("Nguyen Van Tu"), 1980,
                                 QStringLiteral("0909111222"), QStringLiteral("079090001111"));
        goneIn.address = QStringLiteral("ấp khác");
        goneIn.note = QStringLiteral("Hay đi làm xa");
        const qint64 gone = person(goneIn);
        const qint64 c1 = newCase(1, QStringLiteral("Trộm xe đạp"));
        const qint64 c2 = newCase(2, QStringLiteral("Gây rối"));
        const qint64 keptRow =
            casePersons()
                .add(s->officer, c1, keep, QStringLiteral("suspect"), QStringLiteral("ghi chú A"))
                .value();
        const qint64 goneRow =
            casePersons()
                .add(s->officer, c1, gone, QStringLiteral("suspect"), QStringLiteral("ghi chú B"))
                .value();
        QVERIFY(casePersons().add(s->officer, c2, gone, QStringLiteral("witness")).ok());
        SuspectOutcome o;
        o.identifiedAt = s->clock.now().addDays(-1);
        o.arrestedAt = s->clock.now();
        QVERIFY(casePersons().setSuspectOutcome(s->officer, goneRow, o).ok());

        const QString why = QStringLiteral("Cùng một người, nhập hai lần");
        QCOMPARE(duplicates().merge(s->officer, keep, gone, why).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(duplicates().merge(s->chief, keep, keep, why).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(duplicates().merge(s->chief, keep, 9999, why).error().code, ErrorCode::NotFound);
        QCOMPARE(duplicates().merge(s->chief, keep, gone, QString()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 2);

        auto merged = duplicates().merge(s->chief, keep, gone, why);
        QVERIFY2(merged.ok(), qPrintable(merged.error().text()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 1);
        const Person k = persons().get(s->chief, keep).value();
        QCOMPARE(k.address, QStringLiteral("ấp Lò Vôi")); // kept, not overwritten
        QCOMPARE(k.phone, QStringLiteral("0909111222"));  // filled
        QCOMPARE(k.idNumber, QStringLiteral("079090001111"));
        QCOMPARE(k.note, QStringLiteral("Hay đi làm xa"));
        const auto roles = persons().casesOf(s->chief, keep).value();
        QCOMPARE(roles.size(), 2);
        // The duplicate suspect row collapsed into the one with more outcome fields.
        const auto rows = casePersons().list(s->chief, c1).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, goneRow);
        QCOMPARE(rows.first().personId, keep);
        QCOMPARE(rows.first().outcome.arrestedAt, o.arrestedAt);
        QCOMPARE(rows.first().note, QStringLiteral("ghi chú B; ghi chú A"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM case_persons WHERE id = %1").arg(keptRow))
                .toInt(),
            0);
        const QString detail =
            scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'person.merge' "
                                  "AND object_id = %1")
                       .arg(keep))
                .toString();
        QVERIFY2(detail.contains(QStringLiteral("Nguyen Van Tu")) &&
                     detail.contains(QStringLiteral("phone")) && detail.contains(why),
                 qPrintable(detail));
        verifyIntact();
    }

    void sqlEditCaught() {
        const qint64 p = person(named(QStringLiteral("Phan Văn Mười"), 1966));
        verifyIntact();
        insider::exec(s->db(), QStringLiteral("UPDATE persons SET full_name = 'Phan Văn Khác' "
                                              "WHERE id = %1")
                                   .arg(p));
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY(!verdict.value().intact);
        QVERIFY2(verdict.value().problem.contains(QStringLiteral("%1").arg(p)),
                 qPrintable(verdict.value().problem));
        QCOMPARE(verdict.value().where, QStringLiteral("persons.id=%1").arg(p));
    }

    void sqlInsertCaughtUntilBaseline() {
        insider::exec(s->db(), QStringLiteral("INSERT INTO persons (full_name) VALUES ('Lén')"));
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY(!verdict.value().intact);
        QVERIFY(verdict.value().where.startsWith(QStringLiteral("persons.id=")));
        QCOMPARE(s->audit().baseline(s->chief, QStringLiteral("import")).value(), 1);
        verifyIntact();
    }

    void readOnlyRoles() {
        // Without a session nothing is read or written.
        Session none;
        QCOMPARE(persons().create(none, named(QStringLiteral("A"))).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(persons().find(none, QStringLiteral("a")).error().code, ErrorCode::NotPermitted);
        QCOMPARE(duplicates().suggest(none).error().code, ErrorCode::NotPermitted);
    }
};

QTEST_GUILESS_MAIN(TestPersons)
#include "tst_persons.moc"
