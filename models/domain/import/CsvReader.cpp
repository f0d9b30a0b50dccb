#include "models/domain/import/CsvReader.h"

#include <QCoreApplication>
#include <utility>

namespace binhyen {

namespace {

constexpr char16_t kQuote = u'"';
constexpr char16_t kBom = 0xFEFF;

bool isLineEnd(char16_t c) {
    return c == u'\n' || c == u'\r';
}

// Length of the line end at i (CRLF is one), 0 if none.
qsizetype lineEndLength(QStringView text, qsizetype i) {
    if (text[i] == u'\r')
        return i + 1 < text.size() && text[i + 1] == u'\n' ? 2 : 1;
    return text[i] == u'\n' ? 1 : 0;
}

class Parser {
public:
    Parser(QStringView text, QChar separator, const CsvOptions& options, CsvResult& result)
        : m_text(text)
        , m_sep(separator.unicode())
        , m_options(options)
        , m_result(result) {}

    void run() {
        qsizetype i = 0;
        while (i < m_text.size())
            i = readRecord(i);
        if (m_suppressed > 0) {
            addError(m_firstSuppressedLine,
                     QCoreApplication::translate("CsvReader", "%1 more errors are not listed.")
                         .arg(m_suppressed),
                     true);
        }
    }

private:
    // Reads the record starting at i; returns where the next one starts.
    qsizetype readRecord(qsizetype i) {
        const int recordLine = m_line;
        const qsizetype n = m_text.size();
        QStringList fields;
        QString field;
        bool fieldStart = true;
        bool quotedRecord = false;
        m_refusal.clear();
        while (true) {
            if (i >= n) {
                endField(fields, field, recordLine);
                break;
            }
            const char16_t c = m_text[i].unicode();
            if (c == m_sep) {
                endField(fields, field, recordLine);
                fieldStart = true;
                ++i;
                continue;
            }
            if (isLineEnd(c)) {
                i += lineEndLength(m_text, i);
                ++m_line;
                endField(fields, field, recordLine);
                break;
            }
            if (c == kQuote && fieldStart) {
                quotedRecord = true;
                const int quoteLine = m_line;
                i = readQuoted(i + 1, field, recordLine);
                if (i < 0) {
                    addError(quoteLine, QCoreApplication::translate(
                                            "CsvReader", "Line %1: a quoted field is not closed.")
                                            .arg(quoteLine));
                    return n;
                }
                fieldStart = false;
                continue;
            }
            append(field, c, recordLine);
            fieldStart = false;
            ++i;
        }
        const bool blank = fields.size() == 1 && fields.front().isEmpty() && !quotedRecord;
        if (!m_refusal.isEmpty())
            addError(recordLine, m_refusal);
        else if (!blank)
            m_result.rows.append(CsvRow{recordLine, std::move(fields)});
        return i;
    }

    // Reads a quoted field's content from i (just past the opening quote) and returns the index
    // just past its closing quote, or -1 when the text ends first.
    qsizetype readQuoted(qsizetype i, QString& field, int recordLine) {
        const qsizetype n = m_text.size();
        while (i < n) {
            const char16_t c = m_text[i].unicode();
            if (c == kQuote) {
                if (i + 1 < n && m_text[i + 1] == kQuote) {
                    append(field, kQuote, recordLine);
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (isLineEnd(c)) {
                i += lineEndLength(m_text, i);
                ++m_line;
                append(field, u'\n', recordLine);
                continue;
            }
            append(field, c, recordLine);
            ++i;
        }
        return -1;
    }

    void append(QString& field, char16_t c, int recordLine) {
        if (field.size() < m_options.maxFieldLength) {
            field.append(QChar(c));
        } else if (m_refusal.isEmpty()) {
            m_refusal = QCoreApplication::translate(
                            "CsvReader", "Line %1: a field is longer than %2 characters.")
                            .arg(recordLine)
                            .arg(m_options.maxFieldLength);
        }
    }

    void endField(QStringList& fields, QString& field, int recordLine) {
        if (fields.size() < m_options.maxColumns) {
            fields.append(std::exchange(field, QString()));
            return;
        }
        field.clear();
        if (m_refusal.isEmpty()) {
            m_refusal = QCoreApplication::translate("CsvReader", "Line %1: more than %2 columns.")
                            .arg(recordLine)
                            .arg(m_options.maxColumns);
        }
    }

    void addError(int line, const QString& message, bool summary = false) {
        if (!summary && m_result.errors.size() >= m_options.maxErrors) {
            if (m_suppressed++ == 0)
                m_firstSuppressedLine = line;
            return;
        }
        m_result.errors.append(CsvError{line, message});
    }

    QStringView m_text;
    char16_t m_sep;
    const CsvOptions& m_options;
    CsvResult& m_result;
    int m_line = 1;
    QString m_refusal;
    int m_suppressed = 0;
    int m_firstSuppressedLine = 0;
};

} // namespace

CsvReader::CsvReader(CsvOptions options)
    : m_options(std::move(options)) {}

QChar CsvReader::detectSeparator(QStringView text) {
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == kQuote)
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (isLineEnd(c.unicode()))
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvResult CsvReader::read(QStringView text) const {
    if (!text.isEmpty() && text.front() == kBom)
        text = text.sliced(1);
    CsvResult result;
    result.separator = m_options.separator.isNull() ? detectSeparator(text) : m_options.separator;
    Parser(text, result.separator, m_options, result).run();
    return result;
}

} // namespace binhyen
