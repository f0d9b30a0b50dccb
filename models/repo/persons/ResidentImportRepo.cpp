#include "models/repo/persons/ResidentImportRepo.h"

#include "models/repo/persons/PersonBatch.h"
#include "models/repo/persons/PersonRows.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace binhyen {

namespace {

constexpr qint64 kMaxFileSize = qint64(64) * 1024 * 1024;
const char* const kContext = "ResidentImportRepo";
const char* const kAction = QT_TRANSLATE_NOOP("ResidentImportRepo", "Importing the residents");

} // namespace

ResidentImportRepo::ResidentImportRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QByteArray> ResidentImportRepo::readFile(const QString& path) {
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ResidentImportRepo", "The file does not exist."), path);
    if (file.size() > kMaxFileSize)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ResidentImportRepo",
                                                     "The file is too large to be a residents "
                                                     "sheet (more than 64 MiB)."),
                         path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ResidentImportRepo", "The file cannot be read."), path);
    return file.readAll();
}

Result<QList<ResidentHamlet>> ResidentImportRepo::hamlets() const {
    QList<ResidentHamlet> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM places WHERE valid_to IS NULL ORDER BY id")))
        return personrows::queryError(q, kContext, kAction);
    while (q.next()) {
        const QString name = q.value(1).toString();
        out.append({q.value(0).toLongLong(), name, hamletMatchKey(name)});
    }
    return out;
}

// The name of the first person (lowest id, as `LIMIT 1` over the index gives it) already in the
// register for each of `values` in `column` ("id_number" or "phone"), looked up 500 values per
// statement through the column's index instead of one statement per row.
Result<QHash<QString, QString>>
ResidentImportRepo::registeredNames(const QString& column, const QStringList& values) const {
    constexpr qsizetype kChunk = 500;
    QHash<QString, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const QStringList chunk = values.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        if (!q.prepare(QStringLiteral("SELECT %1, full_name FROM persons WHERE %1 IN (%2) "
                                      "ORDER BY %1, id")
                           .arg(column, marks.join(QLatin1Char(',')))))
            return personrows::queryError(q, kContext, kAction);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bindValue(int(i), chunk.at(i));
        if (!q.exec())
            return personrows::queryError(q, kContext, kAction);
        while (q.next()) {
            const QString value = q.value(0).toString();
            if (!names.contains(value))
                names.insert(value, q.value(1).toString());
        }
        q.finish();
    }
    return names;
}

Result<void> ResidentImportRepo::findDuplicates(ResidentImportReport& report) const {
    QStringList ids;
    QStringList phones;
    for (const ImportedResident& row : std::as_const(report.rows)) {
        if (row.refused())
            continue;
        if (!row.person.idNumber.isEmpty())
            ids.append(row.person.idNumber);
        if (!row.person.phone.isEmpty())
            phones.append(row.person.phone);
    }
    ids.removeDuplicates();
    phones.removeDuplicates();
    auto byId = registeredNames(QStringLiteral("id_number"), ids);
    if (!byId)
        return byId.error();
    auto byPhone = registeredNames(QStringLiteral("phone"), phones);
    if (!byPhone)
        return byPhone.error();
    QHash<QString, int> seenIds;
    QHash<QString, int> seenPhones;
    for (const ImportedResident& row : std::as_const(report.rows)) {
        if (row.refused())
            continue;
        QString found;
        for (auto [value, registered, seen, isId] :
             {std::make_tuple(row.person.idNumber, &byId.value(), &seenIds, true),
              std::make_tuple(row.person.phone, &byPhone.value(), &seenPhones, false)}) {
            if (value.isEmpty() || !found.isEmpty())
                continue;
            if (const auto name = registered->constFind(value); name != registered->constEnd()) {
                found = (isId ? QCoreApplication::translate(
                                    "ResidentImportRepo",
                                    "Line %1: the ID number %2 is already in the register (%3): "
                                    "skipped, not merged.")
                              : QCoreApplication::translate(
                                    "ResidentImportRepo",
                                    "Line %1: the phone number %2 is already in the register "
                                    "(%3): skipped, not merged."))
                            .arg(row.line)
                            .arg(value, *name);
            } else if (seen->contains(value)) {
                found = (isId ? QCoreApplication::translate(
                                    "ResidentImportRepo",
                                    "Line %1: the ID number %2 is the same as on line %3: "
                                    "skipped.")
                              : QCoreApplication::translate(
                                    "ResidentImportRepo",
                                    "Line %1: the phone number %2 is the same as on line %3: "
                                    "skipped."))
                            .arg(row.line)
                            .arg(value)
                            .arg(seen->value(value));
            }
        }
        if (!found.isEmpty()) {
            report.duplicateLines.append(row.line);
            report.problems.append({row.line, found, ResidentImportProblem::Kind::Duplicate});
            ++report.duplicates;
            continue;
        }
        if (!row.person.idNumber.isEmpty())
            seenIds.insert(row.person.idNumber, row.line);
        if (!row.person.phone.isEmpty())
            seenPhones.insert(row.person.phone, row.line);
    }
    return {};
}

