#include "models/security/KeyFiles.h"

#include "models/security/RecoveryKey.h"
#include "models/store/RegisterFile.h"

#include <QCoreApplication>
#include <QFile>

namespace binhyen::keyfiles {

namespace {

// Reads the first line of a small secret file into a buffer the caller wipes.
Result<QByteArray> readFirstLine(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "KeyFiles", "The key file does not exist or cannot be read."),
                         path);
    QByteArray data = f.read(4096);
    const qsizetype nl = data.indexOf('\n');
    QByteArray line = nl >= 0 ? data.left(nl) : data;
    wipe(data);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<void> writeRegisterKeyFile(const QString& path, const SecretBytes& registerKey) {
    QByteArray text = registerKey.toHex() + '\n';
    auto written = registerfile::writeNewPrivateFile(path, text);
    wipe(text);
    return written;
}

Result<SecretBytes> readRegisterKeyFile(const QString& path) {
    auto line = readFirstLine(path);
    if (!line)
        return line.error();
    bool ok = false;
    SecretBytes key = SecretBytes::fromHex(line.value(), &ok);
    wipe(line.value());
    if (!ok || key.size() != 32) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "KeyFiles",
                             "The key file's first line is not a BinhYen register key (64 "
                             "hexadecimal characters)."),
                         path);
    }
    return key;
}

Result<void> writeRecoveryKeyFile(const QString& path, const SecretBytes& recoverySecret) {
    QString text = RecoveryKey::format(recoverySecret);
    QByteArray bytes = text.toLatin1() + '\n';
    wipe(text);
    auto written = registerfile::writeNewPrivateFile(path, bytes);
    wipe(bytes);
    return written;
}

Result<SecretBytes> readRecoveryKeyFile(const QString& path) {
    auto line = readFirstLine(path);
    if (!line)
        return line.error();
    QString text = QString::fromLatin1(line.value());
    wipe(line.value());
    auto secret = RecoveryKey::parse(text);
    wipe(text);
    return secret;
}

} // namespace binhyen::keyfiles
