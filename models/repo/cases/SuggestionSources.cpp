#include "models/repo/cases/SuggestionSources.h"

#include "models/domain/TextFold.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace binhyen::suggestions {

namespace {

void addWords(QSet<QString>& words, const QString& text) {
    static const QRegularExpression split(QStringLiteral("[^\\w]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (const QString& w : foldText(text).split(split, Qt::SkipEmptyParts))
        words.insert(w);
}

QString quoted(const QString& term) {
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// Index terms under which a plate may have been indexed, whatever its separators
// (SearchText.h): the compact form, the number part as one token or as "123 45".
QString plateQuery(const QList<PlateMention>& plates) {
    QStringList terms;
    for (const PlateMention& p : plates) {
        const QString n = p.normalised.toLower();
        terms << quoted(n);
        QString digits;
        for (qsizetype i = n.size() - 1; i >= 0 && n.at(i).isDigit(); --i)
            digits.prepend(n.at(i));
        if (digits.size() >= 5) {
            const QString five = digits.right(5);
            terms << quoted(five) << quoted(five.left(3) + QLatin1Char(' ') + five.right(2));
        }
        if (digits.size() >= 4)
            terms << quoted(digits.right(4));
    }
    terms.removeDuplicates();
    return terms.join(QStringLiteral(" OR "));
}

// Any of the reference's significant words (at most 16); the rules are applied afterwards.
QString wordsQuery(const MatchText& text) {
    QStringList terms;
    for (const MatchWord& w : text.words) {
        terms << quoted(w.folded);
        if (terms.size() >= 16)
            break;
    }
    return terms.join(QStringLiteral(" OR "));
}

} // namespace

MatchSubject Territory::subject(qint64 placeId, const QDateTime& at, const QString& text) const {
    MatchSubject s;
    s.placeId = placeId;
    if (placeId != 0) {
        const Place p = places.value(placeId);
        s.placeKindLabel = PlaceRepo::kindLabel(p.kind);
        s.placeName = p.name;
    }
    s.at = at;
    s.text = tipmatching::matchText(text, placeWords);
    return s;
}

Error queryError(const QSqlQuery& query) {
    return sqlError(query,
                    QCoreApplication::translate("SuggestionRepo", "Looking for suggestions"));
}

Result<Territory> loadTerritory(QSqlDatabase db) {
    Territory t;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, name FROM places")))
        return queryError(q);
    while (q.next()) {
        t.places.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
        addWords(t.placeWords, q.value(2).toString());
    }
    if (!q.exec(QStringLiteral("SELECT place_id, neighbour_id FROM place_neighbours")))
        return queryError(q);
    while (q.next()) {
        const qint64 a = q.value(0).toLongLong();
        const qint64 b = q.value(1).toLongLong();
        t.neighbours[a].insert(b);
        t.neighbours[b].insert(a);
    }
    if (!q.exec(QStringLiteral("SELECT place_name FROM station_identity")))
        return queryError(q);
    while (q.next())
        addWords(t.placeWords, q.value(0).toString());
    return t;
}

QString idList(const QList<qint64>& ids) {
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

Result<void> collectIds(QSqlDatabase db, const QString& sql, const QVariantList& binds,
                        QSet<qint64>& into) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q);
    while (q.next())
        into.insert(q.value(0).toLongLong());
    return {};
}

Result<void> textCandidates(QSqlDatabase db, const QString& table, const QString& records,
                            const QString& extra, const MatchText& text,
                            const QSet<qint64>& placeIds, int limit, QSet<qint64>& into) {
    const QString base = QStringLiteral("SELECT r.id FROM %1 s JOIN %2 r ON r.id = s.rowid "
                                        "WHERE %1 MATCH ? %3")
                             .arg(table, records, extra);
    if (const QString plates = plateQuery(text.plates); !plates.isEmpty()) {
        if (auto ok = collectIds(db, base + QStringLiteral(" ORDER BY s.rowid DESC LIMIT ?"),
                                 {plates, limit}, into);
            !ok)
            return ok;
    }
    const QString words = wordsQuery(text);
    if (words.isEmpty() || placeIds.isEmpty())
        return {};
    return collectIds(db,
                      base + QStringLiteral(" AND r.place_id IN (%1) ORDER BY s.rowid DESC LIMIT ?")
                                 .arg(idList(placeIds.values())),
                      {words, limit}, into);
}

} // namespace binhyen::suggestions
