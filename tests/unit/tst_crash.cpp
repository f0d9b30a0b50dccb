// Crash safety: a child process commits tips in a loop and is killed with SIGKILL at random
// moments. After each kill the register opens, passes integrity_check, and holds every tip the
// child reported committed. BINHYEN_CRASH_ROUNDS raises the number of rounds (stress runs).
#include "models/domain/Tip.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyFiles.h"
#include "tests/support/TempRegister.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <csignal>
#include <cstdio>

using namespace binhyen;
using namespace binhyen::test;

namespace {

// The child: opens the register with the key file and commits tips until it is killed,
// printing each committed id on its own line.
int childMain(const QString& path, const QString& keyFile) {
    auto key = keyfiles::readRegisterKeyFile(keyFile);
    if (!key)
        return 3;
    auto reg = Register::open(path, key.take());
    if (!reg) {
        std::fprintf(stderr, "%s\n", qPrintable(reg.error().text()));
        return 4;
    }
    TipRepo tips(reg.value()->database());
    QDateTime at(QDate(2026, 11, 1), QTime(8, 0));
    for (int i = 0;; ++i) {
        NewTip tip;
        tip.receivedAt = at.addSecs(i * 60);
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = 1;
        tip.createdBy = 1;
        tip.createdAt = tip.receivedAt;
        tip.summary = QStringLiteral("Người dân báo mất trộm xe máy ở ấp Cây Cám, lần %1").arg(i);
        tip.details = QString(200, QLatin1Char('x'));
        auto id = tips.insert(tip);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().text()));
            return 5;
        }
        std::printf("%lld\n", static_cast<long long>(id.value()));
        std::fflush(stdout);
    }
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWriterNeverLosesACommittedTip() {
        TempRegister t;
        {
            QSqlQuery q(t.reg->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, full_name, role) "
                                          "VALUES (1, 'trucban', 'Cán bộ trực ban', 'officer')")));
        }
        t.reg.reset();
        const QString keyFile = t.file(QStringLiteral("key.txt"));
        QVERIFY(keyfiles::writeRegisterKeyFile(keyFile, t.key()).ok());

        const int rounds = qEnvironmentVariableIntValue("BINHYEN_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("BINHYEN_CRASH_ROUNDS")
                               : 50;
        QList<qint64> committed;
        QRandomGenerator rng(20200903);
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--crash-child"), t.path, keyFile});
            QVERIFY(child.waitForStarted(10000));
            QTest::qWait(static_cast<int>(rng.bounded(30, 250)));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty())
                    committed.append(line.trimmed().toLongLong());
            }

            auto reg = Register::open(t.path, t.key());
            QVERIFY2(reg.ok(), qPrintable(reg.error().text()));
            QSqlQuery q(reg.value()->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM tips")));
            QSet<qint64> present;
            while (q.next())
                present.insert(q.value(0).toLongLong());
            for (qint64 id : std::as_const(committed))
                QVERIFY2(present.contains(id),
                         qPrintable(QStringLiteral("tip %1 lost in round %2").arg(id).arg(round)));
        }
        qInfo("%d rounds, %lld tips reported committed, all present", rounds,
              static_cast<long long>(committed.size()));
        QVERIFY(committed.size() > rounds); // the child really got to commit
    }
};

int main(int argc, char** argv) {
    if (argc == 4 && qstrcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        return childMain(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
