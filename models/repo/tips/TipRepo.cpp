#include "models/repo/tips/TipRepo.h"

#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query, const char* context) {
    return sqlError(query, QCoreApplication::translate("TipRepo", context));
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(const std::optional<qint64>& id) {
    return id ? QVariant(qlonglong(*id)) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

TipRepo::TipRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<TipRow>> TipRepo::listNewest(int limit) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.received_at, t.channel, p.name, c.label, t.status, t.summary, "
        "t.valuable, COALESCE(t.informant_pseudonym, i.pseudonym), "
        "t.informant_sealed IS NOT NULL FROM tips t LEFT JOIN places p ON p.id = t.place_id "
        "JOIN categories c ON c.code = t.category_code "
        "LEFT JOIN informants i ON i.id = t.informant_id "
        "ORDER BY t.received_at DESC, t.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), qMax(0, limit));
    if (!q.exec())
        return queryError(q, QT_TRANSLATE_NOOP("TipRepo", "Reading the tips"));
    QList<TipRow> rows;
    while (q.next()) {
        TipRow row;
        row.id = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.receivedAt = stationTimeFromText(q.value(2).toString());
        row.channel = q.value(3).toString();
        row.hamlet = q.value(4).toString();
        row.category = q.value(5).toString();
        row.status = q.value(6).toString();
        row.summary = q.value(7).toString();
        row.valuable = q.value(8).toInt() != 0;
        row.informantPseudonym = q.value(9).toString();
        row.identitySealed = q.value(10).toInt() != 0;
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return queryError(q, QT_TRANSLATE_NOOP("TipRepo", "Reading the tips"));
    return rows;
}

Result<qint64> TipRepo::insert(const NewTip& tip) {
    if (!tip.receivedAt.isValid() || tip.summary.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("TipRepo", "A tip needs a received time and a summary."));
    const QString received = stationTimeText(tip.receivedAt);
    const int year = QStringView(received).left(4).toInt();
    const QString created =
        stationTimeText(tip.createdAt.isValid() ? tip.createdAt : tip.receivedAt);

    // The number is the next sequence of the year, computed in the same statement (UNIQUE(year,
    // seq) refuses a concurrent duplicate; writers hold the write lock from BEGIN IMMEDIATE).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO tips (year, seq, received_at, channel, zalo_group_id, receiving_officer_id, "
        "informant_kind, informant_pseudonym, place_id, address, category_code, classification, "
        "urgency, summary, details, status, due_at, created_at, updated_at, created_by) "
        "SELECT :year, COALESCE(MAX(seq), 0) + 1, :received, :channel, :zalo, :officer, "
        ":informantKind, :pseudonym, :place, :address, :category, :classification, :urgency, "
        ":summary, :details, 'new', :due, :created, :updated, :createdBy "
        "FROM tips WHERE year = :yearOf"));
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":received"), received);
    q.bindValue(QStringLiteral(":channel"), tip.channel);
    q.bindValue(QStringLiteral(":zalo"), idOrNull(tip.zaloGroupId));
    q.bindValue(QStringLiteral(":officer"), qlonglong(tip.receivingOfficerId));
    q.bindValue(QStringLiteral(":informantKind"), tip.informantKind);
    q.bindValue(QStringLiteral(":pseudonym"), textOrNull(tip.informantPseudonym));
    q.bindValue(QStringLiteral(":place"), idOrNull(tip.placeId));
    q.bindValue(QStringLiteral(":address"), textOrNull(tip.address));
    q.bindValue(QStringLiteral(":category"), tip.categoryCode);
    q.bindValue(QStringLiteral(":classification"), textOrNull(tip.classification));
    q.bindValue(QStringLiteral(":urgency"), tip.urgency);
    q.bindValue(QStringLiteral(":summary"), tip.summary.trimmed());
    q.bindValue(QStringLiteral(":details"), textOrNull(tip.details));
    q.bindValue(QStringLiteral(":due"), textOrNull(stationTimeText(tip.dueAt)));
    q.bindValue(QStringLiteral(":created"), created);
    q.bindValue(QStringLiteral(":updated"), created);
    q.bindValue(QStringLiteral(":createdBy"), qlonglong(tip.createdBy));
    q.bindValue(QStringLiteral(":yearOf"), year);
    if (!q.exec())
        return queryError(q, QT_TRANSLATE_NOOP("TipRepo", "Saving the tip"));
    const QVariant id = q.lastInsertId();
    if (!id.isValid())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("TipRepo", "Saving the tip") +
                             QStringLiteral(": ") +
                             QCoreApplication::translate("TipRepo", "no row was written."));
    return id.toLongLong();
}

Result<qint64> TipRepo::count() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM tips")) || !q.next())
        return queryError(q, QT_TRANSLATE_NOOP("TipRepo", "Counting the tips"));
    return q.value(0).toLongLong();
}

} // namespace binhyen
