#include "models/repo/tips/TipImportRepo.h"

#include "models/domain/StationTime.h"
#include "models/domain/TextFold.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace binhyen {

namespace {

constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("TipImportRepo", "Importing the tips"));
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

TipImportRepo::TipImportRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QByteArray> TipImportRepo::readFile(const QString& path) {
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("TipImportRepo", "The file does not exist."),
                         path);
    if (file.size() > kMaxFileSize)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("TipImportRepo", "The file is too large to be a register."),
            path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("TipImportRepo", "The file cannot be read."),
                         path);
    return file.readAll();
}

Result<ImportVocabulary> TipImportRepo::vocabulary() const {
    ImportVocabulary v;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, label FROM categories ORDER BY sort, code")))
        return queryError(q);
    while (q.next())
        v.categories.append({0, q.value(0).toString(), q.value(1).toString(), {}});
    if (!q.exec(QStringLiteral("SELECT id, name FROM places WHERE valid_to IS NULL ORDER BY id")))
        return queryError(q);
    while (q.next())
        v.hamlets.append({q.value(0).toLongLong(), {}, q.value(1).toString(), {}});
    if (!q.exec(QStringLiteral("SELECT id, full_name, username FROM users ORDER BY id")))
        return queryError(q);
    while (q.next())
        v.officers.append(
            {q.value(0).toLongLong(), {}, q.value(1).toString(), q.value(2).toString()});
    return v;
}

Result<TipImportReport> TipImportRepo::preview(const Session& session, const QByteArray& data,
                                               const TipImportOptions& options) const {
    if (auto allowed = require(session, Operation::ImportRecords); !allowed)
        return allowed.error();
    TipImportReport report;
    report.encoding =
        options.encoding == TextEncoding::Unknown ? detectEncoding(data) : options.encoding;
    const QString text = decode(data, report.encoding);
    const CsvResult csv = CsvReader().read(text);
    report.separator = csv.separator;
    if (csv.rows.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("TipImportRepo", "The file holds no table."));
    report.header = csv.rows.first().fields;
    report.mapping = options.mapping ? *options.mapping : defaultImportMapping(report.header);
    if (const auto missing = missingRequiredFields(report.mapping); !missing.isEmpty()) {
        QStringList names;
        for (ImportField f : missing)
            names << importFieldName(f);
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "TipImportRepo", "This is not a tip register: no column for %1 (first line: %2).")
                .arg(names.join(QStringLiteral(", ")),
                     report.header.join(QLatin1Char(',')).left(80)));
    }
    auto vocab = vocabulary();
    if (!vocab)
        return vocab.error();
    for (const CsvError& e : csv.errors) {
        report.problems.append({e.line, e.message, true});
        ++report.refused;
    }
    for (qsizetype i = 1; i < csv.rows.size(); ++i) {
        ImportedTip tip = mapImportRow(csv.rows.at(i), report.mapping, vocab.value());
        for (const QString& e : std::as_const(tip.errors))
            report.problems.append({tip.line, e, true});
        for (const QString& w : std::as_const(tip.warnings))
            report.problems.append({tip.line, w, false});
        if (tip.refused())
            ++report.refused;
        report.rows.append(std::move(tip));
    }
    std::stable_sort(
        report.problems.begin(), report.problems.end(),
        [](const TipImportProblem& a, const TipImportProblem& b) { return a.line < b.line; });
    return report;
}

Result<QString> TipImportRepo::ensureCategory(const QString& label) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, label FROM categories"));
    if (!q.exec())
        return queryError(q);
    const QString folded = foldText(label.simplified());
    QSet<QString> codes;
    while (q.next()) {
        if (foldText(q.value(1).toString().simplified()) == folded)
            return q.value(0).toString();
        codes.insert(q.value(0).toString());
    }
    QString code = QStringLiteral("import_%1").arg(codes.size() + 1);
    for (int n = codes.size() + 2; codes.contains(code); ++n)
        code = QStringLiteral("import_%1").arg(n);
    QSqlQuery i(m_db);
    i.prepare(QStringLiteral("INSERT INTO categories (code, label, sort) VALUES (?, ?, 900)"));
    i.addBindValue(code);
    i.addBindValue(label.simplified());
    if (!i.exec())
        return queryError(i);
    return code;
}

