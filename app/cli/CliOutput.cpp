#include "app/cli/CliOutput.h"

#include <QCoreApplication>
#include <cstdio>

namespace binhyen::cli {

namespace {

void write(FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void say(const QString& message) {
    write(stderr, message);
}

void warn(const QString& message) {
    write(stderr, QCoreApplication::translate("Cli", "Warning: %1").arg(message));
}

void out(const QString& data) {
    write(stdout, data);
}

int fail(const Error& error) {
    write(stderr, QCoreApplication::translate("Cli", "Error: %1").arg(error.text()));
    return exitCodeFor(error.code);
}

int usage(const QString& message) {
    write(stderr, message);
    write(stderr, QCoreApplication::translate("Cli", "See docs/CLI.md or run: binhyen help"));
    return 1;
}

} // namespace binhyen::cli
