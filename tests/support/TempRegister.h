#pragma once

#include "models/security/SecretBytes.h"
#include "models/store/Register.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace binhyen::test {

// A real encrypted register in a temporary folder, with its recovery secret and key at hand.
struct TempRegister {
    QTemporaryDir dir;
    SecretBytes recovery;
    QString path;
    std::unique_ptr<Register> reg;

    // Creates an empty register at the latest schema (or `version`).
    explicit TempRegister(int version = -1);
    SecretBytes key() const;
    QString file(const QString& name) const { return dir.filePath(name); }
};

QByteArray readAll(const QString& path);
// Runs a program; returns its exit code (-1 when it could not start), output in *out / *err.
int runProgram(const QString& program, const QStringList& args, QByteArray* out = nullptr,
               QByteArray* err = nullptr, const QByteArray& input = {},
               const QStringList& extraEnv = {});
// The binhyen executable with arguments (messages in Vietnamese unless env says LANG=en).
int runBinhyen(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr,
               const QStringList& extraEnv = {});

} // namespace binhyen::test
