#include "reports/package/ReportPackage.h"

#include "models/domain/MonthFigures.h"
#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/places/StationHistoryRepo.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"
#include "reports/package/PackageFormat.h"
#include "reports/stats/MonthlyStatistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace binhyen {

namespace {

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The identity in force on the month's last day; for a month before the first row, the first row.
Result<QJsonObject> stationOf(QSqlDatabase db, const Clock& clock, const Session& chief,
                              const QString& month) {
    const StationHistoryRepo history(db, clock);
    const QDate last = QDate::fromString(monthfigures::lastDay(month), Qt::ISODate);
    auto row = history.inForceOn(chief, last);
    if (!row && row.error().code == ErrorCode::NotFound) {
        auto rows = history.list(chief);
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return row.error();
        row = rows.value().constFirst();
    }
    if (!row)
        return row.error();
    const StationIdentity& id = row.value().identity;
    return QJsonObject{
        {QStringLiteral("unit_name"), id.unitName},
        {QStringLiteral("parent_body"), id.parentBody},
        {QStringLiteral("place_name"), id.placeName},
        {QStringLiteral("report_recipient"), id.reportRecipient},
        {QStringLiteral("commune_code"), id.communeCode},
        {QStringLiteral("province_code"), id.provinceCode},
        {QStringLiteral("province_name"), id.provinceName},
        {QStringLiteral("identity_from"), row.value().effectiveFrom.toString(Qt::ISODate)},
    };
}

// The audit checkpoint the package carries: for an issued month the first checkpoint covering
// the audit row of its latest report (the lock's or the correction's: the one signed when it was
// issued); for a draft the latest checkpoint. Null when there is none.
Result<QJsonValue> checkpointOf(QSqlDatabase db, const Clock& clock,
                                const QList<MonthReport>& reports) {
    const AuditRepo audit(db, clock);
    Result<Checkpoint> found = Checkpoint{};
    if (reports.isEmpty()) {
        found = audit.latestCheckpoint();
    } else {
        const MonthReport& latest = reports.constLast();
        found = audit.checkpointCovering(latest.kind == QLatin1String("correction")
                                             ? QStringLiteral("month.correction")
                                             : QStringLiteral("month.lock"),
                                         QStringLiteral("month_report"), latest.id);
    }
    if (!found)
        return found.error();
    if (found.value().number == 0)
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(QJsonObject{
        {QStringLiteral("number"), found.value().number},
        {QStringLiteral("hash"), QString::fromLatin1(found.value().hash.toHex())},
        {QStringLiteral("signed_at"), found.value().at},
    });
}

Error writeError(const QString& path, const QString& why) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("ReportPackage", "The report package could not be written."),
        path + QStringLiteral(": ") + why);
}

} // namespace

ReportPackage::ReportPackage(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QJsonObject> ReportPackage::document(const Session& chief, const QString& month) const {
    if (auto allowed = require(chief, Operation::ExportReport); !allowed)
        return allowed.error();
    if (!monthfigures::isValidMonth(month))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ReportPackage", "'%1' is not a month (YYYY-MM).")
                .arg(month));
    auto statistics = MonthlyStatistics(m_db, m_clock).document(chief, month);
    if (!statistics)
        return statistics.error();
    auto reports = MonthLockRepo(m_db, m_clock).reports(chief, month);
    if (!reports)
        return reports.error();
    auto station = stationOf(m_db, m_clock, chief, month);
    if (!station)
        return station.error();
    auto checkpoint = checkpointOf(m_db, m_clock, reports.value());
    if (!checkpoint)
        return checkpoint.error();

    const bool issued = !reports.value().isEmpty();
    QJsonObject report{{QStringLiteral("kind"), QStringLiteral("draft")},
                       {QStringLiteral("number"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("issued_at"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("corrections"), 0}};
    if (issued) {
        const MonthReport& latest = reports.value().constLast();
        report.insert(QStringLiteral("kind"), latest.kind);
        report.insert(QStringLiteral("number"), latest.number);
        report.insert(QStringLiteral("issued_at"), stationTimeText(latest.issuedAt));
        report.insert(QStringLiteral("corrections"), reports.value().size() - 1);
        report.insert(QStringLiteral("note"), textOrNull(latest.note));
    }
    const QJsonObject& stats = statistics.value();
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(reportpackage::kFormatName)},
        {QStringLiteral("format_version"), reportpackage::kFormatVersion},
        {QStringLiteral("status"), issued ? QStringLiteral("issued") : QStringLiteral("draft")},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("month"), month},
                     {QStringLiteral("first_day"), monthfigures::firstDay(month)},
                     {QStringLiteral("last_day"), monthfigures::lastDay(month)}}},
        {QStringLiteral("station"), station.value()},
        {QStringLiteral("report"), report},
        {QStringLiteral("statistics"), stats},
        {QStringLiteral("adjustments"), stats.value(QStringLiteral("adjustments")).isArray()
                                            ? stats.value(QStringLiteral("adjustments"))
                                            : QJsonValue(QJsonArray())},
        {QStringLiteral("audit_checkpoint"), checkpoint.value()},
        {QStringLiteral("generated_at"), stationTimeText(m_clock.now())},
    };
}

Result<QByteArray> ReportPackage::signedFile(const Session& chief, const QString& month) const {
    auto doc = document(chief, month);
    if (!doc)
        return doc.error();
    return signDocument(chief, doc.value());
}

Result<QByteArray> ReportPackage::signDocument(const Session& chief,
                                               const QJsonObject& document) const {
    auto secret = StationKeyRepo(m_db).unwrapForChief(chief, StationKeyRepo::Purpose::Signing);
    if (!secret)
        return secret.error();
    auto signedDoc = reportpackage::sign(document, secret.value());
    secret.value().clear(); // wiped as soon as the signature is made
    if (!signedDoc)
        return signedDoc.error();
    return reportpackage::fileBytes(signedDoc.value());
}

Result<void> ReportPackage::exportTo(const Session& chief, const QString& month,
                                     const QString& path) const {
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::Exists,
            QCoreApplication::translate("ReportPackage",
                                        "The file already exists; BinhYen never overwrites it."),
            path);
    auto doc = document(chief, month);
    if (!doc)
        return doc.error();
    auto bytes = signDocument(chief, doc.value());
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size())
        return writeError(path, file.errorString());
    const QString status = doc.value().value(QStringLiteral("status")).toString();
    if (auto audited = auditExport(m_db, m_clock, chief, month, QStringLiteral("json"), status);
        !audited)
        return audited.error(); // the file is discarded with the QSaveFile
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<void> ReportPackage::auditExport(QSqlDatabase db, const Clock& clock, const Session& chief,
                                        const QString& month, const QString& format,
                                        const QString& status) {
    if (auto allowed = require(chief, Operation::ExportReport); !allowed)
        return allowed.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    AuditEntry entry;
    entry.action = QStringLiteral("report.export");
    entry.detail = month + QLatin1Char(' ') + format + QLatin1Char(' ') + status;
    if (auto logged = AuditRepo(db, clock).append(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace binhyen
