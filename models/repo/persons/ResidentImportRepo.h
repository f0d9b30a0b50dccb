#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/domain/import/ResidentImportMapping.h"
#include "models/domain/import/TextDecoding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <optional>

namespace binhyen {

class Session;

struct ResidentImportOptions {
    TextEncoding encoding = TextEncoding::Unknown; // Unknown: detected
    std::optional<ResidentMapping> mapping;        // none: from the header
    bool skipBadRows = false;
    // Called after each row written (done, total rows to write); may be empty.
    std::function<void(int, int)> progress;
};

struct ResidentImportProblem {
    enum class Kind { Refused, Duplicate, Warning };
    int line = 0; // 1-based line of the file where the record starts
    QString message;
    Kind kind = Kind::Refused;
};

struct ResidentImportReport {
    TextEncoding encoding = TextEncoding::Unknown; // the one used
    QChar separator;
    QStringList header;
    ResidentMapping mapping;
    QList<ImportedResident> rows; // every data row, mapped (refused ones carry their errors)
    QList<int> duplicateLines;    // rows already in the register (or earlier in the file)
    QList<ResidentImportProblem> problems; // sorted by line
    int refused = 0;         // rows refused, and records the CSV reader could not read
    int duplicates = 0;      // rows skipped as already in the register
    int imported = 0;        // persons written (0 for a preview, or when a refused row stopped it)
    QList<qint64> personIds; // the new persons, in file order

    // duplicateLines is in line order: a binary search (a preview of 100,000 lines stays fast).
    bool isDuplicate(int line) const {
        return std::binary_search(duplicateLines.cbegin(), duplicateLines.cend(), line);
    }
};

// Importing residents from a hamlet's sheet saved as CSV (issue 6 item 6; pure part:
// ResidentImportMapping.h). preview() reads, maps and looks for duplicates without writing (the
// dialog's preview and per-row error list); import() writes every accepted row in ONE
// transaction through PersonRepo::create (same validation and normalisation, a signed
// "person.create" audit row per person) — or nothing when a row is refused and skipBadRows is not
// set (a record the CSV reader cannot read counts as a refused row). A row whose ID number or
// phone is already a person of the register, or an earlier row of the file, is reported and
// skipped, never merged. Chiefs only (Operation::ImportRecords; PersonRepo also needs
// WriteRecords).
class ResidentImportRepo {
public:
    ResidentImportRepo(QSqlDatabase db, const Clock& clock);

    Result<ResidentImportReport> preview(const Session& session, const QByteArray& data,
                                         const ResidentImportOptions& options) const;
    Result<ResidentImportReport> import(const Session& session, const QByteArray& data,
                                        const ResidentImportOptions& options);

    // The file's bytes; refuses a missing file and one over 64 MiB.
    static Result<QByteArray> readFile(const QString& path);

private:
    Result<QList<ResidentHamlet>> hamlets() const;
    Result<QHash<QString, QString>> registeredNames(const QString& column,
                                                    const QStringList& values) const;
    Result<void> findDuplicates(ResidentImportReport& report) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
