#include "models/repo/stats/MonthLedger.h"

#include "models/domain/StationTime.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query) {
    return sqlError(query,
                    QCoreApplication::translate("MonthLockRepo", "Reading the month reports"));
}

QMap<QString, qint64> valuesOf(const QMap<QString, Figure>& figures) {
    QMap<QString, qint64> out;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        out.insert(it.key(), it.value().value);
    return out;
}

} // namespace

MonthLedger::MonthLedger(QSqlDatabase db)
    : m_db(db)
    , m_stats(db) {}

Result<void> MonthLedger::loadReports() {
    m_reports.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, month, kind, figures, adjustments FROM month_reports ORDER BY id")))
        return queryError(q);
    while (q.next()) {
        Issued r;
        r.id = q.value(0).toLongLong();
        r.month = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.values = valuesOf(
            monthfigures::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object()));
        r.adjustments = monthfigures::differencesFromJson(
            QJsonDocument::fromJson(q.value(4).toByteArray()).array());
        m_reports.append(std::move(r));
    }
    return {};
}

bool MonthLedger::isLocked(const QString& month) const {
    return latest(month) != nullptr;
}

const MonthLedger::Issued* MonthLedger::latest(const QString& month) const {
    const Issued* found = nullptr;
    for (const Issued& r : m_reports)
        if (r.month == month)
            found = &r;
    return found;
}

Result<MonthFacts> MonthLedger::facts(const QString& month) {
    if (auto it = m_facts.constFind(month); it != m_facts.cend())
        return it.value();
    auto f = m_stats.gather(month);
    if (!f)
        return f.error();
    m_facts.insert(month, f.value());
    return f;
}

Result<MonthlyFigures> MonthLedger::figures(const QString& month) {
    auto now = facts(month);
    if (!now)
        return now.error();
    auto before = facts(monthfigures::previousMonth(month));
    if (!before)
        return before.error();
    auto year = facts(monthfigures::yearEarlier(month));
    if (!year)
        return year.error();
    return monthfigures::compute(now.value(), before.value(), year.value());
}

Result<QMap<QString, qint64>> MonthLedger::values(const QString& month) {
    auto f = facts(month);
    if (!f)
        return f.error();
    return monthfigures::values(f.value());
}

Result<QList<FigureDifference>> MonthLedger::pending(const QString& month) {
    QMap<QString, const Issued*> baselines;
    for (const Issued& r : m_reports)
        if (r.month < month)
            baselines.insert(r.month, &r); // the latest by id wins
    QList<FigureDifference> out;
    for (auto it = baselines.cbegin(); it != baselines.cend(); ++it) {
        const QString& locked = it.key();
        QMap<QString, qint64> reported = it.value()->values;
        for (const Issued& r : m_reports) {
            if (r.kind != QLatin1String("original") || r.id <= it.value()->id ||
                r.month <= locked || r.month >= month)
                continue;
            for (const FigureDifference& d : r.adjustments)
                if (d.month == locked)
                    reported[d.key] += d.difference();
        }
        auto now = values(locked);
        if (!now)
            return now.error();
        out += monthfigures::differences(locked, reported, now.value());
    }
    return out;
}

Result<QList<FigureDifference>> MonthLedger::sinceLatest(const QString& month, qint64* latestId,
                                                         qint64* originalId) {
    const Issued* last = latest(month);
    if (!last)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("MonthLockRepo", "The month %1 is not locked.").arg(month));
    for (const Issued& r : m_reports)
        if (r.month == month && r.kind == QLatin1String("original"))
            *originalId = r.id;
    *latestId = last->id;
    auto now = values(month);
    if (!now)
        return now.error();
    return monthfigures::differences(month, last->values, now.value());
}

Result<qint64> MonthLedger::insert(const QString& month, const QString& kind,
                                   const MonthlyFigures& figures,
                                   const QList<FigureDifference>& adjustments, const QDateTime& at,
                                   qint64 issuedBy, qint64 refersTo, const QString& note,
                                   QString* number) {
    const int year = at.date().year();
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM month_reports WHERE year = ?"));
    s.addBindValue(year);
    if (!s.exec() || !s.next())
        return queryError(s);
    const int seq = s.value(0).toInt();
    *number = QStringLiteral("%1/BC-CAX").arg(seq, 2, 10, QLatin1Char('0'));
    const QByteArray figuresJson =
        QJsonDocument(monthfigures::toJson(figures)).toJson(QJsonDocument::Compact);
    const QByteArray adjustmentsJson =
        QJsonDocument(monthfigures::toJson(adjustments)).toJson(QJsonDocument::Compact);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO month_reports (month, kind, year, seq, number, figures, adjustments, "
        "issued_at, issued_by, refers_to, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(month);
    q.addBindValue(kind);
    q.addBindValue(year);
    q.addBindValue(seq);
    q.addBindValue(*number);
    q.addBindValue(QString::fromUtf8(figuresJson));
    q.addBindValue(QString::fromUtf8(adjustmentsJson));
    q.addBindValue(stationTimeText(at));
    q.addBindValue(issuedBy);
    q.addBindValue(refersTo > 0 ? QVariant(refersTo) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note));
    if (!q.exec())
        return queryError(q);
    Issued r;
    r.id = q.lastInsertId().toLongLong();
    r.month = month;
    r.kind = kind;
    for (auto it = figures.figures.cbegin(); it != figures.figures.cend(); ++it)
        r.values.insert(it.key(), it.value().value);
    r.adjustments = adjustments;
    m_reports.append(r);
    return r.id;
}

} // namespace binhyen
