#include "tests/bench/MeasureProcess.h"

#include "app/cli/Arguments.h"
#include "app/cli/KeySources.h"
#include "models/domain/Clock.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/store/Register.h"
#include "tests/bench/BenchCommon.h"
#include "tests/bench/TwinRegister.h"
#include "tests/support/StatementTrace.h"
#include "ui/main/MainWindow.h"
#include "ui/main/TipListPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTableView>
#include <cstdio>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kChildTimeoutMs = 120000;

QString self() {
    return QCoreApplication::applicationFilePath();
}

} // namespace

QStringList ChildSide::arguments() const {
    QStringList out{u"--register"_s, path, u"--user"_s, user};
    if (plain)
        out << u"--plain"_s;
    else if (!keyFile.isEmpty())
        out << u"--key-file"_s << keyFile;
    return out;
}

Runs measureOpenFromProcessStart(const ChildSide& side, int runs) {
    QList<double> millis;
    for (int run = 0; run <= runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        child.start(self(), QStringList{u"open-window"_s} + side.arguments());
        QByteArray line;
        while (!line.contains('\n') && child.waitForReadyRead(kChildTimeoutMs))
            line += child.readAllStandardOutput();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        child.waitForFinished(kChildTimeoutMs);
        const QJsonObject shown = QJsonDocument::fromJson(line.trimmed()).object();
        if (!shown.contains(u"logon_ms"_s))
            return makeError(ErrorCode::Io, u"The main window did not open in the child"_s,
                             QString::fromUtf8(line.left(500)));
        if (run > 0) // run 0 is the untimed warm-up
            millis << elapsed - shown.value(u"logon_ms"_s).toDouble();
    }
    return millis;
}

int runOpenWindow(const Arguments& args) {
    const QString path = args.value(u"register"_s);
    const QString user = args.value(u"user"_s);
    SecretBytes password;
    if (path.isEmpty() || user.isEmpty() || !passwordFromEnvironment(password))
        return usageError(u"Usage: BINHYEN_PASSWORD=… binhyen-bench open-window --register F "
                          u"[--key-file K | --plain] --user U"_s);
    QElapsedTimer phase;
    phase.start();
    Result<std::unique_ptr<Register>> reg = [&]() -> Result<std::unique_ptr<Register>> {
        if (args.has(u"plain"_s))
            return PlainTwin::open(path);
        auto key = cli::registerKeyFor(path, args.value(u"key-file"_s));
        if (!key)
            return key.error();
        return Register::open(path, key.take());
    }();
    if (!reg)
        return failWith(reg.error());
    SystemClock clock;
    const double openMs = double(phase.nsecsElapsed()) / 1e6;
    QElapsedTimer logonTimer;
    logonTimer.start();
    auto session = UserRepo(reg.value()->database(), clock).logon(user, password);
    const double logonMs = double(logonTimer.nsecsElapsed()) / 1e6;
    if (!session)
        return failWith(session.error());
    Session held = session.take();
    // --trace: the statements the window ran on the UI thread's connection, on stderr.
    std::unique_ptr<test::StatementTrace> trace;
    if (args.has(u"trace"_s))
        trace = std::make_unique<test::StatementTrace>(reg.value()->database());
    phase.restart();
    {
        ui::MainWindow window(*reg.value(), held);
        window.showArea(ui::MainWindow::Tips);
        window.show();
        QApplication::processEvents();
        const TipWindowModel* model = window.tipPage()->model();
        if (model->rowCount() == 0 ||
            !model->data(model->index(0, TipWindowModel::Number)).isValid())
            return failWith(makeError(ErrorCode::Io, u"The main window showed no tips"_s,
                                      model->lastError().text()));
        window.tipPage()->view()->viewport()->repaint();
        // The logon is taken out of the measure; the phases are for reading the figures.
        std::printf("{\"logon_ms\": %.3f, \"open_ms\": %.3f, \"window_ms\": %.3f}\n", logonMs,
                    openMs, double(phase.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
        if (trace) {
            for (const QString& statement : trace->take())
                note(statement);
        }
    }
    reg.value()->closeThreadConnection();
    return 0;
}

Result<QJsonObject> runChildBench(const QStringList& arguments) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(self(), arguments);
    if (!child.waitForStarted(kChildTimeoutMs))
        return makeError(ErrorCode::Io, u"The child benchmark did not start"_s,
                         child.errorString());
    child.waitForFinished(-1);
    const QByteArray out = child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return makeError(ErrorCode::Io, u"The child benchmark failed"_s,
                         QString::fromUtf8(out.left(500)));
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parse);
    if (!doc.isObject())
        return makeError(ErrorCode::Io, u"The child benchmark printed no JSON"_s,
                         parse.errorString());
    return doc.object();
}

} // namespace binhyen::bench
