#include "models/domain/Result.h"

#include <QTest>

using namespace binhyen;

class TestErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodesFollowTheCliContract() {
        QCOMPARE(exitCodeFor(ErrorCode::None), 0);
        QCOMPARE(exitCodeFor(ErrorCode::Usage), 1);
        QCOMPARE(exitCodeFor(ErrorCode::InvalidInput), 2);
        QCOMPARE(exitCodeFor(ErrorCode::NoKey), 3);
        QCOMPARE(exitCodeFor(ErrorCode::WrongKey), 3);
        QCOMPARE(exitCodeFor(ErrorCode::Damaged), 4);
        QCOMPARE(exitCodeFor(ErrorCode::NewerSchema), 4);
        QCOMPARE(exitCodeFor(ErrorCode::NotPermitted), 5);
        QCOMPARE(exitCodeFor(ErrorCode::AlreadyOpen), 6);
        QCOMPARE(exitCodeFor(ErrorCode::VerificationFailed), 7);
    }
    void resultCarriesValueOrError() {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        Result<int> bad(makeError(ErrorCode::WrongKey, QStringLiteral("sai khóa")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::WrongKey);
        Result<void> done;
        QVERIFY(done.ok());
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
