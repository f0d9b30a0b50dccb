// Importing the old tip register (issue 4 item 6): each encoding, BOM, semicolons, refused rows,
// skipping them, values kept as written with a warning, garbage, sealed identities, old numbers.
#include "models/domain/TextFold.h"
#include "models/domain/import/TextDecoding.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipImportRepo.h"
#include "tests/support/AuditFixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

const QString kHeader = QStringLiteral(
    "so_tin,thoi_gian_tiep_nhan,kenh,phan_loai,linh_vuc,ap,dia_chi,noi_dung,nguoi_bao_tin,"
    "so_dien_thoai,can_bo_tiep_nhan,trang_thai,ket_qua\n");

// Three good rows: two in 2019, one in 2020 (the station already has TB-0001/2020).
const QString kGoodRows = QStringLiteral(
    "SO-12/2019,14/02/2019 08:15,Điện thoại,Tin báo,Trộm cắp,Cây Cám,số 5 đường Lò Vôi,"
    "mất trộm bò tại chuồng nhà ông Bảy,Trần Thị Mai,0912345678,Trần Văn Cán,Đã giải quyết,"
    "tìm lại bò\n"
    "SO-13/2019,2/3/2019 21:40,Zalo,Phản ánh ANTT,Đánh nhau,ấp Cây Cám,,"
    "thanh niên tụ tập gây gổ trước quán cà phê,Ẩn danh,,,Đang xác minh,\n"
    "SO-01/2020,05/01/2020 07:05,Trực tiếp,Tố giác,Ma túy,,chợ Phước Hải,"
    "nghi vấn mua bán trái phép chất ma túy,,,canbo1,Mới tiếp nhận,\n");

QByteArray sample(TextEncoding encoding, const QString& text) {
    return encode(text, encoding);
}

} // namespace

