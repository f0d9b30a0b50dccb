#include "models/store/Backup.h"

#include "models/store/EngineErrors.h"
#include "models/store/KeyedHandle.h"
#include "models/store/NativeHandle.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace binhyen {

namespace {

QString stamp(const Clock& clock) {
    return clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

int run(sqlite3* db, const char* sql, const QByteArray& bound = {}) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK && !bound.isNull())
        rc = sqlite3_bind_text(stmt, 1, bound.constData(), static_cast<int>(bound.size()),
                               SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) {
        do {
            rc = sqlite3_step(stmt);
        } while (rc == SQLITE_ROW);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    return rc;
}

bool syncFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return f.flush();
}

} // namespace

Result<QString> Backup::create(Register& reg, const QString& folder, const Clock& clock) {
    if (!QDir().mkpath(folder))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Backup", "The backup folder cannot be created."), folder);
    const QString base = QFileInfo(reg.path()).completeBaseName();
    // Two backups in the same second (a window closing while a script backs up) get -2, -3 …
    const QString stem = QDir(folder).filePath(base + QLatin1Char('-') + stamp(clock));
    QString finalPath = stem + QStringLiteral(".binhyen-backup");
    for (int n = 2;
         QFileInfo::exists(finalPath) || QFileInfo::exists(finalPath + QStringLiteral(".part"));
         ++n)
        finalPath = stem + QStringLiteral("-%1.binhyen-backup").arg(n);
    const QString partPath = finalPath + QStringLiteral(".part");
    QFile::remove(partPath);
    // An empty owner-only file: the connection opened the register without CREATE, and SQLite
    // treats an empty file as a new database.
    if (auto made = registerfile::writeNewPrivateFile(partPath, {}); !made)
        return made.error();

    auto db = reg.connection();
    if (!db)
        return db.error();
    sqlite3* h = nativeHandle(db.value());
    // No KEY clause: the attached copy is encrypted with the register's own key.
    int rc = run(h, "ATTACH DATABASE ?1 AS backup_copy", QFile::encodeName(partPath));
    if (rc == SQLITE_OK) {
        rc = run(h, "SELECT sqlcipher_export('backup_copy')");
        if (rc == SQLITE_OK) {
            // sqlcipher_export does not carry the schema version over; copy it.
            sqlite3_stmt* stmt = nullptr;
            int version = 0;
            if (sqlite3_prepare_v2(h, "PRAGMA main.user_version", -1, &stmt, nullptr) ==
                    SQLITE_OK &&
                sqlite3_step(stmt) == SQLITE_ROW)
                version = sqlite3_column_int(stmt, 0);
            sqlite3_finalize(stmt);
            const QByteArray setVersion =
                "PRAGMA backup_copy.user_version = " + QByteArray::number(version);
            rc = run(h, setVersion.constData());
        }
        const int detach = run(h, "DETACH DATABASE backup_copy");
        if (rc == SQLITE_OK)
            rc = detach;
    }
    if (rc != SQLITE_OK) {
        Error error =
            engineError(h, rc, QCoreApplication::translate("Backup", "Writing the backup"));
        QFile::remove(partPath);
        return error;
    }
    if (auto verified = reg.verifyCopy(partPath); !verified) {
        QFile::remove(partPath);
        return verified.error();
    }
    QFile::setPermissions(partPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Backup", "The backup could not be given its final name."),
            finalPath);
    }
    return finalPath;
}

Result<void> Backup::verify(const QString& path, const SecretBytes& key) {
    if (auto check = registerfile::checkBeforeOpen(path); !check)
        return makeError(ErrorCode::VerificationFailed,
                         QCoreApplication::translate("Backup", "The backup cannot be used: ") +
                             check.error().message,
                         check.error().detail);
    auto handle = openKeyedHandle(path, key, HandleMode::OpenExisting);
    if (!handle)
        return makeError(ErrorCode::VerificationFailed,
                         QCoreApplication::translate("Backup", "The backup cannot be used: ") +
                             handle.error().message,
                         handle.error().detail);
    sqlite3* h = handle.value();
    QByteArrayList problems;
    for (const char* sql : {"PRAGMA integrity_check", "PRAGMA cipher_integrity_check"}) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            problems.append(sqlite3_errmsg(h));
            continue;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QByteArray row = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            if (row != "ok")
                problems.append(row);
        }
        if (rc != SQLITE_DONE)
            problems.append(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
    }
    // A WAL-mode copy opened for checking must not leave -wal/-shm files behind.
    sqlite3_exec(h, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close_v2(h);
    if (!problems.isEmpty())
        return makeError(
            ErrorCode::VerificationFailed,
            QCoreApplication::translate("Backup", "The backup is damaged and was not used."),
            QString::fromUtf8(problems.join("; ")));
    return {};
}

Result<QString> Backup::restore(const QString& registerPath, const SecretBytes& key,
                                const QString& backupPath, const Clock& clock) {
    if (auto verified = verify(backupPath, key); !verified)
        return verified.error();
    const QString incoming = registerPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming) || !syncFile(incoming)) {
        QFile::remove(incoming);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Backup", "The backup could not be copied next to the register."),
                         incoming);
    }
    const QString aside = registerPath + QStringLiteral(".replaced-") + stamp(clock);
    if (QFileInfo::exists(registerPath)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(registerPath + suffix) &&
                !QFile::rename(registerPath + suffix, aside + suffix)) {
                QFile::remove(incoming);
                return makeError(
                    ErrorCode::Io,
                    QCoreApplication::translate("Backup", "The current register could not be moved "
                                                          "aside; nothing was replaced."),
                    registerPath + suffix);
            }
        }
    }
    if (!QFile::rename(incoming, registerPath)) {
        QFile::rename(aside, registerPath); // put the original back
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Backup", "The restored register could not be put in place; the "
                                       "original was put back."),
                         registerPath);
    }
    QFile::setPermissions(registerPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}

} // namespace binhyen
