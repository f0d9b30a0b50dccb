#include "models/repo/tips/TipDraftRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/security/Crypto.h"
#include "models/security/IdentityCodec.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error draftError(const QSqlQuery& q) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("TipDraftRepo", "The draft tip could not be read or written."),
        q.lastError().text());
}

bool deleteDrafts(QSqlDatabase db, qint64 userId, QSqlQuery* q) {
    *q = QSqlQuery(db);
    q->prepare(QStringLiteral("DELETE FROM tip_drafts WHERE user_id = ?"));
    q->addBindValue(userId);
    return q->exec();
}

} // namespace

TipDraftRepo::TipDraftRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> TipDraftRepo::save(const Session& session, const QJsonObject& fields,
                                  const std::optional<InformantIdentity>& identity) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    QVariant sealed(QMetaType::fromType<QByteArray>());
    if (identity && !identity->isEmpty()) {
        auto publicKey = StationKeyRepo(m_db).publicKey(StationKeyRepo::Purpose::Identity);
        if (!publicKey)
            return publicKey.error();
        const SecretBytes plaintext = identitycodec::encode(0, *identity);
        const QByteArray box =
            plaintext.isEmpty() ? QByteArray() : crypto::seal(publicKey.value(), plaintext);
        if (box.isEmpty())
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate(
                                 "TipDraftRepo", "The station's identity key is not usable."));
        sealed = box;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    if (!deleteDrafts(m_db, session.userId(), &q))
        return draftError(q);
    q.prepare(QStringLiteral("INSERT INTO tip_drafts (user_id, updated_at, fields, "
                             "identity_sealed) VALUES (?, ?, ?, ?)"));
    q.addBindValue(session.userId());
    q.addBindValue(stationTimeText(m_clock.now()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(sealed);
    if (!q.exec())
        return draftError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<std::optional<TipDraft>> TipDraftRepo::load(const Session& session) const {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, updated_at, fields, identity_sealed IS NOT NULL FROM "
                             "tip_drafts WHERE user_id = ? ORDER BY updated_at DESC, id DESC "
                             "LIMIT 1"));
    q.addBindValue(session.userId());
    if (!q.exec())
        return draftError(q);
    if (!q.next())
        return std::optional<TipDraft>();
    TipDraft draft;
    draft.id = q.value(0).toLongLong();
    draft.updatedAt = stationTimeFromText(q.value(1).toString());
    draft.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    draft.identitySealed = q.value(3).toInt() != 0;
    return std::optional<TipDraft>(std::move(draft));
}

Result<void> TipDraftRepo::discard(const Session& session) {
    QSqlQuery q(m_db);
    if (!deleteDrafts(m_db, session.userId(), &q))
        return draftError(q);
    return {};
}

} // namespace binhyen
