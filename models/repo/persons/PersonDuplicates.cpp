#include "models/repo/persons/PersonDuplicates.h"

#include "models/domain/PersonMatch.h"
#include "models/repo/persons/PersonRows.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

namespace binhyen {

using namespace personrows;

namespace {

const char* const kContext = "PersonDuplicates";
const char* const kReading = QT_TRANSLATE_NOOP("PersonDuplicates", "Looking for duplicate persons");

// Most candidate pairs read by one similar-name query (the edit distance is checked in C++).
constexpr int kMaxNameCandidates = 5000;

// The last word of persons.folded_name, in SQL: what is left after trimming every character of
// the name but spaces from the right.
const QString kLastWord = QStringLiteral(
    "substr(folded_name, length(rtrim(folded_name, replace(folded_name, ' ', ''))) + 1)");

using Pairs = QMap<QPair<qint64, qint64>, QStringList>;

void addReason(Pairs& pairs, qint64 a, qint64 b, const QString& reason) {
    QStringList& reasons = pairs[a < b ? qMakePair(a, b) : qMakePair(b, a)];
    if (!reasons.contains(reason))
        reasons.append(reason);
}

// `one` = 0: every pair (b.id > a.id); otherwise the pairs of that person (as a).
QString pairFilter(qint64 one) {
    return one == 0 ? QStringLiteral("b.id > a.id") : QStringLiteral("b.id <> a.id AND a.id = ?");
}

} // namespace

PersonDuplicates::PersonDuplicates(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

namespace {

Result<void> sameColumn(QSqlDatabase db, qint64 one, const QString& column, Pairs& pairs) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // column is "phone" or "id_number" (fixed here): joins use persons_phone / persons_id_number.
    q.prepare(QStringLiteral("SELECT a.id, b.id, a.%1 FROM persons a JOIN persons b "
                             "ON b.%1 = a.%1 AND %2 WHERE a.%1 IS NOT NULL AND a.%1 <> ''")
                  .arg(column, pairFilter(one)));
    if (one != 0)
        q.addBindValue(one);
    if (!q.exec())
        return queryError(q, kContext, kReading);
    while (q.next()) {
        const QString reason =
            column == QLatin1String("phone")
                ? QCoreApplication::translate("PersonDuplicates", "Same phone number %1")
                      .arg(q.value(2).toString())
                : QCoreApplication::translate("PersonDuplicates", "Same ID number %1")
                      .arg(q.value(2).toString());
        addReason(pairs, q.value(0).toLongLong(), q.value(1).toLongLong(), reason);
    }
    return {};
}

// Candidates: identical folded names (index persons_folded_name), or the same birth year and the
// same last word of the name with lengths at most 1 apart; personmatch::similarNames decides.
Result<void> similarNames(QSqlDatabase db, qint64 one, Pairs& pairs) {
    const QString columns =
        QStringLiteral("SELECT a.id, b.id, a.folded_name, a.birth_year, b.folded_name, "
                       "b.birth_year, a.full_name, b.full_name FROM ");
    const QString same =
        columns + QStringLiteral("persons a JOIN persons b ON b.folded_name = a.folded_name AND ") +
        pairFilter(one) + QStringLiteral(" WHERE a.folded_name IS NOT NULL");
    const QString near =
        QStringLiteral("WITH w AS (SELECT id, full_name, folded_name, birth_year, ") + kLastWord +
        QStringLiteral(" AS last FROM persons WHERE birth_year IS NOT NULL AND folded_name IS NOT "
                       "NULL) ") +
        columns +
        QStringLiteral("w a JOIN w b ON b.birth_year = a.birth_year AND b.last = a.last AND "
                       "b.folded_name <> a.folded_name AND abs(length(b.folded_name) - "
                       "length(a.folded_name)) <= 1 AND ") +
        pairFilter(one) + QStringLiteral(" LIMIT %1").arg(kMaxNameCandidates);
    for (const QString& sql : {same, near}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        if (one != 0)
            q.addBindValue(one);
        if (!q.exec())
            return queryError(q, kContext, kReading);
        while (q.next()) {
            if (!personmatch::similarNames(q.value(2).toString(), q.value(3).toInt(),
                                           q.value(4).toString(), q.value(5).toInt()))
                continue;
            addReason(pairs, q.value(0).toLongLong(), q.value(1).toLongLong(),
                      QCoreApplication::translate("PersonDuplicates", "Similar names: %1 / %2")
                          .arg(q.value(6).toString(), q.value(7).toString()));
        }
    }
    return {};
}

Result<QList<DuplicatePair>> collect(QSqlDatabase db, qint64 one, int limit) {
    Pairs pairs;
    for (const QString& column : {QStringLiteral("phone"), QStringLiteral("id_number")}) {
        if (auto r = sameColumn(db, one, column, pairs); !r)
            return r.error();
    }
    if (auto r = similarNames(db, one, pairs); !r)
        return r.error();
    QList<DuplicatePair> out;
    for (auto it = pairs.constBegin(); it != pairs.constEnd() && out.size() < limit; ++it) {
        qint64 first = it.key().first;
        qint64 second = it.key().second;
        if (one != 0 && second == one)
            std::swap(first, second);
        auto a = load(db, first);
        auto b = load(db, second);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        out.append(DuplicatePair{a.take(), b.take(), it.value()});
    }
    return out;
}

} // namespace

Result<QList<DuplicatePair>> PersonDuplicates::suggest(const Session& session, int limit) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return collect(m_db, 0, std::clamp(limit, 1, 1000));
}

Result<QList<DuplicatePair>> PersonDuplicates::suggestFor(const Session& session,
                                                          qint64 personId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    if (auto p = load(m_db, personId); !p)
        return p.error();
    return collect(m_db, personId, 1000);
}

} // namespace binhyen