Result<ResidentImportReport>
ResidentImportRepo::preview(const Session& session, const QByteArray& data,
                            const ResidentImportOptions& options) const {
    if (auto allowed = require(session, Operation::ImportRecords); !allowed)
        return allowed.error();
    ResidentImportReport report;
    report.encoding =
        options.encoding == TextEncoding::Unknown ? detectEncoding(data) : options.encoding;
    const QString text = decode(data, report.encoding);
    const CsvResult csv = CsvReader().read(text);
    report.separator = csv.separator;
    if (csv.rows.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ResidentImportRepo", "The file holds no table."));
    report.header = csv.rows.first().fields;
    report.mapping = options.mapping ? *options.mapping : defaultResidentMapping(report.header);
    if (!missingRequiredResidentFields(report.mapping).isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ResidentImportRepo",
                                                     "This is not a residents sheet: no column "
                                                     "for the full name (ho_ten) (first line: "
                                                     "%1).")
                             .arg(report.header.join(QLatin1Char(',')).left(80)));
    auto places = hamlets();
    if (!places)
        return places.error();
    for (const CsvError& e : csv.errors) {
        report.problems.append({e.line,
                                QCoreApplication::translate("ResidentImportRepo", "Line %1: %2")
                                    .arg(e.line)
                                    .arg(e.message),
                                ResidentImportProblem::Kind::Refused});
        ++report.refused;
    }
    const int year = m_clock.now().date().year();
    const int columns = int(report.header.size());
    for (qsizetype i = 1; i < csv.rows.size(); ++i) {
        ImportedResident row =
            mapResidentRow(csv.rows.at(i), report.mapping, columns, places.value(), year);
        for (const QString& e : std::as_const(row.errors))
            report.problems.append({row.line, e, ResidentImportProblem::Kind::Refused});
        for (const QString& w : std::as_const(row.warnings))
            report.problems.append({row.line, w, ResidentImportProblem::Kind::Warning});
        if (row.refused())
            ++report.refused;
        report.rows.append(std::move(row));
    }
    if (auto found = findDuplicates(report); !found)
        return found.error();
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ResidentImportProblem& a, const ResidentImportProblem& b) {
                         return a.line < b.line;
                     });
    return report;
}

Result<ResidentImportReport> ResidentImportRepo::import(const Session& session,
                                                        const QByteArray& data,
                                                        const ResidentImportOptions& options) {
    if (auto allowed = require(session, Operation::ImportRecords); !allowed)
        return allowed.error();
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    // The duplicates are looked for inside the transaction that writes.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto previewed = preview(session, data, options);
    if (!previewed)
        return previewed.error();
    ResidentImportReport report = previewed.take();
    if (report.refused > 0 && !options.skipBadRows)
        return report; // rolled back: nothing written

    const QSet<int> duplicates(report.duplicateLines.cbegin(), report.duplicateLines.cend());
    const auto written = [&duplicates](const ImportedResident& r) {
        return !r.refused() && !duplicates.contains(r.line);
    };
    const int total = int(std::count_if(report.rows.cbegin(), report.rows.cend(), written));
    // One batch: statements prepared once, one time for every person and audit row.
    PersonBatch persons(m_db, m_clock);
    if (auto begun = persons.begin(session); !begun)
        return begun.error();
    report.personIds.reserve(total);
    for (const ImportedResident& row : std::as_const(report.rows)) {
        if (!written(row))
            continue;
        auto id = persons.create(row.person);
        if (!id) {
            Error e = id.error();
            e.message = QCoreApplication::translate("ResidentImportRepo", "Line %1: %2")
                            .arg(row.line)
                            .arg(e.message);
            return e;
        }
        report.personIds.append(id.value());
        if (options.progress)
            options.progress(int(report.personIds.size()), total);
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    report.imported = int(report.personIds.size());
    return report;
}

} // namespace binhyen
