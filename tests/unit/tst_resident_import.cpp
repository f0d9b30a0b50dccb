// Importing residents from the sheets hamlets keep (issue 6 item 6): each encoding, hamlets typed
// with and without accents, normalised phones and ID numbers, unknown hamlets refused with the
// line and the value, duplicates of the register reported and skipped, malformed files writing
// nothing, chiefs only, audit intact. Files: tests/data/import/residents-*.csv (Windows-1258
// written with Python's cp1258 codec, TCVN3 with iconv TCVN5712-1, independently of BinhYen).
#include "models/domain/import/ResidentImportMapping.h"
#include "models/repo/audit/AuditDetail.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/repo/persons/ResidentImportRepo.h"
#include "models/security/AuditChain.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

QByteArray dataFile(const QString& name) {
    return readAll(QStringLiteral(BINHYEN_TEST_DATA "/import/") + name);
}

const QString kHeader =
    QStringLiteral("Họ và tên,Năm sinh,Số CCCD,SĐT,Địa chỉ,Ấp,Vai trò,Đồng ý\n");

} // namespace

class TestResidentImport : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    qint64 cayCam = 0;
    qint64 phuocLoi = 0;

    ResidentImportRepo repo() { return ResidentImportRepo(s->db(), s->clock); }
    qint64 count(const QString& sql) {
        QSqlQuery q(s->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 persons() { return count(QStringLiteral("SELECT count(*) FROM persons")); }
    qint64 placeId(const QString& name) {
        QSqlQuery q(s->db());
        q.prepare(QStringLiteral("SELECT id FROM places WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }
    static QString problemsText(const ResidentImportReport& report) {
        QStringList out;
        for (const auto& p : report.problems)
            out << QString::number(p.line) + QLatin1Char(':') + p.message;
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { useVietnamese(); }

    void init() {
        s = std::make_unique<AuditStation>();
        insider::exec(s->db(), QStringLiteral("INSERT INTO places (kind, name, commune_code, "
                                              "valid_from) VALUES ('ap', 'Cây Cám', '26680', "
                                              "'2018-01-01'), ('ap', 'Phước Lợi', '26680', "
                                              "'2018-01-01')"));
        cayCam = placeId(QStringLiteral("Cây Cám"));
        phuocLoi = placeId(QStringLiteral("Phước Lợi"));
        QVERIFY(cayCam > 0 && phuocLoi > 0);
    }
    void cleanup() { s.reset(); }

    void matchingRules() {
        for (const char* typed :
             {"ap cay cam", "Ấp Cây Cám", "Cây Cám", "  ẤP  CÂY CÁM ", "cay-cam"})
            QCOMPARE(hamletMatchKey(QString::fromUtf8(typed)), QStringLiteral("cay cam"));
        QCOMPARE(hamletMatchKey(QStringLiteral("Khu phố 3")), QStringLiteral("3"));
        QVERIFY(hamletMatchKey(QStringLiteral("Cây Cám 2")) != QStringLiteral("cay cam"));
        QCOMPARE(residentPhoneFromText(QStringLiteral("+84 912 345 678")),
                 QStringLiteral("0912345678"));
        QCOMPARE(residentPhoneFromText(QStringLiteral("918765432")), QStringLiteral("0918765432"));
        QCOMPARE(residentPhoneFromText(QStringLiteral("0933.111.222")),
                 QStringLiteral("0933111222"));
        QCOMPARE(residentIdFromText(QStringLiteral("77180004321")), QStringLiteral("077180004321"));
        QCOMPARE(residentIdFromText(QStringLiteral("077 180 004 321")),
                 QStringLiteral("077180004321"));
        const ResidentMapping m = defaultResidentMapping(
            {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh"),
             QStringLiteral("CCCD/CMND"), QStringLiteral("SĐT"), QStringLiteral("Thôn"),
             QStringLiteral("Ghi chú"), QStringLiteral("Đồng ý (ghi rõ)")});
        QCOMPARE(m, ResidentMapping({ResidentField::Ignore, ResidentField::FullName,
                                     ResidentField::BirthYear, ResidentField::IdNumber,
                                     ResidentField::Phone, ResidentField::Hamlet,
                                     ResidentField::Household, ResidentField::Consent}));
    }

    void goodFile_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addRow("utf-8 with BOM") << "residents-utf8-bom.csv" << int(TextEncoding::Utf8Bom);
        QTest::addRow("utf-8, semicolons") << "residents-utf8.csv" << int(TextEncoding::Utf8);
        QTest::addRow("windows-1258")
            << "residents-windows-1258.csv" << int(TextEncoding::Windows1258);
        QTest::addRow("tcvn3") << "residents-tcvn3.csv" << int(TextEncoding::Tcvn3);
    }
    void goodFile() {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        const qint64 before = persons();
        const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        int progressed = 0;
        ResidentImportOptions options;
        options.progress = [&progressed](int done, int total) {
            QCOMPARE(total, 5);
            progressed = done;
        };
        auto report = repo().import(s->chief, dataFile(file), options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QVERIFY2(report.value().refused == 0, qPrintable(problemsText(report.value())));
        QCOMPARE(int(report.value().encoding), encoding);
        QCOMPARE(report.value().imported, 5);
        QCOMPARE(progressed, 5);
        QCOMPARE(persons(), before + 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'person.create'")),
                 5);

        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT full_name, birth_year, id_number, phone, place_id, "
                                      "address, note FROM persons ORDER BY id")));
        struct Expected {
            const char* name;
            int year;
            const char* id;
            const char* phone;
            qint64 place;
        };
        const Expected expected[] = {
            {"Nguyễn Văn An", 1975, "077075001234", "0909123456", cayCam},
            {"tran thi binh", 1980, "077180004321", "0912345678", cayCam},
            {"Lê Văn Cường", 1990, "", "0933111222", cayCam},
            {"Phạm Thị Dung", 1968, "077168009999", "0918765432", phuocLoi},
            {"vo van em", 2001, "", "0977000111", phuocLoi},
        };
        for (const Expected& e : expected) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QString::fromUtf8(e.name));
            QCOMPARE(q.value(1).toInt(), e.year);
            QCOMPARE(q.value(2).toString(), QString::fromUtf8(e.id));
            QCOMPARE(q.value(3).toString(), QString::fromUtf8(e.phone));
            QCOMPARE(q.value(4).toLongLong(), e.place);
        }
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT address, note FROM persons ORDER BY id LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("số 12, đường Lò Vôi"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("Chủ hộ; tổ trưởng tổ tự quản")));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("Đồng ý ngày 05/09/2020")));
        verifyIntact();
    }

    void unknownHamletIsRefusedWithLineAndValue() {
        const QString text =
            kHeader + QStringLiteral("Nguyễn Văn An,1975,,0909123456,,Cây Cám,,\n"
                                     "Trần Thị Bình,1980,,0912345678,,Ấp Bến Đá,,\n");
        const qint64 before = persons();
        auto report = repo().import(s->chief, text.toUtf8(), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().refused, 1);
        QCOMPARE(report.value().imported, 0);
        QCOMPARE(persons(), before);
        QCOMPARE(report.value().problems.size(), 1);
        const ResidentImportProblem& p = report.value().problems.first();
        QCOMPARE(p.line, 3);
        QCOMPARE(p.kind, ResidentImportProblem::Kind::Refused);
        QVERIFY2(p.message.contains(QStringLiteral("3")), qPrintable(p.message));
        QVERIFY2(p.message.contains(QStringLiteral("\"Ấp Bến Đá\"")), qPrintable(p.message));
        const QString source = QStringLiteral("Line %1: the hamlet \"%2\" is not in the register.");
        if (QCoreApplication::translate("ResidentImport", source.toUtf8().constData()) != source)
            QVERIFY2(p.message.startsWith(QStringLiteral("Dòng 3")), qPrintable(p.message));

        ResidentImportOptions skip;
        skip.skipBadRows = true;
        auto skipped = repo().import(s->chief, text.toUtf8(), skip);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.value().imported, 1);
        QCOMPARE(persons(), before + 1);
        verifyIntact();
    }

    void duplicatesAreReportedAndSkipped() {
        NewPerson existing;
        existing.fullName = QStringLiteral("Nguyễn Văn An");
        existing.idNumber = QStringLiteral("077075001234");
        QVERIFY(PersonRepo(s->db(), s->clock).create(s->chief, existing).ok());
        const QByteArray data =
            dataFile(QStringLiteral("residents-utf8-bom.csv")) +
            QStringLiteral("Võ Văn Em (trùng số),2001,,0977 000 111,,Phước Lợi,,\r\n").toUtf8();
        const qint64 before = persons();
        auto report = repo().import(s->chief, data, {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().refused, 0);
        QCOMPARE(report.value().duplicates, 2);
        QCOMPARE(report.value().imported, 4);
        QCOMPARE(persons(), before + 4);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM persons WHERE id_number = '077075001234'")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM persons WHERE phone = '0977000111'")),
                 1);
        QCOMPARE(report.value().duplicateLines, QList<int>({2, 7}));
        const auto& problems = report.value().problems;
        auto at = [&](int line) {
            for (const auto& p : problems) {
                if (p.line == line && p.kind == ResidentImportProblem::Kind::Duplicate)
                    return p.message;
            }
            return QString();
        };
        QVERIFY2(at(2).contains(QStringLiteral("077075001234")),
                 qPrintable(problemsText(report.value())));
        QVERIFY2(at(7).contains(QStringLiteral("0977000111")) &&
                     at(7).contains(QStringLiteral("6")),
                 qPrintable(problemsText(report.value())));
        verifyIntact();
    }

    void malformedFilesWriteNothing_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<int>>("lines");
        QTest::addRow("unbalanced quotes")
            << dataFile(QStringLiteral("residents-bad-quotes.csv")) << QList<int>{3};
        QTest::addRow("wrong column count")
            << dataFile(QStringLiteral("residents-bad-columns.csv")) << QList<int>{3, 4};
        // A 10 MB line (not committed: made here).
        QByteArray huge = kHeader.toUtf8() + "Nguyễn Văn An,1975,,0909123456,,Cây Cám,,\n" +
                          "Trần Thị Bình,1980,,,\"" + QByteArray(10 * 1024 * 1024, 'x') +
                          "\",Cây Cám,,\n" + "Lê Văn Cường,1990,,0933111222,,Cây Cám,,\n";
        QTest::addRow("10 MB line") << huge << QList<int>{3};
    }
    void malformedFilesWriteNothing() {
        QFETCH(QByteArray, data);
        QFETCH(QList<int>, lines);
        const qint64 before = persons();
        const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto report = repo().import(s->chief, data, {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().imported, 0);
        QCOMPARE(report.value().refused, int(lines.size()));
        QList<int> refusedLines;
        for (const auto& p : report.value().problems) {
            QVERIFY(!p.message.isEmpty());
            QVERIFY2(p.message.contains(QString::number(p.line)), qPrintable(p.message));
            if (p.kind == ResidentImportProblem::Kind::Refused && !refusedLines.contains(p.line))
                refusedLines << p.line;
        }
        QCOMPARE(refusedLines, lines);
        QCOMPARE(persons(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        verifyIntact();
    }

    void notAResidentsSheet() {
        auto report = repo().import(s->chief, QByteArray("so_tin,kenh\n1,zalo\n"), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY(!repo().import(s->chief, QByteArray(), {}).ok());
    }

    void previewWritesNothing() {
        const qint64 before = persons();
        auto report = repo().preview(s->chief, dataFile(QStringLiteral("residents-utf8.csv")), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().rows.size(), 5);
        QCOMPARE(report.value().rows.at(1).person.placeId, cayCam);
        QCOMPARE(report.value().rows.at(1).hamlet, QStringLiteral("ap cay cam"));
        QCOMPARE(report.value().rows.at(1).hamletName, QStringLiteral("Cây Cám"));
        QCOMPARE(report.value().imported, 0);
        QCOMPARE(persons(), before);
    }

    void onlyAChiefImports() {
        const QByteArray data = dataFile(QStringLiteral("residents-utf8-bom.csv"));
        const qint64 before = persons();
        QCOMPARE(repo().import(s->officer, data, {}).error().code, ErrorCode::NotPermitted);
        QCOMPARE(repo().preview(s->officer, data, {}).error().code, ErrorCode::NotPermitted);
        QCOMPARE(persons(), before);
        verifyIntact();
    }

    // The import writes its persons in one batch (PersonBatch, AuditBatch: statements prepared
    // once, chain head kept, one time): each audit row must be what one PersonRepo::create writes
    // — its detail as the JSON writer encodes the changes, its record hash as AuditRepo computes
    // it alone — and another register filled person by person must hold the same rows.
    void importWritesTheRowsCreateWrites() {
        QString text = kHeader;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("Người Thứ %1,%2,0770750%3,09091%4,\"số %1, tổ \"\"%5\"\"\",%6,"
                                   "%7,\n")
                        .arg(i)
                        .arg(1950 + i)
                        .arg(10000 + i)
                        .arg(10000 + i)
                        .arg(i % 7)
                        .arg(i % 2 ? QStringLiteral("ap cay cam") : QStringLiteral("Phước Lợi"))
                        .arg(i % 3 ? QString() : QStringLiteral("Chủ hộ"));
        text += QStringLiteral("Trùng Số,1960,077075010003,,,Cây Cám,,\n"); // same ID as line 5
        const qint64 auditBefore = s->lastRowId();
        auto report = repo().import(s->chief, text.toUtf8(), {});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(report.value().imported, 40);
        QCOMPARE(report.value().duplicates, 1);
        QCOMPARE(report.value().duplicateLines, QList<int>{42});
        QCOMPARE(report.value().personIds.size(), 40);
        verifyIntact();

        AuditStation other;
        insider::exec(other.db(), QStringLiteral("INSERT INTO places (kind, name, commune_code, "
                                                 "valid_from) VALUES ('ap', 'Cây Cám', '26680', "
                                                 "'2018-01-01'), ('ap', 'Phước Lợi', '26680', "
                                                 "'2018-01-01')"));
        const qint64 otherBefore = other.lastRowId();
        QCOMPARE(otherBefore, auditBefore);
        for (const ImportedResident& row : std::as_const(report.value().rows)) {
            if (report.value().isDuplicate(row.line))
                continue;
            auto id = PersonRepo(other.db(), other.clock).create(other.chief, row.person);
            QVERIFY(id.ok());
        }
        auto verdict = other.audit().verify(nullptr);
        QVERIFY(verdict.ok() && verdict.value().intact);

        const QString columns = QStringLiteral(
            "SELECT id, at, user_id, action, object_type, object_id, detail, record_hash, key_id "
            "FROM audit_log WHERE id > ? ORDER BY id");
        QSqlQuery mine(s->db());
        QSqlQuery theirs(other.db());
        mine.prepare(columns);
        mine.addBindValue(auditBefore);
        theirs.prepare(columns);
        theirs.addBindValue(otherBefore);
        QVERIFY(mine.exec() && theirs.exec());
        int rows = 0;
        while (mine.next()) {
            QVERIFY(theirs.next());
            for (int c = 0; c < 9; ++c)
                QCOMPARE(mine.value(c), theirs.value(c));
            const qint64 personId = mine.value(5).toLongLong();
            QCOMPARE(personId, report.value().personIds.at(rows));
            auto hash = s->audit().recordHash(QStringLiteral("person"), personId);
            QVERIFY(hash.ok());
            QCOMPARE(mine.value(7).toByteArray(), hash.value());
            auto person = PersonRepo(s->db(), s->clock).get(s->chief, personId);
            QVERIFY(person.ok());
            const Person& p = person.value();
            QVariantMap changes;
            auto after = [&changes](const char* field, const QVariant& value) {
                changes.insert(QLatin1String(field),
                               QVariantMap{{QStringLiteral("before"), QVariant()},
                                           {QStringLiteral("after"), value}});
            };
            after("full_name", p.fullName);
            after("birth_year", qint64(p.birthYear));
            if (!p.idNumber.isEmpty())
                after("id_number", p.idNumber);
            after("phone", p.phone);
            after("address", p.address);
            after("place_id", p.placeId);
            if (!p.note.isEmpty())
                after("note", p.note);
            QCOMPARE(mine.value(6).toString(), auditchain::encodeDetail(changes, QString()));
            ++rows;
        }
        QVERIFY(!theirs.next());
        QCOMPARE(rows, 40);
    }

    // The audit writer's own JSON for the detail column must give the very bytes of
    // auditchain::encodeDetail (the row hash covers them), for plain values and for the cases it
    // hands over to the JSON writer.
    void detailEncodingMatchesTheJsonWriter() {
        const QList<QVariant> values = {
            QVariant(),
            QVariant(QMetaType::fromType<QString>()),
            QString(),
            QStringLiteral(""),
            QStringLiteral("Nguyễn Văn An"),
            QStringLiteral("Số 12, tổ 3 — ấp Cây Cám"),
            QStringLiteral("quote \" and backslash \\"),
            QStringLiteral("line\nbreak\ttab\r\b\f"),
            QString(QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0xa0) + QChar(0x2028)),
            QStringLiteral("emoji 😀 "),
            QString(QChar(0xD800)),
            QStringLiteral("/slash/ <tag> &amp;"),
            QVariant(0),
            QVariant(-7),
            QVariant(1975),
            QVariant(qint64(9007199254740993LL)),
            QVariant(qint64(-9223372036854775807LL)),
            QVariant(true),
            QVariant(1.5),
            QVariant(QByteArray("secret")),
            QVariant(QDate(2020, 9, 3)),
        };
        const QStringList fields = {QStringLiteral("full_name"), QStringLiteral("phone"),
                                    QStringLiteral("informant_sealed"), QStringLiteral("b2")};
        const QStringList texts = {QString(), QStringLiteral("migration-7"),
                                   QStringLiteral("lý do \"đặc biệt\"\n")};
        int checked = 0;
        for (const QString& detail : texts) {
            QCOMPARE(auditdetail::encode({}, detail), auditchain::encodeDetail({}, detail));
            for (const QVariant& before : values) {
                for (const QVariant& after : values) {
                    QVariantMap changes;
                    for (const QString& field : fields) {
                        changes.insert(field, QVariantMap{{QStringLiteral("before"), before},
                                                          {QStringLiteral("after"), after}});
                        QCOMPARE(auditdetail::encode(changes, detail),
                                 auditchain::encodeDetail(changes, detail));
                        QVariantMap plain{{field, after}};
                        QCOMPARE(auditdetail::encode(plain, detail),
                                 auditchain::encodeDetail(plain, detail));
                        checked += 2;
                    }
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    // AuditRepo::appendRecordChanges: one row per entry in order, each with its record's hash,
    // chained and signed like single rows; a bad entry writes none of them.
    void batchAuditChainsLikeSingleRows() {
        QList<AuditEntry> entries;
        for (const char* name : {"Một", "Hai", "Ba"}) {
            NewPerson p;
            p.fullName = QString::fromUtf8(name);
            auto id = PersonRepo(s->db(), s->clock).create(s->chief, p);
            QVERIFY(id.ok());
            AuditEntry e;
            e.action = QStringLiteral("record.baseline");
            e.entity = QStringLiteral("person");
            e.entityId = id.value();
            e.detail = QStringLiteral("batch test");
            entries << e;
        }
        entries.insert(1, entries.first());
        entries[1].entity = QStringLiteral("tip");
        entries[1].entityId = s->tipId;
        const qint64 before = s->lastRowId();
        auto ids = s->audit().appendRecordChanges(s->chief, entries);
        QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().text()));
        QCOMPARE(ids.value().size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(ids.value().at(i), before + 1 + i);
            QSqlQuery q(s->db());
            q.prepare(QStringLiteral("SELECT object_type, object_id, record_hash, signature IS NOT "
                                     "NULL FROM audit_log WHERE id = ?"));
            q.addBindValue(ids.value().at(i));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), entries.at(i).entity);
            QCOMPARE(q.value(1).toLongLong(), entries.at(i).entityId);
            QCOMPARE(q.value(2).toByteArray(),
                     s->audit().recordHash(entries.at(i).entity, entries.at(i).entityId).value());
            QVERIFY(q.value(3).toBool());
        }
        verifyIntact();

        AuditEntry missing = entries.last();
        missing.entityId = 999999;
        const qint64 head = s->lastRowId();
        QCOMPARE(s->audit().appendRecordChanges(s->chief, {entries.first(), missing}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(s->lastRowId(), head);
        verifyIntact();
    }
};

QTEST_GUILESS_MAIN(TestResidentImport)
#include "tst_resident_import.moc"