class TestTipImport : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;

    TipImportRepo repo() { return TipImportRepo(s->db(), s->clock); }
    qint64 tipCount() {
        QSqlQuery q(s->db());
        return q.exec(QStringLiteral("SELECT count(*) FROM tips")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
    QStringList search(const QString& query) {
        QStringList out;
        const auto hits = SearchRepo(s->db()).search(s->officer, query, 0);
        for (const SearchHit& h : hits.value())
            out << h.number;
        return out;
    }
    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private Q_SLOTS:
    void init() {
        s = std::make_unique<AuditStation>();
        insider::exec(s->db(), QStringLiteral("INSERT INTO places (kind, name, commune_code, "
                                              "valid_from) VALUES ('ap', 'Cây Cám', '26680', "
                                              "'2018-01-01')"));
    }
    void cleanup() { s.reset(); }

    void goodFile_data() {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("separator");
        QTest::addRow("utf-8") << int(TextEncoding::Utf8) << QStringLiteral(",");
        QTest::addRow("utf-8 with BOM") << int(TextEncoding::Utf8Bom) << QStringLiteral(",");
        QTest::addRow("windows-1258") << int(TextEncoding::Windows1258) << QStringLiteral(",");
        QTest::addRow("tcvn3") << int(TextEncoding::Tcvn3) << QStringLiteral(",");
        QTest::addRow("vni") << int(TextEncoding::Vni) << QStringLiteral(",");
        QTest::addRow("semicolons") << int(TextEncoding::Utf8) << QStringLiteral(";");
    }
    void goodFile() {
        QFETCH(int, encoding);
        QFETCH(QString, separator);
        QString text = kHeader + kGoodRows;
        text.replace(QLatin1Char(','), separator);
        const QByteArray data = sample(TextEncoding(encoding), text);
        auto report = repo().import(s->chief, data, {});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(int(report.value().encoding), encoding);
        QCOMPARE(report.value().separator, separator.at(0));
        QCOMPARE(report.value().refused, 0);
        QCOMPARE(report.value().imported, 3);
        QCOMPARE(report.value().numbers,
                 QStringList({QStringLiteral("TB-0001/2019"), QStringLiteral("TB-0002/2019"),
                              QStringLiteral("TB-0002/2020")}));
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT t.channel, t.classification, t.category_code, p.name, t.address, t.summary, "
            "t.status, t.outcome, t.old_number, t.informant_sealed IS NOT NULL, "
            "t.receiving_officer_id, t.received_at FROM tips t LEFT JOIN places p ON "
            "p.id = t.place_id WHERE t.old_number IS NOT NULL ORDER BY t.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("phone"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("tin_bao"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("theft"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Cây Cám"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("số 5 đường Lò Vôi"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("mất trộm bò tại chuồng nhà ông Bảy"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("resolved"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("tìm lại bò"));
        QCOMPARE(q.value(8).toString(), QStringLiteral("SO-12/2019"));
        QVERIFY(q.value(9).toBool());
        QCOMPARE(q.value(11).toString(), QStringLiteral("2019-02-14T08:15:00"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("zalo"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("fighting"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("verifying"));
        QVERIFY(!q.value(9).toBool()); // "Ẩn danh": anonymous
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("in_person"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("to_giac"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("new"));
        QCOMPARE(q.value(10).toLongLong(), s->officer.userId()); // "canbo1"
        verifyIntact();
    }

    void identitiesAreSealedAndOldNumbersSearchable() {
        auto report = repo().import(s->chief, (kHeader + kGoodRows).toUtf8(), {});
        QVERIFY(report.ok());
        QVERIFY(search(QStringLiteral("Trần Thị Mai")).isEmpty());
        QVERIFY(search(QStringLiteral("tran thi mai")).isEmpty());
        QVERIFY(search(QStringLiteral("0912345678")).isEmpty());
        QCOMPARE(search(QStringLiteral("SO-12/2019")), QStringList{QStringLiteral("TB-0001/2019")});
        QCOMPARE(search(QStringLiteral("trom bo")), QStringList{QStringLiteral("TB-0001/2019")});
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tips WHERE old_number = 'SO-12/2019'")) &&
                q.next());
        auto who = IdentityRepo(s->db(), s->clock)
                       .reveal(s->chief, q.value(0).toLongLong(), QStringLiteral("kiểm tra"));
        QVERIFY(who.ok());
        QCOMPARE(who.value().name, QStringLiteral("Trần Thị Mai"));
        QCOMPARE(who.value().phone, QStringLiteral("0912345678"));
    }

    void onlyAChiefImports() {
        const QByteArray data = (kHeader + kGoodRows).toUtf8();
        QCOMPARE(repo().import(s->officer, data, {}).error().code, ErrorCode::NotPermitted);
        QCOMPARE(tipCount(), 1);
    }

    void refusedRowsStopTheImportUnlessSkipped() {
        const QString bad =
            QStringLiteral(",,Điện thoại,,,,,không có thời gian,,,,,\n"
                           ",31/02/2019 08:00,Điện thoại,,,,,ngày không có thật,,,,,\n"
                           ",01/03/2019 08:00,Điện thoại,,,,,,,,,,\n"
                           ",01/03/2019 08:00,Telegram,,,,,kênh lạ,,,,,\n"
                           ",01/03/2019 08:00,Zalo,Linh tinh,,,,phân loại lạ,,,,,\n");
        const QByteArray data = (kHeader + kGoodRows + bad).toUtf8();
        auto report = repo().import(s->chief, data, {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().refused, 5);
        QCOMPARE(report.value().imported, 0);
        QCOMPARE(tipCount(), 1);
        QList<int> lines;
        for (const TipImportProblem& p : report.value().problems) {
            if (p.refused)
                lines << p.line;
        }
        QCOMPARE(lines, QList<int>({5, 6, 7, 8, 9}));

        TipImportOptions skip;
        skip.skipBadRows = true;
        report = repo().import(s->chief, data, skip);
        QVERIFY(report.ok());
        QCOMPARE(report.value().imported, 3);
        QCOMPARE(tipCount(), 4);
        verifyIntact();
    }

    void unknownValuesAreKeptWithAWarning() {
        const QString row =
            QStringLiteral("CU-9,10/10/2018 10:10,Camera,,Lừa đảo qua mạng,Ấp Mới Toanh,tổ 3,"
                           "bị lừa chuyển tiền,,,Nguyễn Văn Xa,Chờ ý kiến,\n");
        auto report = repo().import(s->chief, (kHeader + row).toUtf8(), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().imported, 1);
        QCOMPARE(report.value().problems.size(), 4); // category, hamlet, officer, status
        for (const TipImportProblem& p : report.value().problems) {
            QVERIFY(!p.refused);
            QCOMPARE(p.line, 2);
        }
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT t.address, t.place_id IS NULL, c.label, t.details, t.status FROM "
                    "tips t JOIN categories c ON c.code = t.category_code WHERE t.old_number = "
                    "'CU-9'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ấp Mới Toanh, tổ 3"));
        QVERIFY(q.value(1).toBool());
        QCOMPARE(q.value(2).toString(), QStringLiteral("Lừa đảo qua mạng"));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("Nguyễn Văn Xa")));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("Chờ ý kiến")));
        QCOMPARE(q.value(4).toString(), QStringLiteral("new"));
        QCOMPARE(search(QStringLiteral("moi toanh")).size(), 1);
        verifyIntact();
    }

    void garbageIsAClearErrorAndImportsNothing() {
        QByteArray garbage(10 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(4);
        rng.fillRange(reinterpret_cast<quint32*>(garbage.data()), garbage.size() / 4);
        auto report = repo().import(s->chief, garbage, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY(!report.error().message.isEmpty());
        QCOMPARE(tipCount(), 1);
        QCOMPARE(repo().import(s->chief, QByteArray(), {}).error().code, ErrorCode::InvalidInput);
    }

    void mappingCanBeChosen() {
        const QStringList header = {
            QStringLiteral("Số tin"), QStringLiteral("Thời gian tiếp nhận (dd/MM/yyyy HH:mm)"),
            QStringLiteral("KENH"), QStringLiteral("Ghi chú"), QStringLiteral("Nội dung")};
        const ImportMapping m = defaultImportMapping(header);
        QVERIFY(m ==
                ImportMapping({ImportField::OldNumber, ImportField::ReceivedAt,
                               ImportField::Channel, ImportField::Ignore, ImportField::Content}));
        const QByteArray data = QStringLiteral("Ngày nhận,Hình thức,Sự việc\n"
                                               "01/06/2018 09:30,Đường dây nóng,cháy rẫy\n")
                                    .toUtf8();
        QCOMPARE(repo().import(s->chief, data, {}).error().code, ErrorCode::InvalidInput);
        TipImportOptions chosen;
        chosen.mapping =
            ImportMapping{ImportField::ReceivedAt, ImportField::Channel, ImportField::Content};
        auto preview = repo().preview(s->chief, data, chosen);
        QVERIFY(preview.ok());
        QCOMPARE(preview.value().rows.size(), 1);
        QCOMPARE(preview.value().rows.at(0).channel, QStringLiteral("hotline"));
        QCOMPARE(tipCount(), 1); // a preview writes nothing
        auto report = repo().import(s->chief, data, chosen);
        QVERIFY(report.ok());
        QCOMPARE(report.value().imported, 1);
    }

    void shortFormsAreRecognised() {
        QCOMPARE(channelFromText(QStringLiteral("ZALO")), QStringLiteral("zalo"));
        QCOMPARE(channelFromText(QStringLiteral("Đường dây nóng")), QStringLiteral("hotline"));
        QCOMPARE(channelFromText(QStringLiteral("camera")), QStringLiteral("camera"));
        QCOMPARE(channelFromText(QStringLiteral("Văn bản")), QStringLiteral("document"));
        QCOMPARE(channelFromText(QStringLiteral("trực tiếp")), QStringLiteral("in_person"));
        QCOMPARE(channelFromText(QStringLiteral("Telegram")), QString());
        QString closure;
        QCOMPARE(statusFromText(QStringLiteral("Chuyển thành vụ việc"), &closure),
                 QStringLiteral("closed"));
        QCOMPARE(closure, QStringLiteral("to_case"));
        QCOMPARE(statusFromText(QStringLiteral("dang xac minh"), &closure),
                 QStringLiteral("verifying"));
        QCOMPARE(classificationFromText(QStringLiteral("Không thuộc ANTT")),
                 QStringLiteral("khong_antt"));
        QVERIFY(!receivedTimeFromText(QStringLiteral("14/02/2019")).isValid());
        QVERIFY(receivedTimeFromText(QStringLiteral("14/02/2019 8:05")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTipImport)
#include "tst_tip_import.moc"
