#include "models/repo/persons/PersonRows.h"

#include "models/domain/StationTime.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen::personrows {

QString selectColumns() {
    return QStringLiteral("p.id, p.full_name, p.birth_year, p.id_number, p.phone, p.address, "
                          "p.place_id, pl.name, p.note, p.created_at");
}

QString fromClause() {
    return QStringLiteral(" FROM persons p LEFT JOIN places pl ON pl.id = p.place_id ");
}

Person read(const QSqlQuery& q, int first) {
    Person p;
    p.id = q.value(first).toLongLong();
    p.fullName = q.value(first + 1).toString();
    p.birthYear = q.value(first + 2).toInt();
    p.idNumber = q.value(first + 3).toString();
    p.phone = q.value(first + 4).toString();
    p.address = q.value(first + 5).toString();
    p.placeId = q.value(first + 6).toLongLong();
    p.placeName = q.value(first + 7).toString();
    p.note = q.value(first + 8).toString();
    p.createdAt = stationTimeFromText(q.value(first + 9).toString());
    return p;
}

Result<Person> load(QSqlDatabase db, qint64 id) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + selectColumns() + fromClause() +
              QStringLiteral("WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, "PersonRepo", QT_TRANSLATE_NOOP("PersonRepo", "Reading a person"));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("PersonRepo", "There is no such person."));
    return read(q);
}

Result<QList<Person>> loadMany(QSqlDatabase db, const QList<qint64>& ids) {
    QList<Person> out;
    for (qint64 id : ids) {
        auto p = load(db, id);
        if (p)
            out.append(p.take());
        else if (p.error().code != ErrorCode::NotFound)
            return p.error();
    }
    return out;
}

Error queryError(const QSqlQuery& query, const char* context, const char* action) {
    return sqlError(query, QCoreApplication::translate(context, action));
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant intOrNull(qint64 value) {
    return value == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(value);
}

} // namespace binhyen::personrows
