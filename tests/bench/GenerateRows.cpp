// Helpers of the generator's steps (GenerateSteps.h): prepared statements, values, the summary.
#include "models/domain/Clock.h"
#include "tests/bench/GenerateSteps.h"

#include <QSqlError>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

QJsonObject GeneratedRows::toJson() const {
    return QJsonObject{{u"tips"_s, tips},
                       {u"tips_settled"_s, tipsSettled},
                       {u"cases"_s, cases},
                       {u"tip_case_links"_s, caseLinks},
                       {u"case_events"_s, caseEvents},
                       {u"persons"_s, persons},
                       {u"case_persons"_s, casePersons},
                       {u"movement_models"_s, models},
                       {u"movement_model_places"_s, modelPlaces},
                       {u"zalo_groups"_s, zaloGroups},
                       {u"zalo_moderation"_s, moderation},
                       {u"activities"_s, activities},
                       {u"results"_s, results}};
}

Statement::Statement(QSqlDatabase db, const QString& sql)
    : m_query(db)
    , m_sql(sql) {}

Result<qint64> Statement::run(const QVariantList& values) {
    if (m_query.lastQuery() != m_sql && !m_query.prepare(m_sql))
        return makeError(ErrorCode::Io, u"Preparing a generator statement failed"_s,
                         m_query.lastError().text() + u": "_s + m_sql);
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return makeError(ErrorCode::Io, u"A generator statement failed"_s,
                         m_query.lastError().text() + u": "_s + m_sql);
    return m_query.lastInsertId().toLongLong();
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId() {
    return QVariant(QMetaType::fromType<qlonglong>());
}

QString stationText(const QDateTime& time) {
    return time.toTimeZone(Clock::stationZone()).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

QString forwardBody(const QDate& on) {
    return on < QDate(2025, 7, 1) ? u"Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ"_s
                                  : u"Phòng Cảnh sát hình sự Công an Thành phố Hồ Chí Minh"_s;
}

QDateTime generatedNow() {
    return QDateTime(lastDay().addDays(1), QTime(0, 0), Clock::stationZone());
}

} // namespace binhyen::bench
