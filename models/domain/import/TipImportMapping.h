#pragma once

#include "models/domain/import/CsvReader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The pure part of importing the old tip register (issue 4 item 6): which CSV column holds which
// field, and how a row's text becomes a tip. No database: the repo
// (models/repo/tips/TipImportRepo.h) gives the vocabulary it knows (categories, hamlets, officers)
// and writes the result.
namespace binhyen {

enum class ImportField {
    Ignore,
    OldNumber,      // so_tin
    ReceivedAt,     // thoi_gian_tiep_nhan (dd/MM/yyyy HH:mm)
    Channel,        // kenh
    Classification, // phan_loai
    Category,       // linh_vuc
    Hamlet,         // ap
    Address,        // dia_chi
    Content,        // noi_dung
    InformantName,  // nguoi_bao_tin
    InformantPhone, // so_dien_thoai
    Officer,        // can_bo_tiep_nhan
    Status,         // trang_thai
    Outcome,        // ket_qua
};

// Source column i → field (the GUI's mapping step edits this list).
using ImportMapping = QList<ImportField>;

QList<ImportField> allImportFields();        // every field but Ignore, in the default column order
QString importFieldName(ImportField field);  // "so_tin" … (the default column names)
QString importFieldLabel(ImportField field); // translated, for the mapping step
// The default mapping of a header row: names compared folded and case-blind, spaces, dashes and
// underscores alike, a trailing "(…)" ignored ("Thời gian tiếp nhận (dd/MM/yyyy HH:mm)").
ImportMapping defaultImportMapping(const QStringList& header);
// Fields a mapping must contain: received time, channel, content.
QList<ImportField> missingRequiredFields(const ImportMapping& mapping);

struct ImportVocabulary {
    struct Entry {
        qint64 id = 0;
        QString code; // categories: code
        QString name; // label, hamlet name, officer's full name
        QString alt;  // officer: user name
    };
    QList<Entry> categories;
    QList<Entry> hamlets;
    QList<Entry> officers;
};

// One row made into a tip, or refused (errors non-empty). Warnings: values kept as written.
struct ImportedTip {
    int line = 0;
    QString oldNumber;
    QDateTime receivedAt;   // station time
    QString channel;        // tips.channel code
    QString classification; // empty: not classified
    QString categoryCode;   // empty with newCategory set: a category to create
    QString newCategory;    // as written
    std::optional<qint64> placeId;
    QString address;
    QString summary;
    QString details;
    QString informantName;
    QString informantPhone;
    std::optional<qint64> officerId;
    QString status = QStringLiteral("new"); // tips.status code
    QString closure;                        // for closed: to_case | not_antt | duplicate
    QString outcome;
    QStringList warnings;
    QStringList errors;

    bool refused() const { return !errors.isEmpty(); }
};

// Channel, classification, status codes from the short forms people write (folded, case-blind);
// empty when nothing matches. statusFromText also gives the closure of a closed status.
QString channelFromText(const QString& text);
QString classificationFromText(const QString& text);
QString statusFromText(const QString& text, QString* closure);
// "dd/MM/yyyy HH:mm" (also d/M/yyyy, seconds, '-' or '.' between date parts, ISO); invalid when
// none matches or the year is outside 1990–2999.
QDateTime receivedTimeFromText(const QString& text);

ImportedTip mapImportRow(const CsvRow& row, const ImportMapping& mapping,
                         const ImportVocabulary& vocabulary);

} // namespace binhyen
