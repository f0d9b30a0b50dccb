#include "models/repo/accounts/StationRepo.h"

#include "models/security/IdlePolicy.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

Error dbError(const QSqlQuery& q) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate(
                         "StationRepo", "The station's details could not be read or written."),
                     q.lastError().text());
}

bool isDigits(const QString& text) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

QString dateText(const QDate& date) {
    return date.toString(Qt::ISODate);
}

} // namespace

StationRepo::StationRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString StationRepo::identityProblem(const StationIdentity& identity) {
    if (identity.unitName.trimmed().isEmpty())
        return QCoreApplication::translate("StationRepo", "Enter the unit's name.");
    if (identity.parentBody.trimmed().isEmpty())
        return QCoreApplication::translate("StationRepo", "Enter the superior body.");
    if (!isDigits(identity.communeCode.trimmed()))
        return QCoreApplication::translate("StationRepo",
                                           "The commune code has digits only (e.g. 26698).");
    if (!isDigits(identity.provinceCode.trimmed()))
        return QCoreApplication::translate("StationRepo",
                                           "The province code has digits only (e.g. 77).");
    if (identity.placeName.trimmed().isEmpty())
        return QCoreApplication::translate("StationRepo",
                                           "Enter the place name for the date line.");
    return {};
}

Hamlet StationRepo::hamletFromLine(const QString& line) {
    static const struct {
        const char* prefix;
        const char* kind;
    } kinds[] = {
        {"tổ dân phố ", "to_dan_pho"}, {"khu phố ", "khu_pho"}, {"thôn ", "thon"}, {"ấp ", "ap"}};
    const QString text = line.simplified();
    for (const auto& k : kinds) {
        const QString prefix = QString::fromUtf8(k.prefix);
        if (text.startsWith(prefix, Qt::CaseInsensitive) && text.size() > prefix.size())
            return {QString::fromLatin1(k.kind), text.mid(prefix.size())};
    }
    return {QStringLiteral("ap"), text};
}

Result<void> StationRepo::setUp(const StationIdentity& identity, const QStringList& hamletLines,
                                const QDate& effectiveFrom) {
    if (const QString problem = identityProblem(identity); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO station_identity (effective_from, unit_name, parent_body, place_name, "
        "report_recipient, commune_code, province_code, province_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(dateText(effectiveFrom));
    q.addBindValue(identity.unitName.simplified());
    q.addBindValue(identity.parentBody.simplified());
    q.addBindValue(identity.placeName.simplified());
    q.addBindValue(identity.reportRecipient.simplified());
    q.addBindValue(identity.communeCode.trimmed());
    q.addBindValue(identity.provinceCode.trimmed());
    q.addBindValue(identity.provinceName.simplified());
    if (!q.exec())
        return dbError(q);
    for (const QString& line : hamletLines) {
        const Hamlet hamlet = hamletFromLine(line);
        if (hamlet.name.isEmpty())
            continue;
        QSqlQuery p(m_db);
        p.prepare(QStringLiteral("INSERT OR IGNORE INTO places (kind, name, commune_code, "
                                 "valid_from) VALUES (?, ?, ?, ?)"));
        p.addBindValue(hamlet.kind);
        p.addBindValue(hamlet.name);
        p.addBindValue(identity.communeCode.trimmed());
        p.addBindValue(dateText(effectiveFrom));
        if (!p.exec())
            return dbError(p);
    }
    return tx.commit();
}

Result<std::optional<StationIdentity>> StationRepo::current(const QDate& on) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT unit_name, parent_body, place_name, report_recipient, commune_code, "
        "province_code, province_name FROM station_identity WHERE effective_from <= ? "
        "ORDER BY effective_from DESC LIMIT 1"));
    q.addBindValue(dateText(on));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<StationIdentity>();
    StationIdentity s;
    s.unitName = q.value(0).toString();
    s.parentBody = q.value(1).toString();
    s.placeName = q.value(2).toString();
    s.reportRecipient = q.value(3).toString();
    s.communeCode = q.value(4).toString();
    s.provinceCode = q.value(5).toString();
    s.provinceName = q.value(6).toString();
    return std::optional<StationIdentity>(s);
}

Result<QList<Hamlet>> StationRepo::hamlets() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT kind, name FROM places WHERE valid_to IS NULL ORDER BY id")))
        return dbError(q);
    QList<Hamlet> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

int StationRepo::idleLockMinutes() const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QStringLiteral("session.idle_lock_minutes"));
    int minutes = IdlePolicy::kDefaultMinutes;
    if (q.exec() && q.next()) {
        bool ok = false;
        const int v = q.value(0).toString().toInt(&ok);
        if (ok)
            minutes = v;
    }
    return IdlePolicy::clampMinutes(minutes);
}

} // namespace binhyen
