#include "reports/package/ReportCsv.h"

#include "models/domain/CsvExport.h"
#include "reports/package/ReportPackage.h"
#include "reports/stats/IndicatorCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace binhyen {

namespace {

bool isFigure(const QJsonValue& value) {
    return value.isObject() && value.toObject().contains(QStringLiteral("value"));
}

QString integer(const QJsonValue& value) {
    return QString::number(value.toInteger());
}

QStringList figureHeader(const QString& first) {
    return {first, QCoreApplication::translate("ReportCsv", "Indicator"),
            QCoreApplication::translate("ReportCsv", "This month"),
            QCoreApplication::translate("ReportCsv", "Previous month"),
            QCoreApplication::translate("ReportCsv", "Same month last year")};
}

QStringList figureRow(const QString& code, const QString& path, const QJsonObject& figure) {
    return {code, indicatorcatalog::label(path), integer(figure.value(QStringLiteral("value"))),
            integer(figure.value(QStringLiteral("previous_month"))),
            integer(figure.value(QStringLiteral("year_earlier")))};
}

// The keys of `object` in the catalog's order (`prefix` + key), the unknown ones after, sorted.
QStringList ordered(const QJsonObject& object, const QString& prefix) {
    QStringList keys;
    for (const QString& path : indicatorcatalog::order()) {
        if (!path.startsWith(prefix))
            continue;
        const QString key = path.mid(prefix.size());
        if (!key.contains(QLatin1Char('.')) && object.contains(key))
            keys << key;
    }
    QStringList rest;
    for (const QString& key : object.keys())
        if (!keys.contains(key))
            rest << key;
    rest.sort();
    return keys + rest;
}

reportcsv::Table reportTable(const QJsonObject& doc) {
    const QJsonObject period = doc.value(QStringLiteral("period")).toObject();
    const QJsonObject station = doc.value(QStringLiteral("station")).toObject();
    const QJsonObject report = doc.value(QStringLiteral("report")).toObject();
    auto text = [](const QJsonValue& v) {
        return v.isDouble() ? integer(v) : v.toString();
    };
    reportcsv::Table t{QStringLiteral("report.csv"),
                       {{QCoreApplication::translate("ReportCsv", "Field"),
                         QCoreApplication::translate("ReportCsv", "Value")}}};
    const QList<QPair<QString, QJsonValue>> rows{
        {QStringLiteral("format"), doc.value(QStringLiteral("format"))},
        {QStringLiteral("format_version"), doc.value(QStringLiteral("format_version"))},
        {QStringLiteral("month"), period.value(QStringLiteral("month"))},
        {QStringLiteral("first_day"), period.value(QStringLiteral("first_day"))},
        {QStringLiteral("last_day"), period.value(QStringLiteral("last_day"))},
        {QStringLiteral("status"), doc.value(QStringLiteral("status"))},
        {QStringLiteral("kind"), report.value(QStringLiteral("kind"))},
        {QStringLiteral("number"), report.value(QStringLiteral("number"))},
        {QStringLiteral("issued_at"), report.value(QStringLiteral("issued_at"))},
        {QStringLiteral("unit_name"), station.value(QStringLiteral("unit_name"))},
        {QStringLiteral("parent_body"), station.value(QStringLiteral("parent_body"))},
        {QStringLiteral("commune_code"), station.value(QStringLiteral("commune_code"))},
        {QStringLiteral("province_code"), station.value(QStringLiteral("province_code"))},
        {QStringLiteral("province_name"), station.value(QStringLiteral("province_name"))},
        {QStringLiteral("generated_at"), doc.value(QStringLiteral("generated_at"))},
    };
    for (const auto& [field, value] : rows)
        t.records << QStringList{field, text(value)};
    return t;
}

} // namespace

namespace reportcsv {

QList<Table> tables(const QJsonObject& doc) {
    const QJsonObject stats = doc.value(QStringLiteral("statistics")).toObject();
    QList<Table> out{reportTable(doc)};
    Table figures{QStringLiteral("figures.csv"),
                  {figureHeader(QCoreApplication::translate("ReportCsv", "Key"))}};
    QList<Table> breakdowns;
    for (const QString& key : ordered(stats, QString())) {
        const QJsonValue value = stats.value(key);
        if (isFigure(value)) {
            figures.records << figureRow(key, key, value.toObject());
        } else if (value.isObject()) {
            Table t{key + QStringLiteral(".csv"),
                    {figureHeader(QCoreApplication::translate("ReportCsv", "Code"))}};
            const QJsonObject breakdown = value.toObject();
            const QString prefix = key + QLatin1Char('.');
            for (const QString& code : ordered(breakdown, prefix))
                if (isFigure(breakdown.value(code)))
                    t.records << figureRow(code, prefix + code, breakdown.value(code).toObject());
            breakdowns << t;
        }
    }
    out << figures << breakdowns;
    Table adjustments{QStringLiteral("adjustments.csv"),
                      {{QCoreApplication::translate("ReportCsv", "Month"),
                        QCoreApplication::translate("ReportCsv", "Key"),
                        QCoreApplication::translate("ReportCsv", "Indicator"),
                        QCoreApplication::translate("ReportCsv", "As reported"),
                        QCoreApplication::translate("ReportCsv", "Now"),
                        QCoreApplication::translate("ReportCsv", "Difference")}}};
    for (const QJsonValue& v : doc.value(QStringLiteral("adjustments")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString key = a.value(QStringLiteral("key")).toString();
        adjustments.records << QStringList{a.value(QStringLiteral("month")).toString(),
                                           key,
                                           indicatorcatalog::label(key),
                                           integer(a.value(QStringLiteral("issued"))),
                                           integer(a.value(QStringLiteral("now"))),
                                           integer(a.value(QStringLiteral("difference")))};
    }
    out << adjustments;
    return out;
}

} // namespace reportcsv

ReportCsv::ReportCsv(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QStringList> ReportCsv::exportTo(const Session& chief, const QString& month,
                                        const QString& folder) const {
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        return makeError(
            ErrorCode::Exists,
            QCoreApplication::translate("ReportCsv",
                                        "The folder is not empty; BinhYen never overwrites files."),
            folder);
    auto doc = ReportPackage(m_db, m_clock).document(chief, month);
    if (!doc)
        return doc.error();
    if (!dir.exists() && !QDir().mkpath(folder))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ReportCsv", "The folder could not be created."), folder);
    QStringList written;
    auto removeWritten = [&written] {
        for (const QString& path : written)
            QFile::remove(path);
    };
    for (const reportcsv::Table& table : reportcsv::tables(doc.value())) {
        const QString path = dir.filePath(table.fileName);
        const QByteArray bytes = csvExport(table.records);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            removeWritten();
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("ReportCsv", "The tables could not be written."),
                path + QStringLiteral(": ") + file.errorString());
        }
        written << path;
    }
    const QString status = doc.value().value(QStringLiteral("status")).toString();
    if (auto audited =
            ReportPackage::auditExport(m_db, m_clock, chief, month, QStringLiteral("csv"), status);
        !audited) {
        removeWritten();
        return audited.error();
    }
    return written;
}

} // namespace binhyen
