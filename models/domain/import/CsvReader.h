#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace binhyen {

// One record of a CSV file and the 1-based line it starts on.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

// A record that could not be read, with the line it starts on (or where its quote opened).
struct CsvError {
    int line = 0;
    QString message;
};

struct CsvOptions {
    QChar separator;                      // null: detected from the header line
    qsizetype maxFieldLength = 64 * 1024; // characters; a longer field refuses its record
    int maxColumns = 200;                 // a record with more fields is refused
    int maxErrors = 1000;                 // past this, errors are counted, not listed
};

struct CsvResult {
    QChar separator;
    QList<CsvRow> rows;     // the header line included, as the first row
    QList<CsvError> errors; // refused records; a last entry says how many were not listed
};

// RFC 4180 style CSV from text already decoded: comma or semicolon (whichever the header line
// has more of outside quotes; comma on a tie), fields in double quotes with "" for a quote and
// with separators and line breaks inside, CRLF, LF or CR line ends. Blank lines are skipped
// wherever they are. A quote inside an unquoted field, or text after a closing quote, is kept as
// written. A quote never closed refuses its record (the rest of the text) with an error naming
// the line it opened on. Linear in the text; memory bounded by the options.
class CsvReader {
public:
    explicit CsvReader(CsvOptions options = {});

    CsvResult read(QStringView text) const;

    static QChar detectSeparator(QStringView text);

private:
    CsvOptions m_options;
};

} // namespace binhyen
