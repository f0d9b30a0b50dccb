#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/domain/import/TextDecoding.h"
#include "models/domain/import/TipImportMapping.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace binhyen {

class Session;

struct TipImportOptions {
    TextEncoding encoding = TextEncoding::Unknown; // Unknown: detected
    std::optional<ImportMapping> mapping;          // none: from the header (defaultImportMapping)
    bool skipBadRows = false;
};

struct TipImportProblem {
    int line = 0; // 1-based line of the file where the record starts
    QString message;
    bool refused = false; // false: a warning (the value was kept as written)
};

struct TipImportReport {
    TextEncoding encoding = TextEncoding::Unknown; // the one used
    QChar separator;
    QStringList header;
    ImportMapping mapping;
    QList<ImportedTip> rows; // every data row, mapped (refused ones carry their errors)
    QList<TipImportProblem> problems;
    int refused = 0;
    int imported = 0;    // tips written (0 for a preview, or when a refused row stopped the import)
    QStringList numbers; // the new numbers, in file order
};

// Importing the old tip register from CSV (issue 4 item 6; pure part: TipImportMapping.h).
// preview() reads and maps without writing (the GUI's preview and per-row error list); import()
// writes every accepted row in one transaction — or nothing when a row is refused and
// skipBadRows is not set. Each tip gets the next TB-NNNN/YYYY of its received year and keeps the
// old number (searchable); unknown categories become new categories; the informant's name and
// phone are sealed (IdentityRepo::seal). Each tip gets a signed "tip.import" audit row, so
// `audit verify` passes after an import. Chiefs only (Operation::ImportRecords).
class TipImportRepo {
public:
    TipImportRepo(QSqlDatabase db, const Clock& clock);

    Result<TipImportReport> preview(const Session& session, const QByteArray& data,
                                    const TipImportOptions& options) const;
    Result<TipImportReport> import(const Session& session, const QByteArray& data,
                                   const TipImportOptions& options);

    // The file's bytes; refuses a missing file and one over 256 MiB.
    static Result<QByteArray> readFile(const QString& path);

private:
    Result<ImportVocabulary> vocabulary() const;
    Result<QString> ensureCategory(const QString& label);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
