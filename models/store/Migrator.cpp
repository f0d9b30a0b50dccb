#include "models/store/Migrator.h"

#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace binhyen {

QList<Migrator::Step> Migrator::steps() {
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Step> out;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files);
    for (const QString& file : files) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), QStringLiteral(":/migrations/") + file});
    }
    std::sort(out.begin(), out.end(),
              [](const Step& a, const Step& b) { return a.version < b.version; });
    return out;
}

int Migrator::latestVersion() {
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    int version = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return engineError(db, rc);
    return version;
}

Result<void> Migrator::migrate(sqlite3* db, int target) {
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return makeError(ErrorCode::NewerSchema,
                         QCoreApplication::translate(
                             "Migrator", "This register was written by a newer version of BinhYen "
                                         "(schema %1; this version knows up to %2). Install the "
                                         "newer BinhYen; the register was not changed.")
                             .arg(current.value())
                             .arg(latest),
                         QStringLiteral("user_version=%1").arg(current.value()));
    }
    for (const Step& step : steps()) {
        if (step.version <= current.value() || step.version > target)
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("migration missing"), step.resource);
        const QByteArray script =
            file.readAll() + "\n;PRAGMA user_version = " + QByteArray::number(step.version) + ';';
        int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            Error error =
                engineError(db, rc,
                            QCoreApplication::translate("Migrator", "Upgrading the register to "
                                                                    "schema %1")
                                .arg(step.version));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return error;
        }
    }
    return {};
}

} // namespace binhyen
