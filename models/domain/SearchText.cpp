#include "models/domain/SearchText.h"

#include "models/domain/TextFold.h"

#include <QRegularExpression>

namespace binhyen {

namespace {

QString alnumOnly(const QString& s) {
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool hasDigit(const QString& s) {
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// A chunk typed as one thing: a plate ("72E1-123.45", "72e112345") or a number written with
// separators. Compacted when it mixes digits with separators or letters.
bool compactable(const QString& chunk) {
    const QString compact = alnumOnly(chunk);
    return compact.size() >= 5 && hasDigit(compact) && compact != chunk;
}

// Phone numbers written in groups ("0909 123 456", "0909.123.456"): 9 to 12 digits.
// Compiled once: the full-text triggers call searchableText() for every tip and person written.
const QRegularExpression& whitespace() {
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

const QRegularExpression& groupedDigits() {
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9])\\+?[0-9]{2,4}(?:[ .\\-][0-9]{2,4}){1,4}(?![0-9])"));
    return re;
}

QString quoted(const QString& term) {
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

QString searchableText(const QStringList& parts) {
    QStringList out;
    for (const QString& part : parts) {
        if (part.isEmpty())
            continue;
        const QString folded = foldText(part);
        out << folded;
        QStringList extra;
        for (const QString& chunk : folded.split(whitespace(), Qt::SkipEmptyParts)) {
            if (compactable(chunk))
                extra << alnumOnly(chunk);
        }
        auto it = groupedDigits().globalMatch(folded);
        while (it.hasNext()) {
            const QString digits = alnumOnly(it.next().captured(0));
            if (digits.size() >= 9 && digits.size() <= 12)
                extra << digits;
        }
        if (!extra.isEmpty())
            out << extra.join(QLatin1Char(' '));
    }
    return out.join(QLatin1Char(' '));
}

QString ftsQuery(const QString& userQuery) {
    QStringList terms;
    const QString folded = foldText(userQuery.left(1000));
    for (QString chunk : folded.split(whitespace(), Qt::SkipEmptyParts)) {
        const bool prefix = chunk.endsWith(QLatin1Char('*'));
        while (chunk.endsWith(QLatin1Char('*')))
            chunk.chop(1);
        QStringList words;
        if (compactable(chunk) || (hasDigit(chunk) && alnumOnly(chunk).size() >= 9)) {
            words << alnumOnly(chunk);
        } else {
            // Split as the index's tokenizer does: on everything that is not a letter or digit.
            QString word;
            for (QChar c : chunk) {
                if (c.isLetterOrNumber()) {
                    word.append(c);
                } else if (!word.isEmpty()) {
                    words << word;
                    word.clear();
                }
            }
            if (!word.isEmpty())
                words << word;
        }
        for (int i = 0; i < words.size(); ++i) {
            const bool last = i == words.size() - 1;
            terms << quoted(words.at(i)) + ((prefix && last) ? QStringLiteral("*") : QString());
        }
        if (terms.size() >= 16)
            break;
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace binhyen
