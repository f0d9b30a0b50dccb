#include "models/repo/DemoRepo.h"

#include "models/repo/DemoMonths.h"
#include "models/store/EngineErrors.h"
#include "models/store/Script.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DemoRepo", text);
}

} // namespace

DemoRepo::DemoRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<void> DemoRepo::refuseNonEmpty() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM tips) + (SELECT count(*) FROM users) "
                               "+ (SELECT count(*) FROM places)")) ||
        !q.next()) {
        const QSqlError e = q.lastError();
        return engineError(e.nativeErrorCode().toInt(), e.databaseText(),
                           tr(QT_TRANSLATE_NOOP("DemoRepo", "Loading the demo register")));
    }
    if (q.value(0).toLongLong() > 0)
        return makeError(
            ErrorCode::Exists,
            tr(QT_TRANSLATE_NOOP("DemoRepo", "This register already holds data; the "
                                             "demo can only fill an empty register.")));
    return {};
}

Result<void> DemoRepo::fill(const Clock& clock) {
    QFile file(QStringLiteral(":/demo/story.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            tr(QT_TRANSLATE_NOOP("DemoRepo", "The demo data is missing from this build.")),
            file.errorString());
    const QString story = QString::fromUtf8(file.readAll());

    if (auto empty = refuseNonEmpty(); !empty)
        return empty;
    if (!m_db.transaction()) {
        const QSqlError e = m_db.lastError();
        return engineError(e.nativeErrorCode().toInt(), e.databaseText(),
                           tr(QT_TRANSLATE_NOOP("DemoRepo", "Loading the demo register")));
    }
    Result<void> done = executeScript(m_db, story);
    if (done)
        done = demo::Months(m_db, clock.now()).run();
    if (done && !m_db.commit()) {
        const QSqlError e = m_db.lastError();
        done = engineError(e.nativeErrorCode().toInt(), e.databaseText(),
                           tr(QT_TRANSLATE_NOOP("DemoRepo", "Loading the demo register")));
    }
    if (!done)
        m_db.rollback();
    return done;
}

} // namespace binhyen
