#include "models/store/sqlcipher/SqlCipherValue.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <limits>
#include <sqlite3.h>

namespace binhyen::sqlcipher {

namespace {

// Qt 6's QVariant::isNull() is true only for a variant without a value; a null QString,
// QByteArray or date carried in a variant is SQL NULL too (as in Qt's own SQL drivers).
bool isNullValue(const QVariant& value) {
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* stmt, int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

int bindUnsigned(sqlite3_stmt* stmt, int index, qulonglong value) {
    if (value > qulonglong(std::numeric_limits<qint64>::max()))
        return SQLITE_RANGE;
    return sqlite3_bind_int64(stmt, index, sqlite3_int64(value));
}

QString quoted(QString text) {
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

QMetaType typeForDeclared(const QString& declaredType) {
    const QString t = declaredType.toUpper();
    const auto has = [&t](const char* part) {
        return t.contains(QLatin1String(part));
    };
    if (has("BOOL"))
        return QMetaType::fromType<bool>();
    if (has("INT"))
        return QMetaType::fromType<qint64>();
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return QMetaType::fromType<QString>();
    if (t.trimmed().isEmpty() || has("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return QMetaType::fromType<double>();
    if (has("DATETIME") || has("TIMESTAMP"))
        return QMetaType::fromType<QDateTime>();
    if (has("DATE"))
        return QMetaType::fromType<QDate>();
    if (has("TIME"))
        return QMetaType::fromType<QTime>();
    return QMetaType::fromType<QString>();
}

QMetaType typeForStorageClass(int storageClass) {
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qint64>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

int bindValue(sqlite3_stmt* stmt, int index, const QVariant& value) {
    if (isNullValue(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return bindUnsigned(stmt, index, value.toULongLong());
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QString:
        return bindText(stmt, index, value.toString());
    case QMetaType::QByteArray: {
        const QByteArray blob = value.toByteArray();
        if (blob.isEmpty())
            return sqlite3_bind_zeroblob(stmt, index, 0);
        return sqlite3_bind_blob64(stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
        return bindText(stmt, index, isoText(value));
    default:
        if (value.canConvert<QString>())
            return bindText(stmt, index, value.toString());
        return SQLITE_MISMATCH;
    }
}

QVariant columnValue(sqlite3_stmt* stmt, int column, QSql::NumericalPrecisionPolicy policy,
                     QMetaType nullType) {
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(stmt, column);
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(int(v));
        return QVariant(v);
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(stmt, column);
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(sqlite3_column_int(stmt, column));
        if (policy == QSql::LowPrecisionInt64)
            return QVariant(qint64(sqlite3_column_int64(stmt, column)));
        return QVariant(v);
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        const int bytes = sqlite3_column_bytes(stmt, column);
        return QVariant(QString::fromUtf8(text, bytes));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt, column));
        const int bytes = sqlite3_column_bytes(stmt, column);
        return QVariant(QByteArray(blob ? blob : "", bytes));
    }
    default:
        return nullType.isValid() ? QVariant(nullType) : QVariant();
    }
}

QString isoText(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

QString sqlLiteral(const QVariant& value, QMetaType type, bool trimStrings) {
    if (isNullValue(value))
        return QStringLiteral("NULL");
    const int id = value.isValid() ? value.typeId() : type.id();
    switch (id) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Float:
    case QMetaType::Double: {
        const double v = value.toDouble();
        return qIsFinite(v) ? QString::number(v, 'g', 17) : QStringLiteral("NULL");
    }
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex()) +
               QLatin1Char('\'');
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
        return quoted(isoText(value));
    default: {
        QString text = value.toString();
        if (trimStrings) {
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
        }
        return quoted(text);
    }
    }
}

QSqlError makeError(sqlite3* db, int rc, const QString& driverText, QSqlError::ErrorType type) {
    int code = rc;
    QString text = QString::fromUtf8(sqlite3_errstr(rc));
    if (db && (sqlite3_errcode(db) & 0xff) == (rc & 0xff)) {
        code = sqlite3_extended_errcode(db);
        text = QString::fromUtf8(sqlite3_errmsg(db));
    }
    return QSqlError(driverText, text, type, QString::number(code));
}

} // namespace binhyen::sqlcipher