Result<TipImportReport> TipImportRepo::import(const Session& session, const QByteArray& data,
                                              const TipImportOptions& options) {
    if (auto allowed = require(session, Operation::ImportRecords); !allowed)
        return allowed.error();
    auto previewed = preview(session, data, options);
    if (!previewed)
        return previewed.error();
    TipImportReport report = previewed.take();
    if (report.refused > 0 && !options.skipBadRows)
        return report;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    TipRepo tips(m_db);
    IdentityRepo identities(m_db, m_clock);
    AuditRepo audit(m_db, m_clock);
    const QDateTime now = m_clock.now();
    for (const ImportedTip& row : std::as_const(report.rows)) {
        if (row.refused())
            continue;
        NewTip tip;
        tip.receivedAt = row.receivedAt;
        tip.channel = row.channel;
        tip.receivingOfficerId = row.officerId.value_or(session.userId());
        tip.placeId = row.placeId;
        tip.address = row.address;
        tip.categoryCode = row.categoryCode;
        if (!row.newCategory.isEmpty()) {
            auto code = ensureCategory(row.newCategory);
            if (!code)
                return code.error();
            tip.categoryCode = code.value();
        }
        tip.classification = row.classification;
        tip.summary = row.summary;
        tip.details = row.details;
        tip.createdBy = session.userId();
        tip.createdAt = now;
        auto id = tips.insert(tip);
        if (!id)
            return id.error();

        const bool forwarded = row.status == QLatin1String("forwarded");
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral(
            "UPDATE tips SET old_number = ?, status = ?, closure = ?, outcome = ?, "
            "forwarded_to = ?, forwarded_at = CASE WHEN ? THEN received_at END WHERE id = ?"));
        u.addBindValue(textOrNull(row.oldNumber));
        u.addBindValue(row.status);
        u.addBindValue(textOrNull(row.closure));
        u.addBindValue(textOrNull(row.outcome));
        u.addBindValue(forwarded
                           ? QVariant(row.outcome.isEmpty() ? QCoreApplication::translate(
                                                                  "TipImportRepo", "(not recorded)")
                                                            : row.outcome)
                           : textOrNull(QString()));
        u.addBindValue(forwarded ? 1 : 0);
        u.addBindValue(id.value());
        if (!u.exec())
            return queryError(u);
        QSqlQuery n(m_db);
        n.prepare(QStringLiteral("SELECT number FROM tips WHERE id = ?"));
        n.addBindValue(id.value());
        if (!n.exec() || !n.next())
            return queryError(n);
        const QString number = n.value(0).toString();

        AuditEntry entry;
        entry.action = QStringLiteral("tip.import");
        entry.entity = QStringLiteral("tip");
        entry.entityId = id.value();
        entry.changes = {
            {QStringLiteral("number"), QVariantMap{{QStringLiteral("before"), row.oldNumber},
                                                   {QStringLiteral("after"), number}}}};
        entry.detail = QCoreApplication::translate("TipImportRepo", "line %1").arg(row.line);
        if (auto logged = audit.appendRecordChange(session, entry); !logged)
            return logged.error();
        if (!row.informantName.isEmpty() || !row.informantPhone.isEmpty()) {
            InformantIdentity who;
            who.name = row.informantName;
            who.phone = row.informantPhone;
            if (auto sealed = identities.seal(session, id.value(), who); !sealed)
                return sealed.error();
        }
        report.numbers.append(number);
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    report.imported = int(report.numbers.size());
    return report;
}

} // namespace binhyen
