// The demo register tells the story complete (PRODUCT.md): as the chief, the case VV-0001/2020
// opens with both tips linked and marked as contributing, its timeline from the 20:30 call to the
// approval, the suspect, and the review queue has work waiting. Screenshots when BINHYEN_SHOTS
// names a folder.
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/cases/CaseLinkRepo.h"
#include "models/repo/cases/CaseTimelineRepo.h"
#include "models/repo/cases/ReviewQueueRepo.h"
#include "models/repo/cases/SuggestionRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/persons/CasePersonRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/cases/CaseWindow.h"
#include "ui/main/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QTabWidget>
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

} // namespace

class TestGuiDemoCases : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief;

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(demoNow());
        auto filled = DemoRepo(m_temp->reg->database())
                          .fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        QByteArray password(DemoRepo::kPassword);
        auto chief = UserRepo(m_temp->reg->database(), *m_clock)
                         .logon(u"truong"_s, SecretBytes::takeFrom(password));
        QVERIFY2(chief, qPrintable(chief.error().text()));
        m_chief = chief.take();
    }

    void theStoryCaseIsComplete() {
        QSqlDatabase db = m_temp->reg->database();
        auto links = CaseLinkRepo(db, *m_clock).linksOfCase(m_chief, 1);
        QVERIFY(links);
        QCOMPARE(links.value().size(), 2);
        for (const CaseTipLink& link : links.value()) {
            QVERIFY(link.contributed);
            QVERIFY(link.valuable);
        }
        QCOMPARE(links.value().at(0).number, u"TB-0004/2020"_s);
        QCOMPARE(links.value().at(1).number, u"TB-0005/2020"_s);
        auto events = CaseTimelineRepo(db, *m_clock).events(m_chief, 1);
        QVERIFY(events);
        QStringList kinds;
        for (const CaseEvent& e : events.value())
            kinds << e.kind;
        for (const char* kind : {"tip_linked", "camera_extract", "zalo_notice", "suspect_located",
                                 "brought_in", "statement", "outcome", "review"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QCOMPARE(kinds.first(), u"tip_linked"_s);
        QCOMPARE(kinds.last(), u"review"_s);
        // A closed case gets no suggestions.
        auto suggested = SuggestionRepo(db, *m_clock).suggestTipsForCase(m_chief, 1);
        QVERIFY(suggested);
        QVERIFY(suggested.value().isEmpty());
        auto persons = CasePersonRepo(db, *m_clock).list(m_chief, 1);
        QVERIFY(persons);
        QCOMPARE(persons.value().first().role, u"suspect"_s);
        QVERIFY(persons.value().first().outcome.arrestedAt.isValid());
    }

    void theQueueHasWorkWaiting() {
        auto queue = ReviewQueueRepo(m_temp->reg->database(), *m_clock).queue(m_chief);
        QVERIFY(queue);
        QVERIFY(!queue.value().unclassified.isEmpty());
        QVERIFY(!queue.value().valuableProposals.isEmpty());
        QVERIFY(!queue.value().closureProposals.isEmpty());
    }

    void theChiefSeesItInTheWindows() {
        ui::MainWindow window(*m_temp->reg, &m_chief, std::make_unique<FixedClock>(demoNow()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(ui::MainWindow::Cases);
        shoot(&window, u"demo-case-list"_s);
        window.showArea(ui::MainWindow::Review);
        QCOMPARE(window.currentArea(), ui::MainWindow::Review);
        shoot(&window, u"demo-review-queue"_s);

        ui::CaseWindow* kase = window.openCase(1);
        QVERIFY(kase);
        kase->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(kase));
        QVERIFY(kase->header()->text().contains(u"VV-0001/2020"_s));
        QCOMPARE(kase->detail().status, u"closed"_s);
        QVERIFY(kase->detail().solved);
        const char* const names[] = {"demo-case-details", "demo-case-timeline", "demo-case-links",
                                     "demo-case-persons"};
        for (int tab = 0; tab < kase->tabs()->count(); ++tab) {
            kase->tabs()->setCurrentIndex(tab);
            shoot(kase, QString::fromLatin1(names[tab]));
        }
        kase->close();
    }
};

QTEST_MAIN(TestGuiDemoCases)
#include "tst_gui_demo_cases.moc"
