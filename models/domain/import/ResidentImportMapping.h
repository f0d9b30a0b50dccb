#pragma once

#include "models/domain/Person.h"
#include "models/domain/import/CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>

// The pure part of importing residents from the sheets hamlets keep (issue 6 item 6): which CSV
// column holds which field, and how a row's text becomes a person of the register. No database:
// the repo (models/repo/persons/ResidentImportRepo.h) gives the hamlets it knows, finds the
// duplicates already in the register and writes through PersonRepo.
namespace binhyen {

enum class ResidentField {
    Ignore,
    FullName,  // ho_ten (required)
    BirthYear, // nam_sinh: a year, or a date of birth (dd/MM/yyyy) whose year is taken
    IdNumber,  // so_cccd: CCCD (12 digits) or old CMND (9 digits)
    Phone,     // so_dien_thoai
    Address,   // dia_chi
    Hamlet,    // ap: matched accent-blind against the register's hamlets
    Household, // ghi_chu_ho: household note / role in the hamlet (free text)
    Consent,   // dong_y: consent note (free text)
};

// Source column i → field (the dialog's mapping step edits this list).
using ResidentMapping = QList<ResidentField>;

QList<ResidentField> allResidentFields();        // every field but Ignore, in default order
QString residentFieldName(ResidentField field);  // "ho_ten" … (the default column names)
QString residentFieldLabel(ResidentField field); // translated, for the mapping step
// The default mapping of a header row: names compared folded and case-blind, spaces, dashes,
// dots and underscores alike, a trailing "(…)" ignored; the usual headings of hamlet sheets are
// known too ("Họ và tên", "Năm sinh", "Ngày sinh", "CCCD", "CMND", "SĐT", "Điện thoại", "Địa
// chỉ", "Ấp", "Thôn", "Khu phố", "Vai trò", "Ghi chú", "Đồng ý").
ResidentMapping defaultResidentMapping(const QStringList& header);
// Fields a mapping must contain: the full name.
QList<ResidentField> missingRequiredResidentFields(const ResidentMapping& mapping);

// A hamlet of the register (places.id, places.name).
struct ResidentHamlet {
    qint64 id = 0;
    QString name;
    QString matchKey; // hamletMatchKey(name), computed once for many rows; empty: computed per row
};

// The key hamlets are matched by: folded, punctuation as spaces, the kind word in front dropped
// ("Ấp Cây Cám", "ap cay cam", "Cây Cám" → "cay cam"; also khu phố/KP, thôn, tổ dân phố/TDP,
// xóm, khóm).
QString hamletMatchKey(const QString& text);

// One row made into a person, or refused (errors non-empty). Warnings: values corrected.
struct ImportedResident {
    int line = 0;
    NewPerson person;   // validated and normalised as PersonRepo stores it (when not refused)
    QString hamlet;     // as written
    QString hamletName; // the register's name of the hamlet matched; empty when none
    QStringList warnings;
    QStringList errors; // each names the line and the value

    bool refused() const { return !errors.isEmpty(); }
};

// Digits of a phone as typed, before PersonRepo's validation: "+84 909 123 456" and
// "84909123456" become "0909123456"; a 9-digit mobile that lost its leading 0 in a spreadsheet
// ("909123456") gets it back. Other text is returned unchanged (validation judges it).
QString residentPhoneFromText(const QString& text, bool* corrected = nullptr);
// An ID number as typed: an 11-digit CCCD or an 8-digit CMND that lost its leading 0 in a
// spreadsheet gets it back. Other text is returned unchanged.
QString residentIdFromText(const QString& text, bool* corrected = nullptr);

// `columns`: the number of columns of the header line; a row with another number of non-empty
// columns is refused. `currentYear`: the station's year (birth years up to it).
ImportedResident mapResidentRow(const CsvRow& row, const ResidentMapping& mapping, int columns,
                                const QList<ResidentHamlet>& hamlets, int currentYear);

} // namespace binhyen
