#include "tests/support/TempRegister.h"

#include "models/security/KeyDerivation.h"
#include "models/security/RecoveryKey.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace binhyen::test {

TempRegister::TempRegister(int version)
    : recovery(RecoveryKey::generateSecret())
    , path(dir.filePath(QStringLiteral("register.binhyen"))) {
    Register::Options options;
    options.targetVersion = version;
    auto created = Register::create(path, KeyDerivation::registerKey(recovery), options);
    if (!created)
        qFatal("cannot create test register: %s", qPrintable(created.error().text()));
    reg = created.take();
}

SecretBytes TempRegister::key() const {
    return KeyDerivation::registerKey(recovery);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int runProgram(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err,
               const QByteArray& input, const QStringList& extraEnv) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int runBinhyen(const QStringList& args, QByteArray* out, QByteArray* err,
               const QStringList& extraEnv) {
    return runProgram(QStringLiteral(BINHYEN_BINARY), args, out, err, {}, extraEnv);
}

} // namespace binhyen::test
