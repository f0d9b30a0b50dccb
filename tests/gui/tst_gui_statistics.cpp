// The statistics page on the demo register: the figures of 09/2020 with the previous month and
// the same month a year earlier, computed off the UI thread; the lock state; the lock button for
// the chief only. Screenshots when BINHYEN_SHOTS names a folder.
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "reports/stats/IndicatorCatalog.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/stats/StatisticsPage.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

QDateTime demoNow() {
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
}

void shoot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("BINHYEN_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

// The row of a key path in the table (-1: none).
int rowOf(QTableWidget* table, const QString& key) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

} // namespace

class TestGuiStatistics : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief;
    Session m_officer;

    Session logon(const QString& name) {
        QByteArray password(DemoRepo::kPassword);
        auto session = UserRepo(m_temp->reg->database(), *m_clock)
                           .logon(name, SecretBytes::takeFrom(password));
        if (!session)
            qFatal("%s", qPrintable(session.error().text()));
        return session.take();
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(demoNow());
        auto filled = DemoRepo(m_temp->reg->database())
                          .fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_chief = logon(u"truong"_s);
        m_officer = logon(u"canbo1"_s);
    }

    void numbersUseDotsForThousands() {
        QCOMPARE(indicatorcatalog::number(0), u"0"_s);
        QCOMPARE(indicatorcatalog::number(986), u"986"_s);
        QCOMPARE(indicatorcatalog::number(1234), u"1.234"_s);
        QCOMPARE(indicatorcatalog::number(-1234567), u"-1.234.567"_s);
    }

    void theChiefSeesSeptember2020() {
        ui::StatisticsPage page(*m_temp->reg, *m_clock, &m_chief);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The default month is the last one; it is computed in the background.
        QCOMPARE(page.month(), u"2026-10"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        auto* lockState = page.findChild<QLabel*>(u"lockState"_s);
        QVERIFY(lockState);
        auto* lock = page.findChild<QPushButton*>(u"lockMonth"_s);
        QVERIFY(lock);

        page.setMonth(u"2020-09"_s);
        QVERIFY(page.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QCOMPARE(page.figures().month, u"2020-09"_s);
        QCOMPARE(page.figures().at(u"tips_total"_s).value, qint64(12));
        QCOMPARE(page.figures().at(u"zalo_groups"_s).value, qint64(36));
        QCOMPARE(page.figures().at(u"hamlets_total"_s).value, qint64(40));
        QCOMPARE(page.figures().at(u"households_connected"_s).value, qint64(986));
        QCOMPARE(page.figures().at(u"cases_solved_public_help"_s).value, qint64(1));

        auto* table = page.findChild<QTableWidget*>(u"figures"_s);
        QVERIFY(table);
        const int total = rowOf(table, u"tips_total"_s);
        QVERIFY(total >= 0);
        QCOMPARE(table->item(total, 1)->text(), u"12"_s);
        const Figure tips = page.figures().at(u"tips_total"_s);
        QCOMPARE(table->item(total, 2)->text(), QString::number(tips.previousMonth));
        QCOMPARE(table->item(total, 3)->text(), QString::number(tips.yearEarlier));
        QCOMPARE(table->item(rowOf(table, u"households_connected"_s), 1)->text(), u"986"_s);
        QVERIFY(rowOf(table, u"tips_by_channel.zalo"_s) >= 0);
        QVERIFY(!lockState->text().isEmpty());
        QCOMPARE(lock->isEnabled(), !page.isLocked());
        shoot(&page, u"statistics-table"_s);

        // The table as CSV for Excel: a BOM, Vietnamese, and the export in the audit trail.
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"thong-ke.csv"_s);
        QVERIFY(page.exportCsvTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(table->item(total, 0)->text() + u",12,"_s));
        QSqlQuery q(m_temp->reg->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void theCurrentMonthIsNotLocked() {
        ui::StatisticsPage page(*m_temp->reg, *m_clock, &m_chief);
        page.setMonth(u"2026-11"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QVERIFY(!page.isLocked());
        QCOMPARE(page.findChild<QLabel*>(u"lockState"_s)->text(), page.tr("Not locked"));
    }

    void anOfficerMayNotLock() {
        ui::StatisticsPage page(*m_temp->reg, *m_clock, &m_officer);
        page.setMonth(u"2026-11"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QVERIFY(!page.isLocked());
        auto* lock = page.findChild<QPushButton*>(u"lockMonth"_s);
        QVERIFY(!lock->isEnabled());
        QVERIFY(!lock->toolTip().isEmpty());
        QCOMPARE(page.figures().month, u"2026-11"_s);
    }
};

QTEST_MAIN(TestGuiStatistics)
#include "tst_gui_statistics.moc"
