#include "app/cli/KeySources.h"

#include "app/cli/CliOutput.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/security/RecoveryKey.h"
#include "models/store/RegisterFile.h"

#include <QCoreApplication>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace binhyen::cli {

namespace {

Error noKey() {
    return makeError(ErrorCode::NoKey,
                     QCoreApplication::translate(
                         "KeySources",
                         "No key for this register: give --key-file, store the key on this "
                         "computer with 'binhyen key recover', or run the command at a terminal "
                         "to type the recovery key."));
}

} // namespace

Result<SecretBytes> readHidden(const QString& prompt) {
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::NoKey, QString());
    say(prompt);
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    SecretBytes buffer(1024);
    std::size_t len = 0;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && len < buffer.size())
        buffer.data()[len++] = static_cast<unsigned char>(c);
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    say(QString());
    if (len > 0 && buffer.data()[len - 1] == '\r')
        --len;
    SecretBytes typed(len);
    for (std::size_t i = 0; i < len; ++i)
        typed.data()[i] = buffer.data()[i];
    return typed;
}

Result<SecretBytes> promptRecoverySecret() {
    auto typed = readHidden(QCoreApplication::translate(
        "KeySources", "Type the recovery key (it is not shown), then Enter:"));
    if (!typed)
        return noKey();
    QString text = QString::fromLatin1(reinterpret_cast<const char*>(typed.value().data()),
                                       static_cast<qsizetype>(typed.value().size()));
    auto secret = RecoveryKey::parse(text);
    wipe(text);
    return secret;
}

Result<SecretBytes> registerKeyFor(const QString& registerPath, const QString& keyFile) {
    if (!keyFile.isEmpty())
        return keyfiles::readRegisterKeyFile(keyFile);
    if (auto id = registerfile::readId(registerPath)) {
        auto stored = Keychain().readRegisterKey(id.value());
        if (stored.status == Keychain::Status::Found)
            return std::move(stored.key);
        if (stored.status == Keychain::Status::Unavailable)
            warn(stored.message);
    }
    auto secret = promptRecoverySecret();
    if (!secret)
        return secret.error().code == ErrorCode::NoKey ? noKey() : secret.error();
    return KeyDerivation::registerKey(secret.value());
}

} // namespace binhyen::cli
